"""Quiz questions drawn from the facts' structure, sessions, and grading of answers.

Pure functions and plain data: the CLI reads answers and prints, ``history`` stores.
Every generated true/false statement is checked with ``verify`` before it is asked, so
the quiz can never teach something the article contradicts.
"""

from __future__ import annotations

import hashlib
import random
from itertools import islice
from typing import NamedTuple

from factcli.index import CompiledFact, display_unit, format_quantity
from factcli.knowledge import Knowledge
from factcli.model import Fact, MultipleChoice, Numeric, ShortAnswer, TrueFalse
from factcli.text import analyse, fold, tokenise
from factcli.verify import REFUTED, SUPPORTED, verify_claim

KINDS = ("mc", "tf", "numeric", "short")
BLANK = "_____"
_TRUE = frozenset({"t", "true", "y", "yes"})
_FALSE = frozenset({"f", "false", "n", "no"})
_SKIP = frozenset({"s", "skip"})
_HINT = "?"


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
            out.append(_question(fact, "mc", q.prompt, q.answer, choices=q.choices, hint=hint))
        elif isinstance(q, TrueFalse):
            out.append(_question(fact, "tf", q.prompt, "true" if q.answer else "false",
                                 hint=hint))
        elif isinstance(q, Numeric):
            unit = q.unit or "count"
            value = _to_base(q.answer, unit, knowledge)
            display = format_quantity(value, _base_id(unit, knowledge), knowledge.vocab)
            out.append(_question(fact, "numeric", q.prompt, display, value=value, unit=unit,
                                 tolerance=_to_base(q.tolerance, unit, knowledge), hint=hint))
        elif isinstance(q, ShortAnswer):
            out.append(_question(fact, "short", q.prompt, q.answer, accept=q.accept, hint=hint))
    return out


def _to_base(value: float, unit_id: str, knowledge: Knowledge) -> float:
    unit = knowledge.vocab.units[unit_id]
    return value * (unit.factor or 1.0)


def _base_id(unit_id: str, knowledge: Knowledge) -> str:
    return knowledge.vocab.base_unit(knowledge.vocab.units[unit_id]).id


def _generated(compiled: CompiledFact, knowledge: Knowledge,
               amounts: dict[str, list[float]]) -> list[QuizQuestion]:
    fact = compiled.fact
    words = fact.statement.split()
    out: list[QuizQuestion] = []
    for quantity in compiled.quantities:
        window = _figure_window(words, quantity.value, quantity.unit, knowledge)
        if window is None:
            continue
        cloze = _cloze(words, window)
        asked = display_unit(quantity.value, quantity.unit, knowledge.vocab)
        assert asked is not None  # the store's units are validated
        in_unit = f" (in {asked.plural})" if asked.plural else ""
        out.append(_question(fact, "numeric", f"Fill in the figure{in_unit}: {cloze}",
                             quantity.display, value=quantity.value, unit=asked.id,
                             hint=f"It is in the section '{fact.section}'."))
        candidates = _distractor_values(quantity.value, quantity.unit,
                                        amounts.get(quantity.unit, []))
        wrong = list(islice((v for v in candidates if _not_supported(
            _replace(words, window, _figure_text(v, quantity.unit, knowledge)), knowledge)), 3))
        choices = [_figure_text(quantity.value, quantity.unit, knowledge),
                   *(_figure_text(v, quantity.unit, knowledge) for v in wrong)]
        if len(set(choices)) == 4:
            out.append(_question(fact, "mc", f"Which figure fills the gap? {cloze}", choices[0],
                                 choices=tuple(choices)))
        for value in wrong[:1]:
            false = _replace(words, window, _figure_text(value, quantity.unit, knowledge))
            out.extend(_true_false(fact, false, False, knowledge))
    for entity_id in fact.entities:
        entity = knowledge.vocab.entities[entity_id]
        window = _name_window(words, entity.name)
        if window is None:
            continue
        cloze = _cloze(words, window)
        # Rival names in an order fixed by the fact; a rival is a fair distractor only if
        # the article does not make it true too.
        rivals = sorted(e.name for e in knowledge.vocab.entities.values()
                        if e.kind == entity.kind and e.id not in fact.entities)
        random.Random(fact.id).shuffle(rivals)
        picks = list(islice((name for name in rivals if _not_supported(
            _replace(words, window, name), knowledge)), 3))
        aliases = tuple(a for a in _aliases(entity_id, knowledge) if a != entity.name)
        out.append(_question(fact, "short", f"Fill in the name: {cloze}", entity.name,
                             accept=aliases, hint=f"It starts with '{entity.name[0]}'."))
        if len(picks) == 3:
            out.append(_question(fact, "mc", f"Which name fills the gap? {cloze}", entity.name,
                                 choices=(entity.name, *picks)))
            false = _replace(words, window, picks[0])
            out.extend(_true_false(fact, false, False, knowledge))
    out.extend(_true_false(fact, fact.statement, True, knowledge))
    return out


def _true_false(fact: Fact, statement: str, truth: bool,
                knowledge: Knowledge) -> list[QuizQuestion]:
    """Only statements that verify agrees with: SUPPORTED when true, REFUTED when false."""
    wanted = SUPPORTED if truth else REFUTED
    if verify_claim(statement, knowledge).verdict != wanted:
        return []
    return [_question(fact, "tf", statement, "true" if truth else "false",
                      hint=f"It is in the section '{fact.section}'.")]


def _not_supported(statement: str, knowledge: Knowledge) -> bool:
    return verify_claim(statement, knowledge).verdict != SUPPORTED


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


def _distractor_values(value: float, unit_id: str, others: list[float]) -> list[float]:
    """Three other amounts in the same unit: the store's own first, then near misses."""
    if unit_id == "year":
        candidates = [value - 2, value + 2, value + 5, value - 5, value + 10]
    else:
        factors = (0.5, 2, 1.5, 10, 0.1, 3)
        candidates = [*others, *(_round_like(value * f, value) for f in factors)]
    picked: list[float] = []
    for candidate in candidates:
        if candidate > 0 and candidate != value and candidate not in picked:
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
    """'1.1 billion', '1100 million', '€1.1bn', '113 km' or a bare '113' in the asked unit."""
    found = analyse(text, knowledge.vocab).quantities
    if len(found) != 1 or question.value is None:
        return Grade(valid=False)
    mention = found[0]
    value = mention.value
    asked = knowledge.vocab.units[question.unit or "count"]
    if mention.unit in ("count", "year") and asked.dimension not in ("count", "date"):
        value = mention.value * (asked.factor or 1.0)  # a bare number is in the asked unit
    elif mention.dimension != asked.dimension or (
            asked.dimension == "money" and mention.unit != asked.id):
        return Grade(valid=True, correct=False, given=text)
    tolerance = max(question.tolerance, 1e-9 * max(1.0, abs(question.value)))
    return Grade(valid=True, correct=abs(value - question.value) <= tolerance, given=text)


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
    if question.hint:
        return question.hint
    if question.kind == "mc":
        return f"Look in the section '{question.section}'."
    return f"The fact is about {question.topic}, in the section '{question.section}'."
