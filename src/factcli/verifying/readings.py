"""Readings of the claim that checks of several concerns share, each made once per claim
(cached): the names an 'only' claim sets aside, whether it tells of one more ('also'),
the copula a description hangs on, the kind of thing a count counts, and where a
superlative stands.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from factcli.quantities import DATE_BOUNDS, QuantityMention
from factcli.text import Analysis

if TYPE_CHECKING:
    from factcli.vocabulary import Vocabulary


@lru_cache(maxsize=64)  # of the claim alone, and asked for with each candidate fact
def _exception(reading: Analysis, vocab: Vocabulary) -> tuple[str | None, frozenset[str]]:
    """In an 'only' claim, the word opening a phrase that sets things aside ('apart from
    Lithuania, Poland is the only neighbour leaving') and the names it sets aside: the
    phrase says nothing the fact must say, and what it names are not among the others the
    'only' shuts out."""
    span = vocab.exception_at(reading.tokens) if reading.exclusive else None
    if span is None:
        return None, frozenset()
    word = next((term for term, pos in reading.terms if pos == span[0]), None)
    return word, set_aside(reading, span[1], vocab)


def set_aside_in(reading: Analysis, vocab: Vocabulary) -> tuple[str, frozenset[str]]:
    """The phrase that sets things aside in the words ('other than') and the names it
    sets aside; ('', none) when nothing is set aside."""
    span = vocab.exception_at(reading.tokens)
    if span is None or reading.exclusive_at == span[1] - 1:
        # ('no company other than Corvia Rail bid': a negation makes the phrase an 'only'
        # of what it names, which is then what the words are about)
        return "", frozenset()
    return " ".join(reading.tokens[span[0]:span[1]]), set_aside(reading, span[1], vocab)


def set_aside(reading: Analysis, end: int, vocab: Vocabulary) -> frozenset[str]:
    """The names a phrase setting things aside names, where its opening words end at
    ``end``: 'Poland' in 'apart from Poland', all three in 'except Latvia, Estonia and
    Finland'."""
    first = min((pos for _, pos in reading.entities if pos >= end and all(
        t in vocab.determiners for t in reading.tokens[end:pos])), default=None)
    named = next((e for e, pos in reading.entities if pos == first), None)
    if named is None:
        return frozenset()
    return frozenset(next((group for group in reading.lists if named in group), {named}))


@lru_cache(maxsize=64)  # of the claim alone, and asked for with each candidate fact
def adds_one_more(reading: Analysis, vocab: Vocabulary) -> bool:
    """The claim tells of one more, not of one instead ('Hensel Phelps also worked on
    Terminal 1', 'a second site as well')."""
    return vocab.is_additive(reading.tokens)


def _copula_at(reading: Analysis, vocab: Vocabulary) -> int | None:
    """Where the claim's copula stands, when a copula and no verb says what its subject
    is ('Corvia Rail is a trial company')."""
    at = reading.predicate_at
    if at is None or reading.verb_terms or reading.tokens[at] not in vocab.be_forms:
        return None
    return at


def _counted_kind(mention: QuantityMention, reading: Analysis,
                  vocab: Vocabulary) -> tuple[str, str] | None:
    """The kind of entity a count counts, and the noun: 'four neighbouring countries'."""
    if mention.dimension != "count":
        return None
    following = reading.tokens[mention.end : mention.end + 3]
    noun = next((w for w in following if w in vocab.kind_nouns), None)
    if noun is not None:
        return vocab.kind_nouns[noun], noun
    # the store's own kinds count too: 'two districts' where entities are districts
    kinds = {e.kind for e in vocab.entities.values()}
    for word in following[:1]:
        kind = next((k for k in vocab.lemmas_of(word) if k in kinds), None)
        if kind is not None:
            return kind, word
    return None


def date_bound(mention: QuantityMention, reading: Analysis) -> bool:
    """The figure is a date given as a bound ('before April 2024', 'by May'), not one that
    names a thing after it ('after the March 2027 *test run*': an event, ordered by the
    timeline)."""
    return mention.dimension == "date" and mention.qualifier in DATE_BOUNDS and not any(
        pos == mention.end for _, pos in reading.terms)


def says_the_most(tokens: list[str], vocab: Vocabulary) -> bool:
    """The words have a superlative, not said of one of several ('one of', 'among'):
    "Harbourline's busiest pier", not 'one of its busiest piers'."""
    return _superlative_at(tokens, vocab) is not None and not of_several(tokens)


def of_several(tokens: list[str]) -> bool:
    """The words say 'one of' or 'among': one of several ('one of its busiest piers')."""
    return "among" in tokens or any(pair == ("one", "of") for pair in pairwise(tokens))


def superlatives(tokens: list[str]) -> list[int]:
    """Where the words that rank a thing stand: 'most', 'least' or a word in -est, not
    'most of'."""
    return [pos for pos, token in enumerate(tokens)
            if (token in ("most", "least") or (token.endswith("est") and len(token) > 4))
            and tokens[pos + 1:pos + 2] != ["of"]]


def place_in_ranking(tokens: list[str], at: int, vocab: Vocabulary) -> int | None:
    """The place a superlative at ``at`` gives its thing: the ordinal before it ('the
    ninth-largest bank', 'the 2nd most populous'), or first after 'the' or an owner ('the
    largest bank', "Texas's busiest port"); None when it ranks among several ('among the
    ten largest', 'one of the largest') or says no place."""
    before = tokens[at - 1] if at else ""
    if before in vocab.ordinals:
        return vocab.ordinals[before]
    if before[:-2].isdigit() and before[-2:] in ("st", "nd", "rd", "th"):
        return int(before[:-2])
    if (before in vocab.definite or before == "s") and "among" not in tokens and not any(
            tokens[pos:pos + 2] == ["one", "of"] for pos in range(at)):
        return 1
    return None


def _superlative_at(tokens: list[str], vocab: Vocabulary) -> int | None:
    """Where a superlative stands: 'most' or 'least', or a word in -est after a
    determiner ('the closest', "NATO's weakest")."""
    return next((pos for pos, token in enumerate(tokens) if token in ("most", "least") or (
        token.endswith("est") and pos and tokens[pos - 1] in vocab.determiners)), None)
