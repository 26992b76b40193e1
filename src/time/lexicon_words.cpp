// Where a text has words the date lexicons map to given English words: one pass over the words,
// each keyed and looked up as the date lexer does.
#include "placeline/time/lexicon.hpp"

#include <algorithm>

#include "date_scan.hpp"

namespace placeline {

std::vector<size_t> lexicon_words_meaning(std::string_view text, std::initializer_list<std::string_view> english) {
    std::vector<size_t> out;
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    size_t n = text.size();
    for (size_t i = 0; i < n;) {
        // A byte that starts no word (an ASCII non-letter, a UTF-8 continuation byte) is passed
        // here, without a call: scan_word would read no letter there.
        if (p[i] < 0xC0 && !((p[i] >= 'a' && p[i] <= 'z') || (p[i] >= 'A' && p[i] <= 'Z'))) {
            ++i;
            continue;
        }
        uint64_t key = 0;
        size_t end = date_scan::scan_word(p, i, n, key);
        if (end == i) {
            ++i;
            continue;
        }
        if (const date_scan::Entry* e = date_scan::lookup_word(key); e && e->foreign)
            for (std::string_view w : english)
                if (e->as_key == date_scan::word_key(w)) out.push_back(i);
        i = end;
    }
    return out;
}

}  // namespace placeline

namespace placeline {

size_t lexicon_phrase_end(std::string_view text, size_t at) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    uint64_t key = 0;
    size_t end = date_scan::scan_word(p, at, text.size(), key);
    const date_scan::Entry* e = end > at ? date_scan::lookup_word(key) : nullptr;
    size_t longest = 0;
    for (int32_t ph = e ? e->phrase : -1; ph >= 0; ph = date_scan::phrase_at(ph).next)
        longest = std::max(longest, date_scan::match_phrase(p, end, text.size(), date_scan::phrase_at(ph)));
    return longest;
}

bool month_or_century_word_at(std::string_view text, size_t at) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    uint64_t key = 0;
    size_t end = date_scan::scan_word(p, at, text.size(), key);
    const date_scan::Entry* e = end > at ? date_scan::lookup_word(key) : nullptr;
    if (!e) return false;
    if (e->word && e->word->month) return e->foreign || (text[at] >= 'A' && text[at] <= 'Z');
    return e->as_key == date_scan::word_key("century") || e->as_key == date_scan::word_key("centuries");
}

}  // namespace placeline
