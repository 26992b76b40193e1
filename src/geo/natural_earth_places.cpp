// Countries and first-level regions of Natural Earth as gazetteer places: each area's
// representative point (see representative_point), its names and its ISO code.
#include <cpl_error.h>
#include <gdal_priv.h>
#include <geos_c.h>
#include <ogrsf_frmts.h>

#include <algorithm>
#include <fstream>
#include <initializer_list>
#include <map>
#include <memory>
#include <mutex>
#include <set>

#include "gdal_session.hpp"
#include "representative_point.hpp"
#include "placeline/base/data_paths.hpp"
#include "placeline/geo/natural_earth_places.hpp"
#include "placeline/geo/shape_ref.hpp"
#include "placeline/places/names.hpp"

namespace placeline::geo {

namespace {

std::string field(OGRFeature& f, const char* name) {
    int i = f.GetFieldIndex(name);
    return i >= 0 && f.IsFieldSetAndNotNull(i) ? std::string(f.GetFieldAsString(i)) : std::string();
}

std::string slug(std::string_view s) {
    std::string out;
    bool dash = false;
    for (unsigned char c : s) {
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80) {
            if (dash && !out.empty()) out += '-';
            dash = false;
            out += static_cast<char>(c);
        } else if (c >= 'A' && c <= 'Z') {
            if (dash && !out.empty()) out += '-';
            dash = false;
            out += static_cast<char>(c + 32);
        } else {
            dash = true;
        }
    }
    return out;
}

bool is_iso(const std::string& iso) {
    return iso.size() == 2 && iso[0] >= 'A' && iso[0] <= 'Z' && iso[1] >= 'A' && iso[1] <= 'Z';
}

// The places' ids, given in reading order: the gazetteer reader and the shape index
// (add_natural_earth_shapes) must give each feature the same one. A second feature with an id
// already given gets its feature id appended.
struct Ids {
    std::set<std::string> given;
    std::string unique(std::string id, long long fid) {
        if (!given.insert(id).second) {
            id.append("-").append(std::to_string(fid));
            given.insert(id);
        }
        return id;
    }
    std::string country(const std::string& name, const std::string& iso, long long fid) {
        return unique(is_iso(iso) ? "ne:" + iso : "ne:" + slug(name), fid);
    }
    std::string region(const std::string& adm0, const std::string& name, long long fid) {
        return unique("ne1:" + slug(adm0) + ":" + slug(name), fid);
    }
};

// Natural Earth abbreviates long country names to fit maps ("Central African Rep.",
// "Bosnia and Herz."); articles write them out.
std::string expand_abbreviations(const std::string& name) {
    static const std::pair<const char*, const char*> words[] = {
        {"Rep.", "Republic"},  {"Dem.", "Democratic"}, {"Is.", "Islands"},   {"I.", "Island"},
        {"Fr.", "French"},     {"S.", "South"},        {"N.", "Northern"},   {"W.", "Western"},
        {"Eq.", "Equatorial"}, {"St.", "Saint"},       {"Herz.", "Herzegovina"}, {"Barb.", "Barbuda"},
        {"Vin.", "Vincent"},   {"Gren.", "Grenadines"}, {"Br.", "British"},  {"Ter.", "Territory"},
        {"Geo.", "Georgia"}};
    std::string out, word;
    auto flush = [&] {
        if (word.empty()) return;
        for (auto [abbr, full] : words)
            if (word == abbr) word = full;
        if (!out.empty()) out += ' ';
        out += word;
        word.clear();
    };
    for (char c : name) {
        if (c == ' ') flush();
        else word += c;
    }
    flush();
    return out;
}

// GeoNames' name of a first-level division often carries its type word ("Khyber Pakhtunkhwa
// Province", "Zakarpattia Oblast", "Beheira Governorate"), where articles mostly write the name
// alone. The name without it (and without "Autonomous" before it: "Tibet Autonomous Region"), when
// that is a new spelling: not Natural Earth's `name` already,
// not a type word that belongs to the name ("Free State", "Mountain Province": `name` ends with it
// too), not a bare direction ("Northern Province" is no "Northern").
std::string without_type_word(const std::string& gn, const std::string& name) {
    size_t space = gn.rfind(' ');
    if (space == std::string::npos || space == 0) return {};
    std::string last = fold_name(gn.substr(space + 1)), rest = gn.substr(0, space);
    // "Tibet Autonomous Region", "Chukotskiy Avtonomnyy Okrug": the qualifier goes with the type.
    for (const char* q : {" Autonomous", " Avtonomnyy", " Avtonomna"})
        if (size_t n = std::string_view(q).size(); rest.size() > n && rest.compare(rest.size() - n, n, q) == 0)
            rest.resize(rest.size() - n);
    static const char* const types[] = {"province", "oblast", "governorate", "prefecture", "region", "state",
                                        "district", "department", "voivodeship", "county", "krai", "kray",
                                        "territory", "division", "zone", "municipality", "okrug"};
    if (std::none_of(std::begin(types), std::end(types), [&](const char* t) { return last == t; })) return {};
    std::string folded_name = fold_name(name), folded_rest = fold_name(rest);
    if (folded_rest.empty() || folded_rest == folded_name) return {};
    if (folded_name.size() > last.size() && folded_name.compare(folded_name.size() - last.size(), last.size(), last) == 0)
        return {};
    static const char* const directions[] = {"north", "south", "east", "west", "northern", "southern", "eastern",
                                             "western", "central", "north east", "north west", "south east",
                                             "south west", "northeast", "northwest", "southeast", "southwest",
                                             "upper", "lower", "capital", "federal", "middle", "coast"};
    if (std::any_of(std::begin(directions), std::end(directions), [&](const char* d) { return folded_rest == d; }))
        return {};
    return rest;
}

// Countries' names in the languages the geoparser reads, by ISO code (geodata/country-names.tsv,
// from Debian's iso-codes translations): "Китай", "Chine", "Almanya". Without the file, English only.
std::multimap<std::string, Name> country_names() {
    std::multimap<std::string, Name> out;
    std::ifstream in(geodata_path("country-names.tsv"));
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        if (line.back() == '\r') line.pop_back();
        size_t a = line.find('\t'), b = a == std::string::npos ? a : line.find('\t', a + 1);
        if (b == std::string::npos) continue;
        out.emplace(line.substr(0, a), Name{line.substr(b + 1), line.substr(a + 1, b - a - 1)});
    }
    return out;
}

// A division's ISO 3166-2 name and Natural Earth's names, compared: folded, the romanisations'
// j and y alike ("Irkutskaja oblast'" ~ "Irkutskaya Oblast'").
std::string loose_key(const std::string& country, std::string_view name) {
    std::string folded = fold_name(name), out = country + ":";
    for (size_t i = 0; i < folded.size(); ++i) out += folded[i] == 'j' ? 'y' : folded[i];
    return out;
}

// First-level divisions' names in the languages the geoparser reads (geodata/region-names.tsv,
// from Debian's iso-codes translations of ISO 3166-2 and CLDR's English subdivision names):
// "Californie", "Wallis", "Одесская область", "Tibet". One entry per division (country and ISO
// name), found by loose_key of the country and either its ISO name or an English name of it: a
// Natural Earth division named "Xizang" (GeoNames: "Tibet Autonomous Region") is found through
// CLDR's "Tibet", where ISO's "Xizang Zizhiqu" matches none of its names. Without the file, none.
struct RegionNames {
    std::vector<std::vector<Name>> names;         // per division
    std::multimap<std::string, size_t> by_key;    // loose_key -> division
    // The names of the division one of these names (and the country) is a key of, or nullptr.
    const std::vector<Name>* find(const std::string& country, std::initializer_list<std::string> any) const {
        for (const std::string& n : any) {
            if (n.empty()) continue;
            if (auto it = by_key.find(loose_key(country, n)); it != by_key.end()) return &names[it->second];
        }
        return nullptr;
    }
};
RegionNames region_names() {
    RegionNames out;
    std::map<std::string, size_t> division;  // loose_key of the ISO name -> index
    std::ifstream in(geodata_path("region-names.tsv"));
    std::string line;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        if (line.back() == '\r') line.pop_back();
        size_t a = line.find('\t'), b = a == std::string::npos ? a : line.find('\t', a + 1),
               c = b == std::string::npos ? b : line.find('\t', b + 1);
        if (c == std::string::npos) continue;
        const std::string country = line.substr(0, a), iso = line.substr(a + 1, b - a - 1);
        Name name{line.substr(c + 1), line.substr(b + 1, c - b - 1)};
        auto [it, added] = division.emplace(loose_key(country, iso), out.names.size());
        if (added) {
            out.names.emplace_back();
            out.by_key.emplace(it->first, it->second);
        }
        // CLDR's English name is a key too (when it is not ISO's name, which is one already).
        if (name.lang == "en")
            if (std::string key = loose_key(country, name.text); key != it->first) out.by_key.emplace(key, it->second);
        out.names[it->second].push_back(std::move(name));
    }
    return out;
}

}  // namespace

void read_natural_earth_places(const std::string& path, GazetteerBuilder& out, Diagnostics& diags, Progress* progress) {
    std::unique_ptr<GDALDataset> ds = open_vector_quietly(path);
    if (!ds) {
        diags.error(path, std::string("cannot open the boundaries for places: ") + CPLGetLastErrorMsg() + refetch_hint(path));
        return;
    }
    if (progress) progress->stage("Reading countries and regions");
    Geos geos;
    size_t skipped = 0;
    Ids ids;

    if (OGRLayer* layer = ds->GetLayerByName("countries")) {
        const std::multimap<std::string, Name> translated = country_names();
        for (auto& f : *layer) {
            std::string name = field(*f, "NAME"), iso = field(*f, "iso_a2");
            if (name.empty()) name = field(*f, "name");
            Place p;
            if (name.empty() || !representative_point(geos.h, f->GetGeometryRef(), p.point)) {
                ++skipped;
                continue;
            }
            const bool iso_ok = is_iso(iso);
            p.id = ids.country(name, iso, f->GetFID());
            p.name = expand_abbreviations(name);
            p.kind = PlaceKind::country;
            if (iso_ok) p.country = iso;
            p.names.push_back({p.name, "en"});
            if (p.name != name) p.names.push_back({name, "en"});
            // "Dem. Rep. Congo" is written "Democratic Republic of (the) Congo", and its short form
            // "Congo" belongs to the other Republic of the Congo as much.
            if (size_t r = p.name.find("Republic "); r != std::string::npos) {
                std::string head = p.name.substr(0, r + 9), tail = p.name.substr(r + 9);
                p.names.push_back({head + "of " + tail, "en"});
                p.names.push_back({head + "of the " + tail, "en"});
                p.name = head + "of the " + tail;
            }
            if (iso_ok)
                for (auto [it, end] = translated.equal_range(iso); it != end; ++it) p.names.push_back(it->second);
            p.source = "Natural Earth countries: centre of the largest part";
            out.add(std::move(p));
        }
    }
    if (progress) progress->set(0.3f);
    if (OGRLayer* layer = ds->GetLayerByName("states_provinces")) {
        const RegionNames translated = region_names();
        const double count = std::max<double>(1, double(layer->GetFeatureCount()));
        size_t i = 0;
        for (auto& f : *layer) {
            if (progress && (++i & 255) == 0) progress->set(0.3f + 0.7f * float(i / count));
            std::string name = field(*f, "name"), gn = field(*f, "gn_name"), iso = field(*f, "iso_a2"),
                        adm0 = field(*f, "adm0_a3");
            Place p;
            if (name.empty() || !representative_point(geos.h, f->GetGeometryRef(), p.point)) {
                ++skipped;
                continue;
            }
            p.id = ids.region(adm0, name, f->GetFID());
            p.name = name;
            p.kind = PlaceKind::admin1;
            if (iso.size() == 2 && iso != "-9") p.country = iso;
            const std::string bare = without_type_word(gn, name);
            // Its names in other languages, by its name or its GeoNames name, whole or without the
            // type word (the first that is known).
            const std::vector<Name>* other = p.country.empty() ? nullptr : translated.find(p.country, {name, gn, bare});
            // The English name CLDR gives it is the one English articles write ("Tibet", not
            // Natural Earth's "Xizang"; "Bavaria", not "Bayern"; "Khyber Pakhtunkhwa", not
            // "K.P."): its canonical name, first.
            if (other)
                for (const Name& n : *other)
                    if (n.lang == "en") {
                        if (p.name == name) p.name = n.text;
                        p.names.push_back(n);
                    }
            // Tagged by field: the variant checker compares the two (some Azerbaijani rows have a
            // `name` and a `gn_name` that are two different places: Stepanakert / Xocali Rayonu).
            p.names.push_back({name, "und-" + script_of(name) + "-x-ne"});
            if (!gn.empty() && gn != name) p.names.push_back({gn, "und-" + script_of(gn) + "-x-gn"});
            if (!bare.empty()) p.names.push_back({bare, "und-" + script_of(bare) + "-x-gn"});
            if (other)
                for (const Name& n : *other)
                    if (n.lang != "en") p.names.push_back(n);
            p.source = "Natural Earth states_provinces: centre of the largest part";
            out.add(std::move(p));
        }
    }
    if (skipped)
        diags.warn(path, std::to_string(skipped) + " boundary feature" + (skipped == 1 ? "" : "s") +
                             " without a name or an area skipped as places");
}

void add_natural_earth_shapes(const std::string& path, ShapeIndex& out, Diagnostics& diags) {
    ensure_gdal();
    ErrorCapture errors;
    std::unique_ptr<GDALDataset> ds = open_vector_read_only(path);
    if (!ds) {
        diags.warn(path, "cannot open the boundaries for the places' shapes: " + errors.first);
        return;
    }
    // The same features in the same order as read_natural_earth_places, skipped alike: a feature
    // without a name is no place. Attributes only: the 1:10m geometries are not parsed to learn
    // they are not empty (Natural Earth has no named feature without one; if a file had, that
    // place and a later namesake would be drawn as points, nothing worse).
    Ids ids;
    for (const char* name : {"countries", "states_provinces"}) {
        OGRLayer* layer = ds->GetLayerByName(name);
        if (!layer) continue;
        // Only the fields the ids are made of (a row of states_provinces has about eighty).
        std::vector<std::string> skip = {"OGR_GEOMETRY"};
        OGRFeatureDefn* defn = layer->GetLayerDefn();
        for (int i = 0; i < defn->GetFieldCount(); ++i) {
            const std::string f = defn->GetFieldDefn(i)->GetNameRef();
            if (f != "NAME" && f != "name" && f != "iso_a2" && f != "adm0_a3") skip.push_back(f);
        }
        std::vector<const char*> ignored;
        for (const std::string& f : skip) ignored.push_back(f.c_str());
        ignored.push_back(nullptr);
        layer->SetIgnoredFields(ignored.data());
        const bool countries = std::string_view(name) == "countries";
        for (auto& f : *layer) {
            std::string n = field(*f, countries ? "NAME" : "name");
            if (n.empty() && countries) n = field(*f, "name");
            if (n.empty()) continue;
            std::string id = countries ? ids.country(n, field(*f, "iso_a2"), f->GetFID())
                                       : ids.region(field(*f, "adm0_a3"), n, f->GetFID());
            out[std::move(id)] = ShapeRef{path, name, f->GetFID()};
        }
    }
}

std::vector<std::string> division_names(const std::string& path, const std::vector<LonLat>& points) {
    std::vector<std::string> out(points.size());
    if (points.empty()) return out;
    ensure_gdal();
    ErrorCapture errors;
    std::unique_ptr<GDALDataset> ds = open_vector_read_only(path);
    OGRLayer* layer = ds ? ds->GetLayerByName("states_provinces") : nullptr;
    if (!layer) return out;
    for (size_t i = 0; i < points.size(); ++i) {
        OGRPoint pt(points[i].lon, points[i].lat);
        // The box first (the spatial index), then the shape itself.
        layer->SetSpatialFilterRect(points[i].lon - 1e-9, points[i].lat - 1e-9, points[i].lon + 1e-9, points[i].lat + 1e-9);
        layer->ResetReading();
        for (auto& f : *layer) {
            const OGRGeometry* g = f->GetGeometryRef();
            if (!g || !g->Contains(&pt)) continue;
            out[i] = field(*f, "name");
            break;
        }
    }
    layer->SetSpatialFilter(nullptr);
    return out;
}

}  // namespace placeline::geo
