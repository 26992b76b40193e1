// article_language (article_language.hpp): its count stops early only where the words left could
// not change the answer, so a language that takes over late in an article is still found.
#include <doctest/doctest.h>

#include <string>

#include "places/article_language.hpp"

namespace {

std::string times(const std::string& words, int n) {
    std::string out;
    for (int k = 0; k < n; ++k) out += words;
    return out;
}

int language_of(const std::string& text) {
    using namespace placeline::resolution;
    return article_language(lexicon(), text);
}

std::string code_of(int k) {
    using namespace placeline::resolution;
    return k < 0 ? "none" : lexicon().language_words[size_t(k)].first;
}

}  // namespace

TEST_CASE("article language: English throughout is none, German after English is still German") {
    const std::string english = "the men said that the river was high and the roads were closed for the week ";
    const std::string german = "und die Leute sagten, dass der Fluss nicht mit dem Wasser auf die Straße kam und ist noch nicht über ";
    CHECK(code_of(language_of(times(english, 60))) == "none");
    // 60 English words, then German: the English lead early on is smaller than the words left.
    CHECK(code_of(language_of(times(english, 4) + times(german, 20))) == "de");
    // Past the 2,000 words counted, nothing counts.
    CHECK(code_of(language_of(times(english, 200) + times(german, 200))) == "none");
}
