// Style files: every key, and bad input reported with file and line while the rest applies.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "placeline/render/style_file.hpp"

using namespace placeline;
using namespace placeline::render;

namespace {

LayerStyle styled(const StyleSheet& sheet, const std::string& layer) {
    LayerStyle s = default_layer_style(layer, 0);
    apply_styles(sheet, layer, s);
    return s;
}

bool has_report(const Diagnostics& d, int line, const std::string& part) {
    for (const Diagnostic& x : d.snapshot())
        if (x.file == "test.toml" && x.line == line && x.message.find(part) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("colours: #rgb, #rrggbb, #rrggbbaa, and nothing else") {
    CHECK(parse_color("#c0392b") == Color{192, 57, 43, 255});
    CHECK(parse_color("c0392b80") == Color{192, 57, 43, 128});
    CHECK(parse_color("#fff") == Color{255, 255, 255, 255});
    CHECK_FALSE(parse_color("#c0392"));
    CHECK_FALSE(parse_color("red"));
    CHECK_FALSE(parse_color("#gg0000"));
}

TEST_CASE("a style file sets every key it names and keeps the defaults of the others") {
    Diagnostics diags;
    StyleSheet sheet = parse_style(R"(
[layer.roads]
title = "Roads"
stroke = "#102030"
fill = "none"
width = 3
dash = [6, 2]
opacity = 0.5
label_field = "name"
label_size = 15
legend = false
time = { from_field = "opened", to_field = "closed" }

[layer.zones]
fill = "#11223344"
time = { from = 2020-01-01, to = "2020-12-31" }
)",
                                   "test.toml", diags);
    CHECK(diags.size() == 0);
    LayerStyle roads = styled(sheet, "roads");
    CHECK(roads.from_file);
    CHECK(roads.title == "Roads");
    CHECK(roads.stroke == Color{16, 32, 48});
    CHECK_FALSE(roads.fill_enabled);
    CHECK(roads.stroke_width == 3);
    CHECK(roads.dash == 6);
    CHECK(roads.gap == 2);
    CHECK(roads.opacity == doctest::Approx(0.5));
    CHECK(roads.label_field == "name");
    CHECK(roads.label_size == 15);
    CHECK_FALSE(roads.legend);
    CHECK(roads.time.from_field == "opened");
    CHECK(roads.time.to_field == "closed");
    LayerStyle zones = styled(sheet, "zones");
    CHECK(zones.fill == Color{17, 34, 51, 68});
    CHECK(zones.stroke == default_layer_style("zones", 0).stroke);
    REQUIRE(zones.time.layer_interval);
    CHECK(zones.time.layer_interval->first == make_day(2020, 1, 1));
    CHECK(zones.time.layer_interval->last == make_day(2020, 12, 31));
    CHECK(zones.time.from_field == "valid_from");  // the default fields stay
    CHECK_FALSE(styled(sheet, "other").from_file);
}

TEST_CASE("colour by attribute: a categorical map with a default") {
    Diagnostics diags;
    StyleSheet sheet = parse_style(R"(
[layer.routes]
stroke = "#000000"
[layer.routes.color_by]
field = "state"
default = "#00ff00"
values = { open = "#0000ff", blockade = { stroke = "#ff0000", dash = [5, 3], width = 4 } }
)",
                                   "test.toml", diags);
    CHECK(diags.size() == 0);
    LayerStyle s = styled(sheet, "routes");
    CHECK(s.color_field == "state");
    std::string open = "open", blockade = "blockade", other = "closed";
    CHECK(look_of(s, category_of(s, &open)).stroke == Color{0, 0, 255});
    FeatureLook b = look_of(s, category_of(s, &blockade));
    CHECK(b.stroke == Color{255, 0, 0});
    CHECK(b.width == 4);
    CHECK(b.dash == 5);
    CHECK(b.gap == 3);
    CHECK(look_of(s, category_of(s, &other)).stroke == Color{0, 255, 0});
    CHECK(look_of(s, category_of(s, nullptr)).stroke == Color{0, 255, 0});  // no such attribute
}

TEST_CASE("an unknown key or a bad colour is reported with file and line, the rest of the file applies") {
    Diagnostics diags;
    StyleSheet sheet = parse_style(R"([layer.roads]
stroke = "#12345"
colour = "#ff0000"
width = 4
fill = 12
[layer.roads.color_by]
field = "kind"
values = { a = "#zzzzzz", b = "#0000ff" }
[layer.rivers]
stroke = "#0000ff"
width = = 3
dash = "dotted"
)",
                                   "test.toml", diags);
    CHECK(has_report(diags, 2, "'stroke' = \"#12345\" is not a colour"));
    CHECK(has_report(diags, 3, "unknown key 'colour'"));
    CHECK(has_report(diags, 5, "'fill' must be a colour"));
    CHECK(has_report(diags, 8, "'a' = \"#zzzzzz\" is not a colour"));
    CHECK(has_report(diags, 11, "not valid TOML"));
    CHECK(has_report(diags, 12, "'dash' must be"));
    LayerStyle roads = styled(sheet, "roads");
    CHECK(roads.stroke == default_layer_style("roads", 0).stroke);  // the bad colour fell back
    CHECK(roads.stroke_width == 4);                                 // the next keys applied
    std::string b = "b";
    CHECK(look_of(roads, category_of(roads, &b)).stroke == Color{0, 0, 255});
    LayerStyle rivers = styled(sheet, "rivers");
    CHECK(rivers.stroke == Color{0, 0, 255});  // after the line TOML refused
}

TEST_CASE("later style files win key by key") {
    Diagnostics diags;
    StyleSheet sheet = parse_style("[layer.a]\nstroke = \"#111111\"\nwidth = 2\n", "one.toml", diags);
    sheet.append(parse_style("[layer.a]\nwidth = 5\n", "two.toml", diags));
    LayerStyle s = styled(sheet, "a");
    CHECK(s.stroke == Color{17, 17, 17});
    CHECK(s.stroke_width == 5);
}

TEST_CASE("the default style of the historical layers reads without a complaint") {
    Diagnostics diags;
    StyleSheet sheet = read_style_file(std::string(ASSETS) + "/styles/history.toml", diags);
    for (const Diagnostic& d : diags.snapshot()) FAIL_CHECK(format_diagnostic(d));
    CHECK(styled(sheet, "nkao_boundary").stroke != styled(sheet, "ceasefire_1994").stroke);
    CHECK(styled(sheet, "lachin_corridor").color_field == "state");
}

TEST_CASE("a layer source's own style file is the one beside it named SOURCE.style.toml") {
    auto dir = std::filesystem::temp_directory_path() / "placeline-sidecar-test";
    std::filesystem::create_directories(dir);
    std::string source = (dir / "roads.gpkg").string();
    std::filesystem::remove(dir / "roads.style.toml");
    CHECK(sidecar_style_path(source).empty());
    std::ofstream((dir / "roads.style.toml").string()) << "[layer.roads]\nstroke = \"#123456\"\n";
    CHECK(sidecar_style_path(source) == (dir / "roads.style.toml").string());
    std::filesystem::remove_all(dir);
}

TEST_CASE("a style for a layer nobody loaded is reported where it is written") {
    Diagnostics diags;
    StyleSheet sheet = parse_style("[layer.roads]\nwidth = 2\n\n[layer.raods]\nwidth = 3\n", "test.toml", diags);
    report_unmatched_styles(sheet, {"roads", "rivers"}, diags);
    REQUIRE(diags.size() == 1);
    CHECK(has_report(diags, 4, "a style for the layer 'raods', but no layer loaded has that name"));
}
