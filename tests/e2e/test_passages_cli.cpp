// `placeline passages` as its contract says: keys, code-point offsets, place variants and ids,
// the time filter, CSV quoting and bad dates.
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "placeline/time/date.hpp"
#include "support.hpp"

namespace fs = std::filesystem;

namespace {

// Three paragraphs with non-ASCII letters before the places (so bytes and code points differ),
// a comma, quotes and dates of different granularity.
const char* article_text =
    "Переговоры: «Café talk» in Yerevan on 12 May 2021.\n"
    "\n"
    "He said \"Shusha, again\" on 19 September 2023, ending it.\n"
    "\n"
    "In 1994 a ceasefire was signed in Bishkek.\n";

std::string write_article() {
    std::string file = e2e::temp_path("passages-contract.txt");
    std::ofstream(file, std::ios::binary) << article_text;
    return file;
}

std::u32string decode_utf8(const std::string& s) {
    std::u32string out;
    for (size_t i = 0; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        int n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
        char32_t cp = n == 1 ? c : n == 2 ? c & 0x1F : n == 3 ? c & 0x0F : c & 0x07;
        for (int k = 1; k < n; ++k) cp = (cp << 6) | (static_cast<unsigned char>(s[i + k]) & 0x3F);
        out.push_back(cp);
        i += size_t(n);
    }
    return out;
}

// RFC 4180: fields may be quoted, with doubled quotes and line breaks inside.
std::vector<std::vector<std::string>> parse_csv(const std::string& text) {
    std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
    bool quoted = false;
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') rows.back().back() += text[++i];
            else if (c == '"') quoted = false;
            else rows.back().back() += c;
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            rows.back().emplace_back();
        } else if (c == '\n') {
            rows.emplace_back(1);
        } else if (c != '\r') {
            rows.back().back() += c;
        }
    }
    if (rows.back().size() == 1 && rows.back()[0].empty()) rows.pop_back();
    return rows;
}

std::set<std::string> passage_keys(const std::vector<nlohmann::json>& rows) {
    std::set<std::string> keys;
    for (const auto& r : rows) keys.insert(r["file"].get<std::string>() + "@" + std::to_string(r["start"].get<int>()));
    return keys;
}

}  // namespace

TEST_CASE("passages: JSONL keys exactly as the contract lists them, in order") {
    auto r = e2e::run("passages " + write_article());
    CHECK(r.status == 0);
    std::istringstream in(r.out);
    std::string line;
    int rows = 0;
    while (std::getline(in, line)) {
        auto row = nlohmann::ordered_json::parse(line);
        std::vector<std::string> keys;
        for (auto it = row.begin(); it != row.end(); ++it) keys.push_back(it.key());
        CHECK(keys == std::vector<std::string>{"file", "start", "end", "text", "time_start", "time_end", "time_basis", "places"});
        CHECK(row["places"].is_array());
        CHECK(row["start"].is_number_integer());
        ++rows;
    }
    CHECK(rows == 3);
}

TEST_CASE("passages: start and end are code points into the article's text") {
    std::string file = write_article();
    std::u32string text = decode_utf8(article_text);
    auto rows = e2e::jsonl_rows(e2e::run("passages " + file).out);
    REQUIRE(rows.size() == 3);
    for (const auto& row : rows) {
        size_t start = row["start"], end = row["end"];
        REQUIRE(end <= text.size());
        CHECK(decode_utf8(row["text"].get<std::string>()) == text.substr(start, end - start));
    }
    CHECK(rows[0]["start"] == 0);
    CHECK(rows[1]["start"] == 52);  // after 50 code points and one blank line (the bytes are more)
}

TEST_CASE("passages: times are ISO dates with their basis, and places are gazetteer ids") {
    auto rows = e2e::jsonl_rows(e2e::run("passages " + write_article()).out);
    REQUIRE(rows.size() == 3);
    CHECK(rows[1]["time_start"] == "2023-09-19");
    CHECK(rows[1]["time_end"] == "2023-09-19");
    CHECK(rows[1]["time_basis"] == "explicit");
    CHECK(rows[2]["time_start"] == "1994-01-01");
    CHECK(rows[2]["time_end"] == "1994-12-31");
    for (const auto& row : rows) {
        std::string basis = row["time_basis"];
        CHECK((basis == "explicit" || basis == "relative" || basis == "context" || basis == "publication"));
        CHECK(placeline::parse_iso_date(row["time_start"].get<std::string>()).has_value());
        CHECK(placeline::parse_iso_date(row["time_end"].get<std::string>()).has_value());
    }
    // The same ids as `placeline geoparse` prints for the same mentions.
    auto mentions = e2e::jsonl_rows(e2e::run("geoparse " + write_article()).out);
    std::set<std::string> geoparse_ids, passage_ids;
    for (const auto& m : mentions) geoparse_ids.insert(m["place_id"].get<std::string>());
    for (const auto& row : rows)
        for (const auto& id : row["places"]) passage_ids.insert(id.get<std::string>());
    CHECK(!passage_ids.empty());
    CHECK(passage_ids == geoparse_ids);
}

TEST_CASE("passages --from/--to keep the passages whose time meets the window") {
    std::string file = write_article();
    // June 1994 meets the year 1994, not May 2021 or September 2023.
    auto rows = e2e::jsonl_rows(e2e::run("passages --from 1994-06-01 --to 1994-06-30 " + file).out);
    REQUIRE(rows.size() == 1);
    CHECK(rows[0]["time_start"] == "1994-01-01");
    rows = e2e::jsonl_rows(e2e::run("passages --from 2021-05-12 " + file).out);
    CHECK(rows.size() == 2);
    rows = e2e::jsonl_rows(e2e::run("passages --to 2021-05-11 " + file).out);
    CHECK(rows.size() == 1);
    rows = e2e::jsonl_rows(e2e::run("passages --from 2023-09-20 " + file).out);
    CHECK(rows.empty());
    // On the sample corpus, every row meets the window and some passages are left out.
    auto all = e2e::jsonl_rows(e2e::run("passages " SAMPLE_CORPUS).out);
    auto sept = e2e::jsonl_rows(e2e::run("passages --from 2023-09-19 --to 2023-09-21 " SAMPLE_CORPUS).out);
    CHECK(!sept.empty());
    CHECK(sept.size() < all.size());
    for (const auto& row : sept) {
        CHECK(row["time_start"].get<std::string>() <= "2023-09-21");
        CHECK(row["time_end"].get<std::string>() >= "2023-09-19");
    }
}

TEST_CASE("passages: a bad date is refused with a message naming the option") {
    std::string file = write_article();
    for (const char* bad : {"--from 2023-02-30", "--from 19-09-2023", "--to yesterday", "--to 2023-9-1"}) {
        auto r = e2e::run(std::string("passages ") + bad + " " + file);
        CHECK_MESSAGE(r.status == 2, bad);
        CHECK_MESSAGE(r.err.find(std::string(bad).substr(0, 4)) != std::string::npos, bad);
        CHECK(r.out.empty());
    }
    auto r = e2e::run("passages --from 2023-10-01 --to 2023-09-01 " + file);
    CHECK(r.status == 2);
    CHECK(r.err.find("--from") != std::string::npos);
}

TEST_CASE("passages --place: any variant of the name, or the id, finds the same passages") {
    auto stepanakert = e2e::jsonl_rows(e2e::run("passages --place Stepanakert " SAMPLE_CORPUS).out);
    auto khankendi = e2e::jsonl_rows(e2e::run("passages --place Khankendi " SAMPLE_CORPUS).out);
    auto by_id = e2e::jsonl_rows(e2e::run("passages --place gn:146970 " SAMPLE_CORPUS).out);
    REQUIRE(!stepanakert.empty());
    CHECK(passage_keys(khankendi) == passage_keys(stepanakert));
    CHECK(passage_keys(by_id) == passage_keys(stepanakert));
    for (const auto& row : by_id) {
        bool has = false;
        for (const auto& id : row["places"]) has |= id == "gn:146970";
        CHECK(has);
    }
    auto shushi = e2e::jsonl_rows(e2e::run("passages --place Shushi " SAMPLE_CORPUS).out);
    auto shusha = e2e::jsonl_rows(e2e::run("passages --place Shusha " SAMPLE_CORPUS).out);
    REQUIRE(!shusha.empty());
    CHECK(passage_keys(shushi) == passage_keys(shusha));
    // Lower case and another script are the same name too.
    CHECK(passage_keys(e2e::jsonl_rows(e2e::run("passages --place shushi " SAMPLE_CORPUS).out)) == passage_keys(shusha));
    CHECK(passage_keys(e2e::jsonl_rows(e2e::run("passages --place Шуша " SAMPLE_CORPUS).out)) == passage_keys(shusha));
}

TEST_CASE("passages --place with a name no gazetteer knows says so") {
    auto r = e2e::run("passages --place Qwertyzxcvbnm " SAMPLE_CORPUS);
    CHECK(r.status == 1);
    CHECK(r.err.find("Qwertyzxcvbnm") != std::string::npos);
}

TEST_CASE("passages --format csv: a header row and RFC 4180 quoting, the same records as JSONL") {
    std::string file = write_article();
    auto r = e2e::run("passages --format csv " + file);
    CHECK(r.status == 0);
    auto rows = parse_csv(r.out);
    REQUIRE(rows.size() == 4);
    CHECK(rows[0] == std::vector<std::string>{"file", "start", "end", "text", "time_start", "time_end", "time_basis", "places"});
    auto json = e2e::jsonl_rows(e2e::run("passages " + file).out);
    REQUIRE(json.size() == 3);
    for (size_t i = 0; i < json.size(); ++i) {
        REQUIRE(rows[i + 1].size() == 8);
        CHECK(rows[i + 1][3] == json[i]["text"].get<std::string>());
        CHECK(rows[i + 1][1] == std::to_string(json[i]["start"].get<int>()));
        CHECK(rows[i + 1][4] == json[i]["time_start"].get<std::string>());
    }
    CHECK(rows[2][3].find("\"Shusha, again\"") != std::string::npos);
    // The sample corpus: one record per JSONL line, whatever the text holds.
    auto csv = parse_csv(e2e::run("passages --format csv " SAMPLE_CORPUS).out);
    auto jsonl = e2e::jsonl_rows(e2e::run("passages " SAMPLE_CORPUS).out);
    CHECK(csv.size() == jsonl.size() + 1);
}

TEST_CASE("passages --sentences: each sentence's code points, 'Dr.' ending none") {
    std::string file = e2e::temp_path("passages-sentences.txt");
    const std::string text = "Переговоры шли. Dr. Aliyev arrived in Baku. Then they left.\n";
    std::ofstream(file, std::ios::binary) << text;
    auto rows = e2e::jsonl_rows(e2e::run("passages --sentences " + file).out);
    REQUIRE(rows.size() == 1);
    const std::u32string chars = decode_utf8(text);
    std::vector<std::u32string> sentences;
    for (const auto& span : rows[0]["sentences"]) {
        size_t a = span[0].get<size_t>(), b = span[1].get<size_t>();
        REQUIRE(a < b);
        REQUIRE(b <= chars.size());
        sentences.push_back(chars.substr(a, b - a));
    }
    CHECK(sentences == std::vector<std::u32string>{U"Переговоры шли.", U"Dr. Aliyev arrived in Baku.", U"Then they left."});
    auto csv = e2e::run("passages --sentences --format csv " + file);
    CHECK(csv.out.find(",sentences,sentence_times\n") != std::string::npos);
    CHECK(csv.out.find(",0-15;16-43;44-59,") != std::string::npos);
    // Each sentence's own time: this file names no date, so the file's time stands in for all.
    REQUIRE(rows[0]["sentence_times"].size() == 3);
    for (const auto& t : rows[0]["sentence_times"]) CHECK(t[2] == "file");
    CHECK(csv.err.find("file's time") != std::string::npos);
    // Without the flag the contract's keys stay exact.
    CHECK_FALSE(e2e::jsonl_rows(e2e::run("passages " + file).out)[0].contains("sentences"));
    CHECK_FALSE(e2e::jsonl_rows(e2e::run("passages " + file).out)[0].contains("sentence_times"));
}

TEST_CASE("passages of a Markdown article: link targets and images are not geoparsed, offsets are the text's") {
    std::string file = e2e::temp_path("passages-markdown.md");
    std::ofstream(file, std::ios::binary)
        << "# Talks Resume In The Mountains\n\nTalks in [Stepanakert](https://example.org/Yerevan/news \"Yerevan desk\") "
           "went on\nfor *two* days.\n\n![Baku at night](baku.png)\n";
    auto rows = e2e::jsonl_rows(e2e::run("passages " + file).out);
    REQUIRE(rows.size() == 2);
    CHECK(rows[1]["text"] == "Talks in Stepanakert went on for two days.");
    CHECK(rows[1]["places"] == nlohmann::json::array({"gn:146970"}));  // no Yerevan, no Baku
    // Offsets count the decoded text: the heading's 29 characters and a blank line come first.
    CHECK(rows[1]["start"] == 31);
    CHECK(rows[1]["end"] == 31 + 42);
}
