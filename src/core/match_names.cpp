// Name matching: tokens are folded once, then at each token the longest run of words that is a
// gazetteer key wins. Words of one name may be separated only by spaces or hyphens.
#include <algorithm>
#include <thread>

#include "placeline/matcher.hpp"
#include "placeline/names.hpp"

namespace placeline {

namespace {

bool joinable_gap(std::string_view text, uint32_t from, uint32_t to) {
    if (to - from > 3 || to == from) return false;
    for (uint32_t i = from; i < to; ++i)
        if (text[i] != ' ' && text[i] != '-') return false;
    return true;
}

int kind_rank(PlaceKind k) {
    switch (k) {
        case PlaceKind::continent: return 9;
        case PlaceKind::country: return 8;
        case PlaceKind::region: return 7;
        case PlaceKind::capital: return 6;
        case PlaceKind::admin1: return 5;
        case PlaceKind::corridor: return 5;
        case PlaceKind::admin_seat: return 4;
        case PlaceKind::water: return 4;
        case PlaceKind::city: return 3;
        case PlaceKind::admin2: return 2;
        case PlaceKind::landmark: return 2;
        case PlaceKind::village: return 1;
        case PlaceKind::other: return 0;
    }
    return 0;
}

}  // namespace

std::vector<NameMatch> match_names(const Gazetteer& gazetteer, std::string_view text) {
    std::vector<Token> tokens = tokenize(text);
    std::vector<std::string> folded(tokens.size());
    for (size_t i = 0; i < tokens.size(); ++i)
        fold_token(text.substr(tokens[i].start, tokens[i].end - tokens[i].start), tokens[i].ascii, folded[i]);

    std::vector<NameMatch> out;
    const size_t max_words = static_cast<size_t>(gazetteer.max_words());
    std::string key;
    for (size_t i = 0; i < tokens.size();) {
        if (!tokens[i].capitalised) {
            ++i;
            continue;
        }
        // How many following tokens may belong to the same name.
        size_t reach = 1;
        while (reach < max_words && i + reach < tokens.size() &&
               joinable_gap(text, tokens[i + reach - 1].end, tokens[i + reach].start))
            ++reach;
        size_t matched = 0;
        for (size_t n = reach; n >= 1 && !matched; --n) {
            key = folded[i];
            for (size_t k = 1; k < n; ++k) {
                key += ' ';
                key += folded[i + k];
            }
            auto places = gazetteer.lookup(key);
            if (!places.empty()) {
                out.push_back({{tokens[i].start, tokens[i + n - 1].end}, {places.begin(), places.end()}});
                matched = n;
            }
        }
        i += matched ? matched : 1;
    }
    return out;
}

std::vector<Mention> resolve(const Gazetteer& gazetteer, const Corpus& corpus, uint32_t article,
                             const std::vector<NameMatch>& matches) {
    std::vector<Mention> out;
    out.reserve(matches.size());
    const auto& passages = corpus.passages;
    // Passages of this article are contiguous and sorted: find each match's passage by offset.
    auto first = std::lower_bound(passages.begin(), passages.end(), article,
                                  [](const Passage& p, uint32_t a) { return p.article < a; });
    auto last = std::upper_bound(first, passages.end(), article,
                                 [](uint32_t a, const Passage& p) { return a < p.article; });
    for (const NameMatch& m : matches) {
        auto it = std::upper_bound(first, last, m.span.start,
                                   [](uint32_t off, const Passage& p) { return off < p.span.start; });
        if (it == first) continue;
        --it;
        if (m.span.end > it->span.end) continue;  // not inside a passage (should not happen)
        PlaceIndex best = m.candidates.front();
        for (PlaceIndex c : m.candidates) {
            const Place& a = gazetteer.place(c);
            const Place& b = gazetteer.place(best);
            if (std::pair(kind_rank(a.kind), a.population) > std::pair(kind_rank(b.kind), b.population)) best = c;
        }
        Mention mention;
        mention.article = article;
        mention.passage = static_cast<uint32_t>(it - passages.begin());
        mention.span = m.span;
        mention.place = best;
        mention.score = m.candidates.size() == 1 ? 1.0f : 0.7f;
        out.push_back(mention);
    }
    return out;
}

std::vector<Mention> geoparse(const Gazetteer& gazetteer, const Corpus& corpus) {
    std::vector<std::vector<Mention>> per_article(corpus.articles.size());
    std::atomic<size_t> next{0};
    auto worker = [&] {
        for (size_t a; (a = next.fetch_add(1)) < corpus.articles.size();) {
            auto matches = match_names(gazetteer, corpus.articles[a].text);
            per_article[a] = resolve(gazetteer, corpus, static_cast<uint32_t>(a), matches);
        }
    };
    size_t threads = std::min<size_t>(std::max(1u, std::thread::hardware_concurrency()), corpus.articles.size());
    std::vector<std::thread> pool;
    for (size_t t = 1; t < threads; ++t) pool.emplace_back(worker);
    worker();
    for (auto& t : pool) t.join();
    std::vector<Mention> all;
    for (auto& v : per_article) all.insert(all.end(), v.begin(), v.end());
    return all;
}

}  // namespace placeline
