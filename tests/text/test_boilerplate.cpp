#include <doctest/doctest.h>

#include "placeline/corpus/article.hpp"
#include "placeline/text/boilerplate.hpp"
#include "placeline/corpus/corpus.hpp"

using namespace placeline;

namespace {

// Each boilerplate paragraph as "kind: text".
std::vector<std::string> noise(std::string_view text) {
    std::vector<std::string> out;
    for (const Boilerplate& b : find_boilerplate(text))
        out.push_back(std::string(to_string(b.kind)) + ": " + std::string(text.substr(b.span.start, b.span.end - b.span.start)));
    return out;
}

}  // namespace

TEST_CASE("page furniture is found by kind") {
    std::string page =
        "Skip to content\n"
        "\xE2\x80\xA2 News\n"
        "Site logo\n"
        "By Jane Roe\n"
        "Published on Sep 28, 2023\n"
        "{\n  \"authors\": [\"Jane Roe\"],\n  \"topics\": [\"Security\"]\n}\n"
        "The ceasefire held for a week before shelling resumed near the border villages.\n"
        "History of violence\n"
        "Subscribe\n"
        "* indicates required\n"
        "\xC2\xA9 2026 Example Institute. All rights reserved.\n";
    CHECK(noise(page) == std::vector<std::string>{
                             "site navigation: Skip to content", "site navigation: \xE2\x80\xA2 News",
                             "site navigation: Site logo", "bylines and datelines: By Jane Roe",
                             "bylines and datelines: Published on Sep 28, 2023", "JSON metadata: {",
                             "JSON metadata: \"authors\": [\"Jane Roe\"],", "JSON metadata: \"topics\": [\"Security\"]",
                             "JSON metadata: }", "subscription and comment forms: Subscribe",
                             "subscription and comment forms: * indicates required",
                             "copyright footer: \xC2\xA9 2026 Example Institute. All rights reserved."});
}

TEST_CASE("a link list runs from its heading over short or indented lines, and stops at the body") {
    std::string page =
        "More Work from Example Blog\n"
        "  \xE2\x80\xA2 Commentary\n"
        "    A Headline About Something Else\n"
        "    A teaser sentence that is indented and runs on for rather more than fifteen words in all, as teasers do.\n"
        "      Some Author\n"
        "This body paragraph is not indented and has many more than fifteen words, so the list has ended here.\n";
    auto n = noise(page);
    REQUIRE(n.size() == 5);
    CHECK(n[0] == "link lists: More Work from Example Blog");
    CHECK(n[4] == "link lists: Some Author");
}

TEST_CASE("teasers in other languages, with dates glued to titles") {
    std::string page =
        "\xD0\x96\xD1\x8B\xD1\x86\xD1\x86\xD1\x91 \xD0\xBF\xD0\xB0\xD0\xB4 \xD1\x81\xD1\x82\xD0\xB0\xD0\xBB\xD0\xBE\xD0\xBC\n"
        "20 December 2023\n"
        "The body of the article starts here, in English, with a full sentence about the war.\n"
        "20 December 2023On the eve of something else entirely\n"
        "4 December 2023\n";
    auto n = noise(page);
    REQUIRE(n.size() == 4);
    CHECK(n[0].starts_with("teasers in other languages: "));
    CHECK(n[1] == "teasers in other languages: 20 December 2023");
    CHECK(n[2] == "teasers in other languages: 20 December 2023On the eve of something else entirely");
    CHECK(n[3] == "teasers in other languages: 4 December 2023");
}

TEST_CASE("body text is never boilerplate: headings, bullets with sentences, By at a sentence start") {
    std::string page =
        "Swift demise\n"
        "By now it is clear to both parties that the peacekeepers failed.\n"
        "By the end of that war in 1994, forces had seized control.\n"
        "\xE2\x80\xA2 Azerbaijan launched an offensive against the region on the morning of Sept. 19.\n"
        "Source: Getty\n"
        "Russia abandons Karabakh\n"
        "Armenians in the region (\xD5\x80\xD5\xA1\xD5\xB5\xD5\xA5\xD6\x80) fled to Armenia over the following week in great numbers.\n";
    CHECK(noise(page).empty());
}

TEST_CASE("the corpus makes no passages of boilerplate, and the article says what it left out") {
    Diagnostics diags;
    Article a = make_article("page.txt",
                             "Skip to content\n\nA Headline That Reads Like One\n\nBy Jane Roe\n\n"
                             "The talks in Granada ended on 5 October 2023 without a deal.\n\nSubscribe\n",
                             diags, make_day(2024, 1, 1));
    CHECK(a.title == "A Headline That Reads Like One");
    CHECK(a.author == "Jane Roe");
    Corpus c = build_corpus({a});
    REQUIRE(c.passages.size() == 2);
    CHECK(c.text_of(c.passages[0]) == "A Headline That Reads Like One");
    CHECK(c.text_of(c.passages[1]).starts_with("The talks in Granada"));
    bool reported = false;
    for (const Diagnostic& d : diags.snapshot())
        reported = reported || (d.file == "page.txt" && d.message.find("site navigation: 1 paragraph") != std::string::npos &&
                                d.message.find("subscription and comment forms: 1 paragraph") != std::string::npos);
    CHECK(reported);
}

TEST_CASE("metadata: author from JSON, site from a copyright line or a domain, date after a cue") {
    std::string json_page = "{\n\"authors\": [\n\"Vladimir Solovyov\"\n]\n}\nBody sentence one is here and it is long enough.\n";
    auto bp = find_boilerplate(json_page);
    CHECK(find_author(json_page, bp) == "Vladimir Solovyov");
    std::string footer = "Body.\n\xC2\xA9 2026 Carnegie Endowment for International Peace. All rights reserved.\n";
    CHECK(find_source(footer, find_boilerplate(footer)) == "Carnegie Endowment for International Peace");
    std::string list = "Body.\nJoin the GlobalSecurity.org mailing list\n\nPage last modified: 24-01-2022 20:11:42 ZULU\n";
    auto lbp = find_boilerplate(list);
    CHECK(find_source(list, lbp) == "GlobalSecurity.org");
    CHECK(find_publication_date(list, lbp) == make_day(2022, 1, 24));
    // A long body sentence near the top does not date the article.
    std::string body = "Title Of The Opinion Piece Here\n\nThe escalation of September 19 2023 also meant that the long war of words between the two states was over, at least for now, as many said.\n";
    CHECK_FALSE(find_publication_date(body, find_boilerplate(body)).has_value());
}

TEST_CASE("an article without a date in its text takes the file's time, flagged and warned about") {
    Diagnostics diags;
    Article a = make_article("undated.txt", "Just a sentence about Goris.\n", diags, make_day(2024, 2, 3));
    CHECK(a.published == make_day(2024, 2, 3));
    CHECK(a.published_from_file_time);
    CHECK_FALSE(a.published_inferred);
    bool warned = false;
    for (const Diagnostic& d : diags.snapshot())
        warned = warned || (d.severity == Severity::warning && d.message.find("file's time") != std::string::npos);
    CHECK(warned);
    Corpus c = build_corpus({a});
    REQUIRE(c.passages.size() == 1);
    CHECK(c.passages[0].basis == TimeBasis::file);
}

TEST_CASE("an article read for a caller that needs no date is marked undated, and no date is looked for") {
    // This one states a publication date, and names another: neither is read.
    const std::string text = "Storm Recovery Slow\n\nBAKU, March 2, 2022 - The roads reopened in May 2021, officials said.\n";
    Diagnostics diags;
    Article a = make_article("a.txt", text, diags, make_day(2024, 2, 3), InferredDate::none);
    CHECK(a.undated);
    CHECK(a.published == 0);
    CHECK_FALSE(a.published_inferred);
    CHECK_FALSE(a.published_from_file_time);
    // A text without any date: no warning or info about dates either.
    Article b = make_article("b.txt", "Just a sentence about Goris.\n", diags, make_day(2024, 2, 3), InferredDate::none);
    CHECK(b.undated);
    CHECK_FALSE(b.published_from_file_time);
    for (const Diagnostic& d : diags.snapshot()) CHECK(d.message.find("date") == std::string::npos);
    // The other choices never mark an article undated.
    CHECK_FALSE(make_article("a.txt", text, diags, make_day(2024, 2, 3)).undated);
    CHECK_FALSE(make_article("a.txt", text, diags, make_day(2024, 2, 3), InferredDate::any).undated);
}

TEST_CASE("an article that states no publication date is dated no earlier than the latest date it names") {
    Diagnostics diags;
    Article a = make_article("essay.txt",
                             "A Long Essay Without A Byline\n\nThe war of 1992 ended in 1994, and the talks of March 2019 "
                             "went nowhere, as everyone who followed them knew.\n\nNobody expected it.\n",
                             diags, make_day(2026, 12, 1));
    CHECK(a.published == make_day(2019, 3, 1));
    CHECK(a.published_inferred);
    CHECK_FALSE(a.published_from_file_time);
    Corpus c = build_corpus({a});
    REQUIRE(c.passages.size() == 3);
    CHECK(c.passages[0].basis == TimeBasis::inferred);
    // A copyright year in the page furniture says nothing of the story.
    std::string footer = "Body sentence about 2015 that is long enough to count as the body of it all.\n\n\xC2\xA9 2026 Some Site. All rights reserved.\n";
    CHECK(infer_publication_date(footer, find_boilerplate(footer)) == make_day(2015, 1, 1));
}

TEST_CASE("an article's date inferred from all its paragraphs, or only from the first that names one") {
    const std::string text = "A Headline Of Some Kind\n\nThe talks of March 2019 went nowhere, as everyone who followed "
                             "them knew.\n\nThey resumed in May 2021 and went nowhere again, the delegates said.\n";
    const auto bp = find_boilerplate(text);
    CHECK(infer_publication_date(text, bp) == make_day(2021, 5, 1));
    CHECK(infer_publication_date_first(text, bp) == make_day(2019, 3, 1));
    const std::string none = "A Headline Of Some Kind\n\nNothing here names a time at all, whatever one reads.\n";
    CHECK_FALSE(infer_publication_date(none, find_boilerplate(none)));
    CHECK_FALSE(infer_publication_date_first(none, find_boilerplate(none)));
    // make_article: either way the same flags, hence the same warnings.
    Diagnostics diags;
    Article latest = make_article("a.txt", text, diags, make_day(2026, 12, 1));
    Article any = make_article("a.txt", text, diags, make_day(2026, 12, 1), InferredDate::any);
    CHECK(latest.published == make_day(2021, 5, 1));
    CHECK(any.published == make_day(2019, 3, 1));
    CHECK(latest.published_inferred == any.published_inferred);
    CHECK(latest.published_from_file_time == any.published_from_file_time);
}

TEST_CASE("publication date from a dateline opening the lead paragraph, JSON-LD and cue lines") {
    auto date_of = [](std::string_view text) { return find_publication_date(text, find_boilerplate(text)); };
    CHECK(date_of("Rockets Hit The City Centre\n\nKHARKIV, Ukraine, March 2, 2022 \xE2\x80\x94 Russian rockets struck the "
                  "regional administration building on Wednesday morning, killing at least ten people.\n") ==
          make_day(2022, 3, 2));
    CHECK(date_of("Quake Flattens Villages\n\nKATHMANDU, 25 April 2015 - A powerful earthquake struck Nepal on Saturday, "
                  "flattening villages and killing hundreds of people across the region.\n") == make_day(2015, 4, 25));
    CHECK(date_of("Quake Flattens Villages\n\nKATHMANDU, 25 April 2015 A powerful earthquake struck Nepal on Saturday, "
                  "flattening villages and killing hundreds of people across the region.\n") == make_day(2015, 4, 25));
    // Without a dash, the place must be in capitals, in any script.
    CHECK(date_of("Землетрясение В Горах\n\nЕРЕВАН, 25 апреля 2015 года Сильное землетрясение разрушило несколько "
                  "деревень в горах, погибли сотни людей.\n") == make_day(2015, 4, 25));
    CHECK_FALSE(date_of("Землетрясение В Горах\n\nЕреван, 25 апреля 2015 года сильное землетрясение разрушило несколько "
                        "деревень в горах, погибли сотни людей.\n").has_value());
    // A date inside the sentence, after the dateline's dash, is the story's, not the article's.
    CHECK_FALSE(date_of("Looking Back At The Storm\n\nNEW ORLEANS (AP) \xE2\x80\x94 The storm that hit on August 29, 2005 "
                        "changed the city for good, residents said in interviews this week.\n").has_value());
    CHECK(date_of("Storm Recovery Slow\n\nBody text that runs long enough to be a paragraph of the article and no date in it at all.\n\n"
                  "Published: 2005-08-30\n") == make_day(2005, 8, 30));
    CHECK(date_of("Title Of It\n\nPosted 12 May 2021\n\nBody.\n") == make_day(2021, 5, 12));
    // The cue words of the date lexicons' languages, with their dates, inside a long footer line
    // (a short line of its own is dated anyway); the same line without the cue dates nothing.
    const std::string lead = "Заголовок\n\nТекст статьи, достаточно длинный, чтобы быть абзацем: в нём больше "
                             "четырнадцати слов, но нет ни одной даты вообще.\n\n";
    const std::string footer = " 25 сентября 2023 года в разделе новостей, материал прочитали многие читатели "
                               "нашего сайта за эти дни.\n";
    CHECK(date_of(lead + "Опубликовано" + footer) == make_day(2023, 9, 25));
    CHECK_FALSE(date_of(lead + "Прочитано" + footer).has_value());
    CHECK(date_of("Titel\n\nText des Artikels, lang genug für einen Absatz, mit mehr als vierzehn Wörtern und "
                  "ohne ein Datum darin.\n\nDieser Beitrag wurde am 30. August 2022 veröffentlicht und seitdem von "
                  "vielen Lesern gelesen, sagen die Leute.\n\nVeröffentlicht am 30. August 2022 und seitdem von vielen "
                  "Lesern gelesen, sagen die Leute hier.\n") == make_day(2022, 8, 30));
    CHECK(find_json_ld_date("<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":"
                            "\"2022-03-02T10:00:00Z\"}</script>") == make_day(2022, 3, 2));
    Diagnostics diags;
    Article html = make_article("p.html",
                                "<html><head><script type=\"application/ld+json\">{\"datePublished\": \"2021-06-01\"}"
                                "</script></head><body><p>Body text.</p></body></html>",
                                diags, 0);
    CHECK(html.published == make_day(2021, 6, 1));
}

TEST_CASE("an HTML article is stripped before it is split") {
    Diagnostics diags;
    Article a = make_article("page.html",
                             "<html><head><title>T</title><meta name=\"author\" content=\"A. Writer\"></head><body>"
                             "<nav>Home News</nav><h1>The Headline Of It</h1><p>Published on Sep 28, 2023</p>"
                             "<p>On Sept. 19 Baku moved &amp; won.</p></body></html>",
                             diags, 0);
    CHECK(a.title == "The Headline Of It");
    CHECK(a.author == "A. Writer");
    CHECK(a.published == make_day(2023, 9, 28));
    CHECK(a.text.find("<") == std::string::npos);
    CHECK(a.text.find("Baku moved & won.") != std::string::npos);
    CHECK(a.text.find("Home News") == std::string::npos);
}

TEST_CASE("pathological pages stay linear: 200,000 unclosed braces, 200,000 short lines") {
    std::string braces;
    for (int i = 0; i < 200000; ++i) braces += "{\n";
    auto b = find_boilerplate(braces);
    CHECK(b.size() <= 200000);
    std::string lines;
    for (int i = 0; i < 200000; ++i) lines += "Subscribe\n";
    Diagnostics diags;
    Article a = make_article("many.txt", lines, diags, 0);
    CHECK(a.boilerplate.size() == 200000);
    CHECK(a.title.empty());
}

TEST_CASE("a Markdown article is read as its text, its heading is the title without the hashes") {
    Diagnostics diags;
    std::string md = "# Convoy Reaches Goris At Last\n\nOn 24 September 2023 the first refugees crossed.\n";
    Article a = make_article("note.md", md, diags, 0);
    CHECK(a.text == "Convoy Reaches Goris At Last\n\nOn 24 September 2023 the first refugees crossed.\n");
    CHECK(a.title == "Convoy Reaches Goris At Last");
}

TEST_CASE("an article written in Cyrillic keeps its paragraphs, and one left empty says so") {
    // "Бои шли в Изюме и Чугуеве. Жители Харькова провели ночь в укрытиях."
    std::string ru = "\xD0\x91\xD0\xBE\xD0\xB8 \xD1\x88\xD0\xBB\xD0\xB8 \xD0\xB2 \xD0\x98\xD0\xB7\xD1\x8E\xD0\xBC\xD0\xB5 "
                     "\xD0\xB8 \xD0\xA7\xD1\x83\xD0\xB3\xD1\x83\xD0\xB5\xD0\xB2\xD0\xB5.\n\n"
                     "\xD0\x96\xD0\xB8\xD1\x82\xD0\xB5\xD0\xBB\xD0\xB8 \xD0\xA5\xD0\xB0\xD1\x80\xD1\x8C\xD0\xBA\xD0\xBE\xD0\xB2\xD0\xB0 "
                     "\xD0\xBF\xD1\x80\xD0\xBE\xD0\xB2\xD0\xB5\xD0\xBB\xD0\xB8 \xD0\xBD\xD0\xBE\xD1\x87\xD1\x8C.\n";
    CHECK(find_boilerplate(ru).empty());
    Diagnostics diags;
    Article a = make_article("ru.txt", ru, diags, make_day(2022, 3, 2));
    CHECK(build_corpus({a}).passages.size() == 2);

    Diagnostics noisy;
    Article empty = make_article("noise.txt", "Skip to content\n\nSubscribe\n", noisy, make_day(2024, 1, 1));
    bool said = false;
    for (const Diagnostic& d : noisy.snapshot())
        said = said || (d.file == "noise.txt" && d.message.find("all of its text was left out") != std::string::npos);
    CHECK(said);
    CHECK(build_corpus({empty}).passages.empty());
}

TEST_CASE("letters by script: an article in Cyrillic keeps its paragraphs, Latin text with no other letter has no teaser") {
    // Mostly Cyrillic: its Cyrillic paragraphs are the article, not teasers of another edition.
    CHECK(noise("\xD0\x96\xD0\xB8\xD1\x82\xD0\xB5\xD0\xBB\xD0\xB8 \xD0\xB6\xD0\xB4\xD0\xB0\xD0\xBB\xD0\xB8 "
                "\xD0\xBD\xD0\xBE\xD0\xB2\xD0\xBE\xD1\x81\xD1\x82\xD0\xB5\xD0\xB9.\n"
                "Reuters\n")
              .empty());
    // Curly quotes, dashes and accented Latin letters are no other script (their leads are
    // punctuation's or Latin's): no letter of another script anywhere, no teaser.
    CHECK(noise("\xE2\x80\x9C" "Caf\xC3\xA9 owners" "\xE2\x80\x9D \xE2\x80\x94 in Z\xC3\xBCrich \xE2\x80\x94 said no.\n").empty());
    // One Cyrillic line in a Latin article is a teaser.
    auto n = noise("The body of the article is here, in English, a full sentence.\n"
                   "\xD0\x96\xD0\xB8\xD1\x82\xD0\xB5\xD0\xBB\xD0\xB8 \xD0\xB6\xD0\xB4\xD0\xB0\xD0\xBB\xD0\xB8\n");
    REQUIRE(n.size() == 1);
    CHECK(n[0].starts_with("teasers in other languages: "));
}

TEST_CASE("letters by script: a line's share of other letters is the same wherever its bytes fall in a step of the count") {
    // Three Latin letters and two Cyrillic ones are a share of 0.4, a teaser; four and two (a
    // third) are not. Dots before them move the letters through every place of a sixty-four-byte
    // step and into the bytes after the last one.
    const std::string body = "The body of the article is here, in English, a full sentence.\n";
    const std::string cyrillic = "\xD0\x96\xD0\xB8";
    size_t teasers = 0, kept = 0;
    for (size_t dots = 0; dots < 140; ++dots) {
        const std::string lead(dots, '.');
        teasers += noise(body + lead + " abc " + cyrillic + "\n").size() == 1;
        kept += noise(body + lead + " abcd " + cyrillic + "\n").empty();
    }
    CHECK(teasers == 140);
    CHECK(kept == 140);
}
