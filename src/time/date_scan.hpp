#pragma once
// Inside the date extractor: the token stream and the scanner that tries the patterns at each
// token. The patterns live in three files: date_absolute.cpp (dates, months, years), date_periods.cpp
// (decades, centuries, seasons, ranges) and date_relative.cpp (anchored expressions).
#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "placeline/time/dates.hpp"

namespace placeline::date_scan {

enum class Kind : uint8_t { word, number, punct };

// Where a lexicon word stands beside what it modifies, against the English word it stands for
// (the lexicon's third column): as in English; before what English has it after ("hace 3 días",
// "vor 3 Tagen", "il y a 3 jours": ago); after what English has it before ("la semaine dernière",
// "el año pasado": last).
enum class Order : uint8_t { english, before, after };

// A word of the extractor's vocabulary (date_words.cpp).
struct WordInfo {
    uint64_t key;
    uint8_t month;    // 1-12 for month names
    bool full_month;  // a full month name, not an abbreviation
    uint16_t number;  // counts: "five" is 5, "a" is 1
    uint8_t weekday = 0;  // 1 (Monday) - 7 (Sunday) for weekday names
};

struct Tok {
    Kind kind;
    uint32_t start, end;
    // Words: lower-case ASCII letters packed 5 bits each, up to 12; a word of another language's
    // lexicon carries the key of the English word it stands for ("сентября" that of "september");
    // other words (non-ASCII letters, or more than 12) a hash of their folded letters, top bit set.
    uint64_t key = 0;
    int value = 0;     // numbers: their value (if <= 9 digits)
    int digits = 0;    // numbers: how many digits
    const WordInfo* word = nullptr;  // words of the vocabulary; the others start no pattern
    bool foreign = false;  // read through a lexicon file: its month names need no capital
    Order order = Order::english;
    // Starts a pattern though it is no word of the vocabulary: a word in another order, a Roman
    // numeral before a century word ("XIX век": value holds the number).
    bool starts = false;
};

// Packs a lower-case ASCII word the way the lexer packs word tokens, so that comparing a token
// with a known word is one integer comparison.
constexpr uint64_t word_key(std::string_view w) {
    if (w.size() > 12) return 0;
    uint64_t k = 0;
    for (char c : w) {
        char l = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
        k = k * 32 + uint64_t(l - 'a' + 1);
    }
    return k;
}

// Scans the word (letters of any script, UTF-8) at byte i of p, which holds n bytes: returns the
// byte after it (i when there is no letter at i) and sets key as the lexer does, case folded
// through ICU (Turkish I with and without its dot both fold to i), without allocating.
size_t scan_word(const unsigned char* p, size_t i, size_t n, uint64_t& key);

void lex(std::string_view s, std::vector<Tok>& out);

// The number of a Roman numeral in capitals, I to XXI, with an ordinal ending a lexicon gives
// ("XIXe"), or 0.
int roman_value(std::string_view w);

// A word of the vocabulary: the built-in English words and those of the lexicon files
// (geodata/lexicon/*.tsv, read once on first use), each with the English word it stands for.
struct Entry {
    uint64_t key;          // the word as written (its folded key)
    uint64_t as_key;       // the key of the English word it stands for (its own key for English)
    const WordInfo* word;  // that English word's meaning, if it starts patterns
    bool foreign;
    Order order = Order::english;
    int32_t phrase = -1;   // the first phrase this word starts ("il" of "il y a"), -1 for none
    // Worked out once when the table is made, for the lexer:
    bool plain = false;    // the token is the word as written: an English word without a role of its own
    bool starts = false;   // starts a pattern though it has no WordInfo (see Tok::starts)
    bool century = false;  // a word for century: a Roman numeral before it is its number
    bool head_only = false;  // made for its phrases: the first file that gives the word alone a meaning does
};
const Entry* lookup_word(uint64_t key);

// The keys of a phrase's words, held in place: a form has at most 8 words, and the lexicons'
// phrases then need no allocation each when the table is made.
class PhraseKeys {
public:
    static constexpr size_t capacity() { return 8; }
    size_t size() const { return n_; }
    uint64_t operator[](size_t i) const { return k_[i]; }
    void push_back(uint64_t key) { k_[n_++] = key; }  // the caller checks size() < capacity()
    PhraseKeys after_first() const {
        PhraseKeys rest;
        for (size_t i = 1; i < n_; ++i) rest.push_back(k_[i]);
        return rest;
    }
    bool operator==(const PhraseKeys& o) const {
        return std::equal(k_.begin(), k_.begin() + n_, o.k_.begin(), o.k_.begin() + o.n_);
    }

private:
    std::array<uint64_t, 8> k_{};
    uint8_t n_ = 0;
};

// A lexicon form of several words ("il y a", "до н. э.", "av. J.-C."), found by the lexer as one
// token: the words after the first may be separated by spaces, full stops, hyphens
// and apostrophes.
struct Phrase {
    PhraseKeys rest;             // the keys of the words after the first
    uint32_t dotted = 0;         // bit g: the form has a full stop before rest[g], so the text must too
    Entry entry;                 // what the whole phrase stands for
    int32_t next = -1;           // the next phrase with the same first word
};
const Phrase& phrase_at(int32_t index);
// The byte after the phrase's words when they follow at byte j of p (n bytes), else 0.
size_t match_phrase(const unsigned char* p, size_t j, size_t n, const Phrase& ph);

// A time found at a token: how many tokens it uses and what it means.
struct Found {
    size_t next = 0;   // the token after it
    TimeSpan span;
    int year = 0;      // a year written in it (it becomes the year of later bare dates)
    bool relative = false;
    size_t first = SIZE_MAX;  // the token it starts at, when before the one tried ("semaine" of "la semaine dernière")
};

enum class Unit : uint8_t { none, day, week, month, year, decade, century };

class Scanner {
public:
    Scanner(std::string_view text, const DateContext& ctx);
    ~Scanner();
    Scanner(const Scanner&) = delete;
    Scanner& operator=(const Scanner&) = delete;
    std::vector<DateMention> run();

    // --- token helpers (date_absolute.cpp) ---
    bool has(size_t i) const { return i < t_.size(); }
    bool is_number(size_t i) const { return has(i) && t_[i].kind == Kind::number; }
    bool is_punct(size_t i, char c) const { return has(i) && t_[i].kind == Kind::punct && s_[t_[i].start] == c; }
    bool is_dash(size_t i) const;  // '-', en dash or em dash
    bool is_word(size_t i, uint64_t key) const { return has(i) && t_[i].kind == Kind::word && t_[i].key == key; }
    bool is_capitalised(size_t i) const;
    bool glued(size_t a, size_t b) const { return t_[a].end == t_[b].start; }
    int month_at(size_t i, size_t& next, bool full_name_only = false) const;
    bool day_number(size_t i) const;
    bool year_number(size_t i) const;
    bool part_of_larger_number(size_t i) const;
    bool followed_by_count_noun(size_t i) const;
    bool ordinal_suffix(size_t i) const;
    // A year used as an adjective: "a 2012 law", "the 2016 referendum". It names a thing, not the
    // narrative's time, so it does not give its year to the bare dates after it.
    bool attributive_year(size_t first, size_t next) const;

    // After a year at k-1: the token after a lexicon's word for "year" written after it, with its
    // ordinal ending or full stop ("2020 г.", "2018г.", "в 2020 году", "2023 թ.", "2023-cü il"), else k.
    size_t after_year_word(size_t k) const;
    // An era word at k ("BC", "до н. э.", "av. J.-C.", "M.Ö."): the token after it, else 0; bc tells which era.
    size_t era_at(size_t k, bool& bc) const;

    // --- the year of a date written without one ---
    int year_for(int month, int day) const;

    // --- patterns; each returns the time found at token i, if any ---
    std::optional<Found> numeric_date(size_t i) const;       // date_absolute.cpp
    std::optional<Found> month_first(size_t i) const;
    std::optional<Found> day_first(size_t i) const;
    std::optional<Found> bare_year(size_t i) const;
    std::optional<Found> era_year(size_t i) const;
    std::optional<Found> year_first(size_t i) const;
    std::optional<Found> day_in_year(size_t end, int month, int day, int last_day) const;
    std::optional<Found> bare_month(size_t i) const;
    // "early", "mid", "late" (with an optional dash) at k: the key found, and the token after.
    size_t after_part_word(size_t k, uint64_t& part) const;  // date_periods.cpp
    std::optional<Found> decade(size_t i) const;
    std::optional<Found> century(size_t i) const;
    std::optional<Found> season(size_t i) const;
    std::optional<Found> year_range(size_t i) const;
    std::optional<Found> from_to(size_t i) const;
    std::optional<Found> deictic(size_t i) const;            // date_relative.cpp
    std::optional<Found> shifted(size_t i) const;
    std::optional<Found> since(size_t i) const;
    std::optional<Found> period_to_now(size_t i) const;
    std::optional<Found> anaphoric(size_t i) const;
    std::optional<Found> weekday(size_t i) const;

    // Any absolute time at i (the pieces of ranges and "since").
    std::optional<Found> point(size_t i) const;
    // A count at i ("five", "a", "44"): its value, and the token after it.
    int count_at(size_t i, size_t& next) const;
    Unit unit_at(size_t i) const;
    bool singular_unit(size_t i) const;  // "day", "week", "month", "year" (a lexicon's word for them)

    Day reference_day() const;  // the text's "now"
    bool has_reference() const { return ctx_.reference.has_value() || ctx_.default_year != 0; }
    std::optional<TimeSpan> anchor() const { return last_; }

private:
    std::string_view s_;
    std::vector<Tok> t_;
    DateContext ctx_;
    int year_ = 0;                   // the last year written in this text
    std::optional<TimeSpan> last_;   // the last explicit time (anchor of "five days later")
    std::vector<DateMention> out_;
    size_t since_after_end_ = 0;     // the token after the last "since" written after its time, or 0

    size_t try_at(size_t i);
};

// Shifting times by whole units (months clamp to their last day: Jan 31 + 1 month = Feb 28).
Day add_units(Day d, Unit u, int n);
TimeSpan shift(const TimeSpan& t, Unit u, int n);
// The span of the unit around a day: its month, its year, its decade...
TimeSpan unit_span(Day d, Unit u);
Granularity granularity_of(Unit u);
TimeSpan span_of_years(int first, int last, Granularity g);
// Spring is March-May ... winter is December to the next February.
TimeSpan season_span(int first_month, int year);

}  // namespace placeline::date_scan
