#!/usr/bin/env python3
"""Count why claims end wrong, by the explanation's reason with its quoted words masked.

    python eval/reasons.py [--group heldout10,heldout11] [--label supported]
    python eval/reasons.py --group tune16,tune17 --label supported --show "no figure"

Reasons are counted over any groups, held-out ones included: with the claim's words masked
('the article does not mention Q') a count says which mechanism fails without showing an
item. --show lists the items of the readable sets whose explanation matches a pattern. Runs
the verifier in this process (with the factcli on sys.path, e.g. PYTHONPATH=src), so it
measures a working tree without a saved run.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from compare import RUNS, labelled_sets

from factcli.knowledge import load_knowledge
from factcli.verify import verify_claim

_QUOTED = re.compile(r"'[^']*'")
_DIGIT = re.compile(r"\d")


def masked(reason: str) -> str:
    """'the article does not mention 'sent'' → 'the article does not mention Q'."""
    return _DIGIT.sub("9", _QUOTED.sub("Q", reason))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--group", help="groups, comma-separated (default: every held-out group)")
    parser.add_argument("--label", help="the wanted label to count (default: every label)")
    parser.add_argument("--show", help="list readable items whose explanation matches this regex")
    parser.add_argument("--top", type=int, default=40, help="reasons to print")
    parser.add_argument("--shared", default=str(RUNS.parent.parent.parent / "shared"))
    args = parser.parse_args()
    groups = set(args.group.split(",")) if args.group else None
    show = re.compile(args.show) if args.show else None
    outcomes: Counter[tuple[str, str]] = Counter()
    reasons: Counter[tuple[str, str, str]] = Counter()
    for labelled in labelled_sets(Path(args.shared)):
        chosen = labelled.group in groups if groups else not labelled.readable
        if labelled.kind != "claims" or not chosen:
            continue
        knowledge = load_knowledge(labelled.store)
        for line in labelled.items.read_text("utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            if args.label and item["label"] != args.label:
                continue
            outcome = verify_claim(item["claim"], knowledge)
            got = outcome.verdict.value
            outcomes[(item["label"], got)] += 1
            if got == item["label"]:
                continue
            explanations = [part.explanation for part in outcome.parts or (outcome,)]
            for explanation in explanations:
                for reason in explanation.split("; "):
                    reasons[(item["label"], got, masked(reason))] += 1
            if show and labelled.readable and any(show.search(e) for e in explanations):
                print(f"{labelled.group}/{labelled.name} want {item['label']} got {got}: "
                      f"{item['claim']}\n    {' | '.join(explanations)}")
    for (want, got), count in sorted(outcomes.items()):
        print(f"# {want} → {got}: {count}")
    for (want, got, reason), count in reasons.most_common(args.top):
        print(f"{count:5d}  {want} → {got}  {reason}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
