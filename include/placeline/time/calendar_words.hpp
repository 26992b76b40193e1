#pragma once
// The English month and weekday names: the one list the date extractor, the time axis, the
// article metadata reader, the sentence splitter and the place resolver all use. Other languages'
// names are in the date lexicons (geodata/lexicon/), read only by the date extractor.
#include <array>
#include <string_view>

namespace placeline {

inline constexpr std::array<std::string_view, 12> english_months{{"January", "February", "March", "April", "May",
                                                                  "June", "July", "August", "September", "October",
                                                                  "November", "December"}};
inline constexpr std::array<std::string_view, 7> english_weekdays{
    {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}};

// The abbreviation of a month or weekday is its first three letters ("Sep"); September also has
// "Sept", its first four.
constexpr std::string_view english_abbreviation(std::string_view name) { return name.substr(0, 3); }
inline constexpr std::string_view english_september_long = "Sept";

// Does a lower-case ASCII word spell `name` (a capitalised English calendar word)?
constexpr bool spells(std::string_view name, std::string_view lower) {
    if (name.size() != lower.size()) return false;
    for (size_t i = 0; i < lower.size(); ++i)
        if (char(name[i] | 0x20) != lower[i]) return false;
    return true;
}

// Is a lower-case ASCII word a month or weekday, whole or abbreviated ("nov", "sept", "friday")?
// "may" is one: callers that must tell the verb from the month look at the capital themselves.
constexpr bool is_english_calendar_word(std::string_view lower) {
    for (std::string_view m : english_months)
        if (spells(m, lower) || spells(english_abbreviation(m), lower)) return true;
    for (std::string_view d : english_weekdays)
        if (spells(d, lower) || spells(english_abbreviation(d), lower)) return true;
    return spells(english_september_long, lower);
}

// Is a lower-case ASCII word a month's abbreviation ("jan", "sept"; "may" is no abbreviation)?
constexpr bool is_english_month_abbreviation(std::string_view lower) {
    for (std::string_view m : english_months)
        if (m.size() > 3 && spells(english_abbreviation(m), lower)) return true;
    return spells(english_september_long, lower);
}

}  // namespace placeline
