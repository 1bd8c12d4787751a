"""The core loop of one part of a claim: the facts a search proposes, the alignment of the
claim with each (``align`` runs every concern's checks in turn), the fact's own
negation, and the outcome read off the alignments, with its proof.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from factcli.index import CompiledFact, index_tokens
from factcli.knowledge import Knowledge
from factcli.logic import Relation
from factcli.text import Analysis, and_list, fold, is_passive_at, read_statement
from factcli.verifying.alignment import (
    _CONTRADICTS,
    _HOLDS,
    _OF_ANOTHER,
    _OF_ANOTHER_TIME,
    _PART_COUNTED,
    NAME_AROUND,
    NOT_ENOUGH_INFO,
    REFUTED,
    SUPPORTED,
    Alignment,
    Outcome,
    Step,
    _evidence,
    _fact_term,
    _proof,
)
from factcli.verifying.entities import (
    _align_entities,
    _another_doer,
    _another_holder,
    _doer_noun_of_another,
    _kind_word_of_a_bystander,
    _name_put_instead_of_denied,
    _the_articles_one,
    _unknown_name_in_place,
)
from factcli.verifying.figures import _ANOTHER_SLOT, _align_figures
from factcli.verifying.joint import _counted_together, _joint_support
from factcli.verifying.scope import (
    _OF_A_SHARE,
    _align_only,
    _align_quantifier,
    _checks_of_scope,
    _some_against_none,
)
from factcli.verifying.status import (
    _act_only_named,
    _act_undone,
    _align_status,
    _at_another_time,
    _dated_later,
    _later_change,
    _light_verb_for_another_act,
    _of_another_time,
    _one_more_time,
    _same_time,
    _same_year,
)
from factcli.verifying.structure import (
    _align_attachments,
    _align_objects,
    _align_order,
    _align_roles,
    _class_of_other_names,
    _described_as_another,
    _enough_against_too,
    _opposite_comparative,
    _opposite_degree,
    _opposite_of_the_same,
    _other_side_of_the_place,
    _sides_exchanged,
)
from factcli.verifying.words import _align_words, _of_kind, _unknown_names

if TYPE_CHECKING:
    from factcli.vocabulary import Vocabulary


CANDIDATES = 8
# A candidate scoring under this share of the best shares only a common word or two with
# the claim: aligning it never changed a verdict on any labelled set (about 1,300 claims
# and the held-out ones), and it was most of the work. A side of a comparison or an event
# put in order is a short phrase, whose facts score closer to one another: they keep the
# lower share, which the event lists of 'twice more' need.
ALIGNED_SHARE = 0.4
RELATIVE_SCORE = 0.3


# where a fact's sentence may go on with a clause of its own ('…, and has not been built')
_CLAUSE_JOIN = re.compile(r",?\s+(?:and|but)\s+", re.I)


def _aligned(text: str, reading: Analysis, knowledge: Knowledge,
             question: bool) -> tuple[Outcome, dict[str, CompiledFact]]:
    """The verdict from aligning the claim with the facts a search proposes."""
    vocab = knowledge.vocab
    candidates = _candidates(reading, knowledge, ALIGNED_SHARE)
    alignments: list[Alignment] = []
    supporting: list[Alignment] = []
    for fact in candidates:
        alignment = align(reading, fact, knowledge, question=question, loose=not question)
        alignments.append(alignment)
        if alignment.supports:
            supporting.append(alignment)
            if alignment.ratio == 1.0 and not alignment.loose:
                # A fact that holds every piece of the claim decides it: no other fact
                # can hold more of it, so the rest need not be aligned (one held through
                # a loosely linked verb may yet be refuted by another).
                break
    weighed = {fact.fact.id: fact for fact in candidates}

    refuting = [a for a in alignments if a.refutes and not _figures_told_elsewhere(a, alignments)]
    if refuting:
        # a verb linked only at a lower sense stands for the fact's only where no fact
        # says otherwise: 'the charter encourages dredging' against one that bans it
        supporting = [a for a in supporting if not a.loose]
    best_support = max(supporting, key=lambda a: len(a.matched), default=None)
    best_refute = max(refuting, key=lambda a: (a.ratio, len(a.matched)), default=None)
    if best_refute is not None and not (
            best_support is not None and len(best_support.matched) >= len(best_refute.matched)):
        return _outcome(text, REFUTED, [best_refute], knowledge), weighed
    if best_support is not None:
        if best_refute is not None and _bound_met_by_another_figure(best_support, best_refute):
            return Outcome(text, NOT_ENOUGH_INFO, 0.5, (_evidence(best_support.fact),
                                                        _evidence(best_refute.fact)),
                           "the article gives the figure both ways: "
                           + "; ".join(c.describe() for c in best_refute.conflicts),
                           proof=_proof([best_support, best_refute])), weighed
        return _outcome(text, SUPPORTED, [best_support], knowledge), weighed
    joint = _joint_support(reading, alignments, vocab) or _counted_together(
        reading, alignments, vocab)
    if joint is not None:
        return _outcome(text, SUPPORTED, joint, knowledge), weighed
    return _not_enough_info(text, reading, alignments, knowledge), weighed


def _bound_met_by_another_figure(supporting: Alignment, refuting: Alignment) -> bool:
    """'The programme will cost more than $2bn', met only as a bound by a fact's other figure
    ('the Treasury had warned the project would cost $4bn'), while another fact holds every
    other piece of the claim and contradicts that bound ('the programme will cost less than
    $2bn'): the article gives the figure both ways, so the claim is left open."""
    against = {s.key for s in refuting.content if s.relation in _CONTRADICTS}
    held_as = [s.relation for s in supporting.content if s.key in against]
    return bool(held_as) and all(relation == Relation.FORWARD for relation in held_as) and all(
        s.kind == "figure" for s in refuting.content if s.key in against) and (
        len(refuting.matched) + len(against) == len(refuting.content))


def _figures_told_elsewhere(refuting: Alignment, alignments: list[Alignment]) -> bool:
    """'Juice reached its closest point to Earth at 3:26 on 21 August' against 'Juice came
    closest to the Moon at 2:45 on 20 August': the figures it contradicts are the ones
    another fact gives, with the names this one lacks ('its nearest approach to Earth …
    at 3:26 … on 21 August'), so they are another event's, not a wrong figure. So too when
    this one holds only the claim's names, and another holds them and the figure ('the
    mayor and the Corporation each pledged £25m' against 'the mayor's contribution comes
    to £95m' and 'the mayor has committed £25m'): the claim's figure is that one of his."""
    against = {s.key for s in refuting.steps if s.relation in _CONTRADICTS}
    if not against or any(s.kind != "figure" for s in refuting.steps if s.key in against):
        return False
    lacking = {k for k in refuting.unmatched if k.startswith("@")}
    names = set(refuting.matched)
    if not all(key.startswith("@") for key in names):
        names = set()  # the fact says what the figure is of, as the claim does
    return any((bool(lacking) and against | lacking <= set(other.matched))
               or (bool(names) and against | names <= set(other.matched))
               for other in alignments if other is not refuting)


def _preceding(fact: CompiledFact, knowledge: Knowledge) -> CompiledFact | None:
    """The fact before ``fact`` in the store, which keeps the article's order."""
    facts = knowledge.index.facts
    at = next((i for i, f in enumerate(facts) if f.fact.id == fact.fact.id), 0)
    return facts[at - 1] if at > 0 else None


def _stated(reading: Analysis, fact: CompiledFact, knowledge: Knowledge) -> float | None:
    """How closely the fact states what is read (its proof's confidence); None if it does
    not state it."""
    alignment = align(reading, fact, knowledge)
    return alignment.confidence if alignment.supports else None


def _candidates(reading: Analysis, knowledge: Knowledge,
                share: float = RELATIVE_SCORE) -> list[CompiledFact]:
    """The facts a search proposes for the claim, best first."""
    vocab = knowledge.vocab
    query = set(reading.term_set)
    for term, _ in reading.terms:
        query |= set(vocab.links(reading.raw_terms.get(term, "")))
        query |= vocab.antonyms.get(term, frozenset())
    for q in reading.quantities:
        query |= q.context
    # a name the store does not know looks for the store's things of its kind
    entities = set(reading.entity_ids)
    if reading.names:
        entities = entities.union(
            *(kinds for _, kinds, _ in _unknown_names(reading, vocab).values()),
            *(_of_kind(vocab.instances[word], vocab) for word in reading.names
              if word in vocab.instances and not vocab.names_entity(word)))
    found = knowledge.index.search(index_tokens(
        query, entities, {q.unit for q in reading.quantities}), CANDIDATES)
    best_score = found[0][1] if found else 0.0
    return [fact for fact, score in found if score >= share * best_score]


def align(reading: Analysis, compiled: CompiledFact, knowledge: Knowledge,
          asserted: bool = True, question: bool = False, loose: bool = False,
          names_around: bool = True) -> Alignment:
    """Give each piece of ``reading`` its relation to one fact. ``asserted`` is False for
    a wh-question, which states nothing that a fact's 'prevented' or 'banned' could
    reverse; ``question`` reads deadlines as bounds (see :func:`verify_claim`). With
    ``loose``, a claim's verb may stand for the fact's through a less common sense (see
    :func:`_another_verb_for_the_act`) where that makes every piece hold. Without
    ``names_around``, words of a name said around the fact's word hold nothing (see
    :func:`factcli.verifying.words._name_written_around`)."""
    vocab = knowledge.vocab
    subject = set(reading.subject_entities)
    result = Alignment(fact=compiled, names_fit=_names_fit(reading, compiled)
                       and not _done_to_a_name(reading, vocab),
                       same_subject=bool(subject) and subject <= compiled.subject)
    _align_words(reading, compiled, vocab, result, narrower=not asserted,
                 loose=loose, names_around=names_around)
    _same_time(reading, compiled, vocab, result)
    _align_entities(reading, compiled, vocab, result)
    _name_put_instead_of_denied(reading, result)
    _align_figures(reading, compiled, knowledge, result, question or not asserted)
    _at_another_time(reading, result)
    _one_more_time(reading, vocab, result)
    _later_change(reading, compiled, vocab, result)
    _of_another_time(reading, compiled, result, vocab)
    _same_year(reading, result, vocab)
    _dated_later(compiled, result, vocab)
    _align_status(reading, compiled, result, vocab)
    for check in _checks_of_scope(reading, vocab):
        check(reading, compiled, result, vocab)
    _align_quantifier(reading, compiled, result, vocab)
    _some_against_none(reading, compiled, result, vocab)
    _act_only_named(reading, compiled, result, vocab)
    _act_undone(reading, compiled, result, vocab)
    _light_verb_for_another_act(reading, compiled, result, vocab)
    _described_as_another(reading, compiled, result, vocab)
    _class_of_other_names(reading, compiled, result, vocab)
    _align_objects(reading, compiled, result)
    _align_roles(reading, compiled, vocab, result)
    _align_attachments(reading, compiled, vocab, result)
    _other_side_of_the_place(reading, compiled, result, vocab)
    _opposite_of_the_same(reading, knowledge, result)
    _opposite_degree(reading, compiled, result, vocab)
    _opposite_comparative(reading, compiled, result, vocab)
    _enough_against_too(reading, compiled, result, vocab)
    _sides_exchanged(reading, compiled, result, vocab)
    _align_order(reading, compiled, vocab, result)
    _another_doer(reading, compiled, result, vocab)
    _another_holder(reading, compiled, result, vocab)
    _doer_noun_of_another(reading, compiled, result, vocab)
    _unknown_name_in_place(reading, compiled, result, vocab)
    _kind_word_of_a_bystander(reading, compiled, result, vocab)
    _the_articles_one(reading, compiled, knowledge, result)

    claim_actions = reading.verb_terms & compiled.terms
    blockers = [b for b in (compiled.terms & vocab.blocking) - compiled.purposes
                if asserted and claim_actions and b not in reading.term_set
                and not (vocab.antonyms.get(b, frozenset()) & reading.term_set)]
    # "prevented NATO ships from boarding" says the boarding did not happen.
    result.fact_negated = (compiled.negated and not _negated_elsewhere(
        reading, compiled, result, vocab)) != (len(blockers) % 2 == 1)
    result.claim_negated = reading.negations % 2 == 1
    if reading.exclusive:
        _align_only(reading, result, knowledge)
    if result.fact_negated != result.claim_negated:
        result.steps.append(Step(
            "polarity", "not", "not so" if result.claim_negated else "so",
            "so" if result.claim_negated else "not so", Relation.NEGATION,
            "negation" if not blockers else f"'{compiled.word_for(blockers[0])}'"))
    if names_around and any(s.via == NAME_AROUND for s in result.steps) and result.refutes:
        # words of a name said around the fact's word only complete what the fact supports:
        # they do not make it a fact about the claim's thing enough to contradict it ('the
        # old bridge is 1,600 metres long' against the old bridge's 3-metre lanes), so the
        # fact is weighed again without them
        return align(reading, compiled, knowledge, asserted, question, loose,
                     names_around=False)
    if result.loose and not (result.supports and not result.claim_negated
                             and not result.fact_negated
                             and all(s.relation in _HOLDS for s in result.steps)):
        # the loosely linked verb may only complete a claim the fact says all the rest
        # of, neither negated: it never lets another piece contradict the fact ('the lander
        # weighs six tonnes' against a fact of the fuel it saved), so the fact is
        # weighed again without it
        return align(reading, compiled, knowledge, asserted, question,
                     names_around=names_around)
    return result


def _negated_elsewhere(reading: Analysis, compiled: CompiledFact, result: Alignment,
                       vocab: Vocabulary) -> bool:
    """'Work is scheduled to begin by 2026; it has not started yet', 'the depot is a
    proposal and has not been built': the fact's 'not' is in a clause of its own, after a
    semicolon or an 'and' that opens on its own verb, and the claim holds none of that
    clause's words, so the clause the claim is held by is not negated (unless the claim
    says the act is done or under way, which is what such a clause denies: then, where the
    fact's plan already contradicts it, the clause says that same thing again and is no
    second contradiction to cancel the first — 'has already been extended' against 'is
    due to be extended; this has not happened yet')."""
    parts = _negated_clause(compiled.fact.statement, vocab)
    if parts is None:
        return False  # nearly every fact
    if reading.status == "completed":
        return any(s.kind == "status" and s.relation in _CONTRADICTS for s in result.steps)
    opening, closing = read_statement(parts[0], vocab), read_statement(parts[1], vocab)
    if opening.negations % 2 or not closing.negations % 2:
        return False
    held = {_fact_term(s, compiled) for s in result.steps
            if s.kind == "word" and s.relation in _HOLDS}
    return bool(held) and held.isdisjoint(closing.term_set)


@lru_cache(maxsize=4096)  # of each fact, asked for with every claim
def _negated_clause(statement: str, vocab: Vocabulary) -> tuple[str, str] | None:
    """The statement cut before a clause of its own that holds its 'not': after a
    semicolon, after an 'and' or 'but' whose words open on a verb ('and has not yet
    been built'), or before a relative clause after a comma (', who said it was not
    easy'); None for a statement with no such cut."""
    if not read_statement(statement, vocab).negations:
        return None  # nearly every fact
    first, semicolon, rest = statement.partition(";")
    if semicolon:
        return first, rest
    for match in _CLAUSE_JOIN.finditer(statement):
        rest = statement[match.end():]
        if read_statement(rest, vocab).predicate_at == 0:
            return statement[:match.start()], rest
    # a relative clause set off by a comma is one of its own whatever it opens on ('…, which
    # the board has not approved')
    for at in (i for i, char in enumerate(statement) if char == ","):
        rest = statement[at + 1:].lstrip()
        if rest.split(" ", 1)[0].lower() in vocab.aside_openers:
            return statement[:at], rest
    return None


def _names_fit(reading: Analysis, compiled: CompiledFact) -> bool:
    """Names alone say little about what joins them ('Estonia and Latvia announced
    intentions similar to Russia's' is all names once its light words are set aside): a
    claim of names holds only against a fact about the claim's subject, in which the
    claim's other names own nothing the claim does not mention ('Russian aggression')."""
    subject = set(reading.subject_entities)
    return bool(subject) and subject <= compiled.subject and not any(
        owner in reading.entity_ids and owner not in subject and head not in reading.term_set
        for owner, head in compiled.modifiers)


@lru_cache(maxsize=64)  # of the claim alone, and asked for with each candidate fact
def _done_to_a_name(reading: Analysis, vocab: Vocabulary) -> bool:
    """'Ignacio Tanco was performed': what the passive of a light verb says was done to a
    name is not read, so the name alone is not what the claim says."""
    tokens = reading.tokens
    return any((token in vocab.ignored or " ".join(tokens[pos:pos + 2]) in vocab.ignored)
               and is_passive_at(tokens, pos, vocab) for pos, token in enumerate(tokens))


def _outcome(text: str, verdict: str, alignments: list[Alignment],
             knowledge: Knowledge) -> Outcome:
    confidence = round(min(a.confidence for a in alignments), 3)
    evidence = tuple(_evidence(a.fact) for a in alignments)
    if verdict == REFUTED:
        conflicts = tuple(alignments[0].conflicts)
        explanation = "; ".join(c.describe() for c in conflicts)
        return Outcome(text, REFUTED, confidence, evidence, explanation, conflicts,
                       proof=_proof(alignments))
    held = [s for a in alignments for s in a.steps if s.relation in _HOLDS and s.fact]
    shown = ", ".join(dict.fromkeys(s.fact for s in held)) or "the same statement"
    return Outcome(text, SUPPORTED, confidence, evidence, f"the article states this: {shown}",
                   proof=_proof(alignments))


def _not_enough_info(text: str, reading: Analysis, alignments: list[Alignment],
                     knowledge: Knowledge) -> Outcome:
    if not alignments:
        return Outcome(text, NOT_ENOUGH_INFO, 0.95, (), "no fact in the store is about this")
    best = max(alignments, key=lambda a: (not a.subject_missing, a.ratio, len(a.matched)))
    in_store = knowledge.index.postings
    reasons = []
    missing_subject = [s.claim for s in best.steps if s.kind == "role"
                       and s.relation == Relation.INDEPENDENT]
    if missing_subject:
        reasons.append("the article says nothing about " + and_list(missing_subject) + " here")
    narrower = [f"'{s.claim}' (the article says '{s.fact}')" for s in best.steps
                if s.kind == "word" and s.relation == Relation.REVERSE]
    if narrower:
        reasons.append("the claim is more specific than the article: " + and_list(narrower))
    gaps = [f"'{s.claim}'" for s in best.steps if s.kind in ("figure", "count")
            and s.relation not in _HOLDS + _CONTRADICTS
            and s.via not in (_PART_COUNTED, _OF_ANOTHER_TIME, *_ANOTHER_SLOT)]
    reasons += [f"the article's '{s.fact}' is {s.via}, not the claim's '{s.claim}'"
                for s in best.steps if s.via in _ANOTHER_SLOT]
    if gaps:
        reasons.append("the article gives no figure to compare with " + and_list(gaps))
    reasons += [f"'{s.claim}' counts some of what the article counts ('{s.fact}')"
                for s in best.steps if s.via == _PART_COUNTED]
    reasons += [f"the article's '{s.fact}' is a figure of another time"
                for s in best.steps if s.via == _OF_ANOTHER_TIME]
    other_time = [f"'{s.claim}' (the article says '{s.fact}', undated)" for s in best.steps
                  if s.via == "at another time"]
    if other_time:
        reasons.append("the claim dates what may be another time: " + and_list(other_time))
    reasons += [f"the article says '{s.fact}', of another thing" for s in best.steps
                if s.via == _OF_ANOTHER]
    absent = [s for s in best.steps if s.kind in ("word", "entity")
              and s.relation == Relation.INDEPENDENT and s.via not in ("at another time",
                                                                       _OF_ANOTHER)]
    vocab = knowledge.vocab
    # 'flew' is mentioned where a fact says 'flown': a form of the same lemma counts
    said = {s.claim for s in absent if s.key in in_store or (" " not in s.claim and (any(
        via == "same word" for verb in (False, True)
        for _, via in vocab.links(s.claim.lower(), verb=verb).values())
        or fold(s.claim) in vocab.any_name_words))}
    unknown = [f"'{s.claim}'" for s in absent if s.claim not in said]
    elsewhere = [f"'{s.claim}'" for s in absent if s.claim in said]
    if elsewhere:
        reasons.append("the closest fact does not say " + and_list(elsewhere))
    if unknown:
        reasons.append("the article does not mention " + and_list(unknown))
    reasons += [s.via for s in best.steps if s.kind == "status" and s.relation == Relation.REVERSE]
    reasons += [f"the article says it of only {s.fact} of the {s.claim}" for s in best.steps
                if s.via == _OF_A_SHARE]
    reasons += [f"{s.via}: '{s.fact}'" if s.fact else s.via for s in best.steps
                if s.kind == "quantifier"
                and s.relation == Relation.REVERSE and s.via != _OF_A_SHARE]
    if best.conflicts and not reasons:
        reasons.append("the closest fact is about something else")
    explanation = "; ".join(reasons) or "the article neither states nor contradicts this"
    confidence = round(0.5 + 0.45 * (1 - best.ratio), 3)
    return Outcome(text, NOT_ENOUGH_INFO, confidence, (_evidence(best.fact),), explanation,
                   proof=_proof([best]))
