// Name matching, the hot path. At each capitalised word the longest run of words that is a
// gazetteer key wins; the index marks prefixes of multi-word keys, so the matcher reads one more
// word only while a longer name is still possible. Words of one name may be separated only by
// spaces or hyphens ("Nagorno-Karabakh"), or a dot after an initial ("St. Petersburg", "U.S.").
#include <algorithm>

#include "placeline/places/matcher.hpp"
#include "placeline/places/names.hpp"

namespace placeline {

namespace {

// Whether the word starting at `next_start` may continue the name that `prev` ends.
bool joins(std::string_view text, const Token& prev, uint32_t next_start) {
    uint32_t from = prev.end, to = next_start;
    if (to == from || to - from > 3) return false;
    bool dot_ok = prev.end - prev.start <= 2;  // "St. Petersburg", "Ft. Worth"
    for (uint32_t i = from; i < to; ++i) {
        char c = text[i];
        if (c == '.' && dot_ok && i == from) continue;
        if (c != ' ' && c != '-') return false;
    }
    return true;
}

// Appends a word's folded form to the key and its hash. ASCII words fold byte by byte; others go
// through ICU (rare in English text).
void append_folded(std::string_view word, bool ascii, std::string& key, KeyHash& hash, std::string& scratch) {
    if (ascii) {
        for (char ch : word) {
            if (ch == '\'' || ch == '.') continue;
            char f = ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch + 32) : ch;
            key += f;
            hash.add(static_cast<unsigned char>(f));
        }
        return;
    }
    scratch = fold_name(word);
    key += scratch;
    hash.add(scratch);
}

}  // namespace

void match_names(const Gazetteer& gazetteer, std::string_view text, std::vector<NameMatch>& out) {
    out.clear();
    const int max_words = gazetteer.max_words();
    std::string key, scratch;
    key.reserve(256);
    Token t, cur, next;
    for (size_t at = 0; next_token(text, at, t);) {
        if (!t.capitalised) {
            at = t.end;
            continue;
        }
        // The longest key starting at `from`: the entry and where it ends (none: nullptr).
        auto longest = [&](const Token& from, uint32_t& best_end) -> const KeyEntry* {
            key.clear();
            KeyHash hash;
            append_folded(text.substr(from.start, from.end - from.start), from.ascii, key, hash, scratch);
            cur = from;
            const KeyEntry* best = nullptr;
            for (int words = 1;; ++words) {
                const KeyEntry* e = gazetteer.find_key(hash.h, key);
                if (!e) break;
                if (e->postings_count) {
                    best = e;
                    best_end = cur.end;
                }
                if (!(e->flags & KeyEntry::is_prefix) || words >= max_words) break;
                if (!next_token(text, cur.end, next)) break;
                if (!joins(text, cur, next.start)) break;
                key += ' ';
                hash.add(' ');
                append_folded(text.substr(next.start, next.end - next.start), next.ascii, key, hash, scratch);
                cur = next;
            }
            return best;
        };
        uint32_t best_end = 0;
        const KeyEntry* best = longest(t, best_end);
        // A match that stops inside a hyphenated word after a short first one (an article at a
        // sentence's start: "La Nouvelle-Zélande", where "La Nouvelle" is a town of Réunion) gives
        // way to a name starting after that word which reaches further.
        Token second;
        if (best && t.ascii && t.end - t.start <= 3 && best_end > t.end && best_end < text.size() &&
            text[best_end] == '-' && next_token(text, t.end, second) &&
            second.capitalised && joins(text, t, second.start)) {
            uint32_t end2 = 0;
            if (const KeyEntry* b2 = longest(second, end2); b2 && end2 > best_end) {
                out.push_back({{second.start, end2}, gazetteer.postings(*b2), b2});
                at = end2;
                continue;
            }
        }
        if (best) {
            out.push_back({{t.start, best_end}, gazetteer.postings(*best), best});
            at = best_end;
        } else {
            at = t.end;
        }
    }
}

std::vector<NameMatch> match_names(const Gazetteer& gazetteer, std::string_view text) {
    std::vector<NameMatch> out;
    match_names(gazetteer, text, out);
    return out;
}

}  // namespace placeline
