#pragma once
// ICU's transliterators, as the module libplaceline_translit.so hands them to the places room
// (translit_module_load.cpp loads it at the first name that needs one). Only they need ICU's i18n
// library: linked into the program, its thousands of relocations were paid by every start,
// though an English article never romanises a name. Both sides are built from this one header in
// one build; `size` catches a module left from an older build.
#include <cstddef>

#include <unicode/unistr.h>

namespace placeline {

struct TranslitEntryPoints {
    std::size_t size = sizeof(TranslitEntryPoints);
    // Each transliterates `u` in place with a transliterator of its own thread (ICU's must not be
    // shared while in use), made at the thread's first call; false, and `u` left as it was, when
    // ICU could not make it.
    // For matching: the scripts of the region's names romanised, to lower-case ASCII (names.cpp).
    bool (*matching)(icu::UnicodeString& u);
    // For display: the same scripts romanised, the case kept (latin_display).
    bool (*display)(icu::UnicodeString& u);
    // BGN/PCGN romanisation of Russian, or of Ukrainian (slavic_regions.cpp).
    bool (*bgn)(icu::UnicodeString& u, bool ukrainian);
};

inline constexpr const char* translit_entry_points_symbol = "placeline_translit_entry_points";

// The module's table, the module loaded at the first call (a module that cannot be loaded ends
// the program with a message naming it, as geo's GDAL module does).
const TranslitEntryPoints& translit_module();

}  // namespace placeline
