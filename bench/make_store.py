"""Write a synthetic fact store of N facts (default 10,000) for the index benchmarks.

    python bench/make_store.py bench/out/facts-10k.json --facts 10000

It keeps the real store's entities and sources and adds facts built from them, with
made-up vocabulary, so retrieval has to work through a large index."""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
WORDS = [
    "harbour",
    "rail",
    "depot",
    "airfield",
    "radar",
    "pipeline",
    "grid",
    "reservoir",
    "tunnel",
    "ferry",
    "school",
    "hospital",
    "factory",
    "forest",
    "river",
    "lake",
    "canal",
    "port",
    "coast",
    "island",
    "valley",
    "ridge",
    "plain",
    "village",
    "town",
    "district",
    "county",
    "province",
    "station",
    "bunker",
    "road",
    "bridge",
    "barrier",
    "ditch",
    "drill",
    "exercise",
    "patrol",
    "survey",
    "audit",
    "census",
    "tender",
    "contract",
    "budget",
    "reform",
    "treaty",
    "summit",
    "visit",
    "report",
    "study",
    "plan",
    "upgrade",
    "repair",
    "convoy",
    "fleet",
    "brigade",
]
VERBS = [
    "inspects",
    "builds",
    "repairs",
    "funds",
    "surveys",
    "patrols",
    "reports",
    "plans",
    "upgrades",
    "opens",
    "closes",
    "extends",
    "maps",
    "protects",
    "monitors",
]
UNITS = ("km", "EUR", "count", "years")


def synthetic_store(count: int, seed: int) -> dict:
    rng = random.Random(seed)
    base = json.loads((REPO / "facts.json").read_text(encoding="utf-8"))
    entities = [e["id"] for e in base["entities"]]
    source = base["sources"][0]
    facts = list(base["facts"])
    for number in range(count - len(facts)):
        subject = rng.choice(entities)
        words = rng.sample(WORDS, 4)
        unit = rng.choice(UNITS)
        value = rng.randint(2, 900)
        facts.append(
            {
                "id": f"synthetic-{number}",
                "source": source["id"],
                "section": rng.choice(source["sections"]),
                "topic": rng.choice(words),
                "statement": f"{subject.title()} {rng.choice(VERBS)} {value} {words[0]} "
                f"near the {words[1]} {words[2]} of the {words[3]}.",
                "subject": [subject],
                "entities": [subject],
                "quantities": [{"value": value, "unit": unit, "measure": words[0]}],
            }
        )
    return {**base, "facts": facts}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("output", type=Path)
    parser.add_argument("--facts", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    args.output.parent.mkdir(parents=True, exist_ok=True)
    store = synthetic_store(args.facts, args.seed)
    args.output.write_text(json.dumps(store, ensure_ascii=False), encoding="utf-8")
    print(f"wrote {len(store['facts'])} facts to {args.output}")


if __name__ == "__main__":
    main()
