#!/usr/bin/env bash
# Regenerates geodata/country-parts.tsv: the north, south, east and west of countries as German
# writes them, one word of a compass prefix and the country's German name ("Süddeutschland",
# "Norditalien", "Ostukraine", "Westfrankreich"). German news names a part of a country so far more
# often than it names a region of that name, and no gazetteer source holds these parts. Each is
# a place of kind region whose point is the point on surface of the third of the country (its
# largest polygon, Natural Earth `countries` in world_map.gpkg) on that side of its bounding box:
# a reader expects "Süddeutschland" in Baden-Württemberg or Bavaria, not at Germany's centre.
# Left out: countries whose largest polygon spans more than 40 degrees (Russia, Canada, the United
# States' mainland: a third of them is no one region), German names of more than one word (a
# country without a German name in country-names.tsv, whose German name is the English one, is
# written with that: "Ostukraine"), and
# compounds that are already a name of a place (Nordkorea, Südafrika, Nordirland, Westsahara:
# countries and divisions in geodata/*.tsv in any language, or a cities500 main name).
# Needs: ogr2ogr and ogrinfo (gdal-bin) with SQLite/SpatiaLite, world_map.gpkg and cities500.txt
# in the data cache (scripts/fetch-data.sh).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
cache=${XDG_CACHE_HOME:-$HOME/.cache}/placeline
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# One row per polygon, then each country's largest one.
# (Through -sql: exploded features need new ids, which copying the layer's own would forbid.)
ogr2ogr -f GPKG "$work/parts.gpkg" "$cache/world_map.gpkg" -sql "SELECT iso_a2, NAME, geom FROM countries" \
  -explodecollections -nln parts
PYTHONPATH="$here" python3 - "$here" "$work/parts.gpkg" "$cache/cities500.txt" "$cache/world_map.gpkg" <<'PY'
import subprocess, sys
from iso_names import fold
here, parts, cities, world = sys.argv[1:5]

def rows(path):
    for line in open(path, encoding="utf-8"):
        if line.strip() and not line.startswith("#"):
            yield line.rstrip("\n").split("\t")

german = {}
for code, lang, name in rows(f"{here}/country-names.tsv"):
    if lang == "de" and " " not in name and "-" not in name:
        german.setdefault(code, name)  # the first: iso-codes' short name ("Deutschland")
# Every name a place already bears, folded.
known = set()
for code, lang, name in rows(f"{here}/country-names.tsv"):
    known.add(fold(name))
for r in rows(f"{here}/region-names.tsv"):
    known.add(fold(r[1])); known.add(fold(r[3]))
for f in ("places.tsv", "supplement.tsv"):
    for r in rows(f"{here}/{f}"):
        if len(r) > 6 and r[0] != "id":
            known.add(fold(r[1]))
            known.update(fold(n.rsplit("@", 1)[0]) for n in r[6].split("|") if n)
for line in open(cities, encoding="utf-8"):
    c = line.split("\t")
    known.add(fold(c[1])); known.add(fold(c[2]))
# ...and Natural Earth's own names of countries and divisions ("Western Australia" is a state).
for layer, fields in (("countries", "NAME"), ("states_provinces", "name, gn_name")):
    listing = subprocess.run(["ogrinfo", "-q", "-sql", f"SELECT {fields} FROM {layer}", world],
                             capture_output=True, text=True, check=True).stdout
    for line in listing.splitlines():
        if " = " in line:
            known.add(fold(line.split(" = ", 1)[1].strip()))

def sql(query):
    out = subprocess.run(["ogrinfo", "-q", "-dialect", "SQLite", "-sql", query, parts],
                         capture_output=True, text=True, check=True).stdout
    values = {}
    for line in out.splitlines():
        if " = " in line:
            k, v = line.strip().split(" = ", 1)
            values[k.split(" ")[0]] = v
    return values

# The canonical name is "south of Germany", not "Southern Germany": an English phrase of a capital
# and a country ("Western Azerbaijan", Azerbaijan's name for Armenia; "Western Australia") would
# be matched as the part.
sides = [("Nord", "north"), ("Süd", "south"), ("Ost", "east"), ("West", "west")]
# Countries whose German name is the English one have no row of their own ("Ukraine"): the
# English name, when it is one word, stands for it.
codes = sorted(set(german) | {line.strip() for line in subprocess.run(
    ["ogrinfo", "-q", "-dialect", "SQLite", "-sql", "SELECT DISTINCT iso_a2 AS c FROM parts WHERE NAME NOT LIKE '% %'", parts],
    capture_output=True, text=True, check=True).stdout.replace("c (String) = ", "\n").splitlines()
    if len(line.strip()) == 2 and line.strip().isupper()})
out = []
for code in codes:
    box = sql(f"SELECT NAME AS country, MbrMinX(geom) AS x0, MbrMinY(geom) AS y0, MbrMaxX(geom) AS x1, MbrMaxY(geom) AS y1 "
              f"FROM parts WHERE iso_a2 = '{code}' ORDER BY ST_Area(geom) DESC LIMIT 1")
    if not box:
        continue
    x0, y0, x1, y1 = (float(box[k]) for k in ("x0", "y0", "x1", "y1"))
    if x1 - x0 > 40 or y1 - y0 > 40:
        continue
    w, h = (x1 - x0) / 3, (y1 - y0) / 3
    bands = {"north": (x0, y1 - h, x1, y1), "south": (x0, y0, x1, y0 + h),
             "east": (x1 - w, y0, x1, y1), "west": (x0, y0, x0 + w, y1)}
    stem = german.get(code) or box["country"]
    # A name that is itself a part's ("Südkorea", "Nordmazedonien") takes no other prefix.
    if any(stem.startswith(prefix) for prefix, _ in sides):
        continue
    for prefix, side in sides:
        name = prefix + stem[0].lower() + stem[1:]
        if fold(name) in known:
            continue
        bx0, by0, bx1, by1 = bands[side]
        p = sql(f"SELECT ST_X(pt) AS lon, ST_Y(pt) AS lat FROM (SELECT ST_PointOnSurface(ST_Intersection(geom, "
                f"BuildMbr({bx0}, {by0}, {bx1}, {by1}, 4326))) AS pt FROM parts WHERE iso_a2 = '{code}' "
                f"ORDER BY ST_Area(geom) DESC LIMIT 1)")
        if not p or p.get("lon") in (None, "(null)"):
            continue
        out.append((f"pl:part:{code.lower()}:{side}", f"{side} of {box['country']}", "region", code,
                    f"{float(p['lat']):.4f}", f"{float(p['lon']):.4f}", f"{name}@de", "", "no",
                    f"{side} third of the country's largest Natural Earth polygon: ST_PointOnSurface"))
with open(f"{here}/country-parts.tsv", "w", encoding="utf-8") as f:
    f.write("# Parts of countries as German names them (Süddeutschland, Ostukraine): the point on surface of the\n")
    f.write("# third of the country's largest Natural Earth polygon on that side. Generated by\n")
    f.write("# geodata/make-country-parts.sh; do not edit by hand.\n")
    f.write("id\tname\tkind\tcountry\tlat\tlon\tnames\tline\tschematic\tsource\n")
    for r in out:
        f.write("\t".join(r) + "\n")
print(f"wrote {here}/country-parts.tsv ({len(out)} parts)")
PY
