#pragma once
// What a slide shows over the map: its title and caption, the quoted passages with their
// source, and the slide number. Drawn with ImGui into a draw list, so the window and the
// headless renderer (`placeline render --deck`) show the same.
#include <string>
#include <vector>

#include "placeline/atlas/atlas.hpp"
#include "placeline/render/deck.hpp"
#include "placeline/render/labels.hpp"
#include "placeline/sink/fonts.hpp"
#include "placeline/sink/slide_quotes.hpp"

struct ImDrawList;

namespace placeline::sink {

// The screen boxes the overlay covers (caption, quotes, slide number), measured with the fonts
// it is drawn with: the map is framed beside them and its labels keep out of them.
std::vector<render::Box> slide_overlay_boxes(const sink::Fonts& fonts, const Atlas* atlas, const render::Slide& slide,
                                             size_t index, size_t count, float width, float height);

void draw_slide_overlay(ImDrawList* dl, const sink::Fonts& fonts, const Atlas* atlas, const render::Slide& slide,
                        size_t index, size_t count, float width, float height, float alpha = 1.0f);

}  // namespace placeline::sink
