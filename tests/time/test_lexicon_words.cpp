// Where a text has words the date lexicons give as English words (lexicon_words_meaning): a long
// text is read in pieces on the cores, which must find exactly what reading its parts finds.
#include <doctest/doctest.h>

#include <algorithm>
#include <span>
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

TEST_CASE("lexicon words: asked at given offsets, the same answers as the whole text's reading") {
    // Words inside longer words ("Walmart" holds Turkish "mart"), Cyrillic and accented words, a
    // dash and a no-break space, words glued to digits and runs of letters with no ASCII
    // non-letter between them: every offset, and every few offsets (so that the reading restarts
    // before some and goes on from the last word for others), answers as the whole reading lists.
    const std::string text = "Am 3. Januar Walmart,марта\xC2\xA0март—Januar; 5Januar März Mai Publié mars. "
                             "Опубликовано марта Smart январяМарта Sonntag-Montag";
    const std::initializer_list<std::string_view> english = {"january", "march", "may", "sunday", "monday"};
    const std::vector<size_t> whole = lexicon_words_meaning(text, english);
    REQUIRE(whole.size() >= 8);
    for (size_t every = 1; every <= 7; ++every)
        for (size_t first = 0; first < every; ++first) {
            std::vector<size_t> at, expected;
            for (size_t k = first; k < text.size() + 3; k += every) at.push_back(k);
            for (size_t w : whole)
                if (w >= first && (w - first) % every == 0) expected.push_back(w);
            CAPTURE(every);
            CAPTURE(first);
            CHECK(placeline::lexicon_words_meaning_at(text, at, english) == expected);
        }
}

TEST_CASE("lexicon words: asked at one offset at a time, in any order, the whole text's reading") {
    // Every offset of the same awkward text, and some past its end, from the last to the first:
    // each answer is whether the whole reading lists the offset.
    const std::string text = "Am 3. Januar Walmart,марта\xC2\xA0март—Januar; 5Januar März Mai Publié mars. "
                             "Опубликовано марта Smart январяМарта Sonntag-Montag";
    const std::initializer_list<std::string_view> english = {"january", "march", "may", "sunday", "monday"};
    const std::vector<size_t> whole = lexicon_words_meaning(text, english);
    const std::span<const std::string_view> asked(english.begin(), english.size());
    size_t found = 0;
    for (size_t at = text.size() + 3; at-- > 0;) {
        const bool listed = std::find(whole.begin(), whole.end(), at) != whole.end();
        CAPTURE(at);
        CHECK(placeline::lexicon_word_meaning_at(text, at, asked) == listed);
        found += listed;
    }
    CHECK(found == whole.size());
}
