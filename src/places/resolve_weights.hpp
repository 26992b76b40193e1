#pragma once
// Every weight the resolver adds, in one table (issue 12). Units are log-odds-like: a candidate's
// total is the sum of its signals (shown in `why`), and a match whose best total stays below
// `threshold` is no mention. First set by hand on the sample corpus and the unit tests; the values
// marked "fitted" come from `scripts/fit-weights.py` (coordinate ascent of geotag F1 + acc161 on
// LGL's fit half, the whole pipeline run per trial through PLACELINE_WEIGHTS; two runs of two
// passes, the second started from the first's values; then, once the recognition rules of issue 14
// were merged, two more passes from those values on the merged pipeline; then two more once joint
// coherence and the county rules were in, which kept the joint weights as set by hand; its
// kind_admin1 2.5 was not taken: it made a bare "Washington" far from the US the state, not the
// capital, and a lone "Stepanakert" the region, for 0.001 of acc161). The others were tried and kept. Changing
// one: run `scripts/fit-weights.py` or `scripts/score-lgl.sh fit`, then quote
// `scripts/score-lgl.sh report` in bench/README.md; never the report half to choose.
#include <span>
#include <string_view>

#include "placeline/places/place.hpp"

namespace placeline::resolution {

struct Weights {
    float threshold = 1.0f;  // fitted; below it, a match is no mention

    // 1. Priors. Kind: what a bare name most often means in news.
    float kind_continent = 3.0f, kind_country = 3.5f, kind_region = 2.5f, kind_capital = 2.0f;  // fitted
    float kind_corridor = 2.0f, kind_water = 2.0f, kind_admin1 = 2.0f, kind_landmark = 1.5f;  // fitted
    float kind_admin2 = 1.0f, kind_admin_seat = 0.75f, kind_city = 0.0f, kind_village = 0.25f, kind_other = 0.0f;  // fitted
    // A river's bare name ("the Indus") is one towns bear too: set by hand so that a town of
    // 100,000 or more of the name wins (Dnipro, the city) and the river wins over villages. LGL's
    // fit half scores the same from 0 to 1.0 and worse at 1.5 (fewer points within 161 km).
    float kind_river = 0.5f;
    // Population, only a prior: per_decade * (log10(population + 1) - from_log10), clamped.
    float population_per_decade = 0.5f, population_from_log10 = 4.0f, population_min = -1.0f, population_max = 1.5f;  // fitted
    float curated = 0.3f;                 // a person put the place in geodata/
    float main_name = 1.0f, variant_name = -2.25f;  // fitted
    float seat_of_region = -1.0f;         // against a region named after the city in it
    float country_namesake = -3.0f;       // a town of a country bearing the country's name (México: Mexico City), even beside its neighbours

    // 2. Local words.
    float cue_fits = 1.5f, cue_misfits = -0.5f;          // fitted; "the city of X", "X region", "X village"
    float news_cue = 2.0f;                // a settlement in a dateline or after a party ("BANTAM —", "R-Ocilla")
    float demonym_cue_fits = 1.5f, demonym_cue_misfits = -1.0f;  // "the Azerbaijani city of"
    float qualifier_nearest = 3.0f;       // "Paris, Texas": the nearest place in the qualifier
    float qualifier_other = 1.5f;         // ...another place of the name in it
    float qualifier_misfits = -1.5f;      // ...a place outside it
    float qualifier_is_area = 1.5f;       // "Texas" in "Paris, Texas" is the area
    float qualifier_nearest_slack_km = 50.0f;
    float postal_state = 3.0f, postal_other = -3.0f;     // "Ga." is the US state, nothing else
    float typed_fits = 0.5f, typed_misfits = -1.0f;      // fitted; "Laurel County": a place of the name
    float typed_elsewhere = -2.0f;        // a region named with its type word elsewhere in the article, for its bare name
    float common_word = -3.0f;            // fitted; an English word ("Most", "Union") needs evidence
    float particle = -4.0f;               // a short word in a script without capitals (Georgian რომ, "that")
    float acronym = -3.0f;                // "EU" for a place written "Eu" (set by hand, after the fit)
    float name_part = -2.75f, name_part_person = -5.0f;   // fitted; beside another capitalised word
    float named_person = -7.0f;           // a person's own name: "Bill Clinton", "Alexander the Great" (chosen on LGL's fit half among -6..-10 with joint coherence in)
    float organisation = -4.0f;           // "Minsk Group", "Chatham House"
    float organisation_elsewhere = -4.0f; // the name is an organisation's elsewhere in the article (LGL fit half: 0 to -3 the same, -4 F1 +0.0007)
    float feature_name = -4.0f;           // "Sea of Azov", "Gulf of Mexico": not the town Azov, not Mexico City
    float speaker = -3.0f;                // "Jones said", for places that are not states or capitals

    // 3. The document.
    float demonym_anchor = 0.5f;          // a demonym's weight for its country as context
    float anchor = 1.0f;                  // each confident occurrence
    float context_country = 2.0f;         // times the share of the other places in the country
    float near_50km = 2.0f, near_150km = 1.0f, near_400km = 0.2f;  // fitted
    float far_3000km = -1.0f;              // fitted; a settlement far from all the other places
    float named_area = 1.25f;              // fitted; the name's place nearest a state or province the article names...
    float named_area_km = 375.0f;        // fitted; ...within this distance of its point
    // Joint coherence (resolve_joint.hpp): per other name with a plausible candidate within 50 km
    // of this one, and per one within 150 km only; at most `joint_cap` names count. A candidate
    // pulls when its priors come within `joint_margin` of its name's best.
    float joint_50km = 1.0f, joint_150km = 0.5f, joint_cap = 2.0f, joint_margin = 3.0f;  // fitted (kept)

    // 4. One sense per name per document: taken when the occurrence's own winner leads by less.
    float one_sense_gap = 2.5f, one_sense_margin = 0.1f;  // gap fitted
    float qualified_elsewhere = 3.0f;     // the place a qualifier chose for the same name in this article

    // Fuzzy matches after a cue (resolve_fuzzy.cpp).
    float fuzzy_cue = 1.0f, fuzzy_demonym_cue = 1.5f, fuzzy_per_edit = -1.0f;

    float kind(PlaceKind k) const {
        switch (k) {
            case PlaceKind::continent: return kind_continent;
            case PlaceKind::country: return kind_country;
            case PlaceKind::region: return kind_region;
            case PlaceKind::capital: return kind_capital;
            case PlaceKind::corridor: return kind_corridor;
            case PlaceKind::water: return kind_water;
            case PlaceKind::admin1: return kind_admin1;
            case PlaceKind::landmark: return kind_landmark;
            case PlaceKind::admin2: return kind_admin2;
            case PlaceKind::admin_seat: return kind_admin_seat;
            case PlaceKind::city: return kind_city;
            case PlaceKind::village: return kind_village;
            case PlaceKind::other: return kind_other;
            case PlaceKind::river: return kind_river;
        }
        return 0;
    }
};

// The table's fields by name, for the fitting tool (scripts/fit-weights.py) and for reading.
struct WeightField {
    std::string_view name;
    float Weights::*field;
};
std::span<const WeightField> weight_fields();

// The weights in use: the table above, or, for fitting only, the table with the values of
// PLACELINE_WEIGHTS ("name=value,name=value", names as in the table) put in. A name not in the
// table or a value that is no number is said on stderr and ignored. Read once per process.
const Weights& weights();


}  // namespace placeline::resolution
