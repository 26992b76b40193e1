// The module's side of translit_entry_points.hpp: ICU's transliterators, made once per thread.
// Only the table's function is exported (CMakeLists.txt hides the rest).
#include <unicode/translit.h>

#include <memory>

#include "places/translit_entry_points.hpp"

namespace placeline {
namespace {

std::unique_ptr<icu::Transliterator> from_rules(const char* rules) {
    UErrorCode status = U_ZERO_ERROR;
    UParseError parse{};
    std::unique_ptr<icu::Transliterator> t(icu::Transliterator::createFromRules(
        "placeline", icu::UnicodeString::fromUTF8(rules), UTRANS_FORWARD, parse, status));
    return U_SUCCESS(status) ? std::move(t) : nullptr;
}

std::unique_ptr<icu::Transliterator> by_id(const char* id) {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> t(
        icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8(id), UTRANS_FORWARD, status));
    return U_SUCCESS(status) ? std::move(t) : nullptr;
}

bool apply(icu::Transliterator* t, icu::UnicodeString& u) {
    if (!t) return false;
    t->transliterate(u);
    return true;
}

// Matching: only the scripts the region's names come in are romanised (the filter keeps ICU from
// running Han-Latin and friends, which is slow and turns Chinese names into English-looking
// syllables). Azerbaijani schwa becomes "a", as in GeoNames' ASCII names (Xankəndi ~ Xankandi),
// which Latin-ASCII would leave alone. (The schwa rule must follow a :: pass: placed right after
// ::NFKC it silently disables the passes after it, which the folding tests catch.)
bool matching(icu::UnicodeString& u) {
    thread_local std::unique_ptr<icu::Transliterator> t = from_rules(
        ":: NFKC; :: [[:Cyrillic:][:Greek:][:Armenian:][:Georgian:]] Any-Latin; ə > a; Ə > A; "
        ":: Latin-ASCII; :: Lower;");
    return apply(t.get(), u);
}

bool display(icu::UnicodeString& u) {
    thread_local std::unique_ptr<icu::Transliterator> t =
        from_rules(":: NFKC; :: [[:Cyrillic:][:Greek:][:Armenian:][:Georgian:]] Any-Latin;");
    return apply(t.get(), u);
}

// ICU's own BGN/PCGN transforms.
bool bgn(icu::UnicodeString& u, bool ukrainian) {
    thread_local std::unique_ptr<icu::Transliterator> ru = by_id("Russian-Latin/BGN");
    thread_local std::unique_ptr<icu::Transliterator> uk = by_id("Ukrainian-Latin/BGN");
    return apply(ukrainian ? uk.get() : ru.get(), u);
}

}  // namespace
}  // namespace placeline

extern "C" __attribute__((visibility("default"))) const placeline::TranslitEntryPoints* placeline_translit_entry_points() {
    static const placeline::TranslitEntryPoints table{sizeof(placeline::TranslitEntryPoints), &placeline::matching,
                                                      &placeline::display, &placeline::bgn};
    return &table;
}
