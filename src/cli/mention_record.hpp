#pragma once
// One mention as `placeline geoparse` reports it: the place, its span in code points and the
// evidence (`why`). Two writers of the same record: a json object for the CSV and GeoJSON tables,
// and JSON Lines appended straight to a string, byte for byte what the object dumps to
// (tests/e2e/test_geoparse_cli.cpp holds them together).
#include <nlohmann/json.hpp>

#include <array>
#include <cstring>
#include <string>

#include "placeline/atlas/atlas.hpp"
#include "placeline/text/text.hpp"
#include "json_text.hpp"
#include "shared_texts.hpp"

namespace placeline::cli {

// The record's columns, in order.
const std::vector<std::string>& mention_columns();

// The record as a json object (keys sorted, as nlohmann::json keeps them).
nlohmann::json mention_json(const Atlas& atlas, const Mention& m, const CodepointMap& cps);

// The record as one JSON Lines row, newline included, columns in mention_columns() order.
void append_mention_jsonl(std::string& out, const Atlas& atlas, const Mention& m, const CodepointMap& cps);

// The same rows, written by one thread that keeps what the rows repeat: the texts of each place
// it wrote (its id, name, point, country and kind, as mentioned and as a runner-up), escaped and
// formatted once, the file of the last article, and the `why` objects it wrote. A corpus names the
// same places again and again, and these were half of a row's cost; in one long document most
// mentions' evidence is another's of the same name and place (six rows in ten on LGL's texts
// joined, four in ten on its single articles: callgrind's call counts).
class MentionRows {
public:
    // 2^slot_bits places and `why` objects remembered of each kind: a few thousand, a long run's
    // usual count (the tests take fewer, so that they take one another's slots all the time).
    explicit MentionRows(const Atlas& atlas, int slot_bits = 11) : atlas_(atlas), slot_bits_(slot_bits) {}
    // The same, also sharing the places' and `why` texts with the other threads that write the
    // same output (shared_texts.hpp); what finds no room there is kept as above.
    MentionRows(const Atlas& atlas, SharedTexts& places, SharedTexts& whys)
        : atlas_(atlas), slot_bits_(11), shared_places_(&places), shared_whys_(&whys) {}
    void append(TextBuffer& out, const Mention& m, const CodepointMap& cps) { append(out, m, &cps); }
    void append(std::string& out, const Mention& m, const CodepointMap& cps);
    // `cps` null: the article's text is plain ASCII, a code point a byte, and needs no map.
    void append(TextBuffer& out, const Mention& m, const CodepointMap* cps);

private:
    struct Remembered {
        PlaceIndex place = no_place;
        TextBuffer text;
    };
    enum class PlaceText { mentioned, runner_up };
    std::string_view place_text(PlaceIndex place, PlaceText which);
    void make_place_text(TextBuffer& text, PlaceIndex place, PlaceText which);

    // Everything a `why` object is written from, as 32-bit words (the counts and flags, the
    // total, the candidates, the name, each signal, each runner-up): equal keys, equal texts.
    struct WhyKey {
        std::array<uint32_t, 4 + 12 + 2 * 3> words{};  // an even count, zero past `size`
        uint32_t size = 0;  // words used; 0 in a slot that holds none
        bool operator==(const WhyKey& other) const {
            return size == other.size && std::memcmp(words.data(), other.words.data(), size * sizeof(uint32_t)) == 0;
        }
    };
    struct RememberedWhy {
        WhyKey key;
        std::string text;  // from ,"why": to the row's end
    };
    static WhyKey why_key(const Mention& m);
    // The row's `why` object and its end, written at `p` in `out`; returns the end.
    char* write_why(TextBuffer& out, char* p, const Mention& m);

    const Atlas& atlas_;
    int slot_bits_;
    NumberTexts numbers_;
    // Direct-mapped by place or key hash, made at the first row (a slot holds the last one hashed to it).
    std::vector<Remembered> mentioned_, runners_up_;
    std::vector<RememberedWhy> whys_;
    SharedTexts* shared_places_ = nullptr;
    SharedTexts* shared_whys_ = nullptr;
    SharedTexts::Arena arena_;      // where this thread's shared texts are
    TextBuffer made_places_[2];     // a place's text made to be shared, by PlaceText
    uint32_t article_ = UINT32_MAX;
    std::string file_;  // {"file":"...","start":  of article_
    TextBuffer row_;    // a row for the std::string form
};

}  // namespace placeline::cli
