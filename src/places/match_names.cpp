// Name matching, the hot path. At each capitalised word the longest run of words that is a
// gazetteer key wins; the index marks prefixes of multi-word keys, so the matcher reads one more
// word only while a longer name is still possible. Words of one name may be separated only by
// spaces or hyphens ("Nagorno-Karabakh"), or a dot after an initial ("St. Petersburg", "U.S.").
#include <algorithm>
#include <cstring>

#include "placeline/places/article_words.hpp"
#include "placeline/places/matcher.hpp"
#include "placeline/places/names.hpp"
#include "placeline/text/ascii_bytes.hpp"

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

// A key built word by word, with its hash: its bytes are [0, size) of `bytes`, a buffer that only
// grows, so that appending a word is one loop over it and no string operation.
struct KeyBuilder {
    std::string bytes = std::string(256, '\0');
    size_t size = 0;
    KeyHash hash;

    void clear() {
        size = 0;
        hash = KeyHash{};
    }
    std::string_view view() const { return {bytes.data(), size}; }
    // Where `n` more bytes go.
    char* room(size_t n) {
        if (bytes.size() < size + n) bytes.resize(2 * (size + n));
        return bytes.data() + size;
    }
    void add_space() {
        *room(1) = ' ';
        ++size;
        hash.add(' ');
    }
    // A word's folded form. ASCII words fold byte by byte through one table; others go through
    // ICU (rare in English text), out of line. Inlined where it is asked (a name's first word
    // and each next one): as a call, entering and leaving it (six registers saved and restored)
    // cost half as much as folding and hashing an average word's bytes.
    [[gnu::noinline]] void add_folded(std::string_view word, std::string& scratch) {
        scratch = fold_name(word);
        std::memcpy(room(scratch.size()), scratch.data(), scratch.size());
        size += scratch.size();
        hash.add(scratch);
    }
    [[gnu::always_inline]] void add_word(std::string_view word, bool ascii, std::string& scratch) {
        if (!ascii) {
            add_folded(word, scratch);
            return;
        }
        char* out = room(word.size());
        char* const first = out;
        // The hash in a local: a byte written through `out` might, for all the compiler knows, be
        // the member's, which kept it in memory, stored and loaded again at every byte.
        KeyHash h = hash;
        for (char ch : word) {
            const unsigned char f = ascii_key_byte[static_cast<unsigned char>(ch)];
            if (!f && ch != '\0') continue;
            *out++ = static_cast<char>(f);
            h.add(f);
        }
        hash = h;
        size += size_t(out - first);
    }
};

}  // namespace

void match_names(const Gazetteer& gazetteer, std::string_view text, std::vector<NameMatch>& out) {
    match_names(gazetteer, text, tokenize(text), out);
}

void match_names(const Gazetteer& gazetteer, std::string_view text, std::span<const Token> words,
                 std::vector<NameMatch>& out) {
    out.clear();
    const int max_words = gazetteer.max_words();
    KeyBuilder key;
    std::string scratch;
    const size_t n = words.size();
    // The first word at or after byte `at` (a word's end: where the text is read on from).
    auto word_from = [&](size_t k, uint32_t at) {
        while (k < n && words[k].start < at) ++k;
        return k;
    };
    for (size_t k = 0; k < n;) {
        // Lower-case words, most of a text, in a loop of their own.
        if (!words[k].capitalised) {
            const Token* const first = words.data();
            while (++k < n && !first[k].capitalised) {}
            continue;
        }
        const Token& t = words[k];
        // The longest key starting at word `from`: the entry and where it ends (none: nullptr).
        // Inlined where it is asked: as a call it spent a fifth of its instructions on entering
        // and leaving (its captures loaded, registers saved).
        auto longest = [&](size_t from, uint32_t& best_end) __attribute__((always_inline)) -> const KeyEntry* {
            key.clear();
            key.add_word(text.substr(words[from].start, words[from].end - words[from].start), words[from].ascii, scratch);
            size_t cur = from;
            const KeyEntry* best = nullptr;
            for (int count = 1;; ++count) {
                const KeyEntry* e = gazetteer.find_key(key.hash.h, key.view());
                if (!e) break;
                if (e->postings_count) {
                    best = e;
                    best_end = words[cur].end;
                }
                if (!(e->flags & KeyEntry::is_prefix) || count >= max_words) break;
                if (cur + 1 >= n) break;
                const Token& next = words[cur + 1];
                if (!joins(text, words[cur], next.start)) break;
                key.add_space();
                key.add_word(text.substr(next.start, next.end - next.start), next.ascii, scratch);
                ++cur;
            }
            return best;
        };
        uint32_t best_end = 0;
        const KeyEntry* best = longest(k, best_end);
        // A match that stops inside a hyphenated word after a short first one (an article at a
        // sentence's start: "La Nouvelle-Zélande", where "La Nouvelle" is a town of Réunion) gives
        // way to a name starting after that word which reaches further.
        if (best && t.ascii && t.end - t.start <= 3 && best_end > t.end && best_end < text.size() &&
            text[best_end] == '-' && k + 1 < n && words[k + 1].capitalised && joins(text, t, words[k + 1].start)) {
            uint32_t end2 = 0;
            if (const KeyEntry* b2 = longest(k + 1, end2); b2 && end2 > best_end) {
                out.push_back({{words[k + 1].start, end2}, gazetteer.postings(*b2), b2});
                k = word_from(k + 1, end2);
                continue;
            }
        }
        if (best) {
            out.push_back({{t.start, best_end}, gazetteer.postings(*best), best});
            k = word_from(k + 1, best_end);
        } else {
            ++k;
        }
    }
}

std::vector<NameMatch> match_names(const Gazetteer& gazetteer, std::string_view text) {
    std::vector<NameMatch> out;
    match_names(gazetteer, text, out);
    return out;
}

void tokenize_and_match(const Gazetteer& gazetteer, std::string_view text, std::vector<Token>& words,
                        std::vector<NameMatch>& matches) {
    // A long text is read in pieces cut after a line break or a comma on every core, each copied
    // into its place among the words as soon as the ones before it are read, then matched piece
    // by piece on every core (article_words.cpp). Why the pieces give the words and names of one
    // pass: no word holds a line break or a comma (either ends a word, and no UTF-8 sequence
    // swallows an ASCII byte), so the first word at or after a cut is the same whether the words
    // are read from there or from the text's start; and no name crosses one (`joins` lets only
    // spaces, hyphens and an initial's dot between its words), so the matcher always reaches a
    // piece's first word, in the state it starts in. An ordinary article is one piece: no thread.
    match_words(gazetteer, text, read_words(text), words, matches);
}

}  // namespace placeline
