// The words around a position read from the article's tokens (near_words.hpp) are the words
// words_before and words_after read out of the text, at every byte of texts that cut words in
// every way: initials, apostrophes, hyphens, dashes, other scripts, long words a window starts
// inside.
#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "placeline/places/names.hpp"
#include "placeline/places/resolution.hpp"
#include "places/near_words.hpp"

namespace {

using namespace placeline;

std::vector<std::string> as_strings(const resolution::NearWords& w) {
    std::vector<std::string> out;
    for (size_t k = 0; k < w.size(); ++k) out.emplace_back(w[k]);
    return out;
}

// Every byte of the text, every count: the same words both ways.
void check_everywhere(const std::string& text) {
    const std::vector<Token> words = tokenize(text);
    for (size_t pos = 0; pos <= text.size(); ++pos)
        for (int count = 1; count <= 4; ++count) {
            CAPTURE(pos);
            CAPTURE(count);
            REQUIRE(as_strings(resolution::words_before(text, words, pos, count)) ==
                    resolution::words_before(text, pos, count));
            REQUIRE(as_strings(resolution::words_after(text, words, pos, count)) ==
                    resolution::words_after(text, pos, count));
        }
}

}  // namespace

TEST_CASE("near words: the tokens' words are the text's, at every byte of awkward text") {
    check_everywhere(
        "The U.S. Army's base near Ts'khinvali, in the Azerbaijani city of Ganja. Mr. Jones (D-Ky.) said "
        "Nagorno-Karabakh\xE2\x80\x94Stepanakert and \xC2\xA0Shusha; \"Kyiv\" \xE2\x80\x9Cthe capital\xE2\x80\x9D of "
        "Ukraine: Харьковской области, Şəki and Gəncə. Donaudampfschifffahrtsgesellschaftskapitän "
        "Rechtsschutzversicherungsgesellschaften Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz "
        "in Rostov-on-Don.\nA.B.C. AB.C. D'Amato's 's 3rd 2024\tWashington, D.C.,U.S.Army");
}

TEST_CASE("near words: the tokens' words are the text's, at every byte of the languages set") {
    size_t files = 0;
    for (const auto& entry : std::filesystem::directory_iterator(TEST_DATA "/languages")) {
        if (entry.path().extension() != ".txt") continue;
        std::ifstream in(entry.path());
        std::stringstream text;
        text << in.rdbuf();
        CAPTURE(entry.path().filename().string());
        check_everywhere(text.str());
        ++files;
    }
    CHECK(files >= 9);
}
