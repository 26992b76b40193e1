#pragma once
// Fonts for the window and the PNG writer, found through fontconfig. Every glyph the map and the
// passages need must be there: Latin Extended (ə ş ç ğ ı), Cyrillic, Armenian, Georgian.
#include <string>
#include <vector>

struct ImFont;
struct ImFontAtlas;

namespace placeline::sink {

struct Fonts {
    ImFont* ui = nullptr;      // panels and passages
    ImFont* label = nullptr;   // map labels (bold)
    ImFont* title = nullptr;   // slide titles (bold, large); only with presentation fonts
    ImFont* body = nullptr;    // slide captions and quotes (large); only with presentation fonts
    std::vector<std::string> files;  // what was loaded, for the About box
};

// The file of the best installed font of `family` (fontconfig pattern such as "DejaVu Sans:bold")
// that covers every code point in `must_cover`; empty if none does.
std::string find_font_file(const std::string& pattern, const std::u32string& must_cover);

// Adds the fonts to the atlas at `pixel_size` (scaled by `dpi_scale`). On failure, ImGui's
// built-in font stands in and `error` says why.
// `presentation` adds the large title and caption fonts of slides (a bigger atlas, so only
// when slides are shown).
Fonts load_fonts(ImFontAtlas& atlas, float pixel_size, float dpi_scale, std::string& error, bool presentation = false);

// Adds the large slide fonts to an atlas that has the others (a font texture rebuild follows).
bool add_presentation_fonts(ImFontAtlas& atlas, Fonts& fonts, float pixel_size, float dpi_scale);
bool has_presentation_fonts(const Fonts& fonts);

// The code points a font must have (used by tests, too).
const std::u32string& required_glyphs();

}  // namespace placeline::sink
