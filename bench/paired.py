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
import statistics
import sys

from interleaved import one_run  # beside this file


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
            if k % 2 == 0:
                time_a = one_run(a, source, null)
                time_b = one_run(b, source, null)
            else:
                time_b = one_run(b, source, null)
                time_a = one_run(a, source, null)
            walls.append(time_b[0] / time_a[0])
            cpus.append(time_b[1] / time_a[1])
    print(f"{source}, {runs} rounds, B/A: wall {summary(walls)}; CPU {summary(cpus)}")


if __name__ == "__main__":
    main()
