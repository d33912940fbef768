#!/usr/bin/env bash
# Install what Klimatrådet needs. With --test also the test tools, Debian's chromium, fonts, PostgreSQL and nginx.
set -euo pipefail
cd "$(dirname "$0")/.."

python3 -m pip install --quiet --disable-pip-version-check -r requirements.txt
[ "${1:-}" = "--test" ] || exit 0

python3 -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
need=()
command -v chromium >/dev/null 2>&1 || need+=(chromium)
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ] || need+=(fonts-dejavu-core)
# PostgreSQL: CI runs the suite on it too (scripts/with-postgres.sh); nginx: the sticky-session example is tested.
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || need+=(postgresql)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || need+=(nginx-light)
if [ ${#need[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
