// WordList (word_list.hpp): a set of words by string_view, through its growth.
#include <doctest/doctest.h>

#include <string>

#include "placeline/places/word_list.hpp"

using placeline::WordList;

TEST_CASE("word list: holds what was inserted, once, and nothing else") {
    WordList words;
    CHECK(words.empty());
    CHECK_FALSE(words.contains("paris"));
    words.insert("paris");
    words.insert("москва");
    words.insert("paris");
    CHECK(words.size() == 2);
    CHECK(words.contains("paris"));
    CHECK(words.count("москва") == 1);
    CHECK_FALSE(words.contains("pari"));
    CHECK_FALSE(words.contains("parisx"));
    CHECK_FALSE(words.contains(""));
    CHECK(words.word(0) == "paris");
    CHECK(words.word(1) == "москва");
}

TEST_CASE("word list: every word of thousands found after the table grew, the others not") {
    WordList words;
    for (int k = 0; k < 5000; ++k) words.insert(std::string("w").append(std::to_string(k * 2)));
    CHECK(words.size() == 5000);
    int found = 0, strays = 0;
    for (int k = 0; k < 10000; ++k) (k % 2 == 0 ? found : strays) += words.contains(std::string("w").append(std::to_string(k))) ? 1 : 0;
    CHECK(found == 5000);
    CHECK(strays == 0);
    for (int k = 0; k < 5000; ++k) REQUIRE(words.word(size_t(k)) == std::string("w").append(std::to_string(k * 2)));
}
