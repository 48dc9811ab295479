#!/usr/bin/env bash
# Smoke test of the packaged app: builds the app image, then runs the installed launcher, not
# the source tree: --version, generate + info on a small drive, and a headless GUI screenshot.
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"
"$here/package.sh" --image
app="$here/target/dist/mapsmith/bin/mapsmith"
work="$(mktemp -d -t mapsmith-smoke.XXXXXX)"
trap 'rm -rf "$work"' EXIT
check() { echo "smoke: $*" >&2; }

check "--version --json"
"$app" --version --json | grep -q '"version"'

check "generate a short straight drive"
"$app" generate --scenario straight --duration 1 --out "$work/drive" --json >"$work/generate.json"
grep -q '"sweeps"' "$work/generate.json"

check "info on the drive"
"$app" info "$work/drive" --json >"$work/info.json"
grep -q '"format"' "$work/info.json"

check "gui --screenshot, headless"
"$app" gui "$work/drive" --screenshot "$work/shot.png"
# a PNG starts with the bytes 89 50 4E 47 ("\x89PNG")
if ! [[ -s "$work/shot.png" && "$(head -c 4 "$work/shot.png" | od -An -tx1 | tr -d ' \n')" == 89504e47 ]]; then
  echo "smoke: gui --screenshot wrote no PNG at $work/shot.png" >&2
  exit 1
fi
echo "smoke: all passed" >&2
