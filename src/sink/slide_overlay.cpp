#include "placeline/sink/slide_overlay.hpp"

#include <imgui.h>

#include <algorithm>
#include <cfloat>

#include "placeline/render/slide_frame.hpp"
#include "placeline/text/text.hpp"

namespace placeline::sink {

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
        q.source = (a.title.empty() ? path : a.title) + " · " + format_iso(a.published);
        q.found = true;
        break;
    }
    return q;
}

namespace {

ImU32 with_alpha(ImU32 c, float alpha) {
    ImU32 a = ImU32(float((c >> IM_COL32_A_SHIFT) & 0xFF) * alpha);
    return (c & ~IM_COL32_A_MASK) | (a << IM_COL32_A_SHIFT);
}

// A block of wrapped text; returns its height.
float text_block(ImDrawList* dl, ImFont* font, float size, ImVec2 at, float wrap, ImU32 color, const std::string& text) {
    dl->AddText(font, size, at, color, text.data(), text.data() + text.size(), wrap);
    return font->CalcTextSizeA(size, FLT_MAX, wrap, text.data(), text.data() + text.size()).y;
}

float block_height(ImFont* font, float size, float wrap, const std::string& text) {
    return font->CalcTextSizeA(size, FLT_MAX, wrap, text.data(), text.data() + text.size()).y;
}

}  // namespace

void draw_slide_overlay(ImDrawList* dl, const sink::Fonts& fonts, const Atlas* atlas, const render::Slide& slide,
                        size_t index, size_t count, float width, float height, float alpha) {
    const float margin = std::max(16.0f, width * 0.02f);
    const float title_size = fonts.title->FontSize, body_size = fonts.body->FontSize;
    const ImU32 panel = with_alpha(IM_COL32(255, 255, 255, 225), alpha);
    const ImU32 ink = with_alpha(IM_COL32(25, 25, 25, 255), alpha);
    const ImU32 soft = with_alpha(IM_COL32(90, 90, 90, 255), alpha);

    // Title and caption, bottom left.
    float wrap = render::caption_width(int(width));
    if (!slide.title.empty() || !slide.caption.empty()) {
        float th = slide.title.empty() ? 0 : block_height(fonts.title, title_size, wrap, slide.title);
        float ch = slide.caption.empty() ? 0 : block_height(fonts.body, body_size, wrap, slide.caption);
        float h = th + ch + (th > 0 && ch > 0 ? 8 : 0);
        ImVec2 at(margin, height - margin - h);
        dl->AddRectFilled(ImVec2(at.x - 14, at.y - 12), ImVec2(at.x + wrap + 14, at.y + h + 12), panel, 8);
        if (th > 0) at.y += text_block(dl, fonts.title, title_size, at, wrap, ink, slide.title) + 8;
        if (ch > 0) text_block(dl, fonts.body, body_size, at, wrap, ink, slide.caption);
    }

    // Quotes, top right, each with its source.
    if (atlas && !slide.quotes.empty()) {
        float qwrap = render::quote_column_width(int(width));
        float y = margin + 40;
        for (const render::Quote& quote : slide.quotes) {
            QuoteText q = quote_text(*atlas, quote);
            std::string text = q.found ? "“" + q.text + "”" : "(quoted passage not in the corpus: " + quote.file + ")";
            float qh = block_height(fonts.body, body_size * 0.8f, qwrap, text);
            float sh = q.found ? block_height(fonts.ui, fonts.ui->FontSize, qwrap, q.source) : 0;
            float x = width - margin - qwrap;
            dl->AddRectFilled(ImVec2(x - 14, y - 10), ImVec2(x + qwrap + 14, y + qh + sh + 18), panel, 8);
            dl->AddRectFilled(ImVec2(x - 14, y - 10), ImVec2(x - 10, y + qh + sh + 18), with_alpha(IM_COL32(210, 69, 47, 255), alpha));
            y += text_block(dl, fonts.body, body_size * 0.8f, ImVec2(x, y), qwrap, ink, text) + 6;
            if (q.found) y += text_block(dl, fonts.ui, fonts.ui->FontSize, ImVec2(x, y), qwrap, soft, "— " + q.source);
            y += 30;
        }
    }

    // Slide number, bottom right.
    std::string number = std::to_string(index + 1) + " / " + std::to_string(count);
    ImVec2 size = fonts.ui->CalcTextSizeA(fonts.ui->FontSize, FLT_MAX, 0, number.c_str());
    dl->AddText(fonts.ui, fonts.ui->FontSize, ImVec2(width - margin - size.x, height - margin - size.y), soft, number.c_str());
}

}  // namespace placeline::sink
