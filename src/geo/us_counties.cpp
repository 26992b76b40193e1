// US counties from the Census Bureau's cartographic boundaries (see us_counties.hpp).
#include "placeline/geo/us_counties.hpp"

#include <cpl_error.h>
#include <gdal_priv.h>
#include <ogrsf_frmts.h>

#include <map>
#include <memory>
#include <vector>

#include "gdal_session.hpp"
#include "placeline/base/data_paths.hpp"
#include "representative_point.hpp"

namespace placeline::geo {

namespace {

std::string field(OGRFeature& f, const char* name) {
    int i = f.GetFieldIndex(name);
    return i >= 0 && f.IsFieldSetAndNotNull(i) ? std::string(f.GetFieldAsString(i)) : std::string();
}

bool digits(std::string_view s) {
    for (char c : s)
        if (c < '0' || c > '9') return false;
    return !s.empty();
}

}  // namespace

const char* county_type_word(std::string_view state_fips) {
    if (state_fips == "22") return "Parish";
    if (state_fips == "02") return "Borough";
    return "County";
}

std::string county_place_id(std::string_view fips) { return "usc:" + std::string(fips); }

bool county_is_area(std::string_view fips) {
    if (fips.size() != 5 || !digits(fips)) return false;
    int state = std::stoi(std::string(fips.substr(0, 2))), county = std::stoi(std::string(fips.substr(2)));
    if (state < 1 || state > 56 || state == 11) return false;
    bool independent_cities = state == 51 || state == 24 || state == 29 || state == 32;
    return !(independent_cities && county >= 510);
}

void read_us_counties(const std::string& path, GazetteerBuilder& out, Diagnostics& diags) {
    std::unique_ptr<GDALDataset> ds = open_vector_quietly(path);
    if (!ds) {
        diags.error(path, std::string("cannot open the US counties: ") + CPLGetLastErrorMsg() + refetch_hint(path));
        return;
    }
    OGRLayer* counties = ds->GetLayerByName("counties");
    if (!counties) {
        diags.error(path, "no layer 'counties': not the US counties file" + refetch_hint(path));
        return;
    }
    std::map<std::string, std::string> states;  // FIPS -> name
    if (OGRLayer* layer = ds->GetLayerByName("states"))
        for (auto& f : *layer) states[field(*f, "id")] = field(*f, "name");
    Geos geos;
    size_t skipped = 0;
    out.reserve_more(size_t(std::max<GIntBig>(0, counties->GetFeatureCount())));
    for (auto& f : *counties) {
        std::string fips = field(*f, "id"), name = field(*f, "name");
        if (!county_is_area(fips)) continue;
        Place p;
        if (name.empty() || !representative_point(geos.h, f->GetGeometryRef(), p.point)) {
            ++skipped;
            continue;
        }
        std::string state = fips.substr(0, 2);
        p.id = county_place_id(fips);
        p.name = name + " " + county_type_word(state);
        p.kind = PlaceKind::admin2;
        p.country = "US";
        p.names.push_back({p.name, "en"});
        auto st = states.find(state);
        p.source = "US Census Bureau counties (us-atlas), " + (st != states.end() ? st->second : "state " + state) +
                   ": centre of the largest part";
        out.add(std::move(p));
    }
    if (skipped)
        diags.warn(path, std::to_string(skipped) + " count" + (skipped == 1 ? "y" : "ies") +
                             " without a name or an area skipped as places");
}

void add_us_county_shapes(const std::string& path, ShapeIndex& out, Diagnostics& diags) {
    std::unique_ptr<GDALDataset> ds = open_vector_quietly(path);
    OGRLayer* counties = ds ? ds->GetLayerByName("counties") : nullptr;
    if (!counties) {
        diags.warn(path, std::string("cannot read the US counties for their shapes: ") +
                             (ds ? "no layer 'counties'" : CPLGetLastErrorMsg()));
        return;
    }
    // The code alone: a county's polygon is parsed only if the corpus names it (read_shapes).
    std::vector<std::string> skip = {"OGR_GEOMETRY"};
    OGRFeatureDefn* defn = counties->GetLayerDefn();
    for (int i = 0; i < defn->GetFieldCount(); ++i)
        if (std::string f = defn->GetFieldDefn(i)->GetNameRef(); f != "id") skip.push_back(f);
    std::vector<const char*> ignored;
    for (const std::string& f : skip) ignored.push_back(f.c_str());
    ignored.push_back(nullptr);
    counties->SetIgnoredFields(ignored.data());
    for (auto& f : *counties)
        if (std::string fips = field(*f, "id"); county_is_area(fips))
            out[county_place_id(fips)] = ShapeRef{path, "counties", f->GetFID()};
}

std::unordered_map<std::string, std::string> us_county_states(const std::string& path,
                                                              const std::vector<std::string>& place_ids,
                                                              Diagnostics& diags) {
    std::unordered_map<std::string, std::string> out;
    const std::string prefix = county_place_id("");
    std::vector<const std::string*> counties;
    for (const std::string& id : place_ids)
        if (id.size() == prefix.size() + 5 && id.compare(0, prefix.size(), prefix) == 0) counties.push_back(&id);
    if (counties.empty()) return out;
    std::unique_ptr<GDALDataset> ds = open_vector_quietly(path);
    OGRLayer* layer = ds ? ds->GetLayerByName("states") : nullptr;
    if (!layer) {
        diags.warn(path, std::string("cannot read the US states for the counties' names: ") +
                             (ds ? "no layer 'states'" : CPLGetLastErrorMsg()));
        return out;
    }
    const char* no_geometry[] = {"OGR_GEOMETRY", nullptr};
    layer->SetIgnoredFields(no_geometry);
    std::map<std::string, std::string> states;  // FIPS -> name
    for (auto& f : *layer) states[field(*f, "id")] = field(*f, "name");
    for (const std::string* id : counties)
        if (auto st = states.find(id->substr(prefix.size(), 2)); st != states.end() && !st->second.empty())
            out.emplace(*id, st->second);
    return out;
}

}  // namespace placeline::geo
