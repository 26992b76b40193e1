// The article's language. Every lower-case word is looked up in every language's list and in
// English's: seven probes a word, each building a std::string, were a tenth of the whole geoparse.
// One table holds, for each word of any list, the set of lists it is in as bits, looked up by
// string_view: one probe a word, no allocation, the same counts. The table holds the function
// words' languages too, so that their separate hash map costs no second probe a word.
#include "article_language.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <stdexcept>
#include <string>
#include <vector>

#include "placeline/places/names.hpp"
#include "word_hash.hpp"

namespace placeline::resolution {

namespace {

// Bit k: language_words[k]'s list holds the word; the top bit: English's common words do. Sixteen
// bits, so that a word's lists fit in its slot of the table below: the lexicon reads six other
// languages' lists (resolve_context.cpp), fifteen are room enough.
using ListBits = uint16_t;
constexpr ListBits english_bit = ListBits(1) << 15;
constexpr size_t max_languages = article_languages_most;
static_assert(max_languages < 16, "each language a bit of ListBits below English's");

// The languages of the function words below, in the order of their codes (the order the counts
// are compared in).
constexpr std::string_view function_languages[] = {"de", "en", "es", "fr", "tr"};
constexpr size_t function_language_count = std::size(function_languages);
constexpr size_t english_function_language = 1;
static_assert(function_languages[english_function_language] == "en");

// The frequent function words of English, German, French, Spanish and Turkish (articles,
// conjunctions, prepositions, pronouns: common knowledge of each language; a word two of them
// share, like "de" or "en", counts for none), each with the index of its language in
// function_languages.
std::vector<std::pair<std::string_view, uint8_t>> function_words() {
    std::vector<std::pair<std::string_view, uint8_t>> m;
    auto add = [&](std::string_view lang, std::initializer_list<std::string_view> list) {
        uint8_t k = uint8_t(std::find(std::begin(function_languages), std::end(function_languages), lang) -
                            std::begin(function_languages));
        for (std::string_view x : list) m.emplace_back(x, k);
    };
    add("en", {"the", "and", "of", "to", "is", "was", "that", "for", "with", "from", "said", "were", "which", "have"});
    add("de", {"und", "der", "die", "das", "nicht", "mit", "sich", "auf", "für", "ist", "den", "dem", "ein", "eine",
               "wird", "wurde", "nach", "bei", "sind", "auch", "noch", "über"});
    add("fr", {"le", "la", "les", "des", "et", "est", "une", "dans", "pour", "qui", "sur", "avec", "pas", "du",
               "au", "aux", "ont", "été", "selon"});
    add("es", {"el", "los", "las", "y", "del", "por", "con", "una", "para", "es", "como", "pero", "según", "fue",
               "está", "sus"});
    add("tr", {"ve", "bir", "bu", "ile", "için", "olarak", "daha", "çok", "gibi", "olan", "ise", "ancak"});
    return m;
}

// A word of up to eight bytes as one number, which with its length tells the word from every
// other of that length: a table entry is compared with a word by two numbers, not byte by byte.
// Four to eight bytes: the first four in the lower half, the last four in the upper (they overlap
// where the word is shorter than eight, and are then the same bytes). One to three: the first,
// the middle and the last byte, which cover them all, in the three lowest bytes. Each at a fixed
// place, whatever the length (no shift by it). Built and asked alike (word_of below reads it
// back). Inlined (as table_hash below) into the loop over an article's words, which asks them
// once a word: a call each cost a fifth of that loop.
[[gnu::always_inline]] inline uint64_t short_word_bits(std::string_view w) {
    const auto* p = reinterpret_cast<const unsigned char*>(w.data());
    const size_t n = w.size();
    if (n >= 4) {
        uint32_t first, last;
        std::memcpy(&first, p, 4);
        std::memcpy(&last, p + n - 4, 4);
        return uint64_t(first) | (uint64_t(last) << 32);
    }
    if (n == 0) return 0;
    return uint64_t(p[0]) | (uint64_t(p[n / 2]) << 8) | (uint64_t(p[n - 1]) << 16);
}

// The table's hash of a word: of its number and length for a short word (above), word_hash for a
// longer one. Built and asked alike, so which hash it is changes no answer.
[[gnu::always_inline]] inline uint64_t table_hash(std::string_view w, uint64_t bits) {
    if (w.size() > 8) return word_hash(w);
    // One multiplication: its upper half (the slot's tag) mixes every bit of the word, and the
    // fold brings it into the lower half (the slot).
    const uint64_t h = (bits ^ (uint64_t(w.size()) << 59)) * 0x9E3779B97F4A7C15ull;
    return h ^ (h >> 32);
}

// Every word of every list, with its bits, in one flat open-addressing table of sixteen-byte
// slots, each holding its word (a number for the first eight bytes, the rest, if any, in one
// pool) and its lists: a probe reads one slot, mostly one cache line, and stops at the first empty
// one. The slots had held a tag and an entry's index, and the entries the words: two lines a
// probe from two arrays of half a megabyte each, where perf put the lookups at several times
// their share of the instructions (cache misses). Sized for every list's words counted apart
// (some 18,800, 15,500 of them different: 65,536 slots, a megabyte, a quarter full), so that a
// word absent from every list, most of an article's, mostly meets an empty slot at once.
class WordLists {
public:
    explicit WordLists(const Lexicon& lex) {
        // Slots for every word at once (words in several lists count more than once, so there
        // are enough), not grown and placed again as they come.
        size_t words = lex.common_words.size() + function_words().size();
        for (const auto& list : lex.language_words) words += list.second.size();
        size_t slots = 1024;
        while (slots < 2 * words) slots *= 2;
        slots_.assign(slots, Slot{});
        mask_ = slots - 1;
        for (size_t k = 0; k < lex.language_words.size() && k < max_languages; ++k) {
            const WordList& words = lex.language_words[k].second;
            for (size_t w = 0; w < words.size(); ++w) add(words.word(w), ListBits(ListBits(1) << k));
        }
        for (size_t w = 0; w < lex.common_words.size(); ++w) add(lex.common_words.word(w), english_bit);
        // The function words too, so that a word costs one probe for both questions; the first
        // language given for a word keeps it.
        for (auto [word, language] : function_words()) add(word, 0, uint8_t(language + 1));
    }
    // The lists a word is in, and 1 + the index of its function word's language (0: none).
    struct Found {
        ListBits bits = 0;
        uint8_t function_language = 0;
    };
    [[gnu::always_inline]] Found of(std::string_view word) const {
        if (word.size() >= huge_length) [[unlikely]] return huge_word(word);
        const uint64_t number = short_word_bits(std::string_view(word.data(), std::min<size_t>(word.size(), 8)));
        const uint64_t h = table_hash(word, number);
        for (size_t i = h & mask_;; i = (i + 1) & mask_) {
            const Slot& s = slots_[i];
            if (!s.length) return {};
            if (s.number == number && s.length == word.size() && same_tail(s, word))
                return {s.bits, word.size() <= 8 ? uint8_t(s.more) : uint8_t(0)};
        }
    }

private:
    // Words of this many bytes or more (none in the lists, whose longest has 94) are kept apart,
    // so that a slot's length fits in sixteen bits.
    static constexpr size_t huge_length = 0xFFFF;
    struct Slot {
        uint64_t number = 0;  // short_word_bits of its first eight bytes
        // A word of more than eight bytes: where the rest of it starts in pool_. Up to eight
        // (all the function words): 1 + the index of its function word's language (0: none).
        uint32_t more = 0;
        uint16_t length = 0;  // 0: an empty slot (no list holds an empty word)
        ListBits bits = 0;
    };
    static_assert(sizeof(Slot) == 16);
    struct HugeWord {
        std::string word;
        ListBits bits;
    };
    bool same_tail(const Slot& s, std::string_view word) const {
        return word.size() <= 8 || word.compare(8, std::string_view::npos, std::string_view(pool_).substr(s.more, s.length - 8)) == 0;
    }
    Found huge_word(std::string_view word) const {
        for (const HugeWord& h : huge_)
            if (h.word == word) return {h.bits, 0};
        return {};
    }
    void add(std::string_view word, ListBits bit, uint8_t function_language = 0) {
        if (word.empty()) return;  // a token is never empty: never asked
        if (function_language && word.size() > 8) throw std::logic_error("a function word of more than eight bytes");
        if (word.size() >= huge_length) {
            for (HugeWord& h : huge_)
                if (h.word == word) return void(h.bits |= bit);
            return huge_.push_back({std::string(word), bit});
        }
        if ((used_ + 1) * 2 > slots_.size()) grow();
        const uint64_t number = short_word_bits(word.substr(0, 8));
        const uint64_t h = table_hash(word, number);
        for (size_t i = h & mask_;; i = (i + 1) & mask_) {
            Slot& s = slots_[i];
            if (!s.length) {
                s = {number, function_language, uint16_t(word.size()), bit};
                // Only the bytes past the eighth are kept in the pool: the number holds the rest.
                if (word.size() > 8) {
                    s.more = uint32_t(pool_.size());
                    pool_ += word.substr(8);
                }
                ++used_;
                return;
            }
            if (s.number == number && s.length == word.size() && same_tail(s, word)) {
                s.bits |= bit;
                if (word.size() <= 8 && !s.more) s.more = function_language;
                return;
            }
        }
    }
    // Doubles the slots (at most half full) and places every word again, by its hash.
    void grow() {
        std::vector<Slot> old(slots_.size() * 2);
        old.swap(slots_);
        mask_ = slots_.size() - 1;
        for (const Slot& s : old) {
            if (!s.length) continue;
            const uint64_t h = table_hash(word_of(s), s.number);
            size_t i = h & mask_;
            while (slots_[i].length) i = (i + 1) & mask_;
            slots_[i] = s;
        }
    }
    // A slot's word again, from its number (short_word_bits) and the pool.
    std::string word_of(const Slot& s) const {
        const size_t n = std::min<size_t>(8, s.length);
        std::string w(n, '\0');
        if (n >= 4) {
            const uint32_t first = uint32_t(s.number), last = uint32_t(s.number >> 32);
            std::memcpy(w.data() + n - 4, &last, 4);
            std::memcpy(w.data(), &first, 4);
        } else if (n > 0) {
            w[0] = char(s.number & 0xFF);
            w[n / 2] = char((s.number >> 8) & 0xFF);
            w[n - 1] = char((s.number >> 16) & 0xFF);
        }
        if (s.length > 8) w += std::string_view(pool_).substr(s.more, s.length - 8);
        return w;
    }
    std::vector<Slot> slots_;
    size_t mask_ = 0;
    size_t used_ = 0;
    std::string pool_;
    std::vector<HugeWord> huge_;
};

// Letters only one of Russian and Ukrainian writes: і ї є ґ, and ы э ъ ё.
int east_slavic_letter(char32_t c) {
    switch (c) {
        case U'і': case U'ї': case U'є': case U'ґ': return 1;  // Ukrainian
        case U'ы': case U'э': case U'ъ': case U'ё': return 2;  // Russian
        default: return 0;
    }
}

}  // namespace

int article_language(const Lexicon& lex, std::string_view text) {
    if (lex.language_words.empty()) return -1;
    return article_language(lex, text, tokenize(text));
}

int article_language(const Lexicon& lex, std::string_view text, std::span<const Token> words) {
    if (lex.language_words.empty()) return -1;
    // lexicon() is one per process, loaded once: so is its table.
    static const WordLists lists(lex);
    const size_t languages = std::min(lex.language_words.size(), max_languages);
    std::array<int, max_languages> hits{};  // per language of the lists, the first `languages` used
    const ListBits language_bits = ListBits((1u << languages) - 1);  // languages < 16
    // (Every word read counts as Latin or as Cyrillic: the Latin count is the others, `seen`
    // less `cyrillic`, worked out where asked.)
    int english = 0, cyrillic = 0, ukrainian = 0, russian = 0;
    // Counted per language, in the order of function_languages.
    int function_hits[function_language_count] = {};
    size_t seen = 0;  // the lower-case words read, at most 2,000
    // The token at which to ask next whether the words left could still change an answer of no
    // language, or whether 2,000 words are read (below).
    size_t next_check = 0;
    for (size_t n = 0; n < words.size(); ++n) {
        // Each word adds at most one to the Latin or the Cyrillic count, to one language's
        // function words, to each list's count and to English's. Once the Latin words lead the
        // Cyrillic ones, and English's function words and list words lead every other language's,
        // by at least as many as the words left, no language can come out, and the answer is -1
        // whatever those words are. Each of the three leads falls short by at most two less a
        // token (one fewer word left, one more for the other side): while the largest shortfall
        // is d, the next d / 2 tokens (rounded up) cannot close it, and the question waits that
        // long. An English article so stops at the first word where it can, and is asked a few
        // times, not every sixteen words. No check comes later than the token where the
        // 2,000th word could be read (a token adds at most one word), so that the limit is asked
        // there too, not at every word.
        if (n == next_check) {
            if (seen == 2000) break;
            const int left = int(std::min(words.size() - n, 2000 - seen));
            const int latin = int(seen) - cyrillic;
            const int most_hits = *std::max_element(hits.begin(), hits.begin() + languages);
            int most_function_hits = 0;
            for (size_t k = 0; k < function_language_count; ++k)
                if (k != english_function_language) most_function_hits = std::max(most_function_hits, function_hits[k]);
            const int shortfall = std::max({cyrillic + left - latin,
                                            most_function_hits + left - function_hits[english_function_language],
                                            most_hits + left - english});
            if (shortfall <= 0) return -1;
            next_check = n + std::min(size_t(shortfall + 1) / 2, 2000 - seen);
        }
        const Token& t = words[n];
        if (t.capitalised) continue;
        ++seen;
        const std::string_view word(text.data() + t.start, t.end - t.start);  // tokenize's, within the text
        // An ASCII word's first letter is no Cyrillic one, and it has no Slavic letter.
        if (!t.ascii) {
            size_t i = 0;
            const char32_t first = next_codepoint(word, i);
            cyrillic += first >= 0x400 && first <= 0x4FF;
            for (size_t k = 0; k < word.size();) {
                const int which = east_slavic_letter(next_codepoint(word, k));
                ukrainian += which == 1;
                russian += which == 2;
            }
        }
        const WordLists::Found found = lists.of(word);
        if (found.function_language) ++function_hits[found.function_language - 1];
        const ListBits bits = found.bits;
        if (!bits) continue;
        // The lists' bits that are set, one at a time (most words are in none of the other
        // languages' lists, only in English's).
        for (ListBits b = bits & language_bits; b; b &= ListBits(b - 1)) ++hits[size_t(std::countr_zero(b))];
        english += int((bits & english_bit) != 0) & int(t.ascii);  // (no branch: a mask and an and)
    }
    const int latin = int(seen) - cyrillic;
    auto index_of = [&](std::string_view lang) {
        for (size_t k = 0; k < languages; ++k)
            if (lex.language_words[k].first == lang) return int(k);
        return -1;
    };
    if (cyrillic > latin && ukrainian != russian) return index_of(ukrainian > russian ? "uk" : "ru");
    // Latin letters: the language whose most frequent function words the article uses most, at
    // least three times and more than English's.
    if (latin > cyrillic) {
        std::string_view best;
        int best_hits = 0, english_hits = 0;
        for (size_t k = 0; k < function_language_count; ++k) {
            const std::string_view lang = function_languages[k];
            const int n = function_hits[k];
            if (lang == "en") english_hits = n;
            else if (n > best_hits) best = lang, best_hits = n;
        }
        if (best_hits >= 3 && best_hits > english_hits)
            if (int k = index_of(best); k >= 0) return k;
    }
    int best = int(std::max_element(hits.begin(), hits.begin() + languages) - hits.begin());
    return hits[size_t(best)] >= 2 && hits[size_t(best)] > english ? best : -1;
}

}  // namespace placeline::resolution
