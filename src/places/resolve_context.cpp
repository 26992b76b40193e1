// What the words around a match say: sentence starts, cue phrases, qualifiers, and the signs that
// a capitalised word is part of a person's or an organisation's name rather than a place.
#include <algorithm>
#include <array>
#include <atomic>
#include <bit>
#include <cctype>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <mutex>
#include <span>
#include <vector>

#include <unicode/locid.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include "placeline/base/text_lines.hpp"
#include "placeline/base/data_paths.hpp"
#include "placeline/base/on_cores.hpp"
#include "placeline/places/names.hpp"
#include "placeline/time/calendar_words.hpp"
#include "placeline/time/lexicon.hpp"
#include "placeline/text/text.hpp"
#include "placeline/places/resolution.hpp"
#include "placeline/text/ascii_scan.hpp"
#include "article_language.hpp"
#include "institutions.hpp"
#include "lexicon_image.hpp"
#include "near_words.hpp"
#include "news_conventions.hpp"
#include "name_key.hpp"
#include "person_names.hpp"
#include "slavic_regions.hpp"
#include "word_hash.hpp"
#include "word_set.hpp"

namespace placeline::resolution {

namespace {

// The file's bytes, read at once (empty when it cannot be read).
std::string file_text(const std::string& path) {
    std::string out;
    if (std::FILE* f = std::fopen(path.c_str(), "rb")) {
        char buffer[1 << 16];
        for (size_t n; (n = std::fread(buffer, 1, sizeof buffer, f)) > 0;) out.append(buffer, n);
        std::fclose(f);
    }
    return out;
}

template <class Each>
void for_each_line_of_file(const std::string& path, Each each) {
    for_each_line(file_text(path), each);
}

// A word list file's words: its lines but empty ones and comments ('#'), the index made for as
// many words as the file has lines at once.
WordList word_list_file(const std::string& path) {
    const std::string text = file_text(path);
    WordList words;
    words.reserve(size_t(std::count(text.begin(), text.end(), '\n')) + 1, text.size());
    for_each_line(text, [&](std::string_view line) {
        if (!line.empty() && line[0] != '#') words.insert(line);
    });
    return words;
}

// fold_name of a word of ASCII letters and digits is the word in lower case: the given names'
// list is such words, folded here without fold_name's general reading.
// (std::isalnum and std::tolower in the "C" locale, which the program keeps: ASCII letters and
// digits, and A-Z lowered, without a call per letter.)
std::string folded_word(std::string_view w) {
    auto ascii_alnum = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'); };
    if (!std::all_of(w.begin(), w.end(), ascii_alnum)) return fold_name(w);
    std::string out(w);
    for (char& c : out)
        if (c >= 'A' && c <= 'Z') c = char(c + ('a' - 'A'));
    return out;
}

// The files the lexicon is read from, in the order read_lexicon reads them: what its image in the
// data cache is checked against.
constexpr const char* other_languages[] = {"de", "ru", "uk", "fr", "es", "tr"};
static_assert(std::size(other_languages) <= article_languages_most, "article_language would leave a list out");
std::vector<std::string> lexicon_files() {
    std::vector<std::string> files = {geodata_path("common-words.txt"), geodata_path("demonyms.tsv"),
                                      cache_dir() + "/given-names.txt"};
    for (const char* lang : other_languages) files.push_back(geodata_path(std::string("common-words-") + lang + ".txt"));
    return files;
}

Lexicon read_lexicon() {
    const std::vector<std::string> files = lexicon_files();
    Lexicon lex;
    lex.common_words = word_list_file(files[0]);
    for_each_line_of_file(files[1], [&](std::string_view line) {
        if (line.empty() || line[0] == '#') return;
        size_t tab = line.find('\t');
        std::string_view form = line.substr(0, tab);
        std::string country(tab == std::string_view::npos ? std::string_view() : line.substr(tab + 1));
        if (!country.empty() && country.back() == '\r') country.pop_back();
        // The first line of a form holds (a map's emplace kept the first too).
        const std::string folded = fold_name(form);
        if (lex.demonym_forms.index_of(folded) != WordList::npos) return;
        lex.demonym_forms.insert(folded);
        lex.demonym_countries.push_back(std::move(country));
        if (!folded.empty()) lex.demonym_lengths[static_cast<unsigned char>(folded[0])] |= Lexicon::length_bit(folded.size());
    });
    // Given names (scripts/fetch-data.sh: Moby Word II's English first names, via npm). Without
    // the file the titles, the surname endings and "said" still work.
    const std::string given = file_text(files[2]);
    lex.given_names.reserve(size_t(std::count(given.begin(), given.end(), '\n')) + 1, given.size());
    for_each_line(given, [&](std::string_view line) {
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (!line.empty() && line[0] != '#') lex.given_names.insert(folded_word(line));
    });
    for (size_t k = 0; k < std::size(other_languages); ++k) {
        WordList words = word_list_file(files[3 + k]);
        if (!words.empty()) lex.language_words.emplace_back(other_languages[k], std::move(words));
    }
    return lex;
}

// Read in place from the data cache's image of the lists when it is this build's and the files
// are as they were; read from the files (and the image written) otherwise.
Lexicon load_lexicon() { return cached_lexicon(lexicon_files(), read_lexicon); }

// The short lists of words asked at every match: each a WordSet, whose probe turns most words
// away on their first byte and length, where a comparison per word of the list cost more.
const WordSet city_cue_words{"city", "town", "capital"};
const WordSet region_type_words{"oblast", "province", "region", "governorate", "prefecture", "voivodeship", "krai", "okrug"};
const WordSet water_type_words{"sea", "gulf", "bay", "strait", "lake"};
const WordSet military_unit_words{"regiment", "battalion", "brigade", "squadron"};
const WordSet plant_kind_words{"nuclear", "power", "hydroelectric", "thermal"};
const WordSet plant_words{"plant", "station", "dam"};
const WordSet place_prepositions{"in", "near", "outside"};
const WordSet german_articles{"der", "die", "das", "dem", "den", "des", "im", "am", "zum", "zur", "vom", "beim", "ins",
                              "ein", "eine", "einem", "einen", "eines", "einer"};
const WordSet definite_articles{"the", "der", "die", "das", "dem", "den", "des", "le", "la", "du", "au", "el", "del", "al"};
const WordSet compass_words{"sur", "norte", "este", "oeste", "sud", "nord", "est", "ouest"};
const WordSet compass_joiners{"del", "du", "de"};
// Words before a capitalised word that leave it no part of a longer name.
const WordSet name_run_breakers{"the", "of", "and", "in", "president", "minister", "mr", "mrs", "dr"};

// The English months and weekdays, whole and cut short, in lower case: is_english_calendar_word
// (calendar_words.hpp) asked in one probe. That function takes a word for one of them when it
// equals the name with each byte's 0x20 bit set; for the names' letters that is their lower case.
const std::vector<std::string> english_calendar_word_list = [] {
    std::vector<std::string> out;
    auto add = [&](std::string_view name) {
        std::string w(name);
        for (char& ch : w) ch = char(ch | 0x20);
        out.push_back(w);
    };
    for (std::string_view m : english_months) add(m), add(english_abbreviation(m));
    for (std::string_view d : english_weekdays) add(d), add(english_abbreviation(d));
    add(english_september_long);
    return out;
}();
const WordSet english_calendar_words = [] {
    std::vector<std::string_view> views(english_calendar_word_list.begin(), english_calendar_word_list.end());
    return WordSet(std::span<const std::string_view>(views));
}();

// The English months and weekdays whole, as the date lexicons' words stand for them.
constexpr std::string_view calendar_names[] = {"january", "february", "march", "april", "may", "june", "july",
                                               "august", "september", "october", "november", "december", "monday",
                                               "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

// Head words of organisations' names: "OSCE Minsk Group", "Chatham House", "Kyiv Independent".
constexpr std::string_view organisation_heads[] = {"group", "house", "university", "institute", "center", "centre", "agency",
    "council", "court", "independent", "times", "post", "foundation", "endowment", "bank", "party", "studies", "school",
    "college", "company", "corporation", "club", "committee", "ministry", "news", "herald", "tribune",
    "journal", "gazette", "daily", "radio", "television", "media", "press", "review", "monitor",
    "forum", "initiative", "programme", "program", "project", "network", "association", "airlines",
    "pravda", "report", "magazine", "observer", "telegraph", "guardian", "theatre", "theater",
    "funeral"};
constexpr std::string_view region_words[] = {"region", "regions", "district", "districts", "province", "oblast", "rayon", "marz",
    "governorate", "county", "municipality", "autonomous", "territory", "exclave", "enclave", "republic", "state",
    "krai", "okrug", "prefecture", "canton"};
constexpr std::string_view city_words[] = {"city", "town", "village", "capital", "port", "suburb", "township"};
constexpr std::string_view landmark_words[] = {"village", "monastery", "monasteries", "bridge", "hill", "hills", "mountain",
    "mountains", "river", "lake", "checkpoint", "church", "cathedral", "valley"};

// The four lists above in one table: the word after a match is asked about all of them, and one
// probe answers for all (a bit for each list that holds the word).
enum : uint32_t { region_class = 1, city_class = 2, landmark_class = 4, organisation_class = 8 };
const WordClasses near_word_classes{{std::span<const std::string_view>(region_words), region_class},
                                    {std::span<const std::string_view>(city_words), city_class},
                                    {std::span<const std::string_view>(landmark_words), landmark_class},
                                    {std::span<const std::string_view>(organisation_heads), organisation_class}};

bool organisation_head(std::string_view w) { return near_word_classes.of(w) & organisation_class; }
bool region_word(std::string_view w) { return near_word_classes.of(w) & region_class; }
bool city_word(std::string_view w) { return near_word_classes.of(w) & city_class; }

// Surnames of the region and beyond end so ("Pashinyan", "Sahakian", "Solovyov", "Aliyev",
// "Zelensky", "Kvaratskhelia" does not, and that is fine: the rule only adds evidence).
bool surname_like(std::string_view w) {
    auto ends = [&](std::string_view suffix) {
        return w.size() > suffix.size() + 2 && w.substr(w.size() - suffix.size()) == suffix;
    };
    static constexpr std::string_view suffixes[] = {"yan", "ian", "ov", "ova", "ev", "eva", "yev", "enko", "shvili", "dze",
                                                    "ski", "sky", "vich", "uk", "chuk", "escu", "oglu", "zade", "ova", "ina"};
    if (w.empty()) return false;
    // The suffixes by their last byte: most words end in none of their letters, and the others
    // are compared with the few that end so only.
    static const std::array<std::vector<std::string_view>, 256> by_last_byte = [] {
        std::array<std::vector<std::string_view>, 256> table;
        for (std::string_view s : suffixes) table[static_cast<unsigned char>(s.back())].push_back(s);
        return table;
    }();
    for (std::string_view s : by_last_byte[static_cast<unsigned char>(w.back())])
        if (ends(s)) return true;
    return false;
}

// Words that may continue a name in lower case ("Rostov-on-Don", "Lachin corridor").
constexpr std::string_view lower_case_name_words[] = {"of", "on", "upon", "de", "la", "le", "del", "di", "da", "du", "des", "do",
                                                      "dos", "am", "an", "im", "sur", "and", "en", "y", "el", "al"};
// Titles written short with a full stop ("Mr. Jones", "Gen. Smith"); after any other word a full
// stop ends a sentence.
constexpr std::string_view title_abbreviations[] = {"mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "capt", "maj", "sgt",
                                                    "adm", "cpl", "pvt", "sen", "rep", "gov", "rev", "supt", "det", "insp",
                                                    "cmdr", "atty", "const", "cst"};
// Titles and ranks that come before a person's name, folded.
constexpr std::string_view titles[] = {"miss", "professor", "sir", "dame", "lord", "lady", "president",
    "gen", "general", "col", "colonel", "lt", "lieutenant", "capt", "captain", "maj", "major", "sgt",
    "sergeant", "adm", "admiral", "cpl", "pvt", "sen", "senator", "rep", "gov", "governor", "mayor",
    "judge", "justice", "sheriff", "deputy", "officer", "detective", "rev", "reverend", "pastor",
    "father", "bishop", "rabbi", "imam", "coach", "chairman", "chairwoman", "minister", "premier",
    "chancellor", "king", "queen", "prince", "princess", "pope", "ambassador", "commissioner",
    "spokesman", "spokeswoman", "councilman", "councilwoman", "supt", "superintendent", "principal",
    "trooper", "attorney", "secretary", "constable", "representative", "congressman",
    "congresswoman", "assemblyman", "assemblywoman", "councillor", "councilor", "delegate"};
// Words that begin place names before a capitalised word ("North Texas", "Port Elizabeth").
constexpr std::string_view place_prefixes[] = {"saint", "st", "upper", "lower", "north", "south", "east", "west",
    "northern", "southern", "eastern", "western", "central", "northeast", "northwest", "southeast", "southwest",
    "northeastern", "northwestern", "southeastern", "southwestern", "greater", "new", "old", "lake", "mount", "cape",
    "port", "fort", "san", "santa", "sao", "little", "great", "grand", "royal"};
// Verbs of speech right after a name: "Jones said", "Smith told reporters".
constexpr std::string_view speech_verbs[] = {"said", "says", "told", "added", "explained", "stated", "noted", "wrote", "asked",
                                             "recalled", "testified", "insisted", "argued", "admitted", "replied", "continued"};

// The sets at namespace scope, asked inline: a set made in a function is a guarded static, and
// its function a call, at every question. Titles and their abbreviations in one table, and place
// prefixes with the words that continue a name in lower case (each function asked both): a bit
// for each list that holds a word.
const WordSet lower_case_name_set{std::span<const std::string_view>(lower_case_name_words)};
const WordSet title_abbreviation_set{std::span<const std::string_view>(title_abbreviations)};
const WordClasses title_classes{{std::span<const std::string_view>(title_abbreviations), 1},
                                {std::span<const std::string_view>(titles), 2}};
const WordClasses place_prefix_classes{{std::span<const std::string_view>(place_prefixes), 1},
                                       {std::span<const std::string_view>(lower_case_name_words), 2}};
const WordSet speech_verb_set{std::span<const std::string_view>(speech_verbs)};

bool lower_case_name_word(std::string_view w) { return lower_case_name_set.has(w); }
bool title_abbreviation(std::string_view w) { return title_abbreviation_set.has(w); }
bool title_word(std::string_view w) { return title_classes.of(w) != 0; }
bool place_prefix_word(std::string_view w) { return place_prefix_classes.of(w) != 0; }
bool speech_verb(std::string_view w) { return speech_verb_set.has(w); }

// The code point that ends just before `pos`, and where it starts.
char32_t previous_codepoint(std::string_view text, size_t& pos) {
    if (pos == 0) return 0;
    // An ASCII byte is its own code point (most of news text), without next_codepoint's call.
    if (static_cast<unsigned char>(text[pos - 1]) < 0x80) return char32_t(text[--pos]);
    size_t start = pos - 1;
    while (start > 0 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    size_t i = start;
    char32_t c = next_codepoint(text, i);
    pos = start;
    return c;
}

bool starts_sentence(std::string_view text, size_t pos) {
    // Most words follow one space after an ASCII letter or digit, which ends no sentence: answered
    // without reading code points.
    if (pos >= 2 && text[pos - 1] == ' ') {
        const auto b = static_cast<unsigned char>(text[pos - 2]);
        if ((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || (b >= '0' && b <= '9')) return false;
    }
    while (pos > 0) {
        char32_t c = previous_codepoint(text, pos);
        if (c == U' ' || c == U'\t' || c == U'"' || c == U'\'' || c == U'\u201C' || c == U'\u2018' || c == U'(' ||
            c == U'[' || c == U'\u00A0' || c == U'*' || c == U'\u2022')
            continue;
        return c == U'\n' || c == U'.' || c == U'!' || c == U'?' || c == U':' || c == U'\u2013' || c == U'\u2014';
    }
    return true;
}

// Whether a title comes right before `pos` ("Rep. Jay Roberts": the full stop after "Rep." ends
// no sentence, and "Jay" is a given name even though it is also a word).
bool after_title(std::string_view text, size_t pos) {
    bool cap = false, dot = false;
    size_t start = 0;
    std::string w = word_before(text, pos, cap, start, dot);
    return !w.empty() && (dot ? title_abbreviation(w) : title_word(w));
}

// Georgian's Mkhedruli: no capitals in running text.
bool caseless_script(std::string_view surface) {
    size_t i = 0;
    char32_t c = surface.empty() ? 0 : next_codepoint(surface, i);
    return c >= 0x10D0 && c <= 0x10FF;
}

// Which of the words asked (lowered names at a sentence's start, a few an article, a few thousand
// in one long document) the text writes as words in lower case, each found or not. The asked
// words go in a small table, each once however often it is asked; one pass over the article's
// lower-case words turns most away on their first byte and length, then on their first two bytes
// and length once no asked word of those is left to find (unfound_), and probes the table with
// the rest. A table of every lower-case word of the article, asked as the names came, hashed
// every word instead.
class WrittenInLowerCase {
public:
    static constexpr uint32_t none = UINT32_MAX;
    // Room for `n` words asked, of which an article's are a few, a long document's thousands of
    // asks mostly repeats: up to `few` asks, their views and slots are made once, not grown a
    // doubling at a time (the slots as many as grow() would leave for them, or more: the words'
    // numbers, all that found() answers by, are the order they came in whatever the table's
    // size); more grow as they come, as before.
    void reserve(size_t n) {
        constexpr size_t few = 256;
        if (n == 0 || n > few) return;
        words_.reserve(n);
        size_t size = 16;
        while (size < 4 * n) size *= 2;
        if (size > slots_.size()) rehash(size);
    }
    // The asked word's number, the same for the same word, for found(); `w` is kept as a view and
    // must outlive this.
    uint32_t ask(std::string_view w) {
        if (w.empty()) return none;  // no token is empty
        if (4 * (words_.size() + 1) > slots_.size()) grow();
        const uint64_t h = hash_of(w, w.size());
        size_t i = size_t(h) & mask_;
        for (; slots_[i].entry != 0; i = (i + 1) & mask_)
            if (slots_[i].tag == uint32_t(h >> 32) && words_[slots_[i].entry - 1] == w) return slots_[i].entry - 1;
        words_.push_back(w);
        slots_[i] = {uint32_t(h >> 32), uint32_t(words_.size())};
        lengths_[static_cast<unsigned char>(w[0])] |= length_bit(w);
        return uint32_t(words_.size() - 1);
    }
    // Reads the text's words once; then found() answers. A long text's words (one long document)
    // are read in pieces on the cores, each marking the words it finds: a word is found when any
    // piece finds it, as one reading finds it. The pieces are small enough that the cores, pulling
    // them as they finish, end together.
    void read(std::string_view text, std::span<const Token> words) {
        if (words_.empty()) return;
        found_ = std::vector<std::atomic<bool>>(words_.size());
        size_t size = 64;
        while (size < 16 * words_.size()) size *= 2;
        unfound_ = std::vector<std::atomic<uint8_t>>(size);
        bucket_shift_ = 32 - std::countr_zero(size);
        for (std::string_view w : words_) {
            std::atomic<uint8_t>& n = unfound_[bucket_of(w)];
            const uint8_t was = n.load(std::memory_order_relaxed);
            if (was < saturated) n.store(uint8_t(was + 1), std::memory_order_relaxed);
        }
        constexpr size_t piece = 16 * 1024;
        const size_t pieces = words.size() / piece;
        if (pieces < 2) {
            read_piece(text, words);
            return;
        }
        for_each_on_cores(pieces, [&](size_t k) {
            const size_t end = k + 1 == pieces ? words.size() : (k + 1) * piece;
            read_piece(text, words.subspan(k * piece, end - k * piece));
        });
    }
    bool found(uint32_t number) const {
        return number != none && number < found_.size() && found_[number].load(std::memory_order_relaxed);
    }

private:
    struct Slot {
        uint32_t tag = 0;    // the word's hash's upper half
        uint32_t entry = 0;  // 1 + the word's number; 0: free
    };
    // A bit for the word's length, lengths 32 apart sharing one (a test that needs no comparison).
    static uint32_t length_bit(std::string_view w) { return uint32_t(1) << (w.size() & 31); }
    // A word's bucket in unfound_: its first two bytes' low five bits (a-z's letter numbers; the
    // second 0 in a word of one byte) and its length (as length_bit), fifteen bits, spread over
    // the buckets.
    size_t bucket_of(std::string_view w) const {
        const auto first = static_cast<unsigned char>(w[0]);
        const auto second = static_cast<unsigned char>(w.size() > 1 ? w[1] : 0);
        const uint32_t key = uint32_t(first & 31) << 10 | uint32_t(second & 31) << 5 | uint32_t(w.size() & 31);
        return size_t((key * 0x9E3779B1u) >> bucket_shift_);
    }
    // The table's hash: the word's first eight bytes (all of a shorter word) and its length, mixed
    // by two multiplications. A long document's words pass the length test above mostly, and
    // word_hash, which reads the whole word, cost twice this for each; the table compares whole
    // words, so words that share eight bytes and a length only share a probe. `readable`: the
    // bytes that may be read from w.data() on (at least w.size()), so that a word inside the text
    // is read in one load.
    static uint64_t hash_of(std::string_view w, size_t readable) {
        uint64_t v = 0;
        const size_t n = std::min<size_t>(w.size(), 8);
        if (std::endian::native == std::endian::little && readable >= 8) {
            std::memcpy(&v, w.data(), 8);
            v &= ~uint64_t(0) >> (64 - 8 * n);  // the word's own bytes, the first in the low ones
        } else {
            std::memcpy(&v, w.data(), n);
        }
        uint64_t h = (v ^ w.size()) * 0x9E3779B97F4A7C15ull;
        h ^= h >> 32;
        h *= 0xBF58476D1CE4E5B9ull;
        return h ^ (h >> 29);
    }
    // Four slots or more a word, so that most probes end at their first slot.
    void grow() { rehash(slots_.empty() ? 16 : 2 * slots_.size()); }
    void rehash(size_t size) {
        slots_.assign(size, Slot{});
        mask_ = size - 1;
        for (size_t k = 0; k < words_.size(); ++k) {
            const uint64_t h = hash_of(words_[k], words_[k].size());
            size_t i = size_t(h) & mask_;
            while (slots_[i].entry != 0) i = (i + 1) & mask_;
            slots_[i] = {uint32_t(h >> 32), uint32_t(k + 1)};
        }
    }
    // Marks the asked words among these words in lower case.
    [[gnu::noinline]] void read_piece(std::string_view text, std::span<const Token> words) {
        for (const Token& t : words) {
            if (t.capitalised) continue;
            const std::string_view w(text.data() + t.start, t.end - t.start);
            if (!(lengths_[static_cast<unsigned char>(w[0])] & length_bit(w))) continue;
            std::atomic<uint8_t>& unfound = unfound_[bucket_of(w)];
            if (unfound.load(std::memory_order_relaxed) == 0) continue;
            const uint64_t h = hash_of(w, text.size() - t.start);
            // A word found already is passed without comparing it (a word found again and again,
            // "in", is only read, so that the pieces on two cores do not take its cache line from
            // each other): when it is `w`, the probe goes on to the free slot that ends it, as no
            // other slot holds `w`.
            for (size_t i = size_t(h) & mask_; slots_[i].entry != 0; i = (i + 1) & mask_) {
                if (slots_[i].tag != uint32_t(h >> 32)) continue;
                const uint32_t k = slots_[i].entry - 1;
                if (found_[k].load(std::memory_order_relaxed) || words_[k] != w) continue;
                // Counted down by the one piece that finds it first.
                if (!found_[k].exchange(true, std::memory_order_relaxed) &&
                    unfound.load(std::memory_order_relaxed) != saturated)
                    unfound.fetch_sub(1, std::memory_order_relaxed);
                break;
            }
        }
    }
    std::vector<std::string_view> words_;  // the asked words, each once
    std::vector<Slot> slots_;              // a power of two of them
    size_t mask_ = 0;
    std::array<uint32_t, 256> lengths_{};
    // By word number; set by whichever piece finds the word first (read after the pieces are joined).
    std::vector<std::atomic<bool>> found_;
    // By bucket_of: how many of the asked words there are not found yet. Most of a long
    // document's lower-case words share a first byte and a length with some asked word, and many
    // are asked words found long before ("in", "but"): both are turned away here once no word of
    // their bucket is left to find. A count that reached `saturated` is never counted down (it
    // says "some"). Read while other pieces count down: a count read too high costs a probe, and
    // one read as 0 is 0, as counts only fall.
    static constexpr uint8_t saturated = 255;
    std::vector<std::atomic<uint8_t>> unfound_;
    int bucket_shift_ = 32;
};

bool cyrillic_word(std::string_view w) {
    size_t i = 0;
    char32_t c = w.empty() ? 0 : next_codepoint(w, i);
    return c >= 0x400 && c <= 0x4FF;
}

// Two letters or more and none in lower case, in any script ("US", "ХАРЬКОВ"; not "Мост", whose
// bytes hold no ASCII lower case either).
bool all_capitals(std::string_view surface) {
    int letters = 0;
    for (size_t i = 0; i < surface.size();) {
        // An ASCII byte answers alone: ICU's lower-case letters there are a-z, its letters a-z
        // and A-Z; most names are ASCII, and ICU's lookups cost a call each.
        const auto b = static_cast<unsigned char>(surface[i]);
        if (b < 0x80) {
            ++i;
            if (b >= 'a' && b <= 'z') return false;
            letters += b >= 'A' && b <= 'Z' ? 1 : 0;
            continue;
        }
        char32_t c = next_codepoint(surface, i);
        if (u_islower(UChar32(c))) return false;
        letters += u_isalpha(UChar32(c)) ? 1 : 0;
    }
    return letters >= 2;
}

// Words of water near a name ("warm water in the Pacific", "flows in from the Don", "Niedrigwasser",
// "Fluss", "río"): what tells a river or sea after an article from a title ("Before the Peace:")
// or an organisation ("the Atlantic reported"). Looked for in 150 bytes on either side: stems at a
// word's start ("riverboats"), short words whole ("sea", not "season"), and "wasser" anywhere.
// Asked for a few matches only: kept out of the pass over every match (inlined there, it made
// that pass's own code longer for all).
[[gnu::noinline]] bool water_words_near(std::string_view text, size_t start, size_t end) {
    size_t from = start > 150 ? start - 150 : 0;
    const std::string around = lower_case(text.substr(from, std::min(text.size(), end + 150) - from));
    auto letter = [&](size_t i) {
        unsigned char ch = static_cast<unsigned char>(around[i]);
        // std::isalpha in the "C" locale (the program sets no other), without a call per byte.
        return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch >= 0x80;
    };
    // The stems and the whole words by their first byte: one pass over the window's word starts
    // asks only the few that begin with its byte, where a search of the window per word read the
    // window 43 times (the answer is whether any is found, so the order they are asked in is free).
    struct Water {
        std::string_view word;
        bool whole;  // the word must end there too
    };
    static const std::array<std::vector<Water>, 256> by_first_byte = [] {
        static constexpr std::string_view stems[] = {
            "water", "river", "flow", "flood", "reservoir", "delta", "stream", "boat", "ship", "barge", "fish", "ocean",
            "coast", "shore", "island", "drought", "fluss", "ufer", "schiff", "pegel", "meer", "fleuve", "rivière", "crue",
            "bateau", "agua", "presa", "caudal", "вод", "рек", "рік", "річ", "мор", "берег", "судн"};
        static constexpr std::string_view words[] = {"sea", "seas", "dam", "mer", "mar", "eau", "río", "rio"};
        std::array<std::vector<Water>, 256> table;
        for (std::string_view w : stems) table[static_cast<unsigned char>(w[0])].push_back({w, false});
        for (std::string_view w : words) table[static_cast<unsigned char>(w[0])].push_back({w, true});
        return table;
    }();
    const std::string_view window(around);
    // Word by word: every word and stem begins with a letter, so only a letter after a non-letter
    // (or at the window's start) can begin one; the bytes between are passed in tight loops, a
    // table probe a byte (letter() as a table).
    static const std::array<bool, 256> is_letter = [] {
        std::array<bool, 256> table{};
        for (int b = 0; b < 256; ++b) table[size_t(b)] = (b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z') || b >= 0x80;
        return table;
    }();
    const auto* bytes = reinterpret_cast<const unsigned char*>(window.data());
    for (size_t at = 0, n = window.size(); at < n;) {
        while (at < n && !is_letter[bytes[at]]) ++at;
        if (at >= n) break;
        for (const Water& w : by_first_byte[static_cast<unsigned char>(window[at])]) {
            // (Every word and stem has a second byte: most of those sharing a first byte with the
            // text's word differ there, and are turned away without a comparison's call.)
            if (at + 1 >= n || window[at + 1] != w.word[1] || window.substr(at, w.word.size()) != w.word) continue;
            if (w.whole && at + w.word.size() < n && letter(at + w.word.size())) continue;
            return true;
        }
        while (at < n && is_letter[bytes[at]]) ++at;
    }
    return around.find("wasser") != std::string::npos;
}

// What a match's own name says, whatever stands around it: the same for every match of the same
// key written the same way in one article (its language is the article's).
struct NameFacts {
    bool postal = false;
    bool all_caps = false;
    bool common_word = false;  // an English word, or the article's language's (before the context's tests)
    bool demonym = false;
    bool slavic_typed = false;  // "Одеської області": a region with its type word
    bool script_caseless = false;  // Georgian's Mkhedruli (caseless_script)
    bool particle = false;
    bool calendar = false;
    bool function_word = false;
    // A month's or weekday's name in a date lexicon's language ("Sonntag", "Mai"): what
    // lexicon_word_meaning_at answers at the name's start where the name is a word of its own
    // (below), read from the name alone.
    bool lexicon_calendar = false;
};

NameFacts name_facts(const Lexicon& lex, int language, std::string_view key, std::string_view surface) {
    NameFacts f;
    const bool one_word = key.find(' ') == std::string_view::npos;
    f.postal = postal_abbreviation(surface);
    // An all-capitals word is an acronym ("US"), not the English word.
    f.all_caps = all_capitals(surface);
    // Months and weekdays, whole or cut short ("Nov. 8"), are no places either.
    f.calendar = english_calendar_words.has(key);
    // The word lists are English: a name written with other letters (Şəki, not the word
    // "saki") is not the English word its folded form spells.
    const bool ascii_surface = all_ascii(surface);
    f.common_word = one_word && !f.all_caps && ascii_surface && (f.calendar || lex.is_common(key));
    // ...and in an article of another language with a list, that language's words ("Auch" in
    // German, "По" in Russian).
    // Russian and Ukrainian share most short words ("по", "до"): either list counts for both.
    if (language >= 0 && one_word && !f.all_caps) {
        const std::string& lang = lex.language_words[size_t(language)].first;
        bool east_slavic = lang == "ru" || lang == "uk";
        std::string lower = lower_case(surface);
        for (const auto& [other, words] : lex.language_words)
            if ((other == lang || (east_slavic && (other == "ru" || other == "uk"))) && words.count(lower))
                f.common_word = true;
    }
    // The demonyms are English: a name in another script that folds to one is no demonym
    // (Georgian აზერბაიჯანი, "Azerbaijan", folds to "azerbaijani").
    f.demonym = one_word && lex.demonym(key) != nullptr && script_of(surface) == "Latn";
    // "Одеської області" read whole (slavic_regions.hpp): a region's name with its type word.
    const size_t last = surface.rfind(' ');
    f.slavic_typed = last != std::string_view::npos && slavic_region_word(surface.substr(last + 1));
    f.script_caseless = caseless_script(surface);
    // Only "at most three?" and "one?" are asked: the code points are counted up to four.
    size_t codepoints = 0;
    for (size_t b = 0; b < surface.size() && codepoints <= 3; ++b)
        codepoints += (static_cast<unsigned char>(surface[b]) & 0xC0) != 0x80;  // as count_codepoints
    // In a script without capitals in use (Georgian) a word of one to three letters is far more
    // often a particle than a place (რომ "that", not Rome); a single letter is a preposition, a
    // pronoun or an initial (Ukrainian "У", "in"), not a name.
    f.particle = (f.script_caseless && one_word && codepoints <= 3) || codepoints == 1;
    // English words, so written in ASCII, as names_nothing asks (Çan folds to "can" and is no
    // auxiliary).
    f.function_word = ascii_surface && function_word(key);
    // lexicon_word_meaning_at reads the word at the name's start, back to the ASCII non-letter
    // before it and on to the one after it: where those stand right before and right after the
    // name (or the text ends there), it reads the name's bytes alone, as it reads them here.
    f.lexicon_calendar = one_word && lexicon_word_meaning_at(surface, 0, calendar_names);
    return f;
}

// Whether the byte at `pos` is one that lexicon_word_meaning_at reads no word across: an ASCII
// byte that is no letter (the text's end counts as one).
bool word_break_at(std::string_view text, size_t pos) {
    if (pos >= text.size()) return true;
    const auto b = static_cast<unsigned char>(text[pos]);
    return b < 0x80 && !((b >= 'a' && b <= 'z') || (b >= 'A' && b <= 'Z'));
}

// name_facts remembered per thread, across the articles it reads: an article names the same
// places again and again, and a corpus's articles many of the same. By key, surface and the
// article's language, which are all name_facts reads besides the lexicon (one per process). The
// keys and surfaces are copied and compared whole, since the texts and the gazetteer they came
// from may be gone at the next call; within one call (`call`) a name's key entry, compared as a
// pointer, stands for its key. Past `limit` names it starts empty again.
class NameFactsMemo {
public:
    const NameFacts& get(uint64_t call, const Lexicon& lex, int language, const KeyEntry* key_entry,
                         std::string_view key, std::string_view surface) {
        const uint64_t h = word_hash(surface) ^ (uint64_t(uint32_t(language)) * 0x9E3779B97F4A7C15ull);
        const size_t mask = slots_.size() - 1;
        for (size_t i = size_t(h >> 32) & mask; !slots_.empty() && slots_[i].entry != empty; i = (i + 1) & mask) {
            if (slots_[i].hash != h) continue;
            Entry& e = entries_[slots_[i].entry];
            if (e.language != language || bytes(e.at + e.key_size, e.surface_size) != surface) continue;
            if (e.call == call && e.key_entry == key_entry) return e.facts;
            if (bytes(e.at, e.key_size) == key) {
                e.call = call;
                e.key_entry = key_entry;
                return e.facts;
            }
        }
        return add(call, lex, language, key_entry, key, surface, h);
    }

private:
    static constexpr size_t initial = 256;
    static constexpr size_t limit = size_t(1) << 15;
    // The table's slots hold a hash and where its name's entry is (16 bytes), the entries lie
    // one after another in the order they came: a slot array grown or started again is a quarter
    // of the bytes it would be with the entries in it (a thread's memo reaches 32,768 slots on a
    // corpus, each growth a fresh array whose every page is touched).
    static constexpr uint32_t empty = UINT32_MAX;
    struct Slot {
        uint64_t hash = 0;
        uint32_t entry = empty;  // in entries_
    };
    struct Entry {
        int language = -1;
        uint32_t at = 0;  // where bytes_ holds the key, the surface right after it
        uint32_t key_size = 0;
        uint32_t surface_size = 0;
        uint64_t call = 0;  // the call that last asked, with the key entry it asked with
        const KeyEntry* key_entry = nullptr;
        NameFacts facts;
    };
    std::string_view bytes(uint32_t at, uint32_t size) const { return std::string_view(bytes_).substr(at, size); }
    // A name new to the thread (asked once for each name of an article: kept out of the pass
    // over every match).
    [[gnu::noinline]] const NameFacts& add(uint64_t call, const Lexicon& lex, int language, const KeyEntry* key_entry,
                                           std::string_view key, std::string_view surface, uint64_t h) {
        if (2 * (entries_.size() + 1) > slots_.size()) {
            if (slots_.empty() || slots_.size() >= limit) {
                slots_.assign(initial, Slot{});
                entries_.clear();
                bytes_.clear();
            } else {
                grow();
            }
            entries_.reserve(slots_.size() / 2);  // as many as the slots take: no growing between
        }
        size_t i = size_t(h >> 32) & (slots_.size() - 1);
        while (slots_[i].entry != empty) i = (i + 1) & (slots_.size() - 1);
        slots_[i] = {h, uint32_t(entries_.size())};
        const uint32_t at = uint32_t(bytes_.size());
        bytes_.append(key);
        bytes_.append(surface);
        entries_.push_back({language, at, uint32_t(key.size()), uint32_t(surface.size()), call, key_entry,
                            name_facts(lex, language, key, surface)});
        return entries_.back().facts;
    }
    void grow() {
        std::vector<Slot> old(slots_.size() * 2);
        old.swap(slots_);
        for (const Slot& s : old) {
            if (s.entry == empty) continue;
            size_t i = size_t(s.hash >> 32) & (slots_.size() - 1);
            while (slots_[i].entry != empty) i = (i + 1) & (slots_.size() - 1);
            slots_[i] = s;
        }
    }
    std::vector<Slot> slots_;
    std::vector<Entry> entries_;
    std::string bytes_;  // the keys and surfaces, one after another
};

// A set of names' key entries, compared as pointers (a match's key may be none, and a set may
// hold that too): a flat table at most a quarter full, so that most asks end at their first slot.
class KeySet {
public:
    void insert(const KeyEntry* key) {
        if (!key) {
            has_none_ = true;
            return;
        }
        if (4 * (used_ + 1) > slots_.size()) grow();
        size_t i = slot_of(key);
        while (slots_[i] && slots_[i] != key) i = (i + 1) & mask_;
        if (!slots_[i]) slots_[i] = key, ++used_;
    }
    bool empty() const { return used_ == 0 && !has_none_; }
    bool has(const KeyEntry* key) const {
        if (!key) return has_none_;
        if (used_ == 0) return false;
        for (size_t i = slot_of(key); slots_[i]; i = (i + 1) & mask_)
            if (slots_[i] == key) return true;
        return false;
    }

private:
    size_t slot_of(const KeyEntry* key) const {
        return size_t((uint64_t(reinterpret_cast<uintptr_t>(key)) * 0x9E3779B97F4A7C15ull) >> 32) & mask_;
    }
    void grow() {
        std::vector<const KeyEntry*> old(slots_.empty() ? 16 : 2 * slots_.size(), nullptr);
        old.swap(slots_);
        mask_ = slots_.size() - 1;
        for (const KeyEntry* key : old)
            if (key) {
                size_t i = slot_of(key);
                while (slots_[i]) i = (i + 1) & mask_;
                slots_[i] = key;
            }
    }
    std::vector<const KeyEntry*> slots_;  // a power of two of them; nullptr: free
    size_t mask_ = 0;
    size_t used_ = 0;
    bool has_none_ = false;
};

// Each call of local_contexts's number, for the memos above (0: none yet).
std::atomic<uint64_t> context_calls{0};

}  // namespace

std::string lower_case(std::string_view word) {
    // ASCII text lowers letter by letter as ICU lowers it, but in the default locale's language
    // when that is Turkish or Azerbaijani (where "I" lowers to a dotless "ı"): without ICU, which
    // costs a thousand instructions a word.
    static const bool ascii_as_icu = [] {
        const std::string_view language = icu::Locale::getDefault().getLanguage();
        return language != "tr" && language != "az";
    }();
    // News text's other bytes are mostly punctuation: a no-break space (U+00A0) and the General
    // Punctuation block (U+2000-U+206F: curly quotes, dashes, ellipses). None of those has a case
    // or a case mapping, nor is a combining mark, so ICU passes them through and lowers the ASCII
    // letters around them as it lowers them alone (the one mapping that reads its neighbours, a
    // Greek capital sigma's, needs a sigma; a Lithuanian "I" reads only combining marks).
    auto plain = [](std::string_view w) {
        for (size_t i = 0; i < w.size(); ++i) {
            // Eight ASCII bytes at a time: none has its high bit set (most of a news text).
            while (i + 8 <= w.size()) {
                uint64_t eight;
                std::memcpy(&eight, w.data() + i, sizeof eight);
                if (eight & 0x8080808080808080ull) break;
                i += 8;
            }
            if (i >= w.size()) break;
            const auto b = static_cast<unsigned char>(w[i]);
            if (b < 0x80) continue;
            const auto next = [&](size_t k) { return i + k < w.size() ? static_cast<unsigned char>(w[i + k]) : 0; };
            if (b == 0xC2 && next(1) == 0xA0) {
                i += 1;  // U+00A0
            } else if (b == 0xE2 && (next(1) == 0x80 || (next(1) == 0x81 && next(2) >= 0x80 && next(2) <= 0xAF)) &&
                       (next(2) & 0xC0) == 0x80) {
                i += 2;  // U+2000-U+206F
            } else {
                return false;
            }
        }
        return true;
    };
    if (ascii_as_icu && plain(word)) {
        std::string out(word);
        // Without a branch per byte, so that the loop runs on several bytes at once: a byte of
        // A-Z (its distance from 'A' below 26) gains 'a' - 'A'.
        char* p = out.data();
        for (size_t i = 0, n = out.size(); i < n; ++i)
            p[i] = char(p[i] + (static_cast<unsigned char>(p[i] - 'A') < 26 ? 'a' - 'A' : 0));
        return out;
    }
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(word.data(), int32_t(word.size())));
    u.toLower();
    std::string out;
    u.toUTF8String(out);
    return out;
}

const Lexicon& lexicon() {
    static const Lexicon lex = load_lexicon();
    return lex;
}

bool names_nothing(const Gazetteer& g, std::string_view text, const NameMatch& m) {
    if (!m.key) return false;
    const std::string_view key = g.key_text(*m.key);
    if (key.find(' ') != std::string_view::npos) return false;
    const std::string_view surface = text.substr(m.span.start, m.span.end - m.span.start);
    // (A contraction's key is shorter than it is written: its apostrophe is folded away. Most
    // names fold to as many bytes, and are not read again.)
    if (surface.size() > key.size() && english_contraction(surface)) return true;
    // English words, so written in ASCII letters: a name with others folds to the key of one
    // without being that word (the Turkish town Çan to "can"). The calendar's names through
    // one probe of a flat set, as function_word's, which turns most keys away by first byte and
    // length.
    static const WordSet calendar_name_set{std::span<const std::string_view>(calendar_names)};
    return (function_word(key) || calendar_name_set.has(key)) && !all_capitals(surface) && all_ascii(surface);
}

bool names_a_person_here(const LocalContext& c) {
    const bool person = c.named_person || (c.person_here && c.name_part);
    const bool place_said = c.cue != Cue::none || c.news_cue || c.qualifier >= 0 || c.typed_end || c.postal;
    return person && !place_said;
}

double distance_km(double lat1, double lon1, double lat2, double lon2) {
    constexpr double rad = 3.14159265358979323846 / 180.0;
    double dlat = (lat2 - lat1) * rad, dlon = (lon2 - lon1) * rad;
    double a = std::sin(dlat / 2) * std::sin(dlat / 2) +
               std::cos(lat1 * rad) * std::cos(lat2 * rad) * std::sin(dlon / 2) * std::sin(dlon / 2);
    return 2 * 6371.0 * std::asin(std::min(1.0, std::sqrt(a)));
}

std::vector<LocalContext> local_contexts(const Gazetteer& g, std::string_view text,
                                         const std::vector<NameMatch>& matches) {
    return local_contexts(g, text, matches.empty() ? std::vector<Token>{} : tokenize(text), matches);
}

std::vector<LocalContext> local_contexts(const Gazetteer& g, std::string_view text, std::span<const Token> words,
                                         const std::vector<NameMatch>& matches) {
    const Lexicon& lex = lexicon();
    std::vector<LocalContext> out(matches.size());
    // This call's number, which no other call has: the per-thread memo of name facts below holds
    // one call's names only.
    const uint64_t call = context_calls.fetch_add(1, std::memory_order_relaxed) + 1;
    const int language = matches.empty() ? -1 : article_language(lex, text, words);
    // Which matches' names, at a sentence's start, are asked whether the article writes them in
    // lower case: marked per match (1) and lowered, asked and answered after the pass over the
    // matches (below), by one read of the article's words. A byte a match, where a lowered string
    // a match (32 bytes, mostly empty) took a long document's pages.
    std::vector<uint8_t> asks_lower(matches.size());
    const bool nouns_capitalised = language >= 0 && lex.language_words[size_t(language)].first == "de";
    // Each match's first token, first_token_from(words, its start). The matches come in the
    // text's order: each is sought on from the one before on the same thread (the runs of
    // neighbouring matches below), token by token for a few, then in steps that double until one
    // passes it, then by halves among the last step's tokens, where a search of all the tokens
    // read some twenty of a long document's per match. Any token index before which every token
    // starts before the match's start gives the same answer: the last one found on this thread is
    // used when it is such an index (asked of the tokens, so any order of matches and threads
    // gives the same answers), else all the tokens are searched.
    struct Hint {
        const Token* words = nullptr;  // the article the index is of
        size_t k = 0;
    };
    auto first_token_of = [&](size_t start) {
        thread_local Hint hint;
        size_t k = hint.words == words.data() && hint.k <= words.size() && (hint.k == 0 || words[hint.k - 1].start < start)
                       ? hint.k
                       : 0;
        // Every token before k starts before `start`. The next match is mostly a few tokens on:
        // those are stepped over one by one, a test each.
        for (size_t n = 0; n < 16 && k < words.size() && words[k].start < start; ++n) ++k;
        if (k == words.size() || words[k].start >= start) {
            hint = {words.data(), k};
            return k;
        }
        // So do those before k + step after a step.
        size_t step = 1;
        while (k + step <= words.size() && words[k + step - 1].start < start) k += step, step *= 2;
        k += first_token_from(words.subspan(k, std::min(step - 1, words.size() - k)), start);
        hint = {words.data(), k};
        return k;
    };
    // The matches' own words, on both cores for a long document (in runs of neighbouring
    // matches; each writes its own context).
    auto one_match = [&](size_t i) {
        const NameMatch& m = matches[i];
        LocalContext& c = out[i];
        std::string_view key = m.key ? g.key_text(*m.key) : std::string_view();
        bool one_word = key.find(' ') == std::string_view::npos;
        c.sentence_start = starts_sentence(text, m.span.start);
        c.other_language = language >= 0;
        std::string_view surface = text.substr(m.span.start, m.span.end - m.span.start);
        // What the name itself says (name_facts), asked once for each name in the article.
        thread_local NameFactsMemo memo;
        const NameFacts& facts = memo.get(call, lex, language, m.key, key, surface);
        c.postal = facts.postal;
        const bool all_caps = facts.all_caps;
        c.common_word = facts.common_word;
        // A name read on through a lower-case English word ("The settlement") is that phrase more
        // often than the place: curated places are exempt in resolve().
        if (!one_word) {
            Token w;
            for (size_t at = m.span.start; next_token(text, at, w) && w.end <= m.span.end; at = w.end) {
                if (w.start == m.span.start || w.capitalised) continue;
                std::string f;
                fold_token(text.substr(w.start, w.end - w.start), w.ascii, f);
                if (!lower_case_name_word(f) && lex.is_common(f)) c.common_word = true;
            }
        }
        c.demonym = facts.demonym;

        // Cue phrases before: "the (Azerbaijani) city of X", "the capital X", "the exclave of X".
        // The match's first token: where the words before end, and the search for those after starts.
        const size_t first_token = first_token_of(m.span.start);
        // Four words' window, of which the tests below read the nearest three at most: the two
        // before the nearest only after "of" or a city cue word, and how many there are only before
        // a compass word. The nearest is read first, alone; the three again where they are asked
        // (words_before gives the same nearest words whatever it is asked to take).
        // (Made in place and read again only where asked: a lambda returning either the first
        // reading or the second moved the first at every match.)
        NearWords before = words_before(text, words, m.span.start, 4, first_token, 1);
        if (const std::string_view w = before.from_back(0);
            w == "of" || city_cue_words.has(w) || (one_word && compass_words.has(key)))
            before = words_before(text, words, m.span.start, 4, first_token, 3);
        auto at = [&](size_t back) { return before.from_back(back); };
        size_t demonym_at = 0;
        if (at(0) == "of" && city_word(at(1))) c.cue = Cue::city, demonym_at = 2;
        else if (at(0) == "of" && region_word(at(1))) c.cue = Cue::region, demonym_at = 2;
        else if (city_cue_words.has(at(0))) c.cue = Cue::city, demonym_at = 1;
        if (c.cue != Cue::none)
            if (const std::string* cc = lex.demonym(at(demonym_at)); cc && !cc->empty()) c.cue_country = CountryCode(*cc);
        // ...and after: "X region", "X district", "X village", "X Monastery".
        // The two words after, read once: the first is the type or cue word, both the facility's.
        // The tokens after the match, read and folded once for every test below that looks there.
        TokensAfter tokens_after(text, words, m.span.end, first_token);
        // The first of the words after (tokens_after.words(1)[0]), or none; the second is read
        // only where the first is asked about with it.
        const bool has_after = tokens_after.reaches(0);
        const std::string_view after_word = has_after ? tokens_after.folded(0) : std::string_view();
        // A typed name: the type word is part of it ("Laurel County" is a name, not the word laurel).
        if (has_after && (after_word == "county" || after_word == "parish") && one_word) {
            const Token* t = tokens_after.token(0);
            if (t && t->start == m.span.end + 1 && t->capitalised) c.typed_end = t->end;
        }
        // ...and a region's type word ("Kharkiv Oblast", "Sindh province", "Donetsk region"): the
        // region, not its seat of the same name. With no region of the name, the name stays the
        // town's ("Hadrut region": the town is the best point for it).
        if (has_after && one_word &&
            region_type_words.has(after_word) &&
            std::any_of(m.candidates.begin(), m.candidates.end(), [&](PlaceIndex p) {
                PlaceKind k = g.facts(p).kind;
                return k == PlaceKind::admin1 || k == PlaceKind::admin2 || k == PlaceKind::region;
            })) {
            const Token* t = tokens_after.token(0);
            if (t && t->start == m.span.end + 1 && text[m.span.end] == ' ') {
                c.typed_end = t->end;
                c.typed_area = true;
            }
        }
        if (facts.slavic_typed) c.typed_area = true;
        // The lists that hold the word after (near_word_classes), asked once for the tests below.
        const uint32_t after_classes = has_after ? near_word_classes.of(after_word) : 0;
        if (has_after && c.cue == Cue::none) {
            if ((after_classes & region_class) && after_word != "state" && after_word != "republic") c.cue = Cue::region;
            else if (after_word == "city") c.cue = Cue::city;
            else if (after_classes & landmark_class) c.cue = Cue::landmark;
        }

        // A sea, gulf, bay or strait named after the place, which the gazetteer does not hold: had
        // it held it, the longer name would have matched and this match would not exist. "Sea of
        // Azov" is not the town Azov. Such waters are large and the town of the name is no point
        // for them; a river or lake ("Greenbrier River", "Kiser Lake") usually runs beside the town
        // of its name, which stays its best point (LGL's fit half counts those right).
        {
            std::string_view head = text.substr(0, m.span.start);
            auto ends = [&](std::string_view w) { return head.size() >= w.size() && head.substr(head.size() - w.size()) == w; };
            // (All end in "of ", which most names do not follow.)
            if (ends("of "))
                for (std::string_view w : {"Sea of ", "Gulf of ", "Bay of ", "Strait of ", "Straits of "})
                    if (ends(w)) c.feature = LocalContext::Feature::inner_name;
            // ...or before it ("South China Sea", "Arabian Sea": not China; the gazetteer's seas
            // matched whole before this match could exist), unless the sea's name is itself part
            // of a longer one ("Huntingdon Sea Cadets": an organisation of the town).
            for (std::string_view w : {" Sea", " Ocean"}) {
                std::string_view rest = text.substr(m.span.end);
                if (!rest.starts_with(w)) continue;
                rest.remove_prefix(w.size());
                bool word_ends = rest.empty() || !std::isalpha(static_cast<unsigned char>(rest[0]));
                bool longer = rest.size() >= 2 && rest[0] == ' ' && std::isupper(static_cast<unsigned char>(rest[1]));
                if (word_ends && !longer) c.feature = LocalContext::Feature::inner_name;
            }
            std::string_view tail = text.substr(m.span.end);
            // ...and the type word itself, matched as a place of its own ("Gulf" in "Gulf of Mexico").
            std::string_view surface_word = text.substr(m.span.start, m.span.end - m.span.start);
            if (water_type_words.has(key) && surface_word.size() && std::isupper(static_cast<unsigned char>(surface_word[0])) &&
                tail.size() > 4 && tail.substr(0, 4) == " of " && std::isupper(static_cast<unsigned char>(tail[4])))
                c.feature = LocalContext::Feature::type_word;
        }

        // A unit or a facility named after the place: "the Azov regiment", "Zaporizhzhia nuclear
        // plant", "Kherson power station" (the place itself is named in other words).
        {
            auto unit = [](std::string_view w) {
                return military_unit_words.has(w);
            };
            if (has_after && unit(after_word)) c.organisation = true;
            if (has_after && plant_kind_words.has(after_word) && tokens_after.reaches(1) &&
                plant_words.has(tokens_after.folded(1)))
                c.organisation = true;
        }

        // A capitalised word right after, or right before in mid-sentence, that is no place,
        // demonym or cue: the name is likely part of a longer proper name ("Vladimir Putin").
        // In a script without capitals in use (Georgian) every word looks capitalised, so the
        // words beside a name say nothing; a word of one to three letters there is far more often
        // a particle than a place (რომ "that", not Rome: name_facts).
        // German writes every noun with a capital: a capitalised neighbour there ("die Häfen
        // Frankreichs") is no sign of a longer name either.
        const bool caseless = facts.script_caseless || nouns_capitalised;
        if (facts.particle) c.particle = true;
        const Token* next = caseless ? nullptr : tokens_after.token(0);
        if (next && next->start == m.span.end + 1 && text[m.span.end] == ' ') {
            const std::string_view w = tokens_after.folded(0);
            // (w is after_word: one space stands between, no stop, so the words after reach it.)
            const uint32_t classes = after_classes;
            if (next->capitalised && !lex.demonym(w) &&
                !(classes & (region_class | city_class | landmark_class | organisation_class))) {
                c.name_part = true;
                c.person = surname_like(w);
            }
            // Organisations: the capitalised run after the name holds a head word, or "group" follows.
            // The run: up to four words, one space apart, all capitalised but the first.
            for (size_t k = 0; k < 4; ++k) {
                const Token* t = tokens_after.token(k);
                if (k > 0) {
                    const size_t run_at = tokens_after.token(k - 1)->end;
                    if (!t || t->start != run_at + 1 || text[run_at] != ' ' || !t->capitalised) break;
                }
                const std::string_view tw = tokens_after.folded(k);
                const bool head = k == 0 ? (classes & organisation_class) != 0 : organisation_head(tw);
                if (head && (t->capitalised || tw == "group")) {
                    c.organisation = true;
                    break;
                }
            }
        }
        // The seat of an institution ("Ohio Supreme Court", "Laurel County Clerk"): the place itself
        // (institutions.hpp). Asked only where it would clear a mark (most names have none yet).
        if ((c.name_part || c.person || c.organisation) && names_institution(tokens_after))
            c.name_part = c.person = c.organisation = false;
        // (names_town_service, in another file, reads a capitalised word one space after the name
        // only: that word is asked here first, so that most names need no call.)
        if (c.cue == Cue::none) {
            const Token* t = tokens_after.token(0);
            if (t && t->capitalised && t->start == m.span.end + 1 && text[m.span.end] == ' ' &&
                names_town_service(tokens_after))
                c.cue = Cue::city;
        }
        // "in Scottdale", "near Raytown": a name after a preposition of place in mid-sentence that
        // only settlements bear is a town more often than a person's or a firm's name.
        if (c.cue == Cue::none && !c.sentence_start && !before.empty() && place_prepositions.has(before.back()) &&
            std::all_of(m.candidates.begin(), m.candidates.end(), [&](PlaceIndex p) {
                PlaceKind k = g.facts(p).kind;
                return k == PlaceKind::capital || k == PlaceKind::admin_seat || k == PlaceKind::city || k == PlaceKind::village;
            }))
            c.cue = Cue::city;
        // A dateline ("BANTAM — ") or a legislator's home ("R-Ocilla") names a town
        // (news_conventions.hpp). Each of these tests and those below answers most names inline
        // from the bytes beside them.
        c.news_cue = dateline(text, m.span.start, m.span.end) || after_party(text, m.span.start) ||
                     after_address(text, m.span.start);
        // Persons by their middle initials ("Grant W. Graham", "Milton J. Little") or their ages
        // ("Graham, 27,"), saints ("St. Patrick's Day"), and words that name nothing ("His" at a
        // sentence's start): person_names.hpp.
        if (middle_initial_before(text, m.span.start) || middle_initial_after(text, m.span.end) ||
            age_after(text, m.span.end))
            c.person = c.name_part = c.named_person = true;
        if (epithet_after(text, m.span.end)) c.person = c.name_part = c.named_person = true;
        {
            // ...and the given name of a person whose age follows the surname ("Chad Walker, 23,").
            const Token* sur = tokens_after.token(0);
            if (sur && sur->capitalised && sur->start == m.span.end + 1 && text[m.span.end] == ' ' &&
                age_after(text, sur->end))
                c.person = c.name_part = true;
        }
        if (after_saint(text, m.span.start)) c.person = c.name_part = true;
        if (one_word && !all_caps && facts.function_word) c.common_word = true;
        if (nouns_capitalised && one_word && !before.empty() &&
            german_articles.has(before.back()))
            c.after_article = true;
        // water_article is read only by resolve()'s signals of a river or a body of water among
        // the name's candidates (and of a state where a river bears its name): for any other name
        // the text around is not read for words of water (most names after "the").
        if (one_word && !before.empty() && definite_articles.has(before.back()) &&
            std::any_of(m.candidates.begin(), m.candidates.end(), [&](PlaceIndex p) {
                const PlaceKind k = g.facts(p).kind;
                return k == PlaceKind::river || k == PlaceKind::water;
            })) {
            const Token* after_token = tokens_after.token(0);
            bool named_on = after_token && after_token->capitalised && after_token->start == m.span.end + 1;
            bool joined = m.span.end < text.size() && (text[m.span.end] == '-' || text[m.span.end] == '\'');
            c.water_article = !named_on && !joined && water_words_near(text, m.span.start, m.span.end);
        }
        c.hyphen_compound = m.span.start >= 2 && text[m.span.start - 1] == '-' && text[m.span.start - 2] != ' ';
        // Months and weekdays in the languages of the date lexicons ("Sonntag", "Mittwoch", "Mai"):
        // no places, like the English ones. Asked at the match's start only, not by reading the
        // whole text.
        if (one_word) {
            // Answered from the name alone (name_facts) where it stands between word breaks.
            const bool alone = (m.span.start == 0 || word_break_at(text, m.span.start - 1)) && word_break_at(text, m.span.end);
            if (alone ? facts.lexicon_calendar : lexicon_word_meaning_at(text, m.span.start, calendar_names))
                c.common_word = true;
        }
        // A compass word after "del", "du" or "de" and a capitalised word is the direction of a
        // longer name the gazetteer lacks ("Corea del Sur", "Sudán del Norte"), not the town Sur.
        if (one_word && compass_words.has(key) && before.size() >= 2 &&
            compass_joiners.has(before.back())) {
            bool cap = false, dot = false;
            size_t wstart = 0;
            size_t joiner = m.span.start;
            while (joiner > 0 && text[joiner - 1] == ' ') --joiner;
            while (joiner > 0 && text[joiner - 1] != ' ') --joiner;  // the start of "del"
            if (!word_before(text, joiner, cap, wstart, dot).empty() && cap && !dot) c.name_part = true;
        }
        // A capital at a sentence's start says nothing: a word the article also writes in lower
        // case is that word ("По словам ... по"), and a Cyrillic word read as a name only through
        // a guessed case ending ("Міська влада" as Місько, a name of Mixco) needs evidence.
        if (c.sentence_start && one_word && !all_caps && !c.typed_area && surface.find(' ') == std::string_view::npos) {
            // Whether the article writes it in lower case is answered after this pass: nothing
            // below reads common_word at a sentence's start.
            asks_lower[i] = 1;
            if (cyrillic_word(surface) && fold_name(surface) != key) c.common_word = true;
        }
        // "in Oxford", "near Reading": a capitalised word after a preposition of place, in mid-sentence,
        // is the place more often than the word.
        if (c.common_word && !c.sentence_start && !before.empty() &&
            place_prepositions.has(before.back()) &&
            !facts.calendar && !facts.function_word)
            c.common_word = false;
        // The previous word, read alone below, passes only as one capitalised token that ends at
        // the space before the name: the article's token before the name's first (no token holds
        // a space, and none reads differently for the text beyond one). That token is asked first,
        // so that most names (after a lower-case word) need no reading back to the word's start.
        const bool capital_before = first_token > 0 && words[first_token - 1].end + 1 == m.span.start &&
                                    words[first_token - 1].capitalised;
        if (capital_before && !caseless && !c.sentence_start && m.span.start >= 2 && text[m.span.start - 1] == ' ') {
            size_t p = m.span.start - 1;
            while (p > 0 && text[p - 1] != ' ' && text[p - 1] != '\n') --p;  // start of the previous word
            std::string_view prev_word = text.substr(p, m.span.start - 1 - p);
            // (All tests of words alone: the one most words fail, a capital, is asked first. A word
            // that starts with an ASCII lower-case letter or digit is its first token's start, and
            // so no capital, without reading it.)
            auto lower_start = [](std::string_view w) {
                const auto b = static_cast<unsigned char>(w[0]);
                return (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9');
            };
            Token pt;
            if (!before.empty() && !prev_word.empty() && !lower_start(prev_word) && next_token(prev_word, 0, pt) &&
                pt.capitalised && pt.end == prev_word.size() && !starts_sentence(text, p) && !lex.demonym(before.back()) &&
                !name_run_breakers.has(before.back()) && !place_prefix_word(before.back())) {
                c.name_part = true;
                c.person = c.person || (one_word && surname_like(key));
            }
        }

        // A person's name: a title before it ("Mr. Jones", "President Lincoln"), or a given name
        // right before it ("Bill Clinton", "Abraham Lincoln"; a given name that is also an English
        // word, like Will or Bill, only in mid-sentence), or a speech verb after it ("Jones said").
        {
            bool cap = false, dot = false;
            size_t wstart = 0;
            std::string scratch;
            const std::string_view w =
                word_before(text, words, first_token, before, m.span.start, cap, wstart, dot, scratch);
            if (!w.empty() && (dot ? title_abbreviation(w) : title_word(w))) c.person = c.name_part = c.named_person = true;
            else if (!w.empty() && cap && wstart + w.size() + 1 == m.span.start && lex.given_names.count(w) &&
                     !lex.demonym(w) && !place_prefix_word(w) &&
                     (!lex.is_common(w) || !starts_sentence(text, wstart) || after_title(text, wstart)))
                c.person = c.name_part = c.named_person = true;
            c.said = has_after && speech_verb(after_word);
        }

        // "Granada, Spain": a country or region right after a comma qualifies the name.
        // Only a settlement or a landmark is qualified; "Afghanistan, Iraq, Syria" is a list.
        // (The text between is read first: most names have no comma and a name after them, and
        // the candidates' kinds are asked only of those that have.)
        if (i + 1 < matches.size()) {
            std::string_view gap = text.substr(m.span.end, matches[i + 1].span.start - m.span.end);
            // "Granada, Spain", and "Halifax, in Nova Scotia".
            bool comma = gap.size() >= 2 && gap.size() <= 3 && gap[0] == ',' && gap.find_first_not_of(' ', 1) == std::string_view::npos;
            auto qualifiable = [&] {
                return std::none_of(m.candidates.begin(), m.candidates.end(), [&](PlaceIndex p) {
                    PlaceKind k = g.facts(p).kind;
                    return k == PlaceKind::country || k == PlaceKind::continent;
                });
            };
            if ((comma || gap == ", in ") && qualifiable()) {
                for (PlaceIndex q : matches[i + 1].candidates) {
                    PlaceKind k = g.facts(q).kind;
                    if (k == PlaceKind::country || k == PlaceKind::admin1 || k == PlaceKind::region) {
                        c.qualifier = static_cast<int>(i + 1);
                        break;
                    }
                }
            }
        }
    };
    for_each_run_on_cores(matches.size(), match_run, one_match);
    {
        std::vector<uint32_t> asking;  // the marked matches, in order
        asking.reserve(size_t(std::count(asks_lower.begin(), asks_lower.end(), uint8_t(1))));
        for (size_t i = 0; i < matches.size(); ++i)
            if (asks_lower[i]) asking.push_back(static_cast<uint32_t>(i));
        // The lowered names, kept while lower_words holds views of them: each on its own (a long
        // document's thousands on both cores, in runs of neighbours).
        std::vector<std::string> lowered(asking.size());
        for_each_run_on_cores(asking.size(), match_run, [&](size_t k) {
            const NameMatch& m = matches[asking[k]];
            lowered[k] = lower_case(text.substr(m.span.start, m.span.end - m.span.start));
        });
        WrittenInLowerCase lower_words;
        lower_words.reserve(asking.size());
        std::vector<uint32_t> asked(asking.size());
        for (size_t k = 0; k < asking.size(); ++k) asked[k] = lower_words.ask(lowered[k]);
        lower_words.read(text, words);
        for (size_t k = 0; k < asking.size(); ++k)
            if (lower_words.found(asked[k])) out[asking[k]].common_word = true;
    }
    // A person's name is one all through the article: "Oleksii Danilov" makes "Danilov said" a
    // name too.
    // One sense per name for persons: a name the article once gives as a person's ("Bill
    // Clinton", "President Lincoln") is likely that person's at its other occurrences ("Clinton
    // said"), though with less weight than where the person's own name stands: on LGL's halves a
    // name given once as a person's is as often a town elsewhere in the article.
    // The keys in small flat tables (KeySet), each once: an article has a few, a long document
    // hundreds, asked at every match (a binary search among those read some ten a match).
    auto keys_where = [&](auto flagged) {
        KeySet keys;
        for (size_t i = 0; i < matches.size(); ++i)
            if (flagged(out[i])) keys.insert(matches[i].key);
        return keys;
    };
    const KeySet persons = keys_where([](const LocalContext& c) { return c.person; });
    // One sense per name for organisations likewise ("the Carnegie Endowment ... Carnegie does
    // not take positions"), where nothing at the other occurrence says place (a cue, a
    // dateline, "in"); the resolver spares places too prominent to be a firm's name.
    const KeySet organisations = keys_where([](const LocalContext& c) { return c.organisation; });
    // Both marked in one pass, on both cores for a long document: the persons' marks (person,
    // name_part) are none of what the organisations' test reads, and each match writes its own.
    if (!persons.empty() || !organisations.empty())
        for_each_run_on_cores(matches.size(), match_run, [&](size_t j) {
            LocalContext& c = out[j];
            // Its own mark, before the name's others lend theirs. (With no person in the article
            // this loop may not run: every person_here stays false, as every person is.)
            c.person_here = c.person;
            if (!persons.empty() && persons.has(matches[j].key)) c.person = c.name_part = true;
            if (!organisations.empty() && !c.organisation && c.cue == Cue::none && !c.news_cue && c.qualifier < 0 &&
                organisations.has(matches[j].key))
                c.organisation_elsewhere = true;
        });
    return out;
}

}  // namespace placeline::resolution
