// Words read ahead of the gazetteer, and the matcher over them (article_words.hpp). A long text is
// cut into pieces after a line break or a comma (piece_cuts.hpp), each read and matched on its
// own: the words and the matches of the pieces are those of one pass, for the reasons
// tokenize_and_match gives (match_names.cpp): no word and no name holds a line break or a comma.
#include "placeline/places/article_words.hpp"

#include <algorithm>
#include <atomic>
#include <mutex>
#include <span>

#include "placeline/base/on_cores.hpp"
#include "piece_cuts.hpp"

namespace placeline {

namespace {

// Pieces of about this many bytes, each ended by a line break or a comma: small enough that a
// long document makes many (both cores stay busy to the end), large enough that an ordinary
// article is one piece and starts no thread.
constexpr size_t piece_bytes = 64 * 1024;

// The pieces' starts, then the text's end: {0, size} for an ordinary article. The reader and the
// matcher cut alike, so that the matcher finds each piece's words as the reader read them.
std::vector<size_t> piece_starts(std::string_view text) {
    std::vector<size_t> cuts{0};
    while (text.size() - cuts.back() > piece_bytes) {
        const size_t cut = next_piece_cut(text, cuts.back() + piece_bytes);
        if (cut == std::string_view::npos) break;
        cuts.push_back(cut);
    }
    cuts.push_back(text.size());
    return cuts;
}

}  // namespace

bool read_in_pieces(size_t bytes) { return bytes > piece_bytes; }

std::vector<Token> read_words(std::string_view text) {
    if (!read_in_pieces(text.size())) return tokenize(text);  // one piece: no cuts looked for
    const std::vector<size_t> cuts = piece_starts(text);
    if (cuts.size() == 2) return tokenize(text);
    const size_t pieces = cuts.size() - 1;
    // Each piece is appended to `words` as soon as every piece before it is read, by the thread
    // that finds it so: joined after all were read, the pieces and the whole were alive at once,
    // the words' megabytes written twice into fresh pages. Now the pieces are read into a few
    // buffers, each used again once its piece is placed (a piece that waits for the ones before
    // it keeps its buffer until then), and the pages written twice are the buffers' few. Room for
    // a word every five bytes, as tokenize() reserves (only the pages written are touched).
    // `words` is not grown while pieces are placed (a grown array's every word copied again): a
    // piece that does not fit waits, with the ones after it, to be appended when all are read.
    std::vector<Token> words;
    words.reserve(text.size() / 5 + 16 * pieces);
    std::mutex placing;
    std::vector<std::vector<Token>> waiting(pieces);  // read, not placed yet
    std::vector<std::vector<Token>> spare;            // buffers whose pieces are placed
    std::vector<uint8_t> read(pieces, 0);
    size_t placed = 0;  // the pieces before this one are in `words`
    // Under `placing`: appends the next piece to place, when it fits.
    auto place = [&](const std::vector<Token>& piece) {
        if (words.size() + piece.size() > words.capacity()) return false;
        words.insert(words.end(), piece.begin(), piece.end());
        ++placed;
        return true;
    };
    // Room in every buffer for a word every five bytes of the longest piece, as tokenize()
    // reserves (news runs about six a word: at one every six, many pieces grew and copied their
    // words): sized for its own piece, a buffer used again was too small for a longer one and
    // made anew, in fresh pages.
    size_t room = 0;
    for (size_t p = 0; p < pieces; ++p) room = std::max(room, (cuts[p + 1] - cuts[p]) / 5 + 16);
    std::atomic<size_t> next{0};
    run_on_cores(pieces, [&] {
        std::vector<Token> piece;  // this thread's buffer
        for (size_t p; (p = next.fetch_add(1)) < pieces;) {
            piece.clear();
            piece.reserve(room);
            // The whole text is read, so that a word's rules may look past the piece's end as in
            // one pass; the piece ends at the first word that starts beyond it.
            tokenize_into(text, cuts[p], cuts[p + 1], piece);
            std::lock_guard<std::mutex> lock(placing);
            read[p] = 1;
            if (placed != p || !place(piece)) {
                waiting[p] = std::move(piece);
                piece = std::vector<Token>();
                if (!spare.empty()) {
                    piece = std::move(spare.back());
                    spare.pop_back();
                }
                continue;
            }
            // The pieces read meanwhile that waited for this one follow it.
            while (placed < pieces && read[placed]) {
                std::vector<Token>& ready = waiting[placed];
                if (!place(ready)) break;
                spare.push_back(std::move(ready));
            }
        }
    });
    for (; placed < pieces; ++placed) words.insert(words.end(), waiting[placed].begin(), waiting[placed].end());
    return words;
}

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

void match_words(const Gazetteer& gazetteer, std::string_view text, std::vector<Token> read, std::vector<Token>& words,
                 std::vector<NameMatch>& matches) {
    words = std::move(read);
    if (!read_in_pieces(text.size())) {  // one piece: no cuts looked for
        match_names(gazetteer, text, words, matches);
        return;
    }
    const std::vector<size_t> cuts = piece_starts(text);
    if (cuts.size() == 2) {
        match_names(gazetteer, text, words, matches);
        return;
    }
    // Piece p's words are those that start in [cuts[p], cuts[p + 1]), as read_words read them.
    std::vector<std::vector<NameMatch>> found(cuts.size() - 1);
    for_each_on_cores(found.size(), [&](size_t p) {
        const auto starts_before = [](const Token& w, size_t at) { return w.start < at; };
        const auto from = std::lower_bound(words.begin(), words.end(), cuts[p], starts_before);
        const auto to = std::lower_bound(from, words.end(), cuts[p + 1], starts_before);
        match_names(gazetteer, text, std::span<const Token>(from, to), found[p]);
    });
    size_t total = 0;
    for (const auto& piece : found) total += piece.size();
    matches.clear();
    matches.reserve(total);
    for (const auto& piece : found) matches.insert(matches.end(), piece.begin(), piece.end());
}

}  // namespace placeline
