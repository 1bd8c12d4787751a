"""factcli benchmarks, run side by side with their baselines in one run.

    python bench/run.py            # all: cold verify vs the floor, 10k-fact store, batch
    python bench/run.py --rounds 21

* cold: ``factcli verify "..."`` against ``floor_app.py`` (a Typer app printing one rich
  panel), alternated round by round; the ratio of medians is the result (goal <= 1.25).
  Also against the floor app run so that it skips the collector's passes at shutdown as
  factcli does, which shows what factcli's own work costs.
* large store: cold verify on a synthetic 10,000-fact store against the default store
  (goal <= 2).
* batch: 10,000 claims through ``factcli verify - --json`` and 10,000 questions through
  ``factcli ask - --json`` (goal >= 2,000 a second each), wall and CPU time.
* check: a 1 MB and a 5 MB text through ``factcli check --json``: sentences per second,
  and the ratio of the two times (linear cost: about 5).
* length: time per 1,000 characters, in process, of a claim (``verify``) and of a text
  (``check``) at 1k, 10k and 100k characters, for the worst case of issue 15 (a list
  ``a, a, a, …``), for sentences of many clauses and for the article's paragraphs; a
  linear cost keeps it flat (a claim over 10,000 characters is refused).

    python bench/run.py --only cold     # one part: cold, large, batch, check, length

The compiled-store cache and Python's bytecode cache are warmed before timing: a cold
start means a new process, as a user gets it every time after the first run.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
CLAIM = "Lithuania will renovate eight bridges and rebuild 113 km of road"


def factcli_command() -> list[str]:
    exe = shutil.which("factcli", path=str(Path(sys.executable).parent)) or shutil.which("factcli")
    return [exe] if exe else [sys.executable, "-m", "factcli"]


def timed(argv: list[str], env: dict[str, str], stdin: str | None = None) -> float:
    start = time.perf_counter()
    subprocess.run(argv, input=stdin, capture_output=True, text=True, env=env, check=False)
    return time.perf_counter() - start


def side_by_side(commands: list[list[str]], rounds: int, env: dict[str, str]) -> list[float]:
    """The median time of each command, run in turn round by round."""
    for argv in commands:
        timed(argv, env)  # warm caches (disk, compiled store)
    times: list[list[float]] = [[] for _ in commands]
    for _ in range(rounds):
        for argv, samples in zip(commands, times, strict=True):
            samples.append(timed(argv, env))
    return [statistics.median(samples) for samples in times]


def batch_lines(file: str, field: str, count: int) -> str:
    """``count`` lines cycling through one field of a labelled set in tests/data."""
    sample = [json.loads(line)[field] for line in
              (HERE.parent / "tests" / "data" / file).read_text().splitlines()
              if line.strip()]
    return "\n".join(sample[i % len(sample)] for i in range(count)) + "\n"


def paragraphs_text(size: int) -> str:
    rows = [json.loads(line)["text"] for line in
            (HERE.parent / "tests" / "data" / "paragraphs.jsonl").read_text().splitlines()
            if line.strip()]
    block = "\n\n".join(rows) + "\n\n"
    return (block * (size // len(block.encode()) + 1))[:size]


LENGTHS = (1_000, 10_000, 100_000)
PARTS = ("cold", "large", "batch", "check", "length")


def length_cost() -> None:
    from factcli.check import check_text
    from factcli.errors import UsageError
    from factcli.knowledge import compile_knowledge, lexicon_bytes
    from factcli.verify import verify_claim

    knowledge = compile_knowledge("facts.json", (HERE.parent / "facts.json").read_bytes(),
                                  lexicon_bytes())
    # The worst case of issue 15 for verify; for check, sentences of many clauses just
    # under its per-sentence bound (about 970 characters each).
    clauses = "Lithuania will build a road, " * 33 + "and a bridge. "
    inputs = {"list 'a, a, …'": lambda size: ("a, " * size)[:size],
              "long sentences": lambda size: (clauses * (size // len(clauses) + 1))[:size],
              "paragraphs": paragraphs_text}
    for label, make in inputs.items():
        # check streams its results: the whole text is checked only as they are read
        for name, work in (("verify", verify_claim),
                           ("check", lambda text, known: list(check_text(text, known)))):
            cells = []
            for size in LENGTHS:
                text = make(size)
                start = time.perf_counter()
                try:
                    work(text, knowledge)
                except UsageError:
                    cells.append(f"{size // 1000:>3}k: refused (over the limit)")
                    continue
                per_k = (time.perf_counter() - start) * 1000 / (size / 1000)
                cells.append(f"{size // 1000:>3}k: {per_k:8.2f} ms")
            print(f"per 1,000 chars  {name:6} {label:19} " + "   ".join(cells))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--batch", type=int, default=10_000)
    parser.add_argument("--only", choices=PARTS, action="append",
                        help="run only this part (repeatable); default: all")
    args = parser.parse_args()
    parts = set(args.only or PARTS)
    factcli = factcli_command()
    with tempfile.TemporaryDirectory() as home:
        env = {**os.environ, "FACTCLI_HOME": home, "NO_COLOR": "1"}
        env.pop("FACTCLI_FACTS", None)
        # As a user runs it: bytecode cached after the first run (pip writes it at install).
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        print(f"machine: {platform.machine()}, {os.cpu_count()} cores, "
              f"Python {platform.python_version()}, {platform.system()} {platform.release()}")

        if "cold" in parts:
            cold(factcli, args.rounds, env)
        if "large" in parts:
            large_store(factcli, args.rounds, env, Path(home))
        if "batch" in parts:
            batch(factcli, args.batch, env)
        if "check" in parts:
            check_sizes(factcli, env, Path(home))
    if "length" in parts:
        length_cost()


# The floor app run so that it too skips the collector's passes at shutdown, as factcli
# does (cli.main): both then pay only for their work, not for Python's exit.
FROZEN_EXIT_FLOOR = ("import gc, runpy, sys\n"
                     "sys.argv = sys.argv[1:]\n"
                     "try:\n"
                     "    runpy.run_path(sys.argv[0], run_name='__main__')\n"
                     "finally:\n"
                     "    gc.freeze()\n")


def cold(factcli: list[str], rounds: int, env: dict[str, str]) -> None:
    floor_app = str(HERE / "floor_app.py")
    floor, verify, frozen_floor = side_by_side(
        [[sys.executable, floor_app, CLAIM], [*factcli, "verify", CLAIM],
         [sys.executable, "-c", FROZEN_EXIT_FLOOR, floor_app, CLAIM]], rounds, env)
    print(f"cold verify   {verify * 1000:7.1f} ms   floor {floor * 1000:7.1f} ms   "
          f"ratio {verify / floor:.2f}  (goal <= 1.25)")
    print(f"              floor with factcli's exit {frozen_floor * 1000:7.1f} ms   "
          f"ratio {verify / frozen_floor:.2f}")


def large_store(factcli: list[str], rounds: int, env: dict[str, str], home: Path) -> None:
    big = home / "facts-10k.json"
    subprocess.run([sys.executable, str(HERE / "make_store.py"), str(big)], check=True,
                   capture_output=True)
    default, large = side_by_side([[*factcli, "verify", CLAIM],
                                   [*factcli, "--facts", str(big), "verify", CLAIM]],
                                  rounds, env)
    print(f"10k-fact store {large * 1000:7.1f} ms   default store {default * 1000:7.1f} ms   "
          f"ratio {large / default:.2f}  (goal <= 2)")


def batch(factcli: list[str], count: int, env: dict[str, str]) -> None:
    timed([*factcli, "verify", CLAIM], env)  # compile the store's cache, as cold() does
    runs = (("verify", "claims", batch_lines("claims.jsonl", "claim", count)),
            ("ask", "questions", batch_lines("questions.jsonl", "question", count)))
    for command, items, lines in runs:
        # CPU time is steadier than wall time on a shared machine: both are reported.
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        elapsed = timed([*factcli, command, "-", "--json"], env, stdin=lines)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
        print(f"batch {command:6} {count} {items} in {elapsed:.2f} s   "
              f"{count / elapsed:,.0f} {items}/s   CPU {cpu:.2f} s   "
              f"{count / cpu:,.0f} {items}/s  (goal >= 2,000)")


def check_sizes(factcli: list[str], env: dict[str, str], home: Path) -> None:
    times = {}
    for megabytes in (1, 5):
        text = home / f"text-{megabytes}mb.txt"
        text.write_text(paragraphs_text(megabytes * 1_000_000), encoding="utf-8")
        start = time.perf_counter()
        done = subprocess.run([*factcli, "check", str(text), "--json"], env=env,
                              capture_output=True, text=True, check=False)
        times[megabytes] = time.perf_counter() - start
        count = len(done.stdout.splitlines())
        print(f"check {megabytes} MB  {count:,} sentences in {times[megabytes]:.2f} s   "
              f"{count / times[megabytes]:,.0f} sentences/s")
    print(f"check 5 MB / 1 MB time ratio {times[5] / times[1]:.2f}  (linear: about 5)")


if __name__ == "__main__":
    main()
