// The words around a position read from the article's tokens (near_words.hpp) are the words
// words_before and words_after read out of the text, at every byte of texts that cut words in
// every way: initials, apostrophes, hyphens, dashes, other scripts, long words a window starts
// inside.
#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "placeline/places/names.hpp"
#include "placeline/places/resolution.hpp"
#include "places/institutions.hpp"
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
            // The nearest `take` words at least, of the same window.
            const std::vector<std::string> all = resolution::words_before(text, pos, count);
            for (int take = 1; take <= count; ++take) {
                const std::vector<std::string> some = as_strings(resolution::words_before(
                    text, words, pos, count, resolution::first_token_from(words, pos), take));
                REQUIRE(some.size() >= std::min(all.size(), size_t(take)));
                REQUIRE(some.size() <= all.size());
                REQUIRE(std::equal(some.rbegin(), some.rend(), all.rbegin()));
            }
            resolution::TokensAfter after(text, words, pos);
            REQUIRE(as_strings(after.words(count)) == resolution::words_after(text, pos, count));
            // Asked word by word: as far as the words reach, and the same words.
            const std::vector<std::string> following = resolution::words_after(text, pos, count);
            resolution::TokensAfter lazy(text, words, pos);
            for (size_t k = 0; k < size_t(count); ++k) {
                REQUIRE(lazy.reaches(k) == (following.size() > k));
                if (lazy.reaches(k)) REQUIRE(lazy.folded(k) == following[k]);
            }
        }
}

// The word before every byte read from the article's tokens is the one word_before reads out of
// the text, with the same flags.
void check_word_before_everywhere(const std::string& text) {
    const std::vector<Token> words = tokenize(text);
    for (size_t pos = 0; pos <= text.size(); ++pos) {
        CAPTURE(pos);
        bool cap = false, dot = false;
        size_t start = size_t(-1);
        const std::string w = resolution::word_before(text, pos, cap, start, dot);
        bool cap2 = false, dot2 = false;
        size_t start2 = size_t(-1);
        const size_t next = resolution::first_token_from(words, pos);
        const resolution::NearWords before = resolution::words_before(text, words, pos, 4, next);
        std::string scratch;
        const std::string_view w2 =
            resolution::word_before(text, words, next, before, pos, cap2, start2, dot2, scratch);
        REQUIRE(w2 == w);
        REQUIRE(cap2 == cap);
        REQUIRE(start2 == start);
        REQUIRE(dot2 == dot);
    }
}

// The tokens after every byte read from the article's tokens are those next_token reads on from
// there, folded as fold_token folds them; and so are the tests that read them.
void check_tokens_after_everywhere(const std::string& text) {
    const std::vector<Token> words = tokenize(text);
    for (size_t pos = 0; pos <= text.size(); ++pos) {
        CAPTURE(pos);
        resolution::TokensAfter after(text, words, pos);
        size_t at = pos;
        Token t;
        for (size_t k = 0; k < resolution::TokensAfter::capacity; ++k) {
            const bool found = next_token(text, at, t);
            const Token* read = after.token(k);
            REQUIRE(found == (read != nullptr));
            if (!found) break;
            REQUIRE(read->start == t.start);
            REQUIRE(read->end == t.end);
            REQUIRE(read->capitalised == t.capitalised);
            REQUIRE(read->ascii == t.ascii);
            std::string folded;
            fold_token(std::string_view(text).substr(t.start, t.end - t.start), t.ascii, folded);
            REQUIRE(after.folded(k) == folded);
            at = t.end;
        }
        // Sought on from an earlier token, as the resolver does from a match's first token.
        resolution::TokensAfter again(text, words, pos, resolution::first_token_from(words, pos > 12 ? pos - 12 : 0));
        REQUIRE(as_strings(again.words(4)) == resolution::words_after(text, pos, 4));
        REQUIRE(resolution::names_institution(again) == resolution::names_institution(text, pos));
        REQUIRE(resolution::names_town_service(again) == resolution::names_town_service(text, pos));
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

TEST_CASE("near words: the word before a position is word_before's, at every byte of awkward text") {
    check_word_before_everywhere(
        "Mr. Jones, Rep. Jay Roberts and Gen. Smith met in Rostov-on-Don. O'Brien's Kyiv; U.S. Army "
        "D'Amato\xE2\x80\x99s \xE2\x80\x9C" "Bill Clinton\xE2\x80\x9D \xC2\xA0President Lincoln  Şəki "
        "Харьковской  области. A.B.C. Ts'khinvali 3rd 2024 Smith . Jones\tWashington, D.C. Nagorno-Karabakh");
}

TEST_CASE("near words: the tokens after a position are next_token's, at every byte of awkward text") {
    check_tokens_after_everywhere(
        "The Ohio Supreme Court; Butler County Coroner's Office; Lewisburg Police said. U.S. Army's base near "
        "Ts'khinvali, Mr. Jones (D-Ky.) said Nagorno-Karabakh\xE2\x80\x94Stepanakert \xC2\xA0Shusha; "
        "Харьковской области, Şəki Gəncə. D'Amato\xE2\x80\x99s Office 's 3rd 2024\tWashington, D.C.,U.S.Army "
        "Springfield Science Museum Grand Ledge Volunteer Fire");
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
        check_tokens_after_everywhere(text.str());
        check_word_before_everywhere(text.str());
        ++files;
    }
    CHECK(files >= 9);
}
