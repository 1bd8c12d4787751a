"""Claims another reader takes whole: two figures compared (comparison.py), two events
put in order, occasions counted or one of several selected (timeline.py); the verdict
and its proof from the dates or figures the facts give.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factcli.comparison import _CLOSE, Judgement, contradiction, side_name
from factcli.index import CompiledFact
from factcli.knowledge import Knowledge
from factcli.logic import Relation
from factcli.quantities import parse_number
from factcli.text import Analysis, analyse, and_list, read_statement
from factcli.timeline import (
    Ordering,
    gap_told,
    judge_occasions,
    judge_order,
    judge_selection,
    order_stated,
    read_apart,
    read_occasions,
    read_ordering,
    read_selection,
    stated_gap,
    turned_round,
    without_gap,
)
from factcli.verifying.alignment import (
    _TRUST,
    NOT_ENOUGH_INFO,
    REFUTED,
    SUPPORTED,
    Conflict,
    Outcome,
    ProofStep,
    _evidence,
)
from factcli.verifying.core import _aligned, _candidates, _preceding, _stated, align

if TYPE_CHECKING:
    from collections.abc import Sequence

    from factcli.timeline import Dated
    from factcli.vocabulary import Vocabulary


def _ordered(text: str, reading: Analysis,
             knowledge: Knowledge) -> tuple[Outcome, dict[str, CompiledFact]] | None:
    """The verdict on a claim that puts two events in order, from the dates the facts give
    each (see timeline.py); None when it puts none in order, or the dates cannot settle it."""
    vocab = knowledge.vocab
    ordering = read_apart(text, reading, vocab) or read_ordering(text, reading, vocab)
    if ordering is None:
        return None
    negated = reading.negations % 2 == 1
    judged = judge_order(
        ordering, vocab, negated,
        lambda event: _candidates(analyse(event, vocab), knowledge),
        lambda event, fact: _stated(analyse(event, vocab), fact, knowledge),
        lambda fact: _preceding(fact, knowledge))
    if judged is None:
        return None if negated else _ordered_by_a_fact(text, ordering, knowledge)
    stated = f"{judged.left.date} against {judged.right.date}"
    return _by_dates(text, (judged.left, judged.right), judged.left,
                     Conflict("order", ("not " if negated else "") + ordering.wording, stated),
                     judged.holds, f"the article dates them {stated}")


def _by_dates(text: str, sides: Sequence[Dated], deciding: Dated, claimed: Conflict,
              holds: bool, explanation: str) -> tuple[Outcome, dict[str, CompiledFact]]:
    """The verdict from the dates the facts give events: each side's date, and the step
    (``claimed``: what the claim says against what the dates say) that decides."""
    proof = tuple(ProofStep(side.fact.fact.id, "figure", side.event, side.date,
                            Relation.EQUIVALENT, "the article's date for it") for side in sides)
    proof += (ProofStep(deciding.fact.fact.id, "figure", claimed.claim, claimed.article,
                        Relation.EQUIVALENT if holds else Relation.ALTERNATION,
                        "order of the article's dates"),)
    evidence = tuple(dict.fromkeys(_evidence(side.fact) for side in sides))
    confidence = min(_TRUST["order of the article's dates"], *(side.confidence for side in sides))
    facts = {side.fact.fact.id: side.fact for side in sides}
    if holds:
        return Outcome(text, SUPPORTED, confidence, evidence, explanation, proof=proof), facts
    return Outcome(text, REFUTED, confidence, evidence, claimed.describe(), (claimed,),
                   proof=proof), facts


def _ordered_by_a_fact(text: str, ordering: Ordering, knowledge: Knowledge
                       ) -> tuple[Outcome, dict[str, CompiledFact]] | None:
    """A claim against a fact that itself orders the same two events ('after the
    incidents, workers were trained'): the claim, or the claim turned round, says what the
    fact says word for word, and which side is which decides ('the incidents came before
    the training' holds, 'workers were trained before the incidents' does not)."""
    vocab = knowledge.vocab
    for said in (text, turned_round(text, ordering, vocab)):
        if said is None:
            continue
        outcome, weighed = _aligned(said, analyse(said, vocab), knowledge, question=False)
        if outcome.verdict != SUPPORTED or len(outcome.evidence) != 1:
            continue
        fact = weighed[outcome.evidence[0].fact_id]
        holds = order_stated(ordering, fact.fact.statement, vocab)
        confidence = min(outcome.confidence, _TRUST["order of the fact's events"])
        if holds is None and said is text:
            # 'the approach to the Moon came after the approach to Earth' has every word
            # of 'the Moon pass lined Juice up for its approach to Earth a day later', but
            # which came first is not read from words in any order
            proof = (*outcome.proof, ProofStep(fact.fact.id, "word", ordering.wording, "",
                                               Relation.INDEPENDENT, "no order of its events"))
            return Outcome(text, NOT_ENOUGH_INFO, confidence, outcome.evidence,
                           "the article does not say which came first", proof=proof), {
                               fact.fact.id: fact}
        if holds is None:
            return None
        proof = (*(step for step in outcome.proof if step.kind != "word"
                   or step.claim not in vocab.ordering_earlier | vocab.ordering_later),
                 ProofStep(fact.fact.id, "word", ordering.wording,
                           "the same order" if holds else "the other order",
                           Relation.EQUIVALENT if holds else Relation.ALTERNATION,
                           "order of the fact's events"))
        if holds and ordering.gap is not None:
            # 'more than a month after' is no more borne out by 'two weeks later' than
            # by any order of the two
            return _by_told_gap(text, ordering, outcome, fact, vocab) or (Outcome(
                text, NOT_ENOUGH_INFO, confidence, outcome.evidence,
                "the article does not say how far apart they are", proof=outcome.proof), {
                    fact.fact.id: fact})
        if holds:
            return Outcome(text, SUPPORTED, confidence, outcome.evidence,
                           "the article puts them in this order", proof=proof), {
                               fact.fact.id: fact}
        conflict = Conflict("order", f"'{ordering.wording}'", "the other order")
        return Outcome(text, REFUTED, confidence, outcome.evidence, conflict.describe(),
                       (conflict,), proof=proof), {fact.fact.id: fact}
    return _gap_against_a_fact(text, ordering, knowledge)


def _gap_against_a_fact(text: str, ordering: Ordering, knowledge: Knowledge
                        ) -> tuple[Outcome, dict[str, CompiledFact]] | None:
    """'Juice's approach to Earth came a few hours after its Moon pass' against a fact
    that tells the two in sequence with a gap of its own ('the Moon pass lined Juice up for
    its approach to Earth slightly more than a day later'): the claim without its gap says
    what the fact says, in the fact's order, and the two gaps decide."""
    vocab = knowledge.vocab
    plain = without_gap(text, ordering, vocab)
    if plain is None:
        return None
    outcome, weighed = _aligned(plain, analyse(plain, vocab), knowledge, question=False)
    if outcome.verdict != SUPPORTED or len(outcome.evidence) != 1:
        return None
    fact = weighed[outcome.evidence[0].fact_id]
    if not order_stated(ordering._replace(gap=None), fact.fact.statement, vocab):
        return None
    return _by_told_gap(text, ordering, outcome, fact, vocab)


def _by_told_gap(text: str, ordering: Ordering, outcome: Outcome, fact: CompiledFact,
                 vocab: Vocabulary) -> tuple[Outcome, dict[str, CompiledFact]] | None:
    """The verdict on the gap a claim puts between two events a fact tells in its order,
    from the gap the fact tells (see :func:`gap_told`); None when it does not settle it."""
    stated = stated_gap(fact.fact.statement, vocab)
    if stated is None or ordering.gap is None:
        return None
    told = gap_told(ordering.gap, stated)
    if told is None:
        return None
    proof = (*(step for step in outcome.proof if step.kind != "word"
               or step.claim not in vocab.ordering_earlier | vocab.ordering_later),
             ProofStep(fact.fact.id, "figure", ordering.wording, f"{stated.wording} later",
                       Relation.EQUIVALENT if told else Relation.ALTERNATION,
                       "gap between the fact's events"))
    confidence = min(outcome.confidence, _TRUST["gap between the fact's events"])
    if told:
        return Outcome(text, SUPPORTED, confidence, outcome.evidence,
                       f"the article puts them in this order, {stated.wording} apart",
                       proof=proof), {fact.fact.id: fact}
    conflict = Conflict("order", f"'{ordering.wording}'", f"'{stated.wording} later'")
    return Outcome(text, REFUTED, confidence, outcome.evidence, conflict.describe(),
                   (conflict,), proof=proof), {fact.fact.id: fact}


def _counted(text: str, reading: Analysis,
             knowledge: Knowledge) -> tuple[Outcome, dict[str, CompiledFact]] | None:
    """The verdict on a claim of how many more times an event happens ('twice more',
    'after Venus, two more flybys of Earth'), from the dates a fact lists for it (see
    timeline.py); None when no one fact lists them."""
    vocab = knowledge.vocab
    occasions = read_occasions(text, reading, vocab)
    if occasions is None:
        return None
    frame = read_ordering(text, reading, vocab)
    if frame is not None:  # the count is of the events in the frame
        occasions = read_occasions(frame.left, analyse(frame.left, vocab), vocab)
        if occasions is None:
            return None
    judged = judge_occasions(
        occasions, frame, vocab, lambda event: _candidates(analyse(event, vocab), knowledge),
        lambda event, fact: _stated(analyse(event, vocab), fact, knowledge),
        lambda fact: _preceding(fact, knowledge))
    if judged is None or reading.negations % 2 == 1:
        return None
    listed = f"{len(judged.dates)} ({and_list(judged.dates)})"
    via = "dates the article lists"
    proof = (ProofStep(judged.fact.fact.id, "figure", occasions.wording, listed,
                       Relation.EQUIVALENT if judged.holds else Relation.ALTERNATION, via),)
    evidence = (_evidence(judged.fact),)
    confidence = _TRUST[via]
    facts = {judged.fact.fact.id: judged.fact}
    if judged.holds:
        return Outcome(text, SUPPORTED, confidence, evidence,
                       f"the article lists {listed}", proof=proof), facts
    conflict = Conflict("count", occasions.wording, listed)
    return Outcome(text, REFUTED, confidence, evidence, conflict.describe(), (conflict,),
                   proof=proof), facts


def _selected(text: str, reading: Analysis,
              knowledge: Knowledge) -> tuple[Outcome, dict[str, CompiledFact]] | None:
    """The verdict on a claim that dates one event picked from several ('its final Earth
    flyby is in January 2029'), from the dates the facts give them (see timeline.py)."""
    vocab = knowledge.vocab
    selection = read_selection(text, reading, vocab)
    if selection is None or reading.negations % 2 == 1:
        return None
    judged = judge_selection(
        selection, vocab, lambda event: _candidates(analyse(event, vocab), knowledge),
        lambda event, fact: _stated(analyse(event, vocab), fact, knowledge),
        lambda fact: _preceding(fact, knowledge))
    if judged is None:
        return None
    sides = [side for side in (judged.bound, judged.picked) if side is not None]
    return _by_dates(text, sides, judged.picked,
                     Conflict("date", selection.date, judged.picked.date), judged.holds,
                     f"the article dates it {judged.picked.date}")


def _compared(text: str, judged: Judgement, knowledge: Knowledge) -> Outcome:
    """The verdict on a comparison of two things' figures, with both figures as proof."""
    vocab = knowledge.vocab
    comparison = judged.comparison
    sides = ((comparison.left, judged.left), (comparison.right, judged.right))
    proof = tuple(ProofStep(figure.fact.fact.id, "figure", side_name(side, vocab),
                            figure.quantity.display, Relation.ALTERNATION
                            if side is judged.misstated else Relation.EQUIVALENT,
                            "the article's figure for it") for side, figure in sides)
    stated = f"{judged.left.quantity.display} against {judged.right.quantity.display}"
    relation = Relation.EQUIVALENT if judged.holds else Relation.ALTERNATION
    proof += (ProofStep(judged.left.fact.fact.id, "figure", comparison.wording, stated,
                        relation, "comparison of the article's figures"),)
    evidence = tuple(dict.fromkeys(_evidence(f.fact) for _, f in sides))
    confidence = _TRUST["comparison of the article's figures"]
    if judged.holds:
        return Outcome(text, SUPPORTED, confidence, evidence,
                       f"the article gives {stated}", proof=proof)
    conflict = Conflict("number", *contradiction(judged, vocab))
    return Outcome(text, REFUTED, confidence, evidence, conflict.describe(), (conflict,),
                   proof=proof)


def _another_multiple(text: str, reading: Analysis, outcome: Outcome,
                      weighed: dict[str, CompiledFact], knowledge: Knowledge) -> Outcome | None:
    """'The new hall will be three times as long as the old one' against 'twice as long as
    the old one', 'fares have roughly tripled' against 'have roughly doubled': a claim that
    says what a fact says with another multiple is refuted by it. The fact must state the
    claim once its own multiple (with the word of degree before it: 'nearly twice') stands
    in the claim's, and name each thing on the same side of it ('the old hall is half as
    long as the new one' is the fact's 'twice' said the other way round)."""
    vocab = knowledge.vocab
    claimed = _multiple_at(reading, vocab)
    if claimed is None or reading.negations % 2 or outcome.verdict != NOT_ENOUGH_INFO:
        return None  # nearly every claim
    start, end, factor = claimed
    for fact in weighed.values():
        said = read_statement(fact.fact.statement, vocab)
        told = _multiple_at(said, vocab)
        if told is None or abs(told[2] - factor) <= _CLOSE * told[2] or _swapped_sides(
                _sides(reading, start, end), _sides(said, told[0], told[1])):
            continue
        pattern = r"\s*".join(re.escape(token) for token in reading.tokens[start:end])
        restated = re.sub(pattern, " ".join(said.tokens[told[0]:told[1]]), text, count=1,
                          flags=re.IGNORECASE)
        if restated == text or not align(analyse(restated, vocab), fact, knowledge).supports:
            continue
        conflict = Conflict("number", " ".join(reading.tokens[start:end]),
                            " ".join(said.tokens[told[0]:told[1]]))
        step = ProofStep(fact.fact.id, "figure", conflict.claim, conflict.article,
                         Relation.ALTERNATION, _ANOTHER_MULTIPLE)
        return Outcome(text, REFUTED, _TRUST[_ANOTHER_MULTIPLE], (_evidence(fact),),
                       conflict.describe(), (conflict,), proof=(step,))
    return None


_ANOTHER_MULTIPLE = "another multiple"
# words that bound a multiple rather than say it ('more than twice', 'at least double')
_BOUNDING = frozenset({"than", "least", "most"})


def _multiple_at(reading: Analysis, vocab: Vocabulary) -> tuple[int, int, float] | None:
    """Where a sentence says a multiple, and its factor: a verb of one ('tripled', 3), or
    one before 'as … as' ('twice as wide as', 'three times as many as', 'half as much
    as'), with a word of degree before it ('nearly twice'); None for none, or for a bound
    ('more than twice')."""
    tokens = reading.tokens
    for at, token in enumerate(tokens):
        end, factor = at + 1, vocab.multiplying_verbs.get(token)
        if factor is None and tokens[at + 1:at + 2] == ["as"]:
            factor = vocab.multiples.get(token)
        if factor is None and tokens[at + 1:at + 3] == ["times", "as"]:
            factor, end = vocab.number_words.get(token) or parse_number(token), at + 2
        if not factor:
            continue
        start = at - 1 if at and any(
            phrase == (tokens[at - 1],) and comparator == "approx"
            for phrase, comparator in vocab.comparators.get(tokens[at - 1], ())) else at
        return None if tokens[start - 1:start] and tokens[start - 1] in _BOUNDING else (
            start, end, float(factor))
    return None


def _sides(reading: Analysis, start: int, end: int) -> tuple[frozenset[str], frozenset[str]]:
    """What a sentence names before ``start`` and from ``end`` on: its entities, or its
    words where it names none (a word may be on both sides: 'the Arvel barriers need
    twice as much as the Tolna barriers')."""
    named = reading.entities or reading.terms
    return (frozenset(item for item, pos in named if pos < start),
            frozenset(item for item, pos in named if pos >= end))


def _swapped_sides(claimed: tuple[frozenset[str], frozenset[str]],
                   told: tuple[frozenset[str], frozenset[str]]) -> bool:
    """The claim names on one side of its multiple what the fact names on the other."""
    return bool(claimed[0] & told[1] or claimed[1] & told[0])
