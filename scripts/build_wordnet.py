#!/usr/bin/env python3
"""Build ``src/factcli/data/wordnet.json.gz`` from the WordNet 3.0 database files.

Development-time only (Debian: ``apt-get install wordnet-base``); the generated file ships in
the package so that a user's ``pip install`` is all there is. It keeps what the verifier
uses of WordNet: each lemma's synsets in sense order; each synset's lemmas, hypernyms and
the classes a named instance belongs to; similar-to links between adjectives; the
word-level antonym, derivation and pertainym links; the pairs of senses an antonym link
opposes (the antonym of 'approve' is 'disapprove' in the sense it shares with 'reject', not
in 'consider bad or wrong'); and the morphological exception lists
that WordNet's own lemmatiser (morphy) needs.

    python scripts/build_wordnet.py [/usr/share/wordnet]
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

POS = {"noun": "n", "verb": "v", "adj": "a", "adv": "r"}
# Word-level pointers kept, by WordNet pointer symbol.
LEXICAL = {"!": "antonyms", "+": "derivations", "\\": "pertainyms"}
ANTONYM = "!"  # also kept as a link between the two senses it opposes
HYPERNYM = {"@"}
INSTANCE = {"@i"}
SIMILAR = {"&"}
# A noun sense the tagged corpus met less than once per this many times it met the first
# is not in common use.
RARE_SHARE = 100


def main() -> None:
    root = Path(sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet")
    out = Path(__file__).resolve().parent.parent / "src" / "factcli" / "data" / "wordnet.json.gz"
    ids: dict[tuple[str, int], int] = {}
    raw: list[tuple[str, list[str], list[tuple[str, str, int, str]]]] = []
    named: list[bool] = []  # every word of the synset written with a capital
    for name in POS:
        for line in (root / f"data.{name}").read_text(encoding="latin-1").splitlines():
            if line.startswith("  "):
                continue  # the licence header
            fields = line.split(" | ", 1)[0].split()
            offset = int(fields[0])
            ss_type = "a" if fields[2] == "s" else fields[2]
            count = int(fields[3], 16)
            written = [fields[4 + 2 * k] for k in range(count)]
            words = [w.lower().split("(")[0].replace("_", " ") for w in written]  # no "(a)"
            at = 4 + 2 * count
            pointers = []
            for _ in range(int(fields[at])):
                symbol, target, target_pos, source_target = fields[at + 1: at + 5]
                pointers.append((symbol, "a" if target_pos == "s" else target_pos,
                                 int(target), source_target))
                at += 4
            ids[(ss_type, offset)] = len(raw)
            raw.append((ss_type, words, pointers))
            named.append(all(w[0].isupper() for w in written))
    synsets: list[list[object]] = []
    links: dict[str, set[tuple[str, str]]] = {key: set() for key in LEXICAL.values()}
    opposed: set[tuple[int, int]] = set()  # (synset, synset) whose senses are antonyms
    for (ss_type, words, pointers), proper in zip(raw, named, strict=True):
        hypernyms = [ids[(p, t)] for s, p, t, _ in pointers if s in HYPERNYM]
        similar = [ids[(p, t)] for s, p, t, _ in pointers if s in SIMILAR]
        instance_of = [ids[(p, t)] for s, p, t, _ in pointers if s in INSTANCE]
        if proper and not instance_of and ss_type == "n":
            # WordNet makes some names kinds rather than instances ('NASA' a kind of
            # independent agency): a noun written only as names is one of its class
            instance_of = hypernyms
        synsets.append([ss_type, words, hypernyms, similar, instance_of])
        for symbol, target_pos, target, source_target in pointers:
            kind = LEXICAL.get(symbol)
            if kind is None or source_target == "0000":
                continue
            source = int(source_target[:2], 16) - 1
            target_words = raw[ids[(target_pos, target)]][1]
            other = target_words[int(source_target[2:], 16) - 1]
            links[kind].add((f"{words[source]}|{ss_type}", f"{other}|{target_pos}"))
            if symbol == ANTONYM:
                low, high = sorted((len(synsets) - 1, ids[(target_pos, target)]))
                opposed.add((low, high))
    index: dict[str, dict[str, list[int]]] = {}
    untagged: set[tuple[str, str]] = set()
    for name, pos in POS.items():
        for line in (root / f"index.{name}").read_text(encoding="latin-1").splitlines():
            if line.startswith("  "):
                continue
            fields = line.split()
            lemma = fields[0].replace("_", " ")
            count = int(fields[2])
            offsets = fields[-count:]
            index.setdefault(lemma, {})[pos] = [ids[(pos, int(o))] for o in offsets]
            if int(fields[-count - 1]) == 0:  # tagsense_cnt: no sense seen in the corpus
                untagged.add((lemma, pos))
    for lemma, pos in sorted(untagged):
        variant = _spelling_variant(lemma, pos, index, synsets, untagged)
        if variant is not None:
            own = set(index[lemma][pos])
            index[lemma][pos] = [s for s in index[variant][pos] if s in own]
    common = _common_senses(root, index)
    exceptions: dict[str, dict[str, list[str]]] = {}
    for name, pos in POS.items():
        table: dict[str, list[str]] = {}
        for line in (root / f"{name}.exc").read_text(encoding="latin-1").splitlines():
            form, *lemmas = line.split()
            table[form.replace("_", " ")] = [lemma.replace("_", " ") for lemma in lemmas]
        exceptions[pos] = table
    document = {
        "source": "Princeton WordNet 3.0 (see WORDNET-LICENSE)",
        "synsets": synsets,
        "index": index,
        "exceptions": exceptions,
        "common_senses": common,
        "opposed_senses": sorted(list(pair) for pair in opposed),
        **{kind: sorted([a, b] for a, b in pairs) for kind, pairs in links.items()},
    }
    data = json.dumps(document, separators=(",", ":"), ensure_ascii=False, sort_keys=True)
    out.write_bytes(gzip.compress(data.encode("utf-8"), compresslevel=9, mtime=0))
    print(f"{out}: {len(synsets)} synsets, {len(index)} lemmas, {out.stat().st_size} bytes")


def _common_senses(root: Path, index: dict[str, dict[str, list[int]]]) -> dict[str, int]:
    """For each noun whose later senses the tagged corpus (cntlist.rev) met less than once
    in :data:`RARE_SHARE` of the times it met the first: how many of its senses, in order,
    are in common use ('person': 1, its first of 6,833 tags; the human body has 1, the
    grammatical person none). Nouns whose senses are all in use, or never tagged, are left
    out."""
    counts: dict[str, dict[int, int]] = {}
    for line in (root / "cntlist.rev").read_text(encoding="latin-1").splitlines():
        key, number, count = line.split()
        lemma, _, kind = key.partition("%")
        if kind.startswith("1:"):  # a noun
            counts.setdefault(lemma.replace("_", " "), {})[int(number)] = int(count)
    common: dict[str, int] = {}
    for lemma, tagged in sorted(counts.items()):
        senses = len(index.get(lemma, {}).get("n", []))
        first = tagged.get(1, 0)
        used = 1
        while used < senses and tagged.get(used + 1, 0) * RARE_SHARE >= first:
            used += 1
        if first and used < senses:
            common[lemma] = used
    return common


def _spelling_variant(lemma: str, pos: str, index: dict[str, dict[str, list[int]]],
                      synsets: list[list[object]],
                      untagged: set[tuple[str, str]]) -> str | None:
    """The other spelling of a lemma whose senses the corpus never tagged, so that WordNet
    lists them in no order of use ('defence' gives its psychoanalytic sense first): a word
    of its first synset, spelt nearly alike ('defense'), whose tagged senses include all of
    the lemma's. The lemma's senses are then put in the variant's order."""
    own = index[lemma][pos]
    if len(own) < 2 or " " in lemma:
        return None
    for other in synsets[own[0]][1]:  # type: ignore[union-attr]
        theirs = index.get(other, {}).get(pos, [])
        if (other != lemma and (other, pos) not in untagged and _spelt_alike(lemma, other)
                and set(own) <= set(theirs)):
            return other
    return None


def _spelt_alike(one: str, other: str) -> bool:
    """British and American spellings: the same start, and no more than two letters apart
    once the shared start and end are set aside (defence/defense, manoeuvre/maneuver)."""
    if one[:2] != other[:2] or abs(len(one) - len(other)) > 1 or " " in other:
        return False
    start = 0
    while start < min(len(one), len(other)) and one[start] == other[start]:
        start += 1
    end = 0
    while (end < min(len(one), len(other)) - start
           and one[-1 - end] == other[-1 - end]):
        end += 1
    return max(len(one), len(other)) - start - end <= 2


if __name__ == "__main__":
    main()
