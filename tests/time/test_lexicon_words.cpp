// Where a text has words the date lexicons give as English words (lexicon_words_meaning): a long
// text is read in pieces on the cores, which must find exactly what reading its parts finds.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "placeline/time/lexicon.hpp"

using placeline::lexicon_words_meaning;

TEST_CASE("lexicon words: other languages' words for the English ones, where they start") {
    const std::string text = "Am 3. Januar, Veröffentlicht. 8 марта; Publié le 2 mars. January";
    std::vector<size_t> months = lexicon_words_meaning(text, {"january", "march"});
    // English words are the callers' to find as written: "January" is not listed.
    CHECK(months == std::vector<size_t>{text.find("Januar"), text.find("марта"), text.find("mars")});
    std::vector<size_t> published = lexicon_words_meaning(text, {"published"});
    CHECK(published == std::vector<size_t>{text.find("Veröffentlicht"), text.find("Publié")});
}

TEST_CASE("lexicon words: a long text read in pieces finds what its paragraphs find, in order") {
    // Paragraphs dense in such words and of different lengths, so that the pieces' cuts fall at
    // every kind of place: in a word, in a Cyrillic word, between words; and in words that end
    // in such a word ("Walmart": Turkish "mart" is March), which a cut there must not find.
    const std::vector<std::string> paragraphs = {
        "Januar Januar, 3. Januar Veröffentlicht Walmart. ",
        "марта марта, марте март; Опубликовано марта. ",
        "Publié mars, mars janvier; Veröffentlicht Januar.\n",
        "Walmart Walmart, Smart Walmart: March 3, January 5. ",
    };
    // The text shifted by 0 to 7 spaces moves every cut against the words.
    for (size_t shift = 0; shift < 8; ++shift) {
        std::string text(shift, ' ');
        std::vector<size_t> expected;
        for (size_t k = 0; text.size() < 10 * 256 * 1024; k += 1 + k % 3) {
            const std::string& p = paragraphs[k % paragraphs.size()];
            for (size_t at : lexicon_words_meaning(p, {"january", "march", "published"})) expected.push_back(text.size() + at);
            text += p;
        }
        CAPTURE(shift);
        REQUIRE(expected.size() > 100000);
        CHECK(lexicon_words_meaning(text, {"january", "march", "published"}) == expected);
    }
}
