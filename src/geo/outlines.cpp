#include "placeline/geo/outlines.hpp"

#include <algorithm>
#include <cstring>
#include <vector>

namespace placeline::geo {

namespace {

bool same(XY p, XY q) { return p.x == q.x && p.y == q.y; }
bool is_ring(Shapes::Part k) { return k == Shapes::Part::outer || k == Shapes::Part::hole; }

uint64_t bits(double d) {
    uint64_t v;
    std::memcpy(&v, &d, sizeof v);
    return v;
}

uint64_t mix(uint64_t h, uint64_t v) {
    h = (h ^ v) * 0xff51afd7ed558ccdull;
    return h ^ (h >> 29);
}

// A segment by a 64-bit fingerprint of its two ends, the same either way round (the neighbours'
// rings run along a border in opposite directions). Two different segments of a world map share
// a fingerprint with odds of about one in ten million; it would cost one stroke its segment.
uint64_t key(XY p, XY q) {
    if (q.x < p.x || (q.x == p.x && q.y < p.y)) std::swap(p, q);
    uint64_t h = 0x9e3779b97f4a7c15ull;
    for (double d : {p.x, p.y, q.x, q.y}) h = mix(h, bits(d));
    return h | 1;  // never 0, the empty slot below
}

// A ring's corners without repeats, and without the closing copy of the first.
void corners(const Shapes& s, uint32_t part, std::vector<XY>& out) {
    out.clear();
    const XY* p = s.part_points(part);
    for (uint32_t i = 0; i < s.part_size(part); ++i)
        if (out.empty() || !same(out.back(), p[i])) out.push_back(p[i]);
    while (out.size() > 1 && same(out.back(), out.front())) out.pop_back();
}

template <class Each>
void for_each_ring_segment(const Shapes& s, Each each) {
    std::vector<XY> q;
    for (uint32_t i = 0; i < s.part_kind.size(); ++i) {
        if (!is_ring(s.part_kind[i])) continue;
        corners(s, i, q);
        if (q.size() < 3) continue;  // as build_outlines: no ring without three corners
        for (size_t k = 0; k < q.size(); ++k) each(key(q[k], q[(k + 1) % q.size()]));
    }
}

}  // namespace

SegmentKeys::SegmentKeys(size_t expected) {
    size_t n = 1024;
    while (n < expected * 2) n *= 2;
    slots_.assign(n, 0);
}

bool SegmentKeys::insert(uint64_t k) {
    for (size_t i = slot_of(k);; i = (i + 1) & (slots_.size() - 1)) {
        if (slots_[i] == k) return false;
        if (!slots_[i]) {
            slots_[i] = k;
            return true;
        }
    }
}

bool SegmentKeys::contains(uint64_t k) const {
    for (size_t i = slot_of(k);; i = (i + 1) & (slots_.size() - 1)) {
        if (slots_[i] == k) return true;
        if (!slots_[i]) return false;
    }
}

SegmentKeys segment_keys(const Shapes& s) {
    SegmentKeys keys(s.points.size());
    for_each_ring_segment(s, [&](uint64_t k) { keys.insert(k); });
    return keys;
}

size_t shared_segments(const Shapes& layer, const SegmentKeys& other) {
    size_t n = 0;
    for_each_ring_segment(layer, [&](uint64_t k) { n += other.contains(k); });
    return n;
}

Outlines build_outlines(const Shapes& layer, const SegmentKeys* cover) {
    Outlines out;
    SegmentKeys drawn(layer.points.size());
    for (Shapes* to : {&out.own, &out.covered}) {
        to->points.reserve(layer.points.size() / (cover ? 2 : 1));
        to->part_end.reserve(layer.part_end.size() * 2), to->part_kind.reserve(layer.part_end.size() * 2);
        to->feature_end.reserve(layer.feature_count());
    }
    std::vector<XY> q, chain;
    enum Status : uint8_t { skip, own, shared };  // shared: the cover has it
    std::vector<Status> status;
    for (size_t f = 0; f < layer.feature_count(); ++f) {
        for (uint32_t i = layer.feature_begin(f); i < layer.feature_end[f]; ++i) {
            const Shapes::Part kind = layer.part_kind[i];
            if (kind == Shapes::Part::line) out.own.add_part(kind, layer.part_points(i), layer.part_size(i));
            if (!is_ring(kind)) continue;
            corners(layer, i, q);
            const size_t m = q.size();
            if (m < 3) continue;
            status.assign(m, skip);
            for (size_t k = 0; k < m; ++k) {
                const uint64_t seg = key(q[k], q[(k + 1) % m]);
                if (drawn.insert(seg)) status[k] = cover && cover->contains(seg) ? shared : own;
            }
            // A ring of one kind throughout stays a ring; otherwise the walk starts where the kind
            // changes, so that no chain is cut in two by where the ring happened to begin.
            size_t start = m;
            for (size_t k = 0; k < m && start == m; ++k)
                if (status[k] != status[(k + m - 1) % m]) start = k;
            if (start == m) {
                if (status[0] == skip) continue;
                chain.assign(q.begin(), q.end());
                chain.push_back(q[0]);
                (status[0] == own ? out.own : out.covered).add_part(Shapes::Part::outer, chain.data(), chain.size());
                continue;
            }
            for (size_t n = 0; n < m;) {
                const size_t k0 = (start + n) % m;
                const Status st = status[k0];
                chain.assign(1, q[k0]);
                for (; n < m && status[(start + n) % m] == st; ++n) chain.push_back(q[(start + n + 1) % m]);
                if (st != skip) (st == own ? out.own : out.covered).add_part(Shapes::Part::line, chain.data(), chain.size());
            }
        }
        out.own.end_feature();
        out.covered.end_feature();
    }
    for (Shapes* to : {&out.own, &out.covered})
        to->points.shrink_to_fit(), to->part_end.shrink_to_fit(), to->part_kind.shrink_to_fit();
    return out;
}

Outlines simplify_outlines(const Outlines& in, double tolerance) {
    return {simplify_shapes(in.own, tolerance, true), simplify_shapes(in.covered, tolerance, true)};
}

}  // namespace placeline::geo
