#pragma once
// The digits nlohmann's grisu2 writes for a double, worked out by exact integer arithmetic for the
// two kinds of number a geoparse record is made of, at a fraction of grisu2's cost (some 600
// instructions a number): floats widened to doubles (scores and totals) and doubles nearest to a
// short decimal (weights in thousandths, GeoNames' points in 1e-5 degrees).
//
// grisu2 finds the shortest digits inside a double's rounding interval as its 64-bit arithmetic
// sees it: the exact interval narrowed by an error of two units each side, where half the
// interval spans 2^9 units or more (nlohmann's to_chars.hpp). Where every decision it takes (is
// there a decimal of this length inside? which of the two nearest is closer?) is one way by at
// least 1/64 of half the interval, the exact answer is grisu2's answer. Where any decision is
// that close, the number is left to grisu2.
#include <cstdint>

namespace placeline::cli {

// For v > 0: grisu2's digits (no trailing zeros) and the power of ten they are multiplied by,
// or false where grisu2 must be asked. tests/e2e/test_mention_record.cpp compares the two over
// millions of numbers of both kinds and their neighbours.
bool exact_shortest_digits(double v, uint64_t& digits, int& exponent);

}  // namespace placeline::cli
