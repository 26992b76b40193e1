// The slide-deck reader on arbitrary bytes: every input yields a deck (possibly empty) and
// messages, never a crash; and what it read must write back and read again to the same slides.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "placeline/render/deck.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    using namespace placeline;
    std::string_view text(reinterpret_cast<const char*>(data), size);
    Diagnostics diags;
    render::Deck deck = render::parse_deck(text, "fuzz.toml", diags);
    Diagnostics again;
    render::Deck reread = render::parse_deck(render::deck_to_toml(deck), "fuzz-again.toml", again);
    if (reread.slides.size() != deck.slides.size()) std::abort();
    return 0;
}
