#pragma once
// A large cache file just written (the compiled gazetteer) sits in the kernel's page cache as the
// pages the writes made, one small folio each. Mapped later, every fault maps at most a short run
// of them, so the image's checks at every start fault ~1,100 times. Read back from disk in order,
// the same file comes in through readahead in large folios, and a fault maps much more of it:
// on Linux 6.18 and ext4 the empty-file start went from 1,441 page faults and 16 ms to 508 and
// 7 ms (`perf stat -r 20 -e page-faults build/placeline geoparse --format jsonl EMPTY`; bench/README.md,
// "Eighth round"). Kernels without large folios in the page cache only pay the one read.
#include <string>

namespace placeline {

// Drops `path`'s pages from the page cache and reads the file back once, in order. Empty on
// success, else why not (missing, not a regular file: a FIFO is refused, never waited on).
std::string reread_into_page_cache(const std::string& path);

}  // namespace placeline
