#!/usr/bin/env bash
# Set up (first run only), then run the linter and the test suite. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/ruff check pdpa_guard addons tests bench
.venv/bin/python -m pytest "$@"
