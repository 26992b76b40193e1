#pragma once
// A long document's words in pieces cut after a line break or a comma (piece_cuts.hpp), so that a
// pass after the matcher that reads word by word (inflected_names.cpp) can run its pieces on both
// cores and give what one pass over all the words gives. Why that holds: such a pass reads on from
// a word only across spaces and hyphens (never a line break or a comma), so what it finds lies
// within one piece, and its state (the words just before) is reset by a line break or a comma;
// the matches it is given must not cross a cut either, which is checked here, so that a pass
// starting at a cut stands where one pass would.
#include <algorithm>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "placeline/places/matcher.hpp"
#include "placeline/places/names.hpp"
#include "piece_cuts.hpp"

namespace placeline::resolution {

struct TextPiece {
    size_t first_word = 0, end_word = 0;  // the piece's words: [first_word, end_word)
    size_t first_match = 0;               // the first match that starts in the piece or after it
};

// The pieces of about `piece_bytes` each, every one after the first starting after a line break or
// a comma. A text shorter than that (an ordinary article) is one piece, as is one whose matches
// are out of text order or cross a cut (then no cut is known to be safe).
inline std::vector<TextPiece> text_pieces(std::string_view text, std::span<const Token> words,
                                          const std::vector<NameMatch>& matches, size_t piece_bytes = 64 * 1024) {
    const TextPiece whole{0, words.size(), 0};
    if (text.size() <= piece_bytes) return {whole};
    for (size_t i = 1; i < matches.size(); ++i)
        if (matches[i].span.start < matches[i - 1].span.start) return {whole};
    std::vector<TextPiece> out{whole};
    size_t cut = 0;
    size_t match = 0, farthest_end = 0;  // the matches before `match` end by farthest_end
    while (text.size() - cut > piece_bytes) {
        cut = next_piece_cut(text, cut + piece_bytes);
        if (cut == std::string_view::npos) break;
        for (; match < matches.size() && matches[match].span.start < cut; ++match)
            farthest_end = std::max<size_t>(farthest_end, matches[match].span.end);
        // A match that starts before the cut and ends after it: the pass at the cut would not
        // stand where one pass stands.
        if (farthest_end > cut) return {whole};
        const size_t w = size_t(std::lower_bound(words.begin(), words.end(), cut,
                                                 [](const Token& t, size_t at) { return t.start < at; }) -
                                words.begin());
        if (w == out.back().first_word) continue;  // no word in the piece before: none to cut
        out.back().end_word = w;
        out.push_back({w, words.size(), match});
    }
    return out;
}

}  // namespace placeline::resolution
