#!/usr/bin/env bash
# Scores `placeline geoparse` on the world-news test articles (tests/data/world-news, gold.tsv) with
# the rules of the LGL scorer: a prediction matches a gold mention whose span it overlaps (one to
# one, largest overlap first); precision, recall and F1 over spans; acc161 is the share of matched
# mentions resolved within 161 km of the gold point. With --list, every miss and error is printed.
#
#   scripts/score-world-news.sh [--list] [FOLDER]
#
# FOLDER (default tests/data/world-news) holds the articles and gold.tsv: tests/data/languages
# is scored the same way.
#
# PLACELINE (default build/placeline) is the executable. The floors the tests hold are in
# tests/e2e/test_world_news.cpp.
set -euo pipefail
exe=${PLACELINE:-build/placeline}
flag=""
dir=$(dirname "$0")/../tests/data/world-news
for arg in "$@"; do
  case "$arg" in --list) flag=--list ;; *) dir=$arg ;; esac
done
[[ -x "$exe" ]] || { echo "score-world-news: $exe is not built" >&2; exit 2; }
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$exe" geoparse --format jsonl "$dir"/[0-9]*.txt >"$out"
python3 - "$dir" "$out" "$flag" <<'PY'
import json, math, os, sys
d, out, flag = sys.argv[1:4]
gold = {}
for line in open(os.path.join(d, "gold.tsv"), encoding="utf-8").read().splitlines()[1:]:
    f, s, e, t, la, lo = line.split("\t")
    gold.setdefault(f, []).append((int(s), int(e), t, float(la), float(lo)))
pred = {}
for line in open(out, encoding="utf-8"):
    if line.strip():
        r = json.loads(line)
        pred.setdefault(os.path.basename(r["file"]), []).append((r["start"], r["end"], r["text"], r["lat"], r["lon"], r.get("name", "")))
def km(a, b, c, e):
    p1, p2 = math.radians(a), math.radians(c)
    h = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(e - b) / 2) ** 2
    return 2 * 6371.009 * math.asin(min(1.0, math.sqrt(h)))
ng = sum(len(v) for v in gold.values()); npred = sum(len(v) for v in pred.values()); nm = hits = 0
for f in sorted(set(gold) | set(pred)):
    g, p = gold.get(f, []), pred.get(f, [])
    pairs = sorted((-(min(a[1], b[1]) - max(a[0], b[0])), abs(a[0] - b[0]) + abs(a[1] - b[1]), a[0], b[0], i, j)
                   for i, a in enumerate(g) for j, b in enumerate(p) if min(a[1], b[1]) > max(a[0], b[0]))
    ug, up = set(), set()
    for *_, i, j in pairs:
        if i in ug or j in up: continue
        ug.add(i); up.add(j); nm += 1
        err = km(g[i][3], g[i][4], p[j][3], p[j][4])
        if err < 161: hits += 1
        elif flag: print(f"far   {f} '{g[i][2]}' -> {p[j][5]} ({p[j][3]:.2f},{p[j][4]:.2f}) {err:.0f} km")
    if flag:
        for i, a in enumerate(g):
            if i not in ug: print(f"miss  {f} '{a[2]}'")
        for j, b in enumerate(p):
            if j not in up: print(f"extra {f} '{b[2]}' -> {b[5]}")
P = nm / npred if npred else 0; R = nm / ng; F = 2 * P * R / (P + R) if P + R else 0
print(f"{os.path.basename(os.path.normpath(d))}: {len(gold)} articles, {ng} gold mentions, {npred} predicted, {nm} matched")
print(f"precision {P:.3f}  recall {R:.3f}  F1 {F:.3f}  acc161 {hits / nm if nm else 0:.3f}  end-to-end within 161 km {hits / ng:.3f}")
PY
