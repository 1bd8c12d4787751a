"""Answering questions from the fact store, or saying plainly that the article does not.

The question's form (how many, when, which, why, ...) says what kind of answer fits; the
rest of it is aligned with candidate facts exactly as a claim is in ``verify``, so a
question is answered only from a fact that accounts for everything it asks about.
"""

from __future__ import annotations

from typing import NamedTuple

from factcli.files import require_text
from factcli.index import CompiledFact, index_tokens
from factcli.knowledge import Knowledge
from factcli.quantities import FactQuantity
from factcli.text import Analysis, analyse, and_list
from factcli.verify import REFUTED, SUPPORTED, align, verify_claim
from factcli.vocabulary import QuestionForm, Vocabulary

MAX_QUESTION_CHARS = 10_000
CANDIDATES = 8
RELATED = 2
_COPULAS = frozenset({"is", "are", "was", "were"})


class FactHit(NamedTuple):
    fact_id: str
    statement: str
    section: str
    score: float


class Answer(NamedTuple):
    question: str
    answer: str | None
    form: str
    facts: tuple[FactHit, ...]
    note: str

    @property
    def answered(self) -> bool:
        return self.answer is not None


class _Focus(NamedTuple):
    """What the question asks for, and which of its tokens only say that."""

    form: QuestionForm | None
    kinds: tuple[str, ...]
    dimensions: tuple[str, ...]
    span: range
    measure: frozenset[str]
    plural: bool


def check_question_text(question: str) -> str:
    return require_text(question, "question",
                        'factcli ask "How many bridges will be renovated?"', MAX_QUESTION_CHARS)


def ask_question(question: str, knowledge: Knowledge) -> Answer:
    text = check_question_text(question)
    vocab = knowledge.vocab
    reading = analyse(text, vocab)
    focus = _focus(reading, vocab)
    if focus.form is None and reading.tokens and reading.tokens[0] in vocab.yes_no:
        return _yes_no(text, knowledge)
    core = _without(reading, focus.span)
    query = core.term_set | focus.measure
    hits = knowledge.index.search(index_tokens(query, set(core.entity_ids)), CANDIDATES)
    form_name = " ".join(focus.form.words) if focus.form else "statement"
    found: list[tuple[CompiledFact, str]] = []
    for compiled, _ in hits:
        alignment = align(core, compiled, knowledge, asserted=False)
        if (alignment.conflicts and not (alignment.unmatched or alignment.subject_missing)
                and not found):
            conflict = "; ".join(c.describe() for c in alignment.conflicts)
            return Answer(text, None, form_name, _hits(hits, compiled), "the question assumes "
                          f"something the article contradicts: {conflict}")
        if (alignment.conflicts or alignment.unmatched or alignment.subject_missing
                or alignment.quantity_gaps):
            continue
        if focus.measure and not focus.measure <= compiled.terms:
            continue
        if not (alignment.matched or focus.measure):
            continue  # nothing of the question is in this fact
        answer = _answer_from(compiled, focus, reading, vocab)
        if answer is not None:
            found.append((compiled, answer))
    if not found:
        return Answer(text, None, form_name, _hits(hits, None), "the article does not say")
    # "Which countries ...?" is better answered by the fact that names several.
    compiled, answer = max(found, key=lambda pair: focus.plural and " and " in pair[1])
    if focus.form is not None and focus.form.answer == "statement":
        answer = " ".join([answer, *_completing(core, compiled, hits, knowledge)])
    return Answer(text, answer, form_name, _hits(hits, compiled),
                  f"from {compiled.fact.id} ({compiled.fact.section})")


def _focus(reading: Analysis, vocab: Vocabulary) -> _Focus:
    tokens = reading.tokens
    for start, _ in enumerate(tokens):
        for form in vocab.question_forms:
            end = start + len(form.words)
            if tuple(tokens[start:end]) != form.words:
                continue
            kinds, dimensions, plural = form.kinds, form.dimensions, False
            if form.after_copula and end < len(tokens) and tokens[end] in _COPULAS:
                dimensions = form.after_copula
            stop = end
            if form.answer != "quantity":
                # "what are the two countries ...": the kind may follow a copula
                while stop < len(tokens) and stop < end + 3 and (
                        tokens[stop] in _COPULAS or tokens[stop] == "the"
                        or tokens[stop] in vocab.number_words):
                    stop += 1
                if stop >= len(tokens) or tokens[stop] not in vocab.kind_nouns:
                    stop = end
            kind_end = None
            # "which neighbouring states", "how many kilometres of road": the words that
            # name the kind of answer, up to the verb.
            while stop < len(tokens) and stop < end + 4 and not _is_predicate(reading, stop, vocab):
                word = tokens[stop]
                if word in vocab.kind_nouns and form.answer != "quantity":
                    kinds = (vocab.kind_nouns[word],)
                    plural = word.endswith("s") and not word.endswith("ss")
                    kind_end = stop + 1
                    break
                if word in vocab.unit_names and form.answer == "quantity":
                    unit = vocab.units[vocab.unit_names[word]]
                    dimensions = (unit.dimension,)
                stop += 1
            measure: frozenset[str] = frozenset()
            if form.answer == "quantity":
                span = range(start, stop)
                measure = frozenset(t for t, pos in reading.terms if pos in span)
                counted = [tokens[p] for p in span if tokens[p] in vocab.kind_nouns]
                if counted:  # "how many neighbouring countries": a count of entities
                    kinds = (vocab.kind_nouns[counted[0]],)
            elif kind_end is not None:
                span = range(start, kind_end)
                if form.answer == "statement":  # "what countries ..." asks for names
                    form = form._replace(answer="entities")
            else:
                span = range(start, end)
            plural = plural or any(t in vocab.plural_cues for t in tokens)
            return _Focus(form, kinds, dimensions, span, measure, plural)
    return _Focus(None, (), (), range(0), frozenset(), False)


def _completing(core: Analysis, primary: CompiledFact,
                hits: list[tuple[CompiledFact, float]], knowledge: Knowledge) -> list[str]:
    """Statements that say more about what the question asks, as 'What does Lithuania
    learn from Ukraine?' is completed by the fact naming Ukraine's lessons: facts that
    match all of the question's terms and lack only entities the primary fact names."""
    extra: list[str] = []
    for compiled, _ in hits:
        if compiled is primary or len(extra) == RELATED:
            continue
        alignment = align(core, compiled, knowledge, asserted=False)
        terms_matched = [m for m in alignment.matched if not m.startswith(("@", "#"))]
        if (alignment.conflicts or alignment.quantity_gaps or not terms_matched
                or any(not u.startswith("@") for u in alignment.unmatched)):
            continue
        if all(u[1:] in primary.entities for u in alignment.unmatched + [
                "@" + s for s in alignment.subject_missing]):
            extra.append(compiled.fact.statement)
    return extra


def _is_predicate(reading: Analysis, position: int, vocab: Vocabulary) -> bool:
    return reading.predicate_at == position or reading.tokens[position] in vocab.auxiliaries


def _without(reading: Analysis, span: range) -> Analysis:
    """The question less its question words, as a claim to align with facts."""
    return Analysis(
        tokens=reading.tokens,
        terms=[(t, pos) for t, pos in reading.terms if pos not in span],
        entities=[(e, pos) for e, pos in reading.entities if pos not in span],
        quantities=[q for q in reading.quantities if q.start not in span],
        negations=reading.negations,
        exclusive=reading.exclusive,
        predicate_at=0,  # a question's word order says little about its subject: none
        raw_terms=reading.raw_terms,
        oblique=reading.oblique,
    )


def _answer_from(compiled: CompiledFact, focus: _Focus, reading: Analysis,
                 vocab: Vocabulary) -> str | None:
    form = focus.form
    if form is not None and form.modifier and not _names_a_kind(compiled, focus, reading,
                                                                vocab):
        return None
    if form is None or form.answer == "statement":
        return compiled.fact.statement
    if form.answer == "entities":
        mentioned = set(reading.entity_ids)
        if form.not_subject:
            mentioned |= compiled.subject
        names = [vocab.entities[e].name for e in compiled.fact.entities if e not in mentioned
                 and (not focus.kinds or vocab.entities[e].kind in focus.kinds)]
        return and_list(names) if names else None
    return _quantity_answer(compiled, focus, reading, vocab)


def _names_a_kind(compiled: CompiledFact, focus: _Focus, reading: Analysis,
                  vocab: Vocabulary) -> bool:
    """'What kind of mines?' is answered by a fact that says which ('anti-tank mines'):
    a word just before the noun that the question does not already have."""
    verbs = [pos for t, pos in reading.terms if pos >= focus.span.stop and vocab.is_verb_group(t)]
    verbs += [p for p in range(focus.span.stop, len(reading.tokens))
              if reading.tokens[p] in vocab.auxiliaries]
    phrase_end = min(verbs, default=len(reading.tokens))
    phrase = [t for t, pos in reading.terms if focus.span.stop <= pos < phrase_end]
    if not phrase:
        return False
    noun = phrase[-1]  # the head of "anti-tank mines" is "mines"
    asked = reading.term_set
    fact = analyse(compiled.fact.statement, vocab)
    for term, pos in fact.terms:
        if term == noun and any(t not in asked for t, p in fact.terms if pos - 3 <= p < pos):
            return True
    return False


def _quantity_answer(compiled: CompiledFact, focus: _Focus, reading: Analysis,
                     vocab: Vocabulary) -> str | None:
    if focus.kinds:  # "how many countries ...": count the ones the fact names
        mentioned = set(reading.entity_ids)
        pool = [e for e in compiled.fact.subject if vocab.entities[e].kind in focus.kinds]
        pool = pool or [e for e in compiled.fact.entities
                        if vocab.entities[e].kind in focus.kinds and e not in mentioned]
        names = [vocab.entities[e].name for e in pool if e not in mentioned]
        return f"{len(names)} ({and_list(names)})" if len(names) >= 2 else None
    fitting = [q for q in compiled.quantities if q.dimension in focus.dimensions]
    if not fitting:
        return None
    by_measure = [q for q in fitting if q.measure & focus.measure]
    ranked = sorted(by_measure or fitting, key=lambda q: focus.dimensions.index(q.dimension))
    primary = ranked[0]
    context = [_in_context(q) for q in compiled.quantities if q is not primary]
    return ", ".join([_in_context(primary), *context])


def _in_context(quantity: FactQuantity) -> str:
    if quantity.dimension == "duration":
        return f"over {quantity.display}"
    if quantity.qualifier == "by":
        return f"by {quantity.display}"
    return quantity.display


def _yes_no(text: str, knowledge: Knowledge) -> Answer:
    result = verify_claim(text.rstrip("?").strip(), knowledge)
    hits = tuple(FactHit(e.fact_id, e.statement, e.section, result.confidence)
                 for e in result.evidence)
    if result.verdict == SUPPORTED:
        return Answer(text, f"Yes. {result.evidence[0].statement}", "yes/no", hits,
                      result.explanation)
    if result.verdict == REFUTED:
        return Answer(text, f"No: {result.explanation}.", "yes/no", hits, result.explanation)
    return Answer(text, None, "yes/no", hits, "the article does not say")


def _hits(hits: list[tuple[CompiledFact, float]],
          chosen: CompiledFact | None) -> tuple[FactHit, ...]:
    """The answering fact first, then up to two related ones (or the closest, if none)."""
    ordered = ([chosen] if chosen else []) + [f for f, _ in hits if f is not chosen]
    scores = {id(f): s for f, s in hits}
    limit = (1 + RELATED) if chosen else 3
    return tuple(FactHit(f.fact.id, f.fact.statement, f.fact.section,
                         round(scores.get(id(f), 0.0), 3)) for f in ordered[:limit])
