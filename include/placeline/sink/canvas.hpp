#pragma once
// The two sinks of a DrawList: an SDL window's renderer, or an offscreen software renderer whose
// pixels are written to PNG. Both draw the triangles through SDL_RenderGeometry and the text
// through Dear ImGui, so a headless render is pixel for pixel what the window shows.
#include <SDL.h>

#include <string>

#include "placeline/render/draw_list.hpp"
#include "placeline/render/scene.hpp"
#include "placeline/sink/fonts.hpp"

struct ImDrawList;
struct ImGuiContext;

namespace placeline::sink {

// Triangles of the draw list, straight into the renderer (no texture: the fast path of SDL's
// software renderer).
void submit_geometry(SDL_Renderer* renderer, const render::DrawList& list);

// Texts of the draw list, with their halos, into an ImGui draw list (drawn when ImGui renders),
// shifted by (dx, dy) when the map does not start at the window's corner.
void submit_texts(ImDrawList* target, const render::DrawList& list, ImFont* font, float dx = 0, float dy = 0);

// Text width in pixels with an ImGui font, for label placement.
render::TextMeasure text_measure(ImFont* font);

// A headless canvas: SDL's offscreen video driver, the software renderer, an ImGui context of
// its own. Nothing here needs a display or a GPU.
class OffscreenCanvas {
public:
    OffscreenCanvas(int width, int height);
    ~OffscreenCanvas();
    OffscreenCanvas(const OffscreenCanvas&) = delete;
    OffscreenCanvas& operator=(const OffscreenCanvas&) = delete;

    bool ok() const { return renderer_ != nullptr; }
    const std::string& error() const { return error_; }
    int width() const { return width_; }
    int height() const { return height_; }
    ImFont* label_font() const { return fonts_.label; }
    ImFont* ui_font() const { return fonts_.ui; }

    // Clears to `background`, draws the list; `overlay` may add ImGui widgets (timeline, captions).
    void draw(const render::DrawList& list, render::Color background, void (*overlay)(void*) = nullptr,
              void* overlay_data = nullptr);
    // RGBA pixels of the last draw.
    std::vector<uint8_t> pixels();
    // Returns an empty string on success, else the reason. Written atomically.
    std::string write_png(const std::string& path);

private:
    int width_, height_;
    SDL_Window* window_ = nullptr;
    SDL_Renderer* renderer_ = nullptr;
    ImGuiContext* imgui_ = nullptr;
    Fonts fonts_;
    std::string error_;
};

}  // namespace placeline::sink
