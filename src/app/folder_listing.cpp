#include "folder_listing.hpp"

#include <dirent.h>
#include <fcntl.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "placeline/corpus/corpus.hpp"

namespace placeline::app {

namespace {

FolderEntry::Kind kind_of(const struct stat& st, const std::string& name) {
    if (S_ISDIR(st.st_mode)) return FolderEntry::Kind::folder;
    if (!S_ISREG(st.st_mode)) return FolderEntry::Kind::special;
    return is_article_name(name) ? FolderEntry::Kind::article : FolderEntry::Kind::other_file;
}

}  // namespace

FolderListing list_folder(const std::string& path, bool show_all_files) {
    FolderListing out;
    std::error_code ec;
    std::filesystem::path abs = std::filesystem::absolute(path, ec);
    out.path = ec ? path : abs.lexically_normal().string();
    if (out.path.size() > 1 && out.path.back() == '/') out.path.pop_back();
    struct stat st {};
    if (::stat(out.path.c_str(), &st) != 0) {
        out.error = out.path + ": " + std::strerror(errno);
        return out;
    }
    if (!S_ISDIR(st.st_mode)) {
        out.error = out.path + ": not a folder";
        return out;
    }
    // opendir opens with O_DIRECTORY: only a folder, checked above, is ever opened.
    DIR* dir = ::opendir(out.path.c_str());
    if (!dir) {
        out.error = out.path + ": cannot list it (" + std::strerror(errno) + ")";
        return out;
    }
    const int fd = ::dirfd(dir);
    while (const dirent* d = ::readdir(dir)) {
        std::string name = d->d_name;
        if (name.empty() || name[0] == '.') continue;
        FolderEntry e;
        e.name = name;
        struct stat lst {};
        if (::fstatat(fd, name.c_str(), &lst, AT_SYMLINK_NOFOLLOW) != 0) continue;  // gone since readdir
        e.link = S_ISLNK(lst.st_mode);
        struct stat target = lst;
        if (e.link && ::fstatat(fd, name.c_str(), &target, 0) != 0) e.kind = FolderEntry::Kind::broken_link;
        else e.kind = kind_of(target, name);
        if (e.kind == FolderEntry::Kind::article || e.kind == FolderEntry::Kind::other_file) e.size = uintmax_t(target.st_size);
        const bool shown = show_all_files || e.kind == FolderEntry::Kind::folder || e.kind == FolderEntry::Kind::article;
        if (shown) out.entries.push_back(std::move(e));
    }
    ::closedir(dir);
    std::sort(out.entries.begin(), out.entries.end(), [](const FolderEntry& a, const FolderEntry& b) {
        bool af = a.kind == FolderEntry::Kind::folder, bf = b.kind == FolderEntry::Kind::folder;
        if (af != bf) return af;
        return a.name < b.name;
    });
    return out;
}

std::string format_size(uintmax_t bytes) {
    char buf[32];
    if (bytes < 1024) std::snprintf(buf, sizeof buf, "%ju B", bytes);
    else if (bytes < 1024 * 1024) std::snprintf(buf, sizeof buf, "%.0f KB", double(bytes) / 1024);
    else if (bytes < uintmax_t(1024) * 1024 * 1024) std::snprintf(buf, sizeof buf, "%.1f MB", double(bytes) / (1024 * 1024));
    else std::snprintf(buf, sizeof buf, "%.1f GB", double(bytes) / (1024.0 * 1024 * 1024));
    return buf;
}

}  // namespace placeline::app
