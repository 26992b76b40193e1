#include "placeline/base/atomic_write.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <random>

namespace placeline {

namespace {

std::string temporary_beside(const std::string& path) {
    // Same folder, so that rename() is atomic (no cross-device move).
    std::random_device rd;
    return path + ".tmp-" + std::to_string(::getpid()) + "-" + std::to_string(rd() % 1000000);
}

}  // namespace

std::string write_via_temporary(const std::string& path,
                                const std::function<std::string(const std::string&)>& write) {
    std::string temp = temporary_beside(path);
    std::string error = write(temp);
    if (!error.empty()) {
        std::error_code ec;
        std::filesystem::remove(temp, ec);
        return error;
    }
    if (std::rename(temp.c_str(), path.c_str()) != 0) {
        error = std::string("cannot rename into place: ") + std::strerror(errno);
        std::error_code ec;
        std::filesystem::remove(temp, ec);
        return error;
    }
    return {};
}

std::string write_file_atomically(const std::string& path, std::string_view content) {
    return write_via_temporary(path, [&](const std::string& temp) -> std::string {
        int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
        if (fd < 0) return std::string("cannot create ") + temp + ": " + std::strerror(errno);
        size_t done = 0;
        while (done < content.size()) {
            ssize_t n = ::write(fd, content.data() + done, content.size() - done);
            if (n < 0) {
                if (errno == EINTR) continue;
                std::string e = std::string("write failed: ") + std::strerror(errno);
                ::close(fd);
                return e;
            }
            done += static_cast<size_t>(n);
        }
        // The data must be on disk before the rename makes it visible.
        if (::fsync(fd) != 0 || ::close(fd) != 0) return std::string("cannot flush: ") + std::strerror(errno);
        return {};
    });
}

}  // namespace placeline
