"""How often a verdict is right at each confidence, on labelled claims.

    python bench/confidence.py FILE.jsonl[:STORE] ...

Each FILE holds lines {"claim", "label"}; STORE is the fact store to check them against
(default: the shipped one). The confidence ``verify`` shows is the weakest step of its
proof; this prints, per band of confidence, how many verdicts fell in it and how many were
right, so a reader can see whether a higher confidence means a likelier verdict.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from pathlib import Path

from factcli.knowledge import load_knowledge
from factcli.store import default_store_path
from factcli.verify import verify_claim

BANDS = ((0.95, 1.01), (0.85, 0.95), (0.75, 0.85), (0.0, 0.75))


def main(arguments: list[str]) -> int:
    if not arguments:
        print(__doc__, file=sys.stderr)
        return 2
    seen: Counter[tuple[str, tuple[float, float]]] = Counter()
    right: Counter[tuple[str, tuple[float, float]]] = Counter()
    for argument in arguments:
        name, _, store = argument.partition(":")
        knowledge = load_knowledge(Path(store) if store else default_store_path())
        for line in Path(name).read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            item = json.loads(line)
            outcome = verify_claim(item["claim"], knowledge)
            band = next(b for b in BANDS if b[0] <= outcome.confidence < b[1])
            seen[(outcome.verdict, band)] += 1
            right[(outcome.verdict, band)] += outcome.verdict == item["label"]
    print(f"{'verdict':16} {'confidence':>12} {'claims':>7} {'right':>7} {'share':>6}")
    for verdict in ("supported", "refuted", "not_enough_info"):
        for band in BANDS:
            count = seen[(verdict, band)]
            if count:
                share = right[(verdict, band)] / count
                low, high = band
                print(f"{verdict:16} {low:5.2f}-{min(high, 1.0):4.2f} {count:7} "
                      f"{right[(verdict, band)]:7} {share:6.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
