#!/usr/bin/env python3
"""Score `factcli check` on labelled paragraphs, sentence by sentence.

    python eval/score_paragraphs.py eval/heldout/paragraphs-check.jsonl
    python eval/score_paragraphs.py tests/data/paragraphs.jsonl --cmd "factcli --facts F"

Each line of the file is {"title", "text", "sentences": [{"sentence", "verdict"}]}, where
`verdict` is supported | refuted | not_enough_info, or null for a sentence that should
not be checked. Every paragraph is sent on its own to `check - --json` (so no pronoun
reaches into another paragraph). A sentence is right when it was split off as labelled
and got the labelled verdict (or was not checked when the label is null). Prints every
miss, then the share right and the number of SUPPORTED given to a refuted sentence.
Exit 0 when it could score, 2 when it could not.
"""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys


def run_check(cmd: str, text: str) -> list[dict]:
    argv = [*shlex.split(cmd), "check", "-", "--json"]
    proc = subprocess.run(argv, input=text, capture_output=True, text=True, timeout=300)
    if proc.returncode not in (0, 1):
        sys.stderr.write(proc.stderr[-2000:])
        print(f"error: {' '.join(argv)} exited {proc.returncode}")
        sys.exit(2)
    return [json.loads(line) for line in proc.stdout.splitlines() if line.strip()]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path")
    parser.add_argument("--cmd", default="factcli", help="command put before 'check - --json'")
    args = parser.parse_args()
    with open(args.path, encoding="utf-8") as handle:
        paragraphs = [json.loads(line) for line in handle if line.strip()]
    total = right = wrongly_supported = 0
    for paragraph in paragraphs:
        rows = {row["sentence"]: row for row in run_check(args.cmd, paragraph["text"])}
        for item in paragraph["sentences"]:
            total += 1
            row = rows.get(item["sentence"])
            if row is None:
                print(f"MISSPLIT  [{paragraph['title']}] {item['sentence']!r}")
                continue
            if row["verdict"] == item["verdict"]:
                right += 1
                continue
            if row["verdict"] == "supported" and item["verdict"] == "refuted":
                wrongly_supported += 1
            print(f"MISS      [{paragraph['title']}] {item['sentence']!r}: expected "
                  f"{item['verdict']}, got {row['verdict']} "
                  f"({row.get('resolved') or ''} | {row['explanation'][:100]})")
    share = right / total if total else 0.0
    print(f"{right}/{total} sentences right ({share:.2f}); SUPPORTED given to a refuted "
          f"sentence: {wrongly_supported}")


if __name__ == "__main__":
    main()
