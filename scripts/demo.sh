#!/usr/bin/env bash
# Set up (first run only) and run pdpa-guard's main job on its bundled, fabricated example.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
echo "==> pdpa-guard detect examples/prompt.txt"
.venv/bin/pdpa-guard detect examples/prompt.txt
