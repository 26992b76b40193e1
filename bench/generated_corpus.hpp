#pragma once
// A corpus of 10,000 articles made in memory at run time, geoparsed once per process (the variant
// checker's and Find's benchmarks read it): each article is a dozen paragraphs of the sample
// corpus drawn at random (fixed seed), plus one made-up sentence naming places of the region, one
// article in five with a planted misspelling (Stepanakret, Gyumrri, Shushy...). No article text is
// kept anywhere.
#include <chrono>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "placeline/atlas/atlas.hpp"
#include "placeline/geo/gazetteer_load.hpp"
#include "placeline/places/matcher.hpp"

namespace placeline::bench {

struct GeneratedCorpus {
    std::shared_ptr<const Atlas> atlas;
    double atlas_seconds = 0;  // to geoparse it into the atlas (wall clock, once)
    double megabytes = 0;
    size_t planted = 0;
};

inline const char* const generated_places[] = {"Stepanakert", "Shusha", "Lachin", "Goris", "Gyumri", "Yerevan", "Baku",
                                               "Yevlakh", "Aghdam", "Nakhchivan", "Tbilisi", "Ganja", "Khankendi", "Shushi"};
inline const char* const planted_slips[] = {"Stepanakret", "Gyumrri", "Shushy", "Lachyn", "Yerevn", "Nakhchivn", "Aghdham", "Gorris"};

inline const GeneratedCorpus& generated_corpus() {
    static GeneratedCorpus f = [] {
        GeneratedCorpus r;
        Diagnostics diags;
        auto g = geo::load_gazetteer(geo::default_gazetteer_sources(), diags);
        Corpus sample = load_corpus({SAMPLE_CORPUS}, diags);
        std::vector<std::string_view> paragraphs;
        for (const Passage& p : sample.passages) paragraphs.push_back(sample.text_of(p));
        std::mt19937 rng(6);
        std::vector<Article> articles;
        articles.reserve(10000);
        size_t bytes = 0;
        for (int a = 0; a < 10000; ++a) {
            std::string text = "Report " + std::to_string(a) + "\n\n";
            for (int k = 0; k < 12; ++k) text.append(paragraphs[rng() % paragraphs.size()]).append("\n\n");
            text += std::string("Officials in ") + generated_places[rng() % std::size(generated_places)] + " and " +
                    generated_places[rng() % std::size(generated_places)] + " met on Monday.";
            if (a % 5 == 0) {
                text += std::string(" Later, crowds gathered in ") + planted_slips[rng() % std::size(planted_slips)] + ".";
                ++r.planted;
            }
            text += "\n";
            bytes += text.size();
            articles.push_back(make_article("bench/" + std::to_string(a) + ".txt", text, diags, make_day(2023, 9, 19)));
        }
        r.megabytes = double(bytes) / 1e6;
        auto t0 = std::chrono::steady_clock::now();
        Corpus corpus = build_corpus(std::move(articles));
        auto mentions = geoparse(*g, corpus);
        r.atlas = std::make_shared<Atlas>(std::move(corpus), g, std::move(mentions));
        r.atlas_seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
        return r;
    }();
    return f;
}

}  // namespace placeline::bench
