"""General-English lexical relations from WordNet 3.0, sliced to one store at compile time.

``data/wordnet.json.gz`` (built by ``scripts/build_wordnet.py``) holds each lemma's synsets
in sense order, synset hypernyms and similar-to links, and the word-level antonym,
derivation and pertainym links. Loading it costs a few hundred milliseconds, so it is read
only when a store is compiled: :func:`relation_slice` keeps, for the words the store's facts
use, every lemma a claim might use instead and how the two relate. The compiled store (and
its cache) carries that slice, so a ``verify`` run never opens the WordNet file.

Lemmas are found with WordNet's own lemmatiser, morphy (its exception lists plus suffix
rules, each candidate checked against the index), not by suffix guessing.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import cache, cached_property
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from factcli.logic import Relation
from factcli.text import JOINING_PREFIXES

if TYPE_CHECKING:
    from factcli.text import Analysis

DATA_FILE = Path(__file__).with_name("data") / "wordnet.json.gz"
POS = ("n", "v", "a", "r")
# WordNet's morphy suffix rules, per part of speech.
_RULES: dict[str, tuple[tuple[str, str], ...]] = {
    "n": (("s", ""), ("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"),
          ("men", "man"), ("ies", "y")),
    "v": (("s", ""), ("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""),
          ("ing", "e"), ("ing", "")),
    "a": (("er", ""), ("est", ""), ("er", "e"), ("est", "e")),
    "r": (),
}
# Only a word's most common senses count: a rare sense of a common word ('pass' = 'die')
# would otherwise make near any two verbs synonyms.
SENSES = 3
# A verb's dominant (first) sense reaches one sense further into another verb's: 'operate'
# is first to run a business or a machine, the fourth sense of 'run'.
DOMINANT_REACH = 4
HYPERNYM_DEPTH = {"n": 4, "v": 3}
INSTANCE_DEPTH = 6
NEAR_SYNONYM_SHARE = 2  # words two senses must share for their words to be near-synonyms
# Synsets this close to the top of their hierarchy (entity, object, act; change, move,
# make…) say too little to stand for a fact's word.
MIN_DEPTH = {"n": 4, "v": 0}
# How far up two nouns may meet to be of one class (see WordNet.same_class).
CLASS_STEPS = 3
# How far above the class a name is an instance of its classes still name it (see
# WordNet.instance_classes).
INSTANCE_CLASS_STEPS = 1
# A class with this many direct subclasses (travel, change, act…) is too broad for a claim
# to stand for one of them.
MAX_HYPONYMS = 40
# How English forms the adjective of a people or place: Europe-an, Lithuan-ian, Chin-ese,
# Pol-ish, Israel-i, Icelandic.
DEMONYM_ENDINGS = ("an", "ese", "ish", "i", "ic")
# and the noun for one of its people: Europe-an, Iceland-er
PEOPLE_ENDINGS = ("an", "ese", "i", "er")


HEAD_VERB = "WordNet compound's verb"  # the via of 'fly' for 'fly-by'
IN_LINE = "WordNet kind at a lower sense"  # see WordNet.verbs_in_line
# The via of 'reject' for 'approve', 'dwindle' for 'increase': a verb in, or first just
# under, the sense WordNet opposes to the fact verb's.
OPPOSITE_SENSE = "WordNet opposite sense"
# The via of 'eat' for 'dining': broader than the word derived from the fact's (dine). Not
# a plain hypernym, which also names what an entity may be called ('gather' is no kind).
DERIVED_HYPERNYM = "WordNet derivation's hypernym"
# The via of 'dropped' against 'doubled': the fact verb's first sense is a kind of the
# sense in which WordNet opposes a lexicon group ('increase') to the claim word's group
# ('decrease'): to double is to multiply, a way to increase.
KIND_OF_OPPOSITE = "WordNet kind of the opposite"
KIND_STEPS = 2  # how far under that sense the fact verb's first sense may lie
_ACT = {"n", "v"}  # the parts of speech of a verb and the noun of its act


class Link(NamedTuple):
    """How a claim's lemma relates to a fact's word: the relation and where it came from."""

    relation: Relation
    via: str
    pos: str  # the claim lemma's part of speech in this link


class WordNet:
    """The WordNet data, read once per process (only when a store is compiled)."""

    def __init__(self, synsets: list[list[object]], index: dict[str, dict[str, list[int]]],
                 exceptions: dict[str, dict[str, list[str]]]) -> None:
        self.synsets = synsets
        self.index = index
        self.exceptions = exceptions
        # noun -> how many of its senses are in common use, where the corpus says some
        # are not (see scripts/build_wordnet.py)
        self.common_noun_senses: dict[str, int] = {}
        self.antonyms: dict[tuple[str, str], list[tuple[str, str]]] = {}
        self.derivations: dict[tuple[str, str], list[tuple[str, str]]] = {}
        self.pertainyms: dict[tuple[str, str], list[tuple[str, str]]] = {}
        # synset -> the synsets an antonym link opposes it to, sense to sense
        self.opposed_senses: dict[int, list[int]] = {}

    @classmethod
    def load(cls, path: Path = DATA_FILE) -> WordNet:
        import gzip
        import json

        document = json.loads(gzip.decompress(path.read_bytes()))
        wordnet = cls(document["synsets"], document["index"], document["exceptions"])
        wordnet.common_noun_senses = document["common_senses"]
        for one, other in document["opposed_senses"]:
            wordnet.opposed_senses.setdefault(one, []).append(other)
            wordnet.opposed_senses.setdefault(other, []).append(one)
        for kind in ("antonyms", "derivations", "pertainyms"):
            table: dict[tuple[str, str], list[tuple[str, str]]] = getattr(wordnet, kind)
            for left, right in document[kind]:
                a, b = _split(left), _split(right)
                table.setdefault(a, []).append(b)
                table.setdefault(b, []).append(a)
        return wordnet

    # --- lemmas -----------------------------------------------------------------

    def lemmas(self, word: str) -> list[tuple[str, str]]:
        """Every (lemma, part of speech) that ``word`` can be an inflection of."""
        found: list[tuple[str, str]] = []
        for pos in POS:
            for lemma in morphy_candidates(word, pos, self.exceptions[pos]):
                if pos in self.index.get(lemma, {}) and (lemma, pos) not in found:
                    found.append((lemma, pos))
        if not found and "-" not in word and word.startswith(JOINING_PREFIXES):
            # text joins 'fly-by' into 'flyby' (see text.py); WordNet keeps the hyphen
            prefix = next(p for p in JOINING_PREFIXES if word.startswith(p))
            if len(word) > len(prefix):
                return self.lemmas(f"{prefix}-{word[len(prefix):]}")
        return found

    def demonyms(self, name: str) -> list[str]:
        """The adjectives WordNet gives as pertaining to a proper name, formed from it
        ('European' of Europe, 'Polish' of Poland, 'South African' of South Africa), and the
        nouns for its people derived from it ('Icelander', 'Icelanders' of Iceland; 'New
        Zealanders' of New Zealand), so that 'a European effort' names Europe as 'Russian
        ships' name Russia, and 'Icelanders built barriers' Iceland."""
        noun = name.lower()
        if not noun.replace(" ", "").isalpha():
            return []

        def formed(word: str) -> bool:  # from the name's own words ('New Zealand-er')
            return (word.replace(" ", "").isalpha() and word[:3] == noun[:3]
                    and word.count(" ") == noun.count(" "))

        # not one of two places ('Eurafrican', of Europe and Africa)
        pertaining = [adjective for adjective in self._formed_from[0].get(noun, ())
                      if formed(adjective) and all(
                          n == noun or " " in n for n, _ in self.pertainyms[adjective, "a"])]
        adjectives = {adjective for adjective in pertaining
                      if adjective.endswith(DEMONYM_ENDINGS)}
        people = {person for person in self._formed_from[1].get(noun, ())
                  if formed(person) and person.endswith(PEOPLE_ENDINGS)
                  and all(n == noun for n, _ in self.derivations[person, "n"])}
        if " " in noun:
            # WordNet ties the people of a place of two words to it only through the
            # adjective they share a spelling with: 'New Zealander', 'South African'
            people |= {adjective for adjective in pertaining
                       if adjective.endswith(PEOPLE_ENDINGS) and "n" in self.index.get(
                           adjective, {})}
        plurals = {person + "s" for person in people if not person.endswith("ese")}
        return sorted(adjectives | people | plurals)

    @cached_property
    def _formed_from(self) -> tuple[dict[str, list[str]], dict[str, list[str]]]:
        """By noun, the adjectives WordNet says pertain to it and the nouns it derives
        (:meth:`demonyms` is asked of every name in a store: one pass, not one a name)."""
        pertaining: dict[str, list[str]] = {}
        derived: dict[str, list[str]] = {}
        for table, pos, found in ((self.pertainyms, "a", pertaining),
                                  (self.derivations, "n", derived)):
            for (word, word_pos), nouns in table.items():
                if word_pos == pos:
                    for noun, noun_pos in nouns:
                        if noun_pos == "n":
                            found.setdefault(noun, []).append(word)
        return pertaining, derived

    def irregular_forms(self, pos: str) -> dict[str, list[str]]:
        """WordNet's irregular forms of one part of speech: 'built' -> ['build']."""
        return {form: list(lemmas) for form, lemmas in self.exceptions[pos].items()}

    def verb_lemmas(self) -> str:
        """Every lemma that can be a verb, one a line (read into a set on first use)."""
        return "\n".join(sorted(lemma for lemma, entry in self.index.items() if "v" in entry))

    def senses(self, lemma: str, pos: str, limit: int = SENSES) -> list[int]:
        return self.index.get(lemma, {}).get(pos, [])[:limit]

    def words(self, synset: int) -> list[str]:
        return self.synsets[synset][1]  # type: ignore[return-value]

    def hypernyms(self, synset: int) -> list[int]:
        return self.synsets[synset][2]  # type: ignore[return-value]

    def similar(self, synset: int) -> list[int]:
        return self.synsets[synset][3]  # type: ignore[return-value]

    def instance_of(self, synset: int) -> list[int]:
        return self.synsets[synset][4]  # type: ignore[return-value]

    def kind_words(self, kinds: dict[str, str],
                   lexicon_nouns: dict[str, str] | None = None) -> dict[str, list[str]]:
        """For each entity (``kinds``: entity id -> its kind, 'spacecraft'), the words a
        text may use to refer back to it: its kind, the kind's synonyms, broader and
        narrower words ('the craft', 'the probe'), and the nouns the lexicon gives for its
        kind (``lexicon_nouns``: noun -> kind) that WordNet puts in the same class."""
        words: dict[str, list[str]] = {}
        for noun, kind in sorted((lexicon_nouns or {}).items()):
            if self.same_class(noun, kind):
                for entity_id in sorted(e for e, own in kinds.items() if own == kind):
                    words.setdefault(noun, []).append(entity_id)
        for entity_id, kind in sorted(kinds.items()):
            for lemma, pos in self.lemmas(kind.lower()):
                if pos != "n":
                    continue
                # 'the probe' for a spacecraft, but not every kind of person for a person
                narrow = all(len(self.hyponyms.get(s, ())) <= MAX_HYPONYMS
                             for s in self.senses(lemma, pos))
                wanted = {"same word", "WordNet synonym"} | (
                    {"WordNet hyponym"} if narrow else set())
                related = [other for other, link in self.links_from(lemma, pos)
                           if link.via in wanted]
                # A broader word only of a sense in common use: a person is also, rarely,
                # a human body (a 'build', a 'figure') and a grammatical category (a
                # 'class', a 'family'), yet 'the family chose the site' names no director.
                common = self.senses(lemma, pos)[:self.common_noun_senses.get(lemma)]
                related += [other for other, _ in self._hypernym_links(common, pos)]
                for other in related:
                    entry = words.setdefault(other, [])
                    if entity_id not in entry:
                        entry.append(entity_id)
        return words

    def same_class(self, noun: str, kind: str) -> bool:
        """The first noun senses of ``noun`` and ``kind`` meet within
        :data:`CLASS_STEPS` hypernyms, at a class that still says what a thing is: a
        'firm' (a business) and a 'company' (an institution) are both organisations,
        while a 'neighbour' (a person) and a 'country' meet only as physical entities."""
        near = [self._first_sense_and_above(word) for word in (noun, kind)]
        return any(self.depth[synset] >= MIN_DEPTH["n"] for synset in near[0] & near[1])

    def _first_sense_and_above(self, noun: str) -> set[int]:
        found: set[int] = set()
        for lemma, pos in self.lemmas(noun):
            frontier = self.senses(lemma, pos, 1) if pos == "n" else []
            for _ in range(CLASS_STEPS + 1):
                found.update(frontier)
                frontier = [h for s in frontier for h in self.hypernyms(s)]
        return found

    def instance_kinds(self, kinds: Iterable[str]) -> dict[str, str]:
        """Names WordNet knows as instances of each kind ('Mars' is a planet, 'NASA' an
        organisation), so a claim naming one can be seen to put another thing of that kind
        where the fact has the store's."""
        wanted: dict[int, str] = {}
        for kind in kinds:
            for lemma, pos in self.lemmas(kind.lower()):
                if pos == "n":
                    for synset in self.senses(lemma, pos, 2):
                        wanted.setdefault(synset, kind)
        names: dict[str, str] = {}
        for synset in range(len(self.synsets)):
            frontier = self.instance_of(synset)
            for _ in range(INSTANCE_DEPTH):
                found = next((wanted[s] for s in frontier if s in wanted), None)
                if found is not None:
                    for word in self.words(synset):
                        names.setdefault(word, found)
                    break
                frontier = [h for s in frontier for h in self.hypernyms(s)]
                if not frontier:
                    break
        # 'German' pertains to Germany, a country, so it names one as well (as a noun,
        # 'a German', it names a person).
        return {**self.pertaining_kinds(names), **names}

    def instance_classes(self, names: Iterable[str]) -> list[str]:
        """The classes WordNet puts the first of ``names`` it knows as an instance in, and
        the classes right above those: 'Food and Drug Administration' is an agency (an
        administrative unit), 'Kansas' an American state (a state); further up ('unit',
        'district') says too little of what it is. A name whose first sense is no
        instance ('Tesla', a unit of flux density) is no thing of any class here."""
        for name in names:
            senses = [s for lemma, pos in self.lemmas(name.lower()) if pos == "n"
                      for s in self.senses(lemma, pos, 1)]
            if not senses:
                continue
            frontier = self.instance_of(senses[0])
            found: list[str] = []
            for _ in range(INSTANCE_CLASS_STEPS + 1):
                for synset in frontier:
                    if self.depth[synset] >= MIN_DEPTH["n"]:
                        found.extend(w for w in self.words(synset) if w not in found)
                frontier = [h for s in frontier for h in self.hypernyms(s)]
            return found
        return []

    def pertaining_kinds(self, names: dict[str, str]) -> dict[str, str]:
        """The adjectives that pertain to one of ``names`` (a name WordNet knows -> its
        kind), with that kind: 'Norwegian' of Norway, a country, though the noun 'a
        Norwegian' is a person."""
        adjectives: dict[str, str] = {}
        for (word, pos), targets in self.pertainyms.items():
            if pos == "a":
                named = next((names[t] for t, t_pos in targets
                              if t_pos == "n" and t in names), None)
                if named is not None:
                    adjectives[word] = named
        return adjectives

    def nouns_under(self, words: Iterable[str], roots: Iterable[str],
                    senses: int = SENSES) -> frozenset[str]:
        """The ``words`` with one of their first ``senses`` noun senses a kind of one of
        ``roots``' first noun senses: 'operators' and 'crew' are kinds of a person or of a
        social group; with ``senses=1`` a 'journalist' is a person while a 'plant' or a
        'model', persons only in a rare sense, are not."""
        wanted = {self.senses(root, "n", 1)[0] for root in roots if self.senses(root, "n", 1)}
        found: set[str] = set()
        for word in words:
            frontier = [s for lemma, pos in self.lemmas(word) if pos == "n"
                        for s in self.senses(lemma, pos, senses)]
            seen: set[int] = set()
            while frontier and not wanted & set(frontier):
                seen.update(frontier)
                frontier = [h for s in frontier for h in self.hypernyms(s) if h not in seen]
            if frontier:
                found.add(word)
        return frozenset(found)

    @cached_property
    def hyponyms(self) -> dict[int, list[int]]:
        below: dict[int, list[int]] = {}
        for synset, entry in enumerate(self.synsets):
            for parent in entry[2]:  # type: ignore[attr-defined]
                below.setdefault(parent, []).append(synset)
        return below

    @cached_property
    def depth(self) -> list[int]:
        """Each synset's distance from the top of its hierarchy (shortest path)."""
        depths = [-1] * len(self.synsets)

        def resolve(synset: int) -> int:
            stack = [synset]
            while stack:
                current = stack[-1]
                parents = self.hypernyms(current)
                pending = [p for p in parents if depths[p] < 0 and p not in stack]
                if pending:
                    stack.extend(pending)
                    continue
                known = [depths[p] for p in parents if depths[p] >= 0]
                depths[current] = min(known) + 1 if known else 0
                stack.pop()
            return depths[synset]

        for synset in range(len(self.synsets)):
            if depths[synset] < 0:
                resolve(synset)
        return depths

    # --- relations --------------------------------------------------------------

    def _common(self, word: str, pos: str, synset: int) -> bool:
        """True when ``synset`` is one of ``word``'s common senses."""
        return synset in self.senses(word, pos)

    def links_from(self, lemma: str, pos: str,
                   generic: frozenset[str] = frozenset()) -> Iterator[tuple[str, Link]]:
        """(other lemma, link) for every lemma a claim could use in place of ``lemma``,
        the link read as 'the fact's word R the claim's word'."""
        senses = self.senses(lemma, pos)
        yield lemma, Link(Relation.EQUIVALENT, "same word", pos)
        for synset in senses:
            for other in self.words(synset):
                if other != lemma and self._common(other, pos, synset):
                    yield other, Link(Relation.EQUIVALENT, "WordNet synonym", pos)
            if pos == "a":
                for near in self.similar(synset):
                    for other in self.words(near):
                        yield other, Link(Relation.EQUIVALENT, "WordNet similar adjective",
                                          pos)
        if pos == "v":
            yield from self._dominant_sense_synonyms(lemma, pos)
        if pos == "n":
            # A noun's less common sense still counts when it is the other word's first
            # and a thing of the same class as one of its common senses: 'pictures' are
            # 'photographs' (both representations), though that is not what 'picture'
            # mostly means; 'videos' (a visual communication) are not.
            classes = {h for s in senses for h in self.hypernyms(s)}
            for synset in self.index.get(lemma, {}).get(pos, [])[SENSES:]:
                if classes.isdisjoint(self.hypernyms(synset)):
                    continue
                for other in self.words(synset):
                    if other != lemma and self.senses(other, pos, 1) == [synset]:
                        yield other, Link(Relation.EQUIVALENT, "WordNet synonym", pos)
        related = [(lemma, pos)] + [(w, pos) for s in senses for w in self.words(s)
                                    if self._common(w, pos, s)]
        for word, word_pos in related:
            for other, other_pos in self.derivations.get((word, word_pos), ()):
                yield other, Link(Relation.EQUIVALENT, "WordNet derivation", other_pos)
                first = self.senses(other, other_pos, 1)
                for synset in first:
                    for synonym in self.words(synset):
                        if self._common(synonym, other_pos, synset):
                            yield synonym, Link(Relation.EQUIVALENT, "WordNet derivation",
                                                other_pos)
                # A verb made from the noun by a suffix ('event' → 'eventuate', 'vaccine' →
                # 'vaccinate') does not name the act the noun is: an event does not end.
                suffixed = pos == "n" and len(other) > len(lemma) and other.startswith(lemma)
                if word == lemma and other != lemma and {pos, other_pos} == _ACT and (
                        not suffixed):
                    # a word broader than the derived word's first sense is broader than
                    # the fact's: 'an outdoor dining area' is a place to dine, so to eat.
                    # Only the fact's own word, in another form: a synonym's derivation
                    # ('investigate', of the 'probe' that is an investigation) or the same
                    # word as another part of speech may be of a sense the fact's is not.
                    # Only an act and its verb: what is broader than an adjective's noun
                    # is an attribute anything has ('vital': vitalness, an importance)
                    yield from self._hypernym_links(first, other_pos, DERIVED_HYPERNYM)
            for other, other_pos in self.pertainyms.get((word, word_pos), ()):
                yield other, Link(Relation.EQUIVALENT, "WordNet pertainym", other_pos)
        yield from self._near_synonym_links(lemma, pos, senses, generic)
        yield from self._hypernym_links(senses, pos)
        if pos == "n":
            yield from self._head_verb_links(lemma, senses)
        yield from self.narrower(lemma, pos)
        yield from self._antonym_links(lemma, pos, senses)

    def _dominant_sense_synonyms(self, lemma: str, pos: str) -> Iterator[tuple[str, Link]]:
        """Synonyms through a sense just past the common ones (:data:`DOMINANT_REACH`)
        when it is the other verb's dominant, first sense: a writer uses a verb in that
        sense, and the other verb reads in it too. 'Food was shipped to the towns' is 'sent'
        there (the first sense of 'ship', the fourth of 'send'), 'hit a record' is 'reach'
        one (the first of 'reach', the fourth of 'hit'), either way round; a sense first
        for neither ('post' and 'send' a soldier) or further down ('end' is only the ninth
        of 'stop') still links nothing."""
        everything = self.index.get(lemma, {}).get(pos, [])
        for synset in everything[:1]:
            for other in self.words(synset):
                if other != lemma and synset in self.senses(other, pos, DOMINANT_REACH):
                    yield other, Link(Relation.EQUIVALENT, "WordNet synonym", pos)
        for synset in everything[SENSES:DOMINANT_REACH]:
            for other in self.words(synset):
                if other != lemma and self.senses(other, pos, 1) == [synset]:
                    yield other, Link(Relation.EQUIVALENT, "WordNet synonym", pos)

    def _near_synonym_links(self, lemma: str, pos: str, senses: list[int],
                            generic: frozenset[str]) -> Iterator[tuple[str, Link]]:
        """The words whose first sense shares two more words with ``lemma``'s first sense:
        'cope' and 'handle' (both 'deal' and 'manage'). Only first senses: 'begin' shares
        'start' and 'set out' with a later sense of 'depart'. A ``generic`` word ('put')
        shares nothing: 'invest' and 'lay' both 'put' and 'place', and differ."""
        for synset in senses[:1]:
            own = set(self.words(synset)) - {lemma} - generic
            for word in own:
                for other_synset in self.senses(word, pos):
                    if other_synset == synset:
                        continue
                    words = self.words(other_synset)
                    if len(own.intersection(words)) < NEAR_SYNONYM_SHARE:
                        continue
                    for other in words:
                        if other not in own and other != lemma and self.senses(
                                other, pos, 1) == [other_synset]:
                            yield other, Link(Relation.EQUIVALENT, "WordNet near-synonym", pos)

    def _head_verb_links(self, lemma: str, senses: list[int]) -> Iterator[tuple[str, Link]]:
        """A compound noun that begins with a verb names an act of that verb when its
        broader noun is the verb's own: a fly-by is a flight, so whatever made one flew
        (the claim's 'fly' is broader than the fact's 'flyby'). WordNet links neither
        'fly-by' nor its verb 'fly by' to 'fly'."""
        phrase = lemma.replace("-", " ")
        head = phrase.split()[0]
        if head == lemma or "v" not in self.index.get(phrase, {}):
            return  # not a phrasal verb written as a noun ('fly by', 'take off')
        for synset in senses:
            for broader in self.hypernyms(synset):
                if any((head, "v") in self.derivations.get((word, "n"), ())
                       for word in self.words(broader)):
                    yield head, Link(Relation.FORWARD, HEAD_VERB, "v")
                    return

    def narrower(self, lemma: str, pos: str) -> Iterator[tuple[str, Link]]:
        """Lemmas one step narrower than ``lemma`` ('probe' under 'spacecraft')."""
        for synset in self.senses(lemma, pos):
            for narrower in self.hyponyms.get(synset, ()):
                for other in self.words(narrower):
                    if self._common(other, pos, narrower):
                        yield other, Link(Relation.REVERSE, "WordNet hyponym", pos)

    def _hypernym_links(self, senses: list[int], pos: str,
                        via: str = "WordNet hypernym") -> Iterator[tuple[str, Link]]:
        frontier = list(senses)
        seen = set(frontier)
        for _ in range(HYPERNYM_DEPTH.get(pos, 0)):
            frontier = [h for s in frontier for h in self.hypernyms(s) if h not in seen]
            seen.update(frontier)
            for synset in frontier:
                if (self.depth[synset] < MIN_DEPTH[pos]
                        or len(self.hyponyms.get(synset, ())) > MAX_HYPONYMS):
                    continue
                for other in self.words(synset):
                    if self._common(other, pos, synset):
                        yield other, Link(Relation.FORWARD, via, pos)

    def _antonym_links(self, lemma: str, pos: str,
                       senses: list[int]) -> Iterator[tuple[str, Link]]:
        """Direct antonyms of the word and of the words in its first sense (for adjectives,
        also through the head of its cluster). The antonyms' own synonyms are left out:
        'boost' is a synonym of 'encourage', the antonym of 'deter', yet 'boost security'
        does not contradict 'deter threats'."""
        first = senses[:1]
        words = {(lemma, pos)} | {(w, pos) for s in first for w in self.words(s)}
        if pos == "a":
            words |= {(w, pos) for s in first for near in self.similar(s)
                      for w in self.words(near)}
        opposites: set[tuple[str, str]] = set()
        for word in words:
            opposites.update(self.antonyms.get(word, ()))
        # the word with a prefix, in the first sense of its own antonym: 'infertile' is a
        # 'sterile', the antonym of 'fertile', as a claim's 'infertile' reads it
        opposites.update((other, pos) for opposite, opposite_pos in self.antonyms.get(
            (lemma, pos), ()) if opposite_pos == pos
            for synset in self.senses(opposite, pos, 1) for other in self.words(synset)
            if other != lemma and other.endswith(lemma))
        for other, other_pos in sorted(opposites):
            yield other, Link(Relation.ALTERNATION, "WordNet antonym", other_pos)

    def opposed_senses_of(self, lemmas: Iterable[str],
                          opposed: Iterable[str]) -> dict[int, list[int]]:
        """The common verb senses of ``lemmas`` that WordNet opposes to a common verb sense
        of one of ``opposed``, each with those senses: the senses in which two groups of
        verbs are opposites ('increase' against 'decrease', not 'increase' a prison term)."""
        theirs = {s for lemma in opposed for s in self.senses(lemma, "v")}
        found = {s: [o for o in self.opposed_senses.get(s, ()) if o in theirs]
                 for lemma in lemmas for s in self.senses(lemma, "v")}
        return {s: opposites for s, opposites in found.items() if opposites}

    def verbs_in_or_under(self, senses: Iterable[int]) -> set[str]:
        """The verbs with one of ``senses``, or a sense right under one, among their common
        senses: 'cut', whose second sense is to reduce, a way to decrease."""
        return {word for sense in senses for narrower in [sense, *self.hyponyms.get(sense, ())]
                for word in self.words(narrower) if self._common(word, "v", narrower)}

    def first_sense_under(self, lemma: str, senses: set[int]) -> bool:
        """``lemma``'s first verb sense is one of ``senses`` or lies at most
        :data:`KIND_STEPS` hypernyms under one: 'double' (multiply, a way to increase).
        Only the first sense: 'cut' is first to separate, and only then to reduce."""
        frontier = self.senses(lemma, "v", 1)
        for _ in range(KIND_STEPS + 1):
            if not senses.isdisjoint(frontier):
                return True
            frontier = [h for s in frontier for h in self.hypernyms(s)]
        return False

    def verbs_in_line(self, lemma: str) -> set[str]:
        """The verbs one step above or below ``lemma`` in WordNet's kinds through a sense
        not in common use, its own or theirs: 'clear', whose fourth sense (to authorize)
        is right above the first of 'approve'; 'market', right under the fourth sense of
        'sell'. Where both senses are common the relations of :meth:`links_from` have said
        all there is (a narrower 'endorse' says more than 'approve'). Not the same sense,
        a synonym only in a rare sense, which :data:`SENSES` sets aside ('defend' is,
        rarely, to 'oppose'), nor a sense beside it ('borrow' beside 'buy', both ways to
        get): two kinds of one act are other acts."""
        found: set[str] = set()
        for rank_of_own, sense in enumerate(self.index.get(lemma, {}).get("v", [])):
            line = [*self.hypernyms(sense), *self.hyponyms.get(sense, ())]
            found.update(word for synset in line for word in self.words(synset)
                         if rank_of_own >= SENSES or not self._common(word, "v", synset))
        found.discard(lemma)
        return found

    def opposite_sense_links(self, lemma: str, pos: str) -> Iterator[tuple[str, Link]]:
        """For a verb, the verbs of a sense WordNet opposes to one of its common senses,
        each in a common sense of its own ('reject' shares the sense of 'disapprove' that
        is the antonym of 'approve'), and the verbs whose first sense is just under that
        opposite ('dwindle' is first a way to 'decrease', the opposite of 'increase'). Only
        a first sense under it: a later one is what the verb rarely means ('start' is also
        to 'leave', the opposite of 'arrive'). An opposite with too many kinds under it
        says too little to stand for them all. Not for other words: a noun or an adjective
        opposed in one sense ('jet', a colour, against 'blue') is rarely used in it."""
        if pos != "v":
            return
        for synset in self.senses(lemma, pos):
            for opposite in self.opposed_senses.get(synset, ()):
                if len(self.hyponyms.get(opposite, ())) > MAX_HYPONYMS:
                    continue
                for other in self.words(opposite):
                    if other != lemma and self._common(other, pos, opposite):
                        yield other, Link(Relation.ALTERNATION, OPPOSITE_SENSE, pos)
                for narrower in self.hyponyms.get(opposite, ()):
                    for other in self.words(narrower):
                        if other != lemma and self.senses(other, pos, 1) == [narrower]:
                            yield other, Link(Relation.ALTERNATION, OPPOSITE_SENSE, pos)


@cache
def shipped_wordnet() -> WordNet:
    """The WordNet data shipped in the package, read once per process."""
    return WordNet.load()


def _split(key: str) -> tuple[str, str]:
    word, pos = key.rsplit("|", 1)
    return word, pos


def morphy_candidates(word: str, pos: str, exceptions: dict[str, list[str]]) -> list[str]:
    """WordNet's morphy: the word itself, its listed irregular bases, and its bases by the
    suffix rules of ``pos``, for the caller to check against the index."""
    found = [word, *exceptions.get(word, ())]
    for suffix, ending in _RULES[pos]:
        if word.endswith(suffix) and len(word) > len(suffix) + 1:
            found.append(word[: len(word) - len(suffix)] + ending)
    return found


def phrasal_verbs(reading: Analysis, wordnet: WordNet, particles: frozenset[str],
                  noun_openers: frozenset[str]) -> Iterator[tuple[str, str]]:
    """(verb term, phrase) for each verb a sentence uses with the particle after it as
    one of WordNet's multi-word verbs: 'arrive at' is a synonym of 'reach', which 'arrive'
    on its own is not. A word the sentence was not sure is a verb is one before an adverb
    particle ('a moment that *speeds up* the plan': to accelerate it), unless a determiner
    makes it a noun ('the build-up'), a hyphen joins the two into a noun ('follow-up
    visits') or the particle opens a bound ('pays up to 75%').
    ``noun_openers``: the words after which a word is a noun (articles, possessives; not
    a preposition or a relative 'that')."""
    at = {pos: term for term, pos in reading.terms}
    tokens = reading.tokens
    for position in sorted(at):
        if position + 1 >= len(tokens):
            continue
        particle = tokens[position + 1]
        if position not in reading.verbs and not (
                particle in particles and tokens[position + 2:position + 3] != ["to"]
                and (position == 0 or tokens[position - 1] not in noun_openers)
                and f"{tokens[position]}-{particle}" not in reading.text.lower()):
            continue
        for lemma, pos in wordnet.lemmas(tokens[position]):
            phrase = f"{lemma} {particle}"
            if pos == "v" and "v" in wordnet.index.get(phrase, {}):
                yield at[position], phrase


# Links are ranked so that one lemma reached two ways keeps the safer reading: a word that
# is a synonym in one common sense is not also taken as an antonym.
_RANK = {Relation.EQUIVALENT: 0, Relation.FORWARD: 1, Relation.REVERSE: 2,
         Relation.ALTERNATION: 3}


VERB = "v:"  # the key prefix of links through verb senses


def rank(relation: str) -> int:
    return _RANK[Relation(relation)]


# How a store's word may be read: a fact's verb (or a verb group's word) in any part of
# speech; a fact's other words in any but the verb's; a noun group's words only as nouns
# ('initiative' the programme, not the adjective 'initiative' that means 'first').
AS_VERB, AS_WORD, AS_NOUN, AS_MODIFIER = "nvar", "nar", "n", "ar"


def relation_slice(words: dict[str, Iterable[tuple[str, str]]], wordnet: WordNet,
                   generic: frozenset[str] = frozenset()) -> tuple[str, str, dict[str, list[str]]]:
    """For each store term (``words``: term -> the surface words that read as it, each with
    the parts of speech it may be read as: :data:`AS_VERB`, :data:`AS_WORD`, :data:`AS_MODIFIER` or
    :data:`AS_NOUN`), the lemmas related to it: ``{claim lemma: {term:
    (relation, via)}}``, packed into strings (:func:`pack_table`, :func:`pack_links`),
    one for the narrower words and one for the rest;
    and the lemma table a claim's words are read with: ``{inflected form: [lemmas]}`` for
    every form that can reach one of those lemmas."""
    table: dict[str, dict[str, tuple[str, str]]] = {}
    for term, surface in words.items():
        for word, parts in surface:
            for lemma, pos in _read_as(word, parts, wordnet):
                for other, link in wordnet.links_from(lemma, pos, generic):
                    # A claim's verb is related only through verb senses, kept apart.
                    keys = (other, VERB + other) if link.pos == "v" else (other,)
                    for key in keys:
                        current = table.setdefault(key, {}).get(term)
                        if current is None or _RANK[link.relation] < rank(current[0]):
                            table[key][term] = (link.relation.value, link.via)
    # Narrower words only ever leave a claim open, so a verdict never needs them; they
    # are most of the table, and a table is searched word by word, so they go apart.
    wide, narrow = {}, {}
    for lemma, links in table.items():
        broad = {t: v for t, v in links.items() if v[0] != Relation.REVERSE.value}
        if broad:
            wide[lemma] = pack_links(broad)
        if len(broad) < len(links):
            narrow[lemma] = pack_links({t: v for t, v in links.items() if t not in broad})
    return pack_table(wide), pack_table(narrow), _inflections(table, wordnet)


def _read_as(word: str, parts: str, wordnet: WordNet) -> list[tuple[str, str]]:
    """The (lemma, part of speech) readings of a store's ``word`` that ``parts`` allows."""
    lemmas = wordnet.lemmas(word)
    if word.endswith(("ing", "ed")) and lemmas and all(pos == "v" for _, pos in lemmas):
        # 'a deteriorating environment': a participle WordNet has only as a verb is read
        # as that verb
        parts = AS_VERB
    # 'anti-tank mines' relates as a noun, never as the verb 'mine'
    return [(lemma, pos) for lemma, pos in lemmas if pos in parts]


def opposite_slice(words: dict[str, Iterable[tuple[str, str]]], wordnet: WordNet,
                   opposed_groups: dict[str, frozenset[str]] | None = None) -> str:
    """For each store term read as a verb (``words`` as for :func:`relation_slice`), the
    verbs of a sense WordNet opposes to one of its senses (:meth:`WordNet.opposite_sense_links`),
    and the words of a lexicon group (``opposed_groups``: group term -> the group terms it
    is opposed to, each a term of ``words``) opposed to one the verb is a kind of
    (:func:`_kinds_of_opposites`), packed as :func:`relation_slice` packs its tables:
    ``{claim lemma: {term: (relation, via)}}``. A table of its own, which only ``verify``
    reads: such a verb has other senses too, so it may contradict a claim that says the rest
    of the fact, but it says nothing of what a question asks about, nor where to look for
    facts ('rejected' need not look for every 'approved' in the store)."""
    table: dict[str, dict[str, tuple[str, str]]] = {}
    readings = {term: [reading for word, parts in surface
                       for reading in _read_as(word, parts, wordnet)]
                for term, surface in words.items()}
    for term, lemmas in readings.items():
        for lemma, pos in lemmas:
            for other, link in wordnet.opposite_sense_links(lemma, pos):
                for key in (other, VERB + other):
                    table.setdefault(key, {}).setdefault(term, (link.relation.value, link.via))
    for term, other in _kinds_of_opposites(readings, opposed_groups or {}, wordnet):
        for key in (other, VERB + other):
            table.setdefault(key, {}).setdefault(
                term, (Relation.ALTERNATION.value, KIND_OF_OPPOSITE))
    return pack_table({lemma: pack_links(links) for lemma, links in table.items()})


def line_slice(words: dict[str, Iterable[tuple[str, str]]], wordnet: WordNet) -> str:
    """For each store term read as a verb (``words`` as for :func:`relation_slice`), the
    verbs a step above or below it through a sense not in common use
    (:meth:`WordNet.verbs_in_line`), packed as :func:`relation_slice` packs its tables:
    ``{claim lemma: {term: (relation, via)}}``, the relation left open (#). A table of its
    own, which only ``verify`` reads:
    such a verb may stand for the fact's only where it is the one piece of the claim the
    fact does not otherwise say."""
    table: dict[str, dict[str, tuple[str, str]]] = {}
    for term, surface in words.items():
        for word, parts in surface:
            for lemma, pos in _read_as(word, parts, wordnet):
                if pos == "v":
                    for other in wordnet.verbs_in_line(lemma):
                        table.setdefault(VERB + other, {})[term] = (
                            Relation.INDEPENDENT.value, IN_LINE)
    return pack_table({lemma: pack_links(links) for lemma, links in table.items()})


def _kinds_of_opposites(readings: dict[str, list[tuple[str, str]]],
                        opposed_groups: dict[str, frozenset[str]],
                        wordnet: WordNet) -> Iterator[tuple[str, str]]:
    """(store term, claim lemma) for each store verb whose first sense is a kind of the
    sense in which a lexicon group is opposed to another, or that has that sense or one
    right under it among its common senses, with each verb of that other group and each
    verb WordNet puts in or right under the opposed sense: 'doubled' is a way to increase,
    so 'dropped' (of the 'decrease' group) and 'cut' (to reduce) are its opposites as they
    are the opposites of 'rose'; and the fact's 'cut' (to reduce) is the opposite of a
    claim's 'increase', as a claim's 'cut' is of the fact's 'increase'. A group's own words
    are the lexicon's."""
    def verbs(term: str) -> set[str]:
        return {lemma for lemma, pos in readings.get(term, ()) if pos == "v"}

    for group, others in sorted(opposed_groups.items()):
        for other in sorted(others):
            senses = wordnet.opposed_senses_of(verbs(group), verbs(other))
            if not senses:
                continue  # opposed in the lexicon's sense only ('prevent' against 'help')
            opposite = verbs(other) | wordnet.verbs_in_or_under(
                o for opposites in senses.values() for o in opposites)
            # the group's sense in one of its own common senses: 'cut' is to reduce
            in_sense = wordnet.verbs_in_or_under(senses)
            for term in readings:
                if term not in opposed_groups and any(
                        lemma in in_sense or wordnet.first_sense_under(lemma, set(senses))
                        for lemma in verbs(term)):
                    yield from ((term, lemma) for lemma in sorted(opposite))


# The relation table is kept as one string in the compiled store and read into a dict
# of strings on first use; each lemma's links stay packed until a claim asks for them.
# Thousands of small JSON objects made the cache slow to load, while a claim reads a few.
_FIELD, _LINK, _KEY, _ENTRY = "|", ";", "=", "#"


def pack_links(links: dict[str, tuple[str, str]]) -> str:
    return _LINK.join(f"{term}{_FIELD}{relation}{_FIELD}{via}"
                      for term, (relation, via) in sorted(links.items()))


def unpack_links(packed: str) -> dict[str, tuple[str, str]]:
    links = {}
    for record in packed.split(_LINK):
        term, relation, via = record.split(_FIELD)
        links[term] = (relation, via)
    return links


def pack_table(table: dict[str, str]) -> str:
    return "".join(f"{_ENTRY}{lemma}{_KEY}{packed}" for lemma, packed in sorted(table.items()))


def split_table(text: str) -> dict[str, str]:
    """A packed table as a dict, ``{lemma: packed links}``: for a run that looks up many
    lemmas (one split costs about as much as six searches)."""
    return dict(entry.partition(_KEY)[::2] for entry in text.split(_ENTRY)[1:])


def find_links(text: str, lemma: str) -> str:
    """The packed links of ``lemma`` in a packed table, or '' (a search, so that a run
    checking one claim reads only the few entries it needs)."""
    start = text.find(f"{_ENTRY}{lemma}{_KEY}")
    if start < 0:
        return ""
    start += len(lemma) + 2
    end = text.find(_ENTRY, start)
    return text[start:] if end < 0 else text[start:end]


def _inflections(table: dict[str, dict[str, tuple[str, str]]],
                 wordnet: WordNet) -> dict[str, list[str]]:
    """Irregular forms whose lemma is in ``table`` (regular ones are found by the rules at
    run time, see :func:`lemma_candidates`)."""
    forms: dict[str, list[str]] = {}
    for pos in POS:
        for form, lemmas in wordnet.exceptions[pos].items():
            kept = [lemma for lemma in lemmas if lemma in table]
            if kept:
                forms.setdefault(form, [])
                forms[form].extend(k for k in kept if k not in forms[form])
    return forms


def lemma_candidates(word: str, irregular: dict[str, list[str]]) -> list[str]:
    """The lemmas a claim's word may have, by the same rules as morphy but without the index
    (the caller keeps only those its relation table knows)."""
    found = [word, *irregular.get(word, ())]
    for pos in ("n", "v", "a"):
        for suffix, ending in _RULES[pos]:
            if word.endswith(suffix) and len(word) > len(suffix) + 1:
                candidate = word[: len(word) - len(suffix)] + ending
                if candidate not in found:
                    found.append(candidate)
    return found
