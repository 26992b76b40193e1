#include <doctest/doctest.h>

#include "placeline/dates.hpp"

using namespace placeline;

static std::vector<std::string> found(std::string_view text, int default_year = 2023) {
    std::vector<std::string> out;
    for (const DateMention& d : extract_dates(text, {default_year}))
        out.push_back(format_iso(d.span.first) + "/" + format_iso(d.span.last) + "/" + to_string(d.span.granularity));
    return out;
}

TEST_CASE("full dates in the usual orders") {
    CHECK(found("the escalation of September 19 2023 means") == std::vector<std::string>{"2023-09-19/2023-09-19/day"});
    CHECK(found("Published on Sep 28, 2023") == std::vector<std::string>{"2023-09-28/2023-09-28/day"});
    CHECK(found("on Dec, 26, 2022.") == std::vector<std::string>{"2022-12-26/2022-12-26/day"});
    CHECK(found("held on 21 May 2020 in") == std::vector<std::string>{"2020-05-21/2020-05-21/day"});
    CHECK(found("Page last modified: 24-01-2022 20:11") == std::vector<std::string>{"2022-01-24/2022-01-24/day"});
    CHECK(found("on 2023-09-19.") == std::vector<std::string>{"2023-09-19/2023-09-19/day"});
}

TEST_CASE("a day and month without a year take the context's year") {
    CHECK(found("On Sept. 19, just under", 2023) == std::vector<std::string>{"2023-09-19/2023-09-19/day"});
    CHECK(found("On 16 August, the plan", 2023) == std::vector<std::string>{"2023-08-16/2023-08-16/day"});
    // ...and the year of the last full date before them.
    CHECK(found("In 2020 it began; on April 14 it ended.", 2023) ==
          std::vector<std::string>{"2020-01-01/2020-12-31/year", "2020-04-14/2020-04-14/day"});
}

TEST_CASE("month and year, and years") {
    CHECK(found("in November 2020, Russia") == std::vector<std::string>{"2020-11-01/2020-11-30/month"});
    CHECK(found("military path in 2020 during") == std::vector<std::string>{"2020-01-01/2020-12-31/year"});
}

TEST_CASE("numbers that are not dates") {
    CHECK(found("more than 7,000 troops").empty());
    CHECK(found("around 30,000 people were killed").empty());
    CHECK(found("a 44-day war").empty());
    CHECK(found("some 2000 troops crossed").empty());
    CHECK(found("with 26.4 percent").empty());
    CHECK(found("it may exacerbate the outbreak").empty());
    CHECK(found("crowds marched on the embassy").empty());
}
