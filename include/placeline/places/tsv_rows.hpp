#pragma once
// The tab-separated lists in geodata/ (places, supplement, contested and dated names): '#'
// comments and blank lines, then a header row naming the columns, then data rows. A row that is
// not UTF-8 or has the wrong number of columns is reported with its file and line, and skipped.
#include <fstream>
#include <string>
#include <string_view>
#include <vector>

#include "placeline/base/diagnostics.hpp"
#include "placeline/text/text.hpp"

namespace placeline {

// The fields of `s` between `sep`s, as written (no trimming).
inline std::vector<std::string_view> split_fields(std::string_view s, char sep) {
    std::vector<std::string_view> out;
    size_t start = 0;
    while (true) {
        size_t at = s.find(sep, start);
        out.push_back(s.substr(start, at == std::string_view::npos ? std::string_view::npos : at - start));
        if (at == std::string_view::npos) break;
        start = at + 1;
    }
    return out;
}

// Calls row(line_no, columns) for every well-formed data row. False when the file cannot be
// opened (the caller says what that means for it).
template <class F>
bool for_each_tsv_row(const std::string& path, size_t columns, Diagnostics& diags, F row) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::string line;
    int line_no = 0;
    bool header_seen = false;
    while (std::getline(in, line)) {
        ++line_no;
        if (line.empty() || line[0] == '#' || line == "\r") continue;
        if (!header_seen) {
            header_seen = true;
            continue;
        }
        if (!is_valid_utf8(line)) {
            diags.report(Severity::warning, path, line_no, "row is not valid UTF-8; skipped");
            continue;
        }
        std::vector<std::string_view> cols = split_fields(line, '\t');
        if (cols.size() != columns) {
            diags.report(Severity::warning, path, line_no,
                         "expected " + std::to_string(columns) + " columns, found " + std::to_string(cols.size()) +
                             "; skipped");
            continue;
        }
        row(line_no, cols);
    }
    return true;
}

}  // namespace placeline
