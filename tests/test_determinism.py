"""The same input gives the same bytes, whatever the interpreter's hash seed: sets are
iterated in hash order, so a ranking or a sum that follows one would differ run to run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

CLAIMS = Path(__file__).parent / "data" / "claims.jsonl"


def test_verify_batch_is_the_same_under_any_hash_seed() -> None:
    claims = "".join(json.loads(line)["claim"] + "\n"
                     for line in CLAIMS.read_text(encoding="utf-8").splitlines() if line)
    outputs = []
    for seed in ("0", "1", "2"):
        done = subprocess.run([sys.executable, "-m", "factcli", "verify", "-", "--json"],
                              input=claims.encode(), capture_output=True, check=False,
                              env={**os.environ, "PYTHONHASHSEED": seed}, timeout=300)
        assert done.returncode in (0, 1), done.stderr
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1] == outputs[2]
