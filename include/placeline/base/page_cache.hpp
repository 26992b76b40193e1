#pragma once
// A large cache file just written (the compiled gazetteer) sits in the kernel's page cache as the
// pages the writes made, one small folio each. Mapped later, every fault maps at most a short run
// of them, so the image's checks at every start fault ~1,100 times. Read back from disk in order,
// the same file comes in through readahead in large folios, and a fault maps much more of it:
// on Linux 6.18 and ext4 the empty-file start went from 1,441 page faults and 16 ms to 508 and
// 7 ms (`perf stat -r 20 -e page-faults build/placeline geoparse --format jsonl EMPTY`; bench/README.md,
// "Eighth round"). Kernels without large folios in the page cache only pay the one read.
//
// Read back through a mapping that asks for huge pages (map_for_huge_pages), the file comes in
// 2 MiB folios where the kernel allows them (transparent huge pages not "never", a file system
// with large folios: ext4 on 6.18 does), and every later mapping of it maps a whole folio in one
// fault with one page-table entry: 94 of the gazetteer image's 96 MiB, against 48 read back by
// read() (`bench/page-cache-state.py`; bench/README.md, "Fifteenth round"). A long document
// touches nearly all of it. A cold start's mapping asks for huge pages too, so that an image
// read from disk comes in the same way.
#include <cstddef>
#include <string>

namespace placeline {

// Drops `path`'s pages from the page cache and reads the file back once, in order, through a
// mapping made by map_for_huge_pages (by read() where it cannot be mapped). Empty on success,
// else why not (missing, not a regular file: a FIFO is refused, never waited on).
std::string reread_into_page_cache(const std::string& path);

// Maps `size` bytes of the open file `fd` read-only and private at an address aligned to 2 MiB
// (where a huge page can map the file), and asks for huge pages there (MADV_HUGEPAGE). `flags`
// are added to mmap's (MAP_POPULATE). Returns the mapping, to be unmapped with munmap(p, size),
// or MAP_FAILED with errno set.
void* map_for_huge_pages(int fd, size_t size, int flags = 0);

}  // namespace placeline
