// Boilerplate: paragraph rules, each narrow enough that body text does not match it. Short UI
// strings are matched whole or by telling phrases; blocks (JSON, link lists after "More work from",
// teaser lists) are followed from their start while their lines stay short. Section headings of
// the article itself ("History of violence") match none of these, which the tests check.
#include <algorithm>
#include <array>
#include <bit>
#include <cstdint>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "placeline/text/boilerplate.hpp"
#include "placeline/time/dates.hpp"
#include "placeline/text/text.hpp"
#include "placeline/text/words.hpp"

namespace placeline {

const char* to_string(BoilerplateKind k) {
    switch (k) {
        case BoilerplateKind::navigation: return "site navigation";
        case BoilerplateKind::subscription: return "subscription and comment forms";
        case BoilerplateKind::link_list: return "link lists";
        case BoilerplateKind::metadata_json: return "JSON metadata";
        case BoilerplateKind::other_language: return "teasers in other languages";
        case BoilerplateKind::byline: return "bylines and datelines";
        case BoilerplateKind::footer: return "copyright footer";
    }
    return "boilerplate";
}

namespace {

std::string lower_ascii(std::string_view s) {
    std::string out(s);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = char(c - 'A' + 'a');
    return out;
}

bool contains_any(std::string_view lower, std::initializer_list<std::string_view> phrases) {
    for (std::string_view p : phrases)
        if (lower.find(p) != std::string_view::npos) return true;
    return false;
}

bool is_one_of(std::string_view lower, std::initializer_list<std::string_view> phrases) {
    for (std::string_view p : phrases)
        if (lower == p) return true;
    return false;
}

bool starts_with_any(std::string_view lower, std::initializer_list<std::string_view> phrases) {
    for (std::string_view p : phrases)
        if (lower.starts_with(p)) return true;
    return false;
}

bool starts_with_bullet(std::string_view s) {
    return s.starts_with("\xE2\x80\xA2") || s.starts_with("\xC2\xB7") || s.starts_with("|") || s.starts_with("\xC2\xBB");
}

// Letters of a text by script, from UTF-8 lead bytes alone: U+0370-U+07FF (leads 0xCD-0xDF),
// U+0800-U+1FFF (0xE0, 0xE1) and U+3000 up (0xE3-0xEF) count as other letters; U+2000-U+2FFF
// (0xE2) is punctuation; Latin with diacritics (0xC3-0xC9 leads) counts as Latin. No decoding:
// this runs on every paragraph.
struct LetterCounts {
    size_t latin = 0, other = 0;  // latin left 0 where the whole text has no other letter
    // Share of letters outside Latin (Cyrillic, Armenian, Georgian, CJK...) among all letters.
    double foreign_share() const { return latin + other == 0 ? 0.0 : double(other) / double(latin + other); }
};

// The two counts below run in 8 bits over blocks of 240 bytes (a block's sum cannot pass 255;
// fifteen vectors of sixteen, no byte left to a scalar loop), without a branch: the loop
// vectorises into byte lanes and widens once a block. `in(c)` is 1 for a byte counted, else 0.
template <class In>
size_t count_bytes(std::string_view s, In in) {
    size_t n = 0;
    for (size_t from = 0; from < s.size(); from += 240) {
        const size_t to = std::min(s.size(), from + 240);
        uint8_t block = 0;
        for (size_t i = from; i < to; ++i) block += in(static_cast<unsigned char>(s[i]));
        n += block;
    }
    return n;
}

// Latin letters: ASCII letters and the leads of Latin letters with diacritics.
size_t count_latin(std::string_view s) {
    return count_bytes(s, [](unsigned char c) {
        return uint8_t((uint8_t((c | 0x20) - 'a') <= 'z' - 'a') | (uint8_t(c - 0xC3) <= 0xC9 - 0xC3));
    });
}

// Other letters' leads: 0xCD-0xDF, 0xE0-0xE1 and 0xE3-0xEF, i.e. 0xCD-0xEF but the punctuation
// lead 0xE2. (Disjoint from the Latin ones.)
size_t count_other(std::string_view s) {
    const auto in = [](unsigned char c) { return uint8_t((uint8_t(c - 0xCD) <= 0xEF - 0xCD) & (c != 0xE2)); };
    size_t from = 0, n = 0;
#if defined(__SSE2__)
    // Every such byte is above 0x7F: sixty-four bytes with none (most of a Latin text) pass in
    // one test, and a step with some counts the bytes its top bits point to.
    for (; from + 64 <= s.size(); from += 64) {
        uint64_t high = 0;
        for (int k = 0; k < 4; ++k)
            high |= uint64_t(uint32_t(_mm_movemask_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(s.data() + from + 16 * k)))))
                    << (16 * k);
        for (; high; high &= high - 1) n += in(static_cast<unsigned char>(s[from + size_t(std::countr_zero(high))]));
    }
#endif
    return n + count_bytes(s.substr(from), in);
}

// The whole text's count, from its paragraphs' counts (`of_paragraph(i)`) and `count` of the
// bytes between them, so that no byte is read twice; counted anew if the paragraphs are not in
// text order without overlap (split_paragraphs gives them so).
template <class OfParagraph, class Count>
size_t text_count(std::string_view text, const std::vector<ByteSpan>& paragraphs, OfParagraph of_paragraph, Count count) {
    size_t all = 0, counted_to = 0;
    for (size_t i = 0; i < paragraphs.size(); ++i) {
        const ByteSpan& p = paragraphs[i];
        if (p.start < counted_to || p.end < p.start || p.end > text.size()) return count(text);
        all += count(text.substr(counted_to, p.start - counted_to)) + of_paragraph(i);
        counted_to = p.end;
    }
    return all + count(text.substr(counted_to));
}

// Each paragraph's letters by script, and whether the article's letters are mostly Latin. The
// other letters are counted first: where the text has none (most English, French, German...
// text), every share of them is 0 whatever the Latin count, which is then not read (a quarter
// of the instructions of the two counts).
bool count_paragraph_letters(std::string_view text, const std::vector<ByteSpan>& paragraphs,
                             std::vector<LetterCounts>& letters) {
    auto paragraph = [&](size_t i) { return text.substr(paragraphs[i].start, paragraphs[i].end - paragraphs[i].start); };
    for (size_t i = 0; i < paragraphs.size(); ++i) letters[i].other = count_other(paragraph(i));
    const size_t other = text_count(text, paragraphs, [&](size_t i) { return letters[i].other; }, count_other);
    if (other == 0) return true;  // a share of 0: Latin (foreign_share() < 0.4)
    for (size_t i = 0; i < paragraphs.size(); ++i) letters[i].latin = count_latin(paragraph(i));
    const size_t latin = text_count(text, paragraphs, [&](size_t i) { return letters[i].latin; }, count_latin);
    return LetterCounts{latin, other}.foreign_share() < 0.4;
}

// A line that is a date and nothing else ("20 December 2023").
bool only_a_date(std::string_view line) {
    auto dates = extract_dates(line, {});
    size_t covered = 0;
    for (const DateMention& d : dates) covered += d.end - d.start;
    return !dates.empty() && covered + 3 >= line.size();
}

// A teaser in a list of other articles: a date glued to the next title ("20 December 2023On the eve").
bool date_glued_to_title(std::string_view line) {
    if (line.empty() || !(line[0] >= '0' && line[0] <= '9')) return false;  // "20 December 2023On..."
    auto dates = extract_dates(line.substr(0, std::min<size_t>(line.size(), 40)), {});
    if (dates.empty() || dates.front().start != 0 || dates.front().span.granularity != Granularity::day) return false;
    size_t e = dates.front().end;
    if (e >= line.size()) return false;
    unsigned char c = static_cast<unsigned char>(line[e]);
    return (c >= 'A' && c <= 'Z') || c >= 0xC0;
}

// The end of a JSON value starting at `at` (depth counting, strings skipped), or npos. Metadata
// blobs are small: the search stops after 64 KB, and `budget` (bytes left to scan in this text)
// keeps a page of a million unclosed braces linear.
size_t json_end(std::string_view text, size_t at, size_t& budget) {
    int depth = 0;
    bool in_string = false;
    size_t stop = std::min(text.size(), at + std::min<size_t>(budget, 64 * 1024));
    for (size_t i = at; i < stop; ++i) {
        char c = text[i];
        if (in_string) {
            if (c == '\\') ++i;
            else if (c == '"') in_string = false;
            continue;
        }
        if (c == '"') in_string = true;
        else if (c == '{' || c == '[') ++depth;
        else if (c == '}' || c == ']') {
            if (--depth == 0) {
                budget -= i + 1 - at;
                return i + 1;
            }
        }
    }
    budget -= stop - at;
    return std::string_view::npos;
}

bool indented(std::string_view text, const ByteSpan& p) {
    return p.start > 0 && (text[p.start - 1] == ' ' || text[p.start - 1] == '\t');
}

bool looks_like_byline(std::string_view line, std::string_view lower, size_t words) {
    if (words > 14) return false;
    if (starts_with_any(lower, {"published", "updated", "posted on", "page last modified", "last modified", "last updated"}))
        return true;
    if (!(line.starts_with("By ") || line.starts_with("by ")) || words < 3) return false;
    // "By Leila Alieva", "by Francis Farrell September 21, 2023": capitalised names after "by".
    size_t i = 3;
    for (int name = 0; name < 2; ++name) {
        if (i >= line.size() || !(line[i] >= 'A' && line[i] <= 'Z')) return false;
        while (i < line.size() && line[i] != ' ') ++i;
        ++i;
    }
    return line.back() != '.' && line.back() != ',';
}

// `latin_article`: most of the article's letters are Latin, so that a paragraph in another script
// is a teaser of another edition; in an article written in Cyrillic, Armenian or Georgian it is
// the article itself.
// `letters`: the line's letters by script (count_letters).
std::optional<BoilerplateKind> classify_line(std::string_view line, std::string_view lower, size_t words,
                                             const LetterCounts& letters, bool latin_article) {
    if (words > 30) {  // no furniture is this long, except teasers in other scripts
        if ((latin_article && letters.foreign_share() >= 0.4) || date_glued_to_title(line))
            return BoilerplateKind::other_language;
        return std::nullopt;
    }
    if (words <= 25 && contains_any(lower, {"subscribe", "subscription", "newsletter", "indicates required",
                                            "mailing list", "sign up", "signing up", "enter your email",
                                            "email address", "correct email", "required fields are marked",
                                            "leave a reply", "confirmation email"}))
        return BoilerplateKind::subscription;
    if ((starts_with_bullet(line) && words <= 6) || (words <= 8 && lower.find("logo") != std::string_view::npos) ||
        (words <= 12 && contains_any(lower, {"donation", "donate"})) ||
        is_one_of(lower, {"skip to content", "skip to main content", "link copied", "copy link", "learn more",
                          "read more", "share", "share this", "share this article", "menu", "search", "home",
                          "print", "advertisement", "comments", "this audio is created with ai assistance",
                          "listen to this article"}))
        return BoilerplateKind::navigation;
    if (words <= 30 && (line.find("\xC2\xA9") != std::string_view::npos || lower.find("all rights reserved") != std::string_view::npos))
        return BoilerplateKind::footer;
    if ((latin_article && letters.foreign_share() >= 0.4) || date_glued_to_title(line))
        return BoilerplateKind::other_language;
    if (looks_like_byline(line, lower, words) || (words <= 6 && only_a_date(line))) return BoilerplateKind::byline;
    return std::nullopt;
}

bool starts_link_list(std::string_view lower, size_t words) {
    return words <= 8 && starts_with_any(lower, {"more work from", "more from", "related articles", "related stories",
                                                 "read also", "read next", "editors' picks", "editors\xE2\x80\x99 picks",
                                                 "editor's picks", "recommended for you", "most popular", "most read",
                                                 "you may also like", "latest news", "get more news"});
}

}  // namespace

std::vector<Boilerplate> find_boilerplate(std::string_view text) {
    std::vector<ByteSpan> paragraphs = split_paragraphs(text);
    std::vector<std::optional<BoilerplateKind>> kind(paragraphs.size());
    std::vector<size_t> words(paragraphs.size());
    size_t json_budget = 2 * text.size() + 64 * 1024;
    std::vector<LetterCounts> letters(paragraphs.size());
    const bool latin_article = count_paragraph_letters(text, paragraphs, letters);
    for (size_t i = 0; i < paragraphs.size(); ++i) {
        std::string_view line = text.substr(paragraphs[i].start, paragraphs[i].end - paragraphs[i].start);
        // Exact up to 30, the most any rule here asks (classify_line, starts_link_list, the link
        // list's 15): a long paragraph is not read to its end.
        words[i] = count_words_capped(line, 31);
        if (line.size() > 4000) continue;  // no page furniture is this long
        std::string lower = words[i] <= 30 ? lower_ascii(line) : std::string();

        // A JSON blob: from its opening brace to the matching close, whatever the lines.
        if (!kind[i] && (line == "{" || line == "[" || line.starts_with("{\"") || line.starts_with("[{"))) {
            size_t end = json_end(text, paragraphs[i].start, json_budget);
            if (end != std::string_view::npos) {
                for (size_t k = i; k < paragraphs.size() && paragraphs[k].start < end; ++k)
                    kind[k] = BoilerplateKind::metadata_json;
                continue;
            }
        }
        if (kind[i]) continue;
        kind[i] = classify_line(line, lower, words[i], letters[i], latin_article);

        // "More work from ...": the heading and the short or indented lines after it.
        if (!kind[i] && words[i] <= 8 && starts_link_list(lower, words[i])) {
            kind[i] = BoilerplateKind::link_list;
            for (size_t k = i + 1; k < paragraphs.size(); ++k) {
                std::string_view l = text.substr(paragraphs[k].start, paragraphs[k].end - paragraphs[k].start);
                size_t w = count_words_capped(l, 31);
                if (w > 15 && !indented(text, paragraphs[k]) && !starts_with_bullet(l)) break;
                if (!kind[k]) kind[k] = classify_line(l, w <= 30 ? lower_ascii(l) : std::string(), w, letters[k], latin_article);
                if (!kind[k]) kind[k] = BoilerplateKind::link_list;
            }
        }
    }
    // A date alone next to a teaser belongs to the teaser list.
    for (size_t i = 0; i < paragraphs.size(); ++i) {
        if (kind[i] != BoilerplateKind::byline) continue;
        bool prev = i > 0 && kind[i - 1] == BoilerplateKind::other_language;
        bool next = i + 1 < paragraphs.size() && kind[i + 1] == BoilerplateKind::other_language;
        std::string_view line = text.substr(paragraphs[i].start, paragraphs[i].end - paragraphs[i].start);
        if ((prev || next) && only_a_date(line)) kind[i] = BoilerplateKind::other_language;
    }
    std::vector<Boilerplate> out;
    for (size_t i = 0; i < paragraphs.size(); ++i)
        if (kind[i]) out.push_back({paragraphs[i], *kind[i]});
    return out;
}

std::string describe_boilerplate(const std::vector<Boilerplate>& found) {
    std::array<size_t, 7> counts{};
    for (const Boilerplate& b : found) ++counts[size_t(b.kind)];
    std::string out;
    for (size_t k = 0; k < counts.size(); ++k) {
        if (!counts[k]) continue;
        if (!out.empty()) out += "; ";
        out += to_string(BoilerplateKind(k));
        out += ": " + std::to_string(counts[k]) + (counts[k] == 1 ? " paragraph" : " paragraphs");
    }
    return out;
}

bool is_boilerplate(const std::vector<Boilerplate>& found, ByteSpan span) {
    auto it = std::upper_bound(found.begin(), found.end(), span.start,
                               [](uint32_t off, const Boilerplate& b) { return off < b.span.start; });
    if (it == found.begin()) return false;
    --it;
    return span.start >= it->span.start && span.end <= it->span.end;
}

}  // namespace placeline
