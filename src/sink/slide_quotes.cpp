// The slides' quoted text (slide_quotes.hpp), apart from the overlay that draws it with ImGui.
#include "placeline/sink/slide_quotes.hpp"

#include <filesystem>

#include "placeline/text/text.hpp"
#include "placeline/time/date.hpp"

namespace placeline::sink {

std::string quote_credit(const Article& a) {
    std::string out;
    auto add = [&](const std::string& part) {
        if (part.empty()) return;
        if (!out.empty()) out += " · ";
        out += part;
    };
    add(a.title);
    add(a.source);
    // The file's name only when the article names neither itself nor its site; never its folders.
    if (out.empty()) add(std::filesystem::path(a.path).filename().string());
    if (a.published != 0) add(format_iso(a.published));
    return out;
}

QuoteText quote_text(const Atlas& atlas, const render::Quote& quote) {
    QuoteText q;
    for (const Article& a : atlas.corpus().articles) {
        const std::string& path = a.path;
        bool match = path == quote.file || (path.size() > quote.file.size() &&
                                            path.compare(path.size() - quote.file.size(), quote.file.size(), quote.file) == 0 &&
                                            path[path.size() - quote.file.size() - 1] == '/');
        if (!match) continue;
        CodepointMap cps(a.text);
        size_t b = cps.to_byte(quote.start), e = cps.to_byte(quote.end);
        // Offsets past the end are a wrong quote, not a shorter one.
        if (b >= e || cps.to_codepoint(a.text.size()) < quote.end) break;
        q.text = a.text.substr(b, e - b);
        q.source = quote_credit(a);
        q.found = true;
        break;
    }
    return q;
}

}  // namespace placeline::sink
