#pragma once
// Wrapped text with highlighted ranges, which Dear ImGui 1.86 has no widget for.
#include <imgui.h>

#include <string_view>
#include <vector>

namespace placeline::app {

struct Highlight {
    size_t start, end;  // bytes into the text
    ImU32 background;
};

// Lays the text out at the cursor, wrapped at `wrap_width`, and advances the cursor. Where
// highlights overlap, the first one listed shows.
// Returns the size it took. `hovered`, when given, receives the index of the highlight under the
// mouse, or -1. `boxes`, when given, receives per highlight the screen box (min x, min y, max x,
// max y) of its first piece, or an empty box for one not drawn.
ImVec2 rich_text(std::string_view text, const std::vector<Highlight>& highlights, float wrap_width, ImU32 color,
                 int* hovered = nullptr, std::vector<ImVec4>* boxes = nullptr);

}  // namespace placeline::app
