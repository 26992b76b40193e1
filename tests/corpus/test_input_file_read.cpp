// Reading a user's file whole (input_file.hpp): every size in one read or more, files whose size
// fstat does not know, what is refused before a byte is read, and the time that dates an article.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "placeline/base/input_file.hpp"
#include "placeline/corpus/article.hpp"
#include "placeline/time/dates.hpp"

using namespace placeline;
namespace fs = std::filesystem;

namespace {
// A folder of this test's own, removed at the end.
struct TempFolder {
    fs::path dir = fs::temp_directory_path() / ("placeline-input-file-" + std::to_string(::getpid()));
    TempFolder() { fs::create_directories(dir); }
    ~TempFolder() { fs::remove_all(dir); }
    std::string write(const std::string& name, const std::string& bytes) const {
        const std::string path = (dir / name).string();
        std::ofstream(path, std::ios::binary) << bytes;
        return path;
    }
};

// Bytes that differ from place to place, so a piece read twice or left out shows.
std::string bytes_of(size_t n) {
    std::string s(n, '\0');
    for (size_t i = 0; i < n; ++i) s[i] = char('a' + (i * 7 + i / 251) % 26);
    return s;
}
}  // namespace

// The file is read in one call of its size and one byte more: a file of every size near that
// of the old 64 KiB buffer, and of none, comes back whole.
TEST_CASE("a regular file is read whole, whatever its size") {
    TempFolder t;
    for (size_t n : {size_t(0), size_t(1), size_t(4095), size_t(65535), size_t(65536), size_t(65537), size_t(300001)}) {
        const std::string want = bytes_of(n);
        const std::string path = t.write(std::to_string(n) + ".txt", want);
        std::string out = "left from before", error;
        CHECK_MESSAGE(read_input_file(path, out, error), n);
        CHECK_MESSAGE(error.empty(), n);
        CHECK_MESSAGE(out == want, n);
    }
}

// Files under /proc say they hold 0 bytes and give a page or less a read: the first count, a
// full one, is not taken for the end, and the rest are read until a read gives none.
TEST_CASE("a file whose size fstat does not know is read to its end") {
    for (const char* path : {"/proc/self/mountinfo", "/proc/self/status"}) {
        struct stat st;
        REQUIRE(::stat(path, &st) == 0);
        CHECK(st.st_size == 0);
        std::string out, error;
        REQUIRE_MESSAGE(read_input_file(path, out, error), path);
        CHECK(error.empty());
        std::ifstream in(path, std::ios::binary);
        const std::string whole{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
        CHECK_MESSAGE(whole.size() > 1, path);
        if (std::string_view(path).ends_with("mountinfo")) CHECK(out == whole);  // as it was a moment ago
        else CHECK(out.size() > 100);
        CHECK(out.back() == '\n');
    }
    // Many pages, each a read of its own: all of them, not the first page only.
    std::string out, error;
    REQUIRE(read_input_file("/proc/self/smaps", out, error));
    CHECK(out.size() > 3 * 4096);
    CHECK(out.back() == '\n');
}

TEST_CASE("a folder, a FIFO and a missing file are refused with why, and nothing waits") {
    TempFolder t;
    std::string out, error;
    CHECK_FALSE(read_input_file(t.dir.string(), out, error));
    CHECK(error == "is a folder, not a file");
    const std::string fifo = (t.dir / "pipe.txt").string();
    REQUIRE(::mkfifo(fifo.c_str(), 0644) == 0);
    error.clear();
    CHECK_FALSE(read_input_file(fifo, out, error));
    CHECK(error.find("FIFO") != std::string::npos);
    error.clear();
    CHECK_FALSE(read_input_file((t.dir / "none.txt").string(), out, error));
    CHECK(error == "does not exist");
}

// The file's time comes from the fstat that checked the open file, not from a stat of its own.
TEST_CASE("a file's modification time is given with its bytes, and dates an article without a date") {
    TempFolder t;
    const std::string path = t.write("undated.txt", "Just a sentence about Goris.\n");
    // 2021-06-15 13:00 UTC.
    const struct timespec times[2] = {{1623762000, 0}, {1623762000, 0}};
    REQUIRE(::utimensat(AT_FDCWD, path.c_str(), times, 0) == 0);
    std::string out, error;
    int64_t modified = 0;
    REQUIRE(read_input_file(path, out, error, &modified));
    CHECK(modified == 1623762000);
    Diagnostics diags;
    const std::optional<Article> a = read_article(path, diags);
    REQUIRE(a);
    CHECK(a->published_from_file_time);
    CHECK(a->published == make_day(2021, 6, 15));
}
