"""Filling a gap with a figure: an amount with its unit, a count, a date, a rate.

The figure of a fact that measures what is asked, said in the statement's own words ('by
July 2031', 'more than 1,200'), and the figures a statement gives outside its quantities
(shares, frequencies, spans of dates, weekdays).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from itertools import pairwise
from types import MappingProxyType

from factcli.asking.aligned import _HELD
from factcli.asking.core import _asks_of_past, _question_verbs
from factcli.asking.gap import _CLOCK, _DATE, _OCCASIONS, _PER, Gap
from factcli.asking.wording import _is_time_unit, _pick, _plural, _words
from factcli.index import CompiledFact
from factcli.quantities import FactQuantity, format_quantity, of_those_at, same_value
from factcli.text import Analysis, analyse, and_list, read_statement, tokenise
from factcli.verify import Alignment, Step
from factcli.verifying.figures import may_size_a_change
from factcli.vocabulary import Vocabulary

_COUNT = "count"
_READ_AS = {_DATE: (_DATE, _CLOCK)}
_EVERY = "every"  # 'every 2 minutes': the time from one to the next
_BOUNDS = ("more_than", "less_than", "at_least", "at_most")
_QUALIFIED = 3  # '300 graduate nurses', '17 new member countries': words up to the noun
_EXACT = ("exact", "approx")  # figures that can be ranked (not 'by 2028', 'over 1,200')
_SIZES = ("length", "area", "mass", "volume")  # what a figure before a noun may size


def _quantity_answer(alignment: Alignment, gap: Gap, core: Analysis,
                     vocab: Vocabulary) -> str | None:
    """The fact's figure of the dimension asked for, measuring what the question names
    when the fact has several, with the fact's other figures as its context."""
    compiled = alignment.fact
    attributes = gap.form.attributes if gap.form else frozenset()
    # what the statement says a figure measures ('five miles *of new roads*', '75 years
    # *old*') counts as much as the store's own word for it ('new roadways')
    said_of = _said_to_measure(compiled.fact.statement, vocab)
    fitting = [q for q in compiled.quantities if q.dimension in gap.dimensions and (
        not attributes or (q.measure | said_of.get((q.dimension, q.value), frozenset()))
        & attributes)]  # "how wide": a width; "how old": an age
    if _DATE in gap.dimensions and not vocab.question_words["onset_words"] & set(core.tokens):
        # "when was the cut announced": not the date a state has lasted *since* ('rates are
        # at their lowest since March 2023'), which only a question of its beginning asks
        # ("since when", "when did they start", "when were rates last this low")
        onsets = _onset_dates(compiled.fact.statement, vocab)
        if onsets and all(q.dimension != _DATE or q.value in onsets for q in fitting):
            return None
        fitting = [q for q in fitting if q.dimension != _DATE or q.value not in onsets]
    # "how long is the bridge": not the deck's width the store records ('deck width')
    extent = frozenset() if _asks_extent(gap, core, vocab) else _extent_terms(vocab)
    fitting = [q for q in fitting if not (q.dimension == "length" and q.measure & extent) and (
        not _written_of_another(compiled.fact.statement, q.dimension, q.value, gap, core, vocab,
                                recorded=bool(q.label)))]
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
            q.dimension == dimension and same_value(q.value, value)
            for dimension, value in unfit)]
        if not fitting:
            return None
    # "how much is Century paying for its *40%* stake": a figure the question gives is
    # what it takes as known, never what it asks (a year may be: 'which month of 2026')
    given = {(m.value, m.dimension) for m in core.quantities} | gap.given
    if fitting and all((q.value, q.dimension) in given and q.dimension != _DATE
                       for q in fitting):
        return None
    if _dated_otherwise(compiled, core, gap, vocab):
        return None  # "how much by 2028": not the figure the fact gives for 'next year'
    if not fitting or _asks_clock(gap, vocab):  # "at what time": not the year recorded
        return (_occasions(alignment, gap, core, vocab)
                or _figures_in_text(alignment, gap, core, vocab)
                or _stretch_of_dates(compiled, gap))
    asked = gap.measure | core.term_set
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
        said = [_in_context(q, vocab, statement, asked=True) for q in same]
        pick = _pick(core.tokens, vocab)
        if pick and primary.dimension == "date":
            # "when is its *last* Earth pass": the last of the dates listed, as written
            in_order = sorted(said, key=statement.find)
            return in_order[0] if pick == "earliest_words" else in_order[-1]
        return and_list(said)
    shown = _in_context(primary, vocab, statement, asked=True)
    if (primary.value, primary.dimension) in given and shown == primary.display:
        return None  # "when did the board approve *the 2025 budget*": the year that names
        # the budget says nothing of when, and a date the question gives is never its answer
    # '3 March 2024' is said whole: its day is no count beside it
    context = [_in_context(q, vocab, statement) for q in compiled.quantities
               if q is not primary and (q.value, q.dimension) not in given and not (
                   primary.dimension == _DATE and q.dimension == _COUNT
                   and q.display in shown.split())]
    return ", ".join([shown, *context])


def _dated_otherwise(compiled: CompiledFact, core: Analysis, gap: Gap,
                     vocab: Vocabulary) -> bool:
    """The question dates the figure it asks for ('how much gold *by 2028*') and the fact
    gives no such year but dates its figure from the time of writing ('*next year*'),
    which no year can be set against: it is the figure of another time."""
    years = {m.value for m in core.quantities if m.dimension == _DATE}
    return bool(years) and _DATE not in gap.dimensions and not any(
        q.dimension == _DATE and q.value in years for q in compiled.quantities) and bool(
        _relative_dates(compiled.fact.statement, vocab))


def _former_unsaid(gap: Gap, core: Analysis, compiled: CompiledFact,
                   vocab: Vocabulary) -> bool:
    """'What was the *original* budget', 'the Bank's *previous* forecast': the figure of an
    earlier time is asked (questions.json former_words), which a fact gives only when it
    says so, in its words ('had predicted a month *earlier*', 'was *originally* planned')
    or the store's words for its figure ('*previous* forecast'); a fact that gives the
    figure as it stands now ('the contribution comes to 95 million pounds') does not."""
    words = vocab.question_words["former_words"]
    if gap.answer != "quantity" or not any(core.tokens[p] in words for p in gap.span):
        return False
    tokens = read_statement(compiled.fact.statement, vocab).tokens
    return not (words & set(tokens) or vocab.of_former_time(tokens) or any(
        words & set(tokenise(q.label)) for q in compiled.quantities))


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
    that asks for such a time ('how long *after* the cyclone'), so none when it does. A
    length after 'for' is how long a state lasted, whatever follows it ('had been dormant
    *for* 800 years before they erupted')."""
    markers = vocab.question_words["interval_markers"]
    if not markers.isdisjoint(core.tokens):
        return []
    reading = read_statement(compiled.fact.statement, vocab)
    return [(m.dimension, m.value) for m in reading.quantities if m.dimension == "duration"
            and reading.tokens[m.end:m.end + 1] and reading.tokens[m.end] in markers
            and reading.tokens[m.start - 1:m.start] != ["for"]]


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
def _said_to_measure(statement: str, vocab: Vocabulary) -> Mapping[tuple[str, float],
                                                                    frozenset[str]]:
    """The terms the statement says each of its figures measures, by dimension and value
    (read-only: the cache hands the same mapping to every caller)."""
    return MappingProxyType({(m.dimension, m.value): m.context
                             for m in read_statement(statement, vocab).quantities})


def _sizes_another_noun(statement: str, dimension: str, value: float, core: Analysis,
                        vocab: Vocabulary) -> bool:
    """A size written before a noun ('one *12-foot* auxiliary lane') is that noun's: it
    measures no thing the question names unless the question names the noun."""
    sized = _sized_nouns(statement, vocab).get((dimension, value))
    return sized is not None and sized not in core.term_set


@lru_cache(maxsize=4096)
def _sized_nouns(statement: str, vocab: Vocabulary) -> Mapping[tuple[str, float], str]:
    """The noun right after each size the statement gives before one, by dimension and
    value (read-only: the cache hands the same mapping to every caller)."""
    reading = read_statement(statement, vocab)
    nouns = {pos: term for term, pos in reading.terms}
    return MappingProxyType({(m.dimension, m.value): nouns[m.end] for m in reading.quantities
                             if m.dimension in _SIZES and m.end in nouns})


@lru_cache(maxsize=4)
def _extent_terms(vocab: Vocabulary) -> frozenset[str]:
    return frozenset(term for word in vocab.question_words["extent_words"]
                     if (term := vocab.canonical(word)))


@lru_cache(maxsize=4096)
def _said_across(statement: str, vocab: Vocabulary) -> frozenset[tuple[str, float]]:
    """The figures the statement says measure an extent other than a length ('65 feet
    *wide*', 'a *height* of 80 feet'), by dimension and value."""
    reading = read_statement(statement, vocab)
    tokens = reading.tokens
    extents = vocab.question_words["extent_words"]
    return frozenset((m.dimension, m.value) for m in reading.quantities if (
        tokens[m.end:m.end + 1] and tokens[m.end] in extents) or (
        m.start >= 2 and tokens[m.start - 1] == "of" and tokens[m.start - 2] in extents))


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
             if q.dimension in wanted and not _written_of_another(
                 statement, q.dimension, q.value, gap, core, vocab)]
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
        if last < len(tokens) and _day_of_month(tokens[last]):
            last += 1  # "July 2"
        if last < len(tokens) and tokens[last].isdigit() and len(tokens[last]) == 4:
            last += 1  # "July 2031", "July 2, 2031"
        if first and tokens[first - 1].isdigit():
            first -= 1  # "20 August"
            if first >= 2 and tokens[first - 2].isdigit() and tokens[first - 1] in ("to", "and"):
                first -= 2  # "17 to 22 August"
        if first >= 2 and tokens[first - 1] in vocab.periods and (
                tokens[first - 2] in vocab.prepositions):
            first -= 1  # "by *early* January": the part of the month is the date's own
        if (first, last) == (pos, pos + 1) and not (pos and tokens[pos - 1] in vocab.prepositions):
            continue  # 'may' the verb; 'in June' is a month
        found.append((first, last, _dated(statement, reading, first, last)))
    return found + _relative_dates(statement, vocab)


def _day_of_month(token: str) -> bool:
    """A day's number as it follows its month ('July *2*'), not a year ('July 2031')."""
    return token.isdigit() and len(token) <= 2 and 1 <= int(token) <= 31


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
    ('*the end of* this decade'), or a season ('next winter': cues.json relative_times)."""
    tokens = read_statement(statement, vocab).tokens
    relative = vocab.question_words["relative_times"]
    found = []
    for pos, token in enumerate(tokens):
        # "by the end *of the* decade": the part of a period named only by its unit is of
        # the one the writer is in, as 'this' says
        of_the = pos >= 3 and tokens[pos - 2:pos] == ["of", "the"] and (
            tokens[pos - 3] in vocab.periods)
        if not (pos and (tokens[pos - 1] in relative or of_the)
                and (_is_time_unit(token, vocab) or token in vocab.relative_units)):
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


def _in_context(quantity: FactQuantity, vocab: Vocabulary, statement: str = "",
                asked: bool = False) -> str:
    """A figure as the answer shows it. A length of time beside the asked figure is the
    period it is spread 'over' ('1.1 billion euros, over 10 years'); the asked one is the
    length itself ('how old is the bridge': '75 years', not 'over 75 years')."""
    if quantity.dimension == "date":
        # the statement's own words for a date: 'by July 2031', not 'by 2031'
        year = str(int(quantity.value))
        said = next((words for _, _, words in _date_phrases(statement, vocab)
                     if words.endswith(year)), None) if statement else None
        if said is not None:
            return said
    shown = _as_written(quantity, vocab)
    if quantity.dimension == "duration" and quantity.high is None and not asked:
        return f"over {shown}"  # ('three to four months' is no time it lasts over)
    if quantity.qualifier == "by":
        return f"by {shown}"
    return " ".join([*_bound_said(quantity, statement, shown, vocab), shown])


def _bound_said(quantity: FactQuantity, statement: str, shown: str,
                vocab: Vocabulary) -> tuple[str, ...]:
    """The statement's own words for a bound before the figure ('*over* 70 percent',
    '*fewer than* 40'): without them the answer would claim the figure exactly."""
    # a count is shown with the store's words for what it counts, which the statement may
    # word otherwise ('300 graduate nurses whose start was delayed'): its number is enough
    figure = shown if shown in statement else shown.split()[0]
    written = re.search(rf"(?<![\w.,]){re.escape(figure)}(?![\w]|[.,]\d)", statement)
    if quantity.qualifier not in _BOUNDS or written is None:
        return ()
    before = tokenise(statement[:written.start()])
    for entries in vocab.comparators.values():
        for spelled, comparator in entries:
            if comparator == quantity.qualifier and tuple(before[-len(spelled):]) == spelled:
                return spelled
    return ()


def _as_written(quantity: FactQuantity, vocab: Vocabulary) -> str:
    """The figure in the unit the article used: '5 miles', not '8.047 km'."""
    unit = vocab.units.get(quantity.source_unit)
    if unit is None or unit.dimension in ("count", "date") or (
            quantity.source_unit == quantity.unit or quantity.high is not None):
        return quantity.display  # a range is shown whole, in the article's unit already
    return format_quantity(quantity.value / (unit.factor or 1.0), unit.id, vocab)


def _stated_count(compiled: CompiledFact, gap: Gap, vocab: Vocabulary) -> str | None:
    """'How many countries did the doses go to': the fact's own count of the things
    counted ('went to *17 countries* in Africa'), which the names it lists of that kind
    may fall short of (one figure of them; several leave it unsure which is asked)."""
    counts = compiled.counts_of(gap.counted) or _counts_written_of(compiled, gap.counted,
                                                                    vocab)
    return _as_written(counts[0], vocab) if len(counts) == 1 else None


def _counts_written_of(compiled: CompiledFact, counted: str,
                       vocab: Vocabulary) -> tuple[FactQuantity, ...]:
    """The counts the statement writes right before the counted noun ('employs *1,100
    people*'), when the store's label for the figure words it otherwise ('employees')."""
    values = _values_before(compiled.fact.statement, counted, vocab)
    return tuple(q for q in compiled.quantities if q.dimension == "count" and q.value in values)


def _written_of_another(statement: str, dimension: str, value: float, gap: Gap,
                        core: Analysis, vocab: Vocabulary, recorded: bool = False) -> bool:
    """The words the statement writes beside a figure say it measures what the question
    does not ask: a width or a height ('65 feet *wide*') when no such extent is asked
    ('how long is the bridge'); and, for a figure the store did not record (whose own
    words for it would say), a count not written before the counted noun (the day of '29
    May' beside 'Dwellings' for 'how many dwellings'), or a size written before a noun
    the question does not name ('one *12-foot* auxiliary lane')."""
    if dimension == "length" and not _asks_extent(gap, core, vocab) and (
            (dimension, value) in _said_across(statement, vocab)):
        return True
    return not recorded and (
        (bool(gap.counted) and dimension == _COUNT
         and value not in _values_before(statement, gap.counted, vocab, _QUALIFIED))
        or _sizes_another_noun(statement, dimension, value, core, vocab))


def _asks_extent(gap: Gap, core: Analysis, vocab: Vocabulary) -> bool:
    """'How wide', 'what is the height of': the question asks for one extent of a
    thing, not its length."""
    return bool(gap.form is not None and gap.form.attributes) or bool(
        vocab.question_words["extent_words"] & set(core.tokens))


@lru_cache(maxsize=4096)
def _values_before(statement: str, counted: str, vocab: Vocabulary,
                   reach: int = 1) -> frozenset[float]:
    """The counts the statement writes before the counted noun, within ``reach`` words
    ('300 *graduate* nurses' is two)."""
    fact = read_statement(statement, vocab)
    return frozenset(m.value for m in fact.quantities if m.dimension == "count" and any(
        vocab.canonical(token) == counted for token in fact.tokens[m.end:m.end + reach]))


def _change_unsaid(step: Step, compiled: CompiledFact, vocab: Vocabulary) -> bool:
    """'By how much did purchases *rise*' against 'the median price of a dwelling bought …
    was €345,000': a verb of change the fact does not say, after 'by how much', asks the
    size of a change, which a figure the fact gives as no change (no 'by' before it, no
    word of change or comparison after it: 'up *by* 9.5%', 'a 25% *increase*', '10.8%
    *higher*') is not."""
    if step.claim not in vocab.change_verbs:
        return False
    fact = read_statement(compiled.fact.statement, vocab)
    tokens = fact.tokens
    return not any(
        may_size_a_change(q, tokens, vocab) or (q.start > 0 and tokens[q.start - 1] == "by") or (
            q.end < len(tokens) and tokens[q.end] in vocab.comparatives)
        for q in fact.quantities if q.dimension != _DATE)
