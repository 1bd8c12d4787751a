"""The piece of one fact that fills the question's gap.

``_filler`` sends each kind of gap to the reader of that kind of answer (figures, names,
phrases, reasons) and takes what a fact says a thing is called or described as.
"""

from __future__ import annotations

from functools import lru_cache

from factcli.asking.aligned import _HELD, _PART_OF
from factcli.asking.core import _asks_action, _question_verbs
from factcli.asking.entities import _entities_of_kind, _owned_name, _owners_said, _people_doer
from factcli.asking.figures import (
    _asks_day,
    _asks_frequency,
    _frequency,
    _quantity_answer,
    _spread_rate,
    _stated_count,
    _weekdays,
)
from factcli.asking.gap import Gap
from factcli.asking.phrases import (
    _around,
    _kind_named,
    _means_before_purpose,
    _phrase,
    _reason,
    _stranded,
    _subject_phrase,
)
from factcli.asking.pieces import _owners_opening_name
from factcli.asking.wording import _words
from factcli.text import Analysis, and_list, read_statement
from factcli.verify import Alignment
from factcli.vocabulary import Vocabulary


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
            _owners_said(alignment, gap, core, vocab)) or (
            _owners_opening_name(alignment, gap, core, vocab))
        return and_list(names) if names else _people_doer(alignment, gap, core, vocab)
    if gap.answer == "reason":
        return _reason(alignment, core, vocab)
    if gap.answer == "statement" and (other := _other_name(alignment, gap, core, vocab)):
        return other
    if gap.form is not None and gap.form.modifier:
        return _kind_named(alignment, gap, core, vocab)
    if gap.name == "how" and (means := _means_before_purpose(alignment, core, vocab)):
        return means
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


def _other_name(alignment: Alignment, gap: Gap, core: Analysis, vocab: Vocabulary) -> str | None:
    """'What does NOAA stand for' against 'NOAA stands for the National Oceanic and
    Atmospheric Administration', 'under what trade name will the drug be sold' against
    '… sold under the trade name Velora' (the store's two names of one thing): a question
    that asks for a name (its noun 'name', its verb 'called' or 'stand for': questions.json
    name_nouns, naming_verbs, naming_phrases) of a thing it names is answered by the other
    name the fact gives that thing beside the one the question uses."""
    words = vocab.question_words
    tokens = core.tokens
    phrase = " ".join(tokens)
    if not (gap.kind_word in words["name_nouns"] or any(t in words["naming_verbs"] for t in tokens)
            or any(f" {p} " in f" {phrase} " for p in words["naming_phrases"])):
        return None
    asked = {entity_id: tuple(tokens[pos:core.entity_ends.get(pos, pos + 1)])
             for entity_id, pos in core.entities}
    statement = alignment.fact.fact.statement
    fact = read_statement(statement, vocab)
    for entity_id, pos in fact.entities:
        end = fact.entity_ends.get(pos, pos + 1)
        said = [p for e, p in fact.entities if e == entity_id]
        if entity_id in asked and len(said) > 1 and tuple(fact.tokens[pos:end]) != asked[
                entity_id]:
            return _words(statement, pos, end) or None
    return None


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
