#include "placeline/render/time_rule.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "placeline/render/map_data.hpp"

namespace placeline::render {

std::optional<Day> parse_attribute_date(std::string_view s, bool as_end, bool& ok) {
    ok = true;
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    if (s.empty()) return std::nullopt;
    auto digits = [&](size_t at, size_t n, int& out) {
        if (at + n > s.size()) return false;
        out = 0;
        for (size_t i = at; i < at + n; ++i) {
            if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
            out = out * 10 + (s[i] - '0');
        }
        return true;
    };
    int y = 0, m = 0, d = 0;
    if (!digits(0, 4, y)) return ok = false, std::nullopt;
    if (s.size() == 4) return as_end ? make_day(y, 12, 31) : make_day(y, 1, 1);
    char sep = s[4];
    if ((sep != '-' && sep != '/') || !digits(5, 2, m) || m < 1 || m > 12) return ok = false, std::nullopt;
    if (s.size() == 7) return as_end ? last_day_of_month(y, m) : make_day(y, m, 1);
    if (s.size() < 10 || s[7] != sep || !digits(8, 2, d) || d < 1 || d > days_in_month(y, m))
        return ok = false, std::nullopt;
    // A time of day may follow ("2022-08-26T00:00:00", "2022/08/26 00:00:00"); the day is what counts.
    if (s.size() > 10 && s[10] != 'T' && s[10] != ' ') return ok = false, std::nullopt;
    return make_day(y, m, d);
}

std::vector<TimeSpan> feature_validity(const geo::Layer& layer, const TimeRule& rule, Diagnostics& diags) {
    const Day open_start = INT32_MIN / 2, open_end = INT32_MAX / 2;
    TimeSpan whole = rule.layer_interval.value_or(TimeSpan{open_start, open_end, Granularity::day});
    std::vector<TimeSpan> out(layer.features.size(), whole);
    bool any = rule.layer_interval.has_value();
    size_t reported = 0, bad = 0;
    auto complain = [&](const geo::Feature& f, const std::string& field, const std::string& text, const char* why) {
        ++bad;
        if (reported++ < 10)
            diags.warn(layer.source, fmt::format("layer '{}', feature {}: {} '{}' {}; that side is left open", layer.name,
                                                 f.fid, field, text, why));
    };
    for (size_t i = 0; i < layer.features.size(); ++i) {
        const geo::Feature& f = layer.features[i];
        const std::string* from = f.attribute(rule.from_field);
        const std::string* to = f.attribute(rule.to_field);
        if (!from && !to) continue;
        any = true;
        TimeSpan span{open_start, open_end, Granularity::day};
        bool ok;
        if (from) {
            if (auto d = parse_attribute_date(*from, false, ok)) span.first = *d;
            else if (!ok) complain(f, rule.from_field, *from, "is not a date (YYYY-MM-DD)");
        }
        if (to) {
            if (auto d = parse_attribute_date(*to, true, ok)) span.last = *d;
            else if (!ok) complain(f, rule.to_field, *to, "is not a date (YYYY-MM-DD)");
        }
        if (!span.valid()) {
            complain(f, rule.to_field, to ? *to : "", "is before its start");
            span.last = open_end;
        }
        // The layer-wide interval, when there is one, bounds every feature's own.
        if (rule.layer_interval) span.first = std::max(span.first, whole.first), span.last = std::min(span.last, whole.last);
        out[i] = span;
    }
    if (bad > reported)
        diags.warn(layer.source, fmt::format("layer '{}': {} more features with bad dates", layer.name, bad - reported));
    if (!any) out.clear();
    return out;
}

bool FeatureFader::update(const MapData& d, const TimeSpan& window, double now) {
    bool fresh = data != &d || opacity.size() != d.layers.size();
    double step = fresh || last < 0 ? 1.0 : std::clamp((now - last) / fade_seconds, 0.0, 1.0);
    last = now;
    if (fresh) {
        data = &d;
        opacity.assign(d.layers.size(), {});
    }
    bool moving = false;
    for (size_t li = 0; li < d.layers.size(); ++li) {
        const auto& validity = d.layers[li].validity;
        auto& op = opacity[li];
        if (validity.empty()) {
            op.clear();
            continue;
        }
        // New data starts where it belongs: nothing fades in on load.
        if (op.size() != validity.size()) {
            op.resize(validity.size());
            for (size_t i = 0; i < op.size(); ++i) op[i] = validity_opacity(validity, i, window);
            continue;
        }
        for (size_t i = 0; i < op.size(); ++i) {
            float target = validity_opacity(validity, i, window);
            if (op[i] == target) continue;
            op[i] = target > op[i] ? std::min(target, op[i] + float(step)) : std::max(target, op[i] - float(step));
            moving |= op[i] != target;
        }
    }
    return moving;
}

}  // namespace placeline::render
