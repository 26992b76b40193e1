// Reading a just-written cache file back through readahead, and mapping files where huge pages
// can map them (base/page_cache.hpp says why).
#include "placeline/base/page_cache.hpp"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>
#include <vector>

namespace placeline {

namespace {

constexpr size_t huge_page = size_t(2) << 20;

// The file read in order with read(): what a file that cannot be mapped gets.
std::string read_through(int fd, const std::string& path) {
    std::vector<char> buffer(size_t(1) << 20);
    for (;;) {
        ssize_t n = ::read(fd, buffer.data(), buffer.size());
        if (n > 0) continue;
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) return "cannot read " + path + ": " + std::strerror(errno);
        return "";
    }
}

}  // namespace

void* map_for_huge_pages(int fd, size_t size, int flags) {
    // An address range 2 MiB larger than the file, reserved and not backed, of which the file
    // takes the first 2 MiB boundary on; the rest is given back. (Linux 6.18 aligns large file
    // mappings itself; older kernels need this.)
    void* reserved = ::mmap(nullptr, size + huge_page, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (reserved == MAP_FAILED) return MAP_FAILED;
    const uintptr_t start = reinterpret_cast<uintptr_t>(reserved);
    const uintptr_t aligned = (start + huge_page - 1) & ~uintptr_t(huge_page - 1);
    void* map = ::mmap(reinterpret_cast<void*>(aligned), size, PROT_READ, MAP_PRIVATE | MAP_FIXED | flags, fd, 0);
    if (map == MAP_FAILED) {
        const int error = errno;
        ::munmap(reserved, size + huge_page);
        errno = error;
        return MAP_FAILED;
    }
    // The reservation before and after the file's pages (the last one whole).
    if (aligned > start) ::munmap(reserved, aligned - start);
    const size_t page = size_t(::sysconf(_SC_PAGESIZE));
    const uintptr_t end = aligned + (size + page - 1) / page * page, reserved_end = start + size + huge_page;
    if (reserved_end > end) ::munmap(reinterpret_cast<void*>(end), reserved_end - end);
    // Only a hint: refused (no transparent huge pages in this kernel), the mapping is as good.
    ::madvise(map, size, MADV_HUGEPAGE);
    return map;
}

std::string reread_into_page_cache(const std::string& path) {
    // Non-blocking: a FIFO in the cache folder must not hang the caller; it is refused below.
    int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) return "cannot open " + path + ": " + std::strerror(errno);
    struct stat st{};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        return path + " is not a regular file";
    }
    // The written pages are clean after the writer's fsync, so the kernel can drop them all.
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_DONTNEED);
    ::posix_fadvise(fd, 0, 0, POSIX_FADV_SEQUENTIAL);
    const size_t size = size_t(st.st_size);
    std::string error;
    void* map = size > 0 ? map_for_huge_pages(fd, size) : MAP_FAILED;
    if (map != MAP_FAILED) {
        // One byte a page, in order: the faults bring the file in through readahead, in folios
        // as large as the mapping allows.
        const volatile unsigned char* bytes = static_cast<const unsigned char*>(map);
        unsigned char sum = 0;
        const size_t page = size_t(::sysconf(_SC_PAGESIZE));
        for (size_t at = 0; at < size; at += page) sum = static_cast<unsigned char>(sum + bytes[at]);
        (void)sum;
        ::munmap(map, size);
    } else {
        error = read_through(fd, path);
    }
    ::close(fd);
    return error;
}

}  // namespace placeline
