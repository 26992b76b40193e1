#pragma once
// One pixel of the CPU sink blended towards a colour: dst = src * a + dst * (255 - a), rounded
// as (v + 128) * 257 >> 16 per channel, two channels per multiply; the alpha byte ends opaque.
#include <cstdint>
#include <cstring>

#include "placeline/render/draw_list.hpp"

namespace placeline::sink {

// A colour's bytes in the pixel's order (B G R when `bgra`), as the blend takes them.
struct BlendColor {
    uint32_t rb = 0, g = 0;
    BlendColor() = default;
    BlendColor(render::Color c, bool bgra) {
        const uint32_t first = bgra ? c.b : c.r, third = bgra ? c.r : c.b;
        rb = first | third << 16, g = c.g;
    }
};

inline void blend(uint8_t* p, const BlendColor& c, uint32_t a) {
    uint32_t d;
    std::memcpy(&d, p, 4);
    const uint32_t na = 255 - a;
    uint32_t rb = (d & 0x00ff00ffu) * na + c.rb * a + 0x00800080u;
    rb = ((rb + ((rb >> 8) & 0x00ff00ffu)) >> 8) & 0x00ff00ffu;
    uint32_t g = ((d >> 8) & 0xffu) * na + c.g * a + 0x80u;
    g = (g + (g >> 8)) & 0xff00u;
    d = rb | g | 0xff000000u;
    std::memcpy(p, &d, 4);
}

}  // namespace placeline::sink
