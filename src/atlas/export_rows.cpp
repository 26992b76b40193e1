#include "placeline/atlas/export_rows.hpp"

#include <algorithm>
#include <memory>

#include "placeline/text/text.hpp"

namespace placeline {

std::vector<PlaceRow> place_rows(const Atlas& atlas) {
    const Gazetteer& g = atlas.gazetteer();
    const Corpus& corpus = atlas.corpus();
    std::vector<PlaceRow> rows;
    rows.reserve(atlas.places().size());
    for (const PlaceCount& pc : atlas.places()) {
        const Place& p = g.place(pc.place);
        PlaceRow r;
        r.place = pc.place;
        r.id = p.id;
        r.name = p.name;
        r.kind = to_string(p.kind);
        r.country = p.country;
        r.point = p.point;
        r.passages = pc.passages;
        for (const FormCount& f : atlas.forms_of(pc.place)) {
            r.mentions += f.count;
            if (!r.variants.empty()) r.variants += "; ";
            r.variants += f.form;
        }
        for (uint32_t i : atlas.passages_of(pc.place)) {
            const TimeSpan& t = corpus.passages[i].time;
            if (!t.valid()) continue;
            if (!r.seen.valid()) r.seen = {t.first, t.last, Granularity::day};
            r.seen.first = std::min(r.seen.first, t.first);
            r.seen.last = std::max(r.seen.last, t.last);
        }
        rows.push_back(std::move(r));
    }
    return rows;
}

std::vector<MentionRow> mention_rows(const Atlas& atlas) {
    const Gazetteer& g = atlas.gazetteer();
    const Corpus& corpus = atlas.corpus();
    std::vector<MentionRow> rows;
    rows.reserve(atlas.mentions().size());
    uint32_t current = UINT32_MAX;
    std::unique_ptr<CodepointMap> cps;  // one per article: mentions come grouped by article
    for (const Mention& m : atlas.mentions()) {
        if (m.article != current) {
            current = m.article;
            cps = std::make_unique<CodepointMap>(corpus.articles[current].text);
        }
        const Place& p = g.place(m.place);
        const Passage& passage = corpus.passages[m.passage];
        const Article& a = corpus.articles[m.article];
        MentionRow r;
        r.place = m.place;
        r.place_id = p.id;
        r.place_name = p.name;
        r.point = p.point;
        r.form = std::string(atlas.surface(m));
        r.file = a.path;
        r.title = a.title;
        r.start = uint32_t(cps->to_codepoint(m.span.start));
        r.end = uint32_t(cps->to_codepoint(m.span.end));
        r.passage = m.passage;
        r.passage_text = std::string(corpus.text_of(passage));
        r.time = passage.time;
        r.basis = passage.basis;
        r.published = passage.published;
        r.score = m.score;
        rows.push_back(std::move(r));
    }
    return rows;
}

}  // namespace placeline
