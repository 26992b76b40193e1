// Time rules: which features a time window shows, and what bad dates do.
#include <doctest/doctest.h>

#include "placeline/render/map_data.hpp"
#include "placeline/render/time_rule.hpp"

using namespace placeline;
using namespace placeline::render;

namespace {

geo::Feature feature(long long fid, std::vector<std::pair<std::string, std::string>> attrs) {
    geo::Feature f;
    f.fid = fid;
    f.type = geo::GeometryType::point;
    f.points.push_back({46.7, 39.8});
    f.attributes = std::move(attrs);
    return f;
}

TimeSpan day(int y, int m, int d) { return span_of_day(make_day(y, m, d)); }

bool reported(const Diagnostics& diags, const std::string& part) {
    for (const Diagnostic& d : diags.snapshot())
        if (d.message.find(part) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("attribute dates: ISO days, GDAL's slashes, times, months and years, empty") {
    bool ok;
    CHECK(parse_attribute_date("1923-07-07", false, ok) == make_day(1923, 7, 7));
    CHECK(ok);
    CHECK(parse_attribute_date("1991/11/26", true, ok) == make_day(1991, 11, 26));
    CHECK(parse_attribute_date("2022-08-26T00:00:00Z", false, ok) == make_day(2022, 8, 26));
    CHECK(parse_attribute_date("1994", false, ok) == make_day(1994, 1, 1));
    CHECK(parse_attribute_date("1994", true, ok) == make_day(1994, 12, 31));
    CHECK(parse_attribute_date("2024-02", true, ok) == make_day(2024, 2, 29));
    CHECK_FALSE(parse_attribute_date("  ", false, ok));
    CHECK(ok);
    for (const char* bad : {"soon", "1991-13-01", "1991-02-30", "26.11.1991", "1991-11-26x"}) {
        CHECK_FALSE(parse_attribute_date(bad, false, ok));
        CHECK_MESSAGE(!ok, bad);
    }
}

TEST_CASE("a feature is drawn when its interval meets the window, open ends and missing fields") {
    geo::Layer layer;
    layer.name = "history";
    layer.source = "history.gpkg";
    layer.features = {
        feature(1, {{"valid_from", "1923-07-07"}, {"valid_to", "1991-11-26"}}),
        feature(2, {{"valid_from", "2022-08-26"}, {"valid_to", ""}}),  // open end
        feature(3, {{"valid_to", "1950-01-01"}}),                       // no start field
        feature(4, {{"name", "always"}}),                               // no validity at all
    };
    Diagnostics diags;
    std::vector<TimeSpan> v = feature_validity(layer, TimeRule{}, diags);
    CHECK(diags.size() == 0);
    REQUIRE(v.size() == 4);
    auto shown = [&](size_t i, TimeSpan w) { return validity_opacity(v, i, w) == 1.0f; };
    CHECK(shown(0, day(1990, 6, 1)));
    CHECK(shown(0, day(1991, 11, 26)));     // the last day is inclusive
    CHECK_FALSE(shown(0, day(1991, 11, 27)));
    CHECK_FALSE(shown(0, day(1923, 7, 6)));
    CHECK(shown(0, TimeSpan{make_day(1900, 1, 1), make_day(1923, 7, 7)}));  // a window that just meets it
    CHECK(shown(1, day(2100, 1, 1)));
    CHECK_FALSE(shown(1, day(2022, 8, 25)));
    CHECK(shown(2, day(1000, 1, 1)));
    CHECK_FALSE(shown(2, day(1950, 1, 2)));
    CHECK(shown(3, day(1000, 1, 1)));
    CHECK(shown(3, day(2100, 1, 1)));
}

TEST_CASE("fields named by the style, and a layer-wide interval") {
    geo::Layer layer;
    layer.features = {feature(1, {{"opened", "2001"}, {"closed", "2003"}}), feature(2, {{"kind", "x"}})};
    TimeRule rule;
    rule.from_field = "opened", rule.to_field = "closed";
    Diagnostics diags;
    auto v = feature_validity(layer, rule, diags);
    CHECK(validity_opacity(v, 0, day(2003, 12, 31)) == 1);
    CHECK(validity_opacity(v, 0, day(2004, 1, 1)) == 0);
    CHECK(validity_opacity(v, 1, day(1800, 1, 1)) == 1);

    rule.layer_interval = TimeSpan{make_day(2002, 1, 1), make_day(2010, 1, 1)};
    v = feature_validity(layer, rule, diags);
    CHECK(validity_opacity(v, 0, day(2001, 6, 1)) == 0);  // the layer's interval bounds the feature's
    CHECK(validity_opacity(v, 0, day(2002, 6, 1)) == 1);
    CHECK(validity_opacity(v, 1, day(2009, 6, 1)) == 1);
    CHECK(validity_opacity(v, 1, day(2011, 6, 1)) == 0);
}

TEST_CASE("a layer without validity fields has no rule: every feature is always drawn") {
    geo::Layer layer;
    layer.features = {feature(1, {{"name", "a"}})};
    Diagnostics diags;
    CHECK(feature_validity(layer, TimeRule{}, diags).empty());
}

TEST_CASE("bad date text is reported with the feature id and leaves that side open") {
    geo::Layer layer;
    layer.name = "history";
    layer.source = "history.gpkg";
    layer.features = {feature(17, {{"valid_from", "sometime in 1923"}, {"valid_to", "1991-11-26"}}),
                      feature(18, {{"valid_from", "2000-01-01"}, {"valid_to", "1999-01-01"}})};
    Diagnostics diags;
    auto v = feature_validity(layer, TimeRule{}, diags);
    CHECK(reported(diags, "layer 'history', feature 17: valid_from 'sometime in 1923' is not a date"));
    CHECK(reported(diags, "feature 18: valid_to '1999-01-01' is before its start"));
    for (const Diagnostic& d : diags.snapshot()) CHECK(d.file == "history.gpkg");
    CHECK(validity_opacity(v, 0, day(1800, 1, 1)) == 1);  // open start
    CHECK(validity_opacity(v, 0, day(1992, 1, 1)) == 0);
    CHECK(validity_opacity(v, 1, day(2050, 1, 1)) == 1);  // open end
}

TEST_CASE("the fader ramps a feature's opacity over fade_seconds instead of popping") {
    MapData data;
    data.layers.resize(1);
    data.layers[0].validity = {TimeSpan{make_day(2000, 1, 1), make_day(2000, 12, 31)}};
    FeatureFader fader;
    TimeSpan in = day(2000, 6, 1), out = day(2001, 6, 1);
    CHECK_FALSE(fader.update(data, in, 10.0));
    CHECK(fader.opacity[0][0] == 1.0f);  // new data starts where it belongs
    CHECK(fader.update(data, out, 10.1));
    CHECK(fader.opacity[0][0] == doctest::Approx(1 - 0.1 / fade_seconds));
    CHECK(fader.update(data, out, 10.2));
    CHECK(fader.opacity[0][0] == doctest::Approx(1 - 0.2 / fade_seconds));
    CHECK_FALSE(fader.update(data, out, 10.2 + fade_seconds));
    CHECK(fader.opacity[0][0] == 0.0f);
    CHECK(fader.update(data, in, 10.7));  // and back in
    CHECK(fader.opacity[0][0] > 0.0f);
    CHECK(fader.opacity[0][0] < 1.0f);
}
