#include "placeline/base/input_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace placeline {

namespace {

std::string kind_problem(mode_t mode) {
    if (S_ISREG(mode)) return {};
    if (S_ISDIR(mode)) return "is a folder, not a file";
    if (S_ISFIFO(mode)) return "is a FIFO (named pipe), not a regular file: not read, it would wait for a writer";
    if (S_ISCHR(mode) || S_ISBLK(mode)) return "is a device, not a regular file";
    if (S_ISSOCK(mode)) return "is a socket, not a regular file";
    return "is not a regular file";
}

std::string open_problem(const std::string& path, int err) {
    if (err == ELOOP) return "is a symbolic link loop";
    struct stat st;
    if (err == ENOENT && ::lstat(path.c_str(), &st) == 0 && S_ISLNK(st.st_mode))
        return "is a link to a file that does not exist";
    if (err == ENOENT) return "does not exist";
    return std::string("cannot be read: ") + std::strerror(err);
}

}  // namespace

std::string input_file_problem(const std::string& path) {
    struct stat st;
    if (::stat(path.c_str(), &st) != 0) return open_problem(path, errno);
    return kind_problem(st.st_mode);
}

bool read_input_file(const std::string& path, std::string& out, std::string& error, int64_t* modified) {
    int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        error = open_problem(path, errno);
        return false;
    }
    struct stat st;
    if (::fstat(fd, &st) != 0 || !(error = kind_problem(st.st_mode)).empty()) {
        if (error.empty()) error = std::string("cannot be read: ") + std::strerror(errno);
        ::close(fd);
        return false;
    }
    if (modified) *modified = int64_t(st.st_mtime);
    // Read straight into `out`, asking for one byte more than fstat's size: a regular file's read
    // comes back short at its end, so a first count of exactly that size is the whole file, read
    // in one call with no second read to find the end and no copy through a buffer. Any other
    // count reads on, and then only a count of 0 is the end: a full one (the file grew meanwhile,
    // or its size is not known: files under /proc say 0, and give a page a call), or one short of
    // the size (one read gives at most about 2 GiB; the file shrank).
    size_t want = size_t(st.st_size) + 1;
    size_t have = 0;
    out.clear();
    out.resize(want);
    for (bool first = true;;) {
        ssize_t n = ::read(fd, out.data() + have, want - have);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            error = std::string("cannot be read: ") + std::strerror(errno);
            ::close(fd);
            out.clear();
            return false;
        }
        have += size_t(n);
        if (n == 0 || (first && have == size_t(st.st_size))) break;
        first = false;
        if (have == want) {
            want = std::max(2 * want, have + (size_t(1) << 16));
            out.resize(want);
        }
    }
    out.resize(have);
    ::close(fd);
    return true;
}

}  // namespace placeline
