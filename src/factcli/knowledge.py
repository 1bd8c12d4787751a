"""A store compiled for querying (vocabulary + index), cached by content hash.

Validating with pydantic and compiling the index costs more than the whole rest of a
``verify`` run, so the compiled result is cached as plain data (``plaindata``: JSON
that decodes only factcli's own classes, never code) in a folder private to the user,
keyed by the store's bytes, the lexicons' bytes and the factcli version; any change
rebuilds it, and so does a cache file that fails its checksum or does not decode.

The cache file is a header line, the knowledge without its compiled facts on one line,
then one line per compiled fact. A fact is decoded when it is first used: a search
returns a handful of a store's facts, and decoding all 10,000 of a large store took
longer than the rest of a ``verify`` run.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import hashlib
import os
import sys
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, overload

from factcli import __version__
from factcli.index import CompiledFact, FactQuantity, Index
from factcli.model import QUESTION_CLASSES, SCHEMA_VERSION, Entity, Fact, Quantity, Source, Store
from factcli.plaindata import Codec, PlainDataError
from factcli.store import parse_store, read_store_bytes
from factcli.text import Analysis, read_statement, spellings, tokenise
from factcli.vocabulary import (
    NAME_HEAD,
    EntityRef,
    QuestionForm,
    Unit,
    Vocabulary,
    name_head,
    possessive_forms,
)
from factcli.writing import References, Writing

if TYPE_CHECKING:
    from factcli.wordnet import WordNet

ENV_HOME = "FACTCLI_HOME"
_KEEP_CACHE_FILES = 8


@dataclass
class Knowledge:
    """A store compiled for querying. The store's facts are not kept twice: they are the
    compiled facts' own, in store order, so a cached store decodes them only for a
    command that reads the store."""

    sources: tuple[Source, ...]
    entities: tuple[Entity, ...]
    vocab: Vocabulary
    index: Index
    writing: Writing

    @cached_property
    def store(self) -> Store:
        return Store(SCHEMA_VERSION, self.sources, self.entities,
                     tuple(compiled.fact for compiled in self.index.facts))


def data_home() -> Path:
    """Where factcli keeps its files: $FACTCLI_HOME, else the platform's user data dir."""
    home = os.environ.get(ENV_HOME)
    if home:
        return Path(home)
    from platformdirs import user_data_dir

    return Path(user_data_dir("factcli", appauthor=False))


def cache_dir() -> Path:
    home = os.environ.get(ENV_HOME)
    if home:
        return Path(home) / "cache"
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("factcli", appauthor=False))


def lexicon_bytes() -> dict[str, bytes]:
    folder = Path(__file__).with_name("data")
    return {entry.name: entry.read_bytes() for entry in sorted(folder.glob("*.json"))}


def compile_knowledge(name: str, raw: bytes, lexicon_raw: dict[str, bytes]) -> Knowledge:
    from factcli.lexicon import fold_alias, load_lexicon

    lexicon = load_lexicon(lexicon_raw)
    store = parse_store(name, raw, lexicon.unit_ids)
    from factcli.wordnet import shipped_wordnet

    wordnet = shipped_wordnet()
    refs = [EntityRef(e.id, e.name, e.kind, e.member_of) for e in store.entities]
    aliases = [(alias, e.id) for e in store.entities for alias in (e.name, *e.aliases)]
    # 'European' for Europe, when the store lists the name alone
    written = {fold_alias(alias) for alias, _ in aliases}
    aliases += [(demonym.title(), e.id) for e in store.entities
                for demonym in wordnet.demonyms(e.name) if fold_alias(demonym) not in written]
    # "the FDA's advisory panel" for the FDA advisory panel, "Wales's First Minister" for
    # the First Minister of Wales
    aliases += [(form, entity_id) for alias, entity_id in list(aliases)
                for form in possessive_forms(alias) if fold_alias(form) not in written]
    # Words the store itself uses are never typos of an entity name.
    words = {t for f in store.facts for t in tokenise(f.statement) if t.isalpha()}
    vocab = Vocabulary.build(lexicon, refs, aliases, known_words=words)
    # Verbs are told apart while the facts are read, so these come first.
    vocab.verb_lemma_lines = wordnet.verb_lemmas()
    vocab.irregular = wordnet.irregular_forms("v")
    index = Index.build(store, vocab)
    attach_relations(vocab, index, wordnet, aliases)
    return Knowledge(sources=store.sources, entities=store.entities, vocab=vocab, index=index,
                     writing=lexicon.writing)


def attach_relations(vocab: Vocabulary, index: Index, wordnet: WordNet,
                     aliases: list[tuple[str, str]]) -> None:
    """Give the vocabulary the general-English relations of the words the facts use, and
    the words of entity names ('council' of 'Meridia City Council')."""
    from factcli.wordnet import (
        AS_MODIFIER,
        AS_NOUN,
        AS_VERB,
        AS_WORD,
        line_slice,
        opposite_slice,
        phrasal_verbs,
        relation_slice,
    )

    surface: dict[str, set[tuple[str, str]]] = {}
    # the words after which a word is a noun: 'the', 'its', a possessive 's; not 'for' or a
    # relative 'that' ('a moment that speeds up')
    noun_openers = vocab.determiners - vocab.prepositions - vocab.relative_pronouns
    # a fact's '-ing' word taking an object, as a verb: only for its opposites, which only
    # verify reads (read so for all relations, it put a question's 'enter' against the
    # 'leaving' of another fact)
    acting: dict[str, set[tuple[str, str]]] = {}
    for compiled in index.facts:
        reading = read_statement(compiled.fact.statement, vocab)
        participles = _participles_with_objects(reading, vocab)
        for term, word in compiled.raw_terms:
            # 'inside the park' is no noun 'inside' (an interior) for a claim's 'region' to
            # be a kind of, though 'the past year' is the 'last' one: a preposition's word
            # reads as an adjective or adverb only
            surface.setdefault(term, set()).add(
                (word, AS_VERB if term in compiled.verbs
                 else AS_MODIFIER if word in vocab.prepositions else AS_WORD))
            if term in participles and term not in compiled.verbs:
                acting.setdefault(term, set()).add((word, AS_VERB))
        for term, phrase in phrasal_verbs(reading, wordnet, vocab.adverb_particles,
                                          noun_openers):
            surface[term].add((phrase, AS_VERB))
    for group_term, words in vocab.group_words().items():
        parts = AS_VERB if vocab.is_verb_group(group_term) else AS_NOUN
        surface.setdefault(group_term, set()).update((word, parts) for word in words)
    store_words: dict[str, Iterable[tuple[str, str]]] = {
        term: sorted(words) for term, words in sorted(surface.items())}
    vocab.relation_table, vocab.narrower_table, irregular = relation_slice(
        store_words, wordnet, frozenset(vocab.light))
    vocab.opposite_table = opposite_slice(
        {term: sorted({*words, *acting.get(term, ())}) for term, words in store_words.items()},
        wordnet, vocab.antonyms)
    vocab.line_table = line_slice(store_words, wordnet)
    vocab.irregular = {**vocab.irregular, **irregular}
    vocab.instances = wordnet.instance_kinds({e.kind for e in vocab.entities.values()})
    vocab.adjective_kinds = wordnet.pertaining_kinds(vocab.instances)
    vocab.kind_words = wordnet.kind_words({e.id: e.kind for e in vocab.entities.values()},
                                          vocab.kind_nouns)
    # 'which *agency*': the classes WordNet puts an entity's name in (the first it knows)
    names_of: dict[str, list[str]] = {}
    for alias, entity_id in aliases:
        names_of.setdefault(entity_id, []).append(alias)
    vocab.entity_classes = {entity_id: classes for entity_id, written in names_of.items()
                            if (classes := wordnet.instance_classes(written))}
    fact_words = {word for compiled in index.facts for _, word in compiled.raw_terms}
    vocab.people_words = wordnet.nouns_under(fact_words, vocab.question_words["people_roots"])
    # 'the *administrator* of the canal authority': one in charge, in its first sense
    vocab.leader_words = wordnet.nouns_under(fact_words, vocab.leader_roots, senses=1) | (
        vocab.leader_nouns & fact_words)
    # 'which *journalist*': a noun for a person is asked of the store's persons, as the
    # lexicon's own 'minister' is (the roots that are kinds the lexicon names)
    forms = fact_words.union(*(vocab.lemmas_of(word) for word in fact_words))
    vocab.role_kinds = {word: vocab.kind_nouns[root]
                        for root in sorted(vocab.question_words["people_roots"])
                        if root in vocab.kind_nouns
                        for word in wordnet.nouns_under(forms, [root], senses=1)}
    for alias, entity_id in aliases:
        # a name's head refers to it ('the treaty' for the Mine Ban Treaty), and so does a
        # name within it ('Tampa' for Tampa International Airport); its other words only
        # say which ('mines' are no treaty)
        words = tokenise(alias)
        head = name_head(words)
        proper = spellings(alias)  # the words it writes with a capital
        for word in head + [w for w in words if w in proper and w not in head and (
                not wordnet.lemmas(w) or w in vocab.instances)]:
            kind = vocab.single.get(word, ("",))[0]
            # a word of a synonym group heads a name as any noun does ('the scheme' for
            # the grubbing-up scheme), as itself: not as its group's other words ('the
            # funded systems' are no heating funding); a name or a cue of one word never
            named = NAME_HEAD + word if kind == "group" else vocab.canonical(word)
            if named and kind in ("", "group"):
                entry = vocab.name_words.setdefault(named, [])
                if entity_id not in entry:
                    entry.append(entity_id)


def _participles_with_objects(reading: Analysis, vocab: Vocabulary) -> frozenset[str]:
    """The terms of a fact's '-ing' words that take an object, as a verb does ('a Record of
    Decision *approving the* plan', 'a law *banning the* sale'): read as that verb, so a
    claim's opposite verb ('rejected the plan') meets it, though the sentence's verb is
    another ('issued')."""
    tokens = [*reading.tokens, ""]
    return frozenset(term for term, pos in reading.terms
                     if tokens[pos].endswith("ing") and vocab.can_be_verb(tokens[pos])
                     and tokens[pos + 1] in vocab.determiners
                     and tokens[pos + 1] not in vocab.prepositions)


def load_knowledge(path: Path) -> Knowledge:
    raw = read_store_bytes(path)
    lexicon_raw = lexicon_bytes()
    digest = hashlib.sha256(__version__.encode())
    # The cached classes are factcli's own: a changed module (in a development checkout,
    # where the version stays the same) must not meet an old cache.
    # So must a regenerated WordNet file (too large to hash on every run).
    package = Path(__file__).parent
    for module in [*sorted(package.glob("*.py")), package / "data" / "wordnet.json.gz"]:
        stat = module.stat()
        digest.update(f"{module.name}:{stat.st_mtime_ns}:{stat.st_size}".encode())
    digest.update(sys.byteorder.encode())  # arrays are stored as machine bytes
    digest.update(raw)
    for name in sorted(lexicon_raw):
        digest.update(name.encode() + lexicon_raw[name])
    cache_file = cache_dir() / f"knowledge-{digest.hexdigest()[:32]}{CACHE_SUFFIX}"

    def rebuild() -> Knowledge:
        knowledge = compile_knowledge(str(path), raw, lexicon_raw)
        _write_cache(cache_file, knowledge)
        return knowledge

    cached = _read_cache(cache_file, lambda: rebuild().index.facts)
    return cached if cached is not None else rebuild()


# Every class a compiled store is made of; the cache decodes these and nothing else.
# A class added to the compiled store must be listed here (a test walks the type hints).
CACHE_CLASSES: tuple[type, ...] = (
    Knowledge, Source, Entity, Quantity, Fact, *QUESTION_CLASSES,
    Vocabulary, Unit, QuestionForm, EntityRef, Index, CompiledFact, FactQuantity,
    Writing, References,
)
CACHE_SUFFIX = ".json"
_CACHE_MAGIC = b"factcli-knowledge 2 "
_MAX_CACHE_BYTES = 1 << 30
_STALE_TMP_SECONDS = 3600


def _codec() -> Codec:
    return Codec(CACHE_CLASSES)


def _read_cache(cache_file: Path,
                rebuild_facts: Callable[[], Sequence[CompiledFact]]) -> Knowledge | None:
    """The cached knowledge, or None for a cache that is absent or fails any check: a
    damaged, foreign or planted file only costs a rebuild (``rebuild_facts`` for a fact
    line found bad only when it is decoded)."""
    from factcli.files import read_regular_file

    try:
        data = read_regular_file(cache_file, _MAX_CACHE_BYTES)
    except OSError:
        return None
    # A large store's file is many megabytes: it is checked and cut into lines in place
    # rather than copied.
    header_end = data.find(b"\n")
    if header_end < 0 or data[:header_end] != _CACHE_MAGIC + hashlib.sha256(
            memoryview(data)[header_end + 1:]).hexdigest().encode():
        return None
    starts = _line_starts(data, header_end + 1)
    codec = _codec()
    # Decoding builds many objects at once; cyclic GC passes over them in the middle of
    # it would double the load time of a large store for nothing.
    gc.disable()
    try:
        cached = codec.loads(data[starts[0]:starts[1] - 1])
    except (PlainDataError, MemoryError):
        return None
    finally:
        gc.enable()
    if not (isinstance(cached, Knowledge) and isinstance(cached.sources, tuple)
            and isinstance(cached.entities, tuple) and isinstance(cached.vocab, Vocabulary)
            and isinstance(cached.index, Index) and cached.index.facts == []):
        return None
    cached.index.facts = CachedFacts(codec, data, starts[1:], rebuild_facts)
    return cached


def _line_starts(data: bytes, start: int) -> list[int]:
    """Where each line from ``start`` on begins, and where one after the last would."""
    starts = [start]
    while (end := data.find(b"\n", starts[-1])) >= 0:
        starts.append(end + 1)
    starts.append(len(data) + 1)
    return starts


class CachedFacts(Sequence[CompiledFact]):
    """The compiled facts of a cache file, each decoded from its line when first used
    (line ``i`` is ``data[starts[i]:starts[i + 1] - 1]``). The file passed its checksum,
    so a line that does not decode was written by something else: the facts are then
    compiled again from the store."""

    def __init__(self, codec: Codec, data: bytes, starts: list[int],
                 rebuild: Callable[[], Sequence[CompiledFact]]) -> None:
        self._codec = codec
        self._data = data
        self._starts = starts
        self._decoded: list[CompiledFact | None] = [None] * (len(starts) - 1)
        self._rebuild = rebuild

    def __len__(self) -> int:
        return len(self._decoded)

    @overload
    def __getitem__(self, position: int) -> CompiledFact: ...

    @overload
    def __getitem__(self, position: slice) -> list[CompiledFact]: ...

    def __getitem__(self, position: int | slice) -> CompiledFact | list[CompiledFact]:
        if isinstance(position, slice):
            return [self[i] for i in range(*position.indices(len(self)))]
        compiled = self._decoded[position]
        if compiled is None:
            compiled = self._decoded[position] = self._decode(position % len(self))
        return compiled

    def _decode(self, position: int) -> CompiledFact:
        line = self._data[self._starts[position]:self._starts[position + 1] - 1]
        try:
            compiled = self._codec.loads(line)
        except (PlainDataError, MemoryError):
            compiled = None
        if isinstance(compiled, CompiledFact) and isinstance(compiled.fact, Fact):
            return compiled
        rebuilt = list(self._rebuild())
        self._decoded = list(rebuilt)
        return rebuilt[position]


def _write_cache(cache_file: Path, knowledge: Knowledge) -> None:
    """Write atomically, readable by the user only; any failure leaves no file behind and
    only costs speed next time."""
    codec = _codec()
    without_facts = dataclasses.replace(knowledge, index=dataclasses.replace(knowledge.index,
                                                                             facts=[]))
    try:
        payload = b"\n".join([codec.dumps(without_facts),
                              *(codec.dumps(compiled) for compiled in knowledge.index.facts)])
    except PlainDataError:
        return  # a class missing from CACHE_CLASSES: run uncached rather than fail
    folder = cache_file.parent
    temporary = cache_file.with_name(f"{cache_file.stem}.{os.getpid()}.tmp")
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        if folder.stat().st_mode & 0o077:
            folder.chmod(0o700)  # made by an older factcli, open to others
        _remove_stale(folder)
        descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_TRUNC
                             | getattr(os, "O_NOFOLLOW", 0), 0o600)
        try:
            with os.fdopen(descriptor, "wb") as handle:
                handle.write(_CACHE_MAGIC + hashlib.sha256(payload).hexdigest().encode()
                             + b"\n" + payload)
            os.replace(temporary, cache_file)
        except BaseException:
            temporary.unlink(missing_ok=True)
            raise
    except OSError:
        return  # a read-only or full disk only costs speed


def _remove_stale(folder: Path) -> None:
    """Old caches beyond the few newest, caches of an older format, and temporary files
    left by a write that was interrupted (its process gone, or long ago)."""
    caches = sorted(folder.glob(f"knowledge-*{CACHE_SUFFIX}"), key=_mtime, reverse=True)
    stale = [*caches[_KEEP_CACHE_FILES:], *folder.glob("knowledge-*.pickle")]
    stale += [t for t in folder.glob("knowledge-*.tmp") if _abandoned(t)]
    for path in stale:
        with contextlib.suppress(OSError):
            path.unlink()


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def _abandoned(temporary: Path) -> bool:
    pid = temporary.suffixes[-2].lstrip(".") if len(temporary.suffixes) >= 2 else ""
    if time.time() - _mtime(temporary) > _STALE_TMP_SECONDS or not pid.isdigit():
        return True
    if os.name == "nt":
        return False  # signal 0 would be a Ctrl-C there: only the age decides
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False  # alive, another user's process
    return False
