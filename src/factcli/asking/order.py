"""'Where will it go next?': the stop of a journey the facts' dates put in order.

The stops the facts date for one traveller, and the one the question picks: the first or
last of all, the next after a named stop, or the one within a date.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from factcli.asking.answer import Answer, _hits
from factcli.asking.core import _asks_of_past, _question_subject
from factcli.asking.entities import _modifies_noun
from factcli.asking.gap import Gap
from factcli.asking.kinds import _is_about, _kind_fits
from factcli.asking.wording import _POSSESSIVE, _pick
from factcli.index import CompiledFact, index_tokens
from factcli.knowledge import Knowledge
from factcli.logic import Relation
from factcli.text import Analysis, read_statement
from factcli.timeline import Interval, date_interval, fact_dates
from factcli.verify import ProofStep
from factcli.vocabulary import Vocabulary

_UNBOUNDED = float("inf")  # the edge of a date's days that a deadline leaves open


class _Stop(NamedTuple):
    """A place a fact says the question's subject goes to, on the date the fact gives."""
    entity_id: str
    date: str  # in the statement's words
    interval: Interval
    fact: CompiledFact


def _next_in_order(text: str, reading: Analysis, gap: Gap,
                   knowledge: Knowledge) -> Answer | None:
    """'Where does Juice go after Venus?', 'which town will the ferry visit before Venn?',
    'which planet will Juice visit in 2025?', 'where is Juice ultimately headed?': of the
    places of the kind asked for that the facts about the subject date (each fact naming
    one), the first dated after (or the last before) the date of the one named, the one
    dated within the date asked, or the first (last) of all; no other may fall between
    them, overlap either or straddle the date. The question says nothing else than its
    subject and a verb of travel ('go', 'visit'), so any fact that takes the subject to a
    place on a date tells a stop."""
    vocab = knowledge.vocab
    pick = _pick(reading.tokens, vocab)
    destination = vocab.question_words["destination_nouns"]
    asks_destination = not destination.isdisjoint(reading.tokens) and (
        gap.answer == "entities" or (gap.answer == "statement" and not gap.kind_word))
    if asks_destination and gap.answer == "statement":
        gap = _where(gap, vocab)  # "what is Juice's final destination": where it goes
    if gap.answer != "entities" or not gap.kinds or not (
            pick or reading.quantities or not _ordering_firsts(vocab).isdisjoint(reading.tokens)):
        return None  # nearly every question: the only cost to them
    subject = _destination_of(reading, destination) if asks_destination else (
        _question_subject(reading, gap, vocab))
    ordered = _ordered_after(reading, gap, vocab)
    window = None if ordered is not None else _dated_at_end(reading, gap, vocab)
    if len(subject) != 1 or (ordered is None and window is None and not pick):
        return None
    at = ordered[0] if ordered is not None else window[0] if window is not None else len(
        reading.tokens)
    travel = vocab.question_words["travel_verbs"] | destination
    if any(pos < at and pos not in gap.span and not _pick([reading.tokens[pos]], vocab)
           and not ({reading.tokens[pos], *vocab.lemmas_of(reading.tokens[pos])} & travel)
           for _, pos in reading.terms):
        return None  # 'which planet did Juice leave after Venus' asks of another act
    reference = ordered[2] if ordered is not None else ""
    places = frozenset(e for e in vocab.entities if e not in (subject[0], reference)
                       and _may_be_stop(e, gap, vocab))
    # every fact that names the subject: a stop must be about it, and a few best-ranked
    # would leave out a stop whenever the subject has more facts than places
    hits = knowledge.index.search(index_tokens(frozenset(), {subject[0]}),
                                  len(knowledge.index.facts))
    # 'where did it go' is told only by what was done, 'where will it go' not by the past
    past, future = _asks_of_past(reading, vocab), reading.status == "prospective"
    stops = [stop for compiled, _ in hits
             if not (past and (compiled.status == "prospective" or not compiled.past))
             and not (future and compiled.past and compiled.status != "prospective")
             for stop in _stops(compiled, subject[0], places | {reference}, vocab)]
    found: tuple[_Stop, _Stop | None] | None
    if window is not None:
        found = _within(stops, window[1])
    elif ordered is not None:
        found = _next_stop(stops, reference, later=ordered[1])
    else:
        found = _extreme_stop(stops, latest=pick == "latest_words")
    if found is None:
        return None
    chosen, dated = found
    shown = f"{vocab.entities[chosen.entity_id].name} ({chosen.date})"
    used = [chosen.fact, *([dated.fact] if dated else [])]
    steps = (ProofStep(dated.fact.fact.id, "figure", vocab.describe_entity(reference),
                       dated.date, Relation.EQUIVALENT, "the article's date for it"),
             ) if dated else ()
    return Answer(text, shown, gap.name, _hits([(c, 1.0) for c in used], used),
                  "from " + ", ".join(f"{c.fact.id} ({c.fact.section})" for c in used), (
                      *steps, ProofStep(chosen.fact.fact.id, "gap", gap.name, shown,
                                        Relation.EQUIVALENT, "the order of the article's dates")),
                  len(used))


def _destination_of(reading: Analysis, nouns: frozenset[str]) -> list[str]:
    """Whose destination is asked: the name that owns it ('*Juice's* final destination')
    or follows it ('the ultimate destination *of the Juice probe*')."""
    tokens = reading.tokens
    at = next(pos for pos, token in enumerate(tokens) if token in nouns)
    for entity_id, start in reading.entities:
        end = reading.entity_ends.get(start, start + 1)
        if (end < at and tokens[end] == _POSSESSIVE) or (
                start > at and tokens[at + 1:at + 2] == ["of"]):
            return [entity_id]
    return []


def _where(gap: Gap, vocab: Vocabulary) -> Gap:
    """The gap of a 'where' question, over the same words."""
    form = next(f for f in vocab.question_forms if f.words == ("where",))
    return Gap(form, form.answer, form.kinds, "", form.dimensions, gap.span, frozenset(),
               gap.plural)


def _timed(stop: _Stop, forward: bool) -> Interval:
    """The stop's days, in time run backwards unless ``forward``: the last before a date
    is then the first after it."""
    return stop.interval if forward else (-stop.interval[1], -stop.interval[0])


def _extreme_stop(stops: list[_Stop], latest: bool) -> tuple[_Stop, None] | None:
    """The stop dated after (or before) every stop elsewhere."""
    if not stops:
        return None
    chosen = max(stops, key=lambda s: _timed(s, latest)[0])
    if any(s.entity_id != chosen.entity_id and _timed(s, latest)[1] >= _timed(chosen, latest)[0]
           for s in stops):
        return None
    return chosen, None


def _next_stop(stops: list[_Stop], reference: str,
               later: bool) -> tuple[_Stop, _Stop | None] | None:
    """The stop first dated after (or last before) the one dated stop at ``reference``,
    with that stop, when no stop elsewhere may fall between them or overlap either."""
    before = [s for s in stops if s.entity_id == reference]
    if len({s.interval for s in before}) != 1:
        return None  # the place named has no date, or several

    start = _timed(before[0], later)
    others = [(s, _timed(s, later)) for s in stops if s.entity_id != reference]
    after = sorted(((s, days) for s, days in others if days[0] > start[1]),
                   key=lambda item: item[1])
    if not after:
        return None
    chosen, end = after[0][0], after[0][1][1]
    if any(s.entity_id != chosen.entity_id and not (days[1] < start[0] or days[0] > end)
           for s, days in others):
        return None  # another place may come between them
    return chosen, before[0]


def _within(stops: list[_Stop], window: Interval) -> tuple[_Stop, None] | None:
    """The one place whose stops fall within the date asked, when no stop elsewhere
    straddles it."""
    inside = [s for s in stops if window[0] <= s.interval[0] and s.interval[1] <= window[1]]
    if len({s.entity_id for s in inside}) != 1 or any(
            s.entity_id != inside[0].entity_id and s.interval[0] <= window[1]
            and s.interval[1] >= window[0] for s in stops):
        return None
    return inside[0], None


def _dated_at_end(reading: Analysis, gap: Gap, vocab: Vocabulary) -> tuple[int, Interval] | None:
    """Where a question ends on a date of its own ('... *in 2025*'), with the days it
    allows."""
    for mention in reading.quantities:
        if mention.end == len(reading.tokens) and mention.start > max(gap.span, default=-1):
            interval = date_interval(reading.tokens, mention, vocab)
            if interval is not None and interval[0] > -_UNBOUNDED and interval[1] < _UNBOUNDED:
                return mention.start, interval
    return None


@lru_cache(maxsize=8)
def _ordering_firsts(vocab: Vocabulary) -> frozenset[str]:
    """The first words of the words that order events ('before', 'prior')."""
    return frozenset(w.split()[0] for w in vocab.ordering_earlier | vocab.ordering_later)


def _ordered_after(reading: Analysis, gap: Gap,
                   vocab: Vocabulary) -> tuple[int, bool, str] | None:
    """Where a question ends on an ordering word and one name ('... *after Venus*'), with
    whether it asks for what comes later, and the name."""
    tokens = reading.tokens
    starts = {pos: e for e, pos in reading.entities}
    for later, wordings in ((True, vocab.ordering_later), (False, vocab.ordering_earlier)):
        for wording in wordings:
            words = wording.split()
            for at in range(max(gap.span, default=-1) + 1, len(tokens) - len(words)):
                if tokens[at:at + len(words)] != words:
                    continue
                name = at + len(words)
                while name < len(tokens) and name not in starts and tokens[name] in \
                        vocab.determiners:
                    name += 1
                if name in starts and reading.entity_ends.get(name, name + 1) == len(tokens):
                    return at, later, starts[name]
    return None


def _may_be_stop(entity_id: str, gap: Gap, vocab: Vocabulary) -> bool:
    """An entity of the kind asked for; for 'where', anything one can go to, which is
    anything but the kinds that act ('who'): a planet, a moon, a dock."""
    if gap.form is not None and gap.form.not_subject:
        return vocab.entities[entity_id].kind not in _agent_kinds(vocab)
    return _kind_fits(entity_id, gap, vocab)


@lru_cache(maxsize=8)
def _agent_kinds(vocab: Vocabulary) -> frozenset[str]:
    """The kinds of entity that act: those the question forms for a doer ask for."""
    return frozenset(k for form in vocab.question_forms
                     if form.answer == "entities" and not form.not_subject for k in form.kinds)


def _stops(compiled: CompiledFact, subject: str, places: frozenset[str],
           vocab: Vocabulary) -> list[_Stop]:
    """The one place of ``places`` that a fact about the subject names (not as what a
    noun is about: 'the *Venus* encounter'), at each date the fact gives: a deadline ('by
    July 2031') at its last day, as the article expects it then; a date with no end
    ('after 2030') places nothing."""
    if not _is_about(subject, compiled, vocab):
        return []
    said = read_statement(compiled.fact.statement, vocab).entity_ids
    named = {e for e in said if e in places and not _modifies_noun(compiled, e, vocab)}
    if len(named) != 1:
        return []
    place = named.pop()
    dates = fact_dates(compiled, vocab)
    return [_Stop(place, words, (interval[1], interval[1]) if interval[0] == -_UNBOUNDED
                  else interval, compiled) for words, interval in dates
            if interval[1] < _UNBOUNDED]
