"""Candidate facts for a question and the question aligned with each.

The index query made of the question's core, aligning a fact once per question, and the
reading of an alignment: which relations hold, which of the fact's words it held.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from factcli.asking.gap import Gap
from factcli.asking.kinds import _kind_fits
from factcli.index import CompiledFact, index_tokens
from factcli.knowledge import Knowledge
from factcli.logic import Relation
from factcli.text import Analysis, read_statement, tokenise
from factcli.verify import Alignment, Step, align
from factcli.vocabulary import Vocabulary

CANDIDATES = 8
_HELD = (Relation.EQUIVALENT, Relation.FORWARD)
_INCLUSION = "a verb of inclusion"
_PART_OF = "a phrase that makes it a part"


def _aligned_once(core: Analysis, compiled: CompiledFact, knowledge: Knowledge,
                  done: dict[str, tuple[Alignment, tuple[Step, ...]]]) -> Alignment:
    """The question aligned with the fact. Aligning is a function of the two alone, so a
    fact weighed again is not aligned again: it gets a new alignment with the steps align
    gave (``done``, by fact id), as :func:`_fit` rewrites the steps of one it weighs."""
    known = done.get(compiled.fact.id)
    if known is None:
        # loose: as for a claim, the question's one unsaid verb may stand for the fact's
        # through a less common sense ('who *heads* the party': 'is *led* by')
        alignment = align(core, compiled, knowledge, asserted=False, loose=True)
        done[compiled.fact.id] = (alignment, tuple(alignment.steps))
        return alignment
    alignment, steps = known
    return replace(alignment, steps=list(steps))


def _query(core: Analysis, gap: Gap, vocab: Vocabulary) -> list[str]:
    query = set(core.term_set) | gap.measure
    for term, _ in core.terms:
        query |= set(vocab.links(core.raw_terms.get(term, "")))
    entities = set(core.entity_ids) | _referred_by_kind(core, vocab)
    # "which planet": facts naming planets; "where": facts naming places
    if gap.answer == "entities" and (gap.kind_word or (
            gap.kinds and set(gap.kinds) <= vocab.place_kinds)):
        entities |= {e for e in vocab.entities if _kind_fits(e, gap, vocab)}
    # "what is the speed of the ferry": the facts that give a figure of the one dimension
    # asked, however they word it, among the many that name the ferry
    units = _units_of(gap.dimensions[0], vocab) if gap.answer == "quantity" and len(
        gap.dimensions) == 1 else ()
    return index_tokens(query, entities, units)


@lru_cache(maxsize=64)
def _units_of(dimension: str, vocab: Vocabulary) -> tuple[str, ...]:
    return tuple(u.id for u in vocab.units.values() if u.dimension == dimension)


def _referred_by_kind(core: Analysis, vocab: Vocabulary) -> set[str]:
    """The entities a kind the question names in two words stands for ('the *joint
    venture*'), with their members: a fact may name those instead ('Turner and
    FlatironDragados marked the opening'), as the alignment allows, so the search must
    find it."""
    tokens = core.tokens
    referred = {entity for _, pos in core.terms if pos
                for entity in vocab.kind_words.get(" ".join(tokens[pos - 1:pos + 1]), ())}
    if not referred:
        return referred
    return referred | {e for e, ref in vocab.entities.items()
                       if not referred.isdisjoint(ref.member_of)}


def _held_word(alignment: Alignment, term: str,
               vocab: Vocabulary) -> tuple[Step, Analysis, list[int]] | None:
    """The step holding the question's ``term`` in this fact, the fact's reading, and
    where the fact's word for it stands."""
    step = next((s for s in alignment.steps if s.kind == "word" and s.key == term
                 and s.relation in _HELD), None)
    if step is None:
        return None
    compiled = alignment.fact
    fact = read_statement(compiled.fact.statement, vocab)
    spots = [pos for t, pos in fact.terms if compiled.word_for(t) == step.fact]
    return step, fact, spots


def _matched_positions(alignment: Alignment, fact: Analysis, core: Analysis,
                       vocab: Vocabulary) -> set[int]:
    """The fact's token positions that the question's pieces lined up with."""
    compiled = alignment.fact
    words = {s.fact for s in alignment.steps if s.kind == "word"
             and s.relation in (*_HELD, Relation.REVERSE)}
    # a verb of inclusion may be no term of the fact ('includes')
    included = {s.fact for s in alignment.steps if s.via in (_INCLUSION, _PART_OF)}
    marked = {pos for pos, token in enumerate(fact.tokens) if token in included}
    for term, pos in fact.terms:
        word = compiled.word_for(term)
        if word in words:
            marked.update(range(pos, pos + len(tokenise(word))))
    # and the entity a noun of the question names a kind of ('the probe': Juice)
    asked = set(core.entity_ids) | {s.key[1:] for s in alignment.steps
                                    if s.kind == "entity" and s.relation in _HELD}
    for entity_id, pos in fact.entities:
        if entity_id in asked:
            match = vocab.match_phrase(fact.tokens, pos)
            marked.update(range(pos, pos + (match[2] if match else 1)))
    return marked
