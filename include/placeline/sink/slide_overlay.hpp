#pragma once
// What a slide shows over the map: its title and caption, the quoted passages with their
// source, and the slide number. Drawn with ImGui into a draw list, so the window and the
// headless renderer (`placeline render --deck`) show the same.
#include <string>

#include "placeline/atlas/atlas.hpp"
#include "placeline/render/deck.hpp"
#include "placeline/sink/fonts.hpp"

struct ImDrawList;

namespace placeline::sink {

struct QuoteText {
    std::string text;    // the passage excerpt
    std::string source;  // article title and date
    bool found = false;
};

// The quoted text from the corpus, by file name and code points.
QuoteText quote_text(const Atlas& atlas, const render::Quote& quote);

void draw_slide_overlay(ImDrawList* dl, const sink::Fonts& fonts, const Atlas* atlas, const render::Slide& slide,
                        size_t index, size_t count, float width, float height, float alpha = 1.0f);

}  // namespace placeline::sink
