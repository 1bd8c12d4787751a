"""Word-level readings shared by the question's reader and the answer's finders.

What one word or token is (a plural, a participle, a verb in its sentence, a unit of time,
a light verb, a verb of inclusion, a word that picks one of several dates), the head noun
of a store's kind, and the words of a statement between two token positions.
"""

from __future__ import annotations

from functools import lru_cache

from factcli.text import Analysis, fold, tokenise
from factcli.vocabulary import Vocabulary

_POSSESSIVE = "s"  # the token the reader makes of "'s"


def _plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith("ss")


def _kind_head(kind: str) -> str:
    """The head noun of a store's kind: 'architecture *firm*', '*group* of aid
    organisations'."""
    return kind.split(" of ")[0].split()[-1]


@lru_cache(maxsize=4096)
def _is_light_verb(word: str, vocab: Vocabulary) -> bool:
    """Another form of a verb the reader passes over as light: 'considers', 'sees',
    'issuing' ('considered', 'seen as', 'issued' are light) says no act of its own."""
    return bool(set(vocab.lemmas_of(fold(word))) & _light_verbs(vocab))


@lru_cache(maxsize=8)
def _light_verbs(vocab: Vocabulary) -> frozenset[str]:
    """The lemmas of the verbs the reader passes over as light ('considered', 'seen as',
    'announced'): a question may say them in another form ('considers', 'sees')."""
    firsts = vocab.light | {entry.split()[0] for entry in vocab.ignored if " " in entry}
    return frozenset(lemma for word in firsts if vocab.can_be_verb(word)
                     for lemma in vocab.lemmas_of(word))


def _pick(tokens: list[str], vocab: Vocabulary) -> str:
    """The word list of a word that picks one of several dates ('the *next* pass', 'the
    *last* time'): earliest_words or latest_words, or none."""
    return next((name for name in ("earliest_words", "latest_words")
                 if vocab.question_words[name] & set(tokens)), "")


@lru_cache(maxsize=4096)
def _includes(word: str, vocab: Vocabulary) -> bool:
    folded = fold(word)
    return not vocab.question_words["inclusion_verbs"].isdisjoint(vocab.lemmas_of(folded))


def _is_verb_at(reading: Analysis, position: int, vocab: Vocabulary) -> bool:
    """A verb of the sentence, or a gerund after a preposition ('for *building* ...')."""
    token = reading.tokens[position]
    return position in reading.verbs or (
        token.endswith("ing") and vocab.can_be_verb(token) and position > 0
        and reading.tokens[position - 1] in vocab.prepositions)


def _is_time_unit(token: str, vocab: Vocabulary) -> bool:
    unit = vocab.units.get(vocab.unit_names.get(token, ""))
    return unit is not None and unit.dimension == "duration"


def _words(text: str, start: int, end: int) -> str:
    """The words of ``text`` that make up its tokens from ``start`` to ``end``."""
    taken: list[str] = []
    count = 0
    for word in text.split():
        size = len(tokenise(word))
        if count >= start and count < end:
            taken.append(word)
        count += size
        if count >= end:
            break
    return " ".join(taken).strip(" .,;:")


def _after_comma(text: str, position: int) -> bool:
    """The token at ``position`` opens a word of ``text`` that follows a comma or a
    semicolon ('still unfolding*, so* monitoring'): commas are not tokens."""
    count = 0
    previous = ""
    for word in text.split():
        if count == position:
            return previous.endswith((",", ";"))
        if count > position:
            return False
        count += len(tokenise(word))
        previous = word
    return False
