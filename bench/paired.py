#!/usr/bin/env python3
"""Two builds' whole `placeline geoparse --format jsonl INPUT` processes, compared run by run.

    bench/paired.py RUNS INPUT PLACELINE_A PLACELINE_B

Each round runs A and B once each, in turn (A first in even rounds, B first in odd ones), and
takes B's time over A's. Prints the median of those ratios and their quartiles, by the wall clock
and by CPU time (user and system, all threads, from getrusage of the children). The machine's
speed moves by a quarter from hour to hour and by a tenth from second to second; a ratio of two
neighbouring runs cancels the first, and the median of many the second, where the medians of each
build's own times (bench/interleaved.py) keep both. Output and messages go to /dev/null.
"""
import os
import resource
import statistics
import subprocess
import sys
import time


def one_run(placeline, source, null):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([placeline, "geoparse", "--format", "jsonl", source], stdout=null, stderr=null)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"{placeline}: exit status {done.returncode} on {source}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def summary(ratios):
    ratios = sorted(ratios)
    n = len(ratios)
    return f"median {statistics.median(ratios):.3f} (quartiles {ratios[n // 4]:.3f} to {ratios[3 * n // 4]:.3f})"


def main():
    if len(sys.argv) != 5:
        sys.exit(__doc__)
    runs, source, a, b = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
    walls, cpus = [], []
    with open(os.devnull, "w") as null:
        for k in range(runs):
            order = (a, b) if k % 2 == 0 else (b, a)
            got = {build: one_run(build, source, null) for build in order}
            walls.append(got[b][0] / got[a][0])
            cpus.append(got[b][1] / got[a][1])
    print(f"{source}, {runs} rounds, B/A: wall {summary(walls)}; CPU {summary(cpus)}")


if __name__ == "__main__":
    main()
