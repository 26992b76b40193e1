// Sentence times: see chronology.hpp for the rules and why they are what they are.
#include <algorithm>
#include <array>
#include <string>

#include "placeline/time/chronology.hpp"
#include "placeline/time/dates.hpp"
#include "date_scan.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace placeline {

namespace {

// The words of s[from, to) into `out` (a buffer reused across calls: this runs for every time
// expression of a corpus): runs of ASCII letters, and of any script's letters where one occurs.
void words_in(std::string_view s, size_t from, size_t to, std::vector<std::string_view>& out) {
    out.clear();
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    auto ascii_letter = [&](size_t i) { return (p[i] | 0x20) >= 'a' && (p[i] | 0x20) <= 'z'; };
    for (size_t i = from; i < to;) {
        size_t j = i;
        while (j < to && ascii_letter(j)) ++j;
        if (j < to && p[j] >= 0xC0) {
            uint64_t unused = 0;
            j = date_scan::scan_word(p, i, to, unused);
        }
        if (j == i) {
            ++i;
            continue;
        }
        out.push_back(s.substr(i, j - i));
        i = j;
    }
}

// A word keyed as the date lexer keys it: a lexicon word gives the key of the English word it
// stands for ("who", "который" and "qui" that of "which"; "founded", "построенный" and "construit"
// that of "built"), so the cues below are read in every language with a lexicon.
uint64_t key_of(std::string_view w) {
    uint64_t key = 0;
    date_scan::scan_word(reinterpret_cast<const unsigned char*>(w.data()), 0, w.size(), key);
    const date_scan::Entry* e = date_scan::lookup_word(key);
    return e ? e->as_key : key;
}

constexpr uint64_t k_the = date_scan::word_key("the"), k_a = date_scan::word_key("a"),
                   k_this = date_scan::word_key("this"), k_that = date_scan::word_key("that"),
                   k_which = date_scan::word_key("which"), k_built = date_scan::word_key("built");

enum class Role : uint8_t {
    narrative,   // the sentence's own time, and the narrative's after it
    stretch,     // "since 1991", "for 30 years": the sentence's own time, not passed on
    attributive, // "a 2012 Russian law": the sentence's time only when nothing else dates it
    clause,      // "which opened in 1764", ", built in 1832,": never the sentence's time
};

// What a mention is to its sentence. A year used as an adjective ("a 2012 Russian law", "the
// 2016 referendum") names a thing; a relative clause or a participle clause set off by a comma
// ("the reactor that exploded in 1986", "the cathedral, built in 1832,") tells of the thing's
// past; a stretch up to now ("since 1991") tells how long, not when.
Role role_of(std::string_view sentence, const DateMention& m, Day now) {
    if (m.basis == TimeBasis::relative && m.span.last == now && m.span.first < now - 31) return Role::stretch;
    std::string_view text = sentence.substr(m.start, m.end - m.start);
    bool bare_year = text.size() == 4 && std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; });
    if (bare_year) {
        thread_local std::vector<std::string_view> before;
        words_in(sentence, m.start >= 12 ? m.start - 12 : 0, m.start, before);
        // A determiner: "the", "a", "this" and the words en.tsv maps to them ("an", "its", "their").
        uint64_t det_key = before.empty() ? 0 : key_of(before.back());
        bool det = (det_key == k_the || det_key == k_a || det_key == k_this) && m.start >= 2 && sentence[m.start - 1] == ' ';
        auto letter = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
        bool noun_after = m.end + 1 < sentence.size() && sentence[m.end] == ' ' && letter(sentence[m.end + 1]);
        if (det && noun_after) return Role::attributive;
    }
    // Turkish, Azerbaijani and Armenian put the participle after the date and before its noun
    // ("1832'de inşa edilen katedral", "1991-ci ildə yaradılan", "1832 թ. կառուցված տաճարը"): the
    // lexicons give those participles as "built" in the after order, so English's own "built"
    // ("in 1832 he built") never counts here. Within the three words after the date.
    {
        thread_local std::vector<std::string_view> after;
        size_t end = std::min(sentence.size(), size_t(m.end) + 48);
        size_t stop = sentence.find_first_of(",;(", m.end);
        words_in(sentence, m.end, std::min(end, stop), after);
        for (size_t w = 0; w < after.size() && w < 3; ++w) {
            uint64_t key = 0;
            date_scan::scan_word(reinterpret_cast<const unsigned char*>(after[w].data()), 0, after[w].size(), key);
            const date_scan::Entry* e = date_scan::lookup_word(key);
            if (e && e->as_key == k_built && e->order == date_scan::Order::after) return Role::clause;
        }
    }
    // The clause the mention is in: from the last comma, parenthesis, semicolon or dash before it.
    size_t clause = 0;
    bool after_break = false;
    for (size_t i = m.start; i-- > 0;) {
        auto c = static_cast<unsigned char>(sentence[i]);
        bool dash = i >= 2 && static_cast<unsigned char>(sentence[i - 2]) == 0xE2 &&
                    static_cast<unsigned char>(sentence[i - 1]) == 0x80 && (c == 0x93 || c == 0x94);
        if (c == ',' || c == '(' || c == ';' || dash) {
            clause = i + 1;
            after_break = true;
            break;
        }
    }
    thread_local std::vector<std::string_view> words;
    words_in(sentence, clause, m.start, words);
    if (words.empty()) return Role::narrative;
    uint64_t first = key_of(words[0]);
    // A relative pronoun ("which", "who", "whose", "where"; "который", "qui", "welche"...).
    if (first == k_which) return Role::clause;
    // "the reactor that exploded in 1986": that, a verb in the past, a preposition, the date.
    if (words.size() >= 3 && words[words.size() - 2].ends_with("ed") && key_of(words[words.size() - 3]) == k_that)
        return Role::clause;
    // ", built in 1832," -- a participle opening a clause after a comma ("built", "founded",
    // "signed"...; "construit", "erbaut", "построенный"... in the lexicons).
    if (after_break && first == k_built && words.size() <= 3) return Role::clause;
    return Role::narrative;
}

// Where a dateline opening the paragraph ends ("KHARKIV, Ukraine, March 2, 2022 -- "), or 0: its
// date is the article's, not the time of the sentence it opens. A dateline starts with a place
// in capitals and ends at a dash within its first 120 bytes.
size_t dateline_end(std::string_view sentence) {
    size_t first = sentence.find_first_of(",(");
    if (first == std::string_view::npos || first < 2 || first > 40) return 0;
    // In capitals in any script ("ТУЛА, 19 сентября 2023 г. —"; "Москва, в 2020 году — ..." is no dateline).
    for (size_t i = 0; i < first;) {
        UChar32 c;
        U8_NEXT(sentence.data(), i, first, c);
        if (c >= 0 && u_islower(c)) return 0;
    }
    std::string_view head = sentence.substr(0, 120);
    for (std::string_view dash : {" \xE2\x80\x94 ", " \xE2\x80\x93 ", " - "})
        if (size_t at = head.find(dash); at != std::string_view::npos) return at;
    return 0;
}

// The time a sentence's own mentions give: explicit ones before relative ones, the finest
// granularity present, the hull of those.
std::optional<TimeOf> own_time(const std::vector<DateMention>& dates) {
    bool any_explicit = std::any_of(dates.begin(), dates.end(), [](const DateMention& d) { return d.basis == TimeBasis::explicit_date; });
    TimeBasis basis = any_explicit ? TimeBasis::explicit_date : TimeBasis::relative;
    std::optional<Granularity> finest;
    for (const DateMention& d : dates)
        if (d.basis == basis && (!finest || d.span.granularity < *finest)) finest = d.span.granularity;
    if (!finest) return std::nullopt;
    TimeSpan hull{INT32_MAX, INT32_MIN, *finest};
    for (const DateMention& d : dates) {
        if (d.basis != basis || d.span.granularity != *finest) continue;
        hull.first = std::min(hull.first, d.span.first);
        hull.last = std::max(hull.last, d.span.last);
    }
    return TimeOf{hull, basis};
}

}  // namespace

std::vector<std::vector<TimeOf>> date_sentences(std::string_view text, Publication published,
                                                std::span<const std::vector<ByteSpan>> paragraphs) {
    std::vector<std::vector<TimeOf>> out(paragraphs.size());
    const TimeOf article_time{span_of_day(published.day), published.from_file_time ? TimeBasis::file
                                                          : published.inferred     ? TimeBasis::inferred
                                                                                   : TimeBasis::publication};
    std::optional<TimeSpan> previous;  // the last explicit time so far: anchors "five days later"
    std::optional<Day> last_full_day;  // stands in for "now" when the text names no publication date
    std::vector<DateMention> own, fallback, dates;
    std::string scratch;
    for (size_t p = 0; p < paragraphs.size(); ++p) {
        const std::vector<ByteSpan>& sentences = paragraphs[p];
        if (sentences.empty()) continue;
        // The paragraph is read as a whole, so that "21 May 2020 ... on April 14" keeps its year
        // from one sentence to the next; each time found then belongs to the sentence it starts in.
        const uint32_t base = sentences.front().start;
        std::string_view para = text.substr(base, sentences.back().end - base);
        DateContext ctx;
        ctx.reference = published.from_file_time && last_full_day ? *last_full_day : published.day;
        ctx.default_year = civil_from_day(*ctx.reference).year;
        ctx.previous = previous;
        const Day now = *ctx.reference;
        const size_t skip = dateline_end(text.substr(base, sentences.front().end - base));
        auto sentence_of = [&](const DateMention& d) {
            size_t k = 0;
            while (k + 1 < sentences.size() && sentences[k + 1].start - base <= d.start) ++k;
            return k;
        };
        // In its sentence's own offsets, for role_of.
        auto local = [&](const DateMention& d, size_t k) {
            DateMention m = d;
            m.start = d.start + base - sentences[k].start;
            m.end = std::min<size_t>(d.end + base, sentences[k].end) - sentences[k].start;
            return m;
        };
        auto sentence_text = [&](size_t k) { return text.substr(sentences[k].start, sentences[k].end - sentences[k].start); };
        dates = extract_dates(para, ctx);
        // A background year must not give its year to a bare date after it ("The cathedral,
        // built in 1832, collapsed on Sept. 19"): read the paragraph again without it (blanked to
        // spaces, so offsets stay). Rare, so the copy costs nothing on the whole.
        std::vector<std::pair<size_t, DateMention>> named;  // attributive years, by sentence
        bool blanked = false;
        for (const DateMention& d : dates) {
            if (d.end <= skip) continue;
            size_t k = sentence_of(d);
            Role r = role_of(sentence_text(k), local(d, k), now);
            if (r == Role::narrative || r == Role::stretch) continue;
            if (!blanked) scratch.assign(para);
            blanked = true;
            std::fill(scratch.begin() + d.start, scratch.begin() + d.end, ' ');
            if (r == Role::attributive) named.push_back({k, d});
        }
        if (blanked) dates = extract_dates(scratch, ctx);

        std::optional<TimeSpan> narrative;  // what the next undated sentence of this paragraph inherits
        size_t next = 0;                    // the first date not yet given to a sentence
        for (size_t k = 0; k < sentences.size(); ++k) {
            own.clear();
            fallback.clear();
            bool passes_on = false;
            for (; next < dates.size() && sentence_of(dates[next]) == k; ++next) {
                const DateMention& d = dates[next];
                if (d.end <= skip) continue;
                Role r = role_of(sentence_text(k), local(d, k), now);
                if (r == Role::narrative || r == Role::stretch) own.push_back(d);
                passes_on = passes_on || r == Role::narrative;
            }
            for (const auto& [in, d] : named)
                if (in == k) fallback.push_back(d);
            TimeOf t = article_time;
            if (auto mine = own_time(own)) {
                t = *mine;
                // A stretch up to now says how long, not when: the narrative does not move to it.
                if (passes_on) narrative = mine->time;
            } else if (narrative) {
                t = {*narrative, TimeBasis::context};
            } else if (auto year = own_time(fallback)) {
                t = *year;  // "A 2016 referendum had started the process." is about 2016, but tells no story on
            }
            out[p].push_back(t);
        }
        for (const DateMention& d : dates) {
            if (d.basis != TimeBasis::explicit_date || d.end <= skip) continue;
            previous = d.span;
            if (d.span.granularity == Granularity::day) last_full_day = d.span.last;
        }
    }
    return out;
}

TimeOf cover(std::span<const TimeOf> sentences, TimeOf fallback) {
    if (sentences.empty()) return fallback;
    TimeOf out = sentences[0];
    for (const TimeOf& s : sentences.subspan(1)) {
        out.time.first = std::min(out.time.first, s.time.first);
        out.time.last = std::max(out.time.last, s.time.last);
        out.time.granularity = std::max(out.time.granularity, s.time.granularity);
        out.basis = std::min(out.basis, s.basis);
    }
    return out;
}

}  // namespace placeline
