#pragma once
// The Atlas: the one read model that every view and export asks.
// Built once off the UI thread from the corpus, the gazetteer and the mentions; immutable after.
#include <functional>
#include <memory>
#include <span>
#include <string>
#include <vector>

#include "placeline/base/zeroed_array.hpp"
#include "placeline/corpus/corpus.hpp"
#include "placeline/places/gazetteer.hpp"
#include "placeline/places/mention.hpp"
#include "placeline/places/overrides.hpp"

namespace placeline {

// Which time of a passage the slider filters by.
enum class TimeAxis : uint8_t { event, publication };

struct PlaceCount {
    PlaceIndex place = no_place;
    uint32_t passages = 0;
};

struct FormCount {
    std::string form;     // as written in the text
    uint32_t count = 0;
};

// What a caller reads of the atlas. `browse` (the window, the exports): all of it. `records`
// (`geoparse`, which writes one record per mention, none holding a time): the mentions, their
// articles and the gazetteer only. Its passages are not dated (they keep no sentences and the
// default time; no article's publication date is looked for: InferredDate::none marks the
// articles `undated`, with no date warning), and its places are not indexed by passage (places(),
// passages_of(), mentions_in() and places_in() find nothing).
enum class AtlasUse { browse, records };

class Atlas {
public:
    Atlas() = default;
    Atlas(Corpus corpus, std::shared_ptr<const Gazetteer> gazetteer, std::vector<Mention> mentions,
          AtlasUse use = AtlasUse::browse);

    const Corpus& corpus() const { return corpus_; }
    const Gazetteer& gazetteer() const { return *gazetteer_; }
    std::shared_ptr<const Gazetteer> gazetteer_ptr() const { return gazetteer_; }
    const std::vector<Mention>& mentions() const { return mentions_; }

    // Places mentioned at least once, by descending number of passages.
    const std::vector<PlaceCount>& places() const { return places_; }
    // Passages (indices into corpus().passages) that mention the place, in corpus order.
    std::span<const uint32_t> passages_of(PlaceIndex place) const;
    // Mentions inside one passage, in text order.
    std::span<const Mention> mentions_in(uint32_t passage) const;
    // Distinct places of one passage.
    std::vector<PlaceIndex> places_of_passage(uint32_t passage) const;
    // Surface forms used for a place, most frequent first.
    std::vector<FormCount> forms_of(PlaceIndex place) const;

    // Places with at least one passage whose time meets the window, with those passages' count.
    void places_in(const TimeSpan& window, TimeAxis axis, std::vector<PlaceCount>& out) const;
    bool passage_in(uint32_t passage, const TimeSpan& window, TimeAxis axis) const;

    // The span of all passage times on that axis (invalid when the corpus is empty).
    TimeSpan extent(TimeAxis axis) const;
    // Passages per bin over [extent.first, extent.last].
    std::vector<uint32_t> histogram(TimeAxis axis, const TimeSpan& range, int bins) const;

    std::string_view surface(const Mention& m) const;

    // The user's corrections this atlas was built with (and where they are kept).
    const Overrides& overrides() const { return overrides_; }
    void set_overrides(Overrides o) { overrides_ = std::move(o); }

private:
    Overrides overrides_;
    Corpus corpus_;
    std::shared_ptr<const Gazetteer> gazetteer_;
    std::vector<Mention> mentions_;            // sorted by passage, then offset
    std::vector<uint32_t> mention_start_;      // per passage: first mention index (size passages+1)
    std::vector<PlaceCount> places_;
    // Place index -> 1 + its slot in the arrays below, or 0 for a place not mentioned: zeroed by
    // the kernel, so that only the pages of mentioned places are written (zeroed_array.hpp).
    ZeroedArray<uint32_t> place_slot_;
    std::vector<uint32_t> passage_list_;       // passages per place, concatenated
    std::vector<uint32_t> passage_list_start_; // per slot (size slots+1)
    // (place slot, passage) pairs for the window query, in passage order.
    std::vector<std::pair<uint32_t, uint32_t>> place_passage_;
};

// Everything up to the atlas, in one call: the CLI, the app's loader and the tests use it.
// The corrections in the corpus's overrides file (Overrides::path_for) are applied.
std::shared_ptr<const Atlas> build_atlas(const std::vector<std::string>& paths,
                                         std::shared_ptr<const Gazetteer> gazetteer,
                                         Diagnostics& diags, Progress* progress = nullptr);

// The same, the gazetteer loaded by `load_gazetteer` on a thread of its own while the articles
// are read: a command's start-up spent beside its first work instead of before it.
std::shared_ptr<const Atlas> build_atlas(const std::vector<std::string>& paths,
                                         const std::function<std::shared_ptr<const Gazetteer>()>& load_gazetteer,
                                         Diagnostics& diags, Progress* progress = nullptr,
                                         AtlasUse use = AtlasUse::browse);

}  // namespace placeline
