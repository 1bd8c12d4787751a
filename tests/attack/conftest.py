"""Helpers for the attack suite: each test attacks factcli one way and asserts that
nothing bad happens (no traceback, no hang, no lost answer, no code run, no raw control
character on the terminal) and that the documented exit code and one clear line result.

Most cases run in process (CliRunner); a case runs factcli as a process only where the
process boundary is what is attacked (a closed pipe, a signal, a FIFO)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner, Result

from factcli.cli import app

SRC = Path(__file__).resolve().parents[2] / "src"
# Generous: only a hang, never a slow machine, can reach it.
PROCESS_TIMEOUT = 60


def run(*args: str, stdin: bytes | str | None = None) -> Result:
    return CliRunner().invoke(app, list(args), input=stdin)


def assert_clean_failure(result: Result, exit_code: int, *needles: str) -> None:
    """The documented exit code, error lines only (no traceback), each needle in them."""
    assert result.exit_code == exit_code, (result.exit_code, result.output)
    assert result.exception is None or isinstance(result.exception, SystemExit), \
        result.exception
    assert "Traceback" not in result.output
    assert result.stderr.startswith("error: "), result.stderr
    for needle in needles:
        assert needle in result.stderr, (needle, result.stderr)


def factcli_process(*args: str, **options: object) -> subprocess.Popen[bytes]:
    """factcli as a separate process, running this checkout's code."""
    env = {**os.environ, "PYTHONPATH": str(SRC), "NO_COLOR": "1"}
    return subprocess.Popen([sys.executable, "-m", "factcli", *args], env=env,
                            **options)  # type: ignore[call-overload]
