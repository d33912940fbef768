#!/bin/sh
# Every test: unit, app (AppTest) and e2e (Chromium); installs nothing. Arguments replace the default "tests".
set -eu
cd "$(dirname "$0")/.."
[ "$#" -gt 0 ] || set -- tests
exec .venv/bin/python -m pytest -q -p no:cacheprovider "$@"
