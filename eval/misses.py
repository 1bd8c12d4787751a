#!/usr/bin/env python3
"""List a run's wrong items in the readable sets, with each item's tag, to study one phenomenon.

    python eval/misses.py RUN [--tag paraphrase,alias] [--group tune10,tune11] [--kind claims]

RUN is a name saved by compare.py (eval/runs/RUN.json). Held-out sets are never listed.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from compare import RUNS, labelled_sets


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("run")
    parser.add_argument("--tag", help="tags to list, comma-separated (default: every tag)")
    parser.add_argument("--group", help="groups to list, comma-separated (default: dev, tune*)")
    parser.add_argument("--kind", choices=("claims", "ask"), help="claims or questions only")
    parser.add_argument("--shared", default=str(RUNS.parent.parent.parent / "shared"))
    args = parser.parse_args()
    results = json.loads((RUNS / f"{args.run}.json").read_text("utf-8"))
    tags = set(args.tag.split(",")) if args.tag else None
    groups = set(args.group.split(",")) if args.group else None
    counts: Counter[tuple[str, str]] = Counter()
    for labelled in labelled_sets(Path(args.shared)):
        key = f"{labelled.group}/{labelled.name}/{labelled.kind}"
        if (not labelled.readable or key not in results or (groups and labelled.group not in groups)
                or (args.kind and labelled.kind != args.kind)):
            continue
        items = [json.loads(line) for line in labelled.items.read_text("utf-8").splitlines()
                 if line.strip()]
        for item, result in zip(items, results[key], strict=True):
            tag = item.get("tag", "")
            if result["right"] or (tags and tag not in tags):
                continue
            counts[(tag, str(result["want"]))] += 1
            print(f"{labelled.group}/{labelled.name} [{tag}] want {result['want']!r} got "
                  f"{result['got']!r}: {result['item']}")
    for (tag, want), count in counts.most_common():
        print(f"# {count:3d} wrong: {tag} (want {want})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
