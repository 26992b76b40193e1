#pragma once
// One folder's entries for the file browser, read with lstat/stat only: nothing listed is ever
// opened, so a FIFO, a socket or a device can be shown but never makes the window wait.
#include <cstdint>
#include <string>
#include <vector>

namespace placeline::app {

struct FolderEntry {
    enum class Kind { folder, article, other_file, special, broken_link };
    std::string name;
    Kind kind = Kind::other_file;
    bool link = false;      // a symbolic link (to what `kind` says)
    uintmax_t size = 0;     // bytes, for files
};

struct FolderListing {
    std::string path;       // absolute and normal
    std::vector<FolderEntry> entries;  // folders first, then files, each by name
    std::string error;      // why the folder cannot be listed, else empty
};

// `show_all_files`: every entry; else folders and the files a corpus walk would read
// (corpus.hpp: is_article_name). Hidden entries (a leading dot) are left out.
FolderListing list_folder(const std::string& path, bool show_all_files = false);

// "12 KB", "3.4 MB": sizes as the browser's column shows them.
std::string format_size(uintmax_t bytes);

}  // namespace placeline::app
