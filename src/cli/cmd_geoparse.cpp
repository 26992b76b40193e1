// placeline geoparse [--format jsonl|csv|geojson] [--gazetteer PATH] FILE...
// One record per mention; offsets are code points into the file's decoded text.
#include <algorithm>
#include <atomic>
#include <cmath>
#include <condition_variable>
#include <mutex>
#include <malloc.h>
#include <cstdio>
#include <memory>
#include <optional>

#include "commands.hpp"
#include "placeline/atlas/atlas.hpp"
#include "placeline/geo/gazetteer_load.hpp"
#include "placeline/text/ascii_scan.hpp"
#include "mention_record.hpp"
#include "placeline/base/on_cores.hpp"
#include "table_writer.hpp"

namespace placeline::cli {

namespace {

struct GeoparseOptions {
    TableFormat format = TableFormat::jsonl;
    std::string gazetteer;
    std::vector<std::string> files;
};

// How many texts of each kind the writing threads may share: 2^bits slots, at least 2^10 and at
// most as many as there are mentions (each text is one of a few mentions'), else twice as many
// as the texts expected. The places' texts (one per place mentioned, one per runner-up) are
// counted roughly by linear counting (Whang, Vander-Zanden and Taylor, 1990: keys hashed to
// the bits of a small table; from the share of bits left clear, n = -m ln(clear / m)), a pass
// over the mentions in 8 KiB rather than a bit per place of the gazetteer (megabytes). The `why`
// objects cannot be counted without making them; they repeat with the places (2,768 distinct for
// some 3,500 places' texts on 4,704 LGL files, 2,204 for 3,800 in the 2 MiB document), so
// twice as many are allowed for. A table too small only keeps some texts per thread instead of
// shared: the same bytes. Sized by the mentions alone, both tables took 2^16 slots (1 MiB, 256
// fresh pages) for a few thousand texts.
struct SharedSizes {
    int places_bits, whys_bits;
};
SharedSizes shared_sizes(const std::vector<Mention>& mentions) {
    constexpr int least_bits = 10;
    if (mentions.size() <= (size_t(1) << least_bits)) return {least_bits, least_bits};  // nothing to count
    constexpr int table_bits = 16;
    std::vector<uint64_t> table((size_t(1) << table_bits) / 64);
    auto see = [&](uint64_t key) {
        const uint64_t bit = (key * 0x9E3779B97F4A7C15ull) >> (64 - table_bits);
        table[bit / 64] |= uint64_t(1) << (bit % 64);
    };
    for (const Mention& m : mentions) {
        see(uint64_t(m.place) << 1);
        for (uint8_t i = 0; i < m.why.runner_up_count; ++i) see(uint64_t(m.why.runners_up[i].place) << 1 | 1);
    }
    size_t clear = 0;
    for (uint64_t word : table) clear += size_t(__builtin_popcountll(~word));
    const double m = double(size_t(1) << table_bits);
    const double places = clear == 0 ? double(mentions.size()) : m * std::log(m / double(clear));
    auto bits_for = [&](double texts) {
        int bits = least_bits;
        while (bits < 16 && double(size_t(1) << bits) < 2 * texts && (size_t(1) << bits) < mentions.size()) ++bits;
        return bits;
    };
    return {bits_for(places), bits_for(2 * places)};
}

// JSON Lines, formatted on every core in batches and written in order. Each article's mentions
// are contiguous (sorted by passage, passages by article) and cut into pieces of at most
// `piece_mentions`, so that one long document is formatted on every core too; the pieces of an
// article share one code-point map, built once. Each thread keeps one MentionRows for the whole
// output, so that what it remembers of the places serves every batch.
//
// The pieces' rows go through a window of `window` buffers, used again and again, in groups of
// neighbouring pieces (the small articles of a folder of files together): group k is formatted
// into buffer k % window once group k - window is written, and whichever thread finishes the
// earliest group not yet written writes it and every finished one after it, in order. So the rows held at once are a few pieces' (some 1.5 MB on the 2 MiB document), not the
// whole batch's (its 6.3 MB of output, each byte a fresh page's, in buffers grown by doubling and
// copied), and the writing is done on every core as the pieces are, not on one after each batch.
void write_jsonl(const Atlas& atlas, std::FILE* out) {
    const std::vector<Mention>& mentions = atlas.mentions();
    constexpr size_t piece_mentions = 128;  // some 70 KB of rows
    std::vector<std::pair<size_t, size_t>> pieces;  // [first, last) mention of one article
    for (size_t i = 0, j; i < mentions.size(); i = j) {
        for (j = i + 1; j < mentions.size() && mentions[j].article == mentions[i].article && j - i < piece_mentions;) ++j;
        pieces.push_back({i, j});
    }
    constexpr size_t batch = 256;  // bounds the code-point maps held at once
    // From 256 KiB on (some 0.3 M instructions to count; 2.4 M on a 2 MiB document), a text's code
    // points are counted in 16 pieces over the cores: waking a helper thread costs far less.
    constexpr size_t long_map_bytes = 256 * 1024, map_pieces = 16;
    // run_on_cores starts at most core_count() threads, so each has its own MentionRows below;
    // four buffers a thread leave a thread room to go on while an earlier, longer piece is
    // formatted on another.
    const size_t threads = core_count();
    const size_t window = 4 * threads;
    // What the writing holds (the window's rows and the batch's code-point maps, each thread's
    // remembered texts: some eight thousand blocks) is left for the process's end to reclaim, as
    // the atlas is, rather than freed block by block: 1.1 M instructions on LGL's 588 texts.
    struct Writing {
        std::vector<TextBuffer> text;
        std::vector<std::optional<CodepointMap>> maps;
        std::vector<std::optional<MentionRows>> writers;
        // The places' and `why` texts, shared by the threads (shared_sizes).
        std::optional<SharedTexts> places, whys;
    };
    static auto* const kept = new std::unique_ptr<Writing>;
    *kept = std::make_unique<Writing>();
    std::vector<TextBuffer>& text = (*kept)->text;
    std::vector<std::optional<CodepointMap>>& maps = (*kept)->maps;
    std::vector<std::optional<MentionRows>>& writers = (*kept)->writers;
    const SharedSizes sizes = shared_sizes(mentions);
    (*kept)->places.emplace(sizes.places_bits);
    (*kept)->whys.emplace(sizes.whys_bits);
    text.resize(std::min(window, pieces.size()));
    maps.resize(std::min(batch, pieces.size()));
    std::vector<size_t> map_of(maps.size());  // the piece whose map a piece uses
    writers.resize(threads);
    // The window's state, under `lock`: how many of the batch's pieces are written, which are
    // finished, and whether a thread is writing (it writes outside the lock, and the others leave
    // what they finish to it).
    std::mutex lock;
    std::condition_variable buffer_free;
    size_t written = 0;
    std::vector<char> finished(maps.size());  // per group of the batch's pieces
    bool writing = false;
    std::vector<size_t> groups;  // the batch's groups of pieces: where each starts
    for (size_t b = 0; b < pieces.size(); b += batch) {
        const size_t n = std::min(batch, pieces.size() - b);
        auto article = [&](size_t k) { return mentions[pieces[b + k].first].article; };
        // An article whose pieces run on from the last batch keeps its map rather than count it again.
        const bool runs_on = b > 0 && article(0) == mentions[pieces[b - 1].first].article;
        if (runs_on && map_of[batch - 1] != 0) maps[0] = std::move(maps[map_of[batch - 1]]);
        for (size_t k = 0; k < n; ++k) map_of[k] = k > 0 && article(k) == article(k - 1) ? map_of[k - 1] : k;
        auto to_make = [&](size_t k) { return map_of[k] == k && !(k == 0 && runs_on); };
        // A long article's map (a document of megabytes) is counted in pieces over the cores
        // first; the other maps one to an item.
        // A plain ASCII text (half of LGL's) gets no map: its code points are its bytes.
        auto long_text = [&](size_t k) { return atlas.corpus().articles[article(k)].text.size() >= long_map_bytes; };
        for (size_t k = 0; k < n; ++k)
            if (to_make(k) && long_text(k)) {
                maps[k].reset();
                const std::string_view t = atlas.corpus().articles[article(k)].text;
                if (!all_ascii(t))
                    maps[k].emplace(t, map_pieces, [](size_t pieces, auto count) { for_each_on_cores(pieces, count); });
            }
        for_each_on_cores(n, [&](size_t k) {
            if (k == 0 && runs_on) return;  // kept
            if (map_of[k] == k && long_text(k)) return;  // made above
            maps[k].reset();
            if (map_of[k] != k) return;
            const std::string_view t = atlas.corpus().articles[article(k)].text;
            if (!all_ascii(t)) maps[k].emplace(t);
        });
        // Neighbouring pieces are formatted and written together, up to piece_mentions rows a
        // group: an article file has a few mentions, and a lock, a wait and a write for each
        // (4,704 of each on the benchmark's files, the two threads meeting at the lock) cost more
        // than its rows.
        groups.clear();
        for (size_t k = 0, rows_in_group = 0; k < n; ++k) {
            const size_t rows = pieces[b + k].second - pieces[b + k].first;
            if (groups.empty() || rows_in_group + rows > piece_mentions) groups.push_back(k), rows_in_group = 0;
            rows_in_group += rows;
        }
        const size_t group_count = groups.size();
        groups.push_back(n);  // the end of the last
        written = 0;
        std::fill(finished.begin(), finished.end(), 0);
        std::atomic<size_t> next{0}, started{0};
        run_on_cores(group_count, [&] {
            const size_t thread = started.fetch_add(1);
            MentionRows& rows =
                writers[thread] ? *writers[thread] : writers[thread].emplace(atlas, *(*kept)->places, *(*kept)->whys);
            for (size_t g; (g = next.fetch_add(1)) < group_count;) {
                // Groups are taken in order, so the earliest group not written is being formatted
                // by a thread that is not waiting here: the wait ends.
                {
                    std::unique_lock<std::mutex> held(lock);
                    buffer_free.wait(held, [&] { return g < written + window; });
                }
                TextBuffer& rows_text = text[g % window];
                // A row takes some 550 bytes on LGL's texts: room for the group's rows made at
                // once, rather than grown (and moved) row by row.
                rows_text.clear();
                rows_text.reserve((pieces[b + groups[g + 1] - 1].second - pieces[b + groups[g]].first) * 640);
                for (size_t k = groups[g]; k < groups[g + 1]; ++k) {
                    auto [first, last] = pieces[b + k];
                    const std::optional<CodepointMap>& map = maps[map_of[k]];
                    for (size_t i = first; i < last; ++i) rows.append(rows_text, mentions[i], map ? &*map : nullptr);
                }
                std::unique_lock<std::mutex> held(lock);
                finished[g] = 1;
                if (writing) continue;  // the writing thread finds it finished
                writing = true;
                while (written < group_count && finished[written]) {
                    const TextBuffer& done = text[written % window];
                    held.unlock();
                    // Its errors are kept by the stream, and found when it is flushed (cli_main.cpp).
                    std::fwrite(done.data(), 1, done.size(), out);
                    held.lock();
                    ++written;
                    buffer_free.notify_all();
                }
                writing = false;
            }
        });
    }
}

// Memory freed during the run stays with the process for the next allocation, rather than going
// back to the kernel and coming again as fresh pages, each a page fault: glibc maps allocations
// above a threshold (128 KiB at first) on their own and unmaps them when freed, and returns a
// heap's free top beyond another. One long document's passes allocate and free vectors of
// megabytes one after the other: a sixth of the process's page faults (`/usr/bin/time -f %R`).
// The process ends with the command, so what it keeps is not kept long.
void keep_freed_memory() {
    constexpr int big = 1 << 30;
    mallopt(M_MMAP_THRESHOLD, big);
    mallopt(M_TRIM_THRESHOLD, big);
}

}  // namespace

Action add_geoparse_command(CLI::App& app) {
    auto opts = std::make_shared<GeoparseOptions>();
    CLI::App* cmd = app.add_subcommand("geoparse", "Find and resolve the places of articles; one record per mention");
    add_format_option(*cmd, opts->format, {TableFormat::jsonl, TableFormat::csv, TableFormat::geojson});
    cmd->add_option("--gazetteer", opts->gazetteer,
                    "GeoNames file (cities500 layout) or curated place list (default: cities500 from the data "
                    "cache, else the embedded regional places)")
        ->check(input_file());
    cmd->add_option("files", opts->files, "Articles: files or folders")->required();
    return [opts]() -> int {
        keep_freed_memory();
        end_without_teardown();
        Diagnostics diags(Diagnostics::Keep::problems);  // print_diagnostics shows no info ones
        auto sources = opts->gazetteer.empty() ? geo::default_gazetteer_sources()
                                               : geo::gazetteer_sources_for(opts->gazetteer);
        // The gazetteer is mapped and checked while the articles are read. No record holds a
        // time or asks which passages name a place: the passages are not dated, nor are the
        // places indexed by passage.
        auto atlas = build_atlas(opts->files, [&] { return geo::load_gazetteer(sources, diags); }, diags, nullptr,
                                 AtlasUse::records);
        // The process ends when the command returns: the atlas is left for the process's end to
        // reclaim rather than freed piece by piece (its articles and mentions, and the gazetteer,
        // whose destructor visits each of its places): 1.7 M instructions on LGL's 588 texts.
        static auto* const kept = new std::shared_ptr<const Atlas>;
        *kept = atlas;
        print_diagnostics(diags);
        if (opts->format == TableFormat::geojson) {
            nlohmann::ordered_json fc = {{"type", "FeatureCollection"}, {"features", nlohmann::json::array()}};
            for (uint32_t a = 0; a < atlas->corpus().articles.size(); ++a) {
                CodepointMap cps(atlas->corpus().articles[a].text);
                for (const Mention& m : atlas->mentions()) {
                    if (m.article != a) continue;
                    auto props = mention_json(*atlas, m, cps);
                    fc["features"].push_back({{"type", "Feature"},
                                              {"geometry", {{"type", "Point"}, {"coordinates", {props["lon"], props["lat"]}}}},
                                              {"properties", props}});
                }
            }
            std::puts(fc.dump(1, ' ', false, nlohmann::json::error_handler_t::replace).c_str());
            return 0;
        }
        if (opts->format == TableFormat::jsonl) {
            write_jsonl(*atlas, stdout);
            return 0;
        }
        TableWriter out(stdout, opts->format, mention_columns());
        // Mentions are sorted by passage, and passages by article: one code-point map per article.
        uint32_t current = UINT32_MAX;
        std::unique_ptr<CodepointMap> cps;
        for (const Mention& m : atlas->mentions()) {
            if (m.article != current) {
                current = m.article;
                cps = std::make_unique<CodepointMap>(atlas->corpus().articles[current].text);
            }
            out.row(mention_json(*atlas, m, *cps));
        }
        return 0;
    };
}

}  // namespace placeline::cli
