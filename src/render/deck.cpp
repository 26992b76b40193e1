// Deck files through toml++, which keeps the line of every node: a bad field is reported where
// it is, that field falls back to its default, and the rest of the slide and deck still work.
#include "placeline/render/deck.hpp"

#include <toml++/toml.h>

#include <fmt/format.h>

#include <fstream>
#include <set>
#include <sstream>

#include "placeline/base/atomic_write.hpp"
#include "placeline/base/input_file.hpp"
#include "toml_tolerant.hpp"

namespace placeline::render {

namespace {

struct Reader {
    const std::string& source;
    Diagnostics& diags;

    void bad(const toml::node& node, const std::string& what) {
        diags.report(Severity::warning, source, int(node.source().begin.line), what);
    }
    void bad_line(int line, const std::string& what) { diags.report(Severity::warning, source, line, what); }

    std::optional<std::string> text(const toml::table& t, const char* key) {
        const toml::node* n = t.get(key);
        if (!n) return std::nullopt;
        if (auto v = n->value<std::string>()) return *v;
        bad(*n, fmt::format("'{}' must be text; ignored", key));
        return std::nullopt;
    }
    std::optional<double> number(const toml::table& t, const char* key, double lo, double hi) {
        const toml::node* n = t.get(key);
        if (!n) return std::nullopt;
        auto v = n->value<double>();
        if (!v) {
            bad(*n, fmt::format("'{}' must be a number; ignored", key));
            return std::nullopt;
        }
        if (!(*v >= lo && *v <= hi)) {  // NaN too
            bad(*n, fmt::format("'{}' = {} is outside {}..{}; ignored", key, *v, lo, hi));
            return std::nullopt;
        }
        return *v;
    }
    std::optional<std::vector<std::string>> texts(const toml::table& t, const char* key) {
        const toml::node* n = t.get(key);
        if (!n) return std::nullopt;
        const toml::array* a = n->as_array();
        if (!a) {
            bad(*n, fmt::format("'{}' must be a list of text; ignored", key));
            return std::nullopt;
        }
        std::vector<std::string> out;
        for (const toml::node& item : *a) {
            if (auto v = item.value<std::string>()) out.push_back(*v);
            else bad(item, fmt::format("an entry of '{}' is not text; skipped", key));
        }
        return out;
    }
    // A date: a TOML date (2023-09-19) or the same as text.
    std::optional<Day> date(const toml::table& t, const char* key) {
        const toml::node* n = t.get(key);
        if (!n) return std::nullopt;
        if (auto d = n->value<toml::date>()) {
            int y = d->year, m = d->month, day = d->day;
            if (m >= 1 && m <= 12 && day >= 1 && day <= days_in_month(y, m)) return make_day(y, m, day);
        } else if (auto s = n->value<std::string>()) {
            if (auto parsed = parse_iso_date(*s)) return parsed;
        }
        bad(*n, fmt::format("'{}' must be a date YYYY-MM-DD; ignored", key));
        return std::nullopt;
    }

    SlideView view(const toml::node& node) {
        SlideView v;
        const toml::table* t = node.as_table();
        if (!t) {
            bad(node, "'view' must be a table such as { places = [...] }; fitting the data instead");
            return v;
        }
        if (auto places = texts(*t, "places")) {
            v.kind = SlideView::Kind::places;
            v.places = *places;
        } else if (const toml::node* b = t->get("bbox")) {
            const toml::array* a = b->as_array();
            bool ok = a && a->size() == 4;
            for (size_t i = 0; ok && i < 4; ++i) {
                auto x = a->get(i)->value<double>();
                ok = x.has_value();
                if (ok) v.bbox[i] = *x;
            }
            ok = ok && v.bbox[0] < v.bbox[2] && v.bbox[1] < v.bbox[3] && v.bbox[0] >= -180 && v.bbox[2] <= 180 &&
                 v.bbox[1] >= -90 && v.bbox[3] <= 90;
            if (ok) v.kind = SlideView::Kind::bbox;
            else bad(*b, "'bbox' must be [lon_min, lat_min, lon_max, lat_max]; fitting the data instead");
        } else if (const toml::node* c = t->get("center")) {
            const toml::array* a = c->as_array();
            auto lon = a && a->size() == 2 ? a->get(0)->value<double>() : std::nullopt;
            auto lat = a && a->size() == 2 ? a->get(1)->value<double>() : std::nullopt;
            if (lon && lat && std::abs(*lon) <= 180 && std::abs(*lat) <= 85) {
                v.kind = SlideView::Kind::center_zoom;
                v.center = {*lon, *lat};
                v.zoom = number(*t, "zoom", 0, 22).value_or(8);
            } else {
                bad(*c, "'center' must be [lon, lat]; fitting the data instead");
            }
        }
        for (auto&& [k, n] : *t)
            if (k != "places" && k != "bbox" && k != "center" && k != "zoom") bad(n, fmt::format("unknown view key '{}'", k.str()));
        return v;
    }

    Quote quote(const toml::node& node, bool& ok) {
        Quote q;
        ok = false;
        const toml::table* t = node.as_table();
        if (!t) {
            bad(node, "a quote must be { file = \"...\", start = N, end = N }; skipped");
            return q;
        }
        auto file = text(*t, "file");
        auto start = number(*t, "start", 0, 1e12), end = number(*t, "end", 0, 1e12);
        if (!file || !start || !end || *end <= *start) {
            bad(node, "a quote needs file, start and end (code points, end after start); skipped");
            return q;
        }
        q.file = *file, q.start = uint32_t(*start), q.end = uint32_t(*end);
        ok = true;
        return q;
    }

    Slide slide(const toml::table& t) {
        static const std::set<std::string> known = {"title", "caption", "view", "from", "to", "layers", "highlight",
                                                    "quotes", "transition", "hold", "playback_days_per_second"};
        Slide s;
        s.line = int(t.source().begin.line);
        for (auto&& [k, n] : t)
            if (!known.count(std::string(k.str()))) bad(n, fmt::format("unknown slide key '{}'; ignored", k.str()));
        s.title = text(t, "title").value_or("");
        s.caption = text(t, "caption").value_or("");
        if (const toml::node* v = t.get("view")) s.view = view(*v);
        auto from = date(t, "from"), to = date(t, "to");
        if (from || to) {
            TimeSpan w{from.value_or(make_day(1, 1, 1)), to.value_or(make_day(9999, 12, 31)), Granularity::day};
            if (w.valid()) s.window = w;
            else bad_line(s.line, "'from' is after 'to'; showing all time");
        }
        s.layers = texts(t, "layers");
        s.highlight = texts(t, "highlight").value_or(std::vector<std::string>{});
        if (const toml::node* q = t.get("quotes")) {
            if (const toml::array* a = q->as_array()) {
                for (const toml::node& item : *a) {
                    bool ok;
                    Quote quote_item = quote(item, ok);
                    if (ok) s.quotes.push_back(quote_item);
                }
            } else {
                bad(*q, "'quotes' must be a list; ignored");
            }
        }
        s.transition = number(t, "transition", 0, 60).value_or(s.transition);
        s.hold = number(t, "hold", 0, 600).value_or(s.hold);
        s.playback_days = number(t, "playback_days_per_second", 0, 36500).value_or(0);
        return s;
    }
};

}  // namespace

Deck parse_deck(std::string_view toml_text, const std::string& source_name, Diagnostics& diags) {
    Deck deck;
    toml::table root = parse_toml_tolerant(toml_text, source_name, diags);
    Reader r{source_name, diags};
    deck.title = r.text(root, "title").value_or("");
    const toml::node* slides = root.get("slide");
    const toml::array* list = slides ? slides->as_array() : nullptr;
    if (!list) {
        diags.report(Severity::error, source_name, 0, "the deck has no [[slide]] tables");
        return deck;
    }
    for (const toml::node& n : *list) {
        if (const toml::table* t = n.as_table()) deck.slides.push_back(r.slide(*t));
        else r.bad(n, "a slide must be a [[slide]] table; skipped");
    }
    for (auto&& [k, n] : root)
        if (k != "title" && k != "slide") r.bad(n, fmt::format("unknown deck key '{}'; ignored", k.str()));
    return deck;
}

Deck read_deck(const std::string& path, Diagnostics& diags) {
    std::string text, error;
    if (!read_input_file(path, text, error)) {
        diags.error(path, "cannot read the deck: it " + error);
        return {};
    }
    return parse_deck(text, path, diags);
}

std::string deck_to_toml(const Deck& deck) {
    toml::table root;
    if (!deck.title.empty()) root.insert("title", deck.title);
    toml::array slides;
    for (const Slide& s : deck.slides) {
        toml::table t;
        t.insert("title", s.title);
        if (!s.caption.empty()) t.insert("caption", s.caption);
        toml::table v;
        switch (s.view.kind) {
            case SlideView::Kind::fit_data: break;
            case SlideView::Kind::center_zoom:
                v.insert("center", toml::array{s.view.center.lon, s.view.center.lat});
                v.insert("zoom", s.view.zoom);
                break;
            case SlideView::Kind::bbox:
                v.insert("bbox", toml::array{s.view.bbox[0], s.view.bbox[1], s.view.bbox[2], s.view.bbox[3]});
                break;
            case SlideView::Kind::places: {
                toml::array places;
                for (const auto& p : s.view.places) places.push_back(p);
                v.insert("places", places);
                break;
            }
        }
        if (!v.empty()) t.insert("view", v);
        if (s.window) {
            CivilDate a = civil_from_day(s.window->first), b = civil_from_day(s.window->last);
            t.insert("from", toml::date{a.year, unsigned(a.month), unsigned(a.day)});
            t.insert("to", toml::date{b.year, unsigned(b.month), unsigned(b.day)});
        }
        if (s.layers) {
            toml::array layers;
            for (const auto& l : *s.layers) layers.push_back(l);
            t.insert("layers", layers);
        }
        if (!s.highlight.empty()) {
            toml::array h;
            for (const auto& p : s.highlight) h.push_back(p);
            t.insert("highlight", h);
        }
        if (!s.quotes.empty()) {
            toml::array q;
            for (const Quote& quote : s.quotes)
                q.push_back(toml::table{{"file", quote.file}, {"start", int64_t(quote.start)}, {"end", int64_t(quote.end)}});
            t.insert("quotes", q);
        }
        t.insert("transition", s.transition);
        t.insert("hold", s.hold);
        if (s.playback_days > 0) t.insert("playback_days_per_second", s.playback_days);
        slides.push_back(t);
    }
    root.insert("slide", slides);
    std::ostringstream out;
    out << "# Placeline slide deck (schema: README.md, section Slide decks)\n" << root << "\n";
    return out.str();
}

std::string save_deck(const std::string& path, const Deck& deck) { return write_file_atomically(path, deck_to_toml(deck)); }

}  // namespace placeline::render
