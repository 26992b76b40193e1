#include <doctest/doctest.h>

#include "placeline/corpus/corpus.hpp"

using namespace placeline;

namespace {

// "first..last basis" of each passage of one article published on 2023-09-21.
std::vector<std::string> times(std::string_view text, bool from_file_time = false) {
    Article a;
    a.path = "a.txt";
    a.text = std::string(text);
    a.published = make_day(2023, 9, 21);
    a.published_from_file_time = from_file_time;
    Corpus c = build_corpus({a});
    std::vector<std::string> out;
    for (const Passage& p : c.passages) {
        CHECK(p.published == span_of_day(a.published));
        out.push_back(format_iso(p.time.first) + ".." + format_iso(p.time.last) + " " + to_string(p.basis));
    }
    return out;
}

}  // namespace

TEST_CASE("explicit dates win, the finest granularity decides, several become their hull") {
    CHECK(times("On Sept. 19, just under three years after the end of the war, Baku finished what it started in 2020.") ==
          std::vector<std::string>{"2023-09-19..2023-09-19 explicit"});
    CHECK(times("Unrest in 1988-1990 led to war in 1991 and to full war in 1992-1994.") ==
          std::vector<std::string>{"1988-01-01..1994-12-31 explicit"});
    CHECK(times("The monastery, a fourth-century site, was taken on Sept. 20.") ==
          std::vector<std::string>{"2023-09-20..2023-09-20 explicit"});
}

TEST_CASE("relative expressions when there is no explicit date, anchored across paragraphs") {
    CHECK(times("On September 19, Baku attacked.\n\nFive days later, the corridor opened.\n\nSince 2020 it had been closed.") ==
          std::vector<std::string>{"2023-09-19..2023-09-19 explicit", "2023-09-24..2023-09-24 relative",
                                   "2020-01-01..2023-09-21 relative"});
}

TEST_CASE("undated paragraphs inherit their context, up to three in a row and not across a heading") {
    CHECK(times("In December 2022, the blockade began.\n\nFood ran out.\n\nFuel ran out.\n\nMedicine ran out.\n\n"
                "Everything ran out.") ==
          std::vector<std::string>{"2022-12-01..2022-12-31 explicit", "2022-12-01..2022-12-31 context",
                                   "2022-12-01..2022-12-31 context", "2022-12-01..2022-12-31 context",
                                   "2023-09-21..2023-09-21 publication"});
    CHECK(times("In December 2022, the blockade began.\n\nHistory of violence\n\nThe region lies within Azerbaijan.") ==
          std::vector<std::string>{"2022-12-01..2022-12-31 explicit", "2023-09-21..2023-09-21 publication",
                                   "2023-09-21..2023-09-21 publication"});
    // A stretch up to now is not inherited.
    CHECK(times("For nearly a decade, the blog has published.\n\nAzerbaijan has shown its force.") ==
          std::vector<std::string>{"2013-09-21..2023-09-21 relative", "2023-09-21..2023-09-21 publication"});
}

TEST_CASE("without a publication date in the text, the last full date stands in for now") {
    CHECK(times("The escalation of September 19 2023 ended it.\n\nThe conflict bears 200 years of legacies.", true) ==
          std::vector<std::string>{"2023-09-19..2023-09-19 explicit", "1823-09-19..2023-09-19 relative"});
}
