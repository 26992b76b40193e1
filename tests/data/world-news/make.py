#!/usr/bin/env python3
"""Writes the world-news test articles and their gold from articles.marked (run from this folder,
or give the folder: `python3 ../world-news/make.py .` in tests/data/languages).

articles.marked holds every article after a line '=== NAME.txt'; a place mention is written
[[surface|lat,lon]]. The markup is removed to give NAME.txt, and gold.tsv gets one row per mention:
file, start, end (code points, end exclusive), surface, lat, lon. Words per article are checked
(80 to 200).
"""
import os
import re
import sys

if len(sys.argv) > 1:
    os.chdir(sys.argv[1])

MENTION = re.compile(r"\[\[([^|\]]+)\|(-?[0-9.]+),(-?[0-9.]+)\]\]")
articles, name, lines = [], None, []
for line in open("articles.marked", encoding="utf-8"):
    if line.startswith("=== "):
        if name:
            articles.append((name, "".join(lines).strip() + "\n"))
        name, lines = line[4:].strip(), []
    elif name:
        lines.append(line)
if name:
    articles.append((name, "".join(lines).strip() + "\n"))

rows, bad = [], 0
for name, marked in articles:
    text, pos = [], 0
    for m in MENTION.finditer(marked):
        text.append(marked[pos:m.start()])
        start = sum(len(t) for t in text)
        text.append(m.group(1))
        rows.append((name, start, start + len(m.group(1)), m.group(1), m.group(2), m.group(3)))
        pos = m.end()
    text.append(marked[pos:])
    plain = "".join(text)
    if "[[" in plain or "]]" in plain:
        sys.exit(f"{name}: markup left in the text")
    words = len(plain.split())
    if not 80 <= words <= 200:
        print(f"{name}: {words} words (want 80 to 200)", file=sys.stderr)
        bad += 1
    with open(name, "w", encoding="utf-8") as f:
        f.write(plain)
with open("gold.tsv", "w", encoding="utf-8") as f:
    f.write("file\tstart\tend\tsurface\tlat\tlon\n")
    for r in rows:
        f.write("\t".join(str(x) for x in r) + "\n")
print(f"{len(articles)} articles, {len(rows)} mentions", file=sys.stderr)
sys.exit(1 if bad else 0)
