// Periods longer than a year and spans between two times: the late 1980s, the 19th century,
// autumn 2020, 1992-1994, from 1988 to 1994, between May and September 2023.
#include <algorithm>
#include <array>

#include "date_scan.hpp"

namespace placeline::date_scan {

namespace {

constexpr uint64_t k_early = word_key("early"), k_mid = word_key("mid"), k_late = word_key("late"),
                   k_s = word_key("s"), k_the = word_key("the"), k_of = word_key("of"),
                   k_century = word_key("century"), k_centuries = word_key("centuries"),
                   k_from = word_key("from"), k_between = word_key("between"), k_to = word_key("to"),
                   k_until = word_key("until"), k_through = word_key("through"),
                   k_and = word_key("and"), k_last = word_key("last"), k_this = word_key("this"),
                   k_year = word_key("year"), k_in = word_key("in"), k_during = word_key("during"),
                   k_by = word_key("by"), k_since = word_key("since"), k_fall = word_key("fall"),
                   k_twenty = word_key("twenty"), k_th = word_key("th"), k_years = word_key("years"),
                   k_decade = word_key("decade"), k_decades = word_key("decades");

constexpr std::array<uint64_t, 21> ordinal_words{{
    word_key("first"), word_key("second"), word_key("third"), word_key("fourth"), word_key("fifth"),
    word_key("sixth"), word_key("seventh"), word_key("eighth"), word_key("ninth"), word_key("tenth"),
    word_key("eleventh"), word_key("twelfth"), word_key("thirteenth"), word_key("fourteenth"),
    word_key("fifteenth"), word_key("sixteenth"), word_key("seventeenth"), word_key("eighteenth"),
    word_key("nineteenth"), word_key("twentieth"), 0,
}};

struct SeasonName {
    uint64_t key;
    int first_month;  // winter starts in December and ends in the next year's February
};
constexpr std::array<SeasonName, 5> season_names{{
    {word_key("spring"), 3}, {word_key("summer"), 6}, {word_key("autumn"), 9}, {word_key("fall"), 9},
    {word_key("winter"), 12},
}};

// Which part of a period a modifier keeps, in tenths: early 0-4, mid 3-6, late 5-9 (so "the late
// 1980s" is 1985-1989). The parts overlap on purpose: the words are vague.
struct Part {
    int from, to;  // tenths of the period, inclusive
};
Part part_of(uint64_t modifier) {
    if (modifier == k_early) return {0, 4};
    if (modifier == k_mid) return {3, 6};
    if (modifier == k_late) return {5, 9};
    return {0, 9};
}

}  // namespace

TimeSpan season_span(int first_month, int year) {
    Day first = make_day(year, first_month, 1);
    int end_month = first_month + 2, end_year = year;
    if (end_month > 12) end_month -= 12, ++end_year;
    return {first, last_day_of_month(end_year, end_month), Granularity::season};
}

size_t Scanner::after_part_word(size_t k, uint64_t& part) const {
    part = 0;
    if (!(is_word(k, k_early) || is_word(k, k_mid) || is_word(k, k_late))) return k;
    part = t_[k].key;
    ++k;
    if (is_dash(k)) ++k;
    else if (t_[k - 1].foreign && is_word(k, k_of)) ++k;  // "fin des années 1980", "Anfang des 20. Jahrhunderts"
    return k;
}

// 1980s · 1980's · the late 1980s · mid-1990s · '90s. "1800s" and earlier are centuries. Other
// languages through their lexicons: a decade ending glued to the year ("1990-х", "1990er",
// "1990'lı", "1990-ական"), an ordinal ending and a word for decades ("1990-cı illərdə"), or a word
// for years or decades before it ("les années 1990", "los años 90", "la década de 1990").
std::optional<Found> Scanner::decade(size_t i) const {
    uint64_t modifier = 0;
    size_t k = after_part_word(i, modifier);
    bool named = false;  // after a lexicon's word for years or decades
    if (has(k) && t_[k].foreign && (is_word(k, k_years) || is_word(k, k_decade) || is_word(k, k_decades))) {
        named = true;
        ++k;
        if (is_word(k, k_of)) ++k;
        if (is_word(k, k_the)) ++k;
    }
    int year = 0;
    size_t after = 0;
    if (is_number(k) && t_[k].digits == 4 && t_[k].value % 10 == 0 && t_[k].value >= 1000 && t_[k].value <= 2190) {
        year = t_[k].value;
        after = k + 1;
    } else if (is_punct(k, '\'') && is_number(k + 1) && t_[k + 1].digits == 2 && t_[k + 1].value % 10 == 0 &&
               glued(k, k + 1)) {
        year = t_[k + 1].value + (t_[k + 1].value >= 30 ? 1900 : 2000);  // '90s, '20s
        after = k + 2;
    } else if (named && is_number(k) && t_[k].digits == 2 && t_[k].value % 10 == 0) {
        year = t_[k].value + (t_[k].value >= 30 ? 1900 : 2000);  // los años 90
        after = k + 1;
    } else {
        return std::nullopt;
    }
    if (part_of_larger_number(k)) return std::nullopt;
    if (!named) {
        if (!has(after) || !glued(after - 1, after)) return std::nullopt;
        if (has(after + 1) && t_[after].kind == Kind::punct && glued(after, after + 1)) {
            std::string_view ap = s_.substr(t_[after].start, t_[after].end - t_[after].start);
            // 1980's, 1990'lı; a hyphen before a lexicon's ending: 1990-х
            if (ap == "'" || ap == "\xE2\x80\x99" || (is_dash(after) && t_[after + 1].foreign)) ++after;
        }
        if (t_[after].foreign && is_word(after, k_th) && has(after + 1) &&
            (is_word(after + 1, k_decades) || is_word(after + 1, k_years)) && t_[after + 1].foreign)
            ++after;  // 1990-cı illərdə: the ordinal ending, then the word for decades
        else if (!is_word(after, k_s))
            return std::nullopt;
        if (has(after + 1) && glued(after, after + 1) && t_[after + 1].kind == Kind::word) return std::nullopt;
        ++after;
    }
    Part p = part_of(modifier);
    if (year % 100 == 0 && year < 2000) {  // the 1800s: a century
        TimeSpan s = span_of_years(year + p.from * 10, year + p.to * 10 + 9, Granularity::century);
        return Found{after, s, 0};
    }
    return Found{after, span_of_years(year + p.from, year + p.to, Granularity::decade), 0};
}

// the 19th century · the nineteenth century · fourth-century · early 20th century · other
// languages' ordinals and Roman numerals through their lexicons: XIXe siècle, 19. Jahrhundert,
// XIX век, siglo XIX, 19-cu əsr, XIX դար; an era after it ("V век до н. э.", "5th century BC").
std::optional<Found> Scanner::century(size_t i) const {
    uint64_t modifier = 0;
    size_t k = after_part_word(i, modifier);
    int n = 0;
    bool word_first = false;  // siglo XIX
    if (is_number(k) && t_[k].digits <= 2 && ordinal_suffix(k + 1)) {
        n = t_[k].value;
        k += 2;
    } else if (is_number(k) && t_[k].digits <= 2 && has(k + 2) && glued(k, k + 1) &&
               ((is_punct(k + 1, '.') && t_[k + 2].foreign) ||
                (is_dash(k + 1) && glued(k + 1, k + 2) && t_[k + 2].foreign && is_word(k + 2, k_th)))) {
        n = t_[k].value;  // 19. Jahrhundert · 19-cu əsr
        k += is_punct(k + 1, '.') ? 2 : 3;
    } else if (has(k) && t_[k].kind == Kind::word && t_[k].starts && t_[k].value) {
        n = t_[k].value;  // XIX век, XIXe siècle (the lexer marked the numeral)
        ++k;
        if (is_punct(k, '.') && glued(k - 1, k)) ++k;
    } else if (has(k) && t_[k].foreign && (is_word(k, k_century) || is_word(k, k_centuries)) && has(k + 1) &&
               t_[k + 1].kind == Kind::word) {
        n = roman_value(s_.substr(t_[k + 1].start, t_[k + 1].end - t_[k + 1].start));
        if (!n) return std::nullopt;
        word_first = true;
        k += 2;
    } else if (has(k) && t_[k].kind == Kind::word) {
        if (k > 0 && is_dash(k - 1) && glued(k - 1, k)) return std::nullopt;  // the "first" of "twenty-first"
        if (t_[k].key == k_twenty && is_dash(k + 1) && is_word(k + 2, ordinal_words[0])) {
            n = 21;  // twenty-first
            k += 3;
        } else {
            for (size_t o = 0; o + 1 < ordinal_words.size() && !n; ++o)
                if (t_[k].key == ordinal_words[o]) n = int(o) + 1;
            if (!n) return std::nullopt;
            ++k;
        }
    } else {
        return std::nullopt;
    }
    if (n < 1 || n > 21) return std::nullopt;
    if (!word_first) {
        if (is_dash(k)) ++k;
        if (!is_word(k, k_century) && !is_word(k, k_centuries)) return std::nullopt;
        ++k;
    }
    bool bc = false;
    if (size_t e = era_at(k, bc)) {
        k = e;
        if (bc) return Found{k, span_of_years(1 - n * 100, -(n - 1) * 100, Granularity::century), 0};  // 5th century BC: -499..-400
    }
    // The 19th century as people mean it: 1800-1899.
    int base = (n - 1) * 100;
    Part p = part_of(modifier);
    return Found{k, span_of_years(base + p.from * 10, base + p.to * 10 + 9, Granularity::century), 0};
}

// autumn 2020 · the summer of 2023 · spring, 2021 · autumn last year · in winter
std::optional<Found> Scanner::season(size_t i) const {
    if (!has(i) || t_[i].kind != Kind::word) return std::nullopt;
    int first_month = 0;
    for (const SeasonName& s : season_names)
        if (t_[i].key == s.key) first_month = s.first_month;
    if (!first_month) return std::nullopt;
    size_t k = i + 1;
    if (is_punct(k, ',')) ++k;
    else if (is_word(k, k_of)) ++k;
    if (year_number(k) && !part_of_larger_number(k) && !followed_by_count_noun(k)) {
        int y = t_[k].value;
        return Found{k + 1, season_span(first_month, y), y};
    }
    if ((is_word(i + 1, k_last) || is_word(i + 1, k_this)) && is_word(i + 2, k_year) && has_reference()) {
        int y = civil_from_day(reference_day()).year - (is_word(i + 1, k_last) ? 1 : 0);
        Found f{i + 3, season_span(first_month, y), 0};
        f.relative = true;
        return f;
    }
    // Alone, only after "in", "during"... ("in the fall of Kabul" is no season: not "fall" alone).
    if (t_[i].key == k_fall || i == 0) return std::nullopt;
    size_t cue = i - 1;
    if (is_word(cue, k_the) && cue > 0) --cue;
    if (!(is_word(cue, k_in) || is_word(cue, k_during) || is_word(cue, k_by) || is_word(cue, k_since) ||
          is_word(cue, k_until)))
        return std::nullopt;
    int y = year_for(first_month, 1);
    if (!y) return std::nullopt;
    return Found{i + 1, season_span(first_month, y), 0};
}

// 1992-1994 · 1992–94 · 2020/21
std::optional<Found> Scanner::year_range(size_t i) const {
    if (!year_number(i) || t_[i].value < 1500 || part_of_larger_number(i)) return std::nullopt;
    size_t k = i + 1;
    if (!(is_dash(k) || is_punct(k, '/')) || !is_number(k + 1) || part_of_larger_number(k + 1)) return std::nullopt;
    if (is_punct(k, '/') && !(glued(i, k) && glued(k, k + 1))) return std::nullopt;
    int a = t_[i].value, b = t_[k + 1].value;
    if (t_[k + 1].digits == 2) b = a / 100 * 100 + b;
    else if (t_[k + 1].digits != 4) return std::nullopt;
    if (b <= a || b - a > 100) return std::nullopt;
    if (followed_by_count_noun(k + 1)) return std::nullopt;
    if (has(k + 2) && glued(k + 1, k + 2) && t_[k + 2].kind == Kind::word) return std::nullopt;  // 1992-94th
    // "2001-09-11" is a day (numeric_date), not the years 2001-2009.
    if (has(k + 3) && is_punct(k + 2, s_[t_[k].start]) && glued(k + 1, k + 2) &&
        is_number(k + 3))
        return std::nullopt;
    return Found{k + 2, span_of_years(a, b, Granularity::year), b};
}

// from 1988 to 1994 · between 1988 and 1994 · from May to September 2023 · from the late 1980s until 1994
std::optional<Found> Scanner::from_to(size_t i) const {
    bool between = is_word(i, k_between);
    if (!between && !is_word(i, k_from)) return std::nullopt;
    size_t k = i + 1;
    if (is_word(k, k_the)) ++k;
    if (!has(k)) return std::nullopt;
    // A bare month needs a cue word before it; "from"/"between" is one here.
    std::optional<Found> a = point(k);
    if (!a) {
        size_t j = 0;
        int m = month_at(k, j, true);
        if (!m) return std::nullopt;
        int y = year_for(m, 0);
        if (!y) return std::nullopt;
        a = Found{j, span_of_month(y, m), 0};
    }
    k = a->next;
    bool joined = between ? is_word(k, k_and)
                          : (is_word(k, k_to) || is_word(k, k_until) || is_word(k, k_through) ||
                             is_dash(k));
    if (!joined) return std::nullopt;
    ++k;
    if (is_word(k, k_the)) ++k;
    if (!has(k)) return std::nullopt;
    std::optional<Found> b = point(k);
    if (!b) {
        size_t j = 0;
        int m = month_at(k, j, true);
        if (!m) return std::nullopt;
        int y = a->year ? a->year : civil_from_day(a->span.first).year;
        b = Found{j, span_of_month(y, m), 0};
        if (b->span.last < a->span.first) b->span = span_of_month(y + 1, m);
    }
    TimeSpan first = a->span;
    if (!a->year && b->year && first.granularity <= Granularity::month) {
        // "from May to September 2023": the first month takes the year of the second.
        CivilDate c = civil_from_day(first.first), e = civil_from_day(first.last);
        int y = b->year;
        if (make_day(y, c.month, 1) > b->span.last) --y;
        int ey = y + (e.year - c.year);
        first.first = make_day(y, c.month, std::min(c.day, days_in_month(y, c.month)));
        first.last = make_day(ey, e.month, std::min(e.day, days_in_month(ey, e.month)));
    }
    if (b->span.last < first.first) return std::nullopt;
    TimeSpan span{first.first, b->span.last, std::max(first.granularity, b->span.granularity)};
    return Found{b->next, span, b->year ? b->year : a->year};
}

}  // namespace placeline::date_scan
