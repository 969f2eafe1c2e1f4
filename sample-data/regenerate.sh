#!/usr/bin/env bash
# Regenerates every recording in sample-data/ and its .truth.json from samples.txt, byte for byte.
# Usage: sample-data/regenerate.sh   (from anywhere; needs only the .NET SDK)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$here")"

dotnet build "$root/src/RepSense.Cli/RepSense.Cli.csproj" -c Release --nologo -v quiet
cli="$root/src/RepSense.Cli/bin/Release/net10.0/repsense.dll"

while read -r name options; do
    [[ -z "$name" || "$name" == \#* ]] && continue
    # A Sensor Logger folder is rewritten whole, so a file the writer no longer makes cannot linger.
    [[ -d "$here/$name" ]] && rm -rf "${here:?}/$name"
    # shellcheck disable=SC2086 # the options are plain tokens, split on purpose
    dotnet "$cli" simulate $options --output "$here/$name"
done < "$here/samples.txt"
