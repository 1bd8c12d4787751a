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


def test_a_search_ranks_facts_of_equal_score_by_their_place_in_the_store() -> None:
    from array import array

    from factcli.index import Index

    # facts 0 and 2 score alike, fact 1 lower: the earlier of the two comes first however
    # the posting lists them
    index = Index(facts=["first", "second", "third"],  # type: ignore[list-item]
                  postings={"bridge": (array("I", [2, 0, 1]), array("d", [1.0, 1.0, 0.5]))})
    assert [fact for fact, _ in index.search(["bridge"], 2)] == ["first", "third"]
    assert [fact for fact, _ in index.search(["bridge"], 3)] == ["first", "third", "second"]
