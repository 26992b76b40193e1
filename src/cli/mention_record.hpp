#pragma once
// One mention as `placeline geoparse` reports it: the place, its span in code points and the
// evidence (`why`). Two writers of the same record: a json object for the CSV and GeoJSON tables,
// and JSON Lines appended straight to a string, byte for byte what the object dumps to
// (tests/e2e/test_geoparse_cli.cpp holds them together).
#include <nlohmann/json.hpp>

#include <string>

#include "placeline/atlas/atlas.hpp"
#include "placeline/text/text.hpp"
#include "json_text.hpp"

namespace placeline::cli {

// The record's columns, in order.
const std::vector<std::string>& mention_columns();

// The record as a json object (keys sorted, as nlohmann::json keeps them).
nlohmann::json mention_json(const Atlas& atlas, const Mention& m, const CodepointMap& cps);

// The record as one JSON Lines row, newline included, columns in mention_columns() order.
void append_mention_jsonl(std::string& out, const Atlas& atlas, const Mention& m, const CodepointMap& cps);

// The same rows, written by one thread that keeps what the rows repeat: the texts of each place
// it wrote (its id, name, point, country and kind, as mentioned and as a runner-up), escaped and
// formatted once, and the file of the last article. A corpus names the same places again and
// again, and these were half of a row's cost.
class MentionRows {
public:
    // 2^slot_bits places remembered of each kind: a few thousand, a long run's usual count (the
    // tests take fewer, so that places take one another's slots all the time).
    explicit MentionRows(const Atlas& atlas, int slot_bits = 11) : atlas_(atlas), slot_bits_(slot_bits) {}
    void append(std::string& out, const Mention& m, const CodepointMap& cps);

private:
    struct Remembered {
        PlaceIndex place = no_place;
        std::string text;
    };
    enum class PlaceText { mentioned, runner_up };
    std::string_view place_text(PlaceIndex place, PlaceText which);

    const Atlas& atlas_;
    int slot_bits_;
    NumberTexts numbers_;
    // Direct-mapped by place, made at the first row (a slot holds the last place hashed to it).
    std::vector<Remembered> mentioned_, runners_up_;
    uint32_t article_ = UINT32_MAX;
    std::string file_;  // {"file":"...","start":  of article_
};

}  // namespace placeline::cli
