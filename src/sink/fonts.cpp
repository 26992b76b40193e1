#include "placeline/sink/fonts.hpp"

#include <fontconfig/fontconfig.h>
#include <imgui.h>

#include <memory>
#include <mutex>

namespace placeline::sink {

const std::u32string& required_glyphs() {
    // Azerbaijani (ə ş ç ğ ı İ), Cyrillic (Ж я), Armenian (Ա ք), Georgian (ა ქ).
    static const std::u32string glyphs = U"\u0259\u015F\u00E7\u011F\u0131\u0130\u0416\u044F\u0531\u0584\u10D0\u10E5";
    return glyphs;
}

std::string find_font_file(const std::string& pattern_text, const std::u32string& must_cover) {
    static std::once_flag once;
    std::call_once(once, [] { FcInit(); });
    std::unique_ptr<FcPattern, void (*)(FcPattern*)> pattern(
        FcNameParse(reinterpret_cast<const FcChar8*>(pattern_text.c_str())), FcPatternDestroy);
    if (!pattern) return {};
    std::unique_ptr<FcCharSet, void (*)(FcCharSet*)> charset(FcCharSetCreate(), FcCharSetDestroy);
    for (char32_t c : must_cover) FcCharSetAddChar(charset.get(), c);
    FcPatternAddCharSet(pattern.get(), FC_CHARSET, charset.get());
    FcPatternAddString(pattern.get(), FC_FONTFORMAT, reinterpret_cast<const FcChar8*>("TrueType"));
    FcConfigSubstitute(nullptr, pattern.get(), FcMatchPattern);
    FcDefaultSubstitute(pattern.get());
    FcResult result;
    // Sorted by closeness; the first that really covers every glyph wins.
    std::unique_ptr<FcFontSet, void (*)(FcFontSet*)> set(FcFontSort(nullptr, pattern.get(), FcFalse, nullptr, &result),
                                                           FcFontSetDestroy);
    if (!set) return {};
    for (int i = 0; i < set->nfont; ++i) {
        FcCharSet* cs = nullptr;
        FcChar8* file = nullptr;
        if (FcPatternGetCharSet(set->fonts[i], FC_CHARSET, 0, &cs) != FcResultMatch) continue;
        if (FcPatternGetString(set->fonts[i], FC_FILE, 0, &file) != FcResultMatch) continue;
        bool covers = true;
        for (char32_t c : must_cover) covers = covers && FcCharSetHasChar(cs, c);
        std::string path(reinterpret_cast<const char*>(file));
        bool truetype = path.ends_with(".ttf") || path.ends_with(".otf") || path.ends_with(".TTF");
        if (covers && truetype) return path;
    }
    return {};
}

namespace {

const ImWchar* glyph_ranges() {
    static const ImWchar ranges[] = {
        0x0020, 0x00FF,  // Basic Latin, Latin-1
        0x0100, 0x024F,  // Latin Extended-A and -B (ş ç ğ ı)
        0x0250, 0x02FF,  // IPA (ə), spacing modifiers (ʼ ʻ)
        0x0300, 0x036F,  // combining marks
        0x0370, 0x03FF,  // Greek
        0x0400, 0x052F,  // Cyrillic and supplement
        0x0530, 0x058F,  // Armenian
        0x10A0, 0x10FF,  // Georgian
        0x1E00, 0x1EFF,  // Latin Extended Additional
        0x2000, 0x206F,  // punctuation (– — ‘ ’ “ ” • …)
        0x20A0, 0x20CF,  // currency
        0x2190, 0x21FF,  // arrows
        0x25A0, 0x25FF,  // geometric shapes (▶ ■)
        0,
    };
    return ranges;
}

}  // namespace

Fonts load_fonts(ImFontAtlas& atlas, float pixel_size, float dpi_scale, std::string& error, bool presentation) {
    Fonts fonts;
    ImFontConfig cfg;
    cfg.OversampleH = 2;
    cfg.OversampleV = 1;
    cfg.PixelSnapH = true;
    std::string regular = find_font_file("DejaVu Sans", required_glyphs());
    if (regular.empty()) regular = find_font_file("sans-serif", required_glyphs());
    std::string bold = find_font_file("DejaVu Sans:bold", required_glyphs());
    if (bold.empty()) bold = regular;
    if (regular.empty()) {
        error = "no installed font covers Latin Extended, Cyrillic, Armenian and Georgian "
                "(install fonts-dejavu-core); using ImGui's built-in font";
        fonts.ui = fonts.label = fonts.title = fonts.body = atlas.AddFontDefault();
        return fonts;
    }
    fonts.ui = atlas.AddFontFromFileTTF(regular.c_str(), pixel_size * dpi_scale, &cfg, glyph_ranges());
    fonts.label = atlas.AddFontFromFileTTF(bold.c_str(), (pixel_size - 1) * dpi_scale, &cfg, glyph_ranges());
    fonts.files = {regular, bold};
    if (!fonts.ui || !fonts.label) {
        error = "cannot load font " + regular;
        fonts.ui = fonts.label = fonts.title = fonts.body = atlas.AddFontDefault();
        return fonts;
    }
    fonts.title = fonts.body = fonts.ui;
    if (presentation && !add_presentation_fonts(atlas, fonts, pixel_size, dpi_scale)) error = "cannot load the slide fonts";
    return fonts;
}

bool has_presentation_fonts(const Fonts& fonts) { return fonts.title && fonts.title != fonts.ui; }

bool add_presentation_fonts(ImFontAtlas& atlas, Fonts& fonts, float pixel_size, float dpi_scale) {
    if (has_presentation_fonts(fonts) || fonts.files.size() < 2) return has_presentation_fonts(fonts);
    // Large sizes need no horizontal oversampling, which halves their share of the atlas.
    ImFontConfig cfg;
    cfg.OversampleH = 1;
    cfg.OversampleV = 1;
    ImFont* title = atlas.AddFontFromFileTTF(fonts.files[1].c_str(), 2.4f * pixel_size * dpi_scale, &cfg, glyph_ranges());
    ImFont* body = atlas.AddFontFromFileTTF(fonts.files[0].c_str(), 1.45f * pixel_size * dpi_scale, &cfg, glyph_ranges());
    if (!title || !body) return false;
    fonts.title = title, fonts.body = body;
    return true;
}

}  // namespace placeline::sink
