// Name folding through ICU: one transliterator per thread, since ICU transliterators must not
// be shared between threads while in use.
#include <unicode/translit.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <memory>

#include "placeline/names.hpp"
#include "placeline/text.hpp"

namespace placeline {

namespace {

icu::Transliterator& folder() {
    // NFKC first (ligatures, full-width forms), then every script to Latin, then diacritics
    // off, then lower case. Azerbaijani "ə" becomes "a" and dotless "ı" becomes "i" here.
    thread_local std::unique_ptr<icu::Transliterator> t = [] {
        UErrorCode status = U_ZERO_ERROR;
        std::unique_ptr<icu::Transliterator> tr(icu::Transliterator::createInstance(
            "Any-NFKC; Any-Latin; Latin-ASCII; Any-Lower", UTRANS_FORWARD, status));
        return U_SUCCESS(status) ? std::move(tr) : nullptr;
    }();
    return *t;
}

bool is_apostrophe(char32_t c) { return c == U'\'' || c == U'\u2019' || c == U'\u02BC' || c == U'\u2018'; }

}  // namespace

std::string fold_name(std::string_view name) {
    icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(name.data(), static_cast<int32_t>(name.size())));
    folder().transliterate(u);
    std::string folded;
    u.toUTF8String(folded);
    // Keep letters and digits; every run of anything else becomes one space, except
    // apostrophes and dots, which vanish ("Ts'khinvali" ~ "Tskhinvali", "St. Petersburg").
    std::string out;
    out.reserve(folded.size());
    bool pending_space = false;
    for (size_t i = 0; i < folded.size();) {
        char32_t c = next_codepoint(folded, i);
        if (u_isalnum(static_cast<UChar32>(c))) {
            if (pending_space && !out.empty()) out += ' ';
            pending_space = false;
            append_utf8(out, c);
        } else if (is_apostrophe(c) || c == U'.' || c == U'\u02B9' || c == U'\u02BB') {
            // dropped
        } else {
            pending_space = true;
        }
    }
    return out;
}

std::vector<Token> tokenize(std::string_view text) {
    std::vector<Token> out;
    size_t i = 0, n = text.size();
    while (i < n) {
        size_t start = i;
        char32_t c = next_codepoint(text, i);
        if (!u_isalnum(static_cast<UChar32>(c))) continue;
        Token t;
        t.start = static_cast<uint32_t>(start);
        t.capitalised = u_isupper(static_cast<UChar32>(c)) || u_istitle(static_cast<UChar32>(c)) ||
                        (!u_islower(static_cast<UChar32>(c)) && !u_isdigit(static_cast<UChar32>(c)));
        t.ascii = c < 0x80;
        size_t end = i;
        while (i < n) {
            size_t at = i;
            char32_t d = next_codepoint(text, i);
            if (u_isalnum(static_cast<UChar32>(d)) || u_charType(static_cast<UChar32>(d)) == U_NON_SPACING_MARK) {
                t.ascii = t.ascii && d < 0x80;
                end = i;
                continue;
            }
            if (is_apostrophe(d) && i < n) {
                // An apostrophe inside a word keeps it whole (Ts'khinvali) unless what follows is
                // the possessive "s" at the end of the word.
                size_t after = i;
                char32_t e = next_codepoint(text, after);
                size_t beyond = after;
                bool word_ends = after >= n || !u_isalnum(static_cast<UChar32>(next_codepoint(text, beyond)));
                bool possessive = (e == U's' || e == U'S') && word_ends;
                if (!possessive && u_isalpha(static_cast<UChar32>(e))) {
                    t.ascii = t.ascii && d < 0x80;
                    i = after;
                    end = i;
                    continue;
                }
            }
            i = at;
            break;
        }
        t.end = static_cast<uint32_t>(end);
        out.push_back(t);
    }
    return out;
}

void fold_token(std::string_view token, bool ascii, std::string& out) {
    if (ascii) {
        bool has_apostrophe = false;
        out.assign(token);
        for (char& ch : out) {
            if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch + 32);
            has_apostrophe |= ch == '\'';
        }
        if (has_apostrophe) std::erase(out, '\'');
        return;
    }
    out = fold_name(token);
}

}  // namespace placeline
