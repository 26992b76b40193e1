// Absolute dates: 2023-09-19, September 19 2023, Sept. 19-20, 21 May 2020, November 2020,
// "in April", 2020 -- and the token tests the other patterns share.
#include <array>

#include "date_scan.hpp"

namespace placeline::date_scan {

namespace {

// A counted thing after a number makes it a count, not a year ("2000 people"): the lexicons map
// such words to "people".
constexpr uint64_t k_people = word_key("people");

constexpr uint64_t k_th = word_key("th");  // ordinal endings: 19th, 1st ("st", "nd", "rd" are "th" in en.tsv)
constexpr uint64_t k_of = word_key("of"), k_bc = word_key("bc"), k_ad = word_key("ad");
// The words joining the two days of a range in words ("12 to 14 March", "du 12 au 14 mars",
// "vom 12. bis 14. März", "с 12 по 14 марта": the lexicons map "au", "al", "bis", "по" to them).
constexpr uint64_t k_to = word_key("to"), k_until = word_key("until"), k_through = word_key("through"),
                   k_between = word_key("between"), k_and = word_key("and");  // "between 12 and 14 March"

// Words before a month name alone that make it a time ("in April", not "April said").
constexpr std::array<uint64_t, 10> month_cues{{
    word_key("in"), word_key("since"), word_key("until"), word_key("by"), word_key("during"), word_key("early"),
    word_key("late"), word_key("mid"), word_key("last"), word_key("through"),
}};

bool valid_day(int y, int m, int d) { return m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m); }

}  // namespace

bool Scanner::is_dash(size_t i) const {
    if (!has(i) || t_[i].kind != Kind::punct) return false;
    std::string_view v = s_.substr(t_[i].start, t_[i].end - t_[i].start);
    return v == "-" || v == "\xE2\x80\x93" || v == "\xE2\x80\x94";
}

bool Scanner::is_capitalised(size_t i) const {
    return has(i) && t_[i].kind == Kind::word && s_[t_[i].start] >= 'A' && s_[t_[i].start] <= 'Z';
}

int Scanner::month_at(size_t i, size_t& next, bool full_name_only) const {
    // Lower-case "may" and "march" are words; month names are capitalised in English (not in
    // French, Russian or Spanish: words from the lexicon files need no capital).
    if (!has(i) || !t_[i].word || !t_[i].word->month || !(t_[i].foreign || is_capitalised(i))) return 0;
    const WordInfo& w = *t_[i].word;
    if (full_name_only && !w.full_month) return 0;
    next = i + 1;
    if (!w.full_month && is_punct(next, '.') && glued(i, next)) ++next;  // "Sept."
    return w.month;
}

bool Scanner::day_number(size_t i) const {
    return is_number(i) && t_[i].digits <= 2 && t_[i].value >= 1 && t_[i].value <= 31;
}

bool Scanner::year_number(size_t i) const {
    return is_number(i) && t_[i].digits == 4 && t_[i].value >= 1000 && t_[i].value <= 2199;
}

bool Scanner::ordinal_suffix(size_t i) const {
    return has(i) && i > 0 && glued(i - 1, i) &&
           is_word(i, k_th);
}

bool Scanner::attributive_year(size_t first, size_t next) const {
    if (next != first + 1 || !year_number(first) || first == 0 || !has(next) || t_[next].kind != Kind::word) return false;
    for (std::string_view det : {"the", "a", "this", "that"})  // "an", "its", "their"... are "a" and "the" in en.tsv
        if (is_word(first - 1, word_key(det))) return true;
    return false;
}

// A number glued to a comma or point and more digits is "7,000" or "26.4", not a year or a day.
bool Scanner::part_of_larger_number(size_t i) const {
    auto joins = [&](size_t sep) {
        return (is_punct(sep, ',') || is_punct(sep, '.')) && sep > 0 && has(sep + 1) && glued(sep - 1, sep) &&
               glued(sep, sep + 1) && is_number(sep - 1) && is_number(sep + 1);
    };
    if (joins(i + 1)) return true;
    if (i >= 1 && joins(i - 1)) return true;
    return false;
}

bool Scanner::followed_by_count_noun(size_t i) const {
    size_t j = i + 1;
    if (is_dash(j)) ++j;  // "2000-strong"
    return is_word(j, k_people);
}

// 2023-09-19, 24-01-2022, 24.01.2022, 01/24/2022
std::optional<Found> Scanner::numeric_date(size_t i) const {
    if (!has(i + 4) || !is_number(i) || !is_number(i + 2) || !is_number(i + 4)) return std::nullopt;
    if (t_[i + 1].kind != Kind::punct || t_[i + 1].end - t_[i + 1].start != 1) return std::nullopt;
    char sep = s_[t_[i + 1].start];
    if (!(sep == '-' || sep == '.' || sep == '/') || !is_punct(i + 3, sep)) return std::nullopt;
    for (size_t k = i; k < i + 4; ++k)
        if (!glued(k, k + 1)) return std::nullopt;
    if (has(i + 6) && is_punct(i + 5, sep) && glued(i + 4, i + 5) && is_number(i + 6)) return std::nullopt;  // 1.2.3.4
    int a = t_[i].value, b = t_[i + 2].value, c = t_[i + 4].value;
    int y, m, d;
    if (t_[i].digits == 4 && t_[i + 2].digits <= 2 && t_[i + 4].digits <= 2) {
        y = a, m = b, d = c;
    } else if (t_[i + 4].digits == 4 && t_[i].digits <= 2 && t_[i + 2].digits <= 2) {
        // Day first, as in most of the world, except for slashes (American usage) unless the
        // numbers say otherwise.
        y = c;
        bool month_first = sep == '/';
        if (a > 12) month_first = false;
        if (b > 12) month_first = true;
        m = month_first ? a : b;
        d = month_first ? b : a;
    } else {
        return std::nullopt;
    }
    if (y < 1000 || !valid_day(y, m, d)) return std::nullopt;
    return Found{i + 5, span_of_day(make_day(y, m, d)), y};
}

// September 19 2023 · Sep 28, 2023 · Dec, 26, 2022 · Sept. 19 · Sept. 19-20 · November 2020 ·
// May of 2023 · November, 2020
std::optional<Found> Scanner::month_first(size_t i) const {
    size_t j = 0;
    int m = month_at(i, j);
    if (!m) return std::nullopt;
    size_t k = j;
    if (is_punct(k, ',')) ++k;
    if (day_number(k) && !part_of_larger_number(k) && !(has(k + 1) && is_punct(k + 1, ':'))) {
        int d = t_[k].value, d2 = 0;
        ++k;
        if (ordinal_suffix(k)) ++k;
        if (is_dash(k) && day_number(k + 1) && glued(k - 1, k) && glued(k, k + 1) && t_[k + 1].value > d) {
            d2 = t_[k + 1].value;  // Sept. 19-20
            k += 2;
        }
        return day_in_year(k, m, d, d2);
    }
    size_t y_at = k;
    if (is_word(y_at, k_of)) ++y_at;
    if (year_number(y_at) && !part_of_larger_number(y_at) && !followed_by_count_noun(y_at)) {
        int y = t_[y_at].value;
        return Found{after_year_word(y_at + 1), span_of_month(y, m), y};
    }
    return std::nullopt;
}

// 21 May 2020 · 16 August · 8th of November 2020 · 19-20 September 2023 · 25. April 2015
std::optional<Found> Scanner::day_first(size_t i) const {
    if (!day_number(i) || part_of_larger_number(i)) return std::nullopt;
    int d = t_[i].value, d2 = 0;
    size_t k = i + 1;
    if (ordinal_suffix(k)) ++k;
    if (is_dash(k) && day_number(k + 1) && glued(k - 1, k) && glued(k, k + 1) && t_[k + 1].value > d) {
        d2 = t_[k + 1].value;
        k += 2;
        if (ordinal_suffix(k)) ++k;
    } else {
        size_t r = k;
        if (is_punct(r, '.') && glued(r - 1, r)) ++r;  // "vom 12. bis 14. März"
        bool joined = is_word(r, k_to) || is_word(r, k_until) || is_word(r, k_through) ||
                      (i > 0 && is_word(i - 1, k_between) && is_word(r, k_and));
        if (joined && day_number(r + 1) &&
            !part_of_larger_number(r + 1) && t_[r + 1].value > d) {
            d2 = t_[r + 1].value;
            k = r + 2;
            if (ordinal_suffix(k)) ++k;
        }
    }
    if (is_word(k, k_of)) ++k;
    if (is_punct(k, '.') && glued(k - 1, k) && has(k + 1) && !glued(k, k + 1)) ++k;  // "25. April" (German)
    size_t j = 0;
    int m = month_at(k, j);
    if (!m) return std::nullopt;
    return day_in_year(j, m, d, d2);
}

// The optional year after a month and a day (", 2023"; "20 December 2023On the eve": a year glued
// to a word is still a year here, as page teasers write it), else the year the context gives;
// nothing when the day does not exist in that year. `end` is the token after the day and month.
std::optional<Found> Scanner::day_in_year(size_t end, int m, int d, int d2) const {
    size_t y_at = end;
    if (is_punct(y_at, ',')) ++y_at;
    if (has(y_at) && t_[y_at].foreign && is_word(y_at, k_of)) ++y_at;  // "12 de marzo de 2022"
    int y = 0;
    size_t next = end;
    if (year_number(y_at) && !part_of_larger_number(y_at) && !followed_by_count_noun(y_at)) {
        y = t_[y_at].value;
        next = after_year_word(y_at + 1);
    }
    int year = y ? y : year_for(m, d);
    if (year == 0 || !valid_day(year, m, d) || (d2 && !valid_day(year, m, d2))) return std::nullopt;
    TimeSpan span = span_of_day(make_day(year, m, d));
    if (d2) span.last = make_day(year, m, d2);
    return Found{next, span, y};
}

size_t Scanner::after_year_word(size_t k) const {
    size_t w = k;
    if (is_dash(w) && has(w + 1) && glued(w - 1, w) && glued(w, w + 1) && t_[w + 1].foreign && is_word(w + 1, k_th))
        w += 2;  // "2023-cü il"
    if (!has(w) || !t_[w].foreign || unit_at(w) != Unit::year) return k;
    ++w;
    // The full stop of an abbreviation of one letter ("г.", "թ.", "р."), not the end of "году."
    if (is_punct(w, '.') && glued(w - 1, w) && t_[w - 1].end - t_[w - 1].start <= 2) ++w;
    return w;
}

size_t Scanner::era_at(size_t k, bool& bc) const {
    if (!has(k) || t_[k].kind != Kind::word || !(t_[k].key == k_bc || t_[k].key == k_ad)) return 0;
    bc = t_[k].key == k_bc;
    return is_punct(k + 1, '.') && glued(k, k + 1) ? k + 2 : k + 1;  // the last full stop of "B.C."
}

// 500 BC · 500 году до н. э. · 44 av. J.-C. · 79 AD · AD 79 · M.Ö. 500 (a year of any size with its
// era; years before Christ are astronomical years: 1 BC is year 0, 500 BC is -499).
std::optional<Found> Scanner::era_year(size_t i) const {
    bool bc = false;
    size_t k = i, next = 0;
    if (size_t e = era_at(i, bc); e && is_number(e)) {  // the era first
        k = e;
        next = after_year_word(k + 1);
    } else if (is_number(i)) {
        next = era_at(after_year_word(i + 1), bc);
        if (!next) return std::nullopt;
    } else {
        return std::nullopt;
    }
    if (t_[k].digits > 4 || t_[k].value < 1 || part_of_larger_number(k)) return std::nullopt;
    int y = bc ? 1 - t_[k].value : t_[k].value;
    return Found{next, span_of_year(y), bc ? 0 : y};
}

// 2023 թ. սեպտեմբերի 19 · 2023 թվականի մարտի 5-ին · 2023 թ. սեպտեմբերին (the year first, as Armenian
// writes dates): a lexicon's month after a year, or any month after a year and a word for "year".
std::optional<Found> Scanner::year_first(size_t i) const {
    if (!year_number(i) || part_of_larger_number(i)) return std::nullopt;
    size_t k = after_year_word(i + 1);
    if (is_punct(k, ',')) ++k;
    size_t j = 0;
    int m = month_at(k, j);
    if (!m || !(t_[k].foreign || k > i + 1)) return std::nullopt;
    int y = t_[i].value;
    if (day_number(j) && !part_of_larger_number(j) && !(has(j + 1) && is_punct(j + 1, ':'))) {
        int d = t_[j].value;
        if (!valid_day(y, m, d)) return std::nullopt;
        return Found{j + 1, span_of_day(make_day(y, m, d)), y};
    }
    if (!t_[k].word->full_month) return std::nullopt;
    return Found{j, span_of_month(y, m), y};
}

// 2020 (a year on its own, if it reads as one) · 2020 г. · 2018г. · 2023-cü il
std::optional<Found> Scanner::bare_year(size_t i) const {
    if (!year_number(i) || part_of_larger_number(i) || followed_by_count_noun(i)) return std::nullopt;
    size_t next = after_year_word(i + 1);
    if (next == i + 1) {
        // "2020-style", "44-day": a hyphen and a word glued after it make it an adjective; not a
        // lexicon's ordinal ending, which keeps the year ("1968-ci ildə", Azerbaijani: in 1968).
        if (has(i + 2) && is_dash(i + 1) && glued(i, i + 1) && t_[i + 2].kind == Kind::word &&
            !(t_[i + 2].foreign && is_word(i + 2, k_th)))
            return std::nullopt;
        // Glued to letters ("COVID2020", "A2020") it is not a year, unless they are a lexicon's word
        // for "year" ("2018г.", above).
        if (has(i + 1) && glued(i, i + 1) && t_[i + 1].kind == Kind::word) return std::nullopt;
    }
    // Glued to letters before it, or to money and numbering ($2020, #2020), it is not a year.
    if (i > 0 && glued(i - 1, i) && (t_[i - 1].kind == Kind::word || is_punct(i - 1, '$') || is_punct(i - 1, '#')))
        return std::nullopt;
    int y = t_[i].value;
    if (y < 1500) return std::nullopt;
    return Found{next, span_of_year(y), y};
}

// "in April", "since September", "early June": a full month name after a cue word, its year from
// the context. Without the cue a capitalised "May" or "March" is too often something else.
std::optional<Found> Scanner::bare_month(size_t i) const {
    size_t j = 0;
    int m = month_at(i, j, true);
    if (!m || i == 0) return std::nullopt;
    if (has(j) && t_[j].order == Order::after) return std::nullopt;  // "en mars dernier": last March, read there
    size_t cue = i - 1;
    if (is_dash(cue) && cue > 0) --cue;  // mid-June
    bool cued = false;
    for (uint64_t w : month_cues) cued = cued || is_word(cue, w);
    if (!cued) return std::nullopt;
    int year = year_for(m, 0);
    if (year == 0) return std::nullopt;
    return Found{j, span_of_month(year, m), 0};
}

}  // namespace placeline::date_scan
