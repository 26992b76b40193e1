// The lexicon's image (lexicon_image.hpp). Layout, every section on an 8-byte boundary:
//
//   Header
//   Record[list_count]     one per list: its name and where its pool, entries and slots are
//   sections               each list's pool, entries (WordList::Entry) and slots (WordList::Slot)
//   char[stamp_bytes]      what the image was made from
//
// Reading it checks every entry and slot (WordList::parts_sound) at every start: a changed or
// damaged file can give wrong words but never a read outside the image. The file is replaced by
// an atomic rename, so a run never sees half of one.
#include "lexicon_image.hpp"

#include <fcntl.h>
#include <link.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <climits>
#include <cstdio>
#include <cstring>
#include <filesystem>

#include "placeline/base/atomic_write.hpp"
#include "placeline/base/data_paths.hpp"
#include "placeline/places/gazetteer.hpp"
#include "placeline/places/names.hpp"

namespace placeline::resolution {

namespace {

constexpr char lexicon_magic[8] = {'P', 'L', 'L', 'E', 'X', 'I', 'M', '\n'};
// Bump when the layout changes. What the lists hold needs no bump: the stamp names the build that
// wrote the image, and another build (whatever its folding or reading rules) writes its own.
constexpr uint32_t lexicon_version = 1;

struct Header {
    char magic[8];
    uint32_t version;
    uint32_t list_count;
    uint64_t total_bytes;
    uint64_t stamp_offset, stamp_bytes;
};

struct Section {
    uint64_t offset, count;  // bytes, or records of the section's type
};

struct Record {
    char name[8];  // "common", "demonym", "given", "country" (the demonyms' countries) or a language
    Section pool, entries, slots;
};

// The build id the linker gave the object this code is in (hex), or "" when it has none: then no
// image can be told from another build's, and none is used.
std::string own_build_id() {
    struct Search {
        uintptr_t address;
        std::string id;
    } search{reinterpret_cast<uintptr_t>(&own_build_id), {}};
    dl_iterate_phdr(
        [](dl_phdr_info* info, size_t, void* data) -> int {
            auto* s = static_cast<Search*>(data);
            bool here = false;
            for (int i = 0; i < info->dlpi_phnum; ++i) {
                const auto& ph = info->dlpi_phdr[i];
                const uintptr_t start = info->dlpi_addr + ph.p_vaddr;
                if (ph.p_type == PT_LOAD && s->address >= start && s->address < start + ph.p_memsz) here = true;
            }
            if (!here) return 0;
            for (int i = 0; i < info->dlpi_phnum; ++i) {
                const auto& ph = info->dlpi_phdr[i];
                if (ph.p_type != PT_NOTE) continue;
                const auto* at = reinterpret_cast<const unsigned char*>(info->dlpi_addr + ph.p_vaddr);
                const unsigned char* end = at + ph.p_memsz;
                // Notes: a header, then the name and the description, each padded to 4 bytes.
                while (at + sizeof(ElfW(Nhdr)) <= end) {
                    ElfW(Nhdr) note;
                    std::memcpy(&note, at, sizeof note);
                    const unsigned char* name = at + sizeof note;
                    const unsigned char* desc = name + ((note.n_namesz + 3) & ~3u);
                    if (desc + note.n_descsz > end) break;
                    if (note.n_type == NT_GNU_BUILD_ID && note.n_namesz == 4 && std::memcmp(name, "GNU", 4) == 0) {
                        static const char hex[] = "0123456789abcdef";
                        for (uint32_t k = 0; k < note.n_descsz; ++k) {
                            s->id += hex[desc[k] >> 4];
                            s->id += hex[desc[k] & 15];
                        }
                        return 1;
                    }
                    at = desc + ((note.n_descsz + 3) & ~3u);
                }
            }
            return 1;
        },
        &search);
    return search.id;
}

std::string absolute(const std::string& path) {
    if (!path.empty() && path[0] == '/') return path;
    char cwd[PATH_MAX];
    return ::getcwd(cwd, sizeof cwd) ? std::string(cwd) + "/" + path : path;
}

size_t aligned(size_t n) { return (n + 7) & ~size_t(7); }

// Appends `bytes` at the next 8-byte boundary and says where.
Section append(std::string& out, const void* bytes, size_t size, size_t count) {
    out.resize(aligned(out.size()), '\0');
    Section s{out.size(), count};
    out.append(static_cast<const char*>(bytes), size);
    return s;
}

Record record_of(std::string& out, std::string_view name, const WordList::Parts& parts) {
    Record r{};
    std::memcpy(r.name, name.data(), std::min(name.size(), sizeof r.name));
    r.pool = append(out, parts.pool.data(), parts.pool.size(), parts.pool.size());
    r.entries = append(out, parts.entries.data(), parts.entries.size_bytes(), parts.entries.size());
    r.slots = append(out, parts.slots.data(), parts.slots.size_bytes(), parts.slots.size());
    return r;
}

// The section's records when they lie inside the image on a boundary of their type.
template <typename T>
bool section_inside(std::string_view image, const Section& s) {
    return s.offset % alignof(T) == 0 && s.offset <= image.size() && s.count <= (image.size() - s.offset) / sizeof(T);
}

}  // namespace

std::string lexicon_image_path(const std::vector<std::string>& files) {
    KeyHash h;
    h.add(own_build_id() + "\n");
    for (const std::string& f : files) h.add(absolute(f) + "\n");
    char name[64];
    std::snprintf(name, sizeof name, "/lexicon-%016llx.img", static_cast<unsigned long long>(h.h));
    return cache_dir() + name;
}

void evict_lexicon_images(const std::string& folder, size_t keep_count, const std::string& keep) {
    namespace fs = std::filesystem;
    std::vector<std::pair<fs::file_time_type, fs::path>> images;
    std::error_code ec;
    for (fs::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        std::error_code e;
        if (name.rfind("lexicon-", 0) != 0 || it->path().extension() != ".img" || !it->is_regular_file(e)) continue;
        if (it->path().lexically_normal() == fs::path(keep).lexically_normal()) continue;
        const auto written = it->last_write_time(e);
        if (!e) images.emplace_back(written, it->path());
    }
    if (images.size() + 1 <= keep_count) return;
    std::sort(images.begin(), images.end());
    for (size_t k = 0; k + keep_count < images.size() + 1; ++k) fs::remove(images[k].second, ec);
}

std::string lexicon_stamp(const std::vector<std::string>& files) {
    const std::string build = own_build_id();
    if (build.empty()) return {};
    std::string stamp = "placeline lexicon image " + std::to_string(lexicon_version) + "\nbuild " + build + "\n";
    for (const std::string& f : files) {
        struct stat st{};
        if (::stat(f.c_str(), &st) != 0) {
            stamp += absolute(f) + "\tabsent\n";
            continue;
        }
        stamp += absolute(f) + "\t" + std::to_string(st.st_size) + "\t" + std::to_string(st.st_mtim.tv_sec) + "." +
                 std::to_string(st.st_mtim.tv_nsec) + "\n";
    }
    return stamp;
}

std::string lexicon_image(const Lexicon& lex, const std::string& stamp) {
    std::vector<std::pair<std::string, WordList::Parts>> lists = {
        {"common", lex.common_words.parts()}, {"demonym", lex.demonym_forms.parts()}, {"given", lex.given_names.parts()}};
    for (const auto& [lang, words] : lex.language_words) lists.emplace_back(lang, words.parts());
    std::string countries;
    for (const std::string& c : lex.demonym_countries) countries += c + "\n";

    Header header{};
    std::memcpy(header.magic, lexicon_magic, sizeof header.magic);
    header.version = lexicon_version;
    header.list_count = uint32_t(lists.size() + 1);
    std::string out(sizeof header + header.list_count * sizeof(Record), '\0');
    std::vector<Record> records;
    for (const auto& [name, parts] : lists) records.push_back(record_of(out, name, parts));
    records.push_back(record_of(out, "country", {countries, {}, {}}));
    Section stamp_at = append(out, stamp.data(), stamp.size(), stamp.size());
    out.resize(aligned(out.size()), '\0');
    header.total_bytes = out.size();
    header.stamp_offset = stamp_at.offset;
    header.stamp_bytes = stamp_at.count;
    std::memcpy(out.data(), &header, sizeof header);
    std::memcpy(out.data() + sizeof header, records.data(), records.size() * sizeof(Record));
    return out;
}

std::optional<Lexicon> lexicon_from_image(std::string_view image, const std::string& stamp,
                                          std::shared_ptr<const void> keep) {
    Header h;
    if (image.size() < sizeof h || reinterpret_cast<uintptr_t>(image.data()) % 8 != 0) return std::nullopt;
    std::memcpy(&h, image.data(), sizeof h);
    if (std::memcmp(h.magic, lexicon_magic, sizeof h.magic) != 0 || h.version != lexicon_version ||
        h.total_bytes != image.size() || !section_inside<char>(image, {h.stamp_offset, h.stamp_bytes}) ||
        image.substr(h.stamp_offset, h.stamp_bytes) != stamp || h.list_count < 4 ||
        h.list_count > (image.size() - sizeof h) / sizeof(Record))
        return std::nullopt;
    const auto* records = reinterpret_cast<const Record*>(image.data() + sizeof h);
    std::vector<std::pair<std::string, WordList>> lists;
    for (uint32_t i = 0; i < h.list_count; ++i) {
        const Record& r = records[i];
        if (!section_inside<char>(image, r.pool) || !section_inside<WordList::Entry>(image, r.entries) ||
            !section_inside<WordList::Slot>(image, r.slots))
            return std::nullopt;
        WordList::Parts parts{image.substr(r.pool.offset, r.pool.count),
                              {reinterpret_cast<const WordList::Entry*>(image.data() + r.entries.offset), r.entries.count},
                              {reinterpret_cast<const WordList::Slot*>(image.data() + r.slots.offset), r.slots.count}};
        std::optional<WordList> words = WordList::viewing(parts, keep);
        if (!words) return std::nullopt;
        lists.emplace_back(std::string(r.name, strnlen(r.name, sizeof r.name)), std::move(*words));
    }
    // The order lexicon_image wrote: three lists, the languages', then the countries.
    if (lists[0].first != "common" || lists[1].first != "demonym" || lists[2].first != "given" ||
        lists.back().first != "country")
        return std::nullopt;
    Lexicon lex;
    lex.common_words = std::move(lists[0].second);
    lex.demonym_forms = std::move(lists[1].second);
    lex.given_names = std::move(lists[2].second);
    for (size_t i = 3; i + 1 < lists.size(); ++i) lex.language_words.push_back(std::move(lists[i]));
    const std::string_view countries = lists.back().second.parts().pool;
    for (size_t at = 0; at < countries.size();) {
        const size_t end = countries.find('\n', at);
        if (end == std::string_view::npos) return std::nullopt;
        lex.demonym_countries.emplace_back(countries.substr(at, end - at));
        at = end + 1;
    }
    // Lexicon::demonym reads the country at a form's index: one country for every form.
    if (lex.demonym_countries.size() != lex.demonym_forms.size()) return std::nullopt;
    for (size_t k = 0; k < lex.demonym_forms.size(); ++k) {
        const std::string_view form = lex.demonym_forms.word(k);
        if (!form.empty()) lex.demonym_lengths[static_cast<unsigned char>(form[0])] |= Lexicon::length_bit(form.size());
    }
    return lex;
}

Lexicon cached_lexicon(const std::vector<std::string>& files, Lexicon (*build)()) {
    const std::string stamp = lexicon_stamp(files);
    if (stamp.empty()) return build();
    const std::string path = lexicon_image_path(files);
    // Non-blocking: a FIFO in the cache must not hang the start; it is refused below.
    int fd = ::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd >= 0) {
        struct stat st{};
        void* map = MAP_FAILED;
        if (::fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size > 0)
            map = ::mmap(nullptr, size_t(st.st_size), PROT_READ, MAP_PRIVATE, fd, 0);
        ::close(fd);
        if (map != MAP_FAILED) {
            const size_t size = size_t(st.st_size);
            std::shared_ptr<const void> keep(map, [size](const void* p) { ::munmap(const_cast<void*>(p), size); });
            if (auto lex = lexicon_from_image({static_cast<const char*>(map), size}, stamp, keep)) return std::move(*lex);
        }
    }
    Lexicon lex = build();
    // No data cache, or one that cannot be written: the next run builds again, as before images.
    if (write_file_atomically(path, lexicon_image(lex, stamp)).empty())
        evict_lexicon_images(cache_dir(), lexicon_images_kept, path);
    return lex;
}

}  // namespace placeline::resolution
