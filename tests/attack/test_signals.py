"""Interrupts and closed pipes at any moment: the partial summary, no traceback, no lost
answer, the documented exit code (130 for Ctrl-C, 141 for a closed pipe)."""

from __future__ import annotations

import importlib.abc
import os
import signal
import sqlite3
import sys
from pathlib import Path

import pytest

import factcli.cli
import factcli.quiz
from factcli.cli import EXIT_CLOSED_PIPE
from factcli.errors import EXIT_INTERRUPTED
from tests.attack.conftest import PROCESS_TIMEOUT, factcli_process, run


@pytest.mark.parametrize(("args", "stdin"), [
    (["verify", "-"], "Lithuania will renovate eight bridges\n" * 3),
    (["ask", "-"], "How many bridges will be renovated?\n" * 3),
    (["check", "-"], "Lithuania will renovate eight bridges. " * 3),
    (["--help"], ""),
    (["facts"], ""),
    (["quiz", "--count", "3", "--seed", "1"], "s\n" * 3),
])
def test_a_closed_pipe_exits_141_quietly(tmp_path: Path, args: list[str], stdin: str) -> None:
    given = tmp_path / "stdin"
    given.write_text(stdin, encoding="utf-8")
    reader, writer = os.pipe()
    os.close(reader)  # the reader has gone before the first line, as `| head -0` would
    with given.open("rb") as source:
        process = factcli_process(*args, stdin=source, stdout=writer, stderr=-1)
        os.close(writer)
        _, err = process.communicate(timeout=PROCESS_TIMEOUT)
    # Killed by SIGPIPE (-13 as Python reports it; 141 in a shell) or exiting 141 itself.
    assert process.returncode in (-signal.SIGPIPE, EXIT_CLOSED_PIPE), (process.returncode, err)
    assert err == b""


def sessions(db: Path) -> list[tuple[int, int]]:
    """(finished, completed) of each session."""
    with sqlite3.connect(db) as connection:
        return [(int(r[0] is not None), r[1]) for r in connection.execute(
            "SELECT finished_at, completed FROM sessions")]


def answers(db: Path) -> int:
    with sqlite3.connect(db) as connection:
        return int(connection.execute("SELECT COUNT(*) FROM answers").fetchone()[0])


def test_ctrl_c_while_an_answer_is_processed_keeps_it_and_shows_the_summary(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "h.sqlite3"
    grade = factcli.quiz.grade

    def interrupted_while_grading(*args: object, **kwargs: object) -> object:
        os.kill(os.getpid(), signal.SIGINT)  # Ctrl-C arrives mid-processing
        return grade(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(factcli.quiz, "grade", interrupted_while_grading)
    result = run("quiz", "--count", "3", "--seed", "1", "--db", str(db), stdin="s\ns\ns\n")
    assert result.exit_code == EXIT_INTERRUPTED, result.output
    assert "Traceback" not in result.output and "error: interrupted" not in result.stderr
    assert answers(db) == 1  # the answer being processed was saved
    assert sessions(db) == [(1, 0)]  # marked ended early
    assert "Partial summary: 1 of 3 answered" in result.stdout


def test_ctrl_c_while_waiting_for_an_answer_marks_the_session(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "h.sqlite3"
    lines = iter(["s\n"])

    def one_answer_then_ctrl_c(stream: object, limit: int) -> str:
        line = next(lines, None)
        if line is None:
            raise KeyboardInterrupt
        return line

    monkeypatch.setattr(factcli.cli, "_bounded_line", one_answer_then_ctrl_c)
    result = run("quiz", "--count", "3", "--seed", "1", "--db", str(db))
    assert result.exit_code == EXIT_INTERRUPTED, result.output
    assert "Partial summary: 1 of 3 answered" in result.stdout
    assert answers(db) == 1 and sessions(db) == [(1, 0)]


def test_ctrl_c_during_start_up_is_one_line(monkeypatch: pytest.MonkeyPatch,
                                            capsys: pytest.CaptureFixture[str]) -> None:
    """A Ctrl-C while Python imports typer and rich (before any command runs)."""
    from factcli import __main__ as entry

    class InterruptImport(importlib.abc.MetaPathFinder):
        def find_spec(self, name: str, *args: object) -> None:
            if name == "factcli.cli":
                raise KeyboardInterrupt

    monkeypatch.delitem(sys.modules, "factcli.cli")
    monkeypatch.setattr(sys, "meta_path", [InterruptImport(), *sys.meta_path])
    with pytest.raises(SystemExit) as exited:
        entry.main()
    assert exited.value.code == EXIT_INTERRUPTED
    assert capsys.readouterr().err == "error: interrupted\n"
