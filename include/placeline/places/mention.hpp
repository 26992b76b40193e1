#pragma once
// A mention: a span of a passage resolved to a place, with the evidence that chose the place.
#include <algorithm>
#include <array>
#include <cmath>
#include <cstdint>
#include <vector>

#include "placeline/corpus/passage.hpp"
#include "placeline/places/place.hpp"

namespace placeline {

// One reason for or against a candidate place. Weights add up to the candidate's total.
enum class Signal : uint8_t {
    kind,              // feature kind: countries and regions first, then capitals, seats, towns
    population,        // log of the population
    curated,           // a person put this place in geodata/
    exact_name,        // the text is the place's canonical or main name, not only a variant
    seat_of_region,    // a city named like the region around it (Stepanakert, Baku)
    context_country,   // share of the document's other places in this place's country
    context_distance,  // near the document's other places
    qualifier,         // "Granada, Spain": the qualifier names this place's country or region
    cue,               // "the city of", "region", "district", "exclave of"... fits this kind
    demonym_cue,       // "the Azerbaijani city of": the place is in that country
    common_word,       // the name is also an English word ("Most", "Union"): needs evidence
    name_part,         // a capitalised word beside it: likely part of a person's or other name
    organisation,      // followed by "Group", "House", "Agency"...: part of an organisation's name
    sentence_start,    // capitalised only because it starts a sentence
    one_sense,         // the same name in this document resolves to the same place
    fuzzy,             // no name matches exactly; this place's name is a near spelling
    override_,         // the user chose this place (or "not a place")
    person,            // a given name or a title before it, or "said" after it: a person's name
    feature,           // inside the name of a sea, gulf, bay or strait the gazetteer lacks
    named_area,        // the article names a state or province, and this is the name's place nearest it
    joint,             // other names of the article have a candidate near this one (Paris and Henry County, Tennessee)
};
const char* to_string(Signal s);

// Four bytes: the weight is kept in hundredths, which is all the precision the weights have, so
// that a mention with its evidence stays small (a corpus can hold millions of them).
struct SignalWeight {
    Signal signal = Signal::kind;
    int16_t hundredths = 0;
    float weight() const { return float(hundredths) / 100.0f; }
};

struct RunnerUp {
    PlaceIndex place = no_place;
    float total = 0;
};

// A candidate's signals and their sum: what the resolver adds up for every candidate (and moves
// as it sorts them), apart from what only the winner's Evidence carries.
struct SignalTally {
    std::array<SignalWeight, 12> signals{};
    uint8_t signal_count = 0;
    float total = 0;             // the summed weights

    // Inline at every call (the compiler kept it out of line: half a million calls on LGL's 588
    // articles, a call's overhead on a body of some twenty instructions).
    [[gnu::always_inline]] void add(Signal s, float w) { add_hundredths(s, hundredths_of(w)); }
    // A weight as add() keeps it, for one computed once and added to many tallies (a (name, place)
    // pair's context weights, added to every occurrence's candidate): add_hundredths(s,
    // hundredths_of(w)) is add(s, w).
    [[gnu::always_inline]] static int16_t hundredths_of(float w) {
        return static_cast<int16_t>(round_half_away(std::clamp(w, -300.0f, 300.0f) * 100.0f));
    }
    [[gnu::always_inline]] void add_hundredths(Signal s, int16_t h) {
        if (h == 0 || signal_count == signals.size()) return;
        signals[signal_count++] = {s, h};
        total += float(h) / 100.0f;  // the total is the sum of what is kept, exactly as shown
    }
    // std::lround of a float in [-30000, 30000] without the library call (the resolver adds a
    // signal to every candidate several times): in double, x + 0.5 is exact for every |x| of at
    // least 2^-14 and cannot reach the next integer below that, so truncating it rounds halves
    // away from zero as lround does. A NaN gives 0, which lround's LONG_MIN also became in int16.
    [[gnu::always_inline]] static long round_half_away(float x) {
        if (std::isnan(x)) return 0;
        const double d = x;
        return static_cast<long>(d < 0 ? d - 0.5 : d + 0.5);
    }
    float weight_of(Signal s) const {
        float w = 0;
        for (uint8_t i = 0; i < signal_count; ++i)
            if (signals[i].signal == s) w += signals[i].weight();
        return w;
    }
};

// Why a mention resolved as it did: the winner's signals (the tally) and the best other
// candidates. Fixed size, so that mentions stay plain values (no allocation per mention).
struct Evidence : SignalTally {
    std::array<RunnerUp, 3> runners_up{};
    uint8_t runner_up_count = 0;
    uint32_t candidates = 0;     // places bearing this name
    uint32_t name_key = UINT32_MAX;  // index of the gazetteer name matched (Gazetteer::keys())
};

// What else a consumer (the variant checker, the UI) may want to know about a mention.
enum MentionFlag : uint16_t {
    mention_fuzzy = 1,        // a near spelling of the place's name (a likely misspelling)
    mention_qualified = 2,    // followed by its country or region ("Granada, Spain")
    mention_overridden = 4,   // the user's correction decided it
    mention_transliterated = 8,  // written in another script than Latin
};

struct Mention {
    uint32_t article = 0;
    uint32_t passage = 0;
    ByteSpan span;              // bytes into the article's text
    PlaceIndex place = no_place;
    float score = 1.0f;         // 0..1, how sure the resolver is
    uint16_t flags = 0;         // MentionFlag bits
    Evidence why;
};

}  // namespace placeline
