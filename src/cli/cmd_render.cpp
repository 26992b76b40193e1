// placeline render --out FILE.png [--size WxH] [--from D] [--to D | --at D] [--labels MODE] [--bbox ...] [--layer ...] [CORPUS...]
#include <algorithm>
#include <cctype>
#include <cstdio>
#include <memory>

#include "commands.hpp"
#include "deck_render.hpp"
#include "map_png.hpp"
#include "placeline/geo/projection.hpp"

namespace placeline::cli {

namespace {

struct RenderOptions {
    render::MapSources sources;
    std::string out;
    std::string size;
    std::string from, to, at, bbox, labels;
    std::string deck, out_dir, video, gif;
    int frames = 0;
    std::string theme = "light";
    float scale = 0;  // 0: render::output_scale of the size
};

}  // namespace

bool parse_size(const std::string& s, int& w, int& h) {
    return std::sscanf(s.c_str(), "%dx%d", &w, &h) == 2 && w >= 16 && h >= 16 && w <= 16384 && h <= 16384;
}

// A mode's name, a BCP 47 language tag (2 or 3 lower-case letters, then subtags) or an ISO
// 15924 script code (Cyrl): anything else would label every place in English without a word.
bool valid_label_choice(const std::string& s) {
    for (LabelMode m : {LabelMode::most_written, LabelMode::english, LabelMode::local})
        if (s == to_string(m)) return true;
    auto all = [](std::string_view t, auto pred) { return std::all_of(t.begin(), t.end(), pred); };
    auto lower = [](char c) { return c >= 'a' && c <= 'z'; };
    auto alnum = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; };
    if (s.size() == 4 && s[0] >= 'A' && s[0] <= 'Z' && all(std::string_view(s).substr(1), lower)) return true;
    size_t dash = s.find('-');
    std::string_view language = std::string_view(s).substr(0, dash);
    if (language.size() < 2 || language.size() > 3 || !all(language, lower)) return false;
    while (dash != std::string::npos) {
        size_t next = s.find('-', dash + 1);
        std::string_view sub = std::string_view(s).substr(dash + 1, next == std::string::npos ? std::string::npos : next - dash - 1);
        if (sub.empty() || sub.size() > 8 || !all(sub, alnum)) return false;
        dash = next;
    }
    return true;
}

bool parse_bbox(const std::string& s, double& lon0, double& lat0, double& lon1, double& lat1) {
    char extra;
    return std::sscanf(s.c_str(), "%lf,%lf,%lf,%lf%c", &lon0, &lat0, &lon1, &lat1, &extra) == 4 && lon0 < lon1 &&
           lat0 < lat1 && lon0 >= -180 && lon1 <= 180 && lat0 >= -90 && lat1 <= 90;
}

Action add_render_command(CLI::App& app) {
    auto opts = std::make_shared<RenderOptions>();
    CLI::App* cmd = app.add_subcommand("render", "Draw the map to a PNG file, headless (no display, no GPU)");
    cmd->add_option("--out", opts->out, "PNG file to write (the map)");
    cmd->add_option("--size", opts->size, "Image size WxH in pixels (default 1600x1000; 1920x1080 with --deck)");
    cmd->add_option("--from", opts->from, "Start of the time window, YYYY-MM-DD");
    cmd->add_option("--to", opts->to, "End of the time window, YYYY-MM-DD");
    cmd->add_option("--labels", opts->labels,
                    "Label places as most-written (default), english, local, or in a language or script "
                    "(ru, hy, Cyrl, Armn...)");
    cmd->add_option("--at", opts->at, "A one-day time window, YYYY-MM-DD (instead of --from and --to)");
    cmd->add_option("--bbox", opts->bbox, "View LON_MIN,LAT_MIN,LON_MAX,LAT_MAX (default: fit the corpus's places)");
    cmd->add_option("--theme", opts->theme, "Map palette: light (default) or dark")->check(CLI::IsMember({"light", "dark"}));
    cmd->add_option("--scale", opts->scale, "Pixel scale: widths, markers and text (default by size: 1 up to 1066x600, 1.8 at 1920x1080)")
        ->check(CLI::Range(0.5, 4.0));
    cmd->add_option("--deck", opts->deck, "Render a slide deck instead: one PNG per slide in --out-dir")->check(input_file());
    cmd->add_option("--out-dir", opts->out_dir, "Folder for the slides' PNG files (with --deck)");
    cmd->add_option("--frames", opts->frames, "In-between frames per transition (with --deck)")->check(CLI::Range(0, 240));
    cmd->add_option("--video", opts->video, "Video of the deck, e.g. talk.mp4 (needs the ffmpeg program)");
    cmd->add_option("--gif", opts->gif, "Animated GIF of the deck");
    add_map_options(*cmd, opts->sources);
    cmd->add_option("corpus", opts->sources.corpus, "Articles: files or folders");
    return [opts]() -> int {
        MapPngRequest req;
        req.theme = opts->theme, req.scale = opts->scale;
        if (opts->size.empty()) opts->size = opts->deck.empty() ? "1600x1000" : "1920x1080";
        if (!opts->deck.empty()) {
            if (opts->out_dir.empty() && opts->video.empty() && opts->gif.empty()) {
                std::fprintf(stderr, "placeline render: --deck needs --out-dir, --video or --gif\n");
                return 2;
            }
            DeckRenderOptions d;
            d.out_dir = opts->out_dir, d.frames = opts->frames, d.video = opts->video, d.gif = opts->gif;
            d.scale = opts->scale;
            if (!parse_size(opts->size, d.width, d.height)) {
                std::fprintf(stderr, "placeline render: --size must be WxH, e.g. 1920x1080 (got '%s')\n", opts->size.c_str());
                return 2;
            }
            Diagnostics diags;
            render::Deck deck = render::read_deck(opts->deck, diags);
            auto data = render::load_map_data(opts->sources, diags);
            int status = render_deck(*data, deck, opts->deck, d, diags);
            print_diagnostics(diags);
            return status;
        }
        if (opts->out.empty()) {
            std::fprintf(stderr, "placeline render: --out FILE.png is required (or --deck with --out-dir)\n");
            return 2;
        }
        if (!parse_size(opts->size, req.width, req.height)) {
            std::fprintf(stderr, "placeline render: --size must be WxH, e.g. 1600x1000 (got '%s')\n", opts->size.c_str());
            return 2;
        }
        if (req.scale <= 0) req.scale = render::output_scale(req.width, req.height);
        if (!opts->at.empty()) {
            if (!opts->from.empty() || !opts->to.empty()) {
                std::fprintf(stderr, "placeline render: --at is a one-day window; give it or --from/--to, not both\n");
                return 2;
            }
            if (!parse_iso_date(opts->at)) {
                std::fprintf(stderr, "placeline render: --at must be YYYY-MM-DD (got '%s')\n", opts->at.c_str());
                return 2;
            }
            opts->from = opts->to = opts->at;
        }
        if (!opts->from.empty() && !(req.from = parse_iso_date(opts->from))) {
            std::fprintf(stderr, "placeline render: --from must be YYYY-MM-DD (got '%s')\n", opts->from.c_str());
            return 2;
        }
        if (!opts->to.empty() && !(req.to = parse_iso_date(opts->to))) {
            std::fprintf(stderr, "placeline render: --to must be YYYY-MM-DD (got '%s')\n", opts->to.c_str());
            return 2;
        }
        if (req.from && req.to && *req.from > *req.to) {
            std::fprintf(stderr, "placeline render: --from %s is after --to %s\n", opts->from.c_str(), opts->to.c_str());
            return 2;
        }
        if (!opts->bbox.empty()) {
            double b[4];
            if (!parse_bbox(opts->bbox, b[0], b[1], b[2], b[3])) {
                std::fprintf(stderr, "placeline render: --bbox must be LON_MIN,LAT_MIN,LON_MAX,LAT_MAX (got '%s')\n",
                             opts->bbox.c_str());
                return 2;
            }
            req.bbox = std::array<double, 4>{b[0], b[1], b[2], b[3]};
        }
        if (!opts->labels.empty() && !valid_label_choice(opts->labels)) {
            std::fprintf(stderr,
                         "placeline render: --labels must be most-written, english, local, a language code (ru, hy) "
                         "or a script code (Cyrl, Armn) (got '%s')\n",
                         opts->labels.c_str());
            return 2;
        }
        if (!opts->labels.empty()) {
            LabelMode mode = label_mode_from_string(opts->labels);
            bool named = opts->labels == to_string(mode) && mode != LabelMode::language;
            req.labels = named ? LabelChoice{mode, ""} : LabelChoice{LabelMode::language, opts->labels};
        }
        Diagnostics diags;
        auto data = render::load_map_data(opts->sources, diags);
        print_diagnostics(diags);
        std::string error = render_map_png(*data, req, opts->out);
        if (!error.empty()) {
            std::fprintf(stderr, "placeline render: %s\n", error.c_str());
            return 1;
        }
        return 0;
    };
}

}  // namespace placeline::cli
