#!/usr/bin/env python3
"""Check each readable article against its own store: every sentence is true there.

    python eval/selfcheck.py [--cmd factcli] [--show]

A store is written from its article, so `factcli check ARTICLE` must never call one of the
article's sentences REFUTED: each one is a false accusation of a true sentence, a bug in
reading general English. The share SUPPORTED is a rough measure of how much paraphrase
between the article and the store's own wording is understood. Held-out articles are never
read (their sentences are as unseen as their claims).
"""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
from pathlib import Path

from compare import EVAL, ROOT


def articles(shared: Path) -> list[tuple[str, Path, Path]]:
    found = [("shipped", shared / "seeds" / "000_db630e9e525dbee7.txt", ROOT / "facts.json")]
    for folder in [shared / "articles", *sorted(EVAL.glob("tuning[0-9]*"))]:
        for article in sorted(folder.glob("*/article.txt")):
            found.append((article.parent.name, article, article.parent / "facts.json"))
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cmd", default="factcli")
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--show", action="store_true", help="print each REFUTED sentence")
    args = parser.parse_args()
    totals = {"supported": 0, "refuted": 0, "not_enough_info": 0}
    for name, article, store in articles(Path(args.shared)):
        result = subprocess.run([*shlex.split(args.cmd), "--facts", str(store), "check",
                                 str(article), "--json"], capture_output=True, text=True)
        rows = [json.loads(line) for line in result.stdout.splitlines() if line.strip()]
        checked = [row for row in rows if row["checked"]]
        counts = {verdict: sum(row["verdict"] == verdict for row in checked)
                  for verdict in totals}
        for verdict, count in counts.items():
            totals[verdict] += count
        print(f"{name:40s} {len(checked):3d} checked  supported {counts['supported']:3d}  "
              f"refuted {counts['refuted']:2d}")
        if args.show:
            for row in checked:
                if row["verdict"] == "refuted":
                    print(f"    REFUTED: {row['sentence']}\n      {row['explanation']}")
    print(f"{'all':40s} {sum(totals.values()):3d} checked  supported "
          f"{totals['supported']:3d}  refuted {totals['refuted']:2d}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
