#!/usr/bin/env python3
"""Run every labelled set once, keep each item's result, and show what changed since a run.

    python eval/compare.py NAME [--base BASE] [--only GROUP,...] [--cmd factcli] [--drafted]

Sets: ``dev`` (the shipped article and ``../shared``'s articles), ``tune10``, ``tune11``…
(eval/tuning*, read and tuned on) and the frozen held-out sets (eval/heldout*). Results go to
``eval/runs/NAME.json`` (ignored by git); with ``--base``, each set that moved prints its
count of items gained and lost against that earlier run, and, for the sets one may read,
the items themselves. A held-out item is never printed: only its set's counts.

With ``--drafted`` each set is run against the store ``factcli draft`` makes from its
article, as a user who brings an article without writing a store would run it.
"""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import NamedTuple

EVAL = Path(__file__).resolve().parent
ROOT = EVAL.parent
RUNS = EVAL / "runs"


class LabelledSet(NamedTuple):
    group: str
    name: str
    kind: str  # claims or ask
    items: Path
    store: Path
    readable: bool  # its items may be printed (not a held-out set)

    def article(self, shared: Path) -> Path:
        if self.store == ROOT / "facts.json":
            return shared / "seeds" / "000_db630e9e525dbee7.txt"
        return self.store.parent / "article.txt"


def labelled_sets(shared: Path) -> list[LabelledSet]:
    found = [LabelledSet("dev", "shipped", "claims", shared / "eval" / "claims_dev.jsonl",
                         ROOT / "facts.json", True),
             LabelledSet("dev", "shipped", "ask", shared / "eval" / "ask_dev.jsonl",
                         ROOT / "facts.json", True)]
    found += _article_sets("dev", shared / "articles", readable=True)
    for tuning in sorted(EVAL.glob("tuning[0-9]*")):
        found += _article_sets(tuning.name.replace("tuning", "tune"), tuning, readable=True)
    stores = {"lithuania": ROOT / "facts.json",
              "juice": shared / "articles" / "juice-lunar-earth-flyby" / "facts.json",
              "san-diego": shared / "articles" / "san-diego-terminal-1" / "facts.json"}
    for folder in ("heldout", "heldout2"):  # the first two: sets of the three articles above
        for slug, store in stores.items():
            for kind, prefix in (("claims", "claims"), ("ask", "questions")):
                path = EVAL / folder / f"{prefix}-{slug}.jsonl"
                if path.is_file():
                    found.append(LabelledSet(folder, slug, kind, path, store, False))
    for held_out in sorted(EVAL.glob("heldout[0-9]*")):
        if held_out.name not in ("heldout", "heldout2"):
            found += _article_sets(held_out.name, held_out, readable=False)
    return found


def _article_sets(group: str, folder: Path, readable: bool) -> list[LabelledSet]:
    if not folder.is_dir():
        return []
    return [LabelledSet(group, article.name, kind, article / name, article / "facts.json",
                        readable)
            for article in sorted(p for p in folder.iterdir() if (p / "facts.json").is_file())
            for kind, name in (("claims", "claims.jsonl"), ("ask", "questions.jsonl"))]


def run_set(labelled: LabelledSet, cmd: str) -> list[dict]:
    """Each item with what it expects, what factcli gave and whether that is right, as
    ../shared/eval/score.py judges it."""
    items = [json.loads(line) for line in labelled.items.read_text("utf-8").splitlines()
             if line.strip()]
    key, command = ("claim", "verify") if labelled.kind == "claims" else ("question", "ask")
    run = subprocess.run([*shlex.split(cmd), "--facts", str(labelled.store), command, "-",
                          "--json"], input="\n".join(item[key] for item in items) + "\n",
                         capture_output=True, text=True, check=False)
    rows = [json.loads(line) for line in run.stdout.splitlines() if line.strip()]
    if len(rows) != len(items):
        sys.exit(f"error: {labelled.items}: {len(items)} items, {len(rows)} results; "
                 f"{run.stderr.strip()[-300:]}")
    results = []
    for item, row in zip(items, rows, strict=True):
        if labelled.kind == "claims":
            got, want = row.get("verdict"), item["label"]
            right = got == want
        else:
            got, want = row.get("answer"), item["expect"]
            text = (got or "").lower()
            right = got in (None, "") if want is None else all(
                any(alt.lower() in text for alt in group) for group in want)
        results.append({"item": item[key], "want": want, "got": got, "right": right})
    return results


def drafted(labelled: LabelledSet, cmd: str, shared: Path, folder: Path) -> LabelledSet:
    """The set, with the store factcli drafts from its article in place of the hand-written
    one (drafted once per article)."""
    article = labelled.article(shared)
    store = folder / f"{article.parent.name}-{article.stem}.json"
    if not store.exists():
        done = subprocess.run([*shlex.split(cmd), "draft", str(article), "-o", str(store)],
                              capture_output=True, text=True)
        if done.returncode:
            sys.exit(f"factcli draft {article} failed (exit {done.returncode}):\n"
                     f"{done.stderr.strip()}")
    return labelled._replace(store=store)


def summary(labelled: LabelledSet, results: list[dict]) -> str:
    right = sum(r["right"] for r in results)
    line = f"{labelled.group}/{labelled.name}/{labelled.kind}"
    line = f"{line:52} {right:3}/{len(results):3} {right / len(results):.3f}"
    if labelled.kind == "claims":
        called = [r for r in results if r["got"] == "supported"]
        line += (f"  SUPPORTED precision {sum(r['want'] == 'supported' for r in called)}"
                 f"/{len(called)}")
    else:
        asked = [r for r in results if r["want"] is not None]
        line += f"  answered {sum(r['right'] for r in asked)}/{len(asked)}"
    return line


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("name", help="the name this run's results are saved under")
    parser.add_argument("--base", help="an earlier run's name, to show what changed")
    parser.add_argument("--only", help="groups to run, comma-separated (dev,tune10,heldout7…)")
    parser.add_argument("--cmd", default="factcli")
    parser.add_argument("--shared", default=str(ROOT.parent / "shared"))
    parser.add_argument("--drafted", action="store_true",
                        help="run against stores drafted from the articles")
    args = parser.parse_args()
    chosen = [s for s in labelled_sets(Path(args.shared))
              if not args.only or s.group in args.only.split(",")]
    with tempfile.TemporaryDirectory() as folder:
        if args.drafted:
            chosen = [drafted(s, args.cmd, Path(args.shared), Path(folder)) for s in chosen]
        with ThreadPoolExecutor(4) as pool:
            results = list(pool.map(lambda s: run_set(s, args.cmd), chosen))
    RUNS.mkdir(exist_ok=True)
    keyed = {f"{s.group}/{s.name}/{s.kind}": r for s, r in zip(chosen, results, strict=True)}
    (RUNS / f"{args.name}.json").write_text(json.dumps(keyed), "utf-8")
    base = json.loads((RUNS / f"{args.base}.json").read_text("utf-8")) if args.base else {}
    for labelled, now in zip(chosen, results, strict=True):
        key = f"{labelled.group}/{labelled.name}/{labelled.kind}"
        line = summary(labelled, now)
        before = base.get(key)
        if before is None or len(before) != len(now):
            print(line)
            continue
        moved = [(b, n) for b, n in zip(before, now, strict=True) if b["got"] != n["got"]]
        gained = sum(n["right"] and not b["right"] for b, n in moved)
        lost = sum(b["right"] and not n["right"] for b, n in moved)
        print(f"{line}   +{gained} -{lost} ({len(moved)} changed)" if moved else line)
        for b, n in moved if labelled.readable else ():
            sign = ("+" if n["right"] and not b["right"]
                    else "-" if b["right"] and not n["right"] else "~")
            print(f"    {sign} {n['item']!r}: {b['got']!r} -> {n['got']!r} (want {n['want']!r})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
