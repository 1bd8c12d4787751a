"""Three-way claim verification: SUPPORTED, REFUTED or NOT ENOUGH INFO, with evidence.

A claim is read into canonical terms, entities and quantities (``text.analyse``); the
index proposes candidate facts; each candidate is aligned item by item. Conflicts
(numbers, substituted entities, antonyms, negation, exclusivity) are looked for before
support, and a claim is supported only when every item it makes is accounted for.

This module is the public entry: it splits a claim into parts (``verifying.clauses``),
sends each part to the reader that takes it whole (``verifying.comparisons``) or to the
alignment with candidate facts (``verifying.core``), and joins the parts' verdicts. The
checks of each concern live in the other modules of ``factcli.verifying``.
"""

from __future__ import annotations

from factcli.comparison import (
    comparative_apart,
    comparative_wording,
    judge,
    read_comparison,
    side_name,
)
from factcli.files import require_text
from factcli.index import CompiledFact
from factcli.knowledge import Knowledge
from factcli.text import analyse, fold
from factcli.timeline import sets_apart
from factcli.verifying.alignment import (
    _TRUST,
    NOT_ENOUGH_INFO,
    OPPOSITE_COMPARATIVE,
    REFUTED,
    SUPPORTED,
    Alignment,
    Conflict,
    Evidence,
    Outcome,
    ProofStep,
    Step,
)
from factcli.verifying.clauses import _as_statement, _combine, split_claim
from factcli.verifying.comparisons import (
    _another_multiple,
    _compared,
    _counted,
    _ordered,
    _selected,
)
from factcli.verifying.core import _aligned, _candidates, _stated, align

# The names the rest of factcli (cli, check, quiz, render, draft, ask) takes from here.
__all__ = ["MAX_CLAIM_CHARS", "NOT_ENOUGH_INFO", "REFUTED", "SUPPORTED", "Alignment",
           "Conflict", "Evidence", "Outcome", "ProofStep", "Step", "align",
           "check_claim_text", "split_claim", "verify_claim"]


MAX_CLAIM_CHARS = 10_000


def check_claim_text(claim: str) -> str:
    return require_text(claim, "claim", 'factcli verify "Lithuania is leaving the Ottawa '
                        'Convention" (use factcli check for whole texts)', MAX_CLAIM_CHARS)


def verify_claim(claim: str, knowledge: Knowledge, *, question: bool = False) -> Outcome:
    """The verdict on ``claim``. A yes/no ``question`` ('Will it be done by 2030?') is
    checked as the statement it asks about (kept in the outcome's ``statement``) and reads
    a deadline as a bound that an earlier one satisfies; a claim states the deadline itself."""
    text = check_claim_text(claim)
    stated = _as_statement(text, knowledge) if question else text
    pieces = [stated] if sets_apart(stated, knowledge.vocab) else split_claim(stated, knowledge)
    verified = [_verify_part(part, knowledge, question=question) for part in pieces]
    parts = [outcome for outcome, _ in verified]
    said = stated if question else ""
    if len(parts) == 1:
        return parts[0]._replace(text=text, statement=said)
    outcome = _combine(text, parts)._replace(statement=said)
    if outcome.verdict == SUPPORTED:
        seen = {fid: fact for _, facts in verified for fid, fact in facts.items()}
        clash = _said_of_another(parts, seen, knowledge)
        if clash is not None:
            return outcome._replace(
                verdict=NOT_ENOUGH_INFO, confidence=_TRUST["another one of its kind"],
                explanation=f"the article says this of {clash.fact!r}, not {clash.claim!r}")
    return outcome


def _said_of_another(parts: list[Outcome], facts: dict[str, CompiledFact],
                     knowledge: Knowledge) -> Step | None:
    """Parts each supported, one by a fact that another part sets apart as another thing:
    'with the first phase, Terminal 1 will reach 30 gates' against 'with the second
    phase, Terminal 1 will reach 30 gates'."""
    for part in parts:
        for other in parts:
            if other is part:
                continue
            reading = analyse(other.text, knowledge.vocab)
            for evidence in part.evidence:
                for step in align(reading, facts[evidence.fact_id], knowledge).steps:
                    if step.via == "another one of its kind":
                        return step
    return None


def _verify_part(text: str, knowledge: Knowledge, *,
                 question: bool = False) -> tuple[Outcome, dict[str, CompiledFact]]:
    """The verdict on one part of a claim, and the facts it was weighed against (by id)."""
    vocab = knowledge.vocab
    reading = analyse(text, vocab)
    if not (reading.terms or reading.entities or reading.quantities):
        return Outcome(text, NOT_ENOUGH_INFO, 1.0, (), "nothing in the claim can be checked "
                       "against the article"), {}
    comparison = read_comparison(reading, vocab)
    judged = judge(comparison, knowledge, reading.negations % 2 == 1,
                   lambda side: _candidates(analyse(side, vocab), knowledge),
                   lambda side, fact: _stated(analyse(side, vocab), fact, knowledge) is not None
                   ) if comparison else None
    if judged is not None:
        return _compared(text, judged, knowledge), {
            f.fact.fact.id: f.fact for f in (judged.left, judged.right)}
    ordered = (_ordered(text, reading, knowledge) or _counted(text, reading, knowledge)
               or _selected(text, reading, knowledge))
    if ordered is not None:
        return ordered
    outcome, weighed = _aligned(text, reading, knowledge, question)
    multiple = _another_multiple(text, reading, outcome, weighed, knowledge)
    if multiple is not None:
        return multiple, weighed
    wording = comparison.wording if comparison else comparative_wording(reading, vocab)
    # 'more shoot days are planned in Oxnard than in Lancaster': a fact naming both places
    # does not say it; one that compares them, in its own words ('fares were higher in B
    # than in A' for 'lower in A than in B') or the other way (a refutation), does
    apart = None if comparison or wording else comparative_apart(reading, vocab)
    compares = f" {wording.split()[0]} " if wording else " "
    # a fact that compares the other way refutes ('fewer than in 2023' against 'more')
    opposed = outcome.verdict == REFUTED and any(
        step.via == OPPOSITE_COMPARATIVE for step in outcome.proof)
    if ((wording and outcome.verdict != NOT_ENOUGH_INFO)
            or (apart and outcome.verdict == SUPPORTED)) and not any(
            (opposed or compares in f" {fold(e.statement)} ") and " than " in e.statement
            for e in outcome.evidence):
        # 'Estonia is longer than Lithuania': a fact that names both says nothing of
        # which is longer; only figures for each side, or a fact that compares, can
        sides = (f"{side_name(comparison.left, vocab)} and "
                 f"{side_name(comparison.right, vocab)}" if comparison
                 else "what the claim compares")
        return Outcome(text, NOT_ENOUGH_INFO, 0.9, outcome.evidence,
                       f"the article gives no figures to compare {sides}",
                       proof=outcome.proof), weighed
    return outcome, weighed
