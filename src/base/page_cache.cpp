// Reading a just-written cache file back through readahead (base/page_cache.hpp says why).
#include "placeline/base/page_cache.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <vector>

namespace placeline {

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
    std::vector<char> buffer(size_t(1) << 20);
    std::string error;
    for (;;) {
        ssize_t n = ::read(fd, buffer.data(), buffer.size());
        if (n > 0) continue;
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) error = "cannot read " + path + ": " + std::strerror(errno);
        break;
    }
    ::close(fd);
    return error;
}

}  // namespace placeline
