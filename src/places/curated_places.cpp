// Reader of the curated place lists in geodata/ (places.tsv, supplement.tsv). Columns
// (tab-separated, '#' comments, the first other row names the columns):
//   id  name  kind  country  lat  lon  names  line  schematic  source
// names: "Stepanakert|Khankendi@az|Степанакерт@ru" (spelling@language, '|' between)
// line:  "lon lat, lon lat, ..." for corridors and routes, else empty
// A row whose id a bulk source (GeoNames, Natural Earth) already gave is merged into that place:
// its name becomes the canonical English name and its names are added. Such a row may leave the
// coordinates empty; a row for an id that no source gave and without coordinates is an alias for
// a place this gazetteer lacks (the regional default has no GeoNames) and is skipped quietly.
#include <charconv>
#include <cmath>

#include "placeline/places/gazetteer.hpp"
#include "placeline/text/text.hpp"
#include "placeline/places/tsv_rows.hpp"

namespace placeline {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

bool parse_double(std::string_view s, double& out) {
    s = trim(s);
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && p == s.data() + s.size() && std::isfinite(out);
}

}  // namespace

void read_curated_places(const std::string& path, GazetteerBuilder& out, Diagnostics& diags) {
    bool opened = for_each_tsv_row(path, 10, diags, [&](int line_no, const std::vector<std::string_view>& cols) {
        Place p;
        p.id = std::string(trim(cols[0]));
        p.name = std::string(trim(cols[1]));
        p.kind = place_kind_from_string(std::string(trim(cols[2])));
        p.country = std::string(trim(cols[3]));
        p.curated = true;
        const bool known = out.find(p.id) != no_place;
        if (known && trim(cols[4]).empty() && trim(cols[5]).empty()) {
            // names and kind for a place a bulk source gave
        } else if (!known && trim(cols[4]).empty() && trim(cols[5]).empty()) {
            return;
        } else if (!parse_double(cols[4], p.point.lat) || !parse_double(cols[5], p.point.lon) ||
                   std::abs(p.point.lat) > 90 || std::abs(p.point.lon) > 180) {
            diags.report(Severity::warning, path, line_no, "bad coordinates for '" + p.name + "'; skipped");
            return;
        }
        if (!p.name.empty()) p.names.push_back({p.name, "en"});
        for (std::string_view n : split_fields(cols[6], '|')) {
            n = trim(n);
            if (n.empty()) continue;
            size_t at = n.rfind('@');
            Name name{std::string(at == std::string_view::npos ? n : n.substr(0, at)),
                      at == std::string_view::npos ? std::string() : std::string(n.substr(at + 1))};
            if (name.text != p.name) p.names.push_back(std::move(name));
        }
        std::string_view geometry = trim(cols[7]);
        bool line_ok = true;
        if (!geometry.empty()) {
            for (std::string_view pair : split_fields(geometry, ',')) {
                auto xy = split_fields(trim(pair), ' ');
                LonLat ll;
                if (xy.size() != 2 || !parse_double(xy[0], ll.lon) || !parse_double(xy[1], ll.lat)) {
                    line_ok = false;
                    break;
                }
                p.line.push_back(ll);
            }
        }
        if (!line_ok) {
            diags.report(Severity::warning, path, line_no, "bad line geometry for '" + p.name + "'; drawn as a point");
            p.line.clear();
        }
        p.schematic = trim(cols[8]) == "yes";
        p.source = std::string(trim(cols[9]));
        out.merge(std::move(p));
    });
    if (!opened) diags.error(path, "cannot open the curated place list");
}

}  // namespace placeline
