#include "placeline/time/date.hpp"

#include <chrono>
#include <cstdio>

namespace placeline {

using namespace std::chrono;

Day make_day(int y, int m, int d) {
    return static_cast<Day>(sys_days(year{y} / month{static_cast<unsigned>(m)} / day{static_cast<unsigned>(d)})
                                .time_since_epoch()
                                .count());
}

CivilDate civil_from_day(Day d) {
    year_month_day ymd{sys_days{days{d}}};
    return {static_cast<int>(ymd.year()), static_cast<int>(static_cast<unsigned>(ymd.month())),
            static_cast<int>(static_cast<unsigned>(ymd.day()))};
}

int days_in_month(int y, int m) {
    return static_cast<int>(static_cast<unsigned>(
        year_month_day_last(year{y}, month_day_last{month{static_cast<unsigned>(m)}}).day()));
}

Day last_day_of_month(int y, int m) { return make_day(y, m, days_in_month(y, m)); }

std::string format_iso(Day d) {
    CivilDate c = civil_from_day(d);
    char buf[32];
    // Years before 1 AD with a sign and four digits (ISO 8601's expanded form): -0499 is 500 BC.
    if (c.year < 0) std::snprintf(buf, sizeof buf, "-%04d-%02d-%02d", -c.year, c.month, c.day);
    else std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", c.year, c.month, c.day);
    return buf;
}

std::optional<Day> parse_iso_date(std::string_view s) {
    if (s.size() == 11 && s[0] == '-') {  // -0499-01-01: a year before 1 AD
        std::optional<Day> positive = parse_iso_date(s.substr(1));
        if (!positive) return std::nullopt;
        CivilDate c = civil_from_day(*positive);
        if (c.month == 2 && c.day == 29 && days_in_month(-c.year, 2) < 29) return std::nullopt;
        return make_day(-c.year, c.month, c.day);
    }
    int y = 0, m = 0, d = 0;
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
    for (size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u})
        if (s[i] < '0' || s[i] > '9') return std::nullopt;
    y = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
    m = (s[5] - '0') * 10 + (s[6] - '0');
    d = (s[8] - '0') * 10 + (s[9] - '0');
    if (m < 1 || m > 12 || d < 1 || d > days_in_month(y, m)) return std::nullopt;
    return make_day(y, m, d);
}

const char* to_string(Granularity g) {
    switch (g) {
        case Granularity::day: return "day";
        case Granularity::month: return "month";
        case Granularity::season: return "season";
        case Granularity::year: return "year";
        case Granularity::decade: return "decade";
        case Granularity::century: return "century";
    }
    return "day";
}

TimeSpan span_of_day(Day d) { return {d, d, Granularity::day}; }
TimeSpan span_of_month(int y, int m) { return {make_day(y, m, 1), last_day_of_month(y, m), Granularity::month}; }
TimeSpan span_of_year(int y) { return {make_day(y, 1, 1), make_day(y, 12, 31), Granularity::year}; }

}  // namespace placeline
