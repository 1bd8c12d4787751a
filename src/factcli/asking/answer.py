"""What an answer is: the answer, the facts shown beside it and its proof.

These data types are what ``ask_question`` returns and what the renderer shows.
"""

from __future__ import annotations

from typing import NamedTuple

from factcli.asking.gap import Gap
from factcli.index import CompiledFact
from factcli.logic import Relation
from factcli.verify import Alignment, ProofStep

RELATED = 2


class FactHit(NamedTuple):
    fact_id: str
    statement: str
    section: str
    score: float


class Answer(NamedTuple):
    question: str
    answer: str | None
    form: str
    facts: tuple[FactHit, ...]
    note: str
    proof: tuple[ProofStep, ...] = ()
    answering: int = 1  # how many of ``facts``, from the first, the answer comes from

    @property
    def answered(self) -> bool:
        return self.answer is not None


def _proof(alignments: list[Alignment], gap: Gap, filler: str) -> tuple[ProofStep, ...]:
    """How the question was matched with each fact, and what filled its gap."""
    steps = [ProofStep(a.fact.fact.id, s.kind, s.claim, s.fact, s.relation, s.via)
             for a in alignments for s in a.steps]
    if filler and alignments:
        steps.append(ProofStep(alignments[0].fact.fact.id, "gap", gap.name, filler,
                               Relation.EQUIVALENT, "fills the question's gap"))
    return tuple(steps)


def _hits(hits: list[tuple[CompiledFact, float]],
          chosen: list[CompiledFact]) -> tuple[FactHit, ...]:
    """The answering facts first, then up to two related ones (or the closest, if none)."""
    ordered = chosen + [f for f, _ in hits if all(f is not c for c in chosen)]
    scores = {id(f): s for f, s in hits}
    limit = (len(chosen) + RELATED) if chosen else 3
    return tuple(FactHit(f.fact.id, f.fact.statement, f.fact.section,
                         round(scores.get(id(f), 0.0), 3)) for f in ordered[:limit])
