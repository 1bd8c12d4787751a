"""The claim's figures against the fact's: each figure set against its counterpart, and
what decides whether a figure is the fact's or another one's (an addition or a total,
an age, a part of the whole, a count of named entities, places, months and seasons).
"""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from factcli.index import CompiledFact
from factcli.knowledge import Knowledge
from factcli.logic import Relation
from factcli.quantities import (
    FactQuantity,
    QuantityMention,
    article_figure,
    claim_figure,
    compare_quantity,
    fact_counterpart,
    names_only,
    of_those_at,
    period_after,
)
from factcli.text import Analysis, and_list, fold, read_statement, tokenise
from factcli.timeline import date_interval, date_words, fact_dates
from factcli.verifying.alignment import (
    _CONTRADICTS,
    _HOLDS,
    _KIND_OF_ENTITY,
    _PART_COUNTED,
    ONE_AS_A,
    Alignment,
    Step,
    _fact_term,
)
from factcli.verifying.readings import _copula_at, _counted_kind, date_bound
from factcli.verifying.status import _says_it_has_now

if TYPE_CHECKING:
    from factcli.vocabulary import Vocabulary


def _align_figures(reading: Analysis, compiled: CompiledFact, knowledge: Knowledge,
                   result: Alignment, bounds: bool) -> None:
    vocab = knowledge.vocab
    # step -> the claim's figure and the fact's it was set against
    against: dict[int, tuple[QuantityMention, FactQuantity]] = {}
    for mention in reading.quantities:
        counted = _counted_kind(mention, reading, vocab)
        if counted is not None and any(
                len(group) == mention.value and all(
                    vocab.entities[e].kind == counted[0] for e in group)
                for group in reading.lists):
            # 'Lithuania and Poland, the two countries': the claim counts its own list
            result.steps.append(Step("count", "#" + mention.text, mention.text,
                                     mention.text, Relation.EQUIVALENT,
                                     "the claim's own list"))
            continue
        if _an_age(mention, reading.tokens, vocab) and not _gives_an_age(compiled, vocab):
            # 'children under the age of five' is no count to set against '17 countries'
            result.steps.append(Step("figure", "#" + mention.text, mention.text, "",
                                     Relation.INDEPENDENT, "an age the article does not give"))
            continue
        if _in_a_tally(mention, reading, vocab) and sum(
                q.dimension == "count" for q in compiled.quantities) < 2:
            # 'a 5-4 vote' against 'one member voted for a half-point cut': a tally is
            # set only against a fact giving both its sides
            result.steps.append(Step("figure", "#" + mention.text, mention.text, "",
                                     Relation.INDEPENDENT, "a tally the fact does not give"))
            continue
        counterpart: FactQuantity | None = None
        stated = None if counted is None else _count_stated(mention, counted, compiled, vocab)
        if stated is not None:
            counterpart, counted = stated, None  # the article's own count, as any figure
        elif counted is not None:
            counterpart = _entity_count(mention, counted, reading, compiled, vocab)
            if counterpart is None and vocab.canonical(counted[1]) is None and (
                    _words_after(mention.end, reading)
                    or _named_counts(mention, reading, compiled, vocab)):
                # 'five affected areas': a noun too vague to say what is counted leaves
                # it to the words beside it ('affected'), as any count's
                counted = None
        if counted is None and counterpart is None:
            counterpart = fact_counterpart(
                mention, _of_its_noun(mention, reading, compiled, vocab),
                frozenset(reading.term_set) | frozenset(reading.entity_ids)) or _places_for(
                mention, reading, compiled, vocab) or _left_in_list(
                mention, reading, compiled)
            if counterpart is not None and _holds_places(counterpart, reading, vocab):
                _what_places_hold(mention, reading, counterpart, vocab, result)
        kind = "count" if counted else "figure"
        if counterpart is not None and (
                apart := _written_apart(mention, counterpart, reading, compiled, vocab)):
            result.steps.append(Step(kind, "#" + mention.text, mention.text,
                                     article_figure(counterpart), Relation.INDEPENDENT, apart))
            continue
        if counterpart is not None and _counts_other_things(mention, counterpart, reading,
                                                            vocab):
            result.steps.append(Step(kind, "#" + mention.text, mention.text,
                                     article_figure(counterpart), Relation.INDEPENDENT,
                                     "a count of other things"))
            continue
        if counterpart is None and (noun := _one_as_a(mention, reading, compiled, vocab)):
            # 'one vial costs $695' says what 'a vial costs $695' does
            result.steps.append(Step(kind, "#" + mention.text, f"{mention.text} {noun}",
                                     f"a {noun}", Relation.EQUIVALENT, ONE_AS_A))
            continue
        if counterpart is None:
            result.steps.append(Step(kind, "#" + mention.text, mention.text, "",
                                     Relation.INDEPENDENT, "no figure to compare"))
            continue
        state = compare_quantity(mention, counterpart, bounds)
        via = ("count of named entities" if counted else "figure comparison"
               if counterpart.measure & mention.context else "figure of the same kind")
        claimed = claim_figure(mention, counterpart, vocab)
        article = article_figure(counterpart)
        elsewhere = _month_elsewhere(mention, compiled, vocab) if state is True else None
        # A figure paired only by its kind or a name near it ('12 km … near Northbank')
        # belongs to the fact's own subject: '113 km' of road Lithuania rebuilds is not the
        # length of the corridor a claim is about, though it is 'about 110 km'.
        named_only = names_only(counterpart.measure & mention.context)
        # 'the Venus encounter in August 2025': the figure is the encounter's, which the
        # fact has too, whoever its subject
        claimed_of = set(reading.subject_entities) - {
            e for e, head in reading.modifiers if head in compiled.terms}
        # (unless the store says whose the figure is: 'tram extension length')
        of_another = named_only and claimed_of and not claimed_of <= compiled.subject and not all(
            _figure_of(e, counterpart, vocab) for e in claimed_of) and not (
            _dates_a_held_act(mention, reading, result))
        if state is False and of_another and _named_after(claimed_of, counterpart, compiled,
                                                          vocab):
            # 'NextEra owns 70%' against 'Corn Belt is one of the holders of the 30% stake
            # that NextEra is buying': a figure said before the claim's subject is named
            result.steps.append(Step(kind, "#" + mention.text, claimed, article,
                                     Relation.INDEPENDENT, "a figure of something else"))
        elif state is True and (
                of_another
                or _of_another_named(counterpart, reading, vocab)
                or _of_unsaid_stuff(counterpart, reading, compiled, vocab)
                or _addition_against_total(mention, reading, compiled, vocab)):
            result.steps.append(Step(kind, "#" + mention.text, claimed, article,
                                     Relation.INDEPENDENT, "a figure of something else"))
        elif state is True and _over_another_period(mention, counterpart, reading, compiled,
                                                    vocab):
            # '70 batteries a day' against '70 batteries per second'
            result.steps.append(Step(kind, "#" + mention.text, claimed, article,
                                     Relation.INDEPENDENT, _ANOTHER_SLOT[4]))
        elif elsewhere is not None:
            # 'September 2029' against 'September 2026 and January 2029'
            result.steps.append(Step(kind, "#" + mention.text, claimed, elsewhere,
                                     Relation.ALTERNATION, "another date"))
        elif state is True and (side := _side_of_month_bound(mention, reading, compiled,
                                                             vocab)) is not None:
            # 'opened before April 2024' against 'opened in April 2024': both in 2024, so
            # the year alone agreed; the days each date allows decide
            relation, via, fact_date = side
            result.steps.append(Step(kind, "#" + mention.text,
                                     date_words(reading.tokens, mention, vocab), fact_date,
                                     relation, via))
        elif state is True:
            exact = mention.qualifier == counterpart.qualifier == "exact"
            result.steps.append(Step(kind, "#" + mention.text, claimed, article,
                                     Relation.EQUIVALENT if exact else Relation.FORWARD, via))
            _name_the_figure(mention.dimension, article, compiled, vocab, result)
            _time_of_year(mention, compiled, vocab, result)
            _addition_held(mention, counterpart, reading, compiled, vocab, result)
        elif state is False and (
                slot := _another_slot(mention, counterpart, reading, compiled, vocab, result)):
            result.steps.append(Step(kind, "#" + mention.text, claimed, article,
                                     Relation.INDEPENDENT, slot))
        elif state is False and (
                (via != "figure of the same kind"
                 and not (named_only and _measures_more(mention, reading, result)))
                or _context_aligned(mention, reading, result, vocab)
        ) and not _owned_by_another(mention, counterpart, reading, vocab) and not (
                _change_against_total(mention, reading, compiled, vocab)) and not (
                _within_period(mention, compiled, vocab)) and not (
                _date_of_an_unsaid_act(mention, reading, result)):
            if _counted_apart(mention, counterpart, reading, compiled, result, vocab):
                result.steps.append(Step(kind, "#" + mention.text, mention.text, article,
                                         Relation.REVERSE, _PART_COUNTED))
            else:
                result.steps.append(Step(kind, "#" + mention.text, claimed, article,
                                         Relation.ALTERNATION, via))
        else:
            result.steps.append(Step(kind, "#" + mention.text, claimed, article,
                                     Relation.REVERSE, via))
        against[len(result.steps) - 1] = (mention, counterpart)
    _one_figure_one_place(reading, compiled, vocab, result, against)
    _of_another_year(result, against)


# how far after a count the plural noun it counts may stand: '39 outdoor shoot days'
_COUNTED_REACH = 3


def _counted_at(tokens: list[str], vocab: Vocabulary) -> int | None:
    """Where the first plural noun among ``tokens`` stands: what a count before them
    counts ('39 shoot *days*'), or what a measure counts ('*places* named for shoot
    days')."""
    return next((at for at, token in enumerate(tokens) if vocab.is_plural_noun(token)), None)


def _counts_other_things(mention: QuantityMention, counterpart: FactQuantity,
                         reading: Analysis, vocab: Vocabulary) -> bool:
    """A count is set only against a count of the same things: '39 shoot days' is no
    count of the fact's 'places named for shoot days', whose measure names shoot days
    only after the things it counts."""
    if mention.dimension != "count" or counterpart.dimension != "count" or not (
            counterpart.label):
        return False  # most figures
    after = reading.tokens[mention.end:mention.end + _COUNTED_REACH]
    claimed_at = _counted_at(after, vocab)
    measure = tokenise(counterpart.label)
    stored_at = _counted_at(measure, vocab)
    if claimed_at is None or stored_at is None:
        return False
    claimed = vocab.canonical(after[claimed_at])
    terms = [vocab.canonical(token) for token in measure]
    if _counted_of(mention, reading, vocab) == terms[stored_at]:
        return False  # 'the deaths of 169,400 children' counts the fact's '169,400 deaths'
    # the claim's noun is in a phrase a preposition opens after the fact's head: 'places
    # named *for* shoot days'
    return claimed is not None and claimed not in terms[:stored_at + 1] and any(
        terms[at] == claimed
        and any(t in vocab.prepositions for t in measure[stored_at + 1:at])
        for at in range(stored_at + 2, len(measure)))


def _counted_of(mention: QuantityMention, reading: Analysis, vocab: Vocabulary) -> str | None:
    """The noun a count is said of through 'of' before it ('the *deaths* of 169,400
    children'), as a term."""
    tokens = reading.tokens
    at = mention.start if tokens[mention.start] == "of" else mention.start - 1
    if at < 1 or tokens[at] != "of":
        return None
    return vocab.canonical(tokens[at - 1])


def _in_a_tally(mention: QuantityMention, reading: Analysis, vocab: Vocabulary) -> bool:
    """The figure is one side of a tally, two counts said as one split ('a 5-4 vote',
    'six to three', 'five votes to four'): the larger first, joined by a hyphen or 'to'
    (not a change 'from 30 to 19')."""
    counts = [m for m in reading.quantities if m.dimension == "count" and m.high is None]
    for first, second in pairwise(counts):
        between = reading.tokens[first.end:second.start]
        joined = between in ([], ["to"]) or (
            len(between) == 2 and between[1] == "to" and vocab.is_plural_noun(between[0]))
        changed = first.start > 0 and reading.tokens[first.start - 1] == "from"
        if joined and not changed and first.value >= second.value and (
                mention is first or mention is second):
            return True
    return False


def _one_as_a(mention: QuantityMention, reading: Analysis, compiled: CompiledFact,
              vocab: Vocabulary) -> str | None:
    """The word a lone 'one' comes before, when the fact says that word right after an
    indefinite article ('one vial' against 'a vial', 'one Meridia ticket' against 'a single
    Meridia ticket'): the fact names one such thing with no count of its own."""
    if (mention.value != 1 or mention.unit != "count" or mention.high is not None
            or mention.qualifier != "exact" or mention.end - mention.start != 1
            or mention.end >= len(reading.tokens)):
        return None  # nearly every figure
    tokens = read_statement(compiled.fact.statement, vocab).tokens
    articles = vocab.question_words["indefinite_articles"]
    after_an_article = {token for pos, article in enumerate(tokens) if article in articles
                        for token in tokens[pos + 1:pos + 3]}
    word = reading.tokens[mention.end]
    return word if word in after_an_article else None


def _named_after(named: set[str], counterpart: FactQuantity, compiled: CompiledFact,
                 vocab: Vocabulary) -> bool:
    """The fact names the claim's subject only after its figure (not a date, which may
    open any sentence): the figure is said of what comes before, the fact's own subject."""
    if counterpart.dimension == "date":
        return False
    fact = read_statement(compiled.fact.statement, vocab)
    said = _said_at(counterpart, fact)
    return said is not None and all(pos > said for e, pos in fact.entities if e in named)


def _said_at(quantity: FactQuantity, fact: Analysis) -> int | None:
    """Where the fact's statement gives its figure, if it writes it out (a store may give
    a figure its sentence only implies: 'the whole of' as 100 percent)."""
    written = _written(quantity, fact)
    return None if written is None else written.start


def _written(quantity: FactQuantity, fact: Analysis) -> QuantityMention | None:
    return next((q for q in fact.quantities
                 if q.unit == quantity.unit and q.value == quantity.value), None)


def _gives_an_age(compiled: CompiledFact, vocab: Vocabulary) -> bool:
    fact = read_statement(compiled.fact.statement, vocab)
    return any(_an_age(m, fact.tokens, vocab) for m in fact.quantities)


def _an_age(mention: QuantityMention, tokens: list[str], vocab: Vocabulary) -> bool:
    """'under the age of five', 'aged 5', 'five years old', 'children under five': the
    figure is an age."""
    before = tokens[max(0, mention.start - 2):mention.start]
    if len(before) == 2 and before[1] == "of":  # the figure may not take the 'of'
        before = before[:1]
    after = tokens[mention.end:mention.end + 1]
    return (bool(before) and before[-1] in vocab.ages_before) or (
        bool(after) and after[0] in vocab.ages_after) or _bound_on_people(mention, tokens, vocab)


_OLDEST = 120  # no age is more years than this: 'households under 7,400' is no age


def _bound_on_people(mention: QuantityMention, tokens: list[str], vocab: Vocabulary) -> bool:
    """'children under five', 'adults over 65': a bare number bounding a plural noun for
    people is their age, not a count of them (only nouns for people: 'sites under five'
    may be a count)."""
    if mention.unit != "count" or mention.value > _OLDEST or mention.start == 0:
        return False  # nearly every figure
    noun = tokens[mention.start - 1]
    return tokens[mention.start] in vocab.age_bounds and noun in vocab.people_words and (
        vocab.is_plural_noun(noun))


def _of_an_age(mention: QuantityMention, reading: Analysis, vocab: Vocabulary) -> bool:
    """The count's noun is bounded by an age ('3,400 passengers under five', '169,400
    Indian children under five')."""
    return any(mention.end < other.start <= mention.end + _COUNTED_REACH
               and _bound_on_people(other, reading.tokens, vocab) for other in reading.quantities)


_AN_AGE = "an age, not a count"


def _written_apart(mention: QuantityMention, quantity: FactQuantity, reading: Analysis,
                   compiled: CompiledFact, vocab: Vocabulary) -> str | None:
    """Why the fact's figure is no counterpart of the claim's: the fact writes it as an age
    ('about 170,000 children' against 'among children under five') and the claim's is no
    age."""
    fact = read_statement(compiled.fact.statement, vocab)
    written = _written(quantity, fact)
    if written is None or not _an_age(written, fact.tokens, vocab) or (
            _an_age(mention, reading.tokens, vocab)):
        return None
    return _AN_AGE


# why a figure of the fact that differs from the claim's is no contradiction of it
_ADDITIVE = ("count", "length", "money")  # figures of parts that add up to the whole's
_ANOTHER_SLOT = ("an addition over another time", "a figure of the group it is one of",
                 "a figure still to come", "a figure of a part of it",
                 "a figure over another length of time", "the rest of the whole")


def _another_slot(mention: QuantityMention, counterpart: FactQuantity, reading: Analysis,
                  compiled: CompiledFact, vocab: Vocabulary, result: Alignment) -> str | None:
    """Why two figures that differ are not of the same slot, so no contradiction: said of
    another time, of the group the claim's subject is one of, of what is to come, of a
    part of what the claim's figure is of, over another length of time, or the rest of the
    claim's share."""
    fact = read_statement(compiled.fact.statement, vocab)
    if _added_at_another_time(mention, reading, compiled, vocab):
        return _ANOTHER_SLOT[0]
    if _said_of_its_group(reading, fact, counterpart, vocab):
        return _ANOTHER_SLOT[1]
    # 'NextEra currently owns 70%' against 'after the purchase NextEra will own all of it';
    # 'the mill has 300 staff' against 'once expanded it is expected to employ 900'
    if (vocab.says_now(reading.tokens) or _says_it_has_now(reading, vocab)) and (
            not vocab.says_now(fact.tokens)) and (
            vocab.status_of(fact.tokens) == "prospective"
            and vocab.status_of(reading.tokens) != "prospective"):
        return _ANOTHER_SLOT[2]
    if _part_of_the_whole(mention, counterpart, reading, fact, vocab) or (
            _of_one_of_several(mention, counterpart, result, vocab)):
        return _ANOTHER_SLOT[3]
    if _over_another_period(mention, counterpart, reading, compiled, vocab):
        return _ANOTHER_SLOT[4]
    if _the_rest(mention, counterpart, reading, fact, vocab):
        return _ANOTHER_SLOT[5]
    return None


_WHOLE = 100.0  # percent


def _the_rest(mention: QuantityMention, counterpart: FactQuantity, reading: Analysis,
              fact: Analysis, vocab: Vocabulary) -> bool:
    """'84% of the coast has been cleaned' against '16% is still to be cleaned': one of
    the two says its share is of what is not done yet, and the two make the whole, so each
    is the other's rest, no other figure for the same share."""
    if mention.unit != "percent" or counterpart.unit != "percent" or (
            counterpart.high is not None):
        return False  # nearly every figure
    left_in_claim = not vocab.remainder.isdisjoint(reading.tokens)
    if left_in_claim == (not vocab.remainder.isdisjoint(fact.tokens)):
        return False
    rest = counterpart._replace(value=_WHOLE - counterpart.value)
    return compare_quantity(mention, rest) is True


def _over_another_period(mention: QuantityMention, counterpart: FactQuantity,
                         reading: Analysis, compiled: CompiledFact, vocab: Vocabulary) -> bool:
    """'50,000 batteries a day' against '70 batteries per second': rates over two lengths
    of time are two figures, neither one wrong nor the same however alike."""
    claimed = period_after(vocab, reading.tokens, mention.end)
    if claimed is None:
        return False  # nearly every figure
    fact = read_statement(compiled.fact.statement, vocab)
    said = _written(counterpart, fact)
    told = None if said is None else period_after(vocab, fact.tokens, said.end)
    return told is not None and claimed != told


def _of_one_of_several(mention: QuantityMention, counterpart: FactQuantity, result: Alignment,
                       vocab: Vocabulary) -> bool:
    """'14 stations across its two branches' against 'the shorter branch has four
    stations': a plural word of a kind stands for all the things of that kind, and the
    fact's figure is of one of them, so the claim's may be larger, not smaller."""
    return mention.dimension in _ADDITIVE and (mention.high or mention.value) > (
        counterpart.high or counterpart.value) and any(
        s.via == _KIND_OF_ENTITY and vocab.is_plural_noun(fold(s.claim)) for s in result.steps)


def _part_of_the_whole(mention: QuantityMention, counterpart: FactQuantity, reading: Analysis,
                       fact: Analysis, vocab: Vocabulary) -> bool:
    """'The appeal seeks $333 million' against '$211 million of the appeal comes from …':
    the fact's figure is of a part of what the claim's figure is of, which only a part
    larger than the whole contradicts."""
    said = _written(counterpart, fact)
    if said is None or mention.unit != counterpart.unit or (
            mention.dimension not in _ADDITIVE) or (
            (mention.high or mention.value) < counterpart.value):
        return False  # (a share 'of all pupils' is no part: '1 in 3 pupils' is its slot)
    start = of_those_at(vocab, fact.tokens, said.end)
    if start is None or of_those_at(vocab, reading.tokens, mention.end) is not None:
        return False  # nearly every figure; a part against a part is the same slot
    if any(pos <= start < fact.entity_ends.get(pos, pos + 1) and entity in reading.entity_ids
           for entity, pos in fact.entities):
        return True
    # the noun's words, which the claim may say in a name ('the joint venture' against
    # 'the Lumen-Railco joint venture')
    at = {pos: term for term, pos in fact.terms}
    named = {word for entity in reading.entity_ids
             for word in vocab.entity_name_words.get(entity, ())}
    for pos in range(start, start + 3):
        if pos not in at:
            return False
        if at[pos] in reading.term_set or fact.tokens[pos] in named:
            return True
    return False


def _addition_held(mention: QuantityMention, counterpart: FactQuantity, reading: Analysis,
                   compiled: CompiledFact, vocab: Vocabulary, result: Alignment) -> None:
    """'a further 13 million' against '13 million more': the word that makes the claim's
    figure an addition is held by a fact whose figure is one too."""
    if not _added(mention, reading.tokens, vocab):
        return  # nearly every figure
    fact = read_statement(compiled.fact.statement, vocab)
    said = _written(counterpart, fact)
    if said is None:
        return
    told: str | None
    if _changes(said, fact.tokens, vocab):
        after = fact.tokens[said.end:said.end + 1]
        told = after[0] if after and after[0] in vocab.differences else (
            fact.tokens[said.start - 1])
    else:
        told = _addition_told(fact, vocab)
    if told is None:
        return
    word = reading.tokens[mention.start - 1]
    result.steps[:] = [
        s._replace(fact=told, relation=Relation.EQUIVALENT, via="an addition, as the article's")
        if s.kind == "word" and s.claim == word and s.relation not in _HOLDS else s
        for s in result.steps]


def _changes(quantity: QuantityMention, tokens: list[str], vocab: Vocabulary) -> bool:
    """'11 more gates', 'a further 13 million': a figure of a change, not a total (not
    'NZ$596 million (New Zealand dollars)': the word after it opens a name)."""
    return (quantity.end < len(tokens) and tokens[quantity.end] in vocab.differences
            and not _opens_a_name(tokens, quantity.end, vocab)) or _added(quantity, tokens, vocab)


def _opens_a_name(tokens: list[str], at: int, vocab: Vocabulary) -> bool:
    found = vocab.match_phrase(tokens, at)
    return found is not None and found[0] == "entity" and found[2] > 1


def may_size_a_change(quantity: QuantityMention, tokens: list[str], vocab: Vocabulary) -> bool:
    """'a 25% increase', 'cut the risk by 53%': a figure a word of change may make the
    size of a change ('a 35% lower risk' or 'cut to 53%' may not), which a change the
    other side says in its own words ('15 percent more') may meet (a date is when, never
    how much: 'rise by 2030')."""
    if quantity.dimension == "date":
        return False
    start = quantity.start
    return (quantity.end < len(tokens) and tokens[quantity.end] in vocab.change_verbs) or (
        start > 0 and tokens[start - 1] == "by" and any(
            t in vocab.change_verbs
            for t in tokens[max(0, start - 1 - _CHANGED_REACH):start - 1]))


# how far before the 'by' of its figure a verb of change may stand: 'cut the risk of
# disease progression by 35%'
_CHANGED_REACH = 6


def _added(mention: QuantityMention, tokens: list[str], vocab: Vocabulary) -> bool:
    """'a further 13 million', 'another 5': the figure is an addition, not a total."""
    return mention.start > 0 and tokens[mention.start - 1] in vocab.additions


def _added_at_another_time(mention: QuantityMention, reading: Analysis,
                           compiled: CompiledFact, vocab: Vocabulary) -> bool:
    """'a further 13 million by the end of 2025' against 'an additional 50 million between
    2026 and 2030': an addition over one time is not the addition over another, when both
    sides give a time and the times cannot meet; neither the figure nor its time is then
    set against the fact's (with the figure agreeing, the time alone still contradicts)."""
    claimed_times = [m for m in reading.quantities if m.dimension == "date"]
    fact_times = [q for q in compiled.quantities if q.dimension == "date"]
    if not claimed_times or not fact_times:
        return False  # most claims: a figure of no time
    added = [m for m in reading.quantities if m.dimension != "date"
             and _added(m, reading.tokens, vocab)
             and not any(compare_quantity(m, q) is True for q in compiled.quantities)]
    apart = all(compare_quantity(m, q) is False for m in claimed_times for q in fact_times)
    return bool(added) and apart and (mention in added or mention in claimed_times)


def _said_of_its_group(reading: Analysis, fact: Analysis, counterpart: FactQuantity,
                       vocab: Vocabulary) -> bool:
    """'Corn Belt holds a 10% stake' against 'Corn Belt is one of the two holders of the
    30 percent stake': the fact's figure, after it makes the claim's subject one of a
    group, is the group's. (Not a figure of names joined by 'and': 'NextEra and Google
    signed a 25-year deal' dates the deal whoever of them a claim names.)"""
    member = vocab.membership_at(fact.tokens)
    if member is None:
        return False  # nearly every fact
    said = _said_at(counterpart, fact)
    if said is None:
        said = len(fact.tokens)
    subjects = set(reading.subject_entities)
    return any(pos < member < said for e, pos in fact.entities if e in subjects)


def _of_unsaid_stuff(quantity: FactQuantity, reading: Analysis, compiled: CompiledFact,
                     vocab: Vocabulary) -> bool:
    """'Lumen Works is 12 km long' against 'Lumen Works rebuilt 12 km of track': a claim
    that a thing is so much is not told by a figure of some stuff ('of track') the claim
    does not name."""
    at = _copula_at(reading, vocab)
    if at is None:
        return False  # most claims: they do something, or say nothing is so much
    fact_reading = read_statement(compiled.fact.statement, vocab)
    said = next((q for q in fact_reading.quantities
                 if q.unit == quantity.unit and q.value == quantity.value), None)
    if said is None or fact_reading.tokens[said.end:said.end + 1] != ["of"]:
        return False
    stuff = next((t for t, pos in fact_reading.terms if pos > said.end), None)
    return stuff is not None and stuff not in reading.term_set


def _left_in_list(mention: QuantityMention, reading: Analysis,
                  compiled: CompiledFact) -> FactQuantity | None:
    """'in September 2026 and January 2030' against 'in September 2026 and January 2029':
    in a list of figures of one kind, the fact's figure no other figure of the list names
    is the one this figure stands for."""
    listed = [m for m in reading.quantities
              if m is not mention and m.dimension == mention.dimension]
    if mention.dimension == "count" or not listed:
        return None
    same = [q for q in compiled.quantities if q.dimension == mention.dimension]
    left = [q for q in same if not any(compare_quantity(m, q) is True for m in listed)]
    return left[0] if len(left) == 1 and len(same) == len(listed) + 1 else None


def _one_figure_one_place(reading: Analysis, compiled: CompiledFact, vocab: Vocabulary,
                          result: Alignment,
                          against: dict[int, tuple[QuantityMention, FactQuantity]]) -> None:
    """A figure of the fact pairs with one figure of the claim: once a claim's figure says
    it of the same thing ('its Earth pass on 21 August' and 'its nearest approach to Earth
    … on 21 August'), another of the claim's ('its Moon pass on 20 August') is of another
    event, which this fact does not date. Said of another thing, it is not the fact's
    figure at all: 'closest to Earth at 2:45' against 'closest to the Moon at 2:45'."""
    if len(against) < 2:
        return
    fact_reading = read_statement(compiled.fact.statement, vocab)
    shared = set(reading.entity_ids) & set(fact_reading.entity_ids)
    taken = set()
    for i, (mention, quantity) in against.items():
        if result.steps[i].relation not in _HOLDS:
            continue
        said = next((q for q in fact_reading.quantities
                     if q.unit == quantity.unit and q.value == quantity.value), None)
        # said of the same thing, or of nothing named on either side ('grow from 34 to
        # 40 stops' against '40 stops in all')
        if said is not None and _named_before(mention.start, reading, shared) == (
                _named_before(said.start, fact_reading, shared)):
            taken.add(id(quantity))
    for i, (mention, quantity) in against.items():
        step = result.steps[i]
        # 'eight bridges, not eighteen' denies the other figure: it stays set against
        denied = mention.start > 0 and reading.tokens[mention.start - 1] == "not"
        if id(quantity) in taken and step.relation in _CONTRADICTS and not denied:
            result.steps[i] = step._replace(relation=Relation.INDEPENDENT,
                                            via="a figure of something else")


def _of_another_year(result: Alignment,
                     against: dict[int, tuple[QuantityMention, FactQuantity]]) -> None:
    """A claim whose year is not the fact's and whose other figure is not the fact's
    either ('counted 75,000 in 2024' against 'counted 52,000 in 2018') tells of another
    time than the fact: two alternations join to no relation, so neither contradicts."""
    changed = [i for i in against if result.steps[i].relation == Relation.ALTERNATION]
    years = [i for i in changed if _another_year(*against[i])]
    if years and len(changed) > len(years):
        for i in changed:
            result.steps[i] = result.steps[i]._replace(relation=Relation.INDEPENDENT,
                                                       via="a figure of another year")


def _another_year(mention: QuantityMention, quantity: FactQuantity) -> bool:
    """Both figures name a year alone, and not the same one ('in 2024' against 2018; not
    'before 2024', nor 'May' against 'August' of one year)."""
    return (mention.dimension == quantity.dimension == "date"
            and mention.qualifier == quantity.qualifier == "exact"
            and mention.high is None and quantity.high is None
            and int(mention.value) != int(quantity.value))


def _named_before(position: int, reading: Analysis, among: set[str]) -> str | None:
    """The entity, of those both sides name, named last before a figure: what the figure
    is said of ('approach to Earth … at 3:26 a.m. India time on 21 August': Earth)."""
    before = [(pos, e) for e, pos in reading.entities if pos < position and e in among]
    return max(before)[1] if before else None


def _figure_of(entity_id: str, quantity: FactQuantity, vocab: Vocabulary) -> bool:
    """The store says the figure measures the entity: its measure names the entity and a
    dimension ('tram extension length'), not only a place near it ('track near Northbank')."""
    return entity_id in quantity.measure and any(
        t in vocab.dimension_words for t in quantity.measure)


def _places_for(mention: QuantityMention, reading: Analysis, compiled: CompiledFact,
                vocab: Vocabulary) -> FactQuantity | None:
    """'room for 5,000 vehicles', 'can hold 5,000 cars' against '5,200 parking spaces': a
    count of places that each hold one thing is the count of things they hold, for a
    claim that says so much is held (the fact's one such count)."""
    if mention.dimension != "count":
        return None
    found = [q for q in compiled.quantities if _holds_places(q, reading, vocab)]
    return found[0] if len(found) == 1 else None


def _holds_places(quantity: FactQuantity, reading: Analysis, vocab: Vocabulary) -> bool:
    """A count of places ('800 spaces'), set against a claim that says something is held."""
    return quantity.dimension == "count" and bool(quantity.measure & _capacity_terms(vocab)) and (
        not vocab.capacity_words.isdisjoint(reading.tokens))


@lru_cache(maxsize=8)
def _capacity_terms(vocab: Vocabulary) -> frozenset[str]:
    return frozenset(t for w in vocab.capacity_units if (t := vocab.canonical(w)))


def _what_places_hold(mention: QuantityMention, reading: Analysis, places: FactQuantity,
                      vocab: Vocabulary, result: Alignment) -> None:
    """The things counted and the words saying they are held are what the places hold."""
    counted = {t for t, pos in reading.terms if mention.end <= pos <= mention.end + 1}
    holding = {t for t, pos in reading.terms if reading.tokens[pos] in vocab.capacity_words}
    for i, step in enumerate(result.steps):
        if step.kind == "word" and step.relation == Relation.INDEPENDENT and (
                step.key in counted | holding):
            result.steps[i] = step._replace(fact=places.label, relation=Relation.EQUIVALENT,
                                            via="what the places hold")


def _of_its_noun(mention: QuantityMention, reading: Analysis, compiled: CompiledFact,
                 vocab: Vocabulary) -> tuple[FactQuantity, ...]:
    """The fact's figures a bare count may be set against: those of the nouns right after
    it ('5,200 parking spaces' is no count of the gates a '30-gate terminal' has, though
    'gate' is near it), or of the name it counts (:func:`_named_counts`)."""
    if mention.dimension != "count":
        return compiled.quantities
    nouns = _words_after(mention.end, reading)
    named = _named_counts(mention, reading, compiled, vocab)
    if not nouns and not named:
        return compiled.quantities
    own = tuple(q for q in compiled.quantities if nouns & q.measure) or named
    return own or tuple(q for q in compiled.quantities if q.dimension != "count")


def _words_after(end: int, reading: Analysis) -> set[str]:
    """The terms right after a figure ending at ``end``: what a bare count counts ('5,200
    parking spaces', 'five *affected* areas')."""
    return {t for t, pos in reading.terms if end <= pos <= end + 2}


def _named_counts(mention: QuantityMention, reading: Analysis, compiled: CompiledFact,
                  vocab: Vocabulary) -> tuple[FactQuantity, ...]:
    """The fact's counts of the name a claim's count ends its phrase on, where the fact
    writes its count right before that name too: '2,100 growers' against '1,200 growers
    have joined', the store naming the growers. A name before a noun ('65 Boeing jets')
    says whose the things are, and a name is in the measure of many figures that do not
    count it."""
    said = {pos for _, pos in reading.terms}
    names = {e for e, pos in reading.entities
             if mention.end <= pos <= mention.end + 2 and reading.entity_ends[pos] not in said}
    if not names:
        return ()  # nearly every count
    fact = read_statement(compiled.fact.statement, vocab)
    return tuple(q for q in compiled.quantities if q.dimension == "count" and (
        written := _written(q, fact)) is not None and any(
        e in names and written.end <= pos <= written.end + 2 for e, pos in fact.entities))


def _side_of_month_bound(mention: QuantityMention, reading: Analysis, compiled: CompiledFact,
                         vocab: Vocabulary) -> tuple[Relation, str, str] | None:
    """A claim's bound inside a year ('before April 2024', 'after May', 'by March 2024')
    against the fact's date in that year: figures are kept to their year, which the bound
    does not leave out, so the days each allows decide. On the bound's other side it is
    another date ('in April 2024' is not before April 2024); a fact date that may fall
    either side ('in 2024') does not say it. None when the fact's date is within the
    bound, or either date gives no days."""
    if not mention.in_year or not date_bound(mention, reading):
        return None
    claimed = date_interval(reading.tokens, mention, vocab)
    if claimed is None:
        return None
    year = date(int(mention.value), 1, 1).toordinal(), date(int(mention.value), 12, 31).toordinal()
    # the fact's dates in the bound's year ('in April 2024', not its 'by 2027')
    given = [(words, days) for words, days in fact_dates(compiled, vocab)
             if year[0] <= days[0] and days[1] <= year[1]]
    dated = [days for _, days in given]
    if not dated:
        return None
    if all(claimed[0] <= first and last <= claimed[1] for first, last in dated):
        return None
    stated = and_list([words for words, _ in given])
    if all(last < claimed[0] or first > claimed[1] for first, last in dated):
        return Relation.ALTERNATION, "a date on the other side of the bound", stated
    return Relation.REVERSE, "the article's date may fall either side of the bound", stated


def _month_elsewhere(mention: QuantityMention, compiled: CompiledFact,
                     vocab: Vocabulary) -> str | None:
    """The fact's own date for the claim's month ('September 2026'), when the claim gives
    that month another year (its year belonging to another month of the fact's)."""
    if mention.dimension != "date":
        return None
    words = mention.text.split()
    month = next((w for w in words if w in vocab.months), None)
    year = next((w for w in words if w.isdigit() and len(w) == 4), None)
    if month is None or year is None:
        return None
    tokens = tokenise(compiled.fact.statement)
    years = sorted({tokens[i + 1] for i, t in enumerate(tokens[:-1]) if t == month})
    return f"{month.title()} {years[0]}" if years and year not in years else None


def _time_of_year(mention: QuantityMention, compiled: CompiledFact, vocab: Vocabulary,
                  result: Alignment) -> None:
    """'in the autumn of 2023' against 'in April 2023': a season or a part of the year is
    the months it spans; a fact giving only the year does not say which part."""
    if mention.dimension != "date" or mention.high is not None:
        return  # a stretch of years ('the early 2020s') has no time of year
    words = mention.text.split()
    period = next((w for w in words if w in vocab.periods), None)
    if period is None or any(w in vocab.months for w in words):
        return
    spans = vocab.periods[period]
    tokens = tokenise(compiled.fact.statement)
    year = next((w for w in words if w.isdigit() and len(w) == 4), None)
    months = [t for i, t in enumerate(tokens[:-1]) if t in vocab.months
              and tokens[i + 1] == year]
    said = next((t for t in tokens if vocab.periods.get(t) == spans), None)
    if said is not None:
        step = Step("figure", "#" + period, period, said, Relation.EQUIVALENT,
                    "same time of year")
    elif months:
        within = _months_within(mention.qualifier, [m[:3] for m in months], spans, vocab)
        step = Step("figure", "#" + period, period, and_list([m.title() for m in months]),
                    Relation.FORWARD if within else Relation.ALTERNATION,
                    "within that time of year" if within else "another time of year")
    else:
        step = Step("word", "#" + period, period, year or "", Relation.REVERSE,
                    "the article does not say when in the year")
    result.steps.append(step)


def _months_within(qualifier: str, months: list[str], spans: frozenset[str],
                   vocab: Vocabulary) -> bool:
    """The months a fact gives are in the part of the year a claim gives, or, under a
    bound on a date, on its side: 'by the end of 2023' holds of May 2023, 'before the
    autumn' of June."""
    said = [vocab.month_numbers[m] for m in months]
    ends = sorted(vocab.month_numbers[m] for m in spans)
    if ends[-1] - ends[0] + 1 == len(ends):  # not a span across the new year ('winter')
        if qualifier == "by":
            return max(said) <= ends[-1]
        if qualifier == "less_than":
            return max(said) < ends[0]
        if qualifier == "more_than":
            return min(said) > ends[-1]
    return set(months) <= spans


def _name_the_figure(dimension: str, article: str, compiled: CompiledFact,
                     vocab: Vocabulary, result: Alignment) -> None:
    """A word that only says what a held figure is ('costs', 'worth' beside a sum the
    article gives, 'generates' beside its megawatts, 'runs' beside its years) is accounted
    for by the figure."""
    for i, step in enumerate(result.steps):
        if step.kind == "word" and step.via == "not in this fact" and (
                vocab.dimension_words.get(step.key) == dimension or (
                    _measures(step.claim, dimension, vocab)
                    and not _figure_of_another_act(dimension, compiled, vocab, result))):
            result.steps[i] = step._replace(fact=article, relation=Relation.EQUIVALENT,
                                            via="names what the figure is")


def _date_of_an_unsaid_act(mention: QuantityMention, reading: Analysis,
                           result: Alignment) -> bool:
    """A date is the date of an act: 'the firm was founded in 1901' is not set against 'in
    May 2024 the firm presented its results', whose verb is another. So a claim's date
    with a verb around it contradicts only where a word around it (the verb, or a noun of
    the act: 'further flybys in 2027') is the fact's; 'the flyby was in 2024' has none."""
    if mention.dimension != "date" or mention.context.isdisjoint(reading.verb_terms):
        return False  # most figures
    held = {s.key for s in result.steps if s.kind == "word" and s.relation in _HOLDS}
    return mention.context.isdisjoint(held)


def _dates_a_held_act(mention: QuantityMention, reading: Analysis, result: Alignment) -> bool:
    """A date is the date of an act: where the fact holds the claim's verb ('the regulator
    approved the drug in May 2023' against 'the agency approved the drug on 3 May 2023'),
    its date is that act's, whoever the fact makes its subject."""
    if mention.dimension != "date":
        return False  # most figures
    return any(s.kind == "word" and s.relation in _HOLDS and s.key in reading.verb_terms
               for s in result.steps)


def _measures(word: str, dimension: str, vocab: Vocabulary) -> bool:
    return any(vocab.measure_verbs.get(lemma) == dimension for lemma in vocab.lemmas_of(word))


def _figure_of_another_act(dimension: str, compiled: CompiledFact, vocab: Vocabulary,
                           result: Alignment) -> bool:
    """The fact gives its figure of an act the claim does not say: 'the last director
    served twelve years' is a length of service, not of the directorship ('the directorship
    lasts twelve years'), while 'the agreement lasts 25 years' or 'is a plant of 600 MW'
    measure the thing itself."""
    held = {_fact_term(s, compiled) for s in result.steps
            if s.kind == "word" and s.relation in _HOLDS}
    having = vocab.question_words["inclusion_verbs"]
    return any(verb not in held and not _measures(word, dimension, vocab)
               and having.isdisjoint(vocab.lemmas_of(word))
               for verb in compiled.verbs if (word := compiled.word_for(verb)))


def _change_against_total(mention: QuantityMention, reading: Analysis,
                          compiled: CompiledFact, vocab: Vocabulary) -> bool:
    """'will add 11 more gates' against '30 gates in all': a figure of a change is not set
    against a fact's figures unless one of them is a change too. A count or an amount
    'from 19 to 30' tells both ends of a change, neither of which is the change itself (a
    date 'from 17 to 22 August' is a stretch)."""
    tokens = reading.tokens
    if mention.span and mention.dimension not in ("date", "duration") and not (
            mention.end < len(tokens) and tokens[mention.end] in vocab.months):
        return True
    fact = read_statement(compiled.fact.statement, vocab)
    # … and a total is not set against a change ('the 40-stop network' against 'adds six
    # new stops'), though a figure a word of change may make a change meets one ('a 25%
    # increase' against '15 percent more')
    claimed = _changes(mention, tokens, vocab)
    if claimed == any(_changes(q, fact.tokens, vocab) for q in fact.quantities):
        return False
    return not (any(may_size_a_change(q, fact.tokens, vocab) for q in fact.quantities) if claimed
                else may_size_a_change(mention, tokens, vocab))


def _addition_against_total(mention: QuantityMention, reading: Analysis,
                            compiled: CompiledFact, vocab: Vocabulary) -> bool:
    """'will invest another $2 billion' against 'has spent $2 billion': the claim's figure
    comes on top of something, the fact's is all there is, so the same figure is not the
    same amount (a fact that tells of an addition in its own words, '25 million on top of
    its earlier gifts', may hold it)."""
    if not _added(mention, reading.tokens, vocab):
        return False  # nearly every figure
    fact = read_statement(compiled.fact.statement, vocab)
    return not any(_changes(q, fact.tokens, vocab) for q in fact.quantities) and (
        _addition_told(fact, vocab) is None)


def _addition_told(fact: Analysis, vocab: Vocabulary) -> str | None:
    """The words in which the fact says that something comes on top ('additional', 'on top
    of its earlier gifts', 'also')."""
    return next((t for t in fact.tokens if t in vocab.additions), None) or (
        vocab.additive_phrase(fact.tokens))


def _within_period(mention: QuantityMention, compiled: CompiledFact, vocab: Vocabulary) -> bool:
    """'The relocations took place in 2024' against 'between August 2023 and March 2025':
    a year inside the stretch two dates of the fact bound is no other date."""
    if mention.dimension != "date" or mention.high is not None:
        return False
    dates = sorted(q.value for q in compiled.quantities if q.dimension == "date")
    if len(dates) < 2 or not dates[0] < mention.value < dates[-1]:
        return False
    tokens = read_statement(compiled.fact.statement, vocab).tokens
    return "between" in tokens or "from" in tokens


def _counted_apart(mention: QuantityMention, counterpart: FactQuantity, reading: Analysis,
                   compiled: CompiledFact, result: Alignment, vocab: Vocabulary) -> bool:
    """A count of some of what the fact counts: '5,000 of the relocated animals' or
    '3,400 passengers under five' is a part of the fact's 15,000 or its 2.1 million
    passengers of every age (which only a part larger than the whole contradicts), and
    '1,800 indirect jobs' a kind of job the fact, counting '1,000 permanent jobs', does not
    count: a word the fact lacks before the counted noun."""
    if mention.dimension != "count":
        return False
    end = mention.end
    if of_those_at(vocab, reading.tokens, end) is not None or (
            _of_an_age(mention, reading, vocab) and not _gives_an_age(compiled, vocab)):
        return (mention.high or mention.value) <= counterpart.value
    at = {pos: term for term, pos in reading.terms}
    unsaid = {s.key for s in result.steps
              if s.kind == "word" and s.relation == Relation.INDEPENDENT}
    return at.get(end) in unsaid and end + 1 in at


def _of_another_named(counterpart: FactQuantity, reading: Analysis,
                      vocab: Vocabulary) -> bool:
    """The fact says whose its figure is ('the third Earth flyby'), and the claim names
    none of those but another of their kind ("Juice's Venus flyby in January 2029")."""
    owners = {e for e in counterpart.measure if e in vocab.entities}
    named = set(reading.entity_ids)
    return bool(owners) and not owners & named and any(
        vocab.entities[o].kind == vocab.entities[n].kind for o in owners for n in named)


def _owned_by_another(mention: QuantityMention, counterpart: FactQuantity, reading: Analysis,
                      vocab: Vocabulary) -> bool:
    """The fact's figure belongs to another entity of the kind the claim's figure names:
    'the Venus flyby in 2025' is not 'the second Earth flyby in 2026'. (Not when it is the
    claim's subject's: 'Century will take a 49% stake in EGA's smelter' names EGA near
    the figure, but the stake is Century's, as the fact's 40 percent is.)"""
    claimed = {e for e in mention.context if e in vocab.entities}
    owners = {e for e in counterpart.measure if e in vocab.entities}
    if not owners.isdisjoint(reading.subject_entities):
        return False
    return any(vocab.entities[o].kind == vocab.entities[c].kind
               for o in owners - claimed for c in claimed - owners)


def _context_aligned(mention: QuantityMention, reading: Analysis, result: Alignment,
                     vocab: Vocabulary) -> bool:
    """The words around a figure line up with the fact: the two figures are of the same
    thing even though the fact does not say what its figure measures. A date may leave one
    word of two or more unsaid ('work on the contract first began in 2019' against 'work on
    the project first began in 2021'), not a name ('within 1,000 km of Ganymede'); a length
    or a sum may not ('a corridor of about 100 km' is not '113 km of road')."""
    aligned = {s.key.removeprefix("@") for s in result.steps if s.relation in _HOLDS}
    held = mention.context & aligned
    unsaid = mention.context - held
    # A verb is how the sentence puts it ('the first phase delivered five km of new roads'
    # against 'five miles of new roads come with the first phase'); the nouns say what
    # is measured.
    nouns_held = held - reading.verb_terms - set(vocab.entities)
    # … or another figure of the claim is the fact's ('the 1.1 billion euros will be spread
    # over two decades' against '1.1 billion euros over the next decade')
    beside = any(s.kind == "figure" and s.relation in _HOLDS and s.fact for s in result.steps)
    # … and both at once say it is the same thing, whatever other words the claim puts
    # around it ('a 1.1 billion euro investment in its border defences spread over the
    # next five years' against 'invest 1.1 billion euros over the next decade to fortify
    # its borders')
    return not unsaid or ((nouns_held or beside) and not unsaid - reading.verb_terms) or (
        nouns_held and beside) or (
        mention.dimension == "date" and len(unsaid) == 1 and len(held) >= 2
        and not unsaid & set(vocab.entities))


def _measures_more(mention: QuantityMention, reading: Analysis, result: Alignment) -> bool:
    """The claim says what its figure is of, in a phrase right after it that the fact does
    not hold ('20 km *from Lyon*', '10% *of its workforce*'). Paired with the fact's
    figure only by a name near both ('a 9 km ring of flood walls around Northbank'),
    the claim's figure measures something the fact does not."""
    end = mention.end
    if reading.tokens[end:end + 1] not in (["of"], ["from"]):
        return False  # nearly every figure
    phrase = {t for t, pos in reading.terms if end < pos <= end + _OWN_PHRASE} | {
        e for e, pos in reading.entities if end < pos <= end + _OWN_PHRASE}
    held = {s.key.removeprefix("@") for s in result.steps if s.relation in _HOLDS}
    return bool(phrase - held)


# how far after a figure's 'of' or 'from' the noun it is of may stand: 'of its workforce'
_OWN_PHRASE = 3


def _count_stated(mention: QuantityMention, counted: tuple[str, str],
                  compiled: CompiledFact, vocab: Vocabulary) -> FactQuantity | None:
    """The fact's own figure for the things a count counts ('17 countries receiving
    doses', 'in the 17 countries'): what the article says, before any count of the
    names it lists."""
    term = vocab.canonical(counted[1])
    if not term:
        return None
    stated = compiled.counts_of(term) or _counts_before(term, compiled, vocab)
    return fact_counterpart(mention, stated) if stated else None


def _counts_before(term: str, compiled: CompiledFact,
                   vocab: Vocabulary) -> tuple[FactQuantity, ...]:
    """The fact's figures written just before the counted noun, when the store measures
    them by something else: 'four members voted for a cut', stored as the votes for it,
    is a count of members too."""
    fact = read_statement(compiled.fact.statement, vocab)
    return tuple(
        stored._replace(measure=stored.measure | {term})
        for mention in fact.quantities if mention.dimension == "count"
        and fact.tokens[mention.end: mention.end + 1]
        and vocab.canonical(fact.tokens[mention.end]) == term
        for stored in compiled.quantities
        if stored.dimension == "count" and stored.value == mention.value)


def _entity_count(mention: QuantityMention, counted: tuple[str, str], reading: Analysis,
                  compiled: CompiledFact, vocab: Vocabulary) -> FactQuantity | None:
    """The fact's count of entities of ``kind``, to compare with 'four countries': those
    it is about when the count is the claim's subject, else the others it names (in
    either case, not those the claim names itself)."""
    kind, noun = counted
    # 'Gensler is one of three firms': the group the subject belongs to, counted with it
    before = reading.tokens[:mention.start + (reading.tokens[mention.start] == "of")]
    one_of = before[-2:] == ["one", "of"]
    as_subject = one_of or reading.predicate_at is None or (
        mention.start < reading.predicate_at)
    pool = compiled.fact.subject if as_subject else [
        e for e in compiled.fact.entities if e not in compiled.fact.subject]
    mentioned = set() if one_of else set(reading.entity_ids)
    named = [e for e in pool if vocab.entities[e].kind == kind and e not in mentioned]
    if as_subject and not one_of and any(
            vocab.entities[e].kind == kind and e not in pool for e in reading.subject_entities):
        return None  # 'three firms, including Keel Works': a group the fact's lacks one of
    if one_of and not set(reading.subject_entities) <= set(named):
        return None  # the subject must be one of those counted
    if len(named) < 2:
        return None  # one entity is not a group whose size the fact states
    names = and_list([vocab.describe_entity(e) for e in named])
    # 'Tidewater and Brine have also applied': those named are some of the doers, not all,
    # so only a smaller count is contradicted
    some = as_subject and vocab.is_additive(read_statement(compiled.fact.statement, vocab).tokens)
    if some and mention.value >= len(named):
        return None
    return FactQuantity(value=float(len(named)), unit="count", dimension="count",
                        qualifier="exact", measure=frozenset(), label=noun,
                        display=f"{'at least ' if some else ''}{len(named)} {noun} ({names})",
                        source_unit="count")
