"""Natural-logic relations, projection and join (MacCartney & Manning 2009).

Every aligned piece of a claim gets one relation to the fact, read as 'the fact R the
claim': ≡ equivalent, ⊏ forward (the fact is more specific, so it entails the claim),
⊐ reverse (the claim adds something), ^ negation, | alternation (both cannot hold),
‿ cover, # independent. Relations are projected through the context the claim puts them
in (a negated claim flips ⊏ and ⊐, | and ‿), joined into one, and the joined relation is
the verdict: ≡ or ⊏ supported, ^ or | refuted, anything else not enough info.
"""

from __future__ import annotations

from enum import StrEnum


class Relation(StrEnum):
    EQUIVALENT = "equivalent"
    FORWARD = "forward"
    REVERSE = "reverse"
    NEGATION = "negation"
    ALTERNATION = "alternation"
    COVER = "cover"
    INDEPENDENT = "independent"

    @property
    def symbol(self) -> str:
        return _SYMBOLS[self]


class Verdict(StrEnum):
    SUPPORTED = "supported"
    REFUTED = "refuted"
    NOT_ENOUGH_INFO = "not_enough_info"


_SYMBOLS = {Relation.EQUIVALENT: "≡", Relation.FORWARD: "⊏", Relation.REVERSE: "⊐",
            Relation.NEGATION: "^", Relation.ALTERNATION: "|", Relation.COVER: "‿",
            Relation.INDEPENDENT: "#"}

_E, _F, _R, _N, _A, _C, _I = (Relation.EQUIVALENT, Relation.FORWARD, Relation.REVERSE,
                              Relation.NEGATION, Relation.ALTERNATION, Relation.COVER,
                              Relation.INDEPENDENT)
_ORDER = (_E, _F, _R, _N, _A, _C, _I)
# MacCartney's join table with unions of relations widened to #: row ⋈ column.
_JOIN = {
    _E: (_E, _F, _R, _N, _A, _C, _I),
    _F: (_F, _F, _I, _A, _A, _I, _I),
    _R: (_R, _I, _R, _C, _I, _C, _I),
    _N: (_N, _C, _A, _E, _R, _F, _I),
    _A: (_A, _I, _A, _F, _I, _F, _I),
    _C: (_C, _C, _I, _R, _R, _I, _I),
    _I: (_I, _I, _I, _I, _I, _I, _I),
}
# In a downward-monotone context (under negation) entailment runs the other way.
_DOWNWARD = {_E: _E, _F: _R, _R: _F, _N: _N, _A: _C, _C: _A, _I: _I}


def join(first: Relation, second: Relation) -> Relation:
    """The relation from x to z, given x ``first`` y and y ``second`` z."""
    return _JOIN[first][_ORDER.index(second)]


def project(relation: Relation, downward: bool) -> Relation:
    return _DOWNWARD[relation] if downward else relation


def conjoin(relations: list[Relation]) -> Relation:
    """The relation of a fact to a claim that is the conjunction of independent pieces,
    each with its own relation: one contradicted piece makes the claim false; every piece
    entailed makes it true; otherwise the fact leaves the claim open."""
    if _N in relations or _A in relations:
        return _A
    if _I in relations or _C in relations:
        return _I
    if _R in relations:
        return _R
    return _F if _F in relations else _E


def verdict_of(relation: Relation) -> Verdict:
    if relation in (_E, _F):
        return Verdict.SUPPORTED
    if relation in (_N, _A):
        return Verdict.REFUTED
    return Verdict.NOT_ENOUGH_INFO
