#include "deck_render.hpp"

#include <gif_lib.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <filesystem>
#include <memory>

#include <unistd.h>

#include "placeline/sink/slide_overlay.hpp"
#include "placeline/base/atomic_write.hpp"
#include "placeline/render/slide_frame.hpp"
#include "placeline/sink/canvas.hpp"

namespace placeline::cli {

namespace fs = std::filesystem;

std::vector<DeckFrame> deck_timeline(const render::Deck& deck, int fps) {
    std::vector<DeckFrame> out;
    for (size_t i = 0; i < deck.slides.size(); ++i) {
        const render::Slide& s = deck.slides[i];
        int in = i == 0 ? 0 : int(std::lround(s.transition * fps));
        for (int k = 1; k < in; ++k) out.push_back({i, double(k) / in, 0});
        int hold = std::max(1, int(std::lround(s.hold * fps)));
        for (int k = 0; k < hold; ++k) out.push_back({i, 1, double(k) / fps});
    }
    return out;
}

float deck_fade(size_t i, size_t count, int fps) {
    const double frames = std::max(1.0, 0.5 * fps);
    const double in = (double(i) + 1) / frames, out = double(count - std::min(i, count)) / frames;
    return float(std::clamp(std::min(in, out), 0.0, 1.0));
}

namespace {

// The picture darkened towards black (a video's fade in and out).
void darken(std::vector<uint8_t>& rgba, float brightness) {
    if (brightness >= 1) return;
    const int k = int(std::lround(std::max(0.0f, brightness) * 256));
    for (size_t p = 0; p + 3 < rgba.size(); p += 4)
        for (size_t c = 0; c < 3; ++c) rgba[p + c] = uint8_t((rgba[p + c] * k) >> 8);
}

struct OverlayArgs {
    const sink::Fonts* fonts;
    const Atlas* atlas;
    const render::Deck* deck;
    size_t slide;
    float alpha, width, height;
};

void overlay(void* p) {
    auto* a = static_cast<OverlayArgs*>(p);
    sink::draw_slide_overlay(ImGui::GetForegroundDrawList(), *a->fonts, a->atlas, a->deck->slides[a->slide], a->slide,
                            a->deck->slides.size(), a->width, a->height, a->alpha);
}

}  // namespace

DeckRenderer::DeckRenderer(const render::MapData& data, const render::Deck& deck, const std::string& deck_path,
                           const DeckRenderOptions& o, Diagnostics& diags)
    : data_(data),
      deck_(deck),
      scale_(o.scale > 0 ? o.scale : render::output_scale(o.width, o.height)),
      canvas_(o.width, o.height, true, scale_) {
    std::string error;
    auto proj = geo::Projection::create(data.projection, error);
    if (!proj) return;
    // Each slide is framed beside its overlay as the fonts will draw it.
    for (size_t i = 0; i < deck.slides.size(); ++i) {
        std::vector<render::Box> covered = sink::slide_overlay_boxes(canvas_.fonts(), data.atlas.get(), deck.slides[i], i,
                                                                     deck.slides.size(), float(o.width), float(o.height));
        frames_.push_back(render::resolve_slide(deck.slides[i], data, *proj, o.width, o.height, &diags, deck_path, &covered));
    }
    extent_ = data.atlas ? data.atlas->extent(TimeAxis::event) : TimeSpan{};
}

DeckRenderer::~DeckRenderer() = default;

bool DeckRenderer::ok() const { return canvas_.ok() && frames_.size() == deck_.slides.size(); }

std::string DeckRenderer::error() const {
    return canvas_.ok() ? "cannot set up the map projection" : canvas_.error();
}

render::SlideFrame DeckRenderer::frame_at(const DeckFrame& f) const {
    render::SlideFrame frame = frames_[f.slide];
    const render::Slide& slide = deck_.slides[f.slide];
    if (f.t < 1 && f.slide > 0) frame = render::interpolate_frames(frames_[f.slide - 1], frames_[f.slide], f.t);
    else if (slide.playback_days > 0) frame.state.window = render::playback_window(frame.state.window, slide.playback_days, f.elapsed, extent_);
    return frame;
}

const render::DrawList& DeckRenderer::map_list(const DeckFrame& f) {
    const render::SlideFrame frame = frame_at(f);
    render::Scene scene{&data_, &frame.state, {}, scale_, frame.covered};
    list_.clear();
    render::draw_map(scene, frame.view, sink::text_measure(canvas_.label_font()), list_);
    return list_;
}

std::vector<uint8_t> DeckRenderer::draw(const DeckFrame& f) {
    map_list(f);
    // The outgoing slide's text fades out in the first half of a flight, the new one in.
    size_t shown = f.t < 0.5 && f.slide > 0 ? f.slide - 1 : f.slide;
    float alpha = f.t >= 1 ? 1.0f : float(std::abs(f.t - 0.5) * 2);
    OverlayArgs args{&canvas_.fonts(), data_.atlas.get(), &deck_, shown, alpha, float(canvas_.width()),
                     float(canvas_.height())};
    canvas_.draw(list_, render::Theme{}.water, overlay, &args);
    return canvas_.pixels();
}

render::TextMeasure DeckRenderer::measure() const { return sink::text_measure(canvas_.label_font()); }

namespace {

std::string write_png(const std::string& path, const std::vector<uint8_t>& rgba, int w, int h) {
    return sink::write_png_file(path, rgba.data(), w, h);
}

std::string find_program(const std::string& name) {
    const char* path = std::getenv("PATH");
    std::string dirs = path ? path : "/usr/bin:/bin";
    size_t start = 0;
    while (start <= dirs.size()) {
        size_t end = dirs.find(':', start);
        std::string dir = dirs.substr(start, end == std::string::npos ? std::string::npos : end - start);
        std::string candidate = (dir.empty() ? "." : dir) + "/" + name;
        if (::access(candidate.c_str(), X_OK) == 0) return candidate;
        if (end == std::string::npos) break;
        start = end + 1;
    }
    return {};
}

// A held slide without playback is one picture however many frames show it.
bool same_picture(const render::Deck& deck, const DeckFrame* previous, const DeckFrame& f) {
    return previous && previous->slide == f.slide && previous->t >= 1 && f.t >= 1 &&
           deck.slides[f.slide].playback_days <= 0;
}

std::string write_video(DeckRenderer& r, const std::vector<DeckFrame>& timeline, const std::string& out, int fps) {
    std::string ffmpeg = find_program("ffmpeg");
    if (ffmpeg.empty())
        return "--video needs the ffmpeg program, which is not installed (Debian: apt-get install ffmpeg); "
               "--gif and --out-dir work without it";
    std::string ext = fs::path(out).extension().string();
    return write_via_temporary(out, [&](const std::string& temp) -> std::string {
        // ffmpeg picks the container by extension, so its temporary keeps it.
        std::string temp_with_ext = temp + ext;
        std::string cmd = "'" + ffmpeg + "' -loglevel error -y -f rawvideo -pix_fmt rgba -s " + std::to_string(r.width()) +
                          "x" + std::to_string(r.height()) + " -r " + std::to_string(fps) +
                          " -i - -an -c:v libx264 -pix_fmt yuv420p -preset veryfast '" + temp_with_ext + "'";
        FILE* pipe = ::popen(cmd.c_str(), "w");
        if (!pipe) return "cannot start ffmpeg";
        std::vector<uint8_t> picture;
        const DeckFrame* previous = nullptr;
        bool broken = false;
        std::vector<uint8_t> faded;
        for (size_t i = 0; i < timeline.size(); ++i) {
            const DeckFrame& f = timeline[i];
            if (!same_picture(r.deck(), previous, f)) picture = r.draw(f);
            const float fade = deck_fade(i, timeline.size(), fps);
            const std::vector<uint8_t>* out = &picture;
            if (fade < 1) faded = picture, darken(faded, fade), out = &faded;
            broken = broken || std::fwrite(out->data(), 1, out->size(), pipe) != out->size();
            previous = &f;
        }
        int status = ::pclose(pipe);
        if (broken || status != 0) {
            std::error_code ec;
            fs::remove(temp_with_ext, ec);
            return "ffmpeg failed (status " + std::to_string(status) + ")";
        }
        std::error_code ec;
        fs::rename(temp_with_ext, temp, ec);
        return ec ? "cannot move the video into place: " + ec.message() : "";
    });
}

std::string padded(size_t n, int digits) {
    std::string s = std::to_string(n);
    return std::string(size_t(std::max(0, digits - int(s.size()))), '0') + s;
}

int append_gif_bytes(GifFileType* gif, const GifByteType* data, int size) {
    static_cast<std::string*>(gif->UserData)->append(reinterpret_cast<const char*>(data), size_t(size));
    return size;
}

// The GIF is encoded in memory and written like every other file (checked writes, fsync, rename,
// the same permissions as PNGs): giflib's own file writer creates 0600 files and cannot tell a
// full disk.
std::string write_gif(DeckRenderer& r, const std::vector<DeckFrame>& timeline, const std::string& out, int fps) {
    if (std::string e = check_output_path(out); !e.empty()) return e;
    std::string bytes;
    std::string encoded = [&]() -> std::string {
        int error = 0;
        GifFileType* gif = EGifOpen(&bytes, append_gif_bytes, &error);
        if (!gif) return std::string("cannot create GIF: ") + GifErrorString(error);
        const int w = r.width(), h = r.height();
        EGifSetGifVersion(gif, true);
        bool ok = EGifPutScreenDesc(gif, w, h, 8, 0, nullptr) == GIF_OK;
        // Loop forever (the NETSCAPE2.0 application extension).
        static const unsigned char loop_id[] = "NETSCAPE2.0";
        static const unsigned char loop_forever[] = {1, 0, 0};
        ok = ok && EGifPutExtensionLeader(gif, APPLICATION_EXT_FUNC_CODE) == GIF_OK &&
             EGifPutExtensionBlock(gif, 11, loop_id) == GIF_OK && EGifPutExtensionBlock(gif, 3, loop_forever) == GIF_OK &&
             EGifPutExtensionTrailer(gif) == GIF_OK;
        // Held slides become one GIF frame with a long delay.
        const render::Deck& deck = r.deck();
        std::vector<uint8_t> red(size_t(w) * h), green(red.size()), blue(red.size()), index(red.size());
        for (size_t i = 0; ok && i < timeline.size();) {
            size_t j = i + 1;
            // Frames of the fades differ in brightness: each is a GIF frame of its own.
            auto faded = [&](size_t k) { return deck_fade(k, timeline.size(), fps) < 1; };
            while (j < timeline.size() && !faded(i) && !faded(j) && same_picture(deck, &timeline[j - 1], timeline[j])) ++j;
            std::vector<uint8_t> rgba = r.draw(timeline[i]);
            darken(rgba, deck_fade(i, timeline.size(), fps));
            for (size_t p = 0; p < red.size(); ++p) red[p] = rgba[p * 4], green[p] = rgba[p * 4 + 1], blue[p] = rgba[p * 4 + 2];
            int colours = 256;
            GifColorType palette[256];
            ok = GifQuantizeBuffer(unsigned(w), unsigned(h), &colours, red.data(), green.data(), blue.data(), index.data(),
                                   palette) == GIF_OK;
            ColorMapObject* map = ok ? GifMakeMapObject(256, palette) : nullptr;
            GraphicsControlBlock gcb{DISPOSAL_UNSPECIFIED, false, int(std::lround((j - i) * 100.0 / fps)), NO_TRANSPARENT_COLOR};
            GifByteType ext[4];
            EGifGCBToExtension(&gcb, ext);
            ok = ok && map && EGifPutExtension(gif, GRAPHICS_EXT_FUNC_CODE, 4, ext) == GIF_OK &&
                 EGifPutImageDesc(gif, 0, 0, w, h, false, map) == GIF_OK;
            for (int y = 0; ok && y < h; ++y) ok = EGifPutLine(gif, index.data() + size_t(y) * w, w) == GIF_OK;
            if (map) GifFreeMapObject(map);
            i = j;
        }
        int last_error = gif->Error, close_error = 0;
        if (EGifCloseFile(gif, &close_error) != GIF_OK) ok = false, last_error = close_error;
        return ok ? "" : std::string("GIF writing failed: ") + GifErrorString(last_error);
    }();
    return encoded.empty() ? write_file_atomically(out, bytes) : encoded;
}

}  // namespace

int render_deck(const render::MapData& data, const render::Deck& deck, const std::string& deck_path,
                const DeckRenderOptions& o, Diagnostics& diags) {
    if (deck.slides.empty()) {
        diags.error(deck_path, "no slides to render");
        return 1;
    }
    // A quote that names no article of the corpus, or offsets past its end, shows on its slide as
    // a note; said here too, where the person rendering reads.
    if (data.atlas) {
        for (size_t i = 0; i < deck.slides.size(); ++i)
            for (const render::Quote& q : deck.slides[i].quotes)
                if (!sink::quote_text(*data.atlas, q).found)
                    diags.warn(deck_path, "slide " + std::to_string(i + 1) + ": the quote from '" + q.file + "' (" +
                                              std::to_string(q.start) + ".." + std::to_string(q.end) +
                                              ") is not in the corpus, or its offsets are past the article's end");
    }
    DeckRenderer r(data, deck, deck_path, o, diags);
    if (!r.ok()) {
        diags.error("", r.error());
        return 1;
    }
    int status = 0;
    if (!o.out_dir.empty()) {
        std::error_code ec;
        fs::create_directories(o.out_dir, ec);
        // Padded to the deck's size, so that file names sort in slide order (slide-011 < slide-100).
        const int digits = std::max(2, int(std::to_string(deck.slides.size()).size()));
        const int frame_digits = std::max(2, int(std::to_string(o.frames).size()));
        for (size_t i = 0; i < deck.slides.size(); ++i) {
            for (int k = 1; i > 0 && k <= o.frames; ++k) {
                std::string name = "slide-" + padded(i + 1, digits) + "-in-" + padded(size_t(k), frame_digits) + ".png";
                std::string e = write_png(o.out_dir + "/" + name, r.draw({i, double(k) / (o.frames + 1), 0}), r.width(), r.height());
                if (!e.empty()) diags.error(name, e), status = 1;
            }
            std::string name = "slide-" + padded(i + 1, digits) + ".png";
            std::string e = write_png(o.out_dir + "/" + name, r.draw({i, 1, 0}), r.width(), r.height());
            if (!e.empty()) diags.error(name, e), status = 1;
        }
    }
    if (!o.video.empty()) {
        std::string e = write_video(r, deck_timeline(deck, o.video_fps), o.video, o.video_fps);
        if (!e.empty()) diags.error(o.video, e), status = 1;
    }
    if (!o.gif.empty()) {
        std::string e = write_gif(r, deck_timeline(deck, o.gif_fps), o.gif, o.gif_fps);
        if (!e.empty()) diags.error(o.gif, e), status = 1;
    }
    return status;
}

}  // namespace placeline::cli
