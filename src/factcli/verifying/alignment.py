"""The data of a verdict and its proof: Outcome, Evidence, Conflict, ProofStep, and the
alignment of a claim with one fact (Step, Alignment), with how far each source of a
relation is trusted. Every other module of the verifier builds on these.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import NamedTuple

from factcli.index import CompiledFact
from factcli.logic import Relation, Verdict, conjoin, join, project, verdict_of
from factcli.wordnet import KIND_OF_OPPOSITE, OPPOSITE_SENSE

SUPPORTED = Verdict.SUPPORTED
REFUTED = Verdict.REFUTED
NOT_ENOUGH_INFO = Verdict.NOT_ENOUGH_INFO


class Evidence(NamedTuple):
    fact_id: str
    statement: str
    section: str


class Conflict(NamedTuple):
    kind: str
    claim: str
    article: str

    def describe(self) -> str:
        return f"claim says {self.claim}; the article says {self.article}"


class ProofStep(NamedTuple):
    """One line of a verdict's proof: a piece of the claim, the fact's piece in its place,
    their natural-logic relation (fact R claim) and where the relation comes from."""

    fact_id: str
    kind: str
    claim: str
    fact: str
    relation: Relation
    via: str


class Outcome(NamedTuple):
    """The verdict on a claim, or on one part of a compound claim (then ``parts`` is
    empty)."""

    text: str
    verdict: str
    confidence: float
    evidence: tuple[Evidence, ...]
    explanation: str
    conflicts: tuple[Conflict, ...] = ()
    parts: tuple[Outcome, ...] = ()
    proof: tuple[ProofStep, ...] = ()
    # the statement a yes/no question was checked as ('Did the council approve the
    # plan?' → 'the council did approve the plan'); empty for a claim
    statement: str = ""


class Step(NamedTuple):
    """One aligned piece of a proof: what the claim says, what the fact says in its place
    (empty when the fact says nothing there), their relation and where it comes from."""

    kind: str  # word, entity, figure, count, polarity, role, status, only
    key: str  # the claim's canonical term, '@entity', or '#figure'
    claim: str
    fact: str
    relation: Relation
    via: str


_CONFLICT_KINDS = {"word": "antonym", "figure": "number", "count": "group",
                   "polarity": "negation", "entity": "entity", "role": "role",
                   "status": "status", "only": "exclusive", "quantifier": "quantifier"}
_HOLDS = (Relation.EQUIVALENT, Relation.FORWARD)
_CONTRADICTS = (Relation.NEGATION, Relation.ALTERNATION)
# Opposites reached through one sense of a word ('rejected' against 'approved', 'dropped'
# against 'doubled'): they hold only where the rest of the claim is the fact's.
_SENSED = (OPPOSITE_SENSE, KIND_OF_OPPOSITE)
# Steps that hold as the claim writes them (a name, the word, a figure), not through a
# relation of words.
_NAME = "name:"  # the key of a name the store does not know
_UNKNOWN_NAME = "a name not in this fact"  # the via of a word of such a name


# The via of a claim verb taken for the fact's one verb no other claim word took, which
# WordNet puts a step above or below it only in a less common sense ('cleared' for
# 'approved'): trusted least, and only where every other piece holds (see core.align).
ANOTHER_VERB = "another verb for the fact's act; WordNet links them only at a lower sense"
_IN_PLACE = " in this place"  # the end of each substitution's 'via'
_STORE_SWAP = "another entity" + _IN_PLACE  # one of the store's, not a name of a kind
_KIND_OF_ENTITY = "kind of an entity"  # 'the spacecraft' for Juice
# 'owns 61.5% of' against 'holds a 61.5% stake in' (verifying.words._owning_a_stake)
OWNING_A_STAKE = "a stake held is a part owned"
# 'made up 22% of' against 'accounted for 22 percent of' (verifying.words._verb_of_a_share)
SHARE_VERB = "verb of a share"
# 'the central region' for the fact's Torres Strait: the claim says which one of the kind
WHICH_ONE_UNSAID = "which one of its kind the fact does not say"
# 'heating grants' against 'grant applications', of the KfW heating grants the fact names:
# words of a name said around the fact's word (see verifying.words._name_written_around)
NAME_AROUND = "words of its name around the fact's word"
_PART_COUNTED = "a count of some of them"  # '5,000 of the animals', '1,800 indirect jobs'
_OF_ANOTHER_TIME = "a figure of another time"  # 'originally', 'a year earlier'
ONE_AS_A = "'one' as 'a'"  # 'one vial' against 'a vial'
# 'France' against 'the French government' (verifying.entities._governments)
GOVERNED_BY = "the place for the body that governs it"
# 'fewer buses' against the fact's 'more buses' (verifying.structure)
OPPOSITE_COMPARATIVE = "the opposite comparative"
_PLAIN = frozenset({"same word", "same word family", "alias", "same entity", "group members",
                    "figure comparison", "figure of the same kind", "count of named entities",
                    "factcli lexicon"})
# How far each source of a relation can be trusted: the proof's confidence is its weakest.
_TRUST = {"same word": 0.97, "same word family": 0.9, "alias": 0.97, "same entity": 0.97,
          "group members": 0.9, "figure comparison": 0.97, "count of named entities": 0.9,
          ONE_AS_A: 0.95, GOVERNED_BY: 0.85,
          "factcli lexicon": 0.92, "factcli lexicon antonym": 0.9, "WordNet synonym": 0.88,
          "WordNet derivation": 0.88, "WordNet pertainym": 0.88,
          "WordNet similar adjective": 0.8, "WordNet hypernym": 0.85,
          "WordNet compound's verb": 0.85,
          "WordNet near-synonym": 0.75, "verb of having": 0.85,
          "WordNet antonym": 0.85, OPPOSITE_SENSE: 0.8, KIND_OF_OPPOSITE: 0.8,
          "negation": 0.92, "another subject": 0.8,
          "another doer of the same act": 0.8, "another holder of the role": 0.8,
          "the article's only one": 0.85,
          "what it is part of": 0.85, "without a break, not now and then": 0.85,
          "now and then, not without a break": 0.85, "the same in other words": 0.85,
          "another modifier": 0.8, _STORE_SWAP: 0.85, "the same degree": 0.9,
          "the opposite degree": 0.85, OPPOSITE_COMPARATIVE: 0.85,
          "the sides exchanged": 0.85,
          "planned, not done": 0.8, "the article names others": 0.85,
          "the article says so too": 0.9, "quantity words": 0.85,
          "said only as a condition": 0.8, "the article does not say 'only'": 0.8,
          "the article gives no share": 0.8, "a share is some of them": 0.85,
          _KIND_OF_ENTITY: 0.85, "a word of its name": 0.85, NAME_AROUND: 0.85,
          OWNING_A_STAKE: 0.85, SHARE_VERB: 0.85,
          "names what the figure is": 0.85, "the claim denies it": 0.85,
          "another month": 0.85, "another day": 0.85, "another one of its kind": 0.8,
          "another date": 0.85, "the same thing in both facts": 0.85,
          "count of named entities across facts": 0.85,
          "not said of the same thing": 0.8, "a figure of something else": 0.8,
          "comparison of the article's figures": 0.9, "not what it is called": 0.8,
          "order of the article's dates": 0.9, "order of the fact's events": 0.9,
          "gap between the fact's events": 0.85,
          "dates the article lists": 0.9,
          "the claim's own list": 0.9, "same time of year": 0.9,
          "within that time of year": 0.85, "another time of year": 0.85,
          _PART_COUNTED: 0.8, _OF_ANOTHER_TIME: 0.8, ANOTHER_VERB: 0.6,
          "another multiple": 0.85, "another rank": 0.85}


@dataclass(eq=False, repr=False)
class Alignment:
    fact: CompiledFact
    steps: list[Step] = field(default_factory=list)
    fact_negated: bool = False
    claim_negated: bool = False
    names_fit: bool = False  # see _names_fit
    same_subject: bool = False  # the claim's subject is the fact's

    @property
    def content(self) -> list[Step]:
        return [s for s in self.steps if s.kind in ("word", "entity", "figure", "count")]

    @property
    def matched(self) -> list[str]:
        return [s.key for s in self.content if s.relation in _HOLDS]

    @property
    def unmatched(self) -> list[str]:
        return [s.key for s in self.content if s.kind in ("word", "entity")
                and s.relation not in _HOLDS + _CONTRADICTS]

    @property
    def quantity_gaps(self) -> set[str]:
        """The claim's figures ('#' keys) the fact gives nothing to compare with."""
        return {s.key for s in self.content if s.kind in ("figure", "count")
                and s.relation not in _HOLDS + _CONTRADICTS}

    @property
    def subject_missing(self) -> list[str]:
        return [s.key[1:] for s in self.steps if s.kind == "role"
                and s.relation == Relation.INDEPENDENT]

    @property
    def conflicts(self) -> list[Conflict]:
        return [Conflict(_CONFLICT_KINDS[s.kind], s.claim, s.fact) for s in self.steps
                if s.relation in _CONTRADICTS]

    @property
    def ratio(self) -> float:
        content = self.content
        held = sum(s.relation in _HOLDS for s in content)
        return held / len(content) if content else 0.0

    @property
    def relation(self) -> Relation:
        """The fact's relation to the claim: the pieces conjoined, then the claim's and the
        fact's polarity (a negated fact is a downward context for its words)."""
        pieces = [s.relation for s in self.steps if s.kind != "polarity"]
        lexical = conjoin(pieces) if pieces else Relation.INDEPENDENT
        if self.fact_negated and self.claim_negated:
            return project(lexical, downward=True)
        if self.fact_negated:
            return join(Relation.NEGATION, lexical)
        if self.claim_negated:
            return join(lexical, Relation.NEGATION)
        return lexical

    @property
    def anchored(self) -> bool:
        """Enough of the claim lines up with the fact for a contradiction to be about the
        same thing: the fact is not merely another fact sharing one word."""
        content = self.content
        held = [s for s in content if s.relation in _HOLDS]
        open_ = [s for s in content if s.relation not in _HOLDS + _CONTRADICTS]
        # A figure set against the fact's (by what it measures, or with every word around
        # it in the fact) anchors as a held piece does.
        paired = [s for s in content if s.kind == "figure" and s.relation in _CONTRADICTS]
        support = len(held) + min(len(paired), 1)
        # A short claim all of which lines up, but for the contradicted piece ('the flyby
        # was unsuccessful' against 'the successful flyby') is about that fact too.
        against = [s for s in content if s.relation in _CONTRADICTS]
        # … or for a name of a kind the store does not know ('Juice is bound for Mars')
        whole = bool(held) and not open_ and len(against) == 1 and (
            against[0].kind == "word" or (against[0].via.endswith(_IN_PLACE)
            and against[0].via != _STORE_SWAP))
        # 'The Gap is a 150-km corridor between Lithuania and Poland' against 'The Gap is a
        # corridor 100 km long': a figure of what the fact measures, said of its subject
        # 'faces the ocean rather than the downtown skyline', where the fact's skyline is
        denies = bool(held) and len(held) >= 2 and any(
            s.via == "the claim denies it" and s.kind == "word" for s in against)
        measured = self.same_subject and any(
            s.via == "figure comparison" for s in paired) and all(
            s.kind == "entity" for s in open_)  # names the fact lacks, every word said
        # 'Tampa's planned terminal has 16 gates' against 'Terminal 1 will reach 30 gates':
        # a claim naming what the store does not know may be about that other thing
        if any(s.via == _UNKNOWN_NAME for s in open_) and not any(
                s.via == "the claim denies it" for s in against):
            return False
        return (support >= 2 and len(open_) <= support // 2) or whole or measured or denies

    @property
    def loose(self) -> bool:
        """A claim verb stands for the fact's act through a less common sense alone."""
        return any(s.via == ANOTHER_VERB for s in self.steps)

    @property
    def supports(self) -> bool:
        """Every piece of the claim is accounted for, and the joined relation entails it (a
        negated claim may be entailed through a contradicted piece, never around an
        unaccounted one)."""
        if verdict_of(self.relation) != Verdict.SUPPORTED:
            return False  # most candidates; the cheapest test, so it comes first
        others_named = any(s.kind == "only" and s.relation in _CONTRADICTS for s in self.steps)
        accounted = all(s.relation in _HOLDS + _CONTRADICTS for s in self.steps
                        if not (others_named and s.kind == "role"))
        # 'Ukraine has not gained it' is not entailed by 'Lithuania has gained it': another
        # doer does not exclude this one, as 'leave' excludes 'stay'.
        through_another = self.claim_negated != self.fact_negated and any(
            s.kind in ("role", "entity") and s.relation in _CONTRADICTS for s in self.steps)
        said = any(s.kind in ("word", "figure", "count")
                   and s.relation in _HOLDS + _CONTRADICTS for s in self.steps) or self.names_fit
        # something must hold as written: 'the terminal was free' is not said by 'a news
        # release' (a kind word for a name, and a synonym of a word the noun derives from)
        plain = any(s.via in _PLAIN for s in self.steps if s.relation in _HOLDS)
        return said and accounted and plain and not through_another

    @property
    def refutes(self) -> bool:
        """Contradicted, by a fact about the same thing: not one whose subject is someone
        else ('another subject' left open)."""
        if verdict_of(self.relation) != Verdict.REFUTED:
            return False  # most candidates; the cheapest test, so it comes first
        others_named = any((s.kind == "only" and s.relation in _CONTRADICTS)
                           or s.via == "the claim denies it" for s in self.steps)
        about_another = not others_named and any(
            s.via in ("another subject", "said of another thing", "another one of its kind",
                      WHICH_ONE_UNSAID)
            and s.relation == Relation.INDEPENDENT for s in self.steps)
        # An opposite reached through one of a word's several senses is the opposite of
        # the fact's only where the rest of the claim is the fact's: 'the slipway broke
        # records' is no 'ended' against 'began' (to break is also to end), 'the agency
        # rejected the drug' is against 'approved the drug'.
        sensed = any(s.via in _SENSED and s.relation in _CONTRADICTS for s in self.steps)
        # something must be said as written, as for support: 'the cost has risen' is not
        # the fact's 'will raise a further 30 million' (a word it derives, a figure it names)
        plain = any(s.via in _PLAIN for s in self.steps if s.relation in _HOLDS + _CONTRADICTS)
        return self.anchored and plain and not about_another and not (
            sensed and self.unmatched)

    @property
    def confidence(self) -> float:
        return min((_TRUST.get(s.via, 0.8) for s in self.steps), default=0.5)


_OF_ANOTHER = "said of another thing"


def _fact_term(step: Step, compiled: CompiledFact) -> str:
    return next((t for t, w in compiled.raw_terms if w == step.fact), step.key)


def _held_terms(result: Alignment, compiled: CompiledFact) -> set[str]:
    """The fact's terms (and entities, '@id') that the claim's held pieces stand for."""
    held = [s for s in result.steps if s.relation in _HOLDS]
    return {_fact_term(s, compiled) for s in held} | {s.key for s in held}


def _evidence(compiled: CompiledFact) -> Evidence:
    fact = compiled.fact
    return Evidence(fact.id, fact.statement, fact.section)


def _proof(alignments: list[Alignment]) -> tuple[ProofStep, ...]:
    return tuple(ProofStep(a.fact.fact.id, s.kind, s.claim, s.fact, s.relation, s.via)
                 for a in alignments for s in a.steps)
