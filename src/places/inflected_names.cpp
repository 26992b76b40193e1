// Russian and Ukrainian place names in the oblique cases ("в Изюме", "под Киевом", "у Гостомеля",
// "жители Харькова"): a capitalised Cyrillic word that no name matches is tried in the nominative
// forms its case ending allows, each looked up among the gazetteer's names (GeoNames keeps the
// Russian and Ukrainian nominatives as alternate names). The first form found is a match for the
// whole word, so that the mention covers what the article wrote.
#include <cstring>
#include <string>

#include "placeline/places/names.hpp"
#include "placeline/places/resolution.hpp"

namespace placeline::resolution {

namespace {

struct Ending {
    std::string_view oblique, nominative;
};

// Noun endings of the singular cases, longest first within each group: masculine and neuter in a
// consonant (Киев: Киева, Киеву, Киевом, Киеве), in -ь (Гостомель: Гостомеля, Гостомелю,
// Гостомелем, Гостомеле), feminine in -а and -я (Москва: Москвы, Москве, Москву, Москвой; Грузия:
// Грузии, Грузию, Грузией), and Ukrainian -і for -а/-я (в Україні).
constexpr Ending endings[] = {
    {"ом", ""},   {"ем", "ь"},  {"ём", "ь"},  {"ем", ""},   {"ой", "а"},  {"ою", "а"},  {"ей", "я"},  {"ией", "ия"},
    {"ии", "ия"}, {"ию", "ия"}, {"ії", "ія"}, {"ію", "ія"}, {"а", ""},    {"у", ""},    {"е", ""},    {"і", ""},
    {"я", "ь"},   {"ю", "ь"},   {"е", "ь"},   {"і", "ь"},   {"ы", "а"},   {"е", "а"},   {"у", "а"},   {"і", "а"},
    {"и", "а"},   {"и", "я"},   {"е", "я"},   {"ю", "я"},   {"і", "я"},   {"и", "ь"},   {"у", "о"},   {"а", "о"},
    {"е", "о"},   {"ом", "о"},
};

bool cyrillic(std::string_view w) {
    return !w.empty() && (static_cast<unsigned char>(w[0]) == 0xD0 || static_cast<unsigned char>(w[0]) == 0xD1);
}

}  // namespace

std::vector<NameMatch> with_inflected_names(const Gazetteer& g, std::string_view text,
                                            const std::vector<NameMatch>& matches) {
    // Every Cyrillic letter's first byte is 0xD0 or 0xD1: without either, no word is tried (most
    // texts), and the scan of every token is spared.
    if (!std::memchr(text.data(), 0xD0, text.size()) && !std::memchr(text.data(), 0xD1, text.size())) return matches;
    std::vector<NameMatch> found;
    size_t next_match = 0;
    Token t;
    std::string form, folded;
    for (size_t at = 0; next_token(text, at, t); at = t.end) {
        if (t.ascii || !t.capitalised) continue;
        std::string_view word = text.substr(t.start, t.end - t.start);
        if (!cyrillic(word)) continue;
        while (next_match < matches.size() && matches[next_match].span.end <= t.start) ++next_match;
        if (next_match < matches.size() && matches[next_match].span.start < t.end) continue;  // a name already
        for (const Ending& e : endings) {
            if (word.size() < e.oblique.size() + 4 || !word.ends_with(e.oblique)) continue;
            form.assign(word.substr(0, word.size() - e.oblique.size()));
            form += e.nominative;
            folded = fold_name(form);
            KeyHash h;
            h.add(folded);
            const KeyEntry* key = g.find_key(h.h, folded);
            if (!key || key->postings_count == 0) continue;
            found.push_back({{t.start, t.end}, g.postings(*key), key});
            break;
        }
    }
    if (found.empty()) return matches;
    std::vector<NameMatch> out;
    out.reserve(matches.size() + found.size());
    size_t f = 0;
    for (const NameMatch& m : matches) {
        while (f < found.size() && found[f].span.start < m.span.start) out.push_back(found[f++]);
        out.push_back(m);
    }
    while (f < found.size()) out.push_back(found[f++]);
    return out;
}

}  // namespace placeline::resolution
