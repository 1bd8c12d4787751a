"""The README's examples run as written.

A shown session (``$ factcli …`` then its output) must start with the same line as the
real output at 80 columns and, where it shows ``$ echo $?``, exit with that code; the
rest of the shown output is not compared, so that a change of wording in a verdict only
asks for the README to be brought up to date, not for this test to change. Every other
``factcli`` line in a code block must parse and run without a usage error.
"""

from __future__ import annotations

import re
import shlex
from pathlib import Path
from typing import NamedTuple

import pytest
from typer.testing import CliRunner

from factcli.cli import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
EXIT_USAGE = 2
# The file the `check` example reads: the three sentences its output shows.
DRAFT = ("Big news from Vilnius!\nLithuania has decided to quit the Ottawa Convention.\n"
         "Lithuania is spending 2 billion euros on its borders.\n")
SKIPS = "s\n" * 50  # answers for a quiz example that reads stdin: skip every question


class Example(NamedTuple):
    line: str
    args: list[str]
    stdin: str | None
    first_line: str | None = None  # the output the README shows first, if it shows any
    exit_code: int | None = None  # as shown by `$ echo $?`


def _command(line: str) -> tuple[list[str], str | None] | None:
    """A README line as factcli arguments and stdin, or None if it runs something else."""
    stdin = None
    if " | factcli " in line and line.startswith("printf "):
        feed, line = line.split(" | ", 1)
        stdin = shlex.split(feed)[1].encode().decode("unicode_escape")
    words = shlex.split(line, comments=True)
    if not words or words[0] != "factcli":
        return None
    if words[1:2] == ["quiz"] and stdin is None:
        stdin = SKIPS
    return words[1:], stdin


def examples() -> list[Example]:
    found: list[Example] = []
    for block in re.findall(r"^```[a-z]*\n(.*?)^```", README, flags=re.M | re.S):
        lines = block.splitlines()
        for i, line in enumerate(lines):
            shown = line.startswith("$ ")
            parsed = _command(line[2:] if shown else line)
            if parsed is None:
                continue
            args, stdin = parsed
            if not shown:
                found.append(Example(line, args, stdin))
                continue
            output = []
            for after in lines[i + 1:]:
                if after.startswith("$ "):
                    break
                output.append(after)
            code = None
            rest = lines[i + 1 + len(output):]
            if rest[:1] == ["$ echo $?"] and len(rest) > 1:
                code = int(rest[1])
            found.append(Example(line, args, stdin, output[0] if output else None, code))
    return found


EXAMPLES = examples()


def test_the_readme_shows_sessions_with_their_exit_codes() -> None:
    shown = [e for e in EXAMPLES if e.first_line is not None]
    assert {e.args[0] for e in shown} >= {"verify", "ask", "check"}
    assert {e.args[0] for e in shown if e.exit_code is not None} >= {"verify", "ask"}


@pytest.mark.parametrize("example", EXAMPLES, ids=[e.line for e in EXAMPLES])
def test_readme_example_runs_as_written(example: Example, tmp_path: Path,
                                        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "draft.txt").write_text(DRAFT, encoding="utf-8")
    # The article the `draft` examples read: the one the shipped store is drawn from.
    (tmp_path / "article.txt").write_bytes((Path(__file__).parent / "data" / "article.txt")
                                           .read_bytes())
    result = CliRunner().invoke(app, example.args, input=example.stdin,
                                env={"COLUMNS": "80", "NO_COLOR": "1"})
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        result.exception
    assert result.exit_code != EXIT_USAGE, result.stderr
    if example.exit_code is not None:
        assert result.exit_code == example.exit_code, result.stderr
    if example.first_line is not None:
        assert result.stdout.splitlines()[0].rstrip() == example.first_line.rstrip()
