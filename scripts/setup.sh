#!/usr/bin/env bash
# Create .venv with Python >= 3.12 (3.13 preferred) and install pdpa-guard with its test extras.
# Idempotent: reinstalls only when pyproject.toml changed since the last install.
set -euo pipefail
cd "$(dirname "$0")/.."

find_python() {
    local candidate
    for candidate in python3.13 "$HOME"/.pyenv/versions/3.13*/bin/python3.13 /usr/local/bin/python3.13 \
                     python3.12 "$HOME"/.pyenv/versions/3.12*/bin/python3.12 python3; do
        if command -v "$candidate" >/dev/null 2>&1 &&
           "$candidate" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' 2>/dev/null; then
            command -v "$candidate"
            return 0
        fi
    done
    return 1
}

if [ ! -x .venv/bin/python ]; then
    PY=$(find_python) || { echo "pdpa-guard needs Python >= 3.12 (python3.13 preferred); none found" >&2; exit 2; }
    echo "==> creating .venv with $PY ($("$PY" --version))"
    "$PY" -m venv .venv
fi

stamp=.venv/.pdpa-guard-installed
want=$(sha256sum pyproject.toml | cut -d' ' -f1)
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want" ]; then
    echo "==> installing pdpa-guard and its dependencies into .venv"
    .venv/bin/python -m pip install --quiet --upgrade pip
    .venv/bin/python -m pip install --quiet -e '.[test]'
    echo "$want" > "$stamp"
fi
