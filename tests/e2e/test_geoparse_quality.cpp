// Precision and recall of the geoparser on the sample corpus, against hand annotations
// (tests/data/sample-annotations.tsv), with the gazetteer the app uses: GeoNames cities500 and the
// Natural Earth world layers from the data cache (scripts/fetch-data.sh puts them there).
#include <doctest/doctest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>

#include "placeline/atlas/atlas.hpp"
#include "placeline/geo/gazetteer_load.hpp"
#include "skip.hpp"

using namespace placeline;

namespace {

struct Gold {
    std::string file;
    size_t start = 0, end = 0;
    std::string text, place_id;
    bool optional = false;
};

struct Annotations {
    std::map<std::string, std::vector<std::pair<size_t, size_t>>> bodies;
    std::vector<Gold> mentions;
};

Annotations read_annotations() {
    Annotations a;
    std::ifstream in(TEST_DATA "/sample-annotations.tsv");
    REQUIRE(in);
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#' || line.rfind("kind\t", 0) == 0) continue;
        std::vector<std::string> cols;
        std::stringstream ss(line);
        for (std::string col; std::getline(ss, col, '\t');) cols.push_back(col);
        REQUIRE(cols.size() >= 4);
        if (cols[0] == "body") {
            a.bodies[cols[1]].push_back({std::stoul(cols[2]), std::stoul(cols[3])});
            continue;
        }
        REQUIRE(cols.size() == 6);
        a.mentions.push_back({cols[1], std::stoul(cols[2]), std::stoul(cols[3]), cols[4], cols[5], cols[0] == "optional"});
    }
    return a;
}

struct Found {
    std::string file;
    size_t start, end;
    std::string place_id, text;
    bool operator<(const Found& o) const { return std::tie(file, start, end) < std::tie(o.file, o.start, o.end); }
};

std::string base_name(const std::string& path) { return path.substr(path.find_last_of('/') + 1); }

std::shared_ptr<const Atlas> sample_atlas() {
    static std::shared_ptr<const Atlas> atlas = [] {
        Diagnostics diags;
        auto g = geo::load_gazetteer(geo::default_gazetteer_sources(), diags);
        return build_atlas({SAMPLE_CORPUS}, g, diags);
    }();
    return atlas;
}

std::vector<Found> found_mentions(const Atlas& atlas) {
    std::vector<Found> out;
    for (uint32_t a = 0; a < atlas.corpus().articles.size(); ++a) {
        const Article& art = atlas.corpus().articles[a];
        CodepointMap cps(art.text);
        for (const Mention& m : atlas.mentions())
            if (m.article == a)
                out.push_back({base_name(art.path), cps.to_codepoint(m.span.start), cps.to_codepoint(m.span.end),
                               std::string(atlas.gazetteer().id(m.place)), std::string(atlas.surface(m))});
    }
    return out;
}

bool world_gazetteer_present() {
    if (!geo::default_gazetteer_sources().geonames.empty()) return true;
    // A skip, not a pass: ctest reports it, and CI (set up with the data) fails on it.
    test::skip("cities500.txt is not in the data cache: the quality figures need the world gazetteer "
               "(run scripts/fetch-data.sh)");
    return false;
}

}  // namespace

TEST_CASE("precision and recall on the annotated sample corpus are at least 0.95") {
    if (!world_gazetteer_present()) return;
    Annotations gold = read_annotations();
    auto atlas = sample_atlas();
    std::map<std::tuple<std::string, size_t, size_t>, const Gold*> by_span;
    for (const Gold& g : gold.mentions) by_span[{g.file, g.start, g.end}] = &g;
    auto in_body = [&](const std::string& file, size_t s, size_t e) {
        for (auto [b, en] : gold.bodies[file])
            if (b <= s && e <= en) return true;
        return false;
    };

    size_t predicted = 0, correct = 0;
    std::set<std::tuple<std::string, size_t, size_t>> hit;
    std::string wrong;
    for (const Found& f : found_mentions(*atlas)) {
        if (!in_body(f.file, f.start, f.end)) continue;
        auto it = by_span.find({f.file, f.start, f.end});
        if (it != by_span.end() && it->second->optional) continue;
        ++predicted;
        if (it != by_span.end() && it->second->place_id == f.place_id) {
            ++correct;
            hit.insert(it->first);
        } else {
            wrong += "\n  " + f.file + " " + std::to_string(f.start) + " '" + f.text + "' -> " + f.place_id +
                     (it == by_span.end() ? " (not a place mention)" : " (expected " + it->second->place_id + ")");
        }
    }
    size_t relevant = 0;
    std::string missed;
    for (const Gold& g : gold.mentions) {
        if (g.optional) continue;
        ++relevant;
        if (!hit.count({g.file, g.start, g.end}))
            missed += "\n  " + g.file + " " + std::to_string(g.start) + " '" + g.text + "' " + g.place_id;
    }
    REQUIRE(predicted > 0);
    REQUIRE(relevant > 500);
    double precision = double(correct) / double(predicted), recall = double(correct) / double(relevant);
    MESSAGE("precision " << precision << " (" << correct << "/" << predicted << "), recall " << recall << " ("
                         << correct << "/" << relevant << ")" << "\nwrong:" << wrong << "\nmissed:" << missed);
    CHECK(precision >= 0.95);
    CHECK(recall >= 0.95);
}

TEST_CASE("every mission place is found in every form the articles use") {
    if (!world_gazetteer_present()) return;
    Annotations gold = read_annotations();
    auto atlas = sample_atlas();
    std::set<Found> found;
    for (const Found& f : found_mentions(*atlas)) found.insert(f);
    const std::set<std::string> mission = {"gn:146970", "gn:147105", "pl:lachin-corridor",
                                           "gn:584649", "gn:616635", "pl:nakhchivan-ar"};
    std::map<std::string, std::set<std::string>> forms;
    for (const Gold& g : gold.mentions) {
        if (!mission.count(g.place_id)) continue;
        forms[g.place_id].insert(g.text);
        auto it = found.find({g.file, g.start, g.end, "", ""});
        INFO(g.file << " " << g.start << " '" << g.text << "'");
        REQUIRE(it != found.end());
        CHECK(it->place_id == g.place_id);
    }
    CHECK(forms.size() == mission.size());  // all six are in the annotations...
    // ...in the forms the articles use, misspelling included.
    CHECK(forms["gn:146970"] == std::set<std::string>{"Stepanakert", "Khankendi"});
    CHECK(forms["gn:147105"] == std::set<std::string>{"Shusha", "Shushi"});
    CHECK(forms["pl:lachin-corridor"] == std::set<std::string>{"Lachin Corridor", "Lachin corridor"});
    CHECK(forms["gn:584649"] == std::set<std::string>{"Yevlash"});
}

TEST_CASE("the misspelt Yevlash resolves to Yevlakh, flagged fuzzy with a low score") {
    if (!world_gazetteer_present()) return;
    auto atlas = sample_atlas();
    bool seen = false;
    for (const Mention& m : atlas->mentions()) {
        if (atlas->surface(m) != "Yevlash") continue;
        seen = true;
        CHECK(atlas->gazetteer().id(m.place) == "gn:584649");
        CHECK((m.flags & mention_fuzzy) != 0);
        CHECK(m.score < 0.5f);
        CHECK(m.why.weight_of(Signal::fuzzy) < 0);
        CHECK(m.why.weight_of(Signal::demonym_cue) > 0);  // "the Azerbaijani city of"
    }
    CHECK(seen);
}
