// The geoparse record's two writers: JSON Lines appended straight to a string must give the bytes
// the json object dumps to (the CSV and GeoJSON tables still go through the object).
#include <doctest/doctest.h>
#include <nlohmann/json.hpp>

#include <atomic>
#include <charconv>
#include <cmath>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <limits>
#include <optional>
#include <thread>
#include <vector>

#include "cli/json_text.hpp"
#include "cli/mention_record.hpp"
#include "cli/shared_texts.hpp"
#include "placeline/geo/gazetteer_load.hpp"
#include "support.hpp"

using namespace placeline;
namespace fs = std::filesystem;

namespace {

// As TableWriter writes a row: an ordered object (no conversion to nlohmann::json, which sorts).
template <class Json>
std::string dumped(const Json& v) {
    return v.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::string as_string(std::string_view s) {
    std::string out;
    cli::append_json_string(out, s);
    return out;
}
std::string as_number(double v) {
    std::string out;
    cli::append_json_number(out, v);
    return out;
}

}  // namespace

TEST_CASE("JSON text writes strings and numbers as nlohmann's dump does") {
    for (std::string s : {std::string(""), std::string("Stepanakert"), std::string("a \"quoted\" back\\slash"),
                          std::string("tab\there\nnew line \x01\x1f \x7f"), std::string("Arāk, Şuşa, Ереван"),
                          std::string("broken \xff\xfe and cut \xc3"), std::string("/a path/with é.txt"),
                          // A byte to escape in each place of an eight-byte word, and in the tail.
                          std::string("abcdefg\""), std::string("abcdefgh\\"), std::string("abcdefghijklmn\x1f"),
                          std::string("abcdefghijklmnop\x7f \x20~!"), std::string("ab\x01" "defghij"),
                          std::string("abcdefghijklmnopqrstuvwxyz0123456789 plain, \xc3\xa9 at the end")})
        CHECK(as_string(s) == dumped(nlohmann::json(s)));
    for (double v : {0.0, -0.0, 61.0, 39.882, 46.808, 33.83614338288933, 1e-7, 1e21, 123456789012345678.0,
                     double(3.98f), double(0.9227278f), double(std::round(0.7f * 1000) / 1000), -12.5})
        CHECK(as_number(v) == dumped(nlohmann::json(v)));
    CHECK(as_number(std::numeric_limits<double>::quiet_NaN()) == "null");
    CHECK(as_number(std::numeric_limits<double>::infinity()) == "null");
    for (uint64_t v : {uint64_t(0), uint64_t(7), uint64_t(4294967295u), std::numeric_limits<uint64_t>::max()}) {
        std::string out;
        cli::append_json_number(out, v);
        CHECK(out == dumped(nlohmann::json(v)));
    }
}

TEST_CASE("whole numbers of every length are written as std::to_chars writes them") {
    // Written in groups of eight digits: each length, each power of ten and the number below it,
    // and random numbers of every width.
    auto same = [](uint64_t v) {
        char mine[cli::json_number_room], theirs[32];
        const std::string_view a(mine, size_t(cli::write_json_number(mine, v) - mine));
        const std::string_view b(theirs, size_t(std::to_chars(theirs, theirs + sizeof theirs, v).ptr - theirs));
        return a == b;
    };
    size_t differ = 0;
    uint64_t ten = 1;
    for (int digits = 0; digits < 20; ++digits, ten *= 10)
        for (uint64_t v : {ten - 1, ten, ten + 1, ten * 5 - 1}) differ += !same(v);
    differ += !same(std::numeric_limits<uint64_t>::max());
    uint64_t state = 99;
    for (int i = 0; i < 200000; ++i) {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        differ += !same(state >> (i % 64));
    }
    CHECK(differ == 0);
}

TEST_CASE("JSON text escapes every byte value wherever it stands in a string") {
    // Plain strings are tested sixteen bytes at a time, the last step overlapping, and a shorter
    // string as overlapping pieces of it: each byte value at each place of every length up to
    // two steps and a half.
    size_t differ = 0;
    for (size_t length = 1; length <= 40; ++length)
        for (int c = 0; c < 256; ++c)
            for (size_t at = 0; at < length; ++at) {
                std::string s(length, 'a');
                s[at] = char(c);
                differ += as_string(s) != dumped(nlohmann::json(s));
            }
    CHECK(differ == 0);
}

TEST_CASE("widened floats and short decimals are written as grisu2 writes them, and so is what lies beside them") {
    // write_json_number works out the digits of a float widened to a double and of a double
    // nearest to a decimal of up to eight fractional digits exactly (number_digits.hpp), and
    // leaves the rest to nlohmann's grisu2. Compared byte for byte with to_chars over the numbers
    // a record holds (scores and totals as floats, weights in thousandths, points in 1e-5
    // degrees) and over decimals of every length, floats of every exponent the exact way takes,
    // their neighbouring doubles, powers of two and the ranges' edges.
    auto grisu = [](double v) {
        char text[64];
        return std::string(text, nlohmann::detail::to_chars(text, text + sizeof text, v));
    };
    auto written = [](double v) {
        char text[cli::json_number_room];
        return std::string(text, cli::write_json_number(text, v));
    };
    size_t compared = 0, differ = 0;
    auto check = [&](double v) {
        ++compared;
        if (written(v) != grisu(v)) {
            if (++differ <= 5) MESSAGE(grisu(v), " written as ", written(v));
        }
    };
    for (int64_t k = -1000000; k <= 1000000; ++k) check(double(k) / 1000);  // every weight to +-1000
    uint64_t state = 2024;
    auto next = [&] { return state = state * 6364136223846793005ull + 1442695040888963407ull; };
    for (int i = 0; i < 1000000; ++i) {
        const double v = double(int64_t(next() >> 35) - (int64_t(1) << 28)) / 1e5;  // degrees to +-2684
        check(v);
        check(std::nextafter(v, 1e300));
        check(std::nextafter(v, -1e300));
    }
    for (int i = 0; i < 2000000; ++i) {  // floats from 2^-20 to 2^14, and the doubles beside them
        const uint32_t bits = uint32_t(127 - 20 + i % 34) << 23 | uint32_t(next() >> 41);
        float f;
        std::memcpy(&f, &bits, sizeof f);
        check(f);
        check(-f);
        if (i % 16 == 0) {
            check(std::nextafter(double(f), 1e300));
            check(std::nextafter(double(f), 0.0));
        }
    }
    const double tens[] = {1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10};
    for (int digits = 0; digits <= 10; ++digits)
        for (int i = 0; i < 100000; ++i) {
            const double v = double(next() >> (11 + (i % 40))) / tens[digits];
            check(v);
            check(double(float(v)));
        }
    for (int e = -40; e <= 40; ++e) {
        const double two = std::ldexp(1.0, e);
        for (double v : {two, std::nextafter(two, 0.0), std::nextafter(two, 1e300)}) check(v);
    }
    for (double v : {67108864.0, 67108863.99999999, 67108863.5, 1e-8, 2e-8, 7e-9, 0.0001, 0.00012, 0.001, 1e-5,
                     12.0, 120.0, 1e15, 123456789012345.0, 0.1, 0.2, 0.3})
        check(v);
    CHECK(compared > 9000000);
    CHECK(differ == 0);
}

TEST_CASE("numbers written again, or after another took their remembered slot, are the same bytes") {
    // More numbers than NumberTexts remembers, each written three times in turns, so that every
    // write after the first finds its own text, another number's, or none.
    std::vector<double> values;
    uint64_t state = 12345;
    for (int i = 0; i < 10000; ++i) {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        double v = double(state >> 11) / double(1ull << 53) * 360.0 - 180.0;
        values.push_back(i % 3 == 0 ? v : i % 3 == 1 ? double(float(v)) : std::round(v * 1000) / 1000);
    }
    size_t differ = 0;
    cli::NumberTexts remembered;
    for (int round = 0; round < 3; ++round)
        for (double v : values) {
            std::string out;
            remembered.append(out, v);
            differ += out != dumped(nlohmann::json(v));
        }
    CHECK(differ == 0);
    // Written through a pointer into a row's room, the same.
    char room[cli::json_number_room];
    for (double v : values) differ += std::string(room, remembered.write(room, v)) != dumped(nlohmann::json(v));
    CHECK(differ == 0);
}

TEST_CASE("shared texts: each key's text is found as published, by every thread, and a full table publishes no more") {
    auto key_of = [](uint64_t k) { return std::string(reinterpret_cast<const char*>(&k), sizeof k); };
    auto text_of = [](uint64_t k) { return "text of " + std::to_string(k) + std::string(k % 50, '.'); };
    auto hash_of = [](uint64_t k) { return (k % 7) * 0x9E3779B97F4A7C15ull; };  // many keys share a hash
    // A table of 64 slots: keys go in until the slots a hash may take are full.
    cli::SharedTexts small(6);
    cli::SharedTexts::Arena arena;
    size_t published = 0, refused = 0;
    for (uint64_t k = 0; k < 200; ++k) {
        const auto found = small.find(hash_of(k), key_of(k));
        REQUIRE(!found.found);
        const std::string text = text_of(k);
        if (!found.empty) ++refused;
        published += small.publish(found, hash_of(k), key_of(k), text, arena).data() != text.data();
    }
    CHECK(published + refused == 200);
    CHECK(published > 40);
    CHECK(refused > 100);
    size_t right = 0, missing = 0;
    for (uint64_t k = 0; k < 200; ++k) {
        const auto found = small.find(hash_of(k), key_of(k));
        if (found.found) right += found.text == text_of(k);
        else missing += !found.empty;  // refused, and still no room
    }
    CHECK(right == published);
    CHECK(missing == refused);
    // Two threads looking up and publishing the same keys at once, each in its own order: every
    // text found is its key's.
    cli::SharedTexts shared(12);
    std::atomic<size_t> wrong{0}, found_count{0};
    auto work = [&](uint64_t seed) {
        cli::SharedTexts::Arena own;
        for (int round = 0; round < 3; ++round)
            for (uint64_t i = 0; i < 1000; ++i) {
                const uint64_t k = (i * seed + round) % 1000;
                const auto found = shared.find(k * 0x9E3779B97F4A7C15ull, key_of(k));
                if (found.found) {
                    ++found_count;
                    wrong += found.text != text_of(k);
                    continue;
                }
                const std::string text = text_of(k);
                wrong += shared.publish(found, k * 0x9E3779B97F4A7C15ull, key_of(k), text, own) != text;
            }
        // The arenas outlive the other thread's reads: kept until both threads are done.
        return own;
    };
    std::vector<cli::SharedTexts::Arena> arenas(2);
    std::thread other([&] { arenas[1] = work(7); });
    arenas[0] = work(13);
    other.join();
    CHECK(wrong == 0);
    CHECK(found_count > 3000);
}

TEST_CASE("text written through a buffer's room keeps what came before as the buffer moves to a larger block") {
    // Rows of growing length, each written in small rooms taken one after the other from a
    // pointer into the room before (as a row's parts are), some committed and some dropped.
    cli::TextBuffer buffer;
    std::string expected;
    for (int row = 0; row < 200; ++row) {
        char* p = buffer.room(3);
        std::string written;
        for (int part = 0; part <= row; ++part) {
            const std::string piece = std::to_string(row) + ":" + std::to_string(part) + ";";
            p = buffer.room(p, piece.size());
            p = cli::write_text(p, piece);
            written += piece;
        }
        if (row % 7 == 3) continue;  // not committed: the next row writes over it
        buffer.commit(p);
        expected += written;
    }
    CHECK(buffer.view() == expected);
    CHECK(expected.size() > 50000);
    buffer.clear();
    CHECK(buffer.size() == 0);
    CHECK(cli::write_text(buffer.room(5), "after") - buffer.data() == 5);
}

TEST_CASE("a mention's JSON Lines row is the bytes its json object dumps to") {
    // The sample corpus, and an article whose path and text need escaping and hold other scripts.
    std::string dir = e2e::temp_path("mention-record");
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::ofstream(dir + "/\"odd\" name é.txt")
        << "Talks in Goris, Armenia, then in \"Lachin\",\tAzerbaijan; later in Ереван and Şuşa.\n";
    Diagnostics diags;
    auto gazetteer = geo::load_gazetteer(geo::default_gazetteer_sources(), diags);
    auto atlas = build_atlas({SAMPLE_CORPUS, dir}, gazetteer, diags);
    REQUIRE(atlas->mentions().size() > 100);
    size_t odd = 0;
    for (const Mention& m : atlas->mentions()) {
        const Article& a = atlas->corpus().articles[m.article];
        CodepointMap cps(a.text);
        nlohmann::json object = cli::mention_json(*atlas, m, cps);
        nlohmann::ordered_json ordered;
        for (const std::string& c : cli::mention_columns()) ordered[c] = object.at(c);
        std::string row;
        cli::append_mention_jsonl(row, *atlas, m, cps);
        CHECK(row == dumped(ordered) + "\n");
        odd += a.path.find("odd") != std::string::npos;
    }
    CHECK(odd >= 3);
}

TEST_CASE("one writer's rows, its places and why objects remembered or taking one another's slots, are the bytes the objects dump to") {
    Diagnostics diags;
    auto gazetteer = geo::load_gazetteer(geo::default_gazetteer_sources(), diags);
    auto atlas = build_atlas({SAMPLE_CORPUS}, gazetteer, diags);
    REQUIRE(atlas->mentions().size() > 100);
    // Two slots: a row's place, its runners-up and its why object keep taking one another's;
    // 2^11, the command's: the second round finds every place and most why objects remembered.
    for (int slot_bits : {1, 11}) {
        cli::MentionRows rows(*atlas, slot_bits);
        size_t differ = 0, runners_up = 0;
        for (int round = 0; round < 2; ++round)
            for (const Mention& m : atlas->mentions()) {
                CodepointMap cps(atlas->corpus().articles[m.article].text);
                nlohmann::json object = cli::mention_json(*atlas, m, cps);
                nlohmann::ordered_json ordered;
                for (const std::string& c : cli::mention_columns()) ordered[c] = object.at(c);
                std::string row = "earlier rows\n";
                rows.append(row, m, cps);
                differ += row != "earlier rows\n" + dumped(ordered) + "\n";
                runners_up += m.why.runner_up_count > 1;
            }
        CHECK(differ == 0);
        CHECK(runners_up > 10);
    }
}

TEST_CASE("writers on two threads sharing their places and why objects write the bytes the objects dump to") {
    Diagnostics diags;
    auto gazetteer = geo::load_gazetteer(geo::default_gazetteer_sources(), diags);
    auto atlas = build_atlas({SAMPLE_CORPUS}, gazetteer, diags);
    REQUIRE(atlas->mentions().size() > 100);
    std::vector<std::string> expected;
    for (const Mention& m : atlas->mentions()) {
        CodepointMap cps(atlas->corpus().articles[m.article].text);
        nlohmann::json object = cli::mention_json(*atlas, m, cps);
        nlohmann::ordered_json ordered;
        for (const std::string& c : cli::mention_columns()) ordered[c] = object.at(c);
        expected.push_back(dumped(ordered) + "\n");
    }
    // 2^4 shared slots: most texts find no room and stay with their thread; 2^12: all are shared.
    for (int shared_bits : {4, 12}) {
        cli::SharedTexts places(shared_bits), whys(shared_bits);
        std::atomic<size_t> differ{0};
        auto write = [&](bool backwards) {
            cli::MentionRows rows(*atlas, places, whys);
            const size_t n = atlas->mentions().size();
            for (int round = 0; round < 2; ++round)
                for (size_t j = 0; j < n; ++j) {
                    const size_t i = backwards ? n - 1 - j : j;
                    const Mention& m = atlas->mentions()[i];
                    CodepointMap cps(atlas->corpus().articles[m.article].text);
                    std::string row;
                    rows.append(row, m, cps);
                    differ += row != expected[i];
                }
            return rows;  // kept until both threads are done: the other may read its shared texts
        };
        std::optional<cli::MentionRows> other_rows;
        std::thread other([&] { other_rows.emplace(write(true)); });
        cli::MentionRows own_rows = write(false);
        other.join();
        CHECK(differ == 0);
    }
}

TEST_CASE("geoparse's records atlas writes the same records as the full one, dates nothing and indexes no place") {
    Diagnostics diags;
    auto gazetteer = geo::load_gazetteer(geo::default_gazetteer_sources(), diags);
    auto dated = build_atlas({SAMPLE_CORPUS}, gazetteer, diags);
    auto undated = build_atlas({SAMPLE_CORPUS}, [&] { return gazetteer; }, diags, nullptr, AtlasUse::records);
    REQUIRE(dated->mentions().size() > 100);
    REQUIRE(undated->mentions().size() == dated->mentions().size());
    // No record holds a time: every row is the same bytes.
    for (size_t i = 0; i < dated->mentions().size(); ++i) {
        const Mention& m = dated->mentions()[i];
        CodepointMap cps(dated->corpus().articles[m.article].text);
        std::string a, b;
        cli::append_mention_jsonl(a, *dated, m, cps);
        cli::append_mention_jsonl(b, *undated, undated->mentions()[i], cps);
        CHECK(a == b);
    }
    // ...and the undated passages were never given their sentences' times.
    size_t dated_sentences = 0, undated_sentences = 0;
    for (const Passage& p : dated->corpus().passages) dated_sentences += p.sentences.size();
    for (const Passage& p : undated->corpus().passages) undated_sentences += p.sentences.size();
    CHECK(dated_sentences > 0);
    CHECK(undated_sentences == 0);
    // ...nor were its places indexed by passage: what asks that index finds nothing.
    REQUIRE(!dated->places().empty());
    const PlaceIndex mentioned = dated->places().front().place;
    CHECK(!dated->passages_of(mentioned).empty());
    CHECK(undated->places().empty());
    CHECK(undated->passages_of(mentioned).empty());
    CHECK(undated->mentions_in(undated->mentions().front().passage).empty());
}

TEST_CASE("a plain ASCII article's rows written without a code-point map are the rows written with one") {
    std::string dir = e2e::temp_path("mention-record-ascii");
    fs::remove_all(dir);
    fs::create_directories(dir);
    std::ofstream(dir + "/plain.txt") << "Talks in Goris, Armenia, then in Lachin and Stepanakert.\n\n"
                                         "Later the envoys went on to Yerevan and Baku.\n";
    Diagnostics diags;
    auto gazetteer = geo::load_gazetteer(geo::default_gazetteer_sources(), diags);
    auto atlas = build_atlas({dir}, gazetteer, diags);
    REQUIRE(atlas->mentions().size() >= 3);
    cli::MentionRows with_map(*atlas), without(*atlas);
    for (const Mention& m : atlas->mentions()) {
        const Article& a = atlas->corpus().articles[m.article];
        REQUIRE(m.span.start > 0);
        CodepointMap cps(a.text);
        cli::TextBuffer mapped, plain;
        with_map.append(mapped, m, &cps);
        without.append(plain, m, nullptr);
        CHECK(plain.view() == mapped.view());
    }
}
