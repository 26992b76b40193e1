// The overrides file: where it lives, saving and loading it, and which correction wins.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "places/gazetteer_fixture.hpp"
#include "placeline/corpus/article.hpp"
#include "placeline/corpus/corpus.hpp"
#include "placeline/places/matcher.hpp"
#include "placeline/places/overrides.hpp"

using namespace placeline;
namespace fs = std::filesystem;

TEST_CASE("overrides live in the corpus folder, round-trip through the file, and report bad entries") {
    std::string dir = test::temp_dir("file");
    CHECK(Overrides::path_for({dir}) == dir + "/placeline-overrides.json");
    CHECK(Overrides::path_for({dir + "/a.txt"}) == dir + "/placeline-overrides.json");
    Diagnostics diags;
    Overrides o = Overrides::load(Overrides::path_for({dir}), diags);
    CHECK(o.empty());  // no file: no overrides, no message
    CHECK(diags.size() == 0);
    o.set({"georgia", "", 0, 0, "ne:GE"});
    o.set({"georgia", "", 0, 0, "ne1:usa:georgia"});  // same scope: replaced
    o.set({"baku", o.relative(dir + "/a.txt"), 10, 14, ""});
    REQUIRE(o.items().size() == 2);
    REQUIRE(o.save().empty());
    Overrides back = Overrides::load(o.path(), diags);
    REQUIRE(back.items().size() == 2);
    CHECK(back.find("b.txt", 0, 7, "georgia")->place_id == "ne1:usa:georgia");
    const Override* m = back.find("a.txt", 10, 14, "baku");
    REQUIRE(m);
    CHECK(m->per_mention());
    CHECK(m->place_id.empty());
    CHECK(back.find("a.txt", 11, 14, "baku") == nullptr);
    CHECK(back.clear(*m));
    CHECK(back.items().size() == 1);

    std::ofstream(o.path()) << "{ not json";
    Diagnostics bad;
    CHECK(Overrides::load(o.path(), bad).empty());
    REQUIRE(bad.size() == 1);
    CHECK(bad.snapshot()[0].file == o.path());
    fs::remove_all(dir);
}

TEST_CASE("geoparse applies corrections: another place, not a place, and a match the resolver dropped") {
    GazetteerBuilder b;
    b.add(test::make_place("ne:GE", "Georgia", PlaceKind::country, "GE", 42.29, 43.64));
    b.add(test::make_place("ne1:usa:georgia", "Georgia", PlaceKind::admin1, "US", 32.7, -83.4));
    b.add(test::make_place("gn:587084", "Baku", PlaceKind::capital, "AZ", 40.38, 49.89, 1116513));
    b.add(test::make_place("gn:3070291", "Most", PlaceKind::city, "CZ", 50.5, 13.64, 67905));
    auto g = b.build();
    std::string dir = test::temp_dir("apply");
    Diagnostics diags;
    std::vector<Article> articles;
    articles.push_back(make_article(dir + "/a.txt", "Georgia and Baku. Most people agreed. Georgia again.", diags, 0));
    Corpus corpus = build_corpus(std::move(articles));

    auto plain = geoparse(*g, corpus);
    REQUIRE(plain.size() == 3);  // Georgia, Baku, Georgia; "Most" needs evidence
    CHECK(g->id(plain[0].place) == "ne:GE");

    Overrides o = Overrides::load(Overrides::path_for({dir}), diags);
    o.set({"georgia", "", 0, 0, "ne1:usa:georgia"});
    o.set({"baku", "", 0, 0, ""});
    o.set({"most", o.relative(dir + "/a.txt"), 18, 22, "gn:3070291"});
    auto fixed = geoparse(*g, corpus, &o);
    REQUIRE(fixed.size() == 3);
    CHECK(g->id(fixed[0].place) == "ne1:usa:georgia");
    CHECK(g->id(fixed[1].place) == "gn:3070291");
    CHECK((fixed[1].flags & mention_overridden) != 0);
    CHECK(fixed[1].why.weight_of(Signal::override_) > 0);
    CHECK(g->id(fixed[2].place) == "ne1:usa:georgia");

    // A per-mention correction wins over the one for every such name.
    o.set({"georgia", o.relative(dir + "/a.txt"), 38, 45, "ne:GE"});
    auto mixed = geoparse(*g, corpus, &o);
    REQUIRE(mixed.size() == 3);
    CHECK(g->id(mixed[0].place) == "ne1:usa:georgia");
    CHECK(g->id(mixed[2].place) == "ne:GE");
    fs::remove_all(dir);
}
