// Words longer than eight bytes, words at the text's very end, and the pieces a long document is
// read in: the tokenizer's eight-probe loop and fold_token's eight-byte steps must give what the
// byte-by-byte rules give.
#include <doctest/doctest.h>

#include <algorithm>
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
    const std::vector<Token> whole = tokenize(text);
    for (size_t cut : {size_t(0), size_t(12), size_t(1000), text.size() / 2}) {
        const size_t at = cut == 0 ? 0 : text.find('\n', cut) + 1;
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
