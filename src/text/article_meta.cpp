// What an article says about itself: title, author, site and publication date, found in the
// page furniture that boilerplate.cpp sets apart from the body.
#include <algorithm>
#include <array>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "placeline/text/article_meta.hpp"
#include "placeline/text/words.hpp"
#include "placeline/time/calendar_words.hpp"
#include "placeline/time/dates.hpp"
#include "placeline/time/lexicon.hpp"

namespace placeline {

namespace {

std::string_view line_of(std::string_view text, ByteSpan p) { return text.substr(p.start, p.end - p.start); }

// The boilerplate entry of paragraph p (entries are in text order), by binary search: a page of a
// million short lines must not cost a million squared.
const Boilerplate* boilerplate_at(const std::vector<Boilerplate>& bp, ByteSpan p) {
    auto it = std::lower_bound(bp.begin(), bp.end(), p.start, [](const Boilerplate& b, uint32_t off) { return b.span.start < off; });
    return it != bp.end() && it->span == p ? &*it : nullptr;
}

std::string_view last_word(std::string_view s) {
    size_t sp = s.find_last_of(' ');
    return sp == std::string_view::npos ? s : s.substr(sp + 1);
}

bool is_capital(char c) { return c >= 'A' && c <= 'Z'; }

// "Leila Alieva" from "By Leila Alieva"; "Francis Farrell" from "by Francis Farrell September 21, 2023".
std::string name_after_by(std::string_view line) {
    std::string name;
    size_t i = 3;
    int words = 0;
    while (i < line.size() && words < 6) {
        size_t end = line.find(' ', i);
        if (end == std::string_view::npos) end = line.size();
        std::string_view w = line.substr(i, end - i);
        while (!w.empty() && (w.back() == ',' || w.back() == ';')) w.remove_suffix(1);
        bool month = false;
        std::string_view bare = w.ends_with('.') ? w.substr(0, w.size() - 1) : w;
        for (std::string_view m : english_months)  // "September", "Sept", "Sep" -- but "Jane" is a name
            month = month || bare == m || (bare.size() >= 3 && bare.size() <= 4 && m.starts_with(bare));
        bool joiner = w == "and" || w == "&";
        if (w.empty() || (!is_capital(w[0]) && !joiner) || month) break;
        if (!name.empty()) name += ' ';
        name += w;
        ++words;
        i = end + 1;
    }
    while (name.ends_with(" and") || name.ends_with(" &")) name.erase(name.rfind(' '));
    return name;
}

// The first string value after "key" in a JSON blob ("authors": ["Vladimir Solovyov"]).
std::string json_string_after(std::string_view blob, std::string_view key) {
    size_t at = blob.find(key);
    if (at == std::string_view::npos) return {};
    size_t colon = blob.find(':', at + key.size());
    if (colon == std::string_view::npos) return {};
    size_t i = colon + 1;
    while (i < blob.size() && (blob[i] == ' ' || blob[i] == '\n' || blob[i] == '[' || blob[i] == '\t')) ++i;
    if (i >= blob.size() || blob[i] != '"') return {};
    size_t end = blob.find('"', i + 1);
    if (end == std::string_view::npos || end - i > 120) return {};
    return std::string(blob.substr(i + 1, end - i - 1));
}

bool domain_char(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-'; }

// "GlobalSecurity.org" in "Join the GlobalSecurity.org mailing list".
std::string domain_in(std::string_view line) {
    for (std::string_view tld : {".org", ".com", ".net", ".info", ".news", ".am", ".az", ".ge", ".ru", ".ua", ".eu", ".uk"}) {
        for (size_t at = line.find(tld); at != std::string_view::npos; at = line.find(tld, at + 1)) {
            size_t end = at + tld.size();
            if (end < line.size() && domain_char(line[end])) continue;
            size_t b = at;
            while (b > 0 && (domain_char(line[b - 1]) || line[b - 1] == '.')) --b;
            if (b < at && is_capital(line[b])) return std::string(line.substr(b, end - b));
            if (b < at && at - b >= 3) return std::string(line.substr(b, end - b));
        }
    }
    return {};
}

}  // namespace

std::string find_title(std::string_view text, const std::vector<Boilerplate>& bp) {
    // The first line of four to thirty words before the body starts (the first long paragraph),
    // that is not page furniture and does not end like a sentence cut short.
    for (const ByteSpan& p : split_paragraphs(text)) {
        std::string_view line = line_of(text, p);
        size_t words = count_words_capped(line, 46);  // exact up to 45, the longest a title is looked past
        if (boilerplate_at(bp, p)) continue;
        if (words > 45) break;
        if (words < 4 || words > 30 || line.size() > 300) continue;
        if (line.starts_with("{") || line.starts_with("\"") || line.starts_with("\xE2\x80\x9C")) continue;
        char last = line.back();
        if (last == ',' || last == ';' || last == ':') continue;
        std::string_view lw = last_word(line);
        bool dangling = lw == "of" || lw == "the" || lw == "and" || lw == "to" || lw == "a" || lw == "in" ||
                        lw == "for" || lw == "with" || lw == "other" || lw == "by";
        if (dangling) continue;
        if (line.find("Skip to") != std::string_view::npos || line.find("donation") != std::string_view::npos) continue;
        while (line.starts_with("#")) line.remove_prefix(1);  // a Markdown heading
        while (line.starts_with(" ")) line.remove_prefix(1);
        return std::string(line);
    }
    return {};
}

std::string find_title(std::string_view text) { return find_title(text, find_boilerplate(text)); }

namespace {

// A full date (a day, not a range) in `s`, the first one.
std::optional<Day> first_full_date(std::string_view s, size_t max_start = std::string_view::npos) {
    for (const DateMention& d : extract_dates(s))
        if (d.span.granularity == Granularity::day && d.span.first == d.span.last && d.start < max_start) return d.span.first;
    return std::nullopt;
}

// A dateline opening a paragraph: "KHARKIV, Ukraine, March 2, 2022 — Russian rockets...",
// "LONDON (Reuters) - ...", "KATHMANDU, 25 April 2015: ...". The date must lie before the dash (or
// colon) that ends the dateline, or, without one, after a place name in capitals and a comma.
std::optional<Day> dateline_date(std::string_view paragraph) {
    std::string_view head = paragraph.substr(0, 160);
    size_t end = std::string_view::npos;
    for (std::string_view dash : {" \xE2\x80\x94", " \xE2\x80\x93", " - ", " -- ", ": ", "\xE2\x80\x94", " \xE2\x80\x95"}) {
        size_t at = head.find(dash);
        if (at != std::string_view::npos && at < end) end = at;
    }
    if (end != std::string_view::npos) return first_full_date(head.substr(0, end));
    // No dash: "CITY, 25 April 2015 Rescuers..." needs a capitalised place first.
    size_t comma = head.find(',');
    if (comma == std::string_view::npos || comma < 2 || comma > 40) return std::nullopt;
    for (size_t i = 0; i < comma;) {  // in capitals in any script ("ЕРЕВАН,", not "Ереван,")
        UChar32 c;
        U8_NEXT(head.data(), i, comma, c);
        if (c >= 0 && u_islower(c)) return std::nullopt;
    }
    return first_full_date(head, comma + 30);
}

// The date in a JSON blob's "datePublished" (JSON-LD) or a similar key: "2022-03-02T10:00:00Z".
std::optional<Day> json_date(std::string_view blob) {
    for (std::string_view key : {"\"datePublished\"", "\"dateCreated\"", "\"published_time\"", "\"publishedAt\"", "\"pubDate\""}) {
        std::string v = json_string_after(blob, key);
        if (v.size() >= 10)
            if (auto d = parse_iso_date(std::string_view(v).substr(0, 10))) return d;
        if (!v.empty())
            if (auto d = first_full_date(v)) return d;
    }
    return std::nullopt;
}

}  // namespace

std::optional<Day> find_json_ld_date(std::string_view raw) {
    for (size_t at = raw.find("\"datePublished\""); at != std::string_view::npos; at = raw.find("\"datePublished\"", at + 1))
        if (auto d = json_date(raw.substr(at, 200))) return d;
    return std::nullopt;
}

std::optional<Day> find_publication_date(std::string_view text, const std::vector<Boilerplate>& bp) {
    // A full date with its year in a short line near the top (a byline or a dateline on its own
    // line), or in the dateline that opens the lead paragraph.
    auto paragraphs = split_paragraphs(text);
    bool lead_seen = false;
    for (size_t i = 0; i < paragraphs.size() && i < 15; ++i) {
        std::string_view line = line_of(text, paragraphs[i]);
        const Boilerplate* b = boilerplate_at(bp, paragraphs[i]);
        size_t words = count_words_capped(line, 15);  // exact up to 14, the most asked below
        if (b && b->kind == BoilerplateKind::metadata_json) {
            if (auto d = json_date(line)) return d;
            continue;
        }
        // A date alone on its line next to a teaser list still dates the page (its layout puts it there).
        if (b && b->kind != BoilerplateKind::byline && !(b->kind == BoilerplateKind::other_language && words <= 6)) continue;
        if (!b && words > 14) {
            if (lead_seen) continue;
            lead_seen = true;
            if (auto d = dateline_date(line)) return d;
            continue;
        }
        if (auto d = first_full_date(line)) return d;
    }
    // Else a date after a publication cue anywhere (footers of some sites): "Published: 2005-08-30".
    for (std::string_view cue : {"Published", "published on", "published:", "modified", "Updated", "updated:", "Posted", "posted on", "Date:"}) {
        for (size_t at = text.find(cue); at != std::string_view::npos; at = text.find(cue, at + 1))
            if (auto d = first_full_date(text.substr(at, 80), 30)) return d;
    }
    // The same cues in the languages of the date lexicons: "Опубликовано: 25 сентября 2023".
    for (size_t at : lexicon_words_meaning(text, {"published", "updated", "posted"}))
        if (auto d = first_full_date(text.substr(at, 80), 30)) return d;
    return std::nullopt;
}

namespace {

// The latest time stated with its year in the paragraphs that are not page furniture, read to the
// end or only to the first paragraph that states one.
std::optional<Day> latest_stated_date(std::string_view text, const std::vector<Boilerplate>& bp, bool first_paragraph) {
    std::optional<Day> latest;
    for (const ByteSpan& p : split_paragraphs(text)) {
        if (boilerplate_at(bp, p)) continue;
        for (const DateMention& d : extract_dates(line_of(text, p))) {
            if (d.basis != TimeBasis::explicit_date || d.span.granularity > Granularity::year) continue;
            if (!latest || d.span.first > *latest) latest = d.span.first;
        }
        if (latest && first_paragraph) break;
    }
    return latest;
}

}  // namespace

std::optional<Day> infer_publication_date(std::string_view text, const std::vector<Boilerplate>& bp) {
    // The article was written no earlier than the latest time it states with its year: the start
    // of that time (a year named is a year begun). Page furniture (copyright years) is left out.
    return latest_stated_date(text, bp, false);
}

std::optional<Day> infer_publication_date_first(std::string_view text, const std::vector<Boilerplate>& bp) {
    return latest_stated_date(text, bp, true);
}

std::optional<Day> find_publication_date(std::string_view text) { return find_publication_date(text, find_boilerplate(text)); }

std::string find_author(std::string_view text, const std::vector<Boilerplate>& bp) {
    for (const Boilerplate& b : bp) {
        std::string_view line = line_of(text, b.span);
        if (b.kind == BoilerplateKind::byline && (line.starts_with("By ") || line.starts_with("by "))) {
            std::string name = name_after_by(line);
            if (!name.empty()) return name;
        }
    }
    for (size_t i = 0; i < bp.size(); ++i) {
        if (bp[i].kind != BoilerplateKind::metadata_json) continue;
        size_t end = i;
        while (end + 1 < bp.size() && bp[end + 1].kind == BoilerplateKind::metadata_json) ++end;
        std::string_view blob = text.substr(bp[i].span.start, bp[end].span.end - bp[i].span.start);
        for (std::string_view key : {"\"authors\"", "\"author\"", "\"name\""}) {
            std::string name = json_string_after(blob, key);
            if (!name.empty()) return name;
        }
        i = end;
    }
    for (const ByteSpan& p : split_paragraphs(text)) {
        std::string_view line = line_of(text, p);
        if (line.starts_with("Author: ") && count_words(line) <= 6) return std::string(line.substr(8));
    }
    return {};
}

std::string find_source(std::string_view text, const std::vector<Boilerplate>& bp) {
    for (const Boilerplate& b : bp) {
        std::string_view line = line_of(text, b.span);
        size_t c = line.find("\xC2\xA9");
        if (c == std::string_view::npos) continue;
        // "(c) 2026 Carnegie Endowment for International Peace. All rights reserved."
        size_t i = c + 2;
        while (i < line.size() && (line[i] == ' ' || (line[i] >= '0' && line[i] <= '9') || line[i] == '-')) ++i;
        size_t end = line.find_first_of(".|,", i);
        std::string_view holder = line.substr(i, end == std::string_view::npos ? std::string_view::npos : end - i);
        while (!holder.empty() && holder.back() == ' ') holder.remove_suffix(1);
        if (!holder.empty() && is_capital(holder[0])) return std::string(holder);
    }
    for (const Boilerplate& b : bp) {
        std::string d = domain_in(line_of(text, b.span));
        if (!d.empty()) return d;
    }
    return {};
}

}  // namespace placeline
