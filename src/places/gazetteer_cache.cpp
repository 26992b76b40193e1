// The gazetteer cache: stamp, memory mapping, atomic save.
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
    // MAP_POPULATE: the checksum reads every page anyway; fault them in in one go.
    void* map = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
    ::close(fd);
    if (map == MAP_FAILED) {
        why = std::string("cannot map: ") + std::strerror(errno);
        return nullptr;
    }
    std::shared_ptr<const void> owner(map, [size](const void* p) { ::munmap(const_cast<void*>(p), size); });
    std::span<const std::byte> image(static_cast<const std::byte*>(map), size);
    auto g = Gazetteer::from_image(image, owner, true, why);
    if (!g) return nullptr;
    if (g->stamp() != stamp) {
        why = "compiled from other sources or older versions of them";
        return nullptr;
    }
    ::utimensat(AT_FDCWD, path.c_str(), nullptr, 0);  // used now: the last to be evicted
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
    }
    return removed;
}

std::string save_gazetteer(const Gazetteer& gazetteer, const std::string& path) {
    std::error_code ec;
    std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ec);
    auto image = gazetteer.image();
    return write_file_atomically(path, std::string_view(reinterpret_cast<const char*>(image.data()), image.size()));
}

}  // namespace placeline
