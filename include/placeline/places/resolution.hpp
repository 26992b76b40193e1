#pragma once
// Resolution's parts: shared by resolve.cpp, resolve_context.cpp and resolve_fuzzy.cpp, and by
// the variant checker, which asks the same fuzzy step and word lists.
#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "placeline/places/matcher.hpp"
#include "placeline/places/names.hpp"
#include "placeline/places/word_list.hpp"

namespace placeline::resolution {

// Word lists the resolver consults (geodata/common-words.txt, geodata/demonyms.tsv), loaded once.
struct Lexicon {
    WordList common_words;                                   // folded
    // The demonyms' folded forms, and by each form's index there its country: ISO alpha-2 or "".
    // A flat word list rather than a std::unordered_map of strings: asked several times a match,
    // where the map hashed every byte and followed a node.
    WordList demonym_forms;
    std::vector<std::string> demonym_countries;
    // By first byte, a bit for each length of the forms that begin so (from 31 bytes on, one bit):
    // most words asked begin or end unlike any demonym, and are turned away unhashed.
    std::array<uint32_t, 256> demonym_lengths{};
    static uint32_t length_bit(size_t length) { return uint32_t(1) << (length < 31 ? length : 31); }
    WordList given_names;                                    // folded; empty without the data cache's list
    // Other languages' words that are also places' names (geodata/common-words-LANG.txt), as
    // written in lower case; the article's language is the one whose list (or the English one)
    // its lower-case words hit most.
    std::vector<std::pair<std::string, WordList>> language_words;
    bool is_common(std::string_view folded) const { return common_words.contains(folded); }
    const std::string* demonym(std::string_view folded) const {
        if (!folded.empty() && !(demonym_lengths[static_cast<unsigned char>(folded[0])] & length_bit(folded.size())))
            return nullptr;
        const size_t k = demonym_forms.index_of(folded);
        return k == WordList::npos ? nullptr : &demonym_countries[k];
    }
};
const Lexicon& lexicon();

enum class Cue : uint8_t { none, city, region, landmark };

// A country's ISO 3166-1 alpha-2 code, or none, in two bytes: geodata/demonyms.tsv gives each
// demonym two letters or nothing. Held in every match's LocalContext, where a std::string took 32
// bytes (and the contexts of a long document's matches, megabytes of fresh pages, are a large
// share of its page faults). Reads as the code's string_view ("" for none).
struct CountryCode {
    std::array<char, 2> code{};  // {0, 0}: none
    CountryCode() = default;
    // A code of any other length than two is none (the demonyms' list has none such).
    explicit CountryCode(std::string_view s) {
        if (s.size() == 2) code = {s[0], s[1]};
    }
    bool empty() const { return code[0] == 0; }
    operator std::string_view() const { return {code.data(), empty() ? size_t(0) : size_t(2)}; }
    bool operator==(const CountryCode&) const = default;
};

// What the words around one match say, before any place is chosen. One a match, made for a long
// document's tens of thousands at once: its fields are kept small (one-byte bools and enums
// together, a two-byte country code, the 32-bit offsets last) so that the array takes few pages.
struct LocalContext {
    bool sentence_start = false;  // first word of a sentence (or of a line)
    bool other_language = false;  // the article is in a language with a word list, not English
    bool after_article = false;   // German: after an article ("im Dorf"), a capitalised word is a noun, or an area
                                  // ("im Wallis", "der Schweiz"), hardly a town
    bool common_word = false;     // a one-word name that is also an English word
    bool water_article = false;   // after a definite article and before no capitalised word ("the Pacific",
                                  // "der Rhein", "el Amazonas"): how a river, sea or ocean is named, and
                                  // so no common word there ("the Pacific Northwest", "Pacific Gas" are not),
                                  // when words of water are near ("warm water in the Pacific"); looked
                                  // for only when a river or body of water is among the candidates, the
                                  // only ones whose signals read it
    bool hyphen_compound = false; // glued after a hyphen to a word ("Euro-Atlantic", "Asia-Pacific"): part of
                                  // an adjective, no sea or river
    bool particle = false;        // a single letter, or a word of at most three letters in a script without capitals (Georgian)
    bool demonym = false;         // the name is an adjective or demonym: never a mention
    bool name_part = false;       // a capitalised non-place word beside it (part of a longer name?)
    bool person = false;          // ...and that word or the name looks like a surname ("Vladimir Solovyov"),
                                  // or a given name or a title comes before it ("Bill Clinton", "Mr. Jones")
    bool named_person = false;    // ...by the person's own name right here: a given name or a title before
                                  // it, a middle initial, an age, an epithet after it ("Alexander the Great")
    bool person_here = false;     // person, by its own words here rather than lent by the name's other
                                  // occurrences in the article (a person's name is one all through it)
    bool organisation = false;    // followed by an organisation's head word
    bool organisation_elsewhere = false;  // no cue here, and the article elsewhere gives the name as an
                                          // organisation's ("Carnegie Endowment ... Carnegie says")
    // Part of a longer feature name no place matches: the name in it ("Azov" in "Sea of Azov": no
    // town of the name) or the type word ("Gulf" in "Gulf of Mexico": no place at all).
    enum class Feature : uint8_t { none, inner_name, type_word } feature = Feature::none;
    bool typed_area = false;      // ...and the type word names a region ("Kharkiv Oblast", "Sindh province")
    bool postal = false;          // a US state's abbreviation ("Kan.", "W.Va."): the state
    bool said = false;            // "X said", "X told": a speaker (a person, or a government by metonymy)
    bool news_cue = false;        // a dateline or a legislator's home ("BANTAM —", "R-Ocilla"): a settlement
    Cue cue = Cue::none;
    CountryCode cue_country;      // "the Azerbaijani city of": AZ
    uint32_t typed_end = 0;       // "Laurel County", "Orleans Parish": where the type word ends (0: none)
    int32_t qualifier = -1;       // index of the match that qualifies this one ("Granada, Spain")
    // Field by field: the resolver gives a name's occurrences alike in these the same priors.
    bool operator==(const LocalContext&) const = default;
};
// 18 bools, two one-byte enums and the code (22 bytes), then two 4-byte ints: 32 bytes (72 with
// the code a std::string and the ints among the bools). Grow it only knowingly.
static_assert(sizeof(LocalContext) == 32, "LocalContext is one record a match: keep it small");

// How many neighbouring matches one thread takes at a time in the resolver's per-match passes:
// a document with more (a long one, thousands of matches) has them spread over the cores, an
// ordinary article (tens of matches) stays on its thread. Output is the same either way.
inline constexpr size_t match_run = 512;

// The words around every match, in the order of `matches`. `words` is the text's tokenize(), read
// once by the resolver for all its passes over the whole text; without it the text is tokenised.
std::vector<LocalContext> local_contexts(const Gazetteer& g, std::string_view text,
                                         const std::vector<NameMatch>& matches);
std::vector<LocalContext> local_contexts(const Gazetteer& g, std::string_view text, std::span<const Token> words,
                                         const std::vector<NameMatch>& matches);

// Whether the match is one English word that names nothing where it stands alone, a name only
// some GeoNames place bears as a variant: a closed-class word ("He", "In", "But", "Were":
// function_word) or a month's or weekday's whole name ("August", "Thursday": the month of "in
// August 2007", not August, California), written in ASCII (the town Çan folds to "can") and
// not in capitals ("IN" is Indiana's code); or a contraction ("We’re", folded the village
// Were: english_contraction).
// The resolver drops such a match before its passes, where it had cost as much as a place's name
// (a fifth of LGL's matches) and could sway the names beside it.
bool names_nothing(const Gazetteer& g, std::string_view text, const NameMatch& m);

// Whether a match's own words give it as a person's name, with nothing beside it that says
// place: a given name or a title before it ("Bill Clinton", "Mr. Jones"), a middle initial, an
// age or an epithet (named_person), or a capitalised word beside it where one of the two looks
// like a surname ("Vladimir Putin": person_here), and no cue, dateline,
// qualifier, type word or postal state. The resolver drops such a match after the local words
// (it keeps one that qualifies another), where its penalty (-5 to -7) had left it a mention only
// where the article's other names pulled it up, and had it cost as much as a place's name.
bool names_a_person_here(const LocalContext& c);

// Lower-case ASCII words (and folded others) just before `pos` (nearest last) and just after.
std::vector<std::string> words_before(std::string_view text, size_t pos, int count);
std::vector<std::string> words_after(std::string_view text, size_t pos, int count);

// Cue phrases before a capitalised word that the matcher did not take as a name
// ("the Azerbaijani city of Yevlash"): a mention of the nearest spelling of a place in the cue's
// country (named by a demonym: "the Azerbaijani city of"), flagged fuzzy, with a lower score.
std::vector<Mention> fuzzy_mentions(const Gazetteer& g, std::string_view text, const std::vector<NameMatch>& matches);

// The with_* passes take the list by value and give it back moved when they find nothing.

// US state abbreviations after a comma ("Athens, Ga.", "Charleston, W.Va."): `matches` with a
// match of the state's name for each (replacing what overlapped it), in text order.
std::vector<NameMatch> with_postal_abbreviations(const Gazetteer& g, std::string_view text,
                                                 std::vector<NameMatch> matches);
bool postal_abbreviation(std::string_view surface);

// Counties listed before the plural type word ("Hitchcock and Hayes counties", "Orleans and
// Jefferson parishes"): `matches` with a match of "<name> County" (or Parish) for each listed name.
std::vector<NameMatch> with_listed_counties(const Gazetteer& g, std::string_view text,
                                            std::vector<NameMatch> matches);

// Russian and Ukrainian names in the oblique cases ("Изюме", "Киевом", "Гостомеля"): `matches`
// with a match for each capitalised Cyrillic word no name matched whose nominative is a name.
std::vector<NameMatch> with_inflected_names(const Gazetteer& g, std::string_view text,
                                            std::vector<NameMatch> matches);
// The same with the text's tokenize() given.
std::vector<NameMatch> with_inflected_names(const Gazetteer& g, std::string_view text, std::span<const Token> words,
                                            std::vector<NameMatch> matches);

// Names with case suffixes glued on, in Azerbaijani and Turkish articles ("Bakıda", "Gəncəyə"),
// Armenian ("Երևանում") and Georgian ("თბილისში"): `matches` with a match for each word no name
// matched whose form without a suffix is a place's name as the gazetteer writes it.
std::vector<NameMatch> with_suffixed_names(const Gazetteer& g, std::string_view text,
                                           std::vector<NameMatch> matches);
// The same with the text's tokenize() given.
std::vector<NameMatch> with_suffixed_names(const Gazetteer& g, std::string_view text, std::span<const Token> words,
                                           std::vector<NameMatch> matches);

// Great-circle distance in kilometres.
double distance_km(double lat1, double lon1, double lat2, double lon2);

// Whether two points lie surely farther apart than `km`, by their latitudes alone: a great circle
// is at least as long as the difference of latitude it crosses. A cheap test before distance_km
// where only "within km?" matters; the margin covers rounding, so it never says yes wrongly.
inline bool surely_farther_km(double lat1, double lat2, double km) {
    constexpr double km_per_degree = 6371.0 * 3.14159265358979323846 / 180.0;
    const double dlat = lat1 > lat2 ? lat1 - lat2 : lat2 - lat1;
    return dlat * km_per_degree > km * 1.001 + 0.001;
}

}  // namespace placeline::resolution
