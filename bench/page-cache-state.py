#!/usr/bin/env python3
"""What the way a gazetteer image was read into the page cache does to a later run.

    bench/page-cache-state.py ROUNDS IMAGE INPUT [PLACELINE]

For each way of reading IMAGE back (as `reread_into_page_cache`, src/base/page_cache.cpp, does
after saving one): `read` (in order with read(), after POSIX_FADV_DONTNEED and SEQUENTIAL: the
way before 9b09a78) and `huge` (through a mapping with MADV_HUGEPAGE, one byte a page in order:
the way since), in turn ROUNDS times: drops IMAGE from the page cache, reads it back that way,
maps it and reads one byte a page as a run that touches all of it would (how much of it one
page-table entry per 2 MiB maps: FilePmdMapped in /proc/self/smaps; and that touch's time), then
runs `PLACELINE geoparse --format jsonl INPUT` three times (wall, CPU, minor page faults). Prints
the medians per way. Linux 6.18 aligns a large file mapping to 2 MiB itself, which the `huge` way
here relies on (placeline aligns its own). PLACELINE defaults to build/placeline; IMAGE is the
data cache's gazetteer-*.idx.
"""
import mmap
import os
import re
import resource
import statistics
import subprocess
import sys
import time


def drop(path):
    fd = os.open(path, os.O_RDONLY)
    os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_DONTNEED)
    return fd


def read_back(path, way):
    fd = drop(path)
    try:
        if way == "read":
            os.posix_fadvise(fd, 0, 0, os.POSIX_FADV_SEQUENTIAL)
            while os.read(fd, 1 << 20):
                pass
        else:
            with mmap.mmap(fd, 0, flags=mmap.MAP_PRIVATE, prot=mmap.PROT_READ) as m:
                m.madvise(mmap.MADV_HUGEPAGE)
                for at in range(0, len(m), 4096):
                    m[at]
    finally:
        os.close(fd)


def touch(path):
    """Maps the image, reads one byte a page: (kB mapped by huge pages, ms)."""
    with open(path, "rb") as f, mmap.mmap(f.fileno(), 0, flags=mmap.MAP_PRIVATE, prot=mmap.PROT_READ) as m:
        start = time.perf_counter()
        for at in range(0, len(m), 4096):
            m[at]
        ms = (time.perf_counter() - start) * 1e3
        address = None
        for line in open("/proc/self/maps"):
            if line.rstrip().endswith(os.path.realpath(path)):
                address = line.split("-")[0]
                break
        smaps = open("/proc/self/smaps").read()
        at = smaps.find(address + "-") if address else -1
        pmd = re.search(r"FilePmdMapped:\s+(\d+) kB", smaps[at:]) if at >= 0 else None
        return (int(pmd.group(1)) if pmd else 0), ms


def run(placeline, source, null):
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run([placeline, "geoparse", "--format", "jsonl", source], stdout=null, stderr=null, check=True)
    wall = (time.perf_counter() - start) * 1e3
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime) * 1e3
    return wall, cpu, after.ru_minflt - before.ru_minflt


def main():
    if len(sys.argv) not in (4, 5):
        sys.exit(__doc__)
    rounds, image, source = int(sys.argv[1]), sys.argv[2], sys.argv[3]
    placeline = sys.argv[4] if len(sys.argv) == 5 else "build/placeline"
    figures = {"read": [], "huge": []}
    with open(os.devnull, "w") as null:
        for k in range(rounds):
            for way in ("read", "huge") if k % 2 == 0 else ("huge", "read"):
                read_back(image, way)
                pmd, ms = touch(image)
                for _ in range(3):
                    figures[way].append((pmd, ms) + run(placeline, source, null))
    for way, rows in figures.items():
        med = [statistics.median(r[i] for r in rows) for i in range(5)]
        print(f"{way}: {med[0] / 1024:.0f} MiB mapped by huge pages, touching the image {med[1]:.1f} ms; "
              f"placeline wall {med[2]:.1f} ms, CPU {med[3]:.1f} ms, minor faults {med[4]:.0f}")


if __name__ == "__main__":
    main()
