#include "rich_text.hpp"

namespace placeline::app {

namespace {

struct Piece {
    size_t start, end;
    const Highlight* highlight;
    bool space_before;
};

// Pieces: runs of non-space bytes, cut again at highlight boundaries (the cut pieces are glued
// together, so a line never breaks inside "Karabakh’s").
std::vector<Piece> split(std::string_view text, const std::vector<Highlight>& hl) {
    std::vector<Piece> out;
    size_t i = 0;
    while (i < text.size()) {
        bool space = false;
        while (i < text.size() && (text[i] == ' ' || text[i] == '\n' || text[i] == '\t')) ++i, space = true;
        if (i >= text.size()) break;
        size_t end = i;
        while (end < text.size() && text[end] != ' ' && text[end] != '\n' && text[end] != '\t') ++end;
        size_t at = i;
        bool first = true;
        while (at < end) {
            size_t cut = end;
            const Highlight* inside = nullptr;
            for (const Highlight& h : hl) {
                if (h.start <= at && at < h.end) {
                    if (!inside) inside = &h;  // overlapping highlights: the first one listed shows
                    cut = std::min(cut, h.end);
                }
                else if (h.start > at && h.start < cut) cut = h.start;
            }
            out.push_back({at, cut, inside, first && space});
            first = false;
            at = cut;
        }
        i = end;
    }
    return out;
}

}  // namespace

ImVec2 rich_text(std::string_view text, const std::vector<Highlight>& highlights, float wrap_width, ImU32 color,
                 int* hovered, std::vector<ImVec4>* boxes) {
    if (hovered) *hovered = -1;
    if (boxes) boxes->assign(highlights.size(), ImVec4(0, 0, 0, 0));
    const ImVec2 mouse = ImGui::GetIO().MousePos;
    ImFont* font = ImGui::GetFont();
    float size = ImGui::GetFontSize();
    float line_h = ImGui::GetTextLineHeightWithSpacing();
    float space_w = font->CalcTextSizeA(size, 1e9f, 0, " ").x;
    ImVec2 origin = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float x = 0, y = 0, widest = 0;
    auto pieces = split(text, highlights);
    for (size_t k = 0; k < pieces.size(); ++k) {
        const Piece& p = pieces[k];
        // Width of this piece plus the pieces glued to it, to decide the line break once.
        float w = font->CalcTextSizeA(size, 1e9f, 0, text.data() + p.start, text.data() + p.end).x;
        if (p.space_before || k == 0) {
            float word = w;
            for (size_t j = k + 1; j < pieces.size() && !pieces[j].space_before; ++j)
                word += font->CalcTextSizeA(size, 1e9f, 0, text.data() + pieces[j].start, text.data() + pieces[j].end).x;
            float lead = x > 0 ? space_w : 0;
            if (x > 0 && x + lead + word > wrap_width) {
                x = 0;
                y += line_h;
            } else {
                x += lead;
            }
        }
        ImVec2 at(origin.x + x, origin.y + y);
        if (p.highlight) {
            dl->AddRectFilled(ImVec2(at.x - 1, at.y), ImVec2(at.x + w + 1, at.y + size + 1), p.highlight->background, 2);
            if (boxes) {
                ImVec4& b = (*boxes)[size_t(p.highlight - highlights.data())];
                if (b.z <= b.x) b = ImVec4(at.x, at.y, at.x + w, at.y + size);
            }
            if (hovered && mouse.x >= at.x - 1 && mouse.x < at.x + w + 1 && mouse.y >= at.y && mouse.y < at.y + size + 1 &&
                ImGui::IsWindowHovered())
                *hovered = static_cast<int>(p.highlight - highlights.data());
        }
        dl->AddText(font, size, at, color, text.data() + p.start, text.data() + p.end);
        x += w;
        widest = std::max(widest, x);
    }
    ImVec2 total(std::min(widest, wrap_width), y + line_h);
    ImGui::Dummy(total);
    return total;
}

}  // namespace placeline::app
