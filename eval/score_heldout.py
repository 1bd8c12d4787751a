#!/usr/bin/env python3
"""Score factcli on the frozen held-out sets (see README.md beside this file).

    python eval/score_heldout.py [--shared ../shared] [--cmd factcli]

Runs ``shared/eval/score.py`` on each claims and questions file against its article's store
and prints the last line of each score (and, for claims, SUPPORTED's precision), so a note
can quote them as they are without showing the items.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

# Two frozen sets, each written by a session that never saw the code: the first before
# the verifier's rebuild, the second (claims only) after its third round of work.
SETS = [Path(__file__).resolve().parent / name for name in ("heldout", "heldout2")]
ROOT = SETS[0].parent.parent
# Then articles from other fields, each with its own store beside its sets.
ARTICLE_SETS = [Path(__file__).resolve().parent / name
                for name in ("heldout4", "heldout5", "heldout6", "heldout7", "heldout8",
                              "heldout9", "heldout10", "heldout11", "heldout12", "heldout13",
                              "heldout14", "heldout15", "heldout16", "heldout17",
                              "heldout18", "heldout19", "heldout20", "heldout21", "heldout22")]
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
    for folder in SETS:
        for slug, store in STORES.items():
            for kind, name in (("claims", f"claims-{slug}.jsonl"),
                               ("ask", f"questions-{slug}.jsonl")):
                if (folder / name).is_file():
                    result = _score(scorer, kind, folder / name, store.format(shared=args.shared),
                                    args.cmd)
                    print(f"{folder.name:9} {slug:10} {kind:6} {result}".rstrip())
    for articles in ARTICLE_SETS:
        for article in sorted(p for p in articles.iterdir() if p.is_dir()):
            for kind, name in (("claims", "claims.jsonl"), ("ask", "questions.jsonl")):
                result = _score(scorer, kind, article / name, str(article / "facts.json"),
                                args.cmd)
                print(f"{articles.name:9} {article.name[:12]:12} {kind:6} {result}".rstrip())
    return 0


def _score(scorer: Path, kind: str, labelled: Path, store: str, cmd: str) -> str:
    """The scorer's last line for one file (and, for claims, SUPPORTED's precision)."""
    command = [sys.executable, str(scorer), kind, str(labelled), "--cmd", f"{cmd} --facts {store}"]
    run = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=False)
    lines = run.stdout.strip().splitlines()
    last = (lines or [run.stderr.strip()])[-1]
    supported = next((line.split()[1] for line in lines if line.startswith("supported ")), "")
    return f"{last} {supported}"


if __name__ == "__main__":
    sys.exit(main())
