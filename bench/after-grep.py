#!/usr/bin/env python3
"""How much slower a `placeline geoparse` process runs right after a grep of many patterns.

    bench/after-grep.py ROUNDS INPUT NAMES [PLACELINE]

Each round runs placeline on INPUT twice, the second timed ("after placeline"), then
`grep -F -w -o -f NAMES INPUT` (LC_ALL=C.UTF-8, as the end-to-end benchmark runs it), then
placeline once more, timed ("after grep"). Prints each side's wall times, sorted, and their
medians. NAMES is any long list of names, one a line: the benchmark gives grep every spelling of
the world gazetteer; the names and alternate names of cities500.txt do as well. Output and
messages go to /dev/null. PLACELINE defaults to build/placeline.
"""
import os
import statistics
import subprocess
import sys
import time


def timed(command, null):
    start = time.perf_counter()
    subprocess.run(command, stdout=null, stderr=null, env=dict(os.environ, LC_ALL="C.UTF-8"))
    return (time.perf_counter() - start) * 1e3


def main():
    if len(sys.argv) not in (4, 5):
        sys.exit(__doc__)
    rounds, source, names = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    placeline = sys.argv[4] if len(sys.argv) == 5 else "build/placeline"
    ours = [placeline, "geoparse", "--format", "jsonl", source]
    grep = ["grep", "-F", "-w", "-o", "-f", names, source]
    after_ours, after_grep = [], []
    with open(os.devnull, "w") as null:
        for _ in range(rounds):
            timed(ours, null)
            after_ours.append(timed(ours, null))
            timed(grep, null)
            after_grep.append(timed(ours, null))
    for label, times in (("after placeline", after_ours), ("after grep", after_grep)):
        print(f"{label}: median {statistics.median(times):.1f} ms;", " ".join(f"{t:.1f}" for t in sorted(times)))


if __name__ == "__main__":
    main()
