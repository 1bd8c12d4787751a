"""Claims that put two events in order: 'the Venus encounter will take place before Juice's
September 2026 pass of Earth', 'Juice will reach Jupiter after the Venus encounter'.

No one fact says such a thing, so no alignment can support it. Each side is an event (a
clause or a noun phrase); its date is the one a fact that states it gives it, as the
verifier's alignment decides: the side with the fact's date added must be what that fact
says ('the Venus encounter in August 2025'), and one date only, unless the side picks one
of a list ('its final Earth flyby') or names its own ('its September 2026 pass'). The two
dates are compared as the stretches of time they allow (a year, a month, a day; 'by July
2031' has no earliest day); when they overlap, or a side has no date, the claim is left to
the verifier, as is 'before 2030', a bound the verifier checks itself.

A claim may say how far apart the events are ('a week after', 'less than three years
before', 'just a few hours after'): the gap is checked against every gap the two dates
allow (a month allows any of its days; a clock time on a day, given by both facts in the
same time zone, makes the gap exact), and decided only when all of them agree with it. A
vague gap ('shortly after') is not checked. Days named without their year ('on 20
August') are taken to be of one year when they are close together, and are set only
against each other. Two events may be set apart either way round ('were 25 hours apart',
'fell on consecutive days'); the dates say which came first.

A fact's date is an event's only when nothing the event lacks is named between them
('the Moon pass lined Juice up for its approach to Earth, at 3:26' dates the approach).
What a fact dates in a clause of purpose comes after 'these' events of the fact before it
('each of these flybys adds momentum that Juice needs to arrive by July 2031'). A name
alone ('after Venus') stands for an event like the other side's, with the date the store
labels as its. An event picked from a list ('its next pass', 'the final test run') is
picked from the dates one fact lists and the store labels as the event's, when no other
fact may hold an earlier or later one. A fact that itself orders the two events, or tells
them in sequence ('then', 'a day later'), is read side by side with the claim
(``order_stated``).
"""

from __future__ import annotations

import itertools
import math
import re
from collections.abc import Callable, Sequence
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, NamedTuple

from factcli.quantities import read_quantity
from factcli.text import analyse, and_list, fold, read_statement, tokenise

if TYPE_CHECKING:
    from factcli.index import CompiledFact
    from factcli.quantities import QuantityMention
    from factcli.text import Analysis
    from factcli.vocabulary import Vocabulary

_NEGATION = re.compile(r"\s*\b(?:not|never)\b|n't\b", re.I)
# Closed-class words of English: the pronouns an event may use for the other's subject.
_OWNER_PRONOUNS = frozenset({"its", "their", "his", "her"})
_SUBJECT_PRONOUNS = frozenset({"it", "they", "he", "she"})
_PERFECT = frozenset({"has", "have", "had"})  # before a participle: 'has carried out'
_PAST_BE = frozenset({"was", "were"})
_NEVER = float("-inf"), float("inf")
# How surely a date the store says measures something of a name ('Venus flyby') dates
# the event the name stands for: as surely as the verifier takes such a label.
_MEASURE_CONFIDENCE = 0.85

Interval = tuple[float, float]  # the first and last day (proleptic ordinals) a date allows
Preceding = Callable[["CompiledFact"], "CompiledFact | None"]  # the fact before one in the store
# The year days named without one ('on 20 August') are set in: a leap year, so that 29
# February is a day.
_SOME_YEAR = 2000
# How far apart two days without their year may be and still be read as of one year.
_SAME_YEAR_DAYS = 90
_DAYS_A_YEAR = 365.25  # durations are read in years
_MINUTES_A_DAY = 1440.0
# A gap claimed 'slightly more than a day' is borne out within this share of its bound.
_NEAR_SHARE = 0.1
# How many days a span of whole months may differ from as many mean months, and a year
# from a mean year.
_MONTH_SLACK = 2.5
_YEAR_SLACK = 0.75


class Gap(NamedTuple):
    """How far apart a claim puts two events, in days: the gaps that bear it out
    (``surely``; none for a vague count) and the gaps it can mean at all (``possibly``)."""
    surely: Interval | None
    possibly: Interval
    wording: str  # 'a week', 'slightly less than a day'
    calendar_slack: float  # days a month or a year may be longer or shorter than its mean
    calendar_days: bool  # 'the day after': counted in days of the calendar, not in hours
    # 'more than a day' leaves out a day itself, 'less than a day' too: the ends of
    # ``possibly`` a gap cannot be
    open_ends: tuple[bool, bool] = (False, False)


class Ordering(NamedTuple):
    left: str  # the event said first in the sentence, in the claim's words
    right: str
    before: bool  # the claim puts the left event before the right one
    wording: str  # 'before', 'later than', 'a week after'
    gap: Gap | None = None
    either_way: bool = False  # 'A and B were 25 hours apart': the dates say which is first
    both: bool = False  # 'its two flybys were two years apart': the left side names both


class Dated(NamedTuple):
    event: str
    fact: CompiledFact
    date: str  # the article's words for the event's date: 'August 2025', 'by July 2031'
    interval: Interval
    confidence: float  # of the verifier's proof that the fact states the event on that date
    yearless: bool = False  # 'on 20 August': a day of some year the fact does not give
    # minutes after midnight, the words naming its time zone, and the time as written
    clock: tuple[float, tuple[str, ...], str] | None = None


class Occasions(NamedTuple):
    """A claim of how many more times an event happens: 'Juice will pass Earth twice
    more', 'only one more Earth flyby'."""
    event: str  # the claim without its count: 'Juice will pass Earth'
    times: int
    wording: str  # 'twice more', 'only one more'


class OccasionJudgement(NamedTuple):
    occasions: Occasions
    fact: CompiledFact
    dates: list[str]  # the dates the fact lists for the event, in its words
    holds: bool


class Selection(NamedTuple):
    """A claim that dates one event picked from several: 'Juice's final Earth flyby is in
    January 2029', 'after the Venus encounter, its next pass of Earth is in September
    2026'."""
    event: str  # with the word that picks it, without its date: 'Juice's next pass of Earth'
    said: str  # the event with its verbs: 'Juice's next pass of Earth is scheduled'
    picking: str  # the word that picks it: 'next'
    date: str  # the claim's date, as a person writes it
    interval: Interval
    frame: Ordering | None  # 'after the Venus encounter': the event is picked after it


class SelectionJudgement(NamedTuple):
    selection: Selection
    picked: Dated
    bound: Dated | None  # the frame's event, dated
    holds: bool


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
    if at is None:
        return None
    gap = _claimed_gap(reading.tokens, at, vocab)
    if gap is None and _orders_no_events(reading, at, vocab):
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
        if gap is not None:
            left = _without_last_words(left, gap.wording)
    left = _event_only(_NEGATION.sub("", left).strip(" ,;:."), vocab)
    right = _event_only(_NEGATION.sub("", right.split(",")[0]).strip(" ,;:."), vocab)
    if not left or not right or (gap is not None and not text[:match.start()].strip()):
        return None
    said = _with_subject(right, analyse(left, vocab), vocab)
    if said is None:
        return None
    return Ordering(left, said, before, f"{gap.wording} {wording}" if gap else wording, gap)


def _event_only(side: str, vocab: Vocabulary) -> str:
    """'Juice's Venus encounter will come' is the encounter: a verb that only says that an
    event happens, and auxiliaries ('the two passes were'), add nothing to the event."""
    words = side.split()
    folded = [word.lower() for word in words]
    end = next((len(words) - len(phrase.split()) for phrase in vocab.happening
                if folded[-len(phrase.split()):] == phrase.split()), len(words))
    while end > 0 and folded[end - 1] in vocab.auxiliaries:
        end -= 1
    return " ".join(words[:end]).strip(" ,") or side


@lru_cache(maxsize=8)
def _gap_endings(vocab: Vocabulary) -> tuple[str, ...]:
    """The last words of a claim that sets two events apart: 'apart', 'days' (of 'on
    consecutive days')."""
    return tuple(sorted(set(vocab.apart) | {tokenise(p)[-1] for p in vocab.next_days}))


def sets_apart(text: str, vocab: Vocabulary) -> bool:
    """The claim is one statement of the gap between two events ('the launch and the
    inspection were a year apart'), not two clauses joined by its 'and'."""
    if not text.rstrip(" .!").lower().endswith(_gap_endings(vocab)):
        return False  # nearly every claim: the only cost to them
    return read_apart(text, analyse(text, vocab), vocab) is not None


def read_apart(text: str, reading: Analysis, vocab: Vocabulary) -> Ordering | None:
    """Two events a claim sets a gap between without saying which comes first: 'the
    closest approaches to the Moon and to Earth were 25 hours apart', 'Juice's passes by
    the Moon and by Earth fell on consecutive days'."""
    tokens = reading.tokens
    if not tokens or tokens[-1] not in _gap_endings(vocab):
        return None  # nearly every claim: the only cost to them
    words = text.rstrip(" .!").split()
    if tokens[-1] in vocab.apart:
        gap = _claimed_gap(tokens, len(tokens) - 1, vocab)
        if gap is None:
            return None
        wording = f"{gap.wording} {tokens[-1]}"
        events = _without_last_words(" ".join(words[:-1]), gap.wording)
    else:
        phrase = next((p for p in vocab.next_days
                       if tokens[-len(tokenise(p)):] == tokenise(p)), None)
        if phrase is None:
            return None
        gap, wording = Gap((1.0, 1.0), (1.0, 1.0), phrase, 0.0, True), f"on {phrase}"
        events = _without_last_words(" ".join(words[:-len(phrase.split())]), "on")
    first, joined, second = _event_only(events, vocab).partition(" and ")
    if not joined:
        return _read_pair(first, wording, gap, vocab)
    if " and " in second or "," in first or not first or not second:
        return None  # two events, not a list of more
    opening = second.split()[0].lower()
    if opening in vocab.prepositions:
        # 'the closest approaches to the Moon and to Earth': the approaches to Earth
        head = first.lower().rfind(f" {opening} ")
        if head < 0:
            return None
        second = f"{first[:head]} {second}"
    else:
        said = _with_subject(second, analyse(first, vocab), vocab)
        if said is None:
            return None
        second = said
    return Ordering(first, second, True, wording, gap, either_way=True)


def _read_pair(events: str, wording: str, gap: Gap, vocab: Vocabulary) -> Ordering | None:
    """'Juice's two Earth flybys after Venus' (were two years apart): the events counted
    two, without their count."""
    words = events.split()
    counts = [i for i, word in enumerate(words)
              if vocab.number_words.get(word.lower()) == 2 or word == "2"]
    if len(counts) != 1:
        return None
    named = " ".join(words[:counts[0]] + words[counts[0] + 1:])
    return Ordering(named, "", True, wording, gap, either_way=True, both=True)


def _without_last_words(text: str, wording: str) -> str:
    """The text without the words of ``wording`` it ends with ('came a week' without 'a
    week'); empty when it does not end with them."""
    words, cut = text.split(), len(wording.split())
    return " ".join(words[:-cut]) if fold(" ".join(words[-cut:])) == wording else ""


def _claimed_gap(tokens: list[str], at: int, vocab: Vocabulary) -> Gap | None:
    """The gap said just before the word at ``at``: a figure of time ('25 hours', 'less
    than three years', 'about two and a half years'), one unit ('a week', 'slightly less
    than a day'), a vague count of units ('a few hours'), or 'the day' (after)."""
    # read afresh, as a figure after a name can be read as part of it ('Earth two days')
    figure = next((q for i in range(max(0, at - 6), at)
                   if (q := read_quantity(vocab, tokens, i)) is not None
                   and q.end == at and q.dimension == "duration"), None)
    unit = vocab.units.get(vocab.unit_names.get(tokens[at - 1], "")) if at else None
    if figure is not None:
        value, step, size, qualifier, start = (
            figure.value, figure.step, figure.unit_size, figure.qualifier, figure.start)
    elif unit is not None and unit.dimension == "duration" and unit.factor and at >= 2:
        size = value = step = unit.factor
        start, count = at - 2, tokens[at - 2]
        if count == "the" and unit.id == "days":
            return Gap((1.0, 1.0), (1.0, 1.0), "the day", 0.0, True)
        if count in vocab.gap_vague:
            least, most = vocab.gap_vague[count]
            start -= start > 0 and tokens[start - 1] in ("a", "an")
            start -= start > 0 and tokens[start - 1] in vocab.gap_near
            days = _DAYS_A_YEAR * size
            return Gap(None, (least * days, most * days), " ".join(tokens[start:at]), 0.0,
                       False)
        if count not in ("a", "an"):
            return None
        qualifier, start = _comparator_before(tokens, start, vocab)
    else:
        return None
    if qualifier == "by":
        return None  # 'by 25 hours' measures a difference, not the gap
    start -= start > 0 and tokens[start - 1] in vocab.gap_near
    near = tokens[start] in vocab.gap_near
    days, top = _DAYS_A_YEAR * value, _DAYS_A_YEAR * value
    rounding = _DAYS_A_YEAR * min(step, size) / 2
    possibly: Interval = {
        "more_than": (top, math.inf), "at_least": (days, math.inf),
        "less_than": (0.0, days), "at_most": (0.0, days),
        "approx": (days - min(rounding, days * 0.1), top + min(rounding, days * 0.1)),
    }.get(qualifier, (days - rounding, top + rounding))
    surely: Interval = possibly
    if near and qualifier in ("more_than", "at_least"):
        surely = (possibly[0], possibly[0] * (1 + _NEAR_SHARE))
    elif near and qualifier in ("less_than", "at_most"):
        surely = (possibly[1] * (1 - _NEAR_SHARE), possibly[1])
    # a month is 28 to 31 days, a year 365 or 366: no gap near the bound is decided
    month = vocab.units["months"].factor or 0.0
    slack = _MONTH_SLACK + _YEAR_SLACK * value if size >= month else 0.0
    open_ends = (qualifier == "more_than", qualifier == "less_than")
    return Gap(surely, possibly, " ".join(tokens[start:at]), slack, False, open_ends)


def stated_gap(statement: str, vocab: Vocabulary) -> Gap | None:
    """The gap a fact that tells two events in sequence says between them ('the Moon
    pass lined Juice up for its approach to Earth slightly more than a day later'), or
    that orders them with a gap ('the fund opened two weeks after the floods')."""
    tokens = read_statement(statement, vocab).tokens
    at = next((i for i, token in enumerate(tokens) if token in vocab.sequence), None)
    if at is not None:
        return _claimed_gap(tokens, at, vocab)
    said = read_ordering(statement, analyse(statement, vocab), vocab)
    return None if said is None else said.gap


def gap_told(claimed: Gap, stated: Gap) -> bool | None:
    """Whether a gap a fact tells ('slightly more than a day later') bears the claimed one
    out (every gap it means is one the claim allows, or the two agree on the middle), cannot
    be it (no gap is both: 'a few hours', 'less than a day'), or neither (None)."""
    (low, high), (other_low, other_high) = claimed.possibly, stated.possibly
    if high < other_low or other_high < low or (
            high == other_low and (claimed.open_ends[1] or stated.open_ends[0])) or (
            other_high == low and (stated.open_ends[1] or claimed.open_ends[0])):
        return False
    told_low, told_high = stated.surely or stated.possibly
    if low <= told_low and told_high <= high:
        return True
    # 'about two weeks' against 'two weeks later': each gap's middle is one the other allows
    told_middle, claimed_middle = (told_low + told_high) / 2, (low + high) / 2
    return True if low <= told_middle <= high and (
        other_low <= claimed_middle <= other_high) else None


def without_gap(text: str, ordering: Ordering, vocab: Vocabulary) -> str | None:
    """The claim without the gap it says ('came a few hours after' as 'came after'), to
    find the fact that tells the same two events in sequence."""
    if ordering.gap is None or ordering.either_way:
        return None
    match = _connectives(vocab)[1].search(text)
    if match is None:
        return None
    before = _without_last_words(text[:match.start()].rstrip(), ordering.gap.wording)
    return f"{before} {text[match.start():]}" if before else None


def _comparator_before(tokens: list[str], at: int, vocab: Vocabulary) -> tuple[str, int]:
    """The comparator that ends just before ``at`` ('less than' a day) and where it
    starts; 'exact' and ``at`` when there is none."""
    for start in range(max(0, at - 4), at):
        for phrase, qualifier in vocab.comparators.get(tokens[start], ()):
            if start + len(phrase) == at and tuple(tokens[start:at]) == phrase:
                return qualifier, start
    return "exact", at


def _token_at(tokens: list[str], wording: str) -> int | None:
    words = wording.split()
    return next((i for i in range(len(tokens)) if tokens[i:i + len(words)] == words), None)


def _orders_no_events(reading: Analysis, at: int, vocab: Vocabulary) -> bool:
    """The word at ``at`` orders no two events: 'before 2030', 'no later than 2030' are
    bounds on a date (not 'after the June 2023 launch', a date of the noun after it);
    'shortly before', 'long after' say how far apart the events are in words no date can
    check; 'is following' is a verb, 'the following year' an adjective."""
    tokens = reading.tokens
    said = {pos for _, pos in reading.terms}
    # ('no later than the end of 2026': the word is inside the date's own comparator)
    if any(q.start <= at < q.end and q.dimension == "date" and q.end not in said
           for q in reading.quantities):
        return True
    if any(q.end == at and q.dimension != "date" for q in reading.quantities):
        return True  # '25 hours after': a gap ('in 2023 after the incidents' dates the first)
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
    # 'before reaching Jupiter': after a preposition a verb with no subject is in -ing,
    # and its subject is the other clause's ('before engineers made changes' has its own)
    verb_first = first.endswith("ing") and all(at > 0 for _, at in reading.entities) and any(
        at == 0 for _, at in reading.terms)
    if not (pronoun or verb_first):
        return event
    # 'Juice's Venus encounter came before its Earth flyby': whose the subject is, is whose
    # the other thing is (Venus only says which encounter)
    owner = next((entity for entity, at in main.entities
                  if main.tokens[(end := main.entity_ends.get(at, at + 1)):end + 1] == ["s"]
                  and (main.predicate_at is None or at < main.predicate_at)), None)
    if owner is None and main.subject_entities:
        owner = main.subject_entities[0]
    if owner is None:
        return None
    name = vocab.describe_entity(owner)
    if first in _OWNER_PRONOUNS:
        return " ".join([f"{name}'s", *words[1:]])
    if first in _SUBJECT_PRONOUNS:
        return " ".join([name, *words[1:]])
    return f"{name} {event}"


def judge_order(ordering: Ordering, vocab: Vocabulary, negated: bool,
                candidates: Callable[[str], Sequence[CompiledFact]],
                stated: Callable[[str, CompiledFact], float | None],
                preceding: Preceding | None = None) -> OrderJudgement | None:
    """Compare the dates the facts give each event; None when an event has none, or more
    than one, or the dates overlap. ``candidates`` proposes the facts that may state an
    event, ``stated`` how closely one states it (the confidence of the verifier's proof
    that it does; None when it does not), ``preceding`` the fact before one in the store
    (see ``_after_its_means``). A claimed gap is checked against the gaps the dates allow
    (see ``gap_holds``)."""
    if ordering.both:
        return _judge_pair(ordering, vocab, negated, candidates, stated, preceding)
    days = ordering.gap is not None
    left = _dated(ordering.left, vocab, candidates, stated, days, beside=ordering.right)
    right = _dated(ordering.right, vocab, candidates, stated, days,
                   beside=ordering.left) if left else None
    if left is None or right is None:
        return None
    if preceding is not None:
        left, right = (_after_its_means(left, vocab, preceding),
                       _after_its_means(right, vocab, preceding))
    if left.fact == right.fact and left.date == right.date:
        # 'the Moon pass lined Juice up for its approach to Earth on 21 August' names both
        # events and gives one of them that date: which one, its words do not say
        return None
    earlier, later = (left, right) if ordering.before else (right, left)
    if ordering.either_way:
        first = _first_of(left, right)
        if first is None:
            return None
        earlier, later = (left, right) if first is left else (right, left)
    if ordering.gap is not None:
        held = gap_holds(ordering.gap, earlier, later)
        return None if held is None else OrderJudgement(ordering, left, right, held != negated)
    if earlier.interval[1] < later.interval[0]:
        holds = True
    elif earlier.interval[0] > later.interval[1]:
        holds = False
    else:
        return None
    return OrderJudgement(ordering, left, right, holds != negated)


def _judge_pair(ordering: Ordering, vocab: Vocabulary, negated: bool,
                candidates: Callable[[str], Sequence[CompiledFact]],
                stated: Callable[[str, CompiledFact], float | None],
                preceding: Preceding | None) -> OrderJudgement | None:
    """The gap between the two dates one fact lists for events counted two ('Juice's two
    Earth flybys after Venus'); None unless it lists exactly two, in the frame if any."""
    frame = read_ordering(ordering.left, analyse(ordering.left, vocab), vocab)
    event = frame.left if frame is not None else ordering.left
    listed = _listed(event, frame, vocab, candidates, stated, preceding)
    if listed is None or len(listed[1]) != 2 or ordering.gap is None:
        return None
    fact, given = listed
    if any(other.past and stated(event, other) is not None for other in candidates(event)):
        # one already done ('Juice's Earth flyby' of August 2024) may be one of the two,
        # unless both must come after something still to come
        bound = _dated(frame.right, vocab, candidates, stated, days=False,
                       beside=event) if frame is not None and not frame.before else None
        if bound is None or bound.fact.past:
            return None
    confidence = stated(event, fact) or 0.0
    earlier, later = sorted((Dated(event, fact, words, span, confidence)
                             for words, span in given), key=lambda dated: dated.interval)
    held = gap_holds(ordering.gap, earlier, later)
    return None if held is None else OrderJudgement(ordering, earlier, later, held != negated)


def _after_its_means(dated: Dated, vocab: Vocabulary, preceding: Preceding) -> Dated:
    """'Each of these flybys adds momentum that Juice needs to arrive at Jupiter by July
    2031': what a fact dates in a clause of purpose comes after the events it names as the
    means ('these flybys'), which are those of the fact before it in the same section —
    the arrival comes after the last date that fact gives them."""
    fact = dated.fact
    if not fact.purposes:
        return dated  # nearly every fact
    reading = read_statement(fact.fact.statement, vocab)
    subject_end = reading.predicate_at
    purpose_at = min((pos for term, pos in reading.terms if term in fact.purposes),
                     default=None)
    dates_at = [q.start for q in reading.quantities if q.dimension == "date"]
    if (subject_end is None or purpose_at is None or len(dates_at) != 1
            or dates_at[0] < purpose_at
            or vocab.referring_back.isdisjoint(reading.tokens[:subject_end])):
        return dated  # the date is not the purpose's, or the means are not the fact before's
    before = preceding(fact)
    if before is None or before.fact.section != fact.fact.section:
        return dated
    means = fact_dates(before, vocab)
    # every date there is one of 'these flybys', as far as the store's labels say
    means_named = frozenset(term for term, at in reading.terms if at < subject_end)
    if not means or any(math.isinf(span[1]) for _, span in means) or not all(
            _measures(before, Dated("", before, words, span, 0.0), means_named)
            for words, span in means):
        return dated
    words, (_, last) = max(means, key=lambda mean: mean[1][1])
    if last + 1 <= dated.interval[0]:
        return dated
    return dated._replace(interval=(last + 1, dated.interval[1]),
                          date=f"{dated.date}, after {words}")


def _first_of(one: Dated, other: Dated) -> Dated | None:
    """The event of the two that comes first: by their days, or on one day by the times
    the facts give in one time zone; None when the dates overlap."""
    if one.interval[1] < other.interval[0]:
        return one
    if other.interval[1] < one.interval[0]:
        return other
    if one.interval == other.interval and one.interval[0] == one.interval[1] and (
            one.clock and other.clock and one.clock[1] == other.clock[1]
            and one.clock[0] != other.clock[0]):
        return one if one.clock[0] < other.clock[0] else other
    return None


def gap_holds(gap: Gap, earlier: Dated, later: Dated) -> bool | None:
    """Whether every gap the two dates allow, from ``earlier`` to ``later``, bears the
    claimed gap out (True) or none can (False); None when some do and some do not, or the
    dates cannot be set against each other (a day without its year against a year)."""
    if earlier.yearless != later.yearless:
        return None
    if gap.calendar_days:
        apart = (later.interval[0] - earlier.interval[1], later.interval[1] - earlier.interval[0])
    elif earlier.clock and later.clock and earlier.clock[1] == later.clock[1] and (
            earlier.interval[0] == earlier.interval[1] and later.interval[0] == later.interval[1]):
        moment = (later.interval[0] - earlier.interval[0]
                  + (later.clock[0] - earlier.clock[0]) / _MINUTES_A_DAY)
        apart = moment, moment
    else:  # any moment of the first day to any of the last
        apart = (later.interval[0] - earlier.interval[1] - 1,
                 later.interval[1] + 1 - earlier.interval[0])
    if any(math.isnan(end) for end in apart):
        return None
    if earlier.yearless and max(abs(end) for end in apart) > _SAME_YEAR_DAYS:
        return None  # '20 August' and '3 March' may be of different years
    low, high = apart[0] - gap.calendar_slack, apart[1] + gap.calendar_slack
    if gap.surely is not None and gap.surely[0] <= low and high <= gap.surely[1]:
        return True
    if high < gap.possibly[0] or low > gap.possibly[1]:
        return False
    return None


def _dated(event: str, vocab: Vocabulary, candidates: Callable[[str], Sequence[CompiledFact]],
           stated: Callable[[str, CompiledFact], float | None], days: bool,
           within: Interval = _NEVER, beside: str = "",
           past_outside: bool = False) -> Dated | None:
    """The one date the facts give the event; with ``days``, also a day named without its
    year, and its time of day. An event picked from a list ('its next pass') is picked
    among the dates ``within`` a stretch ('after the Venus encounter'; see ``_picked``).
    A name alone stands for an event like the one it is set ``beside`` (see
    ``_measured``)."""
    reading = analyse(event, vocab)
    if not reading.terms:
        return _measured(event, reading, beside, vocab, candidates)
    own = [q for q in reading.quantities if q.dimension == "date"]
    closeness = {f: c for f in candidates(event) if (c := stated(event, f)) is not None}
    stating = list(closeness)
    if own:
        return _named_dates(event, own, reading, closeness, vocab)
    found = _dates_given(event, stating, stated, vocab, days)
    if not stating:
        # 'its final Earth flyby', when no fact says 'final': the last of the flybys a
        # fact lists (a fact that says 'the first trial run' undated leaves it open);
        # 'next' only among dates still to come
        selector = next((w for w in reading.tokens if w in vocab.date_selectors), None)
        if selector is None:
            return None
        plain = re.sub(rf"\s*\b{selector}\b", "", event, count=1, flags=re.I).strip()
        # 'next' picks among what is still to come, 'previous' among what is done
        closeness = {f: c for f in candidates(plain) if (c := stated(plain, f)) is not None
                     and not (selector in vocab.selects_to_come and _done(f, vocab))
                     and not (selector in vocab.selects_done and not _done(f, vocab))}
        found = _picked(plain, list(closeness), stated, vocab, vocab.date_selectors[selector],
                        days, within, past_outside)
    # 'the flyby' in the words of facts that give no date, and dated only by a fact that
    # says 'encounter': the event the claim names is more likely the undated one
    dated = {d.fact for d in found}
    if any(c > closeness[d.fact] for f, c in closeness.items() if f not in dated for d in found):
        return None
    intervals = {d.interval for d in found}
    return found[0]._replace(event=event) if len(intervals) == 1 else None


def _measured(event: str, reading: Analysis, beside: str, vocab: Vocabulary,
              candidates: Callable[[str], Sequence[CompiledFact]]) -> Dated | None:
    """'Juice will pass Earth twice more after Venus': a name alone, set beside an event
    that names another thing of its kind (Earth, a planet, as Venus is), stands for that
    event with it in the other's place — dated by the one date the store says measures
    something of the name ('Venus flyby': August 2025). A name with no such date, or with
    two, or beside no event with a name of its kind, says no event ('Corvia Rail is')."""
    if len(reading.entities) != 1:
        return None
    entity, at = reading.entities[0]
    if any(word not in vocab.determiners for word in reading.tokens[:at]) or (
            reading.entity_ends.get(at, at + 1) != len(reading.tokens)):
        return None  # more than the name
    kind = vocab.entities[entity].kind
    if not any(other != entity and vocab.entities[other].kind == kind
               for other, _ in analyse(beside, vocab).entities):
        return None
    found = [Dated(event, fact, words, span, _MEASURE_CONFIDENCE)
             for fact in candidates(event) for quantity in fact.quantities
             if quantity.dimension == "date" and entity in quantity.measure
             for words, span in fact_dates(fact, vocab)
             if date.fromordinal(int(span[1] if math.isfinite(span[1]) else span[0])).year
             == int(quantity.value)]
    return found[0] if len(found) == 1 else None


def _named_dates(event: str, own: list[QuantityMention], reading: Analysis,
                 closeness: dict[CompiledFact, float], vocab: Vocabulary) -> Dated | None:
    """An event that names its date ('its September 2026 pass of Earth'), or the dates of
    several ('its Earth flybys of 2026 and 2029', which span both): a fact that states it,
    dates and all, dates it with them."""
    spans = [date_interval(reading.tokens, mention, vocab) for mention in own]
    known = [span for span in spans if span is not None]
    if not closeness or len(known) < len(spans):
        return None
    words = " and ".join(date_words(reading.tokens, mention, vocab) for mention in own)
    fact = max(closeness, key=lambda f: closeness[f])
    return Dated(event, fact, words, (min(s[0] for s in known), max(s[1] for s in known)),
                 closeness[fact])


def _dates_given(event: str, stating: list[CompiledFact],
                 stated: Callable[[str, CompiledFact], float | None], vocab: Vocabulary,
                 days: bool) -> list[Dated]:
    """Each stating fact's date for the event: the one of its dates that, added to the
    event, the fact still states."""
    found = []
    for fact in stating:
        fitting = _fitting(event, fact, stated, vocab, days)
        if len(fitting) > 1:
            return []  # an event the fact dates more than once is not dated by it
        found.extend(fitting)  # a fact may name the event without its date
    return found


def _fitting(event: str, fact: CompiledFact,
             stated: Callable[[str, CompiledFact], float | None], vocab: Vocabulary,
             days: bool) -> list[Dated]:
    """The fact's dates that, added to the event, the fact still states."""
    given = [Dated(event, fact, words, span, 0.0) for words, span in fact_dates(fact, vocab)]
    if days:
        given += _days_without_year(fact, vocab)
    return [dated._replace(confidence=confidence, date=_with_clock(dated)) for dated in given
            if _attached(event, dated, vocab)
            and (confidence := stated(f"{event} {_as_adjunct(dated.date)}", fact)) is not None]


def _attached(event: str, dated: Dated, vocab: Vocabulary) -> bool:
    """The fact's date is said of the event, not of another the fact names between them:
    in 'the Moon pass lined Juice up for its approach to Earth a day later, at 3:26 a.m.
    on 21 August' the time is the approach's, as a word and a name the Moon pass lacks
    ('approach to Earth') stand between it and the pass ('launched from Kourou in 2023'
    has only a name between)."""
    reading = read_statement(dated.fact.fact.statement, vocab)
    starts = [q.start for q in reading.quantities
              if q.dimension == ("time" if dated.clock else "date")]
    written = tokenise(dated.date)
    starts += [at for at in range(len(reading.tokens))
               if reading.tokens[at:at + len(written)] == written]
    if not starts:
        return True
    at = min(starts)
    own = _content(event, vocab)
    said = [*reading.terms, *reading.entities]
    before = [pos for key, pos in said if key in own and pos < at]
    if not before:
        return True
    between = [(key, pos) for key, pos in said if max(before) < pos < at and key not in own]
    names = {pos for key, pos in between if key in reading.entity_ids}
    return not any(pos < name for key, pos in between if pos not in names for name in names)


def _picked(event: str, stating: list[CompiledFact],
            stated: Callable[[str, CompiledFact], float | None], vocab: Vocabulary,
            pick: str, days: bool, within: Interval, past_outside: bool) -> list[Dated]:
    """The earliest or latest (``pick``) of the dates ``within`` a stretch that one fact
    lists for the event ('pass again in September 2026 and January 2029'). Another fact
    dating the event in the stretch, or stating it undated, may be of another one, earlier
    or later: it leaves the pick open, unless it is done and the list is still to come
    (so before them all: not the last) — or the stretch starts after what is done
    (``past_outside``)."""
    inside = {fact: [d for d in _fitting(event, fact, stated, vocab, days)
                     if within[0] <= d.interval[0] and d.interval[1] <= within[1]]
              for fact in stating}
    lists = [fact for fact, dates in inside.items() if len(dates) >= 2]
    if len(lists) != 1:
        return []
    listing = lists[0]
    named = _content(event, vocab)
    if not all(_measures(listing, dated, named) for dated in inside[listing]):
        return []  # 'its final encounter' against dates the store says are of Earth flybys
    for other in stating:
        if other is listing or (past_outside and _done(other, vocab)):
            continue
        if inside[other]:
            return []
        dated_outside = bool(_fitting(event, other, stated, vocab, days))
        before_all = _done(other, vocab) and listing.status == "prospective"
        after_all = _done(listing, vocab) and other.status == "prospective"
        if not (dated_outside or (before_all if pick == "last" else after_all)):
            return []
    ordered = sorted(inside[listing], key=lambda dated: dated.interval)
    chosen, others = (ordered[-1], ordered[:-1]) if pick == "last" else (ordered[0], ordered[1:])
    apart = all(d.interval[1] < chosen.interval[0] if pick == "last"
                else chosen.interval[1] < d.interval[0] for d in others)
    return [chosen] if apart else []


def _measures(fact: CompiledFact, dated: Dated, named: frozenset[str]) -> bool:
    """The store's label for the fact's date ('second Earth flyby') shares a word or a
    name with the event (``named``); so does a date the store does not label."""
    first = dated.interval[0] if math.isfinite(dated.interval[0]) else dated.interval[1]
    year = date.fromordinal(int(first)).year
    labelled = [q for q in fact.quantities
                if q.dimension == "date" and q.label and int(q.value) == year]
    return not labelled or any(q.measure & named for q in labelled)


def _done(fact: CompiledFact, vocab: Vocabulary) -> bool:
    """The fact tells of something done: in the past ('the first trial run was
    successful'), or in the perfect ('has carried out a flyby', where the verb is a light
    one), and not planned."""
    if fact.status == "prospective":
        return False
    if fact.past:
        return True
    tokens = read_statement(fact.fact.statement, vocab).tokens
    return not _PAST_BE.isdisjoint(tokens) or any(
        tokens[at - 1] in _PERFECT and (word.endswith("ed") or word in vocab.irregular)
        for at, word in enumerate(tokens) if at)


def _as_adjunct(words: str) -> str:
    first = words.split()[0]
    if first in ("by", "before", "after", "in", "on"):
        return words
    return f"on {words}" if first.isdigit() else f"in {words}"


def _with_clock(dated: Dated) -> str:
    """'2:45 a m india time on 20 August'."""
    return dated.date if dated.clock is None else f"{dated.clock[2]} on {dated.date}"


def _days_without_year(fact: CompiledFact, vocab: Vocabulary) -> list[Dated]:
    """The days the fact names without a year ('on 20 August'), each with the time of day
    when the fact gives one day and one time ('at 2:45 a.m. India time on 20 August'),
    and the words after the time that name its zone."""
    reading = read_statement(fact.fact.statement, vocab)
    tokens = reading.tokens
    dated = {i for q in reading.quantities if q.dimension == "date" for i in range(q.start, q.end)}
    found = []
    for at in range(len(tokens) - 1):
        day, month = tokens[at], tokens[at + 1]
        if month in vocab.months and day.isdigit() and not dated & {at, at + 1} and not (
                at + 2 < len(tokens) and tokens[at + 2].isdigit()):
            try:
                when = date(_SOME_YEAR, vocab.month_numbers[month[:3]], int(day))
            except ValueError:
                continue  # '31 June'
            words = f"{day} {month.title()}"
            found.append(Dated("", fact, words, (when.toordinal(), when.toordinal()), 0.0,
                               yearless=True))
    clocks = [q for q in reading.quantities if q.dimension == "time"]
    if len(found) == 1 and len(clocks) == 1:
        clock = clocks[0]
        zone = tuple(itertools.takewhile(lambda t: t not in vocab.prepositions,
                                         tokens[clock.end:clock.end + 3]))
        # the time as the fact writes it: '2:45 a.m. India time'
        written = re.search(re.escape(tokens[clock.start]) + r"(?:\s*[ap]\.?\s?m\b\.?)?"
                            + r"\s+[\w'-]+" * len(zone), fact.fact.statement, re.I)
        words = written.group() if written else " ".join(tokens[clock.start:clock.end])
        return [found[0]._replace(clock=(clock.value, zone, words))]
    return found


def fact_dates(fact: CompiledFact, vocab: Vocabulary) -> list[tuple[str, Interval]]:
    """The dates a fact gives, in its words, with the days each allows; none from a fact
    that itself puts two events in order (its date may be either's)."""
    reading = read_statement(fact.fact.statement, vocab)
    tokens = reading.tokens
    if _orders_events(reading, vocab):
        return []
    found = []
    for mention in reading.quantities:
        interval = date_interval(tokens, mention, vocab) if mention.dimension == "date" else None
        if interval is not None:
            found.append((date_words(tokens, mention, vocab), interval))
    return found


def _orders_events(reading: Analysis, vocab: Vocabulary) -> bool:
    """The sentence itself puts two events in order ('after the incidents, workers were
    trained'), not a date ('after 2030'), and has no date of its own that ends just before
    the order word ('closed the site in 2023 after the incidents': a date of the
    closing)."""
    tokens = reading.tokens
    first_words, connective = _connectives(vocab)
    dated_before = {q.end for q in reading.quantities if q.dimension == "date"}
    return not first_words.isdisjoint(tokens) and any(
        connective.fullmatch(t) and i not in dated_before
        and not _orders_no_events(reading, i, vocab) for i, t in enumerate(tokens))


def turned_round(text: str, ordering: Ordering, vocab: Vocabulary) -> str | None:
    """The claim with its order word turned round ('trained after the incidents' for
    'trained before the incidents'), to find a fact that orders the two events the other
    way. None for a claimed gap, which turning round does not contradict ('a week before'
    against 'a day after' is another gap)."""
    if ordering.gap is not None or ordering.either_way:
        return None
    _, connective = _connectives(vocab)
    match = connective.search(text)
    if match is None:
        return None
    # the plainest word of the other order: 'after' for 'prior to'
    opposite = min(vocab.ordering_later if ordering.before else vocab.ordering_earlier,
                   key=lambda word: (len(word), word))
    if match.group()[0].isupper():
        opposite = opposite.capitalize()
    return f"{text[:match.start()]}{opposite}{text[match.end():]}"


def order_stated(ordering: Ordering, statement: str, vocab: Vocabulary) -> bool | None:
    """Whether a fact that itself orders two events ('after the incidents, workers were
    trained') orders the claim's as the claim does: each side of the claim is matched with
    the side of the fact whose words and names it shares more of, so 'the incidents came
    before the training' holds and 'the training came before the incidents' does not; or
    one that tells them in order (see ``_narrated``). None when the fact orders no two
    events, or the sides do not match one to one."""
    if ordering.either_way:
        return None
    reading = analyse(statement, vocab)
    said = read_ordering(statement, reading, vocab)
    if said is None:
        return _narrated(ordering, reading, vocab)
    # the gaps ('two weeks after') are weighed apart, once the order holds
    claimed = [_content(side, vocab) for side in (ordering.left, ordering.right)]
    stated = [_content(side, vocab) for side in (said.left, said.right)]
    shared = [[len(c & f) for f in stated] for c in claimed]
    if shared[0][0] > shared[0][1] and shared[1][1] > shared[1][0]:
        return ordering.before == said.before
    if shared[0][1] > shared[0][0] and shared[1][0] > shared[1][1]:
        return ordering.before != said.before
    return None


def _narrated(ordering: Ordering, reading: Analysis, vocab: Vocabulary) -> bool | None:
    """A fact that tells events in the order they happen ('the Moon pass lined Juice up
    for its approach to Earth a day later', 'then'): the side of the claim whose own words
    and names the fact says all before the other's is the earlier event. None when they
    are mixed ('its approach to the Moon' against 'its lunar pass': 'Moon pass ...
    approach')."""
    if vocab.sequence.isdisjoint(reading.tokens):
        return None
    sides = [analyse(side, vocab) for side in (ordering.left, ordering.right)]
    # a name both sides give, but not as whose or who the events are, may make them one
    # event ('its approach to the Moon', 'its lunar pass')
    owners = [{entity for entity, at in side.entities if at == 0} for side in sides]
    if (set(sides[0].entity_ids) & set(sides[1].entity_ids)) - (owners[0] & owners[1]):
        return None
    left, right = (frozenset(side.term_set) | frozenset(side.entity_ids) for side in sides)
    said = [*reading.terms, *reading.entities]
    at_left = [at for key, at in said if key in left - right]
    at_right = [at for key, at in said if key in right - left]
    if not at_left or not at_right:
        return None
    if max(at_left) < min(at_right):
        return ordering.before
    if max(at_right) < min(at_left):
        return not ordering.before
    return None


def _content(side: str, vocab: Vocabulary) -> frozenset[str]:
    reading = analyse(side, vocab)
    return frozenset(reading.term_set) | frozenset(reading.entity_ids)


def date_words(tokens: list[str], mention: QuantityMention, vocab: Vocabulary) -> str:
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


def read_selection(text: str, reading: Analysis, vocab: Vocabulary) -> Selection | None:
    """'Juice's final Earth flyby is planned for January 2029': one word that picks one of
    several events ('final', 'next'), and one date for it; an opening phrase that orders
    ('After the Venus encounter, ...') says where the event is picked."""
    tokens = reading.tokens
    if vocab.date_selectors.keys().isdisjoint(tokens):
        return None  # nearly every claim: the only cost to them
    picking = [w for w in tokens if w in vocab.date_selectors]
    if len(picking) != 1:
        return None
    dates = [q for q in reading.quantities if q.dimension == "date"]
    if len(dates) != 1 or dates[0].qualifier != "exact":
        return None  # 'by 2030' bounds a date: the verifier checks it
    mention = dates[0]
    interval = date_interval(tokens, mention, vocab)
    if interval is None:
        return None
    frame = read_ordering(text, reading, vocab)
    main = frame.left if frame is not None else text
    if frame is not None and not _connectives(vocab)[1].match(text.lstrip()):
        # 'its last Earth flyby before Jupiter is in January 2028': the frame is the name
        # up to the verb, and what is said of the flyby follows it
        named = frame.right.split()
        verb = next((i for i, word in enumerate(named) if word.lower() in vocab.auxiliaries),
                    None)
        if not verb:
            return None
        frame = frame._replace(right=" ".join(named[:verb]))
        main = " ".join([frame.left, *named[verb:]])
    words = date_words(tokens, mention, vocab)
    pattern = r"\W+".join(re.escape(w) for w in words.split())
    event, found = re.subn(rf"\s*\b(?:{'|'.join(sorted(vocab.prepositions))})?\s*{pattern}\b",
                           "", main, count=1, flags=re.I)
    said = event.strip(" ,;:.")
    event = _event_only(said, vocab)
    if not found or picking[0] not in fold(event).split():
        return None
    return Selection(event, said, picking[0], words, interval, frame)


def judge_selection(selection: Selection, vocab: Vocabulary,
                    candidates: Callable[[str], Sequence[CompiledFact]],
                    stated: Callable[[str, CompiledFact], float | None],
                    preceding: Preceding | None = None) -> SelectionJudgement | None:
    """The claim's date against the one the facts' dates pick ('next': the first still to
    come, or after the frame's event); None when they pick none, or the dates overlap
    without being the same."""
    within, bound, past_outside = _NEVER, None, False
    frame = selection.frame
    if frame is not None:
        bound = _dated(frame.right, vocab, candidates, stated, days=False,
                       beside=selection.event)
        if bound is not None and preceding is not None:
            bound = _after_its_means(bound, vocab, preceding)
        if bound is None:
            return None
        within = (_NEVER[0], bound.interval[0] - 1) if frame.before else (
            bound.interval[1] + 1, _NEVER[1])
        # after something still to come, what is already done is outside the stretch
        past_outside = not frame.before and not _done(bound.fact, vocab)
    picked = _dated(selection.event, vocab, candidates, stated, False, within,
                    past_outside=past_outside)
    if picked is None:
        return None
    # what the claim says of it, but the picking word, must be what the fact says on the
    # picked date: 'Juice's last Earth flyby was in January 2029' is not 'will pass'
    plain = re.sub(rf"\s*\b{selection.picking}\b", "", selection.said, count=1, flags=re.I)
    if stated(f"{plain.strip()} {_as_adjunct(picked.date)}", picked.fact) is None:
        return None
    if picked.interval == selection.interval:
        return SelectionJudgement(selection, picked, bound, True)
    if picked.interval[1] < selection.interval[0] or selection.interval[1] < picked.interval[0]:
        return SelectionJudgement(selection, picked, bound, False)
    return None


def read_occasions(text: str, reading: Analysis, vocab: Vocabulary) -> Occasions | None:
    """'twice more', 'two more times', 'only one more Earth flyby': a count of further
    times an event happens, and the event said without it."""
    tokens = reading.tokens
    if "more" not in tokens:
        return None  # nearly every claim: the only cost to them
    at = tokens.index("more")
    said = tokens[at - 1] if at else ""
    count = vocab.occasions.get(said) or vocab.number_words.get(said) or (
        int(said) if said.isdigit() else None)
    if count is None or count != int(count) or count < 1 or tokens[at + 1:at + 2] == ["than"]:
        return None  # 'once more than Latvia' compares
    start, end = at - 1, at + 1
    if said in vocab.number_words and tokens[end:end + 1] == ["times"]:
        end += 1
    elif (said in vocab.number_words or said.isdigit()) and (
            end >= len(tokens) or tokens[end] in vocab.ignored or not tokens[end].isalpha()):
        return None  # 'one more' with no event after it
    start -= reading.exclusive_at == start - 1  # 'only once more': once, no other time
    comparator, opens = _comparator_before(tokens, start, vocab)
    if comparator != "exact":
        return None  # 'at least two more': not a count this checks
    start = opens  # 'exactly two more', 'just once more'
    words = tokens[start:end]
    pattern = r"\W+".join(re.escape(w) for w in words)
    event, found = re.subn(rf"\s*\b{pattern}\b", "", text, count=1, flags=re.I)
    if not found:
        return None
    return Occasions(event.strip(), int(count), " ".join(words))


def judge_occasions(occasions: Occasions, frame: Ordering | None, vocab: Vocabulary,
                    candidates: Callable[[str], Sequence[CompiledFact]],
                    stated: Callable[[str, CompiledFact], float | None],
                    preceding: Preceding | None = None) -> OccasionJudgement | None:
    """The count against the dates a fact lists for the event in one list ('pass again in
    September 2026 and January 2029': two); None unless ``_listed`` finds them."""
    listed = _listed(occasions.event, frame, vocab, candidates, stated, preceding)
    if listed is None:
        return None
    fact, given = listed
    return OccasionJudgement(occasions, fact, [w for w, _ in given],
                             occasions.times == len(given))


def _listed(event: str, frame: Ordering | None, vocab: Vocabulary,
            candidates: Callable[[str], Sequence[CompiledFact]],
            stated: Callable[[str, CompiledFact], float | None],
            preceding: Preceding | None) -> tuple[CompiledFact, list[tuple[str, Interval]]] | None:
    """The fact that lists the event's dates in one list, and the dates; None unless
    exactly one fact still to come lists two dates or more for it, every one of them its
    date, and no other fact dates it at another time. With a ``frame`` ('after the Venus
    encounter', its left side the listed event), every date must fall in it."""
    proposed = candidates(event)
    if not any(sum(q.dimension == "date" for q in fact.quantities) >= 2 and not fact.past
               for fact in proposed):
        return None  # no fact gives two dates: nothing to align ('11 more gates')
    listing, elsewhere = [], set()
    for fact in proposed:
        if fact.past or stated(event, fact) is None:
            continue
        given = fact_dates(fact, vocab)
        fitting = [(w, span) for w, span in given
                   if stated(f"{event} {_as_adjunct(w)}", fact) is not None]
        if len(given) >= 2 and len(fitting) == len(given) and fold(
                and_list([w for w, _ in given])) in fold(fact.fact.statement):
            listing.append((fact, given))
        else:
            elsewhere |= {span for _, span in fitting}
    if len(listing) != 1:
        return None
    fact, given = listing[0]
    if elsewhere - {span for _, span in given}:
        return None  # another fact dates the event at another time too
    named = _content(event, vocab)
    if not all(_measures(fact, Dated(event, fact, words, span, 0.0), named)
               for words, span in given):
        return None  # 'swing back twice more' against dates the store says are of flybys
    if frame is not None:
        bound = _dated(frame.right, vocab, candidates, stated, days=False, beside=event)
        if bound is not None and preceding is not None:
            bound = _after_its_means(bound, vocab, preceding)
        if bound is None or not all(
                interval[1] < bound.interval[0] if frame.before else
                interval[0] > bound.interval[1] for _, interval in given):
            return None
    return fact, given
