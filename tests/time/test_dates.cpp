#include <doctest/doctest.h>

#include "placeline/time/dates.hpp"

using namespace placeline;

namespace doctest {
template <>
struct StringMaker<std::vector<std::string>> {
    static String convert(const std::vector<std::string>& v) {
        std::string out = "{";
        for (const std::string& s : v) out += (out.size() > 1 ? ", " : "") + s;
        return (out + "}").c_str();
    }
};
}  // namespace doctest

namespace {

using Found = std::vector<std::string>;

// "first/last/granularity" per expression, with "~" added for relative ones.
Found found_with(std::string_view text, const DateContext& ctx) {
    Found out;
    for (const DateMention& d : extract_dates(text, ctx))
        out.push_back(format_iso(d.span.first) + "/" + format_iso(d.span.last) + "/" + to_string(d.span.granularity) +
                      (d.basis == TimeBasis::relative ? "~" : ""));
    return out;
}

Found found(std::string_view text, int default_year = 2023) {
    DateContext ctx;
    ctx.default_year = default_year;
    return found_with(text, ctx);
}

// As of a publication day.
Found as_of(std::string_view text, int y, int m, int d) {
    DateContext ctx;
    ctx.reference = make_day(y, m, d);
    return found_with(text, ctx);
}

std::string surface(std::string_view text) {
    auto d = extract_dates(text, DateContext{2023, make_day(2023, 9, 21), std::nullopt});
    REQUIRE(d.size() == 1);
    return std::string(text.substr(d[0].start, d[0].end - d[0].start));
}

}  // namespace

TEST_CASE("basis names are the words the exports print") {
    CHECK(std::string(to_string(TimeBasis::explicit_date)) == "explicit");
    CHECK(std::string(to_string(TimeBasis::relative)) == "relative");
    CHECK(std::string(to_string(TimeBasis::context)) == "context");
    CHECK(std::string(to_string(TimeBasis::publication)) == "publication");
    CHECK(std::string(to_string(TimeBasis::inferred)) == "inferred");
    CHECK(std::string(to_string(TimeBasis::file)) == "file");
}

TEST_CASE("a month or day without a year: the nearest sensible year around publication") {
    CHECK(as_of("The runoff on January 5 will decide", 2020, 11, 20) == Found{"2021-01-05/2021-01-05/day"});
    CHECK(as_of("It was settled in October.", 2019, 12, 20) == Found{"2019-10-01/2019-10-31/month"});
    // A year used as an adjective does not give its year to the dates after it.
    CHECK(as_of("After the 2016 referendum it was settled in October.", 2019, 12, 20) ==
          Found{"2016-01-01/2016-12-31/year", "2019-10-01/2019-10-31/month"});
    CHECK(as_of("In 2016 it was settled in October.", 2019, 12, 20) ==
          Found{"2016-01-01/2016-12-31/year", "2016-10-01/2016-10-31/month"});
    CHECK(as_of("the summit held on 12-14 March ended", 2023, 3, 15) == Found{"2023-03-12/2023-03-14/day"});
    CHECK(as_of("KATHMANDU, 25. April 2015", 2015, 4, 25) == Found{"2015-04-25/2015-04-25/day"});
}

TEST_CASE("weekdays are the latest such day up to publication, and leave a full date to itself") {
    // 2023-09-21 is a Thursday.
    CHECK(as_of("walked out on Monday", 2023, 9, 21) == Found{"2023-09-18/2023-09-18/day~"});
    CHECK(as_of("voted on Thursday", 2023, 9, 21) == Found{"2023-09-21/2023-09-21/day~"});
    CHECK(as_of("since last Thursday", 2023, 9, 21).size() == 1);
    CHECK(as_of("on Wednesday, March 2, 2022", 2023, 9, 21) == Found{"2022-03-02/2022-03-02/day"});
    CHECK(as_of("monday", 2023, 9, 21).empty());
}

TEST_CASE("ISO dates are days whatever their month and day") {
    CHECK(found("On 2001-09-11 the towers fell.") == Found{"2001-09-11/2001-09-11/day"});
    CHECK(found("landfall on 2005-08-29 in") == Found{"2005-08-29/2005-08-29/day"});
    CHECK(found("Published: 2005-08-30") == Found{"2005-08-30/2005-08-30/day"});
    CHECK(found("the 2008-09 crisis") == Found{"2008-01-01/2009-12-31/year"});
}

TEST_CASE("full dates in the usual orders") {
    CHECK(found("the escalation of September 19 2023 means") == Found{"2023-09-19/2023-09-19/day"});
    CHECK(found("Published on Sep 28, 2023") == Found{"2023-09-28/2023-09-28/day"});
    CHECK(found("on Dec, 26, 2022.") == Found{"2022-12-26/2022-12-26/day"});
    CHECK(found("held on 21 May 2020 in") == Found{"2020-05-21/2020-05-21/day"});
    CHECK(found("Page last modified: 24-01-2022 20:11") == Found{"2022-01-24/2022-01-24/day"});
    CHECK(found("on 2023-09-19.") == Found{"2023-09-19/2023-09-19/day"});
    CHECK(found("by Francis Farrell September 21, 2023 3:27 PM 11 min read") == Found{"2023-09-21/2023-09-21/day"});
    CHECK(found("on the 8th of November 2020") == Found{"2020-11-08/2020-11-08/day"});
    CHECK(found("on November 8th, 2020") == Found{"2020-11-08/2020-11-08/day"});
    CHECK(found("on Nov. 13, 2020, in") == Found{"2020-11-13/2020-11-13/day"});
    CHECK(found("dated 09/21/2023 and 21.09.2023") == Found{"2023-09-21/2023-09-21/day", "2023-09-21/2023-09-21/day"});
    CHECK(found("20 December 2023On the eve") == Found{"2023-12-20/2023-12-20/day"});
}

TEST_CASE("spans of days") {
    CHECK(found("The events of Sept. 19-20 did not") == Found{"2023-09-19/2023-09-20/day"});
    CHECK(found("on 19-20 September 2023") == Found{"2023-09-19/2023-09-20/day"});
}

TEST_CASE("a day and month without a year take the context's year") {
    CHECK(found("On Sept. 19, just under", 2023) == Found{"2023-09-19/2023-09-19/day"});
    CHECK(found("On 16 August, the plan", 2023) == Found{"2023-08-16/2023-08-16/day"});
    // ...and the year of the last full date before them.
    CHECK(found("In 2020 it began; on April 14 it ended.", 2023) ==
          Found{"2020-01-01/2020-12-31/year", "2020-04-14/2020-04-14/day"});
    // With a publication day: the most recent such date, or one up to a month ahead.
    CHECK(as_of("In April, the protesters", 2023, 12, 20) == Found{"2023-04-01/2023-04-30/month"});
    CHECK(as_of("on 15 June there was", 2023, 12, 20) == Found{"2023-06-15/2023-06-15/day"});
    CHECK(as_of("on Dec. 5 the talks", 2024, 1, 10) == Found{"2023-12-05/2023-12-05/day"});
    CHECK(as_of("the vote on Oct. 5", 2023, 9, 21) == Found{"2023-10-05/2023-10-05/day"});
    // Without any year to take, a bare day and month is no date.
    CHECK(found("On Sept. 19, just under", 0).empty());
}

TEST_CASE("a month name alone needs a cue word") {
    CHECK(as_of("Until mid-June, the blockade", 2023, 12, 20) == Found{"2023-06-01/2023-06-30/month"});
    CHECK(as_of("since April", 2023, 12, 20).size() == 1);
    CHECK(as_of("April said that", 2023, 12, 20).empty());
    CHECK(as_of("May I ask", 2023, 12, 20).empty());
}

TEST_CASE("month and year, and years") {
    CHECK(found("in November 2020, Russia") == Found{"2020-11-01/2020-11-30/month"});
    CHECK(found("In November, 2020, Russia mediated") == Found{"2020-11-01/2020-11-30/month"});
    CHECK(found("in May of 2023") == Found{"2023-05-01/2023-05-31/month"});
    CHECK(found("military path in 2020 during") == Found{"2020-01-01/2020-12-31/year"});
    CHECK(found("its 2020 and 2023 military actions") == Found{"2020-01-01/2020-12-31/year", "2023-01-01/2023-12-31/year"});
}

TEST_CASE("decades, with early, mid and late parts") {
    CHECK(found("in the 1990s") == Found{"1990-01-01/1999-12-31/decade"});
    CHECK(found("in the late 1980s and early 1990s") ==
          Found{"1985-01-01/1989-12-31/decade", "1990-01-01/1994-12-31/decade"});
    CHECK(found("since the mid-1990s", 0) == Found{"1993-01-01/1996-12-31/decade"});
    CHECK(found("in the 1980's") == Found{"1980-01-01/1989-12-31/decade"});
    CHECK(found("back in the '90s") == Found{"1990-01-01/1999-12-31/decade"});
    CHECK(found("in the 1800s") == Found{"1800-01-01/1899-12-31/century"});
}

TEST_CASE("centuries") {
    CHECK(found("in the 19th century") == Found{"1800-01-01/1899-12-31/century"});
    CHECK(found("the nineteenth century") == Found{"1800-01-01/1899-12-31/century"});
    CHECK(found("the fourth-century Amaras monastery") == Found{"0300-01-01/0399-12-31/century"});
    CHECK(found("the twenty-first century") == Found{"2000-01-01/2099-12-31/century"});
    CHECK(found("in the early 20th century") == Found{"1900-01-01/1949-12-31/century"});
    // "200 years" of something: the two centuries up to the text's now.
    CHECK(as_of("the heavy burden of 200 years of colonial legacies", 2023, 9, 19) ==
          Found{"1823-09-19/2023-09-19/century~"});
    CHECK(as_of("two centuries ago", 2023, 9, 19) == Found{"1800-01-01/1899-12-31/century~"});
}

TEST_CASE("ranges") {
    CHECK(found("from communal unrest in 1988-1990") == Found{"1988-01-01/1990-12-31/year"});
    CHECK(found("in 1992\xE2\x80\x93" "1994") == Found{"1992-01-01/1994-12-31/year"});
    CHECK(found("in 1992-94") == Found{"1992-01-01/1994-12-31/year"});
    CHECK(found("from 1988 to 1994") == Found{"1988-01-01/1994-12-31/year"});
    CHECK(found("between 1988 and 1994") == Found{"1988-01-01/1994-12-31/year"});
    CHECK(found("from May to September 2023") == Found{"2023-05-01/2023-09-30/month"});
    CHECK(found("from the late 1980s until 1994") == Found{"1985-01-01/1994-12-31/decade"});
    CHECK(surface("it lasted from 1988 to 1994 in all") == "from 1988 to 1994");
    // Not ranges: a later year first, or a span of a thousand years.
    CHECK(found("1994-1992") == Found{"1994-01-01/1994-12-31/year", "1992-01-01/1992-12-31/year"});
    CHECK(found("between Armenia and Azerbaijan").empty());
}

TEST_CASE("ranges of days joined by a word, in every lexicon language") {
    const Found days{"2023-03-12/2023-03-14/day"};
    CHECK(found("from 12 to 14 March") == days);
    CHECK(found("between 12 and 14 March") == days);
    CHECK(found("du 12 au 14 mars") == days);
    CHECK(found("del 12 al 14 de marzo") == days);
    CHECK(found("vom 12. bis 14. März") == days);
    CHECK(found("с 12 по 14 марта") == days);
    CHECK(found("12 to 14 March 2021") == Found{"2021-03-12/2021-03-14/day"});
    // "and" joins days only after "between"; a later day first is no range.
    CHECK(found("12 and 14 March") == Found{"2023-03-14/2023-03-14/day"});
    CHECK(found("14 to 12 March") == Found{"2023-03-12/2023-03-12/day"});
}

TEST_CASE("seasons") {
    CHECK(found("In autumn 2020, Armenia") == Found{"2020-09-01/2020-11-30/season"});
    CHECK(found("by summer 2023, widespread") == Found{"2023-06-01/2023-08-31/season"});
    CHECK(found("in the summer of 2023") == Found{"2023-06-01/2023-08-31/season"});
    CHECK(found("in the fall of 2021") == Found{"2021-09-01/2021-11-30/season"});
    CHECK(found("winter 2022") == Found{"2022-12-01/2023-02-28/season"});
    CHECK(as_of("Starting in autumn last year and", 2023, 9, 21) == Found{"2022-09-01/2022-11-30/season~"});
    CHECK(as_of("last winter", 2023, 9, 21) == Found{"2022-12-01/2023-02-28/season~"});
    CHECK(as_of("in spring, prices rose", 2023, 9, 21) == Found{"2023-03-01/2023-05-31/season"});
    CHECK(found("the fall of Kabul").empty());
    CHECK(found("a hot spring and a summer house").empty());
}

TEST_CASE("relative to the publication day") {
    CHECK(as_of("last year", 2023, 9, 21) == Found{"2022-01-01/2022-12-31/year~"});
    CHECK(as_of("this month", 2023, 9, 21) == Found{"2023-09-01/2023-09-30/month~"});
    CHECK(as_of("next year", 2023, 9, 21) == Found{"2024-01-01/2024-12-31/year~"});
    CHECK(as_of("earlier this year", 2023, 9, 21) == Found{"2023-01-01/2023-12-31/year~"});
    CHECK(as_of("yesterday", 2023, 9, 21) == Found{"2023-09-20/2023-09-20/day~"});
    CHECK(as_of("today", 2023, 9, 21) == Found{"2023-09-21/2023-09-21/day~"});
    CHECK(as_of("last week", 2023, 9, 21) == Found{"2023-09-11/2023-09-17/day~"});
    CHECK(as_of("this week", 2023, 9, 21) == Found{"2023-09-18/2023-09-24/day~"});
    CHECK(as_of("next week", 2023, 9, 24) == Found{"2023-09-25/2023-10-01/day~"});
    CHECK(as_of("last September", 2023, 9, 21) == Found{"2022-09-01/2022-09-30/month~"});
    CHECK(as_of("last May", 2023, 9, 21) == Found{"2023-05-01/2023-05-31/month~"});
    CHECK(as_of("two years ago", 2023, 9, 21) == Found{"2021-01-01/2021-12-31/year~"});
    CHECK(as_of("three days ago", 2023, 9, 21) == Found{"2023-09-18/2023-09-18/day~"});
    CHECK(as_of("since 2020", 2023, 9, 21) == Found{"2020-01-01/2023-09-21/year~"});
    CHECK(as_of("ever since September 2020", 2023, 9, 21) == Found{"2020-09-01/2023-09-21/month~"});
    CHECK(as_of("for the last three decades", 2023, 12, 20) == Found{"1993-12-20/2023-12-20/decade~"});
    CHECK(as_of("For 30 years, no measures", 2023, 9, 19) == Found{"1993-09-19/2023-09-19/decade~"});
    CHECK(as_of("For nearly a decade, it has", 2023, 9, 28) == Found{"2013-09-28/2023-09-28/decade~"});
    CHECK(as_of("over the past two years", 2023, 9, 28) == Found{"2021-09-28/2023-09-28/year~"});
    // Without a "now" none of these can be placed.
    CHECK(found("last year", 0).empty());
    CHECK(found("two years ago", 0).empty());
}

TEST_CASE("relative to the last date before them") {
    CHECK(as_of("On September 19, Baku attacked. Five days later, Baku opened the corridor.", 2023, 9, 28) ==
          Found{"2023-09-19/2023-09-19/day", "2023-09-24/2023-09-24/day~"});
    CHECK(as_of("In November, 2020, a ceasefire. A month after the ceasefire deal, they", 2023, 12, 20) ==
          Found{"2020-11-01/2020-11-30/month", "2020-12-01/2020-12-31/month~"});
    CHECK(found("In 1992 war broke out; two years later a truce.") ==
          Found{"1992-01-01/1992-12-31/year", "1994-01-01/1994-12-31/year~"});
    CHECK(found("two days before Sept. 19, 2023") == Found{"2023-09-17/2023-09-17/day~"});
    CHECK(found("on 5 May 1994. The next day, and the following year") ==
          Found{"1994-05-05/1994-05-05/day", "1994-05-06/1994-05-06/day~", "1995-01-01/1995-12-31/year~"});
    CHECK(found("in 1994. Later that year") == Found{"1994-01-01/1994-12-31/year", "1994-01-01/1994-12-31/year~"});
    // The anchor can come from an earlier paragraph.
    DateContext ctx;
    ctx.reference = make_day(2023, 12, 20);
    ctx.previous = span_of_month(2020, 11);
    CHECK(found_with("A month after the ceasefire deal", ctx) == Found{"2020-12-01/2020-12-31/month~"});
    // A shift finer than its anchor stays within the anchor's precision.
    CHECK(found("Later in 2022, a deal. One week after the war started, shooting") ==
          Found{"2022-01-01/2022-12-31/year", "2022-01-01/2022-12-31/year~"});
    // "the next day" after a bare year cannot be placed.
    CHECK(found("in 2020. The next day").size() == 1);
}

TEST_CASE("numbers that are not dates") {
    CHECK(found("more than 7,000 troops").empty());
    CHECK(found("around 30,000 people were killed").empty());
    CHECK(found("a 44-day war").empty());
    CHECK(found("Azerbaijan's 44 day offensive").empty());
    CHECK(found("some 2000 troops crossed").empty());
    CHECK(found("2020 troops crossed").empty());  // a count, not a year
    CHECK(found("a 2000-strong force").empty());
    CHECK(found("1,200 families").empty());
    CHECK(found("about 1,200 of them").empty());
    CHECK(found("with 26.4 percent").empty());
    CHECK(found("684,000 ethnic Azerbaijanis").empty());
    CHECK(found("$2020 in cash, #2021 on the list").empty());
    CHECK(found("the COVID2020 file").empty());
    CHECK(found("at 3:27 PM, 11 min read").empty());
    CHECK(found("within 24 hours after the offensive").empty());
    CHECK(found("a six-week war").empty());
    CHECK(found("In 44 days of brutal fighting").empty());
    CHECK(found("Route 1234 and 999 and 1499").empty());
    CHECK(found("it may exacerbate the outbreak").empty());
    CHECK(found("crowds marched on the embassy").empty());
    CHECK(found("Jan Smith said").empty());
    CHECK(found("1.2.2020.5").empty());
    CHECK(found("between Armenia and Azerbaijan from Baku to Yerevan").empty());
}

TEST_CASE("source spans cover the expression") {
    CHECK(surface("on Sept. 19, just") == "Sept. 19");
    CHECK(surface("in the late 1980s and") == "late 1980s");
    CHECK(surface("Starting in autumn last year and") == "autumn last year");
    CHECK(surface("Five days later, Baku") == "Five days later");
    CHECK(surface("since the mid-1990s, when") == "since the mid-1990s");
}

// The lexicon files (geodata/lexicon/*.tsv) read other languages' dates in the orders English has.
TEST_CASE("dates in French, Russian, Ukrainian, German, Spanish, Turkish, Armenian and Azerbaijani") {
    CHECK(found("le 30 août 2022, les troupes") == Found{"2022-08-30/2022-08-30/day"});
    CHECK(found("Le 3 mars 2021") == Found{"2021-03-03/2021-03-03/day"});
    CHECK(found("25 сентября 2023 года") == Found{"2023-09-25/2023-09-25/day"});
    CHECK(found("25 Сентября 2023") == Found{"2023-09-25/2023-09-25/day"});
    CHECK(found("с 19 СЕНТЯБРЯ 2023") == Found{"2023-09-19/2023-09-19/day"});
    CHECK(found("2 березня 2022 року") == Found{"2022-03-02/2022-03-02/day"});
    CHECK(found("am 30. August 2022") == Found{"2022-08-30/2022-08-30/day"});
    CHECK(found("am 30. März 2022") == Found{"2022-03-30/2022-03-30/day"});
    CHECK(found("el 12 de marzo de 2022") == Found{"2022-03-12/2022-03-12/day"});
    CHECK(found("5 Mart 2023") == Found{"2023-03-05/2023-03-05/day"});
    CHECK(found("19 Eylül'de") == Found{"2023-09-19/2023-09-19/day"});
    CHECK(found("2023 թ. մարտի 5-ին") == Found{"2023-03-05/2023-03-05/day"});
    CHECK(found("19 sentyabr 2023-cü il") == Found{"2023-09-19/2023-09-19/day"});
    CHECK(found("Köhnə yol 1968-ci ildə tikilmişdi") == Found{"1968-01-01/1968-12-31/year"});
    CHECK(found("a 2020-style ban").empty());
}

TEST_CASE("relative words of other languages read as their English ones") {
    CHECK(as_of("вчера обстрел", 2023, 9, 20) == Found{"2023-09-19/2023-09-19/day~"});
    CHECK(as_of("gestern", 2023, 9, 20) == Found{"2023-09-19/2023-09-19/day~"});
    CHECK(as_of("dün", 2023, 9, 20) == Found{"2023-09-19/2023-09-19/day~"});
    CHECK(as_of("hier soir", 2023, 9, 20) == Found{"2023-09-19/2023-09-19/day~"});
    CHECK(as_of("на прошлой неделе", 2023, 9, 21) == Found{"2023-09-11/2023-09-17/day~"});
    CHECK(as_of("letzte Woche", 2023, 9, 21) == Found{"2023-09-11/2023-09-17/day~"});
    CHECK(as_of("3 gün önce", 2023, 9, 21) == Found{"2023-09-18/2023-09-18/day~"});
    CHECK(as_of("3 дня назад", 2023, 9, 21) == Found{"2023-09-18/2023-09-18/day~"});
}

TEST_CASE("ranges, since and months after a cue word in the lexicon languages") {
    const Found range{"1988-01-01/1994-12-31/year"};
    CHECK(found("von 1988 bis 1994") == range);
    CHECK(found("zwischen 1988 und 1994") == range);
    CHECK(found("entre 1988 et 1994") == range);
    CHECK(found("entre 1988 y 1994") == range);
    CHECK(found("с 1988 по 1994 год") == range);
    CHECK(found("между 1988 и 1994 годами") == range);
    CHECK(found("з 1988 по 1994 рік") == range);
    CHECK(as_of("seit 1991", 2023, 9, 21) == Found{"1991-01-01/2023-09-21/year~"});
    CHECK(as_of("depuis 1991", 2023, 9, 21) == Found{"1991-01-01/2023-09-21/year~"});
    CHECK(as_of("desde 1991", 2023, 9, 21) == Found{"1991-01-01/2023-09-21/year~"});
    CHECK(as_of("в марте", 2023, 9, 21) == Found{"2023-03-01/2023-03-31/month"});
    CHECK(as_of("im März", 2023, 9, 21) == Found{"2023-03-01/2023-03-31/month"});
    CHECK(as_of("en mars", 2023, 9, 21) == Found{"2023-03-01/2023-03-31/month"});
    CHECK(as_of("у березні", 2023, 9, 21) == Found{"2023-03-01/2023-03-31/month"});
    CHECK(as_of("vergangene Woche", 2023, 9, 21) == Found{"2023-09-11/2023-09-17/day~"});
    CHECK(as_of("la semaine passée", 2023, 9, 21) == Found{"2023-09-11/2023-09-17/day~"});
    CHECK(as_of("önümüzdeki hafta", 2023, 9, 21) == Found{"2023-09-25/2023-10-01/day~"});
    CHECK(as_of("ötən il", 2023, 9, 21) == Found{"2022-01-01/2022-12-31/year~"});
    // A month name alone with no cue word stays unread, as in English.
    CHECK(as_of("mars est", 2023, 9, 21).empty());
}

// The lexicon's third column: a word before what English has it after, or after what English has it before.
TEST_CASE("relative phrases in the word orders of other languages") {
    const Found three_days_ago{"2023-09-18/2023-09-18/day~"};
    const Found last_week{"2023-09-11/2023-09-17/day~"};
    CHECK(as_of("il y a 3 jours", 2023, 9, 21) == three_days_ago);
    CHECK(as_of("il y a trois jours", 2023, 9, 21) == three_days_ago);
    CHECK(as_of("vor 3 Tagen", 2023, 9, 21) == three_days_ago);
    CHECK(as_of("vor drei Tagen", 2023, 9, 21) == three_days_ago);
    CHECK(as_of("hace 3 días", 2023, 9, 21) == three_days_ago);
    CHECK(as_of("hace tres días", 2023, 9, 21) == three_days_ago);
    CHECK(as_of("3 дня назад", 2023, 9, 21) == three_days_ago);
    CHECK(as_of("три дня назад", 2023, 9, 21) == three_days_ago);
    CHECK(as_of("3 дні тому", 2023, 9, 21) == three_days_ago);
    CHECK(as_of("3 gün önce", 2023, 9, 21) == three_days_ago);
    CHECK(as_of("3 gün əvvəl", 2023, 9, 21) == three_days_ago);
    CHECK(as_of("3 օր առաջ", 2023, 9, 21) == three_days_ago);
    CHECK(as_of("la semaine dernière", 2023, 9, 21) == last_week);
    CHECK(surface("la semaine dernière,") == "semaine dernière");
    CHECK(as_of("la semana pasada", 2023, 9, 21) == last_week);
    CHECK(as_of("letzte Woche", 2023, 9, 21) == last_week);
    CHECK(as_of("на прошлой неделе", 2023, 9, 21) == last_week);
    CHECK(as_of("минулого тижня", 2023, 9, 21) == last_week);
    CHECK(as_of("geçen hafta", 2023, 9, 21) == last_week);
    CHECK(as_of("keçən həftə", 2023, 9, 21) == last_week);
    CHECK(as_of("l'année dernière", 2023, 9, 21) == Found{"2022-01-01/2022-12-31/year~"});
    CHECK(as_of("el año pasado", 2023, 9, 21) == Found{"2022-01-01/2022-12-31/year~"});
    CHECK(as_of("в прошлом году", 2023, 9, 21) == Found{"2022-01-01/2022-12-31/year~"});
    CHECK(as_of("geçen yıl", 2023, 9, 21) == Found{"2022-01-01/2022-12-31/year~"});
    CHECK(as_of("le mois prochain", 2023, 9, 21) == Found{"2023-10-01/2023-10-31/month~"});
    CHECK(as_of("en mars dernier", 2023, 9, 21) == Found{"2023-03-01/2023-03-31/month~"});
    CHECK(as_of("en septembre dernier", 2023, 9, 21) == Found{"2022-09-01/2022-09-30/month~"});
    CHECK(as_of("l'an dernier", 2023, 9, 21) == Found{"2022-01-01/2022-12-31/year~"});
    CHECK(as_of("l\u2019an passé", 2023, 9, 21) == Found{"2022-01-01/2022-12-31/year~"});
    CHECK(as_of("aujourd'hui", 2023, 9, 21) == Found{"2023-09-21/2023-09-21/day~"});
    CHECK(as_of("lundi dernier", 2023, 9, 21) == Found{"2023-09-18/2023-09-18/day~"});
    // "dernière" before its noun is "final", not "last": no date.
    CHECK(as_of("la dernière semaine des négociations", 2023, 9, 21).empty());
    // Relative to the story, in English order: three days later.
    CHECK(found("le 5 mars 2021, puis 3 jours plus tard") == Found{"2021-03-05/2021-03-05/day", "2021-03-08/2021-03-08/day~"});
    CHECK(found("am 5. März 2021, drei Tage später") == Found{"2021-03-05/2021-03-05/day", "2021-03-08/2021-03-08/day~"});
    CHECK(found("5 марта 2021 г., три дня спустя") == Found{"2021-03-05/2021-03-05/day", "2021-03-08/2021-03-08/day~"});
    CHECK(found("5 Mart 2021, 3 gün sonra") == Found{"2021-03-05/2021-03-05/day", "2021-03-08/2021-03-08/day~"});
}

TEST_CASE("a lexicon phrase wins over the English word it holds") {
    // "an" is English's article; the French phrase "un an" is a year.
    CHECK(as_of("il y a un an", 2023, 9, 21) == Found{"2022-01-01/2022-12-31/year~"});
    CHECK(surface("Il y a un an, la ville") == "Il y a un an");
    CHECK(as_of("il y a un mois", 2023, 9, 21) == Found{"2023-08-01/2023-08-31/month~"});
    // English keeps its article: "an" before a unit is still a count.
    CHECK(as_of("an hour ago, two years ago", 2023, 9, 21) == Found{"2021-01-01/2021-12-31/year~"});
}

TEST_CASE("Turkish and Azerbaijani years with a case suffix, and since after its time") {
    const Found since_1991{"1991-01-01/2023-09-21/year~"};
    CHECK(as_of("1991'den beri", 2023, 9, 21) == since_1991);
    CHECK(as_of("1991 yılından beri", 2023, 9, 21) == since_1991);
    CHECK(as_of("1991-ci ildən bəri", 2023, 9, 21) == since_1991);
    CHECK(as_of("2020'den bu yana", 2023, 9, 21) == Found{"2020-01-01/2023-09-21/year~"});
    CHECK(as_of("Mart 2022'den beri", 2023, 9, 21) == Found{"2022-03-01/2023-09-21/month~"});
    CHECK(surface("1991'den beri savaş") == "1991'den beri");
    // A suffix alone leaves the year as it is: "2020'de" is in 2020.
    CHECK(as_of("2020'de seçim", 2023, 9, 21) == Found{"2020-01-01/2020-12-31/year"});
    CHECK(as_of("2023-cü ildə", 2023, 9, 21) == Found{"2023-01-01/2023-12-31/year"});
    // "beri" must close the time: a word between them is another phrase.
    CHECK(as_of("1991 savaş beri", 2023, 9, 21) == Found{"1991-01-01/1991-12-31/year"});
}

TEST_CASE("future relative phrases count from the publication day") {
    const Found in_three_days{"2023-09-24/2023-09-24/day~"};
    CHECK(as_of("in 3 days", 2023, 9, 21) == in_three_days);
    CHECK(as_of("3 days hence", 2023, 9, 21) == in_three_days);
    CHECK(as_of("dans 3 jours", 2023, 9, 21) == in_three_days);
    CHECK(as_of("in 3 Tagen", 2023, 9, 21) == in_three_days);
    CHECK(as_of("dentro de 3 días", 2023, 9, 21) == in_three_days);
    CHECK(as_of("через 3 дня", 2023, 9, 21) == in_three_days);
    CHECK(as_of("через 3 дні", 2023, 9, 21) == in_three_days);
    CHECK(as_of("3 gün sonra", 2023, 9, 21) == in_three_days);
    CHECK(as_of("3 օր հետո", 2023, 9, 21) == in_three_days);
    CHECK(as_of("in two months", 2023, 9, 21) == Found{"2023-11-01/2023-11-30/month~"});
    CHECK(surface("talks resume dans trois semaines.") == "dans trois semaines");
    CHECK(as_of("dans un an", 2023, 9, 21) == Found{"2024-01-01/2024-12-31/year~"});
    // English "in" looks back as often: long stretches and "in ... of" are left alone.
    CHECK(as_of("the first time in 20 years", 2023, 9, 21).empty());
    CHECK(as_of("in three days of fighting", 2023, 9, 21).empty());
}

TEST_CASE("years with a word for year, year-first dates and their other language forms") {
    CHECK(found("Мост открыли в 2020 году.") == Found{"2020-01-01/2020-12-31/year"});
    CHECK(surface("в 2020 году.") == "2020 году");
    CHECK(found("с 2018г. по 2019 г.") == Found{"2018-01-01/2019-12-31/year"});
    CHECK(found("19 сентября 2023 г. в Степанакерте") == Found{"2023-09-19/2023-09-19/day"});
    CHECK(found("у 2014 р. почалася") == Found{"2014-01-01/2014-12-31/year"});
    CHECK(found("2023 թ. սեպտեմբերի 19") == Found{"2023-09-19/2023-09-19/day"});
    CHECK(found("2023 թվականի սեպտեմբերի 19-ին") == Found{"2023-09-19/2023-09-19/day"});
    CHECK(found("2020 թ. նոյեմբերին") == Found{"2020-11-01/2020-11-30/month"});
    CHECK(found("19 sentyabr 2023-cü il") == Found{"2023-09-19/2023-09-19/day"});
    CHECK(surface("19 sentyabr 2023-cü il tarixində") == "19 sentyabr 2023-cü il");
    CHECK(found("2020-ci ildə") == Found{"2020-01-01/2020-12-31/year"});
    CHECK(found("19 Eylül 2023 Salı") == Found{"2023-09-19/2023-09-19/day"});
    CHECK(found("2023 yılında") == Found{"2023-01-01/2023-12-31/year"});
    // In English a year before a month is no date unless a word for year is between.
    CHECK(found("in 2020 May said") == Found{"2020-01-01/2020-12-31/year"});
}

TEST_CASE("eras read in every lexicon language, years before Christ as astronomical years") {
    CHECK(found("founded in 500 BC") == Found{"-0499-01-01/-0499-12-31/year"});
    CHECK(found("in 44 B.C. Caesar") == Found{"-0043-01-01/-0043-12-31/year"});
    CHECK(found("AD 79") == Found{"0079-01-01/0079-12-31/year"});
    CHECK(found("in 79 CE") == Found{"0079-01-01/0079-12-31/year"});
    CHECK(found("основан в 500 году до н. э.") == Found{"-0499-01-01/-0499-12-31/year"});
    CHECK(found("в 988 г. н.э.") == Found{"0988-01-01/0988-12-31/year"});
    CHECK(found("en 52 av. J.-C.") == Found{"-0051-01-01/-0051-12-31/year"});
    CHECK(found("im Jahr 9 n. Chr.") == Found{"0009-01-01/0009-12-31/year"});
    CHECK(found("en el 218 a. C.") == Found{"-0217-01-01/-0217-12-31/year"});
    CHECK(found("M.Ö. 334 yılında") == Found{"-0333-01-01/-0333-12-31/year"});
    CHECK(found("e.ə. 331-ci ildə") == Found{"-0330-01-01/-0330-12-31/year"});
    CHECK(found("1 BC") == Found{"0000-01-01/0000-12-31/year"});
    CHECK(parse_iso_date("-0499-01-01") == make_day(-499, 1, 1));
    CHECK(format_iso(make_day(-499, 1, 1)) == "-0499-01-01");
    CHECK(found("301 թ. մ.թ.") == Found{"0301-01-01/0301-12-31/year"});
    CHECK(found("V век до н. э.") == Found{"-0499-01-01/-0400-12-31/century"});
    CHECK(found("the 5th century BC") == Found{"-0499-01-01/-0400-12-31/century"});
    // Not eras: a count before a word that is no era, a pronoun.
    CHECK(found("500 people and a c grade").empty());
}

TEST_CASE("decades and centuries in every lexicon language") {
    const Found nineties{"1990-01-01/1999-12-31/decade"};
    const Found nineteenth{"1800-01-01/1899-12-31/century"};
    CHECK(found("в 1990-х годах") == nineties);
    CHECK(found("в 1990-е годы") == nineties);
    CHECK(found("у 1990-ті роки") == nineties);
    CHECK(found("dans les années 1990") == nineties);
    CHECK(found("dans les années 90") == nineties);
    CHECK(found("in den 1990er Jahren") == nineties);
    CHECK(found("en la década de 1990") == nineties);
    CHECK(found("en los años 90") == nineties);
    CHECK(found("1990'lı yıllarda") == nineties);
    CHECK(found("1990’larda") == nineties);
    CHECK(found("1990-cı illərdə") == nineties);
    CHECK(found("1990-ական թվականներին") == nineties);
    CHECK(found("в конце 1980-х") == Found{"1985-01-01/1989-12-31/decade"});
    CHECK(found("à la fin des années 1980") == Found{"1985-01-01/1989-12-31/decade"});
    CHECK(found("Ende der 1980er Jahre") == Found{"1985-01-01/1989-12-31/decade"});
    CHECK(found("в XIX веке") == nineteenth);
    CHECK(found("au XIXe siècle") == nineteenth);
    CHECK(found("au 19e siècle") == nineteenth);
    CHECK(found("im 19. Jahrhundert") == nineteenth);
    CHECK(found("im XIX. Jahrhundert") == nineteenth);
    CHECK(found("en el siglo XIX") == nineteenth);
    CHECK(found("19. yüzyılda") == nineteenth);
    CHECK(found("XIX yüzyılda") == nineteenth);
    CHECK(found("XIX əsrdə") == nineteenth);
    CHECK(found("19-cu əsrdə") == nineteenth);
    CHECK(found("XIX դարում") == nineteenth);
    CHECK(found("19-րդ դարում") == nineteenth);
    CHECK(found("у XIX столітті").empty());  // a case the lexicon lacks stays unread
    CHECK(found("на початку XX століття") == Found{"1900-01-01/1949-12-31/century"});
    CHECK(found("au début du XXe siècle") == Found{"1900-01-01/1949-12-31/century"});
    // Capital letters that are no numeral before a century word, and a numeral with no century word.
    CHECK(found("ABC век").empty());
    CHECK(found("Louis XIV était roi").empty());
}

TEST_CASE("upper-case datelines match the lexicons in any script, Turkish I with or without its dot") {
    CHECK(found("İSTANBUL, 19 EYLÜL 2023") == Found{"2023-09-19/2023-09-19/day"});
    CHECK(found("ANKARA, 5 ARALIK 2022") == Found{"2022-12-05/2022-12-05/day"});
    CHECK(found("5 Aralik 2022") == Found{"2022-12-05/2022-12-05/day"});
    CHECK(found("1 EKİM 2022") == Found{"2022-10-01/2022-10-01/day"});
    CHECK(found("ЕРЕВАН, 25 СЕНТЯБРЯ 2023") == Found{"2023-09-25/2023-09-25/day"});
    CHECK(found("ԵՐԵՎԱՆ, ՍԵՊՏԵՄԲԵՐԻ 19, 2023") == Found{"2023-09-19/2023-09-19/day"});
    CHECK(found("BAKI, 19 SENTYABR 2023") == Found{"2023-09-19/2023-09-19/day"});
}

TEST_CASE("English month names still need a capital while lexicon ones do not") {
    CHECK(found("we may 5 times").empty());
    CHECK(found("19 march 2023") == Found{"2023-01-01/2023-12-31/year"});
    CHECK(found("19 mars 2023") == Found{"2023-03-19/2023-03-19/day"});
}
