"""Claims that set two things' figures against each other: 'Airside D is more expensive
than Terminal D', 'Terminal 1 has more gates than Airside D', 'costs twice as much as',
'the road reconstruction is shorter than the corridor'.

No one fact says such a thing, so no alignment can support it. A side is an entity the
store knows, or a thing described ('the stretch of road being rebuilt'). A named side's
figure is the one the facts about that entity give for what is compared (money for 'more
expensive', gates for 'more gates'), picked out by the side's own words ('the first phase
of Terminal 1'); a described side's is the figure of what is compared in a fact that the
verifier finds states the side, whose measure holds the side's words ('113 km of road'
for 'the road reconstruction'). A figure the claim puts on a side ('the 100 km corridor')
must be the one the article gives it, or the claim is wrong. When a side has no such
figure, or more than one that fit equally, the claim is left to the verifier.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, NamedTuple

from factcli.index import index_tokens
from factcli.quantities import compare_quantity, fact_interval, parse_number, same_value
from factcli.text import fold, read_statement

if TYPE_CHECKING:
    from factcli.index import CompiledFact
    from factcli.knowledge import Knowledge
    from factcli.quantities import FactQuantity, QuantityMention
    from factcli.text import Analysis
    from factcli.vocabulary import EntityRef, Vocabulary

# A multiple is right within this share of the stated factor ('twice': 1.8 to 2.2), and
# wrong beyond the wider one; between the two the claim is left open.
_CLOSE = 0.1
_WRONG = 0.25
_FACTS_ABOUT = 200  # facts looked at for one side's figure


class Side(NamedTuple):
    entity: str | None  # None for a thing described, not named: 'the road reconstruction'
    terms: frozenset[str]  # the side's own words: which of its figures ('first phase')
    owners: frozenset[str]  # whose it is: "Tampa's" in "Tampa's Airside D"
    words: str = ""  # a described side as a phrase to look up, without its figure
    figure: QuantityMention | None = None  # the claim's figure for it: 'the 100 km corridor'


# The facts that may state a described side, and whether one does (the verifier's call)
Candidates = Callable[[str], Sequence["CompiledFact"]]
States = Callable[[str, "CompiledFact"], bool]


class Comparison(NamedTuple):
    left: Side
    right: Side
    direction: str  # 'more', 'less', 'times', or 'times more'/'times less' ('more than twice')
    factor: float  # for the 'times' directions
    dimension: str | None  # what is compared, when a word says so: 'money'
    counted: str | None  # the term counted: 'more gates than'
    wording: str  # 'more expensive than', 'twice as much as'
    by: QuantityMention | None = None  # '14 more gates than': the difference claimed


class Figure(NamedTuple):
    fact: CompiledFact
    quantity: FactQuantity


class Judgement(NamedTuple):
    comparison: Comparison
    left: Figure
    right: Figure
    holds: bool
    misstated: Side | None = None  # the side whose figure the claim gives wrong
    negated: bool = False  # the claim denies the comparison: 'is not longer than'


def comparative_wording(reading: Analysis, vocab: Vocabulary) -> str | None:
    """The words of a comparison between two things ('longer than', 'twice as much as'),
    named or not, with their figures or without; None for none, or for a comparison with
    a figure ('more than 5,000 vehicles'), which the verifier checks as a bound."""
    found = _construction(reading, vocab)
    if found is None or _with_a_figure(reading, found[0], found[1], vocab):
        return None
    return " ".join(reading.tokens[found[0]:found[1]])


def comparative_apart(reading: Analysis, vocab: Vocabulary) -> str | None:
    """A comparative that stands apart from its 'than', whose other side is a phrase of
    its own ('*more* shoot days are planned in Oxnard *than* in Lancaster', '*more* trams
    run to the port *than* to the airport') or a name after words of what is counted
    that the comparison does not read ('Northbank had *more* night-time tram accidents
    *than* Southbank'): the comparative and 'than', or None. Not 'than' before a word of plans
    ('longer to build than planned': the act against its plan)."""
    tokens = reading.tokens
    if "than" not in tokens or _construction(reading, vocab) is not None:
        return None  # nearly every sentence
    than = tokens.index("than")
    named = any(pos == than + 1 or (pos == than + 2 and tokens[than + 1] == "the")
                for _, pos in reading.entities)
    if than + 1 == len(tokens) or not (tokens[than + 1] in vocab.prepositions or named) or (
            vocab.status_of(tokens[than + 1:than + 4]) == "prospective"):
        return None
    comparative = next((at for at in range(than - 1, -1, -1) if tokens[at] in vocab.comparatives),
                       None)
    return None if comparative is None else f"{tokens[comparative]} than"


def _with_a_figure(reading: Analysis, start: int, end: int, vocab: Vocabulary) -> bool:
    """'longer than 100 km' is a bound; 'longer than the 100 km corridor' names a thing
    ('13 km longer than', 'half as much as' are of the comparison's own words); a figure
    read with the comparison's words ('no more than four months') is a bound too."""
    return any(q.start <= end < q.end and (
        q.qualifier != "exact" or reading.tokens[q.start] not in vocab.determiners)
        for q in reading.quantities)


def _construction(reading: Analysis,
                  vocab: Vocabulary) -> tuple[int, int, str, float, int] | None:
    tokens = reading.tokens
    found = _as_as(tokens, reading, vocab) or _than(tokens, reading, vocab)
    if found is None:
        return None
    start, end, direction, factor, counted_at = found
    # '$1.5 billion more than', '14 more gates than': the difference between the two
    by = next((q for q in reading.quantities if q.end == start and q.dimension != "date"),
              None)  # 'in 2028 longer than' dates the claim
    if by is not None and direction in ("more", "less"):
        start = by.start
    return start, end, direction, factor, counted_at


def read_comparison(reading: Analysis, vocab: Vocabulary) -> Comparison | None:
    """The comparison a sentence makes between two named things, if it makes one."""
    tokens = reading.tokens
    found = _construction(reading, vocab)
    if found is None:
        return None
    start, end, direction, factor, counted_at = found
    by = next((q for q in reading.quantities if q.start == start and q.end < end),
              None) if direction in ("more", "less") else None
    if _with_a_figure(reading, start, end, vocab):
        return None  # 'more than $1 billion' compares with a figure the verifier checks
    left_span = range(0, _verb_group_start(reading, start, vocab))
    right_span = range(end, _trailing_auxiliaries(reading, vocab))
    if any(q.start not in left_span and q.start not in right_span and not start <= q.start < end
           for q in reading.quantities):
        return None  # a figure between a side and the comparison ('is, in 2025, longer')
    left = _side(reading, vocab, left_span, counted_at)
    right = _side(reading, vocab, right_span, counted_at)
    if left is None or right is None or (left.entity or left.words) == (
            right.entity or right.words):
        return None
    at = {pos: t for t, pos in reading.terms}
    dimension = next((vocab.comparative_dimensions[t] for t in tokens[:end]
                      if t in vocab.comparative_dimensions), None)
    if by is not None and by.dimension != "count":
        dimension = by.dimension
    return Comparison(left, right, direction, factor, dimension, at.get(counted_at),
                      " ".join(tokens[start:end]), by)


def _than(tokens: list[str], reading: Analysis,
          vocab: Vocabulary) -> tuple[int, int, str, float, int] | None:
    """'more expensive than', 'more gates than', 'larger than': (start, end, direction,
    1, where a counted noun stands or -1)."""
    if "than" not in tokens:
        return None
    than = tokens.index("than")
    at = than - 1
    counted_at = -1
    # 'a smaller share of the venture than', 'a larger stake in it than': the counted
    # noun may take a phrase of its own
    phrase = next((pos for pos in range(max(2, than - _NOUN_PHRASE), than - 1)
                   if tokens[pos] in vocab.prepositions and tokens[pos - 2] in vocab.comparatives),
                  None)
    if phrase is not None:
        at = phrase - 1
    if at > 0 and tokens[at] not in vocab.comparatives:
        # 'more expensive than' names what is compared; 'more gates than' what is counted
        if tokens[at] not in vocab.comparative_dimensions:
            counted_at = at
        at -= 1
    if at < 0 or tokens[at] not in vocab.comparatives:
        return None
    return at, than + 1, vocab.comparatives[tokens[at]], 1.0, counted_at


_NOUN_PHRASE = 6  # 'of the joint venture', between a compared noun and 'than'


def _as_as(tokens: list[str], reading: Analysis,
           vocab: Vocabulary) -> tuple[int, int, str, float, int] | None:
    """'twice as much as', 'three times as many gates as', 'half as long as'."""
    if "as" not in tokens:
        return None  # nearly every sentence: no walk
    for i, token in enumerate(tokens):
        factor = vocab.multiples.get(token)
        after = i + 1
        if factor is None and after < len(tokens) and tokens[after] == "times":
            factor = vocab.number_words.get(token) or parse_number(token)
            after += 1
        if factor is None or after >= len(tokens) or tokens[after] != "as":
            continue
        closing = [j for j in range(after + 1, min(after + 4, len(tokens))) if tokens[j] == "as"]
        if not closing:
            return None
        terms = {pos for _, pos in reading.terms}
        counted_at = next((j for j in range(after + 1, closing[0]) if j in terms), -1)
        # 'more than twice as much as': above the multiple, not near it
        bound = tokens[i - 2:i] if i >= 2 else []
        if len(bound) == 2 and bound[1] == "than" and bound[0] in vocab.comparatives:
            return i - 2, closing[0] + 1, "times " + vocab.comparatives[bound[0]], factor, (
                counted_at)
        return i, closing[0] + 1, "times", factor, counted_at
    return None


def _verb_group_start(reading: Analysis, comparative_at: int, vocab: Vocabulary) -> int:
    """Where the verb the left side is subject of begins ('the road to be rebuilt *is*
    longer', 'Terminal 1 *will have* more gates', 'Poland *is spending* more'), past words
    of degree or negation before the comparative ('is *not even* longer')."""
    tokens = reading.tokens
    said = {pos for _, pos in reading.terms} | {pos for _, pos in reading.entities}
    at = comparative_at
    while at > 0 and not (at - 1 in said or at - 1 in reading.verbs
                          or tokens[at - 1] in vocab.auxiliaries):
        at -= 1
    if at > 0 and at - 1 in reading.verbs and tokens[at - 1] not in vocab.auxiliaries:
        at -= 1  # a verb of its own: 'costs', 'used'
    while at > 0 and (tokens[at - 1] in vocab.auxiliaries
                      or vocab.single.get(tokens[at - 1], ("",))[0] == "negation"):
        at -= 1
    return at


def _trailing_auxiliaries(reading: Analysis, vocab: Vocabulary) -> int:
    """Where the right side's words end, before an auxiliary that only echoes the verb
    ('than the lunar flyby *did*')."""
    end = len(reading.tokens)
    while end > 0 and reading.tokens[end - 1] in vocab.auxiliaries:
        end -= 1
    return end


def _side(reading: Analysis, vocab: Vocabulary, span: range,
          counted_at: int) -> Side | None:
    """The thing one side names: its last entity that owns nothing ('Terminal D', not the
    "O'Hare" of "O'Hare's Terminal D"), and its own words; or, naming none, the thing its
    words describe. A figure in it is the claim's figure for the thing."""
    tokens = reading.tokens
    figures = [q for q in reading.quantities if q.start in span]
    if len(figures) > 1 or any(tokens[pos] in ("and", "or") for pos in span):
        return None  # 'A and B put together' is no one thing's figure
    figure = figures[0] if figures else None
    held = range(figure.start, figure.end) if figure else range(0)
    named = [(e, pos) for e, pos in reading.entities if pos in span]
    owners = [(e, pos) for e, pos in named
              if reading.entity_ends.get(pos, pos + 1) < len(tokens)
              and tokens[reading.entity_ends.get(pos, pos + 1)] == "s"]
    heads = [item for item in named if item not in owners] or named
    entity = heads[-1][0] if heads else None
    # words of the name of what the thing belongs to only say where it is ("Tampa's
    # planned Airside D", Airside D being part of Tampa International Airport)
    whole = " ".join(fold(vocab.entities[w].name) for w in vocab.entities[entity].member_of
                     if w in vocab.entities).split() if entity else []
    terms = frozenset(t for t, pos in reading.terms
                      if pos in span and pos not in held and pos != counted_at
                      and pos not in reading.verbs and t not in vocab.dimension_words
                      and tokens[pos] not in whole
                      and tokens[pos] not in vocab.comparative_dimensions)
    if entity is not None:
        owned_by = frozenset(e for e, _ in owners if e != entity)
        return Side(entity, terms, owned_by, figure=figure)
    if not terms or tokens[span.start] not in vocab.determiners - vocab.prepositions:
        return None  # 'than planned', 'than before': no noun phrase to find a figure for
    # 'the 113 km of road': the thing is what the figure measures, 'the road'
    skipped = {pos for pos in held if tokens[pos] not in vocab.determiners} | (
        {figure.end} if figure and tokens[figure.end:figure.end + 1] == ["of"] else set())
    words = " ".join(tokens[pos] for pos in span if pos not in skipped)
    return Side(None, terms, frozenset(), words, figure)


def side_name(side: Side, vocab: Vocabulary) -> str:
    """The side as the verdict names it: the entity's name, or the words describing it."""
    return vocab.describe_entity(side.entity) if side.entity else side.words


def judge(comparison: Comparison, knowledge: Knowledge, negated: bool,
          candidates: Candidates | None = None, states: States | None = None) -> Judgement | None:
    """Compare the figures the facts give each side; None when a side has none that fits,
    or two that fit equally well, or when the figures cannot settle it. A described side
    is looked up only with ``candidates`` (the facts that may state it) and ``states``
    (whether one does, as the verifier's alignment decides)."""
    figures = []
    for side in (comparison.left, comparison.right):
        if side.entity is not None:
            found = _figure(side.entity, side, comparison, _about(side.entity, knowledge),
                            knowledge.vocab)
        elif candidates is not None and states is not None:
            found = _described_figure(side, comparison, candidates, states, knowledge.vocab)
        else:
            found = None
        if found is None:
            return None
        figures.append(found)
    left, right = figures
    if left.quantity.unit != right.quantity.unit or left == right:
        return None
    for side, figure in ((comparison.left, left), (comparison.right, right)):
        if side.figure is None:
            continue
        if side.figure.dimension != figure.quantity.dimension:
            return None  # the side's figure says something else of it ('its 2026 flyby')
        agrees = compare_quantity(side.figure, figure.quantity)
        if agrees is None:
            return None
        if not agrees:
            return Judgement(comparison, left, right, False, side)
    holds = _holds(comparison, left.quantity, right.quantity)
    if holds is None:
        return None
    return Judgement(comparison, left, right, holds != negated, negated=negated)


def contradiction(judged: Judgement, vocab: Vocabulary) -> tuple[str, str]:
    """What the claim says that the article's figures contradict, and what they say: the
    comparison, or the figure the claim gives a side."""
    comparison = judged.comparison
    if judged.misstated is not None and judged.misstated.figure is not None:
        found = judged.left if judged.misstated is comparison.left else judged.right
        figure = judged.misstated.figure.text.split()
        if fold(figure[0]) in vocab.determiners:
            figure = figure[1:]  # 'the 150 km of road': 150 km
        return (f"{' '.join(figure)} for {side_name(judged.misstated, vocab)}",
                found.quantity.display)
    denial = "not " if judged.negated else ""
    return (f"{side_name(comparison.left, vocab)} {denial}{comparison.wording} "
            f"{side_name(comparison.right, vocab)}",
            f"{judged.left.quantity.display} against {judged.right.quantity.display}")


def _described_figure(side: Side, comparison: Comparison, candidates: Candidates,
                      states: States, vocab: Vocabulary) -> Figure | None:
    """The one figure of what is compared that facts stating the side give it, whose
    measure or own phrase holds the side's words: '113 km of road' for 'the road
    reconstruction', not the corridor's 100 km in a fact that also names the road."""
    fitting = [Figure(fact, q) for fact in candidates(side.words) if states(side.words, fact)
               for q in fact.quantities if _fits(q, comparison, vocab, named=False)]
    fitting = [f for f in fitting if side.terms & (f.quantity.measure | _phrase_of(f, vocab))]
    values = {(f.quantity.value, f.quantity.high, f.quantity.unit): f for f in fitting}
    return next(iter(values.values())) if len(values) == 1 else None


def _phrase_of(figure: Figure, vocab: Vocabulary) -> frozenset[str]:
    """The nouns the fact's statement says the figure of: before it ('a corridor 100 km
    long') and after it, past 'of' ('113 km of road', '3 km of new cycle paths')."""
    reading = read_statement(figure.fact.fact.statement, vocab)
    quantity = figure.quantity
    mention = next((m for m in reading.quantities if m.unit == quantity.unit
                    and abs(m.value - quantity.value) <= m.step / 2), None)
    if mention is None:
        return frozenset()
    tokens = reading.tokens
    nouns = {pos: t for t, pos in reading.terms if pos not in reading.verbs}
    articles = vocab.determiners - vocab.prepositions
    said = set()
    at = mention.end + (tokens[mention.end:mention.end + 1] == ["of"])
    while at < len(tokens) and (at in nouns or tokens[at] in articles):
        said.add(nouns.get(at, ""))
        at += 1
    at = mention.start - 1
    while at >= 0 and at in nouns:
        said.add(nouns[at])
        at -= 1
    return frozenset(said - {""})


def _about(entity: str, knowledge: Knowledge) -> list[CompiledFact]:
    """The facts that name the side's thing, found through the index (a large store's
    facts are decoded only when a search returns them)."""
    found = knowledge.index.search(index_tokens(frozenset(), {entity}), _FACTS_ABOUT)
    return [fact for fact, _ in found]


def _figure(entity: str, side: Side, comparison: Comparison, facts: Sequence[CompiledFact],
            vocab: Vocabulary) -> Figure | None:
    entities = vocab.entities
    fitting = [Figure(fact, q) for fact in facts if entity in fact.subject
               for q in fact.quantities if _fits(q, comparison, vocab, named=True)]
    # The side's own words are said where its figure is ('the first phase of Terminal 1'
    # in the fact of the first phase's gates; not 'Tampa' for a fact about San Diego).
    fitting = [f for f in fitting if all(_placed(o, entity, f.fact, entities)
                                         for o in side.owners)
               and side.terms <= f.fact.terms | f.quantity.measure]
    if not fitting:
        return None
    counted = {comparison.counted} if comparison.counted else set()

    def closeness(figure: Figure) -> tuple[int, int]:
        measure = figure.quantity.measure
        return len(side.terms & measure), -len(measure - side.terms - counted)

    best = max(closeness(f) for f in fitting)
    chosen = {f.quantity.value: f for f in fitting if closeness(f) == best}
    return next(iter(chosen.values())) if len(chosen) == 1 else None


def _placed(owner: str, entity: str, fact: CompiledFact, entities: dict[str, EntityRef]) -> bool:
    """The fact puts the thing where the claim does: "Tampa's Airside D" in a fact naming
    Tampa's airport, or a thing that belongs to it ("San Diego's Terminal 1", part of San
    Diego International Airport); not "Tampa's Terminal 1"."""
    if owner in fact.entities:
        return True
    name = entities[owner].name.lower()
    return any(whole == owner or name in entities[whole].name.lower()
               for whole in entities[entity].member_of if whole in entities)


def _fits(quantity: FactQuantity, comparison: Comparison, vocab: Vocabulary,
          named: bool) -> bool:
    """The figure is of what is compared. For a ``named`` side its measure must also say
    so ('113 km of road' is not Lithuania's length); a described side's words say what
    the figure is of."""
    if quantity.dimension == "date":
        return False
    if comparison.dimension is not None:
        return quantity.dimension == comparison.dimension and (not named or any(
            vocab.dimension_words.get(t) == comparison.dimension for t in quantity.measure))
    if comparison.counted is not None:
        # 'more gates than', or what a share or a sum is of ('a smaller stake than')
        return comparison.counted in quantity.measure and (
            quantity.dimension == "count" or comparison.direction in ("more", "less"))
    return False


def _holds(comparison: Comparison, left: FactQuantity, right: FactQuantity) -> bool | None:
    if comparison.by is not None:
        return _difference(comparison, left, right)
    low_left, high_left = fact_interval(left)
    low_right, high_right = fact_interval(right)
    if comparison.direction == "more":
        return True if low_left > high_right else False if high_left <= low_right else None
    if comparison.direction == "less":
        return True if high_left < low_right else False if low_left >= high_right else None
    if not (_point(left) and _point(right)) or not right.value:
        return None  # a multiple of a range or of a bound is not exact enough to judge
    ratio = left.value / right.value
    if comparison.direction == "times more":
        return ratio > comparison.factor
    if comparison.direction == "times less":
        return ratio < comparison.factor
    error = abs(ratio - comparison.factor) / comparison.factor
    return True if error <= _CLOSE else False if error > _WRONG else None


def _point(quantity: FactQuantity) -> bool:
    return quantity.high is None and quantity.qualifier in ("exact", "approx")


def _difference(comparison: Comparison, left: FactQuantity, right: FactQuantity) -> bool | None:
    """'Terminal 1 has 14 more gates than Airside D': the two figures differ by the claim's."""
    by = comparison.by
    if by is None or left.high is not None or right.high is not None or (
            left.qualifier != "exact" or right.qualifier != "exact"):
        return None
    if by.unit != "count" and by.unit != left.unit:
        return None
    gap = left.value - right.value if comparison.direction == "more" else (
        right.value - left.value)
    # as a figure is compared: exactly, or within an approximation's spread ('about 150')
    slack = min(by.step / 2, abs(by.value) * 0.1) if by.qualifier == "approx" else 0.0
    return same_value(gap, by.value, slack)
