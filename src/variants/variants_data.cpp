// Readers of the variant checker's reference lists in geodata/: contested pairs of names and
// names with dates. Both are tab-separated with '#' comments and a header row; a bad row is
// reported with its file and line, and skipped.
#include <charconv>

#include "placeline/base/data_paths.hpp"
#include "placeline/text/text.hpp"
#include "placeline/variants/variants.hpp"
#include "placeline/places/tsv_rows.hpp"

namespace placeline {

namespace {

// Spaces around a field are not part of it (the lists are edited by hand).
std::string trimmed(std::string_view part) {
    while (!part.empty() && (part.front() == ' ' || part.back() == ' ' || part.back() == '\r')) {
        if (part.front() == ' ') part.remove_prefix(1);
        else part.remove_suffix(1);
    }
    return std::string(part);
}

std::vector<std::string> split(std::string_view s, char sep) {
    std::vector<std::string> out;
    for (std::string_view part : split_fields(s, sep)) out.push_back(trimmed(part));
    return out;
}

// Calls `row` with the trimmed columns of every data row; what it returns, when not empty, is
// why the row was skipped.
template <class F>
void read_rows(const std::string& path, size_t columns, Diagnostics& diags, F row) {
    bool opened = for_each_tsv_row(path, columns, diags, [&](int line_no, const std::vector<std::string_view>& fields) {
        std::vector<std::string> cols;
        for (std::string_view f : fields) cols.push_back(trimmed(f));
        if (std::string why = row(cols); !why.empty()) diags.report(Severity::warning, path, line_no, why + "; skipped");
    });
    if (!opened) diags.warn(path, "cannot open this list; the variant checker goes on without it");
}

std::vector<std::string> spellings(const std::string& column) {
    std::vector<std::string> out;
    for (std::string& s : split(column, '|'))
        if (!s.empty()) out.push_back(std::move(s));
    return out;
}

bool parse_year(const std::string& s, int& out) {
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && p == s.data() + s.size() && out > -5000 && out < 5000;
}

}  // namespace

std::vector<ContestedPair> read_contested_pairs(const std::string& path, Diagnostics& diags) {
    std::vector<ContestedPair> out;
    read_rows(path, 4, diags, [&](std::vector<std::string>& c) -> std::string {
        ContestedPair p{spellings(c[0]), spellings(c[1]), c[2], c[3]};
        if (p.side_a.empty() || p.side_b.empty()) return "a side without a name";
        out.push_back(std::move(p));
        return {};
    });
    return out;
}

std::vector<DatedName> read_dated_names(const std::string& path, Diagnostics& diags) {
    std::vector<DatedName> out;
    read_rows(path, 7, diags, [&](std::vector<std::string>& c) -> std::string {
        DatedName d{c[0], c[1], c[2], c[3], 0, 0, c[6]};
        if (d.place.empty() || d.name.empty()) return "no place or no name";
        if (!parse_year(c[4], d.from_year) || !parse_year(c[5], d.to_year) || d.from_year > d.to_year)
            return "bad years '" + c[4] + "'-'" + c[5] + "'";
        out.push_back(std::move(d));
        return {};
    });
    return out;
}

VariantData load_variant_data(Diagnostics& diags) {
    return {read_contested_pairs(geodata_path("contested-names.tsv"), diags),
            read_dated_names(geodata_path("dated-names.tsv"), diags)};
}

}  // namespace placeline
