#include "placeline/sink/slide_overlay.hpp"

#include <imgui.h>

#include <algorithm>
#include <cfloat>

#include "placeline/render/slide_frame.hpp"
#include "placeline/text/text.hpp"

namespace placeline::sink {

namespace {

ImU32 with_alpha(ImU32 c, float alpha) {
    ImU32 a = ImU32(float((c >> IM_COL32_A_SHIFT) & 0xFF) * alpha);
    return (c & ~IM_COL32_A_MASK) | (a << IM_COL32_A_SHIFT);
}

float block_height(ImFont* font, float size, float wrap, const std::string& text) {
    return font->CalcTextSizeA(size, FLT_MAX, wrap, text.data(), text.data() + text.size()).y;
}

}  // namespace

namespace {

// Lays the overlay out and, with a draw list, draws it; returns the boxes it covers. One
// function for both, so that what the map is framed around is what gets drawn.
std::vector<render::Box> overlay(ImDrawList* dl, const sink::Fonts& fonts, const Atlas* atlas, const render::Slide& slide,
                                 size_t index, size_t count, float width, float height, float alpha) {
    std::vector<render::Box> boxes;
    // Spacing grows with the text: the body font is 1.45 x 15 px at scale 1.
    const float k = std::max(1.0f, fonts.body->FontSize / (1.45f * 15.0f));
    const float margin = std::max(16.0f, width * 0.02f);
    const float title_size = fonts.title->FontSize, body_size = fonts.body->FontSize;
    // Credits and the slide number grow with the slide fonts, not with the window's UI font: the
    // window loads its slide fonts for the screen, its UI font for the panels.
    const float small_size = 15.0f * k;
    const ImU32 panel = with_alpha(IM_COL32(255, 255, 255, 225), alpha);
    const ImU32 ink = with_alpha(IM_COL32(25, 25, 25, 255), alpha);
    const ImU32 soft = with_alpha(IM_COL32(90, 90, 90, 255), alpha);
    auto text = [&](ImFont* font, float size, ImVec2 at, float wrap, ImU32 color, const std::string& t) {
        if (dl) dl->AddText(font, size, at, color, t.data(), t.data() + t.size(), wrap);
        return block_height(font, size, wrap, t);
    };
    auto rect = [&](ImVec2 a, ImVec2 b, ImU32 color, float rounding) {
        if (dl) dl->AddRectFilled(a, b, color, rounding);
    };

    // Title and caption, bottom left.
    float wrap = render::caption_width(int(width), k);
    if (!slide.title.empty() || !slide.caption.empty()) {
        float th = slide.title.empty() ? 0 : block_height(fonts.title, title_size, wrap, slide.title);
        float ch = slide.caption.empty() ? 0 : block_height(fonts.body, body_size, wrap, slide.caption);
        float h = th + ch + (th > 0 && ch > 0 ? 8 * k : 0);
        ImVec2 at(margin, height - margin - h);
        ImVec2 a(at.x - 14 * k, at.y - 12 * k), b(at.x + wrap + 14 * k, at.y + h + 12 * k);
        rect(a, b, panel, 8 * k);
        boxes.push_back({a.x, a.y, b.x, b.y});
        if (th > 0) at.y += text(fonts.title, title_size, at, wrap, ink, slide.title) + 8 * k;
        if (ch > 0) text(fonts.body, body_size, at, wrap, ink, slide.caption);
    }

    // Quotes, top right, each with its source.
    if (atlas && !slide.quotes.empty()) {
        float qwrap = render::quote_column_width(int(width), k);
        float y = margin + 40 * k;
        const float quote_size = body_size * 0.8f, credit_size = small_size;
        for (const render::Quote& quote : slide.quotes) {
            QuoteText q = quote_text(*atlas, quote);
            std::string said = q.found ? "“" + q.text + "”" : "(quoted passage not in the corpus: " + quote.file + ")";
            std::string credit = "— " + q.source;
            float qh = block_height(fonts.body, quote_size, qwrap, said);
            float sh = q.found ? block_height(fonts.ui, credit_size, qwrap, credit) : 0;
            float x = width - margin - qwrap;
            ImVec2 a(x - 14 * k, y - 10 * k), b(x + qwrap + 14 * k, y + qh + sh + 18 * k);
            rect(a, b, panel, 8 * k);
            rect(a, ImVec2(x - 10 * k, b.y), with_alpha(IM_COL32(210, 69, 47, 255), alpha), 0);
            boxes.push_back({a.x, a.y, b.x, b.y});
            y += text(fonts.body, quote_size, ImVec2(x, y), qwrap, ink, said) + 6 * k;
            if (q.found) y += text(fonts.ui, credit_size, ImVec2(x, y), qwrap, soft, credit);
            y += 30 * k;
        }
    }

    // Slide number, bottom right.
    std::string number = std::to_string(index + 1) + " / " + std::to_string(count);
    ImVec2 size = fonts.ui->CalcTextSizeA(small_size, FLT_MAX, 0, number.c_str());
    ImVec2 at(width - margin - size.x, height - margin - size.y);
    if (dl) dl->AddText(fonts.ui, small_size, at, soft, number.c_str());
    boxes.push_back({at.x - 4, at.y - 4, at.x + size.x + 4, at.y + size.y + 4});
    return boxes;
}

}  // namespace

std::vector<render::Box> slide_overlay_boxes(const sink::Fonts& fonts, const Atlas* atlas, const render::Slide& slide,
                                             size_t index, size_t count, float width, float height) {
    return overlay(nullptr, fonts, atlas, slide, index, count, width, height, 1);
}

void draw_slide_overlay(ImDrawList* dl, const sink::Fonts& fonts, const Atlas* atlas, const render::Slide& slide,
                        size_t index, size_t count, float width, float height, float alpha) {
    overlay(dl, fonts, atlas, slide, index, count, width, height, alpha);
}

}  // namespace placeline::sink
