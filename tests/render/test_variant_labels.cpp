// The map's labels follow the label choice and the time window (label_for, drawn by the scene).
#include <doctest/doctest.h>

#include "placeline/corpus/article.hpp"
#include "placeline/places/matcher.hpp"
#include "placeline/render/scene.hpp"

using namespace placeline;

namespace {

std::vector<std::string> labels_drawn(const render::MapData& data, const render::MapState& state) {
    render::View view;  // centred on (0, 0): the place is put there
    render::DrawList list;
    render::Scene scene{&data, &state, {}};
    render::draw_map(scene, view, [](std::string_view t, float size) { return float(t.size()) * size * 0.5f; }, list);
    std::vector<std::string> out;
    for (const auto& t : list.texts) out.push_back(t.text);
    return out;
}

}  // namespace

TEST_CASE("labels: Leninakan in 1950, Gyumri in 2023, Гюмри in Russian, the corpus's form by default") {
    GazetteerBuilder b;
    Place p;
    p.id = "gn:616635";
    p.name = "Gyumri";
    p.kind = PlaceKind::admin_seat;
    p.country = "AM";
    p.point = {43.85, 40.79};
    p.population = 121976;
    p.feature = "PPLA";
    p.curated = true;
    p.names = {{"Gyumri", "en"}, {"Gumri", "en"}, {"Гюмри", "ru"}};
    b.add(p);
    auto g = b.build();
    Diagnostics diags;
    std::vector<Article> articles;
    articles.push_back(make_article("a.txt", "In 1950 Gumri grew.\n\nIn 2023 Gumri was calm.", diags, make_day(2023, 9, 19)));
    Corpus corpus = build_corpus(std::move(articles));
    auto mentions = geoparse(*g, corpus);
    auto atlas = std::make_shared<Atlas>(std::move(corpus), g, std::move(mentions));
    REQUIRE(atlas->places().size() == 1);

    render::MapData data;
    data.atlas = atlas;
    data.places[atlas->places()[0].place] = {{0, 0}, {}};
    data.most_written = most_written_forms(*atlas);
    data.dated_names = {{"Gyumri", "AM", "Leninakan", "en", 1924, 1990, "t"},
                        {"Gyumri", "AM", "Ленинакан", "ru", 1924, 1990, "t"}};

    render::MapState state;
    state.labels = {LabelMode::english, ""};
    state.window = span_of_year(1950);
    CHECK(labels_drawn(data, state) == std::vector<std::string>{"Leninakan"});
    state.window = span_of_year(2023);
    CHECK(labels_drawn(data, state) == std::vector<std::string>{"Gyumri"});
    state.labels = {LabelMode::language, "ru"};
    CHECK(labels_drawn(data, state) == std::vector<std::string>{"Гюмри"});
    state.window = span_of_year(1950);
    CHECK(labels_drawn(data, state) == std::vector<std::string>{"Ленинакан"});
    state.labels = {LabelMode::most_written, ""};
    state.window = span_of_year(2023);
    CHECK(labels_drawn(data, state) == std::vector<std::string>{"Gumri"});
}
