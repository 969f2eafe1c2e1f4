#!/usr/bin/env bash
# Runs every test. First it installs what the tests need and the project may install itself (Debian's Chromium for
# the report's browser test) when this machine allows it (root or password-less sudo, with apt); otherwise that test
# skips and everything else runs. Exits non-zero on any failure.
set -euo pipefail
cd "$(dirname "$0")/.."

if command -v apt-get >/dev/null 2>&1 && { [ "$(id -u)" -eq 0 ] || sudo -n true 2>/dev/null; }; then
  scripts/install-chromium.sh || echo "test.sh: Chromium could not be installed; the browser test will skip."
else
  echo "test.sh: not installing Chromium (needs apt and root); the browser test will skip."
fi

dotnet test RepSense.sln
