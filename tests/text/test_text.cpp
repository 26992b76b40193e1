#include <doctest/doctest.h>

#include <atomic>
#include <string>
#include <vector>

#include "placeline/base/on_cores.hpp"
#include "placeline/text/ascii_scan.hpp"
#include "placeline/text/text.hpp"
#include "placeline/text/words.hpp"

using namespace placeline;

TEST_CASE("valid UTF-8 is kept, a BOM is dropped and CRLF becomes LF") {
    DecodedText d = decode_text("\xEF\xBB\xBFShu\xC5\x9F" "a\r\nline two\rthree");
    CHECK(d.source_encoding == Encoding::utf8);
    CHECK(d.utf8 == "Shu\xC5\x9F" "a\nline two\nthree");
}

TEST_CASE("invalid UTF-8 is read as Windows-1252") {
    // 0x93/0x94 are curly quotes and 0xE9 is é in Windows-1252; none is valid UTF-8 here.
    DecodedText d = decode_text("\x93" "caf\xE9" "\x94");
    CHECK(d.source_encoding == Encoding::windows1252);
    CHECK(d.utf8 == "\xE2\x80\x9C" "caf\xC3\xA9" "\xE2\x80\x9D");
}

TEST_CASE("UTF-8 is checked wherever a multi-byte letter or a bad byte falls: in sixty-four- and sixteen-byte steps or in the last bytes") {
    // ASCII before and after moves each sequence through every place of a sixty-four-byte step,
    // of a sixteen-byte step and into the bytes left after the last step.
    for (size_t before = 0; before < 140; ++before)
        for (size_t after : {size_t(0), size_t(1), size_t(15), size_t(16), size_t(17)}) {
            const std::string a(before, 'a'), z(after, 'z');
            CHECK(is_valid_utf8(a + "\xC3\xA9" + z));           // é
            CHECK(is_valid_utf8(a + "\xE2\x80\x9C" + z));       // a left quote
            CHECK(is_valid_utf8(a + "\xF0\x9F\x98\x80" + z));   // an emoji: four bytes
            CHECK_FALSE(is_valid_utf8(a + "\xE9" + z));          // Windows-1252's é alone
            CHECK_FALSE(is_valid_utf8(a + "\xE2\x80" + z));      // a sequence cut short
            CHECK_FALSE(is_valid_utf8(a + "\xC0\xAF" + z));      // an overlong slash
        }
}

TEST_CASE("binary content is recognised") {
    CHECK(looks_binary(std::string("PK\x03\x04\0\0", 6)));
    CHECK_FALSE(looks_binary("plain text\nwith lines\n"));
    // One NUL anywhere in the first 8 KiB is binary, in a sixty-four- or sixteen-byte step or in
    // the last bytes; line breaks, tabs, carriage returns and form feeds are text.
    for (size_t at = 0; at < 150; ++at) {
        std::string text(150, 'a');
        text[at] = '\0';
        CHECK_MESSAGE(looks_binary(text), "at " << at);
        text[at] = at % 4 == 0 ? '\n' : at % 4 == 1 ? '\t' : at % 4 == 2 ? '\r' : '\f';
        CHECK_FALSE(looks_binary(text));
    }
    // Other control characters: binary above 5 % of the bytes read, text at 5 % or below.
    std::string text(200, 'a');
    for (size_t k = 0; k < 10; ++k) text[k * 19 + 3] = '\x01';  // 10 of 200: 5 %
    CHECK_FALSE(looks_binary(text));
    text[199] = '\x1B';  // 11 of 200
    CHECK(looks_binary(text));
    CHECK_FALSE(looks_binary(std::string(9000, 'a') + std::string(100, '\0')));  // past the first 8 KiB
}

TEST_CASE("code point offsets count characters, not bytes") {
    std::string text = "Şuşa and Շուշի, then Stepanakert";
    CodepointMap map(text);
    size_t byte = text.find("Stepanakert");
    size_t cp = map.to_codepoint(byte);
    CHECK(cp == 21);
    CHECK(map.to_byte(cp) == byte);
    CHECK(map.to_codepoint(text.size()) == count_codepoints(text));
    // Across a checkpoint boundary (every 64 bytes).
    std::string long_text(100, 'a');
    long_text += "ə";
    long_text += "b";
    CodepointMap m2(long_text);
    CHECK(m2.to_codepoint(long_text.size() - 1) == 101);
    CHECK(m2.to_byte(101) == long_text.size() - 1);
}

TEST_CASE("a byte offset's code point is the count of the bytes before it that start one, wherever it stands in its block") {
    // Letters of two, three and four bytes after 0-3 ASCII bytes, so that every offset within a
    // 64-byte block meets every kind of byte; the last block is a part one or a whole one.
    for (size_t lead = 0; lead < 4; ++lead)
        for (size_t length : {size_t(700), size_t(704), size_t(731)}) {
            std::string text(lead, 'x');
            while (text.size() < length) text += "\xC9\x99" "b" "\xE2\x82\xAC" "\xF0\x9F\x98\x80" " ";
            text.resize(length);
            CAPTURE(lead);
            CAPTURE(length);
            const CodepointMap map(text);
            size_t starts = 0, differ = 0;
            for (size_t b = 0; b <= text.size(); ++b) {
                differ += map.to_codepoint(b) != starts;
                if (b < text.size()) starts += (static_cast<unsigned char>(text[b]) & 0xC0) != 0x80;
            }
            CHECK(differ == 0);
        }
}

TEST_CASE("a code-point map counted in pieces is the map counted in one pass") {
    // Letters of two, three and four bytes after 0-3 ASCII bytes: every kind of letter is cut by
    // some 64-byte block end, where the pieces end.
    std::vector<std::string> texts = {"", "a", "\xC9\x99"};
    for (size_t lead = 0; lead < 4; ++lead) {
        std::string t(lead, 'x');
        while (t.size() < 3000) t += "\xC9\x99" "b" "\xE2\x82\xAC" "\xF0\x9F\x98\x80" " ";
        texts.push_back(t);
    }
    auto in_order = [](size_t pieces, auto count) {
        for (size_t p = pieces; p-- > 0;) count(p);  // backwards: the order must not matter
    };
    auto on_cores = [](size_t pieces, auto count) { for_each_on_cores(pieces, count); };
    for (const std::string& text : texts) {
        CodepointMap whole(text);
        for (size_t pieces : {0, 1, 2, 3, 7, 16, 1000}) {
            CAPTURE(text.size());
            CAPTURE(pieces);
            CodepointMap backwards(text, pieces, in_order), spread(text, pieces, on_cores);
            bool same = true;
            for (size_t b = 0; b <= text.size() + 1; ++b)
                same = same && backwards.to_codepoint(b) == whole.to_codepoint(b) &&
                       spread.to_codepoint(b) == whole.to_codepoint(b);
            for (size_t c = 0; c <= count_codepoints(text) + 1; ++c)
                same = same && backwards.to_byte(c) == whole.to_byte(c) && spread.to_byte(c) == whole.to_byte(c);
            CHECK(same);
        }
    }
}

TEST_CASE("bytes that are not UTF-8 are read in the charset the page declares") {
    // "Привет" in Windows-1251.
    DecodedText d = decode_text("\xCF\xF0\xE8\xE2\xE5\xF2", "windows-1251");
    CHECK(d.source_encoding == Encoding::declared);
    CHECK(d.charset == "windows-1251");
    CHECK(d.utf8 == "\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82");
    // ISO-8859-1 is read as Windows-1252, as browsers do: 0x93 is a curly quote, not a control.
    DecodedText latin = decode_text("\x93" "caf\xE9" "\x94", "ISO-8859-1");
    CHECK(latin.source_encoding == Encoding::windows1252);
    CHECK(latin.utf8 == "\xE2\x80\x9C" "caf\xC3\xA9" "\xE2\x80\x9D");
    CHECK(latin.unknown_charset.empty());
    // A charset ICU does not know: Windows-1252, and the name is kept for the report.
    DecodedText bogus = decode_text("caf\xE9", "x-no-such-charset");
    CHECK(bogus.source_encoding == Encoding::windows1252);
    CHECK(bogus.utf8 == "caf\xC3\xA9");
    CHECK(bogus.unknown_charset == "x-no-such-charset");
    // Valid UTF-8 stays UTF-8 whatever the page claims.
    CHECK(decode_text("Shu\xC5\x9F" "a", "windows-1251").utf8 == "Shu\xC5\x9F" "a");
}

TEST_CASE("words are runs of anything but spaces, tabs and line breaks") {
    CHECK(count_words("") == 0);
    CHECK(count_words(" \t\n ") == 0);
    CHECK(count_words("Shusha,  Khankendi\tand\nGoris") == 4);
    CHECK(count_words("  \xC5\x9Eu\xC5\x9F" "a -- 2023 ") == 3);
    // Counted in blocks: words across the blocks' seams count once.
    std::string many;
    for (int i = 0; i < 30000; ++i) many += i % 3 ? "Goris " : "Stepanakert\t";
    CHECK(count_words(many) == 30000);
    CHECK(count_words(std::string(200000, 'x')) == 1);
}

TEST_CASE("for_each_on_cores visits every index exactly once") {
    for (size_t items : {size_t(0), size_t(1), size_t(7), size_t(10000)}) {
        std::vector<std::atomic<int>> seen(items);
        for_each_on_cores(items, [&](size_t i) { seen[i].fetch_add(1); });
        size_t once = 0;
        for (auto& s : seen) once += s.load() == 1;
        CHECK(once == items);
    }
}

TEST_CASE("UTF-16 with a byte order mark is decoded, in either byte order") {
    // "Şuşa\r\n2023" in UTF-16LE and UTF-16BE, each after its BOM.
    std::string le("\xFF\xFE" "\x5E\x01" "u\0" "\x5F\x01" "a\0" "\r\0\n\0" "2\0" "0\0" "2\0" "3\0", 22);
    std::string be("\xFE\xFF" "\x01\x5E" "\0u" "\x01\x5F" "\0a" "\0\r\0\n" "\0" "2" "\0" "0" "\0" "2" "\0" "3", 22);
    for (const std::string& bytes : {le, be}) {
        CHECK_FALSE(looks_binary(bytes));
        DecodedText d = decode_text(bytes);
        CHECK(d.source_encoding == Encoding::declared);
        CHECK(d.utf8 == "\xC5\x9Eu\xC5\x9F" "a\n2023");
    }
    CHECK(decode_text(le).charset == "UTF-16LE");
    CHECK(decode_text(be).charset == "UTF-16BE");
    // Without the mark, NUL bytes are still binary.
    CHECK(looks_binary(le.substr(2)));
}

TEST_CASE("first_beyond_ascii finds the first byte of 0x80 or more at every place of a long text, and all_ascii agrees") {
    // 200 ASCII bytes with one 'é' (C3 A9) moved through every place: the 64- and 16-byte steps
    // and the byte loop must each find it, from any start, and stop at `to`.
    const std::string plain(200, 'a');
    CHECK(first_beyond_ascii(plain, 0, plain.size()) == plain.size());
    CHECK(all_ascii(plain));
    CHECK(all_ascii(""));
    for (size_t at = 0; at + 2 <= plain.size(); ++at) {
        std::string s = plain;
        s.replace(at, 2, "\xC3\xA9");
        CHECK(first_beyond_ascii(s, 0, s.size()) == at);
        CHECK(!all_ascii(s));
        CHECK(first_beyond_ascii(s, at + 2, s.size()) == s.size());
        CHECK(first_beyond_ascii(s, 0, at) == at);
        if (at >= 3) CHECK(first_beyond_ascii(s, 3, s.size()) == at);
    }
}
