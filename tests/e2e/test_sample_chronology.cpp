// The sample corpus through the whole chronology: boilerplate left out without losing body text,
// article metadata, and passage times against hand annotations (tests/data/passage-times.tsv).
#include <doctest/doctest.h>

#include <fstream>
#include <sstream>

#include "placeline/corpus/corpus.hpp"

using namespace placeline;

namespace {

const Corpus& sample() {
    static Corpus corpus = [] {
        Diagnostics diags;
        return load_corpus({SAMPLE_CORPUS}, diags);
    }();
    return corpus;
}

std::string base_name(const std::string& path) { return path.substr(path.find_last_of('/') + 1); }

const Article& article(const std::string& file) {
    for (const Article& a : sample().articles)
        if (base_name(a.path) == file) return a;
    FAIL("no article " << file);
    throw;
}

// The passages of an article that contain `needle`.
std::vector<const Passage*> passages_with(const std::string& file, std::string_view needle) {
    std::vector<const Passage*> out;
    const Corpus& c = sample();
    for (const Passage& p : c.passages)
        if (base_name(c.articles[p.article].path) == file && c.text_of(p).find(needle) != std::string_view::npos)
            out.push_back(&p);
    return out;
}

// Noise the article's text holds and none of its passages do: a needle the article does not
// hold at all would be "gone" without anything being left out.
bool noise_gone(const std::string& file, std::string_view needle) {
    return article(file).text.find(needle) != std::string::npos && passages_with(file, needle).empty();
}
bool body_kept(const std::string& file, std::string_view needle) { return passages_with(file, needle).size() == 1; }

}  // namespace

TEST_CASE("boilerplate is left out of all five sample articles and no body text goes with it") {
    // Noise: navigation, subscription forms, link lists, JSON metadata, teasers in other languages.
    CHECK(noise_gone("001_826adcfa53e0aa29.txt", "\"authors\""));
    CHECK(noise_gone("001_826adcfa53e0aa29.txt", "\"Caucasus\""));
    CHECK(noise_gone("001_826adcfa53e0aa29.txt", "More Work from"));
    CHECK(noise_gone("001_826adcfa53e0aa29.txt", "Militarist Turn"));
    CHECK(noise_gone("001_826adcfa53e0aa29.txt", "Potash Dilemma"));
    CHECK(noise_gone("001_826adcfa53e0aa29.txt", "All rights reserved"));
    CHECK(noise_gone("001_826adcfa53e0aa29.txt", "Donate"));
    CHECK(noise_gone("003_deb9a6c5aa798054.txt", "Skip to content"));
    CHECK(noise_gone("003_deb9a6c5aa798054.txt", "indicates required"));
    CHECK(noise_gone("003_deb9a6c5aa798054.txt", "Subscribe"));
    CHECK(noise_gone("003_deb9a6c5aa798054.txt", "signing up for this newsletter"));
    CHECK(noise_gone("002_b63c766e5375b494.txt", "charitable donation"));
    CHECK(noise_gone("002_b63c766e5375b494.txt", "mailing list"));
    CHECK(noise_gone("000_9bdf400af67d1771.txt", "Leave a Reply"));
    CHECK(noise_gone("004_8153e67d91f5da90.txt", "English Deutsch"));
    CHECK(noise_gone("004_8153e67d91f5da90.txt", "On the eve of the unknown"));
    CHECK(noise_gone("004_8153e67d91f5da90.txt", "Postkonstruktivismus"));
    CHECK(noise_gone("004_8153e67d91f5da90.txt", "Biserica"));

    // Body: the first and last paragraphs of each article's text, headings, captions, references.
    CHECK(body_kept("000_9bdf400af67d1771.txt", "Consequences Of International Inaction"));
    CHECK(body_kept("000_9bdf400af67d1771.txt", "frozen"));
    CHECK(body_kept("000_9bdf400af67d1771.txt", "200 years of colonial"));
    CHECK(body_kept("000_9bdf400af67d1771.txt", "headquartered in London"));
    CHECK(body_kept("001_826adcfa53e0aa29.txt", "Will Not Stop Conflict"));
    CHECK(body_kept("001_826adcfa53e0aa29.txt", "Five days later"));
    CHECK(body_kept("001_826adcfa53e0aa29.txt", "Lasting peace is a distant prospect"));
    CHECK(body_kept("002_b63c766e5375b494.txt", "timid response"));
    CHECK(body_kept("002_b63c766e5375b494.txt", "unmanned aerial vehicles"));
    CHECK(body_kept("003_deb9a6c5aa798054.txt", "act crumbles as Azerbaijan"));
    CHECK(body_kept("003_deb9a6c5aa798054.txt", "Swift demise"));
    CHECK(body_kept("003_deb9a6c5aa798054.txt", "History of violence"));
    CHECK(body_kept("003_deb9a6c5aa798054.txt", "checkpoint at the entry"));  // a photo caption
    CHECK(body_kept("003_deb9a6c5aa798054.txt", "does not fulfill its commitments"));
    CHECK(body_kept("004_8153e67d91f5da90.txt", "main subjects of the article"));
    CHECK(body_kept("004_8153e67d91f5da90.txt", "A month after the ceasefire deal"));
    CHECK(body_kept("004_8153e67d91f5da90.txt", "San Remo"));
}

TEST_CASE("passage spans are valid into their article's text and none is page noise") {
    const Corpus& c = sample();
    REQUIRE(c.articles.size() == 5);
    REQUIRE(c.passages.size() > 5);
    for (const Passage& p : c.passages) {
        const Article& a = c.articles[p.article];
        REQUIRE(p.span.start < p.span.end);
        REQUIRE(p.span.end <= a.text.size());
        CHECK_FALSE(is_boilerplate(a.boilerplate, p.span));
        CHECK(p.time.valid());
        CHECK(p.published == span_of_day(a.published));
    }
    for (const Article& a : c.articles) CHECK(!a.boilerplate.empty());
}

TEST_CASE("metadata of the sample articles") {
    CHECK(article("000_9bdf400af67d1771.txt").author == "Leila Alieva");
    // 000 states no publication date: it is inferred from the latest date it names, not the file's time.
    CHECK_FALSE(article("000_9bdf400af67d1771.txt").published_from_file_time);
    CHECK(article("000_9bdf400af67d1771.txt").published_inferred);
    CHECK(article("000_9bdf400af67d1771.txt").published == make_day(2023, 9, 19));
    CHECK(article("001_826adcfa53e0aa29.txt").title.starts_with("Azerbaijani Control of Nagorno-Karabakh"));
    CHECK(article("001_826adcfa53e0aa29.txt").author == "Vladimir Solovyov");
    CHECK(article("001_826adcfa53e0aa29.txt").source == "Carnegie Endowment for International Peace");
    CHECK(article("001_826adcfa53e0aa29.txt").published == make_day(2023, 9, 28));
    CHECK(article("002_b63c766e5375b494.txt").source == "GlobalSecurity.org");
    CHECK(article("002_b63c766e5375b494.txt").published == make_day(2022, 1, 24));
    CHECK(article("003_deb9a6c5aa798054.txt").author == "Francis Farrell");
    CHECK(article("003_deb9a6c5aa798054.txt").published == make_day(2023, 9, 21));
    CHECK(article("003_deb9a6c5aa798054.txt").title.find("peacekeeper") != std::string::npos);
    CHECK(article("004_8153e67d91f5da90.txt").published == make_day(2023, 12, 20));
    CHECK_FALSE(article("004_8153e67d91f5da90.txt").published_from_file_time);
}

TEST_CASE("passage times agree with the hand annotations") {
    std::ifstream in(TEST_DATA "/passage-times.tsv");
    REQUIRE(in);
    std::string line;
    size_t rows = 0, agree = 0;
    std::string wrong;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#' || line.rfind("file\t", 0) == 0) continue;
        std::vector<std::string> cols;
        std::stringstream ss(line);
        for (std::string col; std::getline(ss, col, '\t');) cols.push_back(col);
        REQUIRE(cols.size() == 5);
        auto found = passages_with(cols[0], cols[1]);
        INFO(cols[0] << " '" << cols[1] << "'");
        REQUIRE(found.size() == 1);
        const Passage& p = *found[0];
        ++rows;
        std::string got = format_iso(p.time.first) + " " + format_iso(p.time.last) + " " + to_string(p.basis);
        std::string want = cols[2] + " " + cols[3] + " " + cols[4];
        if (got == want) ++agree;
        else wrong += "\n  " + cols[0] + " '" + cols[1] + "': expected " + want + ", got " + got;
    }
    CHECK(rows >= 12);
    MESSAGE("passage times: " << agree << " of " << rows << " as annotated" << wrong);
    CHECK(agree == rows);
}
