"""Answering questions from the fact store, or saying plainly that the article does not.

A question is read as a claim with a gap. Its question words name the gap and what fits
it (a figure of some dimension, a date, entities of some kind, a phrase, a reason); the
rest of the question is aligned with candidate facts by the verifier's own ``align``
(paraphrase, WordNet relations, aliases, roles). A fact that accounts for what the
question says answers it with the piece of the fact that fills the gap, and the facts that
answer it equally well are gathered when the question asks for a set. Yes/no questions
are claims: ``verify`` decides them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache
from itertools import pairwise
from typing import NamedTuple

from factcli.asking.aligned import (
    _HELD,
    _INCLUSION,
    _PART_OF,
    CANDIDATES,
    _aligned_once,
    _held_word,
    _matched_positions,
    _query,
)
from factcli.asking.answer import RELATED, Answer, FactHit, _hits, _proof
from factcli.asking.core import (
    _PERFECT,
    _adjunct_after,
    _asks_action,
    _asks_of_past,
    _copula_as_auxiliary,
    _in_view,
    _includes_at,
    _inclusion_asked,
    _owned_by,
    _question_subject,
    _question_verbs,
    _relative_clause_after,
    _scene,
    _scene_phrases,
    _told_scenes,
    _whole_named,
    _without,
)
from factcli.asking.gap import (
    _CLOCK,
    _DATE,
    _OCCASIONS,
    _PER,
    Gap,
    _asks_name,
    _kind_of,
    _ordinal_order,
    _past_names,
    read_gap,
)
from factcli.asking.kinds import (
    _is_about,
    _is_of_kind,
    _joined_names,
    _kind_fits,
    _kind_said,
    _only_placed,
    _place_kinds,
    _places_named,
)
from factcli.asking.wording import (
    _POSSESSIVE,
    _includes,
    _is_light_verb,
    _is_time_unit,
    _is_verb_at,
    _participle,
    _pick,
    _plural,
    _words,
)
from factcli.comparison import judge, read_comparison
from factcli.files import require_text
from factcli.index import CompiledFact, Index, index_tokens
from factcli.knowledge import Knowledge
from factcli.logic import Relation
from factcli.quantities import FactQuantity, format_quantity, of_those_at
from factcli.text import Analysis, analyse, and_list, fold, read_statement, stem, tokenise
from factcli.timeline import Interval, date_interval, fact_dates
from factcli.verify import REFUTED, SUPPORTED, Alignment, ProofStep, Step, verify_claim
from factcli.vocabulary import QuestionForm, Vocabulary

__all__ = ["MAX_QUESTION_CHARS", "Answer", "FactHit", "ask_question", "check_question_text"]

MAX_QUESTION_CHARS = 10_000
MAX_GATHERED = 4
_PRESENT_COPULAS = frozenset({"is", "are"})
# "where's HNTB based", "what's the view": a question word's 's is 'is'
_CONTRACTED = re.compile(r"\b(what|where|who|when|how|why)['\u2019]s\b", re.IGNORECASE)
_COUNT = "count"
_READ_AS = {_DATE: (_DATE, _CLOCK)}
_NAMES_FIGURE = "names what the figure is"  # verify's 'the money' held by a sum
_KIND_OF_ENTITY = "kind of an entity"  # verify's 'the consortium' held by its name
_EVERY = "every"  # 'every 2 minutes': the time from one to the next
_AGAIN = "re"  # 'reopen' is 'open' again: it is opposed to what 'open' is opposed to
_UNBOUNDED = float("inf")  # the edge of a date's days that a deadline leaves open
_TO_COME = "prospective"  # the status of what a statement says is still to come
_BOUNDS = ("more_than", "less_than", "at_least", "at_most")
_EXACT = ("exact", "approx")  # figures that can be ranked (not 'by 2028', 'over 1,200')


class _Fit(NamedTuple):
    alignment: Alignment
    filler: str
    quality: tuple[int, int, int, int, int]
    complete: bool  # every piece held, the gap filled as well as it can be: none is better
    # the question's verb the fact does not say and the terms of the fact's own acts, one
    # of which must be related to it before the fit answers
    unsure: tuple[tuple[str, ...], tuple[str, ...]] | None = None


def check_question_text(question: str) -> str:
    return require_text(question, "question",
                        'factcli ask "How many bridges will be renovated?"', MAX_QUESTION_CHARS)


def ask_question(question: str, knowledge: Knowledge) -> Answer:
    text = check_question_text(question)
    vocab = knowledge.vocab
    ranked = _ordinal_order(text, vocab)
    reading = analyse(_CONTRACTED.sub(r"\1 is", ranked), vocab)
    gap = read_gap(reading, vocab)
    claim = _claim_asked(ranked, reading, gap, vocab)
    if claim is not None:
        return _yes_no(text, claim, knowledge)
    if gap.form is not None and _asks_name(gap.form) and not gap.kinds:
        # "what was the name of the oil tanker": the store names nothing of that kind
        return Answer(text, None, gap.name, (), "the article names no such thing")
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
    fits.sort(key=lambda f: f.quality, reverse=True)  # stable: the first of the best leads
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
            fits.sort(key=lambda f: f.quality, reverse=True)
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


def _named_after(reading: Analysis, position: int, vocab: Vocabulary) -> str | None:
    """The entity a word is said of by a preposition right after it, past one more word:
    'closest (pass) *by the Moon*', 'nearest (approach) *to Earth*'."""
    tokens = reading.tokens
    starts = {pos: e for e, pos in reading.entities}
    terms = {pos for _, pos in reading.terms}
    at = position + 1
    if at in terms and at not in reading.verbs:
        at += 1
    if at >= len(tokens) or tokens[at] not in vocab.prepositions:
        return None
    at += 1
    while at not in starts and at < len(tokens) and tokens[at] in vocab.determiners:
        at += 1  # 'to the Moon': the name may start at 'the' or after it
    return starts.get(at)


@lru_cache(maxsize=64)
def _said_of_names(core: Analysis, vocab: Vocabulary) -> tuple[tuple[str, str], ...]:
    """The question's words said of a name, with the name (worked out once a question)."""
    found = ((term, _named_after(core, pos, vocab)) for term, pos in core.terms)
    return tuple((term, named) for term, named in found if named is not None)


def _said_of_another(alignment: Alignment, core: Analysis, gap: Gap,
                     vocab: Vocabulary) -> bool:
    """A word the question says of a name ('closest to the Moon') that the fact says of
    another name the question does not give ('nearest approach to Earth'), unless that
    name may be the one asked for ('which company signed a supply deal with NextEra':
    'power will be supplied to *Google*', a fact that names NextEra itself)."""
    asked = set(core.entity_ids)
    for term, named in _said_of_names(core, vocab):
        found = _held_word(alignment, term, vocab)
        if found is None:
            continue
        _, fact, spots = found
        for spot in spots:
            other = _named_after(fact, spot, vocab)
            if other is not None and other != named and other not in asked and not (
                    gap.answer == "entities" and _kind_fits(other, gap, vocab)
                    and named in alignment.fact.entities):
                return True
    return False


def _owned_by_another(core: Analysis, compiled: CompiledFact) -> bool:
    """A thing the question says is a name's ('*Earth's* gravity') that the fact makes
    only another name's ('the *Moon's* gravity'). A name before a noun only says which
    ('Juice's *Earth* pass'): the fact may tell that one otherwise."""
    said = set(compiled.modifiers)
    owners = {entity for entity, pos in core.entities  # the span may hold its "'s"
              if _POSSESSIVE in core.tokens[pos + 1:core.entity_ends.get(pos, pos + 1) + 1]}
    return any(entity in owners and (entity, term) not in said
               and any(t == term for _, t in said) for entity, term in core.modifiers)


def _defines(compiled: CompiledFact, core: Analysis, vocab: Vocabulary) -> bool:
    """The fact says what a name of the question is: the name, then a copula that is no
    passive's auxiliary ('Juice was launched' says what was done, not what Juice is)."""
    fact = read_statement(compiled.fact.statement, vocab)
    asked = set(core.entity_ids)
    for entity_id, pos in fact.entities:
        copula = fact.entity_ends.get(pos, pos + 1)
        if entity_id in asked and copula + 1 < len(fact.tokens) and \
                fact.tokens[copula] in vocab.be_forms and copula + 1 not in fact.verbs and \
                not vocab.looks_like_verb(fact.tokens, copula + 1):
            return True
    return False


def _time_taken(content: list[Step], gap: Gap, vocab: Vocabulary) -> set[str]:
    """'How long does the agreement *run*', 'how long did the rescue *take*': a verb that
    only says a thing goes on for a time asks what 'how long' asks, so a fact that gives
    the period ('lasts 25 years', 'over 25 years') need not say it."""
    if "duration" not in gap.dimensions:
        return set()
    words = vocab.question_words["duration_verbs"]
    return {s.key for s in content if s.kind == "word" and (
        s.claim in words or not words.isdisjoint(vocab.lemmas_of(s.claim)))}


def _fit(alignment: Alignment, gap: Gap, core: Analysis, subject: list[str],
         knowledge: Knowledge, confirmed: frozenset[str] = frozenset(),
         setting: frozenset[str] = frozenset(),
         linked: frozenset[str] = frozenset(),
         told: frozenset[frozenset[str]] = frozenset(),
         restated: frozenset[str] = frozenset(),
         described: frozenset[str] = frozenset()) -> _Fit | None:
    """The fact's answer to the question, if the fact accounts for what the question says:
    every entity, figure and noun it names (a noun the fact has only more generally is not
    accounted for), and every verb but one when the rest holds ('taught' where a fact says
    'shown') unless the question asks why it happened."""
    vocab = knowledge.vocab
    missing = alignment.subject_missing
    if ((missing and set(missing) - _objects_of_doer(gap, core, subject, vocab))
            or alignment.fact_negated != alignment.claim_negated):
        return None
    if not alignment.fact.exclusive and any(s.kind == "only" and s.relation not in _HELD
                                            for s in alignment.steps):
        # "what stake does it hold *on its own*": not one it holds with another (a fact
        # that says 'only' is of the one the question asks for: 'which plant is the only…')
        return None
    if gap.answer == "quantity" and _DATE not in gap.dimensions and _other_deadline(
            alignment, core):
        return None  # "how many passengers *by 2040*": not the figure reached by 2030
    if gap.answer == "quantity" and _asks_share(gap, core) and any(
            s.via == _NAMES_FIGURE and s.key in _question_verbs(core, vocab)
            for s in alignment.steps):
        # "how much of the fund has been *spent*": the verb says which part is asked, so a
        # figure of money is no part spent ('40 million euros of the fund comes from …')
        return None
    defined = _defined_as(knowledge.index, vocab)
    alignment.steps = _beside_name(
        [_as_dimension_word(_as_defined(_as_name_part(s, core, alignment.fact, vocab),
                                        alignment.fact, defined, vocab),
                            alignment.fact, vocab) for s in alignment.steps],
        core, alignment.fact, vocab)
    included = _included(alignment, gap, core, vocab)
    if included is None:
        return None
    # the words of a clause another fact says of the thing it describes: see 'described'
    # in ask_question
    alignment.steps = [s for s in included if s.key not in described]
    content = alignment.content
    held = [s for s in content if s.relation in _HELD]
    verbs = _question_verbs(core, vocab)
    # "buy or build": one alternative held is enough, the other asks nothing of the fact.
    either = _alternatives(core)
    excused = ({k for s in held for k in either.get(s.key, ())}
               | _possessors_of(core, held, vocab) | _set_aside(core, vocab)
               | _describing(core, held, subject, vocab)
               | {s.key for s in content if s.kind in ("figure", "count")
                  and s.key in confirmed}
               | _said_by_tense(content, alignment.fact, vocab)
               | _picks_listed_date(content, gap, alignment.fact, vocab)
               | {s.key for s in content if s.key in verbs and _is_light_verb(s.claim, vocab)}
               | _kind_of_names(core, gap, vocab) | _time_taken(content, gap, vocab)
               | {f"@{place}" for place in gap.placed}
               | _importance_asked(alignment, gap, core, vocab)
               | _description_said(alignment, gap, core, vocab)
               | _implied_modifiers(alignment, core, knowledge))
    # A verb the fact has only by a WordNet hypernym or hyponym ('leads' for 'meant') is
    # as weak a match as none.
    loose = [s for s in content if s.key in verbs and s.key not in excused
             and (s.relation == Relation.REVERSE or (s.relation == Relation.FORWARD
                                                     and s.via.startswith("WordNet")))]
    held = [s for s in held if s not in loose and s not in _matched_twice(held)
            and s.key not in _set_aside(core, vocab)  # what the answer leaves out adds nothing
            and not _held_by_measure(s, gap, alignment.fact)]
    # A preposition the fact lacks ('how far *above* Asia') says nothing the rest does
    # not, when the rest has a word in common with the fact ('are *in* the convention'
    # is all that question says).
    says = any(s.kind == "word" for s in held)
    open_ = [s for s in content if s not in held and s not in loose and s.key not in excused
             and not (says and s.claim in vocab.prepositions)
             and not _names_topic(s, held, core, alignment.fact, vocab)]
    if (gap.answer in ("quantity", "reason") or _adjunct_after(gap) >= 0) and (
            alignment.fact.fact.topic in setting) and all(
            s.key in _scene(core, vocab, _adjunct_after(gap)) for s in open_):
        # the scene ('during the flyby', 'what kind of mines ... *with the new money*') a
        # fact on the same topic tells, when the fact holds all else and the question asks
        # for a figure, a reason or a kind, not whatever else the fact says; a verb the
        # fact says only more generally ('buzzed': 'flew') is weighed below as anywhere
        open_ = []
    if told:
        scene = _scene(core, vocab, _adjunct_after(gap))
        if scene <= {s.key for s in content if s.relation in _HELD}:
            return None  # the fact tells the clause's event, not what else was done then
        if all(s.key in scene for s in open_) and told & _scene_phrases(
                alignment.fact.fact.statement, vocab):
            open_ = []  # said to be done in the scene the clause's event is told in
    # "why did the programme relocate animals and plants": 'the relocations were meant to
    # widen their ranges', whose doer and objects a fact on its topic gives ('the programme
    # moved … animals and plants'), as a scene is told
    retold = bool(open_) and alignment.fact.fact.topic in restated and _names_act(
        held, vocab) and not any(s.key in verbs for s in (*open_, *loose))
    if retold:
        open_ = []
    if open_ and alignment.fact.fact.topic in linked and all(
            s.key in _whole_named(core, gap, vocab)[1] for s in open_):
        open_ = []  # see 'linked' in ask_question
    compiled = alignment.fact
    places = _located(alignment, gap, core, vocab)
    # 'is headquartered' says where it is, as the fact's 'is based in' does; 'was founded'
    # asks of an event the fact does not give
    stative = not open_ or _asks_state(core, gap)
    if places and not loose and len(open_) <= 1 and all(s.kind == "word" for s in open_) and (
            stative or _only_positioned(open_, vocab)):
        # "where is Hensel Phelps headquartered": the fact puts it in a place ('is based in
        # Greeley'), whoever the fact is about; the question's participle is only how it
        # is there.
        return _Fit(alignment, and_list(places), (len(held) + 1, -len(open_), 0, 0, 0),
                    not open_)
    if not retold and not all(_is_about(e, compiled, vocab) for e in subject) and not (
            _agent_left_unsaid(alignment, core, subject, vocab)):
        return None  # "what does Belarus think": a fact about what Lithuania does is not it
    if _of_another_rank(core, compiled, vocab):
        return None  # "the *third* ferry" is not the fact's "*first* ferry"
    if _said_of_another(alignment, core, gap, vocab):
        return None  # "closest *to the Moon*" is not the fact's "nearest approach *to Earth*"
    if _owned_by_another(core, compiled):
        return None  # "what did *Earth's* gravity do": not what the Moon's gravity did
    if gap.role and not _defines(compiled, core, vocab):
        return None  # "what is Venus's role": what happens at Venus is not what it is
    if gap.rate and gap.rate not in read_statement(compiled.fact.statement, vocab).tokens and (
            _spread_rate(compiled, gap, vocab) is None):
        return None  # "how much does it save *a day*": not a figure said of no day, nor
        # of no period it is spread over
    if _done_for_what_is_to_come(compiled, gap, core):
        return None  # "when *will* Juice pass Earth": not the date it already passed
    if _to_come_for_what_was_done(compiled, gap, core, vocab):
        return None  # "when *did* the flyby happen": not the date of one still to come
    if "date" in gap.dimensions and all(s in held for s in content if s.key in verbs) and (
            _dates_unasked_purpose(compiled, held, core, vocab)):
        # "when did the flyby happen" (no verb of its own that the fact may say otherwise):
        # not when Juice needs *to arrive*
        return None
    measured = _measures(compiled, gap, core)
    if gap.answer == "quantity" and gap.measure and not gap.kinds and not measured:
        return None  # "how many soldiers": only a figure about soldiers answers it
    names_kind = gap.answer == "entities" and bool(gap.kind_word) and any(
        _kind_fits(e, gap, vocab) for e in compiled.entities - set(core.entity_ids))
    support = len(held) + (gap.answer == "quantity" and measured) + names_kind
    if support == 0:
        return None
    if support >= 3:  # a manner adverb only says how: 'why did Turner *briefly* close'
        manner = [s for s in open_ if vocab.is_manner_adverb(s.claim)
                  and _says_manner(s.claim, compiled, vocab)]
        # held, as the fact says it, for what reads the answer from the held words too
        alignment.steps = [s._replace(relation=Relation.EQUIVALENT, via="the fact's manner")
                           if s in manner else s for s in alignment.steps]
        open_ = [s for s in open_ if s not in manner]
    words_held = sum(s.kind == "word" for s in held)
    # a word held only as a kind of the question's ('project' for 'work') is too loose an
    # anchor for a verb the fact does not have ('which firm halted work')
    says_itself = any(s.kind == "word" and s.relation == Relation.EQUIVALENT for s in held)
    tolerated = len(open_) == 1 and gap.answer != "reason" and _tolerable(
        open_[0], verbs, support, says_itself, words_held)
    if tolerated and gap.answer == "entities" and len(verbs) > 1 and _ends_with(
            core, open_[0].key):
        # "which country is the *build*-up aimed at *deterring*": the names asked for are
        # what the last verb acts on; a fact that has another of the question's verbs
        # instead ('building the lessons from Ukraine into its defence') does not give them
        tolerated = False
    if tolerated and open_[0].key in verbs and _opposed(open_[0].claim, compiled, vocab):
        tolerated = False  # "when did Bayline *finish* work": not the fact's 'began work'
    # "when was the wall *damaged*": not the date it was 'rebuilt'; "which company
    # *damaged* the slipway": not the one that 'began work' on it
    acts = _other_acts(open_[0], held, core, compiled, vocab) if (
        tolerated and gap.answer in ("quantity", "entities") and open_[0].key in verbs) else ()
    if tolerated and gap.answer == "entities" and open_[0].key in verbs and not _acts_instead(
            alignment, core, open_[0], vocab):
        tolerated = False
    if len(open_) == 1 and support >= 3 and _pins_event(open_[0], gap, core, content, verbs,
                                                         vocab):
        pinned = open_[0]._replace(relation=Relation.EQUIVALENT,
                                   via="the event its verb and names pin")
        alignment.steps = [pinned if s is open_[0] else s for s in alignment.steps]
        open_ = []
    if open_ and not tolerated:
        return None
    if loose and support < (3 if any(s.relation == Relation.REVERSE for s in loose) else 2):
        return None  # 'when did Juice *land*': the fact's more general 'came' is not it
    if gap.answer == "entities" and not says and not (gap.form and _asks_name(gap.form)) and not (
            described and any(s.via == _KIND_OF_ENTITY for s in held)):
        return None  # "which countries are still in the convention": it names, says nothing
        # (a name asked of 'Tampa's new terminal' is asked of what the names say)
    filler = _filler(alignment, gap, core, vocab)
    owners = _owners_given(compiled, _owned_asked(gap, core), vocab)
    if filler and owners:  # "which country's ships": the fact's own owners of the ships
        names = [n for part in filler.split(" and ") for n in part.split(", ") if n in owners]
        filler = and_list(names) if names else None
    if filler and gap.answer == "quantity" and not gap.kinds and _amount_of_another(
            alignment, gap, core, vocab):
        return None  # "how heavy is Juice": not the '100 to 150 kg of fuel' it saved
    if filler and gap.placed and not all(s.relation in _HELD for s in content
                                         if s.key[1:] in gap.placed):
        filler = _only_placed(filler, gap.placed, knowledge)
    # For 'why', a fact with a reason clause beats one that names a reason, which beats
    # one that only says the same thing.
    reason = 0 if gap.answer != "reason" else 2 if filler is not None else int(
        _mentions_reason(compiled.fact.statement, vocab)
        or bool(_importance_asked(alignment, gap, core, vocab)))
    if gap.answer == "reason" and filler is None and reason and not (open_ or loose):
        filler = compiled.fact.statement  # the fact says why, if not in a clause of its own
    if filler and gap.answer == "statement" and _repeats_question(filler, gap, held, compiled,
                                                                  vocab):
        return None
    if not filler or (gap.answer == "statement" and _asks_action(core, vocab)
                      and not _says_action(filler, {fold(s.fact) for s in held}, vocab)):
        return None  # "what did Juice *do* as it passed": a place is not what it did
    if gap.name == "how" and not _says_means(filler, compiled.fact.statement, vocab):
        return None  # "how did they announce it": by what means, not what else the fact says
    unasked = _unasked_measure(compiled, gap, core)
    # a figure the store records for the fact beats one read from a statement's words
    recorded = int(gap.answer == "quantity" and any(q.dimension in gap.dimensions
                                                     for q in compiled.quantities))
    whole = not open_ and not loose and len(held) == len(content)
    # "when is the second phase due to start": a statement that says all the question
    # does and gives the figure only in its words ('next month') measures what is asked
    # as well as a recorded figure does
    read_whole = gap.answer == "quantity" and whole and not recorded and not measured
    measured = measured or read_whole
    complete = (whole and not unasked and (gap.answer != "reason" or reason == 2)
                and (gap.answer != "quantity" or measured))
    # "which *other* countries have *also* ...": a fact that says 'also' names the others,
    # one that does not most likely names the first (unless the question names the first:
    # 'besides Harbourline').
    asks_others = any(t in vocab.plural_cues for t in core.tokens) and not _set_aside(core,
                                                                                    vocab)
    others = 0 if not asks_others else (
        1 if vocab.is_additive(read_statement(compiled.fact.statement, vocab).tokens) else -1)
    if others < 0 and gap.answer == "entities" and any(
            t in vocab.plural_cues and not vocab.is_additive([t]) for t in core.tokens):
        return None  # "which *other* spacecraft ...": a fact that names no others
    support += read_whole
    return _Fit(alignment, filler, (support + reason + others, -len(open_), -len(loose),
                                    -unasked, recorded),
                complete, (_verb_forms(open_[0], core, vocab), acts) if acts else None)


def _other_deadline(alignment: Alignment, core: Analysis) -> bool:
    """The question gives a deadline ('by 2040') that the fact meets only with another
    ('by 2030'): a figure reached by one deadline is not the figure reached by another,
    though the verifier holds the earlier deadline to meet the later one."""
    aligned = {s.key for s in alignment.steps if s.kind == "figure" and s.fact}
    dates = {q.value for q in alignment.fact.quantities if q.dimension == _DATE}
    return any(f"#{m.text}" in aligned and m.value not in dates for m in core.quantities
               if m.dimension == _DATE and m.qualifier == "by")


def _names_act(held: list[Step], vocab: Vocabulary) -> bool:
    """The fact says a verb of the question in another form, as its noun ('relocate':
    'the *relocations*')."""
    return any(s.kind == "word" and vocab.can_be_verb(fold(s.claim)) and not
               vocab.can_be_verb(fold(s.fact)) for s in held)


def _repeats_question(filler: str, gap: Gap, held: list[Step], compiled: CompiledFact,
                      vocab: Vocabulary) -> bool:
    """'What is driving the renaissance': not the fact's verb alone ('experiencing'); 'what
    will Google use the electricity from the plant for': not a phrase for a thing the
    question names itself ('the 615-megawatt Duane Arnold plant'). Neither says what the
    question does not have (unless it asks for a phrase around that noun: 'which bridges',
    'what kind of infrastructure')."""
    words = tokenise(filler)
    if len(words) == 1:
        fact = read_statement(compiled.fact.statement, vocab)
        if any(fact.tokens[p] == words[0] for p in fact.verbs):
            return True
    asks_around = bool(gap.kind_word) or (gap.form is not None and gap.form.modifier)
    return bool(words) and not asks_around and any(
        s.kind in ("word", "entity") and s.fact.endswith(words[-1])
        and tokenise(s.fact)[-1:] == words[-1:] for s in held)


def _importance_asked(alignment: Alignment, gap: Gap, core: Analysis,
                      vocab: Vocabulary) -> frozenset[str]:
    """'Why does the channel *matter* to Bayline', 'why is it so *important*': what makes
    a thing matter is what a fact that calls it so ('a *vital* lane for Bayline ferries')
    says it is or does, so the question's word of importance is the fact's own; a fact
    that says nothing more than that it matters ('is of strategic importance') gives no
    reason."""
    if gap.answer != "reason":
        return frozenset()
    words = vocab.question_words["importance_words"]
    asked = frozenset(term for term, pos in core.terms if core.tokens[pos] in words)
    if not asked or any(s.key in asked and s.relation in _HELD for s in alignment.steps):
        return frozenset()  # none asked, or the fact only says it again
    named = min(core.entities, key=lambda found: found[1], default=None)
    if named is not None and not _is_about(named[0], alignment.fact, vocab):
        return frozenset()  # 'why is Orlo important': not the channel the fact calls vital
    fact = read_statement(alignment.fact.fact.statement, vocab)
    said = {pos for pos, token in enumerate(fact.tokens) if token in words}
    matched = _matched_positions(alignment, fact, core, vocab)
    more = {pos for _, pos in fact.terms} - said - matched
    return asked if said and more else frozenset()


def _acts_instead(alignment: Alignment, core: Analysis, step: Step,
                  vocab: Vocabulary) -> bool:
    """The fact has a verb of its own where the question has ``step``'s, done at the time
    the question asks of: 'who *unveiled* the plans' is answered by 'X *revealed* them',
    not by a fact that only says what a thing is ('Airside D at Tampa is a terminal
    project' for 'which airport *cancelled* its terminal', unless the question's verb only
    names: 'is *called* Airside D'), nor, for what was done, by what is going on or to
    come ('are *leading* the project' for 'which company *designed* it')."""
    compiled = alignment.fact
    if fold(step.claim) in vocab.question_words["naming_verbs"]:
        return True
    return bool(compiled.verbs) and (compiled.past or not _asks_of_done(core, step, vocab))


def _opposed(word: str, compiled: CompiledFact, vocab: Vocabulary) -> bool:
    """The fact says the opposite of the question's verb ('closed' for 'reopen', 'began'
    for 'finish', 'hired' for 'fire'): a verb the fact lacks is excused as said otherwise,
    never when the fact says its contrary."""
    folded = fold(word)
    words = [folded]
    if folded.startswith(_AGAIN) and vocab.can_be_verb(folded[len(_AGAIN):]):
        words.append(folded[len(_AGAIN):])
    return any(relation == Relation.ALTERNATION and term in compiled.terms
               for said in words for verb in (True, False)
               for term, (relation, _) in vocab.links(said, verb=verb).items())


def _other_acts(step: Step, held: list[Step], core: Analysis, compiled: CompiledFact,
                vocab: Vocabulary) -> tuple[str, ...]:
    """The fact's own verbs, when the figure, date or name it gives may be of another act
    than the question's verb ``step``, which it does not say: the fit answers only if one
    of them is related to that verb (_holds)."""
    word = step.claim
    if _is_light_verb(word, vocab) or fold(word) in vocab.question_words["naming_verbs"]:
        return ()
    after = [pos + 1 for term, pos in core.terms if term == step.key]
    terms = {pos for _, pos in core.terms}
    if any(pos in terms and vocab.can_be_verb(core.tokens[pos]) for pos in after):
        return ()  # a word a verb follows is its doer's noun ('the *structure* top out')
    fact = read_statement(compiled.fact.statement, vocab)
    # 'hate-*motivated* incidents': a participle inside a compound modifier is no act
    statement = compiled.fact.statement
    if any(_is_light_verb(token, vocab) and token not in vocab.auxiliaries
           and _said_as_verb(fact, position, vocab) and not _in_compound(token, statement)
           for position, token in enumerate(fact.tokens)):
        return ()  # the fact may say the act lightly: 'workers were *given* training'
    acts = tuple(sorted(term for term in compiled.verbs
                        if not _in_compound(compiled.word_for(term), statement)))
    if any(s.fact in {compiled.word_for(term) for term in acts} for s in held):
        return ()  # another word of the question is the fact's verb ('when will work on
        # the second phase *commence*': 'is due to *start*'); the step names no act
    return acts


def _said_as_verb(fact: Analysis, position: int, vocab: Vocabulary) -> bool:
    """The word stands as a verb: the reader's, after an auxiliary, inflected as one, or
    before its object's determiner ('give *the* reason'); not 'for a short *time*'."""
    token = fact.tokens[position]
    before = fact.tokens[position - 1] if position else ""
    following = fact.tokens[position + 1] if position + 1 < len(fact.tokens) else ""
    return (position in fact.verbs or before in vocab.auxiliaries or before in vocab.be_forms
            or token.endswith(("ed", "en")) or token in vocab.irregular
            or (following in vocab.determiners and following not in vocab.prepositions))


def _in_compound(word: str, statement: str) -> bool:
    return re.search(rf"\w-{re.escape(word)}\b", statement, re.IGNORECASE) is not None


def _holds(fit: _Fit, vocab: Vocabulary) -> bool:
    """The fit's act is the question's: no verb left unsure, or one of the fact's verbs
    related to the question's verb through the store's slice of WordNet, wider or narrower
    ('fly by' is 'pass', 'unveil' 'reveal'; 'damaged' is not 'rebuilt', 'save' not 'spent')."""
    if fit.unsure is None:
        return True
    words, acts = fit.unsure
    for word in words:
        related = vocab.links(word, verb=True, narrower=True)
        if any(related.get(act, (Relation.ALTERNATION.value,))[0]
               != Relation.ALTERNATION.value for act in acts):
            return True
    return False


def _verb_forms(step: Step, core: Analysis, vocab: Vocabulary) -> tuple[str, ...]:
    """The question's verb, and with the preposition after it as one verb ('does Juice
    *fly by* Earth': 'fly by' is 'pass', 'fly' alone is not)."""
    word = fold(step.claim)
    following = {core.tokens[pos + 1] for term, pos in core.terms
                 if term == step.key and pos + 1 < len(core.tokens)}
    return (word, *sorted(f"{word} {p}" for p in following if p in vocab.prepositions))


def _asks_of_done(core: Analysis, step: Step, vocab: Vocabulary) -> bool:
    """The question asks of what was done: its auxiliary is in the past ('*did* X
    design') or its verb is a past form ('which company *designed*'), and nothing says
    it is still to come ('have signalled they *will* quit')."""
    if core.status == "prospective":
        return False
    word = fold(step.claim)
    lemmas = vocab.lemmas_of(word)
    past_form = word.endswith("ed") or (
        bool(lemmas) and word not in lemmas and not word.endswith(("ing", "s")))
    return past_form or any(t in vocab.question_words["past_auxiliaries"] for t in core.tokens)


@lru_cache(maxsize=64)
def _ranks_asked(core: Analysis, vocab: Vocabulary) -> frozenset[str]:
    """The question's words of rank ('first', 'third'), worked out once a question."""
    return frozenset(t for t in core.tokens if t in vocab.ordinals)


def _of_another_rank(core: Analysis, compiled: CompiledFact, vocab: Vocabulary) -> bool:
    """The question ranks a thing ('the *third* ferry', 'phase *two*') and the fact
    ranks it otherwise ('the *first* ferry')."""
    asked = _ranks_asked(core, vocab)
    if not asked:
        return False
    said = {t for t in read_statement(compiled.fact.statement, vocab).tokens
            if t in vocab.ordinals}
    return bool(said) and not asked <= said


def _objects_of_doer(gap: Gap, core: Analysis, subject: list[str],
                     vocab: Vocabulary) -> set[str]:
    """The names a question whose gap is the doer ('*whose gravity* sent Juice on', '*who*
    watched Juice') gives as what is done to, which the reader took for its subject."""
    return set() if subject or not _asks_doer(gap, core, vocab) else set(core.entity_ids)


def _ends_with(core: Analysis, key: str) -> bool:
    """The question's last word is the term ``key``."""
    return any(term == key and pos == len(core.tokens) - 1 for term, pos in core.terms)


def _names_topic(step: Step, held: list[Step], core: Analysis, compiled: CompiledFact,
                 vocab: Vocabulary) -> bool:
    """'Which time zone are *the flyby times* given in': a word that only says which of the
    things the fact holds are meant, and that names the fact's topic ('flyby'), is said by
    the fact being on that topic ('Juice came closest to the Moon at 2:45 a.m. India
    time')."""
    if step.kind != "word" or not _is_topic_word(step.claim, compiled.fact.topic):
        return False
    kept = {s.key for s in held}
    following = {pos + 1 for term, pos in core.terms if term == step.key}
    return any(pos in following and term in kept for term, pos in core.terms)


@lru_cache(maxsize=4096)
def _is_topic_word(word: str, topic: str) -> bool:
    return fold(word) in tokenise(topic.replace("-", " "))


def _matched_twice(held: list[Step]) -> set[Step]:
    """Question words held only through a derived form of a fact word that another
    question word holds as itself: the fact's word says the one thing ('ramp' is not the
    'storm' the question also names, though the verbs 'ramp' and 'storm' both rage)."""
    itself = {s.fact.lower() for s in held if s.kind == "word" and s.via == "same word"}
    return {s for s in held if s.kind == "word" and s.via.endswith("derivation")
            and s.fact.lower() in itself}


def _held_by_measure(step: Step, gap: Gap, compiled: CompiledFact) -> bool:
    """A question word the fact holds only by its word for what the question measures:
    that word says the one thing ('how much *diesel* did the new *engine* burn' is not
    answered by 'burns 900 kg of diesel', though a diesel is a kind of engine)."""
    measured = {compiled.word_for(term).lower() for term in gap.measure
                if term in compiled.terms}
    return step.kind == "word" and step.key not in gap.measure and (
        step.fact.lower() in measured)


def _done_for_what_is_to_come(compiled: CompiledFact, gap: Gap, core: Analysis) -> bool:
    """A date asked of what is to come ('when will it open'), in a fact that tells what
    was done ('it opened in April 2024'): the fact's date is of another time."""
    return ("date" in gap.dimensions and core.status == "prospective" and compiled.past
            and compiled.status != "prospective")


def _to_come_for_what_was_done(compiled: CompiledFact, gap: Gap, core: Analysis,
                               vocab: Vocabulary) -> bool:
    """A date asked of what was done ('when did the flyby happen'), in a fact that tells
    only what is to come ('is heading for an encounter with Venus in August 2025')."""
    return ("date" in gap.dimensions and compiled.status == "prospective"
            and not compiled.past and core.status != "prospective"
            and _asks_of_past(core, vocab))


def _dates_unasked_purpose(compiled: CompiledFact, held: list[Step], core: Analysis,
                           vocab: Vocabulary) -> bool:
    """Every date the fact gives closes an infinitive of which the question says nothing
    ('each of these flybys adds momentum that Juice needs *to arrive at Jupiter* by July
    2031', for 'when did the flyby happen'): the date is of that act, not of the one asked
    about."""
    keys = {s.key for s in held}
    if any(q.dimension == _DATE and q.measure & keys for q in compiled.quantities):
        return False  # the store says the date measures what the question asks of it
    reading = read_statement(compiled.fact.statement, vocab)
    starts = [q.start for q in reading.quantities if q.dimension == _DATE]
    said = {fold(s.fact) for s in held}
    named = set(core.entity_ids)

    def of_unasked_infinitive(start: int) -> bool:
        verb = max((v for v in reading.verbs if v < start), default=0)
        return verb > 0 and reading.tokens[verb - 1] == "to" and not any(
            token in said for token in reading.tokens[verb:start]) and not any(
            entity_id in named for entity_id, pos in reading.entities if verb < pos < start)

    return bool(starts) and all(of_unasked_infinitive(start) for start in starts)


def _said_by_tense(content: list[Step], compiled: CompiledFact, vocab: Vocabulary) -> set[str]:
    """A word of the question that only says the thing is still to come ('Juice's
    *future* passes', 'the *upcoming* vote'): a fact about what is planned or to come
    ('will pass again') says it by its tense."""
    if compiled.status != "prospective":
        return set()
    return {s.key for s in content if s.kind == "word" and s.relation not in _HELD
            and vocab.status_of([fold(s.claim)]) == "prospective"}


def _picks_listed_date(content: list[Step], gap: Gap, compiled: CompiledFact,
                       vocab: Vocabulary) -> set[str]:
    """A word that picks one of the dates asked for ('when is the *next* pass') says
    nothing a fact that lists the event's dates ('again in September 2026 and January
    2029') must say itself: the answer picks the date."""
    if "date" not in gap.dimensions:
        return set()
    picking = vocab.question_words["earliest_words"] | vocab.question_words["latest_words"]
    picked = {s.key for s in content if s.kind == "word" and fold(s.claim) in picking}
    return picked if picked and _listed_dates(compiled.fact.statement, vocab) >= 2 else set()


def _as_name_part(step: Step, core: Analysis, compiled: CompiledFact,
                  vocab: Vocabulary) -> Step:
    """A capitalised word of the question that the fact lacks, held when it is a word of
    the name of an entity the fact names: 'Tampa' for Tampa International Airport."""
    if step.kind != "word" or step.relation != Relation.INDEPENDENT:
        return step
    named = [e for e in vocab.name_words.get(step.key, ()) if e in compiled.entities]
    if not named or fold(step.claim) not in core.names:
        return step
    # held as the entity it names, not as a word the fact says
    return step._replace(kind="entity", fact=vocab.describe_entity(named[0]),
                         relation=Relation.EQUIVALENT, via="a word of its name")


@lru_cache(maxsize=8)
def _defined_as(index: Index, vocab: Vocabulary) -> dict[str, frozenset[str]]:
    """What the store's facts say each entity is, by the head noun after 'is a' in a
    statement that opens with its name: 'The Inola smelter is *a project* being planned'
    makes 'the project' a way to speak of the Inola smelter."""
    found: dict[str, set[str]] = {}
    stops = vocab.question_words["figure_predicates"]
    for compiled in index.facts:
        fact = read_statement(compiled.fact.statement, vocab)
        tokens = fact.tokens
        for entity_id, pos in fact.entities:
            if pos > int(tokens[:1] == ["the"]):
                continue  # only the name the statement opens with
            article = fact.entity_ends.get(pos, pos + 1) + 1
            if article + 1 >= len(tokens) or tokens[article - 1] not in vocab.be_forms or (
                    tokens[article] not in vocab.question_words["indefinite_articles"]):
                continue
            at = {p: t for t, p in fact.terms}
            head = ""
            for position in range(article + 1, len(tokens)):
                token = tokens[position]
                if token in vocab.auxiliaries or token in vocab.prepositions or (
                        token in stops or token[0].isdigit()):
                    break
                if (_is_verb_at(fact, position, vocab) or _participle(token, vocab)) and (
                        position + 1 not in at):
                    break  # 'a company *based* in', not 'a *shipping* lane'
                head = at.get(position, head)
            if head:
                found.setdefault(entity_id, set()).add(head)
    return {entity_id: frozenset(heads) for entity_id, heads in found.items()}


def _as_defined(step: Step, compiled: CompiledFact, defined: dict[str, frozenset[str]],
                vocab: Vocabulary) -> Step:
    """A noun of the question the fact lacks, held when the store says an entity the fact
    names is one ('how many jobs will *the project* support': 'building the smelter…',
    the smelter being 'a project')."""
    if step.kind != "word" or step.relation != Relation.INDEPENDENT:
        return step
    named = [e for e in compiled.entities if step.key in defined.get(e, ())]
    if not named:
        return step
    return step._replace(kind="entity", fact=vocab.describe_entity(named[0]),
                         relation=Relation.EQUIVALENT, via="what the store says it is")


def _beside_name(steps: list[Step], core: Analysis, compiled: CompiledFact,
                 vocab: Vocabulary) -> list[Step]:
    """A word the fact lacks (or has only as a kind of it), right beside question words
    held as an entity the fact names, is held with them when it is a word of one of that
    entity's names: 'the anti-personnel mine *ban*' for the Anti-Personnel Mine Ban
    Convention, 'the night *sailing* pact' for the Night Sailing Accord."""
    held_at = {pos: s.key[1:] for s in steps if s.kind == "entity" and s.relation in _HELD
               and s.key[1:] in compiled.entities
               for term, pos in core.terms if core.raw_terms.get(term) == s.claim}
    # … or beside each other: two words of one name together name it ('the anti-personnel
    # mine ban' for the Anti-Personnel Mine Ban Convention), where one alone would not
    term_places = {pos for _, pos in core.terms}
    for pos in sorted(term_places):
        pair = (core.tokens[pos], core.tokens[pos + 1]) if pos + 1 in term_places else None
        named = pair and next((e for e in sorted(compiled.entities)
                               if set(pair) <= vocab.entity_name_words.get(e, frozenset())), None)
        if named:
            held_at.update({pos: named, pos + 1: named})
    if not held_at:
        return steps
    found = list(steps)
    changed = True
    while changed:  # 'the *night* sailing pact': a word beside one held so
        changed = False
        for i, step in enumerate(found):
            if step.kind != "word" or step.relation not in (Relation.INDEPENDENT,
                                                            Relation.REVERSE):
                continue
            places = [pos for term, pos in core.terms if term == step.key]
            beside = {held_at[pos + side] for pos in places
                      for side in (-1, 1) if pos + side in held_at}
            named = next((e for e in beside if _names_word(e, fold(step.claim), vocab)), None)
            if named is not None:
                found[i] = step._replace(kind="entity", fact=vocab.describe_entity(named),
                                         relation=Relation.EQUIVALENT, via="a word of its name")
                held_at.update((pos, named) for pos in places)
                changed = True
    return found


def _names_word(entity_id: str, word: str, vocab: Vocabulary) -> bool:
    return word in vocab.entity_name_words.get(entity_id, ())


def _as_dimension_word(step: Step, compiled: CompiledFact, vocab: Vocabulary) -> Step:
    """'what will *the money* pay for': a word that names a dimension ('money', 'funds',
    'budget') is held by the fact's own word for that dimension ('the border *funding*'),
    as it is by a figure of it. Words for a time ('year', 'period') set a scene, they name
    no thing one has."""
    if step.kind != "word" or step.relation in _HELD:
        return step
    word = fold(step.claim)
    clock = next((q for q in read_statement(compiled.fact.statement, vocab).quantities
                  if q.dimension == _CLOCK), None) if _CLOCK in {
        word, *vocab.lemmas_of(word)} else None
    if clock is not None:  # "which time zone are the *times* given in": the fact's clock time
        return step._replace(fact=_words(compiled.fact.statement, clock.start, clock.end),
                             relation=Relation.EQUIVALENT, via="the clock time it gives")
    dimension = vocab.dimension_nouns.get(word)
    if dimension in (None, "date", "duration"):
        return step
    fact = read_statement(compiled.fact.statement, vocab)
    said = next((t for t in fact.tokens if vocab.dimension_nouns.get(t) == dimension), None)
    if said is None and dimension == _COUNT:
        # 'its full gate *count*': the fact's figure of gates is their count (a word for
        # a length or a sum names an attribute, 'height', 'cost', that a figure may not be)
        figure = next((q for q in fact.quantities if q.dimension == dimension), None)
        said = None if figure is None else _words(compiled.fact.statement, figure.start,
                                                    figure.end)
    return step if said is None else step._replace(
        fact=said, relation=Relation.EQUIVALENT, via=f"a word for the {dimension}")


def _included(alignment: Alignment, gap: Gap, core: Analysis,
              vocab: Vocabulary) -> list[Step] | None:
    """'what did the first phase *deliver*': a verb of what a whole holds or brings
    ('include', 'deliver', 'offer', 'contain') is said by the fact's verb of that kind when
    the question's other pieces stand before it, naming the whole ('the first phase
    *includes* a parking plaza'), or by a phrase that makes its subject a part of what
    follows, when they stand after it ('five miles of new roads *come with* the first
    phase'): each fact names a part of the whole, so a set question gathers them all. A
    fact that says neither gives no part for 'what does it include' (None): 'the first
    phase *belongs to* a project' is not what it includes."""
    steps = alignment.steps
    word = gap.includes
    if not word or any(s.relation in _HELD and _includes(s.claim, vocab) for s in steps):
        return steps
    verb = next((s for s in steps if s.kind == "word" and fold(s.claim) == word), None)
    fact = read_statement(alignment.fact.fact.statement, vocab)
    # 'what facilities does the terminal offer': the parts' noun stands after the verb
    parts = {s.fact for s in steps if gap.kind_word and fold(s.claim) == gap.kind_word}
    matched = {pos for pos in _matched_positions(alignment, fact, core, vocab)
               if fact.tokens[pos] not in parts}
    # what a whole includes, delivers or offers it has, not the other way round: 'has six
    # gates' answers 'what does it have', not 'what does it offer'
    owned = _PERFECT in vocab.lemmas_of(word)
    at = next((pos for pos in range(len(fact.tokens)) if _includes_at(fact.tokens, pos, vocab)
               and (owned or _PERFECT not in vocab.lemmas_of(fact.tokens[pos]))), None)
    via = _INCLUSION
    if at is None or max(matched, default=at) > at:
        # 'the first phase delivers a 19-gate *terminal* building' names no whole the new
        # terminal holds
        at = next((pos for pos in range(1, min(matched, default=0))
                   if _part_of(fact.tokens, pos, vocab)), None)
        via = _PART_OF
    if at is None:
        return None if gap.answer == "statement" else steps
    if verb is None:  # the question's word, said by the fact, adds no piece it holds
        return [*steps, Step("inclusion", "", word, fact.tokens[at], Relation.EQUIVALENT, via)]
    said = verb._replace(fact=fact.tokens[at], relation=Relation.EQUIVALENT, via=via)
    return [said if s is verb else s for s in steps]


def _part_of(tokens: list[str], position: int, vocab: Vocabulary) -> bool:
    """A phrase at ``position`` that makes what stands before it a part of what follows
    ('come with', 'belong to', 'is part of')."""
    return any(tokens[position + 1:position + len(phrase)] == list(phrase[1:]) and (
        phrase[0] in vocab.lemmas_of(tokens[position]))
        for phrase in _part_of_phrases(vocab))


@lru_cache(maxsize=8)
def _part_of_phrases(vocab: Vocabulary) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.split()) for p in vocab.question_words["part_of_phrases"])


def _asks_state(core: Analysis, gap: Gap) -> bool:
    """The question's auxiliary is a present-tense copula: 'where *is* X headquartered'."""
    after = max(gap.span, default=-1) + 1
    return after < len(core.tokens) and core.tokens[after] in _PRESENT_COPULAS


def _only_positioned(open_: list[Step], vocab: Vocabulary) -> bool:
    """'In which town does the plant *stand*', 'where does the village *lie*': a verb of
    position only says the thing is there, as 'is' does."""
    return all(vocab.is_position_verb(s.claim) for s in open_)


def _located(alignment: Alignment, gap: Gap, core: Analysis, vocab: Vocabulary) -> list[str]:
    """For a question after a place ('where', 'in which city'), the places of that kind the
    fact puts a thing the question names in: 'O'Hare International Airport *in Chicago*',
    'Hensel Phelps is based *in Greeley*' (two words at most, its verb, between; three
    when the last is the question's own word: 'Century *has its base* in Chicago')."""
    if gap.answer != "entities" or not gap.kinds or not set(gap.kinds) <= _place_kinds(vocab):
        return []
    fact = read_statement(alignment.fact.fact.statement, vocab)
    tokens = fact.tokens
    asked = set(core.entity_ids)
    starts = {pos: e for e, pos in fact.entities}
    found: list[str] = []
    for entity_id, pos in fact.entities:
        if entity_id not in asked:
            continue
        after = fact.entity_ends.get(pos, pos + 1)
        for at in range(after, min(after + 4, len(tokens) - 1)):
            if tokens[at] in vocab.locative:
                if at == after + 3 and "s:" + stem(tokens[at - 1]) not in core.term_set:
                    break
                for place in _joined_names(fact, at + 1, vocab):  # 'at Orlo and Venn'
                    if place not in asked and _kind_fits(place, gap, vocab):
                        found.append(vocab.entities[place].name)
                break
            if at in starts or tokens[at] in vocab.prepositions:
                break
    return _of_kind_said(found, fact, asked, gap, vocab) or list(dict.fromkeys(found))


def _of_kind_said(found: list[str], fact: Analysis, asked: set[str], gap: Gap,
                  vocab: Vocabulary) -> list[str]:
    """'In which *state* is the plant' where the fact puts it 'in the U.S. state of Iowa':
    when no place found is of the kind the question names, the fact's names of that very
    kind are the answer ('the U.S.' is a country, Iowa a state)."""
    if not found or not gap.kind_word:
        return []
    kinds = {vocab.entities[e].name: vocab.entities[e].kind for e, _ in fact.entities
             if e not in asked and e in vocab.entities}
    if any(_kind_said(kinds.get(name, ""), gap.kind_word, vocab)
                        for name in found):
        return []
    return [name for name, kind in kinds.items() if _kind_said(kind, gap.kind_word, vocab)]


def _after_doer(alignment: Alignment, fact: Analysis, core: Analysis,
                vocab: Vocabulary) -> int | None:
    """Where the fact goes on after its words for the question's doer, the names and
    nouns right after the question's auxiliary ('what did *Juice* do', 'what were the
    *NATO ships* trying to do')."""
    tokens = core.tokens
    position = next((p for p, t in enumerate(tokens) if p and t in vocab.auxiliaries), 0) + 1
    terms = {pos: term for term, pos in core.terms}
    starts = {pos: entity_id for entity_id, pos in core.entities}
    # past 'the', unless it starts the name ('the Skerry ferry')
    while position < len(tokens) and tokens[position] in vocab.determiners and (
            position not in starts):
        position += 1
    last: str | None = None
    while position in terms or position in starts or (
            last and position < len(tokens) and tokens[position] == "s"):
        if position in starts:
            last = "@" + starts[position]
            position = core.entity_ends.get(position, position + 1)
        else:  # a noun, or the possessive 's of "Lithuania's neighbours"
            if position in terms:
                # "what did *the probe* do": a noun the fact holds as the entity it names
                # a kind of ('Juice') is that entity
                last = next((s.key for s in alignment.steps if s.kind == "entity"
                             and s.relation in _HELD and fold(s.claim) == tokens[position]),
                            terms[position])
            position += 1
    if last is None:
        return None
    if last.startswith("@"):
        ends = [fact.entity_ends.get(pos, pos + 1) for entity_id, pos in fact.entities
                if "@" + entity_id == last]
        # "*Harbourline's* pontoon reached Alna", "the new engine saved diesel" (of the
        # ferry): a fact that names the doer only as an owner, or not at all, says nothing
        # it does
        return max((end for end in ends if fact.tokens[end:end + 1] != ["s"]),
                   default=len(fact.tokens))
    found = _held_word(alignment, last, vocab)
    if found is None:
        return None
    step, _, spots = found
    return max((pos + len(tokenise(step.fact)) for pos in spots), default=None)


def _says_action(filler: str, said: set[str], vocab: Vocabulary) -> bool:
    """The answer has a verb of its own ('took pictures', 'boarding a tanker'), not one
    of the fact's words the question ``said`` ('what did Juice do as it *passed*')."""
    reading = read_statement(filler, vocab)
    return any(reading.tokens[v] not in said for v in reading.verbs) or any(
        t.endswith("ing") and t not in said and vocab.can_be_verb(t) for t in reading.tokens)


def _says_means(filler: str, statement: str, vocab: Vocabulary) -> bool:
    """A means or a manner: '(with) small corrections', 'by selling ...', 'quickly', or
    the act done for what is asked ('built the breakwater' to protect the pier)."""
    tokens = tokenise(filler)
    said = tokenise(statement)
    before = next((said[p - 1] for p in range(1, len(said))
                   if said[p:p + len(tokens)] == tokens), "")
    means = vocab.question_words["means_words"]
    return bool(tokens) and (before in means or vocab.is_manner_adverb(tokens[0])
                             or 0 in read_statement(filler, vocab).verbs)


def _says_manner(adverb: str, compiled: CompiledFact, vocab: Vocabulary) -> bool:
    """The fact says the adverb's manner in its own words ('briefly': 'for a *short*
    time'; 'regularly': another word for often, 'frequently'); a fact that says nothing
    of it, or something else ('permanently'), does not bear it out. 'Constantly' is said
    by another word or phrase for it ('without a break', 'around the clock')."""
    said = read_statement(compiled.fact.statement, vocab).tokens
    for kind in ("frequency_adverbs", "continuity_words"):
        words = vocab.question_words[kind]
        if adverb in words and any(_says_phrase(said, tokenise(w)) for w in words):
            return True
    stem = adverb[:-2]  # briefly -> brief, formally -> formal
    adjectives = (stem, stem[:-1] + "y" if stem.endswith("i") else stem, stem + "e")
    return any(term in compiled.terms for adjective in adjectives
               for term in vocab.links(adjective))


def _says_phrase(tokens: list[str], phrase: list[str]) -> bool:
    return bool(phrase) and any(tokens[i:i + len(phrase)] == phrase
                                for i in range(len(tokens) - len(phrase) + 1))


def _unasked_measure(compiled: CompiledFact, gap: Gap, core: Analysis) -> int:
    """How much the best-fitting figure's description says that the question does not
    ('gates added in the second phase' for 'how many gates in all'): fewer is closer."""
    if gap.answer != "quantity":
        return 0
    asked = gap.measure | core.term_set
    return min((len(q.measure - asked) for q in compiled.quantities
                if q.dimension in gap.dimensions and q.measure & asked), default=0)


def _describing(core: Analysis, held: list[Step], subject: list[str],
                vocab: Vocabulary) -> set[str]:
    """The words of a participle that only says which thing a held name is ('the treaty
    *banning anti-personnel mines*'), up to the next preposition: the name already
    picks it out. Not after the question's doer, whose '-ing' is the question's verb."""
    named = {s.key for s in held if s.kind == "entity"}
    return {term for entity_id, terms in _participles(core, vocab)
            if "@" + entity_id in named and entity_id not in subject for term in terms}


@lru_cache(maxsize=64)
def _participles(core: Analysis, vocab: Vocabulary) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each name of the question followed by an '-ing' word, with the terms from there
    to the next preposition (worked out once per question)."""
    at = {pos: t for t, pos in core.terms}
    found: list[tuple[str, frozenset[str]]] = []
    for entity_id, pos in core.entities:
        position = core.entity_ends.get(pos, pos + 1)
        word = core.tokens[position] if position < len(core.tokens) else ""
        if not (word.endswith("ing") and vocab.can_be_verb(word)):
            continue
        terms: set[str] = set()
        while position < len(core.tokens) and core.tokens[position] not in vocab.prepositions:
            if position in at:
                terms.add(at[position])
            position += 1
        found.append((entity_id, frozenset(terms)))
    return tuple(found)


def _possessors_of(core: Analysis, held: list[Step], vocab: Vocabulary) -> set[str]:
    """'San Diego's new Terminal 1', "O'Hare's Terminal D": a possessor that only says
    whose a named thing is, when the fact names that thing and the store gives it no
    other owner ("San Diego's Airside D" asks of a terminal the store puts at Tampa)."""
    named = {s.key for s in held if s.kind == "entity"}
    starts = {pos: e for e, pos in core.entities}
    found: set[str] = set()
    for pos, entity_id in starts.items():
        end = core.entity_ends.get(pos, pos + 1)
        if end < len(core.tokens) and core.tokens[end] == "s" and any(
                "@" + starts[later] in named and _may_own(entity_id, starts[later], vocab)
                for later in range(end + 1, end + 4) if later in starts):
            found.add("@" + entity_id)
    return found


def _implied_modifiers(alignment: Alignment, core: Analysis, knowledge: Knowledge) -> set[str]:
    """'the *cyclone's* highest impact zone', 'the *smelter* venture': a noun of the
    question that only says which thing the noun after it is, which a fact that calls the
    thing plainly 'the highest-impact zone' or 'the venture' (a determiner and none of its
    own words before the noun) leaves to the article, when the store uses that word as a
    noun of its own; a word the article never uses so ('the *tram* venture', 'the *later*
    flybys') is still asked, and a fact with a word of its own there ('the *first*
    venture') names another."""
    open_words = {s.key for s in alignment.steps
                  if s.kind == "word" and s.relation == Relation.INDEPENDENT}
    if not open_words:
        return set()  # nearly every fit
    vocab = knowledge.vocab
    held = {s.key: s.fact for s in alignment.steps if s.kind == "word" and s.relation in _HELD}
    at = {pos: term for term, pos in core.terms}
    verbs = _question_verbs(core, vocab)
    found: set[str] = set()
    for term, pos in core.terms:
        if term not in open_words or term in verbs or term not in _store_nouns(
                knowledge.index, vocab):
            continue
        head = pos + 1 + (core.tokens[pos + 1:pos + 2] == [_POSSESSIVE])
        while head + 1 in at:
            head += 1  # 'the cyclone's highest impact *zone*': the noun the others modify
        if head == pos or at.get(head) not in held or not all(
                at.get(p) in held for p in range(pos + 1, head) if p in at):
            continue
        if _said_plainly(alignment.fact, held[at[head]], set(held.values()), vocab):
            found.add(term)
    return found


@lru_cache(maxsize=8)
def _store_nouns(index: Index, vocab: Vocabulary) -> frozenset[str]:
    """The terms the store's facts use as a noun of their own: after a determiner, with no
    other term but a verb after them ('*the smelter* that EGA is planning', '*the cyclone*
    came ashore'; not 'the *later* flybys')."""
    found: set[str] = set()
    for compiled in index.facts:
        fact = read_statement(compiled.fact.statement, vocab)
        at = {pos for _, pos in fact.terms}
        found.update(term for term, pos in fact.terms
                     if pos and fact.tokens[pos - 1] in vocab.determiners
                     and (pos + 1 not in at or pos + 1 in fact.verbs)
                     and fact.tokens[pos] not in vocab.ordinals)  # 'the first' is a rank
    return frozenset(found)


def _said_plainly(compiled: CompiledFact, word: str, held_words: set[str],
                  vocab: Vocabulary) -> bool:
    """The fact says ``word`` after a determiner with nothing between but the question's
    own words ('*the* highest-impact zone')."""
    fact = read_statement(compiled.fact.statement, vocab)
    at = {pos: compiled.word_for(term) for term, pos in fact.terms}
    for pos, fact_word in at.items():
        if fact_word != word:
            continue
        start = pos
        while start - 1 in at and at[start - 1] in held_words:
            start -= 1
        if start and fact.tokens[start - 1] in vocab.determiners:
            return True
    return False


def _may_own(owner_id: str, thing_id: str, vocab: Vocabulary) -> bool:
    """The store gives the thing no owner, or the one named, or one whose name holds the
    owner's name (San Diego International Airport for San Diego)."""
    thing, owner = vocab.entities.get(thing_id), vocab.entities.get(owner_id)
    if thing is None or owner is None or not thing.member_of:
        return True
    said = fold(owner.name)
    return any(group == owner_id or (group in vocab.entities
                                     and said in fold(vocab.entities[group].name))
               for group in thing.member_of)


@lru_cache(maxsize=64)
def _set_aside(core: Analysis, vocab: Vocabulary) -> frozenset[str]:
    """'*Besides Harbourline*, which companies ...': a name right after a cue that others
    are asked for is left out of the answer, not asked of the fact ('other Harbourline
    ships' says which ships: a noun follows the name)."""
    terms = {pos for _, pos in core.terms}
    return frozenset("@" + entity_id for entity_id, pos in core.entities
                     if pos and core.tokens[pos - 1] in vocab.plural_cues
                     and core.entity_ends.get(pos, pos + 1) not in terms)


@lru_cache(maxsize=64)
def _alternatives(core: Analysis) -> dict[str, set[str]]:
    """Terms the question joins with 'or', each with the others."""
    at = {pos: t for t, pos in core.terms}
    pairs: dict[str, set[str]] = {}
    for pos, term in at.items():
        if pos + 2 in at and core.tokens[pos + 1] == "or":
            pairs.setdefault(term, set()).add(at[pos + 2])
            pairs.setdefault(at[pos + 2], set()).add(term)
    return pairs


def _agent_left_unsaid(alignment: Alignment, core: Analysis, subject: list[str],
                       vocab: Vocabulary) -> bool:
    """'What did Balakrishnan urge donors to do': a fact in the passive about what the
    question's doer acts on ('donors *were urged* to dig deep'), which the store records
    as the doer's, says what the doer did to it."""
    compiled = alignment.fact
    if not subject or not set(subject) <= set(compiled.fact.entities) or not (
            compiled.subject) or not compiled.subject <= set(core.entity_ids) - set(subject):
        return False
    fact = read_statement(compiled.fact.statement, vocab)
    said = {fold(s.fact) for s in alignment.steps if s.kind == "word" and s.relation in _HELD}
    return any(token in said and fact.tokens[pos - 1] in vocab.be_forms
               and _participle(token, vocab) for pos, token in enumerate(fact.tokens) if pos)


def _pins_event(step: Step, gap: Gap, core: Analysis, content: list[Step],
                verbs: frozenset[str], vocab: Vocabulary) -> bool:
    """'When did *construction* start on Terminal D at O'Hare': a date is asked of an
    event the fact pins by the question's every verb and name, so the fact's own noun for
    what started ('began *work*') need not be the question's; a noun, not how or when
    ('constantly', 'back')."""
    same = {s.key for s in content if s.relation == Relation.EQUIVALENT}
    return ("date" in gap.dimensions and bool(verbs) and verbs <= same
            and all(s.relation in _HELD for s in content if s.kind == "entity")
            and _is_noun_at(core, step.key, vocab))


def _is_noun_at(core: Analysis, key: str, vocab: Vocabulary) -> bool:
    """The term stands where a noun does: after an auxiliary ('did *construction* start'),
    a determiner or a preposition."""
    return any(term == key and pos and (core.tokens[pos - 1] in vocab.auxiliaries
                                        or core.tokens[pos - 1] in vocab.determiners
                                        or core.tokens[pos - 1] in vocab.prepositions)
               for term, pos in core.terms)


def _tolerable(step: Step, verbs: frozenset[str], support: int, says: bool,
               words_held: int) -> bool:
    """One piece of a well-anchored question the fact need not match: its verb, when the
    fact says something of what the question says besides naming the same entities (it
    may say 'shown' for 'taught'), or, with three pieces held, a noun the fact says more
    generally ('course' where the fact says 'direction'), or, with four of its words held,
    a word the question's order hides as its verb ('does the wave wall *bring* light')."""
    if step.key in verbs:
        return support >= 2 and says
    return (step.relation == Relation.REVERSE and support >= 3) or (
        step.kind == "word" and words_held >= 4)


def _measures(compiled: CompiledFact, gap: Gap, core: Analysis) -> bool:
    """The fact gives a figure of what the question measures: every word of 'how many
    square feet of space' in the fact, or a figure of the fact said to measure a word of
    the question."""
    if gap.measure:
        said = compiled.terms.union(*(q.measure for q in compiled.quantities))
        return gap.measure <= said
    return any(q.measure & core.term_set for q in compiled.quantities
               if q.dimension in gap.dimensions)


@lru_cache(maxsize=8192)
def _mentions_reason(statement: str, vocab: Vocabulary) -> bool:
    tokens = read_statement(statement, vocab).tokens
    return any(tuple(tokens[i:i + len(m)]) == m for m in vocab.reason_markers if len(m) > 1
               for i in range(len(tokens)))


def _filler(alignment: Alignment, gap: Gap, core: Analysis, vocab: Vocabulary) -> str | None:
    if gap.answer == "quantity":
        if _asks_frequency(gap, vocab):  # "how often": 'every 2 minutes', not '2 minutes'
            return _frequency(alignment.fact.fact.statement, vocab)
        if gap.rate and gap.rate not in read_statement(alignment.fact.fact.statement,
                                                       vocab).tokens:
            return _spread_rate(alignment.fact, gap, vocab)
        if gap.kinds:
            names = _entities_of_kind(alignment, gap, core, vocab, subject_first=True)
            return _stated_count(alignment.fact, gap, vocab) or "|".join(names) or None
        if gap.form is not None and set(gap.form.words) & vocab.question_words[
                "weekday_words"]:  # "on what day of the week"
            return _weekdays(alignment.fact.fact.statement, vocab)
        figure = _quantity_answer(alignment, gap, core, vocab)
        if figure is None and _asks_day(gap, core, vocab):  # "on what day", with no date
            return _weekdays(alignment.fact.fact.statement, vocab)
        return figure
    if gap.answer == "entities":
        # "whose Flight Dynamics team": only the owner the fact gives the name, not
        # another name of the kind ('Ignacio Tanco said …')
        names = _owners_said(alignment, gap, core, vocab) if _owned_name(
            gap, core) is not None else _entities_of_kind(
            alignment, gap, core, vocab, subject_first=False) or (
            _owners_said(alignment, gap, core, vocab))
        return and_list(names) if names else _people_doer(alignment, gap, core, vocab)
    if gap.answer == "reason":
        return _reason(alignment, core, vocab)
    if gap.form is not None and gap.form.modifier:
        return _kind_named(alignment, gap, core, vocab)
    if gap.answer == "subject":
        return _subject_phrase(alignment, core, vocab)
    if _description_said(alignment, gap, core, vocab):
        return _description(alignment.fact.fact.statement, vocab)
    if gap.kind_word:  # "which installations": the fact's phrase around that noun
        return _around(alignment, gap.kind_word, core, vocab)
    # "... is meant to serve which two purposes": the gap ends the question, so the
    # answer is what the fact says after the last piece the question lined up with; so
    # it is for a question that ends on a preposition, whose object the gap is ('what did
    # Earth's gravity turn Juice *towards*')
    stranded = _stranded(core, vocab)
    verbs = _question_verbs(core, vocab)
    if stranded and stranded not in read_statement(alignment.fact.fact.statement,
                                                   vocab).tokens and not (verbs and all(
            s.relation in _HELD for s in alignment.steps if s.key in verbs)):
        # 'what are the towns served *by*': a fact with no 'by' says no object of it,
        # unless it says the act in words of its own ('spent on': 'pay *for*')
        return None
    last = bool(gap.span) and (
        (max(gap.span) == len(core.tokens) - 1 and min(gap.span) > 0) or bool(stranded))
    return _phrase(alignment, core, vocab, after_last=last,
                   object_only=_ends_on_verb_said_otherwise(alignment, gap, core, vocab))


def _description_said(alignment: Alignment, gap: Gap, core: Analysis,
                      vocab: Vocabulary) -> frozenset[str]:
    """'What did Nishtar *call* the rollout': the question's verb that asks what a thing is
    called is said by the fact's own verb of description with its 'as' ('described the
    rollout as a game-changer'), whatever that verb is."""
    asked = _description_asked(core, vocab) if gap.answer == "statement" else frozenset()
    if asked and _description(alignment.fact.fact.statement, vocab) is not None:
        return asked
    return frozenset()


@lru_cache(maxsize=64)
def _description_asked(core: Analysis, vocab: Vocabulary) -> frozenset[str]:
    describing = vocab.question_words["description_verbs"]
    return frozenset(term for term, pos in core.terms
                     if describing.intersection(vocab.lemmas_of(core.tokens[pos])))


@lru_cache(maxsize=4096)
def _description(statement: str, vocab: Vocabulary) -> str | None:
    """What the statement calls a thing: the words after the 'as' that follows its verb of
    description ('described the rollout as *a game-changer against the disease*')."""
    describing = vocab.question_words["description_verbs"]
    tokens = read_statement(statement, vocab).tokens
    for position, token in enumerate(tokens):
        if describing.intersection(vocab.lemmas_of(token)) and "as" in tokens[position + 1:]:
            start = tokens.index("as", position + 1) + 1
            return _words(statement, start, len(tokens)) or None
    return None


def _stranded(core: Analysis, vocab: Vocabulary) -> str:
    """The preposition the question ends on ('what did it turn Juice *towards*'), whose
    object the gap is, or ''."""
    return core.tokens[-1] if core.tokens and core.tokens[-1] in vocab.prepositions else ""


def _ends_on_verb_said_otherwise(alignment: Alignment, gap: Gap, core: Analysis,
                                 vocab: Vocabulary) -> bool:
    """'what *does* the first phase *include*': 'what' and an auxiliary, and the question
    ends on a verb the fact says with a verb of its own ('delivers'), so what is asked is
    what that verb acts on ('what does the ferry *do*' asks for the act itself)."""
    last = len(core.tokens) - 1
    after = max(gap.span, default=-1) + 1
    if any(s.via == _PART_OF for s in alignment.steps):
        return False  # the part stands before the fact's words for the whole
    if not 0 < after < last or core.tokens[after] not in vocab.auxiliaries or (
            not vocab.can_be_verb(core.tokens[last])) or (
            core.tokens[last - 1] in vocab.determiners) or _asks_action(core, vocab):
        return False
    ending = {term for term, pos in core.terms if pos == last}
    if not ending and not any(pos <= last < end for pos, end in core.entity_ends.items()):
        # "what did Juniper call for to keep the recovery *going*": a last word the reader
        # passes over is no verb of the fact's to act on the gap
        return False
    return not any(s.key in ending and s.relation in _HELD for s in alignment.steps)


def _subject_phrase(alignment: Alignment, core: Analysis, vocab: Vocabulary) -> str | None:
    """What the fact says before the first piece the question lined up with: 'The
    Moon's gravity' for 'what raised Juice's speed'."""
    before = _before_matched(alignment, core, vocab)
    if before is None:
        return None
    fact, end = before
    if not _before_a_verb(alignment, fact, core, vocab):
        return None
    content = {pos for _, pos in fact.terms} | {pos for _, pos in fact.entities}
    return _words(alignment.fact.fact.statement, 0, end) if content & set(range(end)) else None


def _before_a_verb(alignment: Alignment, fact: Analysis, core: Analysis,
                   vocab: Vocabulary) -> bool:
    """What comes first of the question's pieces in the fact is its verb there, when the
    question has one: the doer stands before it. 'Who designed Terminal 1' is not answered
    by what comes before the noun 'design' ('the first phase belongs to a progressive
    design-build project')."""
    first = min(_matched_positions(alignment, fact, core, vocab))
    if not core.verbs or first in fact.verbs or first == 0:
        return True
    # a bare form after a word of content is a noun ('a progressive design'); a verb there
    # is inflected ('links', 'raised') or follows 'to' or an auxiliary ('will rebuild')
    token, before = fact.tokens[first], fact.tokens[first - 1]
    return (token.endswith(("s", "ed", "ing")) or token in vocab.irregular
            or before == "to" or before in vocab.auxiliaries)


def _before_matched(alignment: Alignment, core: Analysis,
                    vocab: Vocabulary) -> tuple[Analysis, int] | None:
    """The fact's reading and where its words before the first piece the question lined
    up with end, past the words that only link them ('is', 'also')."""
    fact = read_statement(alignment.fact.fact.statement, vocab)
    marked = _matched_positions(alignment, fact, core, vocab)
    if not marked:
        return None
    end = min(marked)
    linking = vocab.question_words["linking"]
    while end > 0 and (fact.tokens[end - 1] in linking or fact.tokens[end - 1] in vocab.ignored):
        end -= 1
    return fact, end


def _around(alignment: Alignment, noun: str, core: Analysis, vocab: Vocabulary) -> str | None:
    """The fact's noun phrase for the question's noun, with what the fact adds to it:
    'defensive installations such as bunkers' for 'which installations'."""
    found = _held_word(alignment, vocab.canonical(noun) or "", vocab)
    if found is None or found[0].relation != Relation.EQUIVALENT or found[0].via.endswith(
            "derivation"):
        return None  # the fact's word must be the noun asked about, not a kind of it nor
        # a word made from a verb it shares a root with ('borders': 'environment')
    _, fact, spots = found
    statement = alignment.fact.fact.statement
    marked = _matched_positions(alignment, fact, core, vocab)
    at = {p: t for t, p in fact.terms}
    for pos in spots:
        if pos + 1 in at and not _is_verb_at(fact, pos + 1, vocab):
            continue  # "which bridges": not the fact's '*bridge* renovation', a renovation
        identified = _identified_by_copula(fact, pos, marked, vocab)
        if identified is not None:
            return _words(statement, identified, len(fact.tokens)) or None
        # 'was one of the sites the surveyors *mapped*' says nothing of the sites they
        # repaired: the question's own verbs must be the fact's
        verbs = _question_verbs(core, vocab)
        member = _member_named(fact, pos, vocab) if all(
            s.relation in _HELD for s in alignment.steps if s.key in verbs) else None
        if member is not None:
            return _words(statement, *member) or None
        first = pos
        while (first - 1 in at and not _is_verb_at(fact, first - 1, vocab)) or (
                first - 2 in at and fact.tokens[first - 1] in ("and", "or")):
            first -= 1  # "ticketing and concourse levels", not "*building* installations"
        last = next((p for p in sorted(marked) if p > pos), len(fact.tokens))
        # the phrase ends before the fact's verb, or its verb of inclusion, which the
        # reader passes over ('the first phase *includes*')
        last = next((p for p in range(pos + 1, last) if _is_verb_at(fact, p, vocab) or (
            _includes(fact.tokens[p], vocab))), last)
        while last > pos + 1 and (fact.tokens[last - 1] in vocab.determiners
                                  or fact.tokens[last - 1] in vocab.prepositions):
            last -= 1
        adds = {p for p in at if first <= p < last and p != pos} - marked
        return _words(statement, first, last) if adds else None
    return None


def _identified_by_copula(fact: Analysis, noun: int, marked: set[int],
                          vocab: Vocabulary) -> int | None:
    """'*The borders* Lithuania is fortifying *are* those with Russia and Belarus': where
    the words start that a copula says the noun is, when all that stands between the two
    is the question's clause about the noun ('which borders is Lithuania fortifying')."""
    content = {pos for _, pos in fact.terms} | {
        p for pos, end in fact.entity_ends.items() for p in range(pos, end)}
    for position in range(noun + 1, len(fact.tokens) - 1):
        if fact.tokens[position] in vocab.be_forms and position - 1 in marked and not (
                _is_verb_at(fact, position + 1, vocab)):  # not the clause's 'is fortifying'
            return position + 1
        if position in content and position not in marked:
            return None
    return None


def _member_named(fact: Analysis, noun: int, vocab: Vocabulary) -> tuple[int, int] | None:
    """'*The water vole* was one of the animals the programme supported', '*Atlantic
    salmon* were among the species it helped': where the words start and end that a
    copula before 'one of the' or 'among the' makes one of the things the noun names."""
    tokens = fact.tokens
    before = tokens[max(noun - 4, 0):noun]
    if before[-3:] in (["one", "of", "the"],):
        copula = noun - 4
    elif before[-2:] == ["among", "the"]:
        copula = noun - 3
    else:
        return None
    if copula < 1 or tokens[copula] not in vocab.be_forms or any(
            v < copula for v in fact.verbs):
        return None  # 'the plan *names* one of the animals': no copula makes it one
    start = int(tokens[0] in vocab.determiners)
    return (start, copula) if start < copula else None


def _entities_of_kind(alignment: Alignment, gap: Gap, core: Analysis, vocab: Vocabulary,
                      subject_first: bool) -> list[str]:
    """Names the fact gives of the kind asked for that the question does not refer to
    itself, by name or otherwise ('Where' asks for a place other than the one doing
    things)."""
    compiled = alignment.fact
    referred = {s.fact for s in alignment.steps if s.kind == "entity" and s.relation in _HELD}
    mentioned = set(core.entity_ids) | {e for e in compiled.entities
                                        if vocab.describe_entity(e) in referred}
    if gap.form is not None and gap.form.not_subject:
        mentioned |= compiled.subject
    # The answer is a piece of the fact's text: the entities the fact lists that its
    # statement names (or, for a count, those the fact is about).
    said = read_statement(compiled.fact.statement, vocab).entity_ids
    pool = [e for e in compiled.fact.entities if e in said]
    if subject_first:  # "how many countries are leaving": those the fact is about
        subject = [e for e in compiled.fact.subject if _kind_fits(e, gap, vocab)]
        pool = subject or pool
    names = [e for e in pool
             if e not in mentioned and e in vocab.entities and _kind_fits(e, gap, vocab)]
    if gap.answer == "entities" and not _question_verbs(core, vocab):
        # "who was behind the incidents": a name the fact makes the doer of a verb the
        # question does not say did that ('Turner closed the site after the incidents')
        names = [e for e in names if not _does_unasked(alignment, e, core, vocab)]
    if gap.answer == "entities" and _asks_object(gap, core, vocab):
        # "who did the divers inspect": the one the divers acted on comes after the fact's
        # words for them, not before ('Harbourline hired divers to inspect the ramp')
        fact = read_statement(compiled.fact.statement, vocab)
        doer_end = _after_doer(alignment, fact, core, vocab) or 0
        agent = _passive_participle_at(alignment, fact, core, vocab)
        names = [e for e in names if any(
            pos < agent if agent is not None else pos >= doer_end
            for found, pos in fact.entities if found == e)]
    if gap.answer == "entities" and not gap.kind_word and not subject_first and not set(
            gap.kinds) <= _place_kinds(vocab):
        if _asks_doer(gap, core, vocab):
            # "who flew a flyby": the gap is the doer, the one the fact is about; when that
            # one is of no kind asked ('*CIPCO's* purchase … is on terms identical to
            # Google's': a cooperative), the fact's other names did not do it
            doers = [e for e in names if e in compiled.subject]
            unfit = compiled.subject.intersection(said) - mentioned - set(names)
            names = doers or ([] if unfit else names)
            names = [e for e in names
                     if not _doer_of_another_verb(alignment, e, gap, core, vocab)
                     and not _owns_a_name(compiled, e, vocab)]
        # "who threatens Europe": 'Russian state media', not Russia, when the name only
        # says whose the nouns after it are
        return [_named_phrase(compiled.fact.statement, e, vocab) for e in names]
    if gap.kind_word and len(names) > 1 and not gap.plural:
        # "which agency": the one the store calls an agency before the other organisations
        # ('over which *regions*' asks for them all: a region and an ocean)
        names = [e for e in names
                 if _kind_said(vocab.entities[e].kind, gap.kind_word, vocab)] or names
    if gap.kind_word and len(names) > 1 and not gap.plural:
        names = _in_asked_clause(alignment, names, core, vocab) or names
    if gap.kind_word and len(names) > 1 and _asks_doer(gap, core, vocab):
        # "which planet slowed Juice down": the one the fact is about ('Earth's gravity
        # then slowed Juice down and turned it towards Venus'), not where Juice was sent
        names = [e for e in names if e in compiled.subject] or names
    if gap.kind_word and len(names) > 1:
        # "which planet will Juice pass": 'Earth', not 'the *Venus* encounter' that swings
        # Juice there; a name before a noun only says what the noun is about
        acted_on = [e for e in names if not _modifies_noun(compiled, e, vocab)]
        names = acted_on or names
    return [vocab.entities[e].name for e in names]


def _in_asked_clause(alignment: Alignment, names: list[str], core: Analysis,
                     vocab: Vocabulary) -> list[str]:
    """'Which company will be the majority owner': of 'EGA remains the majority owner of
    the venture, and Century joins as a minority partner', the names in the clause that
    says more of what the question does than the clause joined to it ('and' or 'but', then
    a name and its own verb)."""
    fact = read_statement(alignment.fact.fact.statement, vocab)
    tokens = fact.tokens
    cuts = [p for p in range(1, len(tokens) - 2) if tokens[p] in ("and", "but")
            and any(v < p for v in fact.verbs) and p + 1 in fact.entity_ends and (
                vocab.can_be_verb(tokens[min(fact.entity_ends[p + 1], len(tokens) - 1)]))]
    if not cuts:
        return []  # nearly every fact
    marked = _matched_positions(alignment, fact, core, vocab)
    spans = [range(start, end) for start, end in pairwise([0, *cuts, len(tokens)])]
    counts = sorted((len(marked.intersection(span)), span.start) for span in spans)
    if counts[-1][0] == counts[-2][0]:
        return []  # no one clause says more of the question than the others
    asked = next(span for span in spans if span.start == counts[-1][1])
    return [e for e in names if any(found == e and pos in asked for found, pos in fact.entities)]


def _modifies_noun(compiled: CompiledFact, entity_id: str, vocab: Vocabulary) -> bool:
    """Every time the fact names the entity, a noun of the fact follows the name ('the
    *Venus* encounter') that is no word of the entity's own name ('the Pacific *Ocean*')."""
    fact = read_statement(compiled.fact.statement, vocab)
    nouns = {pos for _, pos in fact.terms} - fact.verbs
    ends = [fact.entity_ends.get(pos, pos + 1) for found, pos in fact.entities
            if found == entity_id]
    # an owner is no modifier: '*Earth's* gravity slowed Juice' says what Earth did
    return bool(ends) and all(end in nouns and fact.tokens[end - 1] != _POSSESSIVE
                              and not _names_word(entity_id, fact.tokens[end], vocab)
                              for end in ends)


def _owners_said(alignment: Alignment, gap: Gap, core: Analysis,
                 vocab: Vocabulary) -> list[str]:
    """'*Whose* gravity sent Juice on': the name the fact gives the question's noun as its
    owner ('*the Moon's* gravity'), whatever its kind."""
    if gap.form is None or gap.form.words[-1] != "whose":
        return []
    after = max(gap.span) + 1
    owned = _owned_name(gap, core)
    if owned is not None:  # "whose *Flight Dynamics team*": 'ESA's Flight Dynamics team'
        fact = read_statement(alignment.fact.fact.statement, vocab)
        spots = [pos for e, pos in fact.entities if e == owned]
        entity = vocab.entities.get(owned)
        members_of = [vocab.entities[e].name for e in (entity.member_of if entity else ())
                      if e in vocab.entities]
        if len(members_of) == 1 and not any(pos and fact.tokens[pos - 1] == "s"
                                            for pos in spots):
            # a name the fact gives no owner before: the one the store records it part of
            return members_of
    else:
        found = next((_held_word(alignment, term, vocab) for term, pos in core.terms
                      if pos == after), None)
        if found is None:
            return []
        _, fact, spots = found
    # the name's end is at its possessive 's or past it, as the reader took it
    owned_at = {end for spot in spots if spot and fact.tokens[spot - 1] == "s"
                for end in (spot - 1, spot)}
    return [vocab.entities[e].name for e, pos in fact.entities
            if fact.entity_ends.get(pos, pos + 1) in owned_at and e not in core.entity_ids
            and e in vocab.entities]


def _owned_name(gap: Gap, core: Analysis) -> str | None:
    """The entity a 'whose' question names right after it ('whose *Flight Dynamics
    team*'), whose owner is all it asks for."""
    if gap.form is None or gap.form.words[-1] != "whose":
        return None
    after = max(gap.span) + 1
    return next((e for e, pos in core.entities if pos == after), None)


def _doer_of_another_verb(alignment: Alignment, entity_id: str, gap: Gap, core: Analysis,
                          vocab: Vocabulary) -> bool:
    """The name comes before the fact's verb for the one the question's doer does and
    another verb of the fact stands between them ('*Harbourline* closed the pier after a
    storm *damaged* the ramp'): it did the other thing. A verb before 'to' ('decided to
    pull out') shares its doer; a fact's verb for a later word of the question ('who
    credited navigation for the propellant *use*': 'Tanco said ... was *used*') says
    nothing of the doer's."""
    fact = read_statement(alignment.fact.fact.statement, vocab)
    after = max(gap.span) + 1
    doing = [term for term, pos in core.terms if pos == after]
    held = [_held_word(alignment, term, vocab) for term in doing]
    spots = [pos for found in held if found is not None for pos in found[2] if pos in fact.verbs]
    if not spots and any(held) and _does_unasked(alignment, entity_id, core, vocab):
        return True  # "who reported the story": not '*Maju Samuel edited* the report',
        # where the question's verb is only the fact's noun
    named = [fact.entity_ends.get(pos, pos + 1) for e, pos in fact.entities if e == entity_id]
    pairs = [(end, spot) for end in named for spot in spots]
    return bool(pairs) and all(end <= spot and any(
        end <= v < spot and fact.tokens[v + 1:v + 2] != ["to"] for v in fact.verbs)
        for end, spot in pairs)


def _owns_a_name(compiled: CompiledFact, entity_id: str, vocab: Vocabulary) -> bool:
    """Every time the fact names the entity, it is the owner of the name after it
    ('*Myanmar's* humanitarian community started …'): that other one is the doer."""
    fact = read_statement(compiled.fact.statement, vocab)
    starts = {pos for _, pos in fact.entities}
    ends = [fact.entity_ends.get(pos, pos + 1) for e, pos in fact.entities if e == entity_id]
    return bool(ends) and all(fact.tokens[end:end + 1] == [_POSSESSIVE] and end + 1 in starts
                              for end in ends)


def _does_unasked(alignment: Alignment, entity_id: str, core: Analysis,
                  vocab: Vocabulary) -> bool:
    """The fact's verb right after the name is none the question lined up with."""
    fact = read_statement(alignment.fact.fact.statement, vocab)
    marked = _matched_positions(alignment, fact, core, vocab)
    return any(end in fact.verbs and end not in marked
               for end in (fact.entity_ends.get(pos, pos + 1) for e, pos in fact.entities
                           if e == entity_id))


def _asks_object(gap: Gap, core: Analysis, vocab: Vocabulary) -> bool:
    """'who *did* the divers inspect': a form of 'do' follows the gap, so its doer follows
    and the gap is what they acted on."""
    after = max(gap.span, default=-1) + 1
    return after < len(core.tokens) and core.tokens[after] in vocab.question_words["do_forms"]


def _asks_doer(gap: Gap, core: Analysis, vocab: Vocabulary) -> bool:
    """'*who* flew a flyby', '*who* will buy the output', '*who* is leading it': a verb
    follows the gap, or an auxiliary and then the verb, not the doer ('who did *the
    divers* inspect') nor a passive's participle ('who was *hired*')."""
    after = max(gap.span, default=-1) + 1
    tokens = core.tokens
    if after >= len(tokens):
        return False
    if tokens[after] not in vocab.auxiliaries:
        return True
    verb = after + 1
    return verb < len(tokens) and verb not in {pos for _, pos in core.entities} and (
        tokens[verb] not in vocab.auxiliaries and tokens[verb] not in vocab.determiners
        and vocab.can_be_verb(tokens[verb])
        and (tokens[after] not in vocab.be_forms or tokens[verb].endswith("ing")))


def _people_doer(alignment: Alignment, gap: Gap, core: Analysis,
                 vocab: Vocabulary) -> str | None:
    """'who watched Juice': the fact's own noun for the people who did it ('Operators
    watched Juice'), in a fact that names no one of the kind asked for."""
    if not (set(gap.kinds) & vocab.question_words["people_roots"] and not gap.kind_word
            and _asks_doer(gap, core, vocab)):
        return None
    before = _before_matched(alignment, core, vocab)
    if before is None:
        return None
    fact, end = before
    if not end or fact.tokens[end - 1] not in vocab.people_words or not _before_a_verb(
            alignment, fact, core, vocab):
        return None
    if _passive_after(fact, end, vocab) and not _asks_passive(core, fact.tokens[end + 1],
                                                              vocab):
        return None  # 'who paid for the training': not the workers who 'were given' it
    # 'Before the flyby, operators ...': the doer follows the comma (not one in '1,200')
    doer = _words(alignment.fact.fact.statement, 0, end).rpartition(", ")[2].strip()
    start = end - len(tokenise(doer))
    return None if any(start <= v < end for v in fact.verbs) else doer


def _passive_participle_at(alignment: Alignment, fact: Analysis, core: Analysis,
                           vocab: Vocabulary) -> int | None:
    """Where the fact says the question's verb as a passive with its doer after 'by' ('the
    species *helped* by the programme'), whose objects come before it; else None."""
    verbs = _question_verbs(core, vocab)
    said = {s.fact for s in alignment.steps if s.key in verbs and s.relation in _HELD}
    return next((pos for pos, token in enumerate(fact.tokens[:-1])
                 if token in said and fact.tokens[pos + 1] == "by"), None)


def _passive_after(fact: Analysis, end: int, vocab: Vocabulary) -> bool:
    """The words before ``end`` are what a passive is done to ('workers *were given*
    training'): a form of 'be' follows them, then a participle."""
    after = fact.tokens[end:end + 2]
    return len(after) == 2 and after[0] in vocab.be_forms and (
        end + 1 in fact.verbs or after[1].endswith(("ed", "en")) or after[1] in vocab.irregular)


def _asks_passive(core: Analysis, participle: str, vocab: Vocabulary) -> bool:
    """The question asks what the fact's passive is done to: it is passive too ('who *was*
    given training') or its verb is the participle's converse ('who *received* training')."""
    return any(t in vocab.be_forms for t in core.tokens) or any(
        participle in vocab.passive_converses.get(lemma, ())
        for token in core.tokens for lemma in vocab.lemmas_of(token))


def _modifier_word(token: str, vocab: Vocabulary) -> bool:
    """A word without content of its own inside a noun phrase ('state' in 'Russian state
    media'), not one that links two ('the', 'of', 'and')."""
    return (token in vocab.ignored and token not in vocab.determiners
            and token not in vocab.prepositions and token not in ("and", "or"))


def _named_phrase(statement: str, entity_id: str, vocab: Vocabulary) -> str:
    """The entity's name, or its name with the nouns it qualifies ('Russian state media
    (Russia)') where the statement uses it so, up to the verb."""
    fact = read_statement(statement, vocab)
    at = {pos for _, pos in fact.terms}
    for found, pos in fact.entities:
        if found != entity_id:
            continue
        end = fact.entity_ends.get(pos, pos + 1)
        last = end
        tokens = fact.tokens
        while last < len(tokens) and (last in at or _modifier_word(tokens[last], vocab)) and not (
                last in fact.verbs or tokens[last] in vocab.auxiliaries
                or vocab.is_manner_adverb(tokens[last])
                or vocab.looks_like_verb(tokens, last, first=False)):
            last += 1
        while last > end and last - 1 not in at:
            last -= 1
        if last > end:
            phrase = _words(statement, pos, last)
            name = vocab.entities[entity_id].name
            return phrase if name in phrase else f"{phrase} ({name})"
    return vocab.entities[entity_id].name


def _quantity_answer(alignment: Alignment, gap: Gap, core: Analysis,
                     vocab: Vocabulary) -> str | None:
    """The fact's figure of the dimension asked for, measuring what the question names
    when the fact has several, with the fact's other figures as its context."""
    compiled = alignment.fact
    attributes = gap.form.attributes if gap.form else frozenset()
    fitting = [q for q in compiled.quantities if q.dimension in gap.dimensions
               and (not attributes or q.measure & attributes)]  # "how wide": a width
    if _DATE in gap.dimensions and not vocab.question_words["onset_words"] & set(core.tokens):
        # "when was the cut announced": not the date a state has lasted *since* ('rates are
        # at their lowest since March 2023'), which only a question of its beginning asks
        # ("since when", "when did they start", "when were rates last this low")
        onsets = _onset_dates(compiled.fact.statement, vocab)
        if onsets and all(q.dimension != _DATE or q.value in onsets for q in fitting):
            return None
        fitting = [q for q in fitting if q.dimension != _DATE or q.value not in onsets]
    sized = [q for q in fitting if not _counts_the_thing_sized(q, gap, core, vocab)]
    if len(sized) < len(fitting):
        if not sized:
            return None
        fitting = sized
    # "how much *of* the appeal has been funded": not 'part of *the 333 million dollars*',
    # the whole some part of which the fact is about; "how long will the appeal run": not
    # the week the fact puts *after* the cyclone
    unfit = (_wholes(compiled, vocab) if _asks_share(gap, core) else []) + (
        _between_events(compiled, core, vocab))
    if fitting and unfit:
        fitting = [q for q in fitting if not any(
            q.dimension == dimension and abs(q.value - value) < 1e-9
            for dimension, value in unfit)]
        if not fitting:
            return None
    # "how much is Century paying for its *40%* stake": a figure the question gives is
    # what it takes as known, never what it asks (a year may be: 'which month of 2026')
    given = {(m.value, m.dimension) for m in core.quantities}
    if fitting and all((q.value, q.dimension) in given and q.dimension != _DATE
                       for q in fitting):
        return None
    if not fitting or _asks_clock(gap, vocab):  # "at what time": not the year recorded
        return (_occasions(alignment, gap, core, vocab)
                or _figures_in_text(alignment, gap, core, vocab)
                or _stretch_of_dates(compiled, gap))
    asked = gap.measure | core.term_set
    # what the statement says a figure measures ('five miles *of new roads*') counts as
    # much as the store's own word for it ('new roadways')
    said_of = _said_to_measure(compiled.fact.statement, vocab)
    by_measure = [q for q in fitting if (q.measure | (
        said_of.get((q.dimension, q.value), frozenset()) if q.dimension != _DATE
        else frozenset())) & asked]  # a date's words are of its event, not measured
    # "how many children in the 17 countries": not the figure the question gives itself
    by_measure = [q for q in by_measure if (q.value, q.dimension) not in given] or by_measure
    # "in which *months*", "what years": several are asked for, so all of them answer
    several = any(core.tokens[p] in vocab.dimension_nouns and _plural(core.tokens[p])
                  for p in gap.span) or (
        # "will pass again in September 2026 and January 2029": one list of dates of one event
        all(q.dimension == "date" and not _of_another_thing(q, core, vocab) for q in fitting)
        and _listed_dates(compiled.fact.statement, vocab) == len(fitting))
    if not by_measure and len(fitting) > 1 and not several:
        return None  # several figures and none said to measure what is asked
    if gap.counted and all(q.dimension == "count" and gap.counted not in q.measure
                           for q in fitting):
        return None  # "how many hate incidents", "how many night timetables": a count of
        # the workers trained after them, of the night sailings, counts something else
    nouns = [t for t, _ in core.terms if t not in _question_verbs(core, vocab)]
    if (not by_measure and nouns and len(nouns) == len(core.terms)
            and "date" not in gap.dimensions):  # a date is of the event the fact is about
        return None  # "how long are the elevated lanes": the figure must measure them
    # "how many gates in all": the figure whose description the question covers best.
    ranked = sorted(by_measure or fitting, key=lambda q: (gap.dimensions.index(q.dimension),
                                                          len(q.measure - asked)))
    primary = ranked[0]
    statement = compiled.fact.statement
    if primary.dimension == "date" and _asks_within_year(gap, core, vocab):
        # "in which month *of 2026*": the months of the year the question names
        years = {core.tokens[p] for p in gap.span if core.tokens[p].isdigit()
                 and len(core.tokens[p]) == 4}
        months = [words for _, _, words in _date_phrases(statement, vocab, periods=False)
                  if not years or words.endswith(tuple(years))]
        return and_list(months) if months else None  # "which month": a year is no answer
    if gap.plural or (len(ranked) > 1 and primary.dimension == "date"):
        same = [q for q in ranked if q.dimension == primary.dimension]
        said = [_in_context(q, vocab, statement) for q in same]
        pick = _pick(core.tokens, vocab)
        if pick and primary.dimension == "date":
            # "when is its *last* Earth pass": the last of the dates listed, as written
            in_order = sorted(said, key=statement.find)
            return in_order[0] if pick == "earliest_words" else in_order[-1]
        return and_list(said)
    shown = _in_context(primary, vocab, statement)
    # '3 March 2024' is said whole: its day is no count beside it
    context = [_in_context(q, vocab, statement) for q in compiled.quantities
               if q is not primary and (q.value, q.dimension) not in given and not (
                   primary.dimension == _DATE and q.dimension == _COUNT
                   and q.display in shown.split())]
    return ", ".join([shown, *context])


@lru_cache(maxsize=1024)
def _onset_dates(statement: str, vocab: Vocabulary) -> frozenset[float]:
    """The years the statement gives as where a state began ('lowest *since* March 2023')."""
    reading = read_statement(statement, vocab)
    return frozenset(m.value for m in reading.quantities if m.dimension == _DATE and m.start
                     and reading.tokens[m.start - 1] in vocab.question_words["onset_words"])


def _wholes(compiled: CompiledFact, vocab: Vocabulary) -> list[tuple[str, float]]:
    """The figures the statement gives as a whole that a part is taken from ('part *of the
    333 million dollars*', 'half of the 40 ferries')."""
    reading = read_statement(compiled.fact.statement, vocab)
    tokens = reading.tokens
    found = []
    for mention in reading.quantities:
        at = mention.start - (tokens[mention.start] not in vocab.determiners) - 1
        if at >= 0 and of_those_at(vocab, tokens, at) is not None:
            found.append((mention.dimension, mention.value))
    return found


def _between_events(compiled: CompiledFact, core: Analysis,
                    vocab: Vocabulary) -> list[tuple[str, float]]:
    """The lengths of time the statement puts between two events ('one week *after* the
    cyclone hit'), which measure no thing's own duration: they answer only a question
    that asks for such a time ('how long *after* the cyclone'), so none when it does."""
    markers = vocab.question_words["interval_markers"]
    if not markers.isdisjoint(core.tokens):
        return []
    reading = read_statement(compiled.fact.statement, vocab)
    return [(m.dimension, m.value) for m in reading.quantities if m.dimension == "duration"
            and reading.tokens[m.end:m.end + 1] and reading.tokens[m.end] in markers]


def _counts_the_thing_sized(quantity: FactQuantity, gap: Gap, core: Analysis,
                            vocab: Vocabulary) -> bool:
    """'How large is the plant', 'how big is the Tern' (a ferry): a count of plants or
    ferries ('one of 3 plants') is no size of it, and a fact that gives only that says
    nothing of its size; a size question takes a count only of what the thing has ('how
    big is the fleet': 12 ferries)."""
    if quantity.dimension != "count" or not gap.dimensions or gap.dimensions[0] == "count":
        return False
    kinds = {vocab.entities[e].kind for e in core.entity_ids if e in vocab.entities}
    counted = _head_terms(quantity.label, vocab)[:1]  # 'ferries (on the Orlo route)'
    return bool(counted) and counted[0] in core.term_set.union(
        *(_head_terms(kind, vocab)[-1:] for kind in kinds))


@lru_cache(maxsize=256)
def _head_terms(words: str, vocab: Vocabulary) -> tuple[str, ...]:
    return tuple(term for term, _ in analyse(words, vocab).terms)


@lru_cache(maxsize=4096)
def _said_to_measure(statement: str, vocab: Vocabulary) -> dict[tuple[str, float],
                                                                 frozenset[str]]:
    """The terms the statement says each of its figures measures, by dimension and value."""
    return {(m.dimension, m.value): m.context
            for m in read_statement(statement, vocab).quantities}


def _stretch_of_dates(compiled: CompiledFact, gap: Gap) -> str | None:
    """'How long did the pilots run': a fact that gives no length of time but the dates
    a period ran between ('from 2019 until 2023') says how long by its two ends."""
    stretches = [q for q in compiled.quantities if q.span and q.high is not None]
    if "duration" not in gap.dimensions or len(stretches) != 1:
        return None
    return stretches[0].display


def _spread_rate(compiled: CompiledFact, gap: Gap, vocab: Vocabulary) -> str | None:
    """'How much a year is Lithuania spending': a fact that gives one sum over one period
    ('1.1 billion euros over the next decade') says what it comes to a year on average."""
    unit = vocab.units.get(vocab.unit_names.get(gap.rate, ""))
    if unit is None or unit.dimension != "duration":
        return None
    periods = [q for q in compiled.quantities if q.dimension == "duration"]
    totals = [q for q in compiled.quantities if q.dimension in gap.dimensions
              and q.dimension not in ("duration", _DATE)]
    if len(periods) != 1 or len(totals) != 1 or not {
            periods[0].qualifier, totals[0].qualifier} <= set(_EXACT):
        return None  # 'by 2028', 'over 1,200': no sum or period to share out
    times = periods[0].value * (vocab.units[periods[0].unit].factor or 1.0) / (
        unit.factor or 1.0)  # how many of the rate's times the period holds
    if times <= 1:
        return None
    total = totals[0]
    # to three figures: an average over a period is no more exact than that
    share = format_quantity(float(f"{total.value / times:.3g}"), total.unit, vocab)
    return (f"about {share} a {gap.rate} on average ({_as_written(total, vocab)} "
            f"over {_as_written(periods[0], vocab)})")


def _weekdays(statement: str, vocab: Vocabulary) -> str | None:
    """'On what day of the week': the days of the week the statement names ('on a
    *Tuesday*'); a date without one is no answer."""
    days = [token.title() for token in read_statement(statement, vocab).tokens
            if token in vocab.weekdays]
    return and_list(list(dict.fromkeys(days))) if days else None


def _of_another_thing(quantity: FactQuantity, core: Analysis, vocab: Vocabulary) -> bool:
    """The figure is said to measure a named thing the question does not name ('the second
    *Earth* flyby' for 'when will Juice pass Venus')."""
    return any(word in vocab.entities and word not in core.entity_ids
               for word in quantity.measure)


def _occasions(alignment: Alignment, gap: Gap, core: Analysis,
               vocab: Vocabulary) -> str | None:
    """'How many more times will it pass Earth', 'how many more trial runs': a fact that
    gives the event two dates or more ('again in May 2026 and June 2027') and no count
    counts them."""
    compiled = alignment.fact
    recorded = [q for q in compiled.quantities if q.dimension == "date"]
    if gap.dimensions[:1] != ("count",) or not gap.counted or (
            gap.counted != _OCCASIONS and gap.counted not in compiled.terms.union(
                *(q.measure for q in recorded))):  # 'pass again in ...': the Earth flybys
        return None
    if compiled.status == "prospective" and core.status != "prospective" and _asks_of_past(
            core, vocab):
        return None  # 'how many Earth flybys *has* Juice made': not those still to come
    dates = [words for _, _, words in _date_phrases(compiled.fact.statement, vocab)]
    if len(dates) < 2 or len(dates) != len(recorded) or any(
            _of_another_thing(q, core, vocab) for q in recorded):
        return None  # each date the statement names, one each of the dates recorded
    return f"{len(dates)} ({and_list(dates)})"


def _figures_in_text(alignment: Alignment, gap: Gap, core: Analysis,
                     vocab: Vocabulary) -> str | None:
    """Figures the statement gives that the store did not record ('roughly 100 to 150 kg
    of fuel', '2:45 a.m. India time on 20 August'), when the statement is about what the
    question measures, or says all the question names: the words from the first figure to
    the word after the last (its unit or what it counts)."""
    compiled = alignment.fact
    complete = all(s.relation in _HELD for s in alignment.content if s.kind != "word"
                   or s.key not in _question_verbs(core, vocab))
    if not (gap.measure & compiled.terms or (complete and not gap.measure)):
        return None
    if gap.form is not None and gap.form.attributes and not gap.form.attributes & compiled.terms:
        return None
    statement = compiled.fact.statement
    reading = read_statement(statement, vocab)
    # "which years" names the dimension it asks for; the 'time' of "what time" does not.
    named = any(vocab.dimension_nouns.get(core.tokens[p]) in gap.dimensions for p in gap.span)
    wanted = set(gap.dimensions) if named else {  # "which years": years, not clock times
        d for dimension in gap.dimensions for d in _READ_AS.get(dimension, (dimension,))}
    spans = [(q.start, min(q.end + 1, len(reading.tokens))) for q in reading.quantities
             if q.dimension in wanted]
    if _asks_clock(gap, vocab) and not any(q.dimension == _CLOCK for q in reading.quantities):
        return None  # "at what time": a date with no clock time does not say
    # "on 20 August": a day of a month is a date the store cannot hold ('which year' wants
    # a year)
    if "date" in wanted and not _asks_span(gap, core, vocab, shorter=False):
        spans += [(start, end) for start, end, _ in _date_phrases(statement, vocab)]
    if "duration" in wanted:
        spans += _intervals(statement, vocab)
    if not spans:  # "how much *of* the fuel": 'a tiny share'
        return _share(statement, vocab) if _asks_share(gap, core) else None
    if "date" in wanted and _dates_another_event(reading, min(spans)[0], core, vocab):
        return None
    return _words(statement, min(spans)[0], max(end for _, end in spans))


def _owned_asked(gap: Gap, core: Analysis) -> frozenset[str]:
    """'Which country*'s ships*': the words of the noun whose owner the question asks
    for, or none."""
    after = max(gap.span, default=-1) + 1
    if gap.answer != "entities" or core.tokens[after:after + 1] != [_POSSESSIVE]:
        return frozenset()
    terms = dict((pos, term) for term, pos in core.terms)
    position = after + 1
    owned: set[str] = set()
    while position in terms:
        owned.add(terms[position])
        position += 1
    return frozenset(owned)


def _owners_given(compiled: CompiledFact, owned: frozenset[str],
                  vocab: Vocabulary) -> set[str]:
    """The names the fact puts before the noun as its owners ('*NATO* ships', 'a
    *Russian* oil tanker'); none when it puts no name there and leaves the owner to be
    read otherwise ('the experience Ukraine has gained')."""
    return {vocab.entities[e].name for e, term in compiled.modifiers
            if term in owned and e in vocab.entities}


def _amount_of_another(alignment: Alignment, gap: Gap, core: Analysis,
                       vocab: Vocabulary) -> bool:
    """A figure followed by 'of' and a noun ('100 to 150 kg *of fuel*', 'five miles *of
    new roads*') is an amount of that thing: not of what a question names when it names
    nothing else ('how heavy is Juice'), nor of the other thing a question measures ('how
    long are the elevated *lanes*')."""
    asked = _measured_noun(core, gap, vocab)
    if asked is None and any(s.kind != "entity" and s.relation in _HELD
                             for s in alignment.content):
        return False
    fact = read_statement(alignment.fact.fact.statement, vocab)
    terms = dict((pos, term) for term, pos in fact.terms)
    for of in (q.end for q in fact.quantities
               if q.dimension in gap.dimensions and q.end < len(fact.tokens) - 1):
        head = of + 1
        while head < len(fact.tokens) - 1 and fact.tokens[head] in vocab.determiners:
            head += 1
        if fact.tokens[of] != "of" or head not in terms:
            continue
        while head + 1 in terms:
            head += 1  # 'of new *roads*': the noun the words before it modify
        return asked is None or not (terms[head] == asked or any(
            s.key == asked and s.relation in _HELD and tokenise(s.fact)[-1:] == [
                fact.tokens[head]] for s in alignment.content))
    return False


def _measured_noun(core: Analysis, gap: Gap, vocab: Vocabulary) -> str | None:
    """'How long *are* the elevated lanes': the term for what a copula after the gap
    says is measured, the last of the words it opens."""
    after = max(gap.span, default=-1) + 1
    if after >= len(core.tokens) or core.tokens[after] not in vocab.be_forms:
        return None
    terms = dict((pos, term) for term, pos in core.terms)
    position = after + 1
    while position < len(core.tokens) and core.tokens[position] in vocab.determiners:
        position += 1
    if position not in terms:
        return None
    while position + 1 in terms:
        position += 1
    return terms[position]


def _dates_another_event(fact: Analysis, start: int, core: Analysis, vocab: Vocabulary) -> bool:
    """The date is of a later (or earlier) event than the one the question names: 'the
    Moon pass lined Juice up for its nearest approach to *Earth* slightly more than a day
    *later*, at 3:26 a.m. on 21 August' dates the approach to Earth, not the Moon pass:
    the last name before the date is one the question does not give, and a word of time
    between them says the date is reckoned from another event."""
    # the clock time said before the date is part of it ('3:26 a.m. India time on')
    start = min([start, *(q.start for q in fact.quantities
                          if q.dimension == _CLOCK and q.start < start)])
    named = [(pos, entity_id) for entity_id, pos in fact.entities if pos < start]
    if not named:
        return False
    at, last = max(named)
    return last not in core.entity_ids and any(
        token in vocab.question_words["interval_markers"] for token in fact.tokens[at:start])


def _asks_clock(gap: Gap, vocab: Vocabulary) -> bool:
    """'At what time', 'which time': a form that names a time yet asks for a point in it
    wants the clock time a statement gives."""
    return gap.form is not None and "date" in gap.dimensions and any(
        vocab.dimension_nouns.get(word) == "duration" for word in gap.form.words)


def _intervals(statement: str, vocab: Vocabulary) -> list[tuple[int, int]]:
    """Where the statement puts one unit of time between two events ('slightly more than
    *a day later*', 'an hour before'), which the figures it reads leave out: from a
    comparator and a manner adverb before it to the word that says later or earlier."""
    tokens = read_statement(statement, vocab).tokens
    found: list[tuple[int, int]] = []
    for pos, token in enumerate(tokens):
        if not (pos >= 2 and token in vocab.question_words["interval_markers"]
                and _is_time_unit(tokens[pos - 1], vocab)
                and tokens[pos - 2] in vocab.question_words["indefinite_articles"]):
            continue
        start = pos - 2
        start = next((begin for begin in range(start) for words, _ in vocab.comparators.get(
            tokens[begin], ()) if tuple(tokens[begin:start]) == words), start)
        if start and vocab.is_manner_adverb(tokens[start - 1]):
            start -= 1  # 'slightly more than'
        found.append((start, pos + 1))
    return found


def _asks_share(gap: Gap, core: Analysis) -> bool:
    """'how many *of* its instruments': the question words are followed by 'of'."""
    if gap.form is None:
        return False
    size = len(gap.form.words)
    return any(tuple(core.tokens[p:p + size]) == gap.form.words and p + size < len(core.tokens)
               and core.tokens[p + size] == "of" for p in gap.span)


def _share(statement: str, vocab: Vocabulary) -> str | None:
    """The words of a share the statement gives without a figure ('most of its
    instruments', 'a tiny share of the propellant'), up to the noun it is a share of."""
    tokens = read_statement(statement, vocab).tokens
    terms = {pos for _, pos in read_statement(statement, vocab).terms}
    for start in range(len(tokens)):
        for phrase, _ in vocab.quantifier_phrases:
            if tuple(tokens[start:start + len(phrase)]) == phrase:
                end = start + len(phrase)
                while end < len(tokens) and end not in terms:
                    end += 1
                return _words(statement, start, min(end + 1, len(tokens)))
    return None


def _date_phrases(statement: str, vocab: Vocabulary,
                  periods: bool = True) -> list[tuple[int, int, str]]:
    """Where the statement names a month after a preposition or beside a day or a year
    ('in June', '20 August', 'from 17 to 22 August', 'by July 2031'), or, unless a month
    is asked for, a part of a year ('early 2028', 'the autumn of 2023'), with its words (a
    deadline keeps its 'by')."""
    reading = read_statement(statement, vocab)
    tokens = reading.tokens
    found: list[tuple[int, int, str]] = []
    for pos, token in enumerate(tokens):
        if periods and token in vocab.periods:
            year = pos + 1 + (tokens[pos + 1:pos + 2] == ["of"])
            if year < len(tokens) and tokens[year].isdigit() and len(tokens[year]) == 4:
                found.append((pos, year + 1, _dated(statement, reading, pos, year + 1)))
            continue
        if token not in vocab.months:
            continue
        first, last = pos, pos + 1
        if last < len(tokens) and tokens[last].isdigit() and len(tokens[last]) == 4:
            last += 1  # "July 2031"
        if first and tokens[first - 1].isdigit():
            first -= 1  # "20 August"
            if first >= 2 and tokens[first - 2].isdigit() and tokens[first - 1] in ("to", "and"):
                first -= 2  # "17 to 22 August"
        if (first, last) == (pos, pos + 1) and not (pos and tokens[pos - 1] in vocab.prepositions):
            continue  # 'may' the verb; 'in June' is a month
        found.append((first, last, _dated(statement, reading, first, last)))
    return found + _relative_dates(statement, vocab)


def _dated(statement: str, reading: Analysis, first: int, last: int) -> str:
    """The statement's words for a date, a deadline with its 'by'."""
    words = _words(statement, first, last)
    deadline = any(q.qualifier == "by" and q.start <= first < q.end for q in reading.quantities)
    return f"by {words}" if deadline else words


def _listed_dates(statement: str, vocab: Vocabulary) -> int:
    """How many dates the statement names in one list joined by 'and' ('in September 2026
    and January 2029'); 0 when it names them apart."""
    phrases = sorted(_date_phrases(statement, vocab))
    tokens = read_statement(statement, vocab).tokens
    joined = all(tokens[end:start] in (["and"], ["or"]) for (_, end, _), (start, _, _)
                 in pairwise(phrases))
    return len(phrases) if phrases and joined else 0


def _relative_dates(statement: str, vocab: Vocabulary) -> list[tuple[int, int, str]]:
    """A date said from the time of writing: 'next month', 'last year', 'this week' (a
    word placing it, then a unit of time), with the part of it a word for a period picks
    ('*the end of* this decade')."""
    tokens = read_statement(statement, vocab).tokens
    relative = vocab.question_words["relative_times"]
    found = []
    for pos, token in enumerate(tokens):
        # "by the end *of the* decade": the part of a period named only by its unit is of
        # the one the writer is in, as 'this' says
        of_the = pos >= 3 and tokens[pos - 2:pos] == ["of", "the"] and (
            tokens[pos - 3] in vocab.periods)
        if not (pos and (tokens[pos - 1] in relative or of_the)
                and _is_time_unit(token, vocab)):
            continue
        start = pos - 1
        if start >= 2 and tokens[start - 1] == "of" and tokens[start - 2] in vocab.periods:
            start -= 2 + (start >= 3 and tokens[start - 3] in vocab.determiners)
        found.append((start, pos + 1, _words(statement, start, pos + 1)))
    return found


def _asks_frequency(gap: Gap, vocab: Vocabulary) -> bool:
    """'How *often*': how much time passes between one time and the next."""
    return gap.form is not None and gap.form.words[-1] in vocab.question_words[
        "frequency_adverbs"]


def _frequency(statement: str, vocab: Vocabulary) -> str | None:
    """The statement's words for how often a thing happens: 'every (2) minutes', '3 times
    a (per) week'; a length of time said otherwise ('lasts 25 years') says nothing of it."""
    reading = read_statement(statement, vocab)
    tokens = reading.tokens
    numbers = {m.start for m in reading.quantities} | {
        pos for pos, token in enumerate(tokens) if token in vocab.number_words}
    for pos, token in enumerate(tokens):
        if token == _EVERY:
            unit = pos + 1 + (pos + 1 in numbers)
            if unit < len(tokens) and _is_time_unit(tokens[unit], vocab):
                return _words(statement, pos, unit + 1)
        if token == _OCCASIONS and pos - 1 in numbers and pos + 2 < len(tokens) and (
                tokens[pos + 1] in vocab.question_words["indefinite_articles"]
                or tokens[pos + 1] == _PER) and _is_time_unit(tokens[pos + 2], vocab):
            return _words(statement, pos - 1, pos + 3)
    return None


def _asks_day(gap: Gap, core: Analysis, vocab: Vocabulary) -> bool:
    """'On what day': the gap names the span of a day."""
    day = vocab.unit_names["day"]
    return any(vocab.unit_names.get(core.tokens[p]) == day for p in gap.span)


def _asks_within_year(gap: Gap, core: Analysis, vocab: Vocabulary) -> bool:
    """'which month', 'what day': the gap names a span of time shorter than a year."""
    return _asks_span(gap, core, vocab, shorter=True)


def _asks_span(gap: Gap, core: Analysis, vocab: Vocabulary, shorter: bool) -> bool:
    """The gap names a span of time shorter than a year ('which month'), or else one of a
    year or more ('which year')."""
    year = vocab.units[vocab.unit_names["year"]].factor or 1.0
    for position in gap.span:
        unit = vocab.units.get(vocab.unit_names.get(core.tokens[position], ""))
        if unit is not None and unit.dimension == "duration" and (
                (unit.factor or year) < year) == shorter:
            return True
    return False


def _in_context(quantity: FactQuantity, vocab: Vocabulary, statement: str = "") -> str:
    if quantity.dimension == "date":
        # the statement's own words for a date: 'by July 2031', not 'by 2031'
        year = str(int(quantity.value))
        said = next((words for _, _, words in _date_phrases(statement, vocab)
                     if words.endswith(year)), None) if statement else None
        if said is not None:
            return said
    shown = _as_written(quantity, vocab)
    if quantity.dimension == "duration":
        return f"over {shown}"
    if quantity.qualifier == "by":
        return f"by {shown}"
    return " ".join([*_bound_said(quantity, statement, shown, vocab), shown])


def _bound_said(quantity: FactQuantity, statement: str, shown: str,
                vocab: Vocabulary) -> tuple[str, ...]:
    """The statement's own words for a bound before the figure ('*over* 70 percent',
    '*fewer than* 40'): without them the answer would claim the figure exactly."""
    if quantity.qualifier not in _BOUNDS or shown not in statement:
        return ()
    before = tokenise(statement[:statement.index(shown)])
    for entries in vocab.comparators.values():
        for spelled, comparator in entries:
            if comparator == quantity.qualifier and tuple(before[-len(spelled):]) == spelled:
                return spelled
    return ()


def _as_written(quantity: FactQuantity, vocab: Vocabulary) -> str:
    """The figure in the unit the article used: '5 miles', not '8.047 km'."""
    unit = vocab.units.get(quantity.source_unit)
    if unit is None or unit.dimension in ("count", "date") or quantity.source_unit == quantity.unit:
        return quantity.display
    return format_quantity(quantity.value / (unit.factor or 1.0), unit.id, vocab)


def _phrase(alignment: Alignment, core: Analysis, vocab: Vocabulary,
            after_last: bool = False, object_only: bool = False) -> str | None:
    """The part of the fact that the question leaves open: the longest stretch between
    the pieces the question lined up with ('prohibits | the use of anti-personnel mines'),
    or the stretch after the last of them, without the words that only link it to them;
    for ``object_only``, only that last stretch, less the fact's verb that opens it."""
    statement = alignment.fact.fact.statement
    fact = read_statement(statement, vocab)
    marked = _matched_positions(alignment, fact, core, vocab)
    if not marked:
        return None
    content = {pos for _, pos in fact.terms} | {pos for _, pos in fact.entities} | {
        q.start for q in fact.quantities}
    # "what does the exit reflect": the gap is the object of the question's last word, a
    # verb, so the answer is what the fact says right after its word for that verb
    object_after = _object_position(alignment, fact, core, vocab)
    # "what were the NATO ships attempting to do": what the fact says the doer does, all
    # that follows its words for the doer ('NATO ships from *boarding a Russian oil tanker*')
    doer_end = _after_doer(alignment, fact, core, vocab) if _asks_action(core, vocab) else None
    best: tuple[int, int, int] | None = None
    run_start = 0
    for position in [*sorted(marked), len(fact.tokens)]:
        if position > run_start:
            weight = len(content & set(range(run_start, position)))
            if weight and (best is None or weight >= best[0] or after_last
                           or run_start == object_after):
                best = (weight, run_start, position)
                if run_start == object_after:
                    break
        run_start = max(run_start, position + 1)
    part = min((pos for pos in marked if fact.tokens[pos] in {
        s.fact for s in alignment.steps if s.via == _PART_OF}), default=None)
    if doer_end is not None:  # nothing after the doer: the fact says nothing it does
        best = (0, doer_end, len(fact.tokens)) if doer_end < len(fact.tokens) else None
    elif part is not None:  # 'five miles of new roads come with the first phase'
        best = (0, 0, part)
    elif object_only:
        # 'Terminal 1 has opened *its first stage*' says nothing the first phase includes
        best = (0, max(marked) + 1, len(fact.tokens))
    if best is None:
        return None
    _, start, end = best
    tokens = fact.tokens
    # "what did the news release *announce*": what the fact says it announced *that* …,
    # a verb the reader passes over as light
    asked = set(vocab.lemmas_of(core.tokens[-1])) if core.tokens else set()
    start = next((p + 2 for p in range(start, end - 2) if tokens[p + 1] == "that"
                  and not asked.isdisjoint(vocab.lemmas_of(tokens[p]))), start)
    # a verb takes its object ('delivers *a* ...'), as in _names_a_thing
    while object_only and start + 1 < end and (start in fact.verbs or (
            vocab.can_be_verb(tokens[start]) and (start not in content or (
                tokens[start + 1] in vocab.determiners
                and tokens[start + 1] not in vocab.prepositions)))):
        start += 1  # "delivers a 19-gate terminal building": the act is the question's
    if start < end and tokens[start] in vocab.prepositions:
        # "Airside D *at Tampa International Airport* is a … project": a phrase that only
        # places the subject, before the copula that says what it is
        copula = next((p for p in range(start + 1, min(end, start + 7))
                       if tokens[p] in vocab.be_forms), None)
        if copula is not None and not any(start <= v < copula for v in fact.verbs):
            start = copula + 1
    stranded = _stranded(core, vocab)
    if after_last and stranded and stranded in tokens[start:end]:
        # "what is Lithuania focusing *on*": what follows the fact's own 'on' ('focusing
        # in particular *on* the Suwałki Gap')
        start = tokens.index(stranded, start, end) + 1
    # the question's own words that are none of its terms ('what do they *give* *as*
    # their reason'): the answer is what the question leaves open, not them
    worded = {pos for _, pos in core.terms} | {
        p for pos, end_ in core.entity_ends.items() for p in range(pos, end_)}
    said = {token for pos, token in enumerate(core.tokens) if pos not in worded
            and token not in vocab.determiners}
    while start < end and tokens[start] in said:
        start += 1
    while end > start and (tokens[end - 1] in said or tokens[end - 1] in vocab.determiners):
        end -= 1
    linking = vocab.question_words["linking"]
    if start == object_after and tokens[start:start + 1] in (["and"], ["or"]) and (
            start + 1 < end and vocab.can_be_verb(tokens[start + 1])):
        start += 2  # "to deter *and respond to* aggression": the verbs share the object
    while start < end and (tokens[start] in linking or tokens[start] in vocab.prepositions):
        start += 1
    while end > start and (tokens[end - 1] in vocab.determiners
                           or tokens[end - 1] in vocab.prepositions):
        end -= 1
    words = {pos for _, pos in fact.terms} | {pos for _, pos in fact.entities}
    if not words & set(range(start, end)):
        # only a figure: 'what' asks for a thing, 'how much' for a figure, unless the
        # question names what the figure measures ('what was *the original forecast*')
        return _figure_of_named(alignment, fact, core, range(start, end), vocab)
    if end == start + 1 and start - 1 in marked and start - 1 not in fact.verbs and (
            tokens[start - 1] not in vocab.prepositions):  # 'towards *Venus*' is its object
        return None  # 'what does the new terminal have': not the noun the question's word
        # only modifies in the fact ('a 19-gate terminal *building*')
    return _words(statement, start, end) if start < end else None


def _figure_of_named(alignment: Alignment, fact: Analysis, core: Analysis,
                     stretch: range, vocab: Vocabulary) -> str | None:
    """The one figure a stretch of the fact holds, when the store says it measures a thing
    the question names: "what was the original fare forecast" is answered by '3%' of 'the
    original fare forecast was 3%', as 'how much was it' would be; a date is of its event,
    and names nothing measured."""
    read = [m for m in fact.quantities if m.start < stretch.stop and m.end > stretch.start]
    if len(read) != 1 or read[0].dimension == _DATE:
        return None
    recorded = [q for q in alignment.fact.quantities if q.dimension == read[0].dimension
                and abs(q.value - read[0].value) < 1e-9 and q.measure & core.term_set]
    return _in_context(recorded[0], vocab, alignment.fact.fact.statement) if recorded else None


def _object_position(alignment: Alignment, fact: Analysis, core: Analysis,
                     vocab: Vocabulary) -> int | None:
    """Where the object of the question's verb starts in the fact, when the question
    ends with that verb ('what does the exit *reflect*', 'what will it pay for'): right
    after the fact's word for it."""
    last = max(core.terms, key=lambda item: item[1], default=None)
    if last is None or last[0] not in _question_verbs(core, vocab) or any(
            pos > last[1] for _, pos in core.entities) or (
            core.tokens[last[1] - 1] in vocab.prepositions  # "as their reason for *leaving*"
            and core.tokens[last[1] - 1] != "to"):  # "trying *to deter*" takes an object
        return None
    step = next((s for s in alignment.steps if s.kind == "word" and s.key == last[0]
                 and s.relation in _HELD), None)
    if step is None:
        return None
    compiled = alignment.fact
    spots = [pos + len(tokenise(step.fact)) for term, pos in fact.terms
             if compiled.word_for(term) == step.fact]
    return max(spots, default=None)


def _kind_named(alignment: Alignment, gap: Gap, core: Analysis,
                vocab: Vocabulary) -> str | None:
    """'What kind of mines?' is answered by a fact that says which: the words right
    before the noun that the question does not already have ('anti-tank mines'), or the
    fact's own, more specific noun ('what type of aircraft': 'fighter jet')."""
    # The asked noun phrase: the words right after 'what kind of' (past any names), up to
    # the first word that is not a term or is the question's verb.
    at = {pos: t for t, pos in core.terms}
    position = _past_names(core, max(gap.span) + 1)
    asked_terms: list[str] = []
    while position in at and at[position] not in _question_verbs(core, vocab):
        asked_terms.append(at[position])
        position += 1
    if not asked_terms:
        return None
    # the head of "anti-tank mines" is "mines"
    found = _held_word(alignment, asked_terms[-1], vocab)
    if found is None:
        return _apposed(alignment, core, vocab) if asked_terms[-1] in _kind_of_names(
            core, gap, vocab) else None
    step, fact, spots = found
    if step.via.endswith("derivation"):
        return None  # "what kind of ship": the 'board' of 'harbour board' names no ship
    statement = alignment.fact.fact.statement
    asked = core.term_set
    at = {p: t for t, p in fact.terms}
    # the fact's word that another word of the question holds ('what sort of vessel were
    # the NATO *ships* trying to board': 'ships') is what the question already names
    said_again = any(s.kind == "word" and s.fact == step.fact and s.key != step.key
                     and s.relation in _HELD for s in alignment.steps)
    # the words before the noun stop at a coordinator ('the skyline, *plus* specially
    # commissioned artwork'): what stands before it is another thing
    coordinators = vocab.question_words["coordinators"]
    for pos in spots:
        first, last = pos, pos + 1
        while first - 1 in at and at[first - 1] not in asked and (
                fact.tokens[first - 1] not in coordinators):
            first -= 1
        if step.relation == Relation.FORWARD and (said_again or _is_verb_at(fact, pos, vocab)
                                                  or _bare_predicate(fact, pos, vocab)):
            continue  # 'from *boarding* a trawler' is no sort of organisation (a board), nor
            # 'is *endemic* in' a sort of disease (an endemic)
        if step.relation == Relation.FORWARD:  # the fact names a kind of it: "fighter jet"
            while last in at and at[last] not in asked and not vocab.looks_like_verb(
                    fact.tokens, last):
                last += 1
        if (first, last) == (pos, pos + 1) and step.relation != Relation.FORWARD and (
                fact.predicate_at is not None and fact.predicate_at < pos
                and last + 1 < len(fact.tokens) and fact.tokens[last].endswith("ed")
                and vocab.can_be_verb(fact.tokens[last])
                and fact.tokens[last + 1] in vocab.prepositions):
            # 'is a disease *carried by mosquitoes*': a past participle and its preposition
            # after a noun that follows the verb say which kind ('the terminal *opened* in
            # April' is the verb)
            last = len(fact.tokens)
        said = _words(statement, first, last)
        if ((first, last) != (pos, pos + 1) or step.relation == Relation.FORWARD) and (
                fold(said) != fold(step.claim)):  # 'terminal' says no sort of terminal
            return said
    # "what sort of ship did NATO vessels try to board": the fact's 'ships' are the NATO
    # vessels (another word of the question, or a name it gives, holds them), so the kind
    # of ship asked about is the other noun it names that is a kind of ship ('oil tanker')
    named = set(core.entity_ids)
    if not said_again and not any(
            entity_id in named and fact.entity_ends.get(start) in spots
            for entity_id, start in fact.entities):
        return None
    kinds = {term for term, (relation, _) in vocab.links(
        core.raw_terms.get(asked_terms[-1], ""), narrower=True).items() if relation == "forward"}
    for term, pos in fact.terms:
        if term in kinds and pos not in spots and not _bare_predicate(fact, pos, vocab):
            first = pos
            while first - 1 in at and at[first - 1] not in asked:
                first -= 1
            return _words(statement, first, pos + 1)
    return None


def _bare_predicate(fact: Analysis, position: int, vocab: Vocabulary) -> bool:
    """A singular word right after a copula, with no determiner ('malaria is *endemic*'),
    is said as an adjective, not as a noun for a kind of thing ('is *a* disease')."""
    return position > 0 and fact.tokens[position - 1] in vocab.be_forms and not _plural(
        fact.tokens[position])


@lru_cache(maxsize=64)
def _kind_of_names(core: Analysis, gap: Gap, vocab: Vocabulary) -> frozenset[str]:
    """'What sort of *firms* are Turner and FlatironDragados': the noun asked is only the
    kind the question's names are, and the question says nothing else of them, so the fact
    need not say it; the sort is the noun the fact puts before the names (_apposed)."""
    if gap.form is None or not gap.form.modifier or not core.entity_ids:
        return frozenset()
    at = {pos: (t, core.tokens[pos]) for t, pos in core.terms}
    position = max(gap.span) + 1
    if position not in at or len(core.terms) != 1:
        return frozenset()
    term, noun = at[position]
    kind = vocab.kind_nouns.get(noun)
    rest = [t for t in core.tokens[position + 1:] if t not in vocab.be_forms]
    names = analyse(" ".join(rest), vocab) if rest else None
    if kind is None or names is None or names.terms or not all(
            vocab.entities[e].kind == kind for e in core.entity_ids):
        return frozenset()
    return frozenset({term})


def _apposed(alignment: Alignment, core: Analysis, vocab: Vocabulary) -> str | None:
    """The nouns a determiner opens right before the first name the question gives ('a
    joint venture of *the contractors* Turner and FlatironDragados': 'contractors')."""
    fact = read_statement(alignment.fact.fact.statement, vocab)
    named = set(core.entity_ids)
    at = {pos: t for t, pos in fact.terms}
    for entity_id, start in fact.entities:
        if entity_id not in named:
            continue
        first = start
        while first - 1 in at and not vocab.can_be_verb(fact.tokens[first - 1]):
            first -= 1
        if first < start and first and fact.tokens[first - 1] in vocab.determiners and (
                not _clause_after_names(fact, start, vocab)):
            return _words(alignment.fact.fact.statement, first, start)
        return None
    return None


def _clause_after_names(fact: Analysis, start: int, vocab: Vocabulary) -> bool:
    """The names from ``start`` on are the subject of a clause ('the piers *Harbourline is
    repairing*'), so the noun before them is what the clause is about, not theirs."""
    position = fact.entity_ends.get(start, start + 1)
    while position < len(fact.tokens) and fact.tokens[position] in ("and", "or") and (
            position + 1 in fact.entity_ends):
        position = fact.entity_ends[position + 1]
    return position < len(fact.tokens) and (fact.tokens[position] in vocab.auxiliaries
                                            or position in fact.verbs)


def _reason(alignment: Alignment, core: Analysis, vocab: Vocabulary) -> str | None:
    """The fact's reason clause ('to strengthen its national security', 'because ...'),
    when it says something the question does not."""
    statement = alignment.fact.fact.statement
    fact = read_statement(statement, vocab)
    marked = _matched_positions(alignment, fact, core, vocab)
    content = {pos for _, pos in fact.terms}
    tokens = fact.tokens
    # where the fact says the question's verbs ('why did Harbourline *repair* the ramp')
    doing: set[int] = set()
    for verb in _question_verbs(core, vocab):
        found = _held_word(alignment, verb, vocab)
        if found is not None:
            doing.update(found[2])
    for start in range(len(tokens)):
        for marker in vocab.reason_markers:
            end = start + len(marker)
            if tuple(tokens[start:end]) != marker:
                continue
            if marker == ("to",) and not (end < len(tokens) and vocab.can_be_verb(tokens[end])):
                continue  # "to" of a purpose, not of a direction
            if marker == ("to",) and _takes_infinitive(fact, start, vocab):
                continue  # "they *intend to* withdraw", "is *due to* start": what is meant, not why
            # "After the incidents, over 1,200 workers ...": a fronted clause ends at its
            # comma and explains what follows it; any other explains what comes before it,
            # not a word inside it ('what is the purpose of the tanker': the flyby's purpose
            # mentions a tanker)
            clause = _words(statement, start, len(tokens))
            if start == 0:
                clause = clause.split(",")[0]
            stop = start + len(tokenise(clause))
            said = content & set(range(end, stop))
            explained = [p for p in marked if p >= stop] if start == 0 else [
                p for p in marked if p < start]
            inside = {p for p in doing if start <= p < stop}
            if said - marked and explained and not (inside and inside == doing):
                return clause  # 'hired divers *to inspect and repair the ramp*' says why
                # they were hired, not why the ramp was repaired
    return None


def _takes_infinitive(fact: Analysis, to: int, vocab: Vocabulary) -> bool:
    """The 'to' at ``to`` completes the word before it: an active verb ('decided *to*
    leave', not the passive 'was built *to* protect') or a word of what is planned ('due
    *to*', 'set *to*')."""
    tokens = fact.tokens
    before = to - 1
    if before < 0:
        return False
    if vocab.status_of(tokens[before:to + 1]) == "prospective":
        return True
    return before in fact.verbs and not (before and tokens[before - 1] in vocab.be_forms)


def _stated_count(compiled: CompiledFact, gap: Gap, vocab: Vocabulary) -> str | None:
    """'How many countries did the doses go to': the fact's own count of the things
    counted ('went to *17 countries* in Africa'), which the names it lists of that kind
    may fall short of (one figure of them; several leave it unsure which is asked)."""
    counts = compiled.counts_of(gap.counted)
    return _as_written(counts[0], vocab) if len(counts) == 1 else None


def _combine(chosen: list[_Fit], gap: Gap, vocab: Vocabulary) -> str | None:
    """One answer from the facts that answer the question: a count one of them states of
    the things counted, else a count of the entities they name together (one named entity
    is no count the article gives), or their pieces listed once each."""
    stated = next((c for f in chosen if gap.answer == "quantity" and gap.kinds
                   and (c := _stated_count(f.alignment.fact, gap, vocab))), None)
    if stated is not None:
        return stated
    if gap.answer == "quantity" and gap.kinds:
        names = list(dict.fromkeys(n for f in chosen for n in f.filler.split("|")))
        return f"{len(names)} ({and_list(names)})" if len(names) >= 2 else None
    if gap.answer == "entities":
        known = {entity.name for entity in vocab.entities.values()}
        # 'Skidmore, Owings & Merrill' is one name, not a list
        names = list(dict.fromkeys(n for f in chosen for n in f.filler.split(" and ")
                                   for n in ([n] if n in known else n.split(", "))))
        return and_list(names)
    pieces = list(dict.fromkeys(f.filler for f in chosen))
    return "; ".join(pieces)


def _claim_asked(text: str, reading: Analysis, gap: Gap, vocab: Vocabulary) -> str | None:
    """The yes/no question ``text`` asks, in the words ``verify`` reads a question in, or
    None for a question with a gap. Only what asks is left out: words that lead into it
    ('According to the article, is …', 'So did …'), a tag ('…, isn't it?', '…, right?',
    '… or not?'), a frame around the claim ('is it true that …', 'does the article say
    whether …') and 'ever'. A negative question asks what the positive one does: in
    English 'Isn't X leaving?' is answered 'Yes' when X is leaving. A wh-word after the
    opening auxiliary starts a relative clause ('is Finland among the states *which* are
    leaving') unless a verb of knowing or saying asks it ('do you know *which* …'). A
    question with neither a wh-word nor an auxiliary first ('Lithuania is leaving the
    convention?') is a claim asked about."""
    tokens = reading.tokens
    if gap.form is not None and not (tokens and tokens[0] in vocab.yes_no):
        return None  # a wh-question (most questions: this is all they cost here)
    words = _without_tag(_without_lead_in(text.strip(), vocab), vocab).split()
    if not words:
        return None
    first = tokenise(words[0])
    opens_with_auxiliary = bool(first) and first[0] in vocab.yes_no
    if gap.form is not None and not (opens_with_auxiliary and _relative_clause(reading, gap,
                                                                                 vocab)):
        return None
    if opens_with_auxiliary:
        words[0] = first[0]  # 'isn't' → 'is'
        words = _copula_placed(words[:1] + _without_frame(words[1:], vocab), vocab)
    polarity = vocab.question_words["polarity_words"]
    return " ".join(w for w in words if fold(w) not in polarity)


def _copula_placed(words: list[str], vocab: Vocabulary) -> list[str]:
    """'is the plan spread over five years' as 'the plan is spread over five years': the
    participle of a passive that has its plain form ('spread', 'hit', 'put') is no verb to
    the reader, so ``verify`` would lose the copula that opens the question; it is put
    back before the first word that can be a verb, after the subject's noun (no
    determiner) and before a preposition. A question the reader finds a verb in is left to
    ``verify``, which reads those."""
    if len(words) < 4 or words[0] not in vocab.be_forms:
        return words
    lowered = [w.lower().strip(",;:") for w in words]
    for i in range(2, len(words) - 1):
        if lowered[i] in vocab.prepositions or (
                lowered[i] in vocab.determiners and lowered[i - 1] not in vocab.determiners):
            # 'is Finland *among* the states', 'is Duane Arnold *the* only plant in Iowa':
            # the copula's own complement ('plant' there is no verb)
            break
        if lowered[i] in vocab.question_words["figure_predicates"] and (
                lowered[i - 1] not in vocab.determiners):
            # 'is the Terminal D project *worth* 1.3 billion dollars': what it is worth
            return [*words[1:i], words[0], *words[i:]]
        if words[i][:1].islower() and vocab.can_be_verb(lowered[i]) and (
                lowered[i - 1] not in vocab.determiners
                and lowered[i + 1] in vocab.prepositions):
            if analyse(" ".join(words[1:]), vocab).verbs:
                break  # a verb the reader sees: verify places the copula
            if _participle(lowered[i - 1], vocab) and lowered[i - 2] not in vocab.determiners:
                i -= 1  # 'was the incident *carried* out by': the particle's verb takes it
            return [*words[1:i], words[0], *words[i:]]
    return words


def _without_lead_in(text: str, vocab: Vocabulary) -> str:
    """'So, according to the article, is …' without 'so' and the phrase about the article
    before the comma."""
    lead_in = vocab.question_words["lead_in_words"]
    article = vocab.question_words["article_words"]  # 'according to the *piece*'
    while True:
        head, comma, rest = text.partition(",")
        tokens = tokenise(head) if comma and rest.strip() else []
        words = text.split(maxsplit=1)
        if any(t in vocab.frame_words for t in tokens) and all(
                t in vocab.frame_words or t in vocab.prepositions or t in vocab.determiners
                or t in lead_in or t in article for t in tokens):
            text = rest.strip()
        elif len(words) == 2 and fold(words[0]).rstrip(",") in lead_in:
            text = words[1]
        else:
            return text


def _without_tag(text: str, vocab: Vocabulary) -> str:
    """'X, isn't it', 'X, is that right', 'X, right', 'X or not': X."""
    text = text.rstrip(" ?!.")
    tags = vocab.question_words["tag_words"]
    head, comma, tag = text.rpartition(",")
    tokens = tokenise(tag) if comma and head.strip() else []
    asking = vocab.subject_pronouns | vocab.question_words["pointing_words"] | (
        vocab.question_words["truth_words"]) | {"not"}
    if tokens and (" ".join(tokens) in tags or (
            tokens[0] in vocab.yes_no and 2 <= len(tokens) <= 4
            and all(t in asking for t in tokens[1:]))):
        return head.strip()
    head, alternative, tag = text.rpartition(" or ")
    if alternative and head.strip() and " ".join(["or", *tokenise(tag)]) in tags:
        return head.strip()
    return text


def _without_frame(words: list[str], vocab: Vocabulary) -> list[str]:
    """'(is) it true that X', '(is) it not the case that X', '(does) the article say
    whether X', '(do) you know if X': X. The frame is a few words about truth, the article
    or knowing, closed by a complementiser."""
    about = vocab.question_words["truth_words"] | vocab.frame_words | vocab.question_words[
        "indirect_words"]  # 'do you *know* whether X', 'can you *tell* me if X'
    framing = about | vocab.determiners | vocab.be_forms | {"it", "not"}
    complementisers = vocab.question_words["complementisers"]
    for end, word in enumerate(words[:6]):
        if fold(word) not in complementisers:
            continue
        tokens = [t for w in words[:end] for t in tokenise(w)]
        if tokens and all(t in framing for t in tokens) and any(
                t in about for t in tokens) and words[end + 1:]:
            return words[end + 1:]
        break
    return words


def _relative_clause(reading: Analysis, gap: Gap, vocab: Vocabulary) -> bool:
    """The wh-word inside the question ('the states *which* are leaving') relates a
    clause, as no verb of knowing or saying ('do you know *which*') asks it."""
    start = min(gap.span, default=0)
    return start > 0 and reading.tokens[start - 1] not in vocab.question_words["indirect_words"]


def _yes_no(text: str, claim: str, knowledge: Knowledge) -> Answer:
    """``claim`` is the question as the facts would say it ('did the first phase' for
    'did phase one'), without what only asks (see :func:`_claim_asked`)."""
    chosen = _alternative(text, claim, knowledge)
    if chosen is not None:
        return chosen
    result = verify_claim(claim.rstrip("?").strip(), knowledge, question=True)
    hits = tuple(FactHit(e.fact_id, e.statement, e.section, result.confidence)
                 for e in result.evidence)
    if result.verdict == SUPPORTED:
        return Answer(text, f"Yes. {result.evidence[0].statement}", "yes/no", hits,
                      result.explanation, result.proof)
    if result.verdict == REFUTED:
        return Answer(text, f"No: {result.explanation}.", "yes/no", hits, result.explanation,
                      result.proof)
    return Answer(text, None, "yes/no", hits, "the article does not say", result.proof)


def _alternative(text: str, claim: str, knowledge: Knowledge) -> Answer | None:
    """'Is the Suwałki Gap a land route or a sea lane?': the alternative the article
    supports, when it supports one of the two ('a sea lane' replaces as many words at the
    end of the first as it has, both starting alike or being one word each)."""
    first, separator, second = claim.rstrip("?").strip().rpartition(" or ")
    words, others = first.split(), second.split()
    if not separator or len(others) >= len(words) - 1 or not (
            len(others) == 1 or others[0].lower() == words[-len(others)].lower()):
        return None
    claims = [first, " ".join(words[:-len(others)] + others)]
    outcomes = [verify_claim(each, knowledge, question=True) for each in claims]
    held = [i for i, outcome in enumerate(outcomes) if outcome.verdict == SUPPORTED]
    if len(held) != 1:
        return None
    result = outcomes[held[0]]
    said = " ".join(words[-len(others):]) if held[0] == 0 else second
    hits = tuple(FactHit(e.fact_id, e.statement, e.section, result.confidence)
                 for e in result.evidence)
    return Answer(text, f"{said[:1].upper()}{said[1:]}. {result.evidence[0].statement}",
                  "yes/no", hits, result.explanation, result.proof)


def _about_the_article(text: str, reading: Analysis, knowledge: Knowledge) -> Answer | None:
    """'Which website is the article taken from?', 'What is the article's headline?': the
    store's record of its source answers, not a fact."""
    tokens = set(reading.tokens)
    words = knowledge.vocab.question_words
    article, outlet, title = words["article_words"], words["outlet_words"], words["title_words"]
    others = [t for t, pos in reading.terms
              if reading.tokens[pos] not in article | outlet | title]
    if not tokens & article or reading.entities or len(others) > 1:
        return None  # "what did the article say the minister was *titled*": about him
    if tokens & outlet:
        said = [f"{s.publisher} ({s.site})" for s in knowledge.sources]
    elif tokens & title:
        said = [s.title for s in knowledge.sources]
    else:
        return None
    return Answer(text, and_list(list(dict.fromkeys(said))), "source", (),
                  "from the store's record of the article") if said else None


def _belongs_to(text: str, reading: Analysis, gap: Gap, knowledge: Knowledge) -> Answer | None:
    """'Which state is Greeley in?', 'which airport has (is getting) Terminal D?', 'which
    company owns Google?': a question of one name and nothing else but 'has', a light verb
    or a verb of owning, ending on 'in' or on the name, asks what the store records the
    name as part of, when that is of the kind asked for ('Greeley, Colorado' made Greeley a
    part of Colorado); the facts that name it are shown."""
    vocab = knowledge.vocab
    owning = vocab.question_words["ownership_verbs"]
    owned = any(owning.intersection(vocab.lemmas_of(reading.tokens[pos]))
                for _, pos in reading.terms if pos not in gap.span)
    if (gap.answer != "entities" or not gap.kind_word or len(reading.entities) != 1
            or not (reading.tokens[-1] == "in"
                    or reading.entity_ends.get(reading.entities[0][1]) == len(reading.tokens))
            or any(pos not in gap.span and not _is_light_verb(reading.tokens[pos], vocab)
                   and not owning.intersection(vocab.lemmas_of(reading.tokens[pos]))
                   for _, pos in reading.terms)):
        return None
    named = reading.entities[0][0]
    entity = vocab.entities.get(named)
    # the owner's own kind, not its members' ('which city': Colorado is no city); being
    # part of a thing is being owned by it only for a thing of the same kind (a company
    # of a company), not for a place in a city or a partner in a joint venture
    asked = {gap.kind_word, *vocab.lemmas_of(gap.kind_word)}
    owners = [vocab.entities[o] for o in (entity.member_of if entity else ())
              if o in vocab.entities and (_is_of_kind(vocab.entities[o].kind, gap.kinds, vocab)
                                          or vocab.entities[o].kind.split()[-1] in asked)
              and not (owned and entity is not None and vocab.entities[o].kind != entity.kind)]
    hits = knowledge.index.search(index_tokens(frozenset(), {named}), RELATED + 1)
    if len(owners) != 1 or not hits:
        return None
    shown = owners[0].name
    return Answer(text, shown, gap.name, _hits(hits, [hits[0][0]]),
                  f"from the store's record of {entity.name if entity else named}", (
                      ProofStep(hits[0][0].fact.id, "gap", gap.name, shown, Relation.EQUIVALENT,
                                "the store records it as part of this"),))


class _Choice(NamedTuple):
    asked: str  # the question before its alternatives: 'Which did Juice pass first'
    said: str  # what is asked of the alternatives: 'costs more', 'did Juice pass first'
    first: str
    second: str


def _choice(text: str, vocab: Vocabulary) -> _Choice | None:
    """'Which costs more, Airside D or Terminal D?': what is asked, then the two
    alternatives after a comma (or a colon), joined by 'or'."""
    asked, separator, options = text.rstrip("?").strip().rpartition(",")
    if not separator:
        asked, separator, options = text.rstrip("?").strip().rpartition(":")
    first, either, second = options.strip().rpartition(" or ")
    words = asked.split()
    if not (separator and either and first and second and words):
        return None
    start = 1  # past the question word and 'one', 'of the two', 'of them'
    while start < len(words) and fold(words[start]) in vocab.question_words["which_of"]:
        start += 1
    said = " ".join(words[start:])
    return _Choice(asked, said, first.removeprefix("either ").strip(),
                   second.strip()) if said else None


def _which_of_two(text: str, knowledge: Knowledge) -> Answer | None:
    """'Which costs more, Airside D or Terminal D?': each alternative made the subject of
    the comparison ('Airside D costs more than Terminal D'); the answer is the one the
    article supports when it refutes the other. 'Which did Harbourline do first, close the
    pier or order ferries?': the one the article dates earlier (see _order_claims)."""
    vocab = knowledge.vocab
    choice = _choice(text, vocab)
    if choice is None:
        return None
    _, said, first, second = choice
    if any(t in vocab.comparatives or t in vocab.comparative_dimensions
           for t in tokenise(said)):
        claims = [f"{a} {said} than {b}" for a, b in ((first, second), (second, first))]
    else:
        ordered = _order_claims(choice, vocab)
        if ordered is None:
            return None
        claims = ordered
    one, other = (verify_claim(claim, knowledge) for claim in claims)
    verdicts = {one.verdict, other.verdict}
    if verdicts != {SUPPORTED, REFUTED}:
        return None
    result, chosen = (one, first) if one.verdict == SUPPORTED else (other, second)
    hits = tuple(FactHit(e.fact_id, e.statement, e.section, result.confidence)
                 for e in result.evidence)
    return Answer(text, f"{chosen}: {result.explanation}", "which", hits, result.explanation,
                  result.proof, len(hits))


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


def _says_words(said: list[str], words: list[str], vocab: Vocabulary) -> bool:
    """The words, past their determiners ('the Moon': 'moon'), stand together in ``said``."""
    while words and words[0] in vocab.determiners:
        words = words[1:]
    return bool(words) and any(said[i:i + len(words)] == words for i in range(len(said)))


def _order_claims(choice: _Choice, vocab: Vocabulary) -> list[str] | None:
    """'Which did Juice pass first, Venus or Earth?' as the claims that each alternative's
    event came before the other's ('Juice did pass Venus before Juice did pass Earth'),
    the one asked for first: 'first' (or 'next') asks for the earlier, 'last' for the
    later; the dates the facts give the events decide (timeline.py, through verify)."""
    words = choice.said.split()
    picks = [w for w in words if _pick([fold(w)], vocab)]
    if len(picks) != 1:
        return None
    words.remove(picks[0])
    events = [_event_of(words, alternative, vocab)
              for alternative in (choice.first, choice.second)]
    if events[0] is None or events[1] is None:
        return None
    if _pick([fold(picks[0])], vocab) == "latest_words":
        events.reverse()  # the later is the one the other comes before
    return [f"{events[0]} before {events[1]}", f"{events[1]} before {events[0]}"]


def _event_of(words: list[str], alternative: str, vocab: Vocabulary) -> str | None:
    """The event a choice question asks of one alternative, as a statement: 'did Juice
    pass' with 'Venus' is 'Juice did pass Venus'; 'did Harbourline do' with 'close the
    pier' is 'Harbourline did close the pier'; 'opened' with 'Northpier Terminal' is
    'Northpier Terminal opened'. None when the subject after the auxiliary is no name."""
    if not words:
        return None
    if fold(words[0]) not in vocab.auxiliaries:
        return " ".join([alternative, *words])
    rest = words[1:]
    subject = next((k for k in range(len(rest) - 1, 0, -1)
                    if _only_a_name(" ".join(rest[:k]), vocab)), None)
    if subject is None:
        return None
    verb = rest[subject:]
    if [fold(w) for w in verb] in ([w] for w in vocab.question_words["do_forms"]):
        verb = []  # 'do' stands for the act each alternative names
    return " ".join([*rest[:subject], words[0], *verb, alternative])


def _only_a_name(words: str, vocab: Vocabulary) -> bool:
    """The words are one name of the store ('Juice', 'the Skerry ferry')."""
    reading = analyse(words, vocab)
    return len(reading.entities) == 1 and reading.entity_ends.get(
        reading.entities[0][1]) == len(reading.tokens)


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


def _difference_asked(text: str, reading: Analysis, gap: Gap,
                      knowledge: Knowledge) -> Answer | None:
    """'How much more expensive is Terminal 1 than Airside D?', 'how many more gates will
    Terminal 1 have than Airside D?': the comparison read as the claim it asks about
    ('Terminal 1 will have more gates than Airside D') and judged on the two figures the
    facts give; the answer is their difference. A question whose comparison the figures
    contradict is declined with them; one they cannot settle is left to the facts."""
    if gap.answer != "quantity" or gap.form is None or "than" not in reading.tokens:
        return None
    vocab = knowledge.vocab
    words = text.rstrip("?").split()
    folded = [fold(w) for w in words]
    if "than" not in folded:
        return None
    start = len(gap.form.words)
    if folded[:start] != list(gap.form.words) or start >= len(words) or (
            folded[start] not in vocab.comparatives):
        return None
    auxiliary = next((i for i in range(start + 1, folded.index("than"))
                      if folded[i] in vocab.auxiliaries), None)
    if auxiliary is None or auxiliary + 1 >= folded.index("than"):
        return None
    than = folded.index("than")
    compared, subject = words[start:auxiliary], words[auxiliary + 1:than]
    if folded[auxiliary] in vocab.be_forms:  # "more expensive *is* Terminal 1 than"
        claim = [*subject, words[auxiliary], *compared]
    else:  # "more gates *will* Terminal 1 *have* than", "more *does* it *cost* than"
        claim = [*subject[:-1], words[auxiliary], subject[-1], *compared]
    comparison = read_comparison(analyse(" ".join([*claim, *words[than:]]), vocab), vocab)
    if comparison is None or comparison.direction not in ("more", "less"):
        return None
    judged = judge(comparison, knowledge, negated=False)
    if judged is None:
        return None
    left, right = judged.left, judged.right
    figures = (f"{_in_context(left.quantity, vocab, left.fact.fact.statement)} against "
               f"{_in_context(right.quantity, vocab, right.fact.fact.statement)}")
    used = [left.fact, right.fact]
    hits = _hits([(c, 1.0) for c in used], used)
    if not judged.holds:
        return Answer(text, None, gap.name, hits, "the question assumes something the "
                      f"article contradicts: it gives {figures}")
    difference = abs(left.quantity.value - right.quantity.value)
    shown = f"{format_quantity(difference, left.quantity.unit, vocab)} ({figures})"
    return Answer(text, shown, gap.name, hits,
                  "from " + ", ".join(f"{c.fact.id} ({c.fact.section})" for c in used), (
                      ProofStep(left.fact.fact.id, "gap", gap.name, shown,
                                Relation.EQUIVALENT, "the difference of two figures"),), 2)


def _superlative(text: str, reading: Analysis, form: QuestionForm,
                 knowledge: Knowledge) -> Answer | None:
    """'Of the three terminal projects, which is the most expensive?', 'which terminal has
    the most gates?': among the store's entities of the kind the question names, the one
    whose figure is the highest (or lowest), when the facts give each of them one figure to
    rank; otherwise declined, as no single fact can answer a superlative."""
    vocab = knowledge.vocab
    found = _superlative_words(reading.tokens, vocab)
    if found is None:
        return None
    kind = next((k for word in reading.tokens
                 if (k := _kind_of(word, form, vocab)) is not None), None)
    if kind is None:
        return None
    dimension, direction, measure = found
    members = {e.id for e in vocab.entities.values() if _is_of_kind(e.kind, (kind,), vocab)}
    # a member left out by the search has no figure here, so the question is declined
    hits = knowledge.index.search(index_tokens(frozenset(), members), CANDIDATES * len(members))
    figures: dict[str, list[tuple[FactQuantity, CompiledFact]]] = {}
    for compiled, _ in hits:
        for entity_id in compiled.subject & members:
            figures.setdefault(entity_id, []).extend(
                (quantity, compiled) for quantity in compiled.quantities
                if quantity.dimension == dimension and quantity.qualifier in _EXACT
                and (not measure or measure in quantity.measure))
    ranked = sorted(((e, given[0]) for e, given in figures.items() if len(given) == 1),
                    key=lambda item: item[1][0].value, reverse=direction == "more")
    if len(members) < 2 or {e for e, _ in ranked} != members or len(
            {quantity.unit for _, (quantity, _) in ranked}) != 1 or (
            ranked[0][1][0].value == ranked[1][1][0].value):
        return Answer(text, None, "which", _hits(hits, []), "the article does not give "
                      f"every {kind} one figure to rank")
    chosen, (quantity, compiled) = ranked[0]
    figure = _in_context(quantity, vocab, compiled.fact.statement)
    shown = f"{vocab.entities[chosen].name} ({figure})"
    used = [c for _, (_, c) in ranked]
    return Answer(text, shown, "which", _hits([(c, 1.0) for c in used], used),
                  "from " + ", ".join(f"{c.fact.id} ({c.fact.section})" for c in used), (
                      ProofStep(compiled.fact.id, "gap", "which", shown, Relation.EQUIVALENT,
                                f"the {direction} of {len(used)} figures"),), len(used))


def _superlative_words(tokens: list[str],
                       vocab: Vocabulary) -> tuple[str, str, str | None] | None:
    """The dimension, direction and counted noun of a superlative: 'most expensive'
    (money, more), 'cheapest' (money, less: read as its comparative 'cheaper'), 'the most
    gates' (count of gates, more)."""
    for position, token in enumerate(tokens):
        following = tokens[position + 1] if position + 1 < len(tokens) else ""
        comparative = "more" if token == "most" else token[:-3] + "er" if token.endswith(
            "est") else "less" if token == "least" else ""
        direction = vocab.comparatives.get(comparative)
        if direction is None:
            continue
        if following in vocab.comparative_dimensions:  # "most expensive"
            return vocab.comparative_dimensions[following], direction, None
        if comparative in vocab.comparative_dimensions:  # "cheapest"
            return vocab.comparative_dimensions[comparative], direction, None
        counted = vocab.canonical(following) if _plural(following) else None
        if counted is not None and position and tokens[position - 1] == "the":
            return "count", direction, counted  # "the most gates", "the fewest stops"
    return None
