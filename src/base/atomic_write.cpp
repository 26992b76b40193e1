#include "placeline/base/atomic_write.hpp"

#include <fcntl.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <random>
#include <vector>

namespace placeline {

namespace fs = std::filesystem;

namespace {

std::string errno_text() { return std::strerror(errno); }

// "<name>.tmp-<pid>-<n>": the pid says whether the run that made it is still alive.
const char* const temp_infix = ".tmp-";

std::string temporary_beside(const std::string& path) {
    // Same folder, so that rename() is atomic (no cross-device move).
    std::random_device rd;
    return path + temp_infix + std::to_string(::getpid()) + "-" + std::to_string(rd() % 1000000);
}

std::string journal_beside(const std::string& path) {
    fs::path p(path);
    // Appended piece by piece: GCC 12 warns falsely (-Wrestrict) on "." + a string once inlined.
    std::string name = ".";
    name += p.filename().string();
    name += ".placeline-journal";
    return (p.parent_path() / name).string();
}

std::string folder_of(const std::string& path) {
    fs::path parent = fs::path(path).parent_path();
    return parent.empty() ? "." : parent.string();
}

// A rename is durable once the folder holding the new name is on disk.
void sync_folder(const std::string& dir) {
    int fd = ::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd < 0) return;
    ::fsync(fd);
    ::close(fd);
}

// Test-only fault: PLACELINE_TEST_KILL_BEFORE_RENAME=N kills the process (SIGKILL, as a user's
// kill -9 would) just before the Nth rename of a set, so tests can see what a kill leaves.
void maybe_die_before_rename(size_t index) {
    static const char* v = std::getenv("PLACELINE_TEST_KILL_BEFORE_RENAME");
    if (v && *v && std::strtoul(v, nullptr, 10) == index + 1) ::raise(SIGKILL);
}

// Writes all of `content` to a new file, checking every write (a full disk, or a file size
// limit, shows up as a short or failed write) and flushing it to disk.
std::string write_new_file(const std::string& path, std::string_view content) {
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0644);
    if (fd < 0) return "cannot create " + path + ": " + errno_text();
    size_t done = 0;
    while (done < content.size()) {
        ssize_t n = ::write(fd, content.data() + done, content.size() - done);
        if (n < 0) {
            if (errno == EINTR) continue;
            std::string e = "cannot write " + path + ": " + errno_text();
            ::close(fd);
            return e;
        }
        done += static_cast<size_t>(n);
    }
    // The data must be on disk before the rename makes it visible.
    if (::fsync(fd) != 0) {
        std::string e = "cannot flush " + path + ": " + errno_text();
        ::close(fd);
        return e;
    }
    if (::close(fd) != 0) return "cannot close " + path + ": " + errno_text();
    return {};
}

bool process_alive(long pid) { return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM); }

// Temporaries of killed runs beside `path`: they are never renamed, so they only fill the disk.
void remove_stale_temporaries(const std::string& path) {
    std::string prefix = fs::path(path).filename().string() + temp_infix;
    std::error_code ec;
    for (fs::directory_iterator it(folder_of(path), ec), end; !ec && it != end; it.increment(ec)) {
        std::string name = it->path().filename().string();
        if (name.compare(0, prefix.size(), prefix) != 0) continue;
        char* after = nullptr;
        long pid = std::strtol(name.c_str() + prefix.size(), &after, 10);
        if (after == name.c_str() + prefix.size() || *after != '-') continue;
        if (pid == ::getpid() || process_alive(pid)) continue;
        std::error_code rm;
        if (it->is_regular_file(rm)) fs::remove(it->path(), rm);
    }
}

// Finishes the renames of a set whose run was killed half way (see write_files_atomically).
void finish_interrupted_set(const std::string& journal) {
    std::error_code ec;
    if (!fs::is_regular_file(journal, ec)) return;
    FILE* f = std::fopen(journal.c_str(), "rb");
    if (!f) return;
    std::string text;
    char buf[4096];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) text.append(buf, n);
    std::fclose(f);
    // NUL-separated pairs: temporary, target.
    std::vector<std::string> parts;
    for (size_t start = 0; start < text.size();) {
        size_t end = text.find('\0', start);
        if (end == std::string::npos) break;
        parts.push_back(text.substr(start, end - start));
        start = end + 1;
    }
    for (size_t i = 0; i + 1 < parts.size(); i += 2) {
        if (fs::is_regular_file(parts[i], ec) && std::rename(parts[i].c_str(), parts[i + 1].c_str()) == 0)
            sync_folder(folder_of(parts[i + 1]));
    }
    fs::remove(journal, ec);
}

}  // namespace

std::string check_output_path(const std::string& path) {
    struct stat st;
    if (::stat(path.c_str(), &st) != 0) {
        if (errno == ENOENT) return {};
        return "cannot use " + path + ": " + errno_text();
    }
    if (S_ISREG(st.st_mode)) return {};
    const char* kind = S_ISDIR(st.st_mode)    ? "a folder"
                       : S_ISFIFO(st.st_mode) ? "a FIFO"
                       : S_ISCHR(st.st_mode)  ? "a character device"
                       : S_ISBLK(st.st_mode)  ? "a block device"
                       : S_ISSOCK(st.st_mode) ? "a socket"
                                              : "not a regular file";
    return path + " is " + kind + ", not a regular file: refusing to replace it";
}

std::string write_files_atomically(std::span<const FileContent> files) {
    if (files.empty()) return {};
    for (const FileContent& f : files)
        if (std::string e = check_output_path(f.path); !e.empty()) return e;
    const std::string journal = journal_beside(files.front().path);
    finish_interrupted_set(journal);
    for (const FileContent& f : files) remove_stale_temporaries(f.path);

    std::vector<std::string> temps;
    auto discard = [&] {
        std::error_code ec;
        for (const std::string& t : temps) fs::remove(t, ec);
    };
    for (const FileContent& f : files) {
        temps.push_back(temporary_beside(f.path));
        if (std::string e = write_new_file(temps.back(), f.content); !e.empty()) {
            discard();
            return e;
        }
    }
    if (files.size() > 1) {
        std::string list;
        for (size_t i = 0; i < files.size(); ++i) {
            list += fs::absolute(temps[i]).string() + '\0';
            list += fs::absolute(files[i].path).string() + '\0';
        }
        std::string jtemp = temporary_beside(journal);
        std::string e = write_new_file(jtemp, list);
        if (e.empty() && std::rename(jtemp.c_str(), journal.c_str()) != 0) e = "cannot write " + journal + ": " + errno_text();
        if (!e.empty()) {
            std::error_code ec;
            fs::remove(jtemp, ec);
            discard();
            return e;
        }
        sync_folder(folder_of(journal));
    }
    for (size_t i = 0; i < files.size(); ++i) {
        maybe_die_before_rename(i);
        if (std::rename(temps[i].c_str(), files[i].path.c_str()) != 0) {
            // Those already renamed stay; the journal lets the next run finish the others.
            std::string e = "cannot rename " + temps[i] + " to " + files[i].path + ": " + errno_text();
            if (i == 0) {
                std::error_code ec;
                fs::remove(journal, ec);
                discard();
            }
            return e;
        }
        sync_folder(folder_of(files[i].path));
    }
    std::error_code ec;
    if (files.size() > 1) fs::remove(journal, ec);
    return {};
}

std::string write_file_atomically(const std::string& path, std::string_view content) {
    FileContent one{path, content};
    return write_files_atomically(std::span<const FileContent>(&one, 1));
}

std::string write_via_temporary(const std::string& path,
                                const std::function<std::string(const std::string&)>& write) {
    if (std::string e = check_output_path(path); !e.empty()) return e;
    remove_stale_temporaries(path);
    std::string temp = temporary_beside(path);
    std::string error = write(temp);
    if (error.empty()) {
        int fd = ::open(temp.c_str(), O_RDONLY | O_CLOEXEC);
        if (fd < 0 || ::fsync(fd) != 0) error = "cannot flush " + temp + ": " + errno_text();
        if (fd >= 0) ::close(fd);
    }
    if (error.empty() && std::rename(temp.c_str(), path.c_str()) != 0)
        error = "cannot rename " + temp + " into place: " + errno_text();
    if (!error.empty()) {
        std::error_code ec;
        fs::remove(temp, ec);
        return error;
    }
    sync_folder(folder_of(path));
    return {};
}

}  // namespace placeline
