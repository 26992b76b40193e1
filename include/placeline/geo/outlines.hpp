#pragma once
// The strokes of a polygon layer with every border drawn once. Where two regions meet, their
// rings run along the same points twice, so a layer stroked ring by ring draws each inner border
// twice: twice the work, and a darker line where the stroke is translucent. Outlines keep each
// segment once, for the first feature whose ring has it, in chains as long as the rings allow.
// Segments that a second layer also has (countries under their regions) are kept apart: the map
// leaves them to that layer's wider line while it is shown.
#include <cstdint>
#include <vector>

#include "placeline/geo/projected_layer.hpp"

namespace placeline::geo {

struct Outlines {
    // Per feature, in the layer's feature order (so feature bounds still cull): open chains
    // (Part::line), whole rings no other ring shares (Part::outer), and the layer's own lines.
    Shapes own;
    Shapes covered;  // the same for segments the cover layer has too; empty without a cover
};

// A set of segments, each by a 64-bit fingerprint of its two ends (either way round), in one flat
// table: a world layer's half million segments in a few large arrays, not a node each.
class SegmentKeys {
public:
    explicit SegmentKeys(size_t expected = 0);
    bool insert(uint64_t key);  // false when already there
    bool contains(uint64_t key) const;

private:
    size_t slot_of(uint64_t key) const { return size_t(key >> 7) & (slots_.size() - 1); }
    std::vector<uint64_t> slots_;
};

// The segments of a layer's rings: what a cover is looked up in.
SegmentKeys segment_keys(const Shapes& layer);

// `cover`: the segments of the other layer, or null.
Outlines build_outlines(const Shapes& layer, const SegmentKeys* cover);

// How many of `layer`'s ring segments `other` has too: which layer covers which.
size_t shared_segments(const Shapes& layer, const SegmentKeys& other);

Outlines simplify_outlines(const Outlines& in, double tolerance);

}  // namespace placeline::geo
