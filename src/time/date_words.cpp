// The date extractor's vocabulary: every word that can start or be part of a time expression,
// looked up once per word token by the lexer (a small hash table of packed keys), so that the
// patterns skip the common words of a text at the cost of one probe.
#include <array>

#include "date_scan.hpp"

namespace placeline::date_scan {

namespace {

constexpr WordInfo vocabulary[] = {
    // Month names (full names may stand alone after a cue word; abbreviations need a number).
    {word_key("january"), 1, true, 0}, {word_key("jan"), 1, false, 0}, {word_key("february"), 2, true, 0},
    {word_key("feb"), 2, false, 0}, {word_key("march"), 3, true, 0}, {word_key("mar"), 3, false, 0},
    {word_key("april"), 4, true, 0}, {word_key("apr"), 4, false, 0}, {word_key("may"), 5, true, 0},
    {word_key("june"), 6, true, 0}, {word_key("jun"), 6, false, 0}, {word_key("july"), 7, true, 0},
    {word_key("jul"), 7, false, 0}, {word_key("august"), 8, true, 0}, {word_key("aug"), 8, false, 0},
    {word_key("september"), 9, true, 0}, {word_key("sep"), 9, false, 0}, {word_key("sept"), 9, false, 0},
    {word_key("october"), 10, true, 0}, {word_key("oct"), 10, false, 0}, {word_key("november"), 11, true, 0},
    {word_key("nov"), 11, false, 0}, {word_key("december"), 12, true, 0}, {word_key("dec"), 12, false, 0},
    // Weekdays: a day of the week near the article's now ("on Wednesday").
    {word_key("monday"), 0, false, 0, 1}, {word_key("tuesday"), 0, false, 0, 2}, {word_key("wednesday"), 0, false, 0, 3},
    {word_key("thursday"), 0, false, 0, 4}, {word_key("friday"), 0, false, 0, 5}, {word_key("saturday"), 0, false, 0, 6},
    {word_key("sunday"), 0, false, 0, 7},
    // Counts.
    {word_key("a"), 0, false, 1}, {word_key("an"), 0, false, 1}, {word_key("one"), 0, false, 1},
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
};

constexpr size_t table_bits = 9;  // 512 slots for about 110 words: short probe chains

size_t slot_of(uint64_t key) { return size_t((key * 0x9E3779B97F4A7C15ull) >> (64 - table_bits)); }

struct Table {
    std::array<const WordInfo*, size_t(1) << table_bits> slots{};
    Table() {
        for (const WordInfo& w : vocabulary) {
            size_t s = slot_of(w.key);
            while (slots[s]) s = (s + 1) & (slots.size() - 1);
            slots[s] = &w;
        }
    }
};

const Table table;

}  // namespace

const WordInfo* lookup_word(uint64_t key) {
    if (!key) return nullptr;
    for (size_t s = slot_of(key);; s = (s + 1) & (table.slots.size() - 1)) {
        const WordInfo* w = table.slots[s];
        if (!w) return nullptr;
        if (w->key == key) return w;
    }
}

}  // namespace placeline::date_scan
