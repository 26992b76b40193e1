#include "placeline/sink/canvas.hpp"

#include <imgui.h>
#include <imgui_impl_sdlrenderer.h>
#include <stb_image_write.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <ctime>
#include <thread>

#include "band_worker.hpp"
#include "placeline/base/atomic_write.hpp"

namespace placeline::sink {

MapPainter::MapPainter(bool gpu_triangles) : gpu_(gpu_triangles) {}

MapPainter::~MapPainter() {
    if (texture_) SDL_DestroyTexture(texture_);
}

void MapPainter::paint(SDL_Renderer* renderer, const render::DrawList& list, const SDL_Rect& logical,
                       render::Color background, float device_scale) {
    const SDL_Rect dest{int(logical.x * device_scale), int(logical.y * device_scale), int(logical.w * device_scale),
                        int(logical.h * device_scale)};
    if (gpu_) {
        SDL_SetRenderDrawColor(renderer, background.r, background.g, background.b, 255);
        SDL_RenderFillRect(renderer, &dest);
        submit_triangles(renderer, list, dest);
        return;
    }
    if (dest.w <= 0 || dest.h <= 0) return;
    // The window's own format when its bytes are B G R x: the texture is then copied to the
    // window as is (SDL converts other formats pixel by pixel, a fifth of a static frame).
    Uint32 format = SDL_PIXELFORMAT_RGBA32;
    if (SDL_Window* window = SDL_RenderGetWindow(renderer)) {
        Uint32 wf = SDL_GetWindowPixelFormat(window);
        if (wf == SDL_PIXELFORMAT_RGB888 || wf == SDL_PIXELFORMAT_ARGB8888) format = wf;
    }
    const bool bgra = format != SDL_PIXELFORMAT_RGBA32;
    if (base_.width != dest.w || base_.height != dest.h || base_.bgra != bgra) {
        base_.resize(dest.w, dest.h);
        base_.bgra = bgra;
        base_hash_ = 0, base_key_ = 0, base_scale_ = 0;
    }
    if (!texture_ || texture_owner_ != renderer || texture_w_ < dest.w || texture_h_ < dest.h || texture_format_ != format) {
        if (texture_) SDL_DestroyTexture(texture_);
        texture_ = SDL_CreateTexture(renderer, format, SDL_TEXTUREACCESS_STREAMING, dest.w, dest.h);
        texture_owner_ = renderer;
        texture_format_ = format;
        texture_w_ = dest.w, texture_h_ = dest.h;
        SDL_SetTextureBlendMode(texture_, SDL_BLENDMODE_NONE);
    }
    // The frame is drawn straight into the texture's memory; a texture that cannot be locked
    // gets it by a copy.
    SDL_Rect src{0, 0, dest.w, dest.h};
    void* texels = nullptr;
    int pitch = 0;
    const bool locked = SDL_LockTexture(texture_, &src, &texels, &pitch) == 0;
    if (!locked) {
        fallback_.resize(dest.w, dest.h);
        fallback_.bgra = bgra;
    }
    paint_pixels(list, background, device_scale,
                 locked ? PixelTarget{static_cast<uint8_t*>(texels), size_t(pitch), dest.w, dest.h, bgra}
                        : fallback_.target());
    if (locked) SDL_UnlockTexture(texture_);
    else SDL_UpdateTexture(texture_, &src, fallback_.rgba.data(), dest.w * 4);
    SDL_RenderCopy(renderer, texture_, &src, &dest);
}

namespace {

double thread_cpu_ms() {
    timespec t{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

// The next split row from this redraw's CPU times of the upper and lower parts: where half the
// work would lie if each part's work were spread evenly over its rows, moved half way there so a
// busy moment on a shared machine does not swing it, on a multiple of the thin-stroke band height.
int balanced_split(int split, int h, double upper_ms, double lower_ms) {
    if (upper_ms <= 0 || lower_ms <= 0) return split;
    const double half = (upper_ms + lower_ms) / 2;
    const double target = upper_ms > half ? split * half / upper_ms
                                          : split + (half - upper_ms) / lower_ms * (h - split);
    const int next = int((split + target) / 2) & ~31;
    return std::clamp(next, 128, std::max(128, (h - 128) & ~31));
}

}  // namespace

MapPainter::BaseReuse MapPainter::reuse_base(const render::DrawList& list, render::Color background,
                                             float device_scale) {
    const size_t base = list.base_commands;
    const int w = base_.width, h = base_.height;
    const bool comparable = base && base_scale_ == device_scale && base_background_ == background;
    // 1. Same key: the same base map, maybe moved by whole pixels (a drag).
    if (comparable && list.base_key && list.base_key == base_key_) {
        const double fx = (list.base_origin.x - base_origin_.x) * device_scale;
        const double fy = (list.base_origin.y - base_origin_.y) * device_scale;
        const long dx = std::lround(fx), dy = std::lround(fy);
        if (std::abs(fx - double(dx)) < 1e-3 && std::abs(fy - double(dy)) < 1e-3 && std::abs(dx) < w / 2 &&
            std::abs(dy) < h / 2) {
            if (dx == 0 && dy == 0) return BaseReuse::same;
            // Kept pixels move (in place: rows taken in the order that reads each before it is
            // overwritten); the strips the move uncovers are drawn alone, each pixel as a whole
            // render would draw it (raster.hpp: clipped rendering).
            const int x_from = std::max(0, int(dx)), x_to = std::min(w, w + int(dx));
            auto move_row = [&](int y) {
                std::memmove(base_.rgba.data() + (size_t(y) * w + x_from) * 4,
                             base_.rgba.data() + (size_t(y - dy) * w + (x_from - dx)) * 4, size_t(x_to - x_from) * 4);
            };
            if (dy > 0)
                for (int y = h - 1; y >= dy; --y) move_row(y);
            else
                for (int y = 0; y < h + int(dy); ++y) move_row(y);
            const ClipRect columns{dx > 0 ? 0 : x_to, 0, dx > 0 ? x_from : w, h};
            const ClipRect rows{x_from, dy > 0 ? 0 : h + int(dy), x_to, dy > 0 ? int(dy) : h};
            if (dy != 0) base_.clear(background, rows.y0, rows.y1);
            if (dx != 0) base_.clear(background, columns.y0, columns.y1, columns.x0, columns.x1);
            if (dx != 0) rasterize(list, base_, device_scale, 0, base, columns);
            if (dy != 0) rasterize(list, base_, device_scale, 0, base, rows);
            base_origin_ = list.base_origin;
            return BaseReuse::shifted;
        }
    }
    // 2. No key (a list the scene did not make): the same commands and points give the same pixels.
    const uint64_t hash = base && !list.base_key ? base_map_hash(list) : 0;
    if (comparable && !list.base_key && hash == base_hash_ && !base_key_) return BaseReuse::same;
    if (base) base_hash_ = hash;
    return BaseReuse::none;
}

void MapPainter::paint_pixels(const render::DrawList& list, render::Color background, float device_scale,
                              const PixelTarget& out) {
    const size_t base = list.base_commands;
    const int w = base_.width, h = base_.height;
    const BaseReuse reuse = reuse_base(list, background, device_scale);
    // A full redraw (zoom, new data) draws the base map anew; every frame copies it to `out` and
    // draws the overlay (markers, selection) there. Both threads take one band of rows each,
    // meeting on a multiple of the thin-stroke band height (raster.cpp), and do every step for
    // their rows, so no pass over the whole image is left to one thread.
    const size_t row_bytes = size_t(w) * 4;
    auto band = [&](int y0, int y1) {
        const double t0 = thread_cpu_ms();
        if (reuse == BaseReuse::none) {
            base_.clear(background, y0, y1);
            rasterize(list, base_, device_scale, 0, base, ClipRect{0, y0, w, y1});
        }
        for (int y = y0; y < y1; ++y) std::memcpy(out.row(y), base_.rgba.data() + size_t(y) * row_bytes, row_bytes);
        rasterize(list, out, device_scale, base, SIZE_MAX, ClipRect{0, y0, w, y1});
        return thread_cpu_ms() - t0;
    };
    // Where the work lies is measured on full redraws only: the base map is most of it.
    if (split_ < 128 || split_ > h - 128) split_ = (h / 2) & ~31;
    const int split = reuse == BaseReuse::none ? split_ : (h / 2) & ~31;
    if (split >= 128 && std::thread::hardware_concurrency() > 1) {
        if (!worker_) worker_ = std::make_unique<BandWorker>();
        double lower_ms = 0;
        worker_->start([&] { lower_ms = band(split, h); });
        const double upper_ms = band(0, split);
        worker_->wait();
        if (reuse == BaseReuse::none && base) split_ = balanced_split(split, h, upper_ms, lower_ms);
    } else {
        band(0, h);
    }
    if (reuse == BaseReuse::none && base) {
        base_key_ = list.base_key, base_origin_ = list.base_origin;
        base_scale_ = device_scale, base_background_ = background;
    }
}

static ImU32 to_imgui(render::Color c) { return IM_COL32(c.r, c.g, c.b, c.a); }

void submit_texts(ImDrawList* target, const render::DrawList& list, ImFont* font, float dx0, float dy0) {
    for (const render::TextItem& t : list.texts) {
        const char* b = t.text.data();
        const char* e = b + t.text.size();
        if (t.halo.a) {
            // A halo from four diagonal copies: glyph strokes are over a pixel wide, so these also
            // cover the straight neighbours, at half the cost of eight (a tenth of a world frame).
            ImU32 halo = to_imgui(t.halo);
            for (int dy = -1; dy <= 1; dy += 2)
                for (int dx = -1; dx <= 1; dx += 2)
                    target->AddText(font, t.size, ImVec2(t.x + dx0 + dx, t.y + dy0 + dy), halo, b, e);
        }
        target->AddText(font, t.size, ImVec2(t.x + dx0, t.y + dy0), to_imgui(t.color), b, e);
    }
}

render::TextMeasure text_measure(ImFont* font) {
    return [font](std::string_view text, float size) {
        return font->CalcTextSizeA(size, 1e9f, 0, text.data(), text.data() + text.size()).x;
    };
}

OffscreenCanvas::OffscreenCanvas(int width, int height, bool presentation_fonts, float font_scale)
    : width_(width), height_(height) {
    // The offscreen driver and the software renderer: no display, no GPU, same pixels everywhere.
    SDL_SetHint(SDL_HINT_VIDEODRIVER, "offscreen");
    SDL_SetHint(SDL_HINT_RENDER_DRIVER, "software");
    // Without this SDL presents the window's pixels through an OpenGL texture, which loads Mesa's
    // llvmpipe (45 MB resident) and costs a texture upload every frame, for a window nobody sees.
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    if (SDL_InitSubSystem(SDL_INIT_VIDEO) != 0) {
        error_ = std::string("SDL cannot start its offscreen driver: ") + SDL_GetError();
        return;
    }
    window_ = SDL_CreateWindow("placeline", 0, 0, width, height, SDL_WINDOW_HIDDEN);
    if (!window_) {
        error_ = std::string("SDL cannot create an offscreen window: ") + SDL_GetError();
        return;
    }
    renderer_ = SDL_CreateRenderer(window_, -1, SDL_RENDERER_SOFTWARE);
    if (!renderer_) {
        error_ = std::string("SDL cannot create a software renderer: ") + SDL_GetError();
        return;
    }
    IMGUI_CHECKVERSION();
    ImGuiContext* previous = ImGui::GetCurrentContext();
    imgui_ = ImGui::CreateContext();
    ImGui::SetCurrentContext(imgui_);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(float(width), float(height));
    std::string font_error;
    fonts_ = load_fonts(*io.Fonts, 15.0f, font_scale, font_error, presentation_fonts);
    if (!font_error.empty()) SDL_Log("%s", font_error.c_str());
    ImGui_ImplSDLRenderer_Init(renderer_);
    ImGui_ImplSDLRenderer_NewFrame();  // builds the font texture
    ImGui::SetCurrentContext(previous ? previous : imgui_);
}

OffscreenCanvas::~OffscreenCanvas() {
    if (imgui_) {
        ImGuiContext* previous = ImGui::GetCurrentContext();
        ImGui::SetCurrentContext(imgui_);
        ImGui_ImplSDLRenderer_Shutdown();
        ImGui::DestroyContext(imgui_);
        if (previous != imgui_) ImGui::SetCurrentContext(previous);
    }
    if (renderer_) SDL_DestroyRenderer(renderer_);
    if (window_) SDL_DestroyWindow(window_);
}

void OffscreenCanvas::draw(const render::DrawList& list, render::Color bg, void (*overlay)(void*), void* data) {
    if (!renderer_) return;
    ImGuiContext* previous = ImGui::GetCurrentContext();
    ImGui::SetCurrentContext(imgui_);
    // No SDL_RenderClear: the map covers the whole canvas, its texture copied without blending
    // (and the GPU path fills its rectangle first), so clearing would only write every pixel twice.
    painter_.paint(renderer_, list, SDL_Rect{0, 0, width_, height_}, bg);
    ImGuiIO& io = ImGui::GetIO();
    io.DeltaTime = 1.0f / 60.0f;
    ImGui_ImplSDLRenderer_NewFrame();
    ImGui::NewFrame();
    submit_texts(ImGui::GetBackgroundDrawList(), list, fonts_.label);
    if (overlay) overlay(data);
    ImGui::Render();
    ImGui_ImplSDLRenderer_RenderDrawData(ImGui::GetDrawData());
    SDL_RenderFlush(renderer_);
    if (previous && previous != imgui_) ImGui::SetCurrentContext(previous);
}

std::vector<uint8_t> OffscreenCanvas::pixels() {
    std::vector<uint8_t> rgba(size_t(width_) * height_ * 4);
    if (renderer_) SDL_RenderReadPixels(renderer_, nullptr, SDL_PIXELFORMAT_RGBA32, rgba.data(), width_ * 4);
    return rgba;
}

std::string OffscreenCanvas::write_png(const std::string& path) {
    if (!renderer_) return error_;
    std::vector<uint8_t> rgba = pixels();
    return write_png_file(path, rgba.data(), width_, height_);
}

std::string encode_png(const uint8_t* rgba, int width, int height) {
    std::string png;
    auto append = [](void* context, void* data, int size) {
        static_cast<std::string*>(context)->append(static_cast<const char*>(data), size_t(size));
    };
    if (!stbi_write_png_to_func(append, &png, width, height, 4, rgba, width * 4)) png.clear();
    return png;
}

std::string write_png_file(const std::string& path, const uint8_t* rgba, int width, int height) {
    // Encoded in memory: stb's own file writer does not report a failed write.
    std::string png = encode_png(rgba, width, height);
    if (png.empty()) return "cannot encode PNG " + path;
    return write_file_atomically(path, png);
}

}  // namespace placeline::sink
