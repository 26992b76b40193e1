// The article's language. Every lower-case word is looked up in every language's list and in
// English's: seven probes a word, each building a std::string, were a tenth of the whole geoparse.
// One table holds, for each word of any list, the set of lists it is in as bits, looked up by
// string_view: one probe a word, no allocation, the same counts.
#include "article_language.hpp"

#include <algorithm>
#include <cstdint>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "placeline/places/names.hpp"

namespace placeline::resolution {

namespace {

struct ViewHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

// Bit k: language_words[k]'s list holds the word; the top bit: English's common words do.
using ListBits = uint64_t;
constexpr ListBits english_bit = ListBits(1) << 63;
constexpr size_t max_languages = 63;

struct WordLists {
    std::unordered_map<std::string, ListBits, ViewHash, std::equal_to<>> bits;
    ListBits of(std::string_view word) const {
        auto it = bits.find(word);
        return it == bits.end() ? 0 : it->second;
    }
};

WordLists word_lists(const Lexicon& lex) {
    WordLists w;
    for (size_t k = 0; k < lex.language_words.size() && k < max_languages; ++k)
        for (const std::string& word : lex.language_words[k].second) w.bits[word] |= ListBits(1) << k;
    for (const std::string& word : lex.common_words) w.bits[word] |= english_bit;
    return w;
}

}  // namespace

int article_language(const Lexicon& lex, std::string_view text) {
    if (lex.language_words.empty()) return -1;
    // lexicon() is one per process, loaded once: so is its table.
    static const WordLists lists = word_lists(lex);
    const size_t languages = std::min(lex.language_words.size(), max_languages);
    std::vector<int> hits(languages, 0);
    int english = 0;
    Token t;
    size_t seen = 0;
    for (size_t at = 0; seen < 2000 && next_token(text, at, t); at = t.end) {
        if (t.capitalised) continue;
        ++seen;
        ListBits bits = lists.of(text.substr(t.start, t.end - t.start));
        if (!bits) continue;
        for (size_t k = 0; k < languages; ++k) hits[k] += int((bits >> k) & 1);
        if (t.ascii) english += (bits & english_bit) ? 1 : 0;
    }
    int best = int(std::max_element(hits.begin(), hits.end()) - hits.begin());
    return hits[size_t(best)] >= 2 && hits[size_t(best)] > english ? best : -1;
}

}  // namespace placeline::resolution
