// Reader of GeoNames cities500.txt: 19 tab-separated columns per row,
//   0 geonameid  1 name  2 asciiname  3 alternatenames (comma-separated, no language tags)
//   4 latitude  5 longitude  6 feature class  7 feature code  8 country code  9 cc2
//   10-13 admin codes  14 population  15 elevation  16 dem  17 timezone  18 modification date
// The file is read whole (about 32 MB) and split in place: no string per field.
// GeoNames gives no language for its alternate names, so each spelling is tagged with its script
// ("und-Cyrl": undetermined language, Cyrillic script), derived with ICU.
#include <algorithm>
#include <charconv>
#include <cmath>
#include <fstream>

#include "placeline/base/input_file.hpp"
#include "placeline/places/gazetteer.hpp"
#include "placeline/places/names.hpp"
#include "placeline/text/ascii_scan.hpp"
#include "placeline/text/text.hpp"

namespace placeline {

namespace {

constexpr int geonames_columns = 19;

bool parse_double(std::string_view s, double& out) {
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && p == s.data() + s.size() && std::isfinite(out);
}

bool parse_int(std::string_view s, int64_t& out) {
    if (s.empty()) {
        out = 0;
        return true;
    }
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && p == s.data() + s.size();
}

// Airport and other codes among the alternate names ("EVN", "LWN") are not how articles name a
// city, and they collide with acronyms ("CIS", "AVE").
bool looks_like_code(std::string_view s) {
    if (s.size() > 4) return false;
    for (char c : s)
        if (!(c >= 'A' && c <= 'Z') && !(c >= '0' && c <= '9')) return false;
    return true;
}

PlaceKind kind_of(std::string_view feature, int64_t population) {
    if (feature == "PPLC") return PlaceKind::capital;
    if (feature == "PPLA" || feature == "PPLA2") return PlaceKind::admin_seat;
    return population >= 10000 ? PlaceKind::city : PlaceKind::village;
}

// Malformed rows, reported once at the end with their line numbers.
struct BadRows {
    size_t count = 0;
    std::string lines;
    void add(size_t line, std::string_view why) {
        if (++count <= 12) lines += (lines.empty() ? "" : ", ") + std::to_string(line) + " (" + std::string(why) + ")";
    }
};

}  // namespace

void read_geonames(const std::string& path, GazetteerBuilder& out, Diagnostics& diags, Progress* progress) {
    std::string data, error;
    if (!read_input_file(path, data, error)) {
        diags.error(path, "cannot read the GeoNames file: it " + error);
        return;
    }
    if (progress) progress->stage("Reading GeoNames places");
    out.reserve_more(static_cast<size_t>(std::count(data.begin(), data.end(), '\n')) + 1);
    BadRows bad;
    size_t line_no = 0, added = 0;
    std::string_view cols[geonames_columns];
    std::string script;
    for (size_t at = 0; at < data.size();) {
        size_t eol = data.find('\n', at);
        if (eol == std::string::npos) eol = data.size();
        std::string_view line(data.data() + at, eol - at);
        at = eol + 1;
        ++line_no;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty() || line[0] == '#') continue;
        if ((line_no & 8191) == 0 && progress) {
            if (progress->cancelled()) return;  // the caller drops what was read
            progress->set(float(at) / float(data.size()));
        }
        if (!is_valid_utf8(line)) {
            bad.add(line_no, "not UTF-8");
            continue;
        }
        int n = 0;
        size_t start = 0;
        for (size_t i = 0; i <= line.size(); ++i) {
            if (i == line.size() || line[i] == '\t') {
                if (n < geonames_columns) cols[n] = line.substr(start, i - start);
                ++n;
                start = i + 1;
            }
        }
        if (n != geonames_columns) {
            bad.add(line_no, std::to_string(n) + " columns");
            continue;
        }
        Place p;
        int64_t geonameid = 0;
        if (!parse_int(cols[0], geonameid) || geonameid <= 0 || cols[1].empty()) {
            bad.add(line_no, "no id or name");
            continue;
        }
        if (!parse_double(cols[4], p.point.lat) || !parse_double(cols[5], p.point.lon) || std::abs(p.point.lat) > 90 ||
            std::abs(p.point.lon) > 180) {
            bad.add(line_no, "coordinates out of range");
            continue;
        }
        if (!parse_int(cols[14], p.population) || p.population < 0) {
            bad.add(line_no, "bad population");
            continue;
        }
        p.id = "gn:" + std::string(cols[0]);
        p.name = std::string(cols[1]);
        p.feature = std::string(cols[7]);
        p.kind = kind_of(cols[7], p.population);
        if (cols[8].size() == 2) p.country = std::string(cols[8]);
        p.source = "GeoNames cities500";
        auto add_name = [&](std::string_view text) {
            if (text.empty()) return;
            for (const Name& n : p.names)
                if (n.text == text) return;
            script = all_ascii(text) ? "Latn" : script_of(text);
            p.names.push_back({std::string(text), "und-" + script});
        };
        add_name(cols[1]);
        add_name(cols[2]);
        std::string_view alternates = cols[3];
        while (!alternates.empty()) {
            size_t comma = alternates.find(',');
            std::string_view a = alternates.substr(0, comma);
            alternates = comma == std::string_view::npos ? std::string_view() : alternates.substr(comma + 1);
            if (!looks_like_code(a)) add_name(a);
        }
        out.add(std::move(p));
        ++added;
    }
    if (bad.count)
        diags.warn(path, std::to_string(bad.count) + " malformed row" + (bad.count == 1 ? "" : "s") +
                             " skipped, at line" + (bad.count == 1 ? " " : "s ") + bad.lines +
                             (bad.count > 12 ? " and " + std::to_string(bad.count - 12) + " more" : ""));
    if (added == 0) diags.error(path, "no GeoNames place could be read from this file");
}

}  // namespace placeline
