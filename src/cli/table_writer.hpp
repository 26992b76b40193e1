#pragma once
// Rows out as JSON Lines or CSV (RFC 4180 quoting), one writer for every subcommand (any format
// but csv is written as JSON Lines).
#include <nlohmann/json.hpp>

#include <cstdio>
#include <string>
#include <vector>

#include "table_format.hpp"

namespace placeline::cli {

class TableWriter {
public:
    TableWriter(std::FILE* out, TableFormat format, std::vector<std::string> columns)
        : out_(out), format_(format), columns_(std::move(columns)) {}

    // One row: a JSON object whose keys are the columns. In CSV, arrays are joined with ';'.
    void row(const nlohmann::json& object);

private:
    std::FILE* out_;
    TableFormat format_;
    std::vector<std::string> columns_;
    bool header_done_ = false;
};

std::string csv_field(const std::string& s);

}  // namespace placeline::cli
