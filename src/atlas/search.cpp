#include "placeline/atlas/search.hpp"

#include <algorithm>

#include "placeline/places/names.hpp"

namespace placeline {

namespace {

// The query's words, folded as the text's words are.
std::vector<std::string> query_words(const std::string& query) {
    std::vector<std::string> out;
    for (const Token& t : tokenize(query)) {
        std::string folded;
        fold_token(std::string_view(query).substr(t.start, t.end - t.start), t.ascii, folded);
        if (!folded.empty()) out.push_back(std::move(folded));
    }
    return out;
}

// Every run of the query's words in the text: whole words, the last one as a prefix.
void find_in_text(std::string_view text, const std::vector<std::string>& words,
                  std::vector<std::pair<uint32_t, uint32_t>>& spans, std::vector<Token>& tokens,
                  std::vector<std::string>& folded) {
    spans.clear();
    tokens.clear();
    Token t;
    for (size_t at = 0; next_token(text, at, t); at = t.end) tokens.push_back(t);
    folded.resize(tokens.size());
    for (size_t i = 0; i < tokens.size(); ++i)
        fold_token(text.substr(tokens[i].start, tokens[i].end - tokens[i].start), tokens[i].ascii, folded[i]);
    const size_t n = words.size();
    for (size_t i = 0; i + n <= tokens.size(); ++i) {
        bool ok = true;
        for (size_t k = 0; k < n && ok; ++k)
            ok = k + 1 < n ? folded[i + k] == words[k] : folded[i + k].compare(0, words[k].size(), words[k]) == 0;
        if (!ok) continue;
        spans.emplace_back(tokens[i].start, tokens[i + n - 1].end);
        i += n - 1;
    }
}

// How well a folded name answers the folded query: 0 the whole name, 1 its start, 2 a word of
// it, -1 not at all.
int name_match(const std::string& name, const std::string& query) {
    if (name == query) return 0;
    if (name.compare(0, query.size(), query) == 0) return 1;
    return name.find(" " + query) != std::string::npos ? 2 : -1;
}

}  // namespace

SearchResults search_atlas(std::shared_ptr<const Atlas> atlas,
                           const std::unordered_map<PlaceIndex, std::string>* most_written,
                           const std::string& query, const std::atomic<bool>* cancel) {
    SearchResults r;
    r.query = query;
    r.atlas = atlas;
    const std::vector<std::string> words = query_words(query);
    const std::string folded_query = fold_name(query);
    if (!atlas || words.empty() || folded_query.empty()) return r;

    // Places: the gazetteer's name, the forms the articles write, the map's label.
    std::vector<std::pair<int, PlaceIndex>> places;  // (match, place), places() already by passages
    const Gazetteer& g = atlas->gazetteer();
    for (const PlaceCount& pc : atlas->places()) {
        int best = name_match(fold_name(g.name(pc.place)), folded_query);
        for (const FormCount& f : atlas->forms_of(pc.place)) {
            int m = name_match(fold_name(f.form), folded_query);
            if (m >= 0 && (best < 0 || m < best)) best = m;
        }
        if (most_written)
            if (auto it = most_written->find(pc.place); it != most_written->end()) {
                int m = name_match(fold_name(it->second), folded_query);
                if (m >= 0 && (best < 0 || m < best)) best = m;
            }
        if (best >= 0) places.emplace_back(best, pc.place);
    }
    std::stable_sort(places.begin(), places.end(), [](const auto& a, const auto& b) { return a.first < b.first; });
    for (const auto& [match, place] : places) r.places.push_back(place);

    // Passages, in corpus order.
    const Corpus& corpus = atlas->corpus();
    std::vector<std::pair<uint32_t, uint32_t>> spans;
    std::vector<Token> tokens;
    std::vector<std::string> folded;
    for (uint32_t pi = 0; pi < corpus.passages.size(); ++pi) {
        if (cancel && cancel->load(std::memory_order_relaxed)) {
            r.cancelled = true;
            return r;
        }
        find_in_text(corpus.text_of(corpus.passages[pi]), words, spans, tokens, folded);
        if (!spans.empty()) r.passages.push_back({pi, spans});
    }
    return r;
}

}  // namespace placeline
