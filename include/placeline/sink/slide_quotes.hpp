#pragma once
// The text a slide quotes: the passage and its credit, read from the corpus. Neither SDL nor
// ImGui: the web story (`placeline export --html`) quotes the same text without drawing it, so
// the command line has it without loading the window module (CMakeLists.txt, sink's two parts).
#include <string>

#include "placeline/atlas/atlas.hpp"
#include "placeline/render/deck.hpp"

namespace placeline::sink {

struct QuoteText {
    std::string text;    // the passage excerpt
    std::string source;  // article title and date
    bool found = false;
};

// How a quote is credited: the article's title, its site and its date, whichever are known; the
// file's name (never its folders) only when it has neither title nor site.
std::string quote_credit(const Article& article);

// The quoted text from the corpus, by file name and code points.
QuoteText quote_text(const Atlas& atlas, const render::Quote& quote);

}  // namespace placeline::sink
