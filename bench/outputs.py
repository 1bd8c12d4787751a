"""Every full output of the readable labelled items, to show a speed change changes none.

    python bench/outputs.py DIR      # before the change, then after into another DIR
    diff -r BEFORE AFTER             # nothing printed: every output byte-identical

Runs ``factcli verify - --json`` over every claim and ``factcli ask - --json`` over every
question of the sets one may read (dev: the shipped article and ../shared's; eval/tuning*)
and of tests/data (the batch benchmark's claims and questions, the phenomena over their
fictional stores), one file a set. ``eval/compare.py`` compares verdicts and answers only;
this compares the proofs, explanations and confidences too. Held-out sets are never run.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "eval"))
from compare import labelled_sets  # noqa: E402

Job = tuple[str, Path, str, list[str]]  # (file name, store, command, items)


def _lines(path: Path, field: str) -> list[str]:
    return [json.loads(line)[field] for line in path.read_text("utf-8").splitlines()
            if line.strip()]


def jobs(shared: Path) -> list[Job]:
    found: list[Job] = []
    for labelled in labelled_sets(shared):
        if labelled.readable:
            claims = labelled.kind == "claims"
            found.append((f"{labelled.group}-{labelled.name}-{labelled.kind}", labelled.store,
                          "verify" if claims else "ask",
                          _lines(labelled.items, "claim" if claims else "question")))
    data = ROOT / "tests" / "data"
    found.append(("tests-claims", ROOT / "facts.json", "verify",
                  _lines(data / "claims.jsonl", "claim")))
    found.append(("tests-questions", ROOT / "facts.json", "ask",
                  _lines(data / "questions.jsonl", "question")))
    by_store: dict[str, list[str]] = {}
    for line in (data / "phenomena.jsonl").read_text("utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            by_store.setdefault(item["store"], []).append(item["claim"])
    for store, claims in by_store.items():
        path = ROOT / "facts.json" if store == "shipped" else data / "stores" / f"{store}.json"
        found.append((f"phenomena-{store}", path, "verify", claims))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="the folder to write one file a set into")
    parser.add_argument("--cmd", default="factcli")
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)

    def run(job: Job) -> str | None:
        name, store, command, items = job
        done = subprocess.run([args.cmd, "--facts", str(store), command, "-", "--json"],
                              input="\n".join(items) + "\n", capture_output=True, text=True,
                              check=False)
        (args.out / f"{name}.jsonl").write_text(done.stdout + done.stderr, "utf-8")
        outputs = len(done.stdout.splitlines())
        return None if outputs == len(items) else f"{name}: {len(items)} items, {outputs} outputs"

    with ThreadPoolExecutor(2) as pool:
        problems = [p for p in pool.map(run, jobs(Path(args.shared))) if p]
    for problem in problems:
        print(f"error: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
