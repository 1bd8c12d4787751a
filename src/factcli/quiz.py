"""Quiz questions drawn from the facts' structure, sessions, and grading of answers.

Pure functions and plain data: the CLI reads answers and prints, ``history`` stores.
Every generated true/false statement is checked with ``verify`` before it is asked, so
the quiz can never teach something the article contradicts.
"""

from __future__ import annotations

import hashlib
import math
import random
import re
from itertools import islice
from typing import NamedTuple

from factcli.browse import topic_title
from factcli.index import CompiledFact
from factcli.knowledge import Knowledge
from factcli.model import Fact, MultipleChoice, Numeric, ShortAnswer, TrueFalse
from factcli.quantities import base_unit, display_unit, format_quantity, same_value
from factcli.text import analyse, fold, tokenise
from factcli.verify import REFUTED, SUPPORTED, verify_claim

KINDS = ("mc", "tf", "numeric", "short")
BLANK = "_____"
_TRUE = frozenset({"t", "true", "y", "yes"})
_FALSE = frozenset({"f", "false", "n", "no"})
_SKIP = frozenset({"s", "skip"})
_HINT = "?"
# A sentence that opens with one of these leans on an earlier one ("Such threats…",
# "It…", "This…"), so it cannot be asked on its own.
_POINTING_OPENERS = frozenset({"this", "that", "these", "those", "such", "it", "its", "they",
                               "their", "them", "he", "she", "his", "her"})
# "these"/"those" point outside the sentence unless what follows says what they are
# ("those with Russia"); "such" does unless it introduces examples ("such as").
_POINTING_WORDS = frozenset({"these", "those", "such"})
_SAYS_WHAT = frozenset({"as", "with", "of", "who", "which", "that", "whose", "whom", "in",
                        "on", "at", "from", "for"})
# A figure's scale, named as a reader asks for it: "in billions of euros".
_SCALES = ((1e12, "trillions"), (1e9, "billions"), (1e6, "millions"))
# A unit symbol that is also a scale word: after a number, in a question about that
# dimension, "m" is metres ("113000 m"), not millions.
_SYMBOLS_BY_DIMENSION = {"length": {"m": "metres"}}
# Qualifiers that bound a figure from one side: 'by 2028' makes 'by 2030' true too.
_UPPER_BOUNDS = frozenset({"by", "at_most", "less_than"})
_LOWER_BOUNDS = frozenset({"at_least", "more_than"})


class QuizQuestion(NamedTuple):
    card_id: int
    fact_id: str
    topic: str
    section: str
    statement: str
    kind: str
    prompt: str
    answer: str
    choices: tuple[str, ...] = ()
    accept: tuple[str, ...] = ()
    value: float | None = None
    unit: str | None = None
    tolerance: float = 0.0
    hint: str = ""
    asked_in: str = ""  # the unit a bare number is read in: "km", "billions of euros"
    scale: float = 1.0  # a bare number is multiplied by this: 1e9 for "billions"


class Grade(NamedTuple):
    """How one response went: ``valid`` False means ask again without counting."""

    valid: bool
    correct: bool = False
    skipped: bool = False
    hint: bool = False
    given: str = ""


def card_id(fact_id: str, kind: str, prompt: str) -> int:
    """Stable across runs and machines: derived from the fact and the question."""
    digest = hashlib.sha256(f"{fact_id}\x1f{kind}\x1f{prompt}".encode()).hexdigest()
    return int(digest[:12], 16)


def _question(fact: Fact, kind: str, prompt: str, answer: str,
              **extra: object) -> QuizQuestion:
    return QuizQuestion(card_id(fact.id, kind, prompt), fact.id, fact.topic, fact.section,
                        fact.statement, kind, prompt, answer, **extra)  # type: ignore[arg-type]


# --- generation -------------------------------------------------------------------


def all_questions(knowledge: Knowledge, *, topics: tuple[str, ...] = (),
                  kinds: tuple[str, ...] = ()) -> list[QuizQuestion]:
    """Every question the store yields: curated and generated, fact by fact; only
    these topics and kinds when given."""
    amounts = _amounts_by_unit(knowledge)
    return [q for compiled in _facts_in(knowledge, topics)
            for q in questions_for(compiled, knowledge, amounts)
            if not kinds or q.kind in kinds]


def _facts_in(knowledge: Knowledge, topics: tuple[str, ...]) -> list[CompiledFact]:
    wanted = {fold(t) for t in topics}
    return [f for f in knowledge.index.facts if not wanted or fold(f.fact.topic) in wanted]


def questions_for(compiled: CompiledFact, knowledge: Knowledge,
                  amounts: dict[str, list[float]]) -> list[QuizQuestion]:
    """One fact's curated questions, then those generated from its structure."""
    questions: dict[int, QuizQuestion] = {}
    for question in [*_curated(compiled.fact, knowledge),
                     *_generated(compiled, knowledge, amounts)]:
        questions.setdefault(question.card_id, question)
    return list(questions.values())


def _curated(fact: Fact, knowledge: Knowledge) -> list[QuizQuestion]:
    out = []
    for q in fact.questions:
        hint = q.hint or ""
        if isinstance(q, MultipleChoice):
            out.append(_question(fact, "mc", q.prompt, q.answer, choices=q.choices,
                                 hint=hint or _initial_hint(q.answer, q.choices)))
        elif isinstance(q, TrueFalse):
            out.append(_question(fact, "tf", q.prompt, "true" if q.answer else "false",
                                 hint=hint or _statement_hint(fact, knowledge)))
        elif isinstance(q, Numeric):
            unit = q.unit or "count"
            value = _to_base(q.answer, unit, knowledge)
            display = format_quantity(value, _base_id(unit, knowledge), knowledge.vocab)
            asked_in, scale = _asked_in(value, unit, knowledge)
            out.append(_question(fact, "numeric", q.prompt, display, value=value, unit=unit,
                                 tolerance=_to_base(q.tolerance, unit, knowledge),
                                 hint=hint or _range_hint(value, unit, knowledge),
                                 asked_in=asked_in, scale=scale))
        elif isinstance(q, ShortAnswer):
            out.append(_question(fact, "short", q.prompt, q.answer, accept=q.accept,
                                 hint=hint or _initial_hint(q.answer, ())))
    return out


def _to_base(value: float, unit_id: str, knowledge: Knowledge) -> float:
    unit = knowledge.vocab.units[unit_id]
    return value * (unit.factor or 1.0)


def _base_id(unit_id: str, knowledge: Knowledge) -> str:
    return base_unit(knowledge.vocab, knowledge.vocab.units[unit_id]).id


def _asked_in(value: float, unit_id: str, knowledge: Knowledge) -> tuple[str, float]:
    """How a figure is asked for, and the scale of a bare answer: 1.1 billion euros is
    asked 'in billions of euros', so '1.1' is right."""
    unit = knowledge.vocab.units[unit_id]
    if unit.dimension == "date":
        return "", 1.0
    shown = value / (unit.factor or 1.0)
    unit_words = "" if unit.dimension == "count" else unit.plural
    for scale, word in _SCALES:
        if abs(shown) >= scale:
            return (f"{word} of {unit_words}" if unit_words else word), scale
    return unit_words, 1.0


def _range_hint(value: float, unit_id: str, knowledge: Knowledge) -> str:
    """Where the figure lies, to a power of ten: a hint that narrows, not gives."""
    unit = knowledge.vocab.units[unit_id]
    if unit.dimension == "date":
        return f"It is in the {int(value) // 10 * 10}s."
    factor = unit.factor or 1.0
    _, scale = _asked_in(value, unit_id, knowledge)
    shown = value / factor / scale
    if shown <= 0:
        return ""
    low = 10.0 ** math.floor(math.log10(shown))
    base = _base_id(unit_id, knowledge)
    low_text, high_text = (format_quantity(bound * scale * factor, base, knowledge.vocab)
                           for bound in (low, low * 10))
    return f"It is at least {low_text} and less than {high_text}."


def _generated(compiled: CompiledFact, knowledge: Knowledge,
               amounts: dict[str, list[float]]) -> list[QuizQuestion]:
    fact = compiled.fact
    if not stands_alone(fact.statement):
        return []
    words = fact.statement.split()
    out: list[QuizQuestion] = []
    tf_hint = _statement_hint(fact, knowledge)
    for quantity in compiled.quantities:
        window = _figure_window(words, quantity.value, quantity.unit, knowledge)
        if window is None:
            continue
        cloze = _cloze(words, window)
        written = knowledge.vocab.units[quantity.source_unit]
        asked = display_unit(quantity.value / (written.factor or 1.0), written.id,
                             knowledge.vocab)
        assert asked is not None  # the store's units are validated
        asked_in, scale = _asked_in(quantity.value, asked.id, knowledge)
        in_unit = f" (in {asked_in})" if asked_in else ""
        hint = _range_hint(quantity.value, asked.id, knowledge)
        out.append(_question(fact, "numeric", f"Fill in the figure{in_unit}: {cloze}",
                             quantity.display, value=quantity.value, unit=asked.id,
                             hint=hint, asked_in=asked_in, scale=scale))
        candidates = _distractor_values(quantity.value, quantity.unit, quantity.qualifier,
                                        amounts.get(quantity.unit, []))
        wrong = list(islice((v for v in candidates if _not_supported(
            _replace(words, window, _figure_text(v, quantity.unit, knowledge)), knowledge)), 3))
        choices = [_figure_text(quantity.value, quantity.unit, knowledge),
                   *(_figure_text(v, quantity.unit, knowledge) for v in wrong)]
        if len(set(choices)) == 4:
            out.append(_question(fact, "mc", f"Which figure fills the gap? {cloze}", choices[0],
                                 choices=tuple(choices), hint=hint))
        for value in wrong[:1]:
            false = _replace(words, window, _figure_text(value, quantity.unit, knowledge))
            out.extend(_true_false(fact, false, False, knowledge, tf_hint))
    for entity_id in fact.entities:
        entity = knowledge.vocab.entities[entity_id]
        window = _name_window(words, entity.name)
        if window is None:
            continue
        cloze = _cloze(words, window)
        # Rival names in an order fixed by the fact; a rival is a fair distractor only if
        # the article makes it neither true nor arguable.
        rivals = sorted((e.name, e.id) for e in knowledge.vocab.entities.values()
                        if e.kind == entity.kind and e.id not in fact.entities)
        random.Random(fact.id).shuffle(rivals)
        picks = [name for name, rival in islice(
            ((name, rival) for name, rival in rivals
             if _fair_rival(_replace(words, window, name), rival, knowledge)), 3)]
        aliases = tuple(a for a in _aliases(entity_id, knowledge) if a != entity.name)
        out.append(_question(fact, "short", f"Fill in the name: {cloze}", entity.name,
                             accept=aliases, hint=_initial_hint(entity.name, ())))
        if len(picks) == 3:
            names = (entity.name, *picks)
            out.append(_question(fact, "mc", f"Which name fills the gap? {cloze}", entity.name,
                                 choices=names, hint=_initial_hint(entity.name, names)))
            false = _replace(words, window, picks[0])
            out.extend(_true_false(fact, false, False, knowledge, tf_hint))
    out.extend(_true_false(fact, fact.statement, True, knowledge, tf_hint))
    return out


def stands_alone(statement: str) -> bool:
    """False for a sentence that points outside itself: it opens with 'This', 'It',
    'Such …', or speaks of 'these'/'those'/'such' things named elsewhere."""
    tokens = tokenise(statement)
    if not tokens or tokens[0] in _POINTING_OPENERS:
        return False
    return not any(word in _POINTING_WORDS and (i + 1 == len(tokens)
                                                 or tokens[i + 1] not in _SAYS_WHAT)
                   for i, word in enumerate(tokens))


def _statement_hint(fact: Fact, knowledge: Knowledge) -> str:
    """The same for a fact's true statement and its altered ones, so it gives nothing
    away: where the fact is, and how a false statement is made."""
    return (f"It is about {topic_title(fact.topic, knowledge.store)}, in the section "
            f"'{fact.section}'; a false statement changes one figure or name.")


def _initial_hint(name: str, choices: tuple[str, ...]) -> str:
    """The first letters of the name, as many as tell it apart from the other choices;
    nothing when that would be the whole answer (years: '2028')."""
    others = [fold(c) for c in choices if c != name]
    length = 1
    while length < len(name) and any(o.startswith(fold(name[:length])) for o in others):
        length += 1
    return f"It starts with '{name[:length]}'." if length < len(name) else ""


def _true_false(fact: Fact, statement: str, truth: bool, knowledge: Knowledge,
                hint: str) -> list[QuizQuestion]:
    """Only statements that verify agrees with: SUPPORTED when true, REFUTED when false."""
    wanted = SUPPORTED if truth else REFUTED
    if verify_claim(statement, knowledge).verdict != wanted:
        return []
    return [_question(fact, "tf", statement, "true" if truth else "false", hint=hint)]


def _not_supported(statement: str, knowledge: Knowledge) -> bool:
    return verify_claim(statement, knowledge).verdict != SUPPORTED


def _fair_rival(statement: str, rival_id: str, knowledge: Knowledge) -> bool:
    """A rival name is a fair wrong answer unless the article supports the statement
    with it, or the closest fact verify finds names it (the article links it to what the
    statement says: 'Finland is leaving the Ottawa Convention…' is arguable)."""
    outcome = verify_claim(statement, knowledge)
    if outcome.verdict == REFUTED:
        return True
    if outcome.verdict == SUPPORTED:
        return False
    for evidence in outcome.evidence:
        fact = knowledge.store.fact(evidence.fact_id)
        if fact is not None and rival_id in fact.entities:
            return False
    return True


def _figure_text(value: float, unit_id: str, knowledge: Knowledge) -> str:
    return format_quantity(value, unit_id, knowledge.vocab)


def _amounts_by_unit(knowledge: Knowledge) -> dict[str, list[float]]:
    """Every figure in the store by unit, once: the first source of distractors."""
    values: dict[str, list[float]] = {}
    for compiled in knowledge.index.facts:
        for q in compiled.quantities:
            if q.value not in values.setdefault(q.unit, []):
                values[q.unit].append(q.value)
    return values


def _distractor_values(value: float, unit_id: str, qualifier: str,
                       others: list[float]) -> list[float]:
    """Other amounts in the same unit: the store's own first, then near misses; for a
    bound ('by 2028', 'at least 100') only those the bound makes false ('by 2030' is
    true if 'by 2028' is)."""
    if unit_id == "year":
        candidates = [value - 2, value + 2, value + 5, value - 5, value + 10, value - 10,
                      value - 3]
    else:
        factors = (0.5, 2, 1.5, 10, 0.1, 3, 0.25)
        candidates = [*others, *(_round_like(value * f, value) for f in factors)]
    picked: list[float] = []
    for candidate in candidates:
        if candidate <= 0 or candidate == value or candidate in picked:
            continue
        if (qualifier in _UPPER_BOUNDS and candidate > value) or (
                qualifier in _LOWER_BOUNDS and candidate < value):
            continue
        picked.append(candidate)
    return picked


def _round_like(value: float, reference: float) -> float:
    """Keep a distractor as round as the true figure: 113 -> 57, 1.1e9 -> 2.2e9."""
    if reference == int(reference) and reference < 1e6:
        return float(max(1, round(value)))
    return float(f"{value:.2g}")


def _aliases(entity_id: str, knowledge: Knowledge) -> list[str]:
    store_entity = knowledge.store.entity(entity_id)
    return [store_entity.name, *store_entity.aliases] if store_entity else []


def _figure_window(words: list[str], value: float, unit_id: str,
                   knowledge: Knowledge) -> tuple[int, int] | None:
    """The shortest run of words that reads as this figure: 'eight', '113 kilometres'."""
    for length in range(1, 5):
        for start in range(len(words) - length + 1):
            found = analyse(" ".join(words[start:start + length]), knowledge.vocab).quantities
            if (len(found) == 1 and found[0].unit == unit_id
                    and abs(found[0].value - value) < 1e-6 * max(1, abs(value))):
                return start, start + length
    return None


def _name_window(words: list[str], name: str) -> tuple[int, int] | None:
    target = tokenise(name)
    for start in range(len(words)):
        for end in range(start + 1, min(len(words), start + 4) + 1):
            if tokenise(" ".join(words[start:end])) == target:
                return start, end
    return None


def _cloze(words: list[str], window: tuple[int, int]) -> str:
    return _replace(words, window, BLANK)


def _replace(words: list[str], window: tuple[int, int], text: str) -> str:
    start, end = window
    last = words[end - 1]
    core = last.rstrip(".,;:!?")
    tail = last[len(core):]
    if core.endswith(("'s", "\u2019s")):
        tail = core[-2:] + tail  # keep the possessive: "_____'s borders"
    return " ".join([*words[:start], text + tail, *words[end:]])


# --- sessions ---------------------------------------------------------------------


def plan_session(knowledge: Knowledge, count: int, *, topics: tuple[str, ...] = (),
                 kinds: tuple[str, ...] = (), seed: int | None = None,
                 priority: list[tuple[int, str]] | None = None) -> list[QuizQuestion]:
    """``count`` questions, each from a different fact where possible. With a
    ``priority`` ((card id, fact id) pairs, most urgent first: due and weakest), those
    facts and cards come first. Questions are generated only for the facts the session
    reaches, so a large store starts as fast as a small one."""
    rng = random.Random(seed)
    facts = _facts_in(knowledge, topics)
    rng.shuffle(facts)
    card_rank = {card: i for i, (card, _) in enumerate(priority or ())}
    fact_rank: dict[str, int] = {}
    for i, (_, fact_id) in enumerate(priority or ()):
        fact_rank.setdefault(fact_id, i)
    facts.sort(key=lambda f: fact_rank.get(f.fact.id, len(fact_rank)))
    amounts = _amounts_by_unit(knowledge)
    chosen: list[QuizQuestion] = []
    spare: list[list[QuizQuestion]] = []
    for compiled in facts:  # first: one question per fact
        if len(chosen) == count:
            break
        pool = [q for q in questions_for(compiled, knowledge, amounts)
                if not kinds or q.kind in kinds]
        if not pool:
            continue
        rng.shuffle(pool)
        pool.sort(key=lambda q: card_rank.get(q.card_id, len(card_rank)))
        chosen.append(pool[0])
        spare.append(pool[1:])
    while len(chosen) < count and any(spare):  # a small store: more from the same facts
        for pool in spare:
            if pool and len(chosen) < count:
                chosen.append(pool.pop(0))
    return [shuffled_choices(q, rng) for q in chosen]


def shuffled_choices(question: QuizQuestion, rng: random.Random) -> QuizQuestion:
    if not question.choices:
        return question
    choices = list(question.choices)
    rng.shuffle(choices)
    return question._replace(choices=tuple(choices))


def grade(question: QuizQuestion, response: str, knowledge: Knowledge) -> Grade:
    text = response.strip()
    folded = fold(text)
    if not text:
        return Grade(valid=False)
    if folded == _HINT:
        return Grade(valid=False, hint=True)
    if folded in _SKIP:
        return Grade(valid=True, correct=False, skipped=True, given="(skipped)")
    if question.kind == "mc":
        return _grade_choice(question, folded)
    if question.kind == "tf":
        if folded in _TRUE or folded in _FALSE:
            given = "true" if folded in _TRUE else "false"
            return Grade(valid=True, correct=given == question.answer, given=given)
        return Grade(valid=False)
    if question.kind == "numeric":
        return _grade_number(question, text, knowledge)
    return _grade_text(question, text)


def _grade_choice(question: QuizQuestion, folded: str) -> Grade:
    letters = "abcdefgh"[: len(question.choices)]
    index = None
    if len(folded) == 1 and folded in letters:
        index = letters.index(folded)
    elif folded.isdigit() and 1 <= int(folded) <= len(question.choices):
        index = int(folded) - 1
    else:
        matches = [i for i, c in enumerate(question.choices) if fold(c) == folded]
        index = matches[0] if matches else None
    if index is None:
        return Grade(valid=False)
    given = question.choices[index]
    return Grade(valid=True, correct=given == question.answer, given=given)


def _grade_number(question: QuizQuestion, text: str, knowledge: Knowledge) -> Grade:
    """Read as verify reads figures: '1.1 billion', '1100 million', '€1.1bn', '113 km',
    '113000 m'; a bare number is in the unit and scale asked ('1.1' when asked in
    billions of euros), or taken as written."""
    if question.value is None:
        return Grade(valid=False)
    asked = knowledge.vocab.units[question.unit or "count"]
    spelled = text
    for symbol, name in _SYMBOLS_BY_DIMENSION.get(asked.dimension, {}).items():
        spelled = re.sub(rf"(?<=\d)\s*{symbol}\b", f" {name}", spelled, flags=re.IGNORECASE)
    found = analyse(spelled, knowledge.vocab).quantities
    if len(found) != 1:
        return Grade(valid=False)
    mention = found[0]
    if mention.unit in ("count", "year") and asked.dimension not in ("count", "date"):
        readings = [mention.value * (asked.factor or 1.0) * question.scale,
                    mention.value * (asked.factor or 1.0)]
    elif mention.dimension != asked.dimension or (
            asked.dimension == "money" and mention.unit != asked.id):
        return Grade(valid=True, correct=False, given=text)
    elif mention.dimension == "count" and question.scale != 1.0:
        readings = [mention.value * question.scale, mention.value]
    else:
        readings = [mention.value]
    correct = any(same_value(value, question.value, question.tolerance) for value in readings)
    return Grade(valid=True, correct=correct, given=text)


def _grade_text(question: QuizQuestion, text: str) -> Grade:
    """Case, diacritics and a small typo forgiven; any accepted alternative counts."""
    from rapidfuzz.distance import Levenshtein

    given = " ".join(tokenise(text))
    for accepted in (question.answer, *question.accept):
        target = " ".join(tokenise(accepted))
        budget = 0 if len(target) < 4 else 1 if len(target) < 8 else 2
        if Levenshtein.distance(given, target, score_cutoff=budget) <= budget:
            return Grade(valid=True, correct=True, given=text)
    return Grade(valid=True, correct=False, given=text)


def hint_for(question: QuizQuestion) -> str:
    return question.hint or f"Look in the section '{question.section}'."


def topic_label(question: QuizQuestion, title: str) -> str:
    """The topic title to show beside a question, or nothing when it names (or shares a
    word with) the answer or an option: it would give the answer away or point at a
    wrong one."""
    told = set(tokenise(title))
    for option in (question.answer, *question.choices, *question.accept):
        if told & set(tokenise(option)):
            return ""
    return title
