#pragma once
// One mention as `placeline geoparse` reports it: the place, its span in code points and the
// evidence (`why`). Two writers of the same record: a json object for the CSV and GeoJSON tables,
// and JSON Lines appended straight to a string, byte for byte what the object dumps to
// (tests/e2e/test_geoparse_cli.cpp holds them together).
#include <nlohmann/json.hpp>

#include <string>

#include "placeline/atlas/atlas.hpp"
#include "placeline/text/text.hpp"

namespace placeline::cli {

// The record's columns, in order.
const std::vector<std::string>& mention_columns();

// The record as a json object (keys sorted, as nlohmann::json keeps them).
nlohmann::json mention_json(const Atlas& atlas, const Mention& m, const CodepointMap& cps);

// The record as one JSON Lines row, newline included, columns in mention_columns() order.
void append_mention_jsonl(std::string& out, const Atlas& atlas, const Mention& m, const CodepointMap& cps);

}  // namespace placeline::cli
