#include <doctest/doctest.h>

#include "placeline/corpus/article.hpp"
#include "placeline/text/markdown.hpp"
#include "placeline/corpus/passage.hpp"

using namespace placeline;

namespace {
// A made-up dispatch written for these tests.
constexpr std::string_view dispatch =
    "---\n"
    "title: \"Ferry Service Returns To The Lake\"\n"
    "author:\n"
    "  - Ana Ferreira\n"
    "  - Tomas Berg\n"
    "date: 2021-06-14\n"
    "source: Lakeside Courier\n"
    "---\n"
    "\n"
    "# Ferry Service Returns\n"
    "\n"
    "<!-- editor: check the\n"
    "     timetable before sending -->\n"
    "The ferry between **Lugano** and _Morcote_ runs again from\n"
    "[May 2021](https://example.org/Geneva/timetable \"Geneva office\"), after a *long* pause.\n"
    "\n"
    "![A ferry near Zurich](img/zurich.jpg)\n"
    "\n"
    "## Timetable\n"
    "\n"
    "- Boats leave every `30 min`\n"
    "* Tickets: see the [operator][op] site\n"
    "1. First stop: Campione\n"
    "\n"
    "> Locals said it was *about time*,  \n"
    "> said one ferryman.\n"
    "\n"
    "***\n"
    "\n"
    "The snake_case field and 5 * 3 stay; AT&amp;T is decoded and \\*escaped\\* stays.\n"
    "\n"
    "[op]: https://example.org/Bern/operator\n";
}  // namespace

TEST_CASE("Markdown reads as the text a reader sees: syntax, URLs and comments are gone") {
    MarkdownText m = markdown_to_text(dispatch);
    CHECK(m.text ==
          "Ferry Service Returns\n"
          "\n"
          "The ferry between Lugano and Morcote runs again from May 2021, after a long pause.\n"
          "\n"
          "Timetable\n"
          "\n"
          "Boats leave every 30 min\n"
          "Tickets: see the operator site\n"
          "1. First stop: Campione\n"
          "\n"
          "Locals said it was about time,\n"
          "said one ferryman.\n"
          "\n"
          "The snake_case field and 5 * 3 stay; AT&T is decoded and *escaped* stays.\n");
    // Link targets, image paths and titles, comments and definitions leave no word behind.
    for (std::string_view gone : {"Geneva", "Zurich", "Bern", "example.org", "editor", "timetable before", "http"}) {
        REQUIRE_MESSAGE(dispatch.find(gone) != std::string_view::npos, gone);  // else nothing went
        CHECK_MESSAGE(m.text.find(gone) == std::string::npos, gone);
    }
}

TEST_CASE("front matter gives title, first author, site and date, the first # heading is the title otherwise") {
    MarkdownText m = markdown_to_text(dispatch);
    CHECK(m.title == "Ferry Service Returns To The Lake");
    CHECK(m.author == "Ana Ferreira");
    CHECK(m.site_name == "Lakeside Courier");
    CHECK(m.published == "2021-06-14");
    CHECK(markdown_to_text("Intro line\n\n# Main Heading\n\n# Second\n").title == "Main Heading");
    CHECK(markdown_to_text("Setext Heading\n===\n\nBody.\n").title == "Setext Heading");
    // A rule at the start with no closing line is no front matter.
    CHECK(markdown_to_text("---\nJust text.\n").text == "Just text.\n");
}

TEST_CASE("emphasis goes only when it pairs, code and fences keep their content") {
    CHECK(markdown_to_text("a **b** __c__ ***d*** ~~e~~ f\n").text == "a b c d e f\n");
    CHECK(markdown_to_text("2 * 3 * 4 and file_name_here and *unpaired\n").text ==
          "2 * 3 * 4 and file_name_here and *unpaired\n");
    CHECK(markdown_to_text("use ``a `b` c`` here\n").text == "use a `b` c here\n");
    CHECK(markdown_to_text("```\nx  *y*\n```\nafter\n").text == "x  *y*\nafter\n");
    // A reference to no definition is no link: a reader sees it as written (CommonMark).
    CHECK(markdown_to_text("[sic] stays, [undefined][] too\n").text == "[sic] stays, [undefined][] too\n");
    CHECK(markdown_to_text("see <https://example.org/Paris> and <b>bold</b>\n").text == "see and bold\n");
    // What is dropped leaves no space before the punctuation after it.
    CHECK(markdown_to_text("a map ![of Paris](p.png), then <!-- x -->.\n").text == "a map, then.\n");
    // A one-letter reference definition goes too; a list item underlined with --- is no heading.
    CHECK(markdown_to_text("See [it][a].\n\n[a]: https://example.org/Rome\n").text == "See it.\n");
    CHECK(markdown_to_text("- item\n---\nafter\n").text == "item\nafter\n");
    CHECK(markdown_to_text("| Town | Year |\n|---|:--:|\n| Goris | 2023 |\n").text ==
          "Town \xC2\xB7 Year\nGoris \xC2\xB7 2023\n");
}

TEST_CASE("a .md article: offsets point into the decoded text, metadata from the front matter") {
    Diagnostics diags;
    Article a = make_article("dispatch.md", dispatch, diags, 0);
    CHECK(a.title == "Ferry Service Returns To The Lake");
    CHECK(a.author == "Ana Ferreira");
    CHECK(a.source == "Lakeside Courier");
    CHECK(a.published == make_day(2021, 6, 14));
    CHECK_FALSE(a.published_from_file_time);
    size_t lugano = a.text.find("Lugano");
    REQUIRE(lugano != std::string::npos);
    bool inside = false;
    for (ByteSpan p : split_paragraphs(a.text))
        if (p.start <= lugano && lugano < p.end) {
            inside = true;
            CHECK(std::string_view(a.text).substr(p.start, p.end - p.start) ==
                  "The ferry between Lugano and Morcote runs again from May 2021, after a long pause.");
        }
    CHECK(inside);
    // A date written out in the front matter counts too.
    Article b = make_article("b.md", "---\ndate: September 28, 2023\n---\nBody text here.\n", diags, 0);
    CHECK(b.published == make_day(2023, 9, 28));
    // A .md file is never taken for HTML, even with tags in it; a block of HTML in it reads as the
    // page shows it (a line per block element), the Markdown after it as Markdown.
    Article c = make_article("c.md", "<p>one</p> <div>two</div> <span>three</span> <li>four</li>\n\nand **five**\n", diags, 0);
    CHECK(c.text == "one\ntwo\nthree\n\xE2\x80\xA2 four\n\nand five\n");
}

TEST_CASE("CommonMark rules hold: nesting, indented code, loose lists, entities by any HTML5 name") {
    // Emphasis inside a link inside emphasis, and an image inside a link: text kept, image gone.
    CHECK(markdown_to_text("*a [b **c** d](u) e* [![x](i.png)](v) f\n").text == "a b c d e f\n");
    // Four spaces after a blank line open a code block: kept as written.
    CHECK(markdown_to_text("Text.\n\n    x  = 1\n").text == "Text.\n\nx  = 1\n");
    // A loose list keeps its blank lines; an ordered list keeps its numbers from its start.
    CHECK(markdown_to_text("3) a\n\n4) b\n").text == "3) a\n\n4) b\n");
    CHECK(markdown_to_text("&hearts; &Eacute;vian &NotNestedGreaterGreater; &nosuchname;\n").text ==
          "\xE2\x99\xA5 \xC3\x89vian \xE2\xAA\xA2\xCC\xB8 &nosuchname;\n");
    // Autolinks go with their address; an e-mail autolink too.
    CHECK(markdown_to_text("write <me@example.org> or see <https://example.org/Kyiv>.\n").text == "write or see.\n");
}
