"""The installed `factcli quiz` in a real pseudo-terminal, as a person runs it."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pexpect
import pytest


def factcli_executable() -> str:
    found = shutil.which("factcli", path=str(Path(sys.executable).parent))
    if found is None:
        pytest.skip("the factcli command is not installed beside this Python")
    return found


def test_ctrl_c_mid_session_shows_partial_summary_and_saves(tmp_path: Path) -> None:
    env = {**os.environ, "FACTCLI_HOME": str(tmp_path), "NO_COLOR": "1", "COLUMNS": "100"}
    env.pop("FACTCLI_FACTS", None)
    child = pexpect.spawn(factcli_executable(), ["quiz", "--count", "5", "--seed", "4",
                                                 "--kind", "tf"],
                          env=env, encoding="utf-8", timeout=30, dimensions=(40, 100))
    for number in (1, 2):
        child.expect(f"Question {number} of 5")
        child.expect("answer> ")
        child.sendline("t")
        child.expect(r"Right|Wrong")
    child.expect("Question 3 of 5")
    child.expect("answer> ")
    child.sendintr()
    child.expect("Partial summary: 2 of 5 answered")
    child.expect(r"Score \d/2")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130
    assert "Traceback" not in (child.before or "")

    stats = pexpect.run(f"{factcli_executable()} stats --json", env=env, encoding="utf-8")
    assert '"answered": 2' in stats
