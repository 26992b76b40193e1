// Time expressions in English news text, by patterns over a small token stream.
// The patterns are tried at each token, longest first, so "September 19 2023" wins over "2023".
// Numbers that only look like years (7,000 troops; 2000 people; 44-day war) are rejected.
#include <array>
#include <cctype>
#include <cstring>

#include "placeline/dates.hpp"

namespace placeline {

const char* to_string(TimeBasis b) {
    switch (b) {
        case TimeBasis::explicit_date: return "explicit";
        case TimeBasis::relative: return "relative";
        case TimeBasis::context: return "context";
        case TimeBasis::publication: return "publication";
    }
    return "publication";
}

namespace {

enum class Kind : uint8_t { word, number, punct };

struct Tok {
    Kind kind;
    uint32_t start, end;
    int value = 0;          // numbers: their value (if <= 9 digits)
    int digits = 0;         // numbers: how many digits
};

std::vector<Tok> lex(std::string_view s) {
    std::vector<Tok> out;
    size_t i = 0, n = s.size();
    while (i < n) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (std::isdigit(c)) {
            size_t j = i;
            int v = 0;
            while (j < n && std::isdigit(static_cast<unsigned char>(s[j]))) {
                if (j - i < 9) v = v * 10 + (s[j] - '0');
                ++j;
            }
            out.push_back({Kind::number, uint32_t(i), uint32_t(j), v, int(j - i)});
            i = j;
        } else if (std::isalpha(c)) {
            size_t j = i;
            while (j < n && std::isalpha(static_cast<unsigned char>(s[j]))) ++j;
            out.push_back({Kind::word, uint32_t(i), uint32_t(j)});
            i = j;
        } else if (c == ' ' || c == '\t') {
            ++i;
        } else if (c >= 0x80) {
            // A non-ASCII character is a word of its own (it is never part of a date), so that
            // letters next to it are not mistaken for tokens adjacent to a number.
            size_t j = i + 1;
            while (j < n && (static_cast<unsigned char>(s[j]) & 0xC0) == 0x80) ++j;
            out.push_back({Kind::punct, uint32_t(i), uint32_t(j)});
            i = j;
        } else {
            out.push_back({Kind::punct, uint32_t(i), uint32_t(i + 1)});
            ++i;
        }
    }
    return out;
}

struct MonthName {
    const char* name;
    int month;
};
constexpr std::array<MonthName, 25> month_names{{
    {"january", 1}, {"jan", 1}, {"february", 2}, {"feb", 2}, {"march", 3}, {"mar", 3},
    {"april", 4}, {"apr", 4}, {"may", 5}, {"june", 6}, {"jun", 6}, {"july", 7}, {"jul", 7},
    {"august", 8}, {"aug", 8}, {"september", 9}, {"sep", 9}, {"sept", 9}, {"october", 10},
    {"oct", 10}, {"november", 11}, {"nov", 11}, {"december", 12}, {"dec", 12}, {"", 0},
}};

// Words after a four-digit number that make it a count, not a year.
constexpr std::array<const char*, 28> count_nouns{{
    "people", "troops", "soldiers", "civilians", "persons", "refugees", "residents", "deaths",
    "km", "kilometres", "kilometers", "miles", "metres", "meters", "m", "votes", "homes",
    "houses", "households", "families", "tonnes", "tons", "dollars", "euros", "men", "women",
    "children", "units",
}};

class Scanner {
public:
    Scanner(std::string_view text, const DateContext& ctx) : s_(text), t_(lex(text)), year_(ctx.default_year) {}

    std::vector<DateMention> run() {
        for (size_t i = 0; i < t_.size();) {
            size_t used = try_at(i);
            i += used ? used : 1;
        }
        return std::move(out_);
    }

private:
    std::string_view s_;
    std::vector<Tok> t_;
    int year_;  // the year a date without one belongs to
    std::vector<DateMention> out_;

    std::string_view text(size_t i) const { return s_.substr(t_[i].start, t_[i].end - t_[i].start); }
    bool is_punct(size_t i, char c) const { return i < t_.size() && t_[i].kind == Kind::punct && s_[t_[i].start] == c; }
    bool is_word(size_t i, const char* w) const {
        if (i >= t_.size() || t_[i].kind != Kind::word) return false;
        std::string_view v = text(i);
        if (v.size() != std::strlen(w)) return false;
        for (size_t k = 0; k < v.size(); ++k)
            if (std::tolower(static_cast<unsigned char>(v[k])) != w[k]) return false;
        return true;
    }
    // Adjacent tokens: nothing but the given gap (spaces) between them.
    bool glued(size_t a, size_t b) const { return t_[a].end == t_[b].start; }

    int month_at(size_t i, size_t& next) const {
        if (i >= t_.size() || t_[i].kind != Kind::word) return 0;
        std::string_view v = text(i);
        if (!std::isupper(static_cast<unsigned char>(v[0]))) return 0;  // "may", "march" as words
        for (const auto& m : month_names) {
            if (m.month && is_word(i, m.name)) {
                next = i + 1;
                if (v.size() <= 4 && std::strlen(m.name) <= 4 && is_punct(next, '.')) ++next;  // "Sept."
                return m.month;
            }
        }
        return 0;
    }
    bool day_number(size_t i) const {
        return i < t_.size() && t_[i].kind == Kind::number && t_[i].digits <= 2 && t_[i].value >= 1 && t_[i].value <= 31;
    }
    bool year_number(size_t i) const {
        return i < t_.size() && t_[i].kind == Kind::number && t_[i].digits == 4 && t_[i].value >= 1000 &&
               t_[i].value <= 2199;
    }
    // A number glued to a comma and three more digits is "7,000", not a year or a day.
    bool part_of_larger_number(size_t i) const {
        if (i + 2 < t_.size() && is_punct(i + 1, ',') && glued(i, i + 1) && glued(i + 1, i + 2) &&
            t_[i + 2].kind == Kind::number && t_[i + 2].digits == 3)
            return true;
        if (i >= 2 && is_punct(i - 1, ',') && glued(i - 1, i) && glued(i - 2, i - 1) && t_[i - 2].kind == Kind::number)
            return true;
        if (i >= 2 && is_punct(i - 1, '.') && glued(i - 1, i) && t_[i - 2].kind == Kind::number && glued(i - 2, i - 1))
            return true;  // 26.4
        if (i + 2 < t_.size() && is_punct(i + 1, '.') && glued(i, i + 1) && t_[i + 2].kind == Kind::number &&
            glued(i + 1, i + 2))
            return true;
        return false;
    }
    bool followed_by_count_noun(size_t i) const {
        size_t j = i + 1;
        if (j < t_.size() && is_punct(j, '-')) ++j;  // "2000-strong"
        if (j >= t_.size() || t_[j].kind != Kind::word) return false;
        for (const char* w : count_nouns)
            if (is_word(j, w)) return true;
        return false;
    }
    void emit(size_t first, size_t last_tok, TimeSpan span) {
        out_.push_back({t_[first].start, t_[last_tok].end, span, TimeBasis::explicit_date});
    }
    static bool valid_day(int y, int m, int d) { return m >= 1 && m <= 12 && d >= 1 && d <= days_in_month(y, m); }

    size_t try_at(size_t i) {
        if (size_t n = numeric_date(i)) return n;
        if (size_t n = month_first(i)) return n;
        if (size_t n = day_first(i)) return n;
        if (size_t n = bare_year(i)) return n;
        return 0;
    }

    // 2023-09-19, 24-01-2022, 24.01.2022, 01/24/2022
    size_t numeric_date(size_t i) {
        if (i + 4 >= t_.size() || t_[i].kind != Kind::number) return 0;
        if (!(t_[i + 2].kind == Kind::number && t_[i + 4].kind == Kind::number)) return 0;
        char sep = s_[t_[i + 1].start];
        if (!(sep == '-' || sep == '.' || sep == '/') || !is_punct(i + 3, sep)) return 0;
        for (size_t k = i; k < i + 4; ++k)
            if (!glued(k, k + 1)) return 0;
        int a = t_[i].value, b = t_[i + 2].value, c = t_[i + 4].value;
        int y, m, d;
        if (t_[i].digits == 4 && t_[i + 2].digits <= 2 && t_[i + 4].digits <= 2) {
            y = a, m = b, d = c;
        } else if (t_[i + 4].digits == 4 && t_[i].digits <= 2 && t_[i + 2].digits <= 2) {
            y = c;
            bool month_first = sep == '/' ? b <= 12 || a > 12 : false;
            if (a > 12) month_first = false;
            if (b > 12) month_first = true;
            m = month_first ? a : b;
            d = month_first ? b : a;
        } else {
            return 0;
        }
        if (!valid_day(y, m, d) || y < 1000) return 0;
        year_ = y;
        emit(i, i + 4, span_of_day(make_day(y, m, d)));
        return 5;
    }

    // September 19 2023 · Sep 28, 2023 · Dec, 26, 2022 · Sept. 19 · November 2020 · May of 2023
    size_t month_first(size_t i) {
        size_t j = 0;
        int m = month_at(i, j);
        if (!m) return 0;
        size_t k = j;
        if (is_punct(k, ',')) ++k;
        if (day_number(k) && !part_of_larger_number(k)) {
            size_t day_tok = k;
            int d = t_[k].value;
            size_t last = k;
            ++k;
            if (k < t_.size() && t_[k].kind == Kind::word && (is_word(k, "st") || is_word(k, "nd") || is_word(k, "rd") || is_word(k, "th")) && glued(k - 1, k)) last = k++;
            size_t y_at = k;
            if (is_punct(y_at, ',')) ++y_at;
            if (year_number(y_at) && !part_of_larger_number(y_at)) {
                int y = t_[y_at].value;
                if (!valid_day(y, m, d)) return 0;
                year_ = y;
                emit(i, y_at, span_of_day(make_day(y, m, d)));
                return y_at - i + 1;
            }
            (void)day_tok;
            if (year_ == 0 || !valid_day(year_, m, d)) return 0;
            emit(i, last, span_of_day(make_day(year_, m, d)));
            return last - i + 1;
        }
        size_t y_at = k;
        if (is_word(y_at, "of")) ++y_at;
        if (year_number(y_at) && !part_of_larger_number(y_at)) {
            int y = t_[y_at].value;
            year_ = y;
            emit(i, y_at, span_of_month(y, m));
            return y_at - i + 1;
        }
        return 0;
    }

    // 21 May 2020 · 16 August · 8th of November 2020
    size_t day_first(size_t i) {
        if (!day_number(i) || part_of_larger_number(i)) return 0;
        int d = t_[i].value;
        size_t k = i + 1;
        if (k < t_.size() && (is_word(k, "st") || is_word(k, "nd") || is_word(k, "rd") || is_word(k, "th")) && glued(i, k)) ++k;
        if (is_word(k, "of")) ++k;
        size_t j = 0;
        int m = month_at(k, j);
        if (!m) return 0;
        size_t y_at = j;
        if (is_punct(y_at, ',')) ++y_at;
        if (year_number(y_at) && !part_of_larger_number(y_at)) {
            int y = t_[y_at].value;
            if (!valid_day(y, m, d)) return 0;
            year_ = y;
            emit(i, y_at, span_of_day(make_day(y, m, d)));
            return y_at - i + 1;
        }
        if (year_ == 0 || !valid_day(year_, m, d)) return 0;
        emit(i, j - 1, span_of_day(make_day(year_, m, d)));
        return j - i;
    }

    // 2020 (a year on its own, if it reads as one)
    size_t bare_year(size_t i) {
        if (!year_number(i) || part_of_larger_number(i) || followed_by_count_noun(i)) return 0;
        // "44-day", "2020-style": a hyphen and a word glued after it make it an adjective
        // unless the word is a year too (ranges are the chronology's business).
        if (i + 2 < t_.size() && is_punct(i + 1, '-') && glued(i, i + 1) && t_[i + 2].kind == Kind::word) return 0;
        // Glued to letters ("COVID2020", "2020s") it is not a plain year.
        if (i + 1 < t_.size() && glued(i, i + 1) && t_[i + 1].kind == Kind::word) return 0;
        if (i > 0 && glued(i - 1, i) && (t_[i - 1].kind == Kind::word || is_punct(i - 1, '$') || is_punct(i - 1, '#')))
            return 0;
        int y = t_[i].value;
        if (y < 1500) return 0;
        year_ = y;
        emit(i, i, span_of_year(y));
        return 1;
    }
};

}  // namespace

std::vector<DateMention> extract_dates(std::string_view text, const DateContext& context) {
    return Scanner(text, context).run();
}

}  // namespace placeline
