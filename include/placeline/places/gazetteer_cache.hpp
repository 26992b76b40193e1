#pragma once
// The compiled gazetteer on disk: the image GazetteerBuilder makes, written atomically and read
// back by memory-mapping it, after checking that it is whole and was made from the same sources.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "placeline/places/gazetteer.hpp"

namespace placeline {

// What the cache is checked against: the image version and every source's path, size and
// modification time. Missing sources are part of the stamp too ("absent").
std::string source_stamp(const std::vector<std::string>& sources);

// The memory-mapped image at `path` when it is whole and its stamp is `stamp`; nullptr otherwise,
// with the reason in `why` (empty when there is simply no file).
std::shared_ptr<const Gazetteer> open_cached_gazetteer(const std::string& path, std::string_view stamp,
                                                       std::string& why);

// Writes the gazetteer's image atomically; returns an empty string or the reason it could not.
std::string save_gazetteer(const Gazetteer& gazetteer, const std::string& path);

// Every large --gazetteer file gets its own compiled image: without a bound they would pile up
// (2 GB for one 500 MB input). Removes the least recently used images (gazetteer-*.idx in
// `folder`; opening an image marks it used) until they total at most `cap_bytes`, never `keep`.
// Returns how many were removed.
size_t evict_gazetteer_caches(const std::string& folder, uint64_t cap_bytes, const std::string& keep);
inline constexpr uint64_t gazetteer_cache_cap = uint64_t(2) << 30;  // 2 GiB: some 20 world gazetteers

}  // namespace placeline
