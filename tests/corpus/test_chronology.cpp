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

// "first..last basis" of each sentence of the same article.
std::vector<std::string> sentence_times(std::string_view text) {
    Article a;
    a.path = "a.txt";
    a.text = std::string(text);
    a.published = make_day(2023, 9, 21);
    Corpus c = build_corpus({a});
    std::vector<std::string> out;
    for (const Passage& p : c.passages)
        for (const SentenceTime& s : p.sentences)
            out.push_back(format_iso(s.time.first) + ".." + format_iso(s.time.last) + " " + to_string(s.basis));
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

TEST_CASE("an undated sentence inherits from the sentence before it in its paragraph, not from another paragraph") {
    CHECK(times("In December 2022, the blockade began. Food ran out. Fuel ran out.\n\nEverything is scarce.") ==
          std::vector<std::string>{"2022-12-01..2022-12-31 explicit", "2023-09-21..2023-09-21 publication"});
    CHECK(sentence_times("In December 2022, the blockade began. Food ran out. Fuel ran out.\n\nEverything is scarce.") ==
          std::vector<std::string>{"2022-12-01..2022-12-31 explicit", "2022-12-01..2022-12-31 context",
                                   "2022-12-01..2022-12-31 context", "2023-09-21..2023-09-21 publication"});
    // A stretch up to now is not inherited.
    CHECK(sentence_times("For nearly a decade, the blog has published. Azerbaijan has shown its force.") ==
          std::vector<std::string>{"2013-09-21..2023-09-21 relative", "2023-09-21..2023-09-21 publication"});
}

TEST_CASE("each sentence has its own time: the issue's examples") {
    // One sentence of a paragraph that also names 1988 and 1994.
    CHECK(sentence_times("Clashes began in 1988. In 1991, the Nagorno-Karabakh Republic was founded. The war ended in 1994.") ==
          std::vector<std::string>{"1988-01-01..1988-12-31 explicit", "1991-01-01..1991-12-31 explicit",
                                   "1994-01-01..1994-12-31 explicit"});
    // A background clause neither dates its sentence nor spreads.
    CHECK(sentence_times("The cathedral, built in 1832, collapsed on Sept. 19. Its dome fell into the nave.") ==
          std::vector<std::string>{"2023-09-19..2023-09-19 explicit", "2023-09-19..2023-09-19 context"});
    CHECK(sentence_times("The cathedral, built in 1832, was hit. Its dome fell into the nave.\n\nRescuers arrived.") ==
          std::vector<std::string>{"2023-09-21..2023-09-21 publication", "2023-09-21..2023-09-21 publication",
                                   "2023-09-21..2023-09-21 publication"});
    CHECK(sentence_times("Troops retook the plant that exploded in 1986. They found mines.") ==
          std::vector<std::string>{"2023-09-21..2023-09-21 publication", "2023-09-21..2023-09-21 publication"});
    CHECK(sentence_times("In March 2023, crowds protested against a 2012 Russian law. Police made arrests.") ==
          std::vector<std::string>{"2023-03-01..2023-03-31 explicit", "2023-03-01..2023-03-31 context"});
    // Since 1991: the sentence's own stretch, not the next sentence's time.
    CHECK(sentence_times("The region has been disputed since 1991. Talks stalled.") ==
          std::vector<std::string>{"1991-01-01..2023-09-21 relative", "2023-09-21..2023-09-21 publication"});
    // A dateline's date is the article's; the sentence has its own.
    CHECK(sentence_times("ROTTERDAM, Sept. 21, 2023 \xE2\x80\x94 Dock workers walked out on Monday. Ships queued.") ==
          std::vector<std::string>{"2023-09-18..2023-09-18 relative", "2023-09-18..2023-09-18 context"});
}

TEST_CASE("background clauses in the lexicon languages neither date their sentence nor spread") {
    const std::vector<std::string> collapsed{"2023-09-19..2023-09-19 explicit", "2023-09-19..2023-09-19 context"};
    CHECK(sentence_times("La cathédrale, construite en 1832, s'est effondrée le 19 septembre. La foule regardait.") == collapsed);
    CHECK(sentence_times("Die Kirche, erbaut 1832, stürzte am 19. September ein. Die Menge sah zu.") == collapsed);
    CHECK(sentence_times("La catedral, construida en 1832, se derrumbó el 19 de septiembre. La gente miraba.") == collapsed);
    CHECK(sentence_times("Собор, построенный в 1832 году, рухнул 19 сентября. Люди смотрели.") == collapsed);
    CHECK(sentence_times("Собор, який збудували у 1832 році, впав 19 вересня. Люди дивилися.") == collapsed);
    CHECK(sentence_times("Le pont, qui date de 1890, a cédé le 19 septembre. La route est coupée.") == collapsed);
    // Turkish, Azerbaijani and Armenian: the participle after the date, before its noun.
    CHECK(sentence_times("1832'de inşa edilen katedral 19 Eylül'de çöktü. Kalabalık izledi.") == collapsed);
    CHECK(sentence_times("1832-ci ildə tikilən kilsə 19 sentyabrda çökdü. İnsanlar baxırdı.") == collapsed);
    CHECK(sentence_times("1832 թ. կառուցված տաճարը փլվեց սեպտեմբերի 19-ին։ Մարդիկ նայում էին։") == collapsed);
    // Without the participle the year dates its sentence, and English "built" after a year is a verb.
    CHECK(sentence_times("Katedral 1832'de çöktü. Kalabalık izledi.") ==
          std::vector<std::string>{"1832-01-01..1832-12-31 explicit", "1832-01-01..1832-12-31 context"});
    CHECK(sentence_times("In 1832 they built the cathedral. Crowds watched.") ==
          std::vector<std::string>{"1832-01-01..1832-12-31 explicit", "1832-01-01..1832-12-31 context"});
    // A dateline is in capitals in any script; a sentence opening with a capitalised word and a comma is none.
    CHECK(sentence_times("Москва, в 2020 году \xE2\x80\x94 столица. Люди смотрели.") ==
          std::vector<std::string>{"2020-01-01..2020-12-31 explicit", "2020-01-01..2020-12-31 context"});
    CHECK(sentence_times("ТУЛА, 19 сентября 2023 г. \xE2\x80\x94 Цех открыли. Люди смотрели.") ==
          std::vector<std::string>{"2023-09-21..2023-09-21 publication", "2023-09-21..2023-09-21 publication"});
    // A main clause with the same verb dates its sentence.
    CHECK(sentence_times("Город основан в 1832 году. Люди смотрели.") ==
          std::vector<std::string>{"1832-01-01..1832-12-31 explicit", "1832-01-01..1832-12-31 context"});
}

TEST_CASE("a passage's time covers its sentences, and the window finds it by any of them") {
    Article a;
    a.path = "a.txt";
    a.text = "Talks stalled. In 1991, the republic was founded.";
    a.published = make_day(2023, 9, 21);
    Corpus c = build_corpus({a});
    REQUIRE(c.passages.size() == 1);
    const Passage& p = c.passages[0];
    CHECK(p.time.first == make_day(1991, 1, 1));
    CHECK(p.time.last == make_day(2023, 9, 21));
    CHECK(p.basis == TimeBasis::explicit_date);
    REQUIRE(p.sentences.size() == 2);
    CHECK(p.sentences[1].time == span_of_year(1991));
}

TEST_CASE("without a publication date in the text, the last full date stands in for now") {
    CHECK(times("The escalation of September 19 2023 ended it.\n\nThe conflict bears 200 years of legacies.", true) ==
          std::vector<std::string>{"2023-09-19..2023-09-19 explicit", "1823-09-19..2023-09-19 relative"});
}
