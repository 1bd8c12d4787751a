#!/usr/bin/env python3
"""Score factcli on the frozen held-out sets (see README.md beside this file).

    python eval/score_heldout.py [--shared ../shared] [--cmd factcli]

Runs ``shared/eval/score.py`` on each claims and questions file against its article's store
and prints the last line of each score, so a note can quote them as they are.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent / "heldout"
ROOT = HERE.parent.parent
STORES = {"lithuania": "facts.json",
          "juice": "{shared}/articles/juice-lunar-earth-flyby/facts.json",
          "san-diego": "{shared}/articles/san-diego-terminal-1/facts.json"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--cmd", default="factcli")
    args = parser.parse_args()
    scorer = Path(args.shared) / "eval" / "score.py"
    if not scorer.is_file():
        print(f"error: no scorer at {scorer}; pass --shared", file=sys.stderr)
        return 2
    for slug, store in STORES.items():
        store_path = store.format(shared=args.shared)
        for kind, name in (("claims", f"claims-{slug}.jsonl"), ("ask", f"questions-{slug}.jsonl")):
            command = [sys.executable, str(scorer), kind, str(HERE / name),
                       "--cmd", f"{args.cmd} --facts {store_path}"]
            run = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
            last = (run.stdout.strip().splitlines() or [run.stderr.strip()])[-1]
            print(f"{slug:10} {kind:6} {last}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
