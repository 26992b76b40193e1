// The geoparser on the world-news test articles (tests/data/world-news: short articles written for
// the project in six languages, with hand gold; tests/data/world-news-2, a second set written as a
// held-out check), scored by the rules of the LGL scorer: a mention
// matches a gold span it overlaps (one to one, largest overlap first) and is resolved right when
// within 161 km of the gold point. The floors are what the geoparser reaches now, so a regression
// fails; scripts/score-world-news.sh prints the same figures with every miss.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <tuple>

#include "placeline/geo/gazetteer_load.hpp"
#include "skip.hpp"
#include "support.hpp"

namespace fs = std::filesystem;
using namespace placeline;

namespace {

struct Span {
    long start = 0, end = 0;
    double lat = 0, lon = 0;
    std::string text;
};

const std::string kDir = TEST_DATA "/world-news";
const std::string kLanguages = TEST_DATA "/languages";
const std::string kSecond = TEST_DATA "/world-news-2";

std::map<std::string, std::vector<Span>> read_gold(const std::string& dir = kDir) {
    std::map<std::string, std::vector<Span>> gold;
    std::ifstream in(dir + "/gold.tsv");
    REQUIRE(in);
    std::string line;
    std::getline(in, line);  // header
    while (std::getline(in, line)) {
        if (line.empty()) continue;
        std::vector<std::string> cols;
        std::stringstream ss(line);
        for (std::string col; std::getline(ss, col, '\t');) cols.push_back(col);
        REQUIRE(cols.size() == 6);
        gold[cols[0]].push_back({std::stol(cols[1]), std::stol(cols[2]), std::stod(cols[4]), std::stod(cols[5]), cols[3]});
    }
    return gold;
}

double distance_km(double lat1, double lon1, double lat2, double lon2) {
    constexpr double kRad = 3.14159265358979323846 / 180.0;
    double p1 = lat1 * kRad, p2 = lat2 * kRad;
    double a = std::pow(std::sin((p2 - p1) / 2), 2) + std::cos(p1) * std::cos(p2) * std::pow(std::sin((lon2 - lon1) * kRad / 2), 2);
    return 2 * 6371.009 * std::asin(std::min(1.0, std::sqrt(a)));
}

struct Scores {
    size_t gold = 0, predicted = 0, matched = 0, within161 = 0;
    std::string errors;
    double precision() const { return predicted ? double(matched) / double(predicted) : 0; }
    double recall() const { return gold ? double(matched) / double(gold) : 0; }
    double f1() const { return precision() + recall() > 0 ? 2 * precision() * recall() / (precision() + recall()) : 0; }
    double acc161() const { return matched ? double(within161) / double(matched) : 0; }
    // Every gold mention has coordinates: found and resolved within 161 km, of all of them.
    double end_to_end() const { return gold ? double(within161) / double(gold) : 0; }
};

// The scorer's matching: candidate pairs overlap by at least one code point, taken by largest
// overlap, then smallest boundary difference, then position; each span is used once.
Scores score(const std::map<std::string, std::vector<Span>>& gold, const std::map<std::string, std::vector<Span>>& pred) {
    Scores s;
    for (const auto& [f, g] : gold) s.gold += g.size();
    for (const auto& [f, p] : pred) s.predicted += p.size();
    for (const auto& [file, g] : gold) {
        auto it = pred.find(file);
        if (it == pred.end()) continue;
        const auto& p = it->second;
        std::vector<std::tuple<long, long, long, long, size_t, size_t>> pairs;
        for (size_t i = 0; i < g.size(); ++i)
            for (size_t j = 0; j < p.size(); ++j) {
                long overlap = std::min(g[i].end, p[j].end) - std::max(g[i].start, p[j].start);
                if (overlap > 0)
                    pairs.emplace_back(-overlap, std::labs(g[i].start - p[j].start) + std::labs(g[i].end - p[j].end),
                                       g[i].start, p[j].start, i, j);
            }
        std::sort(pairs.begin(), pairs.end());
        std::set<size_t> used_g, used_p;
        for (const auto& [o, d, gs, ps, i, j] : pairs) {
            if (used_g.count(i) || used_p.count(j)) continue;
            used_g.insert(i);
            used_p.insert(j);
            ++s.matched;
            double km = distance_km(g[i].lat, g[i].lon, p[j].lat, p[j].lon);
            if (km < 161.0)
                ++s.within161;
            else
                s.errors += "\n  " + file + " '" + g[i].text + "' " + std::to_string(long(km)) + " km off";
        }
        for (size_t i = 0; i < g.size(); ++i)
            if (!used_g.count(i)) s.errors += "\n  " + file + " '" + g[i].text + "' missed";
        for (size_t j = 0; j < p.size(); ++j)
            if (!used_p.count(j)) s.errors += "\n  " + file + " '" + p[j].text + "' not a gold place";
    }
    return s;
}

// Predictions of `geoparse` on every article of a folder's gold, by file name.
std::map<std::string, std::vector<Span>> geoparse_folder(const std::string& dir,
                                                          const std::map<std::string, std::vector<Span>>& gold) {
    std::string files;
    for (const auto& [file, spans] : gold) files += " '" + dir + "/" + file + "'";
    auto run = e2e::run("geoparse --format jsonl" + files);
    REQUIRE(run.status == 0);
    std::map<std::string, std::vector<Span>> pred;
    for (const auto& r : e2e::jsonl_rows(run.out))
        pred[fs::path(r["file"].get<std::string>()).filename().string()].push_back(
            {r["start"].get<long>(), r["end"].get<long>(), r["lat"].get<double>(), r["lon"].get<double>(),
             r["text"].get<std::string>()});
    return pred;
}

void check_gold_spans(const std::string& dir, size_t min_articles, size_t min_mentions) {
    auto gold = read_gold(dir);
    CHECK(gold.size() >= min_articles);
    size_t mentions = 0;
    for (const auto& [file, spans] : gold) {
        std::ifstream in(dir + "/" + file, std::ios::binary);
        REQUIRE_MESSAGE(in, file);
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        // Code points: every byte that does not continue a UTF-8 sequence starts one.
        std::vector<size_t> byte_of;
        for (size_t b = 0; b < text.size(); ++b)
            if ((static_cast<unsigned char>(text[b]) & 0xC0) != 0x80) byte_of.push_back(b);
        byte_of.push_back(text.size());
        for (const Span& s : spans) {
            REQUIRE(size_t(s.end) < byte_of.size());
            CHECK_MESSAGE(text.substr(byte_of[s.start], byte_of[s.end] - byte_of[s.start]) == s.text, file);
            ++mentions;
        }
    }
    CHECK(mentions >= min_mentions);
}

}  // namespace

TEST_CASE("world-news test articles: the gold spans are the text they name") { check_gold_spans(kDir, 25, 200); }

TEST_CASE("language test articles: the gold spans are the text they name") { check_gold_spans(kLanguages, 9, 60); }

TEST_CASE("second world-news test articles: the gold spans are the text they name") { check_gold_spans(kSecond, 13, 120); }

TEST_CASE("geoparse on the world-news test articles keeps its precision, recall and resolution within 161 km") {
    if (geo::default_gazetteer_sources().geonames.empty()) {
        test::skip("cities500.txt is not in the data cache: the world-news figures need the world gazetteer "
                   "(run scripts/fetch-data.sh)");
        return;
    }
    auto gold = read_gold();
    Scores s = score(gold, geoparse_folder(kDir, gold));
    MESSAGE("world-news: " << s.gold << " gold, " << s.predicted << " predicted, " << s.matched << " matched; precision "
                           << s.precision() << ", recall " << s.recall() << ", F1 " << s.f1() << ", acc161 " << s.acc161()
                           << s.errors);
    // Floors at the figures of the commit that set them (bench/README.md); raise them as it improves.
    // Rivers are matched but each at one point of a long line, which an annotator's point on
    // another stretch lies beyond 161 km of (the Indus, the Euphrates): acc161 is held at 0.88.
    CHECK(s.precision() >= 0.99);
    CHECK(s.recall() >= 0.93);
    CHECK(s.f1() >= 0.96);
    CHECK(s.acc161() >= 0.88);
    CHECK(s.end_to_end() >= 0.83);  // scripts/score-world-news.sh: "end-to-end within 161 km"
}

TEST_CASE("geoparse on the second world-news test articles, written as a held-out check, keeps its figures") {
    if (geo::default_gazetteer_sources().geonames.empty()) {
        test::skip("cities500.txt is not in the data cache: the world-news figures need the world gazetteer "
                   "(run scripts/fetch-data.sh)");
        return;
    }
    auto gold = read_gold(kSecond);
    Scores s = score(gold, geoparse_folder(kSecond, gold));
    MESSAGE("world-news-2: " << s.gold << " gold, " << s.predicted << " predicted, " << s.matched
                             << " matched; precision " << s.precision() << ", recall " << s.recall() << ", F1 " << s.f1()
                             << ", acc161 " << s.acc161() << s.errors);
    // Floors at the figures of the commit that set them (bench/README.md).
    CHECK(s.precision() >= 0.98);
    CHECK(s.recall() >= 0.92);
    CHECK(s.f1() >= 0.955);
    CHECK(s.acc161() >= 0.93);
    CHECK(s.end_to_end() >= 0.86);
}

TEST_CASE("geoparse reads articles in nine languages: Russian, Ukrainian, French, German, Spanish, Turkish, Azerbaijani, Armenian, Georgian") {
    if (geo::default_gazetteer_sources().geonames.empty()) {
        test::skip("cities500.txt is not in the data cache: the language figures need the world gazetteer "
                   "(run scripts/fetch-data.sh)");
        return;
    }
    auto gold = read_gold(kLanguages);
    auto pred = geoparse_folder(kLanguages, gold);
    Scores s = score(gold, pred);
    MESSAGE("languages: " << s.gold << " gold, " << s.predicted << " predicted, " << s.matched << " matched; precision "
                          << s.precision() << ", recall " << s.recall() << ", F1 " << s.f1() << ", acc161 " << s.acc161()
                          << s.errors);
    // Every language gives places.
    for (const auto& [file, spans] : gold) CHECK_MESSAGE(!pred[file].empty(), file);
    // Issue 14's Russian article gives its five places, inflected and in capitals, each within 161 km.
    const auto& ru = pred["01-ru-kharkiv.txt"];
    for (const auto& [word, lat, lon] : std::vector<std::tuple<std::string, double, double>>{
             {"ХАРЬКОВ", 49.99, 36.23}, {"Изюме", 49.21, 37.26}, {"Чугуеве", 49.84, 36.69}, {"Киевом", 50.45, 30.52},
             {"Гостомеля", 50.57, 30.27}}) {
        auto it = std::find_if(ru.begin(), ru.end(), [&](const Span& p) { return p.text == word; });
        REQUIRE_MESSAGE(it != ru.end(), word);
        CHECK_MESSAGE(distance_km(it->lat, it->lon, lat, lon) < 161, word);
    }
    // Floors at the figures of the commit that set them (bench/README.md).
    CHECK(s.precision() >= 0.96);
    CHECK(s.recall() >= 0.99);
    CHECK(s.acc161() >= 0.93);
    CHECK(double(s.within161) / double(s.gold) >= 0.93);  // end to end
}

namespace {

// Where the geoparser puts each gold mention of one name in one article: the matched prediction's
// distance from the gold point, or -1 when nothing is tagged there.
std::vector<double> placed(const std::vector<Span>& gold, const std::vector<Span>& pred, const std::string& name) {
    std::vector<double> out;
    for (const Span& g : gold) {
        if (g.text != name) continue;
        double km = -1;
        for (const Span& p : pred)
            if (std::min(g.end, p.end) > std::max(g.start, p.start)) km = distance_km(g.lat, g.lon, p.lat, p.lon);
        out.push_back(km);
    }
    return out;
}

}  // namespace

TEST_CASE("issue 14's examples in the world-news articles: each resolved within 161 km or not tagged, and those tagged stay so") {
    if (geo::default_gazetteer_sources().geonames.empty()) {
        test::skip("cities500.txt is not in the data cache: the examples need the world gazetteer (run scripts/fetch-data.sh)");
        return;
    }
    enum Now { tagged, untagged, too_far };
    struct Example {
        const char* folder;
        const char* file;
        const char* name;
        Now now;  // what the geoparser does today: tagged right, not tagged, or tagged too far
    };
    // The list as the articles write it ("Sea of Azov", "Dnipro River"). California, the
    // Democratic Republic of Congo and the Azov regiment are in none of the articles.
    const std::vector<Example> examples = {
        {"world-news", "01-en-paris-texas.txt", "Paris", tagged},
        {"world-news", "01-en-paris-texas.txt", "Texas", tagged},
        {"world-news", "02-en-springfield.txt", "Springfield", tagged},
        {"world-news", "02-en-springfield.txt", "Missouri", tagged},
        {"world-news", "07-en-presidents.txt", "Springfield", tagged},
        {"world-news-2", "02-en-manitoba-smoke.txt", "Ontario", tagged},
        {"world-news", "03-en-georgia-peach.txt", "Georgia", tagged},   // the state
        {"world-news", "04-en-georgia-tbilisi.txt", "Georgia", tagged}, // the country
        {"world-news", "05-en-gulf-of-mexico.txt", "Gulf of Mexico", tagged},
        {"world-news", "05-en-gulf-of-mexico.txt", "Lake Pontchartrain", tagged},
        {"world-news", "06-en-sea-of-azov.txt", "Sea of Azov", tagged},
        {"world-news", "08-en-kalam.txt", "Kalam", untagged},  // a town cities500 lacks (not "corrected" to Kalat)
        {"world-news", "08-en-kalam.txt", "Khyber Pakhtunkhwa", tagged},
        {"world-news", "09-en-everest.txt", "Everest", tagged},
        {"world-news", "09-en-everest.txt", "Tibet", tagged},
        {"world-news", "09-en-everest.txt", "Gorkha", untagged},  // a district town cities500 lacks
        {"world-news", "10-en-uk-nations.txt", "England", tagged},
        {"world-news", "10-en-uk-nations.txt", "Scotland", tagged},
        {"world-news", "10-en-uk-nations.txt", "Northern Ireland", tagged},
        {"world-news", "12-en-chernobyl.txt", "Chernobyl", untagged},  // abandoned: no population, not in cities500
        // Rivers are found, each at one point halfway along its stem (geo/river_stem.hpp), which for
        // these lies beyond 161 km of the gold's point on another stretch of the same river.
        {"world-news", "06-en-sea-of-azov.txt", "Dnipro River", too_far},
        {"world-news", "08-en-kalam.txt", "Indus", too_far},
        {"world-news", "11-en-euphrates.txt", "Euphrates", too_far},
    };
    std::map<std::string, std::map<std::string, std::vector<Span>>> gold, pred;
    for (const char* folder : {"world-news", "world-news-2"}) {
        const std::string dir = std::string(TEST_DATA) + "/" + folder;
        gold[folder] = read_gold(dir);
        pred[folder] = geoparse_folder(dir, gold[folder]);
    }
    for (const Example& e : examples) {
        std::vector<double> kms = placed(gold[e.folder][e.file], pred[e.folder][e.file], e.name);
        REQUIRE_MESSAGE(!kms.empty(), e.file << ": no gold mention '" << e.name << "'");
        for (double km : kms) {
            const std::string where = std::string(e.file) + " '" + e.name + "': " +
                                      (km < 0 ? std::string("not tagged") : std::to_string(long(km)) + " km off");
            INFO(where);
            if (e.now == too_far) {
                CHECK(km >= 0);           // still found...
                WARN(km < 161);           // ...and not yet where the gold puts it
            } else {
                CHECK((km < 0 || km < 161));  // the rule: right, or not tagged at all
                if (e.now == tagged) CHECK(km >= 0);
            }
        }
    }
    // Persons named like places are not places (the Bill Clinton, Abraham Lincoln,
    // Alexander the Great): nothing is tagged inside their names.
    const std::vector<std::tuple<std::string, std::string>> not_places = {
        {"07-en-presidents.txt", "Bill Clinton"}, {"07-en-presidents.txt", "Abraham Lincoln"},
        {"07-en-presidents.txt", "Alexander the Great"}};
    for (const auto& [file, words] : not_places) {
        std::ifstream in(kDir + "/" + file, std::ios::binary);
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        size_t at = text.find(words);
        REQUIRE_MESSAGE(at != std::string::npos, words);  // ASCII text: bytes are code points
        for (const Span& p : pred["world-news"][file])
            CHECK_MESSAGE(!(p.start < long(at + words.size()) && p.end > long(at)), words << ": '" << p.text << "' tagged");
    }
}
