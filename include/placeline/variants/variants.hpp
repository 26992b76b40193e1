#pragma once
// The variant checker: every name a place goes by in a corpus, and every likely slip.
// Built from a finished Atlas (no stage reaches back); the CLI's `variants`, the Variants panel
// and the map's labels read the same report.
//
//   forms        every surface form the articles use for a place, with counts per article
//   known names  the gazetteer's spellings grouped by script (Latin, Cyrillic, Armenian...)
//   suspects     capitalised words no gazetteer name matches but close to the name of a place
//                the article or the corpus mentions ("Yevlash" for Yevlakh)
//   flags        two forms of one place in one article, different forms across articles,
//                contested pairs of names (geodata/contested-names.tsv), suspicious gazetteer rows
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "placeline/atlas/atlas.hpp"
#include "placeline/time/date.hpp"
#include "placeline/base/diagnostics.hpp"

namespace placeline {

// --- Reference data (geodata/) -------------------------------------------------------------------

// Two (or more) names of one place that parties to a conflict each hold as the right one. Each
// side lists its spellings, the first is shown. Shown side by side, in file order: no side first
// because it is more common.
struct ContestedPair {
    std::vector<std::string> side_a, side_b;  // spellings ("Stepanakert", "Степанакерт", ...)
    std::string note;                          // who uses which, in neutral words
    std::string source;
};

// A name a place bore for a stretch of time ("Leninakan", 1924-1990, for Gyumri).
struct DatedName {
    std::string place;    // canonical English name of the place (folded when matching)
    std::string country;  // ISO alpha-2: keeps Gyumri's history off any other Gyumri
    std::string name;
    std::string lang;     // BCP 47 ("en", "ru", "hy")
    int from_year = 0, to_year = 0;  // inclusive; the name was in use over these years
    std::string source;
};

struct VariantData {
    std::vector<ContestedPair> contested;
    std::vector<DatedName> dated;
};

// geodata/contested-names.tsv and geodata/dated-names.tsv; bad rows are reported with their
// line and skipped.
VariantData load_variant_data(Diagnostics& diags);
std::vector<ContestedPair> read_contested_pairs(const std::string& path, Diagnostics& diags);
std::vector<DatedName> read_dated_names(const std::string& path, Diagnostics& diags);

// --- The report ---------------------------------------------------------------------------------

struct FormUse {
    std::string form;                                       // as written
    uint32_t count = 0;                                     // in the whole corpus
    std::vector<std::pair<uint32_t, uint32_t>> articles;    // (article, count), in article order
};

struct KnownName {
    std::string name;
    std::string lang;    // the gazetteer's tag; "und-Cyrl" when only the script is known
    std::string script;  // ISO 15924 ("Latn", "Cyrl", "Armn", "Geor"...)
};

// A capitalised word or phrase that is probably a misspelling of a place's name.
struct Suspect {
    uint32_t article = 0;
    ByteSpan span;                 // bytes into the article's text
    uint32_t start = 0, end = 0;   // code points, end exclusive
    std::string form;              // as written
    std::string nearest;           // the spelling of the place it resembles
    float distance = 0;            // weighted edit distance (see variant_distance)
    float confidence = 0;          // 0..1
    std::string evidence;          // why, in words
};

// One side of a contested pair as this corpus uses it.
struct ContestedUse {
    ContestedPair pair;  // a copy: the report outlives the lists it was built from
    std::vector<uint32_t> articles_a, articles_b;  // articles using a spelling of each side
};

enum VariantFlag : uint8_t {
    flag_inconsistent_in_article = 1,   // one article writes the place two ways
    flag_inconsistent_across = 2,       // articles disagree on how to write it
    flag_contested = 4,                 // a contested pair of names
    flag_suspicious_gazetteer = 8,      // a gazetteer row about it contradicts itself
    flag_misspelt = 16,                 // has suspects
};
std::vector<std::string> flag_names(uint8_t flags);

struct PlaceVariants {
    PlaceIndex place = no_place;
    std::vector<FormUse> forms;        // most used first
    std::vector<KnownName> known;      // grouped by script: Latin first, then by script code
    std::vector<Suspect> suspects;     // in corpus order
    uint8_t flags = 0;
    std::vector<uint32_t> inconsistent_articles;  // articles writing it more than one way
    std::vector<ContestedUse> contested;
    std::vector<std::string> gazetteer_notes;    // what is suspicious about its gazetteer rows
};

// A Natural Earth admin-1 row whose `name` and `gn_name` name two different places.
struct SuspiciousRow {
    PlaceIndex row = no_place;
    std::string name, gn_name;
    std::vector<PlaceIndex> named, gn_named;  // places each field names (the row's country)
};

struct VariantReport {
    std::vector<PlaceVariants> places;   // in Atlas::places() order
    std::vector<SuspiciousRow> suspicious_rows;
    size_t suspect_count = 0;
    const PlaceVariants* find(PlaceIndex p) const;
};

VariantReport build_variant_report(const Atlas& atlas, const VariantData& data);

// --- Pieces, public for the tests and the panel ----------------------------------------------

// Edit distance between two folded names, weighted: a letter next to the intended one on a
// QWERTY keyboard, or a usual transliteration confusion (k/kh/x/q, s/sh/ş, c/ch/ç, i/y, e/a/ə,
// v/w, j/zh/dzh, u/ou), costs less than an unrelated letter. Gives up (returns > limit) early.
float variant_distance(std::string_view a, std::string_view b, float limit = 3.0f);

// Natural Earth admin-1 rows whose two name fields point at different places.
std::vector<SuspiciousRow> suspicious_admin1_rows(const Gazetteer& g);

// ISO 15924 code to an English script name ("Cyrl" -> "Cyrillic").
const char* script_display_name(std::string_view iso15924);

// --- Labels -------------------------------------------------------------------------------------

enum class LabelMode : uint8_t {
    most_written,  // the form most articles use
    english,       // the gazetteer's canonical English name
    local,         // the official language of the place's country, in its script
    language,      // a chosen language or script ("ru", "hy", "Cyrl", "Geor")
};
const char* to_string(LabelMode m);
LabelMode label_mode_from_string(std::string_view s);  // unknown -> most_written

struct LabelChoice {
    LabelMode mode = LabelMode::most_written;
    std::string language;  // for LabelMode::language: a BCP 47 language or an ISO 15924 script
};

// What the map calls a place under a label choice during a time window. A name with dates
// (Leninakan for 1924-1990) wins whenever the window's last day falls in its years, so the
// labels follow the time slider. `most_written` is the corpus's most used form (may be empty).
// Pure: the same inputs give the same label.
std::string label_for(const Place& place, const LabelChoice& choice, const TimeSpan& window,
                      const std::vector<DatedName>& dated, std::string_view most_written = {});

// Per place, the form the most articles use (ties: the most used, then the first seen). Fuzzy
// mentions (likely misspellings) never count.
std::unordered_map<PlaceIndex, std::string> most_written_forms(const Atlas& atlas);

}  // namespace placeline
