#include <doctest/doctest.h>

#include "placeline/corpus/article.hpp"

using namespace placeline;

namespace {
// The notes that say what an article does not name, as Diagnostics::for_each walks them.
std::vector<std::string> missing_notes(const Diagnostics& diags) {
    std::vector<std::string> notes;
    diags.for_each([&](const Diagnostic& d) {
        if (d.message.starts_with("not named in the text: ")) {
            CHECK(d.severity == Severity::info);
            notes.push_back(d.file + " | " + d.message);
        }
    });
    return notes;
}
}  // namespace

TEST_CASE("an article that names neither title, author nor site says so, once, for its file") {
    Diagnostics diags;
    make_article("bare.txt", "", diags, 0);
    CHECK(missing_notes(diags) == std::vector<std::string>{"bare.txt | not named in the text: title, author, site"});
}

TEST_CASE("the note lists only what the article's front matter does not give, in order") {
    Diagnostics diags;
    make_article("a.md", "---\ntitle: Floods on the Indus\n---\n\nWater rose.\n", diags, 0);
    make_article("b.md", "---\nauthor: A. Writer\n---\n\nWater rose.\n", diags, 0);
    make_article("c.md", "---\ntitle: T\nauthor: A. Writer\nsite: The Daily\n---\n\nWater rose.\n", diags, 0);
    CHECK(missing_notes(diags) == std::vector<std::string>{"a.md | not named in the text: author, site",
                                                           "b.md | not named in the text: title, site"});
}
