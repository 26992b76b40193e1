#include "web_story.hpp"

#include <nlohmann/json.hpp>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "placeline/base/atomic_write.hpp"
#include "placeline/render/slide_frame.hpp"
#include "placeline/sink/slide_quotes.hpp"
#include "placeline/text/text.hpp"

namespace placeline::cli {

namespace fs = std::filesystem;
using nlohmann::json;

std::string leaflet_dir() {
    if (const char* d = std::getenv("PLACELINE_LEAFLET_DIR"); d && *d) return d;
    return "/usr/share/javascript/leaflet";
}

namespace {

std::string hex(render::Color c) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "#%02x%02x%02x", c.r, c.g, c.b);
    return buf;
}

// Coordinates rounded to about 100 m and thinned to about 1 km between kept points: a regional
// story needs no more, and the site stays small.
json ring_json(const std::vector<LonLat>& pts, bool closed) {
    json out = json::array();
    const LonLat* last = nullptr;
    for (size_t i = 0; i < pts.size(); ++i) {
        const LonLat& p = pts[i];
        const bool end = i + 1 == pts.size();
        if (last && !end && std::hypot(p.lon - last->lon, p.lat - last->lat) < 0.01) continue;
        out.push_back({std::round(p.lon * 1000) / 1000, std::round(p.lat * 1000) / 1000});
        last = &p;
    }
    if (closed && out.size() < 4) return json();
    return out;
}

json feature_geometry(const geo::Feature& f) {
    if (!f.polygons.empty()) {
        json polys = json::array();
        for (const geo::Polygon& poly : f.polygons) {
            json rings = json::array();
            for (size_t r = 0; r < poly.rings.size(); ++r) {
                json ring = ring_json(poly.rings[r], true);
                if (ring.is_null() && r == 0) break;  // no outer ring left: drop the polygon
                if (!ring.is_null()) rings.push_back(ring);
            }
            if (!rings.empty()) polys.push_back(rings);
        }
        if (polys.empty()) return json();
        return {{"type", "MultiPolygon"}, {"coordinates", polys}};
    }
    if (!f.lines.empty()) {
        json lines = json::array();
        for (const auto& l : f.lines)
            if (json r = ring_json(l, false); r.size() >= 2) lines.push_back(r);
        if (lines.empty()) return json();
        return {{"type", "MultiLineString"}, {"coordinates", lines}};
    }
    return json();
}

bool touches(const geo::Bounds& a, const geo::Bounds& b) {
    return !a.empty() && !b.empty() && a.intersects(b);
}

json time_json(const TimeSpan& t) {
    if (!t.valid()) return json();
    return {t.first, t.last};
}

std::string write_file(const std::string& path, const std::string& bytes) {
    return write_via_temporary(path, [&](const std::string& temp) -> std::string {
        std::ofstream out(temp, std::ios::binary);
        out << bytes;
        out.flush();
        return out ? "" : "cannot write " + temp;
    });
}

std::string copy_file(const fs::path& from, const std::string& to) {
    std::ifstream in(from, std::ios::binary);
    if (!in) return "cannot read " + from.string();
    std::stringstream ss;
    ss << in.rdbuf();
    return write_file(to, ss.str());
}

}  // namespace

std::string write_web_story(const render::MapData& data, const render::Deck* deck, const std::string& dir,
                            Diagnostics& diags) {
    if (!data.atlas) return "no articles to tell a story from";
    const Atlas& atlas = *data.atlas;
    const Gazetteer& gaz = atlas.gazetteer();
    const Corpus& corpus = atlas.corpus();
    const fs::path leaflet = leaflet_dir();
    if (!fs::exists(leaflet / "leaflet.js"))
        return "Leaflet is not installed at " + leaflet.string() + " (Debian: apt-get install libjs-leaflet)";
    std::error_code ec;
    fs::create_directories(fs::path(dir) / "leaflet" / "images", ec);
    if (ec) return "cannot create " + dir + ": " + ec.message();

    json story;
    story["title"] = deck && !deck->title.empty() ? deck->title : "Placeline";
    // Places, with the passages that mention them; the view's box around them.
    geo::Bounds around;
    json places = json::array();
    for (const PlaceCount& pc : atlas.places()) {
        const Place& p = gaz.place(pc.place);
        json ps = json::array();
        for (uint32_t i : atlas.passages_of(pc.place)) ps.push_back(i);
        json line = json::array();
        for (const LonLat& ll : p.line) line.push_back({ll.lon, ll.lat});
        places.push_back({{"id", p.id}, {"name", p.name}, {"lat", p.point.lat}, {"lon", p.point.lon}, {"passages", ps},
                          {"line", line}});
        around.add(p.point.lon, p.point.lat);
    }
    story["places"] = places;
    // Passages as runs of plain text and marked mentions, so the page never parses HTML.
    json passages = json::array();
    for (uint32_t i = 0; i < corpus.passages.size(); ++i) {
        const Passage& ps = corpus.passages[i];
        const std::string& text = corpus.articles[ps.article].text;
        json runs = json::array();
        size_t at = ps.span.start;
        auto run = [&](size_t from, size_t to, int mention) {
            runs.push_back(json::array({text.substr(from, to - from), mention}));
        };
        for (const Mention& m : atlas.mentions_in(i)) {
            if (m.span.start < at || m.span.end > ps.span.end) continue;
            if (m.span.start > at) run(at, m.span.start, 0);
            run(m.span.start, m.span.end, 1);
            at = m.span.end;
        }
        if (at < ps.span.end) run(at, ps.span.end, 0);
        passages.push_back({{"article", ps.article}, {"time", time_json(ps.time)}, {"runs", runs}});
    }
    story["passages"] = passages;
    json articles = json::array();
    for (const Article& a : corpus.articles)
        articles.push_back({{"credit", sink::quote_credit(a)}});
    story["articles"] = articles;
    const TimeSpan extent = atlas.extent(TimeAxis::event);
    story["extent"] = time_json(extent);
    story["epoch"] = format_iso(0);

    // Boundary layers near the places, in their styles; time-ruled features keep their dates.
    geo::Bounds near = around;
    if (!near.empty()) {
        const double m = std::max({near.width(), near.height(), 1.0}) * 0.6;
        near.add(near.min_x - m, near.min_y - m);
        near.add(near.max_x + m, near.max_y + m);
    }
    json layers = json::array();
    for (size_t li = 0; li < data.layers.size(); ++li) {
        const render::MapLayer& layer = data.layers[li];
        const render::LayerStyle& st = layer.style;
        json features = json::array();
        for (size_t fi = 0; fi < layer.source.features.size(); ++fi) {
            const geo::Feature& f = layer.source.features[fi];
            geo::Bounds fb;
            for (const auto& poly : f.polygons)
                if (!poly.rings.empty())
                    for (const LonLat& p : poly.rings[0]) fb.add(p.lon, p.lat);
            for (const auto& l : f.lines)
                for (const LonLat& p : l) fb.add(p.lon, p.lat);
            if (!touches(fb, near)) continue;
            json g = feature_geometry(f);
            if (g.is_null()) continue;
            const render::FeatureLook look = render::look_of(st, layer.category.empty() ? -1 : layer.category[fi]);
            json props = {{"stroke", hex(look.stroke)}, {"width", look.width}};
            if (look.gap > 0) props["dash"] = std::to_string(look.dash) + " " + std::to_string(look.gap);
            if (!layer.validity.empty()) props["time"] = time_json(layer.validity[fi]);
            features.push_back({{"type", "Feature"}, {"geometry", g}, {"properties", props}});
        }
        if (features.empty()) continue;
        layers.push_back({{"name", st.title.empty() ? layer.source.name : st.title},
                          {"fill", st.fill_enabled ? json(hex(st.fill)) : json()},
                          {"opacity", st.opacity},
                          {"geojson", {{"type", "FeatureCollection"}, {"features", features}}}});
    }
    story["layers"] = layers;

    // The deck, as sections of a scrolling story: each frames its places and sets the window.
    json slides = json::array();
    if (deck) {
        for (const render::Slide& s : deck->slides) {
            json slide = {{"title", s.title}, {"caption", s.caption}};
            if (s.window) slide["window"] = time_json(*s.window);
            geo::Bounds b;
            if (s.view.kind == render::SlideView::Kind::places) {
                for (PlaceIndex p : render::resolve_places(data, s.view.places, &diags, s.line, "deck"))
                    b.add(gaz.place(p).point.lon, gaz.place(p).point.lat);
            } else if (s.view.kind == render::SlideView::Kind::bbox) {
                b.add(s.view.bbox[0], s.view.bbox[1]), b.add(s.view.bbox[2], s.view.bbox[3]);
            } else if (s.view.kind == render::SlideView::Kind::center_zoom) {
                slide["center"] = {s.view.center.lat, s.view.center.lon};
                slide["zoom"] = s.view.zoom;
            }
            if (!b.empty()) slide["bounds"] = {{b.min_y, b.min_x}, {b.max_y, b.max_x}};
            json highlight = json::array();
            for (PlaceIndex p : render::resolve_places(data, s.highlight, nullptr)) highlight.push_back(gaz.place(p).id);
            slide["highlight"] = highlight;
            json quotes = json::array();
            for (const render::Quote& q : s.quotes) {
                sink::QuoteText t = sink::quote_text(atlas, q);
                if (t.found) quotes.push_back({{"text", t.text}, {"credit", t.source}});
            }
            slide["quotes"] = quotes;
            slides.push_back(slide);
        }
    }
    story["slides"] = slides;

    std::string e = write_file(dir + "/story-data.js", "window.PLACELINE_STORY = " + story.dump(-1, ' ', false, json::error_handler_t::replace) + ";\n");
    if (e.empty()) e = write_file(dir + "/index.html", web_story_html);
    if (e.empty()) e = write_file(dir + "/story.js", web_story_script);
    for (const char* name : {"leaflet.js", "leaflet.css"})
        if (e.empty()) e = copy_file(leaflet / name, dir + "/leaflet/" + name);
    if (e.empty() && fs::exists(leaflet / "images"))
        for (const auto& img : fs::directory_iterator(leaflet / "images", ec))
            if (e.empty() && img.is_regular_file())
                e = copy_file(img.path(), dir + "/leaflet/images/" + img.path().filename().string());
    // Leaflet's licence travels with it (BSD-2-Clause, from the Debian package's copyright file).
    const fs::path copyright = "/usr/share/doc/libjs-leaflet/copyright";
    if (e.empty()) {
        if (fs::exists(copyright)) e = copy_file(copyright, dir + "/leaflet/LICENSE");
        else e = write_file(dir + "/leaflet/LICENSE", "Leaflet is BSD-2-Clause licensed: https://github.com/Leaflet/Leaflet/blob/main/LICENSE\n");
    }
    return e;
}

}  // namespace placeline::cli
