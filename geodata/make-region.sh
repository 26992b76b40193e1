#!/usr/bin/env bash
# Regenerates geodata/region.gpkg: the Natural Earth 10m layers countries, states_provinces and
# disputed_borders, cut to the South Caucasus and its neighbours, from the world_map.gpkg that
# Debian ships in qgis-common. QGIS itself is never installed: the package is only unpacked.
# Needs: apt-get (reachable archive), dpkg, ogr2ogr (gdal-bin).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-"$here/region.gpkg"}
# lon_min lat_min lon_max lat_max: far wider than the corpus's lon 38..52, lat 36..45, so that the
# default view has context around Armenia and Azerbaijan, and wide (16:9) slides and zoomed-out
# views of the region do not reach the cut edge.
bbox=(22 26 68 54)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
chmod a+rwx "$work"   # apt-get download runs as _apt when it can
(cd "$work" && apt-get download qgis-common >/dev/null)
dpkg -x "$work"/qgis-common_*.deb "$work/x"
src="$work/x/usr/share/qgis/resources/data/world_map.gpkg"
tmp="$out.tmp.gpkg"
rm -f "$tmp"
for layer in countries states_provinces disputed_borders; do
  ogr2ogr -f GPKG -update -append "$tmp" "$src" "$layer" \
    -spat "${bbox[@]}" -clipsrc spat_extent -nln "$layer" -nlt PROMOTE_TO_MULTI \
    -lco SPATIAL_INDEX=NO
done
mv "$tmp" "$out"
dpkg-deb -f "$work"/qgis-common_*.deb Version > "$here/region.version"
echo "wrote $out from qgis-common $(cat "$here/region.version")"
