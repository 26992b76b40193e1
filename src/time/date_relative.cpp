// Relative expressions, resolved against an anchor:
//  - the text's "now" (its publication day): last year, this month, yesterday, two years ago,
//    the past three decades, for 30 years, 200 years of ..., since 2020, last September;
//  - the last explicit time before them: five days later, a month after the ceasefire,
//    the following year, that day.
#include <algorithm>
#include <array>

#include "date_scan.hpp"

namespace placeline::date_scan {

namespace {

constexpr uint64_t k_a = word_key("a"), k_of = word_key("of"), k_ago = word_key("ago"), k_later = word_key("later"),
                   k_after = word_key("after"), k_earlier = word_key("earlier"), k_before = word_key("before"),
                   k_last = word_key("last"), k_this = word_key("this"), k_next = word_key("next"),
                   k_past = word_key("past"), k_yesterday = word_key("yesterday"), k_today = word_key("today"),
                   k_tomorrow = word_key("tomorrow"), k_since = word_key("since"), k_the = word_key("the"),
                   k_for = word_key("for"), k_following = word_key("following"), k_previous = word_key("previous"),
                   k_preceding = word_key("preceding"), k_that = word_key("that"), k_same = word_key("same"),
                   k_in = word_key("in"), k_hence = word_key("hence"), k_about = word_key("about");  // "nearly", "some", "more than"... are "about" in en.tsv

struct UnitName {
    uint64_t key;
    Unit unit;
};
constexpr std::array<UnitName, 12> unit_names{{
    {word_key("day"), Unit::day}, {word_key("days"), Unit::day}, {word_key("week"), Unit::week},
    {word_key("weeks"), Unit::week}, {word_key("month"), Unit::month}, {word_key("months"), Unit::month},
    {word_key("year"), Unit::year}, {word_key("years"), Unit::year}, {word_key("decade"), Unit::decade},
    {word_key("decades"), Unit::decade}, {word_key("century"), Unit::century},
    {word_key("centuries"), Unit::century},
}};

struct SeasonStart {
    uint64_t key;
    int month;
};
constexpr std::array<SeasonStart, 5> seasons{{
    {word_key("spring"), 3}, {word_key("summer"), 6}, {word_key("autumn"), 9}, {word_key("fall"), 9},
    {word_key("winter"), 12},
}};

int months_of(Unit u) {
    switch (u) {
        case Unit::month: return 1;
        case Unit::year: return 12;
        case Unit::decade: return 120;
        case Unit::century: return 1200;
        default: return 0;
    }
}

// A whole period of granularity g around a day (a month's span widens to the whole month...).
TimeSpan widen(Day first, Day last, Granularity g) {
    CivilDate a = civil_from_day(first), b = civil_from_day(last);
    switch (g) {
        case Granularity::day: return {first, last, g};
        case Granularity::month:
        case Granularity::season: return {make_day(a.year, a.month, 1), last_day_of_month(b.year, b.month), g};
        case Granularity::year: return span_of_years(a.year, b.year, g);
        case Granularity::decade: return span_of_years(a.year / 10 * 10, b.year / 10 * 10 + 9, g);
        case Granularity::century: return span_of_years(a.year / 100 * 100, b.year / 100 * 100 + 99, g);
    }
    return {first, last, g};
}

// The granularity of a stretch of time up to now: "200 years" is centuries, "30 years" decades.
Granularity granularity_of_length(Unit u, int n) {
    int years = months_of(u) * n / 12;
    if (years >= 100) return Granularity::century;
    if (years >= 10) return Granularity::decade;
    return granularity_of(u);
}

}  // namespace

Granularity granularity_of(Unit u) {
    switch (u) {
        case Unit::month: return Granularity::month;
        case Unit::year: return Granularity::year;
        case Unit::decade: return Granularity::decade;
        case Unit::century: return Granularity::century;
        default: return Granularity::day;
    }
}

TimeSpan span_of_years(int first, int last, Granularity g) { return {make_day(first, 1, 1), make_day(last, 12, 31), g}; }

Day add_units(Day d, Unit u, int n) {
    if (u == Unit::day) return d + n;
    if (u == Unit::week) return d + 7 * n;
    int months = months_of(u) * n;
    CivilDate c = civil_from_day(d);
    int total = c.year * 12 + (c.month - 1) + months;
    int y = total / 12, m = total % 12 + 1;
    if (y < 0 || y > 9999) return d;
    return make_day(y, m, std::min(c.day, days_in_month(y, m)));
}

TimeSpan shift(const TimeSpan& t, Unit u, int n) {
    return widen(add_units(t.first, u, n), add_units(t.last, u, n), t.granularity);
}

TimeSpan unit_span(Day d, Unit u) {
    if (u == Unit::week) return {d, d + 6, Granularity::day};
    return widen(d, d, granularity_of(u));
}

int Scanner::count_at(size_t i, size_t& next) const {
    if (is_number(i)) {
        if (t_[i].digits > 4 || part_of_larger_number(i) || t_[i].value == 0) return 0;
        next = i + 1;
        return t_[i].value;
    }
    if (!has(i) || t_[i].kind != Kind::word) return 0;
    if (!t_[i].word || !t_[i].word->number) return 0;
    int v = t_[i].word->number;
    next = i + 1;
    // forty-four
    if (v >= 20 && v < 100 && is_dash(next) && has(next + 1) && t_[next + 1].word) {
        int unit = t_[next + 1].word->number;
        if (unit >= 1 && unit < 10 && t_[next + 1].key != k_a) {
            v += unit;
            next += 2;
        }
    }
    return v;
}

bool Scanner::singular_unit(size_t i) const {
    return is_word(i, unit_names[0].key) || is_word(i, unit_names[2].key) || is_word(i, unit_names[4].key) ||
           is_word(i, unit_names[6].key);  // day, week, month, year
}

Unit Scanner::unit_at(size_t i) const {
    if (!has(i) || t_[i].kind != Kind::word) return Unit::none;
    for (const UnitName& u : unit_names)
        if (t_[i].key == u.key) return u.unit;
    return Unit::none;
}

// "on Wednesday", "last Friday", "Monday's vote": the latest such weekday up to now (news tells of
// days past). A weekday written before a full date ("Wednesday, March 2, 2022") is left to the
// date after it.
std::optional<Found> Scanner::weekday(size_t i) const {
    // English weekdays are capitalised; other languages' need not be ("lundi dernier").
    if (!ctx_.reference || !has(i) || !t_[i].word || !t_[i].word->weekday || !(t_[i].foreign || is_capitalised(i)))
        return std::nullopt;
    size_t k = i + 1;
    if (is_punct(k, ',')) ++k;
    size_t j = 0;
    if (month_at(k, j) || day_number(k)) return std::nullopt;
    Day now = *ctx_.reference;
    int today = int(((now % 7) + 7 + 3) % 7) + 1;  // 1970-01-01 was a Thursday (4)
    int back = (today - t_[i].word->weekday + 7) % 7;
    size_t next = i + 1;
    if (is_word(next, k_last) && t_[next].order == Order::after) ++next;  // "lundi dernier"
    if (((i > 0 && is_word(i - 1, k_last) && t_[i - 1].order == Order::english) || next > i + 1) && back == 0)
        back = 7;
    Found f{next, span_of_day(now - back), 0};
    f.relative = true;
    return f;
}

// last year · this month · next week · yesterday · last September · this summer · earlier this year
std::optional<Found> Scanner::deictic(size_t i) const {
    if (!ctx_.reference) return std::nullopt;
    Day now = *ctx_.reference;
    CivilDate c = civil_from_day(now);
    auto found = [&](size_t next, TimeSpan span) {
        Found f{next, span, 0};
        f.relative = true;
        return f;
    };
    if (is_word(i, k_yesterday)) return found(i + 1, span_of_day(now - 1));
    if (is_word(i, k_today)) return found(i + 1, span_of_day(now));
    if (is_word(i, k_tomorrow)) return found(i + 1, span_of_day(now + 1));
    int dir = is_word(i, k_last) ? -1 : is_word(i, k_this) ? 0 : is_word(i, k_next) ? 1 : 2;
    if (dir == 2) return std::nullopt;
    // The word stands before its unit ("last week", "letzte Woche", "geçen hafta") or, in a
    // lexicon's "after" order, after it ("la semaine dernière", "el año pasado", "septembre dernier").
    bool after = t_[i].order == Order::after;
    if (after && i == 0) return std::nullopt;
    size_t at = after ? i - 1 : i + 1, next = after ? i + 1 : i + 2;
    auto found_at = [&](TimeSpan span) {
        Found f = found(next, span);
        if (after) f.first = at;
        return f;
    };
    Unit u = unit_at(at);
    if (u == Unit::week) {
        // Calendar weeks, Monday to Sunday: "next week" in a Thursday's paper starts on Monday.
        Day monday = now - ((now % 7 + 7 + 3) % 7) + 7 * dir;  // 1970-01-01 was a Thursday
        return found_at({monday, monday + 6, Granularity::day});
    }
    if (u == Unit::month || u == Unit::year) {
        if (!after && has(i + 2) && t_[i + 2].kind == Kind::punct && s_[t_[i + 2].start] == '\'')
            return std::nullopt;  // year's
        return found_at(unit_span(add_units(now, u, dir), u));
    }
    size_t j = 0;
    if (int m = month_at(at, j, true); m && (!after || j == i)) {
        // last September: the latest one before this month; next September: the first after it.
        int y = c.year;
        if (dir < 0 && m >= c.month) --y;
        if (dir > 0 && m <= c.month) ++y;
        return found_at(span_of_month(y, m));
    }
    if (after) return std::nullopt;
    for (const SeasonStart& s : seasons) {
        if (!is_word(i + 1, s.key)) continue;
        int y = c.year;
        TimeSpan now_season = season_span(s.month, y);
        if (dir < 0 && now_season.last >= now) --y;
        if (dir > 0 && now_season.first <= now) ++y;
        return found(i + 2, season_span(s.month, y));
    }
    return std::nullopt;
}

// two years ago · five days later · a month after the ceasefire · three weeks before the vote ·
// two days before Sept. 19
std::optional<Found> Scanner::shifted(size_t i) const {
    bool ago_before = is_word(i, k_ago) && t_[i].order == Order::before;
    if (ago_before || (is_word(i, k_hence) && t_[i].order == Order::before)) {
        // hace 3 días · vor drei Tagen · il y a 3 jours: the lexicon's "ago" before the count;
        // dans 3 jours · через 3 дня: its "hence". A lexicon phrase may hold the count and its
        // unit in one ("un an", where English claims "an"): a unit in the singular is one.
        size_t j = 0;
        int n = count_at(i + 1, j);
        if (!n && singular_unit(i + 1)) {
            n = 1;
            j = i + 1;
        }
        Unit u = n ? unit_at(j) : Unit::none;
        if (u == Unit::none || !has_reference()) return std::nullopt;
        Found f{j + 1, unit_span(add_units(reference_day(), u, ago_before ? -n : n), u), 0};
        f.relative = true;
        return f;
    }
    size_t j = 0;
    int n = count_at(i, j);
    if (!n) return std::nullopt;
    Unit u = unit_at(j);
    if (u == Unit::none) return std::nullopt;
    size_t k = j + 1;
    Found f{k + 1, {}, 0};
    f.relative = true;
    // The future, counted from now: "3 days hence" (a lexicon's "hence" before the count is read
    // above: "dans 3 jours", "dentro de 3 días", "через 3 дня"). English "in" says it too ("in 3 days",
    // and German "in 3 Tagen"), but only of short stretches: "the first time in 20 years" and
    // "in three days of fighting" look back.
    bool in_before = i > 0 && is_word(i - 1, k_in) && t_[i - 1].order == Order::english &&
                     (u == Unit::day || u == Unit::week || u == Unit::month) && !is_word(k, k_of);
    if (in_before || is_word(k, k_hence)) {
        if (!has_reference()) return std::nullopt;
        f.span = unit_span(add_units(reference_day(), u, n), u);
        if (in_before) {
            f.next = k;
            f.first = i - 1;
        }
        return f;
    }
    if (is_word(k, k_ago)) {
        if (!has_reference()) return std::nullopt;
        f.span = unit_span(add_units(reference_day(), u, -n), u);
        return f;
    }
    int sign = 0;
    if (is_word(k, k_later) || is_word(k, k_after)) sign = 1;
    if (is_word(k, k_earlier) || is_word(k, k_before)) sign = -1;
    if (!sign) return std::nullopt;
    std::optional<TimeSpan> anchor = last_;
    if (is_word(k, k_after) || is_word(k, k_before)) {
        // "two days before Sept. 19": the date that follows is the anchor.
        if (has(k + 1))
            if (std::optional<Found> p = point(k + 1)) {
                anchor = p->span;
                f.next = p->next;
                f.year = p->year;
            }
    }
    if (!anchor) {
        if (!ctx_.reference) return std::nullopt;
        anchor = span_of_day(*ctx_.reference);
    }
    TimeSpan base = *anchor;
    if (granularity_of(u) < base.granularity) {
        // "One week after" something in 2022: a shift finer than the anchor moves its start, and
        // the result is the one period of the anchor's precision that holds it (2022, not 2022-2023).
        Day moved = add_units(base.first, u, sign * n);
        f.span = widen(moved, moved, base.granularity);
        return f;
    }
    // Otherwise the result is as precise as the unit: "a month after" Sept. 21 is October.
    f.span = shift(widen(base.first, base.last, granularity_of(u)), u, sign * n);
    return f;
}

// since 2020 · since the mid-1990s · since September · ever since 1991
// Turkish and Azerbaijani put it after the time, often behind a case suffix after an apostrophe
// or a word for year: 1991'den beri · 1991 yılından beri · Mart 2022'den beri · 1991-ci ildən bəri.
std::optional<Found> Scanner::since(size_t i) const {
    if (!has_reference()) return std::nullopt;
    std::optional<Found> p;
    size_t next = 0;
    if (!is_word(i, k_since)) {
        if (i + 1 >= since_after_end_) return std::nullopt;
        // The lexicon's "since" in the after order closes it within a few tokens; look for it
        // first, so that a number costs no second reading of its time.
        size_t end = std::min(t_.size(), i + 6), at = i + 1;
        while (at < end && !(is_word(at, k_since) && t_[at].order == Order::after)) ++at;
        if (at == end || !(p = point(i))) return std::nullopt;
        size_t k = p->next;
        // The case suffix: an apostrophe and a word glued to the year ("'den", "'dan").
        if (is_punct(k, '\'') && has(k + 1) && glued(k - 1, k) && glued(k, k + 1) && t_[k + 1].kind == Kind::word)
            k += 2;
        if (k != at) return std::nullopt;
        next = at + 1;
    } else {
        if (t_[i].order == Order::after) return std::nullopt;
        size_t k = i + 1;
        if (is_word(k, k_the)) ++k;
        if (!has(k)) return std::nullopt;
        p = point(k);
        if (!p) return std::nullopt;
        next = p->next;
    }
    Day now = reference_day();
    if (p->span.first > now) return std::nullopt;
    Found f{next, {p->span.first, std::max(now, p->span.last), p->span.granularity}, p->year};
    f.relative = true;
    return f;
}

// the past three decades · the last 30 years · the past decade · for 30 years · for nearly a decade ·
// 200 years of (colonial legacies): a stretch of time that ends now.
std::optional<Found> Scanner::period_to_now(size_t i) const {
    if (!has_reference()) return std::nullopt;
    size_t k = i;
    int n = 0;
    Unit u = Unit::none;
    bool past = is_word(k, k_past), last = is_word(k, k_last) && t_[k].order == Order::english;
    if (past || last) {
        ++k;
        size_t j = 0;
        n = count_at(k, j);
        if (n && !is_word(k, k_a)) k = j;
        else n = 1;
        u = unit_at(k);
        if (u == Unit::none) return std::nullopt;
        // "last year", "last month" are calendar periods (deictic); "the last decade" is a stretch.
        if (last && n == 1 && (u == Unit::year || u == Unit::month || u == Unit::week || u == Unit::day))
            return std::nullopt;
        ++k;
    } else if (is_word(k, k_for)) {
        ++k;
        if (is_word(k, k_about)) ++k;
        if (is_word(k, k_the) && (is_word(k + 1, k_past) || is_word(k + 1, k_last))) return std::nullopt;  // at "past"
        size_t j = 0;
        n = count_at(k, j);
        if (!n) return std::nullopt;
        u = unit_at(j);
        // Only long stretches: "for ten days" in a past-tense story is not "until now".
        if (u != Unit::year && u != Unit::decade && u != Unit::century) return std::nullopt;
        k = j + 1;
    } else {
        size_t j = 0;
        n = count_at(k, j);
        if (!n || !is_number(k)) return std::nullopt;
        u = unit_at(j);
        if (u != Unit::year || n < 100 || !is_word(j + 1, k_of)) return std::nullopt;  // 200 years of
        k = j + 1;
    }
    if (n > 5000) return std::nullopt;
    Day now = reference_day();
    Found f{k, {add_units(now, u, -n), now, granularity_of_length(u, n)}, 0};
    f.relative = true;
    return f;
}

// the next day · the following year · the previous month · that day · the same year
std::optional<Found> Scanner::anaphoric(size_t i) const {
    if (!last_) return std::nullopt;
    int dir = 0;
    size_t k = i;
    if (is_word(k, k_the) &&
        (is_word(k + 1, k_next) || is_word(k + 1, k_following) || is_word(k + 1, k_previous) || is_word(k + 1, k_preceding))) {
        dir = is_word(k + 1, k_previous) || is_word(k + 1, k_preceding) ? -1 : 1;
        k += 2;
    } else if (is_word(k, k_the) && is_word(k + 1, k_same)) {
        k += 2;
    } else if (is_word(k, k_that)) {
        k += 1;
    } else {
        return std::nullopt;
    }
    Unit u = unit_at(k);
    if (u == Unit::none || u == Unit::decade || u == Unit::century) return std::nullopt;
    // "the next day" after "in 2020" says nothing we can place.
    if (granularity_of(u) < last_->granularity) return std::nullopt;
    Found f{k + 1, {}, 0};
    f.relative = true;
    f.span = dir ? unit_span(add_units(last_->first, u, dir), u) : unit_span(last_->first, u);
    return f;
}

}  // namespace placeline::date_scan
