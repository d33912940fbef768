#!/usr/bin/env bash
# Install what Klimatrådet needs into a project virtual environment (.venv/, ignored by git): stock Debian and
# Ubuntu mark their Python "externally managed" (PEP 668), so pip outside a venv is refused there.
# With --test also the test tools, Debian's chromium, fonts, LibreOffice/poppler (documents to PNG),
# PostgreSQL and nginx.
set -euo pipefail
cd "$(dirname "$0")/.."

sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
apt_install() {
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >/dev/null
}

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  # Debian ships venv without ensurepip unless python3-venv is installed.
  if ! "$PYTHON" -m venv .venv >/dev/null 2>&1; then
    rm -rf .venv
    apt_install python3-venv
    "$PYTHON" -m venv .venv
  fi
fi
pip() { .venv/bin/python -m pip --quiet --disable-pip-version-check "$@"; }
pip install -r requirements.txt
[ "${1:-}" = "--test" ] || exit 0

pip install -r requirements-dev.txt
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
# Documents are rendered to PNG in tests: pdftoppm (poppler-utils), LibreOffice for DOCX and XLSX.
command -v pdftoppm >/dev/null 2>&1 || need+=(poppler-utils)
command -v soffice >/dev/null 2>&1 || need+=(libreoffice-writer-nogui libreoffice-calc-nogui)
# PostgreSQL: CI runs the suite on it too (scripts/with-postgres.sh); nginx: the sticky-session example is tested.
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql postgresql-contrib)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx-light)
[ ${#need[@]} -eq 0 ] || apt_install "${need[@]}"
