// US states as newspapers abbreviate them after a town's name ("Athens, Ga.", "Charleston, W.Va.",
// "Wichita, Kan."): the abbreviations of the AP stylebook, which US papers use in text and
// datelines. Each becomes a match of the state's name, so that it is a mention of the state and
// the qualifier of the town before it.
#include <algorithm>
#include <iterator>
#include <utility>
#include <vector>

#include "placeline/places/names.hpp"
#include "placeline/places/resolution.hpp"
#include "news_conventions.hpp"
#include "byte_scan.hpp"
#include "merge_matches.hpp"

namespace placeline::resolution {

namespace {

struct Abbreviation {
    std::string_view text, state;  // as written; the state's folded name
};

constexpr Abbreviation abbreviations[] = {
    {"Ala.", "alabama"},        {"Ariz.", "arizona"},        {"Ark.", "arkansas"},       {"Calif.", "california"},
    {"Colo.", "colorado"},      {"Conn.", "connecticut"},    {"Del.", "delaware"},       {"Fla.", "florida"},
    {"Ga.", "georgia"},         {"Ill.", "illinois"},        {"Ind.", "indiana"},        {"Kan.", "kansas"},
    {"Kans.", "kansas"},        {"Ky.", "kentucky"},         {"La.", "louisiana"},       {"Md.", "maryland"},
    {"Mass.", "massachusetts"}, {"Mich.", "michigan"},       {"Minn.", "minnesota"},     {"Miss.", "mississippi"},
    {"Mo.", "missouri"},        {"Mont.", "montana"},        {"Neb.", "nebraska"},       {"Nebr.", "nebraska"},
    {"Nev.", "nevada"},         {"N.H.", "new hampshire"},   {"N.J.", "new jersey"},     {"N.M.", "new mexico"},
    {"N.Y.", "new york"},       {"N.C.", "north carolina"},  {"N.D.", "north dakota"},   {"Okla.", "oklahoma"},
    {"Ore.", "oregon"},         {"Pa.", "pennsylvania"},     {"R.I.", "rhode island"},   {"S.C.", "south carolina"},
    {"S.D.", "south dakota"},   {"Tenn.", "tennessee"},      {"Tex.", "texas"},          {"Vt.", "vermont"},
    {"Va.", "virginia"},        {"Wash.", "washington"},     {"W.Va.", "west virginia"}, {"W. Va.", "west virginia"},
    {"Wis.", "wisconsin"},      {"Wyo.", "wyoming"},         {"D.C.", "district of columbia"},
};

bool letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// The abbreviations by their first letter (each a capital), in the table's order: a place after
// a comma is compared with those of its letter only, the first of them written there winning as
// in the whole table.
struct ByFirstLetter {
    std::vector<const Abbreviation*> of[26];
    ByFirstLetter() {
        for (const Abbreviation& a : abbreviations) of[a.text[0] - 'A'].push_back(&a);
    }
};

// The places after a comma and a space, and after a party's dash, where a capital stands, in
// [from, to) (where the comma or dash is), each in text order: each comma and dash found by
// memchr, the bytes after it compared in line.
struct MarkPlaces {
    std::vector<size_t> after_commas, after_dashes;
};
void mark_places(std::string_view text, size_t from, size_t to, MarkPlaces& places) {
    auto capital_at = [&](size_t at) { return at < text.size() && text[at] >= 'A' && text[at] <= 'Z'; };
    each_byte(text, from, to, ',', [&](size_t comma) {
        if (comma + 1 < text.size() && text[comma + 1] == ' ' && capital_at(comma + 2)) places.after_commas.push_back(comma + 2);
    });
    each_byte(text, from, to, '-', [&](size_t dash) {
        if (capital_at(dash + 1) && after_party(text, dash + 1)) places.after_dashes.push_back(dash + 1);
    });
}

}  // namespace

// Every abbreviation ends with its full stop: a match without one (almost every match, asked
// once each) is none, without a comparison per abbreviation.
static_assert(std::all_of(std::begin(abbreviations), std::end(abbreviations),
                          [](const Abbreviation& a) { return !a.text.empty() && a.text.back() == '.'; }));
// ...and starts with a capital (ByFirstLetter, above).
static_assert(std::all_of(std::begin(abbreviations), std::end(abbreviations),
                          [](const Abbreviation& a) { return a.text[0] >= 'A' && a.text[0] <= 'Z'; }));

bool postal_abbreviation(std::string_view surface) {
    if (surface.empty() || surface.back() != '.') return false;
    return std::any_of(std::begin(abbreviations), std::end(abbreviations),
                       [&](const Abbreviation& a) { return a.text == surface; });
}

std::vector<NameMatch> with_postal_abbreviations(const Gazetteer& g, std::string_view text,
                                                 std::vector<NameMatch> matches) {
    std::vector<NameMatch> found;
    // Only after a comma ("Athens, Ga.") or a party's initial ("Rep. James Clyburn, D-S.C."):
    // "Miss." and "Mass." are also words, "Ind." an abbreviation of others.
    // Every abbreviation starts with a capital: most commas are followed by none, and those are
    // left out at once. The places after commas and after dashes, each found in text order, are
    // merged into one list in text order (no place is both: a comma's is after a space).
    // A long document's ranges on every core, their places joined in text order.
    MarkPlaces marks;
    scan_in_pieces(
        text.size(), marks, [&](size_t from, size_t to, MarkPlaces& places) { mark_places(text, from, to, places); },
        [](MarkPlaces& all, const MarkPlaces& part) {
            all.after_commas.insert(all.after_commas.end(), part.after_commas.begin(), part.after_commas.end());
            all.after_dashes.insert(all.after_dashes.end(), part.after_dashes.begin(), part.after_dashes.end());
        });
    std::vector<size_t> starts;
    starts.reserve(marks.after_commas.size() + marks.after_dashes.size());
    std::merge(marks.after_commas.begin(), marks.after_commas.end(), marks.after_dashes.begin(), marks.after_dashes.end(),
               std::back_inserter(starts));
    static const ByFirstLetter by_first_letter;
    for (size_t at : starts) {
        for (const Abbreviation* a : by_first_letter.of[text[at] - 'A']) {
            if (text.compare(at, a->text.size(), a->text) != 0) continue;
            size_t end = at + a->text.size();
            if (end < text.size() && letter(text[end])) continue;
            KeyHash h;
            h.add(a->state);
            const KeyEntry* key = g.find_key(h.h, a->state);
            if (!key || key->postings_count == 0) break;
            found.push_back({{uint32_t(at), uint32_t(end)}, g.postings(*key), key});
            break;
        }
    }
    return merged_matches(std::move(matches), found);
}

}  // namespace placeline::resolution
