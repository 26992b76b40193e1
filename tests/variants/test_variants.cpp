// The variant checker's pieces: the weighted distance, labels with dates, the reference lists,
// and the suspect filters on a small gazetteer.
#include <doctest/doctest.h>

#include <fstream>
#include <set>

#include "places/gazetteer_fixture.hpp"
#include "placeline/corpus/article.hpp"
#include "placeline/base/data_paths.hpp"
#include "placeline/places/matcher.hpp"
#include "placeline/variants/variants.hpp"

using namespace placeline;
using test::make_place;

TEST_CASE("variant_distance: keyboard slips and transliteration swaps cost less than unrelated letters") {
    CHECK(variant_distance("yevlash", "yevlakh") == doctest::Approx(1.0f));
    // One transliteration apart: kh for x, e for a.
    CHECK(variant_distance("khankendi", "xankandi") < 1.0f);
    CHECK(variant_distance("yevlakh", "yevlax") < 0.5f);
    // A neighbouring key costs less than a far one.
    CHECK(variant_distance("stepanakwrt", "stepanakert") < variant_distance("stepanakmrt", "stepanakert"));
    // A swap of two letters, a doubled letter.
    CHECK(variant_distance("stepanakret", "stepanakert") < 1.0f);
    CHECK(variant_distance("gyumrri", "gyumri") == doctest::Approx(0.5f));
    // Different places stay far apart.
    CHECK(variant_distance("gyumri", "goris") > 1.5f);
    CHECK(variant_distance("georgia", "gori") > 1.5f);
    CHECK(variant_distance("shusha", "shusha") == 0.0f);
    // Symmetric.
    CHECK(variant_distance("lachin", "laçin") == variant_distance("laçin", "lachin"));
}

TEST_CASE("label_for: names with dates follow the time window, modes choose the language") {
    Place gyumri = make_place("gn:616635", "Gyumri", PlaceKind::admin_seat, "AM", 40.79, 43.85, 121976,
                              {"Gumri", "Гюмри"});
    gyumri.names.push_back({"Գյումրի", "hy"});
    const std::vector<DatedName> dated = {
        {"Gyumri", "AM", "Alexandropol", "en", 1837, 1924, "t"}, {"Gyumri", "AM", "Leninakan", "en", 1924, 1990, "t"},
        {"Gyumri", "AM", "Ленинакан", "ru", 1924, 1990, "t"},      {"Gyumri", "AM", "Kumayri", "en", 1990, 1992, "t"}};
    auto year = [](int y) { return span_of_year(y); };
    const LabelChoice english{LabelMode::english, ""};
    CHECK(label_for(gyumri, english, year(1880), dated) == "Alexandropol");
    CHECK(label_for(gyumri, english, year(1924), dated) == "Leninakan");  // the renaming year: the new name
    CHECK(label_for(gyumri, english, year(1950), dated) == "Leninakan");
    CHECK(label_for(gyumri, english, year(1991), dated) == "Kumayri");
    CHECK(label_for(gyumri, english, year(2023), dated) == "Gyumri");
    CHECK(label_for(gyumri, english, year(1700), dated) == "Gyumri");
    // The window's last day decides: a window from 1950 to today shows today's name.
    CHECK(label_for(gyumri, english, {make_day(1950, 1, 1), make_day(2023, 9, 19)}, dated) == "Gyumri");
    // The whole of time (the app's default before a corpus is loaded).
    CHECK(label_for(gyumri, english, {INT32_MIN / 2, INT32_MAX / 2}, dated) == "Gyumri");

    const LabelChoice russian{LabelMode::language, "ru"};
    CHECK(label_for(gyumri, russian, year(1950), dated) == "Ленинакан");
    CHECK(label_for(gyumri, russian, year(1880), dated) == "Alexandropol");  // no Russian row: the English one
    CHECK(label_for(gyumri, russian, year(2023), dated) == "Гюмри");
    CHECK(label_for(gyumri, {LabelMode::language, "Armn"}, year(2023), dated) == "Գյումրի");
    CHECK(label_for(gyumri, {LabelMode::local, ""}, year(2023), dated) == "Գյումրի");
    CHECK(label_for(gyumri, {LabelMode::most_written, ""}, year(2023), dated, "Gumri") == "Gumri");
    CHECK(label_for(gyumri, {LabelMode::most_written, ""}, year(2023), dated) == "Gyumri");
    // Another place of the same name elsewhere keeps its own.
    Place other = make_place("gn:1", "Gyumri", PlaceKind::village, "US", 40, -75);
    CHECK(label_for(other, english, year(1950), dated) == "Gyumri");
    // A language the place has no name in: the English name.
    CHECK(label_for(gyumri, {LabelMode::language, "ka"}, year(2023), dated) == "Gyumri");
    CHECK(label_mode_from_string(to_string(LabelMode::local)) == LabelMode::local);
    CHECK(label_mode_from_string("nonsense") == LabelMode::most_written);
}

TEST_CASE("the shipped lists read without complaint, a bad row is named by line and skipped") {
    Diagnostics diags;
    VariantData data = load_variant_data(diags);
    CHECK(diags.snapshot().empty());
    CHECK(data.contested.size() >= 4);
    CHECK(data.dated.size() >= 5);
    for (const DatedName& d : data.dated) CHECK_FALSE(d.source.empty());
    for (const ContestedPair& c : data.contested) CHECK_FALSE(c.source.empty());

    std::string dir = test::temp_dir("variants-lists");
    std::ofstream(dir + "/dated.tsv") << "# comment\nplace\tcountry\tname\tlang\tfrom\tto\tsource\n"
                                         "Gyumri\tAM\tLeninakan\ten\t1924\t1990\ts\n"
                                         "Gyumri\tAM\tBad\ten\t1990\t1924\ts\n"
                                         "too\tfew\n";
    Diagnostics bad;
    auto rows = read_dated_names(dir + "/dated.tsv", bad);
    CHECK(rows.size() == 1);
    auto problems = bad.snapshot();
    REQUIRE(problems.size() == 2);
    CHECK(problems[0].line == 4);
    CHECK(problems[1].line == 5);
}

namespace {

std::shared_ptr<const Atlas> small_atlas(const std::vector<std::string>& texts) {
    GazetteerBuilder b;
    b.add(make_place("ne:AZ", "Azerbaijan", PlaceKind::country, "AZ", 40.15, 47.73));
    b.add(make_place("ne:AM", "Armenia", PlaceKind::country, "AM", 40.06, 44.85));
    b.add(make_place("gn:584649", "Yevlakh", PlaceKind::admin_seat, "AZ", 40.62, 47.15, 127400, {"Yevlax"}, "PPLA"));
    b.add(make_place("gn:146970", "Stepanakert", PlaceKind::admin_seat, "AZ", 39.82, 46.75, 55200,
                     {"Khankendi", "Xankandi"}, "PPLA"));
    b.add(make_place("gn:616635", "Gyumri", PlaceKind::admin_seat, "AM", 40.79, 43.85, 121976, {}, "PPLA"));
    b.add(make_place("gn:174895", "Goris", PlaceKind::city, "AM", 39.51, 46.34, 20379, {}, "PPL"));
    auto g = b.build();
    Diagnostics diags;
    std::vector<Article> articles;
    for (size_t i = 0; i < texts.size(); ++i)
        articles.push_back(make_article(std::string(1, char('a' + i)) + ".txt", texts[i], diags, 0));
    Corpus corpus = build_corpus(std::move(articles));
    auto mentions = geoparse(*g, corpus);
    return std::make_shared<Atlas>(std::move(corpus), g, std::move(mentions));
}

std::shared_ptr<const Atlas> small_atlas(const std::string& text) { return small_atlas(std::vector{text}); }

std::vector<std::string> suspect_forms(const VariantReport& r) {
    std::vector<std::string> out;
    for (const PlaceVariants& v : r.places)
        for (const Suspect& s : v.suspects) out.push_back(s.form);
    return out;
}

}  // namespace

TEST_CASE("suspects: a near spelling of a place the article names, not people, demonyms or English words") {
    auto atlas = small_atlas(
        "Refugees left Stepanakert for Goris. In Stepanakret the lights went out. Gyumri was calm, and so was "
        "Gyumrri. Armenians and Azerbaijanis spoke. Goriss Melikyan, a teacher, said so. Nothing ruled Gorisy. "
        "The gorisy were gone.");
    VariantReport r = build_variant_report(*atlas, {});
    auto forms = suspect_forms(r);
    CHECK(forms == std::vector<std::string>{"Stepanakret", "Gyumrri"});
    const PlaceVariants* step = r.find(atlas->gazetteer().find_id("gn:146970"));
    REQUIRE(step);
    REQUIRE(step->suspects.size() == 1);
    CHECK(step->suspects[0].start == 40);
    CHECK(step->suspects[0].end == 51);
    CHECK(step->suspects[0].nearest == "Stepanakert");
    CHECK(step->suspects[0].confidence > 0.6f);
    CHECK((step->flags & flag_misspelt) != 0);
}

TEST_CASE("report: forms per article, inconsistency in an article and across articles") {
    auto atlas = small_atlas("Stepanakert, or Khankendi, is the city. Khankendi again. Yevlakh.");
    VariantReport r = build_variant_report(*atlas, {});
    const PlaceVariants* step = r.find(atlas->gazetteer().find_id("gn:146970"));
    REQUIRE(step);
    REQUIRE(step->forms.size() == 2);
    CHECK(step->forms[0].form == "Khankendi");
    CHECK(step->forms[0].count == 2);
    CHECK(step->forms[1].form == "Stepanakert");
    CHECK((step->flags & flag_inconsistent_in_article) != 0);
    CHECK((step->flags & flag_inconsistent_across) == 0);  // one article only
    CHECK(step->inconsistent_articles == std::vector<uint32_t>{0});
    const PlaceVariants* yevlakh = r.find(atlas->gazetteer().find_id("gn:584649"));
    REQUIRE(yevlakh);
    CHECK(yevlakh->flags == 0);
}

TEST_CASE("the label as most articles write it: the form each article uses most, not one every article drops once") {
    auto atlas = small_atlas(std::vector<std::string>{
        "Stepanakert was dark. Stepanakert waited. Some call it Khankendi.",
        "In Stepanakert, crowds. Stepanakert emptied. Khankendi, said Baku.", "Khankendi was quiet."});
    auto forms = most_written_forms(*atlas);
    PlaceIndex step = atlas->gazetteer().find_id("gn:146970");
    REQUIRE(forms.count(step) == 1);
    // Khankendi is in all three articles, but two of them write Stepanakert most.
    CHECK(forms[step] == "Stepanakert");
}

TEST_CASE("suspicious gazetteer rows: two admin-1 rows with swapped gn_names, not a city inside its county") {
    GazetteerBuilder b;
    auto row = [&](std::string id, const char* country, double lat, double lon, const char* name, const char* gn) {
        Place p = make_place(std::move(id), name, PlaceKind::admin1, country, lat, lon);
        p.names = {{name, "und-Latn-x-ne"}, {gn, "und-Latn-x-gn"}};
        b.add(std::move(p));
    };
    b.add(make_place("gn:146970", "Stepanakert", PlaceKind::admin_seat, "AZ", 39.82, 46.75, 55200, {"Xankandi"}, "PPLA"));
    b.add(make_place("gn:147774", "Xocalı", PlaceKind::admin_seat, "AZ", 39.91, 46.79, 2000, {}, "PPLA"));
    row("ne1:aze:stepanakert", "AZ", 39.9, 46.8, "Stepanakert", "Xocali Rayonu");
    row("ne1:aze:xocali", "AZ", 39.82, 46.75, "Xocalı", "Xankandi Sahari");
    b.add(make_place("gn:715429", "Szeged", PlaceKind::admin_seat, "HU", 46.25, 20.15, 161000, {}, "PPLA"));
    b.add(make_place("gn:721592", "Csongrád", PlaceKind::city, "HU", 46.71, 20.14, 16000, {}, "PPL"));
    row("ne1:hun:szeged", "HU", 46.25, 20.15, "Szeged", "Csongrad megye");
    row("ne1:hun:csongrad", "HU", 46.5, 20.3, "Csongrád", "Csongrad megye");
    auto g = b.build();
    std::set<std::string> flagged;
    for (const SuspiciousRow& r : suspicious_admin1_rows(*g)) flagged.insert(std::string(g->id(r.row)));
    CHECK(flagged == std::set<std::string>{"ne1:aze:stepanakert", "ne1:aze:xocali"});
}
