// The weights table by name, and its one override for fitting (PLACELINE_WEIGHTS).
#include "resolve_weights.hpp"

#include <cstdio>
#include <cstdlib>
#include <string>

namespace placeline::resolution {

std::span<const WeightField> weight_fields() {
    static constexpr WeightField fields[] = {
        {"threshold", &Weights::threshold},
        {"kind_continent", &Weights::kind_continent},
        {"kind_country", &Weights::kind_country},
        {"kind_region", &Weights::kind_region},
        {"kind_capital", &Weights::kind_capital},
        {"kind_corridor", &Weights::kind_corridor},
        {"kind_water", &Weights::kind_water},
        {"kind_admin1", &Weights::kind_admin1},
        {"kind_landmark", &Weights::kind_landmark},
        {"kind_admin2", &Weights::kind_admin2},
        {"kind_admin_seat", &Weights::kind_admin_seat},
        {"kind_city", &Weights::kind_city},
        {"kind_village", &Weights::kind_village},
        {"kind_other", &Weights::kind_other},
        {"kind_river", &Weights::kind_river},
        {"population_per_decade", &Weights::population_per_decade},
        {"population_from_log10", &Weights::population_from_log10},
        {"population_min", &Weights::population_min},
        {"population_max", &Weights::population_max},
        {"curated", &Weights::curated},
        {"main_name", &Weights::main_name},
        {"variant_name", &Weights::variant_name},
        {"country_namesake", &Weights::country_namesake},
        {"seat_of_region", &Weights::seat_of_region},
        {"cue_fits", &Weights::cue_fits},
        {"cue_misfits", &Weights::cue_misfits},
        {"demonym_cue_fits", &Weights::demonym_cue_fits},
        {"demonym_cue_misfits", &Weights::demonym_cue_misfits},
        {"qualifier_nearest", &Weights::qualifier_nearest},
        {"qualifier_other", &Weights::qualifier_other},
        {"qualifier_misfits", &Weights::qualifier_misfits},
        {"qualifier_is_area", &Weights::qualifier_is_area},
        {"qualifier_nearest_slack_km", &Weights::qualifier_nearest_slack_km},
        {"postal_state", &Weights::postal_state},
        {"postal_other", &Weights::postal_other},
        {"typed_fits", &Weights::typed_fits},
        {"typed_misfits", &Weights::typed_misfits},
        {"typed_elsewhere", &Weights::typed_elsewhere},
        {"common_word", &Weights::common_word},
        {"particle", &Weights::particle},
        {"acronym", &Weights::acronym},
        {"name_part", &Weights::name_part},
        {"name_part_person", &Weights::name_part_person},
        {"named_person", &Weights::named_person},
        {"organisation", &Weights::organisation},
        {"organisation_elsewhere", &Weights::organisation_elsewhere},
        {"feature_name", &Weights::feature_name},
        {"speaker", &Weights::speaker},
        {"demonym_anchor", &Weights::demonym_anchor},
        {"anchor", &Weights::anchor},
        {"context_country", &Weights::context_country},
        {"near_50km", &Weights::near_50km},
        {"near_150km", &Weights::near_150km},
        {"near_400km", &Weights::near_400km},
        {"far_3000km", &Weights::far_3000km},
        {"named_area", &Weights::named_area},
        {"named_area_km", &Weights::named_area_km},
        {"joint_50km", &Weights::joint_50km},
        {"joint_150km", &Weights::joint_150km},
        {"joint_cap", &Weights::joint_cap},
        {"joint_margin", &Weights::joint_margin},
        {"one_sense_gap", &Weights::one_sense_gap},
        {"one_sense_margin", &Weights::one_sense_margin},
        {"qualified_elsewhere", &Weights::qualified_elsewhere},
        {"fuzzy_cue", &Weights::fuzzy_cue},
        {"fuzzy_demonym_cue", &Weights::fuzzy_demonym_cue},
        {"fuzzy_per_edit", &Weights::fuzzy_per_edit},
    };
    return fields;
}

namespace {

Weights load_weights() {
    Weights w;
    const char* given = std::getenv("PLACELINE_WEIGHTS");
    if (!given) return w;
    std::string_view rest(given);
    while (!rest.empty()) {
        size_t comma = rest.find(',');
        std::string_view item = rest.substr(0, comma);
        rest = comma == std::string_view::npos ? std::string_view() : rest.substr(comma + 1);
        size_t eq = item.find('=');
        std::string name(item.substr(0, eq)), value(eq == std::string_view::npos ? "" : item.substr(eq + 1));
        char* end = nullptr;
        float v = value.empty() ? 0.0f : std::strtof(value.c_str(), &end);
        const WeightField* field = nullptr;
        for (const WeightField& f : weight_fields())
            if (f.name == name) field = &f;
        if (!field || value.empty() || *end != '\0') {
            std::fprintf(stderr, "placeline: PLACELINE_WEIGHTS: ignored '%.*s' (a weight's name=number)\n",
                         int(item.size()), item.data());
            continue;
        }
        w.*(field->field) = v;
    }
    return w;
}

}  // namespace

const Weights& weights() {
    static const Weights w = load_weights();
    return w;
}

}  // namespace placeline::resolution
