#!/usr/bin/env bash
# Regenerates geodata/country-names.tsv: the names of the world's countries in the languages the
# geoparser reads (Russian, Ukrainian, Armenian, Azerbaijani, Georgian, Turkish, French, German,
# Spanish), from the ISO 3166-1 translations of Debian's iso-codes package. The gazetteer gives
# them to the Natural Earth country of the same ISO code, so that "Китая", "Chine" or "Almanya" is
# China or Germany in an article of that language. Facts only: one name per row, no other text.
# A translation that is the main name of a town of 50,000 or more in another country is left out:
# Spanish "Granada" for Grenada would take the Spanish city's mentions in every language.
# The short names CLDR gives the countries in those languages (through ICU, Debian's libicu72:
# "Великобритания", "Турция", "Corea del Sur") are added the same way: iso-codes has the formal
# names and lacks some of the ones articles write.
# Needs: /usr/share/iso-codes/json/iso_3166-1.json, /usr/share/locale/*/LC_MESSAGES/iso_3166-1.mo,
# g++ and libicu-dev (the build's own), and cities500.txt in the data cache (scripts/fetch-data.sh).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# CLDR's country names: one "CODE<TAB>LANGUAGE<TAB>NAME" line per code read and language.
cat >"$work/cldr.cpp" <<'CPP'
#include <unicode/locid.h>
#include <unicode/unistr.h>
#include <iostream>
#include <string>
int main(int argc, char** argv) {
    for (std::string code; std::getline(std::cin, code);)
        for (int i = 1; i < argc; ++i) {
            icu::UnicodeString name;
            icu::Locale("", code.c_str()).getDisplayCountry(icu::Locale(argv[i]), name);
            std::string out;
            name.toUTF8String(out);
            if (!out.empty() && out != code) std::cout << code << '\t' << argv[i] << '\t' << out << '\n';
        }
}
CPP
g++ -std=c++20 "$work/cldr.cpp" -o "$work/cldr" $(pkg-config --cflags --libs icu-uc)
python3 -c 'import json; print("\n".join(c["alpha_2"] for c in json.load(open("/usr/share/iso-codes/json/iso_3166-1.json"))["3166-1"]))' |
  "$work/cldr" ru uk hy az ka tr fr de es >"$work/cldr.tsv"
out="$here/country-names.tsv"
cities=${XDG_CACHE_HOME:-$HOME/.cache}/placeline/cities500.txt
PYTHONPATH="$here" python3 - "$out" "$cities" "$work/cldr.tsv" <<'PY'
import gettext, json, sys
from iso_names import LANGS as langs, big_towns, fold
towns = big_towns(sys.argv[2])
countries = json.load(open("/usr/share/iso-codes/json/iso_3166-1.json", encoding="utf-8"))["3166-1"]
version = json.load(open("/usr/share/iso-codes/json/iso_3166-1.json", encoding="utf-8")).get("version", "")
rows, dropped = set(), set()
for lang in langs:
    t = gettext.translation("iso_3166-1", localedir="/usr/share/locale", languages=[lang])
    for c in countries:
        for key in ("name", "common_name", "official_name"):
            english = c.get(key)
            if not english:
                continue
            name = t.gettext(english).strip()
            # Inverted ones are index forms ("Congo, República Democrática del", "Corea, República
            # de"): articles write them the other way round ("República Democrática del Congo").
            # A comma before a list ("Bonaire, Saint-Eustache et Saba") is no inversion.
            # Only in the languages whose names put the type word first (Armenian, Georgian,
            # Azerbaijani and Turkish put it last).
            if name.count(",") == 1 and lang in ("es", "fr", "de", "ru", "uk"):
                head, tail = (x.strip() for x in name.split(","))
                conjunctions = {"et", "und", "y", "e", "and", "и", "та", "і"}
                if head and tail and len(tail.split()) <= 4 and not conjunctions & set(tail.split()):
                    name = (tail + " " + head).replace("' ", "'")
            # Untranslated entries are the English name.
            if not name or name == english or "," in name or "(" in name:
                continue
            if towns.get(fold(name), set()) - {c["alpha_2"]}:
                dropped.add((c["alpha_2"], lang, name))
                continue
            rows.add((c["alpha_2"], lang, name))
english_names = {c[k] for c in countries for k in ("name", "common_name", "official_name") if c.get(k)}
for line in open(sys.argv[3], encoding="utf-8"):
    code, lang, name = line.rstrip("\n").split("\t")
    # CLDR's display forms with a dash or brackets ("Конго - Киншаса") are no names articles write.
    if name in english_names or any(ch in name for ch in ",()-–") and " " in name and ("-" in name.split() or "–" in name.split()):
        continue
    if "," in name or "(" in name:
        continue
    if towns.get(fold(name), set()) - {code}:
        dropped.add((code, lang, name))
        continue
    rows.add((code, lang, name))
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("# Country names by ISO 3166-1 alpha-2 code and language, from the translations of Debian's\n")
    f.write("# iso-codes package (LGPL-2.1+) and CLDR's names through ICU (Unicode licence). Generated by\n")
    f.write("# geodata/make-country-names.sh; do not edit by hand.\n")
    for r in sorted(rows):
        f.write("\t".join(r) + "\n")
print(f"wrote {sys.argv[1]} ({len(rows)} names; left out as towns' names: {sorted(dropped)})")
PY
