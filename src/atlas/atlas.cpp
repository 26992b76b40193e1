#include "placeline/atlas/atlas.hpp"

#include <algorithm>
#include <chrono>
#include <filesystem>
#include <future>
#include <map>
#include <optional>
#include <thread>

#include "placeline/base/on_cores.hpp"
#include "placeline/places/article_words.hpp"
#include "placeline/places/matcher.hpp"
#include "placeline/places/resolution.hpp"

namespace placeline {

Atlas::Atlas(Corpus corpus, std::shared_ptr<const Gazetteer> gazetteer, std::vector<Mention> mentions, AtlasUse use)
    : corpus_(std::move(corpus)), gazetteer_(std::move(gazetteer)), mentions_(std::move(mentions)) {
    auto in_order = [](const Mention& a, const Mention& b) {
        return std::pair(a.passage, a.span.start) < std::pair(b.passage, b.span.start);
    };
    // geoparse() hands the mentions over in this order already: one look at them, rather than a
    // sort that moves every mention (over a hundred bytes each, with its evidence) through a buffer.
    if (!std::is_sorted(mentions_.begin(), mentions_.end(), in_order))
        std::stable_sort(mentions_.begin(), mentions_.end(), in_order);
    // The records read the mentions in order, nothing else (2.2 M instructions on the 2 MiB
    // document, and a table of the gazetteer's size to clear).
    if (use == AtlasUse::records) return;
    const size_t np = corpus_.passages.size();
    mention_start_.assign(np + 1, 0);
    for (const Mention& m : mentions_) ++mention_start_[m.passage + 1];
    for (size_t i = 0; i < np; ++i) mention_start_[i + 1] += mention_start_[i];

    // Slots: one per place mentioned, so per-place arrays stay small on a world gazetteer.
    place_slot_ = ZeroedArray<uint32_t>(gazetteer_ ? gazetteer_->size() : 0);
    std::vector<PlaceIndex> slot_place;
    for (const Mention& m : mentions_) {
        if (place_slot_[m.place] == 0) {
            slot_place.push_back(m.place);
            place_slot_[m.place] = static_cast<uint32_t>(slot_place.size());
        }
    }
    // Distinct (slot, passage) pairs, in passage order.
    for (uint32_t p = 0; p < np; ++p) {
        size_t before = place_passage_.size();
        for (uint32_t k = mention_start_[p]; k < mention_start_[p + 1]; ++k) {
            uint32_t slot = place_slot_[mentions_[k].place] - 1;
            bool seen = false;
            for (size_t j = before; j < place_passage_.size(); ++j) seen |= place_passage_[j].first == slot;
            if (!seen) place_passage_.push_back({slot, p});
        }
    }
    passage_list_start_.assign(slot_place.size() + 1, 0);
    for (auto [slot, p] : place_passage_) ++passage_list_start_[slot + 1];
    for (size_t i = 0; i < slot_place.size(); ++i) passage_list_start_[i + 1] += passage_list_start_[i];
    passage_list_.resize(place_passage_.size());
    std::vector<uint32_t> fill(passage_list_start_.begin(), passage_list_start_.end() - 1);
    for (auto [slot, p] : place_passage_) passage_list_[fill[slot]++] = p;

    for (uint32_t s = 0; s < slot_place.size(); ++s)
        places_.push_back({slot_place[s], passage_list_start_[s + 1] - passage_list_start_[s]});
    std::stable_sort(places_.begin(), places_.end(),
                     [](const PlaceCount& a, const PlaceCount& b) { return a.passages > b.passages; });
}

std::span<const uint32_t> Atlas::passages_of(PlaceIndex place) const {
    if (place >= place_slot_.size() || place_slot_[place] == 0) return {};
    uint32_t s = place_slot_[place] - 1;
    return std::span<const uint32_t>(passage_list_).subspan(passage_list_start_[s],
                                                           passage_list_start_[s + 1] - passage_list_start_[s]);
}

std::span<const Mention> Atlas::mentions_in(uint32_t passage) const {
    if (passage + 1 >= mention_start_.size()) return {};
    return std::span<const Mention>(mentions_).subspan(mention_start_[passage],
                                                       mention_start_[passage + 1] - mention_start_[passage]);
}

std::vector<PlaceIndex> Atlas::places_of_passage(uint32_t passage) const {
    std::vector<PlaceIndex> out;
    for (const Mention& m : mentions_in(passage))
        if (std::find(out.begin(), out.end(), m.place) == out.end()) out.push_back(m.place);
    return out;
}

std::string_view Atlas::surface(const Mention& m) const {
    return std::string_view(corpus_.articles[m.article].text).substr(m.span.start, m.span.end - m.span.start);
}

std::vector<FormCount> Atlas::forms_of(PlaceIndex place) const {
    std::map<std::string, uint32_t> counts;
    for (uint32_t p : passages_of(place))
        for (const Mention& m : mentions_in(p))
            if (m.place == place) ++counts[std::string(surface(m))];
    std::vector<FormCount> out;
    for (auto& [form, n] : counts) out.push_back({form, n});
    std::stable_sort(out.begin(), out.end(), [](const FormCount& a, const FormCount& b) { return a.count > b.count; });
    return out;
}

bool Atlas::passage_in(uint32_t passage, const TimeSpan& window, TimeAxis axis) const {
    const Passage& p = corpus_.passages[passage];
    if (axis == TimeAxis::publication) return p.published.meets(window);
    if (!p.time.meets(window)) return false;  // the range covers every sentence: most passages end here
    if (p.sentences.empty()) return true;
    for (const SentenceTime& s : p.sentences)
        if (s.time.meets(window)) return true;
    return false;
}

void Atlas::places_in(const TimeSpan& window, TimeAxis axis, std::vector<PlaceCount>& out) const {
    // One pass over the (place, passage) pairs: linear in mentions, no allocation when `out`
    // already has capacity, which keeps scrubbing the slider inside a frame.
    out.clear();
    thread_local std::vector<uint32_t> counts;
    counts.assign(places_.size(), 0);
    for (auto [slot, p] : place_passage_)
        if (passage_in(p, window, axis)) ++counts[slot];
    // places_ is in descending total count, so the output keeps a stable, meaningful order.
    for (const PlaceCount& pc : places_) {
        uint32_t s = place_slot_[pc.place] - 1;
        if (counts[s]) out.push_back({pc.place, counts[s]});
    }
}

TimeSpan Atlas::extent(TimeAxis axis) const {
    TimeSpan e{1, 0};
    for (const Passage& p : corpus_.passages) {
        const TimeSpan& t = axis == TimeAxis::event ? p.time : p.published;
        if (!t.valid()) continue;
        if (!e.valid()) {
            e = t;
            continue;
        }
        e.first = std::min(e.first, t.first);
        e.last = std::max(e.last, t.last);
    }
    e.granularity = Granularity::day;
    return e;
}

std::vector<uint32_t> Atlas::histogram(TimeAxis axis, const TimeSpan& range, int bins) const {
    std::vector<uint32_t> h(static_cast<size_t>(std::max(bins, 1)), 0);
    if (!range.valid()) return h;
    double width = double(range.last - range.first + 1) / h.size();
    for (const Passage& p : corpus_.passages) {
        const TimeSpan& t = axis == TimeAxis::event ? p.time : p.published;
        if (!t.meets(range)) continue;
        // A passage counts once, at the middle of its span clipped to the range.
        double mid = (std::max(t.first, range.first) + std::min(t.last, range.last)) / 2.0;
        size_t b = std::min(h.size() - 1, static_cast<size_t>((mid - range.first) / width));
        ++h[b];
    }
    return h;
}

namespace {

// Whether the corpus at `paths` may give both cores work: more than one path, a folder, or a
// file long enough to be read in pieces. Asked of the file system only (a path it cannot stat
// answers no); a pass that finds the helpers not started starts them itself.
bool may_want_helpers(const std::vector<std::string>& paths) {
    if (paths.size() != 1) return paths.size() > 1;
    std::error_code ec;
    const auto status = std::filesystem::status(paths[0], ec);
    if (ec) return false;
    if (std::filesystem::is_directory(status)) return true;
    if (!std::filesystem::is_regular_file(status)) return false;
    const auto size = std::filesystem::file_size(paths[0], ec);
    return !ec && read_in_pieces(size_t(size));
}

}  // namespace

std::shared_ptr<const Atlas> build_atlas(const std::vector<std::string>& paths,
                                         std::shared_ptr<const Gazetteer> gazetteer, Diagnostics& diags,
                                         Progress* progress) {
    return build_atlas(paths, [&] { return gazetteer; }, diags, progress);
}

std::shared_ptr<const Atlas> build_atlas(const std::vector<std::string>& paths,
                                         const std::function<std::shared_ptr<const Gazetteer>()>& load_gazetteer,
                                         Diagnostics& diags, Progress* progress, AtlasUse use) {
    auto gazetteer_ready = std::async(std::launch::async, load_gazetteer);
    // Work for both cores ahead (a long document, many articles): the helper threads are started
    // now, while the articles are read, so that the first pass finds them running. Started by
    // that pass, or after the reading, a new thread could wait on the busy core for milliseconds
    // before it joined. One small file starts none.
    if (may_want_helpers(paths)) start_helper_threads();
    if (progress) progress->stage("Reading articles");
    // Undated passages need no article's date at all: none is looked for, and none is warned about.
    Corpus corpus = read_corpus(paths, diags, progress,
                                use == AtlasUse::browse ? InferredDate::latest : InferredDate::none);
    // The resolver's word lists (loaded once per process, at its first article) are read while
    // the gazetteer may still be loading, rather than after it, on the way to the first match.
    if (!corpus.articles.empty()) resolution::lexicon();
    // So are the articles' words, as long as the gazetteer is not there: on one long document
    // the matcher then finds its words read.
    std::vector<std::vector<Token>> words = read_words_while(corpus, [&] {
        return gazetteer_ready.wait_for(std::chrono::seconds(0)) != std::future_status::ready;
    });
    std::shared_ptr<const Gazetteer> gazetteer = gazetteer_ready.get();
    if (progress) progress->stage("Finding places");
    Overrides overrides = Overrides::load(Overrides::path_for(paths), diags);
    std::vector<Mention> mentions;
    {
        // Times and places do not depend on each other: the passages are dated on a thread of
        // their own while the places are found (which read the passages' spans, never their
        // times), so that one long document keeps both cores busy. Undated, no thread is started.
        std::optional<std::jthread> dating;
        if (use == AtlasUse::browse) dating.emplace([&] { date_corpus(corpus); });
        if (!progress || !progress->cancelled())
            mentions = geoparse(*gazetteer, corpus, std::move(words), &overrides, progress);
    }
    if (progress) progress->stage("Indexing");
    auto atlas = std::make_shared<Atlas>(std::move(corpus), std::move(gazetteer), std::move(mentions), use);
    atlas->set_overrides(std::move(overrides));
    return atlas;
}

}  // namespace placeline
