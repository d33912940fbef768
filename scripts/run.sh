#!/bin/sh
# Start the app from the project's virtual environment (made by scripts/install.sh). Arguments go to streamlit.
set -eu
cd "$(dirname "$0")/.."
exec .venv/bin/python -m streamlit run app.py "$@"
