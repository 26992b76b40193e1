#include <doctest/doctest.h>

#include "placeline/gazetteer.hpp"
#include "placeline/matcher.hpp"
#include "placeline/names.hpp"

using namespace placeline;

static std::shared_ptr<const Gazetteer> small_gazetteer() {
    GazetteerBuilder b;
    b.add({"gn:147105", "Shusha", PlaceKind::admin_seat, "AZ", {46.75, 39.76}, 0, {}, false,
           {{"Shushi", "hy-Latn"}, {"Şuşa", "az"}, {"Шуша", "ru"}}, ""});
    b.add({"pl:nk", "Nagorno-Karabakh", PlaceKind::region, "AZ", {46.8, 39.9}, 0, {}, false,
           {{"Karabakh", "en"}}, ""});
    b.add({"pl:lc", "Lachin Corridor", PlaceKind::corridor, "AZ", {46.5, 39.6}, 0, {}, false, {}, ""});
    b.add({"gn:147625", "Lachin", PlaceKind::admin_seat, "AZ", {46.55, 39.6}, 0, {}, false, {}, ""});
    return b.build();
}

static std::vector<std::string> surfaces(const Gazetteer& g, std::string_view text) {
    std::vector<std::string> out;
    for (const NameMatch& m : match_names(g, text))
        out.push_back(std::string(text.substr(m.span.start, m.span.end - m.span.start)) + "=" +
                      g.place(m.candidates.front()).id);
    return out;
}

TEST_CASE("folding makes spellings meet") {
    CHECK(fold_name("Şuşa") == "susa");
    CHECK(fold_name("Naxçıvan") == "naxcivan");
    CHECK(fold_name("Nagorno-Karabakh") == "nagorno karabakh");
    CHECK(fold_name("Nagorno  Karabakh") == "nagorno karabakh");
    CHECK(fold_name("Шуша") == "susa");
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
}

TEST_CASE("lower-case words are not names, and names do not join across punctuation") {
    auto g = small_gazetteer();
    CHECK(surfaces(*g, "shusha in lower case").empty());
    CHECK(surfaces(*g, "Lachin. Corridor") == std::vector<std::string>{"Lachin=gn:147625"});
}
