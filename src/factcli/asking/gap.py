"""Reading a question's gap: its question words, what they ask for and what fits it.

``read_gap`` turns 'how many bridges', 'which planet', 'when', 'why' into a :class:`Gap`
(the kind of answer, the kinds or dimensions that fit it, the positions of the words that
only name it); 'phase one' is first read as 'the first phase'.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import NamedTuple

from factcli.asking.wording import (
    _POSSESSIVE,
    _is_time_unit,
    _kind_head,
    _pick,
    _plural,
)
from factcli.text import Analysis, name_start, tokenise
from factcli.vocabulary import QuestionForm, Vocabulary

# 'When' asks for a point in time: a date, or the clock time a statement gives.
_CLOCK = "time"
_DATE = "date"
_OCCASIONS = "times"  # what 'how many times' counts: no word of a fact
_PER = "per"  # '3 times *per* week'
_ORGANISATION = "organisation"  # the lexicon's kind of a 'board' or a 'council'
_SHARES = ("percent", "percentage points")  # the dimensions of a part of a whole


class Gap(NamedTuple):
    """What the question asks for: the kind of answer, what fits it, and which of the
    question's tokens only say that."""

    form: QuestionForm | None
    answer: str  # quantity, entities, statement, subject, reason
    kinds: tuple[str, ...]
    kind_word: str  # "planet" in "which planet": matched against entity kinds
    dimensions: tuple[str, ...]
    span: frozenset[int]  # the positions of the words that only name the gap
    measure: frozenset[str]
    plural: bool
    role: bool = False  # "what is X's role": what the facts say X is
    owner: str = ""  # "which moon *of Jupiter*": the entity the answer must belong to
    owned: frozenset[str] = frozenset()  # the entities the store says belong to it
    counted: str = ""  # "how many night *timetables*": the noun a count must count
    rate: str = ""  # "how much diesel does it burn a *day*": the time a figure is per
    includes: str = ""  # "what does the first phase *deliver*": what its subject holds
    placed: frozenset[str] = frozenset()  # "which *Missouri* company": where the answer is
    unit: str = ""  # "how many *grams*": the unit the figure is asked in
    # "…, *in US dollars*": only a figure given in that unit answers, not one in another
    unit_required: bool = False
    # "how much *of the €70 million*": the figures the question words give, as known
    given: frozenset[tuple[float, str]] = frozenset()

    @property
    def name(self) -> str:
        return " ".join(self.form.words) if self.form else "statement"

    @property
    def gathers(self) -> bool:
        """A set question ('which countries', 'what will the money pay for') is answered
        from every fact that answers it as well as the best one does."""
        return self.plural or self.answer == "statement" or (
            self.answer == "quantity" and bool(self.kinds))


@lru_cache(maxsize=8)
def _numbered_noun(vocab: Vocabulary) -> tuple[re.Pattern[str], dict[str, str]]:
    """'(did) phase one', '(in) stage two': after an auxiliary or a preposition, a
    lowercase noun numbered by a cardinal, with each cardinal's ordinal ('to' is left out:
    'going to add two gates' numbers the gates)."""
    by_value = {value: word for word, value in vocab.ordinals.items()}
    ordinal = {word: by_value[int(value)] for word, value in vocab.number_words.items()
               if value in by_value}
    before = "|".join(sorted((vocab.auxiliaries | vocab.prepositions) - {"to"}))
    pattern = re.compile(rf"\b((?i:{before})) ([a-z]+) ({'|'.join(ordinal)})\b")
    return pattern, ordinal


def _ordinal_order(text: str, vocab: Vocabulary) -> str:
    """'Did phase one deliver' as 'did the first phase deliver': a noun numbered by a
    cardinal is the one of that rank, as the facts say it."""
    pattern, ordinal = _numbered_noun(vocab)
    if ordinal.keys().isdisjoint(text.lower().split()):
        return text  # most questions number nothing
    # "between *which two* diseases": a question word before the count is no noun numbered
    return pattern.sub(lambda m: f"{m[1]} the {ordinal[m[3]]} {m[2]}"
                       if m[2] not in vocab.number_words and m[2] not in vocab.determiners
                       and m[2] not in _forms_by_first_word(vocab) else m[0], text)


def read_gap(reading: Analysis, vocab: Vocabulary) -> Gap:
    """The question form, the kind of thing asked for and the words that say so: 'how
    many kilometres of road' asks for a length measured on a road; 'which neighbouring
    states' for countries; 'what is the deadline' for a date; 'which installations' for a
    phrase of the fact."""
    tokens = reading.tokens
    plural = any(t in vocab.plural_cues for t in tokens)
    forms_at = _forms_by_first_word(vocab)
    for start, token in enumerate(tokens):
        for form in forms_at.get(token, ()):
            end = start + len(form.words)
            if tuple(tokens[start:end]) != form.words or _starts_store_kind(tokens, end - 1,
                                                                            vocab):
                continue  # 'which *time zone*' asks for a time zone, not a time
            if start and (tokens[start - 1] in vocab.prepositions
                          or tokens[start - 1] in vocab.question_words["hedge_words"]):
                start -= 1  # "over how many years", "towards which planet", "*roughly* how
                # much": the gap's own
            if form.answer == "quantity":
                return _quantity_gap(reading, vocab, form, start, end, form.dimensions, plural)
            if form.answer == "reason":  # "what is the point of leaving the convention"
                return Gap(form, "reason", (), "", (), frozenset(range(start, end)),
                           frozenset(), plural)
            if form.answer == "statement" and _ends_on_figure_predicate(tokens, end, vocab):
                # "what is the Terminal D project *worth*", "what did it *cost*": as "how
                # much is it worth" asks (the reader would take 'the terminal' for the kind)
                return _quantity_gap(reading, vocab, form, start, end,
                                     (vocab.dimension_nouns[tokens[-1]],), plural)
            stop = end
            # "what are the two countries ...": the kind may follow a copula
            while stop < len(tokens) and stop < end + 3 and (
                    tokens[stop] in vocab.be_forms or tokens[stop] == "the"
                    or tokens[stop] in vocab.number_words):
                stop += 1
            headed = _figure_head(tokens, stop, vocab)
            if headed:
                # "what is the combined net *capacity* of the farms", "what was the Bank's
                # previous growth *forecast*": the figure the head noun names, measured as
                # the words before it say (which the facts must say too)
                return _quantity_gap(reading, vocab, form, start, stop, headed, plural)
            qualifiers = _before_figure_word(tokens, stop, vocab)
            if qualifiers > 1 or (qualifiers == 1 and tokens[stop] not in (
                    vocab.question_words["figure_qualifiers"]
                    | vocab.question_words["former_words"])):
                # "what *basic subsidy* rate does every building get", "what was the
                # *response* rate": the figure of that very thing, which the fact must name
                # as 'how much basic subsidy' asks ('the *total* cost' is any cost's)
                noun = tokens[stop + qualifiers]
                dimensions = (vocab.dimension_nouns[noun],) if noun in vocab.dimension_nouns \
                    else _asks_as_form(noun, vocab)
                return _quantity_gap(reading, vocab, form, start, stop, dimensions, plural)
            stop += qualifiers
            asks_as = _asks_as_form(tokens[stop] if stop < len(tokens) else "", vocab)
            if asks_as:
                # "what is the size of the plan" asks what "how big is the plan" does, "what
                # is the amount of fuel" what "how much fuel" does (the reader passes over
                # 'size' and 'amount': "what is the plan" asks something else)
                return _quantity_gap(reading, vocab, form, start, stop + 1, asks_as, plural)
            if stop < len(tokens) and tokens[stop] in vocab.dimension_nouns and not (
                    _starts_store_kind(tokens, stop, vocab)) and not form.kinds:
                # "what is the deadline ...": a figure is asked for ('which *time zone*'
                # is a kind; 'who is *funding* the scheme' asks for the ones who fund it);
                # "what was the *total* carbon footprint": a word for a figure before a
                # noun only qualifies it, so the figure is of whatever the noun measures,
                # which the fact's figure must measure: any amount or count but a share
                # ('60 percent of the footprint' is no total footprint)
                dimensions = tuple(d for d in _much_or_many(vocab) if d not in _SHARES) if (
                    tokens[stop] in vocab.question_words["figure_qualifiers"]
                    and _modifies_next_noun(reading, stop, vocab)) else (
                    vocab.dimension_nouns[tokens[stop]],)
                return _quantity_gap(reading, vocab, form, start, stop + 1, dimensions, plural)
            dated = _past_owner(reading, stop)
            if dated + 1 < len(tokens) and (
                    vocab.dimension_nouns.get(tokens[dated + 1]) == _DATE
                    or tokens[dated + 1] == _CLOCK) and any(
                    pos == dated for _, pos in reading.terms) and (
                    not _starts_store_kind(tokens, dated + 1, vocab)):
                # "what is the *completion* date of the project", "what is *Juice's arrival*
                # date": the event dated, and whose it is, are the question's to match
                gap = _quantity_gap(reading, vocab, form, start, dated + 2, (_DATE,), plural)
                return gap._replace(span=gap.span - set(range(stop, dated + 1)))
            if form.answer == "statement" and not form.modifier and (
                    tokens[-1] in vocab.prepositions):
                # "what are the neighbours withdrawing *from*": the gap is the object of
                # the preposition that ends the question, not the noun after the copula
                return Gap(form, "statement", (), "", form.dimensions,
                           frozenset(range(start, end)), frozenset(), plural)
            if stop >= len(tokens) or _kind_of(tokens[stop], form, vocab) is None or (
                    stop > end and _progressive_after(tokens, stop, vocab)) or (
                    _past_owner(reading, stop) > stop):
                # "what was the *Park Fire's* containment": a name's possessive says whose
                # the thing asked is; the kind noun inside the name names no kind asked
                stop = end
            # "which neighbouring states": the words up to the verb that name the kind.
            while stop < len(tokens) and stop < end + (6 if _asks_name(form) else 4):
                word = tokens[stop]
                kind = _kind_of(word, form, vocab)
                if kind is not None and stop + 1 < len(tokens) and _kind_of(
                        tokens[stop + 1], form, vocab) is not None and not _verb_after_noun(
                        reading, stop + 1, vocab):
                    # "which *government* department": a noun of a compound only says which
                    # sort of the last one, its head, asks for ('department', not a country);
                    # the question's verb is no head ('which party *accused* …' is not 'the
                    # accused', a person)
                    stop += 1
                    continue
                if kind is not None and not form.modifier:  # before the verb test:
                    # "companies" can be one; 'what kind of company' asks which sort, not
                    # for a company's name
                    kinds = (kind,)
                    answer = "entities" if form.answer == "statement" else form.answer
                    # "which NASA team", "which Russian ship": a name that says whose is
                    # still to match; a plain adjective ('neighbouring states') restates
                    # the kind.
                    narrowing = {pos for _, pos in reading.terms if end <= pos < stop
                                 and _is_name(reading, pos)} | {
                        pos for _, pos in reading.entities if end <= pos < stop}
                    owner, owner_span = _owner_after(reading, stop, vocab)
                    # "what is the name of Tampa's *new* terminal": the words before the
                    # kind say which one the name is asked of
                    said = range(end, stop) if _asks_name(form) else ()
                    span = (frozenset(range(start, stop + 1)) - narrowing - set(said)
                            | owner_span)
                    if owner_span and _nothing_else_asked(reading, span):
                        # "who is the *leader of Unite*": the kind noun and its owner are
                        # all the question says of the one asked for, so they are what a
                        # fact must say of it ('Ann Lee is the leader of Unite'), not
                        # words that only name the gap
                        span = frozenset(range(start, end))
                    return Gap(form, answer, kinds, word, form.dimensions, span, frozenset(),
                               plural or _plural(word), owner=owner)
                if _is_predicate(reading, stop, vocab) or word in vocab.prepositions:
                    break  # "which levels of the terminal": the kind is named before 'of'
                stop += 1
            # "which three things", "what two purposes": the count of a placeholder only
            # says how many; "which ten bridges" is a count the facts must bear out
            after = end
            while after < len(tokens) and tokens[after] in vocab.number_words:
                after += 1
            span = frozenset(range(start, end))
            if after > end and after < len(tokens) and _placeholder(tokens[after], vocab):
                return Gap(form, "statement", (), "", form.dimensions,
                           frozenset(range(start, after + 1)), frozenset(), True)
            if form.answer == "statement" and _asks_role(reading, end, vocab):
                # "what is Ignacio Tanco's role": as "who is Ignacio Tanco"
                roles = {pos for _, pos in reading.terms}
                return Gap(form, "statement", (), "", form.dimensions, span | roles,
                           frozenset(), plural, role=True)
            if form.answer == "entities" and not form.not_subject and \
                    _only_names_after_copula(reading, end, vocab):
                # "who is Ignacio Tanco": what the fact says of them ('where is Juice
                # going' asks for a place, not what Juice is)
                return Gap(form, "statement", (), "", form.dimensions, span, frozenset(),
                           plural)
            if form.answer == "statement" and end < len(tokens) and any(
                    pos == end for _, pos in reading.terms) and vocab.looks_like_verb(tokens,
                                                                                     end):
                # "what raised Juice's speed": the gap is the subject
                return Gap(form, "subject", (), "", form.dimensions, span, frozenset(),
                           plural)
            if form.answer in ("entities", "statement") and not form.kinds and not \
                    form.modifier and _names_a_thing(reading, after, vocab):
                # "which installations ...", "what amenities ...": a noun that is no kind
                # of entity, so the answer is the fact's phrase around it.
                noun = _noun_after(reading, after, vocab)
                return Gap(form, "statement", (), noun, form.dimensions, span, frozenset(),
                           plural or _plural(noun))
            return Gap(form, form.answer, form.kinds, "", form.dimensions, span, frozenset(),
                       plural)
    return Gap(None, "statement", (), "", (), frozenset(), frozenset(), plural)


def _progressive_after(tokens: list[str], noun: int, vocab: Vocabulary) -> bool:
    """'What is the council *offering*': an '-ing' verb after the noun the copula leads to
    makes the copula the progressive's auxiliary and the noun its subject, not the kind
    of thing asked for (a compound's nouns are passed over: 'the city council offering')."""
    after = noun + 1
    while after < len(tokens) and tokens[after] in vocab.kind_nouns:
        after += 1
    return after < len(tokens) and tokens[after].endswith("ing") and (
        vocab.is_participle(tokens[after]))


def _nothing_else_asked(reading: Analysis, span: frozenset[int]) -> bool:
    """The gap's words hold every term and name of the question: nothing is left for a
    fact to match."""
    return all(pos in span for _, pos in (*reading.terms, *reading.entities))


def _ends_on_figure_predicate(tokens: list[str], end: int, vocab: Vocabulary) -> bool:
    """'What *is* X *worth*', 'what *did* X *cost*': an auxiliary after the question word
    and, last, a word that says a figure of its subject (questions.json
    figure_predicates)."""
    return end < len(tokens) - 1 and tokens[end] in vocab.auxiliaries and (
        tokens[-1] in vocab.question_words["figure_predicates"]
        and tokens[-1] in vocab.dimension_nouns)


def _past_owner(reading: Analysis, position: int) -> int:
    """Where the noun after a name's possessive starts ('*Juice's* arrival'), or
    ``position`` when no possessive name starts there."""
    end = next((reading.entity_ends.get(pos, pos + 1) for _, pos in reading.entities
                if pos == position), position)
    return end + 1 if end > position and reading.tokens[end:end + 1] == [_POSSESSIVE] else (
        position)


@lru_cache(maxsize=256)
def _asks_as_form(noun: str, vocab: Vocabulary) -> tuple[str, ...]:
    """The dimensions a noun for a figure of any of several asks for, as the form it
    stands for does: 'size' as 'how big', 'amount' as 'how much' (none for other words)."""
    for words, form_words in (("size_words", ("how", "big")), ("amount_words", ("how", "much"))):
        if noun in vocab.question_words[words]:
            return _form_dimensions(form_words, vocab)
    return ()


def _form_dimensions(form_words: tuple[str, ...], vocab: Vocabulary) -> tuple[str, ...]:
    """The dimensions the question form of these words ('how much') asks for."""
    return next((f.dimensions for f in vocab.question_forms if f.words == form_words), ())


def _figure_head(tokens: list[str], position: int, vocab: Vocabulary) -> tuple[str, ...]:
    """The dimensions 'how much' or 'how many' ask for when the noun phrase a determiner opens at
    ``position`` ends on a noun that names what a figure measures ('the *capacity* of',
    'the *rating* of'), maybe after words that qualify it ('the *combined net* capacity
    of', "the *museum's own fundraising* target"), else none; a verb or a preposition
    before it ends the phrase. Those words, the noun among them, are what the fact's
    figure must measure (unlike 'size' or 'amount', which say only that a figure is
    asked)."""
    if not position or tokens[position - 1] not in vocab.determiners:
        return ()
    for noun in range(position, min(position + 5, len(tokens))):
        if noun > position and tokens[noun - 1] in (
                vocab.prepositions | vocab.auxiliaries | vocab.be_forms):
            return ()
        if not (noun + 1 == len(tokens) or tokens[noun + 1] in vocab.prepositions):
            continue
        if tokens[noun] in vocab.question_words["figure_nouns"]:
            # how much or how many: 'a capacity of 2 GW', 'of 90,000 seats'
            return _much_or_many(vocab)
    return ()


def _much_or_many(vocab: Vocabulary) -> tuple[str, ...]:
    """The dimensions of a figure a noun asks for when it may be an amount or a count."""
    return (*_form_dimensions(("how", "much"), vocab), "count")


def _before_figure_word(tokens: list[str], position: int, vocab: Vocabulary) -> int:
    """How many words from ``position`` only qualify a noun for a figure after them ('what
    *annual* rate was', 'what *total* amount of', 'what *basic discount* rate does'), which
    asks for the figure as well (up to three such words), else 0. A word that can be a
    verb ends the gap ('which terminal *cost* 25 million euros', 'what agency *cut*
    rates'), but not when an auxiliary follows the noun, which opens the question's own
    verb ('what basic *discount* rate does every rider get', 'what *market* share did
    Corvia take'), nor the first word after a determiner, which is no verb ('what was the
    *total* value')."""
    determined = position > 0 and tokens[position - 1] in vocab.determiners
    for noun in range(position + 1, min(position + 4, len(tokens))):
        inverted = noun + 1 < len(tokens) and tokens[noun + 1] in vocab.auxiliaries
        qualifier = tokens[noun - 1]
        if qualifier in vocab.prepositions or (vocab.can_be_verb(qualifier) and not inverted
                                               and not (noun - 1 == position and determined)):
            return 0
        closes = noun + 1 == len(tokens) or inverted or tokens[noun + 1] in vocab.prepositions
        # ('the *departure* time of the ferry' names the event dated: see read_gap)
        figure = vocab.dimension_nouns.get(tokens[noun]) not in (None, _DATE, "duration")
        if closes and (figure or bool(_asks_as_form(tokens[noun], vocab))):
            return noun - position
    return 0


def _asks_name(form: QuestionForm) -> bool:
    """'what is the name of', 'what were the names of': a name is asked, of the thing
    the words after 'of' describe."""
    return form.answer == "entities" and form.words[-1] == "of"


def _is_name(reading: Analysis, position: int) -> bool:
    """The word is capitalised in the question, as itself or with a possessive ('Tampa's')."""
    token = reading.tokens[position]
    return token in reading.names or f"{token}'s" in reading.names


def _owner_after(reading: Analysis, position: int,
                 vocab: Vocabulary) -> tuple[str, frozenset[int]]:
    """The entity a kind noun is said to belong to by 'of' ('which moon *of Jupiter*'),
    with the positions of those words; none when no name follows the 'of'."""
    at = position + 1
    if at >= len(reading.tokens) or reading.tokens[at] != "of":
        return "", frozenset()
    at = name_start(reading, at + 1, vocab)
    owner = next((e for e, pos in reading.entities if pos == at), "")
    if not owner:
        return "", frozenset()
    return owner, frozenset(range(position + 1, reading.entity_ends.get(at, at + 1)))


def _placeholder(token: str, vocab: Vocabulary) -> bool:
    """A noun that stands for whatever the answer is ('things', 'purposes'): a word
    without content that is no auxiliary, determiner or preposition."""
    return (token in vocab.ignored and token not in vocab.auxiliaries
            and token not in vocab.determiners and token not in vocab.prepositions)


@lru_cache(maxsize=8)
def _forms_by_first_word(vocab: Vocabulary) -> dict[str, tuple[QuestionForm, ...]]:
    """The question forms by their first word, longest first as in the lexicon."""
    forms: dict[str, list[QuestionForm]] = {}
    for form in vocab.question_forms:
        forms.setdefault(form.words[0], []).append(form)
    return {word: tuple(found) for word, found in forms.items()}


def _quantity_gap(reading: Analysis, vocab: Vocabulary, form: QuestionForm, start: int,
                  end: int, dimensions: tuple[str, ...], plural: bool) -> Gap:
    """'how many kilometres of road', 'how much money', 'how many countries': the words up
    to the verb say what is measured or counted; a unit or a word such as 'cost' anywhere
    says which dimension."""
    tokens = reading.tokens
    if form.after_copula and end < len(tokens) and vocab.be_forms.intersection(
            (tokens[end], tokens[-1])):  # "how long is the line", "how long will it *be*"
        # "how long is the campaign *expected to run*": the copula only carries a verb of
        # lasting, so the time it takes answers as well as a length; so does a passive
        # ("how long was the start *delayed*"), whose copula is only its auxiliary
        dimensions = (*form.dimensions, *form.after_copula) if _lasting_infinitive(
            tokens, end, vocab) or vocab.is_participle(tokens[-1]) else form.after_copula
    kinds: tuple[str, ...] = ()
    stop = end
    entity_at = {pos for _, pos in reading.entities}
    which: set[int] = set()  # the names that say which of the things are measured
    unit_words: set[int] = set()
    rate = ""
    asked_unit = ""
    named_count = ""  # "how many *graduate nurses*": a name of a group of the things counted
    while stop < len(tokens) and stop < end + 4 and not (
            _is_predicate(reading, stop, vocab) and not _heads_noun_phrase(tokens, stop, vocab)
    ) and not _agrees_with_plural(tokens, stop, vocab):
        word = tokens[stop]
        after = reading.entity_ends.get(stop, stop + 1)
        if after < len(tokens) and tokens[after] == "s":
            which.update(range(stop, after))  # "how many of *Jupiter's* moons", "what
            stop = after + 1  # share of the *world's* burden": the owner is still asked
            continue  # of the facts, and is not what is measured
        if stop in entity_at and _names_a_thing(reading, after, vocab):
            which.update(range(stop, after))  # "how many more *Earth* flybys": the name
            stop = after  # says which flybys, as the facts must
            continue
        if stop == end and stop in entity_at and dimensions[:1] == ("count",) and (
                vocab.is_plural_noun(tokens[after - 1])):
            named_count = vocab.canonical(tokens[after - 1]) or ""
            break
        if stop in entity_at or (word in vocab.prepositions and (
                word != "of" or (dimensions == (_DATE,) and not any(
                    m.start in (stop, stop + 1) for m in reading.quantities)))) or (
                word in vocab.question_words["interval_markers"]):
            break  # "how far above Southeast Asia", "how long after the launch": what
            # follows is not what is measured; "the date *of* the closest approach": the
            # event dated, which the facts say in words of their own ('nearest'), unlike
            # "which month *of* 2027"
        unit = next((words for words in (" ".join(tokens[stop:stop + 2]), word)
                     if words in vocab.unit_names), None)  # "how many *square feet*"
        if (word in vocab.dimension_nouns or _is_time_unit(word, vocab)) and _says_rate(
                tokens, stop, vocab):
            rate = word  # "how much *a year*", "how many passengers *per hour*": a rate,
            unit_words.add(stop)  # not what is measured
        elif unit is not None and not (dimensions == (_DATE,)
                                       and vocab.dimension_nouns.get(word) == _DATE):
            # ('which month and *year*': a date's part, not a number of years)
            dimensions = (vocab.units[vocab.unit_names[unit]].dimension,)
            asked_unit = vocab.unit_names[unit]
            unit_words.update(range(stop, stop + len(unit.split())))
            stop += len(unit.split())
            continue
        elif word in vocab.dimension_nouns and not _modifies_next_noun(reading, stop, vocab) and (
                not _share_of_whole(tokens, start, stop, vocab)):
            dimensions = (vocab.dimension_nouns[word],)  # "how much money"
        elif word in vocab.kind_nouns and not kinds:
            kinds = (vocab.kind_nouns[word],)
        stop += 1
    span = set(range(start, stop)) - which
    measured = [(pos, t) for t, pos in reading.terms if end <= pos < stop
                and tokens[pos] not in vocab.dimension_nouns and pos not in unit_words | which]
    measure = frozenset(t for _, t in measured)
    # "how many buses does the budget *fund*": things named before the verb are counted,
    # and a dimension's word after them is the verb or its object, not what is measured
    counts_things = dimensions[:1] == ("count",) and bool(measured)
    # a word of a name ('India *time*') says which thing, not what is measured
    named = {p for pos in entity_at for p in range(pos, reading.entity_ends.get(pos, pos + 1))}
    # "when did the structure reach its full *height*": a date asked stays a date
    later = range(stop, len(tokens)) if _DATE not in dimensions else range(0)
    named |= _up_to_now(reading, vocab)  # 'how many *to date*' asks no date
    asked_in = _unit_asked_in(tokens, stop, dimensions, vocab)
    if asked_in:
        # "how much did the total drop, *in percent*": the unit the answer is given in,
        # not a word a fact must say
        asked_unit = vocab.unit_names[asked_in]
        dimensions = (vocab.units[asked_unit].dimension,)
        span.update(range(len(tokens) - len(asked_in.split()) - 1, len(tokens)))
    for position in later:
        if tokens[position] not in vocab.dimension_nouns or position in named or _pick(
                tokens[position - 1:position], vocab):  # 'for the *last time*': an occasion
            continue
        if _modifies_next_noun(reading, position, vocab):
            continue  # "how much is the *total* investment": the noun after it is measured
        if _says_rate(tokens, position, vocab):
            rate = tokens[position]  # 'burn *a day*', '*per* day' says a rate, not what is
            # measured
            continue
        dimension = vocab.dimension_nouns[tokens[position]]
        if (_share_held(reading, position, vocab) or tokens[position - 1] in vocab.prepositions
                or len(dimensions) == 1 or dimension == _DATE or counts_things):
            # "how much was spent *in total*": a bare noun after a preposition says how, not
            # what is measured; "in which month did *costs* rise": the one figure the
            # question's words ask stays asked; "how much will prices rise *this year*": a
            # date word says when, unless a date is asked
            continue
        dimensions = (dimension,)  # "how much will it cost"
        span.add(position)
    counted = max(measured)[1] if measured and dimensions[:1] == ("count",) else named_count
    if counted and measured and _names_time(tokens[max(measured)[0]], vocab):
        # "how many (more) *times*": occasions are counted, and no figure measures them
        measure, counted = measure - {counted}, _OCCASIONS
    if counted:
        dimensions = dimensions[:1]  # things are counted: '6,840 km' is no count of them
    given = frozenset((m.value, m.dimension) for m in reading.quantities if m.start in span)
    return Gap(form, "quantity", kinds, "", dimensions, frozenset(span), measure, plural,
               counted=counted, rate=rate, unit=asked_unit, unit_required=bool(asked_in),
               given=given)


def _modifies_next_noun(reading: Analysis, position: int, vocab: Vocabulary) -> bool:
    """The word stands before a noun of the question that is no verb ('the *total*
    investment', 'the *time* limit'): it says which thing that noun is, not the dimension
    asked."""
    after = position + 1
    return after < len(reading.tokens) and any(pos == after for _, pos in reading.terms) and (
        not vocab.looks_like_verb(reading.tokens, after))


def _unit_asked_in(tokens: list[str], stop: int, dimensions: tuple[str, ...],
                   vocab: Vocabulary) -> str:
    """The name of the unit that closes the question after 'in' ('…, in *percent*', 'worth
    in *euros*', 'in *square feet*'), when it measures a dimension asked, else ''."""
    for width in (2, 1):
        start = len(tokens) - width
        name = " ".join(tokens[start:])
        if start > stop and tokens[start - 1] == "in" and name in vocab.unit_names and (
                vocab.units[vocab.unit_names[name]].dimension in dimensions):
            return name
    return ""


def _says_rate(tokens: list[str], position: int, vocab: Vocabulary) -> bool:
    """'*a* year', '*per* hour': the unit of time or dimension at ``position`` is what a
    figure is spread over, not what is measured."""
    return tokens[position - 1] in vocab.question_words["indefinite_articles"] or (
        tokens[position - 1] == _PER)


def _heads_noun_phrase(tokens: list[str], position: int, vocab: Vocabulary) -> bool:
    """'how many extra *lines* will it hold': a word the reader took for the verb is the
    counted noun when an auxiliary follows it, which opens the question's own verb."""
    return (tokens[position] not in vocab.auxiliaries and position + 1 < len(tokens)
            and tokens[position + 1] in vocab.auxiliaries)


def _agrees_with_plural(tokens: list[str], position: int, vocab: Vocabulary) -> bool:
    """'how many volcanic systems *lie* beneath the peninsula', 'how many people *live* in
    the town': after a plural noun, a word that can be a verb, in the plain form a plural
    subject takes, and a preposition or a determiner after it, is the question's verb, not
    more of what is counted ('how many bus *stops*' ends in the plural's own '-s')."""
    return 0 < position < len(tokens) - 1 and vocab.is_plural_noun(tokens[position - 1]) and (
        not tokens[position].endswith("s") and vocab.can_be_verb(tokens[position])
        and not vocab.is_plural_noun(tokens[position])
        and (tokens[position + 1] in vocab.prepositions
             or tokens[position + 1] in vocab.determiners))


def _share_held(reading: Analysis, position: int, vocab: Vocabulary) -> bool:
    """'How much is it paying for *its 40 percent share*': a word for a proportion after a
    determiner (and a figure the question gives) names a thing held, not the figure
    asked."""
    tokens = reading.tokens
    if vocab.dimension_nouns.get(tokens[position]) != "percent":
        return False
    before = next((m.start for m in reading.quantities if m.end == position), position) - 1
    return before >= 0 and tokens[before] in vocab.determiners


def _names_time(word: str, vocab: Vocabulary) -> bool:
    """'how many *times*': the counted word is a word for time, as the dimension words
    have it, so occasions are counted, not a thing."""
    return any(vocab.dimension_nouns.get(lemma) == "duration" for lemma in vocab.lemmas_of(word))


def _kind_of(word: str, form: QuestionForm, vocab: Vocabulary) -> str | None:
    """The kind of entity a noun names: from the lexicon ('states' -> country), else, after
    a bare 'which', a kind the store's own entities have ('planets' -> planet, 'terminal'
    -> airport terminal); 'who is the spacecraft manager' does not ask for a spacecraft."""
    if word in vocab.kind_nouns:
        return vocab.kind_nouns[word]
    if word in vocab.question_words["organisation_senses"] and _only_organisations_called(
            word, vocab):
        # "which *body* approved the plan": an organisation, unless the store has things
        # WordNet calls by that word that are none (a body is first a physical one)
        return _ORGANISATION
    if form.kinds:
        return None
    lemmas = {word, *vocab.lemmas_of(word)}
    # "which *journalist*": a person, whatever the store calls its kind ('neighbouring',
    # the lexicon's country, is no person)
    role = next((vocab.role_kinds[lemma] for lemma in sorted(lemmas)
                 if lemma in vocab.role_kinds and lemma not in vocab.kind_nouns), None)
    if role is not None:
        return role
    return next((kind for kind in sorted({e.kind for e in vocab.entities.values()})
                 if kind.split()[-1] in lemmas), None)


def _only_organisations_called(word: str, vocab: Vocabulary) -> bool:
    """Every entity of the store that the word may refer to (vocab.kind_words) is of a kind
    the lexicon makes an organisation ('planning board', 'agency'), if any is."""
    called = {e for lemma in {word, *vocab.lemmas_of(word)}
              for e in vocab.kind_words.get(lemma, ())}
    return all(vocab.kind_nouns.get(_kind_head(vocab.entities[e].kind)) == _ORGANISATION
               for e in called if e in vocab.entities)


def _starts_store_kind(tokens: list[str], position: int, vocab: Vocabulary) -> bool:
    """The word starts a kind of the store's entities named in two words or more ('*time*
    zone', '*joint* venture'), which the question goes on to name."""
    for kind in _long_kinds(vocab):
        end = position + len(kind)
        if end <= len(tokens) and tuple(tokens[position:end - 1]) == kind[:-1] and (
                kind[-1] in {tokens[end - 1], *vocab.lemmas_of(tokens[end - 1])}):
            return True
    return False


@lru_cache(maxsize=8)
def _long_kinds(vocab: Vocabulary) -> tuple[tuple[str, ...], ...]:
    return tuple({tuple(e.kind.split()) for e in vocab.entities.values() if " " in e.kind})


def _only_names_after_copula(reading: Analysis, position: int, vocab: Vocabulary) -> bool:
    """'who is *Ignacio Tanco*', not 'who is *the Education Secretary*', which the store
    may know as someone's other name but which is no word of that name: its name is asked;
    nor 'who is *Wales's* First Minister', whose name only says whose the one asked is."""
    tokens = reading.tokens
    return (position < len(tokens) and tokens[position] in vocab.be_forms
            and not reading.terms and any(
                _said_by_name(reading, e, pos, vocab)
                and tokens[reading.entity_ends.get(pos, pos + 1):][:1] != [_POSSESSIVE]
                for e, pos in reading.entities))


def _said_by_name(reading: Analysis, entity_id: str, position: int, vocab: Vocabulary) -> bool:
    """The words the text refers to an entity with at ``position`` have a word of its name
    ('Tanco'), not only what the store also calls it ('the Education Secretary')."""
    entity = vocab.entities.get(entity_id)
    end = reading.entity_ends.get(position, position + 1)
    return entity is not None and bool(set(reading.tokens[position:end])
                                       & set(tokenise(entity.name)))


def _asks_role(reading: Analysis, position: int, vocab: Vocabulary) -> bool:
    """'what is X's role', 'what was the job of X': a copula, names, and a noun that
    asks what someone is, and nothing else; so does 'what *position* does X *hold*': the
    noun, a 'do', names and a verb of holding (questions.json holding_verbs)."""
    tokens = reading.tokens
    words = vocab.question_words
    if not reading.entities or position + 1 >= len(tokens):
        return False
    last = len(tokens) - 1
    if tokens[position] in vocab.be_forms:
        asked = [pos for _, pos in reading.terms]
    elif tokens[position] in words["role_nouns"] and tokens[position + 1] in words[
            "do_forms"] and not words["holding_verbs"].isdisjoint(
            {tokens[last], *vocab.lemmas_of(tokens[last])}):
        asked = [pos for _, pos in reading.terms if pos != last]
    else:
        return False
    return bool(asked) and all(tokens[pos] in words["role_nouns"] for pos in asked)


def _names_a_thing(reading: Analysis, position: int, vocab: Vocabulary) -> bool:
    """'which *instruments* were ...' (or 'which Russian *ship*') names a thing; 'which
    *links* the ...' is a verb."""
    terms = {pos for _, pos in reading.terms}
    position = _past_names(reading, position)
    following = reading.tokens[position + 1] if position + 1 < len(reading.tokens) else ""
    # a verb takes its object ('links *the* ...'); a noun its complement ('levels *of* ...')
    takes_object = following in vocab.determiners and following not in vocab.prepositions
    return position in terms and not takes_object and not any(
        vocab.is_verb_group(t) for t, pos in reading.terms if pos == position)


def _past_names(reading: Analysis, position: int) -> int:
    """The position after the entities that start at ``position`` ('which *Russian* ship')."""
    while position in reading.entity_ends:
        position = reading.entity_ends[position]
    return position


def _noun_after(reading: Analysis, position: int, vocab: Vocabulary) -> str:
    """The last of the words that follow 'which' before an auxiliary, the question's verb
    or a word that is no term: 'installations' in 'which defensive installations does
    ...', 'group' in 'which rural lobby group *criticised* the approval'."""
    terms = {pos for _, pos in reading.terms}
    position = _past_names(reading, position)
    noun = reading.tokens[position]
    for term_pos in range(position, len(reading.tokens)):
        if term_pos not in terms or reading.tokens[term_pos] in vocab.auxiliaries or (
                term_pos > position and _verb_after_noun(reading, term_pos, vocab)):
            break
        noun = reading.tokens[term_pos]
    return noun


def _verb_after_noun(reading: Analysis, position: int, vocab: Vocabulary) -> bool:
    """The question's verb right after the noun 'which' opens ('which party *accused*
    Labour'), not a noun the reader took for one ('which regional *improvement* did …')."""
    return _is_predicate(reading, position, vocab) and not _heads_noun_phrase(
        reading.tokens, position, vocab)


def _is_predicate(reading: Analysis, position: int, vocab: Vocabulary) -> bool:
    return reading.predicate_at == position or reading.tokens[position] in vocab.auxiliaries


def _up_to_now(reading: Analysis, vocab: Vocabulary) -> set[int]:
    """'How many children have been vaccinated *so far*', '… *to date*': a phrase for up
    to the time of telling says what every fact already is, told as of the article, so
    it asks nothing a fact must match."""
    tokens = reading.tokens
    found: set[int] = set()
    phrases, last_words = _up_to_now_phrases(vocab)
    if last_words.isdisjoint(tokens):
        return found  # most questions have none
    for words in phrases:
        for start in range(len(tokens) - len(words) + 1):
            if tuple(tokens[start:start + len(words)]) == words:
                found.update(range(start, start + len(words)))
    return found


@lru_cache(maxsize=8)
def _up_to_now_phrases(vocab: Vocabulary) -> tuple[tuple[tuple[str, ...], ...],
                                                   frozenset[str]]:
    """The phrases for up to now, each as its words, and the words they end on (read
    once per vocabulary)."""
    phrases = tuple(tuple(p.split()) for p in vocab.question_words["up_to_now_phrases"])
    return phrases, frozenset(words[-1] for words in phrases)


def _lasting_infinitive(tokens: list[str], after: int, vocab: Vocabulary) -> bool:
    """'(how long is the campaign planned) *to run*', '(… expected) *to take*': an
    infinitive of a verb of lasting (questions.json duration_verbs) after the copula."""
    lasting = vocab.question_words["duration_verbs"]
    return any(tokens[at - 1] == "to" and not lasting.isdisjoint(
        {tokens[at], *vocab.lemmas_of(tokens[at])}) for at in range(after + 1, len(tokens)))


def _share_of_whole(tokens: list[str], start: int, at: int, vocab: Vocabulary) -> bool:
    """'What share *of the cost*', 'what percentage *of the budget*': a word of a dimension
    after 'of' and a word for a share before it names the whole the share is of; the
    figure asked is still a share."""
    return "of" in tokens[start:at] and any(
        vocab.dimension_nouns.get(word) == "percent" for word in tokens[start:at])
