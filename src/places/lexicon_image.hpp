#pragma once
// The lexicon's word lists compiled once into a flat image in the data cache and read in place by
// later runs, as the gazetteer's image is: building them from the list files (27,000 words hashed
// and copied) was a quarter of every geoparse's start-up instructions. Private to places.
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "placeline/places/resolution.hpp"

namespace placeline::resolution {

// The lexicon from its image in the data cache when that image was written by this very program
// (the same build) from `files` as they are now (each one's path, size and modification time, so
// an edited list is noticed at the next start); otherwise `build()`'s, whose image is then
// written for the next run. Without a data cache to write to, every run builds.
Lexicon cached_lexicon(const std::vector<std::string>& files, Lexicon (*build)());

// The image's name in the cache folder for this build and these list files (two builds, or two
// checkouts, used by turns keep one each rather than writing over each other's at every turn),
// and its stamp: what the image must say it was made from.
std::string lexicon_image_path(const std::vector<std::string>& files);
std::string lexicon_stamp(const std::vector<std::string>& files);

// Each build leaves an image (1 MB): when one is written, the oldest written are removed until
// `keep_count` are left, `keep` among them. A build whose image went is read from its files once
// more and writes it again. 32: the program, its tests and its benchmarks in a few checkouts and
// build folders used by turns each keep theirs, rather than removing each other's at every start.
void evict_lexicon_images(const std::string& folder, size_t keep_count, const std::string& keep);
inline constexpr size_t lexicon_images_kept = 32;

// The image's bytes for a lexicon and the lexicon read in place from such bytes (nullopt when
// they are not a sound image with this stamp). `keep` holds the bytes alive for the lists.
std::string lexicon_image(const Lexicon& lex, const std::string& stamp);
std::optional<Lexicon> lexicon_from_image(std::string_view image, const std::string& stamp,
                                          std::shared_ptr<const void> keep);

}  // namespace placeline::resolution
