#!/usr/bin/env bash
# Installs Debian's Chromium for the report's browser test (tests/RepSense.Cli.Tests/Reports/ReportBrowserTests.cs).
# Playwright's own browser download does not work here, so the test drives /usr/bin/chromium instead; without it the
# test skips. Idempotent and non-interactive: safe to run on every CI start.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  echo "install-chromium: already installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
  exit 0
fi

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo)
fi

export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -q
# The sandbox helper (a Recommends) is useless here: the test runs Chromium with --no-sandbox.
"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends chromium
echo "install-chromium: installed: $(/usr/bin/chromium --version 2>/dev/null || echo /usr/bin/chromium)"
