#!/usr/bin/env bash
# Set up (first run only), then run pdpa-guard's main job on the bundled, fabricated examples:
# detect on one prompt, scan the example logs into the findings store, write their month's audit report.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PDPA_GUARD_HOME="${PDPA_GUARD_HOME:-$PWD/.pdpa-guard}"
echo "==> pdpa-guard detect examples/prompt.txt"
.venv/bin/pdpa-guard detect examples/prompt.txt
echo
echo "==> pdpa-guard scan examples/logs   (what would the policy have done with these logged requests?)"
.venv/bin/pdpa-guard scan examples/logs --full --fail-on never
echo
echo "==> pdpa-guard report --month 2026-10   (the month of the example logs)"
.venv/bin/pdpa-guard report --month 2026-10
