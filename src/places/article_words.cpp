// Words read ahead of the gazetteer, and the matcher over them (article_words.hpp). A long text is
// cut into pieces of whole lines, read on every core and joined: the words and the matches of the
// pieces are those of one pass, for the reasons tokenize_and_match gives (match_names.cpp): no
// word and no name holds a line break.
#include "placeline/places/article_words.hpp"

#include <atomic>

#include "line_pieces.hpp"
#include "placeline/base/on_cores.hpp"

namespace placeline {

namespace {

// Pieces of about this many bytes, each ended by a line break, as tokenize_and_match cuts them:
// an ordinary article is one piece.
constexpr size_t piece_bytes = 64 * 1024;

// The text's words, a long text read in pieces on every core.
std::vector<Token> read_words(std::string_view text) {
    std::vector<size_t> cuts{0};  // the pieces' starts, then the text's end
    while (text.size() - cuts.back() > piece_bytes) {
        const size_t nl = text.find('\n', cuts.back() + piece_bytes);
        if (nl == std::string_view::npos || nl + 1 >= text.size()) break;
        cuts.push_back(nl + 1);
    }
    cuts.push_back(text.size());
    if (cuts.size() == 2) return tokenize(text);
    std::vector<std::vector<Token>> pieces(cuts.size() - 1);
    for_each_on_cores(pieces.size(), [&](size_t p) {
        pieces[p].reserve((cuts[p + 1] - cuts[p]) / 6 + 16);
        tokenize_into(text, cuts[p], cuts[p + 1], pieces[p]);
    });
    size_t total = 0;
    for (const auto& piece : pieces) total += piece.size();
    std::vector<Token> words;
    words.reserve(total);
    for (const auto& piece : pieces) words.insert(words.end(), piece.begin(), piece.end());
    return words;
}

}  // namespace

std::vector<std::vector<Token>> read_words_while(const Corpus& corpus, const std::function<bool()>& wanted) {
    // The words take about twice the bytes of their text, and a gazetteer built from its sources
    // (the first run) takes minutes: a big corpus would hold all its words at once. Past this much
    // text, the rest is read as it is matched.
    constexpr size_t most_bytes = size_t(32) << 20;
    std::atomic<size_t> bytes{0};
    std::vector<std::vector<Token>> words(corpus.articles.size());
    for_each_on_cores(corpus.articles.size(), [&](size_t a) {
        const std::string& text = corpus.articles[a].text;
        if (wanted() && bytes.fetch_add(text.size()) + text.size() <= most_bytes) words[a] = read_words(text);
    });
    return words;
}

void match_words(const Gazetteer& gazetteer, std::string_view text, std::span<const Token> words,
                 std::vector<NameMatch>& matches) {
    // The words cut where tokenize_and_match cuts the text (no match is given: none to keep whole).
    const std::vector<resolution::LinePiece> pieces = resolution::line_pieces(text, words, {}, piece_bytes);
    if (pieces.size() == 1) {
        match_names(gazetteer, text, words, matches);
        return;
    }
    std::vector<std::vector<NameMatch>> found(pieces.size());
    for_each_on_cores(pieces.size(), [&](size_t p) {
        match_names(gazetteer, text, words.subspan(pieces[p].first_word, pieces[p].end_word - pieces[p].first_word),
                    found[p]);
    });
    size_t total = 0;
    for (const auto& piece : found) total += piece.size();
    matches.clear();
    matches.reserve(total);
    for (const auto& piece : found) matches.insert(matches.end(), piece.begin(), piece.end());
}

}  // namespace placeline
