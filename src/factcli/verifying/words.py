"""The claim's words against the fact's: same word, family, WordNet relation or lexicon,
multi-word verbs and particles, light and support verbs ('took a decision'), verbs of
beginning ('has started producing', 'takes effect'), verbs of having, lasting and
describing, of receiving ('research will receive $5m': '$5m for research'), of heading
('heads the agency': 'its administrator') and of asserting ('cautioned that': 'said'),
ordinals, words the store does not know (names of a kind, unknown names),
and a claim verb WordNet links to the fact's only at a less common sense ('cleared' for
'approved').
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING, NamedTuple, cast

from factcli.index import CompiledFact
from factcli.logic import Relation
from factcli.quantities import rate_adverb_after
from factcli.text import (
    Analysis,
    and_list,
    fold,
    is_passive_at,
    name_start,
    particle_predicate,
    read_statement,
    stem,
    tokenise,
)
from factcli.verifying.alignment import (
    _HOLDS,
    _IN_PLACE,
    _KIND_OF_ENTITY,
    _NAME,
    _SENSED,
    _UNKNOWN_NAME,
    ANOTHER_VERB,
    NAME_AROUND,
    OWNING_A_STAKE,
    SHARE_VERB,
    WHICH_ONE_UNSAID,
    Alignment,
    Step,
    _fact_term,
)
from factcli.verifying.entities import _named_together
from factcli.verifying.readings import (
    _counted_kind,
    _exception,
    adds_one_more,
    date_bound,
    place_in_ranking,
)
from factcli.verifying.status import _done_verbs, _to_come
from factcli.verifying.structure import _claim_roles, _fact_roles
from factcli.vocabulary import name_head
from factcli.wordnet import DERIVED_HYPERNYM, rank

if TYPE_CHECKING:
    from collections.abc import Callable
    from typing import TypeAlias

    from factcli.vocabulary import Vocabulary

    # a way a fact may say a claim word in its own words: the step, or None
    _WayOfSaying: TypeAlias = Callable[[str, str, Analysis, CompiledFact, Vocabulary],
                                       Step | None]


# How far after a verb the act it keeps from happening ('prevented NATO ships from
# boarding') may start: the verb's object, a name of a few words, stands between.
_GOVERNED_REACH = 7

# Three letters in a row, none of them a small a-z: a word in capitals ('COO', 'ÖBB') is
# such a run, so a text without one has no abbreviation (:func:`_abbreviations`).
_RUN_OF_CAPITALS = re.compile(r"[^\W\d_a-z]{3}")

# How far from a noun of a part owned its verb of having may stand: 'holds the remaining
# 38.5% stake', 'owns a 40% stake' (see :func:`_owning_a_stake`).
_STAKE_REACH = 5
# How far after a verb of a share its figure may start: 'made up only a third of'.
_SHARE_REACH = 3
# The one verb of having a verb of undergoing stands for (:func:`_verb_of_having`).
_PLAIN_HAVING = frozenset({"have"})


def _align_words(reading: Analysis, compiled: CompiledFact, vocab: Vocabulary,
                 result: Alignment, narrower: bool, loose: bool = False,
                 names_around: bool = True) -> None:
    claim_terms = reading.term_set
    verbs = reading.verb_terms
    attributive = _attributive(reading)
    # A fact's verb the claim repeats is spoken for: 'the first phase is due to start'
    # does not read 'first' as the fact's 'start' when the claim says 'start' too.
    repeated = verbs & compiled.terms
    said = frozenset(claim_terms & compiled.terms)
    # 'COO' for the fact's 'chief operating officer', whose words the claim then says too
    spelled = {term: words for term, written in _abbreviations(reading)
               for words in [_spelled_out(written, compiled, vocab)] if words is not None}
    spelled_words = {w for words in spelled.values() for w in words.split()}
    asserted = claim_terms | {t for t, w in compiled.raw_terms
                              if w in spelled_words} if spelled_words else claim_terms
    at, _ = _word_plan(reading, vocab)
    for term, word, kind, verb, named, after_be, weighed in _claim_words(reading, vocab):
        if word in vocab.ordinals and term in compiled.terms and not _same_ordinal(
                word, next(pos for t, pos in reading.terms if t == term), at, reading,
                compiled, vocab):
            # an ordinal holds with what it numbers: 'the second phase' in a fact of the
            # second stage, not 'for the second time' against it
            result.steps.append(Step("word", term, word, "", Relation.INDEPENDENT,
                                     "not said of the same thing"))
            continue
        if _term_in(term, compiled.terms):
            via = "same word" if term in compiled.terms else "same word family"
            if term in reading.denied_terms:
                # 'faces the airfield rather than the downtown skyline' against 'overlooking
                # the downtown skyline': what the claim sets aside, the fact says in its own
                # words (a word related to another, 'station' to 'depot', may be another thing)
                result.steps.append(Step("word", term, f"not {word}", _fact_word(term, compiled),
                                         Relation.ALTERNATION, "the claim denies it"))
                continue
            result.steps.append(Step("word", term, word, _fact_word(term, compiled),
                                     Relation.EQUIVALENT, via))
            continue
        if term in reading.denied_terms:
            continue  # set aside, and not the fact's word: nothing the fact must say
        if term in spelled:
            result.steps.append(Step("word", term, reading.spelling.get(word, word),
                                     spelled[term], Relation.EQUIVALENT,
                                     "initials of the fact's words"))
            continue
        if kind is not None:
            result.steps.append(kind)
            continue
        if word in vocab.ordinals:
            result.steps.append(_ranked(term, word, reading, compiled, vocab) or _ordinal(
                term, word, compiled, vocab, _predicated(term, reading, vocab)))
            continue
        if word in vocab.doing_nouns and _names_the_act_before(term, reading, compiled, result):
            continue
        # A name the store does not know is never another word's synonym, and a verb of
        # position only says where ('sits 85 km north of', no posture against 'lies').
        link = None if named or (not weighed and vocab.is_position_verb(word)) else _best_link(
            term, word, compiled, vocab, verb, narrower, repeated, said)
        if link is None and after_be:
            link = _best_link(term, word, compiled, vocab, False, narrower, repeated, said)
        if link is not None and link[1] == Relation.ALTERNATION and link[0] in asserted:
            # "joins Lithuania in leaving": the claim asserts the fact's word too, so the
            # opposite is no contradiction; the word itself must still be accounted for
            # ('has taken the FID' against 'final investment decision': no 'taken' for
            # the fact's 'investment')
            link = None
        if link is not None:
            fact_term, relation, via = link
            if relation in _HOLDS and word.endswith("est") and compiled.word_for(
                    fact_term).endswith("er"):
                # 'the quickest route' says more than 'a quicker route'
                relation, via = Relation.INDEPENDENT, "not said of the same thing"
            if relation == Relation.ALTERNATION and term in attributive:
                # "the first phase" against "the second phase": another thing, not a
                # contradiction of what is said about it
                relation, via = Relation.INDEPENDENT, "another one of its kind"
            result.steps.append(Step("word", term, word, compiled.word_for(fact_term),
                                     relation, via))
        elif weighed:
            step = _unlinked_word(term, word, reading, compiled, vocab)
            if step.via == NAME_AROUND and not names_around:
                step = Step("word", term, word, "", Relation.INDEPENDENT, "not in this fact")
            if not (step.key.startswith(_NAME) and any(s.key == step.key
                                                       for s in result.steps)):
                result.steps.append(step)  # one step for all the words of a name
    _align_light_words(reading, compiled, vocab, result)
    _begun_act(reading, compiled, vocab, result)
    _taking_effect(reading, compiled, vocab, result)
    _support_verb(reading, compiled, vocab, result)
    if not vocab.adverb_particles.isdisjoint(reading.tokens):
        _light_verb_with_particle(reading, compiled, result, vocab)
        _verb_with_particle(reading, compiled, result, vocab)
    result.steps = _compounded(result.steps, compiled, vocab)
    _verb_beside_its_noun(reading, compiled, vocab, result)
    _opposite_of_another_act(reading, compiled, vocab, result)
    if loose:
        _another_verb_for_the_act(reading, compiled, vocab, result)


def _another_verb_for_the_act(reading: Analysis, compiled: CompiledFact, vocab: Vocabulary,
                              result: Alignment) -> None:
    """'The drug was cleared by regulators' against 'regulators approved the drug': the
    claim's main verb, the one claim word the fact does not say, stands for the fact's
    main verb, the one fact verb no claim word took, when WordNet puts one right above or
    below the other through a sense not in common use (to clear is, in its fourth sense,
    to authorize, of which approving is a kind: :meth:`WordNet.verbs_in_line`). Verbs only
    alike, two kinds of one act ('bought' and 'borrowed' are both ways to get), are other
    acts. Not a verb said after 'be' ('are exempt'), nor one with a particle ('left out'
    is no 'leave'). Whether the rest of the claim holds is weighed in
    :func:`factcli.verifying.core.align`."""
    unsaid = [i for i, s in enumerate(result.steps) if s.kind == "word"
              and s.via == "not in this fact" and s.key in reading.verb_terms]
    if len(unsaid) != 1:
        return  # nearly every claim: all its verbs said, or more than one not
    step = result.steps[unsaid[0]]
    fact_verb = _fact_roles(compiled.fact.statement, vocab)[0]
    if (_claim_roles(reading, vocab)[0] != step.key or not fact_verb
            or fact_verb in compiled.purposes
            or fact_verb not in vocab.verbs_in_line(step.claim)):
        return
    at = next(pos for term, pos in reading.terms if term == step.key)
    following = reading.tokens[at + 1] if at + 1 < len(reading.tokens) else ""
    if following in vocab.adverb_particles or _predicated_after_be(step.key, step.claim,
                                                                     reading, vocab):
        return
    spoken = {word for s in result.steps for word in s.fact.split()}
    fact_word = compiled.word_for(fact_verb)
    claim_terms = frozenset(reading.term_set)
    if fact_word in spoken or _term_in(fact_verb, claim_terms) or any(
            v != fact_verb and v not in compiled.purposes and not _term_in(v, claim_terms)
            and compiled.word_for(v) not in spoken for v in compiled.verbs):
        return  # the fact's act is said by another claim word, or it has two left unsaid
    result.steps[unsaid[0]] = step._replace(fact=fact_word, relation=Relation.EQUIVALENT,
                                            via=ANOTHER_VERB)


class _ClaimWord(NamedTuple):
    """What the claim alone says of one of the terms :func:`_align_words` aligns."""

    term: str
    word: str
    kind: Step | None  # what a copula says the subject is (:func:`_kind_predicated`)
    verb: bool
    named: bool  # a name the store does not know is never another word's synonym
    after_be: bool  # a verb that may be an adjective (:func:`_predicated_after_be`)
    # an unmatched 'towards' says nothing checkable, nor does 'stands' in a place
    weighed: bool


@lru_cache(maxsize=64)  # of the claim alone, and asked for with each candidate fact
def _claim_words(reading: Analysis, vocab: Vocabulary) -> tuple[_ClaimWord, ...]:
    """The terms to align, in order (:func:`_word_plan`, but for the one an exception sets
    aside), with what the claim alone says of each."""
    excepting = _exception(reading, vocab)[0]
    found = []
    for term in _word_plan(reading, vocab)[1]:
        if term == excepting:
            continue
        word = reading.raw_terms.get(term, term)
        verb = term in reading.verb_terms
        found.append(_ClaimWord(
            term, word, _kind_predicated(term, word, reading, vocab), verb,
            word in reading.names, verb and _predicated_after_be(term, word, reading, vocab),
            _not_a_preposition(term, word, reading, vocab)
            and not _positioned(term, word, reading, vocab)))
    return tuple(found)


def _not_a_preposition(term: str, word: str, reading: Analysis, vocab: Vocabulary) -> bool:
    """Not a preposition, or one that is what the clause says of its subject, a word to weigh
    ('the strike is *over*')."""
    return word not in vocab.prepositions or any(
        particle_predicate(reading.tokens, pos, vocab) for t, pos in reading.terms if t == term)


def _unlinked_word(term: str, word: str, reading: Analysis, compiled: CompiledFact,
                   vocab: Vocabulary) -> Step:
    """The step of a claim word no word of the fact holds nor links to: the fact may still
    say it in its own way (a passive of the converse, a verb of two words, of having, of
    lasting, of describing: :data:`_SAID_OTHERWISE`), or not at all
    (:func:`_unknown_word`). Only the ways that read the fact are tried against it
    (:func:`_unlinked_plan`)."""
    reading_the_fact, step = _unlinked_plan(term, word, reading, vocab)
    for way in reading_the_fact:
        said = way(term, word, reading, compiled, vocab)
        if said is not None:
            return said
    return step if step is not None else _unknown_word(term, word, reading, compiled, vocab)


class _FactRead(BaseException):
    """Raised by :data:`_NO_FACT` when it is read (a BaseException, so that no handler
    for ordinary errors on the way swallows it)."""


class _NoFact:
    """A stand-in for a candidate fact that raises :class:`_FactRead` however it is read:
    a step worked out against it without an error depends on the claim alone."""

    def __getattr__(self, name: str) -> object:
        raise _FactRead(name)

    def _read(self, *args: object) -> object:
        raise _FactRead()

    def __eq__(self, other: object) -> bool:
        raise _FactRead()

    def __hash__(self) -> int:
        raise _FactRead()

    __iter__ = __len__ = __contains__ = __bool__ = __getitem__ = _read


_NO_FACT = _NoFact()


@lru_cache(maxsize=256)  # of the claim alone, asked of each word with each candidate fact
def _unlinked_plan(term: str, word: str, reading: Analysis, vocab: Vocabulary
                   ) -> tuple[tuple[_WayOfSaying, ...], Step | None]:
    """How :func:`_unlinked_word` weighs the word against any fact: the ways of
    :data:`_SAID_OTHERWISE` that read the fact, in order, and the step the first way that
    reads no fact gives (None when :func:`_unknown_word` is reached and reads the fact).
    Nearly every word the fact lacks ('the *council* approved') fails each test on the
    claim's side ('council' is no verb of having, no month, no name), and a test that fails
    without reading the fact fails against every fact: worked out once, not once a
    candidate."""
    reading_the_fact = []
    for way in (*_SAID_OTHERWISE, _unknown_word):
        try:
            step = way(term, word, reading, cast(CompiledFact, _NO_FACT), vocab)
        except _FactRead:
            if way is not _unknown_word:
                reading_the_fact.append(way)
            continue
        if step is not None:
            return tuple(reading_the_fact), step
    return tuple(reading_the_fact), None


def _begun_act(reading: Analysis, compiled: CompiledFact, vocab: Vocabulary,
               result: Alignment) -> None:
    """'The mill has started producing paper' against 'the mill makes paper': a verb of
    beginning before the claim's act (a gerund, or 'to' and a verb) says the act has begun,
    which a fact that says the act goes on or was done says too, and 'has not yet started
    producing' it denies. Not against a fact that puts the act to come or only may ('will
    make paper'), nor when the claim dates the beginning ('started producing in 2020',
    'a week before the opening'): a fact of the act itself gives no time it began."""
    if not _beginning_said(reading, vocab)[1]:
        return  # nearly every claim: no verb of beginning, asked once a claim
    unsaid = [i for i, s in enumerate(result.steps) if s.kind == "word"
              and s.relation == Relation.INDEPENDENT and s.key in reading.verb_terms]
    if not unsaid or any(q.dimension in _WHEN for q in reading.quantities):
        return  # no verb left unsaid
    term_at = {pos: t for t, pos in reading.terms}
    tokens = reading.tokens
    for i in unsaid:
        step = result.steps[i]
        at = next((pos for t, pos in reading.terms if t == step.key), None)
        if at is None or tokens[at] not in vocab.inceptive_words:
            continue  # nearly every verb: not one of beginning
        act_at = at + 2 if tokens[at + 1:at + 2] == ["to"] else at + 1
        act = term_at.get(act_at)
        if act is None or not (tokens[act_at].endswith("ing") or act_at == at + 2) or not (
                vocab.can_be_verb(tokens[act_at])):
            continue
        said = next((s for s in result.steps if s.key == act and s.kind == "word"
                     and s.relation in _HOLDS and s.fact), None)
        if said is None or compiled.status == "prospective" or _to_come(
                said.fact, compiled, vocab, possible=True):
            continue
        result.steps[i] = step._replace(
            fact=said.fact, relation=Relation.FORWARD,
            via="begun: the article says it goes on or was done")


def _taking_effect(reading: Analysis, compiled: CompiledFact, vocab: Vocabulary,
                   result: Alignment) -> None:
    """'The levy will take effect in May' against 'the levy starts in May' (and the other
    way round): a rule that takes effect, comes into force or goes into effect begins to
    apply, which is what a verb of beginning says of it (cues.json 'taking_effect')."""
    claimed, begins_at_all = _beginning_said(reading, vocab)
    if claimed is None and not begins_at_all:
        return  # nearly every claim: it says no beginning at all
    unsaid = {s.key: i for i, s in enumerate(result.steps) if s.kind == "word"
              and s.relation == Relation.INDEPENDENT}
    if not unsaid:
        return
    fact_tokens = read_statement(compiled.fact.statement, vocab).tokens
    said = vocab.taking_effect_at(fact_tokens)
    if (claimed is None) == (said is None):
        return  # both say it the same way, or neither says it
    for term, pos in reading.terms:
        if term not in unsaid:
            continue
        if claimed is not None:
            begins = next((t for t in fact_tokens if t in vocab.inceptive_words), None)
            within = pos in claimed
        elif said is not None:
            begins = " ".join(fact_tokens[said.start:said.stop])
            within = reading.tokens[pos] in vocab.inceptive_words
        if begins is not None and within:
            i = unsaid[term]
            result.steps[i] = result.steps[i]._replace(
                fact=begins, relation=Relation.EQUIVALENT,
                via="taking effect is beginning to apply")


@lru_cache(maxsize=64)  # of the claim alone, and asked for with each candidate fact
def _beginning_said(reading: Analysis,
                    vocab: Vocabulary) -> tuple[range | None, bool]:
    """Where the claim says a rule takes effect, if it does, and whether it has a verb of
    beginning at all."""
    return (vocab.taking_effect_at(reading.tokens),
            not vocab.inceptive_words.isdisjoint(reading.tokens))


def _support_verb(reading: Analysis, compiled: CompiledFact, vocab: Vocabulary,
                  result: Alignment) -> None:
    """'Orlo has taken a final decision on the depot' against 'Orlo has reached a final
    decision on it', 'a vote was held' against 'took a vote': a verb of little meaning
    whose act noun carries the act (cues.json 'support') says what the fact's says of the
    same noun. The noun is the head of the verb's object, or of its subject in the
    passive; the rest of the claim (who, what, not) is weighed as ever."""
    # (the support verb first: nearly every step fails it, and it is a set lookup, where an
    # enum member read off its class costs half a microsecond on Python 3.11)
    unsaid = [i for i, s in enumerate(result.steps) if s.claim in vocab.support
              and s.kind == "word" and s.relation == Relation.INDEPENDENT]
    if not unsaid:
        return  # nearly every claim
    fact = read_statement(compiled.fact.statement, vocab).tokens
    said = {_act_noun(fact, at, vocab): token for at, token in enumerate(fact)
            if token in vocab.support}
    for i in unsaid:
        step = result.steps[i]
        at = next((pos for t, pos in reading.terms if t == step.key), None)
        noun = None if at is None else _act_noun(reading.tokens, at, vocab)
        if noun is not None and noun in said:
            result.steps[i] = step._replace(
                fact=said[noun], relation=Relation.EQUIVALENT,
                via=f"support verb of the act noun '{noun}'")


# How many words an act noun may stand from its support verb: 'took *a full final
# investment* decision'.
_OBJECT_REACH = 5


def _act_noun(tokens: list[str], at: int, vocab: Vocabulary) -> str | None:
    """The head noun the support verb at ``at`` takes: the last word of its object ('took
    a final *decision* on'), or, in the passive, of its subject ('a *decision* on the
    depot was taken'), up to a preposition, an auxiliary or a comma."""
    if is_passive_at(tokens, at, vocab):
        start = at
        while start > 0 and (tokens[start - 1] in vocab.auxiliaries
                             or tokens[start - 1] in vocab.between_auxiliary):
            start -= 1
        subject = tokens[:start]
        cut = next((k for k, t in enumerate(subject) if t in vocab.prepositions and k > 0),
                   len(subject))
        return subject[cut - 1] if cut and subject[cut - 1].isalpha() else None
    head = None
    for token in tokens[at + 1:at + 1 + _OBJECT_REACH]:
        if token[:1].isdigit() or token in vocab.number_words:
            return None  # a count of things ('reached 40 stops') is no act
        if (token in vocab.prepositions or token in vocab.auxiliaries
                or not token.isalpha()):
            break
        head = token
    return head


# Figures that date an act: a beginning they place is not what a fact of the act says.
_WHEN = frozenset({"date", "duration"})


def _verb_beside_its_noun(reading: Analysis, compiled: CompiledFact, vocab: Vocabulary,
                          result: Alignment) -> None:
    """'The growth rate rose' against 'the growth rate fell': a claim's verb of the group
    its own noun is of ('rose' and 'growth', both of increasing) says the group a second
    time; the noun meets the fact's 'growth', and the verb is still to meet the fact, whose
    word of the opposed group ('fell') contradicts it."""
    claimed = _verbs_said_twice(reading)
    twice = [t for t in claimed if t in compiled.terms]
    if not twice:
        return  # nearly every claim
    said = Counter(t for t, _ in read_statement(compiled.fact.statement, vocab).terms)
    for term in twice:
        opposite = next((o for o in sorted(vocab.antonyms.get(term, ()))
                         if o in compiled.terms and o not in reading.term_set), None)
        if opposite is not None and said[term] < claimed[term]:
            # (the later word: a noun read as a verb, 'growth', stands before its verb)
            verb = reading.tokens[max(pos for t, pos in reading.terms
                                      if t == term and pos in reading.verbs)]
            result.steps.append(Step("word", term, verb, compiled.word_for(opposite),
                                     Relation.ALTERNATION, "factcli lexicon antonym"))


@lru_cache(maxsize=64)  # of the claim alone, and asked for with each candidate fact
def _verbs_said_twice(reading: Analysis) -> dict[str, int]:
    """The claim's verbs whose term it says more than once, with how often it says each
    (read only: the count is shared)."""
    claimed = Counter(t for t, _ in reading.terms)
    return {t: claimed[t] for t in reading.verb_terms if claimed[t] > 1}


def _opposite_of_another_act(reading: Analysis, compiled: CompiledFact, vocab: Vocabulary,
                             result: Alignment) -> None:
    """A verb opposite to one the fact says keeps someone from another act ('prevented
    Tidewater Marine *from entering* the channel') contradicts only a claim that says that
    act too: 'the council helped Tidewater Marine enter the channel' is refuted, 'the
    council helped Tidewater Marine' is about something else. (An act after 'to' may be
    the fact's purpose, not its verb's: 'left the convention to deploy mines' still
    contradicts 'stayed in the convention'.)"""
    opposed = [i for i, s in enumerate(result.steps) if s.key in reading.verb_terms
               and s.kind == "word" and s.relation == Relation.ALTERNATION]
    if not opposed:
        return  # nearly every fact: it is not read again
    fact = read_statement(compiled.fact.statement, vocab)
    term_at = {pos: t for t, pos in fact.terms}
    held = {_fact_term(s, compiled) for s in result.steps if s.relation in _HOLDS}
    for i in opposed:
        step = result.steps[i]
        at = next((pos for pos, token in enumerate(fact.tokens) if token == step.fact), None)
        act = None if at is None else _governed_act(fact, at, term_at, vocab)
        if act is not None and act not in held:
            result.steps[i] = step._replace(relation=Relation.INDEPENDENT,
                                            via="said of another act")


def _governed_act(fact: Analysis, at: int, term_at: dict[int, str],
                  vocab: Vocabulary) -> str | None:
    """The act the verb at ``at`` keeps from happening a few words on, a gerund after
    'from' ('from entering'): the term of that verb."""
    for pos in range(at + 1, min(at + _GOVERNED_REACH, len(fact.tokens) - 1)):
        word = fact.tokens[pos + 1]
        if fact.tokens[pos] == "from" and word.endswith("ing") and pos + 1 in term_at and (
                vocab.can_be_verb(word)):
            return term_at[pos + 1]
    return None


def _compounded(steps: list[Step], compiled: CompiledFact, vocab: Vocabulary) -> list[Step]:
    """'The project *broke ground*', 'ground was broken': two of the claim's words the
    fact says as one word made of them ('the *groundbreaking*', 'peacekeeping',
    'shipbuilding': a noun and the verb done to it) are held by that word."""
    unheld = {s.claim.lower(): s for s in steps if s.kind == "word"
              and s.relation not in _HOLDS}
    if len(unheld) < 2:
        return steps  # most facts: the only cost to them
    held: dict[Step, str] = {}
    starts = tuple(unheld)
    for word in _long_words(compiled.fact.statement):
        if not word.startswith(starts):
            continue  # nearly every word: no claim word starts it
        for start, first in unheld.items():
            rest = word[len(start):]
            if not (word.startswith(start) and len(rest) > 2):
                continue
            said = {rest, *vocab.lemmas_of(rest)}
            for other, second in unheld.items():
                if second is not first and not said.isdisjoint({other,
                                                                *vocab.lemmas_of(other)}):
                    held[first] = held[second] = word
    if not held:
        return steps  # nearly every fact whose long words a claim word starts
    return [s._replace(fact=held[s], relation=Relation.EQUIVALENT,
                       via="one word made of them") if s in held else s for s in steps]


@lru_cache(maxsize=8192)
def _long_words(statement: str) -> tuple[str, ...]:
    """The statement's words long enough to be made of two ('groundbreaking')."""
    return tuple(w for w in (w.strip(".,;:!?'\"()").lower() for w in statement.split())
                 if len(w) > 6)


def _predicated_after_be(term: str, word: str, reading: Analysis, vocab: Vocabulary) -> bool:
    """The word the reader took for a verb stands bare after 'be' ('needs were low'): no
    participle ('-ed', '-ing', an irregular form), so it may be what the thing is, an
    adjective or a noun, and is looked up as one when no verb sense relates it."""
    return not word.endswith(("ed", "ing")) and word not in vocab.irregular and _predicated(
        term, reading, vocab)


def _positioned(term: str, word: str, reading: Analysis, vocab: Vocabulary) -> bool:
    """'The plant stands in Palo', 'the farms sit 85 km north of the island': a verb of
    position before a place preposition, or before a distance from a place, only says
    where the thing is, as 'is' does; the place (and the distance) must still be the fact's."""
    if not vocab.is_position_verb(word):
        return False  # nearly every word
    at = next(pos for t, pos in reading.terms if t == term)
    tokens = reading.tokens
    # ('the stands in the stadium': after a determiner it is a noun)
    if not 0 < at < len(tokens) - 1 or tokens[at - 1] in vocab.determiners:
        return False
    distance = next((m for m in reading.quantities
                     if m.start == at + 1 and m.dimension == "length"), None)
    if distance is None:
        return tokens[at + 1] in vocab.locative
    # '85 km *north of*', '20 miles *from*', '100 km *south-west of*' (a direction of two
    # words): the place the distance is counted from
    return not vocab.prepositions.isdisjoint(tokens[distance.end:distance.end + 3])


def _phrasal_terms(verb: str, particle: str, vocab: Vocabulary) -> set[str]:
    """The store terms WordNet's verb with its particle relates to ('shut down': close)."""
    return {t for lemma in vocab.lemmas_of(verb)
            for t in vocab.links(f"{lemma} {particle}", verb=True)}


def _light_verb_with_particle(reading: Analysis, compiled: CompiledFact, result: Alignment,
                              vocab: Vocabulary) -> None:
    """'Lumen Works gave up 12 km of track': a light verb with a particle after it is
    another verb, no longer light, which the fact must say, itself or in what WordNet's
    verb with that particle means, or, before a share ('made up 22% of'), what the fact's
    own verb of a share says (:func:`_verb_of_a_share`)."""
    tokens = reading.tokens
    fact_reading = read_statement(compiled.fact.statement, vocab)
    fact = fact_reading.tokens
    read_at = {pos for _, pos in reading.terms}
    # a finite verb, after its named subject or an auxiliary ('Lumen Works gave up', 'has
    # given up'), not a participle after a noun ('a news release put out on a Tuesday')
    finite = set(reading.entity_ends.values())
    for pos in range(1, len(tokens) - 1):
        word, particle = tokens[pos], tokens[pos + 1]
        if (particle not in vocab.adverb_particles or word not in vocab.light
                or pos in read_at or f"{word} {particle}" in vocab.ignored
                or not vocab.can_be_verb(word) or not (
                    pos in finite or tokens[pos - 1] in vocab.auxiliaries
                    or tokens[pos - 1] in vocab.subject_pronouns)):
            continue
        if _phrasal_terms(word, particle, vocab) & compiled.terms or any(
                fact[at:at + 2] == [word, particle] for at in range(len(fact) - 1)):
            continue
        said = _share_verb_in(fact_reading, vocab) if _before_a_share(
            reading, pos, vocab) else None
        result.steps.append(Step("word", f"s:{word} {particle}", f"{word} {particle}", "",
                                 Relation.INDEPENDENT, "not in this fact") if said is None
                            else Step("word", f"s:{word} {particle}", f"{word} {particle}",
                                      said, Relation.EQUIVALENT, SHARE_VERB))


def _verb_with_particle(reading: Analysis, compiled: CompiledFact, result: Alignment,
                        vocab: Vocabulary) -> None:
    """'The trial runs were called off' against a fact's 'call': a verb with a particle
    after it is another verb, unless the fact's word has the same particle too, or is what
    WordNet's verb with that particle means ('closed down': close)."""
    tokens = reading.tokens
    with_particle = {t: tokens[pos + 1] for t, pos in reading.terms
                     if pos + 1 < len(tokens) and tokens[pos + 1] in vocab.adverb_particles
                     and t in reading.verb_terms | _done_verbs(reading, vocab)
                     and " " not in reading.raw_terms.get(t, "")}  # read with it: 'set up'
    if not with_particle:
        return
    fact = read_statement(compiled.fact.statement, vocab).tokens
    for i, step in enumerate(result.steps):
        added = with_particle.get(step.key)
        if added is None or step.kind != "word" or step.relation not in _HOLDS or (
                not step.fact) or added in step.claim.split():
            continue  # (a link of the verb with its particle: 'shut down' for 'closed')
        said = fold(step.fact).split()[-1]
        if _fact_term(step, compiled) not in _phrasal_terms(
                fold(step.claim), added, vocab) and not any(
                token == said and added in fact[pos + 1:pos + 4]
                for pos, token in enumerate(fact)):
            result.steps[i] = step._replace(
                claim=f"{step.claim} {added}", relation=Relation.INDEPENDENT,
                via="another verb with its particle")


def _names_the_act_before(term: str, reading: Analysis, compiled: CompiledFact,
                          result: Alignment) -> bool:
    """A noun of doing after a word the fact says as its verb adds nothing: 'fortification
    work' against 'fortifying its borders' is the fortifying ('work began' still needs
    the fact's work)."""
    at = next(pos for t, pos in reading.terms if t == term)
    before = next((t for t, pos in reading.terms if pos == at - 1), None)
    step = next((s for s in result.steps if s.kind == "word" and s.key == before), None)
    return (step is not None and step.relation in _HOLDS
            and _fact_term(step, compiled) in compiled.verbs)


@lru_cache(maxsize=64)  # of the claim alone, and asked for with each candidate fact
def _word_plan(reading: Analysis, vocab: Vocabulary) -> tuple[dict[int, str], tuple[str, ...]]:
    """The claim's terms by position, and the terms to align in order: each once, without
    the nouns a count or a superlative of nearness takes, nor an adverb that gives a
    figure's rate ('50,000 batteries *daily*', compared as the figure's 'a day')."""
    skipped = _counted_nouns(reading, vocab) | _after_nearness(reading, vocab) | {
        at for mention in reading.quantities
        for at in [rate_adverb_after(vocab, reading.tokens, mention.end)] if at is not None}
    return ({pos: t for t, pos in reading.terms},
            tuple(dict.fromkeys(t for t, pos in reading.terms if pos not in skipped)))


@lru_cache(maxsize=64)  # of the claim alone, and asked for with each candidate fact
def _after_nearness(reading: Analysis, vocab: Vocabulary) -> frozenset[int]:
    """Where a noun stands that adds nothing to the superlative of nearness before it, or a
    verb of arriving that adds nothing to the one after it: 'its closest approach to
    Earth' is its coming closest to Earth, and so is 'reached its closest point'."""
    tokens = reading.tokens
    superlative = vocab.nearness_superlatives
    return frozenset(pos for _, pos in reading.terms if (
        pos > 0 and tokens[pos] in vocab.nearness_nouns and tokens[pos - 1] in superlative)
        or (tokens[pos] in vocab.nearness_verbs
            and superlative.intersection(tokens[pos + 1:pos + 3])))


@lru_cache(maxsize=64)  # of the claim alone, and asked for with each candidate fact
def _counted_nouns(reading: Analysis, vocab: Vocabulary) -> frozenset[int]:
    """Where a count's noun of a kind of thing stands ('160 countries'): the count is
    compared as a whole, so the noun does not stand for an entity of its own."""
    found = set()
    for mention in reading.quantities:
        counted = _counted_kind(mention, reading, vocab)
        if counted is not None:
            following = reading.tokens[mention.end:mention.end + 3]
            found.add(mention.end + following.index(counted[1]))
    return frozenset(found)


def _same_ordinal(word: str, position: int, at: dict[int, str], reading: Analysis,
                  compiled: CompiledFact, vocab: Vocabulary) -> bool:
    """The fact numbers the same thing: the noun after the ordinal is the fact's word or a
    word for it ('second phase' / 'second stage'); after 'the' with no noun of content
    ('the second time'), the fact has the ordinal before the same word."""
    label = reading.tokens[position] != word  # 'phase two': the noun comes first
    head = at.get(position - 1 if label else position + 1)
    if label and head is None:
        return False
    if head is not None:
        raw = reading.raw_terms.get(head, "")
        return _term_in(head, compiled.terms) or any(
            fact_term in compiled.terms and Relation(relation) in _HOLDS
            for fact_term, (relation, _) in vocab.links(raw).items())
    if position == 0 or reading.tokens[position - 1] not in vocab.determiners:
        return True  # 'Earth first', 'first expected': an adverb, said as the fact says it
    following = reading.tokens[position + 1: position + 2]  # 'the second time'
    tokens = tokenise(compiled.fact.statement)
    return any(tokens[i:i + 2] == [word, *following] for i in range(len(tokens)))


def _ranked(term: str, word: str, reading: Analysis, compiled: CompiledFact,
            vocab: Vocabulary) -> Step | None:
    """'The fifth-largest bank' against 'the ninth-largest bank', 'the second-largest
    plant' against 'the largest plant': an ordinal before a superlative is a rank, and a
    thing holds one rank in one ordering, so another rank before the fact's same
    superlative (none is the first) contradicts it; None where the claim's ordinal ranks
    nothing the fact ranks."""
    position = next(pos for t, pos in reading.terms if t == term)
    superlative = reading.tokens[position + 1: position + 2]
    if not superlative or not superlative[0].endswith("est"):
        return None  # nearly every ordinal: 'the second phase'
    tokens = tokenise(compiled.fact.statement)
    for at in (i for i, token in enumerate(tokens) if i and [token] == superlative):
        told = place_in_ranking(tokens, at, vocab)  # ('the largest', "the country's
        # largest": the first; 'one of the largest': none)
        if told is not None and told != vocab.ordinals[word]:
            return Step("word", term, word, f"{tokens[at - 1]} {superlative[0]}",
                        Relation.ALTERNATION, "another rank")
    return None


def _ordinal(term: str, word: str, compiled: CompiledFact, vocab: Vocabulary,
             predicated: bool) -> Step:
    """'the first phase' is only ever the fact's 'first': WordNet's noun 'first' (the start)
    or 'second' (of time) is not what an ordinal before a noun means. Another ordinal
    picks out another thing, unless the claim says what the thing is ('is the second
    country to leave')."""
    others = [w for _, w in compiled.raw_terms if w in vocab.ordinals and w != word]
    if not others:
        return Step("word", term, word, "", Relation.INDEPENDENT, "not in this fact")
    if predicated:  # 'Lithuania is the second country to leave' against 'the first'
        return Step("word", term, word, others[0], Relation.ALTERNATION, "another ordinal")
    return Step("word", term, word, others[0], Relation.INDEPENDENT, "another one of its kind")


def _align_light_words(reading: Analysis, compiled: CompiledFact, vocab: Vocabulary,
                       result: Alignment) -> None:
    """A light word before a noun ('the new depot') is passed over, unless the fact says
    its opposite ('the old depot'): then the claim picks out another thing, as with
    :func:`_attributive` words."""
    for token in _light_before_terms(reading, vocab):
        for fact_term, (relation, _) in vocab.links(token).items():
            if (relation == Relation.ALTERNATION.value and fact_term in compiled.terms
                    and fact_term not in reading.term_set):
                result.steps.append(Step("word", token, token, compiled.word_for(fact_term),
                                         Relation.INDEPENDENT, "another one of its kind"))


@lru_cache(maxsize=64)  # of the claim alone, and asked for with each candidate fact
def _light_before_terms(reading: Analysis, vocab: Vocabulary) -> tuple[str, ...]:
    """The claim's light words right before one of its terms ('new' in 'the new depot')."""
    at = {pos for _, pos in reading.terms}
    return tuple(token for pos, token in enumerate(reading.tokens)
                 if token in vocab.light and pos + 1 in at and pos not in at)


def _another_relative_time(term: str, word: str, reading: Analysis, compiled: CompiledFact,
                           vocab: Vocabulary) -> Step | None:
    """'due to start next year' against 'due to start next month': a time counted from now
    in another unit is another time."""
    if word not in vocab.relative_units:
        return None  # nearly every word
    at = next(pos for t, pos in reading.terms if t == term)
    if at == 0 or reading.tokens[at - 1] not in vocab.relative_words:
        return None
    counted_from = reading.tokens[at - 1]
    tokens = read_statement(compiled.fact.statement, vocab).tokens
    other = next((unit for before, unit in pairwise(tokens)
                  if before == counted_from and unit in vocab.relative_units and unit != word),
                 None)
    if other is None:
        return None
    return Step("figure", term, f"{counted_from} {word}", f"{counted_from} {other}",
                Relation.ALTERNATION, "another time")


def _passive_converse(term: str, word: str, reading: Analysis, compiled: CompiledFact,
                      vocab: Vocabulary) -> Step | None:
    """'Workers received training' against 'workers were given training': the fact's
    passive says the claim's verb of the one it was done for; and the other way round, the
    claim's passive ('the school has been handed a grant') says the fact's verb ('the
    school has received a grant')."""
    participles = next((vocab.passive_converses[lemma] for lemma in vocab.lemmas_of(word)
                        if lemma in vocab.passive_converses), None)
    if participles is None:
        return _passive_of_converse(term, word, reading, compiled, vocab)
    tokens = read_statement(compiled.fact.statement, vocab).tokens
    for at, token in enumerate(tokens):
        if token in participles and any(t in vocab.be_forms for t in tokens[max(0, at - 2):at]):
            said = " ".join(tokens[at - 1:at + 1])
            return Step("word", term, word, said, Relation.EQUIVALENT, "passive of the converse")
    return None


def _receiving_converse(term: str, word: str, reading: Analysis, compiled: CompiledFact,
                        vocab: Vocabulary) -> Step | None:
    """'Research will receive $5m' against 'the plan includes $5m for research', '$5m will
    go to research' or 'research is to get $5m': what a sum or a thing is given for, or
    goes to, is what receives it. The claim's main verb, active, is one of receiving; the
    fact's verbs only give, include or receive, and it names the claim's subject right
    after its 'for' or 'to', or says a verb of receiving itself. What is received, and
    who gives it, are the other pieces' to hold."""
    if vocab.receiving_verbs.isdisjoint(vocab.lemmas_of(word)):
        return None  # nearly every word: the fact is not read again
    verb_at = next(pos for t, pos in reading.terms if t == term)
    if verb_at not in reading.verbs or is_passive_at(reading.tokens, verb_at, vocab):
        return None
    fact = read_statement(compiled.fact.statement, vocab)
    tokens = fact.tokens
    subject = {t for t, pos in reading.terms if reading.fronted <= pos < verb_at}
    giving = vocab.giving_verbs | vocab.receiving_verbs
    # (a word of the subject the fact may read as a verb, 'bus *stop* improvements', is none)
    if any(giving.isdisjoint(vocab.lemmas_of(tokens[at])) and tokens[at] not in vocab.ignored
           for t, at in fact.terms if at in fact.verbs and t not in subject):
        return None  # the fact's act is another ('cuts $5m for research')
    # 'children are to *get* a free meal' ('get', a light word, is no verb term of the fact)
    said = next((token for token in tokens
                 if not vocab.receiving_verbs.isdisjoint(vocab.lemmas_of(token))), None)
    if said is None:
        first = min((pos for t, pos in fact.terms if t in subject), default=None)
        before = first - 1 if first is not None else -1
        while before > 0 and tokens[before] in vocab.determiners - vocab.prepositions:
            before -= 1  # 'for *the* new research'
        if before < 0 or tokens[before] not in vocab.receiving_markers:
            return None
        said = tokens[before]
    return Step("word", term, word, said, Relation.EQUIVALENT,
                "the converse: what it is for receives it")


def _verb_of_leading(term: str, word: str, reading: Analysis, compiled: CompiledFact,
                     vocab: Vocabulary) -> Step | None:
    """'Ada Brisk heads the port authority' against 'Ada Brisk is the administrator of the
    port authority' or 'the authority's chief executive': to head a body is to be the one
    in charge of it, which the fact says with a noun WordNet puts, in its first sense,
    under the one in charge. The noun opens its phrase, after 'the' with 'of' after it or
    after an owner ('the authority's'), so nothing before it makes it another ('the
    *deputy* head', 'the *former* chairman'); who and what are the other pieces' to hold."""
    if vocab.leading_verbs.isdisjoint(vocab.lemmas_of(word)) or not vocab.leader_words:
        return None  # nearly every word: the fact is not read again
    verb_at = next(pos for t, pos in reading.terms if t == term)
    if verb_at not in reading.verbs or is_passive_at(reading.tokens, verb_at, vocab):
        return None
    tokens = read_statement(compiled.fact.statement, vocab).tokens
    start = next((at for at, token in enumerate(tokens) if token in vocab.leader_words), 0)
    end = start
    while end < len(tokens) and tokens[end] in vocab.leader_words:
        end += 1  # 'the chief executive'
    if start > 0 and end > start and (tokens[start - 1] == "s" or (
            tokens[start - 1] in vocab.definite and tokens[end:end + 1] == ["of"])):
        return Step("word", term, word, " ".join(tokens[start:end]),
                    Relation.EQUIVALENT, "to head is to be the one in charge")
    return None


# How far after a verb of asserting its 'that' may stand: 'warned *MPs* that', 'claimed
# *last week* that'
_THAT_REACH = 4


def _verb_of_asserting(term: str, word: str, reading: Analysis, compiled: CompiledFact,
                       vocab: Vocabulary) -> Step | None:
    """'The agency cautioned that fares would rise' against 'the agency said fares would
    rise', 'Ada Brisk described the plan as a gamble' against 'said the plan was a
    gamble': a verb that gives what its speaker asserts, with 'that' after it or 'as' in
    its clause, says what the fact's plain 'said' says (another act with the same verb,
    'presented the award', has no 'as'). Who spoke and what was said are the other
    pieces' to hold."""
    complement = ("that" if word in vocab.asserting_that
                  else "as" if word in vocab.asserting_as else None)
    if complement is None:
        return None  # nearly every word: the fact is not read again
    verb_at = next(pos for t, pos in reading.terms if t == term)
    reach = _THAT_REACH if complement == "that" else len(reading.tokens)
    if complement not in reading.tokens[verb_at + 1:verb_at + 1 + reach]:
        return None
    said = next((token for token in read_statement(compiled.fact.statement, vocab).tokens
                 if token in vocab.plain_saying), None)
    if said is None:
        return None
    return Step("word", term, word, said, Relation.EQUIVALENT, "a way of saying it")


def _passive_of_converse(term: str, word: str, reading: Analysis, compiled: CompiledFact,
                         vocab: Vocabulary) -> Step | None:
    """The claim's passive of a verb of giving ('has been handed £5m') against the fact's
    own verb of receiving, in the active ('has received £5m')."""
    verbs = [verb for verb, participles in vocab.passive_converses.items()
             if word in participles]
    if not verbs or not any(is_passive_at(reading.tokens, pos, vocab)
                            for t, pos in reading.terms if t == term):
        return None  # nearly every word: the fact is not read again
    tokens = read_statement(compiled.fact.statement, vocab).tokens
    for at, token in enumerate(tokens):
        if not set(verbs).isdisjoint(vocab.lemmas_of(token)) and not is_passive_at(
                tokens, at, vocab):
            return Step("word", term, word, token, Relation.EQUIVALENT, "passive of the converse")
    return None


def _multiword_verb(term: str, word: str, reading: Analysis, compiled: CompiledFact,
                    vocab: Vocabulary) -> Step | None:
    """'The pilots brought about a fall' against 'resulted in a fall': a verb the fact
    lacks may be one of WordNet's verbs of two words with the particle or preposition after
    it ('bring about': produce, which 'result' is a way to do), as it often means what
    neither word does alone."""
    phrase, links = _multiword_verbs(reading, vocab).get(term, ("", {}))
    found = [(fact_term, Relation(relation), via)
             for fact_term, (relation, via) in links.items()
             if fact_term in compiled.terms and Relation(relation) in _HOLDS]
    if not found:
        return None
    fact_term, relation, via = min(found, key=lambda link: (rank(link[1]), link[0]))
    return Step("word", term, phrase, compiled.word_for(fact_term), relation, via)


@lru_cache(maxsize=64)  # of the claim alone, and asked for with each candidate fact
def _multiword_verbs(reading: Analysis, vocab: Vocabulary
                     ) -> dict[str, tuple[str, dict[str, tuple[str, str]]]]:
    """The claim's verbs with the particle or preposition after them that WordNet has as
    one verb related to a store word: {verb term: (the two words, their links)}."""
    found: dict[str, tuple[str, dict[str, tuple[str, str]]]] = {}
    for term, at in reading.terms:
        following = reading.tokens[at + 1] if at + 1 < len(reading.tokens) else ""
        if term not in reading.verb_terms or (following not in vocab.prepositions
                                              and following not in vocab.adverb_particles):
            continue
        word = reading.raw_terms.get(term, term)
        links: dict[str, tuple[str, str]] = {}
        for lemma in vocab.lemmas_of(word):
            for fact_term, link in vocab.links(f"{lemma} {following}", verb=True).items():
                if fact_term not in links or rank(link[0]) < rank(links[fact_term][0]):
                    links[fact_term] = link
        if links:
            found.setdefault(term, (f"{word} {following}", links))
    return found


def _verb_of_having(term: str, word: str, reading: Analysis, compiled: CompiledFact,
                    vocab: Vocabulary) -> Step | None:
    """'The terminal features artwork' against 'the terminal offers … artwork': a verb of
    having or including says of what it joins what any other verb of having says (the
    fact's may be 'has' or 'includes', which are not even words to align). A verb of
    undergoing says what the fact's plain 'have' says of a thing that undergoes an event
    ('the peninsula has experienced five eruptions', 'Fingal recorded the highest growth'
    against 'has had', 'had'), as WordNet's sense of 'have' that is to experience does;
    it includes nothing."""
    if term not in reading.verb_terms:
        return None
    lemmas = vocab.lemmas_of(word)
    having = vocab.question_words["inclusion_verbs"]
    if having.isdisjoint(lemmas):
        if vocab.question_words["undergoing_verbs"].isdisjoint(lemmas):
            return None  # nearly every word: the fact is not read again
        having = _PLAIN_HAVING
    fact = read_statement(compiled.fact.statement, vocab)
    tokens = fact.tokens
    for at, token in enumerate(tokens):
        if having.isdisjoint(vocab.lemmas_of(token)):
            continue
        following = tokens[at + 1] if at + 1 < len(tokens) else ""
        # 'has 15 concessionaires' has them; 'has announced' is an auxiliary
        auxiliary = (following.endswith(("ed", "en")) or following in vocab.irregular
                     or following in vocab.auxiliaries)
        if at in fact.verbs or (token in vocab.ignored and not auxiliary):
            return Step("word", term, word, token, Relation.EQUIVALENT, "verb of having")
    return None


def _owning_a_stake(term: str, word: str, reading: Analysis, compiled: CompiledFact,
                    vocab: Vocabulary) -> Step | None:
    """'Barrick owns 61.5% of the venture' against 'Barrick holds a 61.5% stake in the
    venture': to own a part of a thing is to hold a stake in it (cues.json 'owning'). The
    fact's noun of a part owned, after a verb of having and before the 'in' of what it is
    a part of, says the claim's verb of owning a part: a share right after it ('owns
    61.5% of', 'owns a third of') or a stake ('owns a stake in'); 'owns the venture' says
    all of it. The figure, the owner and what is owned are weighed as ever."""
    if vocab.owning_verbs.isdisjoint(vocab.lemmas_of(word)):
        return None  # nearly every word: the fact is not read again
    at = next(pos for t, pos in reading.terms if t == term)
    if at and reading.tokens[at - 1] in vocab.determiners:
        return None  # 'its own 40% stake': the adjective
    owned = range(at + 1, at + 1 + _STAKE_REACH)
    if not any(q.unit == "percent" and q.start in owned for q in reading.quantities) and not any(
            not vocab.stake_nouns.isdisjoint(vocab.lemmas_of(reading.tokens[pos]))
            for pos in owned if pos < len(reading.tokens)):
        return None  # 'owns the venture': all of it, which no stake says
    fact = read_statement(compiled.fact.statement, vocab)
    tokens = fact.tokens
    for at, token in enumerate(tokens[:-1]):
        if tokens[at + 1] != "in" or vocab.stake_nouns.isdisjoint(vocab.lemmas_of(token)):
            continue
        # 'holds a 61.5% stake', 'has the remaining 38.5% stake': the verb a few words before
        if any(not vocab.having_verbs.isdisjoint(vocab.lemmas_of(before))
               for before in tokens[max(0, at - _STAKE_REACH):at]):
            return Step("word", term, word, token, Relation.EQUIVALENT, OWNING_A_STAKE)
    return None


def _verb_of_a_share(term: str, word: str, reading: Analysis, compiled: CompiledFact,
                     vocab: Vocabulary) -> Step | None:
    """'Heat pumps accounted for two thirds of the systems' against 'heat pumps made up two
    thirds of the systems': a verb that says what share of a whole a part is (cues.json
    'constituting'), before the share, says what any other such verb, or the fact's plain
    'is', says before its share; the two shares are then set against each other."""
    at = next(pos for t, pos in reading.terms if t == term)
    if not _before_a_share(reading, at, vocab):
        return None  # nearly every word: the fact is not read again
    said = _share_verb_in(read_statement(compiled.fact.statement, vocab), vocab)
    return None if said is None else Step("word", term, _share_verb_words(
        reading.tokens, at, vocab), said, Relation.EQUIVALENT, SHARE_VERB)


def _share_verb_end(tokens: list[str], at: int, vocab: Vocabulary) -> int | None:
    """Where the verb of a share at ``at`` ends ('represents', 'made up', 'accounted
    for'), or None when no such verb stands there."""
    following = tokens[at + 1] if at + 1 < len(tokens) else ""
    for lemma in vocab.lemmas_of(tokens[at]):
        if f"{lemma} {following}" in vocab.constituting:
            return at + 2
        if lemma in vocab.constituting:
            return at + 1
    return None


def _share_verb_words(tokens: list[str], at: int, vocab: Vocabulary) -> str:
    """The verb of a share at ``at`` as written: 'made up'."""
    return " ".join(tokens[at:_share_verb_end(tokens, at, vocab) or at + 1])


def _before_a_share(reading: Analysis, at: int, vocab: Vocabulary,
                    end: int | None = None) -> bool:
    """The verb at ``at`` (ending at ``end``, else a verb of a share) comes right before a
    share of a whole: a percentage or fraction of something ('22 percent of', 'two thirds
    of', past 'only' or 'about'), or a count of some of it ('170 of the 400')."""
    end = _share_verb_end(reading.tokens, at, vocab) if end is None else end
    if end is None:
        return False
    tokens = reading.tokens
    return any(q.start in range(end, end + _SHARE_REACH) and (q.part or (
        q.unit == "percent" and tokens[q.end:q.end + 1] == ["of"]))
        for q in reading.quantities)


def _share_verb_in(fact: Analysis, vocab: Vocabulary) -> str | None:
    """The fact's verb of a share, or its 'is' before a share ('were 67% of the new
    systems'), as written; None when it has neither."""
    for at, token in enumerate(fact.tokens):
        end = at + 1 if token in vocab.be_forms else _share_verb_end(fact.tokens, at, vocab)
        if end is not None and _before_a_share(fact, at, vocab, end):
            return " ".join(fact.tokens[at:end])
    return None


def _verb_of_duration(term: str, word: str, reading: Analysis, compiled: CompiledFact,
                      vocab: Vocabulary) -> Step | None:
    """'The agreement runs for 15 years' against 'the agreement lasts 25 years': a verb
    that only says a thing goes on for a time, before the time, says what any other such
    verb before a time says; the two times are then set against each other."""
    lasting = vocab.question_words["duration_verbs"]
    if lasting.isdisjoint(vocab.lemmas_of(word)) or not _before_a_duration(
            next(pos for t, pos in reading.terms if t == term), reading):
        return None  # nearly every word: the fact is not read again
    fact = read_statement(compiled.fact.statement, vocab)
    for at, token in enumerate(fact.tokens):
        if not lasting.isdisjoint(vocab.lemmas_of(token)) and _before_a_duration(at, fact):
            return Step("word", term, word, token, Relation.EQUIVALENT, "verb of duration")
    return None


def _verb_of_description(term: str, word: str, reading: Analysis, compiled: CompiledFact,
                          vocab: Vocabulary) -> Step | None:
    """'Balakrishnan described the disaster as a catastrophe' against 'called it a
    catastrophe': a verb that says what a thing is called (questions.json
    description_verbs, the list ask reads) says what any other such verb says; what it is
    called must still be the fact's. 'Called for' and 'called on' ask, not describe."""
    describing = vocab.question_words["description_verbs"]
    if term not in reading.verb_terms or describing.isdisjoint(vocab.lemmas_of(word)):
        return None  # nearly every word: the fact is not read again
    at = next(pos for t, pos in reading.terms if t == term)
    if _before_a_particle(at, reading.tokens, vocab):
        return None
    tokens = read_statement(compiled.fact.statement, vocab).tokens
    for position, token in enumerate(tokens):
        if not describing.isdisjoint(vocab.lemmas_of(token)) and not _before_a_particle(
                position, tokens, vocab):
            return Step("word", term, word, token, Relation.EQUIVALENT, "verb of description")
    return None


def _before_a_particle(at: int, tokens: list[str], vocab: Vocabulary) -> bool:
    following = tokens[at + 1] if at + 1 < len(tokens) else ""
    return following in vocab.prepositions or following in vocab.adverb_particles


def _before_a_duration(at: int, reading: Analysis) -> bool:
    """A length of time follows the word ('lasts 25 years', 'runs for 15 years')."""
    return any(q.dimension == "duration" and at < q.start <= at + 2 for q in reading.quantities)


def _in_date_bound(term: str, reading: Analysis) -> bool:
    """The word is inside a date the claim gives as a bound ('before *April* 2024')."""
    at = next((pos for t, pos in reading.terms if t == term), None)
    return at is not None and any(q.start <= at < q.end and date_bound(q, reading)
                                  for q in reading.quantities)


def _modifies_a_noun(term: str, reading: Analysis, vocab: Vocabulary) -> bool:
    """The word stands before another noun that is no word of a figure: 'an all-cash
    deal', 'a price war' say what kind of deal or war, not what a sum is ('the funding
    package' still names one)."""
    at = {pos: t for t, pos in reading.terms}
    return any(at.get(pos + 1) not in (None, *vocab.dimension_words)
               and pos + 1 not in reading.verbs for t, pos in reading.terms if t == term)


def _which_one_unsaid(term: str, reading: Analysis, compiled: CompiledFact, entity_id: str,
                      vocab: Vocabulary) -> bool:
    """'the central region' for the fact's Torres Strait: a word right before a kind word
    says which one of the kind the claim means, and neither the fact nor the entity's name
    says it, so the entity may be another one of that kind. (Not of an entity the claim
    names: 'Goldrush is an open-pit mine' says what kind of mine Goldrush is; nor a word of
    the entity's kind: 'the joint venture' is one.)"""
    at = next((pos for t, pos in reading.terms if t == term), None)
    if at is None or at == 0 or entity_id in reading.entity_ids:
        return False
    before = next((t for t, pos in reading.terms if pos == at - 1), None)
    word = reading.tokens[at - 1]
    return before is not None and before not in compiled.terms and (
        at - 1 not in reading.verbs) and word not in reading.names and (
        word not in vocab.entity_name_words.get(entity_id, frozenset())) and (
        word not in vocab.entities[entity_id].kind.split())


def _unknown_word(term: str, word: str, reading: Analysis, compiled: CompiledFact,
                  vocab: Vocabulary) -> Step:
    """A word the fact lacks: a kind word for an entity the fact names ('the spacecraft'
    for Juice) stands for it; a name WordNet knows as one of a kind ('Mars', a planet) in a
    claim whose fact names another thing of that kind ('Venus') is a substitution."""
    if word in vocab.calendar_words:
        # 'in June 2023' against 'in December 2023': a date names one month (and one day
        # of the week)
        calendar = vocab.months if word in vocab.months else vocab.weekdays
        others = [w for t, w in compiled.raw_terms if w in calendar and w != word]
        if others and _in_date_bound(term, reading):
            # 'opened after March 2024' against 'in April 2024': the month only places the
            # bound, whose side the fact's date is on the figure's step weighs
            return Step("figure", term, word.title(), others[0].title(), Relation.EQUIVALENT,
                        "the month of a date's bound")
        if others:  # a contradiction once the year is seen to agree (_same_year)
            return Step("figure", term, word.title(), others[0].title(), Relation.INDEPENDENT,
                        "another month" if calendar is vocab.months else "another day")
    relative = _another_relative_time(term, word, reading, compiled, vocab)
    if relative is not None:
        return relative
    dimension = vocab.dimension_words.get(term)
    figure = None if dimension is None else next(
        (q for q in compiled.quantities if q.dimension == dimension), None)
    if figure is not None and not any(q.dimension == dimension for q in reading.quantities) and (
            not _modifies_a_noun(term, reading, vocab)):
        # 'the money' for the fact's 1.1 billion euros, when the claim gives no sum itself
        return Step("word", term, word, figure.display, Relation.EQUIVALENT,
                    "names what the figure is")
    referred = [e for e in vocab.referents(term, word) if e in compiled.entities]
    phrase = None if referred else _kind_phrases(reading, vocab).get(term)
    if phrase:  # 'the joint venture', or one whose members the fact names together
        referred = [e for e in phrase
                    if e in compiled.entities or _named_together(e, compiled, vocab)]
    if referred and word not in reading.names and term not in reading.verb_terms:
        # a kind word is a noun: 'a spacecraft built by ESA' is no 'build' (a physique)
        name = vocab.describe_entity(referred[0])
        if _which_one_unsaid(term, reading, compiled, referred[0], vocab):
            return Step("entity", "@" + referred[0], word, name, Relation.INDEPENDENT,
                        WHICH_ONE_UNSAID)
        return Step("entity", "@" + referred[0], word, name, Relation.EQUIVALENT,
                    _KIND_OF_ENTITY)
    # (a month or a weekday is capitalised, but names a time, not a thing the store may
    # not know: 'in January 2024' against a fact that gives no date)
    name_like = word not in vocab.calendar_words and (word in reading.names or (
        reading.tokens[0] == word and _named_first(word, reading)))
    # 'Lithuania is also leaving the Geneva Convention': one more, not one instead
    additive = name_like and adds_one_more(reading, vocab)
    kind = _instance_kind(term, word, reading, compiled, vocab) if (
        name_like and not additive) else None
    # 'Sweden is leaving': the name is the subject, so the fact is about someone else;
    # 'a Spanish factory will': it only says which factory, so it stands in France's place.
    if kind is not None and not any(pos + 1 == reading.predicate_at
                                    for t, pos in reading.terms if t == term):
        mentioned = set(reading.entity_ids)
        at = next(pos for t, pos in reading.terms if t == term)
        others = [e for e in sorted(compiled.entities - compiled.subject - mentioned)
                  if vocab.entities[e].kind == kind
                  and _same_slot(reading.tokens, at, at + 1, e, compiled, vocab)]
        if others:
            named = _unknown_names(reading, vocab).get(term)
            # ('the Baltic Sea': one step for the name, not one for 'Baltic' and one more
            # for the name its last word makes it)
            key, written = (term, reading.spelling.get(word, word)) if named is None else (
                _NAME + named[0], " ".join(reading.spelling.get(w, w)
                                           for w in named[0].split()))
            names = and_list([vocab.describe_entity(e) for e in others])
            return Step("entity", key, written, names,
                        Relation.ALTERNATION, f"another {kind}{_IN_PLACE}")
    named = _unknown_names(reading, vocab).get(term) if (
        len(reading.names) > 1 and not additive) else None
    if named is not None:
        # 'at Los Angeles International Airport' against 'at San Diego International
        # Airport': a name the store does not know, whose last word says what it is
        name, kinds, last = named
        mentioned = set(reading.entity_ids)
        others = [e for e in sorted(compiled.entities - compiled.subject - mentioned)
                  if e in kinds and _same_slot(reading.tokens, last + 1 - len(name.split()),
                                               last + 1, e, compiled, vocab)]
        if others and last + 1 != reading.predicate_at:
            written = " ".join(reading.spelling.get(w, w) for w in name.split())
            return Step("entity", _NAME + name, written,
                        and_list([vocab.describe_entity(e) for e in others]),
                        Relation.ALTERNATION,
                        f"another {vocab.entities[others[0]].kind}{_IN_PLACE}")
    # 'six new *tram* stops' against 'the extension adds six new stops', of the Meridia
    # tram extension the claim names too: the fact says the word in that entity's name
    named_in = next((e for e in sorted(reading.entity_ids)
                     if word in vocab.entity_name_modifiers.get(e, ())
                     and e in compiled.entities), None)
    if named_in is not None:
        return Step("word", term, word, vocab.describe_entity(named_in), Relation.EQUIVALENT,
                    "a word of its name")
    owner = _owner_named_by_a_word(term, word, reading, compiled, vocab)
    if owner is not None:
        return Step("word", term, word, f"{vocab.describe_entity(owner)}'s",
                    Relation.EQUIVALENT, "a word of its owner's name")
    around = next((e for e, following in _name_written_around(word, reading, vocab)
                   if e in compiled.entities
                   and not following.isdisjoint(_statement_stems(compiled.fact.statement))),
                  None)
    if around is not None:
        return Step("word", term, word, vocab.describe_entity(around), Relation.EQUIVALENT,
                    NAME_AROUND)
    opening = word in vocab.instances and any(  # 'Tampa's …' opening a claim, not 'low'
        pos == 0 for t, pos in reading.terms if t == term)
    if (word in reading.names or opening) and word not in vocab.calendar_words:
        return Step("word", term, reading.spelling.get(word, word), "", Relation.INDEPENDENT,
                    _UNKNOWN_NAME)
    if word in vocab.part_nouns:
        # 'the Poultry Market section' against 'the Poultry Market part': the lexicon's
        # nouns for a part of a whole say the same of it
        said = next((t for t in read_statement(compiled.fact.statement, vocab).tokens
                     if t in vocab.part_nouns), None)
        if said is not None:
            return Step("word", term, word, said, Relation.EQUIVALENT, "a word for a part")
    if word in vocab.repetition:
        # 'when the committee voted again' against 'in the second vote': a second or later
        # one of the very act repeated is a repeat ('reach 40 stops again' is no 'second stage')
        repeated = {stem(reading.tokens[pos - 1]) for t, pos in reading.terms
                    if t == term and pos > 0}
        tokens = read_statement(compiled.fact.statement, vocab).tokens
        later = next((f"{t} {noun}" for t, noun in pairwise(tokens)
                      if vocab.ordinals.get(t, 0) >= 2 and stem(noun) in repeated), None)
        if later is not None:
            return Step("word", term, word, later, Relation.EQUIVALENT, "a repeat")
    return Step("word", term, word, "", Relation.INDEPENDENT, "not in this fact")


# The ways a fact may say a claim word it lacks, tried in turn before :func:`_unknown_word`.
_SAID_OTHERWISE: tuple[_WayOfSaying, ...] = (
    _passive_converse, _receiving_converse, _verb_of_leading, _verb_of_asserting,
    _multiword_verb, _verb_of_having, _owning_a_stake, _verb_of_a_share, _verb_of_duration,
    _verb_of_description)


def _owner_named_by_a_word(term: str, word: str, reading: Analysis, compiled: CompiledFact,
                           vocab: Vocabulary) -> str | None:
    """'the *federal* approval' against 'the federal government's approval': a word of the
    name of the entity whose thing the fact says the claim's next word is, said before that
    word, says whose it is as the fact's possessive does (not the name's head: 'the
    *government* approval' may be any government's)."""
    if word not in vocab.any_name_words:
        # nearly every word: no name holds it, so the fact need not be read (see
        # _unlinked_plan)
        return None
    owned = [(owner, head) for owner, head in compiled.modifiers
             if word in vocab.entity_name_modifiers.get(owner, ())]
    if not owned:
        return None  # nearly every word: where it stands need not be worked out
    at = next(pos for t, pos in reading.terms if t == term)
    following = {t for t, pos in reading.terms if pos == at + 1}
    return next((owner for owner, head in owned if head in following), None)


@lru_cache(maxsize=64)  # of the claim alone, and asked for with each candidate fact
def _abbreviations(reading: Analysis) -> tuple[tuple[str, str], ...]:
    """The claim's terms written as a word in capitals that may abbreviate a few words
    ('COO', 'EIA'), with the word as written. Two letters ('UK', 'EU') are a name's, and
    too often the initials of two words by chance."""
    if not _RUN_OF_CAPITALS.search(reading.text):
        return ()  # nearly every claim: its spellings need not be worked out
    return tuple((term, written) for term, word in reading.raw_terms.items()
                 for written in [reading.spelling.get(word, word)]
                 if 3 <= len(written) <= 6 and written.isalpha() and written.isupper())


def _spelled_out(written: str, compiled: CompiledFact, vocab: Vocabulary) -> str | None:
    """The fact's words that an abbreviation (:func:`_abbreviations`) stands for, one
    letter a content word ('COO' for 'chief operating officer', 'EIA' for 'environmental
    impact assessment'). Not a name's words: the store lists the short names it gives a
    name ('BFC' may be another company than the Brisk Fuel Company)."""
    letters = written.lower()
    fact = read_statement(compiled.fact.statement, vocab)
    tokens = fact.tokens
    named = {pos for _, start in fact.entities
             for pos in range(start, fact.entity_ends.get(start, start + 1))}
    for start in range(len(tokens) - len(letters) + 1):
        words = tokens[start:start + len(letters)]
        if named.isdisjoint(range(start, start + len(letters))) and all(
                w.isalpha() and w[0] == letter and w not in vocab.determiners
                and w not in vocab.prepositions and w not in ("and", "or")
                for w, letter in zip(words, letters, strict=True)):
            return " ".join(words)
    return None


def _same_slot(tokens: list[str], start: int, end: int, entity_id: str,
               compiled: CompiledFact, vocab: Vocabulary) -> bool:
    """A name of a kind stands in the place of the fact's entity of that kind unless the
    two hang on words of other sorts: 'supplied *to* Toyota' is not where 'the plant *in*
    De Soto' is, nor is 'the *UK's* largest steelworks' where 'the steelworks *in* Wales'
    are ('bound *for* Mars' is where 'heading *towards* Venus' is, 'the gravity *of* Mars'
    where *Venus's* gravity is)."""
    claimed = _slot(tokens, start, end, vocab)
    fact = read_statement(compiled.fact.statement, vocab)
    said = [_slot(fact.tokens, _past_its_kind(fact.tokens, pos, entity_id, vocab), pos + 1, vocab)
            for e, pos in fact.entities if e == entity_id]
    return not claimed or not said or any(not slot or slot & claimed for slot in said)


def _past_its_kind(tokens: list[str], at: int, entity_id: str, vocab: Vocabulary) -> int:
    """Where a name begins with the word for its kind it follows ('in the state *of*
    Nevada', 'the city of Elko'): that 'of' gives the name, not an owner, so the name
    hangs on what the kind word hangs on."""
    if at >= 2 and tokens[at - 1] == "of" and any(
            entity_id in vocab.kind_words.get(lemma, ()) for lemma in vocab.lemmas_of(
                tokens[at - 2])):
        return at - 2
    return at


def _slot(tokens: list[str], start: int, end: int, vocab: Vocabulary) -> frozenset[str]:
    """The sorts of word a name at tokens[start:end] may hang on: its owner's 's'
    ('owner'), a preposition of place before it, past a determiner ('in the': 'place'),
    another one ('to': 'other'; 'of' says an owner too); none for none of them."""
    if tokens[end:end + 1] == ["s"]:
        return frozenset({"owner"})
    at = start - 1
    while at >= 0 and tokens[at] in vocab.determiners and tokens[at] not in vocab.prepositions:
        at -= 1
    if at < 0 or tokens[at] not in vocab.prepositions:
        return frozenset()
    if tokens[at] in vocab.locative:
        return frozenset({"place"})
    return frozenset({"owner", "other"}) if tokens[at] == "of" else frozenset({"other"})


def _instance_kind(term: str, word: str, reading: Analysis, compiled: CompiledFact,
                   vocab: Vocabulary) -> str | None:
    """The kind of what a name WordNet knows names: right before a noun the fact says too
    it is an adjective, which names its place ('a Norwegian company' names Norway, a
    country), though as a noun it may name a person ('a Norwegian'). Before a noun the
    fact lacks ('a Norwegian engineer' against 'a French factory') it keeps the kind
    WordNet gives the word itself."""
    if word in vocab.adjective_kinds:
        following = {pos + 1 for t, pos in reading.terms if t == term}
        nouns = [(t, reading.tokens[pos]) for t, pos in reading.terms
                 if pos in following and pos not in reading.verbs]
        if any(t in compiled.terms or not compiled.entities.isdisjoint(
                vocab.referents(t, noun)) for t, noun in nouns):
            return vocab.adjective_kinds[word]
    return vocab.instances.get(word)


def _named_first(word: str, reading: Analysis) -> bool:
    """The sentence's first word (``word``) is a name when it is written in capitals
    ('NASA') or owns what follows ("Tampa's"): a capital alone there may be a common
    word's."""
    written = reading.spelling.get(word, word)
    return (len(written) > 1 and written.isupper()) or reading.tokens[1:2] == ["s"]


@lru_cache(maxsize=256)
def _of_kind(kind: str, vocab: Vocabulary) -> frozenset[str]:
    return frozenset(e for e, entity in vocab.entities.items() if entity.kind == kind)


@lru_cache(maxsize=64)  # of the claim alone, and asked for with each candidate fact
def _unknown_names(reading: Analysis,
                   vocab: Vocabulary) -> dict[str, tuple[str, frozenset[str], int]]:
    """Each word of a run of capitalised words the store does not know, ending in a word
    for a kind of entity it does ('Chicago Midway International Airport'): the name, the
    entities of that kind, and where the name ends."""
    tokens = reading.tokens
    known = {pos for _, pos in reading.entities}
    term_at = {pos: t for t, pos in reading.terms}
    found: dict[str, tuple[str, frozenset[str], int]] = {}
    pos = 0
    while pos < len(tokens):
        end = pos
        while end < len(tokens) and tokens[end] in reading.names and end not in known:
            end += 1
        if end - pos >= 2:
            kinds = frozenset(e for lemma in vocab.lemmas_of(tokens[end - 1])
                              for e in vocab.kind_words.get(lemma, ())) | _named_with_head(
                tokens[end - 1], vocab)
            if kinds:
                name = " ".join(tokens[pos:end])
                for at in range(pos, end):
                    if at in term_at:
                        found[term_at[at]] = (name, kinds, end - 1)
        pos = end + 1 if end > pos else pos + 1
    return found


@lru_cache(maxsize=256)
def _named_with_head(word: str, vocab: Vocabulary) -> frozenset[str]:
    """The entities a name of two or more words ending in ``word`` names ('the Suwałki
    Gap' for 'gap'): a name with the same last word ('the Fulda Gap') is of their kind."""
    return frozenset(entity_id for aliases in vocab.fuzzy_aliases.values()
                     for alias, entity_id in aliases
                     if " " in alias and name_head(alias.split()) == [word])


@lru_cache(maxsize=64)  # of the claim alone, and asked for with each candidate fact
def _kind_phrases(reading: Analysis, vocab: Vocabulary) -> dict[str, list[str]]:
    """The entities a two-word kind each term is part of refers to: 'the joint venture'."""
    tokens = reading.tokens
    found: dict[str, list[str]] = {}
    for term, pos in reading.terms:
        for start in (pos - 1, pos):
            referred = vocab.kind_words.get(" ".join(tokens[start:start + 2])) if (
                start >= 0) else None
            if referred:
                found.setdefault(term, []).extend(referred)
    return found


@lru_cache(maxsize=256)  # of the claim alone, asked of each word with each candidate fact
@lru_cache(maxsize=256)  # of the claim alone, and asked for with each candidate fact
def _name_written_around(word: str, reading: Analysis,
                         vocab: Vocabulary) -> tuple[tuple[str, frozenset[str]], ...]:
    """The entities whose name the claim writes in ``word`` and the words after it (past an
    'and'), ``word`` not its head, each with the stems of those words: 'approved *heating
    grants*' writes the KfW heating grants, 'the *film and TV tax credit* scheme' the Film
    and TV Tax Credit Program. Against a fact that names the entity and says one of those
    words ('grant applications'), the word only says which thing the fact names, as the
    name itself does; not against one that says none of them ('other *wine regions*' are
    no Bordeaux wine region), nor for a word no name of the entity holds ('heating
    loans')."""
    tokens = reading.tokens
    found: list[tuple[str, frozenset[str]]] = []
    for at, token in enumerate(tokens):
        if token != word:
            continue
        for entity, stems in vocab.entity_name_stems.items():
            if word not in vocab.entity_name_modifiers.get(entity, ()):
                continue
            following: set[str] = set()
            for after in tokens[at + 1:]:
                if after in ("and", "or"):
                    continue
                if stem(after) not in stems:
                    break
                following.add(stem(after))
            if following:
                found.append((entity, frozenset(following)))
    return tuple(found)


@lru_cache(maxsize=4096)  # of each fact, asked for with every claim that writes a name
def _statement_stems(statement: str) -> frozenset[str]:
    """The stems of a fact's words, as written."""
    return frozenset(stem(token) for token in tokenise(statement))


def _kind_predicated(term: str, word: str, reading: Analysis,
                     vocab: Vocabulary) -> Step | None:
    """'Juice is a planet': a kind word a copula says of the subject names nothing else; it
    holds if the subject is of that kind, and is not what the article calls it otherwise."""
    referents = vocab.referents(term, word)
    # ('a depot will be built': a verb is no kind, though WordNet's 'build' is a physique)
    if not referents or word in reading.names or term in reading.verb_terms or not (
            _predicated(term, reading, vocab)) or _role_in_a_name(term, reading, vocab):
        return None
    # A word for things of several kinds ('organisation' reaches countries through
    # WordNet's hypernyms) is said of the subject only when it is the subject's own kind.
    # A noun the lexicon only files under the subject's kind names a role or a sort of it
    # ('Vela is a minister', 'Corvia is a lender'), which the kind alone does not say.
    kinds = {vocab.entities[e].kind for e in referents if e in vocab.entities}
    for entity_id in reading.subject_entities:
        kind = vocab.entities[entity_id].kind
        if kind in vocab.lemmas_of(word) or (entity_id in referents and kinds == {kind}):
            return Step("word", term, word, vocab.describe_entity(entity_id),
                        Relation.EQUIVALENT, _KIND_OF_ENTITY)
    return Step("word", term, word, "", Relation.INDEPENDENT, "not what it is called")


def _role_in_a_name(term: str, reading: Analysis, vocab: Vocabulary) -> bool:
    """The kind word opens a role in a thing the claim names ('is the president *of the
    Harbour Guild*', 'was a minister of Veldmark'): the copula then ties the subject to that
    thing, which its kind alone does not say (only a fact with the role's word can)."""
    at = next((pos for t, pos in reading.terms if t == term), None)
    if at is None or reading.tokens[at + 1:at + 2] != ["of"]:
        return False
    after = name_start(reading, at + 2, vocab)
    return any(pos == after for _, pos in reading.entities)


def _predicated(term: str, reading: Analysis, vocab: Vocabulary) -> bool:
    """The term is what a copula says the subject is: 'is a planet', 'was the first probe'
    (not a possessor within it: 'is one of the areas in *the cyclone's* impact zone')."""
    at = next((pos for t, pos in reading.terms if t == term), None)
    if at is None or reading.tokens[at + 1:at + 2] == ["s"]:
        return False
    tokens = reading.tokens
    # ('is *the Great Barrier Reef's* fifth event', "is *the reef's* fifth": the names and
    # nouns owning it go with their 's)
    owning = {pos for _, pos in reading.terms} | {
        pos for start, end in reading.entity_ends.items() for pos in range(start, end)}
    before = at - 1
    while before >= 0 and (tokens[before] in vocab.determiners or tokens[before] in vocab.light):
        if tokens[before] in vocab.prepositions and not (
                before and tokens[before - 1] in vocab.determiners):
            return False  # 'was the purpose of building': the object of a noun's 'of'
        before -= 1
        if tokens[before + 1] == "s":
            while before in owning:
                before -= 1
    return before >= 0 and tokens[before] in vocab.be_forms


def _fact_word(term: str, compiled: CompiledFact) -> str:
    if term in compiled.terms:
        return compiled.word_for(term)
    family = next(t for t in compiled.terms if _term_in(term, frozenset({t})))
    return compiled.word_for(family)


@lru_cache(maxsize=64)  # of the claim alone, and asked for with each candidate fact
def _attributive(reading: Analysis) -> frozenset[str]:
    """Terms that pick out which thing the sentence is about, as a modifier of a noun
    before its verb ('the first phase will cost…'); after the verb, a modifier is what is
    said of it ('…is one of the most secure points')."""
    at = {pos: t for t, pos in reading.terms}
    verb_at = reading.predicate_at if reading.predicate_at is not None else len(reading.tokens)
    return frozenset(t for t, pos in reading.terms
                     if pos + 1 in at and pos + 1 not in reading.verbs
                     and pos not in reading.verbs and pos < verb_at)


def _best_link(term: str, word: str, compiled: CompiledFact, vocab: Vocabulary,
               verb: bool, narrower: bool, taken: frozenset[str],
               said: frozenset[str]) -> tuple[str, Relation, str] | None:
    if _reachable(term, word, vocab, verb, narrower).isdisjoint(compiled.terms):
        return None  # most words of most facts: no link reaches any of the fact's terms
    antonyms = vocab.antonyms.get(term)  # few words have any: skip the set work for the rest
    found = [(o, Relation.ALTERNATION, "factcli lexicon antonym")
             for o in sorted(antonyms & compiled.terms)] if antonyms else []
    if " " not in word:
        for fact_term, (relation, via) in vocab.links(word, verb, narrower).items():
            if fact_term in compiled.terms and not (
                    fact_term in taken and Relation(relation) in _HOLDS) and not (
                    via in _SPOKEN_FOR and fact_term in said) and (
                    via == "same word" or compiled.word_for(fact_term) not in vocab.ordinals):
                # 'lets bright light' is not 'the luminous wall': an adjective the claim
                # says itself is not also another adjective's match, nor is a noun the
                # claim says itself what its verb's derivation is a kind of ('the event has
                # ended' against 'the event is still unfolding'); and an ordinal is a place
                # in a row, not the verb 'second' ('endorse')
                found.append((fact_term, Relation(relation), via))
        if not narrower:
            # a verb opposed in one of its senses ('rejected' against 'approved'); not for
            # a question, whose gap asserts nothing such a sense could reverse
            found += [(fact_term, Relation(relation), via) for fact_term, (relation, via)
                      in vocab.opposite_senses(word, verb).items()
                      if fact_term in compiled.terms]
    if verb:
        # '40 stops' counts things, 'Juice's speed' is what Juice has: no verb's opposite
        # ('start', 'slow') contradicts either
        found = [link for link in found if link[1] != Relation.ALTERNATION
                 or not _counted_or_owned(compiled.word_for(link[0]), compiled, vocab)]
    # 'reduced its growth forecast' against 'raised its growth forecast': the fact's
    # 'growth' the claim says itself is no opposite of its 'reduced', the fact's 'raised' is
    found = [link for link in found if link[1] != Relation.ALTERNATION or link[0] not in said]
    if not found:
        return _negated_by_prefix(word, compiled, vocab, verb, narrower)
    # a direct antonym before a word of an opposite sense: 'lowered' against 'raised', not
    # against the 'increase' group that the claim's own 'growth' belongs to
    return min(found, key=lambda link: (rank(link[1]), link[2] in _SENSED, link[0]))


# links too loose to reach a fact word the claim says itself ('is located at the site' is
# the site's own derivation, so that link stands)
_SPOKEN_FOR = frozenset({"WordNet similar adjective", DERIVED_HYPERNYM})


@lru_cache(maxsize=1024)  # of a claim word, asked with each candidate fact
def _reachable(term: str, word: str, vocab: Vocabulary, verb: bool,
               narrower: bool) -> frozenset[str]:
    """Every store term :func:`_best_link` may find for the word, in whichever fact: its
    antonyms, its links, its opposite senses, and the links of the word without a
    negative prefix ('unmonitored'). A fact that has none of them needs no closer look."""
    reached = set(vocab.antonyms.get(term, ()))
    if " " not in word:
        reached.update(vocab.links(word, verb, narrower))
        if not narrower:
            reached.update(vocab.opposite_senses(word, verb))
    prefix = _negative_prefix(word)
    if prefix is not None:
        reached.update(vocab.links(word[len(prefix):], verb, narrower))
    return frozenset(reached)


def _counted_or_owned(word: str, compiled: CompiledFact, vocab: Vocabulary) -> bool:
    """The fact's ``word`` stands right after a number or a possessive 's: a noun counted
    or owned, not a verb."""
    said = read_statement(compiled.fact.statement, vocab).tokens
    return any(later == word and (earlier[:1].isdigit() or earlier in vocab.number_words
                                  or earlier == "s")
               for earlier, later in pairwise(said))


_NEGATIVE_PREFIXES = ("un", "non")


def _negated_by_prefix(word: str, compiled: CompiledFact, vocab: Vocabulary, verb: bool,
                       narrower: bool) -> tuple[str, Relation, str] | None:
    """'unmonitored' against 'watched': a word WordNet lacks, made of a negative prefix and
    a word the fact says (or a narrower one), contradicts the fact."""
    prefix = _negative_prefix(word)
    if prefix is None:
        return None
    found = [(fact_term, Relation.ALTERNATION, "negative prefix")
             for fact_term, (relation, _) in vocab.links(word[len(prefix):], verb,
                                                         narrower).items()
             if fact_term in compiled.terms and Relation(relation) in _HOLDS]
    return min(found) if found else None


def _negative_prefix(word: str) -> str | None:
    """The negative prefix a word opens on, before a word of four letters or more."""
    prefix = next((p for p in _NEGATIVE_PREFIXES if word.startswith(p)), None)
    return None if prefix is None or len(word) - len(prefix) < 4 else prefix


def _term_in(term: str, terms: frozenset[str]) -> bool:
    """Exact canonical match, or stems of one word family ('fortif' ~ 'fortifi')."""
    if term in terms:
        return True
    if not term.startswith("s:") or len(term) < _FAMILY:
        return False
    return any((other.startswith(term) or term.startswith(other))
               and abs(len(other) - len(term)) <= 3
               for other in _family_stems(terms).get(term[:_FAMILY], ()))


_FAMILY = 7  # 's:' and five letters: the shortest stem that stands for a word family


@lru_cache(maxsize=4096)
def _family_stems(terms: frozenset[str]) -> dict[str, list[str]]:
    """The stems in ``terms`` long enough to stand for a word family, by their first
    letters (one stem starting another shares them): a fact's, worked out once rather
    than for each claim word looked up in it."""
    found: dict[str, list[str]] = {}
    for term in terms:
        if term.startswith("s:") and len(term) >= _FAMILY:
            found.setdefault(term[:_FAMILY], []).append(term)
    return found
