// The file browser's listing (src/app/folder_listing.hpp): folders first, only what a corpus walk
// reads unless all files are asked for, and special files and broken links told apart without
// opening them (a FIFO would block an open).
#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

#include "app/folder_listing.hpp"
#include "support.hpp"

using namespace placeline;
namespace fs = std::filesystem;

namespace {

std::vector<std::string> names(const app::FolderListing& l) {
    std::vector<std::string> out;
    for (const auto& e : l.entries) out.push_back(e.name);
    return out;
}

}  // namespace

TEST_CASE("the browser lists folders first, then the articles a corpus walk reads, and never opens a FIFO") {
    const std::string dir = e2e::temp_path("browse");
    fs::remove_all(dir);
    fs::create_directories(dir + "/zeta");
    fs::create_directories(dir + "/alpha");
    fs::create_directories(dir + "/.hidden");
    std::ofstream(dir + "/b.txt") << "text";
    std::ofstream(dir + "/a.HTML") << "<p>x</p>";
    std::ofstream(dir + "/notes.pdf") << "%PDF";
    REQUIRE(::mkfifo((dir + "/pipe.txt").c_str(), 0644) == 0);
    REQUIRE(::symlink("nowhere.txt", (dir + "/gone.txt").c_str()) == 0);
    REQUIRE(::symlink("alpha", (dir + "/link").c_str()) == 0);

    app::FolderListing articles = app::list_folder(dir + "/zeta/..");
    CHECK(articles.error.empty());
    CHECK(articles.path == dir);
    CHECK(names(articles) == std::vector<std::string>{"alpha", "link", "zeta", "a.HTML", "b.txt"});
    CHECK(articles.entries[1].link);
    CHECK(articles.entries[4].size == 4);

    app::FolderListing all = app::list_folder(dir, true);
    CHECK(names(all) == std::vector<std::string>{"alpha", "link", "zeta", "a.HTML", "b.txt", "gone.txt", "notes.pdf", "pipe.txt"});
    CHECK(all.entries[5].kind == app::FolderEntry::Kind::broken_link);
    CHECK(all.entries[6].kind == app::FolderEntry::Kind::other_file);
    CHECK(all.entries[7].kind == app::FolderEntry::Kind::special);

    // Not a folder, or nothing there: a message naming the path, no entries.
    app::FolderListing fifo = app::list_folder(dir + "/pipe.txt");
    CHECK(fifo.error == dir + "/pipe.txt: not a folder");
    CHECK(fifo.entries.empty());
    app::FolderListing missing = app::list_folder(dir + "/missing");
    CHECK(missing.error.find(dir + "/missing: ") == 0);
    if (::geteuid() != 0) {  // root reads any folder
        fs::create_directories(dir + "/locked");
        fs::permissions(dir + "/locked", fs::perms::none);
        CHECK(app::list_folder(dir + "/locked").error.find("cannot list it") != std::string::npos);
        fs::permissions(dir + "/locked", fs::perms::owner_all);
    }
    fs::remove_all(dir);
}

TEST_CASE("sizes read as the browser's column shows them") {
    CHECK(app::format_size(512) == "512 B");
    CHECK(app::format_size(12 * 1024) == "12 KB");
    CHECK(app::format_size(3 * 1024 * 1024 + 400 * 1024) == "3.4 MB");
}
