// Slides read on a projector: the example deck rendered at 1920x1080 has map labels at least
// 20 px high (the font's line in the draw list, the letters in the pixels), no two labels
// overlap, none sits under the slide's caption or quotes, and no quote is credited to a path.
#include <doctest/doctest.h>

#include <algorithm>

#include "cli/deck_render.hpp"
#include "placeline/render/deck.hpp"
#include "placeline/render/map_load.hpp"
#include "placeline/render/theme.hpp"
#include "placeline/sink/slide_overlay.hpp"

using namespace placeline;

namespace {

const std::string example_deck = ASSETS "/september-2023.toml";

struct Loaded {
    render::Deck deck;
    std::shared_ptr<const render::MapData> data;
};

Loaded load() {
    Loaded l;
    Diagnostics diags;
    l.deck = render::read_deck(example_deck, diags);
    render::MapSources sources;
    sources.corpus = {SAMPLE_CORPUS};
    l.data = render::load_map_data(sources, diags);
    return l;
}

// Map labels are the texts drawn with a halo (place and layer labels); the legend's rows and the
// clusters' counts have none.
std::vector<const render::TextItem*> labels_of(const render::DrawList& list) {
    std::vector<const render::TextItem*> out;
    for (const render::TextItem& t : list.texts)
        if (t.halo.a > 0) out.push_back(&t);
    return out;
}

// Rows of the label's box holding its ink (pixels near the label colour), first to last.
int ink_rows(const std::vector<uint8_t>& rgba, int w, int h, const render::Box& b, render::Color ink) {
    int first = -1, last = -1;
    for (int y = std::max(0, int(b.y0)); y < std::min(h, int(b.y1) + 1); ++y)
        for (int x = std::max(0, int(b.x0)); x < std::min(w, int(b.x1)); ++x) {
            const uint8_t* p = rgba.data() + (size_t(y) * w + x) * 4;
            if (std::abs(p[0] - ink.r) < 60 && std::abs(p[1] - ink.g) < 60 && std::abs(p[2] - ink.b) < 60) {
                if (first < 0) first = y;
                last = y;
                break;
            }
        }
    return first < 0 ? 0 : last - first + 1;
}

}  // namespace

TEST_CASE("the example deck at 1080p has labels of 20 px or more that overlap nothing") {
    Loaded l = load();
    REQUIRE(l.deck.slides.size() >= 8);
    Diagnostics diags;
    cli::DeckRenderOptions o;  // 1920x1080, the scale its size asks for
    cli::DeckRenderer r(*l.data, l.deck, example_deck, o, diags);
    REQUIRE(r.ok());
    const render::TextMeasure measure = r.measure();
    const render::Color ink = render::Theme{}.label;
    size_t labels = 0, measured = 0;
    for (size_t i = 0; i < l.deck.slides.size(); ++i) {
        const cli::DeckFrame f{i, 1, 0};
        const render::DrawList& list = r.map_list(f);
        std::vector<render::Box> boxes;
        for (const render::TextItem* t : labels_of(list)) {
            CHECK_MESSAGE(t->size >= 20.0f, "slide ", i + 1, ": '", t->text, "' is ", t->size, " px");
            boxes.push_back({t->x, t->y, t->x + measure(t->text, t->size), t->y + t->size});
        }
        labels += boxes.size();
        for (size_t a = 0; a < boxes.size(); ++a) {
            for (size_t b = a + 1; b < boxes.size(); ++b)
                CHECK_MESSAGE(!boxes[a].overlaps(boxes[b]), "slide ", i + 1, ": labels ", a, " and ", b, " overlap");
            for (const render::Box& c : r.frames()[i].covered)
                CHECK_MESSAGE(!boxes[a].overlaps(c), "slide ", i + 1, ": a label under the overlay");
        }
        // The pixels: a place label with a capital or an ascender and a descender is drawn at
        // least 20 px from the top of the one to the bottom of the other.
        std::vector<render::TextItem> copy;
        for (const render::TextItem* t : labels_of(list)) copy.push_back(*t);
        std::vector<uint8_t> rgba = r.draw(f);
        for (const render::TextItem& t : copy) {
            const bool tall = std::any_of(t.text.begin(), t.text.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
            const bool deep = t.text.find_first_of("gjpqy") != std::string::npos;
            if (!(t.color == ink) || !tall || !deep) continue;
            render::Box b{t.x, t.y, t.x + measure(t.text, t.size), t.y + t.size};
            const int rows = ink_rows(rgba, r.width(), r.height(), b, ink);
            CHECK_MESSAGE(rows >= 20, "slide ", i + 1, ": '", t.text, "' is ", rows, " px high");
            ++measured;
        }
    }
    CHECK(labels >= 2 * l.deck.slides.size());
    CHECK(measured >= 3);
}

TEST_CASE("the example deck credits its quotes by title, site and date, never by a path") {
    Loaded l = load();
    size_t quotes = 0;
    for (const render::Slide& s : l.deck.slides)
        for (const render::Quote& q : s.quotes) {
            sink::QuoteText t = sink::quote_text(*l.data->atlas, q);
            CHECK_MESSAGE(t.found, q.file);
            CHECK_MESSAGE(t.source.find('/') == std::string::npos, t.source);
            CHECK(t.source.find("20") != std::string::npos);  // the article's date
            ++quotes;
        }
    CHECK(quotes >= 8);
}

TEST_CASE("a quote from an article with neither title nor site is credited to the file's name alone") {
    Article a;
    a.path = "some/folder/017_report.txt";
    a.published = make_day(2023, 9, 21);
    CHECK(sink::quote_credit(a) == "017_report.txt · 2023-09-21");
    a.source = "example.org";
    CHECK(sink::quote_credit(a) == "example.org · 2023-09-21");
    a.title = "Talks in Yevlakh";
    CHECK(sink::quote_credit(a) == "Talks in Yevlakh · example.org · 2023-09-21");
}

TEST_CASE("a video fades in from black and out to black") {
    CHECK(cli::deck_fade(0, 300, 30) < 0.1f);
    CHECK(cli::deck_fade(7, 300, 30) == doctest::Approx(8.0 / 15));
    CHECK(cli::deck_fade(150, 300, 30) == 1.0f);
    CHECK(cli::deck_fade(299, 300, 30) < 0.1f);
    CHECK(cli::deck_fade(292, 300, 30) < 1.0f);
}
