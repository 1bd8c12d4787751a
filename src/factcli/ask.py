"""Answering questions from the fact store, or saying plainly that the article does not.

A question is read as a claim with a gap. Its question words name the gap and what fits
it (a figure of some dimension, a date, entities of some kind, a phrase, a reason); the
rest of the question is aligned with candidate facts by the verifier's own ``align``
(paraphrase, WordNet relations, aliases, roles). A fact that accounts for what the
question says answers it with the piece of the fact that fills the gap, and the facts that
answer it equally well are gathered when the question asks for a set. Yes/no questions
are claims: ``verify`` decides them.

This module is the public entry (``ask_question``, ``Answer``) and runs those steps in order;
the steps themselves live in :mod:`factcli.asking`, one module per concern.
"""

from __future__ import annotations

import re
from dataclasses import replace

from factcli.asking.aligned import _HELD, CANDIDATES, _aligned_once, _query
from factcli.asking.answer import Answer, FactHit, _hits, _proof
from factcli.asking.choices import _choice, _says_words, _which_of_two
from factcli.asking.comparing import _difference_asked, _superlative
from factcli.asking.core import (
    _adjunct_after,
    _copula_as_auxiliary,
    _in_view,
    _inclusion_asked,
    _owned_by,
    _question_subject,
    _relative_clause_after,
    _scene,
    _told_scenes,
    _whole_named,
    _without,
)
from factcli.asking.entities import _named_only_by_description
from factcli.asking.fit import _Fit, _fit, _holds, _ranked
from factcli.asking.gap import Gap, _asks_name, _ordinal_order, read_gap
from factcli.asking.gather import _combine
from factcli.asking.kinds import _places_named
from factcli.asking.order import _next_in_order
from factcli.asking.records import _about_the_article, _belongs_to
from factcli.asking.yes_no import _claim_asked, _yes_no
from factcli.files import require_text
from factcli.index import index_tokens
from factcli.knowledge import Knowledge
from factcli.text import Analysis, analyse, fold, tokenise
from factcli.verify import Alignment, Outcome, Step, verify_claim
from factcli.vocabulary import Vocabulary

__all__ = ["MAX_QUESTION_CHARS", "Answer", "FactHit", "ask_question", "check_question_text",
           "verify_as_typed"]

MAX_QUESTION_CHARS = 10_000
MAX_GATHERED = 4
# "where's HNTB based", "what's the view": a question word's 's is 'is'
_CONTRACTED = re.compile(r"\b(what|where|who|when|how|why)['\u2019]s\b", re.IGNORECASE)
_TO_COME = "prospective"  # the status of what a statement says is still to come


def check_question_text(question: str) -> str:
    return require_text(question, "question",
                        'factcli ask "How many bridges will be renovated?"', MAX_QUESTION_CHARS)


def _read_question(question: str, vocab: Vocabulary) -> tuple[str, Analysis, Gap]:
    """The question with its ordinals put in order, its reading and its gap."""
    ranked = _ordinal_order(question, vocab)
    reading = analyse(_CONTRACTED.sub(r"\1 is", ranked), vocab)
    return ranked, reading, read_gap(reading, vocab)


def verify_as_typed(claim: str, knowledge: Knowledge) -> Outcome:
    """``verify``'s verdict on what a user typed. A yes/no question ('Did the council
    approve the plan?') is checked as the statement it asks about, read as ``ask`` reads
    it: its words as a claim would say something else ('support' a noun in 'did the group
    support the approval'). 'The council approved the plan?' is a claim asked about: only
    an auxiliary first makes a question."""
    opening = tokenise(claim)[:1]
    asked = _claim_asked(*_read_question(claim, knowledge.vocab), knowledge.vocab) if (
        claim.rstrip().endswith("?") and opening and opening[0] in knowledge.vocab.yes_no
    ) else None
    if asked is None:  # a claim, or a question with a gap ('Did anyone say who …?')
        return verify_claim(claim, knowledge)
    return verify_claim(asked, knowledge, question=True)._replace(text=claim)


def ask_question(question: str, knowledge: Knowledge) -> Answer:
    text = check_question_text(question)
    vocab = knowledge.vocab
    ranked, reading, gap = _read_question(text, vocab)
    claim = _claim_asked(ranked, reading, gap, vocab)
    if claim is not None:
        return _yes_no(text, claim, knowledge)
    if gap.form is not None and _asks_name(gap.form) and not gap.kinds:
        # "what was the name of the oil tanker": the store names nothing of that kind
        return Answer(text, None, gap.name, (), "the article names no such thing")
    if _named_only_by_description(reading, gap, knowledge):
        return Answer(text, None, gap.name, (), "the article does not give their name")
    if gap.owner:
        gap = gap._replace(owned=_owned_by(gap, knowledge))
    gap = gap._replace(span=gap.span | _in_view(reading, gap, vocab))
    if gap.form is not None:
        compared = (_which_of_two(text, knowledge)
                    or _chosen_by_facts(text, knowledge)
                    or _next_in_order(text, reading, gap, knowledge)
                    or _difference_asked(text, reading, gap, knowledge)
                    or _superlative(text, reading, gap.form, knowledge)
                    or _about_the_article(text, reading, knowledge)
                    or _belongs_to(text, reading, gap, knowledge))
        if compared is not None:
            return compared
    core = _without(reading, gap.span, vocab)
    core = _copula_as_auxiliary(core, gap, vocab)
    if gap.answer == "quantity" and core.quantifier is not None:
        core = replace(core, quantifier=None)  # 'how *much of* the fuel' asks, claims no share
    subject = _question_subject(reading, gap, vocab)
    gap = gap._replace(includes=_inclusion_asked(core, gap, vocab),
                       placed=_places_named(reading, gap, vocab))
    # the parts of a whole are told by facts that share little but the whole's name
    wider = gap.gathers and bool(gap.includes)
    hits = knowledge.index.search(_query(core, gap, vocab), CANDIDATES * (1 + wider))
    fits: list[_Fit] = []
    contradicted: Alignment | None = None
    done: dict[str, tuple[Alignment, tuple[Step, ...]]] = {}  # see _aligned_once
    alignments = (_aligned_once(core, compiled, knowledge, done) for compiled, _ in hits)
    confirmed: frozenset[str] = frozenset()
    setting: frozenset[str] = frozenset()  # the topics of the facts that tell the scene
    scene = _scene(core, vocab, _adjunct_after(gap))
    whole = _whole_named(core, gap, vocab)
    linked: frozenset[str] = frozenset()  # the topics of the facts that name the whole
    told: frozenset[frozenset[str]] = frozenset()  # the scenes of a clause's event
    head, clause = _relative_clause_after(core, gap, vocab)
    described: frozenset[str] = frozenset()  # see 'clause' below
    if core.quantities or scene or whole[1] or clause:
        # "when are the *eight* bridge renovations due": a figure another fact confirms is
        # what the question takes as given, not what it asks of the fact that answers; so
        # is the scene 'during the flyby' sets, told by a fact on the answering fact's topic.
        aligned = list(alignments)
        confirmed = frozenset(s.key for a in aligned for s in a.steps
                              if s.kind == "figure" and s.relation in _HELD)
        setting = frozenset(a.fact.fact.topic for a in aligned
                            if scene <= {s.key for s in a.steps if s.relation in _HELD})
        # "the first phase *of the project*": a fact on the topic that says the phase is
        # of the project ('belongs to a … project') lets the others leave it unsaid
        linked = frozenset(a.fact.fact.topic for a in aligned if whole[1] and (
            whole[0] | whole[1]) <= {s.key for s in a.steps if s.relation in _HELD})
        told = _told_scenes(aligned, scene, gap, core, vocab)
        # "which companies make up the consortium *that will build the Blue Line*": the
        # clause says which consortium; a fact that says it of the consortium lets the
        # facts about the consortium leave it unsaid
        if clause and any(clause <= {s.key for s in a.steps if s.relation in _HELD} and any(
                s.relation in _HELD and (s.key == head or fold(s.claim) == head)
                for s in a.steps) for a in aligned):
            described = clause
        if told:
            # what was done in the scene is told by facts that need share nothing with
            # the question but the doer and the scene's own words ('during the flyby')
            words = frozenset().union(*told) | (core.term_set - scene)
            named = {e for e in core.entity_ids if "@" + e not in scene}
            seen = {compiled.fact.id for compiled, _ in hits}
            more = [hit for hit in knowledge.index.search(index_tokens(words, named),
                                                          CANDIDATES)
                    if hit[0].fact.id not in seen]
            hits += more
            aligned += [_aligned_once(core, compiled, knowledge, done)
                        for compiled, _ in more]
        alignments = (a for a in aligned)
    for alignment in alignments:
        if alignment.conflicts:
            if contradicted is None and not fits and not alignment.unmatched:
                contradicted = alignment
            continue
        fit = _fit(alignment, gap, core, subject, knowledge, confirmed, setting, linked, told,
                   described=described)
        if fit is not None:
            fits.append(fit)
            if fit.complete and not gap.gathers:
                break  # no later candidate can answer better
    # stable: the first of the best leads
    fits.sort(key=lambda f: _ranked(f, core), reverse=True)
    best = next((f for f in fits if _holds(f, knowledge.vocab)), None)
    if best is None and (gap.answer == "reason" or "date" in gap.dimensions):
        # "why did the programme relocate animals and plants": a fact that names the act as
        # a noun ('the relocations were meant to …') answers when a fact on its topic says
        # all the question does (looked for only when nothing else answers)
        fresh = [_aligned_once(core, compiled, knowledge, done) for compiled, _ in hits]
        restated = frozenset(a.fact.fact.topic for a in fresh if a.content and not a.conflicts
                             and all(s.relation in _HELD for s in a.content))
        if restated:
            fits = [fit for a in fresh if not a.conflicts and (fit := _fit(
                a, gap, core, subject, knowledge, confirmed, setting, linked, told,
                restated)) is not None]
            fits.sort(key=lambda f: _ranked(f, core), reverse=True)
            best = next((f for f in fits if _holds(f, knowledge.vocab)), None)
    if best is None:
        if contradicted is not None:
            conflict = "; ".join(c.describe() for c in contradicted.conflicts)
            return Answer(text, None, gap.name, _hits(hits, []), "the question assumes "
                          f"something the article contradicts: {conflict}",
                          _proof([contradicted], gap, ""))
        return Answer(text, None, gap.name, _hits(hits, []), "the article does not say")
    chosen = [best]
    # A set question is gathered over every fact that answers it as well as the best one
    # ('which countries are leaving': the four neighbours, and Lithuania), but what is only
    # to come does not join what is done or done habitually ('which towns does the ferry
    # call at': not the town it *will* call at).
    to_come = core.status == _TO_COME or best.alignment.fact.status == _TO_COME
    if gap.gathers:
        chosen += [f for f in fits
                   if f is not best and f.quality == best.quality
                   and _holds(f, knowledge.vocab)
                   and (to_come or f.alignment.fact.status != _TO_COME)]
        if gap.answer == "statement":
            chosen = chosen[:MAX_GATHERED]
    answer = _combine(chosen, gap, knowledge.vocab)
    if answer is None:
        return Answer(text, None, gap.name, _hits(hits, []), "the article does not say")
    answering = [f.alignment.fact for f in chosen]
    sources = ", ".join(f"{c.fact.id} ({c.fact.section})" for c in answering)
    return Answer(text, answer, gap.name, _hits(hits, answering), f"from {sources}",
                  _proof([f.alignment for f in chosen], gap, answer), len(chosen))


# Beside ask_question rather than in asking/choices.py: it asks the question again without
# its alternatives ('which planet slowed Juice down?'), through the whole of ask_question.
def _chosen_by_facts(text: str, knowledge: Knowledge) -> Answer | None:
    """'Which planet slowed Juice down, Venus or Earth?': the question without its
    alternatives, answered as any other, when that answer names one of them; otherwise
    declined, never answered by another thing a fact names ('which did Juice pass last,
    the Moon or Earth?' is not 'India Standard Time')."""
    choice = _choice(text, knowledge.vocab)
    if choice is None:
        return None
    plain = ask_question(f"{choice.asked}?", knowledge)
    said = tokenise(plain.answer or "")
    if sum(_says_words(said, tokenise(alternative), knowledge.vocab)
           for alternative in (choice.first, choice.second)) == 1:
        return plain._replace(question=text)
    return Answer(text, None, plain.form, plain.facts[plain.answering:] if plain.answered
                  else plain.facts, "the article does not say which of the two")
