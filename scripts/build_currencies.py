#!/usr/bin/env python3
"""Build ``src/factcli/data/currencies.json``: every currency in use as a unit of money.

Development-time only: ``pycountry`` gives the ISO 4217 codes and their official names,
``babel`` (CLDR) the English names people write, singular and plural, the symbols each
language writes them with, and which currencies are legal tender somewhere. Neither is
needed at run time: the generated file ships in the package.

    pip install --target /tmp/babel babel   # a tool for this script, not a dependency
    PYTHONPATH=src:/tmp/babel python scripts/build_currencies.py

Which names map to a currency (text is folded to lower case, so a name is its tokens):

* its ISO code ('nzd', 'zar'), unless the code is also a word of English ('TOP', 'ALL',
  'TRY', 'COP': 'top 5' is no sum of Tongan money);
* its English names, singular and plural, with their country ('New Zealand dollars',
  'Mexican pesos', 'Swedish kronor'), and the official ISO name ('Yuan Renminbi');
* a symbol with a currency sign that any language writes it with ('NZ$', 'HK$', 'R$', '₦',
  '₩', '₺'), when no other currency is written so in any ('$', '¥' are several), and the
  letters before its sign are no word standing alone before a figure ('a $5m grant', the
  country's $5m: not 'A$', 'S$');
* the currency's own noun without its country ('rand', 'naira', 'zloty', 'kronor'), only
  when that noun names no other currency ('pesos', 'kroner', 'francs', 'dinars' are
  several) and has no other sense in English (WordNet: 'won' is also the past of 'win',
  'real' an adjective, 'mark' a noun of its own: 'South Korean won' maps, 'won' does not).

The hand-written money units of ``units.json`` (EUR, USD, GBP, …) stay as they are and keep
their names: '$' and 'dollars' are US dollars, '£' and 'pounds' sterling, 'rupees' Indian.
No generated name takes one of theirs, nor any other unit's ('gal', 'c'). Those of their
names that other currencies are written with too are listed with every currency they may
be ("shared": '$' is also the New Zealand dollar of a New Zealand article), for a figure
so written to be compared with a fact in any of them.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from datetime import date
from pathlib import Path

import pycountry
from babel import Locale, localedata
from babel.numbers import get_currency_name, get_currency_symbol, get_territory_currencies

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "factcli" / "data"
sys.path.insert(0, str(ROOT / "src"))

from factcli.knowledge import lexicon_bytes  # noqa: E402
from factcli.lexicon import fold_alias, load_lexicon  # noqa: E402
from factcli.wordnet import shipped_wordnet  # noqa: E402

# The day legal tender is read on, fixed so that the file is the same whenever it is built.
TENDER_ON = date(2026, 1, 1)
# A money unit's own noun is under this WordNet synset's words (a currency, not a coin).
MONETARY_UNIT = "monetary unit"


def tender_codes() -> set[str]:
    """ISO 4217 codes of a currency that is legal tender in some territory (no funds, metals
    or accounting units: 'XAU', 'USN', 'CLF')."""
    territories = [code for code in Locale("en").territories if len(code) == 2 and code.isalpha()]
    tender = {code for territory in territories
              for code in get_territory_currencies(territory, start_date=TENDER_ON, tender=True)}
    return tender & {currency.alpha_3 for currency in pycountry.currencies}


def symbols_of(code: str, locales: list[str]) -> set[str]:
    """The symbols the locales write the currency with: 'NZ$' (en), '$' (en_NZ), '₺' (tr)."""
    return {get_currency_symbol(code, locale) for locale in locales}


def is_sign(text: str) -> bool:
    return any(unicodedata.category(char) == "Sc" for char in text)


def main() -> None:
    # the hand-written units alone: what this script writes is no input to it
    lexicon = load_lexicon(lexicon_bytes() | {"currencies.json": b'{"currencies": []}'})
    wordnet = shipped_wordnet()
    stopwords = set(lexicon.cues.stopwords)
    hand = {unit.id for unit in lexicon.units.units if unit.dimension == "money"}
    taken = {fold_alias(name) for unit in lexicon.units.units for name in unit.names}
    taken |= {fold_alias(name) for name in lexicon.units.senses}
    monetary = {synset for synset, entry in enumerate(wordnet.synsets)
                if MONETARY_UNIT in wordnet.words(synset)}

    def only_money(word: str) -> bool:
        """Every sense WordNet gives the word, but a proper name's, is a unit of money."""
        for lemma, pos in wordnet.lemmas(word):
            for synset in wordnet.senses(lemma, pos, limit=99):
                if wordnet.instance_of(synset):
                    continue  # 'Rand' the writer: a name, written with its capital
                if not _under(wordnet, synset, monetary):
                    return False
        return True

    codes = sorted(tender_codes())
    locales = localedata.locale_identifiers()
    names: dict[str, dict[str, str]] = {}  # code -> {kind of name: its folded form}
    written: dict[str, set[str]] = {}  # a folded name -> the currencies it is written for
    symbols: dict[str, set[str]] = {}  # a folded symbol -> the currencies written with it
    nouns: dict[str, set[str]] = {}  # a currency's own noun -> the currencies it names
    for code in codes:
        singular = get_currency_name(code, count=1, locale="en")
        plural = get_currency_name(code, count=2, locale="en")
        names[code] = {"singular": singular, "plural": plural}
        for form in (singular, plural, pycountry.currencies.get(alpha_3=code).name):
            folded = fold_alias(form)
            if " " in folded:  # one word alone is a noun, below: 'Rand', 'Won'
                written.setdefault(folded, set()).add(code)
        for form in (singular, plural):
            # the noun ending CLDR's name ('Swedish *kronor*'); not the ISO name's last word
            # ('Cordoba *Oro*', 'Peso *Uruguayo*'), nor a piece of one ('pa'anga')
            noun = fold_alias(form.split()[-1])
            if noun.isalpha():
                nouns.setdefault(noun, set()).add(code)
        for symbol in symbols_of(code, locales):
            if is_sign(symbol):
                symbols.setdefault(fold_alias(symbol), set()).add(code)
    entries = []
    for code in codes:
        if code in hand:
            continue
        singular, plural = names[code]["singular"], names[code]["plural"]
        candidates = [code.lower()] if not wordnet.lemmas(code.lower()) and (
            code.lower() not in stopwords) else []
        candidates += [name for name, owners in written.items() if owners == {code}]
        candidates += [symbol for symbol, owners in symbols.items() if owners == {code}
                       and _written_before_a_figure(symbol, stopwords)]
        candidates += [noun for noun, owners in nouns.items()
                       if owners == {code} and noun.isalpha() and only_money(noun)]
        kept = sorted({name for name in candidates if name not in taken},
                      key=lambda name: (not name.isalpha() or len(name) != 3, len(name), name))
        entries.append({"id": code, "singular": singular, "plural": plural, "names": kept})
    # a hand-written name that other currencies are written with too ('$', 'dollars',
    # '£', 'rupees'): every currency it may be, its own first
    shared = {}
    for unit in lexicon.units.units:
        for name in (fold_alias(name) for name in unit.names):
            sharers = symbols.get(name, set()) | nouns.get(name, set()) | {unit.id}
            if unit.dimension == "money" and len(sharers) > 1:
                shared[name] = [unit.id, *sorted(sharers - {unit.id})]
    lines = ",\n".join("  " + json.dumps(entry, ensure_ascii=False) for entry in entries)
    lines += '\n ],\n "shared": {\n' + ",\n".join(
        f"  {json.dumps(name, ensure_ascii=False)}: {json.dumps(codes)}"
        for name, codes in sorted(shared.items())) + "\n }"
    source = (f"generated by scripts/build_currencies.py from pycountry {_version('pycountry')}"
              f" (ISO 4217) and babel {_version('babel')} (CLDR); legal tender on {TENDER_ON}")
    text = (f'{{\n "source": {json.dumps(source)},\n "currencies": [\n{lines}\n}}\n')
    (DATA / "currencies.json").write_text(text, encoding="utf-8")
    print(f"{len(entries)} currencies written to {DATA / 'currencies.json'}")


def _written_before_a_figure(symbol: str, stopwords: set[str]) -> bool:
    """A sign alone ('₦') or after letters that are no word of their own ('nz $'): not '$ ar'
    (a sign then letters, no way English writes a figure's currency) nor 'a $'."""
    *letters, sign = symbol.split()
    return is_sign(sign) and all(word.isalpha() and word not in stopwords for word in letters)


def _under(wordnet, synset: int, roots: set[int]) -> bool:  # type: ignore[no-untyped-def]
    seen, todo = set(), [synset]
    while todo:
        current = todo.pop()
        if current in roots:
            return True
        if current not in seen:
            seen.add(current)
            todo.extend(wordnet.hypernyms(current))
    return False


def _version(package: str) -> str:
    from importlib.metadata import version

    return version(package)


if __name__ == "__main__":
    main()
