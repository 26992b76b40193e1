// Place names with case suffixes written on them, in the languages that glue them on: Azerbaijani
// and Turkish without an apostrophe ("Bakıda", "Gəncəyə", "Şəkidən": in, to, from), Armenian
// ("Երևանում", "Վանաձորից", "Երևանի") and Georgian ("თბილისში", "ქუთაისიდან", "გორის", whose
// nominative ends in -ი the suffix replaces). A word no name matches is tried without each
// suffix its script allows, longest first; the form is taken only when a place of that name is
// written so in the gazetteer, letter for letter (GeoNames keeps "Bakı", "Երևան", "თბილისი" as
// alternate names): a common word with a suffix seldom spells a place's own name in its own
// letters. Azerbaijani and Turkish suffixes are tried only in an article whose letters say it is
// in one of them (ə, ı, ğ), so that no English word loses an ending.
#include <algorithm>
#include <bit>
#include <cstdint>
#include <cstring>
#include <mutex>
#include <string>

#include "placeline/places/names.hpp"
#include "placeline/text/ascii_scan.hpp"
#include "placeline/places/resolution.hpp"
#include "placeline/base/on_cores.hpp"
#include "placeline/text/text.hpp"
#include "text_pieces.hpp"
#include "merge_matches.hpp"
#include "name_key.hpp"

namespace placeline::resolution {

namespace {

enum class Script { other, turkic, armenian, georgian };

// Longest first within each list. Turkic: locative, ablative and "located in" (-da, -dan, -daki
// and their harmony and voicing forms), dative (-a, -ya), genitive (-ın, -nın), accusative (-ı,
// -nı, -yı), with (-la, -yla).
constexpr std::string_view turkic[] = {
    "ndakı", "ndəki", "ndaki", "ndeki", "dakı", "dəki", "daki", "deki", "takı", "təki", "taki", "teki", "ndan", "ndən",
    "nden", "yla", "ylə", "yle", "nın", "nin", "nun", "nün", "dan", "dən", "den", "tan", "tən", "ten", "da", "də",
    "de", "ta", "tə", "te", "ya", "yə", "ye", "yı", "yi", "yu", "yü", "nı", "ni", "nu", "nü", "ın", "in", "un", "ün",
    "la", "lə", "le", "a", "ə", "e", "ı", "i", "u", "ü"};
// Armenian: locative -ում, ablative -ից, instrumental -ով, dative -ին, genitive -ի or -ու (after a
// vowel with a յ: Ֆրանսիայի), the articles -ը and -ն.
constexpr std::string_view armenian[] = {"յում", "յից", "յով", "յին", "ում", "ից", "ով", "ին", "յի", "ու", "ը", "ն", "ի"};
// Georgian: -იდან and -დან (from), -ისკენ (towards), -ისთვის (for), -მდე (up to), -ში (in), -ზე
// (on), -თან (at), -ით (by), -ის and -ს (of, to), -ად (as).
constexpr std::string_view georgian[] = {"ისთვის", "ისკენ", "იდან", "დან", "მდე", "ში", "ზე", "თან", "ით", "ის", "ად", "ს"};

Script script_of_word(std::string_view word) {
    size_t i = 0;
    char32_t c = word.empty() ? 0 : next_codepoint(word, i);
    if (c >= 0x10A0 && c <= 0x10FF) return Script::georgian;
    if (c >= 0x531 && c <= 0x587) return Script::armenian;
    return Script::other;
}

// How many times, up to `enough`, a byte `lead` is followed by `second_a` or `second_b`: each
// lead found by memchr (an English text is passed at memchr's speed, not read byte by byte).
int byte_pairs(std::string_view text, unsigned char lead, unsigned char second_a, unsigned char second_b, int enough) {
    int n = 0;
    const char* p = text.data();
    const char* const end = p + text.size();
    while (n < enough && p < end && (p = static_cast<const char*>(std::memchr(p, lead, size_t(end - p))))) {
        ++p;
        if (p < end && (static_cast<unsigned char>(*p) == second_a || static_cast<unsigned char>(*p) == second_b)) ++n, ++p;
    }
    return n;
}

// Azerbaijani or Turkish: three letters or more that only they write among the languages read,
// ı, ğ, ə and Ə: in UTF-8 the byte pairs C4 B1, C4 9F, C9 99 and C6 8F. Counted as those pairs,
// which finds the letters that reading the text a code point at a time finds, in any bytes: the
// first byte of each is no continuation byte, so no sequence before it takes it in, and reading
// starts a code point at it, which then is the letter.
bool turkic_text(std::string_view text) {
    int n = byte_pairs(text, 0xC4, 0xB1, 0x9F, 3);
    if (n < 3) n += byte_pairs(text, 0xC9, 0x99, 0x99, 3 - n);
    if (n < 3) n += byte_pairs(text, 0xC6, 0x8F, 0x8F, 3 - n);
    return n >= 3;
}

// Whether the text is Azerbaijani or Turkish, asked only at the first word that could need it
// (English text has none), and once for the text by whichever piece of it asks first.
class TurkicText {
public:
    explicit TurkicText(std::string_view text) : text_(text) {}
    bool operator()() {
        std::call_once(once_, [&] { turkic_ = turkic_text(text_); });
        return turkic_;
    }

private:
    std::string_view text_;
    std::once_flag once_;
    bool turkic_ = false;
};

// The suffixed names among `words` (a piece of the text, text_pieces.hpp), in text order;
// `next_match` is the first of `matches` that starts in the run or after it.
void find_suffixed_names(const Gazetteer& g, std::string_view text, std::span<const Token> words,
                         const std::vector<NameMatch>& matches, size_t next_match, TurkicText& turkic_article,
                         std::vector<NameMatch>& found) {
    std::string form;
    // The key of `name` if one of its places is written exactly so.
    auto written_place = [&](const std::string& name) -> const KeyEntry* {
        const KeyEntry* key = key_of_name(g, name);
        if (!key) return nullptr;
        for (PlaceIndex p : g.postings(*key))
            for (size_t k = 0, n = g.spelling_count(p); k < n; ++k)
                if (g.spelling(p, k) == name) return key;
        return nullptr;
    };
    const Token* const w = words.data();
    const size_t n = words.size();
    const size_t words_end = n ? w[n - 1].end : 0;
    // Only a capitalised word beyond ASCII can take a suffix here (English text has few). A word
    // is beyond ASCII when it holds a byte beyond ASCII (tokenize), so the text's bytes beyond
    // ASCII are sought, sixteen or more a step, and the words that hold them are found among
    // the words (a search that doubles its step from the last word found, then halves it): the
    // first capitalised one from word i on, or n. The matches are caught up with at such words
    // alone, which skips the same ones as catching up at every word would.
    auto next_wanted = [&](size_t i) {
        size_t at = i < n ? w[i].start : words_end;
        while (i < n) {
            at = first_beyond_ascii(text, at, words_end);
            if (at >= words_end) return n;
            // The first word from i on that ends after `at` (the last word does).
            if (w[i].end <= at) {
                size_t before = i, step = 1;  // w[before] ends by `at`
                while (before + step < n && w[before + step].end <= at) before += step, step *= 2;
                const size_t last = std::min(before + step, n - 1);
                i = size_t(std::partition_point(w + before + 1, w + last + 1, [&](const Token& x) { return x.end <= at; }) - w);
            }
            if (w[i].start > at) {  // the byte is between words: sought again from the next word
                at = w[i].start;
                continue;
            }
            if (w[i].capitalised) return i;
            at = w[i].end;
            ++i;
        }
        return n;
    };
    for (size_t i = 0; i < n; ++i) {
        i = next_wanted(i);
        if (i == n) break;
        const Token& t = w[i];
        while (next_match < matches.size() && matches[next_match].span.end <= t.start) ++next_match;
        std::string_view word = text.substr(t.start, t.end - t.start);
        Script s = script_of_word(word);
        if (next_match < matches.size() && matches[next_match].span.start < t.end) {  // a name already
            // ...unless, in Armenian or Georgian letters, the word as written is no place's name
            // (a suffixed word folding to some odd alternate: Georgian რუსეთის, "of Russia").
            const NameMatch& m = matches[next_match];
            if (s == Script::other || m.span.start != t.start || m.span.end != t.end) continue;
            bool written = false;
            for (PlaceIndex p : m.candidates)
                for (size_t k = 0, n = g.spelling_count(p); k < n && !written; ++k) written = g.spelling(p, k) == word;
            if (written) continue;
        }
        if (s == Script::other && turkic_article()) s = Script::turkic;
        std::span<const std::string_view> suffixes = s == Script::turkic     ? std::span<const std::string_view>(turkic)
                                                     : s == Script::armenian ? std::span<const std::string_view>(armenian)
                                                     : s == Script::georgian ? std::span<const std::string_view>(georgian)
                                                                             : std::span<const std::string_view>();
        const KeyEntry* key = nullptr;
        for (std::string_view suffix : suffixes) {
            // At least three letters of stem.
            if (word.size() < suffix.size() + 3 || !word.ends_with(suffix)) continue;
            std::string_view stem = word.substr(0, word.size() - suffix.size());
            if (count_codepoints(stem) < 3) continue;
            form.assign(stem);
            if ((key = written_place(form))) break;
            if (s == Script::georgian) {
                form += "ი";  // თბილისში: თბილის + ი
                if ((key = written_place(form))) break;
            }
        }
        if (key) found.push_back({{t.start, t.end}, g.postings(*key), key});
    }
}

}  // namespace

std::vector<NameMatch> with_suffixed_names(const Gazetteer& g, std::string_view text, std::vector<NameMatch> matches) {
    return with_suffixed_names(g, text, tokenize(text), std::move(matches));
}

std::vector<NameMatch> with_suffixed_names(const Gazetteer& g, std::string_view text, std::span<const Token> words,
                                           std::vector<NameMatch> matches) {
    // A long document in pieces (text_pieces.hpp) on both cores, an article in one: a word's
    // suffix is read from the word alone, and the matches tell which words are names already.
    const std::vector<TextPiece> pieces = text_pieces(text, words, matches);
    TurkicText turkic_article(text);
    if (pieces.size() == 1) {  // no per-piece lists to join
        std::vector<NameMatch> found;
        find_suffixed_names(g, text, words, matches, 0, turkic_article, found);
        return merged_matches(std::move(matches), found);
    }
    std::vector<std::vector<NameMatch>> found(pieces.size());
    for_each_on_cores(pieces.size(), [&](size_t p) {
        const TextPiece& piece = pieces[p];
        find_suffixed_names(g, text, words.subspan(piece.first_word, piece.end_word - piece.first_word), matches,
                            piece.first_match, turkic_article, found[p]);
    });
    for (size_t p = 1; p < found.size(); ++p) found[0].insert(found[0].end(), found[p].begin(), found[p].end());
    return merged_matches(std::move(matches), found[0]);
}

}  // namespace placeline::resolution
