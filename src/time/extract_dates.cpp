// Time expressions in English news text, by patterns over a small token stream.
// At each token the anchored and compound forms are tried before the simple ones, so
// "from 1988 to 1994" is one range and "since 2020" is not just "2020"; within the simple ones the
// longest wins ("September 19 2023" over "2023"). Numbers that only look like years (7,000 troops,
// 2000 people, a 44-day war) are rejected. The patterns are in date_absolute.cpp,
// date_periods.cpp and date_relative.cpp.
#include <algorithm>
#include <array>
#include <cstdint>

#include "date_scan.hpp"

namespace placeline {

const char* to_string(TimeBasis b) {
    switch (b) {
        case TimeBasis::explicit_date: return "explicit";
        case TimeBasis::relative: return "relative";
        case TimeBasis::context: return "context";
        case TimeBasis::publication: return "publication";
        case TimeBasis::inferred: return "inferred";
        case TimeBasis::file: return "file";
    }
    return "publication";
}

namespace date_scan {

namespace {

enum CharClass : uint8_t { c_space, c_digit, c_alpha, c_high, c_other };

constexpr auto make_classes() {
    std::array<uint8_t, 256> t{};
    for (int c = 0; c < 256; ++c) {
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v') t[c] = c_space;
        else if (c >= '0' && c <= '9') t[c] = c_digit;
        else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) t[c] = c_alpha;
        else if (c >= 0x80) t[c] = c_high;
        else t[c] = c_other;
    }
    return t;
}
constexpr auto classes = make_classes();

constexpr uint64_t k_th = word_key("th");

}  // namespace

int roman_value(std::string_view w) {
    int v = 0, prev = 1000;
    size_t k = 0;
    for (; k < w.size(); ++k) {
        int d = w[k] == 'I' ? 1 : w[k] == 'V' ? 5 : w[k] == 'X' ? 10 : 0;
        if (!d) break;
        v += d > prev ? d - 2 * prev : d;
        prev = d;
    }
    if (!k || v > 21) return 0;
    if (k < w.size()) {
        uint64_t key = 0;
        const auto* p = reinterpret_cast<const unsigned char*>(w.data());
        const Entry* e = scan_word(p, k, w.size(), key) == w.size() ? lookup_word(key) : nullptr;
        if (!e || e->as_key != k_th) return 0;
    }
    return v;
}

namespace {

// Pushes the word at bytes [i, j) of s, or the lexicon phrase it starts; returns the byte after.
size_t push_word(std::string_view s, std::vector<Tok>& out, size_t i, size_t j, uint64_t key) {
    const Entry* e = lookup_word(key);
    if (e && e->phrase >= 0) {
        const auto* p = reinterpret_cast<const unsigned char*>(s.data());
        size_t longest = j;
        for (int32_t ph = e->phrase; ph >= 0; ph = phrase_at(ph).next)  // "մ.թ.ա." before "մ.թ."
            if (size_t end = match_phrase(p, j, s.size(), phrase_at(ph)); end > longest) {
                e = &phrase_at(ph).entry;
                longest = end;
            }
        j = longest;
    }
    if (!e || e->plain) {  // most words; the first word of phrases, alone
        out.push_back({Kind::word, uint32_t(i), uint32_t(j), key});
        return j;
    }
    out.push_back({Kind::word, uint32_t(i), uint32_t(j), e->as_key, 0, 0, e->word, e->foreign, e->order, e->starts});
    if (e->century) {
        // A Roman numeral before a century word starts the century ("XIX век", "XIXe siècle",
        // "XIX. Jahrhundert"), though it is no word of the vocabulary.
        size_t r = out.size() - 1;
        if (r >= 1 && out[r - 1].kind == Kind::punct && s[out[r - 1].start] == '.') --r;
        if (r >= 1 && out[r - 1].kind == Kind::word && !out[r - 1].word)
            if (int v = roman_value(s.substr(out[r - 1].start, out[r - 1].end - out[r - 1].start))) {
                out[r - 1].value = v;
                out[r - 1].starts = true;
            }
    }
    return j;
}

}  // namespace

void lex(std::string_view s, std::vector<Tok>& out) {
    out.clear();
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    size_t i = 0, n = s.size();
    while (i < n) {
        uint8_t cls = classes[p[i]];
        if (cls == c_space) {
            ++i;
        } else if (cls == c_digit) {
            size_t j = i;
            int v = 0;
            while (j < n && classes[p[j]] == c_digit) {
                if (j - i < 9) v = v * 10 + (p[j] - '0');
                ++j;
            }
            out.push_back({Kind::number, uint32_t(i), uint32_t(j), 0, v, int(j - i)});
            i = j;
        } else if (cls == c_alpha) {
            size_t j = i;
            uint64_t key = 0;
            while (j < n && classes[p[j]] == c_alpha) {
                key = key * 32 + uint64_t((p[j] | 0x20) - 'a' + 1);
                ++j;
            }
            uint64_t k = key;
            // Letters beyond ASCII in the word ("Eylül", "März") or more than 12 letters: the
            // slower scan from its start.
            if ((j < n && classes[p[j]] == c_high) || j - i > 12) j = scan_word(p, i, n, k);
            i = push_word(s, out, i, j, k);
        } else if (cls == c_high) {
            uint64_t k = 0;
            if (size_t j = scan_word(p, i, n, k); j > i) {  // a word in another script
                i = push_word(s, out, i, j, k);
                continue;
            }
            // Any other non-ASCII character is a token of its own (never part of a date), so that
            // letters next to it are not mistaken for tokens adjacent to a number.
            size_t j = i + 1;
            while (j < n && (p[j] & 0xC0) == 0x80 && j < i + 4) ++j;
            out.push_back({Kind::punct, uint32_t(i), uint32_t(j)});
            i = j;
        } else {
            out.push_back({Kind::punct, uint32_t(i), uint32_t(i + 1)});
            ++i;
        }
    }
}

// One token buffer per thread, lent to each scanner and given back: extract_dates runs once per
// passage, and allocating the tokens each time was a tenth of its cost.
static std::vector<Tok>& token_buffer() {
    thread_local std::vector<Tok> buffer;
    return buffer;
}

Scanner::Scanner(std::string_view text, const DateContext& ctx) : s_(text), ctx_(ctx), last_(ctx.previous) {
    t_.swap(token_buffer());
    lex(text, t_);
    // Where the last "since" written after its time is ("1991'den beri"): most texts have none,
    // and then no time needs a look ahead for one.
    constexpr uint64_t k_since = word_key("since");
    for (size_t i = t_.size(); i-- > 0;)
        if (t_[i].kind == Kind::word && t_[i].key == k_since && t_[i].order == Order::after) {
            since_after_end_ = i + 1;
            break;
        }
}

Scanner::~Scanner() { token_buffer().swap(t_); }

std::vector<DateMention> Scanner::run() {
    for (size_t i = 0; i < t_.size();) {
        size_t used = try_at(i);
        i += used ? used : 1;
    }
    return std::move(out_);
}

size_t Scanner::try_at(size_t i) {
    std::optional<Found> f;
    const Tok& t = t_[i];
    if (t.kind == Kind::punct && !is_punct(i, '\'')) return 0;
    if (t.kind == Kind::word && !t.word && !t.starts) return 0;  // most words of a text start nothing
    if (t.kind == Kind::word) {
        if (!(f = from_to(i)) && !(f = since(i)) && !(f = period_to_now(i)) && !(f = deictic(i)) && !(f = shifted(i)))
            if (!(f = anaphoric(i))) f = weekday(i);
    } else if (t.kind == Kind::number) {
        if (!(f = period_to_now(i)) && !(f = shifted(i)) && !(i + 1 < since_after_end_ && (f = since(i))))
            f = year_range(i);
    }
    if (!f) f = point(i);
    if (!f || !f->span.valid() || f->next <= i) return 0;
    size_t last_tok = f->next - 1;
    // A pattern that starts before i ("la semaine dernière" found at "dernière") takes the tokens
    // before i only when no time found earlier holds them.
    size_t first = f->first < i && (out_.empty() || out_.back().end <= t_[f->first].start) ? f->first : i;
    out_.push_back({t_[first].start, t_[last_tok].end, f->span, f->relative ? TimeBasis::relative : TimeBasis::explicit_date});
    // "since 1991" and "a 2012 law" do not give their year to the bare dates after them.
    if (f->year && !f->relative && !attributive_year(i, f->next)) year_ = f->year;
    if (!f->relative) last_ = f->span;
    return f->next - i;
}

std::optional<Found> Scanner::point(size_t i) const {
    std::optional<Found> f;
    if (t_[i].kind == Kind::number) {
        if ((f = numeric_date(i)) || (f = day_first(i)) || (f = decade(i)) || (f = century(i)) || (f = era_year(i)) ||
            (f = year_first(i)))
            return f;
        return bare_year(i);
    }
    if ((f = month_first(i)) || (f = season(i)) || (f = decade(i)) || (f = century(i)) || (f = era_year(i))) return f;
    return bare_month(i);
}

int Scanner::year_for(int month, int day) const {
    if (year_) return year_;
    // A story told in order: after "14 April 2020", "on March 31" is the first March 31 from about
    // then on (a month's slack for a step back), if that is not after the text's now. Only a day or
    // a month is such a point; after "in 2020" a bare "Sept. 19" is as likely this year's.
    if (last_ && last_->granularity <= Granularity::month && ctx_.reference) {
        Day from = last_->first - 30;
        int y = civil_from_day(from).year;
        auto on = [&](int year) { return make_day(year, month, std::min(day ? day : 1, days_in_month(year, month))); };
        if (on(y) < from) ++y;
        if (on(y) <= *ctx_.reference + 31) return y;
    }
    if (ctx_.reference) {
        // The nearest such date to now, a date ahead counting three times: news looks back more
        // than forward, but "January 5" in a story of late November is the coming January.
        CivilDate r = civil_from_day(*ctx_.reference);
        int best = r.year;
        long best_cost = -1;
        for (int y = r.year - 1; y <= r.year + 1; ++y) {
            Day on = make_day(y, month, std::min(day ? day : 1, days_in_month(y, month)));
            Day off = on - *ctx_.reference;
            if (!day) off = off > 0 ? off : std::min<Day>(0, last_day_of_month(y, month) - *ctx_.reference);
            long cost = off > 0 ? 3L * off : -long(off);
            if (best_cost < 0 || cost < best_cost) best = y, best_cost = cost;
        }
        return best;
    }
    return ctx_.default_year;
}

Day Scanner::reference_day() const {
    if (ctx_.reference) return *ctx_.reference;
    return make_day(ctx_.default_year, 7, 1);  // callers check has_reference() first
}

}  // namespace date_scan

std::vector<DateMention> extract_dates(std::string_view text, const DateContext& context) {
    if (text.size() > UINT32_MAX) text = text.substr(0, UINT32_MAX);
    return date_scan::Scanner(text, context).run();
}

}  // namespace placeline
