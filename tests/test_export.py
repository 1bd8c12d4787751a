from __future__ import annotations

import csv
import io
import json
import os
import re
import sqlite3
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcli.cli import app
from factcli.export import (
    ANKI_FIELDS,
    CSV_COLUMNS,
    anki_notes,
    answer,
    csv_row,
    deck_questions,
    front,
    note_guid,
    worksheet,
)
from factcli.knowledge import Knowledge
from factcli.model import Fact, Source, Store
from factcli.quiz import QuizQuestion, plan_session

runner = CliRunner()
GOLDEN = Path(__file__).resolve().parent / "data" / "worksheet_seed7.md"


def run(*args: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args))


def read_apkg(path: Path, scratch: Path) -> tuple[list[dict], dict]:
    """The notes of an .apkg (a zip holding an SQLite collection) and its collection row."""
    with zipfile.ZipFile(path) as package:
        assert "collection.anki2" in package.namelist()
        (scratch / "collection.anki2").write_bytes(package.read("collection.anki2"))
    db = sqlite3.connect(scratch / "collection.anki2")
    try:
        notes = [{"guid": guid, "fields": dict(zip(ANKI_FIELDS, flds.split("\x1f"), strict=True)),
                  "tags": tags.split()}
                 for guid, flds, tags in db.execute("SELECT guid, flds, tags FROM notes")]
        models, decks = db.execute("SELECT models, decks FROM col").fetchone()
    finally:
        db.close()
    return notes, {"models": json.loads(models), "decks": json.loads(decks)}


def question(kind: str, prompt: str, answer_text: str, section: str = "Opening", *,
             choices: tuple[str, ...] = (), fact_id: str = "f1", topic: str = "bridges",
             statement: str = "Eight bridges are renovated.") -> QuizQuestion:
    return QuizQuestion(len(prompt), fact_id, topic, section, statement, kind, prompt,
                        answer_text, choices=choices)


SOURCE = Source("news", "Bridges & Roads <Update>", "Daily *Post*", "daily.example",
                "https://daily.example/roads", ("Opening", "Money", "Later"))
STORE = Store(1, (SOURCE,), (), (Fact("f1", "news", "Opening", "bridges",
                                      "Eight bridges are renovated.", ()),))


# --- Anki ----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def exported(tmp_path_factory: pytest.TempPathFactory) -> tuple[list[dict], dict]:
    folder = tmp_path_factory.mktemp("apkg")
    result = run("export", "anki", str(folder / "deck.apkg"))
    assert result.exit_code == 0, result.stderr
    return read_apkg(folder / "deck.apkg", folder)


def test_anki_package_has_one_note_per_question_with_stable_guids(
        exported: tuple[list[dict], dict], knowledge: Knowledge) -> None:
    notes, _ = exported
    questions = deck_questions(knowledge, (), ())
    assert sorted(n["guid"] for n in notes) == sorted(note_guid(q.card_id) for q in questions)
    assert len({n["guid"] for n in notes}) == len(notes)


def test_anki_notes_carry_question_answer_fact_section_source_and_tags(
        exported: tuple[list[dict], dict], knowledge: Knowledge) -> None:
    notes, _ = exported
    by_guid = {n["guid"]: n for n in notes}
    for q in deck_questions(knowledge, (), ()):
        note = by_guid[note_guid(q.card_id)]
        fields = note["fields"]
        assert fields["Section"] == q.section
        assert "Euromaidan Press" in fields["Source"]
        assert fields["Fact"] == q.statement
        assert note["tags"] == [f"topic::{q.topic}", f"kind::{_kind_tag(q.kind)}"]
        if q.kind == "mc":
            items = re.findall(r"<li>(.*?)</li>", fields["Choices"])
            letter = "abcd"[items.index(q.answer)]
            assert fields["Answer"] == f"{letter}) {q.answer}"
        elif q.kind == "tf":
            assert fields["Question"] == f"True or false: {q.prompt}"
            assert fields["Answer"] == q.answer.capitalize()
        else:
            assert fields["Choices"] == ""
            assert fields["Answer"] == q.answer


def _kind_tag(kind: str) -> str:
    return {"mc": "multiple-choice", "tf": "true-false", "numeric": "numeric",
            "short": "short-answer"}[kind]


def test_anki_deck_is_named_after_the_article_and_the_note_type_has_the_fields(
        exported: tuple[list[dict], dict]) -> None:
    _, collection = exported
    names = {deck["name"] for deck in collection["decks"].values()}
    assert "Lithuania Takes Proactive Measures to Bolster Defense Against Russia" in names
    (model,) = [m for m in collection["models"].values() if m["name"] == "factcli question"]
    assert [f["name"] for f in model["flds"]] == list(ANKI_FIELDS)


def test_multiple_choice_answers_are_not_always_in_the_same_place(
        exported: tuple[list[dict], dict]) -> None:
    letters = {n["fields"]["Answer"][0] for n in exported[0] if n["fields"]["Choices"]}
    assert len(letters) > 1


def test_re_export_keeps_guids_and_a_store_change_touches_only_its_fact(
        tmp_path: Path, store_data: dict, write_store, knowledge: Knowledge) -> None:
    first, second, changed = (tmp_path / name for name in ("a.apkg", "b.apkg", "c.apkg"))
    assert run("export", "anki", str(first)).exit_code == 0
    assert run("export", "anki", str(second)).exit_code == 0
    guids = [{n["guid"] for n in read_apkg(path, tmp_path)[0]} for path in (first, second)]
    assert guids[0] == guids[1]
    edited = store_data["facts"][0]
    edited["questions"] = [{"kind": "tf", "prompt": "Lithuania is staying in the treaty.",
                            "answer": False}]
    result = run("--facts", str(write_store(store_data)), "export", "anki", str(changed))
    assert result.exit_code == 0, result.stderr
    kept = {note_guid(q.card_id) for q in deck_questions(knowledge, (), ())
            if q.fact_id != edited["id"]}
    after = {n["guid"] for n in read_apkg(changed, tmp_path)[0]}
    assert kept <= after
    assert after - guids[0]  # the new question is a new note


def test_anki_filters_and_deck_option(tmp_path: Path) -> None:
    target = tmp_path / "gap.apkg"
    result = run("export", "anki", str(target), "--topic", "suwalki-gap", "--kind", "mc",
                 "--deck", "Borders::Gap")
    assert result.exit_code == 0, result.stderr
    notes, collection = read_apkg(target, tmp_path)
    assert notes
    assert all(n["tags"] == ["topic::suwalki-gap", "kind::multiple-choice"] for n in notes)
    assert "Borders::Gap" in {d["name"] for d in collection["decks"].values()}
    assert result.stderr == f"wrote {len(notes)} questions to {target}\n"


def test_anki_export_leaves_no_scratch_files(tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    assert run("export", "anki", str(tmp_path / "deck.apkg")).exit_code == 0
    assert list(scratch.iterdir()) == []


def test_anki_fields_escape_store_text() -> None:
    tricky = question("mc", "Which <b>one</b> & why?", "x < y", choices=("x < y", "z", "w", "v"),
                      statement="Costs \x1b[31mrose\x07 by 5 < 6.\nNext line")
    (note,) = anki_notes([tricky], STORE)
    fields = dict(zip(ANKI_FIELDS, note.fields, strict=True))
    assert fields["Question"] == "Which &lt;b&gt;one&lt;/b&gt; &amp; why?"
    assert fields["Answer"] == "a) x &lt; y"
    assert fields["Fact"] == "Costs \\x1b[31mrose\\x07 by 5 &lt; 6. Next line"
    assert fields["Source"] == ('<a href="https://daily.example/roads">Daily *Post*: '
                                "Bridges &amp; Roads &lt;Update&gt;</a>")


def test_anki_package_cannot_go_to_stdout_and_needs_the_apkg_suffix(tmp_path: Path) -> None:
    to_stdout = run("export", "anki", "-")
    assert to_stdout.exit_code == 2
    assert to_stdout.stderr == ("error: an Anki package cannot be written to stdout; give a "
                                "file name such as deck.apkg\n")
    assert to_stdout.stdout == ""
    wrong = run("export", "anki", str(tmp_path / "deck.zip"))
    assert wrong.exit_code == 2
    assert "Anki imports packages named *.apkg" in wrong.stderr
    assert not (tmp_path / "deck.zip").exists()


# --- CSV -----------------------------------------------------------------------------


def csv_parts(text: str) -> tuple[list[str], list[list[str]]]:
    lines = text.splitlines(keepends=True)
    headers = [line.rstrip("\n") for line in lines if line.startswith("#")]
    cards = "".join(line for line in lines if not line.startswith("#"))
    rows = list(csv.reader(io.StringIO(cards)))
    return headers, rows


def test_csv_round_trips_with_front_back_tags(knowledge: Knowledge) -> None:
    result = run("export", "csv", "-")
    assert result.exit_code == 0, result.stderr
    headers, rows = csv_parts(result.stdout)
    assert "#separator:comma" in headers
    assert "#columns:Front,Back,Tags" in headers
    assert "#tags column:3" in headers
    assert any("Quizlet" in h for h in headers) and any("Anki" in h for h in headers)
    questions = deck_questions(knowledge, (), ())
    assert rows == [list(csv_row(q)) for q in questions]
    assert all(len(row) == len(CSV_COLUMNS) for row in rows)
    tf = next(row for row, q in zip(rows, questions, strict=True) if q.kind == "tf")
    assert tf[0].startswith("True or false: ") and tf[1].split(" — ")[0] in ("True", "False")


def test_csv_row_keeps_commas_quotes_and_hashes_in_one_field() -> None:
    tricky = question("short", '# "Which", asked she,\nwho?', "Ann, Bo")
    text = io.StringIO()
    csv.writer(text).writerow(csv_row(tricky))
    (row,) = csv.reader(io.StringIO(text.getvalue()))
    assert row == ['# "Which", asked she, who?',
                   "Ann, Bo — Eight bridges are renovated. (Opening)",
                   "topic::bridges kind::short-answer"]


def test_csv_to_a_file_and_kind_filter(tmp_path: Path) -> None:
    target = tmp_path / "cards.csv"
    result = run("export", "csv", str(target), "--kind", "tf")
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    _, rows = csv_parts(target.read_text(encoding="utf-8"))
    assert rows and all(row[2].endswith("kind::true-false") for row in rows)


# --- worksheet -----------------------------------------------------------------------


# Every kind, sections out of the article's order, Markdown's special characters and
# numbers of two digits. Independent of the verifier, so only the layout can change it.
SHEET = [
    question("tf", "Eight bridges are renovated.", "true", "Money"),
    question("mc", "Which figure fills the gap? The road is _____ long.", "113 km",
             "Opening", choices=("57 km", "113 km", "226 km", "11 km")),
    question("numeric", "How many bridges? (in *count*)", "8", "Later"),
    question("tf", "Is the road 50 km long?", "false", "Opening"),
    question("short", "Fill in the name: _____'s borders are long.", "Lithuania",
             "Money", statement="Lithuania's <borders> are long & [guarded]."),
    *(question("tf", f"Statement number {n}.", "true", "Later") for n in range(6)),
]


def test_worksheet_matches_the_golden_file() -> None:
    # To accept a deliberate change of layout: write worksheet(SHEET, STORE, 7) to GOLDEN.
    assert worksheet(SHEET, STORE, 7) == GOLDEN.read_text(encoding="utf-8")


def test_worksheet_renders_store_text_literally_and_keeps_the_numbering() -> None:
    from markdown_it import MarkdownIt

    page = MarkdownIt("commonmark").render(worksheet(SHEET, STORE, 7))
    assert "The road is _____ long." in page
    assert "<em>" not in page
    assert "Lithuania's &lt;borders&gt; are long &amp; [guarded]." in page
    assert '<ol start="3">' in page and '<ol start="5">' in page  # numbering runs on
    assert '<div style="page-break-before: always"></div>' in page
    assert page.count("<li>b) 113 km</li>") == 1


def test_worksheet_with_a_seed_is_the_quiz_session_grouped_by_section(
        knowledge: Knowledge) -> None:
    result = run("export", "worksheet", "-", "--seed", "7", "--count", "12")
    assert result.exit_code == 0, result.stderr
    again = run("export", "worksheet", "-", "--seed", "7", "--count", "12")
    assert again.stdout == result.stdout
    session = plan_session(knowledge, 12, seed=7)
    assert result.stdout == worksheet(session, knowledge.store, 7)
    sheet, key = result.stdout.split('<div style="page-break-before: always"></div>')
    assert len(re.findall(r"^\d+\. ", sheet, flags=re.M)) == 12
    assert len(re.findall(r"^\d+\. \*\*", key, flags=re.M)) == 12
    sections = re.findall(r"^## (.+)$", sheet, flags=re.M)
    order = knowledge.store.sources[0].sections
    assert [s.replace("\\", "") for s in sections] == sorted(
        {q.section for q in session}, key=order.index)


def test_worksheet_without_seed_prints_the_seed_that_gives_it_again(tmp_path: Path) -> None:
    target = tmp_path / "sheet.md"
    result = run("export", "worksheet", str(target), "--count", "5", "--kind", "mc")
    assert result.exit_code == 0, result.stderr
    text = target.read_text(encoding="utf-8")
    seed = re.search(r"^Seed (\d+):", text, flags=re.M)
    assert seed is not None
    again = run("export", "worksheet", "-", "--count", "5", "--kind", "mc", "--seed",
                seed.group(1))
    assert again.stdout == text


def test_worksheet_filters_that_match_nothing_are_a_usage_error(store_data: dict,
                                                                write_store) -> None:
    for fact in store_data["facts"]:
        fact["questions"] = []
        fact["quantities"] = []
        fact["statement"] = "Nothing here to ask about at all."
    result = run("--facts", str(write_store(store_data)), "export", "worksheet", "-",
                 "--kind", "mc")
    assert result.exit_code == 2
    assert result.stderr == "error: no question matches these --topic and --kind filters\n"


def test_a_store_without_facts_has_nothing_to_export(store_data: dict, write_store) -> None:
    store_data["facts"] = []
    result = run("--facts", str(write_store(store_data)), "export", "csv", "-")
    assert result.exit_code == 4  # a store without facts is invalid (issue 15)
    assert "facts: the store has no facts" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize(("option", "value", "message"), [
    ("--kind", "essay", "unknown question kind 'essay'"),
    ("--topic", "weather", "unknown topic 'weather'"),
])
def test_unknown_filters_are_usage_errors(option: str, value: str, message: str) -> None:
    result = run("export", "worksheet", "-", option, value)
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stdout == ""


# --- files ---------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["anki", "csv", "worksheet"])
def test_existing_file_is_kept_without_force(tmp_path: Path, command: str) -> None:
    target = tmp_path / "out.apkg"
    target.write_text("keep me", encoding="utf-8")
    result = run("export", command, str(target))
    assert result.exit_code == 2
    assert result.stderr == f"error: {target}: already exists; add --force to overwrite it\n"
    assert target.read_text(encoding="utf-8") == "keep me"
    forced = run("export", command, str(target), "--force")
    assert forced.exit_code == 0, forced.stderr
    assert target.read_bytes() != b"keep me"


@pytest.mark.parametrize(("name", "message"), [
    ("missing/dir/out.csv", "there is no directory"),
    ("a-file/out.csv", "there is no directory"),
    (".", "is a directory"),
])
def test_bad_paths_are_one_clear_line(tmp_path: Path, name: str, message: str) -> None:
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    target = tmp_path / name
    result = run("export", "csv", str(target))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: {target}: {message}")
    assert len(result.stderr.splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_unwritable_directory_is_one_clear_line(tmp_path: Path,
                                                monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "sheet.md"
    opened = Path.open

    def refuse(self: Path, *args: object, **kwargs: object) -> object:
        if self == target:
            raise PermissionError(13, "Permission denied", str(self))
        return opened(self, *args, **kwargs)  # type: ignore[arg-type]

    # chmod does not stop root (CI containers), so the refusal is simulated.
    monkeypatch.setattr(Path, "open", refuse)
    result = run("export", "worksheet", str(target))
    assert result.exit_code == 2
    assert result.stderr == (f"error: {target}: permission denied; choose a directory you "
                             "can write to\n")
    assert not target.exists()


# --- how a card reads ----------------------------------------------------------------


@pytest.mark.parametrize(("kind", "prompt", "truth", "shown", "answered"), [
    ("tf", "The road is long.", "true", "True or false: The road is long.", "True"),
    ("tf", "Is the road long?", "false", "Is the road long?", "No"),
    ("tf", "True or false: the road is long.", "false", "True or false: the road is long.",
     "False"),
    ("numeric", "How long is the road?", "1.1 billion euros", "How long is the road?",
     "1.1 billion euros"),
])
def test_questions_and_answers_read_naturally(kind: str, prompt: str, truth: str, shown: str,
                                              answered: str) -> None:
    q = question(kind, prompt, truth)
    assert (front(q), answer(q)) == (shown, answered)


def test_other_commands_do_not_import_genanki_or_the_exporter() -> None:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1] / "src")}
    code = ("import sys, factcli.cli; "
            "print(sorted(m for m in ('genanki', 'factcli.export') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         env=env, check=True).stdout
    assert out.strip() == "[]"
