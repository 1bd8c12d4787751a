"""A store compiled for querying (vocabulary + index), cached by content hash.

Validating with pydantic and compiling the index costs more than the whole rest of a
``verify`` run, so the compiled result is pickled in the cache directory, keyed by the
store's bytes, the lexicons' bytes and the factcli version; any change rebuilds it.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from factcli import __version__
from factcli.index import Index
from factcli.lexicon import Writing
from factcli.model import Store
from factcli.store import parse_store, read_store_bytes
from factcli.text import tokenise
from factcli.vocabulary import EntityRef, Vocabulary

if TYPE_CHECKING:
    from factcli.wordnet import WordNet

ENV_HOME = "FACTCLI_HOME"
_KEEP_CACHE_FILES = 8


@dataclass
class Knowledge:
    store: Store
    vocab: Vocabulary
    index: Index
    writing: Writing


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
    from factcli.lexicon import load_lexicon

    lexicon = load_lexicon(lexicon_raw)
    store = parse_store(name, raw, lexicon.unit_ids)
    refs = [EntityRef(e.id, e.name, e.kind, e.member_of) for e in store.entities]
    aliases = [(alias, e.id) for e in store.entities for alias in (e.name, *e.aliases)]
    # Words the store itself uses are never typos of an entity name.
    words = {t for f in store.facts for t in tokenise(f.statement) if t.isalpha()}
    vocab = Vocabulary.build(lexicon, refs, aliases, known_words=words)
    from factcli.wordnet import shipped_wordnet

    wordnet = shipped_wordnet()
    # Verbs are told apart while the facts are read, so these come first.
    vocab.verb_lemmas = wordnet.verb_lemmas()
    vocab.irregular = wordnet.irregular_forms("v")
    index = Index.build(store, vocab)
    attach_relations(vocab, index, wordnet, aliases)
    return Knowledge(store=store, vocab=vocab, index=index, writing=lexicon.writing)


def attach_relations(vocab: Vocabulary, index: Index, wordnet: WordNet,
                     aliases: list[tuple[str, str]]) -> None:
    """Give the vocabulary the general-English relations of the words the facts use, and
    the words of entity names ('council' of 'Meridia City Council')."""
    from factcli.wordnet import relation_slice

    surface: dict[str, set[tuple[str, bool]]] = {}
    for compiled in index.facts:
        for term, word in compiled.raw_terms:
            surface.setdefault(term, set()).add((word, term in compiled.verbs))
    for group_term, words in vocab.group_words().items():
        surface.setdefault(group_term, set()).update((word, True) for word in words)
    vocab.relations, irregular = relation_slice(
        {term: sorted(words) for term, words in sorted(surface.items())}, wordnet)
    vocab.irregular = {**vocab.irregular, **irregular}
    vocab.instances = wordnet.instance_kinds({e.kind for e in vocab.entities.values()})
    vocab.kind_words = wordnet.kind_words({e.id: e.kind for e in vocab.entities.values()})
    for alias, entity_id in aliases:
        for word in tokenise(alias):
            named = vocab.canonical(word)
            if named and word not in vocab.single:
                entry = vocab.name_words.setdefault(named, [])
                if entity_id not in entry:
                    entry.append(entity_id)


def load_knowledge(path: Path) -> Knowledge:
    raw = read_store_bytes(path)
    lexicon_raw = lexicon_bytes()
    digest = hashlib.sha256(__version__.encode())
    # The pickled classes are factcli's own: a changed module (in a development checkout,
    # where the version stays the same) must not meet an old pickle.
    for module in sorted(Path(__file__).parent.glob("*.py")):
        stat = module.stat()
        digest.update(f"{module.name}:{stat.st_mtime_ns}:{stat.st_size}".encode())
    digest.update(raw)
    for name in sorted(lexicon_raw):
        digest.update(name.encode() + lexicon_raw[name])
    cache_file = cache_dir() / f"knowledge-{digest.hexdigest()[:32]}.pickle"
    try:
        with cache_file.open("rb") as handle:
            # Unpickling builds many objects at once; cyclic GC passes over them in the
            # middle of it would double the load time of a large store for nothing.
            gc.disable()
            try:
                cached = pickle.load(handle)
            finally:
                gc.enable()
        if isinstance(cached, Knowledge):
            return cached
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError,
            TypeError, ValueError):
        pass  # no usable cache: compile below
    knowledge = compile_knowledge(str(path), raw, lexicon_raw)
    _write_cache(cache_file, knowledge)
    return knowledge


def _write_cache(cache_file: Path, knowledge: Knowledge) -> None:
    try:
        cache_file.parent.mkdir(parents=True, exist_ok=True)
        temporary = cache_file.with_suffix(f".{os.getpid()}.tmp")
        with temporary.open("wb") as handle:
            pickle.dump(knowledge, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, cache_file)
        old = sorted(cache_file.parent.glob("knowledge-*.pickle"),
                     key=lambda p: p.stat().st_mtime, reverse=True)
        for stale in old[_KEEP_CACHE_FILES:]:
            stale.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only cache directory only costs speed
