#!/usr/bin/env bash
# Regenerates geodata/region-names.tsv: the names of first-level divisions (states, provinces,
# oblasts, cantons, regions) in the languages the geoparser reads (Russian, Ukrainian, Armenian,
# Azerbaijani, Georgian, Turkish, French, German, Spanish), from the ISO 3166-2 translations of
# Debian's iso-codes package: "Californie", "Kalifornien", "Wallis", "Одесская область". A row
# gives the country's ISO code, the division's English ISO name, the language and the name; the
# gazetteer gives it to the Natural Earth division of that country whose name or GeoNames name
# folds like the ISO name (natural_earth_places.cpp). Facts only: one name per row, no other text.
# A translation that is the main name of a town of 50,000 or more in another country is left out,
# as in make-country-names.sh.
# English names too (language "en"), from CLDR's subdivision names (Debian's unicode-cldr-core):
# ISO 3166-2 gives a division's name in its own language ("Xizang Zizhiqu", "Kalimantan Timur",
# "Bayern"), where English articles write "Tibet", "East Kalimantan", "Bavaria". A CLDR name equal
# to the ISO name is written too: it names nothing new, but lets the gazetteer find the division
# by Natural Earth's own name before trying GeoNames' (which some rows have wrong). Subdivisions
# with a parent are read too (Indonesia's provinces lie in ISO's island groups), since a row only
# ever names the Natural Earth division whose own names match. CLDR's names in the other
# languages are added to iso-codes' translations.
# Needs: /usr/share/iso-codes/json/iso_3166-2.json, /usr/share/locale/*/LC_MESSAGES/iso_3166-2.mo,
# /usr/share/unicode/cldr/common/subdivisions/*.xml (apt-get install unicode-cldr-core),
# /usr/share/dict/american-english (wamerican)
# and cities500.txt in the data cache (scripts/fetch-data.sh).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/region-names.tsv"
cities=${XDG_CACHE_HOME:-$HOME/.cache}/placeline/cities500.txt
PYTHONPATH="$here" python3 - "$out" "$cities" "$here" <<'PY'
import gettext, json, re, sys
from iso_names import LANGS as langs, big_towns, fold
towns = big_towns(sys.argv[2])
every = json.load(open("/usr/share/iso-codes/json/iso_3166-2.json", encoding="utf-8"))["3166-2"]
by_code = {d["code"]: d for d in every}
# First-level divisions only: a subdivision with a parent lies inside another.
divisions = [d for d in every if "parent" not in d]
rows, dropped = set(), set()
# English words: the lower-case entries of Debian's wamerican dictionary.
words = {w.strip() for w in open("/usr/share/dict/american-english", encoding="utf-8") if w.strip().islower()}
# CLDR's English names by ISO 3166-2 code ("cnxz" -> Tibet). Left out: names marked as one of
# several alike (a superscript digit: "Gandaki²"), codes ISO no longer has (CLDR keeps
# deprecated ones; iso-codes does not, so they have no ISO name to be matched by), and names that
# are an English word ("Peter" for Peterborough, "Mountain", "Maritime"; "Oriental" left on a
# renamed Moroccan code): a division's canonical name must not turn a word into a place.
# In other languages, only names CLDR holds as approved or contributed (not "provisional" or
# "unconfirmed").
def cldr_names(lang):
    out = {}
    path = f"/usr/share/unicode/cldr/common/subdivisions/{lang}.xml"
    for m in re.finditer(r'<subdivision type="([a-z]{2})([a-z0-9]+)"([^>]*)>([^<]+)</subdivision>',
                         open(path, encoding="utf-8").read()):
        name = m.group(4).strip()
        if "provisional" in m.group(3) or "unconfirmed" in m.group(3):
            continue
        if not re.search(r"[\u00b2\u00b3\u00b9\u2070-\u209f]", name):
            out[(m.group(1).upper() + "-" + m.group(2).upper())] = name
    return out
cldr = cldr_names("en")
# CLDR 41 and iso-codes 4.15 number some countries' divisions differently (Iran's were renumbered:
# CLDR's "Gilan" sits on ISO's code for Zanjān). A code whose CLDR name is not its own ISO name but
# another code's is left out ("Zombo" on Uganda's Omoro; "Buenos Aires" on the city, whose
# province ISO calls so), and a country with two or more such codes has its codes shuffled: none
# of CLDR's names are taken for it.
iso_code_of = {}
for d in every:
    iso_code_of.setdefault((d["code"].split("-")[0], fold(d["name"])), set()).add(d["code"])
misplaced = {code for code, name in cldr.items()
             if code in by_code and fold(name) != fold(by_code[code]["name"])
             and iso_code_of.get((code.split("-")[0], fold(name)), {code}) - {code}}
per_country = {}
for code in misplaced:
    per_country[code.split("-")[0]] = per_country.get(code.split("-")[0], 0) + 1
shuffled = {country for country, n in per_country.items() if n >= 2}
print("CLDR's codes shuffled against ISO's, left out: " + " ".join(sorted(shuffled)), file=sys.stderr)
cldr = {code: name for code, name in cldr.items() if code not in misplaced and code.split("-")[0] not in shuffled}
# An ISO name that two divisions of one country bear (Azerbaijan's Naxçıvan: the autonomous
# republic and its capital's municipality) says not which of them an English name belongs to.
iso_names = {}
for d in every:
    iso_names.setdefault((d["code"].split("-")[0], fold(d["name"])), set()).add(d["code"])
for d in every:
    english, name = d["name"], cldr.get(d["code"], "")
    if not name or "\t" in name or fold(name) in words:
        continue
    if len(iso_names[(d["code"].split("-")[0], fold(english))]) > 1:
        continue
    country = d["code"].split("-")[0]
    if towns.get(fold(name), set()) - {country}:
        dropped.add((country, "en", name))
        continue
    rows.add((country, english, "en", name))
# A division whose ISO name is one English word of the dictionary that CLDR replaces by the
# division's own name ("Coast" for Tanzania's Pwani) has translations that are that word in each
# language (Georgian სანაპირო, "coast"): none are written. ("Ruse", "Acre", which CLDR keeps, are
# names, and their translations transliterations.)
for lang in langs:
    try:
        t = gettext.translation("iso_3166-2", localedir="/usr/share/locale", languages=[lang])
    except FileNotFoundError:  # iso-codes has no ISO 3166-2 translation for Armenian
        print(f"no iso_3166-2 translation for {lang}", file=sys.stderr)
        continue
    for d in divisions:
        english = d["name"]
        if english.lower() in words and fold(cldr.get(d["code"], english)) != fold(english):
            continue
        name = t.gettext(english).strip()
        # Untranslated entries are the ISO name; bracketed or inverted ones are index forms.
        if not name or name == english or "," in name or "(" in name or "[" in name or "\t" in name:
            continue
        # A translation of fewer words than the ISO name is a short form, often a common word
        # (Georgian ცენტრი, "centre", for Centre-Val de Loire).
        if len(name.replace("-", " ").split()) < len(english.replace("-", " ").split()):
            continue
        country = d["code"].split("-")[0]
        if towns.get(fold(name), set()) - {country}:
            dropped.add((country, lang, name))
            continue
        rows.add((country, english, lang, name))
cldr_rows = set()
english_type_words = {"county", "province", "region", "state", "district", "territory", "department",
                      "governorate", "prefecture", "municipality", "parish", "division"}
# ...and CLDR's names in those languages, which fill what iso-codes lacks (Armenian, and many
# divisions in the others: Russian "Тибетский автономный район", French "Kalimantan oriental"),
# with the same rules, a short form being one of fewer words than CLDR's English name, and a
# one-word name that is a common word of the language (geodata/common-words-LANG.txt) left out.
for lang in langs:
    try:
        common = {w.strip() for w in open(f"{sys.argv[3]}/common-words-{lang}.txt", encoding="utf-8") if not w.startswith("#")}
    except FileNotFoundError:
        common = set()
    for code, name in cldr_names(lang).items():
        d = by_code.get(code)
        if code.split("-")[0] in shuffled:
            continue
        if not d or code not in cldr or "," in name or "(" in name or "[" in name or "\t" in name:
            continue
        english = d["name"]
        if fold(name) == fold(english) or (english.lower() in words and fold(cldr[code]) != fold(english)):
            continue
        if len(name.replace("-", " ").split()) < len(cldr[code].replace("-", " ").split()):
            continue
        if " " not in name and name.lower() in common:
            continue
        # An English type word in it ("County Mayo", Turkish "Mayo COunty") makes an English
        # phrase ("Mayo County Council") one name: the name without it is known already.
        if english_type_words & set(name.lower().replace("-", " ").split()):
            continue
        country = code.split("-")[0]
        if towns.get(fold(name), set()) - {country}:
            dropped.add((country, lang, name))
            continue
        cldr_rows.add((country, english, lang, name))
# A name that divisions of two or more countries bear in one language is a word for a kind of
# place ("ცენტრი", centre; "Северная", northern), no name. CLDR's names count against iso-codes'
# ones, not the other way round: the translations kept before CLDR was read stay kept.
def countries(rows):
    out = {}
    for country, english, lang, name in rows:
        out.setdefault((lang, fold(name)), set()).add(country)
    return out
iso_countries, all_countries = countries(rows), countries(rows | cldr_rows)
rows = {r for r in rows if len(iso_countries[(r[2], fold(r[3]))]) == 1} | \
       {r for r in cldr_rows if len(all_countries[(r[2], fold(r[3]))]) == 1}
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write("# First-level divisions' names by country (ISO 3166-1 alpha-2), ISO 3166-2 English name and language,\n")
    f.write("# from the translations of Debian's iso-codes package (LGPL-2.1+) and, for English (en), CLDR's\n")
    f.write("# subdivision names (Debian's unicode-cldr-core, Unicode License). Generated by\n")
    f.write("# geodata/make-region-names.sh; do not edit by hand.\n")
    for r in sorted(rows):
        f.write("\t".join(r) + "\n")
print(f"wrote {sys.argv[1]} ({len(rows)} names; left out as towns' names: {len(dropped)})")
PY
