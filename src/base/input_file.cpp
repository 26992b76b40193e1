#include "placeline/base/input_file.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

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

bool read_input_file(const std::string& path, std::string& out, std::string& error) {
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
    out.clear();
    out.reserve(size_t(st.st_size));
    char buf[1 << 16];
    for (;;) {
        ssize_t n = ::read(fd, buf, sizeof buf);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            error = std::string("cannot be read: ") + std::strerror(errno);
            ::close(fd);
            return false;
        }
        if (n == 0) break;
        out.append(buf, size_t(n));
    }
    ::close(fd);
    return true;
}

}  // namespace placeline
