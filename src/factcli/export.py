"""Quiz questions taken out of the terminal: Anki packages, CSV for flash-card importers,
and printable Markdown worksheets with an answer key.

Pure functions from questions to bytes or text; the CLI chooses the questions (with
``quiz``'s own selection) and writes the result. genanki is imported only when an Anki
package is built, so no other command pays for it.
"""

from __future__ import annotations

import csv
import hashlib
import html
import io
import random
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import NamedTuple

from factcli.errors import UsageError
from factcli.knowledge import Knowledge
from factcli.model import Source, Store
from factcli.quiz import QuizQuestion, all_questions, plan_session, shuffled_choices
from factcli.render import visible
from factcli.text import fold

LETTERS = "abcdefgh"
KIND_TAGS = {"mc": "multiple-choice", "tf": "true-false", "numeric": "numeric",
             "short": "short-answer"}
CSV_COLUMNS = ("Front", "Back", "Tags")
ANKI_FIELDS = ("Question", "Choices", "Answer", "Fact", "Section", "Source", "Hint")
# Fixed for good: Anki recognises a re-imported note type by this id. A change to the
# fields or templates needs a new id, or Anki keeps the old ones.
_ANKI_MODEL_ID = 1_598_304_117
_ANKI_CSS = """\
.card { font-family: sans-serif; font-size: 20px; text-align: left; color: black;
        background-color: white; max-width: 40em; margin: auto; }
.choices ol { list-style-type: lower-alpha; }
.answer { font-weight: bold; }
.fact { margin-top: 1em; }
.source { margin-top: 1em; font-size: 14px; color: #666; }
"""
_ANKI_FRONT = """\
<div class="question">{{Question}}</div>
{{#Choices}}<div class="choices">{{Choices}}</div>{{/Choices}}
{{#Hint}}<div class="hint">{{hint:Hint}}</div>{{/Hint}}"""
_ANKI_BACK = """\
{{FrontSide}}
<hr id="answer">
<div class="answer">{{Answer}}</div>
<div class="fact">{{Fact}}</div>
<div class="source">{{Section}} · {{Source}}</div>"""
_MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]<>&|~#])")
_ANSWER_LINE = "_" * 40


class Export(NamedTuple):
    content: bytes
    questions: int


class AnkiNote(NamedTuple):
    guid: str
    fields: tuple[str, ...]  # HTML, in the order of ANKI_FIELDS
    tags: tuple[str, ...]


def export_anki(knowledge: Knowledge, deck_name: str | None, *, topics: tuple[str, ...] = (),
                kinds: tuple[str, ...] = ()) -> Export:
    """Every matching question as a note of one deck (named after the article unless
    ``deck_name`` is given)."""
    questions = deck_questions(knowledge, topics, kinds)
    name = clean(deck_name or "") or titles(questions, knowledge.store)
    return Export(anki_package(anki_notes(questions, knowledge.store), name), len(questions))


def export_csv(knowledge: Knowledge, *, topics: tuple[str, ...] = (),
               kinds: tuple[str, ...] = ()) -> Export:
    questions = deck_questions(knowledge, topics, kinds)
    return Export(csv_text(questions, knowledge.store).encode(), len(questions))


def export_worksheet(knowledge: Knowledge, count: int, seed: int | None, *,
                     topics: tuple[str, ...] = (), kinds: tuple[str, ...] = ()) -> Export:
    """The questions ``quiz --seed`` would ask, so a seed always gives the same sheet;
    without one, a seed is drawn and printed on the answer key."""
    if seed is None:
        seed = random.randrange(1, 100_000)
    questions = _some(plan_session(knowledge, count, topics=topics, kinds=kinds, seed=seed),
                      bool(topics or kinds))
    return Export(worksheet(questions, knowledge.store, seed).encode(), len(questions))


def deck_questions(knowledge: Knowledge, topics: tuple[str, ...],
                   kinds: tuple[str, ...]) -> list[QuizQuestion]:
    """All matching questions, each with its options in an order of its own that stays
    the same on every export."""
    questions = all_questions(knowledge, topics=topics, kinds=kinds)
    return _some([shuffled_choices(q, random.Random(q.card_id)) for q in questions],
                 bool(topics or kinds))


def _some(questions: list[QuizQuestion], filtered: bool) -> list[QuizQuestion]:
    if questions:
        return questions
    if filtered:
        raise UsageError("no question matches these --topic and --kind filters")
    raise UsageError("the fact store yields no quiz questions; add facts, or questions "
                     "to its facts")


# --- how a question reads on a card or a sheet ----------------------------------------


def clean(text: str) -> str:
    """One line with no control characters: store text cannot break a row or a card."""
    return visible(" ".join(text.split()))


def front(question: QuizQuestion) -> str:
    """A true/false statement is introduced as one, unless it is a question already."""
    prompt = clean(question.prompt)
    if question.kind != "tf" or _is_question(prompt) or fold(prompt).startswith("true or false"):
        return prompt
    return f"True or false: {prompt}"


def _is_question(prompt: str) -> bool:
    return prompt.rstrip().endswith("?")


def lettered_choices(question: QuizQuestion) -> list[str]:
    return [f"{letter}) {clean(choice)}"
            for letter, choice in zip(LETTERS, question.choices, strict=False)]


def answer(question: QuizQuestion) -> str:
    """The answer as a person reads it: 'b) 113 km', 'False', '1.1 billion euros'."""
    if question.kind == "mc" and question.answer in question.choices:
        return f"{LETTERS[question.choices.index(question.answer)]}) {clean(question.answer)}"
    if question.kind == "tf":
        truth = question.answer == "true"
        if _is_question(question.prompt):  # "Is the gap 100 km long?" - "Yes"
            return "Yes" if truth else "No"
        return "True" if truth else "False"
    return clean(question.answer)


def tags(question: QuizQuestion) -> tuple[str, ...]:
    """Anki tags hold no spaces; ``::`` makes them a tree in Anki's browser."""
    topic = "_".join(question.topic.split())
    return (f"topic::{topic}", f"kind::{KIND_TAGS[question.kind]}")


def source_of(question: QuizQuestion, store: Store) -> Source | None:
    fact = store.fact(question.fact_id)
    return store.source(fact.source) if fact else None


def titles(questions: list[QuizQuestion], store: Store) -> str:
    """The articles the questions come from, by title, in the store's order."""
    used = {s.id for q in questions if (s := source_of(q, store))}
    return " · ".join(clean(s.title) for s in store.sources if s.id in used) or "factcli"


# --- Anki ------------------------------------------------------------------------------


def note_guid(card_id: int) -> str:
    """From the card id the quiz history uses, so a re-import updates the same note."""
    import genanki

    return str(genanki.guid_for("factcli", card_id))


def anki_notes(questions: list[QuizQuestion], store: Store) -> list[AnkiNote]:
    notes = []
    for question in questions:
        choices = "".join(f"<li>{_html(c)}</li>" for c in question.choices)
        source = source_of(question, store)
        fields = (
            _html(front(question)),
            f"<ol>{choices}</ol>" if choices else "",
            _html(answer(question)),
            _html(question.statement),
            _html(question.section),
            _source_html(source) if source else "",
            _html(question.hint),
        )
        notes.append(AnkiNote(note_guid(question.card_id), fields, tags(question)))
    return notes


def _source_html(source: Source) -> str:
    label = _html(f"{source.publisher}: {source.title}")
    if not source.url.startswith(("https://", "http://")):
        return label
    return f'<a href="{html.escape(source.url, quote=True)}">{label}</a>'


def _html(text: str) -> str:
    return html.escape(clean(text), quote=False)


def deck_id(name: str) -> int:
    """Stable per deck name, in the range Anki's own ids use."""
    digest = int(hashlib.sha256(name.encode()).hexdigest()[:8], 16)
    return (1 << 30) + digest % (1 << 30)


def anki_package(notes: list[AnkiNote], deck_name: str) -> bytes:
    """An .apkg holding one deck of ``notes``, built by genanki."""
    import genanki

    model = genanki.Model(
        _ANKI_MODEL_ID, "factcli question",
        fields=[{"name": name} for name in ANKI_FIELDS],
        templates=[{"name": "Question", "qfmt": _ANKI_FRONT, "afmt": _ANKI_BACK}],
        css=_ANKI_CSS,
    )
    deck = genanki.Deck(deck_id(deck_name), deck_name)
    for note in notes:
        deck.add_note(genanki.Note(model=model, fields=list(note.fields),
                                   tags=list(note.tags), guid=note.guid))
    out = io.BytesIO()
    with _scratch_tempdir():
        genanki.Package(deck).write_to_file(out)
    return out.getvalue()


@contextmanager
def _scratch_tempdir() -> Iterator[None]:
    """genanki builds the collection in a temporary file it never deletes; give it a
    directory that is removed afterwards."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="factcli-anki-") as scratch:
        saved, tempfile.tempdir = tempfile.tempdir, scratch
        try:
            yield
        finally:
            tempfile.tempdir = saved


# --- CSV -------------------------------------------------------------------------------


def csv_text(questions: list[QuizQuestion], store: Store) -> str:
    """Front, back, tags; the ``#`` lines are Anki's import headers and a how-to."""
    out = io.StringIO()
    out.write(
        "#separator:comma\n"
        "#html:false\n"
        f"#columns:{','.join(CSV_COLUMNS)}\n"
        f"#tags column:{CSV_COLUMNS.index('Tags') + 1}\n"
        f"# {titles(questions, store)}: {len(questions)} questions from factcli.\n"
        "# Anki: File > Import this file; the lines above set the separator and columns.\n"
        "# Quizlet: open the file in a spreadsheet, copy the Front and Back columns and\n"
        "# paste them into Create > Import (Tab between term and definition).\n")
    # Every field quoted, so no card can start with '#' and be read as a comment.
    writer = csv.writer(out, quoting=csv.QUOTE_ALL, lineterminator="\n")
    for question in questions:
        writer.writerow(csv_row(question))
    return out.getvalue()


def csv_row(question: QuizQuestion) -> tuple[str, str, str]:
    card_front = " ".join([front(question), *lettered_choices(question)])
    back = f"{answer(question)} — {clean(question.statement)} ({clean(question.section)})"
    return card_front, back, " ".join(tags(question))


# --- worksheet -------------------------------------------------------------------------


def worksheet(questions: list[QuizQuestion], store: Store, seed: int) -> str:
    """Markdown to print: questions numbered and grouped by article section, room for
    the answers, and the answer key on a page of its own."""
    grouped = _by_section(questions, store)
    ordered = [q for _, group in grouped for q in group]
    lines = [f"# Worksheet: {_md(titles(questions, store))}", ""]
    sources = [s for s in store.sources if any(source_of(q, store) == s for q in ordered)]
    for source in sources:
        lines += [f"{_md(clean(source.publisher))} · {_md(clean(source.url))}", ""]
    lines += [f"Name: {'_' * 30}   Date: {'_' * 15}", "",
              f"{len(ordered)} questions. Multiple choice: circle one letter. True or "
              "false: circle one word. Otherwise write the answer on the line.", ""]
    number = 1
    for section, group in grouped:
        lines += [f"## {_md(section)}", ""]
        for question in group:
            lines += _worksheet_question(question, number)
            number += 1
    lines += ['<div style="page-break-before: always"></div>', "",
              f"## Answer key: {_md(titles(questions, store))}", ""]
    for number, question in enumerate(ordered, start=1):
        lines.append(f"{number}. **{_md(answer(question))}** — {_md(clean(question.statement))}"
                     f" ({_md(clean(question.section))})")
    lines += ["", f"Seed {seed}: the same options with `--seed {seed}` print this sheet again."]
    return "\n".join(lines) + "\n"


def _by_section(questions: list[QuizQuestion],
                store: Store) -> list[tuple[str, list[QuizQuestion]]]:
    """Sections in the article's order (several articles: the store's order)."""
    order: dict[str, int] = {}
    for source in store.sources:
        for section in source.sections:
            order.setdefault(clean(section), len(order))
    groups: dict[str, list[QuizQuestion]] = {}
    for question in questions:
        groups.setdefault(clean(question.section), []).append(question)
    return sorted(groups.items(), key=lambda item: order.get(item[0], len(order)))


def _worksheet_question(question: QuizQuestion, number: int) -> list[str]:
    marker = f"{number}. "
    indent = " " * len(marker)  # continuation lines belong to the numbered item
    lines = [f"{marker}{_md(front(question))}", ""]
    if question.kind == "mc":
        lines += [f"{indent}- {_md(choice)}" for choice in lettered_choices(question)]
    elif question.kind == "tf":
        lines.append(f"{indent}Yes / No" if _is_question(question.prompt)
                     else f"{indent}True / False")
    else:
        lines.append(f"{indent}Answer: {_ANSWER_LINE}")
    return [*lines, ""]


def _md(text: str) -> str:
    """Literal in Markdown: a blank's underscores or a '<' in a fact never become markup."""
    return _MARKDOWN_SPECIAL.sub(r"\\\1", text)
