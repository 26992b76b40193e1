"""What make-country-names.sh and make-region-names.sh share: the languages the geoparser reads,
folding for comparison, and the towns of 50,000 or more by folded main name (a translation that
is such a town's name in another country is left out)."""
import unicodedata

LANGS = ["ru", "uk", "hy", "az", "ka", "tr", "fr", "de", "es"]


def fold(s):
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c)).casefold()


def big_towns(cities_path):
    """Folded main name -> the countries with a cities500 town of 50,000 or more so named."""
    towns = {}
    for line in open(cities_path, encoding="utf-8"):
        c = line.split("\t")
        if int(c[14] or 0) >= 50000:
            towns.setdefault(fold(c[1]), set()).add(c[8])
    return towns
