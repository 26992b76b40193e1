// Russian and Ukrainian place names in the oblique cases ("в Изюме", "под Киевом", "у Гостомеля",
// "жители Харькова"): a capitalised Cyrillic word that no name matches is tried in the nominative
// forms its case ending allows, each looked up among the gazetteer's names (GeoNames keeps the
// Russian and Ukrainian nominatives as alternate names). The form naming the most prominent place is a match for the
// whole word, so that the mention covers what the article wrote. A region named by an adjective
// ("Одеської області") is read with its type word (slavic_regions.cpp).
#include <algorithm>
#include <cstring>
#include <optional>
#include <string>
#include <utility>

#include "placeline/places/names.hpp"
#include "placeline/places/resolution.hpp"
#include "placeline/base/on_cores.hpp"
#include "placeline/text/text.hpp"
#include "text_pieces.hpp"
#include "merge_matches.hpp"
#include "name_key.hpp"
#include "slavic_regions.hpp"

namespace placeline::resolution {

namespace {

struct Ending {
    std::string_view oblique, nominative;
};

// Noun endings of the singular cases, longest first within each group: masculine and neuter in a
// consonant (Киев: Киева, Киеву, Киевом, Киеве), in -ь (Гостомель: Гостомеля, Гостомелю,
// Гостомелем, Гостомеле), feminine in -а and -я (Москва: Москвы, Москве, Москву, Москвой; Грузия:
// Грузии, Грузию, Грузией), and Ukrainian -і for -а/-я (в Україні).
constexpr Ending endings[] = {
    // Ukrainian instrumentals in -ією, -єю, -ею (Данією, Польщею, Вінницею) and datives in -ові (Києвові).
    {"ією", "ія"}, {"єю", "я"}, {"ею", "я"},  {"ею", "а"},  {"ові", ""},
    {"ом", ""},   {"ем", "ь"},  {"ём", "ь"},  {"ем", ""},   {"ой", "а"},  {"ою", "а"},  {"ей", "я"},  {"ией", "ия"},
    {"ии", "ия"}, {"ию", "ия"}, {"ії", "ія"}, {"ію", "ія"}, {"а", ""},    {"у", ""},    {"е", ""},    {"і", ""},
    {"я", "ь"},   {"ю", "ь"},   {"е", "ь"},   {"і", "ь"},   {"ы", "а"},   {"е", "а"},   {"у", "а"},   {"і", "а"},
    {"и", "а"},   {"и", "я"},   {"е", "я"},   {"ю", "я"},   {"і", "я"},   {"и", "ь"},   {"у", "о"},   {"а", "о"},
    {"е", "о"},   {"ом", "о"},
    // Names that are adjectives (Хмельницький: Хмельницького, Хмельницькому, Хмельницьким; Russian
    // Хмельницкий, Белый: Белого).
    {"ого", "ий"}, {"ого", "ый"}, {"ому", "ий"}, {"ому", "ый"}, {"им", "ий"},  {"ым", "ый"},  {"ім", "ий"},
    // ...and in -й (Китай: Китая, Китаю, Китаем, Китае; Ukrainian в Китаї).
    {"ем", "й"},  {"ём", "й"},  {"єм", "й"},  {"я", "й"},   {"ю", "й"},   {"е", "й"},   {"ї", "й"},
};

bool vowel(char32_t c) {
    for (char32_t v : std::u32string_view(U"аеёиоуыэюяіїєАЕЁИОУЫЭЮЯІЇЄ"))
        if (c == v) return true;
    return false;
}

// The last code point of a UTF-8 string (0 for an empty one).
char32_t last_codepoint(std::string_view s) {
    size_t start = s.size();
    while (start > 0 && (static_cast<unsigned char>(s[start - 1]) & 0xC0) == 0x80) --start;
    if (start == 0) return 0;
    --start;
    size_t i = start;
    return next_codepoint(s, i);
}

// Ukrainian closes an о or е of the last syllable to і in the nominative (Харкова: Харків, Львова:
// Львів, Києва: Київ, Миколаєва: Миколаїв): the stem's form with that vowel, or empty.
std::string ukrainian_closed(std::string_view stem) {
    for (auto [open, closed] : {std::pair<std::string_view, std::string_view>{"ов", "ів"}, {"ев", "ів"}, {"єв", "їв"}})
        if (stem.size() > open.size() + 2 && stem.ends_with(open))
            return std::string(stem.substr(0, stem.size() - open.size())) + std::string(closed);
    return {};
}

bool cyrillic(std::string_view w) {
    return !w.empty() && (static_cast<unsigned char>(w[0]) == 0xD0 || static_cast<unsigned char>(w[0]) == 0xD1);
}

// Where an apostrophe (' or U+2019) stands inside a word, or npos.
size_t apostrophe_at(std::string_view word) {
    for (size_t i = 1; i + 1 < word.size(); ++i) {
        if (word[i] == '\'') return i;
        // U+2019 is E2 80 99 in UTF-8: its first byte is checked before the comparison.
        if (static_cast<unsigned char>(word[i]) == 0xE2 && word.compare(i, 3, "\u2019") == 0 && i + 3 < word.size())
            return i;
    }
    return std::string_view::npos;
}

// The nominatives a Russian or Ukrainian noun's ending allows, longest ending first, each form once.
std::vector<std::string> noun_nominatives(std::string_view word) {
    std::vector<std::string> out;
    auto add = [&](std::string f) {
        if (!f.empty() && std::find(out.begin(), out.end(), f) == out.end()) out.push_back(std::move(f));
    };
    for (const Ending& e : endings) {
        if (word.size() < e.oblique.size() + 4 || !word.ends_with(e.oblique)) continue;
        std::string_view stem = word.substr(0, word.size() - e.oblique.size());
        // A soft sign follows a consonant, a final й a vowel: "Китая" is "Китай", never "Китаь"
        // (which folds to "kita", a name of Quito).
        bool after_vowel = vowel(last_codepoint(stem));
        if ((e.nominative == "ь" && after_vowel) || (e.nominative == "й" && !after_vowel)) continue;
        add(std::string(stem) + std::string(e.nominative));
        if (e.nominative.empty()) add(ukrainian_closed(stem));
    }
    return out;
}

// How prominent the most prominent place of a name is: a country, then a first-level division or
// region, a capital, any other place.
int prominence(const Gazetteer& g, const KeyEntry& key) {
    int rank = 0;
    for (PlaceIndex p : g.postings(key)) {
        PlaceKind k = g.facts(p).kind;
        rank = std::max(rank, k == PlaceKind::country                                ? 3
                              : k == PlaceKind::admin1 || k == PlaceKind::region     ? 2
                              : k == PlaceKind::capital                              ? 1
                                                                                     : 0);
    }
    return rank;
}

// Where the next apostrophe (' or U+2019) starts at or after a byte, for words read in text
// order: each is searched for once (memchr over the text), not byte by byte in every word.
class Apostrophes {
public:
    Apostrophes(std::string_view text, size_t from) : text_(text), quote_(find_quote(from)), right_(find_right(from)) {}
    // Where the first apostrophe at or after `start` starts (the text's end: none); `start`
    // never decreases from call to call, here or in within().
    size_t next_from(size_t start) {
        if (next_ < start) {
            if (quote_ < start) quote_ = find_quote(start);
            if (right_ < start) right_ = find_right(start);
            next_ = std::min(quote_, right_);
        }
        return next_;
    }
    // Whether an apostrophe starts in [start, end).
    bool within(size_t start, size_t end) { return next_from(start) < end; }

private:
    // The next ' at or after `from`, or the text's end.
    size_t find_quote(size_t from) const { return find_byte('\'', from); }
    // The next U+2019 (E2 80 99 in UTF-8) at or after `from`, or the text's end.
    size_t find_right(size_t from) const {
        for (;; ++from) {
            from = find_byte('\xE2', from);
            if (from == text_.size() || text_.compare(from, 3, "\u2019") == 0) return from;
        }
    }
    size_t find_byte(char c, size_t from) const {
        if (from >= text_.size()) return text_.size();
        const void* at = std::memchr(text_.data() + from, c, text_.size() - from);
        return at ? size_t(static_cast<const char*>(at) - text_.data()) : text_.size();
    }
    std::string_view text_;
    // Where the next ' and the next U+2019 start, at or after the last word asked, and the
    // nearer of them.
    size_t quote_, right_, next_ = std::min(quote_, right_);
};

// The capitalised words right before this one, each after a space: the last two at most.
class WordsBefore {
public:
    size_t size() const { return n_; }
    bool empty() const { return n_ == 0; }
    const Token& back() const { return w_[n_ - 1]; }
    const Token& operator[](size_t k) const { return w_[k]; }
    void clear() { n_ = 0; }
    void push_back(const Token& t) {
        if (n_ == 2) w_[0] = w_[1], n_ = 1;
        w_[n_++] = t;
    }

private:
    Token w_[2];
    size_t n_ = 0;
};

// The inflected names among `words` (a piece of the text, text_pieces.hpp), in text order;
// `next_match` is the first of `matches` that starts in the run or after it.
void find_inflected_names(const Gazetteer& g, std::string_view text, std::span<const Token> words,
                          const std::vector<NameMatch>& matches, size_t next_match, std::vector<NameMatch>& found) {
    auto lookup = [&](std::string_view name) { return key_of_name(g, name); };
    const Lexicon& lex = lexicon();
    // "Vereinigten Staaten" from its first word: the two or three capitalised words from there,
    // each also with the nominative's ending, looked up as one name.
    auto declined_german_name = [&](const Token& first) -> std::optional<NameMatch> {
        std::vector<Token> words{first};
        Token w;
        while (words.size() < 3 && next_token(text, words.back().end, w) && w.capitalised &&
               w.start == words.back().end + 1 && text[words.back().end] == ' ')
            words.push_back(w);
        if (words.size() < 2) return std::nullopt;
        // Each word's forms: as written, and -en as -e or -es (an adjective) or -n dropped (a noun).
        auto forms = [&](const Token& x) {
            std::string_view s = text.substr(x.start, x.end - x.start);
            std::vector<std::string> out{std::string(s)};
            if (s.ends_with("en")) {
                out.push_back(std::string(s.substr(0, s.size() - 1)));
                out.push_back(std::string(s.substr(0, s.size() - 2)) + "es");
            } else if (s.ends_with("n")) {
                out.push_back(std::string(s.substr(0, s.size() - 1)));
            }
            return out;
        };
        for (size_t n = words.size(); n >= 2; --n) {
            std::vector<std::string> names{""};
            for (size_t k = 0; k < n; ++k) {
                std::vector<std::string> next;
                for (const std::string& head : names)
                    for (const std::string& f : forms(words[k])) next.push_back(head.empty() ? f : head + " " + f);
                names = std::move(next);
            }
            for (const std::string& name : names)
                if (const KeyEntry* key = lookup(name))
                    if (prominence(g, *key) >= 2)  // a country or a division: no town's odd alternate
                        return NameMatch{{first.start, words[n - 1].end}, g.postings(*key), key};
        }
        return std::nullopt;
    };
    Token prev_cyrillic;  // the capitalised Cyrillic word just before, no name by itself (end 0: none)
    WordsBefore before_words;  // the capitalised words right before this one, each after a space
    Apostrophes apostrophes(text, words.empty() ? text.size() : words[0].start);
    // Whether the word before this one leaves this one its words before: a capitalised word
    // right after it and a space. As the loop below asks it of each word and then remembers the
    // word if it is capitalised.
    auto follows = [&](const Token& t) {
        return t.capitalised && !before_words.empty() && t.start == before_words.back().end + 1 &&
               text[before_words.back().end] == ' ';
    };
    // A capitalised ASCII word is none of the forms below unless it holds an apostrophe or ends
    // as a German declined (-en) or genitive (-s) name can.
    auto german_ending = [&](const Token& t) {
        const size_t size = t.end - t.start;
        return (size >= 6 && text[t.end - 2] == 'e' && text[t.end - 1] == 'n') || (size >= 5 && text[t.end - 1] == 's');
    };
    // A word that none of the forms below starts at, when it holds no apostrophe: a lower-case
    // one (each form needs a capital or an apostrophe), or a capitalised ASCII one without a
    // German ending. It only ends the run of Cyrillic words before it, and is one of the
    // capitalised words before the next.
    auto passed = [&](const Token& w) { return !w.capitalised || (w.ascii && !german_ending(w)); };
    for (size_t k = 0, next_k; k < words.size(); k = next_k) {
        // Most words are passed so. Whether a word holds an apostrophe is asked of the text's
        // apostrophes, found once, not of each word's bytes; a run of such words is passed in a
        // loop of its own, before the matches are caught up with (they are at the next word
        // that needs them, as they only move forward).
        auto plain = [&](const Token& w) { return passed(w) && !apostrophes.within(w.start, w.end); };
        if (plain(words[k])) {
            // The run: the words that end by the next apostrophe are asked only the above, in a
            // loop of their own (most runs end at a word that needs more before it); at a word
            // that does not end by it, plain() asks again (an apostrophe between words is passed).
            next_k = k + 1;
            while (next_k < words.size()) {
                const size_t apostrophe = apostrophes.next_from(words[next_k].start);
                const Token* const w = words.data();
                // Four words a step while all four are lower case and the fourth ends by the
                // apostrophe (so do the three before it: a word ends before the next starts),
                // then one at a time: an English run is several words long.
                while (next_k + 4 <= words.size() &&
                       !(w[next_k].capitalised | w[next_k + 1].capitalised | w[next_k + 2].capitalised |
                         w[next_k + 3].capitalised) &&
                       w[next_k + 3].end <= apostrophe)
                    next_k += 4;
                while (next_k < words.size() && w[next_k].end <= apostrophe && passed(w[next_k])) ++next_k;
                if (next_k == words.size() || !plain(words[next_k])) break;
                ++next_k;
            }
            // The words before the next: as the run's last two words leave them (the last, if
            // capitalised, and the one before it if the last follows it), whatever they were.
            for (size_t j = next_k - std::min<size_t>(2, next_k - k); j < next_k; ++j) {
                if (!follows(words[j])) before_words.clear();
                if (words[j].capitalised) before_words.push_back(words[j]);
            }
            prev_cyrillic = {};
            continue;
        }
        Token t = words[k];  // a copy: a longer name found below moves its end
        next_k = k + 1;
        std::string_view word = text.substr(t.start, t.end - t.start);
        if (!follows(t)) before_words.clear();
        struct Remember {  // the word is the next one's word before, however this one ends
            WordsBefore& words;
            const Token& t;
            ~Remember() {
                if (t.capitalised) words.push_back(t);
            }
        } remember{before_words, t};
        while (next_match < matches.size() && matches[next_match].span.end <= t.start) ++next_match;
        if (!(t.capitalised && !t.ascii && cyrillic(word))) prev_cyrillic = {};
        // Two words, both declined: "Южной Кореи", "Великої Британії", "Нью-Йорка". The first is
        // kept as written or put back in the nominative of an adjective; the pair must be a name.
        // It replaces whatever either word matched alone ("Йорка", a name of York).
        if (prev_cyrillic.end && t.capitalised && !t.ascii && cyrillic(word) && t.start == prev_cyrillic.end + 1 &&
            (text[prev_cyrillic.end] == ' ' || text[prev_cyrillic.end] == '-')) {
            std::string_view first = text.substr(prev_cyrillic.start, prev_cyrillic.end - prev_cyrillic.start);
            std::vector<std::string> firsts = adjective_nominatives(first), seconds = noun_nominatives(word);
            firsts.insert(firsts.begin(), std::string(first));
            seconds.insert(seconds.begin(), std::string(word));
            const KeyEntry* pair = nullptr;
            for (const std::string& f1 : firsts) {
                for (const std::string& f2 : seconds)
                    if ((pair = lookup(f1 + " " + f2))) break;  // the index joins words with a space
                if (pair) break;
            }
            if (pair) {
                if (!found.empty() && found.back().span.start == prev_cyrillic.start) found.pop_back();
                found.push_back({{prev_cyrillic.start, t.end}, g.postings(*pair), pair});
                prev_cyrillic = {};
                while (next_match < matches.size() && matches[next_match].span.start < t.end) ++next_match;
                continue;
            }
        }
        // "Одеської області", "Иркутской области": the region, even where the adjective alone
        // matched a name (slavic_regions.cpp).
        if (t.capitalised && !t.ascii && cyrillic(word))
            if (auto region = adjectival_region(g, text, t)) {
                found.push_back(*region);
                continue;
            }
        if (next_match < matches.size() && matches[next_match].span.start < t.end) {  // a name already
            // ...which a longer, declined name may still take in ("Нью" of "Нью-Йорка").
            const ByteSpan& m = matches[next_match].span;
            bool this_word = m.start == t.start && m.end == t.end && t.capitalised && !t.ascii && cyrillic(word);
            prev_cyrillic = this_word ? t : Token{};
            continue;
        }
        // (The text's apostrophes say whether there is one to look for.)
        if (size_t apos = apostrophes.within(t.start, t.end) ? apostrophe_at(word) : std::string_view::npos;
            apos != std::string_view::npos) {
            // French and Italian elide the article or preposition before a name (d'Allemagne,
            // l'Espagne, dell'Italia); Turkish and Azerbaijani put a case suffix after one
            // (İzmir'de, Bakı'dan). The name is the part that is one, and the mention covers it.
            size_t after = apos + (static_cast<unsigned char>(word[apos]) < 0x80 ? 1 : 3);
            std::string_view head = word.substr(0, apos), tail = word.substr(after);
            Token ht, tt;
            bool elided = head.size() <= 4 && next_token(tail, 0, tt) && tt.capitalised && next_token(head, 0, ht) &&
                          !ht.capitalised;
            bool suffixed = !elided && t.capitalised && count_codepoints(tail) <= 5 && next_token(tail, 0, tt) && !tt.capitalised;
            std::string_view name = elided ? tail : suffixed ? head : std::string_view();
            // A name of several words takes the suffix on its last ("Amerika Birleşik
            // Devletleri'nde", "Suudi Arabistan'da"): the capitalised words before it, longest first.
            if (suffixed) {
                const KeyEntry* key = nullptr;
                uint32_t start = 0;
                for (size_t back = std::min<size_t>(2, before_words.size()); back >= 1 && !key; --back) {
                    const Token& from = before_words[before_words.size() - back];
                    std::string joined;
                    for (size_t k = before_words.size() - back; k < before_words.size(); ++k)
                        joined += std::string(text.substr(before_words[k].start, before_words[k].end - before_words[k].start)) + " ";
                    joined += head;
                    if ((key = lookup(joined))) start = from.start;
                }
                if (key) {
                    while (!found.empty() && found.back().span.end > start) found.pop_back();
                    found.push_back({{start, t.start + uint32_t(head.size())}, g.postings(*key), key});
                    before_words.clear();
                    continue;
                }
            }
            if (elided) {
                // ...and an elided name of several words reads on ("l'Afrique du Sud", "l'Arabie
                // saoudite"): the longest run of up to three more words, after single spaces, that
                // is a name.
                const KeyEntry* longest = nullptr;
                uint32_t longest_end = 0;
                std::string joined(tail);
                Token prev = t, w;
                for (int k = 0; k < 3 && next_token(text, prev.end, w) && w.start == prev.end + 1 && text[prev.end] == ' '; ++k) {
                    joined += " ";
                    joined += text.substr(w.start, w.end - w.start);
                    if (const KeyEntry* key = lookup(joined)) longest = key, longest_end = w.end;
                    prev = w;
                }
                if (longest) {
                    uint32_t start = t.start + uint32_t(after);
                    found.push_back({{start, longest_end}, g.postings(*longest), longest});
                    while (next_match < matches.size() && matches[next_match].span.start < longest_end) ++next_match;
                    // Read on from the first word after the name.
                    while (next_k < words.size() && words[next_k].start < longest_end) ++next_k;
                    t.end = longest_end;
                    continue;
                }
            }
            if (!name.empty())
                if (const KeyEntry* key = lookup(name)) {
                    uint32_t start = t.start + uint32_t(elided ? after : 0);
                    found.push_back({{start, start + uint32_t(name.size())}, g.postings(*key), key});
                }
            continue;
        }
        if (!t.capitalised) continue;
        if (t.ascii || !cyrillic(word)) {
            // German declines the adjective of a name of two or three words ("in den Vereinigten
            // Staaten", "im Vereinigten Königreich", "den Vereinigten Arabischen Emiraten"): -en for
            // the nominative's -e or -es, and a plural noun's dative -n.
            if (word.size() >= 6 && word.ends_with("en")) {
                if (std::optional<NameMatch> m = declined_german_name(t)) {
                    found.push_back(*m);
                    continue;
                }
            }
            // German puts a country in the genitive with -s (Frankreichs, Chinas, Deutschlands),
            // and a capital or a city of a million too (Berlins, Wiens, Moskaus): a capitalised
            // word no name matches whose stem names one, and that is no given name (Frances,
            // Charles).
            if (word.size() < 5 || word.back() != 's') continue;
            std::string_view stem = word.substr(0, word.size() - 1);
            const KeyEntry* key = lookup(stem);
            if (!key || lex.given_names.count(fold_name(word))) continue;
            auto postings = g.postings(*key);
            if (std::none_of(postings.begin(), postings.end(), [&](PlaceIndex p) {
                    const PlaceFacts& f = g.facts(p);
                    return f.kind == PlaceKind::country || f.kind == PlaceKind::capital || f.population >= 1000000;
                }))
                continue;
            found.push_back({{t.start, t.end}, postings, key});
            continue;
        }
        // Every nominative the endings allow is looked up, and the one naming the most prominent
        // kind of place wins (ties: the first, longest ending first): "Польщі" is Польща, the
        // country, though the bare stem "Польщ" also folds to some village's name.
        const std::vector<std::string> forms = noun_nominatives(word);
        prev_cyrillic = t;
        const KeyEntry* best = nullptr;
        int best_rank = -1;
        for (const std::string& f : forms) {
            const KeyEntry* key = lookup(f);
            if (!key) continue;
            int rank = prominence(g, *key);
            if (rank > best_rank) best = key, best_rank = rank;
        }
        if (best) found.push_back({{t.start, t.end}, g.postings(*best), best});
    }
}

}  // namespace

std::vector<NameMatch> with_inflected_names(const Gazetteer& g, std::string_view text,
                                            std::vector<NameMatch> matches) {
    return with_inflected_names(g, text, tokenize(text), std::move(matches));
}

std::vector<NameMatch> with_inflected_names(const Gazetteer& g, std::string_view text, std::span<const Token> words,
                                            std::vector<NameMatch> matches) {
    // Every text is scanned: besides Cyrillic case endings, Latin-script words carry elisions
    // (d'Allemagne), suffixes after an apostrophe (İzmir'de) and German genitives (Chinas).
    // A long document in pieces (text_pieces.hpp) on both cores, an article in one.
    const std::vector<TextPiece> pieces = text_pieces(text, words, matches);
    if (pieces.size() == 1) {  // no per-piece lists to join
        std::vector<NameMatch> found;
        find_inflected_names(g, text, words, matches, 0, found);
        return merged_matches(std::move(matches), found);
    }
    std::vector<std::vector<NameMatch>> found(pieces.size());
    for_each_on_cores(pieces.size(), [&](size_t p) {
        const TextPiece& piece = pieces[p];
        find_inflected_names(g, text, words.subspan(piece.first_word, piece.end_word - piece.first_word), matches,
                             piece.first_match, found[p]);
    });
    for (size_t p = 1; p < found.size(); ++p) found[0].insert(found[0].end(), found[p].begin(), found[p].end());
    return merged_matches(std::move(matches), found[0]);
}

}  // namespace placeline::resolution
