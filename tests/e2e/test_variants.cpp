// The variant checker on the sample corpus, with the gazetteer the app uses (GeoNames cities500
// and the Natural Earth world layers from the data cache, else the regional default), and the
// `placeline variants` contract through the real executable.
#include <doctest/doctest.h>

#include <fstream>
#include <iterator>
#include <set>
#include <sstream>

#include "placeline/atlas/atlas.hpp"
#include "placeline/geo/gazetteer_load.hpp"
#include "placeline/text/text.hpp"
#include "placeline/variants/variants.hpp"
#include "support.hpp"

using namespace placeline;

namespace {

struct Sample {
    std::shared_ptr<const Atlas> atlas;
    VariantReport report;
};

const Sample& sample() {
    static Sample s = [] {
        Diagnostics diags;
        auto g = geo::load_gazetteer(geo::default_gazetteer_sources(), diags);
        Sample out;
        out.atlas = build_atlas({SAMPLE_CORPUS}, g, diags);
        out.report = build_variant_report(*out.atlas, load_variant_data(diags));
        return out;
    }();
    return s;
}

// The place whose forms include this one, or nullptr.
const PlaceVariants* place_writing(const VariantReport& r, std::string_view form) {
    for (const PlaceVariants& v : r.places)
        for (const FormUse& f : v.forms)
            if (f.form == form) return &v;
    return nullptr;
}

std::set<std::string> forms(const PlaceVariants& v) {
    std::set<std::string> out;
    for (const FormUse& f : v.forms) out.insert(f.form);
    return out;
}

}  // namespace

TEST_CASE("sample corpus: Yevlash is a suspected misspelling of Yevlakh, with its offsets and evidence") {
    const Sample& s = sample();
    const Gazetteer& g = s.atlas->gazetteer();
    const Suspect* yevlash = nullptr;
    PlaceIndex place = no_place;
    for (const PlaceVariants& v : s.report.places)
        for (const Suspect& x : v.suspects)
            if (x.form == "Yevlash") yevlash = &x, place = v.place;
    REQUIRE(yevlash);
    CHECK(g.name(place) == "Yevlakh");
    CHECK(yevlash->nearest.find("Yevlakh") != std::string::npos);
    CHECK(yevlash->distance > 0);
    CHECK(yevlash->distance <= 1.0f);
    CHECK(yevlash->confidence > 0.4f);
    CHECK_FALSE(yevlash->evidence.empty());
    // The offsets are code points into the article's text.
    const std::string& text = s.atlas->corpus().articles[yevlash->article].text;
    CodepointMap cps(text);
    size_t b0 = cps.to_byte(yevlash->start), b1 = cps.to_byte(yevlash->end);
    CHECK(text.substr(b0, b1 - b0) == "Yevlash");
    // A suspect is not a form of the place.
    CHECK(place_writing(s.report, "Yevlash") == nullptr);
}

TEST_CASE("sample corpus: no more than 5 false suspects") {
    const Sample& s = sample();
    // The misspellings a person finds in the sample corpus (the README lists every suspect).
    const std::set<std::string> real = {"Yevlash"};
    std::vector<std::string> false_suspects;
    for (const PlaceVariants& v : s.report.places)
        for (const Suspect& x : v.suspects)
            if (!real.count(x.form)) false_suspects.push_back(x.form + " -> " + std::string(s.atlas->gazetteer().name(v.place)));
    for (const std::string& f : false_suspects) MESSAGE("false suspect: " << f);
    CHECK(false_suspects.size() <= 5);
}

TEST_CASE("sample corpus: the forms of one place are grouped, and different places are not merged") {
    const Sample& s = sample();
    const PlaceVariants* shusha = place_writing(s.report, "Shusha");
    REQUIRE(shusha);
    CHECK(place_writing(s.report, "Shushi") == shusha);
    CHECK((shusha->flags & flag_contested) != 0);

    const PlaceVariants* stepanakert = place_writing(s.report, "Stepanakert");
    REQUIRE(stepanakert);
    CHECK(place_writing(s.report, "Khankendi") == stepanakert);
    CHECK((stepanakert->flags & flag_contested) != 0);
    CHECK((stepanakert->flags & flag_inconsistent_in_article) != 0);  // one article writes both
    REQUIRE(stepanakert->contested.size() == 1);
    CHECK(stepanakert->contested[0].pair.side_a.front() == "Stepanakert");
    CHECK_FALSE(stepanakert->contested[0].articles_a.empty());
    CHECK_FALSE(stepanakert->contested[0].articles_b.empty());

    const PlaceVariants* gyumri = place_writing(s.report, "Gyumri");
    REQUIRE(gyumri);
    CHECK(forms(*gyumri) == std::set<std::string>{"Gyumri"});
    for (const PlaceVariants& v : s.report.places) {
        if (v.place == gyumri->place) continue;
        CHECK_FALSE(forms(v).count("Gyumri"));
    }
    // Two places the corpus names often stay two groups.
    CHECK(shusha != stepanakert);
    CHECK(shusha->place != stepanakert->place);

    const PlaceVariants* georgia = place_writing(s.report, "Georgia");
    REQUIRE(georgia);
    CHECK(s.atlas->gazetteer().facts(georgia->place).kind == PlaceKind::country);
    CHECK(forms(*georgia) == std::set<std::string>{"Georgia"});
    CHECK(georgia->suspects.empty());
    CHECK((georgia->flags & (flag_inconsistent_in_article | flag_inconsistent_across)) == 0);
}

TEST_CASE("sample corpus: known names are grouped by script, and the swapped Natural Earth rows are flagged") {
    const Sample& s = sample();
    const PlaceVariants* stepanakert = place_writing(s.report, "Stepanakert");
    REQUIRE(stepanakert);
    std::set<std::string> scripts;
    std::string previous;
    for (const KnownName& k : stepanakert->known) {
        CHECK_FALSE(k.lang.empty());
        // Grouped: once a script's names end, that script does not come back.
        if (k.script != previous) {
            CHECK_FALSE(scripts.count(k.script));
            scripts.insert(k.script);
            previous = k.script;
        }
    }
    CHECK(scripts.count("Latn"));
    CHECK(scripts.count("Cyrl"));
    CHECK(scripts.count("Armn"));
    CHECK(stepanakert->known.front().script == "Latn");

    CHECK((stepanakert->flags & flag_suspicious_gazetteer) != 0);
    bool stepanakert_row = false;
    for (const SuspiciousRow& r : s.report.suspicious_rows)
        stepanakert_row |= r.name == "Stepanakert" && r.gn_name == "Xocali Rayonu";
    CHECK(stepanakert_row);
}

TEST_CASE("placeline variants --format jsonl: the contract's keys, through the real executable") {
    e2e::Run r = e2e::run(std::string("variants --format jsonl ") + SAMPLE_CORPUS);
    REQUIRE(r.status == 0);
    auto rows = e2e::jsonl_rows(r.out);
    REQUIRE(rows.size() > 20);
    const std::vector<std::string> keys = {"place_id", "name", "forms", "known_names", "suspects", "flags"};
    bool yevlash = false, contested = false;
    size_t known_names = 0;
    // The keys, exactly and in this order (read with an order-keeping parser).
    std::istringstream lines(r.out);
    for (std::string line; std::getline(lines, line);) {
        auto ordered = nlohmann::ordered_json::parse(line);
        std::vector<std::string> got;
        for (auto it = ordered.begin(); it != ordered.end(); ++it) got.push_back(it.key());
        CHECK(got == keys);
    }
    for (const auto& row : rows) {
        CHECK(row["place_id"].is_string());
        CHECK(row["name"].is_string());
        // A place is in the report because a form or a suspected misspelling names it.
        CHECK((!row["forms"].empty() || !row["suspects"].empty()));
        known_names += row["known_names"].size();
        for (const auto& f : row["forms"]) {
            CHECK(f.size() == 3);
            CHECK(f["form"].is_string());
            CHECK(f["count"].get<int>() > 0);
            CHECK(f["files"].is_array());
        }
        for (const auto& k : row["known_names"]) {
            CHECK(k.size() == 2);
            CHECK(k["name"].is_string());
            CHECK(k["lang"].is_string());
        }
        for (const auto& x : row["suspects"]) {
            CHECK(x.size() == 6);
            CHECK(x["end"].get<int>() > x["start"].get<int>());
            CHECK(x["confidence"].get<double>() > 0);
            CHECK(x["confidence"].get<double>() <= 1);
            if (x["form"] == "Yevlash") {
                yevlash = true;
                CHECK(row["name"] == "Yevlakh");
                CHECK(x["end"].get<int>() - x["start"].get<int>() == 7);
            }
        }
        for (const auto& f : row["flags"]) contested |= f == "contested";
    }
    CHECK(yevlash);
    CHECK(contested);
    CHECK(known_names > 0);
    // The place ids are those `placeline geoparse` prints.
    e2e::Run gp = e2e::run(std::string("geoparse ") + SAMPLE_CORPUS);
    REQUIRE(gp.status == 0);
    std::set<std::string> ids;
    for (const auto& m : e2e::jsonl_rows(gp.out)) ids.insert(m["place_id"].get<std::string>());
    for (const auto& row : rows) CHECK(ids.count(row["place_id"].get<std::string>()));
}

TEST_CASE("placeline variants: Markdown and CSV reports") {
    e2e::Run md = e2e::run(std::string("variants ") + SAMPLE_CORPUS);
    REQUIRE(md.status == 0);
    CHECK(md.out.find("# Variant report") != std::string::npos);
    CHECK(md.out.find("Yevlash") != std::string::npos);
    CHECK(md.out.find("Contested names") != std::string::npos);
    e2e::Run csv = e2e::run(std::string("variants --format csv ") + SAMPLE_CORPUS);
    REQUIRE(csv.status == 0);
    CHECK(csv.out.rfind("place_id,name,kind,form,count,files,", 0) == 0);
    CHECK(csv.out.find(",suspect,Yevlash,") != std::string::npos);
    CHECK(csv.out.find(",form,Khankendi,") != std::string::npos);
}

TEST_CASE("placeline render --labels: the label choice changes the map's labels") {
    auto read = [](const std::string& path) {
        std::ifstream in(path, std::ios::binary);
        return std::string((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    };
    std::string english = e2e::temp_path("labels-english.png"), armenian = e2e::temp_path("labels-hy.png");
    REQUIRE(e2e::run("render --size 600x400 --labels english --out " + english + " " + SAMPLE_CORPUS).status == 0);
    REQUIRE(e2e::run("render --size 600x400 --labels hy --out " + armenian + " " + SAMPLE_CORPUS).status == 0);
    std::string a = read(english), b = read(armenian);
    REQUIRE_FALSE(a.empty());
    REQUIRE_FALSE(b.empty());
    CHECK(a != b);
}
