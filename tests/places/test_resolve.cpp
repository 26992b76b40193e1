// Resolution: which place a name is, or that it is none, and the evidence kept for it.
#include <doctest/doctest.h>

#include <algorithm>
#include <cmath>
#include <random>
#include <set>
#include <unordered_map>

#include "places/gazetteer_fixture.hpp"
#include "places/great_circle.hpp"
#include "places/pair_numbers.hpp"
#include "placeline/places/matcher.hpp"
#include "placeline/places/resolution.hpp"

using namespace placeline;
using test::make_place;

namespace {

// A little world with the ambiguities the issue names.
std::shared_ptr<const Gazetteer> world() {
    GazetteerBuilder b;
    b.add(make_place("ne:GE", "Georgia", PlaceKind::country, "GE", 42.29, 43.64));
    b.add(make_place("ne1:usa:georgia", "Georgia", PlaceKind::admin1, "US", 32.7, -83.4));
    b.add(make_place("ne:AM", "Armenia", PlaceKind::country, "AM", 40.06, 44.85));
    b.add(make_place("ne:AZ", "Azerbaijan", PlaceKind::country, "AZ", 40.15, 47.73));
    b.add(make_place("ne:ES", "Spain", PlaceKind::country, "ES", 40.2, -3.6));
    b.add(make_place("ne:NI", "Nicaragua", PlaceKind::country, "NI", 12.9, -85.0));
    b.add(make_place("ne:CZ", "Czechia", PlaceKind::country, "CZ", 49.8, 15.5));
    b.add(make_place("ne:RU", "Russia", PlaceKind::country, "RU", 61.0, 96.0));
    b.add(make_place("gn:4180439", "Atlanta", PlaceKind::admin_seat, "US", 33.75, -84.39, 498715, {}, "PPLA"));
    b.add(make_place("gn:611717", "Tbilisi", PlaceKind::capital, "GE", 41.69, 44.83, 1049498, {}, "PPLC"));
    b.add(make_place("gn:174895", "Goris", PlaceKind::city, "AM", 39.51, 46.34, 20379, {}, "PPL"));
    b.add(make_place("gn:614455", "Gori", PlaceKind::city, "GE", 41.98, 44.11, 45557, {"Goris"}, "PPL"));
    b.add(make_place("gn:147625", "Lachin", PlaceKind::admin_seat, "AZ", 39.6, 46.55, 2300, {}, "PPLA", true));
    b.add(make_place("gn:2517117", "Granada", PlaceKind::admin_seat, "ES", 37.19, -3.61, 234325, {}, "PPLA2"));
    b.add(make_place("gn:3619136", "Granada", PlaceKind::admin_seat, "NI", 11.93, -85.96, 89409, {}, "PPLA"));
    b.add(make_place("gn:3070291", "Most", PlaceKind::city, "CZ", 50.5, 13.64, 67905, {}, "PPL"));
    b.add(make_place("gn:473247", "Vladimir", PlaceKind::admin_seat, "RU", 56.13, 40.4, 310024, {}, "PPLA"));
    b.add(make_place("gn:625144", "Minsk", PlaceKind::capital, "BY", 53.9, 27.57, 1742124, {}, "PPLC"));
    b.add(make_place("gn:524901", "Moscow", PlaceKind::capital, "RU", 55.75, 37.62, 10381222, {}, "PPLC"));
    b.add(make_place("gn:584649", "Yevlakh", PlaceKind::admin_seat, "AZ", 40.62, 47.15, 127400, {"Yevlax", "Evlakh"}, "PPLA"));
    b.add(make_place("gn:147429", "Nakhchivan", PlaceKind::admin_seat, "AZ", 39.21, 45.41, 64754, {}, "PPLA", true));
    b.add(make_place("pl:nakhchivan-ar", "Nakhchivan Autonomous Republic", PlaceKind::admin1, "AZ", 39.33, 45.48, 0,
                     {"Nakhchivan"}, "", true));
    b.add(make_place("gn:000001", "Armenian", PlaceKind::village, "US", 40.0, -75.0, 600));
    // Issue 14's examples: qualified names, persons named like towns.
    b.add(make_place("ne:FR", "France", PlaceKind::country, "FR", 46.6, 2.45));
    b.add(make_place("gn:2988507", "Paris", PlaceKind::capital, "FR", 48.85, 2.35, 2138551, {}, "PPLC"));
    b.add(make_place("gn:4717560", "Paris", PlaceKind::admin_seat, "US", 33.66, -95.56, 24782, {}, "PPLA2"));
    b.add(make_place("ne1:usa:texas", "Texas", PlaceKind::admin1, "US", 31.5, -99.36));
    b.add(make_place("ne1:usa:missouri", "Missouri", PlaceKind::admin1, "US", 38.37, -92.49));
    b.add(make_place("gn:4250542", "Springfield", PlaceKind::admin_seat, "US", 39.8, -89.64, 116565, {}, "PPLA"));
    b.add(make_place("gn:4409896", "Springfield", PlaceKind::admin_seat, "US", 37.22, -93.3, 166810, {}, "PPLA2"));
    b.add(make_place("ne1:can:ontario", "Ontario", PlaceKind::admin1, "CA", 50.06, -85.83));
    b.add(make_place("gn:5379439", "Ontario", PlaceKind::city, "US", 34.06, -117.65, 175265, {}, "PPL"));
    b.add(make_place("gn:6058560", "London", PlaceKind::city, "CA", 42.98, -81.23, 346765, {}, "PPL"));
    b.add(make_place("gn:2643743", "London", PlaceKind::capital, "GB", 51.51, -0.13, 8961989, {}, "PPLC"));
    b.add(make_place("gn:5072006", "Lincoln", PlaceKind::admin_seat, "US", 40.8, -96.67, 258379, {}, "PPLA"));
    b.add(make_place("gn:264371", "Athens", PlaceKind::capital, "GR", 37.98, 23.73, 664046, {}, "PPLC"));
    b.add(make_place("gn:4180386", "Athens", PlaceKind::admin_seat, "US", 33.96, -83.38, 127315, {}, "PPLA2"));
    b.add(make_place("gn:703448", "Kyiv", PlaceKind::capital, "UA", 50.45, 30.52, 2797553, {"Киев", "Київ"}, "PPLC"));
    b.add(make_place("gn:707292", "Hostomel", PlaceKind::city, "UA", 50.57, 30.27, 16000, {"Гостомель"}, "PPL"));
    b.add(make_place("gn:706483", "Kharkiv", PlaceKind::admin_seat, "UA", 49.98, 36.25, 1430885, {"Харьков", "Харків"}, "PPLA"));
    b.add(make_place("gn:4705005", "Jones", PlaceKind::city, "US", 35.9, -97.3, 2900, {}, "PPL"));
    // Китая is China's genitive; Кита is one of Quito's names. Batumi and Rome by their Georgian names.
    b.add(make_place("ne:CN", "China", PlaceKind::country, "CN", 35.0, 103.0, 0, {"Китай"}));
    b.add(make_place("gn:3652462", "Quito", PlaceKind::capital, "EC", -0.23, -78.52, 1399814, {"Кита"}, "PPLC"));
    b.add(make_place("gn:615532", "Batumi", PlaceKind::admin_seat, "GE", 41.64, 41.63, 121806, {"ბათუმი"}, "PPLA"));
    b.add(make_place("gn:3169070", "Rome", PlaceKind::capital, "IT", 41.89, 12.48, 2318895, {"რომ"}, "PPLC"));
    b.add(make_place("gn:2867714", "Munich", PlaceKind::admin_seat, "DE", 48.14, 11.58, 1260391, {"München"}, "PPLA"));
    b.add(make_place("gn:3020035", "Eu", PlaceKind::city, "FR", 50.05, 1.42, 7000, {}, "PPL"));
    b.add(make_place("ne:US", "United States", PlaceKind::country, "US", 39.8, -98.6, 0, {"US"}));
    b.add(make_place("gn:3036433", "Auch", PlaceKind::admin_seat, "FR", 43.65, 0.58, 21000, {}, "PPLA2"));
    b.add(make_place("gn:702550", "Lviv", PlaceKind::admin_seat, "UA", 49.84, 24.02, 717803, {"Львів"}, "PPLA"));
    // Seas the gazetteer lacks, named after a town, a country, a capital.
    b.add(make_place("gn:580054", "Azov", PlaceKind::city, "RU", 47.11, 39.42, 82000, {}, "PPL"));
    b.add(make_place("ne:MX", "Mexico", PlaceKind::country, "MX", 23.9, -102.5));
    b.add(make_place("gn:3530597", "Mexico City", PlaceKind::capital, "MX", 19.43, -99.13, 12294193, {"Mexico"}, "PPLC"));
    b.add(make_place("ne1:png:gulf", "Gulf", PlaceKind::admin1, "PG", -7.38, 144.8));
    // A real town the gazetteer lacks, one letter from a town it holds.
    b.add(make_place("ne:PK", "Pakistan", PlaceKind::country, "PK", 30.0, 70.0));
    b.add(make_place("gn:1174451", "Kalat", PlaceKind::admin_seat, "PK", 29.03, 66.59, 29000, {}, "PPLA2"));
    return b.build();
}

struct Result {
    std::vector<Mention> mentions;
    std::string text;
    const Gazetteer* g;
    // The place id of the mention whose text starts at the n-th occurrence of `word`.
    std::string place_of(std::string_view word, int nth = 0) const {
        size_t at = 0;
        for (int k = 0; k <= nth; ++k) at = text.find(word, k ? at + 1 : 0);
        // "none" for a word the text does not hold would prove nothing.
        REQUIRE_MESSAGE(at != std::string::npos, "no '", word, "' in the text");
        for (const Mention& m : mentions)
            if (m.span.start == at) return std::string(g->id(m.place));
        return "none";
    }
};

Result parse(const Gazetteer& g, std::string text) {
    Result r{{}, std::move(text), &g};
    r.mentions = resolve(g, r.text, match_names(g, r.text));
    return r;
}

}  // namespace

TEST_CASE("context: Georgia is the country in a Caucasus article, the state beside Atlanta") {
    auto g = world();
    CHECK(parse(*g, "Talks in Tbilisi, Armenia and Azerbaijan. Georgia hosted them.").place_of("Georgia") == "ne:GE");
    CHECK(parse(*g, "He flew to Atlanta. Georgia voted on Tuesday.").place_of("Georgia") == "ne1:usa:georgia");
}

TEST_CASE("context: Goris beside Lachin is the Armenian town, not Gori in Georgia") {
    auto g = world();
    auto r = parse(*g, "The road from Lachin in Azerbaijan to Goris in Armenia was closed.");
    REQUIRE(r.place_of("Goris") == "gn:174895");
    const Mention& m = *std::find_if(r.mentions.begin(), r.mentions.end(),
                                     [&](const Mention& x) { return g->id(x.place) == "gn:174895"; });
    CHECK(m.why.weight_of(Signal::context_distance) > 0);
    REQUIRE(m.why.runner_up_count >= 1);
    CHECK(g->id(m.why.runners_up[0].place) == "gn:614455");
    CHECK(m.why.candidates == 2);
}

TEST_CASE("qualifiers: Granada, Spain and Granada, Nicaragua") {
    auto g = world();
    auto spain = parse(*g, "The summit in Granada, Spain ended.");
    CHECK(spain.place_of("Granada") == "gn:2517117");
    CHECK(spain.place_of("Spain") == "ne:ES");
    auto nicaragua = parse(*g, "The summit in Granada, Nicaragua ended.");
    CHECK(nicaragua.place_of("Granada") == "gn:3619136");
    size_t qualified = 0;
    for (const Mention& m : nicaragua.mentions)
        if (g->id(m.place) == "gn:3619136") {
            CHECK((m.flags & mention_qualified) != 0);
            CHECK(m.why.weight_of(Signal::qualifier) > 0);
            ++qualified;
        }
    CHECK(qualified == 1);
}

TEST_CASE("one sense per name per document, unless a qualifier says otherwise") {
    auto g = world();
    auto r = parse(*g, "Granada, Nicaragua is old. Later Granada grew.");
    CHECK(r.place_of("Granada", 0) == "gn:3619136");
    CHECK(r.place_of("Granada", 1) == "gn:3619136");
}

TEST_CASE("common words need evidence") {
    auto g = world();
    CHECK(parse(*g, "Most importantly, talks went on.").place_of("Most") == "none");
    CHECK(parse(*g, "The plant in Most, Czechia closed.").place_of("Most") == "gn:3070291");
}

TEST_CASE("parts of people's and organisations' names are not places") {
    auto g = world();
    auto r = parse(*g, "Vladimir Solovyov wrote that the Minsk Group failed. Solovyov met officials in Minsk.");
    CHECK(r.place_of("Vladimir") == "none");
    CHECK(r.place_of("Minsk", 0) == "none");
    CHECK(r.place_of("Minsk", 1) == "gn:625144");
    CHECK(parse(*g, "The Minsk group of the OSCE met.").place_of("Minsk") == "none");
}

TEST_CASE("metonyms resolve to the city, demonyms are not mentions") {
    auto g = world();
    auto r = parse(*g, "Moscow said Armenian troops would leave.");
    CHECK(r.place_of("Moscow") == "gn:524901");
    CHECK(r.place_of("Armenian") == "none");  // a village of that name exists, but this is an adjective
}

TEST_CASE("cue words: the exclave of Nakhchivan is the republic, the city of Nakhchivan the city") {
    auto g = world();
    CHECK(parse(*g, "A road to the Azerbaijani exclave of Nakhchivan.").place_of("Nakhchivan") == "pl:nakhchivan-ar");
    CHECK(parse(*g, "Flights to the city of Nakhchivan resumed.").place_of("Nakhchivan") == "gn:147429");
}

TEST_CASE("a misspelling after a cue is matched fuzzily, flagged and scored low") {
    auto g = world();
    auto r = parse(*g, "They met in the Azerbaijani city of Yevlash on Monday.");
    REQUIRE(r.place_of("Yevlash") == "gn:584649");
    for (const Mention& m : r.mentions) {
        CHECK((m.flags & mention_fuzzy) != 0);
        CHECK(m.score < 0.5f);
        REQUIRE(m.why.name_key < g->keys().size());
        CHECK(g->key_text(g->keys()[m.why.name_key]) == "yevlakh");
    }
    // No cue, no guess.
    CHECK(parse(*g, "They met in Yevlash on Monday.").place_of("Yevlash") == "none");
    // A cue without a demonym: the word may be a town the gazetteer lacks, no misspelling.
    CHECK(parse(*g, "Floods in Pakistan cut off the town of Kalam in the north.").place_of("Kalam") == "none");
    CHECK(parse(*g, "Floods in Pakistan cut off the town of Kalat.").place_of("Kalat") == "gn:1174451");
}

TEST_CASE("every mention keeps its evidence, and the score is a probability") {
    auto g = world();
    auto r = parse(*g, "Georgia, Armenia and Azerbaijan.");
    REQUIRE(r.mentions.size() == 3);
    for (const Mention& m : r.mentions) {
        CHECK(m.score > 0.0f);
        CHECK(m.score <= 1.0f);
        CHECK(m.why.signal_count > 0);
        float sum = 0;
        for (uint8_t i = 0; i < m.why.signal_count; ++i) sum += m.why.signals[i].weight();
        CHECK(sum == doctest::Approx(m.why.total));
        CHECK(m.why.weight_of(Signal::kind) > 0);
    }
}

TEST_CASE("qualifiers: Paris, Texas is in Texas and Springfield, Missouri in Missouri") {
    auto g = world();
    auto paris = parse(*g, "The fair in Paris, Texas drew crowds.");
    CHECK(paris.place_of("Paris") == "gn:4717560");
    CHECK(parse(*g, "The fair in Paris drew crowds.").place_of("Paris") == "gn:2988507");
    // Both Springfields lie in the country and near Missouri's point: the nearer one wins.
    auto spring = parse(*g, "The mayor of Springfield, Missouri spoke.");
    CHECK(spring.place_of("Springfield") == "gn:4409896");
    CHECK(spring.place_of("Missouri") == "ne1:usa:missouri");
}
TEST_CASE("a qualified name keeps its place in the article's bare occurrences: PARIS, Texas then Paris") {
    auto g = world();
    auto r = parse(*g, "PARIS, Texas (AP) - The storm hit hard. Officials in Paris said roofs were lost.");
    CHECK(r.place_of("PARIS") == "gn:4717560");
    REQUIRE(r.place_of("Paris") == "gn:4717560");
    for (const Mention& m : r.mentions)
        if (r.text.compare(m.span.start, 5, "Paris") == 0) CHECK(m.why.weight_of(Signal::one_sense) > 0);
    // Without the qualifier, the bare name is the capital.
    CHECK(parse(*g, "The storm hit hard. Officials in Paris said roofs were lost.").place_of("Paris") == "gn:2988507");
}

TEST_CASE("the article's focus: a named state picks the name's place nearest it, as a weak qualifier") {
    auto g = world();
    // No comma: Missouri is named in another sentence, and the Springfield nearest it wins.
    auto mo = parse(*g, "Storms crossed Missouri on Monday. In Springfield the schools closed.");
    REQUIRE(mo.place_of("Springfield") == "gn:4409896");
    const Mention& m = *std::find_if(mo.mentions.begin(), mo.mentions.end(),
                                     [&](const Mention& x) { return g->id(x.place) == "gn:4409896"; });
    CHECK(m.why.weight_of(Signal::named_area) > 0);
    // Ontario is named: no Springfield lies in its country, so neither gains.
    auto tx = parse(*g, "Storms crossed Ontario on Monday. In Springfield the schools closed.");
    for (const Mention& x : tx.mentions) CHECK(x.why.weight_of(Signal::named_area) == 0);
    // Paris: only one Paris is in the US, so naming Texas tells no homonyms apart and adds nothing.
    auto paris = parse(*g, "Storms crossed Texas on Monday. In Paris the schools closed.");
    for (const Mention& x : paris.mentions) CHECK(x.why.weight_of(Signal::named_area) == 0);
}

TEST_CASE("qualifiers: the qualifier is the area, Ontario the province in London, Ontario") {
    auto g = world();
    auto r = parse(*g, "A plant in London, Ontario closed.");
    CHECK(r.place_of("London") == "gn:6058560");
    CHECK(r.place_of("Ontario") == "ne1:can:ontario");
}
TEST_CASE("persons: a title makes a person through the article, and a speaker is no town") {
    auto g = world();
    auto r = parse(*g, "President Lincoln spoke. Later Lincoln left for the capital.");
    CHECK(r.place_of("Lincoln", 0) == "none");
    CHECK(r.place_of("Lincoln", 1) == "none");
    CHECK(parse(*g, "The hearing ended when Mr. Jones left.").place_of("Jones") == "none");
    CHECK(parse(*g, "The hearing ended, Jones said on Friday.").place_of("Jones") == "none");
    // A state speaks through its capital's name: "Moscow said" stays Moscow.
    CHECK(parse(*g, "Late on Friday Moscow said no.").place_of("Moscow") == "gn:524901");
    // A full stop ends the sentence: "the general. Moscow" is no title.
    CHECK(parse(*g, "He met the general. Moscow agreed.").place_of("Moscow") == "gn:524901");
    CHECK(parse(*g, "The train reached Lincoln on time.").place_of("Lincoln") == "gn:5072006");
}
TEST_CASE("postal abbreviations: Athens, Ga. is Athens in the US state of Georgia") {
    auto g = world();
    auto r = parse(*g, "He grew up in Athens, Ga. and left.");
    CHECK(r.place_of("Athens") == "gn:4180386");
    CHECK(r.place_of("Ga.") == "ne1:usa:georgia");
    const Mention& ga = *std::find_if(r.mentions.begin(), r.mentions.end(),
                                      [&](const Mention& m) { return g->id(m.place) == "ne1:usa:georgia"; });
    CHECK(ga.span.end - ga.span.start == 3);  // the full stop is part of the name
    // Not after a comma, "Miss." is a title and no state.
    CHECK(parse(*g, "He thanked Miss. Athens for it.").place_of("Miss.") == "none");
    CHECK(parse(*g, "He grew up in Athens and left.").place_of("Athens") == "gn:264371");
    // Found wherever it falls: the commas are found sixteen bytes at a time, and in the last bytes
    // one by one (byte_scan.hpp); spaces before the sentence move it through a block, and the
    // abbreviation may end the text.
    for (size_t pad = 0; pad < 20; ++pad) {
        CHECK_MESSAGE(parse(*g, std::string(pad, ' ') + "He grew up in Athens, Ga. and left.").place_of("Ga.") ==
                          "ne1:usa:georgia", "pad " << pad);
        CHECK_MESSAGE(parse(*g, std::string(pad, ' ') + "He grew up in Athens, Ga.").place_of("Ga.") == "ne1:usa:georgia",
                      "pad " << pad);
    }
}
TEST_CASE("Russian and Ukrainian case endings: Киевом, Гостомеля, Харькова, Києві") {
    auto g = world();
    auto r = parse(*g, "Бои шли под Киевом и у Гостомеля, жители Харькова ждали.");
    CHECK(r.place_of("Киевом") == "gn:703448");
    CHECK(r.place_of("Гостомеля") == "gn:707292");
    CHECK(r.place_of("Харькова") == "gn:706483");
    CHECK(parse(*g, "Зустріч відбулася в Києві.").place_of("Києві") == "gn:703448");
    // The whole inflected word is the mention.
    for (const Mention& m : r.mentions)
        if (g->id(m.place) == "gn:703448") CHECK(r.text.substr(m.span.start, m.span.end - m.span.start) == "Киевом");
    // A word whose nominative is no name stays none.
    CHECK(parse(*g, "Сказал Путина.").place_of("Путина") == "none");
}

TEST_CASE("inflected names: Китая is China, never Quito, and Ukrainian closes the vowel: Львова is Львів") {
    auto g = world();
    // "Кита" + soft sign would fold to Quito's name; a soft sign never follows a vowel.
    CHECK(parse(*g, "Власти Китая призвали к переговорам.").place_of("Китая") == "ne:CN");
    CHECK(parse(*g, "Делегация из Китая прибыла в Киев.").place_of("Китая") == "ne:CN");
    CHECK(parse(*g, "Потяг зі Львова прибув до Києва.").place_of("Львова") == "gn:702550");
}

TEST_CASE("a name in capitals in Cyrillic is the name: ХАРЬКОВ, 2 марта") {
    auto g = world();
    auto r = parse(*g, "ХАРЬКОВ, 2 марта 2022 года. Жители Харькова провели ночь в укрытиях.");
    CHECK(r.place_of("ХАРЬКОВ") == "gn:706483");
    CHECK(r.place_of("Харькова") == "gn:706483");
}

TEST_CASE("Georgian has no capitals in use: its names are found, its short particles are no places") {
    auto g = world();
    auto r = parse(*g, "ბათუმი ემზადება სეზონისთვის, რომ სტუმრები მიიღოს.");
    CHECK(r.place_of("ბათუმი") == "gn:615532");
    CHECK(r.place_of("რომ") == "none");
    // The next word looks capitalised like every Georgian word: no sign of a longer name.
    for (const Mention& m : r.mentions) CHECK(m.why.weight_of(Signal::name_part) == 0);
}
TEST_CASE("units and plants named after a place are no mention of it") {
    auto g = world();
    CHECK(parse(*g, "Fighters of the Kharkiv regiment withdrew.").place_of("Kharkiv") == "none");
    CHECK(parse(*g, "Inspectors reached the Kharkiv nuclear plant.").place_of("Kharkiv") == "none");
    CHECK(parse(*g, "Inspectors reached Kharkiv on Monday.").place_of("Kharkiv") == "gn:706483");
}

TEST_CASE("a sea the gazetteer lacks is no mention of the town or country named in it: Sea of Azov, Gulf of Mexico") {
    auto g = world();
    auto azov = parse(*g, "Fishing boats stayed in port on the Sea of Azov all week.");
    CHECK(azov.place_of("Azov") == "none");
    auto gulf = parse(*g, "Warm water in the Gulf of Mexico feeds the storms.");
    CHECK(gulf.place_of("Gulf") == "none");
    CHECK(gulf.place_of("Mexico") == "none");
    // The town and the country themselves are still found.
    CHECK(parse(*g, "The ferry reached the Russian city of Azov.").place_of("Azov") == "gn:580054");
    CHECK(parse(*g, "Talks with Mexico resumed.").place_of("Mexico") == "ne:MX");
}

TEST_CASE("a language's own words are no places in its articles: Auch in German, the town in French") {
    auto g = world();
    auto de = parse(*g, "Der Hafen wird ausgebaut, weil mehr Schiffe kommen. Auch die Bahn soll schneller werden, "
                        "aber die Arbeiten am Kai sind noch nicht fertig, sagte die Behörde.");
    CHECK(de.place_of("Auch") == "none");
    auto fr = parse(*g, "Le marché de la ville ouvre. Les habitants de Auch sont venus avec leurs enfants.");
    CHECK(fr.place_of("Auch") == "gn:3036433");
}

TEST_CASE("Russian and Ukrainian articles are told apart by their letters, and their own words need evidence: Мост") {
    GazetteerBuilder b;
    // Мост ("bridge") is also one of a Mongolian town's names; мост is in geodata/common-words-ru.txt.
    b.add(make_place("gn:2029156", "Ulaantolgoy", PlaceKind::admin_seat, "MN", 47.1, 91.6, 4000, {"Мост"}, "PPLA2"));
    auto g = b.build();
    // One word of the list in the whole article: the letters say Russian (ы), not the list.
    CHECK(parse(*g, "В городе открыли новый мост. Мост длиной два километра соединит районы.").place_of("Мост") == "none");
    // An English article keeps the name.
    CHECK(parse(*g, "The herders of Мост moved their yurts.").place_of("Мост") == "gn:2029156");
}

TEST_CASE("a capital at a sentence's start needs evidence: a word the article writes in lower case, a guessed case ending") {
    GazetteerBuilder b;
    b.add(make_place("gn:2988358", "Pau", PlaceKind::admin_seat, "FR", 43.3, -0.37, 77000, {"По"}, "PPLA2"));
    b.add(make_place("gn:3592519", "Mixco", PlaceKind::admin_seat, "GT", 14.63, -90.6, 473080, {"Місько"}, "PPLA2"));
    b.add(make_place("gn:2988507", "Paris", PlaceKind::capital, "FR", 48.85, 2.35, 2138551, {"Париж"}, "PPLC"));
    auto g = b.build();
    CHECK(parse(*g, "Бои шли весь день. По словам властей, обстрелы шли по всей линии.").place_of("По") == "none");
    CHECK(parse(*g, "Будинки звели торік. Міська влада каже, що житла досі бракує.").place_of("Міська") == "none");
    // A name at a sentence's start is still one.
    CHECK(parse(*g, "Делегация прилетела утром. Париж встретил её дождём.").place_of("Париж") == "gn:2988507");
}

TEST_CASE("a name in another script that folds to an English demonym is the place: Georgian აზერბაიჯანი") {
    GazetteerBuilder b;
    b.add(make_place("ne:AZ", "Azerbaijan", PlaceKind::country, "AZ", 40.3, 47.7, 0, {"აზერბაიჯანი", "Azerbaijani"}));
    auto g = b.build();
    CHECK(parse(*g, "სტუმრები ჩამოვიდნენ სომხეთი და აზერბაიჯანი მხრიდან.").place_of("აზერბაიჯანი") == "ne:AZ");
    CHECK(parse(*g, "Azerbaijani troops crossed the line.").place_of("Azerbaijani") == "none");
}

TEST_CASE("an article's language by its function words, and weekdays and months of other languages, are no places") {
    GazetteerBuilder b;
    b.add(make_place("gn:3036433", "Auch", PlaceKind::admin_seat, "FR", 43.65, 0.58, 21000, {}, "PPLA2"));
    b.add(make_place("gn:2764359", "Sonntag", PlaceKind::village, "AT", 47.23, 9.9, 700, {}, "PPL"));
    auto g = b.build();
    // No word of the German list in lower case: the function words (die, und, ist) say German.
    auto de = parse(*g, "Die Bahn hat den Verkehr eingestellt und die Straße ist gesperrt. Auch die Schulen bleiben zu.");
    CHECK(de.place_of("Auch") == "none");
    CHECK(parse(*g, "Die Straße bleibt gesperrt. Seit Sonntag sind die Dörfer abgeschnitten.").place_of("Sonntag") == "none");
    CHECK(parse(*g, "The market of Auch reopened.").place_of("Auch") == "gn:3036433");
    // The count stops early only when the words left could not change it: an English opening
    // leads, and the German that follows still decides.
    CHECK(parse(*g, "The report of the day said that the roads were closed. Die Bahn hat den Verkehr eingestellt und "
                    "die Straße ist gesperrt. Auch die Schulen bleiben zu, und die Dörfer sind mit dem Auto nicht "
                    "erreichbar, sagt die Polizei.")
              .place_of("Auch") == "none");
}

TEST_CASE("case suffixes glued on names: Azerbaijani Bakıda, Armenian Երևանում, Georgian თბილისში") {
    GazetteerBuilder b;
    b.add(make_place("gn:587084", "Baku", PlaceKind::capital, "AZ", 40.38, 49.89, 1116513, {"Bakı"}, "PPLC"));
    b.add(make_place("gn:616052", "Yerevan", PlaceKind::capital, "AM", 40.18, 44.51, 1093485, {"Երևան"}, "PPLC"));
    b.add(make_place("gn:611717", "Tbilisi", PlaceKind::capital, "GE", 41.69, 44.83, 1049498, {"თბილისი"}, "PPLC"));
    b.add(make_place("gn:613607", "Kutaisi", PlaceKind::admin_seat, "GE", 42.27, 42.7, 135201, {"ქუთაისი"}, "PPLA"));
    b.add(make_place("ne:FR", "France", PlaceKind::country, "FR", 46.6, 2.45, 0, {"Ֆրանսիա"}));
    auto g = b.build();
    CHECK(parse(*g, "Պատվիրակները Ֆրանսիայի ներկայացուցիչների հետ հանդիպեցին։").place_of("Ֆրանսիայի") == "ne:FR");
    CHECK(parse(*g, "Nümayəndələr dünən Bakıda görüşdülər və məsələni müzakirə etdilər.").place_of("Bakıda") == "gn:587084");
    CHECK(parse(*g, "Պատվիրակությունը Երևանում հանդիպեց։").place_of("Երևանում") == "gn:616052");
    auto ka = parse(*g, "დელეგაცია თბილისში შეხვდა, შემდეგ ქუთაისიდან დაბრუნდა.");
    CHECK(ka.place_of("თბილისში") == "gn:611717");
    CHECK(ka.place_of("ქუთაისიდან") == "gn:613607");
    // English words keep their endings: no Azerbaijani letters, no suffixes tried.
    CHECK(parse(*g, "The Bakida restaurant opened.").place_of("Bakida") == "none");
}

TEST_CASE("case suffixes found after a long stretch of ASCII, after quotation marks and in a text's last bytes") {
    // The words beyond ASCII are found by the text's bytes beyond ASCII, many bytes a step: a
    // word far into the text, one after marks that are no words, and one ending the text.
    GazetteerBuilder b;
    b.add(make_place("gn:587084", "Baku", PlaceKind::capital, "AZ", 40.38, 49.89, 1116513, {"Bakı"}, "PPLC"));
    b.add(make_place("gn:586523", "Ganja", PlaceKind::city, "AZ", 40.68, 46.36, 335600, {"Gəncə"}, "PPL"));
    auto g = b.build();
    auto r = parse(*g, "A note in English letters only, long enough to be read many bytes at a time before the rest. "
                       "“Nümayəndələr” dünən Bakıda görüşdülər, sonra Gəncəyə");
    CHECK(r.place_of("Bakıda") == "gn:587084");
    CHECK(r.place_of("Gəncəyə") == "gn:586523");
}

TEST_CASE("names of two words, both declined: Южной Кореи, Великої Британії, Нью-Йорка") {
    GazetteerBuilder b;
    b.add(make_place("ne:KR", "South Korea", PlaceKind::country, "KR", 36.5, 127.8, 0, {"Южная Корея"}));
    b.add(make_place("ne:GB", "United Kingdom", PlaceKind::country, "GB", 53.0, -1.5, 0, {"Велика Британія"}));
    b.add(make_place("gn:5128581", "New York", PlaceKind::city, "US", 40.71, -74.01, 8175133, {"Нью-Йорк"}, "PPL"));
    b.add(make_place("gn:2633352", "York", PlaceKind::admin_seat, "GB", 53.96, -1.08, 153717, {"Йорка"}, "PPLA2"));
    auto g = b.build();
    auto ru = parse(*g, "Президент Южной Кореи прибыл утром.");
    CHECK(ru.place_of("Южной Кореи") == "ne:KR");
    auto uk = parse(*g, "Представники Великої Британії поїхали до Нью-Йорка.");
    CHECK(uk.place_of("Великої Британії") == "ne:GB");
    CHECK(uk.place_of("Нью-Йорка") == "gn:5128581");  // not York, which "Йорка" alone also names
}

TEST_CASE("a capital's name in the article's language counts as its main name, and an article before a hyphenated name gives way") {
    GazetteerBuilder b;
    b.add(make_place("gn:2643743", "London", PlaceKind::capital, "GB", 51.51, -0.13, 8961989, {"Londres"}, "PPLC"));
    b.add(make_place("gn:360630", "Cairo", PlaceKind::capital, "EG", 30.06, 31.25, 9606916, {"Kairo"}, "PPLC"));
    b.add(make_place("ne:NZ", "New Zealand", PlaceKind::country, "NZ", -41.5, 172.5, 0, {"Nouvelle-Zélande"}));
    b.add(make_place("gn:935000", "La Nouvelle", PlaceKind::village, "RE", -21.06, 55.42, 600, {}, "PPL"));
    b.add(make_place("gn:1880252", "Singapore", PlaceKind::capital, "SG", 1.29, 103.85, 3547809, {}, "PPLC"));
    auto g = b.build();
    // Far from the article's other places, a variant of the name would not be enough.
    CHECK(parse(*g, "Les délégués se sont réunis à Singapour et à Londres pour la suite des discussions.")
              .place_of("Londres") == "gn:2643743");
    CHECK(parse(*g, "Die Delegierten trafen sich in Singapore und reisten dann nach Kairo weiter.")
              .place_of("Kairo") == "gn:360630");
    auto nz = parse(*g, "La Nouvelle-Zélande a envoyé des délégués.");
    CHECK(nz.place_of("Nouvelle-Zélande") == "ne:NZ");
}

TEST_CASE("German declined names: den Vereinigten Staaten, im Vereinigten Königreich, Berlins") {
    GazetteerBuilder b;
    b.add(make_place("ne:US", "United States of America", PlaceKind::country, "US", 39.8, -98.6, 0, {"Vereinigte Staaten"}));
    b.add(make_place("ne:GB", "United Kingdom", PlaceKind::country, "GB", 53.0, -1.5, 0, {"Vereinigtes Königreich"}));
    b.add(make_place("gn:2950159", "Berlin", PlaceKind::capital, "DE", 52.52, 13.41, 3426354, {}, "PPLC"));
    auto g = b.build();
    auto r = parse(*g, "Die Gespräche mit den Vereinigten Staaten und im Vereinigten Königreich gehen weiter. "
                       "Berlins Bürgermeister war dabei.");
    CHECK(r.place_of("Vereinigten Staaten") == "ne:US");
    CHECK(r.place_of("Vereinigten Königreich") == "ne:GB");
    CHECK(r.place_of("Berlins") == "gn:2950159");
}

TEST_CASE("a Turkish suffix after a name of several words: Amerika Birleşik Devletleri'nde, Suudi Arabistan'da") {
    GazetteerBuilder b;
    b.add(make_place("ne:US", "United States of America", PlaceKind::country, "US", 39.8, -98.6, 0, {"Amerika Birleşik Devletleri"}));
    b.add(make_place("ne:SA", "Saudi Arabia", PlaceKind::country, "SA", 24.0, 45.0, 0, {"Suudi Arabistan"}));
    b.add(make_place("gn:6252001", "Amerika", PlaceKind::village, "BR", -22.7, -47.3, 900, {}, "PPL"));
    auto g = b.build();
    auto r = parse(*g, "Heyet önce Amerika Birleşik Devletleri'nde, sonra Suudi Arabistan'da görüşmeler yaptı.");
    CHECK(r.place_of("Amerika Birleşik Devletleri") == "ne:US");
    CHECK(r.place_of("Suudi Arabistan") == "ne:SA");
}

TEST_CASE("a French elided name of several words: l'Afrique du Sud, l'Arabie saoudite") {
    GazetteerBuilder b;
    b.add(make_place("ne:ZA", "South Africa", PlaceKind::country, "ZA", -29.0, 25.0, 0, {"Afrique du Sud"}));
    b.add(make_place("ne:SA", "Saudi Arabia", PlaceKind::country, "SA", 24.0, 45.0, 0, {"Arabie saoudite"}));
    b.add(make_place("pl:africa", "Africa", PlaceKind::continent, "", 2.0, 17.0, 0, {"Afrique"}));  // not the continent
    auto g = b.build();
    auto r = parse(*g, "Les délégués de l'Afrique du Sud et de l'Arabie saoudite sont arrivés.");
    CHECK(r.place_of("Afrique du Sud") == "ne:ZA");
    CHECK(r.place_of("Arabie saoudite") == "ne:SA");
}

TEST_CASE("a compass word after del or du and a name is the name's direction: Corea del Sur is not the town Sur") {
    GazetteerBuilder b;
    b.add(make_place("gn:286245", "Sur", PlaceKind::admin_seat, "OM", 22.57, 59.53, 120000, {}, "PPLA2"));
    auto g = b.build();
    CHECK(parse(*g, "Los delegados de Corea del Sur llegaron ayer.").place_of("Sur") == "none");
    CHECK(parse(*g, "The port of Sur was busy.").place_of("Sur") == "gn:286245");
}

TEST_CASE("German nouns after an article are no towns, areas after one still are: im Dorf, im Wallis") {
    GazetteerBuilder b;
    b.add(make_place("gn:2935000", "Dorf", PlaceKind::village, "CH", 47.57, 8.65, 700, {}, "PPL"));
    b.add(make_place("ne1:che:valais", "Valais", PlaceKind::admin1, "CH", 46.2, 7.6, 0, {"Wallis"}));
    b.add(make_place("gn:2657928", "Zermatt", PlaceKind::city, "CH", 46.02, 7.75, 5800, {}, "PPL"));
    auto g = b.build();
    auto r = parse(*g, "Die Gäste in Zermatt nehmen es gelassen und die Skilehrer bieten Kurse im Dorf an. "
                       "Die Lage im Wallis bleibt ernst.");
    CHECK(r.place_of("Dorf") == "none");
    CHECK(r.place_of("Wallis") == "ne1:che:valais");
    CHECK(r.place_of("Zermatt") == "gn:2657928");
}

TEST_CASE("Ukrainian countries in every case: Польщі, Польщею, Данією, the country before a village named like the stem") {
    GazetteerBuilder b;
    b.add(make_place("ne:PL", "Poland", PlaceKind::country, "PL", 52.0, 19.4, 0, {"Польща"}));
    b.add(make_place("ne:DK", "Denmark", PlaceKind::country, "DK", 56.0, 9.5, 0, {"Данія"}));
    b.add(make_place("gn:9000001", "Polsh", PlaceKind::village, "RU", 55.0, 40.0, 800, {"Польщ"}, "PPL"));
    auto g = b.build();
    auto r = parse(*g, "Зерно вивозять до Польщі, кордон з Польщею відкритий, а договір підписали з Данією.");
    CHECK(r.place_of("Польщі") == "ne:PL");
    CHECK(r.place_of("Польщею") == "ne:PL");
    CHECK(r.place_of("Данією") == "ne:DK");
}

TEST_CASE("a country's name in its own language is the country, not its capital of the same name: México") {
    GazetteerBuilder b;
    b.add(make_place("ne:MX", "Mexico", PlaceKind::country, "MX", 23.9, -102.5, 0, {"México"}));
    b.add(make_place("gn:3530597", "Mexico City", PlaceKind::capital, "MX", 19.43, -99.13, 12294193,
                     {"México", "Ciudad de México"}, "PPLC"));
    b.add(make_place("gn:3530139", "Toluca", PlaceKind::admin_seat, "MX", 19.29, -99.65, 489333, {}, "PPLA"));
    auto g = b.build();
    // Even beside a town near the capital.
    CHECK(parse(*g, "Las exportaciones de México crecieron. Las fábricas de Toluca trabajan sin pausa.")
              .place_of("México") == "ne:MX");
    CHECK(parse(*g, "El metro de la Ciudad de México amplía su red.").place_of("Ciudad de México") == "gn:3530597");
}

TEST_CASE("a name written in its language's letters is as good as the main name: München, and a single letter is no place") {
    auto g = world();
    auto r = parse(*g, "Die Waren gehen per Bahn weiter nach München und nach Hamburg.");
    REQUIRE(r.place_of("München") == "gn:2867714");
    const Mention& m = *std::find_if(r.mentions.begin(), r.mentions.end(),
                                     [&](const Mention& x) { return g->id(x.place) == "gn:2867714"; });
    CHECK(m.why.weight_of(Signal::exact_name) > 0);
}

TEST_CASE("an acronym is a place only if the place is written so: EU is not the town Eu, US is the country") {
    auto g = world();
    auto r = parse(*g, "Sanctions by the EU and the US hit Moscow.");
    CHECK(r.place_of("EU") == "none");
    CHECK(r.place_of("US") == "ne:US");
    CHECK(parse(*g, "The harbour of Eu in France was rebuilt.").place_of("Eu") == "gn:3020035");
}

TEST_CASE("evidence keeps a weight in hundredths rounded as lround rounds, halves away from zero") {
    // Halves, values a hair either side of them, tiny ones and the ends of the clamp.
    const float exact[] = {0.0f, -0.0f, 0.005f, -0.005f, 0.015f, -0.015f, 1.235f, -1.235f, 2.5e-3f,
                           0.49999997f, -0.49999997f, 299.995f, -299.995f, 300.0f, -300.0f, 1e-30f, -1e-30f};
    for (float w : exact) {
        Evidence e;
        e.add(Signal::kind, w);
        const long want = std::lround(std::clamp(w, -300.0f, 300.0f) * 100.0f);
        CHECK(e.signal_count == (want != 0 ? 1 : 0));
        if (want != 0) CHECK(e.signals[0].hundredths == want);
    }
    // The float steps either side of every half hundredth up to ±20, where lround's rule shows.
    for (int k = -2000; k <= 2000; ++k) {
        float w = (float(k) + 0.5f) / 100.0f;
        for (int step = 0; step < 4; ++step) w = std::nextafter(w, -1e9f);
        for (int step = 0; step < 9; ++step, w = std::nextafter(w, 1e9f)) {
            Evidence e;
            e.add(Signal::kind, w);
            const long want = std::lround(w * 100.0f);
            const long got = e.signal_count ? e.signals[0].hundredths : 0;
            if (got != want) FAIL("weight " << w << " kept as " << got << ", lround gives " << want);
        }
    }
}

TEST_CASE("a great-circle distance from points with their cosines kept is distance_km's, to the bit") {
    std::mt19937_64 rng(14);
    std::uniform_real_distribution<double> lat(-90, 90), lon(-180, 180), near(-3, 3);
    for (int k = 0; k < 20000; ++k) {
        double lat1 = lat(rng), lon1 = lon(rng);
        // Half the pairs near each other, as the named-area pass mostly asks.
        double lat2 = k % 2 ? std::clamp(lat1 + near(rng), -90.0, 90.0) : lat(rng);
        double lon2 = k % 2 ? lon1 + near(rng) : lon(rng);
        const double want = resolution::distance_km(lat1, lon1, lat2, lon2);
        const double got = resolution::distance_km(resolution::great_circle_point(lat1, lon1),
                                                   resolution::great_circle_point(lat2, lon2));
        if (got != want) FAIL("distance from " << lat1 << "," << lon1 << " to " << lat2 << "," << lon2);
    }
    CHECK(resolution::distance_km(resolution::great_circle_point(0, 0), resolution::great_circle_point(0, 0)) == 0);
}

TEST_CASE("a distance surely beyond a reach by the difference of longitude is beyond it") {
    std::mt19937_64 rng(15);
    std::uniform_real_distribution<double> lat(-89.9, 89.9), lon(-180, 180), near(-8, 8);
    const double reach = 425;
    const double h = resolution::haversine_of_km(reach * 1.001 + 0.001);
    int said_beyond = 0;
    for (int k = 0; k < 50000; ++k) {
        double lat1 = lat(rng), lon1 = lon(rng);
        double lat2 = std::clamp(lat1 + near(rng) / 2, -90.0, 90.0), lon2 = lon1 + near(rng);
        if (lon2 > 180) lon2 -= 360;  // across the antimeridian, as the gazetteer writes it
        if (lon2 < -180) lon2 += 360;
        const auto a = resolution::great_circle_point(lat1, lon1), b = resolution::great_circle_point(lat2, lon2);
        if (resolution::surely_beyond_haversine(a, b, h)) {
            ++said_beyond;
            if (!(resolution::distance_km(a, b) > reach)) FAIL("said beyond " << reach << " km, but " << resolution::distance_km(a, b));
        }
    }
    CHECK(said_beyond > 10000);  // and it does say so, often
    // Near the reach: 3.9 degrees of longitude on the equator is 433.7 km, 3.8 is 422.5 km.
    CHECK(resolution::surely_beyond_haversine(resolution::great_circle_point(0, 0), resolution::great_circle_point(0, 3.9), h));
    CHECK_FALSE(resolution::surely_beyond_haversine(resolution::great_circle_point(0, 0), resolution::great_circle_point(0, 3.8), h));
}

TEST_CASE("pair numbers: each key numbered once, in the order first seen, as a hash map would") {
    std::mt19937_64 rng(16);
    std::vector<uint64_t> keys{0, 1, UINT64_MAX};  // no key value is special
    for (int k = 0; k < 3000; ++k) keys.push_back(rng());
    for (int k = 0; k < 3000; ++k) keys.push_back(uint64_t(k) << 40);  // alike in their low bits
    std::vector<uint64_t> asked;
    for (int k = 0; k < 12000; ++k) asked.push_back(keys[rng() % keys.size()]);
    // Both tables: one sized for every key at once, and one that grows from first_slots (more
    // keys than those hold half full: it grows on the way, keeping every number).
    REQUIRE(std::set<uint64_t>(asked.begin(), asked.end()).size() > resolution::GrowingPairNumbers::first_slots / 2);
    auto check = [&](auto numbers) {
        std::unordered_map<uint64_t, uint32_t> want;
        uint32_t next = 0;
        for (uint64_t key : asked) {
            auto [it, fresh] = want.try_emplace(key, next);
            auto [number, is_new] = numbers.number(key, next);
            if (number != it->second || is_new != fresh) FAIL("key " << key << " numbered " << number << ", not " << it->second);
            if (fresh) ++next;
        }
        CHECK(next == want.size());
    };
    check(resolution::PairNumbers(asked.size()));
    check(resolution::GrowingPairNumbers(asked.size()));
}

TEST_CASE("the distance signal's radii: their cosines as constants are what std::cos gives at run time") {
    // resolve.cpp keeps cos(km / 6371) of 50, 150, 400 and 3000 km as constants, which the
    // compiler folds; the scans compared with them at run time before. Both must be one double.
    volatile double km[] = {50, 150, 400, 3000};
    const double folded[] = {std::cos(50 / 6371.0), std::cos(150 / 6371.0), std::cos(400 / 6371.0),
                             std::cos(3000 / 6371.0)};
    for (int k = 0; k < 4; ++k) CHECK(std::cos(km[k] / 6371.0) == folded[k]);
}
TEST_CASE("postal abbreviations in a long document: found in whichever range of the text they fall") {
    // A long document's commas are searched in ranges of 256 KiB on every core (byte_scan.hpp).
    auto g = world();
    const std::string sentence = "He grew up in Athens, Ga. and left.";
    const size_t range = 256 * 1024, comma = sentence.find(',');
    for (size_t shift : {size_t(0), size_t(1), size_t(2), size_t(3), size_t(30)}) {
        const std::string text = std::string(range + shift - comma - 2, ' ') + sentence;  // the comma `shift` bytes from the range's end
        CHECK_MESSAGE(parse(*g, text).place_of("Ga.") == "ne1:usa:georgia", "shift " << shift);
    }
}
