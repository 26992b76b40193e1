// reread_into_page_cache (base/page_cache.hpp): what the gazetteer cache calls after saving an image.
#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

#include "placeline/base/page_cache.hpp"

using namespace placeline;
namespace fs = std::filesystem;

namespace {

std::string read_whole(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

}  // namespace

TEST_CASE("a file read back into the page cache keeps its bytes, and a FIFO, a folder or nothing is refused") {
    fs::path dir = fs::temp_directory_path() / ("placeline-page-cache-" + std::to_string(::getpid()));
    fs::create_directories(dir);

    // Larger than the 1 MiB read buffer, with a tail, so the loop reads several times.
    std::string content;
    for (int i = 0; content.size() < (3u << 20) + 123; ++i) content += "line " + std::to_string(i) + "\n";
    fs::path file = dir / "image.idx";
    { std::ofstream(file, std::ios::binary) << content; }
    CHECK(reread_into_page_cache(file.string()) == "");
    CHECK(read_whole(file) == content);

    fs::path empty = dir / "empty.idx";
    { std::ofstream(empty, std::ios::binary); }
    CHECK(reread_into_page_cache(empty.string()) == "");

    std::string missing = reread_into_page_cache((dir / "missing.idx").string());
    CHECK(missing.find("cannot open") != std::string::npos);
    CHECK(missing.find("missing.idx") != std::string::npos);

    CHECK(reread_into_page_cache(dir.string()).find("not a regular file") != std::string::npos);

    // A FIFO with no writer: opening it to read would wait forever without O_NONBLOCK.
    fs::path fifo = dir / "fifo.idx";
    REQUIRE(::mkfifo(fifo.c_str(), 0600) == 0);
    CHECK(reread_into_page_cache(fifo.string()).find("not a regular file") != std::string::npos);

    fs::remove_all(dir);
}
