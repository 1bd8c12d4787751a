"""Figures end to end: reading them from text, their units, the intervals they allow,
comparing a claim's figure with a fact's, and writing them as a person reads them.

A figure is read as '[comparator] [currency] number [scale] [unit]' ('more than €1.1bn',
'about 62 miles', 'between 100 and 150 kg', 'by July 2031', '2:45 a.m.'), normalised to
its dimension's base unit (metres, years, euros stay euros: no exchange rates), with the
place value of its last written digit, so that '1.1 billion' is as exact as it is written.
The tables (number words, scales, comparators, units) are data in ``data/numbers.json`` and
``data/units.json``, compiled into the :class:`~factcli.vocabulary.Vocabulary`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from factcli.text import Analysis
    from factcli.vocabulary import Vocabulary

_FORBID = {"extra": "forbid"}
_EPSILON = 1e-9
# An open end ('more than 4%', 'before 2028') lies beyond the rounding slack figures are
# compared with, so that it leaves out the figure itself: 4% is not 'more than 4%'.
_OPEN_END = 2 * _EPSILON


def _open_end(value: float) -> float:
    return _OPEN_END * max(1.0, abs(value))


def same_value(first: float, second: float, tolerance: float = 0.0) -> bool:
    """The two values are one figure, read two ways, or differ by at most ``tolerance``:
    '4.28 billion' read from words is 4.28 times a billion in floating point, a hair off
    the 4,280,000,000 a store records, so the slack grows with the size of the figure."""
    return abs(first - second) <= tolerance + _EPSILON * max(1.0, abs(first), abs(second))


@dataclass(frozen=True)
class Unit:
    __pydantic_config__ = _FORBID
    id: str
    dimension: str
    singular: str
    plural: str
    names: tuple[str, ...]
    factor: float | None = None
    bare: bool = False


def is_currency_code(unit_id: str) -> bool:
    """A unit of money is named by its ISO 4217 code, and no other unit is so: 'NZD'."""
    return len(unit_id) == 3 and unit_id.isalpha() and unit_id.isupper()


def parse_number(token: str) -> float | None:
    """'1,100' -> 1100.0, '1.1' -> 1.1; None for anything that is not digits, or too
    long to be a finite number (over 308 digits)."""
    if not token[:1].isdigit() or ":" in token or token[-1].isalpha():
        return None  # a clock time is not a figure, nor an ordinal ('20th')
    value = float(token.replace(",", ""))
    return value if math.isfinite(value) else None


def least_digit_place(token: str) -> float:
    """Place value of the last non-zero digit written: '100' -> 100, '1.1' -> 0.1, '113' -> 1."""
    digits = token.replace(",", "")
    if "." in digits:
        whole, frac = digits.split(".", 1)
        frac = frac.rstrip("0")
        if frac:
            return 10.0 ** -len(frac)
        digits = whole
    stripped = digits.rstrip("0")
    if not stripped:
        return 1.0
    return 10.0 ** (len(digits) - len(stripped))


class QuantityMention(NamedTuple):
    """A figure read from text, normalised to its unit's base (km -> metres, decades -> years)."""

    value: float
    unit: str
    dimension: str
    qualifier: str
    step: float  # the place value of the last digit written, in base units: 1.1bn -> 1e8
    text: str
    start: int
    end: int
    context: frozenset[str] = frozenset()
    source_unit: str = ""  # the unit as written, before conversion
    unit_size: float = 1.0  # one of that unit, in base units (a mile: 1609.344 m)
    high: float | None = None  # the upper end of a range: 'between 100 and 150 kg'
    span: bool = False  # 'from 17 to 22 August': the whole stretch, not a hedge
    decade: bool = False  # 'in the 2020s': some time within it
    in_year: bool = False  # 'before April 2024': a date naming a part of its year
    # the currencies a sum's name may be, when others than its unit are written so too:
    # '$596m' in US dollars, or in the New Zealand dollars of a New Zealand article
    currencies: frozenset[str] = frozenset()
    part: bool = False  # 'five of the 19 closures': a count of some of the things after it
    day: bool = False  # '29 May', 'May 29': the day of a month, no count of things


# The place of a figure's last digit from which it is an amount said with a scale word
# ('1.1 billion'), not a count
BARE_AMOUNT_PLACE = 1e5
# The most tokens a unit's name may have: 'Trinidad and Tobago dollars'
UNIT_NAME_TOKENS = 4

# The comparators that make a date a bound on one side ('before April 2024', 'after May',
# 'from June', 'by July 2031'), whose month says where the bound lies, not when it happened
DATE_BOUNDS = frozenset({"less_than", "more_than", "at_least", "by", "at_most"})
# The comparators that bound a count of some of those things from one side ('fewer than
# ten of the closures'); 'about ten of them' is left the 'at least' that 'ten of them' is
_COUNT_BOUNDS = frozenset({"less_than", "more_than", "at_least", "at_most"})


class FactQuantity(NamedTuple):
    value: float
    unit: str
    dimension: str
    qualifier: str
    measure: frozenset[str]
    label: str
    display: str
    source_unit: str
    high: float | None = None  # the upper end of a range the statement gives
    span: bool = False  # 'from 2019 until 2023': the whole stretch, not a hedge
    whole: bool = False  # the 19 of 'five of the 19 closures': what a part is counted of
    day: bool = False  # '29 May': the day of a month, set only against another such day


# --- reading -------------------------------------------------------------------


def number_label(vocab: Vocabulary, tokens: list[str], i: int,
                 names: frozenset[str]) -> str | None:
    """A bare number after a singular noun names which one rather than how many: 'in phase
    two' is the second phase (the ordinal is returned), 'at Terminal 2' or 'Terminal 2
    will open' (a noun with a capital, in ``names``, or a figure opening the sentence) is
    a name (its number is returned). None for a figure. The noun is opened by a
    determiner or preposition, or opens the sentence; after a common noun, no noun
    follows the number."""
    token = tokens[i]
    if i == 0 or not (token.isdigit() or token in vocab.number_words):
        return None
    noun = tokens[i - 1]
    # a word of no content before the noun opens its phrase: 'the', 'in', 'when'
    opener = tokens[i - 2] if i >= 2 else ""
    opened = i == 1 or opener in vocab.determiners or opener in vocab.prepositions or (
        opener in vocab.ignored and opener not in vocab.be_forms
        and opener not in vocab.auxiliaries)
    if (not noun.isalpha() or noun.endswith(("s", "ing", "ed")) or not opened
            or noun in vocab.determiners
            or noun in vocab.prepositions or noun in vocab.number_words
            or noun in vocab.unit_names or noun in vocab.auxiliaries
            or noun in vocab.ignored or vocab.single.get(noun, ("",))[0] == "negation"):
        return None  # ('eight bridges, not eighteen': a figure denied)
    if noun in names or (i == 1 and token.isdigit()):
        return token
    if tokens[i - 2] == "to":
        return None  # 'to add two': a verb, not a noun, before the number
    value = vocab.number_words[token] if token in vocab.number_words else int(token)
    ordinal = next((word for word, n in vocab.ordinals.items() if n == value), None)
    following = tokens[i + 1] if i + 1 < len(tokens) else ""
    # the next word starts another phrase (a comma is not a token: 'In stage two, the …')
    ends = following in ("", "and", "or") or following in vocab.determiners or (
        following in vocab.prepositions) or (
        following in vocab.auxiliaries or following in vocab.be_forms) or (
        following.endswith(("s", "ed")) and vocab.can_be_verb(following))
    if not ends and following:
        named = vocab.match_phrase(tokens, i + 1)  # 'In phase two, Terminal 1 will …'
        ends = named is not None and named[0] == "entity"
    return ordinal if ends else None


def read_quantity(vocab: Vocabulary, tokens: list[str], i: int) -> QuantityMention | None:
    """Read '[comparator] [€] number [scale] [unit]' starting at token i, if one is there."""
    if tokens[i][:1].isalpha() and tokens[i] not in vocab.figure_openers:
        return None  # most words: asked of every word of every sentence read
    clock = _clock_time(tokens, i)
    if clock is not None:
        return clock
    vague = _magnitude(vocab, tokens, i)
    if vague is not None:
        return vague
    partitive = _partitive(vocab, tokens, i)
    if partitive is not None:
        return partitive
    fraction = _fraction(vocab, tokens, i) or _ratio(vocab, tokens, i) or _multiple(
        vocab, tokens, i)
    if fraction is not None:
        return fraction
    qualifier = None
    j = i
    for phrase, comparator in _comparators_at(vocab, tokens, i):
        k = i + len(phrase)
        skipped = 0
        while (k < len(tokens) and tokens[k] in vocab.fillers and skipped < 3
               and not _starts_number(vocab, tokens, k)):  # 'more than a billion'
            k += 1
            skipped += 1
        bounded = (_partitive(vocab, tokens, k)
                   if comparator in _COUNT_BOUNDS and k < len(tokens) else None)
        if bounded is not None:
            # 'fewer than ten of the closures': a bound on how many of those things, not
            # the 'at least' a bare 'ten of the closures' says
            return bounded._replace(qualifier=comparator, start=i,
                                    text=" ".join(tokens[i:bounded.end]))
        if k < len(tokens) and _starts_number(vocab, tokens, k):
            qualifier, j = comparator, k
            comparator_words = phrase
            break
        partitive = _partitive(vocab, tokens, k) if k < len(tokens) else None
        if partitive is not None:
            # 'fewer than ten of its closures': the bound is on the part
            return partitive._replace(qualifier=comparator, start=i,
                                      text=" ".join(tokens[i:partitive.end]))
    else:
        comparator_words = ()
        while j < len(tokens) and tokens[j] in vocab.fillers and (
            j + 1 < len(tokens) and _starts_number(vocab, tokens, j + 1)):
            j += 1
        if not _starts_number(vocab, tokens, i if j == i else j):
            return None
    first = _read_figure(vocab, tokens, i, j, qualifier, comparator_words)
    if first is not None and comparator_words == ("over",) and first.dimension == "date" and (
            tokens[j].isdigit()):
        # 'over 2024' is during it ('sales grew over 2024') or the base a change is measured
        # from ('a 15% increase over 2024'), never after it
        first = first._replace(qualifier="exact")
    return None if first is None else _read_range(vocab, tokens, first)


def _read_range(vocab: Vocabulary, tokens: list[str], first: QuantityMention) -> QuantityMention:
    """'100 to 150 kg', 'between 1 and 1.2 billion', 'from 17 to 22 August': one
    figure spanning both ends, in the unit and scale written after the second."""
    j = first.end
    between = tokens[first.start] == "between" or (
        first.start and tokens[first.start - 1] == "between")
    opened = first.start > 0 and tokens[first.start - 1] == "from"
    # ('from August 2023 to March 2025': a period's second end may open on its month, as
    # the first does; 'between August 2023 and March 2025' stays two dates, as the
    # window of a single event may be)
    k = j + 1
    while (first.dimension == "date" and opened and k + 1 < len(tokens)
           and tokens[k] in vocab.months and _starts_number(vocab, tokens, k + 1)):
        k += 1
    if not (k < len(tokens) and (tokens[j] == "to" or (tokens[j] == "and" and between)
                                 or (tokens[j] in vocab.period_ends and opened))
            and _starts_number(vocab, tokens, k)):
        return first
    second = _read_figure(vocab, tokens, j + 1, k, None, ())
    if second is None or (second.dimension not in (first.dimension, "count")
                          and first.dimension != "count") or (
            first.dimension == "date" and second.dimension != "date"):
        return first  # ('from 200,000 in 2030 to 320,000 in 2040': a year is no count)
    low = first.value
    scaled = first.dimension == "count" and second.dimension != "count"
    if second.dimension == "count" and first.dimension == "money":
        # '£2 to 3bn', '€1-1.5 million': the currency before the first is the second's too
        size = first.unit_size
        second = second._replace(unit=first.unit, dimension="money", unit_size=size,
                                 source_unit=first.source_unit, value=second.value * size,
                                 currencies=first.currencies,
                                 step=second.step * size)
        scaled = True
    last = tokens[first.end - 1]  # a first with a scale of its own keeps it: '£2m to £3bn'
    written = None if last in vocab.scales else parse_number(last) or low
    if written is not None and (scaled or (first.step < second.step and first.unit == second.unit
                                           and first.dimension in ("count", "money"))):
        digits = j + 1 + _currency_prefix(vocab, tokens, j + 1)  # '$2 to $3 billion'
        said = _read_value(vocab, tokens, digits)[0]  # 'three to four months': in words too
        scale = second.value / (said or second.value or 1.0)
        low = written * scale  # "1 and 1.2 billion": the first takes the second's scale
    # a stretch of dates is a stretch whether or not 'from' opens it: 'the years 2024 to 2029'
    span = opened or first.dimension == "date"
    if low > second.value or (span and first.dimension not in ("date", "duration") and any(
            t in vocab.change_verbs for t in tokens[max(0, first.start - 8):first.start])):
        return first  # 'rose from 19 to 30 gates': two figures, the ends of a change
    return second._replace(value=low, high=second.value, qualifier=first.qualifier,
                           start=first.start, step=min(first.step, second.step) or 1.0,
                           text=" ".join(tokens[first.start: second.end]), span=span)


def _comparators_at(vocab: Vocabulary, tokens: list[str],
                    i: int) -> list[tuple[tuple[str, ...], str]]:
    """Comparator phrases starting at token i, longest first."""
    return [(p, c) for p, c in vocab.comparators.get(tokens[i], ())
            if tuple(tokens[i : i + len(p)]) == p]


def _currency_prefix(vocab: Vocabulary, tokens: list[str], k: int) -> int:
    """How many tokens from k name a currency written before its digits: one ('€1.1bn',
    'EUR 1.1 billion') or two ('NZ$596m', read 'nz $'); 0 for none."""
    for length in (1, 2):
        digits = k + length
        if digits < len(tokens) and tokens[digits][:1].isdigit():
            unit_id = vocab.unit_names.get(" ".join(tokens[k:digits]))
            return length if unit_id is not None and (
                vocab.units[unit_id].dimension == "money") else 0
    return 0


def _unit_name_at(vocab: Vocabulary, tokens: list[str], j: int) -> str | None:
    """The longest unit name the tokens from j start with: 'new zealand dollars', 'km'."""
    for length in range(UNIT_NAME_TOKENS, 0, -1):
        if j + length <= len(tokens):
            name = " ".join(tokens[j: j + length])
            if name in vocab.unit_names:
                return name
    return None


def _starts_number(vocab: Vocabulary, tokens: list[str], k: int) -> bool:
    token = tokens[k]
    if _currency_prefix(vocab, tokens, k):
        return True
    if parse_number(token) is not None:
        return True
    if token in vocab.number_words or token in vocab.multipliers:
        return not (k + 1 < len(tokens) and tokens[k + 1] == "of"
                    and token not in ("couple",))
    if _one_of_a_scale(vocab, tokens, k) or _one_of_a_unit(vocab, tokens, k):
        return True
    unit_id = vocab.unit_names.get(token)
    return unit_id is not None and vocab.units[unit_id].bare and not token.endswith("s")


# the most words an owner's name has before its possessive ('of Corvia Rail's stops')
_OWNER_WORDS = 3


def of_those_at(vocab: Vocabulary, tokens: list[str], at: int) -> int | None:
    """Where the noun starts after an 'of' at ``at`` that makes a number a part of some
    things ('of the neighbours', "of Lithuania's bridges"), or None."""
    after = tokens[at + 1: at + 2 + _OWNER_WORDS]
    # an owner of a word or a few before the possessive: "of Corvia Rail's stops"
    owned = "s" in after[1:] and all(t.isalpha() and t not in vocab.determiners
                                     for t in after[:after.index("s", 1)])
    if tokens[at: at + 1] != ["of"] or not after or not (after[0] in vocab.determiners or owned):
        return None
    return at + 2 if after[0] in vocab.determiners else at + 1  # the noun's words follow


def _partitive(vocab: Vocabulary, tokens: list[str], i: int) -> QuantityMention | None:
    """'six of the neighbours', 'two of Lithuania's bridges': at least that many of those
    things ('one of' names a member, not a count; see the quantifier cues)."""
    value = vocab.number_words.get(tokens[i], parse_number(tokens[i]))
    end = of_those_at(vocab, tokens, i + 1)
    if value is None or value < 2 or value != int(value) or end is None:
        return None
    return QuantityMention(value=value, unit="count", dimension="count", qualifier="at_least",
                           step=1.0, source_unit="count", text=" ".join(tokens[i:end]),
                           start=i, end=end, part=True)


# how many words (an owner: "of the city's 19 branches") may stand between a part's 'of'
# and the count of the whole it is a part of
_OWNER_REACH = 4


def partitive_wholes(mentions: list[QuantityMention]) -> frozenset[float]:
    """The counts a sentence gives as the whole a part is counted of: the 19 of 'five of
    Comerica's 19 closures', the 20 of '17 of the 20 markets'. A part's own figure is
    never one ('all 20 of the 20': which is which is not told)."""
    parts = [m for m in mentions if m.part]
    wholes = {m.value for m in mentions if m.dimension == "count" and not m.part and any(
        0 <= m.start - p.end <= _OWNER_REACH for p in parts)}
    return frozenset(wholes - {p.value for p in parts})


def _fraction(vocab: Vocabulary, tokens: list[str], i: int) -> QuantityMention | None:
    """'half of the burden', 'less than a third of it', 'two thirds of': a share, in
    percent, as round as a fraction is said ('the first quarter of 2027', 'the second
    half' name a part of a time, not a share); before a word naming a unit only so, that
    part of the unit ('a quarter-point cut': 0.25 percentage points)."""
    qualifier, k = "approx", i
    for phrase, comparator in _comparators_at(vocab, tokens, i):
        qualifier, k = comparator, i + len(phrase)
        break
    compared = k > i
    numerator = vocab.number_words.get(tokens[k]) if k < len(tokens) and (
        tokens[k] not in vocab.fractions) else None  # ('half' is a number word too)
    if numerator is not None or (k < len(tokens) and tokens[k] in ("a", "an")):
        k += 1
    share = vocab.fractions.get(tokens[k]) if k < len(tokens) else None
    if share is not None and i > 0 and tokens[i - 1] == "by" and tokens[k + 1:k + 2] != ["of"]:
        # 'fell by a quarter', 'rose by nearly a third': a change by that share
        return _share_in_percent(share * (numerator or 1), qualifier, tokens, i, k + 1)
    unit_id = vocab.fraction_units.get(tokens[k + 1]) if k + 1 < len(tokens) else None
    if share is not None and unit_id is not None and (
            k > i or (i > 0 and tokens[i - 1] in vocab.determiners)):
        # 'a quarter-point cut', 'the half-point cut': that part of one of the unit, as exact
        # as a figure ('about a quarter point' is hedged by its comparator)
        unit = vocab.units[unit_id]
        part = share * (numerator or 1) * (unit.factor or 1.0)
        return QuantityMention(value=part, unit=base_unit(vocab, unit).id,
                               dimension=unit.dimension,
                               qualifier=_qualifier(vocab, qualifier if compared else None,
                                                    (), unit.dimension, False), step=part,
                               source_unit=unit.id, unit_size=unit.factor or 1.0,
                               text=" ".join(tokens[i:k + 2]), start=i, end=k + 2)
    if share is None or tokens[k + 1:k + 2] != ["of"] or (
            k == i and i > 0 and (tokens[i - 1] in vocab.ordinals
                                  or tokens[i - 1] in vocab.determiners)):
        return None
    part = share * (numerator or 1)
    whole = read_quantity(vocab, tokens, k + 2) if tokens[k + 2:k + 3] in (
        ["a"], ["an"]) else None
    if whole is not None and whole.dimension not in ("percent", "date"):
        # 'a third of a billion dollars': that part of the figure
        return whole._replace(value=part * whole.value, step=part * whole.step,
                              qualifier=qualifier,
                              text=" ".join(tokens[i:whole.end]), start=i)
    whole = _figure_in_phrase(vocab, tokens, k + 2)
    if whole is not None:
        # 'less than half of the firm's £1.25 billion investment': that part of the sum
        return _times(whole, part, qualifier, tokens, i)
    return _share_in_percent(part, qualifier, tokens, i, k + 1)


def _share_in_percent(part: float, qualifier: str, tokens: list[str], start: int,
                      end: int) -> QuantityMention:
    """A fraction said as a share, in percent, as round as a fraction is said."""
    return QuantityMention(value=round(100 * part, 1), unit="percent", dimension="percent",
                           qualifier=qualifier, step=10.0, source_unit="percent",
                           text=" ".join(tokens[start:end]), start=start, end=end)


def _multiple(vocab: Vocabulary, tokens: list[str], i: int) -> QuantityMention | None:
    """'double the £2 billion ceiling', 'nearly twice the programme's NZ$2 billion budget':
    that multiple of the figure the phrase after it gives ('costs twice as much as' compares
    two things, which comparison.py reads)."""
    qualifier, k = "exact", i
    for phrase, comparator in _comparators_at(vocab, tokens, i):
        qualifier, k = comparator, i + len(phrase)
        break
    factor = vocab.multiples.get(tokens[k]) if k < len(tokens) else None
    if factor is None or factor < 1 or k + 1 >= len(tokens) or (
            tokens[k + 1] not in vocab.determiners):
        return None
    whole = _figure_in_phrase(vocab, tokens, k + 1)
    return None if whole is None else _times(whole, factor, qualifier, tokens, i)


# how many words a noun phrase may put between a share or a multiple and the figure it is
# taken of: 'half of *Tata Steel's* £1.25 billion', 'double *the new programme ceiling of*
# NZ$2 billion'
_PHRASE_REACH = 6


def _figure_in_phrase(vocab: Vocabulary, tokens: list[str], start: int) -> QuantityMention | None:
    """The sum or measure a noun phrase starting at ``start`` gives, before anything that
    ends the phrase (a verb's auxiliary, another preposition than 'of', a clause's joiner
    or relative word, 'or', 'than'); not a count ('half of the 17 countries' is a share of
    them), a share or a date."""
    for at in range(start, min(start + _PHRASE_REACH + 1, len(tokens))):
        token = tokens[at]
        if (token in vocab.prepositions and token != "of") or token in vocab.be_forms or (
                token in vocab.auxiliaries) or token in vocab.clause_joiners or (
                token in vocab.relative_pronouns) or token in ("or", "than"):
            return None
        if token[:1].isdigit() or token in vocab.figure_openers:
            figure = read_quantity(vocab, tokens, at)
            if figure is not None:
                return figure if figure.dimension not in ("count", "percent", "date") and (
                    figure.qualifier == "exact") else None
    return None



def _times(whole: QuantityMention, factor: float, qualifier: str, tokens: list[str],
           start: int) -> QuantityMention:
    """``whole`` taken ``factor`` times, said from ``start`` with the comparator before the
    share or the multiple ('less than half of …')."""
    return whole._replace(value=factor * whole.value, step=factor * whole.step,
                          qualifier=qualifier, text=" ".join(tokens[start:whole.end]),
                          start=start)


# the largest whole a ratio is said of ('one in a thousand'); above it, 'one in 2024' is a
# year
_RATIO_WHOLE = 1000


def _ratio(vocab: Vocabulary, tokens: list[str], i: int) -> QuantityMention | None:
    """'one in four pupils', 'almost nine out of ten': a share, in percent, as round as a
    fraction is said."""
    qualifier, k = "approx", i
    for phrase, comparator in _comparators_at(vocab, tokens, i):
        qualifier, k = comparator, i + len(phrase)
        break
    part = _whole_number(vocab, tokens, k)
    if part is None:
        return None
    for joiner in vocab.ratios:
        at = k + 1 + len(joiner)
        whole = _whole_number(vocab, tokens, at) if tuple(tokens[k + 1:at]) == joiner else None
        if whole is not None and 0 < part < whole <= _RATIO_WHOLE:
            return QuantityMention(value=round(100 * part / whole, 1), unit="percent",
                                   dimension="percent", qualifier=qualifier, step=10.0,
                                   source_unit="percent", text=" ".join(tokens[i:at + 1]),
                                   start=i, end=at + 1)
    return None


def _whole_number(vocab: Vocabulary, tokens: list[str], k: int) -> int | None:
    """A whole number written in one token: '4', 'four'."""
    if k >= len(tokens):
        return None
    value = vocab.number_words.get(tokens[k], parse_number(tokens[k]))
    return int(value) if value is not None and value == int(value) else None


def _magnitude(vocab: Vocabulary, tokens: list[str], i: int) -> QuantityMention | None:
    """'hundreds of workers', 'tens of millions of euros': a number said by its order of
    size, from the least to the most it can be ('tens of millions': 20 to 100 million)."""
    bounds = vocab.magnitudes.get(tokens[i])
    if bounds is None or tokens[i + 1: i + 2] != ["of"]:
        return None
    low, high = bounds
    end = i + 1  # through the magnitude's words: its 'of' goes with what follows
    following = tokens[i + 2] if i + 2 < len(tokens) else ""
    scale = vocab.scales.get(following.removesuffix("s"))
    if scale is not None and following in vocab.magnitudes and high is not None:
        low, high = low * scale, high * scale  # 'tens of millions', 'hundreds of thousands'
        end = i + 3
    after = end + (tokens[end: end + 1] == ["of"])
    unit_id = vocab.unit_names.get(tokens[after], "count") if after < len(tokens) else "count"
    unit = vocab.units[unit_id]
    if unit.dimension not in ("count", "money"):
        return None  # 'thousands of kilometres' says no figure a writer means as one
    if unit_id != "count":
        end = after + 1  # 'millions of euros'
    factor = unit.factor or 1.0
    return QuantityMention(value=low * factor, high=None if high is None else high * factor,
                           unit=base_unit(vocab, unit).id, dimension=unit.dimension,
                           qualifier="exact" if high is not None else "at_least",
                           step=low * factor,
                           source_unit=unit.id, unit_size=factor,
                           text=" ".join(tokens[i:end]), start=i, end=end)


def _one_of_a_scale(vocab: Vocabulary, tokens: list[str], k: int) -> bool:
    """'a billion', 'a hundred': the article stands for one (not 'a m', 'a k')."""
    following = tokens[k + 1] if k + 1 < len(tokens) else ""
    return tokens[k] in ("a", "an") and len(following) > 2 and (
        following in vocab.scales or following in vocab.multipliers)


def _one_of_a_unit(vocab: Vocabulary, tokens: list[str], k: int) -> bool:
    """'a year and a half', 'an hour and a half': one of the unit and half of another;
    'about a year', 'less than a month': one span of time, bounded by the comparator
    before it. A lone 'a year' is no figure: 'once a year', 'a year ago', '£7,000 a year',
    'a week before' (the order of two events weighs its gap: see timeline.py)."""
    if tokens[k] not in ("a", "an") or k + 1 >= len(tokens):
        return False
    unit_id = vocab.unit_names.get(tokens[k + 1])
    if unit_id is None:
        return False
    if tokens[k + 2: k + 5] == ["and", "a", "half"]:
        return True
    unit = vocab.units[unit_id]
    if unit.dimension != "duration" or tokens[k + 1] != unit.singular:
        return False
    return _bounded_before(vocab, tokens, k)


def _bounded_before(vocab: Vocabulary, tokens: list[str], k: int) -> bool:
    """A comparator that bounds a figure ends just before token k ('about', 'more than',
    'up to'): not 'in' or 'by', which say when ('in a year when prices rose')."""
    return any(start + len(phrase) == k and comparator not in ("exact", "by")
               for start in range(max(0, k - 3), k)
               for phrase, comparator in _comparators_at(vocab, tokens, start))


def _read_figure(vocab: Vocabulary, tokens: list[str], start: int, j: int, qualifier: str | None,
                 comparator_words: tuple[str, ...]) -> QuantityMention | None:
    currency = None
    prefix = _currency_prefix(vocab, tokens, j)
    currency_name = " ".join(tokens[j: j + prefix])
    if prefix:  # "€1.1bn", "EUR 1.1 billion", "NZ$596m"
        currency = vocab.unit_names[currency_name]
        j += prefix
    number_at = j
    value, place, j = _read_value(vocab, tokens, j)
    if value is None:
        return None
    fraction = vocab.number_words.get(tokens[j + 2], 1.0) if j + 2 < len(tokens) else 1.0
    if tokens[j: j + 2] == ["and", "a"] and 0 < fraction < 1:
        value += fraction  # "one and a half tonnes"
        place = min(place, fraction)
        j += 3
    if tokens[j: j + 1] in (["a"], ["an"]) and tokens[j + 1: j + 2] and (
            tokens[j + 1] in vocab.scales or (value < 1 and any(
                " ".join(tokens[j + 1: j + 1 + length]) in vocab.unit_names
                for length in (1, 2, 3)))):
        j += 1  # "half a billion", "half a decade", "half a percentage point"
    elif tokens[j: j + 1] in (["a"], ["an"]) and value < 1 and (
            tokens[j + 1: j + 2] and tokens[j + 1] in vocab.multipliers):
        size = vocab.multipliers[tokens[j + 1]]
        value, place = value * size, place * size  # "half a dozen": six
        j += 2
    # a letter of scale ('5m') is one after a currency, or before a unit, a plural noun or
    # a noun the lexicon counts things by ('5m euros', '350k passengers', '2m people');
    # before 'long' or 'bridge', 'm' may be a metre
    if j < len(tokens) and tokens[j] in vocab.scales and not (
            tokens[j] in ("m", "b", "k") and currency is None and
            j + 1 < len(tokens) and _unit_name_at(vocab, tokens, j + 1) is None
            and not (vocab.is_plural_noun(tokens[j + 1])
                     and not vocab.can_be_verb(tokens[j + 1]))
            and tokens[j + 1] not in vocab.kind_nouns):
        scale = vocab.scales[tokens[j]]
        value *= scale
        place *= scale
        j += 1
    trailing, j = _trailing_comparator(vocab, tokens, j)  # 'five or more years'
    unit_id = currency
    name = _unit_name_at(vocab, tokens, j)
    if name is not None:
        unit_id = unit_id or next(  # "€1bn euros": the symbol rules
            (other for other, words in vocab.unit_senses.get(name, {}).items()
             if words.intersection(tokens)), vocab.unit_names[name])
        currency_name = currency_name or name
        j += len(name.split())
    if tokens[j: j + 1] == ["in"] and (named := _unit_name_at(vocab, tokens, j + 1)) and (
            vocab.units[vocab.unit_names[named]].dimension == "money") and (
            (unit_id is None and place >= BARE_AMOUNT_PLACE)
            or vocab.unit_names[named] in vocab.shared_currencies.get(currency_name, ())):
        # '$596m in New Zealand dollars', '4 billion in euros': the currency it is said in
        # (not a year's: 'in 2019 in dollars')
        unit_id, currency_name = vocab.unit_names[named], named
        j += 1 + len(named.split())
    high = None
    if unit_id is None:
        # (a year is never written with a thousands comma: '2,035 people' is a count)
        is_year = value == int(value) and place < 1000 and "," not in tokens[number_at] and (
            1900 <= value <= 2100 or _earlier_year(vocab, tokens, number_at, j, value))
        unit_id = "year" if is_year else "count"
        if is_year and value % 10 == 0 and tokens[j: j + 1] == ["s"]:
            # 'the 2020s', 'the late 2020s': a decade, or the part of it named before it
            part = next((vocab.decade_parts[t] for t in tokens[start:j]
                         if t in vocab.decade_parts), (0, 9))
            value, high = value + part[0], value + part[1]
            j += 1
    elif tokens[j: j + 3] == ["and", "a", "half"]:
        value += 0.5  # "a decade and a half"
        place = min(place, 0.5)
        j += 3
    elif vocab.units[unit_id].dimension == "money" and tokens[j: j + 1] == ["and"]:
        # 'four dollars and 84 cents': the hundredths after the whole units
        small, _, after = _read_value(vocab, tokens, j + 1) if j + 1 < len(tokens) else (
            None, 1.0, j)
        share = vocab.subunits.get(tokens[after]) if small is not None and (
            after < len(tokens)) else None
        if share is not None and small is not None:
            value += small * share
            place = min(place, share)
            j = after + 1
    if trailing is None:
        trailing, j = _trailing_comparator(vocab, tokens, j)  # 'five years or more'
    unit = vocab.units[unit_id]
    factor = unit.factor or 1.0
    base = base_unit(vocab, unit)
    qualifier = _qualifier(vocab, qualifier, comparator_words, unit.dimension,
                           start > 0 and tokens[start - 1] == "for")
    if trailing is not None and qualifier == "exact":
        qualifier = trailing
    # a date is read to its year: 'before April 2024' may still be in 2024
    in_year = unit.dimension == "date" and any(
        t in vocab.months or t in vocab.periods for t in tokens[start:j])
    return QuantityMention(value=value * factor, unit=base.id, dimension=unit.dimension,
                           qualifier=qualifier, step=place * factor, source_unit=unit.id,
                           unit_size=factor, high=high, decade=high is not None,
                           in_year=in_year, text=" ".join(tokens[start:j]), start=start, end=j,
                           currencies=vocab.shared_currencies.get(currency_name, frozenset())
                           if unit.dimension == "money" else frozenset())


def _earlier_year(vocab: Vocabulary, tokens: list[str], at: int, end: int,
                  value: float) -> bool:
    """'founded in 1876', 'open since 1850': four digits with no comma, after a word that
    says when and before no noun they could count, are a year before 1900 ('in 1200
    homes' counts homes; '1,876 people' is written as a count)."""
    following = tokens[end] if end < len(tokens) else ""
    return (1000 <= value < 1900 and tokens[at].isdigit() and at > 0
            and tokens[at - 1] in vocab.year_openers
            and (not following or following in vocab.ignored))


def _trailing_comparator(vocab: Vocabulary, tokens: list[str],
                         j: int) -> tuple[str | None, int]:
    """The bound a phrase after a figure's number or unit puts on it ('or more' in 'five
    years or more'), and where the figure then ends."""
    for words, comparator in vocab.trailing_comparators.items():
        if tuple(tokens[j: j + len(words)]) == words:
            return comparator, j + len(words)
    return None, j


def base_unit(vocab: Vocabulary, unit: Unit) -> Unit:
    """The unit of factor 1 in the dimension: lengths compare in metres, durations in
    years, whatever unit the text used."""
    if unit.factor is None:
        return unit
    return next((u for u in vocab.units.values()
                 if u.dimension == unit.dimension and u.factor == 1), unit)


def _read_value(vocab: Vocabulary, tokens: list[str], j: int) -> tuple[float | None, float, int]:
    token = tokens[j]
    number = parse_number(token)
    if number is not None:
        return number, least_digit_place(token), j + 1
    unit_id = vocab.unit_names.get(token)
    if unit_id is not None and vocab.units[unit_id].bare:
        return 1.0, 1.0, j  # "a decade": one of the unit, read next
    if _one_of_a_unit(vocab, tokens, j):
        return 1.0, 1.0, j + 1  # the unit is read next (then any half of it)
    if _one_of_a_scale(vocab, tokens, j):
        following = tokens[j + 1]
        if following in vocab.multipliers:  # "a hundred"
            size = float(vocab.multipliers[following])
            return size, size, j + 2
        return 1.0, 1.0, j + 1  # "a billion": the scale is read next
    total = 0.0
    current = 0.0
    seen = False
    while j < len(tokens):
        word = tokens[j]
        if word in vocab.number_words:
            said = vocab.number_words[word]
            if seen and not 1 <= said < _open_place(current):
                break  # 'ten twelve-year-olds': ten, then another figure (not 22)
            current += said
        elif word in vocab.multipliers:
            current = (current or 1.0) * vocab.multipliers[word]
            if vocab.multipliers[word] >= 1000:
                total += current
                current = 0.0
        elif word == "and" and seen and tokens[j - 1] in vocab.multipliers and (
                j + 1 < len(tokens) and tokens[j + 1] in vocab.number_words):
            # 'one hundred and twelve' is one number; 'ten and twelve' two
            j += 1
            continue
        else:
            break
        seen = True
        j += 1
    if not seen:
        return None, 1.0, j
    value = total + current
    return value, least_digit_place(str(int(value))) if value >= 1 else value, j


def _open_place(current: float) -> float:
    """The smallest place a number said in words so far leaves open for the next word:
    after 'twenty' the units (below 10), after 'one hundred' the tens (below 100), after
    'twenty-nine' none."""
    if current == 0:
        return float("inf")  # 'one thousand nine': the thousands are already summed
    place = 1.0
    while current % (place * 10) == 0:
        place *= 10
    return place


def _qualifier(vocab: Vocabulary, comparator: str | None, words: tuple[str, ...],
               dimension: str, after_for: bool) -> str:
    """The figure's comparator; a word of span before a duration says over what time
    ('over the next decade'), but after 'for' how long ('for over a year': more than)."""
    if comparator is None:
        return "exact"
    if dimension == "duration" and words and words[0] in vocab.span_words and (
            comparator != "at_most") and not after_for:
        return "exact"  # "over the next decade" is a span, not "more than"
    if comparator == "by" and dimension != "date":
        return "exact"
    return comparator


def _clock_time(tokens: list[str], i: int) -> QuantityMention | None:
    """'2:45 a.m.', '14:30': a time of day, in minutes after midnight."""
    token = tokens[i]
    if ":" not in token or not token[:1].isdigit():
        return None
    hours, minutes = (int(part) for part in token.split(":"))
    end = i + 1
    if tokens[end: end + 2] in (["a", "m"], ["p", "m"]):
        if tokens[end] == "p" and hours < 12:
            hours += 12
        elif tokens[end] == "a" and hours == 12:
            hours = 0
        end += 2
    return QuantityMention(value=float(hours * 60 + minutes), unit="clock", dimension="time",
                           qualifier="exact", step=1.0, text=" ".join(tokens[i:end]),
                           start=i, end=end, source_unit="clock")


# --- facts' figures and formatting -----------------------------------------------


def display_unit(value: float, unit_id: str, vocab: Vocabulary) -> Unit | None:
    """The unit a person reads and answers in: 113 km, not 113,000 metres."""
    unit = vocab.units.get(unit_id)
    if unit is not None and unit.dimension == "length" and value >= 1000 and "km" in vocab.units:
        return vocab.units["km"]
    return unit


def format_quantity(value: float, unit_id: str, vocab: Vocabulary) -> str:
    """113 km, 1.1 billion euros, 8, 2028, 10 years: how a figure reads to a person."""
    unit = vocab.units.get(unit_id)
    if unit is not None and unit.dimension == "date":
        return str(int(value))
    shown = display_unit(value, unit_id, vocab)
    if unit is not None and shown is not None and shown is not unit:
        value = value * (unit.factor or 1.0) / (shown.factor or 1.0)
        unit = shown
    counted = unit is None or unit.dimension == "count"
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        # a count is shown whole when its scale would round it: '4,993,923', not '4.994
        # million', which reads as another figure
        if abs(value) >= scale and not (
                counted and abs(round(value / scale, 3) * scale - value) >= 0.5):
            number = f"{_trim(value / scale)} {word}"
            break
    else:
        number = _trim(value)
    if unit is None or unit.dimension == "count":
        return number
    label = unit.singular if value == 1 else unit.plural
    return f"{number} {label}".strip()


def with_label(figure: str, unit_id: str, measure: str) -> str:
    """A bare count reads better with what it counts: '8 bridges', not '8'."""
    return f"{figure} {measure}" if unit_id == "count" else figure


def _trim(value: float) -> str:
    text = f"{value:,.3f}".rstrip("0").rstrip(".")
    return text


def range_display(low: float, high: float, unit_id: str, vocab: Vocabulary) -> str:
    """'100 to 150 kg', '2019 to 2023': the unit once, after the upper end (a year is
    written as itself at both ends)."""
    unit = vocab.units.get(unit_id)
    first = unit_id if unit is not None and unit.dimension == "date" else "count"
    return f"{format_quantity(low, first, vocab)} to {format_quantity(high, unit_id, vocab)}"


def joined_bounds(quantities: list[FactQuantity], vocab: Vocabulary) -> list[FactQuantity]:
    """'six to eight new countries', stored as at least 6 and at most 8 of one measure, is
    one range: each bound alone would let 'ten to twelve' pass as 'at least six'."""
    lower = {(q.label, q.unit): q for q in quantities if q.qualifier == "at_least"}
    upper = {(q.label, q.unit): q for q in quantities if q.qualifier == "at_most"}
    joined = {key: (low, upper[key]) for key, low in lower.items()
              if key in upper and low.value <= upper[key].value}
    if not joined:
        return quantities  # nearly every fact
    result = []
    for q in quantities:
        pair = joined.get((q.label, q.unit))
        if pair is None:
            result.append(q)
        elif q is pair[0]:
            low, high = pair
            factor = vocab.units[low.source_unit].factor or 1.0  # shown as the store wrote it
            shown = range_display(low.value / factor, high.value / factor, low.source_unit, vocab)
            result.append(low._replace(qualifier="exact", high=high.value,
                                       display=with_label(shown, low.source_unit, low.label)))
    return result


# how far above its least an order of size a statement gives may go: 'thousands' (2,000)
# up to a million, 'millions' up to a billion
_ORDER_OF_SIZE = 500


def statement_figures(analysis: Analysis, stored: list[FactQuantity],
                 vocab: Vocabulary) -> list[FactQuantity]:
    """Figures the statement itself gives that its stored quantities do not ('on 20
    August', '100 degrees' where the store has no such unit), so that a claim changing them
    is compared too, by what stands around them."""
    extra = []
    for mention in analysis.quantities:
        if any(q.unit == mention.unit and abs(q.value - mention.value) <= mention.step / 2
               and (mention.high is None or q.high == mention.high) for q in stored):
            continue  # a stretch stored only as its two ends is still added whole
        unit = mention.source_unit or mention.unit
        figure = format_quantity(mention.value / mention.unit_size, unit, vocab)
        high, qualifier = mention.high, mention.qualifier
        if mention.text.split()[0] in vocab.magnitudes and high is None:
            # 'thousands of jobs' is an order of size, not a bound near its 2,000: any
            # figure up to the next order's thousand fits ('8,000 jobs' is not refuted)
            high, qualifier, figure = mention.value * _ORDER_OF_SIZE, "exact", mention.text
        elif mention.dimension == "time":
            figure = mention.text
        elif mention.high is not None:
            figure = range_display(mention.value / mention.unit_size,
                                   mention.high / mention.unit_size, unit, vocab)
        extra.append(FactQuantity(value=mention.value, unit=mention.unit,
                                  dimension=mention.dimension, qualifier=qualifier,
                                  measure=mention.context, label="", display=figure,
                                  source_unit=unit, high=high, span=mention.span,
                                  day=mention.day))
    return extra


# --- comparing -------------------------------------------------------------------


def fact_counterpart(mention: QuantityMention, quantities: tuple[FactQuantity, ...],
                     claimed: frozenset[str] = frozenset()) -> FactQuantity | None:
    """The fact's figure that the claim's ``mention`` is set against, if any; ``claimed``
    holds the claim's words and names, to weigh what each figure measures."""
    if bare_amount(mention):
        # "spend 1.1 billion on its borders": an amount without its currency is paired
        # with the fact's money by what it measures.
        money = [q for q in quantities if q.dimension == "money" and q.measure & mention.context]
        if money:
            return money[0]
    # ('nine of its closures' against 'five of its 19 closures': a part is the fact's
    # part, never the whole it is counted of)
    same = [q for q in quantities if q.dimension == mention.dimension
            and not (mention.part and q.whole) and q.day == mention.day]
    if not same:
        return None
    by_measure = [q for q in same if q.measure & mention.context]
    ranged = mention.high is not None and not mention.decade
    if ranged:
        # a range is the fact's range when it gives one, not either of its ends alone (a
        # decade is when something happened: 'opened in the 1910s', of a fact's 1912)
        by_measure = [q for q in by_measure if q.high is not None] or by_measure
    if len(by_measure) > 1 and claimed and mention.qualifier in _COUNT_BOUNDS:
        # a bound is met by many figures, so of several it is set against those whose
        # measure has least the claim does not say: 'fewer than 400 satellites under
        # contract' is the 440 under contract, not the earlier batch of 100 beside it
        fewest = min(len(q.measure - claimed) for q in by_measure)
        by_measure = [q for q in by_measure if len(q.measure - claimed) == fewest]
    if by_measure and all(names_only(q.measure & mention.context) for q in by_measure):
        # 'Since 2016 the Reef has had five events' against 'The 2024 bleaching is the
        # Reef's fifth event since 2016': paired with the 2024 only by the name near both,
        # the year is the fact's 2016, which it gives too
        told = next((q for q in same if compare_quantity(mention, q) is True), None)
        by_measure = [told] if told is not None else by_measure
    if by_measure:
        # of several measured alike ('in March 2027 and October 2028'), the one it names,
        # or else the nearest ('in January 2030' against 2026 and 2029: 2029)
        return next((q for q in by_measure if compare_quantity(mention, q) is True),
                    min(by_measure, key=lambda q: (q.unit != mention.unit,
                                                   (q.high is not None) != ranged,
                                                   abs(q.value - mention.value))))
    if mention.dimension == "count":
        return None  # a bare count is only comparable with a count of the same things
    if len(same) == 1:
        return same[0]
    # "in September 2026 and January 2029": a figure the fact gives among others is that one.
    return next((q for q in same if compare_quantity(mention, q) is True), None)


def names_only(keys: frozenset[str]) -> bool:
    """The keys are all entities': a word's key has its kind before a colon ('s:reef')."""
    return all(":" not in key for key in keys)


# sums in two currencies this close are the same figure written with another currency
_SAME_SUM = 0.01
# A bound a writer gives ('over 1,200') says the figure is near it: a claim beyond this
# factor of it is another figure, though the bound alone would allow it.
NEAR_BOUND = 2.0


# how far after a figure its rate may stand: '50,000 batteries produced a day'
_RATE_REACH = 4


def period_after(vocab: Vocabulary, tokens: list[str], end: int) -> str | None:
    """The length of time a figure ending at ``end`` is counted over, when a rate follows
    it ('50,000 batteries *a day*', '£2bn *per year*', '70 *every second*'): its unit id.
    Not a time told ('a year *ago*') nor a figure's own length ('for a month or two')."""
    rate = _rate_after(vocab, tokens, end)
    return None if rate is None else rate[0]


def rate_adverb_after(vocab: Vocabulary, tokens: list[str], end: int) -> int | None:
    """Where the adverb stands that gives the rate of a figure ending at ``end`` ('50,000
    batteries *daily*'), which then says no more than the figure's rate; None without one."""
    rate = _rate_after(vocab, tokens, end)
    return None if rate is None or tokens[rate[1]] not in vocab.rate_adverbs else rate[1]


def _rate_after(vocab: Vocabulary, tokens: list[str], end: int) -> tuple[str | None, int] | None:
    """The rate's unit id (:func:`period_after`) and where its word stands."""
    for at in range(end, min(end + _RATE_REACH, len(tokens))):
        if tokens[at] in vocab.rate_adverbs:  # '50,000 batteries daily'
            return vocab.period_units.get(vocab.rate_adverbs[tokens[at]]), at
        if at + 1 < len(tokens) and tokens[at] in vocab.rate_words:
            unit = vocab.period_units.get(tokens[at + 1])
            following = tokens[at + 2] if at + 2 < len(tokens) else ""
            return (unit, at) if following not in vocab.not_a_rate else None
        if tokens[at] in vocab.prepositions or tokens[at][:1].isdigit():
            return None  # another phrase, or another figure, has begun
    return None


def bare_amount(mention: QuantityMention) -> bool:
    """A figure with a scale word but no unit: '1.1 billion'."""
    return mention.unit == "count" and mention.step >= BARE_AMOUNT_PLACE


def compare_quantity(mention: QuantityMention, fact: FactQuantity,
                     bounds: bool = False) -> bool | None:
    """True: the fact's figure satisfies the claim; False: it cannot; None: undecided. Two
    deadlines ('by 2030' against 'by 2028') are compared as the dates they state, unless
    ``bounds`` reads the claim's as a bound, as a question asks it."""
    if mention.unit != fact.unit and not (bare_amount(mention) and fact.dimension == "money") and (
            fact.unit not in mention.currencies):  # '$596m' of a New Zealand dollar sum
        # euros are not dollars: the article's own sum in another currency is wrong ('$1.1
        # billion' for '1.1 billion euros'), but another sum in it may be that one converted
        # ('about $169 million' for '149 million euros'), which no exchange rate here checks
        converted = mention.dimension == fact.dimension == "money" and (
            abs(mention.value - fact.value) > _SAME_SUM * max(mention.value, fact.value))
        return None if converted else False
    low, high = fact_interval(fact)
    claim_low, claim_high = _claim_interval(mention, fact)
    slack = _EPSILON * max(1.0, abs(mention.value))
    if fact.qualifier == "by" and mention.qualifier in ("by", "less_than", "at_most") and (
            high > claim_high + slack):
        # the article's deadline is when it expects the event: 'before 2030' is not 'by July
        # 2031', though the deadline as a bound would allow it
        return False
    if mention.qualifier == fact.qualifier and mention.qualifier in ("by", "at_most") and (
            not bounds and (high < claim_high - slack or (
                mention.qualifier == "at_most" and high > claim_high + slack))):
        # another deadline than the article's, or another maximum: 'up to 25 a day' against
        # 'up to 15 a day' names the most there can be, which the article puts lower (or
        # higher: 'up to 15 a day' against 'up to 25 a day')
        return False
    if fact.qualifier == "by" and mention.qualifier == "exact" and mention.dimension == "date" and (
            claim_low >= high - 1 + slack and claim_high <= high + slack):
        return True  # 'in 2031', 'in July 2031': in the deadline's own year, as expected
    # "roughly 100 to 150 kg" is hedged; a claim giving its very figures ("100 to 150 kg")
    # says what it says, while one outside even the hedge's spread contradicts it.
    nominal_low, nominal_high = ((fact.value, fact.high if fact.high is not None else fact.value)
                                 if fact.qualifier == "approx" else (low, high))
    if (mention.span or fact.span) and mention.high is not None and mention.qualifier == "exact":
        # a stretch 'from 2 to 22 August' is not the article's 'from 17 to 22 August', nor
        # is 'between 2018 and 2023' its 'from 2019 until 2023' ('1930' names one year,
        # though its last digit is a ten)
        tolerance = slack + (0.0 if mention.dimension == "date" else mention.step / 2)
        if (abs(claim_low - nominal_low) <= tolerance
                and abs(claim_high - nominal_high) <= tolerance):
            return True
        if mention.dimension == "date" and fact.high is None and claim_low <= low and (
                high <= claim_high):
            return None  # 'the 2026/27 school year' against 'in September 2026': within it
        return False
    if claim_low - slack <= nominal_low and nominal_high <= claim_high + slack:
        return True
    if high < claim_low - slack or low > claim_high + slack:
        return False
    if fact.dimension != "date" and fact.value > 0 and (
            (fact.qualifier in ("more_than", "at_least") and claim_low > NEAR_BOUND * low)
            or (fact.qualifier in ("less_than", "at_most") and claim_high < high / NEAR_BOUND)):
        return False  # 'over 1,200 workers' is a figure near 1,200: not 'over 12,000'
    return None


def _claim_interval(mention: QuantityMention, fact: FactQuantity) -> tuple[float, float]:
    """The values the claim's figure allows: a range's ends, a comparator's side, an
    approximation's spread, or the figure as exact as its last written digit when it was
    converted from another unit (62 miles)."""
    value = mention.value
    top = mention.high if mention.high is not None else value
    # short of the half-way mark, which rounds either way: '2 years' is not said of 18 months
    # (a sum in another name of its currency is no conversion: '$596m' of NZ$596m)
    rounding = min(mention.step, mention.unit_size) / 2 - 2 * _EPSILON * max(1.0, abs(value)) if (
        mention.source_unit != fact.source_unit
        and mention.dimension not in ("count", "date", "money")) else 0.0
    if mention.qualifier == "approx":
        spread = min(mention.step / 2, abs(value) * 0.1)
        if mention.dimension == "date":
            spread = min(spread, 1.0)
        return value - spread, top + spread
    # a bound within a year ('after April 2024') leaves out no year of its own
    open_end = 0.0 if mention.in_year else _open_end(top)
    if mention.qualifier == "more_than":
        return top + open_end, float("inf")
    if mention.qualifier == "at_least":
        return value, float("inf")
    if mention.qualifier == "less_than":
        return float("-inf"), value - open_end
    if mention.qualifier in ("at_most", "by"):
        return float("-inf"), top
    return value - rounding, top + rounding


def fact_interval(fact: FactQuantity) -> tuple[float, float]:
    """The values a fact's figure allows: a range's ends, a comparator's side, an
    approximation's 5 % either way."""
    value = fact.value
    top = fact.high if fact.high is not None else value
    # a fact's date is kept to its year, which its bound may not leave out ('before April')
    open_end = 0.0 if fact.dimension == "date" else _open_end(value)
    return {
        "at_least": (value, float("inf")),
        "more_than": (value + open_end, float("inf")),
        "at_most": (float("-inf"), top),
        "less_than": (float("-inf"), top - open_end),
        "by": (float("-inf"), top),
        "approx": (value * 0.95, top * 1.05),
    }.get(fact.qualifier, (value, top))


def claim_figure(mention: QuantityMention, counterpart: FactQuantity,
                 vocab: Vocabulary) -> str:
    """The claim's figure as the claim wrote it, to set beside the article's."""
    words = {"more_than": "more than ", "at_least": "at least ", "less_than": "less than ",
             "at_most": "at most ", "approx": "about ", "by": "by "}
    if mention.dimension == "date":
        words |= {"more_than": "after ", "less_than": "before ", "at_least": "from "}
    # In the unit the claim used: "100 miles", not "160.934 km".
    figure = mention.text if mention.dimension == "time" else format_quantity(
        mention.value / mention.unit_size, mention.source_unit or mention.unit, vocab)
    if mention.high is not None and mention.dimension != "time":
        figure = range_display(mention.value / mention.unit_size,
                               mention.high / mention.unit_size,
                               mention.source_unit or mention.unit, vocab)
    if mention.dimension == "count" and counterpart.label:
        figure += f" {counterpart.label}"
    return words.get(mention.qualifier, "") + figure


def article_figure(fact: FactQuantity) -> str:
    return ("by " if fact.qualifier == "by" else "") + fact.display
