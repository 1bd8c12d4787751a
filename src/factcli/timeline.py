"""Claims that put two events in order: 'the Venus encounter will take place before Juice's
September 2026 pass of Earth', 'Juice will reach Jupiter after the Venus encounter'.

No one fact says such a thing, so no alignment can support it. Each side is an event (a
clause or a noun phrase); its date is the one a fact that states it gives it, as the
verifier's alignment decides: the side with the fact's date added must be what that fact
says ('the Venus encounter in August 2025'), and one date only, unless the side picks one
of a list ('its final Earth flyby') or names its own ('its September 2026 pass'). The two
dates are compared as the stretches of time they allow (a year, a month, a day; 'by July
2031' has no earliest day); when they overlap, or a side has no date, the claim is left to
the verifier. A gap ('a week after', 'shortly before') is not checked, so such a claim is
left too, as is 'before 2030', a bound the verifier checks itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from factcli.text import analyse, read_statement

if TYPE_CHECKING:
    from factcli.index import CompiledFact
    from factcli.quantities import QuantityMention
    from factcli.text import Analysis
    from factcli.vocabulary import Vocabulary

_NEGATION = re.compile(r"\s*\b(?:not|never)\b|n't\b", re.I)
# Closed-class words of English: the pronouns an event may use for the other's subject.
_OWNER_PRONOUNS = frozenset({"its", "their", "his", "her"})
_SUBJECT_PRONOUNS = frozenset({"it", "they", "he", "she"})
_NEVER = float("-inf"), float("inf")

Interval = tuple[float, float]  # the first and last day (proleptic ordinals) a date allows


class Ordering(NamedTuple):
    left: str  # the event said first in the sentence, in the claim's words
    right: str
    before: bool  # the claim puts the left event before the right one
    wording: str  # 'before', 'later than'


class Dated(NamedTuple):
    event: str
    fact: CompiledFact
    date: str  # the article's words for the event's date: 'August 2025', 'by July 2031'
    interval: Interval
    confidence: float  # of the verifier's proof that the fact states the event on that date


class OrderJudgement(NamedTuple):
    ordering: Ordering
    left: Dated
    right: Dated
    holds: bool


@lru_cache(maxsize=8)
def _connectives(vocab: Vocabulary) -> tuple[frozenset[str], re.Pattern[str]]:
    """The first words of the words that order two events ('before', 'prior'), and a
    pattern finding any of them in a text, longest first ('prior to')."""
    words = sorted(vocab.ordering_earlier | vocab.ordering_later, key=len, reverse=True)
    pattern = re.compile(r"\b(?P<word>" + "|".join(re.escape(w) for w in words) + r")\b", re.I)
    return frozenset(w.split()[0] for w in words), pattern


def read_ordering(text: str, reading: Analysis, vocab: Vocabulary) -> Ordering | None:
    """The two events a claim puts in order, if it orders two events and nothing else."""
    first_words, connective = _connectives(vocab)
    if first_words.isdisjoint(reading.tokens):
        return None  # nearly every claim: the only cost to them
    found = list(connective.finditer(text))
    if len(found) != 1:
        return None
    match = found[0]
    wording = match.group("word").lower()
    at = _token_at(reading.tokens, wording)
    if at is None or _orders_no_events(reading, at, vocab):
        return None
    before = wording in vocab.ordering_earlier
    if not text[:match.start()].strip():
        # 'After the Venus encounter, Juice will pass Earth again': the main clause is
        # the event ordered against the opening phrase
        opening, comma, main = text[match.end():].partition(",")
        if not comma:
            return None
        left, right = main, opening
    else:
        left, right = text[:match.start()], text[match.end():]
    left = _NEGATION.sub("", left).strip(" ,;:.")
    right = _NEGATION.sub("", right.split(",")[0]).strip(" ,;:.")
    if not left or not right:
        return None
    said = _with_subject(right, analyse(left, vocab), vocab)
    return None if said is None else Ordering(left, said, before, wording)


def _token_at(tokens: list[str], wording: str) -> int | None:
    words = wording.split()
    return next((i for i in range(len(tokens)) if tokens[i:i + len(words)] == words), None)


def _orders_no_events(reading: Analysis, at: int, vocab: Vocabulary) -> bool:
    """The word at ``at`` orders no two events: 'before 2030' is a bound on a date (not
    'after the June 2023 launch', a date of the noun after it); 'a week after', 'shortly
    before' say how far apart the events are, which no date here can check; 'is
    following' is a verb, 'the following year' an adjective."""
    tokens = reading.tokens
    said = {pos for _, pos in reading.terms}
    if any(q.start == at and q.dimension == "date" and q.end not in said
           for q in reading.quantities):
        return True
    if any(q.end == at for q in reading.quantities):
        return True
    previous = tokens[at - 1] if at else ""
    if tokens[at] == "following" and (previous in vocab.auxiliaries or previous in vocab.be_forms
                                      or previous in vocab.determiners):
        return True  # 'is following the trial run', 'the following year': no preposition
    unit = vocab.units.get(vocab.unit_names.get(previous, ""))
    return previous in vocab.ordering_gaps or (
        unit is not None and unit.dimension == "duration")


def _with_subject(event: str, main: Analysis, vocab: Vocabulary) -> str | None:
    """The event as a statement of its own: 'its final Earth flyby' is Juice's, 'it
    reaches Jupiter' and 'reaching Jupiter' are said of Juice when Juice is the subject of
    the clause it is set against."""
    words = event.split()
    first = words[0].lower()
    reading = analyse(event, vocab)
    pronoun = first in _OWNER_PRONOUNS or first in _SUBJECT_PRONOUNS
    verb_first = reading.predicate_at == 0 and not reading.entities
    if not (pronoun or verb_first):
        return event
    if not main.subject_entities:
        return None
    name = vocab.describe_entity(main.subject_entities[0])
    if first in _OWNER_PRONOUNS:
        return " ".join([f"{name}'s", *words[1:]])
    if first in _SUBJECT_PRONOUNS:
        return " ".join([name, *words[1:]])
    return f"{name} {event}"


def judge_order(ordering: Ordering, vocab: Vocabulary, negated: bool,
                candidates: Callable[[str], Sequence[CompiledFact]],
                stated: Callable[[str, CompiledFact], float | None]) -> OrderJudgement | None:
    """Compare the dates the facts give each event; None when an event has none, or more
    than one, or the dates overlap. ``candidates`` proposes the facts that may state an
    event, ``stated`` how closely one states it (the confidence of the verifier's proof
    that it does; None when it does not)."""
    left = _dated(ordering.left, vocab, candidates, stated)
    right = _dated(ordering.right, vocab, candidates, stated) if left else None
    if left is None or right is None:
        return None
    earlier, later = (left, right) if ordering.before else (right, left)
    if earlier.interval[1] < later.interval[0]:
        holds = True
    elif earlier.interval[0] > later.interval[1]:
        holds = False
    else:
        return None
    return OrderJudgement(ordering, left, right, holds != negated)


def _dated(event: str, vocab: Vocabulary, candidates: Callable[[str], Sequence[CompiledFact]],
           stated: Callable[[str, CompiledFact], float | None]) -> Dated | None:
    """The one date the facts give the event."""
    reading = analyse(event, vocab)
    if not reading.terms:
        return None  # a name alone ('Corvia Rail is') says no event
    own = [q for q in reading.quantities if q.dimension == "date"]
    closeness = {f: c for f in candidates(event) if (c := stated(event, f)) is not None}
    stating = list(closeness)
    if own:
        return _named_dates(event, own, reading, closeness, vocab)
    found = _dates_given(event, stating, stated, vocab, pick=None)
    if not stating:
        # 'its final Earth flyby', when no fact says 'final': the last of the flybys a
        # fact lists (a fact that says 'the first trial run' undated leaves it open)
        # 'its final Earth flyby': the last of the dates a fact lists for the event; 'next'
        # only among dates still to come
        selector = next((w for w in reading.tokens if w in vocab.date_selectors), None)
        if selector is None:
            return None
        plain = re.sub(rf"\s*\b{selector}\b", "", event, count=1, flags=re.I).strip()
        closeness = {f: c for f in candidates(plain) if (c := stated(plain, f)) is not None
                     and not (selector == "next" and f.past)}
        found = _dates_given(plain, list(closeness), stated, vocab,
                             pick=vocab.date_selectors[selector])
    # 'the flyby' in the words of facts that give no date, and dated only by a fact that
    # says 'encounter': the event the claim names is more likely the undated one
    dated = {d.fact for d in found}
    if any(c > closeness[d.fact] for f, c in closeness.items() if f not in dated for d in found):
        return None
    intervals = {d.interval for d in found}
    return found[0]._replace(event=event) if len(intervals) == 1 else None


def _named_dates(event: str, own: list[QuantityMention], reading: Analysis,
                 closeness: dict[CompiledFact, float], vocab: Vocabulary) -> Dated | None:
    """An event that names its date ('its September 2026 pass of Earth'), or the dates of
    several ('its Earth flybys of 2026 and 2029', which span both): a fact that states it,
    dates and all, dates it with them."""
    spans = [date_interval(reading.tokens, mention, vocab) for mention in own]
    known = [span for span in spans if span is not None]
    if not closeness or len(known) < len(spans):
        return None
    words = " and ".join(_words(reading.tokens, mention, vocab) for mention in own)
    fact = max(closeness, key=lambda f: closeness[f])
    return Dated(event, fact, words, (min(s[0] for s in known), max(s[1] for s in known)),
                 closeness[fact])


def _dates_given(event: str, stating: list[CompiledFact],
                 stated: Callable[[str, CompiledFact], float | None], vocab: Vocabulary,
                 pick: str | None) -> list[Dated]:
    """Each stating fact's date for the event: the one of its dates that, added to the
    event, the fact still states; with ``pick``, the earliest or latest of those it lists."""
    found = []
    for fact in stating:
        fitting = [Dated(event, fact, words, span, confidence)
                   for words, span in fact_dates(fact, vocab)
                   if (confidence := stated(f"{event} {_as_adjunct(words)}", fact)) is not None]
        if pick is not None and len(fitting) > 1:
            ordered = sorted(fitting, key=lambda d: d.interval)
            if pick == "first":
                ordered.reverse()
            chosen, others = ordered[-1], ordered[:-1]
            apart = all(d.interval[1] < chosen.interval[0] for d in others) if pick == "last" else (
                all(chosen.interval[1] < d.interval[0] for d in others))
            fitting = [chosen] if apart else fitting
        if len(fitting) > 1:
            return []  # an event the fact dates more than once is not dated by it
        found.extend(fitting)  # a fact may name the event without its date
    return found


def _as_adjunct(words: str) -> str:
    return words if words.split()[0] in ("by", "before", "after", "in", "on") else f"in {words}"


def fact_dates(fact: CompiledFact, vocab: Vocabulary) -> list[tuple[str, Interval]]:
    """The dates a fact gives, in its words, with the days each allows; none from a fact
    that itself puts two events in order (its date may be either's)."""
    reading = read_statement(fact.fact.statement, vocab)
    tokens = reading.tokens
    first_words, connective = _connectives(vocab)
    if not first_words.isdisjoint(tokens) and any(
            connective.fullmatch(t) and not _orders_no_events(reading, i, vocab)
            for i, t in enumerate(tokens)):
        return []
    found = []
    for mention in reading.quantities:
        interval = date_interval(tokens, mention, vocab) if mention.dimension == "date" else None
        if interval is not None:
            found.append((_words(tokens, mention, vocab), interval))
    return found


def _words(tokens: list[str], mention: QuantityMention, vocab: Vocabulary) -> str:
    """A date as a person writes it: 'by July 2031', '4 June 2024'."""
    start = mention.start - 1 if _day_at(tokens, mention.start - 1, vocab) else mention.start
    if mention.qualifier == "exact" and tokens[start] in vocab.prepositions:
        start += 1  # 'in August 2025' is dated August 2025
    return " ".join(t.title() if t in vocab.months else t for t in tokens[start:mention.end])


def _day_at(tokens: list[str], at: int, vocab: Vocabulary) -> bool:
    """A day of the month stands at ``at``, before its month ('4 June')."""
    return at >= 0 and at + 1 < len(tokens) and tokens[at].isdigit() and (
        1 <= int(tokens[at]) <= 31) and tokens[at + 1] in vocab.months


def date_interval(tokens: list[str], mention: QuantityMention,
                  vocab: Vocabulary) -> Interval | None:
    """The days a date allows: a year, a month of it, a day; a part of the year ('the
    autumn of 2023') the months it spans; 'by July 2031' every day up to the end of July,
    'before 2030' every day before it. None for what is not a date or only near one
    ('around 2030')."""
    if mention.dimension != "date" or mention.qualifier == "approx":
        return None
    first_year = int(mention.value)
    last_year = int(mention.high) if mention.high is not None else first_year
    if not 1 <= first_year <= last_year <= 9998:
        return None
    months = [i for i in range(mention.start, mention.end) if tokens[i] in vocab.months]
    period = _period(tokens, mention, vocab)
    try:
        if mention.high is not None or len(months) > 1:
            first, last = date(first_year, 1, 1), date(last_year, 12, 31)
        elif months:
            month = vocab.month_numbers[tokens[months[0]][:3]]
            first, last = date(first_year, month, 1), _month_end(first_year, month)
            if _day_at(tokens, months[0] - 1, vocab):  # '4 June 2024'
                first = last = date(first_year, month, int(tokens[months[0] - 1]))
        elif period is not None:
            first, last = period
            return _bounded(float(first.toordinal()), float(last.toordinal()),
                            mention.qualifier, fuzzy=True)
        else:
            first, last = date(first_year, 1, 1), date(first_year, 12, 31)
    except ValueError:
        return None  # '31 June'
    return _bounded(float(first.toordinal()), float(last.toordinal()), mention.qualifier)


def _month_end(year: int, month: int) -> date:
    return date.fromordinal(date(year + month // 12, month % 12 + 1, 1).toordinal() - 1)


def _period(tokens: list[str], mention: QuantityMention,
            vocab: Vocabulary) -> tuple[date, date] | None:
    """'early 2028', 'the autumn of 2023': the first and last day of the months spanned (a
    winter runs into the next year, or from the last one: both are allowed)."""
    near = tokens[max(0, mention.start - 2):mention.end]
    word = next((t for t in reversed(near) if t in vocab.periods), None)
    if word is None:
        return None
    year = int(mention.value)
    spanned = sorted(vocab.month_numbers[m] for m in vocab.periods[word])
    if 1 in spanned and 12 in spanned:
        return date(year - 1, 12, 1), _month_end(year + 1, 2)
    return date(year, spanned[0], 1), _month_end(year, spanned[-1])


def _bounded(first: float, last: float, qualifier: str, fuzzy: bool = False) -> Interval | None:
    """The days a date allows once its comparator is applied. A part of a year is
    ``fuzzy``: 'before the end of 2030' is before some day of its last months, not before
    they all begin, so only its far edge bounds the date."""
    if qualifier in ("by", "at_most"):
        return _NEVER[0], last
    if qualifier == "less_than":
        return _NEVER[0], (last if fuzzy else first) - 1
    if qualifier == "more_than":
        return (first if fuzzy else last) + 1, _NEVER[1]
    if qualifier == "at_least":
        return first, _NEVER[1]
    return (first, last) if qualifier == "exact" else None
