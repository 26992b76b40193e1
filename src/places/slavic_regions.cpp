// Russian and Ukrainian name a region by an adjective before the word for region ("Одесская
// область", Ukrainian "Одеська область"), and decline both: "в Иркутской области", "жители
// Одеської області", "Красноярского края". The adjective is put back in the nominative of its
// gender (feminine before область, masculine before край and район) and looked up as the
// gazetteer writes regions: the name as folded, and its BGN/PCGN romanisation, which is how
// GeoNames spells them ("Irkutskaya Oblast'", "Odes'ka Oblast'", "Krasnoyarskiy Kray", whose
// words without the type word are names of the region). Only a region is taken: the adjective
// of a region is no name of its capital ("Иркутской области" is the oblast, not Irkutsk).
#include "slavic_regions.hpp"

#include "name_key.hpp"
#include "translit_entry_points.hpp"

#include <unicode/unistr.h>

#include <algorithm>
#include <memory>
#include <span>
#include <string>

#include "placeline/text/text.hpp"

namespace placeline::resolution {

namespace {

struct Ending {
    std::string_view oblique, nominative;
};

// Feminine adjective endings (before область), Russian then Ukrainian, longest first.
constexpr Ending feminine[] = {
    {"ой", "ая"}, {"ей", "яя"}, {"ую", "ая"}, {"ою", "ая"}, {"ая", "ая"}, {"яя", "яя"},
    {"ої", "а"},  {"ій", "а"},  {"ою", "а"},  {"у", "а"},   {"а", "а"},   {"ю", "я"},   {"я", "я"},
};
// Masculine ones (before край, район).
constexpr Ending masculine[] = {
    {"ого", "ий"}, {"ого", "ый"}, {"ого", "ой"}, {"ому", "ий"}, {"ому", "ый"}, {"ому", "ой"}, {"ом", "ий"},
    {"ом", "ый"},  {"им", "ий"},  {"ым", "ый"},  {"ім", "ий"},  {"ий", "ий"},  {"ый", "ый"},  {"ой", "ой"},
};

// BGN/PCGN romanisation of Russian or Ukrainian (ICU's own transforms, in the transliterators'
// module), one per thread.
std::string romanised(std::string_view word, bool ukrainian) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), int32_t(word.size())));
    if (!translit_module().bgn(u, ukrainian)) return {};
    u.findAndReplace(icu::UnicodeString(UChar(0x00B7)), icu::UnicodeString());  // "Irkut·skaya": тс, not ц
    std::string out;
    u.toUTF8String(out);
    return out;
}

bool region_kind(PlaceKind k) { return k == PlaceKind::admin1 || k == PlaceKind::admin2 || k == PlaceKind::region; }

// The gazetteer's key for `name` if one of its places is a region.
const KeyEntry* region_key(const Gazetteer& g, const std::string& name) {
    const KeyEntry* key = key_of_name(g, name);
    if (!key) return nullptr;
    for (PlaceIndex p : g.postings(*key))
        if (region_kind(g.facts(p).kind)) return key;
    return nullptr;
}

}  // namespace

std::vector<std::string> adjective_nominatives(std::string_view word) {
    std::vector<std::string> out;
    for (std::span<const Ending> list : {std::span<const Ending>(feminine), std::span<const Ending>(masculine)})
        for (const Ending& e : list) {
            if (word.size() < e.oblique.size() + 4 || !word.ends_with(e.oblique)) continue;
            std::string f(word.substr(0, word.size() - e.oblique.size()));
            f += e.nominative;
            if (f != word && std::find(out.begin(), out.end(), f) == out.end()) out.push_back(std::move(f));
        }
    return out;
}

bool slavic_region_word(std::string_view word) {
    std::string w = lower_case(word);
    if (w.starts_with("област")) return true;  // область, области, області, областью, областю
    for (std::string_view f : {"край", "края", "краю", "краем", "крае", "краї", "район", "района", "району", "районе",
                               "районі", "районом"})
        if (w == f) return true;
    return false;
}

std::optional<NameMatch> adjectival_region(const Gazetteer& g, std::string_view text, const Token& adjective) {
    Token next;
    if (!next_token(text, adjective.end, next) || next.capitalised || next.start != adjective.end + 1 ||
        text[adjective.end] != ' ')
        return std::nullopt;
    std::string_view type = text.substr(next.start, next.end - next.start);
    if (!slavic_region_word(type)) return std::nullopt;
    const bool oblast = lower_case(type).starts_with("област");
    std::string_view word = text.substr(adjective.start, adjective.end - adjective.start);
    for (const Ending& e : oblast ? std::span<const Ending>(feminine) : std::span<const Ending>(masculine)) {
        if (word.size() < e.oblique.size() + 6 || !word.ends_with(e.oblique)) continue;
        std::string nominative(word.substr(0, word.size() - e.oblique.size()));
        nominative += e.nominative;
        for (const std::string& form : {nominative, romanised(nominative, false), romanised(nominative, true)})
            if (const KeyEntry* key = region_key(g, form))
                return NameMatch{{adjective.start, next.end}, g.postings(*key), key};
    }
    return std::nullopt;
}

}  // namespace placeline::resolution
