// The date extractor's vocabulary: every word that can start or be part of a time expression,
// looked up once per word token by the lexer (a small hash table of packed keys), so that the
// patterns skip the common words of a text at the cost of one probe. The words come from the
// lexicon files (geodata/lexicon/<language>.tsv), English's (en.tsv) first, each mapped to the
// word the patterns read; the code holds only what those words mean (a month's number, a count's
// value), named by English words, the lexicons' second column.
#include <algorithm>
#include <array>
#include <cstdio>
#include <filesystem>
#include <string>
#include <vector>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "date_scan.hpp"
#include "placeline/base/data_paths.hpp"
#include "placeline/base/input_file.hpp"
#include "placeline/base/text_lines.hpp"
#include "placeline/time/calendar_words.hpp"

namespace placeline::date_scan {

namespace {

// A month's full name (1-12) or its abbreviation, and a weekday (1 Monday - 7 Sunday).
constexpr WordInfo month_word(int m, bool full) {
    std::string_view name = english_months[size_t(m - 1)];
    return {word_key(full ? name : english_abbreviation(name)), uint8_t(m), full, 0};
}
constexpr WordInfo weekday_word(int d) { return {word_key(english_weekdays[size_t(d - 1)]), 0, false, 0, uint8_t(d)}; }

constexpr WordInfo vocabulary[] = {
    // Month names (full names may stand alone after a cue word; abbreviations need a number),
    // from the one English list (placeline/time/calendar_words.hpp).
    month_word(1, true), month_word(1, false), month_word(2, true), month_word(2, false), month_word(3, true),
    month_word(3, false), month_word(4, true), month_word(4, false), month_word(5, true), month_word(6, true),
    month_word(6, false), month_word(7, true), month_word(7, false), month_word(8, true), month_word(8, false),
    month_word(9, true), month_word(9, false), month_word(10, true),
    month_word(10, false), month_word(11, true), month_word(11, false), month_word(12, true), month_word(12, false),
    // Weekdays: a day of the week near the article's now ("on Wednesday").
    weekday_word(1), weekday_word(2), weekday_word(3), weekday_word(4), weekday_word(5), weekday_word(6),
    weekday_word(7),
    // Counts.
    {word_key("a"), 0, false, 1}, {word_key("one"), 0, false, 1},
    {word_key("two"), 0, false, 2}, {word_key("three"), 0, false, 3}, {word_key("four"), 0, false, 4},
    {word_key("five"), 0, false, 5}, {word_key("six"), 0, false, 6}, {word_key("seven"), 0, false, 7},
    {word_key("eight"), 0, false, 8}, {word_key("nine"), 0, false, 9}, {word_key("ten"), 0, false, 10},
    {word_key("eleven"), 0, false, 11}, {word_key("twelve"), 0, false, 12}, {word_key("thirteen"), 0, false, 13},
    {word_key("fourteen"), 0, false, 14}, {word_key("fifteen"), 0, false, 15}, {word_key("sixteen"), 0, false, 16},
    {word_key("seventeen"), 0, false, 17}, {word_key("eighteen"), 0, false, 18},
    {word_key("nineteen"), 0, false, 19}, {word_key("twenty"), 0, false, 20}, {word_key("thirty"), 0, false, 30},
    {word_key("forty"), 0, false, 40}, {word_key("fifty"), 0, false, 50}, {word_key("sixty"), 0, false, 60},
    {word_key("seventy"), 0, false, 70}, {word_key("eighty"), 0, false, 80}, {word_key("ninety"), 0, false, 90},
    {word_key("hundred"), 0, false, 100},
    // Words that start other patterns (no value of their own).
    {word_key("from"), 0, false, 0}, {word_key("between"), 0, false, 0}, {word_key("since"), 0, false, 0},
    {word_key("past"), 0, false, 0}, {word_key("last"), 0, false, 0}, {word_key("for"), 0, false, 0},
    {word_key("this"), 0, false, 0}, {word_key("next"), 0, false, 0}, {word_key("the"), 0, false, 0},
    {word_key("that"), 0, false, 0}, {word_key("yesterday"), 0, false, 0}, {word_key("today"), 0, false, 0},
    {word_key("tomorrow"), 0, false, 0}, {word_key("early"), 0, false, 0}, {word_key("mid"), 0, false, 0},
    {word_key("late"), 0, false, 0}, {word_key("spring"), 0, false, 0}, {word_key("summer"), 0, false, 0},
    {word_key("autumn"), 0, false, 0}, {word_key("fall"), 0, false, 0}, {word_key("winter"), 0, false, 0},
    {word_key("first"), 0, false, 0}, {word_key("second"), 0, false, 0}, {word_key("third"), 0, false, 0},
    {word_key("fourth"), 0, false, 0}, {word_key("fifth"), 0, false, 0}, {word_key("sixth"), 0, false, 0},
    {word_key("seventh"), 0, false, 0}, {word_key("eighth"), 0, false, 0}, {word_key("ninth"), 0, false, 0},
    {word_key("tenth"), 0, false, 0}, {word_key("eleventh"), 0, false, 0}, {word_key("twelfth"), 0, false, 0},
    {word_key("thirteenth"), 0, false, 0}, {word_key("fourteenth"), 0, false, 0},
    {word_key("fifteenth"), 0, false, 0}, {word_key("sixteenth"), 0, false, 0},
    {word_key("seventeenth"), 0, false, 0}, {word_key("eighteenth"), 0, false, 0},
    {word_key("nineteenth"), 0, false, 0}, {word_key("twentieth"), 0, false, 0},
    // Eras: "AD 79" starts at its era word.
    {word_key("bc"), 0, false, 0}, {word_key("ad"), 0, false, 0},
};

// The folded form of a letter (ICU's simple case folding, as the lexicon words are folded), or 0
// when the code point is no letter. Turkish and Azerbaijani dotted capital I and dotless i both
// fold to i, so "ARALIK", "Aralık" and "EKİM" meet the lexicon's "Aralık" and "Ekim" whatever the
// case and the keyboard: language-blind folding would give "aralik" for the first and "aralık"
// for the second.
uint32_t folded_letter(UChar32 c) {
    if (c < 0 || !u_isalpha(c)) return 0;
    if (c == 0x130 || c == 0x131) return 'i';
    return uint32_t(u_foldCase(c, U_FOLD_CASE_DEFAULT));
}

// The length of a separator between the words of a phrase at p[i]: a space, full stop, hyphen or
// apostrophe (' or ’: "aujourd'hui", "l'an"), else 0.
size_t separator_at(const unsigned char* p, size_t i, size_t n) {
    if (i >= n) return 0;
    if (p[i] == ' ' || p[i] == '.' || p[i] == '-' || p[i] == '\'') return 1;
    return i + 2 < n && p[i] == 0xE2 && p[i + 1] == 0x80 && p[i + 2] == 0x99 ? 3 : 0;
}

constexpr uint64_t fnv_basis = 0xCBF29CE484222325ull, fnv_prime = 0x100000001B3ull;

// 4096 slots for about 1,000 words: short probe chains. A slot holds a 16-bit index into the
// entries and 16 bits of the key's hash, so a probe that meets another word's slot moves on without
// reading its entry: the 16 KB every word of a text probes stay in the cache, the entries need not.
constexpr size_t table_bits = 12;

uint64_t mixed(uint64_t key) { return key * 0x9E3779B97F4A7C15ull; }
size_t slot_of(uint64_t key) { return size_t(mixed(key) >> (64 - table_bits)); }
uint32_t tag_of(uint64_t key) { return uint32_t(mixed(key) >> 16) & 0xFFFF0000u; }

// The vocabulary's indices in the order of their keys (the first of equal keys first), sorted
// when compiled: every lexicon line asks for its English word, most of which ("ago", "year") are
// not in the vocabulary, and a binary search answers that in a few compares, not a pass over all.
constexpr size_t vocabulary_size = sizeof(vocabulary) / sizeof(vocabulary[0]);
constexpr std::array<uint8_t, vocabulary_size> by_key() {
    static_assert(vocabulary_size <= 256, "indices are bytes");
    std::array<uint8_t, vocabulary_size> order{};
    for (size_t i = 0; i < vocabulary_size; ++i) {  // insertion sort: stable, so the first of equal keys stays first
        size_t j = i;
        for (; j > 0 && vocabulary[order[j - 1]].key > vocabulary[i].key; --j) order[j] = order[j - 1];
        order[j] = uint8_t(i);
    }
    return order;
}
constexpr auto vocabulary_by_key = by_key();

const WordInfo* english(uint64_t key) {
    const auto* at = std::lower_bound(vocabulary_by_key.begin(), vocabulary_by_key.end(), key,
                                      [](uint8_t i, uint64_t k) { return vocabulary[i].key < k; });
    return at != vocabulary_by_key.end() && vocabulary[*at].key == key ? &vocabulary[*at] : nullptr;
}

constexpr uint64_t k_years = word_key("years"), k_decade = word_key("decade"), k_decades = word_key("decades"),
                   k_century = word_key("century"), k_centuries = word_key("centuries");

// The lexer's flags of an entry, from what it stands for.
Entry with_flags(Entry e) {
    e.plain = e.as_key == e.key && !e.word && !e.foreign && e.order == Order::english;
    e.century = e.as_key == k_century || e.as_key == k_centuries;
    // A word in another order starts its pattern, and so does another language's word for years
    // or decades, which comes before a decade's year there ("les années 1990", "la década de
    // 1990"), or for century before its numeral ("siglo XIX").
    e.starts = e.order != Order::english ||
               (e.foreign && (e.as_key == k_years || e.as_key == k_decade || e.as_key == k_decades || e.century));
    return e;
}

struct Table {
    std::array<uint32_t, size_t(1) << table_bits> slots{};  // 0: empty, else tag | entry index + 1
    std::vector<Entry> entries;
    std::vector<Phrase> phrases;
    std::vector<uint64_t> claimed;  // sorted: English words without an entry (see add)

    Entry* find(uint64_t key) {
        uint32_t tag = tag_of(key);
        for (size_t s = slot_of(key);; s = (s + 1) & (slots.size() - 1)) {
            uint32_t slot = slots[s];
            if (!slot) return nullptr;
            if ((slot & 0xFFFF0000u) == tag && entries[(slot & 0xFFFFu) - 1].key == key)
                return &entries[(slot & 0xFFFFu) - 1];
        }
    }
    const Entry* find(uint64_t key) const { return const_cast<Table*>(this)->find(key); }
    bool full() const { return entries.size() + 1 >= slots.size() / 2; }  // keeps the chains short
    // The first word given a key keeps it: English, then the files in name order.
    bool add(const Entry& e) {
        if (std::binary_search(claimed.begin(), claimed.end(), e.key)) return false;
        if (Entry* have = find(e.key)) {
            // The first word of phrases, meaning nothing alone yet ("e" of "e.ə."), takes a meaning.
            if (!have->head_only) return false;
            int32_t phrase = have->phrase;
            *have = with_flags(e);
            have->phrase = phrase;
            return true;
        }
        Entry flagged = with_flags(e);
        if (flagged.plain) {
            // An English word that means itself and starts nothing ("in", "of", "which") reads the
            // same without an entry: it is only claimed, so that no other file takes it, and the
            // words of a text that probe the table find no entry to read.
            claimed.insert(std::upper_bound(claimed.begin(), claimed.end(), e.key), e.key);
            return true;
        }
        if (full()) return false;
        size_t s = slot_of(e.key);
        while (slots[s]) s = (s + 1) & (slots.size() - 1);
        entries.push_back(with_flags(e));
        slots[s] = tag_of(e.key) | uint32_t(entries.size());
        return true;
    }
    // A phrase hangs on the entry of its first word, made for it if that word has none (then the
    // word alone still means nothing).
    bool add_phrase(uint64_t first, const PhraseKeys& rest, uint32_t dotted, const Entry& meaning) {
        Entry* head = find(first);
        if (!head) {
            if (full()) return false;
            size_t s = slot_of(first);
            while (slots[s]) s = (s + 1) & (slots.size() - 1);
            Entry bare = with_flags({first, first, nullptr, false});
            bare.head_only = true;
            entries.push_back(bare);
            slots[s] = tag_of(first) | uint32_t(entries.size());
            head = &entries.back();
        }
        int32_t last = -1;  // an index, not a pointer: push_back moves the phrases
        for (int32_t at = head->phrase; at >= 0; at = phrases[size_t(at)].next) {
            if (phrases[size_t(at)].rest == rest) return false;  // the first file keeps it
            last = at;
        }
        phrases.push_back({rest, dotted, with_flags(meaning), -1});
        (last < 0 ? head->phrase : phrases[size_t(last)].next) = int32_t(phrases.size() - 1);
        return true;
    }

    Table() {
        entries.reserve(slots.size() / 2);  // never reallocated after: find() hands out pointers
        namespace fs = std::filesystem;
        std::error_code ec;
        fs::path dir = geodata_path("lexicon");
        std::vector<std::string> names;
        for (fs::directory_iterator it(dir, ec), end; !ec && it != end; it.increment(ec))
            if (it->path().extension() == ".tsv" && it->is_regular_file(ec)) names.push_back(it->path().filename().string());
        // English first, then the others in name order (the names compared as strings: a path's
        // stem made at each comparison cost more than reading a file).
        std::sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) {
            return std::pair(a != "en.tsv", std::string_view(a)) < std::pair(b != "en.tsv", std::string_view(b));
        });
        if (names.empty() || names[0] != "en.tsv")
            std::fprintf(stderr, "%s: no en.tsv, the English date words: English dates are not read\n",
                         dir.string().c_str());
        for (const std::string& name : names) read_file((dir / name).string());
    }

    // The words of a form: runs of letters, separated by spaces, full stops or hyphens only.
    static bool form_words(std::string_view form, PhraseKeys& keys, uint32_t& dotted) {
        const auto* f = reinterpret_cast<const unsigned char*>(form.data());
        size_t i = 0, n = form.size();
        dotted = 0;
        while (i < n) {
            uint64_t key = 0;
            size_t end = scan_word(f, i, n, key);
            if (end == i || !key || keys.size() >= keys.capacity()) return false;
            keys.push_back(key);
            i = end;
            size_t sep = i;
            while (size_t len = separator_at(f, i, n)) i += len;
            if (i < n && i == sep) return false;  // a character that is no letter and no separator
            if (i < n && form.substr(sep, i - sep).find('.') != std::string_view::npos) dotted |= 1u << (keys.size() - 1);
        }
        return keys.size() > 0;
    }

    // Lines "form<TAB>English word[<TAB>order]"; '#' starts a comment. A bad line is reported and skipped.
    // English's own file (en.tsv) holds English words: they keep the English rules (a month name
    // needs its capital) and are no other language's words for lexicon_words_meaning.
    // The file is read whole and its lines and columns are looked at in place: the table is
    // made on the first date question of a run, and a string per line and column was most of
    // its cost.
    void read_file(const std::string& path) {
        bool foreign = std::filesystem::path(path).stem() != "en";
        std::string text, error;
        if (!read_input_file(path, text, error)) return;  // listed as a regular file a moment ago
        int no = 0;
        for_each_line(text, [&](std::string_view line) {
            ++no;
            if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
            if (line.empty() || line[0] == '#') return;
            std::array<std::string_view, 3> cols{};  // form, English word, order; more are ignored
            for (size_t from = 0, c = 0; c < cols.size(); ++c) {
                size_t tab = line.find('\t', from);
                cols[c] = line.substr(from, tab == std::string_view::npos ? std::string_view::npos : tab - from);
                if (tab == std::string_view::npos) break;
                from = tab + 1;
            }
            std::string_view as = cols[1], order = cols[2];
            PhraseKeys keys;
            uint32_t dotted = 0;
            uint64_t as_key = 0;
            const auto* a = reinterpret_cast<const unsigned char*>(as.data());
            Order o = order == "before" ? Order::before : order == "after" ? Order::after : Order::english;
            if (!form_words(cols[0], keys, dotted) || as.empty() || scan_word(a, 0, as.size(), as_key) != as.size() ||
                !as_key || (as_key >> 63) || !(order.empty() || o != Order::english)) {
                std::fprintf(stderr,
                             "%s:%d: not a lexicon line (words, a tab, the English word in ASCII, optionally a tab "
                             "and 'before' or 'after')\n",
                             path.c_str(), no);
                return;
            }
            Entry meaning{keys[0], as_key, english(as_key), foreign, o};
            bool added = keys.size() == 1 ? add(meaning) : add_phrase(keys[0], keys.after_first(), dotted, meaning);
            if (!added && full())
                std::fprintf(stderr, "%s:%d: the date lexicons hold at most %zu words: the rest are left out\n",
                             path.c_str(), no, slots.size() / 2 - 1);
        });
    }
};

const Table& table() {
    static const Table t;
    return t;
}

}  // namespace

size_t scan_word(const unsigned char* p, size_t i, size_t n, uint64_t& key) {
    // Most words are ASCII letters only and short: packed as they are read, with no hash. A word
    // that goes on in other letters or is longer than 12 is read again by the general loop.
    {
        size_t j = i;
        uint64_t packed = 0;
        for (; j < n && ((p[j] >= 'a' && p[j] <= 'z') || (p[j] >= 'A' && p[j] <= 'Z')); ++j)
            packed = packed * 32 + ((p[j] | 0x20) - 'a' + 1);
        if ((j >= n || p[j] < 0xC0) && j - i <= 12) {
            key = packed;
            return j;
        }
    }
    size_t j = i, letters = 0;
    uint64_t packed = 0, hash = fnv_basis;
    bool ascii = true;
    while (j < n) {
        uint32_t c;
        if ((p[j] >= 'a' && p[j] <= 'z') || (p[j] >= 'A' && p[j] <= 'Z')) {
            c = p[j] | 0x20;
            ++j;
        } else if (p[j] >= 0xC0) {
            // The common non-letters of English text, a no-break space and the dashes, quotes and
            // ellipsis of U+2000-U+203F, end the word without asking ICU.
            if (j + 1 < n && ((p[j] == 0xC2 && p[j + 1] == 0xA0) || (p[j] == 0xE2 && p[j + 1] == 0x80))) break;
            size_t k = j;
            UChar32 cp;
            U8_NEXT(p, k, n, cp);
            c = folded_letter(cp);
            if (!c) break;
            j = k;
        } else {
            break;
        }
        // A word whose letters fold to ASCII ("ARALIK", "İSTANBUL") is keyed as ASCII words are.
        if (c >= 'a' && c <= 'z') packed = packed * 32 + (c - 'a' + 1);
        else ascii = false;
        hash = (hash ^ c) * fnv_prime;
        ++letters;
    }
    // Words of more than 12 letters do not pack into 64 bits: they are keyed by their hash too.
    key = ascii && letters <= 12 ? packed : (hash | (uint64_t(1) << 63));
    return j;
}

const Entry* lookup_word(uint64_t key) {
    if (!key) return nullptr;
    return table().find(key);
}

const Phrase& phrase_at(int32_t index) { return table().phrases[size_t(index)]; }

size_t match_phrase(const unsigned char* p, size_t j, size_t n, const Phrase& ph) {
    for (size_t g = 0; g < ph.rest.size(); ++g) {
        uint64_t want = ph.rest[g];
        size_t sep = j;
        bool dot = false;
        while (size_t len = j < sep + 4 ? separator_at(p, j, n) : 0) {
            dot |= p[j] == '.';
            j += len;
        }
        if (j == sep || (((ph.dotted >> g) & 1) && !dot)) return 0;
        uint64_t key = 0;
        size_t end = scan_word(p, j, n, key);
        if (end == j || key != want) return 0;
        j = end;
    }
    return j;
}

}  // namespace placeline::date_scan
