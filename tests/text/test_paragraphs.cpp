#include <doctest/doctest.h>

#include "placeline/corpus/passage.hpp"

using namespace placeline;

static std::vector<std::string> texts(std::string_view s) {
    std::vector<std::string> out;
    for (const ByteSpan& p : split_paragraphs(s)) out.emplace_back(s.substr(p.start, p.end - p.start));
    return out;
}

TEST_CASE("one paragraph per line, blank lines ignored, whitespace trimmed") {
    auto p = texts("First paragraph.  \n\n  Second one.\nThird one.\n\n\n");
    REQUIRE(p.size() == 3);
    CHECK(p[0] == "First paragraph.");
    CHECK(p[1] == "Second one.");
    CHECK(p[2] == "Third one.");
}

TEST_CASE("hard-wrapped lines are joined back into one paragraph") {
    auto p = texts("The conflict over the region broke out in 1988 when the\nregion sought independence.\n\nNext.");
    REQUIRE(p.size() == 2);
    CHECK(p[0] == "The conflict over the region broke out in 1988 when the\nregion sought independence.");
}

TEST_CASE("a short heading followed by a lower-case line stays separate") {
    auto p = texts("Swift demise\nthe offensive began.");
    CHECK(p.size() == 2);
}

TEST_CASE("a paragraph of megabytes is cut at spaces into readable passages") {
    std::string text;
    while (text.size() < 300 * 1024) text += "convoy left Goris at dawn ";
    auto spans = split_paragraphs(text);
    REQUIRE(spans.size() >= 5);
    size_t covered = 0;
    for (size_t i = 0; i < spans.size(); ++i) {
        CHECK(spans[i].end - spans[i].start <= 64 * 1024);
        CHECK(text[spans[i].start] != ' ');
        if (i) CHECK(spans[i].start >= spans[i - 1].end);
        covered += spans[i].end - spans[i].start;
    }
    CHECK(covered >= text.size() - spans.size() - 1);
}
