#!/usr/bin/env python3
"""Whole `placeline geoparse --format jsonl INPUT` processes of several builds, run in turn.

    bench/interleaved.py RUNS INPUT PLACELINE...

Each round runs every build once, in the order given, so that what the machine does meanwhile
(its speed moves by a quarter from hour to hour) falls on all of them alike. Prints, per build,
the least and the median wall time, and the least and the median CPU time (user and system, all
threads, from getrusage of the children). Output and messages go to /dev/null.
"""
import os
import resource
import subprocess
import sys
import time


def one_run(placeline, source, null):
    """One whole `geoparse --format jsonl` process: its wall time and its CPU time, in seconds."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run([placeline, "geoparse", "--format", "jsonl", source], stdout=null, stderr=null)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        sys.exit(f"{placeline}: exit status {done.returncode} on {source}")
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main():
    if len(sys.argv) < 4:
        sys.exit(__doc__)
    runs, source, builds = int(sys.argv[1]), sys.argv[2], sys.argv[3:]
    times = {b: [] for b in builds}
    with open(os.devnull, "w") as null:
        for _ in range(runs):
            for b in builds:
                times[b].append(one_run(b, source, null))
    for b in builds:
        walls = sorted(w for w, _ in times[b])
        cpus = sorted(c for _, c in times[b])
        print(f"{b}: wall min {walls[0] * 1000:.1f} ms, median {walls[len(walls) // 2] * 1000:.1f} ms; "
              f"CPU min {cpus[0] * 1000:.1f} ms, median {cpus[len(cpus) // 2] * 1000:.1f} ms")


if __name__ == "__main__":
    main()
