// The gazetteer cache: stamp, memory mapping, the seal of a checked image, atomic save.
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "gazetteer_image.hpp"
#include "placeline/base/atomic_write.hpp"
#include "placeline/base/page_cache.hpp"
#include "placeline/places/gazetteer_cache.hpp"

namespace placeline {

std::string source_stamp(const std::vector<std::string>& sources) {
    std::string stamp = "placeline gazetteer image " + std::to_string(image_version) + "\n";
    for (const std::string& s : sources) {
        struct stat st{};
        std::error_code ec;
        std::string path = std::filesystem::absolute(s, ec).lexically_normal().string();
        if (::stat(s.c_str(), &st) != 0) {
            stamp += path + "\tabsent\n";
            continue;
        }
        stamp += path + "\t" + std::to_string(st.st_size) + "\t" + std::to_string(st.st_mtim.tv_sec) + "." +
                 std::to_string(st.st_mtim.tv_nsec) + "\n";
    }
    return stamp;
}

namespace {

// A checked image's seal: the file it was (device, inode, size, modification time) and its
// checksum, written beside it after the whole image passed the checksum and the offset checks
// once. A rename over the image or any write to it gives another identity, and the image is
// checked whole again; an image whose seal matches skips both (some tens of milliseconds of the
// cores' time for a world gazetteer at every start, and its 70 MB faulted in) but not the header's
// checks, and its readers check every offset they follow, so no read can leave it. The seal's own
// modification time marks when the image was last used (the image's stays as it was written).
std::string seal_path(const std::string& image) { return image + ".checked"; }

std::string seal_of(const struct stat& st, uint64_t checksum) {
    return "placeline gazetteer image checked\t" + std::to_string(st.st_dev) + "\t" + std::to_string(st.st_ino) +
           "\t" + std::to_string(st.st_size) + "\t" + std::to_string(st.st_mtim.tv_sec) + "." +
           std::to_string(st.st_mtim.tv_nsec) + "\t" + std::to_string(checksum) + "\n";
}

// The seal's text, or "" (no seal, or not a small regular file: nothing to wait on).
std::string read_seal(const std::string& path) {
    int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) return {};
    struct stat st{};
    char buf[512];
    ssize_t n = -1;
    if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0 && size_t(st.st_size) < sizeof buf)
        n = ::read(fd, buf, sizeof buf);
    ::close(fd);
    return n > 0 ? std::string(buf, size_t(n)) : std::string();
}

}  // namespace

std::shared_ptr<const Gazetteer> open_cached_gazetteer(const std::string& path, std::string_view stamp,
                                                       std::string& why) {
    why.clear();
    // Non-blocking: a FIFO in the cache must not hang the start; it is refused below.
    int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0) {
        if (errno != ENOENT) why = std::string("cannot open: ") + std::strerror(errno);
        return nullptr;
    }
    struct stat st{};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        ::close(fd);
        why = "not a regular file";
        return nullptr;
    }
    if (st.st_size <= 0) {
        ::close(fd);
        why = "empty cache file";
        return nullptr;
    }
    size_t size = static_cast<size_t>(st.st_size);
    ImageHeader header{};
    bool sealed = size >= sizeof header && ::pread(fd, &header, sizeof header, 0) == ssize_t(sizeof header) &&
                  read_seal(seal_path(path)) == seal_of(st, header.checksum);
    // MAP_POPULATE when the checksum reads every page anyway: fault them in in one go. Where huge
    // pages can map it (page_cache.hpp): an image read back from disk by a cold start comes in
    // in huge folios too.
    void* map = map_for_huge_pages(fd, size, sealed ? 0 : MAP_POPULATE);
    ::close(fd);
    if (map == MAP_FAILED) {
        why = std::string("cannot map: ") + std::strerror(errno);
        return nullptr;
    }
    std::shared_ptr<const void> owner(map, [size](const void* p) { ::munmap(const_cast<void*>(p), size); });
    std::span<const std::byte> image(static_cast<const std::byte*>(map), size);
    auto g = Gazetteer::from_image(image, owner, true, why, !sealed);
    if (!g) return nullptr;
    if (g->stamp() != stamp) {
        why = "compiled from other sources or older versions of them";
        return nullptr;
    }
    // Used now: the last to be evicted. Without a seal (a read-only cache folder) the image's own
    // time says so, as before seals.
    if (!sealed && !write_file_atomically(seal_path(path), seal_of(st, header.checksum)).empty())
        ::utimensat(AT_FDCWD, path.c_str(), nullptr, 0);
    else if (sealed)
        ::utimensat(AT_FDCWD, seal_path(path).c_str(), nullptr, 0);
    return g;
}

size_t evict_gazetteer_caches(const std::string& folder, uint64_t cap_bytes, const std::string& keep) {
    namespace fs = std::filesystem;
    struct Entry {
        fs::path path;
        uint64_t size;
        fs::file_time_type used;
    };
    std::vector<Entry> images;
    uint64_t total = 0;
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        std::string name = it->path().filename().string();
        if (name.rfind("gazetteer-", 0) != 0 || it->path().extension() != ".idx") continue;
        std::error_code e;
        if (!it->is_regular_file(e)) continue;
        Entry entry{it->path(), it->file_size(e), it->last_write_time(e)};
        if (e) continue;
        std::error_code no_seal;
        auto sealed = fs::last_write_time(seal_path(it->path().string()), no_seal);
        if (!no_seal) entry.used = std::max(entry.used, sealed);
        total += entry.size;
        images.push_back(std::move(entry));
    }
    std::sort(images.begin(), images.end(), [](const Entry& a, const Entry& b) { return a.used < b.used; });
    size_t removed = 0;
    const fs::path kept = fs::path(keep).lexically_normal();
    for (const Entry& e : images) {
        if (total <= cap_bytes) break;
        if (e.path.lexically_normal() == kept) continue;
        std::error_code rm;
        if (fs::remove(e.path, rm)) total -= e.size, ++removed;
        fs::remove(seal_path(e.path.string()), rm);
    }
    return removed;
}

std::string save_gazetteer(const Gazetteer& gazetteer, const std::string& path) {
    std::error_code ec;
    std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ec);
    auto image = gazetteer.image();
    std::string error =
        write_file_atomically(path, std::string_view(reinterpret_cast<const char*>(image.data()), image.size()));
    // Every later start maps the image: read back, it maps in far fewer faults (page_cache.hpp).
    // The image is written and good either way, so a failure here costs only speed.
    if (error.empty()) reread_into_page_cache(path);
    return error;
}

}  // namespace placeline
