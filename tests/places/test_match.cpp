// Names and matching: folding, words, and the matcher's longest-match rules.
#include <doctest/doctest.h>

#include "places/gazetteer_fixture.hpp"
#include "placeline/places/matcher.hpp"
#include "placeline/places/names.hpp"

using namespace placeline;
using test::make_place;

static std::shared_ptr<const Gazetteer> small_gazetteer() {
    GazetteerBuilder b;
    b.add(make_place("gn:147105", "Shusha", PlaceKind::admin_seat, "AZ", 39.76, 46.75, 0, {"Shushi", "Şuşa", "Шуша"}));
    b.add(make_place("pl:nk", "Nagorno-Karabakh", PlaceKind::region, "AZ", 39.9, 46.8, 0, {"Karabakh"}));
    b.add(make_place("pl:lc", "Lachin Corridor", PlaceKind::corridor, "AZ", 39.6, 46.5));
    b.add(make_place("gn:147625", "Lachin", PlaceKind::admin_seat, "AZ", 39.6, 46.55));
    b.add(make_place("ne:US", "United States of America", PlaceKind::country, "US", 39, -98, 0, {"U.S.", "United States"}));
    b.add(make_place("gn:498817", "Saint Petersburg", PlaceKind::city, "RU", 59.9, 30.3, 0, {"St. Petersburg"}));
    b.add(make_place("gn:616635", "Gyumri", PlaceKind::admin_seat, "AM", 40.79, 43.85, 0, {"Գյումրի"}));
    return b.build();
}

static std::vector<std::string> surfaces(const Gazetteer& g, std::string_view text) {
    std::vector<std::string> out;
    for (const NameMatch& m : match_names(g, text))
        out.push_back(std::string(text.substr(m.span.start, m.span.end - m.span.start)) + "=" +
                      std::string(g.id(m.candidates.front())));
    return out;
}

TEST_CASE("folding makes spellings meet") {
    CHECK(fold_name("Şuşa") == "susa");
    CHECK(fold_name("Naxçıvan") == "naxcivan");
    CHECK(fold_name("Xankəndi") == "xankandi");  // schwa as in GeoNames' ASCII names
    CHECK(fold_name("Nagorno-Karabakh") == "nagorno karabakh");
    CHECK(fold_name("Nagorno  Karabakh") == "nagorno karabakh");
    CHECK(fold_name("Шуша") == "susa");
    CHECK(fold_name("Գյումրի") == "gyumri");
    CHECK(fold_name("საქართველო") == "sakartvelo");
    CHECK(fold_name("St. Petersburg") == "st petersburg");
    CHECK(fold_name("Ts'khinvali") == fold_name("Tskhinvali"));
    CHECK(fold_name("ＫＹＩＶ") == "kyiv");  // NFKC: full-width letters
    // Scripts outside the region keep their letters: a romanisation would collide with English.
    CHECK(fold_name("巴库") == "巴库");
}

TEST_CASE("scripts and display transliteration") {
    CHECK(script_of("Степанакерт") == "Cyrl");
    CHECK(script_of("Շուշի") == "Armn");
    CHECK(script_of("Stepanakert") == "Latn");
    CHECK(script_of("123") == "Zyyy");
    CHECK(latin_display("Степанакерт") == "Stepanakert");
    CHECK(latin_display("Shusha") == "Shusha");
}

TEST_CASE("words: possessives end a word, initials with dots are one word") {
    std::string_view text = "Karabakh's U.S. envoy, Ts'khinvali";
    auto t = tokenize(text);
    REQUIRE(t.size() == 5);
    CHECK(text.substr(t[0].start, t[0].end - t[0].start) == "Karabakh");
    CHECK(text.substr(t[1].start, t[1].end - t[1].start) == "s");  // the possessive, on its own
    CHECK(text.substr(t[2].start, t[2].end - t[2].start) == "U.S.");
    CHECK(text.substr(t[4].start, t[4].end - t[4].start) == "Ts'khinvali");
    CHECK(t[0].capitalised);
    CHECK_FALSE(t[3].capitalised);
}

TEST_CASE("words: an ASCII start read on past by a letter, an apostrophe or an initial's dot") {
    // Each of these words begins as plain ASCII and goes on with what only the full rules read.
    std::string_view text = "Zürich, O'Brien, x. 42nd Baku";
    std::vector<std::string_view> words;
    std::vector<bool> ascii, capitalised;
    for (const Token& t : tokenize(text)) {
        words.push_back(text.substr(t.start, t.end - t.start));
        ascii.push_back(t.ascii);
        capitalised.push_back(t.capitalised);
    }
    CHECK(words == std::vector<std::string_view>{"Zürich", "O'Brien", "x", "42nd", "Baku"});
    CHECK(ascii == std::vector<bool>{false, true, true, true, true});
    CHECK(capitalised == std::vector<bool>{true, true, false, false, true});
    // Read from inside a word, or from the spaces before one: the word from there on.
    Token t;
    REQUIRE(next_token(text, 1, t));
    CHECK(text.substr(t.start, t.end - t.start) == "ürich");
    REQUIRE(next_token(text, 25, t));
    CHECK(text.substr(t.start, t.end - t.start) == "Baku");
    CHECK_FALSE(next_token(text, text.size(), t));
    CHECK_FALSE(next_token("  , ", 0, t));
}

TEST_CASE("names are found in every form, longest first") {
    auto g = small_gazetteer();
    CHECK(surfaces(*g, "in the city of Shushi was") == std::vector<std::string>{"Shushi=gn:147105"});
    CHECK(surfaces(*g, "Şuşa and Шуша") == std::vector<std::string>{"Şuşa=gn:147105", "Шуша=gn:147105"});
    CHECK(surfaces(*g, "Nagorno-Karabakh’s authorities") == std::vector<std::string>{"Nagorno-Karabakh=pl:nk"});
    CHECK(surfaces(*g, "the Nagorno Karabakh conflict") == std::vector<std::string>{"Nagorno Karabakh=pl:nk"});
    CHECK(surfaces(*g, "Karabakh's people") == std::vector<std::string>{"Karabakh=pl:nk"});
    CHECK(surfaces(*g, "blocked the Lachin corridor and Lachin") ==
          std::vector<std::string>{"Lachin corridor=pl:lc", "Lachin=gn:147625"});
    CHECK(surfaces(*g, "the U.S. and the United States") ==
          std::vector<std::string>{"U.S.=ne:US", "United States=ne:US"});
    CHECK(surfaces(*g, "from St. Petersburg") == std::vector<std::string>{"St. Petersburg=gn:498817"});
    CHECK(surfaces(*g, "Գյումրի") == std::vector<std::string>{"Գյումրի=gn:616635"});
}

TEST_CASE("lower-case words are not names, and names do not join across punctuation") {
    auto g = small_gazetteer();
    CHECK(surfaces(*g, "shusha in lower case").empty());
    CHECK(surfaces(*g, "Lachin. Corridor") == std::vector<std::string>{"Lachin=gn:147625"});
    CHECK(surfaces(*g, "Lachin, corridor") == std::vector<std::string>{"Lachin=gn:147625"});
    // A prefix of a longer name that is not a name itself gives nothing.
    CHECK(surfaces(*g, "Nagorno is not a place").empty());
}

TEST_CASE("the matcher reuses its output and handles text edges") {
    auto g = small_gazetteer();
    std::vector<NameMatch> out;
    match_names(*g, "Lachin", out);
    REQUIRE(out.size() == 1);
    CHECK(out[0].span == ByteSpan{0, 6});
    match_names(*g, "", out);
    CHECK(out.empty());
    match_names(*g, "Nagorno-", out);
    CHECK(out.empty());
    match_names(*g, "\xff\xfe Lachin", out);  // invalid UTF-8 before a name
    REQUIRE(out.size() == 1);
    CHECK(g->id(out[0].candidates.front()) == "gn:147625");
}

TEST_CASE("a long text read in pieces gives the words and matches of one pass") {
    auto g = small_gazetteer();
    // Lines whose names, words and odd bytes meet the cuts where the pieces are cut: names split by
    // a break, an initial's dot, an apostrophe, Armenian, a broken UTF-8 sequence. With line
    // breaks, and without: joined by a space, a comma and a space or a bare comma (a paragraph cut
    // only after its commas, some right after a broken sequence or right before a name).
    const std::vector<std::string> lines = {
        "Shelling near Lachin Corridor and Shusha went on.", "The road from Lachin", "Corridor reopened in Nagorno-",
        "Karabakh after talks in St.", "Petersburg and the U.S.", "Ts'khinvali's mayor met Գյումրի officials",
        "\xe2", "\xe2\x80", "United States of", "America", "", "  Lachin  ", "Shusha's square, Shushi and Şuşa."};
    for (bool breaks : {true, false}) {
        CAPTURE(breaks);
        std::string text;
        for (size_t i = 0; text.size() < 300 * 1024; ++i)
            text += lines[(i * 7) % lines.size()] +
                    (breaks ? (i % 5 ? "\n" : "\n\n") : (i % 3 == 0 ? " " : i % 3 == 1 ? ", " : ","));
        text += "Lachin";  // no break at the end
        REQUIRE((text.find('\n') == std::string::npos) == !breaks);

        const std::vector<Token> one_words = tokenize(text);
        std::vector<NameMatch> one_matches;
        match_names(*g, text, one_words, one_matches);
        REQUIRE(one_matches.size() > 1000);

        std::vector<Token> words;
        std::vector<NameMatch> matches;
        tokenize_and_match(*g, text, words, matches);
        REQUIRE(words.size() == one_words.size());
        size_t same_words = 0;
        for (size_t i = 0; i < words.size(); ++i)
            same_words += words[i].start == one_words[i].start && words[i].end == one_words[i].end &&
                          words[i].capitalised == one_words[i].capitalised && words[i].ascii == one_words[i].ascii;
        CHECK(same_words == words.size());
        REQUIRE(matches.size() == one_matches.size());
        size_t same_matches = 0;
        for (size_t i = 0; i < matches.size(); ++i)
            same_matches += matches[i].span == one_matches[i].span && matches[i].key == one_matches[i].key;
        CHECK(same_matches == matches.size());
    }
}
