#!/usr/bin/env bash
# Installs the Debian packages the tests need (PostgreSQL 15 with PostGIS 3, GDAL and PROJ
# command-line tools, headless Chromium with its WebDriver for the review page, a CJK font so
# Chinese labels and legends do not render as boxes, QGIS's Python bindings to check that the SLD
# styles load in QGIS), only those missing. Safe to run again.
set -euo pipefail

packages=(postgresql-15 postgresql-15-postgis-3 gdal-bin proj-bin chromium chromium-driver fonts-wqy-microhei
  python3-qgis)
# The build itself: a machine without them gets Debian's.
command -v java >/dev/null 2>&1 || packages+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || packages+=(maven)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

as_root=()
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
  else
    echo "install-test-deps: need root (or sudo) to install: ${missing[*]}" >&2
    exit 1
  fi
fi

echo "install-test-deps: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
# A fresh cloud machine often has unattended-upgrades holding the dpkg lock for a while.
apt_wait=(-o DPkg::Lock::Timeout=600)
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "${apt_wait[@]}" update -qq >&2
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get "${apt_wait[@]}" install -y -qq --no-install-recommends \
  "${missing[@]}" >&2
