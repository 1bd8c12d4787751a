"""Terminal injection: text from a store, the history, arguments and validation messages
reaches the terminal with control and bidi characters escaped, never raw."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from factcli.history import History
from factcli.terminal import visible
from tests.attack.conftest import run

# Clears the screen, sets the window title, rings the bell, reverses the line.
EVIL = "Intro\x1b[2J\x1b]0;pwned\x07\u202eevil\x9b"
RAW = ("\x1b", "\u202e", "\x9b", "\x07")


def assert_no_raw_controls(*outputs: str) -> None:
    for output in outputs:
        assert not any(c in output for c in RAW), repr(output)


@pytest.fixture
def evil_store(store_data: dict, write_store) -> Path:  # type: ignore[no-untyped-def]
    for source in store_data["sources"]:
        source["sections"] = [EVIL]
    for fact in store_data["facts"]:
        fact["section"] = EVIL
        for question in fact["questions"]:
            question["hint"] = EVIL
    return write_store(store_data)


def test_visible_escapes_controls_and_bidi_and_keeps_text() -> None:
    assert visible("Suwałki Gap\u00a0— 100 km") == "Suwałki Gap\u00a0— 100 km"
    assert visible(EVIL) == "Intro\\x1b[2J\\x1b]0;pwned\\x07\\u202eevil\\x9b"
    assert visible("a\ud800b\nc") == "a\\ud800b\\x0ac"


def test_a_section_in_a_store_is_escaped_in_facts_show(evil_store: Path) -> None:
    result = run("--facts", str(evil_store), "facts", "show", "suwalki-gap-length")
    assert result.exit_code == 0
    assert "\\x1b[2J" in result.stdout and "\\u202e" in result.stdout
    assert_no_raw_controls(result.stdout)


def test_a_section_in_a_store_is_escaped_in_verify_text_and_json(evil_store: Path) -> None:
    claim = "Lithuania will renovate eight bridges"
    text = run("--facts", str(evil_store), "verify", claim)
    as_json = run("--facts", str(evil_store), "verify", claim, "--json")
    assert_no_raw_controls(text.stdout, as_json.stdout)
    assert json.loads(as_json.stdout)["evidence"][0]["section"] == EVIL  # same data


def test_a_hint_in_a_store_is_escaped_in_the_quiz(evil_store: Path) -> None:
    result = run("--facts", str(evil_store), "quiz", "--count", "2", "--seed", "1",
                 stdin="?\ns\n?\ns\n")
    assert "hint:" in result.stdout
    assert_no_raw_controls(result.stdout, result.stderr)


def test_a_fact_id_in_the_history_is_escaped_in_stats(tmp_path: Path) -> None:
    db = tmp_path / "h.sqlite3"
    with History(db) as history:
        session = history.start_session(1, False)
        history.record(session, 1, EVIL, EVIL, "tf", EVIL, "f", False, False)
    result = run("stats", "--db", str(db))
    assert result.exit_code == 0
    assert_no_raw_controls(result.stdout)


@pytest.mark.parametrize("args", [
    ["facts", "show", EVIL],
    ["facts", "--topic", EVIL],
    ["quiz", "--kind", EVIL],
    ["quiz", "--topic", EVIL],
    ["check", f"/nonexistent/{EVIL}"],
    ["validate", f"/nonexistent/{EVIL}"],
    ["--facts", f"/nonexistent/{EVIL}", "facts"],
])
def test_an_argument_echoed_in_an_error_is_escaped(args: list[str]) -> None:
    result = run(*args)
    assert result.exit_code in (2, 4), result.output
    assert "\\x1b" in result.stderr
    assert_no_raw_controls(result.stderr)


def test_a_bad_value_in_a_validation_message_is_escaped(store_data: dict,  # type: ignore[no-untyped-def]
                                                        write_store) -> None:
    store_data["facts"][0]["quantities"] = [{"value": 1, "unit": EVIL, "measure": "m"}]
    result = run("validate", str(write_store(store_data)))
    assert result.exit_code == 4
    assert "unknown unit 'Intro\\x1b[2J" in result.stderr
    assert_no_raw_controls(result.stderr)
