// The resolver's fixed word lists (word_set.hpp): a word is found when a list holds it, whatever
// other words share its first byte and length, and a table of several lists answers with the bit
// of each list that holds it.
#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

#include "places/word_set.hpp"

using placeline::resolution::WordClasses;
using placeline::resolution::WordSet;

TEST_CASE("word set: the listed words and no others, however alike") {
    const WordSet set{"city", "town", "capital", "cite"};
    for (std::string_view w : {"city", "town", "capital", "cite"}) CHECK(set.has(w));
    // The same first byte and length, a prefix, a longer word, another case, empty.
    for (std::string_view w : {"cits", "cit", "cityx", "City", "tow", "towns", "capitol", ""}) CHECK_FALSE(set.has(w));
}

TEST_CASE("word classes: one probe answers for every list that holds a word") {
    static constexpr std::string_view cities[] = {"city", "town", "village"};
    static constexpr std::string_view landmarks[] = {"village", "bridge", "river"};
    static constexpr std::string_view heads[] = {"group", "house"};
    const WordClasses classes{{cities, 1}, {landmarks, 2}, {heads, 4}};
    CHECK(classes.of("city") == 1);
    CHECK(classes.of("town") == 1);
    CHECK(classes.of("village") == 3);  // in both lists
    CHECK(classes.of("bridge") == 2);
    CHECK(classes.of("river") == 2);
    CHECK(classes.of("group") == 4);
    CHECK(classes.of("house") == 4);
    for (std::string_view w : {"cite", "villages", "rivers", "grou", "House", "", "x"}) CHECK(classes.of(w) == 0);
    // Many words: the table grows, each word keeps its lists.
    std::vector<std::string> many;
    for (int k = 0; k < 500; ++k) many.push_back("word" + std::to_string(k));
    std::vector<std::string_view> views(many.begin(), many.end());
    const WordClasses big{{std::span<const std::string_view>(views), 8}, {cities, 1}};
    for (std::string_view w : views) CHECK(big.of(w) == 8);
    CHECK(big.of("town") == 1);
    CHECK(big.of("word500") == 0);
}
