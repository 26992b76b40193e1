#include "number_digits.hpp"

#include <algorithm>
#include <cstring>

namespace placeline::cli {

namespace {

using u128 = unsigned __int128;

struct Parts {
    uint64_t mantissa;  // with the hidden bit: v = mantissa 2^-shift
    int shift;
};
Parts parts(double v) {
    uint64_t bits;
    std::memcpy(&bits, &v, sizeof bits);
    const int biased = int(bits >> 52);
    return {(bits & ((uint64_t(1) << 52) - 1)) | uint64_t(1) << 52, 1075 - biased};
}

// A double below 2^26 nearest to a decimal D of at most eight fractional digits, with D at most
// 63/64 of half an ulp from it: D's digits are grisu2's. D is well inside the narrowed interval;
// no decimal with fewer digits is inside it (it would be 10^-8 or more from D, and the interval is
// at most 2^-27 wide); and D's last digit is not moved, its neighbours being 10^-8 away.
bool short_decimal(double v, uint64_t& digits, int& exponent) {
    if (!(v < double(1 << 26))) return false;
    const auto [m, shift] = parts(v);
    // Under 2^-27 (no such decimal but zero), or a power of two, whose interval below is half as
    // wide: left to grisu2.
    if (shift > 1075 - (1023 - 27) || m == uint64_t(1) << 52) return false;
    constexpr uint64_t scale = 100000000;  // 10^8
    // A candidate (the test below is exact): D = k / 10^8
    const uint64_t k = uint64_t(v * double(scale) + 0.5);
    if (k == 0) return false;
    // (v - D) 10^8 2^shift = m 10^8 - k 2^shift, both below 2^80 (27 <= shift <= 79)
    const u128 a = u128(m) * scale, b = u128(k) << shift;
    const u128 n = a > b ? a - b : b - a;
    // |v - D| <= 63/64 of 2^-shift / 2, i.e. n 2^-shift / 10^8 <= 63/128 2^-shift
    if (n * 128 > u128(63) * scale) return false;
    digits = k;
    exponent = -8;
    return true;
}

// A float widened to a double (the low 29 bits of its mantissa zero), from 2^-17 to below 2^11:
// v = M 2^-s with M of 24 bits and 13 <= s <= 40, so X = M 5^s = v 10^s is an integer, and half
// of v's interval, 2^-s 2^-30, is h = 5^s / 2^30 units of 10^-s. grisu2 takes the coarsest power
// of ten 10^t with a multiple inside the interval (if 10^(t+1) has one, so does 10^t), and of its
// multiples the one closest to v. For each s, worked out once: the finest t looked at, where
// 10^t <= h, so that its nearest multiple is within h / 2; and the distances, in units of 10^-s,
// that are inside by h / 64 (at most `inside`), outside by h / 64 (at least `outside`), and the
// least difference of two distances that decides which is closer (`apart`).
struct FloatScale {
    int fine = -1;
    u128 five_coarse = 0;  // 5^(s - fine)
    uint64_t five_fine = 0, inside = 0, outside = 0, apart = 0;
};
struct FloatScales {
    static constexpr int min_s = 13, max_s = 40, max_ten = 19;
    FloatScale at[max_s + 1];
    uint64_t ten[max_ten + 1] = {};
    constexpr FloatScales() {
        u128 five[max_s + 1] = {1};
        for (int i = 1; i <= max_s; ++i) five[i] = five[i - 1] * 5;
        ten[0] = 1;
        for (int i = 1; i <= max_ten; ++i) ten[i] = ten[i - 1] * 10;
        for (int s = min_s; s <= max_s; ++s) {
            FloatScale& f = at[s];
            while ((u128(ten[f.fine + 1]) << 30) <= five[s]) ++f.fine;
            f.five_coarse = five[s - f.fine];
            f.five_fine = uint64_t(five[f.fine]);
            // d 2^30 64 <= 63 5^s, d 2^30 64 >= 65 5^s, d 2^30 64 >= 5^s
            f.inside = uint64_t((five[s] * 63) >> 36);
            f.outside = uint64_t((five[s] * 65 + (u128(1) << 36) - 1) >> 36);
            f.apart = uint64_t((five[s] + (u128(1) << 36) - 1) >> 36);
        }
    }
};
constexpr FloatScales scales;

enum class Side { in, out, unsure };
Side side(uint64_t d, const FloatScale& f) {
    return d <= f.inside ? Side::in : d >= f.outside ? Side::out : Side::unsure;
}

bool widened_float(double v, uint64_t& digits, int& exponent) {
    const auto [m, shift] = parts(v);
    if ((m & ((uint64_t(1) << 29) - 1)) != 0 || m == uint64_t(1) << 52) return false;  // or a power of two
    const int s = shift - 29;
    if (s < FloatScales::min_s || s > FloatScales::max_s) return false;
    const FloatScale& f = scales.at[s];
    // X = q 10^t + r from t = fine, split without dividing: X / 10^t = M 5^(s-t) / 2^t, so
    // q < M 10 2^30 and r < 10^t <= h < 2^63.
    int t = f.fine;
    const u128 y = u128(m >> 29) * f.five_coarse;
    uint64_t q = uint64_t(y >> t);
    uint64_t r = uint64_t(y & ((u128(1) << t) - 1)) * f.five_fine;
    for (;;) {  // coarser while the next power's nearest multiple is inside too
        if (t + 1 > FloatScales::max_ten) return false;
        const uint64_t r_next = (q % 10) * scales.ten[t] + r;
        const Side next = side(std::min(r_next, scales.ten[t + 1] - r_next), f);
        if (next == Side::unsure) return false;
        if (next == Side::out) break;
        q /= 10;
        r = r_next;
        ++t;
    }
    // The two multiples of 10^t around X: q at r below, q + 1 at `up` above.
    const uint64_t up = scales.ten[t] - r;
    const Side below_side = side(r, f), up_side = side(up, f);
    if (below_side == Side::unsure || up_side == Side::unsure) return false;
    bool take_up = up_side == Side::in && below_side != Side::in;
    if (below_side == Side::in && up_side == Side::in) {
        // Both inside: the closer, if closer by h / 64 or more.
        if ((r > up ? r - up : up - r) < f.apart) return false;
        take_up = up < r;
    }
    digits = q + take_up;
    exponent = t - s;
    return true;
}

}  // namespace

bool exact_shortest_digits(double v, uint64_t& digits, int& exponent) {
    if (!(v > 0) || !(widened_float(v, digits, exponent) || short_decimal(v, digits, exponent))) return false;
    while (digits % 10 == 0) {  // as grisu2 stops: at the coarsest digit that does
        digits /= 10;
        ++exponent;
    }
    return true;
}

}  // namespace placeline::cli
