#pragma once
// Where a DrawList ends up: an SDL renderer (the window, or an offscreen window whose pixels are
// written to PNG). The map is rasterized on the CPU (sink/raster.hpp) and shown as a texture,
// or, on request, handed to a GPU as triangles; text always goes through Dear ImGui. A headless
// render is therefore pixel for pixel what the window shows.
#include <SDL.h>

#include <memory>
#include <string>

#include "placeline/render/draw_list.hpp"
#include "placeline/render/scene.hpp"
#include "placeline/sink/fonts.hpp"
#include "placeline/sink/raster.hpp"

struct ImDrawList;
struct ImGuiContext;

namespace placeline::sink {

class BandWorker;

class MapPainter {
public:
    explicit MapPainter(bool gpu_triangles = false);
    ~MapPainter();
    MapPainter(const MapPainter&) = delete;
    MapPainter& operator=(const MapPainter&) = delete;

    // Whether draw lists for this painter should carry fill triangles.
    bool wants_triangles() const { return gpu_; }
    // Draws the list's shapes into `dest` of the renderer, over `background`. `device_scale`:
    // renderer pixels per list pixel (a high-DPI window whose layout is in logical pixels); the
    // map is then rasterized at the screen's full resolution, not stretched.
    void paint(SDL_Renderer* renderer, const render::DrawList& list, const SDL_Rect& dest, render::Color background,
               float device_scale = 1);

private:
    // Whether the base map of `list` is in base_ already (same), is there now that base_ has moved
    // and its uncovered strips are drawn (shifted), or must be drawn (none).
    enum class BaseReuse { none, same, shifted };
    BaseReuse reuse_base(const render::DrawList& list, render::Color background, float device_scale);
    // The frame into `out`: the base map (reused or drawn), then the rest of the list.
    void paint_pixels(const render::DrawList& list, render::Color background, float device_scale,
                      const PixelTarget& out);

    bool gpu_;
    PixelBuffer fallback_;  // the frame, when the texture cannot be locked and drawn into
    // The base map's pixels (render::DrawList::base_commands) and what they were drawn from:
    // frames that change only markers, labels or the selection copy them instead of
    // rasterizing every layer again.
    PixelBuffer base_;
    uint64_t base_hash_ = 0;
    uint64_t base_key_ = 0;
    geo::XY base_origin_;
    float base_scale_ = 0;
    render::Color base_background_;
    // The row where a full redraw hands the rest to the second thread: moved after each redraw
    // towards equal work on both (a world map is mostly land in its upper half); 0 = the middle.
    int split_ = 0;
    std::unique_ptr<BandWorker> worker_;  // the second thread of full redraws, started on the first
    SDL_Texture* texture_ = nullptr;
    SDL_Renderer* texture_owner_ = nullptr;
    int texture_w_ = 0, texture_h_ = 0;
    Uint32 texture_format_ = 0;
};

// The GPU path: the list as coloured triangles through SDL_RenderGeometry, offset by `dest`.
void submit_triangles(SDL_Renderer* renderer, const render::DrawList& list, const SDL_Rect& dest);

// Texts of the draw list, with their halos, into an ImGui draw list (drawn when ImGui renders),
// shifted by (dx, dy) when the map does not start at the window's corner.
void submit_texts(ImDrawList* target, const render::DrawList& list, ImFont* font, float dx = 0, float dy = 0);

// Text width in pixels with an ImGui font, for label placement.
render::TextMeasure text_measure(ImFont* font);

// A headless canvas: SDL's offscreen video driver, the software renderer, an ImGui context of
// its own. Nothing here needs a display or a GPU.
class OffscreenCanvas {
public:
    // `font_scale` enlarges the fonts' atlas for renders at a high pixel scale (render --scale).
    OffscreenCanvas(int width, int height, bool presentation_fonts = false, float font_scale = 1);
    ~OffscreenCanvas();
    OffscreenCanvas(const OffscreenCanvas&) = delete;
    OffscreenCanvas& operator=(const OffscreenCanvas&) = delete;

    bool ok() const { return renderer_ != nullptr; }
    const std::string& error() const { return error_; }
    int width() const { return width_; }
    int height() const { return height_; }
    ImFont* label_font() const { return fonts_.label; }
    ImFont* ui_font() const { return fonts_.ui; }
    const Fonts& fonts() const { return fonts_; }

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
    MapPainter painter_;
    std::string error_;
};

// Encodes RGBA pixels as PNG and writes them atomically (checked writes, fsync, rename), so a
// full disk is an error and never a truncated picture over the previous one.
std::string write_png_file(const std::string& path, const uint8_t* rgba, int width, int height);
// The PNG bytes of RGBA pixels (what write_png_file writes); empty when they cannot be encoded.
std::string encode_png(const uint8_t* rgba, int width, int height);

}  // namespace placeline::sink
