#!/usr/bin/env bash
# Regenerates geodata/world.gpkg: the world base drawn under every corpus, offline, whatever the
# data cache holds. Natural Earth countries, simplified to about the 1:110m scale (0.1 degree
# tolerance, a pixel or two on a whole-world view), with the name and ISO codes only.
# Source: the world_map.gpkg that Debian ships in qgis-common (Natural Earth 10m), taken from the
# data cache when scripts/fetch-data.sh put it there, else unpacked from the package as
# geodata/make-region.sh does. QGIS itself is never installed.
# Needs: ogr2ogr (gdal-bin); apt-get and dpkg when the cache has no world_map.gpkg.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-"$here/world.gpkg"}
src="${XDG_CACHE_HOME:-$HOME/.cache}/placeline/world_map.gpkg"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
if [ ! -f "$src" ]; then
  chmod a+rwx "$work"   # apt-get download runs as _apt when it can
  (cd "$work" && apt-get download qgis-common >/dev/null)
  dpkg -x "$work"/qgis-common_*.deb "$work/x"
  src="$work/x/usr/share/qgis/resources/data/world_map.gpkg"
fi
tmp="$out.tmp.gpkg"
rm -f "$tmp"
ogr2ogr -f GPKG "$tmp" "$src" countries -nln world_countries -select NAME,iso_a2,ISO_A3 \
  -simplify 0.1 -nlt PROMOTE_TO_MULTI -lco SPATIAL_INDEX=NO
mv "$tmp" "$out"
echo "wrote $out from $src"
