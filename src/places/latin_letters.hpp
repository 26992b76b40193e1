#pragma once
// Latin letters beyond ASCII folded without ICU: fold_name's fast path for Western and Central
// European text ("Zürich", "Kraków", "İzmir", "Obama’s"), which would otherwise create an ICU
// transliterator (tens of milliseconds the first time in a process, several in each thread).
#include <string>
#include <string_view>

namespace placeline {

// When every code point of `name` is ASCII or a letter of Latin-1 or Latin Extended-A (U+00C0 to
// U+017F) or a typographic apostrophe (U+2018, U+2019), writes to `ascii` the text with each such
// letter replaced by the ASCII letters fold_name's ICU path gives it ("é" -> "e", "Æ" -> "ae",
// "ß" -> "ss", "ı" -> "i") and each apostrophe by "'", and returns true; folding `ascii` on
// fold_name's ASCII path then gives exactly what the ICU path gives `name`. Otherwise (another
// script, a combining mark, a letter whose fold is not plain ASCII letters: "ŀ", "ŉ") false.
bool latin_letters_to_ascii(std::string_view name, std::string& ascii);

}  // namespace placeline
