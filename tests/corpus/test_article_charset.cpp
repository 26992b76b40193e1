#include <doctest/doctest.h>

#include "placeline/corpus/article.hpp"

using namespace placeline;

namespace {
bool reported(const Diagnostics& diags, std::string_view words) {
    for (const Diagnostic& d : diags.snapshot())
        if (d.message.find(words) != std::string::npos) return true;
    return false;
}
}  // namespace

TEST_CASE("an HTML page in a declared charset reads right, and says how it was read") {
    Diagnostics diags;
    // "Ереван" (Yerevan) in KOI8-R, declared the old way.
    std::string page =
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=KOI8-R\"></head>"
        "<body><p>\xE5\xD2\xC5\xD7\xC1\xCE</p></body></html>";
    Article a = make_article("old.html", page, diags, 0);
    CHECK(a.source_encoding == Encoding::declared);
    CHECK(a.text == "\xD0\x95\xD1\x80\xD0\xB5\xD0\xB2\xD0\xB0\xD0\xBD\n");
    CHECK(reported(diags, "decoded as KOI8-R, the charset the page declares"));

    Diagnostics latin_diags;
    Article latin = make_article("latin.html", "<meta charset=iso-8859-1><p>caf\xE9 \x96 bar</p>", latin_diags, 0);
    CHECK(latin.text == "caf\xC3\xA9 \xE2\x80\x93 bar\n");
    CHECK(reported(latin_diags, "decoded as Windows-1252"));

    Diagnostics bogus_diags;
    Article bogus = make_article("bogus.html", "<meta charset=x-martian><p>caf\xE9</p>", bogus_diags, 0);
    CHECK(bogus.text == "caf\xC3\xA9\n");
    CHECK(reported(bogus_diags, "declared charset 'x-martian' is unknown; decoded as Windows-1252"));
}
