#pragma once
// Calendar days and time spans. A Day is a count of days since 1970-01-01 (proleptic
// Gregorian), so spans compare and intersect with integer arithmetic.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace placeline {

using Day = int32_t;

Day make_day(int year, int month, int day);
struct CivilDate {
    int year, month, day;
};
CivilDate civil_from_day(Day d);
int days_in_month(int year, int month);
Day last_day_of_month(int year, int month);

// "2023-09-19" (the form of every export and command-line option).
std::string format_iso(Day d);
std::optional<Day> parse_iso_date(std::string_view s);

enum class Granularity : uint8_t { day, month, season, year, decade, century };
const char* to_string(Granularity g);

// An inclusive interval of days: [first, last].
struct TimeSpan {
    Day first = 0;
    Day last = -1;
    Granularity granularity = Granularity::day;

    bool valid() const { return first <= last; }
    bool meets(const TimeSpan& other) const { return first <= other.last && other.first <= last; }
    bool operator==(const TimeSpan&) const = default;
};

TimeSpan span_of_day(Day d);
TimeSpan span_of_month(int year, int month);
TimeSpan span_of_year(int year);

}  // namespace placeline
