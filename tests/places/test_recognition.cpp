// Recognition: which capitalised words are places, on text written for the tests.
#include <doctest/doctest.h>

#include "places/gazetteer_fixture.hpp"
#include "places/institutions.hpp"
#include "places/news_conventions.hpp"
#include "places/person_names.hpp"
#include "places/slavic_regions.hpp"
#include "placeline/places/matcher.hpp"
#include "placeline/places/resolution.hpp"

using namespace placeline;
using test::make_place;

namespace {

std::shared_ptr<const Gazetteer> towns() {
    GazetteerBuilder b;
    b.add(make_place("ne1:usa:texas", "Texas", PlaceKind::admin1, "US", 31.5, -99.36));
    b.add(make_place("ne1:usa:ohio", "Ohio", PlaceKind::admin1, "US", 40.3, -82.8));
    b.add(make_place("gn:4409896", "Springfield", PlaceKind::admin_seat, "US", 37.22, -93.3, 166810, {}, "PPLA2"));
    b.add(make_place("gn:4159050", "Gainesville", PlaceKind::admin_seat, "US", 29.65, -82.32, 133997, {}, "PPLA2"));
    b.add(make_place("usc:39017", "Butler County", PlaceKind::admin2, "US", 39.44, -84.58));
    b.add(make_place("gn:625144", "Minsk", PlaceKind::capital, "BY", 53.9, 27.57, 1742124, {}, "PPLC"));
    b.add(make_place("gn:2653305", "Chatham", PlaceKind::city, "GB", 51.38, 0.53, 76792, {}, "PPL"));
    return b.build();
}

// The place id of the mention starting at the first `word` of `text`, or "none".
std::string place_of(const Gazetteer& g, const std::string& text, std::string_view word) {
    size_t at = text.find(word);
    REQUIRE_MESSAGE(at != std::string::npos, "no '", word, "' in the text");
    for (const Mention& m : resolve(g, text, match_names(g, text)))
        if (m.span.start == at) return std::string(g.id(m.place));
    return "none";
}

}  // namespace

TEST_CASE("institution words: offices, courts, schools, services") {
    using resolution::institution_word;
    for (const char* w : {"police", "sheriff", "clerk", "court", "supreme", "school", "university", "museum", "airport",
                          "hospital", "council", "party"})
        CHECK(institution_word(w));
    for (const char* w : {"group", "house", "times", "regiment", "walker", "street"}) CHECK_FALSE(institution_word(w));
}

TEST_CASE("names_institution reads the capitalised words right after a name") {
    using resolution::names_institution;
    std::string t = "in Ohio Supreme Court; Butler County Coroner's Office; Minsk Group; Ohio's police; Ohio Walker Lane";
    CHECK(names_institution(t, t.find("Ohio") + 4));
    CHECK(names_institution(t, t.find("Butler County") + 13));  // through a possessive
    CHECK_FALSE(names_institution(t, t.find("Minsk") + 5));
    CHECK_FALSE(names_institution(t, t.find("Ohio's") + 4));    // not capitalised, not right after
    CHECK_FALSE(names_institution(t, t.find("Ohio Walker") + 4));
}

TEST_CASE("a place named as the seat of an institution is a mention of the place") {
    auto g = towns();
    CHECK(place_of(*g, "He appealed to the Ohio Supreme Court on Monday.", "Ohio") == "ne1:usa:ohio");
    CHECK(place_of(*g, "The Texas Attorney General filed suit.", "Texas") == "ne1:usa:texas");
    CHECK(place_of(*g, "A release from Gainesville Police said two were hurt.", "Gainesville") == "gn:4159050");
    CHECK(place_of(*g, "The Springfield Science Museum will host a night.", "Springfield") == "gn:4409896");
    CHECK(place_of(*g, "The Butler County Coroner's Office named him.", "Butler County") == "usc:39017");
}

TEST_CASE("a name an organisation merely borrows stays no mention") {
    auto g = towns();
    CHECK(place_of(*g, "Diplomats of the Minsk Group met again in Vienna.", "Minsk") == "none");
    CHECK(place_of(*g, "A report by Chatham House was published.", "Chatham") == "none");
    CHECK(place_of(*g, "Officials met in Minsk on Monday.", "Minsk") == "gn:625144");
}

TEST_CASE("datelines: a name in capitals first on its line and before a dash") {
    using resolution::dateline;
    for (auto [t, w] : {std::pair<std::string, std::string>{"BANTAM \u2014 A mason was arraigned.", "BANTAM"},
                        {"Title. CHARLESTON, W.Va. -- Police said", "CHARLESTON"},
                        {"x\nMOSCOW (AP) \u2013 Talks began.", "MOSCOW"},
                        {"FALLS VILLAGE\u2014The board met.", "FALLS VILLAGE"},
                        {"DeKALB \u2013 Residents met.", "DeKALB"}}) {
        size_t s = t.find(w);
        CHECK_MESSAGE(dateline(t, s, s + w.size()), t);
    }
    std::string mid = "Police in BANTAM \u2014 a town";
    CHECK_FALSE(dateline(mid, mid.find("BANTAM"), mid.find("BANTAM") + 6));  // not first on its line
    std::string lower = "Bantam \u2014 a town";
    CHECK_FALSE(dateline(lower, 0, 6));  // not in capitals
    std::string nodash = "BANTAM police said";
    CHECK_FALSE(dateline(nodash, 0, 6));
}

TEST_CASE("datelines: the bytes asked inline turn away no name the whole rule takes") {
    // dateline() answers most names from the two bytes before them; the rest of the rule, called
    // alone, reads the whole line start. Both must agree at every start, after any run of spaces.
    for (std::string lead : {"", "x", "x.", "x,", "\n", "x.\n"})
        for (std::string spaces : {"", " ", "  ", "   "}) {
            const std::string t = lead + spaces + "BANTAM \u2014 A mason was arraigned.";
            const size_t s = t.find("BANTAM");
            CHECK_MESSAGE(resolution::dateline(t, s, s + 6) == resolution::detail::dateline_after_line_start(t, s, s + 6),
                          "[" << t << "]");
        }
    // ...and the rule does take some of them: first on a line, after a full stop, at the start.
    for (std::string t : {"BANTAM \u2014 x", "x.  BANTAM \u2014 x", "x\n BANTAM \u2014 x"})
        CHECK_MESSAGE(resolution::dateline(t, t.find("BANTAM"), t.find("BANTAM") + 6), "[" << t << "]");
    for (std::string t : {"x BANTAM \u2014 x", "x, BANTAM \u2014 x"})
        CHECK_FALSE_MESSAGE(resolution::dateline(t, t.find("BANTAM"), t.find("BANTAM") + 6), "[" << t << "]");
}

TEST_CASE("party affiliations: D-, R-, I-, DFL- before a name") {
    using resolution::after_party;
    std::string t = "Rep. Jay Roberts (R-Ocilla) and Sen. Tom Bakk, DFL-Cook, met Clyburn, D-S.C.; a Coca-Cola truck";
    CHECK(after_party(t, t.find("Ocilla")));
    CHECK(after_party(t, t.find("Cook")));
    CHECK(after_party(t, t.find("S.C.")));
    CHECK_FALSE(after_party(t, t.find("Cola")));
    CHECK_FALSE(after_party(t, t.find("Roberts")));
}

TEST_CASE("a small town in a dateline or after a party is a mention, a state abbreviation after a party too") {
    GazetteerBuilder b;
    b.add(make_place("gn:5281876", "Bantam", PlaceKind::village, "US", 41.72, -73.24, 759, {}, "PPL"));
    b.add(make_place("gn:4215930", "Ocilla", PlaceKind::village, "US", 31.6, -83.25, 3414, {}, "PPL"));
    b.add(make_place("ne1:usa:south-carolina", "South Carolina", PlaceKind::admin1, "US", 33.9, -80.9));
    auto g = b.build();
    CHECK(place_of(*g, "Mason charged\n\nBANTAM \u2014 A stonework mason was arraigned.", "BANTAM") == "gn:5281876");
    CHECK(place_of(*g, "Children of Bantam played.", "Bantam") == "none");  // no evidence for a small village
    CHECK(place_of(*g, "State Rep. Jay Roberts (R-Ocilla) is pushing a bill.", "Ocilla") == "gn:4215930");
    CHECK(place_of(*g, "House Majority Whip James Clyburn, D-S.C., inserted language.", "S.C.") == "ne1:usa:south-carolina");
}

TEST_CASE("middle initials, saints and function words") {
    using namespace resolution;
    std::string t = "Grant W. Graham met H. L. Snyder and Milton J. Little in Graham; Rep. Jay Roberts too.";
    CHECK(middle_initial_before(t, t.find("Graham")));
    CHECK(middle_initial_before(t, t.find("Snyder")));
    CHECK(middle_initial_after(t, t.find("Milton") + 6));
    CHECK_FALSE(middle_initial_before(t, t.rfind("Graham")));
    CHECK_FALSE(middle_initial_before(t, t.find("Jay")));  // "Rep." is no initial
    CHECK_FALSE(middle_initial_after(t, t.rfind("Graham") + 6));
    std::string d = "St. Patrick's Day in Patrick County; Saint Jude; East Patrick";
    CHECK(after_saint(d, d.find("Patrick")));
    CHECK(after_saint(d, d.find("Jude")));
    CHECK_FALSE(after_saint(d, d.find("Patrick County")));
    CHECK_FALSE(after_saint(d, d.rfind("Patrick")));
    std::string a = "Henry, 19, of Alexandria; Paris, Texas; Jones, 2009, said";
    CHECK(age_after(a, a.find("Henry") + 5));
    CHECK_FALSE(age_after(a, a.find("Paris") + 5));
    CHECK_FALSE(age_after(a, a.find("Jones") + 5));  // a year, not an age
    CHECK(function_word("his"));
    CHECK(function_word("the"));
    CHECK_FALSE(function_word("us"));  // the US
    CHECK_FALSE(function_word("paris"));
    CHECK(function_word("were"));  // an auxiliary
    CHECK_FALSE(function_word("may"));  // a month, a name
    CHECK(english_contraction("We're"));
    CHECK(english_contraction("We\u2019re"));
    CHECK(english_contraction("DON'T"));
    CHECK(english_contraction("shouldn't"));
    CHECK_FALSE(english_contraction("Were"));         // no apostrophe: the word, or the village
    CHECK_FALSE(english_contraction("O'Hare"));
    CHECK_FALSE(english_contraction("Côte"));
    CHECK_FALSE(english_contraction("shouldn't've"));  // longer than any in the list
}

TEST_CASE("persons and words that name nothing are no mention of a town of the name") {
    GazetteerBuilder b;
    b.add(make_place("gn:4693150", "Graham", PlaceKind::admin_seat, "US", 33.1, -98.58, 8700, {}, "PPLA2"));
    b.add(make_place("gn:4699066", "Roberts", PlaceKind::village, "US", 44.98, -92.56, 1700, {}, "PPL"));
    b.add(make_place("gn:4256038", "Patrick", PlaceKind::admin_seat, "US", 36.6, -80.3, 18000, {}, "PPLA2"));
    b.add(make_place("gn:5096699", "Heath", PlaceKind::city, "US", 40.02, -82.44, 10400, {"His"}, "PPL"));
    b.add(make_place("ne1:usa:texas", "Texas", PlaceKind::admin1, "US", 31.5, -99.36));
    b.add(make_place("ne:TD", "Chad", PlaceKind::country, "TD", 15.4, 18.7));
    auto g = b.build();
    const std::string texas = " The Texas town was quiet.";
    CHECK(place_of(*g, "Grant W. Graham, 27, was stopped." + texas, "Graham") == "none");
    CHECK(place_of(*g, "Officers said Graham, 27, was stopped." + texas, "Graham") == "none");
    CHECK(place_of(*g, "Officers said Chad Walker, 27, was stopped." + texas, "Chad") == "none");
    CHECK(place_of(*g, "Officers said Chad and Niger agreed." + texas, "Chad") == "ne:TD");
    CHECK(place_of(*g, "They drove to Graham on Monday." + texas, "Graham") == "gn:4693150");
    CHECK(place_of(*g, "State Rep. Jay Roberts is pushing a bill. Roberts said so." + texas, "Roberts") == "none");
    CHECK(place_of(*g, "Safety on St. Patrick's Day matters." + texas, "Patrick") == "none");
    CHECK(place_of(*g, "The motion was filed. His motion also referred to it." + texas, "His") == "none");
}

TEST_CASE("a function word alone names nothing, not even a country that bears it as a variant") {
    GazetteerBuilder b;
    b.add(make_place("ne:IN", "India", PlaceKind::country, "IN", 22.0, 79.0, 0, {"In", "IN"}));
    b.add(make_place("ne1:usa:texas", "Texas", PlaceKind::admin1, "US", 31.5, -99.36));
    b.add(make_place("test:in-salah", "In Salah", PlaceKind::city, "DZ", 27.19, 2.48, 32000, {}, "PPL"));
    auto g = b.build();
    const std::string text = "In Texas the code IN is India's; In Salah lies far away.";
    auto match_at = [&](size_t at) {
        for (const NameMatch& m : match_names(*g, text))
            if (m.span.start == at) return m;
        FAIL("no match at ", at);
        return NameMatch{};
    };
    CHECK(resolution::names_nothing(*g, text, match_at(0)));                     // "In"
    CHECK_FALSE(resolution::names_nothing(*g, text, match_at(text.find("IN"))));  // capitals: a code
    CHECK_FALSE(resolution::names_nothing(*g, text, match_at(text.find("In Salah"))));
    CHECK_FALSE(resolution::names_nothing(*g, text, match_at(text.find("Texas"))));
    CHECK(place_of(*g, text, "In") == "none");
    CHECK(place_of(*g, text, "In Salah") == "test:in-salah");
    // A name beyond ASCII that folds to a function word is no English word: the town Çan.
    GazetteerBuilder tr;
    tr.add(make_place("test:can", "Çan", PlaceKind::city, "TR", 40.03, 27.05, 30000, {}, "PPL"));
    auto gt = tr.build();
    const std::string turkish = "Çan ilçesinde yangın çıktı.";
    const std::vector<NameMatch> found = match_names(*gt, turkish);
    REQUIRE(found.size() >= 1);
    CHECK(found[0].span.start == 0);
    CHECK_FALSE(resolution::names_nothing(*gt, turkish, found[0]));
    CHECK(place_of(*gt, turkish, "Çan") == "test:can");  // nor marked a common word
    CHECK(place_of(*g, text, "Texas") == "ne1:usa:texas");
}

TEST_CASE("a month's or weekday's name alone names nothing: the month of 'in August 2007'") {
    GazetteerBuilder b;
    b.add(make_place("gn:5325256", "August", PlaceKind::village, "US", 37.98, -121.26, 8390, {}, "PPL"));
    b.add(make_place("test:thursday", "Thursday", PlaceKind::village, "US", 29.5, -95.0, 500, {}, "PPL"));
    b.add(make_place("ne1:usa:texas", "Texas", PlaceKind::admin1, "US", 31.5, -99.36));
    b.add(make_place("ne1:usa:california", "California", PlaceKind::admin1, "US", 37.2, -119.5));
    auto g = b.build();
    const std::string text = "The track in California opened in August 2007. Officials in Texas met on Thursday.";
    CHECK(place_of(*g, text, "August") == "none");
    CHECK(place_of(*g, text, "Thursday") == "none");
    CHECK(place_of(*g, text, "California") == "ne1:usa:california");
    // Asked of the match at `at`, which must be there.
    auto asked = [&](const std::string& t, size_t at) {
        for (const NameMatch& m : match_names(*g, t))
            if (m.span.start == at) return resolution::names_nothing(*g, t, m);
        FAIL("no match at ", at);
        return false;
    };
    CHECK(asked(text, text.find("August")));
    CHECK(asked(text, text.find("Thursday")));
    CHECK_FALSE(asked(text, text.find("Texas")));
    // In capitals the word is no English month's (a heading's, an acronym).
    CHECK_FALSE(asked("AUGUST 2007 in Texas.", 0));
}

TEST_CASE("a contraction names nothing, though its folded key is a village's name") {
    // (Villages made for the test: "We're" folds to "were", an auxiliary, "I've" to "ive".)
    GazetteerBuilder b;
    b.add(make_place("gn:8305390", "Were", PlaceKind::village, "ET", 9.6, 39.0, 0, {}, "PPL"));
    b.add(make_place("test:ive", "Ive", PlaceKind::village, "ET", 9.7, 39.1, 0, {}, "PPL"));
    b.add(make_place("ne:ET", "Ethiopia", PlaceKind::country, "ET", 9.0, 39.5));
    auto g = b.build();
    // One apostrophe typographic, one ASCII.
    const std::string text = "Aid reached Ethiopia. We\u2019re grateful, and I've seen Ive, she said.";
    CHECK(place_of(*g, text, "We\u2019re") == "none");
    CHECK(place_of(*g, text, "I've") == "none");
    CHECK(place_of(*g, text, "Ive,") == "test:ive");  // the village itself, named
    CHECK(place_of(*g, text, "Ethiopia") == "ne:ET");
}

TEST_CASE("a function word alone is no evidence for the names beside it") {
    // "He" is a variant of Hebei; after a comma it had qualified the town before it ("Paris,
    // Texas"), and a Springfield outside China had lost the qualifier's weight.
    GazetteerBuilder b;
    b.add(make_place("test:hebei", "Hebei", PlaceKind::admin1, "CN", 39.0, 116.0, 0, {"He"}));
    b.add(make_place("gn:4409896", "Springfield", PlaceKind::admin_seat, "US", 37.22, -93.3, 166810, {}, "PPLA2"));
    auto g = b.build();
    CHECK(place_of(*g, "Officials from Springfield, He said, agreed.", "Springfield") == "gn:4409896");
    CHECK(place_of(*g, "Officials from Springfield, He said, agreed.", "He") == "none");
}

TEST_CASE("addresses: the name after a street and a comma is the address's town") {
    using resolution::after_address;
    std::string t = "of 1935 Orchard St., Alexandria, and Abbey Street, Tipperary, not Smith, Jones or street, Bantam";
    CHECK(after_address(t, t.find("Alexandria")));
    CHECK(after_address(t, t.find("Tipperary")));
    CHECK_FALSE(after_address(t, t.find("Jones")));
    CHECK_FALSE(after_address(t, t.find("Bantam")));  // no street's name: "street" in lower case
}

TEST_CASE("a town in an address, an office's county, a common word after 'in' are mentions") {
    GazetteerBuilder b;
    b.add(make_place("gn:2961192", "Tipperary", PlaceKind::village, "IE", 52.47, -8.16, 4976, {}, "PPL"));
    b.add(make_place("usc:21125", "Laurel County", PlaceKind::admin2, "US", 37.11, -84.12));
    b.add(make_place("gn:2640729", "Oxford", PlaceKind::admin_seat, "GB", 51.75, -1.26, 154600, {}, "PPLA2"));
    auto g = b.build();
    CHECK(place_of(*g, "He was arrested at Abbey Street, Tipperary, on March 17.", "Tipperary") == "gn:2961192");
    CHECK(place_of(*g, "Laurel County Judge-Executive Lawrence Kuhl fired him.", "Laurel County") == "usc:21125");
    CHECK(place_of(*g, "Vandals target cars parked in Oxford overnight.", "Oxford") == "gn:2640729");
    CHECK(place_of(*g, "Oxford shoes are back in fashion.", "Oxford") == "none");  // the word, with no evidence
}

TEST_CASE("a town's own service after its name is evidence of the town") {
    using resolution::names_town_service;
    std::string t = "Grand Ledge Police Officers; Cookville Volunteer Fire Department; Lewisburg Mayor John; Ohio Supreme";
    CHECK(names_town_service(t, t.find("Grand Ledge") + 11));
    CHECK(names_town_service(t, t.find("Cookville") + 9));
    CHECK(names_town_service(t, t.find("Lewisburg") + 9));
    CHECK_FALSE(names_town_service(t, t.find("Ohio") + 4));
    GazetteerBuilder b;
    b.add(make_place("gn:4994871", "Grand Ledge", PlaceKind::village, "US", 42.75, -84.75, 7786, {}, "PPL"));
    b.add(make_place("ne1:usa:michigan", "Michigan", PlaceKind::admin1, "US", 44.3, -85.4));
    auto g = b.build();
    const std::string michigan = " Fires are rare in Michigan in March.";
    CHECK(place_of(*g, "Fire exposes a lab. Grand Ledge Police Officers Chris Chester and Jason Smith responded." + michigan,
                   "Grand Ledge") == "gn:4994871");
    CHECK(place_of(*g, "Fire exposes a lab. Grand Ledge Officers Chris Chester and Jason Smith responded." + michigan,
                   "Grand Ledge") == "none");
}

TEST_CASE("a name only towns bear, after in, near or outside in mid-sentence, is a town") {
    GazetteerBuilder b;
    // A small town: its name alone, with no cue, stays below the threshold (resolve_weights.hpp).
    b.add(make_place("gn:4595374", "Scottdale", PlaceKind::village, "US", 40.1, -79.59, 600, {}, "PPL"));
    b.add(make_place("ne1:usa:pennsylvania", "Pennsylvania", PlaceKind::admin1, "US", 40.9, -77.6));
    b.add(make_place("gn:5200000", "Pennsylvania", PlaceKind::village, "US", 39.0, -80.0, 600, {}, "PPL"));
    auto g = b.build();
    CHECK(place_of(*g, "A basement fire killed a man in Scottdale yesterday.", "Scottdale") == "gn:4595374");
    CHECK(place_of(*g, "A basement fire killed Scottdale yesterday.", "Scottdale") == "none");
    // An area of the name keeps its own weight: the cue is only for names that are towns alone.
    CHECK(place_of(*g, "Winters are long in Pennsylvania.", "Pennsylvania") == "ne1:usa:pennsylvania");
}

TEST_CASE("typed names: X Oblast and X province are the region, X region with no region of the name the town") {
    GazetteerBuilder b;
    b.add(make_place("gn:706483", "Kharkiv", PlaceKind::admin_seat, "UA", 49.98, 36.25, 1430885, {}, "PPLA"));
    b.add(make_place("ne1:ukr:kharkiv", "Kharkiv", PlaceKind::admin1, "UA", 49.61, 36.49));
    b.add(make_place("gn:148105", "Hadrut", PlaceKind::village, "AZ", 39.52, 47.03, 4000, {}, "PPL"));
    b.add(make_place("ne:AZ", "Azerbaijan", PlaceKind::country, "AZ", 40.15, 47.73));
    auto g = b.build();
    std::string t = "Shelling hit Kharkiv Oblast overnight.";
    CHECK(place_of(*g, t, "Kharkiv") == "ne1:ukr:kharkiv");
    auto ms = resolve(*g, t, match_names(*g, t));
    REQUIRE(ms.size() == 1);
    CHECK(t.substr(ms[0].span.start, ms[0].span.end - ms[0].span.start) == "Kharkiv Oblast");  // one mention with its type word
    CHECK(place_of(*g, "Trams run again in Kharkiv city centre.", "Kharkiv") == "gn:706483");
    CHECK(place_of(*g, "Villages in Hadrut region of Azerbaijan were empty.", "Hadrut") == "gn:148105");
}

TEST_CASE("a river is found by its name and typed, and a common word or a person stays none") {
    GazetteerBuilder b;
    b.add(make_place("ner:62.1", "Indus", PlaceKind::river, "", 30.95, 70.84, 0, {"Indus River", "River Indus"}));
    b.add(make_place("ner:9.2", "Swat", PlaceKind::river, "", 34.9, 72.2, 0, {"Swat River", "River Swat"}));
    b.add(make_place("gn:1164807", "Swat", PlaceKind::city, "PK", 35.2, 72.5, 2300000, {}, "PPLA2"));
    b.add(make_place("ner:10.3", "Hope", PlaceKind::river, "", 49.4, -121.4, 0, {"Hope River", "River Hope"}));
    auto g = b.build();
    CHECK(place_of(*g, "Boats crossed the Indus River at dawn.", "Indus") == "ner:62.1");
    CHECK(place_of(*g, "Boats crossed the River Indus at dawn.", "River Indus") == "ner:62.1");
    CHECK(place_of(*g, "Villages along the Indus were flooded.", "Indus") == "ner:62.1");
    // The typed name is the river; the bare name the town of it.
    CHECK(place_of(*g, "The Swat River burst its banks.", "Swat River") == "ner:9.2");
    CHECK(place_of(*g, "Schools in Swat reopened on Monday.", "Swat") == "gn:1164807");
    // A river named like an English word is no mention of that word, nor of a person.
    CHECK(place_of(*g, "We hope the talks go well.", "hope") == "none");
    CHECK(place_of(*g, "Officials said Hope would travel on Monday.", "Hope") == "none");
    CHECK(place_of(*g, "Rafters set off on the Hope River.", "Hope River") == "ner:10.3");
}

TEST_CASE("epithets after a name: Alexander the Great, Ivan the Terrible") {
    using resolution::epithet_after;
    std::string t = "Alexander the Great and Ivan the Terrible; Paris the city; Lima the Greatest";
    CHECK(epithet_after(t, t.find("Alexander") + 9));
    CHECK(epithet_after(t, t.find("Ivan") + 4));
    CHECK_FALSE(epithet_after(t, t.find("Paris") + 5));
    CHECK_FALSE(epithet_after(t, t.find("Lima") + 4));  // a whole word only
}

TEST_CASE("a person's own name is no mention of a town, nor is the name when the person speaks later in the article") {
    GazetteerBuilder b;
    b.add(make_place("gn:5072006", "Lincoln", PlaceKind::admin_seat, "US", 40.8, -96.67, 291082, {}, "PPLA"));
    b.add(make_place("gn:5074472", "Omaha", PlaceKind::admin_seat, "US", 41.26, -95.94, 486051, {}, "PPLA2"));
    b.add(make_place("ne1:usa:nebraska", "Nebraska", PlaceKind::admin1, "US", 41.5, -99.8));
    b.add(make_place("gn:5106834", "Alexander", PlaceKind::village, "US", 41.3, -96.0, 900, {}, "PPL"));
    b.add(make_place("gn:4899581", "Lincoln", PlaceKind::admin_seat, "US", 40.15, -89.36, 14500, {}, "PPLA2"));
    auto g = b.build();
    // The town near the article's other places, in the state it names, would win on context alone.
    std::string t = "President Lincoln spoke in Omaha, Nebraska. Later Lincoln said the war was over.";
    for (const Mention& m : resolve(*g, t, match_names(*g, t)))
        CHECK_MESSAGE(g->id(m.place) != "gn:5072006", t.substr(m.span.start, m.span.end - m.span.start));
    CHECK(place_of(*g, "A show about Alexander the Great opened in Omaha, Nebraska.", "Alexander") == "none");
    CHECK(place_of(*g, "They drove from Omaha, Nebraska to Lincoln on Monday.", "Lincoln") == "gn:5072006");
}

TEST_CASE("a name its own words give as a person's is dropped before resolution, however near the article's places its town lies") {
    // The article names the town Chester too, qualified, beside its other places: the person's
    // name had been pulled up to a mention of it (the qualified occurrence speaks for the bare
    // one, and the context for both), the person's penalty notwithstanding. (Places made for the
    // test, at their real points.)
    GazetteerBuilder b;
    b.add(make_place("test:chester", "Chester", PlaceKind::city, "US", 39.85, -75.36, 33000, {}, "PPL"));
    b.add(make_place("test:philadelphia", "Philadelphia", PlaceKind::admin_seat, "US", 39.95, -75.16, 1600000, {}, "PPLA2"));
    b.add(make_place("test:wilmington", "Wilmington", PlaceKind::city, "US", 39.75, -75.55, 70000, {}, "PPL"));
    b.add(make_place("test:pennsylvania", "Pennsylvania", PlaceKind::admin1, "US", 40.9, -77.8));
    b.add(make_place("test:media", "Media", PlaceKind::admin_seat, "US", 39.92, -75.39, 5500, {}, "PPLA2"));
    auto g = b.build();
    const std::string text =
        "Geoff Chester, an astronomer, said the meteor was seen over Chester, Pennsylvania, and over "
        "Philadelphia and Wilmington.";
    CHECK(place_of(*g, text, "Chester") == "none");
    CHECK(place_of(*g, text, "Chester, Pennsylvania") == "test:chester");
    CHECK(place_of(*g, text, "Philadelphia") == "test:philadelphia");
    CHECK(place_of(*g, text, "Wilmington") == "test:wilmington");
    // Asked of the local words: the person's own name here, nothing that says place.
    const std::vector<NameMatch> found = match_names(*g, text);
    const std::vector<resolution::LocalContext> ctx = resolution::local_contexts(*g, text, found);
    REQUIRE(found.size() == ctx.size());
    REQUIRE_FALSE(found.empty());
    REQUIRE(found[0].span.start == text.find("Chester"));
    CHECK(resolution::names_a_person_here(ctx[0]));
    CHECK_FALSE(resolution::names_a_person_here(ctx[1]));  // "Chester, Pennsylvania": a qualifier says place
    // A cue beside the name says place: the resolver weighs both, as before.
    resolution::LocalContext cued = ctx[0];
    cued.cue = resolution::Cue::city;
    CHECK_FALSE(resolution::names_a_person_here(cued));
    // In an article that gives the name as no one's, the town named plainly is a mention.
    const std::string plain = "The meteor fell near Chester, officials in Philadelphia and Media said.";
    CHECK(place_of(*g, plain, "Chester") == "test:chester");
}

TEST_CASE("Russian and Ukrainian regions named by an adjective, in any case, are the region with their type word") {
    using resolution::slavic_region_word;
    CHECK(slavic_region_word("области"));
    CHECK(slavic_region_word("області"));
    CHECK(slavic_region_word("края"));
    CHECK_FALSE(slavic_region_word("облака"));
    GazetteerBuilder b;
    b.add(make_place("gn:2023469", "Irkutsk", PlaceKind::admin_seat, "RU", 52.3, 104.3, 586695, {"Иркутск"}, "PPLA"));
    b.add(make_place("ne1:rus:irkutsk", "Irkutsk", PlaceKind::admin1, "RU", 57.1, 106.4, 0,
                     {"Irkutskaya Oblast'", "Irkutskaya"}));
    b.add(make_place("gn:698740", "Odesa", PlaceKind::admin_seat, "UA", 46.48, 30.73, 1015826, {"Одеса"}, "PPLA"));
    b.add(make_place("ne1:ukr:odessa", "Odessa", PlaceKind::admin1, "UA", 46.7, 30.0, 0, {"Odes'ka Oblast'", "Odes'ka"}));
    b.add(make_place("ne:RU", "Russia", PlaceKind::country, "RU", 61.5, 98.0));
    auto g = b.build();
    std::string t = "Пожары в Иркутской области не утихают. В Иркутске закрыли школы, сообщили в Москве.";
    CHECK(place_of(*g, t, "Иркутской") == "ne1:rus:irkutsk");
    auto ms = resolve(*g, t, match_names(*g, t));
    REQUIRE(!ms.empty());
    CHECK(t.substr(ms[0].span.start, ms[0].span.end - ms[0].span.start) == "Иркутской области");
    // The bare name beside the region named with its type word is the town.
    CHECK(place_of(*g, t, "Иркутске") == "gn:2023469");
    CHECK(place_of(*g, "Як повідомили в адміністрації Одеської області, порт працює.", "Одеської") == "ne1:ukr:odessa");
    CHECK(place_of(*g, "Порт Одеси працює.", "Одеси") == "gn:698740");
}

TEST_CASE("a representative's name, a sea named after a country, a qualifier after 'in', a city whose name is an adjective") {
    GazetteerBuilder b;
    b.add(make_place("gn:4152574", "Dana", PlaceKind::village, "US", 36.1, -86.2, 900, {}, "PPL"));
    b.add(make_place("ne1:usa:tennessee", "Tennessee", PlaceKind::admin1, "US", 35.9, -86.4));
    b.add(make_place("ne:CN", "China", PlaceKind::country, "CN", 35.0, 103.0));
    b.add(make_place("ne:VN", "Vietnam", PlaceKind::country, "VN", 16.0, 107.5));
    b.add(make_place("gn:6324729", "Halifax", PlaceKind::admin_seat, "CA", 44.65, -63.57, 359111, {}, "PPLA"));
    b.add(make_place("gn:4939085", "Halifax", PlaceKind::village, "US", 41.99, -70.86, 7500, {}, "PPL"));
    b.add(make_place("ne1:can:nova_scotia", "Nova Scotia", PlaceKind::admin1, "CA", 45.0, -63.0));
    b.add(make_place("gn:4930956", "Boston", PlaceKind::capital, "US", 42.36, -71.06, 667137, {}, "PPLA"));
    b.add(make_place("ne1:usa:massachusetts", "Massachusetts", PlaceKind::admin1, "US", 42.3, -71.8));
    b.add(make_place("gn:706369", "Khmelnytskyi", PlaceKind::admin_seat, "UA", 49.42, 26.99, 274452, {"Хмельницький"}, "PPLA"));
    b.add(make_place("ne:UA", "Ukraine", PlaceKind::country, "UA", 49.0, 32.0, 0, {"Україна"}));
    auto g = b.build();
    CHECK(place_of(*g, "Representative Dana Austin of Tennessee backed the bill.", "Dana") == "none");
    CHECK(place_of(*g, "The storm weakened over the South China Sea before reaching Vietnam.", "China") == "none");
    CHECK(place_of(*g, "Talks with China resumed.", "China") == "ne:CN");
    // Boston is 50 km from the Massachusetts Halifax: only the qualifier speaks for the Canadian one.
    CHECK(place_of(*g, "Storms closed ports from Boston, Massachusetts, to Halifax, in Nova Scotia.", "Halifax") ==
          "gn:6324729");
    CHECK(place_of(*g, "Гості приїхали з Хмельницького, а потім поїхали далі по Україні.", "Хмельницького") == "gn:706369");
}

TEST_CASE("a name the article gives as an organisation's is the organisation where it stands alone, unless a cue says place") {
    GazetteerBuilder b;
    b.add(make_place("gn:5226534", "Brookings", PlaceKind::admin_seat, "US", 44.31, -96.8, 22000, {}, "PPLA2"));
    b.add(make_place("gn:5391811", "Washington", PlaceKind::capital, "US", 38.9, -77.04, 690000, {}, "PPLC"));
    b.add(make_place("ne1:usa:south_dakota", "South Dakota", PlaceKind::admin1, "US", 44.4, -100.2));
    auto g = b.build();
    const std::string t = "The Brookings Foundation in Washington published a study of South Dakota farms. "
                          "Last year Brookings found the same.";
    CHECK(place_of(*g, t, "Brookings found") == "none");
    CHECK(place_of(*g, t, "South Dakota") == "ne1:usa:south_dakota");
    // A cue at the other occurrence keeps the place; a prominent place is no firm's name.
    CHECK(place_of(*g, "The Brookings Foundation held a forum. The farm near Brookings, South Dakota, was sold.",
                   "Brookings, South") == "gn:5226534");
    CHECK(place_of(*g, "The Washington Institute held a forum. Last year Washington disagreed with it.", "Washington disagreed") ==
          "gn:5391811");
}
