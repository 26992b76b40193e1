// The lexicon's image (src/places/lexicon_image.cpp): the lists read back in place answer as the
// lists built from the files did; an image of other files, of other versions of them or damaged
// is not used; an edited list file is read again at the next start.
#include <doctest/doctest.h>

#include <cctype>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>

#include <unistd.h>

#include "places/lexicon_image.hpp"

using namespace placeline;
using namespace placeline::resolution;
namespace fs = std::filesystem;

namespace {

Lexicon small_lexicon() {
    Lexicon lex;
    for (const char* w : {"bath", "reading", "nice", "mobile"}) lex.common_words.insert(w);
    lex.demonym_forms.insert("armenian");
    lex.demonym_countries.push_back("AM");
    lex.demonym_forms.insert("european");
    lex.demonym_countries.push_back("");
    lex.demonym_lengths[static_cast<unsigned char>('a')] |= Lexicon::length_bit(8);
    lex.demonym_lengths[static_cast<unsigned char>('e')] |= Lexicon::length_bit(8);
    for (const char* w : {"john", "mary"}) lex.given_names.insert(w);
    WordList de;
    de.insert("stadt");
    lex.language_words.emplace_back("de", std::move(de));
    WordList ru;
    ru.insert("город");
    lex.language_words.emplace_back("ru", std::move(ru));
    return lex;
}

// The image's bytes where a mapped file would be: on an 8-byte boundary, as mmap gives them.
std::shared_ptr<std::vector<uint64_t>> aligned_copy(const std::string& bytes) {
    auto out = std::make_shared<std::vector<uint64_t>>((bytes.size() + 7) / 8);
    std::memcpy(out->data(), bytes.data(), bytes.size());
    return out;
}

std::optional<Lexicon> read_back(const std::string& bytes, const std::string& stamp) {
    auto copy = aligned_copy(bytes);
    return lexicon_from_image({reinterpret_cast<const char*>(copy->data()), bytes.size()}, stamp, copy);
}

}  // namespace

TEST_CASE("lexicon image: the lists read back in place answer as the lists written") {
    const Lexicon lex = small_lexicon();
    const std::optional<Lexicon> back = read_back(lexicon_image(lex, "stamp 1"), "stamp 1");
    REQUIRE(back);
    CHECK(back->is_common("reading"));
    CHECK_FALSE(back->is_common("london"));
    CHECK(back->common_words.size() == 4);
    CHECK(back->common_words.word(3) == "mobile");
    REQUIRE(back->demonym("armenian"));
    CHECK(*back->demonym("armenian") == "AM");
    REQUIRE(back->demonym("european"));
    CHECK(back->demonym("european")->empty());
    CHECK_FALSE(back->demonym("georgian"));
    CHECK(back->demonym_lengths == lex.demonym_lengths);
    CHECK(back->given_names.contains("mary"));
    REQUIRE(back->language_words.size() == 2);
    CHECK(back->language_words[0].first == "de");
    CHECK(back->language_words[0].second.contains("stadt"));
    CHECK(back->language_words[1].first == "ru");
    CHECK(back->language_words[1].second.contains("город"));
    // A copy of a list read in place answers too, and one that grows takes its own arrays.
    WordList copy = back->common_words;
    copy.insert("london");
    CHECK(copy.contains("london"));
    CHECK(copy.contains("bath"));
    CHECK_FALSE(back->common_words.contains("london"));
}

TEST_CASE("lexicon image: an image with another stamp, cut short or with an index outside it is not read") {
    const Lexicon lex = small_lexicon();
    const std::string image = lexicon_image(lex, "stamp 1");
    CHECK_FALSE(read_back(image, "stamp 2"));
    CHECK_FALSE(read_back(image.substr(0, image.size() - 8), "stamp 1"));
    CHECK_FALSE(read_back(image.substr(0, 16), "stamp 1"));
    // Every used slot of the common words pointing past the list's four words.
    std::string damaged = image;
    const WordList::Parts parts = lex.common_words.parts();
    const std::string slots(reinterpret_cast<const char*>(parts.slots.data()), parts.slots.size_bytes());
    const size_t at = damaged.find(slots);
    REQUIRE(at != std::string::npos);
    for (size_t k = 0; k < parts.slots.size(); ++k) {
        uint32_t entry;
        std::memcpy(&entry, damaged.data() + at + k * 8 + 4, 4);
        if (entry) entry += 100;
        std::memcpy(damaged.data() + at + k * 8 + 4, &entry, 4);
    }
    CHECK_FALSE(read_back(damaged, "stamp 1"));
}

TEST_CASE("word list: parts whose slots have no empty one, or whose words leave the pool, are unsound") {
    WordList words;
    words.insert("paris");
    const WordList::Parts parts = words.parts();
    CHECK(WordList::parts_sound(parts));
    std::vector<WordList::Slot> full(parts.slots.size(), WordList::Slot{1, 1});
    CHECK_FALSE(WordList::parts_sound({parts.pool, parts.entries, full}));
    const WordList::Entry past{3, 5};
    CHECK_FALSE(WordList::parts_sound({parts.pool, {&past, 1}, parts.slots}));
    CHECK_FALSE(WordList::viewing({parts.pool, {&past, 1}, parts.slots}, nullptr));
}

namespace {
int builds = 0;
Lexicon counted_build() {
    ++builds;
    return small_lexicon();
}
}  // namespace

TEST_CASE("lexicon image: written at the first start, read at the next, read again from the files after an edit") {
    const fs::path dir = fs::temp_directory_path() / ("placeline-lexicon-image-" + std::to_string(::getpid()));
    fs::create_directories(dir / "cache" / "placeline");
    const char* xdg = std::getenv("XDG_CACHE_HOME");
    const std::string kept_xdg = xdg ? xdg : "";
    ::setenv("XDG_CACHE_HOME", (dir / "cache").c_str(), 1);
    const std::string list = (dir / "words.txt").string();
    std::ofstream(list) << "bath\n";
    const std::vector<std::string> files = {list, (dir / "absent.txt").string()};

    builds = 0;
    CHECK(cached_lexicon(files, counted_build).is_common("reading"));
    CHECK(builds == 1);
    CHECK(fs::exists(lexicon_image_path(files)));
    const Lexicon again = cached_lexicon(files, counted_build);
    CHECK(builds == 1);
    CHECK(again.is_common("reading"));
    CHECK(again.language_words.size() == 2);
    std::ofstream(list) << "bath\nreading\n";
    CHECK(cached_lexicon(files, counted_build).is_common("reading"));
    CHECK(builds == 2);
    // A file that appears where there was none is an edit too.
    std::ofstream(files[1]) << "nice\n";
    cached_lexicon(files, counted_build);
    CHECK(builds == 3);
    cached_lexicon(files, counted_build);
    CHECK(builds == 3);

    if (xdg) ::setenv("XDG_CACHE_HOME", kept_xdg.c_str(), 1);
    else ::unsetenv("XDG_CACHE_HOME");
    fs::remove_all(dir);
}

TEST_CASE("lexicon image: the oldest written images are removed past the count kept, never the one just written") {
    const fs::path dir = fs::temp_directory_path() / ("placeline-lexicon-evict-" + std::to_string(::getpid()));
    fs::create_directories(dir);
    const auto now = fs::file_time_type::clock::now();
    for (int k = 0; k < 6; ++k) {
        const fs::path p = dir / ("lexicon-" + std::to_string(k) + ".img");
        std::ofstream(p) << "image";
        fs::last_write_time(p, now - std::chrono::hours(10 - k));  // 0 the oldest
    }
    std::ofstream(dir / "gazetteer-1.idx") << "not a lexicon";
    // The one just written is kept even when it is the oldest by its time.
    const std::string keep = (dir / "lexicon-0.img").string();
    evict_lexicon_images(dir.string(), 3, keep);
    CHECK(fs::exists(dir / "lexicon-0.img"));
    CHECK_FALSE(fs::exists(dir / "lexicon-1.img"));
    CHECK_FALSE(fs::exists(dir / "lexicon-3.img"));
    CHECK(fs::exists(dir / "lexicon-4.img"));
    CHECK(fs::exists(dir / "lexicon-5.img"));
    CHECK(fs::exists(dir / "gazetteer-1.idx"));
    fs::remove_all(dir);
}

// A cue's country is held in two bytes (CountryCode, resolution.hpp), which reads any other
// length as none: every country geodata/demonyms.tsv gives must be two capital letters or nothing.
TEST_CASE("demonyms: every country of the shipped list is an alpha-2 code or none") {
    const Lexicon& lex = lexicon();
    REQUIRE(lex.demonym_countries.size() > 100);
    size_t with_country = 0;
    for (const std::string& c : lex.demonym_countries) {
        INFO("country: '" << c << "'");
        CHECK((c.empty() || (c.size() == 2 && std::isupper(static_cast<unsigned char>(c[0])) &&
                             std::isupper(static_cast<unsigned char>(c[1])))));
        if (!c.empty()) {
            ++with_country;
            CHECK(std::string_view(CountryCode(c)) == c);
        }
    }
    CHECK(with_country > 100);
    CHECK(std::string_view(CountryCode("")).empty());
}
