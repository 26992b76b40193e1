// Fonts: every character the sample articles contain has a glyph in the fonts the window and
// the PNG writer use (a missing glyph is a bug: it shows as a box).
#include <doctest/doctest.h>
#include <imgui.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "placeline/sink/canvas.hpp"
#include "placeline/text/text.hpp"

using namespace placeline;

TEST_CASE("the fonts have Azerbaijani, Cyrillic, Armenian and Georgian glyphs") {
    sink::OffscreenCanvas canvas(64, 64, true);
    REQUIRE(canvas.ok());
    REQUIRE_FALSE(sink::required_glyphs().empty());
    for (ImFont* font : {canvas.ui_font(), canvas.label_font(), canvas.fonts().title, canvas.fonts().body})
        for (char32_t c : sink::required_glyphs())
            CHECK_MESSAGE(font->FindGlyphNoFallback(ImWchar(c)) != nullptr, "U+", std::hex, unsigned(c));
}

TEST_CASE("every character of the sample articles has a glyph") {
    sink::OffscreenCanvas canvas(64, 64);
    REQUIRE(canvas.ok());
    std::set<char32_t> seen;
    for (const auto& entry : std::filesystem::directory_iterator(SAMPLE_CORPUS)) {
        std::ifstream in(entry.path(), std::ios::binary);
        std::stringstream ss;
        ss << in.rdbuf();
        std::string text = decode_text(ss.str()).utf8;
        for (size_t i = 0; i < text.size();) seen.insert(next_codepoint(text, i));
    }
    size_t missing = 0;
    for (char32_t c : seen) {
        if (c < 0x20 || c == 0xFEFF || (c >= 0x200B && c <= 0x200F)) continue;  // controls and invisible marks
        if (!canvas.ui_font()->FindGlyphNoFallback(ImWchar(c))) {
            ++missing;
            MESSAGE("no glyph for U+", std::hex, unsigned(c));
        }
    }
    CHECK(missing == 0);
    CHECK(seen.size() > 150);
}
