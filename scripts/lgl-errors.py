#!/usr/bin/env python3
"""Wrong resolutions on one half of LGL, by cause (issue 14: tune on the fit half only).

    scripts/lgl-errors.py [fit|report] [--list]

Runs `build/placeline geoparse` (PLACELINE) on the half's articles of ../shared/dev/lgl.xml
(PLACELINE_DEV; never copied here), matches predictions to gold spans with the scorer's own rules
(its module is imported from the dev folder), and sorts every matched mention resolved 161 km or
more from its gold point into the first cause that fits:

  qualified        the mention had a qualifier ("Paris, Texas") and still went wrong
  area_for_town    a country, state or region chosen where the gold is a town
  town_for_area    a town chosen where the gold is a country, state or county
  runner_up        the right place was among the resolver's runners-up: scoring lost it
  one_sense        the document's other occurrences of the name decided it
  not_in_top       no scored candidate within 161 km of the gold: the gazetteer lacks it, or it
                   ranked below the three runners-up shown

With --list, every wrong resolution is printed under its cause with its signals. The report half
may be counted, but it is not for reading miss by miss.
"""
import json
import os
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter, defaultdict

half = sys.argv[1] if len(sys.argv) > 1 and not sys.argv[1].startswith("-") else "fit"
listing = "--list" in sys.argv
if half not in ("fit", "report"):
    sys.exit("usage: lgl-errors.py [fit|report] [--list]")
dev = os.environ.get("PLACELINE_DEV", "../shared/dev")
exe = os.environ.get("PLACELINE", "build/placeline")
sys.path.insert(0, dev)
import score_geoparse as scorer  # noqa: E402  (the development set's scorer, read in place)

articles = scorer.load_benchmark("lgl", os.path.join(dev, "lgl.xml"))
meta = []  # per article: [(fcode, country, admin1)] per gold toponym, for the causes
for art in ET.parse(os.path.join(dev, "lgl.xml")).getroot().iter("article"):
    rows = []
    for top in art.iterfind("toponyms/toponym"):
        gaz = top.find("gaztag")
        rows.append(("", "", "") if gaz is None else
                    (gaz.findtext("fcode") or "", gaz.findtext("country") or "", gaz.findtext("admin1") or ""))
    meta.append(rows)
keep = [i for i in range(len(articles)) if (i % 2 == 0) == (half == "fit")]

# Coordinates of runner-up places that are GeoNames rows (the cities500 file of the data cache).
points = {}
cities = os.path.join(os.environ.get("XDG_CACHE_HOME", os.path.expanduser("~/.cache")), "placeline", "cities500.txt")
if os.path.exists(cities):
    with open(cities, encoding="utf-8") as f:
        for line in f:
            c = line.split("\t", 6)
            points["gn:" + c[0]] = (float(c[4]), float(c[5]))

AREA = {"country", "continent", "admin1", "region", "admin2"}
with tempfile.TemporaryDirectory() as work:
    files = []
    for i in keep:
        path = os.path.join(work, f"{i:04d}.txt")
        with open(path, "w", encoding="utf-8") as f:
            f.write(articles[i][0])
        files.append(path)
    out = subprocess.run([exe, "geoparse", "--format", "jsonl", *files], capture_output=True, text=True, check=True).stdout
records = defaultdict(list)
for line in out.splitlines():
    r = json.loads(line)
    records[int(os.path.basename(r["file"])[:4])].append(r)

causes, lines, matched, hits = Counter(), defaultdict(list), 0, 0
for i in keep:
    golds = articles[i][1]
    preds = [scorer.Pred(r["start"], r["end"], r["lat"], r["lon"]) for r in records[i]]
    for gi, pi in scorer.match(golds, preds):
        g, r = golds[gi], records[i][pi]
        if g.lat is None:
            continue
        matched += 1
        err = scorer.distance_km(g.lat, g.lon, r["lat"], r["lon"])
        if err < scorer.ACC_KM:
            hits += 1
            continue
        fcode, country, admin1 = meta[i][gi]
        sig = r["why"]["signals"]
        near = [u for u in r["why"]["runners_up"] if u["place_id"] in points and
                scorer.distance_km(g.lat, g.lon, *points[u["place_id"]]) < scorer.ACC_KM]
        gold_area = fcode.startswith(("PCL", "ADM")) or fcode in ("CONT", "RGN", "TERR")
        if sig.get("qualifier", 0) > 0 or "qualified" in r["why"]["flags"]:
            cause = "qualified"
        elif r["kind"] in AREA and not gold_area:
            cause = "area_for_town"
        elif r["kind"] not in AREA and gold_area:
            cause = "town_for_area"
        elif "one_sense" in sig:
            cause = "one_sense"
        elif near:
            cause = "runner_up"
        else:
            cause = "not_in_top"
        causes[cause] += 1
        lines[cause].append(f"  {i:04d} '{g.text}' gold {fcode} {admin1 or country} -> {r['name']} ({r['kind']}, "
                            f"{r['country']}) {err:.0f} km  total {r['why']['total']:.2f} {json.dumps(sig)}"
                            + (f"  right: {near[0]['name']} {near[0]['total']:.2f}" if near else ""))

print(f"lgl {half} half: {matched} matched mentions with coordinates, {matched - hits} resolved 161 km or more away "
      f"(acc161 {hits / matched:.3f})")
for cause, n in causes.most_common():
    print(f"{cause:14} {n:5}  {n / matched:.3f} of matched")
    if listing:
        print("\n".join(sorted(lines[cause], key=lambda s: s.split("'")[1])))
