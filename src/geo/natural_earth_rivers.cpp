// Rivers from Natural Earth's rivers and lake centrelines (see natural_earth_rivers.hpp).
#include "placeline/geo/natural_earth_rivers.hpp"

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <memory>

#include "gdal_session.hpp"
#include "placeline/base/data_paths.hpp"
#include "placeline/places/names.hpp"
#include "placeline/text/text.hpp"
#include "placeline/geo/river_stem.hpp"

namespace placeline::geo {

namespace {

std::string field(OGRFeature& f, const char* name) {
    int i = f.GetFieldIndex(name);
    return i >= 0 && f.IsFieldSetAndNotNull(i) ? std::string(f.GetFieldAsString(i)) : std::string();
}

// Without spaces at the ends, and runs of spaces as one: Natural Earth writes "São  Francisco".
std::string trimmed(std::string_view s) {
    std::string out;
    for (char c : s)
        if (c != ' ' || (!out.empty() && out.back() != ' ')) out += c;
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

// Code points, runs of spaces as one ("S?o  Francisco").
std::u32string letters(std::string_view s) {
    std::u32string out;
    for (size_t i = 0; i < s.size();) {
        char32_t c = next_codepoint(s, i);
        if (c != U' ' || (!out.empty() && out.back() != U' ')) out.push_back(c);
    }
    return out;
}

// The whole name a damaged one stands for: the one name of `whole` that matches it where each '?'
// is any one letter ("Paran?" is "Paraná"), or several that fold alike ("Ob'" and "Ob’"); else "".
std::string repaired(const std::string& damaged, const std::vector<std::string>& whole) {
    std::u32string pattern = letters(damaged);
    std::string found;
    for (const std::string& w : whole) {
        std::u32string l = letters(w);
        bool same = l.size() == pattern.size();
        for (size_t i = 0; same && i < l.size(); ++i) same = pattern[i] == U'?' || pattern[i] == l[i];
        if (!same) continue;
        if (found.empty()) found = w;
        else if (fold_name(found) != fold_name(w)) return {};
    }
    return found;
}

// "Dnipro (Dnieper)" -> "Dnipro", "Dnieper"; a name with a lost letter is repaired from `whole`,
// else left out.
void add_spellings(std::string_view text, std::vector<std::string>& out, const std::vector<std::string>& whole) {
    auto add = [&](std::string_view s) {
        std::string t = trimmed(s);
        if (t.find('?') != std::string::npos) t = trimmed(repaired(t, whole));
        if (t.empty()) return;
        if (std::find(out.begin(), out.end(), t) == out.end()) out.push_back(std::move(t));
    };
    size_t open = text.find('(');
    size_t close = open == std::string_view::npos ? open : text.find(')', open);
    if (close == std::string_view::npos) {
        add(text);
        return;
    }
    add(text.substr(0, open));
    add(text.substr(open + 1, close - open - 1));
}

// A spelling that carries its own type word needs no "River" added: "Rio Grande", "Irrawaddy
// Delta", "Canal de Castilla".
bool typed_already(const std::string& spelling) {
    std::string folded(1, ' ');
    folded.append(fold_name(spelling)).push_back(' ');
    for (const char* w : {" river ", " rio ", " rivier ", " riviere ", " fleuve ", " delta ", " canal ", " creek ",
                          " fork ", " branch ", " arroyo ", " wadi ", " nahr ", " ozero ", " reka ", " lake ", " lago "})
        if (folded.find(w) != std::string::npos) return true;
    return false;
}

// The river's parts as lon/lat lines (a multi-line, or one line).
std::vector<RiverPart> river_parts(OGRGeometry* g) {
    std::vector<RiverPart> out;
    auto add = [&](const OGRLineString* l) {
        RiverPart part;
        for (int i = 0; i < l->getNumPoints(); ++i) part.push_back({l->getX(i), l->getY(i)});
        if (!part.empty()) out.push_back(std::move(part));
    };
    if (!g || g->IsEmpty()) return out;
    OGRwkbGeometryType type = wkbFlatten(g->getGeometryType());
    if (type == wkbLineString) add(g->toLineString());
    else if (type == wkbMultiLineString)
        for (const OGRLineString* l : *g->toMultiLineString()) add(l);
    return out;
}

OGRLayer* rivers_layer(GDALDataset* ds) { return ds ? ds->GetLayerByName(rivers_layer_name) : nullptr; }

}  // namespace

std::string river_place_id(long long rivernum, long long fid) {
    return "ner:" + std::to_string(rivernum) + "." + std::to_string(fid);
}

std::vector<std::string> river_spellings(std::string_view name, std::string_view name_alt,
                                         const std::vector<std::string>& whole) {
    std::vector<std::string> out;
    add_spellings(name, out, whole);
    if (out.empty()) return out;  // no usable main name: no place, whatever the alternate says
    add_spellings(name_alt, out, whole);
    return out;
}

namespace {

// The file's names written whole (none in a file made before the table was).
std::vector<std::string> read_whole_names(GDALDataset& ds) {
    std::vector<std::string> out;
    if (OGRLayer* layer = ds.GetLayerByName(rivers_whole_names_layer))
        for (auto& f : *layer)
            if (std::string n = field(*f, "name"); !n.empty()) out.push_back(std::move(n));
    return out;
}

}  // namespace

std::vector<std::string> river_names(const std::vector<std::string>& spellings,
                                     const std::unordered_set<std::string>& given_names) {
    std::vector<std::string> out;
    for (const std::string& s : spellings) {
        if (!given_names.count(fold_name(s)) || typed_already(s)) out.push_back(s);
        if (!typed_already(s)) {
            out.push_back(s + " River");
            out.push_back(std::string("River ").append(s));
        }
    }
    return out;
}

void read_natural_earth_rivers(const std::string& path, GazetteerBuilder& out, Diagnostics& diags,
                               const std::unordered_set<std::string>& given_names) {
    std::unique_ptr<GDALDataset> ds = open_vector_quietly(path);
    if (!ds) {
        diags.error(path, std::string("cannot open the rivers: ") + CPLGetLastErrorMsg() + refetch_hint(path));
        return;
    }
    OGRLayer* layer = rivers_layer(ds.get());
    if (!layer) {
        diags.error(path, std::string("no layer '") + rivers_layer_name + "': not the rivers file" + refetch_hint(path));
        return;
    }
    const std::vector<std::string> whole = read_whole_names(*ds);
    size_t skipped = 0;
    out.reserve_more(size_t(std::max<GIntBig>(0, layer->GetFeatureCount())));
    for (auto& f : *layer) {
        if (f->GetFieldAsDouble("scalerank") > river_max_rank) continue;
        std::vector<std::string> spellings = river_spellings(field(*f, "name"), field(*f, "name_alt"), whole);
        Place p;
        if (spellings.empty() || !river_stem_point(river_parts(f->GetGeometryRef()), p.point)) {
            ++skipped;
            continue;
        }
        p.id = river_place_id(f->GetFieldAsInteger64("rivernum"), f->GetFID());
        p.kind = PlaceKind::river;
        for (std::string& n : river_names(spellings, given_names)) p.names.push_back({std::move(n), ""});
        p.name = p.names.front().text;
        p.source = "Natural Earth 1:10m rivers, scale rank " + field(*f, "scalerank") +
                   ": halfway along its stem";
        out.add(std::move(p));
    }
    if (skipped)
        diags.warn(path, std::to_string(skipped) + " river" + (skipped == 1 ? "" : "s") +
                             " without a usable name or line skipped as places");
}

void add_river_shapes(const std::string& path, ShapeIndex& out, Diagnostics& diags) {
    std::unique_ptr<GDALDataset> ds = open_vector_quietly(path);
    OGRLayer* layer = rivers_layer(ds.get());
    if (!layer) {
        diags.warn(path, std::string("cannot read the rivers for their lines: ") +
                             (ds ? std::string("no layer '") + rivers_layer_name + "'" : CPLGetLastErrorMsg()));
        return;
    }
    const std::vector<std::string> whole = read_whole_names(*ds);
    // Attributes alone: a river's line is parsed only if the corpus names it (read_shapes).
    const char* ignored[] = {"OGR_GEOMETRY", "name_alt", nullptr};
    layer->SetIgnoredFields(ignored);
    for (auto& f : *layer)
        if (f->GetFieldAsDouble("scalerank") <= river_max_rank && !river_spellings(field(*f, "name"), "", whole).empty())
            out[river_place_id(f->GetFieldAsInteger64("rivernum"), f->GetFID())] =
                ShapeRef{path, rivers_layer_name, f->GetFID()};
}

}  // namespace placeline::geo
