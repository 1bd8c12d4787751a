"""The package as a user gets it: `pip install .` into a fresh virtual environment."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_pip_install_gives_a_working_factcli_anywhere(tmp_path: Path) -> None:
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    bindir = env_dir / ("Scripts" if sys.platform == "win32" else "bin")
    python = bindir / "python"
    subprocess.run([str(python), "-m", "pip", "install", "--quiet", str(REPO)], check=True,
                   cwd=tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "FACTCLI_FACTS"}
    env["FACTCLI_HOME"] = str(tmp_path / "home")
    listed = subprocess.run([str(bindir / "factcli"), "facts", "--json"], cwd=elsewhere,
                            env=env, capture_output=True, text=True, check=True)
    facts = json.loads(listed.stdout)
    assert len(facts) >= 25
    assert all(f["statement"] for f in facts)
    as_module = subprocess.run([str(python), "-m", "factcli", "verify",
                                "Lithuania is leaving the Ottawa Convention", "--json"],
                               cwd=elsewhere, env=env, capture_output=True, text=True)
    assert as_module.returncode == 0, as_module.stderr
    assert json.loads(as_module.stdout)["verdict"] == "supported"
    # Drafting needs its data file and the gazetteer dependency in the installed package.
    drafted = subprocess.run([str(bindir / "factcli"), "draft", "-", "--json"],
                             input="Norway will build 40 km of road by 2030.\n", cwd=elsewhere,
                             env=env, capture_output=True, text=True)
    assert drafted.returncode == 0, drafted.stderr
    assert json.loads(drafted.stdout)["entities"][0]["kind"] == "country"
