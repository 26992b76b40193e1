// Style files through toml++, which keeps the line of every node: each bad key is reported
// where it is and skipped, so a typo costs one setting, never the whole file.
#include "placeline/render/style_file.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <filesystem>
#include <set>

#include "toml_tolerant.hpp"

namespace placeline::render {

namespace {

struct StyleReader {
    const std::string& source;
    Diagnostics& diags;

    void bad(const toml::node& node, const std::string& what) {
        diags.report(Severity::warning, source, int(node.source().begin.line), what);
    }

    std::optional<Color> color(const toml::node& n, const std::string& key) {
        if (auto s = n.value<std::string>()) {
            if (auto c = parse_color(*s)) return c;
            bad(n, fmt::format("'{}' = \"{}\" is not a colour (#rrggbb, #rrggbbaa or #rgb); ignored", key, *s));
        } else {
            bad(n, fmt::format("'{}' must be a colour in quotes, such as \"#c0392b\"; ignored", key));
        }
        return std::nullopt;
    }
    std::optional<float> number(const toml::node& n, const std::string& key, double lo, double hi) {
        auto v = n.value<double>();
        if (!v) {
            bad(n, fmt::format("'{}' must be a number; ignored", key));
            return std::nullopt;
        }
        if (!(*v >= lo && *v <= hi)) {  // NaN too
            bad(n, fmt::format("'{}' = {} is outside {}..{}; ignored", key, *v, lo, hi));
            return std::nullopt;
        }
        return float(*v);
    }
    std::optional<std::string> text(const toml::node& n, const std::string& key) {
        if (auto v = n.value<std::string>()) return *v;
        bad(n, fmt::format("'{}' must be text in quotes; ignored", key));
        return std::nullopt;
    }
    // 0 or "none": solid; a number: dash and gap alike; [dash, gap].
    std::optional<std::pair<float, float>> dash(const toml::node& n) {
        if (auto s = n.value<std::string>(); s && *s == "none") return std::pair{0.0f, 0.0f};
        if (auto v = n.value<double>(); v && *v >= 0 && *v <= 200) return min_dash(n, float(*v), float(*v));
        if (const toml::array* a = n.as_array(); a && a->size() == 2) {
            auto d = a->get(0)->value<double>(), g = a->get(1)->value<double>();
            if (d && g && *d >= 0 && *g >= 0 && *d <= 200 && *g <= 200) return min_dash(n, float(*d), float(*g));
        }
        bad(n, "'dash' must be [dash, gap] in pixels, one number, or \"none\"; ignored");
        return std::nullopt;
    }
    // Every dash is a separate stroke: dashes of a millionth of a pixel would be billions of
    // strokes. Under a pixel, a dash or gap cannot be seen anyway: drawn as one pixel.
    std::pair<float, float> min_dash(const toml::node& n, float d, float g) {
        if (d > 0 && g > 0 && (d < min_dash_pixels || g < min_dash_pixels)) {
            bad(n, fmt::format("'dash' values under {} pixel are drawn as {} pixel", min_dash_pixels, min_dash_pixels));
            d = std::max(d, min_dash_pixels), g = std::max(g, min_dash_pixels);
        }
        return {d, g};
    }
    static constexpr float min_dash_pixels = 1.0f;
    std::optional<Day> date(const toml::node& n, const std::string& key) {
        if (auto d = n.value<toml::date>()) {
            int y = d->year, m = d->month, day = d->day;
            if (m >= 1 && m <= 12 && day >= 1 && day <= days_in_month(y, m)) return make_day(y, m, day);
        } else if (auto s = n.value<std::string>()) {
            if (auto parsed = parse_iso_date(*s)) return parsed;
        }
        bad(n, fmt::format("'{}' must be a date YYYY-MM-DD; ignored", key));
        return std::nullopt;
    }

    // A category: a colour (stroke, and fill at the layer's fill opacity) or a table of changes.
    std::optional<CategoryStyle> category(const std::string& value, const toml::node& n) {
        CategoryStyle c;
        c.value = value;
        if (const toml::table* t = n.as_table()) {
            for (auto&& [k, v] : *t) {
                std::string key(k.str());
                if (key == "stroke") c.stroke = color(v, key);
                else if (key == "fill") c.fill = color(v, key);
                else if (key == "width") c.width = number(v, key, 0, 50);
                else if (key == "dash") {
                    if (auto d = dash(v)) c.dash = d->first, c.gap = d->second;
                } else bad(v, fmt::format("unknown key '{}' in the category '{}' (stroke, fill, width, dash); ignored", key, value));
            }
            return c;
        }
        auto col = color(n, value);
        if (!col) return std::nullopt;
        c.stroke = *col;
        return c;
    }

    void color_by(const toml::node& node, StylePatch& p) {
        const toml::table* t = node.as_table();
        if (!t) {
            bad(node, "'color_by' must be a table: { field = \"...\", values = { ... }, default = \"#...\" }; ignored");
            return;
        }
        std::optional<std::string> field;
        std::vector<CategoryStyle> cats;
        int dflt = -1;
        for (auto&& [k, v] : *t) {
            std::string key(k.str());
            if (key == "field") field = text(v, key);
            else if (key == "default") {
                if (auto c = category("", v)) dflt = int(cats.size()), cats.push_back(*c);
            } else if (key == "values") {
                const toml::table* vals = v.as_table();
                if (!vals) {
                    bad(v, "'values' must be a table of value = \"#colour\"; ignored");
                    continue;
                }
                for (auto&& [val, look] : *vals)
                    if (auto c = category(std::string(val.str()), look)) cats.push_back(*c);
            } else bad(v, fmt::format("unknown key '{}' in color_by (field, values, default); ignored", key));
        }
        if (!field) {
            bad(node, "'color_by' needs a field; ignored");
            return;
        }
        p.color_field = *field;
        p.categories = std::move(cats);
        p.color_default = dflt;
    }

    void time(const toml::node& node, StylePatch& p) {
        const toml::table* t = node.as_table();
        if (!t) {
            bad(node, "'time' must be a table: { from_field = \"...\", to_field = \"...\" } or { from = ..., to = ... }; ignored");
            return;
        }
        std::optional<Day> from, to;
        for (auto&& [k, v] : *t) {
            std::string key(k.str());
            if (key == "from_field") p.from_field = text(v, key);
            else if (key == "to_field") p.to_field = text(v, key);
            else if (key == "from") from = date(v, key);
            else if (key == "to") to = date(v, key);
            else bad(v, fmt::format("unknown key '{}' in time (from_field, to_field, from, to); ignored", key));
        }
        if (from || to) {
            TimeSpan span{from.value_or(INT32_MIN / 2), to.value_or(INT32_MAX / 2), Granularity::day};
            if (span.valid()) p.interval = span;
            else bad(node, "the time rule's 'from' is after its 'to'; ignored");
        }
    }

    StylePatch layer(const toml::table& t) {
        StylePatch p;
        for (auto&& [k, v] : t) {
            std::string key(k.str());
            if (key == "title") p.title = text(v, key);
            else if (key == "fill") {
                if (auto s = v.value<std::string>(); s && *s == "none") p.fill_enabled = false;
                else if ((p.fill = color(v, key))) p.fill_enabled = true;
            } else if (key == "stroke") p.stroke = color(v, key);
            else if (key == "width") p.width = number(v, key, 0, 50);
            else if (key == "dash") p.dash = dash(v);
            else if (key == "opacity") p.opacity = number(v, key, 0, 1);
            else if (key == "label_field") p.label_field = text(v, key);
            else if (key == "label_size") p.label_size = number(v, key, 4, 96);
            else if (key == "legend") {
                if (auto b = v.value<bool>()) p.legend = *b;
                else bad(v, "'legend' must be true or false; ignored");
            } else if (key == "color_by") color_by(v, p);
            else if (key == "time") time(v, p);
            else
                bad(v, fmt::format("unknown key '{}' (title, fill, stroke, width, dash, opacity, label_field, "
                                   "label_size, legend, color_by, time); ignored",
                                   key));
        }
        return p;
    }
};

}  // namespace

StyleSheet parse_style(std::string_view toml_text, const std::string& source_name, Diagnostics& diags) {
    StyleSheet sheet;
    toml::table root = parse_toml_tolerant(toml_text, source_name, diags);
    StyleReader r{source_name, diags};
    for (auto&& [k, v] : root) {
        if (k.str() != "layer") {
            r.bad(v, fmt::format("unknown key '{}': a style file holds [layer.NAME] tables; ignored", k.str()));
            continue;
        }
        const toml::table* layers = v.as_table();
        if (!layers) {
            r.bad(v, "'layer' must hold [layer.NAME] tables; ignored");
            continue;
        }
        for (auto&& [name, t] : *layers) {
            if (const toml::table* lt = t.as_table()) {
                sheet.layers.emplace_back(std::string(name.str()), r.layer(*lt));
                sheet.origins.push_back({source_name, int(t.source().begin.line)});
            }
            else r.bad(t, fmt::format("'layer.{}' must be a table; ignored", name.str()));
        }
    }
    return sheet;
}

StyleSheet read_style_file(const std::string& path, Diagnostics& diags) {
    std::string text, error;
    if (!read_text_file(path, text, error)) {
        diags.error(path, "cannot read the style file: it " + error);
        return {};
    }
    return parse_style(text, path, diags);
}

std::string sidecar_style_path(const std::string& source_path) {
    std::filesystem::path p(source_path);
    std::error_code ec;
    auto side = p.parent_path() / (p.stem().string() + ".style.toml");
    return std::filesystem::exists(side, ec) ? side.string() : std::string();
}

void report_unmatched_styles(const StyleSheet& sheet, const std::vector<std::string>& names, Diagnostics& diags) {
    for (size_t i = 0; i < sheet.layers.size(); ++i) {
        const std::string& name = sheet.layers[i].first;
        if (std::find(names.begin(), names.end(), name) != names.end()) continue;
        const StyleSheet::Origin o = i < sheet.origins.size() ? sheet.origins[i] : StyleSheet::Origin{};
        diags.report(Severity::warning, o.file, o.line, fmt::format("a style for the layer '{}', but no layer loaded has that name", name));
    }
}

void apply_styles(const StyleSheet& sheet, const std::string& layer_name, LayerStyle& s) {
    for (const auto& [name, p] : sheet.layers) {
        if (name != layer_name) continue;
        s.from_file = true;
        if (p.title) s.title = *p.title;
        if (p.fill_enabled) s.fill_enabled = *p.fill_enabled;
        if (p.fill) s.fill = *p.fill;
        if (p.stroke) s.stroke = *p.stroke;
        if (p.width) s.stroke_width = *p.width;
        if (p.dash) s.dash = p.dash->first, s.gap = p.dash->second;
        if (p.opacity) s.opacity = *p.opacity;
        if (p.label_field) s.label_field = *p.label_field;
        if (p.label_size) s.label_size = *p.label_size;
        if (p.legend) s.legend = *p.legend;
        if (p.color_field) s.color_field = *p.color_field, s.categories = p.categories, s.color_default = p.color_default;
        if (p.from_field) s.time.from_field = *p.from_field;
        if (p.to_field) s.time.to_field = *p.to_field;
        if (p.interval) s.time.layer_interval = *p.interval;
    }
}

}  // namespace placeline::render
