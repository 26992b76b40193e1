// Words longer than eight bytes, words at the text's very end, and the pieces a long document is
// read in: the tokenizer's eight-probe loop, its sixty-four-byte blocks and fold_token's
// eight-byte steps must give what the byte-by-byte rules give.
#include <doctest/doctest.h>

#include <algorithm>
#include <cstdint>
#include <string>
#include <vector>

#include "placeline/places/names.hpp"

using namespace placeline;

namespace {

std::vector<std::string_view> words_of(std::string_view text, const std::vector<Token>& tokens) {
    std::vector<std::string_view> out;
    for (const Token& t : tokens) out.push_back(text.substr(t.start, t.end - t.start));
    return out;
}

}  // namespace

TEST_CASE("long words: whole across eight-byte steps, to the text's end, before an apostrophe or a letter beyond ASCII") {
    std::string_view text = "Nagorno-Karabakh internationally Constantinople's Abcdefgh.ijk Stepanakertü Stepanakert";
    CHECK(words_of(text, tokenize(text)) ==
          std::vector<std::string_view>{"Nagorno", "Karabakh", "internationally", "Constantinople", "s", "Abcdefgh", "ijk",
                                        "Stepanakertü", "Stepanakert"});
    // Every length from one to forty, ending the text or followed by a space.
    for (size_t n = 1; n <= 40; ++n) {
        std::string word(n, 'x');
        word[0] = 'K';
        // (Built with append: GCC 12 warns falsely of an overlap on "a " + a string.)
        std::vector<std::string> forms{word, word + " ", std::string("a ").append(word),
                                       std::string("a ").append(word).append(", b")};
        for (const std::string& s : forms) {
            const auto tokens = tokenize(s);
            const auto words = words_of(s, tokens);
            CHECK(std::find(words.begin(), words.end(), std::string_view(word)) != words.end());
        }
    }
}

TEST_CASE("a text read in pieces gives the words of one pass") {
    std::string text;
    for (int i = 0; i < 300; ++i)
        text += i % 7 ? "Shusha's U.S. envoy met Ts'khinvali officials in Zürich yesterday.\n" : "Stepanakert\n";
    // Cut after a line break, and after a comma (piece_cuts.hpp): the last two right after the
    // initials "U.S.," and right before them (",U.S."), in a closing line of commas.
    text += "Shusha's U.S., envoy,Stepanakert,Zürich,U.S.,Ts'khinvali";
    const std::vector<Token> whole = tokenize(text);
    for (size_t cut : {size_t(0), size_t(12), size_t(1000), text.size() / 2, text.size() - 50, text.size() - 20}) {
        const size_t at = cut == 0 ? 0 : text.find_first_of("\n,", cut) + 1;
        std::vector<Token> pieces;
        tokenize_into(text, 0, at, pieces);
        tokenize_into(text, at, text.size(), pieces);
        REQUIRE(pieces.size() == whole.size());
        size_t same = 0;
        for (size_t i = 0; i < whole.size(); ++i)
            same += pieces[i].start == whole[i].start && pieces[i].end == whole[i].end &&
                    pieces[i].capitalised == whole[i].capitalised && pieces[i].ascii == whole[i].ascii;
        CHECK(same == whole.size());
    }
}

TEST_CASE("fold_token folds long ASCII words as fold_name does, an apostrophe or a dot anywhere") {
    size_t differ = 0, checked = 0;
    for (size_t n = 1; n <= 24; ++n) {
        std::string base;
        for (size_t i = 0; i < n; ++i) base += char(i % 3 == 0 ? 'A' + i % 26 : 'a' + i % 26);
        std::vector<std::string> tokens{base};
        for (size_t at = 1; at + 1 < n; ++at) {
            tokens.push_back(base.substr(0, at) + "'" + base.substr(at));
            tokens.push_back(base.substr(0, at) + "." + base.substr(at));
        }
        std::string out = "left over from an earlier, longer word";
        for (const std::string& t : tokens) {
            fold_token(t, true, out);
            differ += out != fold_name(t);
            ++checked;
        }
    }
    CHECK(checked > 400);
    CHECK(differ == 0);
}

namespace {

// The words next_token reads one after another from the text's start, up to the first that starts
// at `until` or after: the rules word by word, with no block of bytes classified at once.
std::vector<Token> token_by_token(std::string_view text, size_t until) {
    std::vector<Token> out;
    Token t;
    for (size_t at = 0; next_token(text, at, t) && t.start < until; at = t.end) out.push_back(t);
    return out;
}

bool same_tokens(const std::vector<Token>& a, const std::vector<Token>& b) {
    if (a.size() != b.size()) return false;
    for (size_t i = 0; i < a.size(); ++i)
        if (a[i].start != b[i].start || a[i].end != b[i].end || a[i].capitalised != b[i].capitalised ||
            a[i].ascii != b[i].ascii)
            return false;
    return true;
}

}  // namespace

TEST_CASE("the tokenizer's blocks of bytes give the words of the rules read word by word, whatever the text") {
    // Texts drawn from pieces that exercise every rule at every place in a block of 64 bytes:
    // spaces, punctuation, initials, apostrophes (ASCII and curly), letters beyond ASCII (Latin,
    // Cyrillic), digits, hyphens, line breaks, and words shorter and longer than a block.
    const std::vector<std::string> pieces{
        " ", " ", " ", "  ", ",", ".", ". ", "-", "\n", "'", "\xE2\x80\x99", "the", "and", "Shusha", "U.S.", "D.C.",
        "St.", "a", "A", "x.", "I", "Ts'khinvali", "Zürich", "\xC3\xA9t\xC3\xA9", "\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0",
        "2026", "7", "x1", "Constantinople", "internationally", std::string(70, 'k'), "Abcdefghijklmnopqrstuvwxyz", "'s",
        "O'Neil", "l'Espagne", "(", ")", "\"", "\t", "\xC2\xA0", "Z", "z", "9"};
    uint64_t state = 0x9E3779B97F4A7C15ull;  // a fixed sequence: the same texts every run
    auto next = [&] {
        state = state * 6364136223846793005ull + 1442695040888963407ull;
        return size_t(state >> 33);
    };
    size_t texts = 0, differ = 0, differ_until = 0;
    for (int round = 0; round < 3000; ++round) {
        std::string text;
        const size_t count = next() % 120;
        for (size_t k = 0; k < count; ++k) text += pieces[next() % pieces.size()];
        ++texts;
        differ += !same_tokens(tokenize(text), token_by_token(text, text.size()));
        // A piece's words end at the first that starts at `until` or after, as in one pass.
        const size_t until = text.empty() ? 0 : next() % (text.size() + 1);
        std::vector<Token> part;
        tokenize_into(text, 0, until, part);
        differ_until += !same_tokens(part, token_by_token(text, until));
    }
    CHECK(texts == 3000);
    CHECK(differ == 0);
    CHECK(differ_until == 0);
}
