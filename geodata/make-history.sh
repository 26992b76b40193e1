#!/usr/bin/env bash
# Regenerates geodata/history.gpkg, the curated historical layers drawn with the time slider:
#   nkao_boundary    Natural Earth "Former USSR oblast in 1991" lines, from region.gpkg
#   ceasefire_1994   Natural Earth "Ceasefire Line 1994" lines, from region.gpkg
#   lachin_corridor  the schematic routes of geodata/history-routes.csv (WKT, lon/lat)
# Every feature has valid_from, valid_to (inclusive, YYYY-MM-DD, empty = open) and source.
# Needs: ogr2ogr (gdal-bin). The output is the same for the same inputs.
set -euo pipefail
# A fixed timestamp in gpkg_contents, so that the same inputs give the same bytes.
export OGR_CURRENT_DATE=2000-01-01T00:00:00.000Z
here=$(cd "$(dirname "$0")" && pwd)
out=${1:-"$here/history.gpkg"}
tmp="$out.tmp.gpkg"
rm -f "$tmp"

ne_line() {  # layer name, Natural Earth name, label, valid_from, valid_to, source
  ogr2ogr -f GPKG -update -append "$tmp" "$here/region.gpkg" -nln "$1" -nlt MULTILINESTRING \
    -lco SPATIAL_INDEX=NO -sql "SELECT geom, '$3' AS name, '$4' AS valid_from, '$5' AS valid_to,
      0 AS schematic, '$6' AS source FROM disputed_borders WHERE name = '$2' ORDER BY fid"
}
ne_line nkao_boundary "Former USSR oblast in 1991" "NKAO boundary" 1923-07-07 1991-11-26 \
  "Natural Earth 10m disputed_borders, Former USSR oblast in 1991 (geodata/region.gpkg). Dates: the Nagorno-Karabakh Autonomous Oblast was established on 7 July 1923 and abolished by the Supreme Soviet of the Azerbaijan SSR on 26 November 1991 (Wikipedia, Nagorno-Karabakh Autonomous Oblast)."
ne_line ceasefire_1994 "Ceasefire Line 1994" "1994 ceasefire line" 1994-05-12 2020-11-10 \
  "Natural Earth 10m disputed_borders, Ceasefire Line 1994 (geodata/region.gpkg). Dates: the ceasefire of the Bishkek Protocol held from midnight on 12 May 1994 (nkrusa.org; PanARMENIAN.Net) until the trilateral statement of 10 November 2020 ended the 2020 war (azertag.az)."
ogr2ogr -f GPKG -update -append "$tmp" "$here/history-routes.csv" -nln lachin_corridor -a_srs EPSG:4326 \
  -oo GEOM_POSSIBLE_NAMES=WKT -oo KEEP_GEOM_COLUMNS=NO -oo AUTODETECT_TYPE=NO -nlt LINESTRING -lco SPATIAL_INDEX=NO
mv "$tmp" "$out"
echo "wrote $out"
