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
from typing import NamedTuple

from factcli.asking.aligned import _HELD, CANDIDATES, _aligned_once, _query
from factcli.asking.answer import RELATED, Answer, FactHit, _hits, _proof
from factcli.asking.core import (
    _adjunct_after,
    _asks_of_past,
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
from factcli.asking.entities import _modifies_noun
from factcli.asking.figures import _EXACT, _in_context
from factcli.asking.fit import _Fit, _fit, _holds
from factcli.asking.gap import Gap, _asks_name, _kind_of, _ordinal_order, read_gap
from factcli.asking.gather import _combine
from factcli.asking.kinds import _is_about, _is_of_kind, _kind_fits, _places_named
from factcli.asking.wording import _POSSESSIVE, _is_light_verb, _participle, _pick, _plural
from factcli.comparison import judge, read_comparison
from factcli.files import require_text
from factcli.index import CompiledFact, index_tokens
from factcli.knowledge import Knowledge
from factcli.logic import Relation
from factcli.quantities import FactQuantity, format_quantity
from factcli.text import Analysis, analyse, and_list, fold, read_statement, tokenise
from factcli.timeline import Interval, date_interval, fact_dates
from factcli.verify import REFUTED, SUPPORTED, Alignment, ProofStep, Step, verify_claim
from factcli.vocabulary import QuestionForm, Vocabulary

__all__ = ["MAX_QUESTION_CHARS", "Answer", "FactHit", "ask_question", "check_question_text"]

MAX_QUESTION_CHARS = 10_000
MAX_GATHERED = 4
# "where's HNTB based", "what's the view": a question word's 's is 'is'
_CONTRACTED = re.compile(r"\b(what|where|who|when|how|why)['\u2019]s\b", re.IGNORECASE)
_UNBOUNDED = float("inf")  # the edge of a date's days that a deadline leaves open
_TO_COME = "prospective"  # the status of what a statement says is still to come


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
