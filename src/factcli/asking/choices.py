"""'Which …, A or B?': the alternative the facts support, by comparison or by date.

A comparison ('which costs more') or an order ('which came first') is made into two claims
that verify decides; the one it supports when it refutes the other is the answer.
"""

from __future__ import annotations

from typing import NamedTuple

from factcli.asking.answer import Answer, FactHit
from factcli.asking.wording import _pick
from factcli.knowledge import Knowledge
from factcli.text import analyse, fold, tokenise
from factcli.verify import REFUTED, SUPPORTED, verify_claim
from factcli.vocabulary import Vocabulary


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
