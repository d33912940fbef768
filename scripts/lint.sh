#!/usr/bin/env bash
# Lint, formatting and types: ruff on the whole tree, mypy on council/ (settings in pyproject.toml).
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/python -m mypy
