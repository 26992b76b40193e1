// Words read ahead of the gazetteer, and the matcher over them (article_words.hpp). A long text is
// cut into pieces after a line break or a comma (piece_cuts.hpp), each read and matched on its
// own: the words and the matches of the pieces are those of one pass, for the reasons
// tokenize_and_match gives (match_names.cpp): no word and no name holds a line break or a comma.
#include "placeline/places/article_words.hpp"

#include <atomic>

#include "placeline/base/on_cores.hpp"
#include "piece_cuts.hpp"

namespace placeline {

namespace {

// Pieces of about this many bytes, each ended by a line break or a comma: small enough that a
// long document makes many (both cores stay busy to the end), large enough that an ordinary
// article is one piece and starts no thread.
constexpr size_t piece_bytes = 64 * 1024;

}  // namespace

WordPieces read_words(std::string_view text) {
    std::vector<size_t> cuts{0};  // the pieces' starts, then the text's end
    while (text.size() - cuts.back() > piece_bytes) {
        const size_t cut = next_piece_cut(text, cuts.back() + piece_bytes);
        if (cut == std::string_view::npos) break;
        cuts.push_back(cut);
    }
    cuts.push_back(text.size());
    if (cuts.size() == 2) {
        // Moved in: a braced list ({tokenize(text)}) would copy the words out of it.
        WordPieces one(1);
        one[0] = tokenize(text);
        return one;
    }
    WordPieces pieces(cuts.size() - 1);
    for_each_on_cores(pieces.size(), [&](size_t p) {
        // Room for a word every five bytes, as tokenize() reserves (news runs about six a word:
        // at one every six, many pieces grew and copied their words).
        pieces[p].reserve((cuts[p + 1] - cuts[p]) / 5 + 16);
        // The whole text is read, so that a word's rules may look past the piece's end as in one
        // pass; the piece ends at the first word that starts beyond it.
        tokenize_into(text, cuts[p], cuts[p + 1], pieces[p]);
    });
    return pieces;
}

std::vector<WordPieces> read_words_while(const Corpus& corpus, const std::function<bool()>& wanted) {
    // The words take about twice the bytes of their text, and a gazetteer built from its sources
    // (the first run) takes minutes: a big corpus would hold all its words at once. Past this much
    // text, the rest is read as it is matched.
    constexpr size_t most_bytes = size_t(32) << 20;
    std::atomic<size_t> bytes{0};
    std::vector<WordPieces> words(corpus.articles.size());
    for_each_on_cores(corpus.articles.size(), [&](size_t a) {
        const std::string& text = corpus.articles[a].text;
        if (wanted() && bytes.fetch_add(text.size()) + text.size() <= most_bytes) words[a] = read_words(text);
    });
    return words;
}

void match_words(const Gazetteer& gazetteer, std::string_view text, WordPieces pieces, std::vector<Token>& words,
                 std::vector<NameMatch>& matches) {
    if (pieces.size() == 1) {
        words = std::move(pieces[0]);
        match_names(gazetteer, text, words, matches);
        return;
    }
    // Item 0 joins the words, item p > 0 matches piece p - 1.
    std::vector<std::vector<NameMatch>> found(pieces.size());
    for_each_on_cores(pieces.size() + 1, [&](size_t item) {
        if (item > 0) {
            match_names(gazetteer, text, pieces[item - 1], found[item - 1]);
            return;
        }
        size_t total = 0;
        for (const auto& piece : pieces) total += piece.size();
        words.clear();
        words.reserve(total);
        for (const auto& piece : pieces) words.insert(words.end(), piece.begin(), piece.end());
    });
    size_t total = 0;
    for (const auto& piece : found) total += piece.size();
    matches.clear();
    matches.reserve(total);
    for (const auto& piece : found) matches.insert(matches.end(), piece.begin(), piece.end());
}

}  // namespace placeline
