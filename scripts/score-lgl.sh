#!/usr/bin/env bash
# Scores `placeline geoparse` on the LGL development set (../shared/dev, never copied here) with
# its own scorer, on one half of its articles: `fit` (even indices, 0, 2, ...) to set weights and
# rules on, `report` (odd indices) for every figure quoted. The half is written as a filtered copy
# of lgl.xml into a temporary folder; the scorer reads it with --data.
#
#   scripts/score-lgl.sh [fit|report|all] [extra scorer options, e.g. --json out.json]
#
# PLACELINE (default build/placeline) is the executable; PLACELINE_DEV (default ../shared/dev) the
# folder holding lgl.xml and score_geoparse.py. Other environment (PLACELINE_GAZETTEER, ...) is
# passed through to the geoparser.
set -euo pipefail
half=${1:-report}
shift || true
case "$half" in fit | report | all) ;; *) echo "usage: $0 [fit|report|all] [scorer options]" >&2; exit 2 ;; esac
dev=${PLACELINE_DEV:-../shared/dev}
exe=${PLACELINE:-build/placeline}
[[ -r "$dev/lgl.xml" && -r "$dev/score_geoparse.py" ]] || { echo "score-lgl: no lgl.xml and score_geoparse.py in $dev" >&2; exit 2; }
[[ -x "$exe" ]] || { echo "score-lgl: $exe is not built" >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
python3 - "$dev/lgl.xml" "$work/lgl-$half.xml" "$half" <<'PY'
import sys
import xml.etree.ElementTree as ET
src, out, half = sys.argv[1:4]
tree = ET.parse(src)
root = tree.getroot()
# Articles may sit directly under the root or deeper: remove from each one's parent.
parents = {child: parent for parent in root.iter() for child in parent}
articles = list(root.iter("article"))
for i, art in enumerate(articles):
    keep = half == "all" or (i % 2 == 0) == (half == "fit")
    if not keep:
        parents[art].remove(art)
tree.write(out, encoding="utf-8", xml_declaration=True)
print(f"score-lgl: {half} half: {len(list(root.iter('article')))} of {len(articles)} articles", file=sys.stderr)
PY
python3 "$dev/score_geoparse.py" lgl --data "$work/lgl-$half.xml" --workdir "$work/articles" \
  --cmd "$exe geoparse --format jsonl {files}" "$@"
