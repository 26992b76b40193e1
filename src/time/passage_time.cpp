// Passage times: see chronology.hpp for the rules and why they are what they are.
#include <algorithm>

#include "placeline/time/chronology.hpp"
#include "placeline/time/dates.hpp"

namespace placeline {

namespace {

// A section heading ("History of violence"): short, no closing punctuation. It starts a new
// context, so the passages after it do not inherit the time of the passages before it.
bool is_heading(std::string_view text) {
    if (text.empty() || text.size() > 120) return false;
    size_t words = 1;
    for (char c : text) words += c == ' ';
    if (words > 8) return false;
    unsigned char last = static_cast<unsigned char>(text.back());
    if (last == '.' || last == '!' || last == '?' || last == ':' || last == '"' || last == ')' || last >= 0x80) return false;
    return text[0] >= 'A' && text[0] <= 'Z';
}

constexpr int max_context_chain = 3;

}  // namespace

std::vector<ParagraphTime> date_paragraphs(std::string_view article_text, Publication published,
                                           std::span<const ByteSpan> paragraphs) {
    std::vector<ParagraphTime> out(paragraphs.size());
    const TimeSpan published_span = span_of_day(published.day);
    std::optional<TimeSpan> previous;  // the last explicit time in the article so far
    std::optional<Day> last_full_day;  // stands in for "now" when the article has no publication date
    std::optional<TimeSpan> context;   // the time the next undated passage may inherit
    int chain = 0;
    std::vector<DateMention> chosen;
    for (size_t i = 0; i < paragraphs.size(); ++i) {
        const ByteSpan span = paragraphs[i];
        ParagraphTime& p = out[i];
        std::string_view text = article_text.substr(span.start, span.end - span.start);
        DateContext ctx;
        ctx.reference = published.from_file_time && last_full_day ? *last_full_day : published.day;
        ctx.default_year = civil_from_day(*ctx.reference).year;
        ctx.previous = previous;
        std::vector<DateMention> dates = extract_dates(text, ctx);

        bool any_explicit = std::any_of(dates.begin(), dates.end(), [](const DateMention& d) { return d.basis == TimeBasis::explicit_date; });
        TimeBasis basis = any_explicit ? TimeBasis::explicit_date : TimeBasis::relative;
        std::optional<Granularity> finest;
        for (const DateMention& d : dates)
            if (d.basis == basis && (!finest || d.span.granularity < *finest)) finest = d.span.granularity;
        bool heading = is_heading(text);
        if (finest) {
            TimeSpan hull{INT32_MAX, INT32_MIN, *finest};
            for (const DateMention& d : dates) {
                if (d.basis != basis || d.span.granularity != *finest) continue;
                hull.first = std::min(hull.first, d.span.first);
                hull.last = std::max(hull.last, d.span.last);
            }
            p.time = hull;
            p.basis = basis;
            // Stretches up to now ("for nearly a decade") say nothing about the next paragraph.
            if (basis == TimeBasis::explicit_date || hull.granularity <= Granularity::year) context = hull;
            else context.reset();
            chain = 0;
        } else if (context && !heading && chain < max_context_chain) {
            p.time = *context;
            p.basis = TimeBasis::context;
            ++chain;
        } else {
            p.time = published_span;
            p.basis = TimeBasis::publication;
            context.reset();
        }
        if (heading && !finest) context.reset();
        for (const DateMention& d : dates) {
            if (d.basis != TimeBasis::explicit_date) continue;
            previous = d.span;
            if (d.span.granularity == Granularity::day) last_full_day = d.span.last;
        }
    }
    return out;
}

}  // namespace placeline
