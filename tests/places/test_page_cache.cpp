// reread_into_page_cache and map_for_huge_pages (base/page_cache.hpp): what the gazetteer cache
// calls after saving an image, and how it maps one.
#include <doctest/doctest.h>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstdint>
#include <cstring>

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

// Writes numbered lines to `file` until at least `bytes` bytes; returns them.
std::string write_lines(const fs::path& file, size_t bytes) {
    std::string content;
    for (int i = 0; content.size() < bytes; ++i) content += "line " + std::to_string(i) + "\n";
    std::ofstream(file, std::ios::binary) << content;
    return content;
}

}  // namespace

TEST_CASE("a file read back into the page cache keeps its bytes, and a FIFO, a folder or nothing is refused") {
    fs::path dir = fs::temp_directory_path() / ("placeline-page-cache-" + std::to_string(::getpid()));
    fs::create_directories(dir);

    // Larger than the 1 MiB read buffer, with a tail, so the loop reads several times.
    fs::path file = dir / "image.idx";
    const std::string content = write_lines(file, (3u << 20) + 123);
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

TEST_CASE("a file mapped for huge pages starts on a 2 MiB boundary and reads as the file, and a bad descriptor is refused") {
    fs::path dir = fs::temp_directory_path() / ("placeline-huge-map-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    // Not a whole number of pages, so the mapping's end and the reservation given back after it
    // are not on a page boundary of the file.
    fs::path file = dir / "image.idx";
    const std::string content = write_lines(file, (5u << 20) + 777);
    int fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    REQUIRE(fd >= 0);
    void* map = map_for_huge_pages(fd, content.size());
    ::close(fd);  // the mapping outlives its descriptor
    REQUIRE(map != MAP_FAILED);
    CHECK(reinterpret_cast<uintptr_t>(map) % (2u << 20) == 0);
    CHECK(std::memcmp(map, content.data(), content.size()) == 0);
    CHECK(::munmap(map, content.size()) == 0);

    // The same with MAP_POPULATE, as an image to be checked whole is mapped.
    fd = ::open(file.c_str(), O_RDONLY | O_CLOEXEC);
    REQUIRE(fd >= 0);
    map = map_for_huge_pages(fd, content.size(), MAP_POPULATE);
    ::close(fd);
    REQUIRE(map != MAP_FAILED);
    CHECK(std::memcmp(map, content.data(), content.size()) == 0);
    CHECK(::munmap(map, content.size()) == 0);

    errno = 0;
    CHECK(map_for_huge_pages(-1, 4096) == MAP_FAILED);
    CHECK(errno == EBADF);
    fs::remove_all(dir);
}
