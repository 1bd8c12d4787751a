"""Browsing the store: filtering the fact list and finding one fact by id."""

from __future__ import annotations

import difflib

from factcli.errors import UsageError
from factcli.model import Fact, Store
from factcli.text import fold


def filter_facts(store: Store, topic: str | None, search: str | None) -> list[Fact]:
    facts = list(store.facts)
    if topic is not None:
        topics = sorted({f.topic for f in store.facts})
        wanted = fold(topic).strip()
        if wanted not in {fold(t) for t in topics}:
            raise UsageError(f"unknown topic '{topic}'; topics: {', '.join(topics)}")
        facts = [f for f in facts if fold(f.topic) == wanted]
    if search:
        words = fold(search).split()
        facts = [f for f in facts if all(w in _haystack(f, store) for w in words)]
    return facts


def _haystack(fact: Fact, store: Store) -> str:
    names: list[str] = []
    for entity_id in fact.entities:
        entity = store.entity(entity_id)
        if entity is not None:
            names.extend((entity.name, *entity.aliases))
    return fold(" ".join((fact.id, fact.topic, fact.statement, *names)))


def find_fact(store: Store, fact_id: str) -> Fact:
    fact = store.fact(fact_id)
    if fact is not None:
        return fact
    ids = [f.id for f in store.facts]
    close = difflib.get_close_matches(fact_id, ids, n=3, cutoff=0.4)
    hint = f"; did you mean {', '.join(close)}?" if close else "; see 'factcli facts' for ids"
    raise UsageError(f"no fact with id '{fact_id}'{hint}")


def topic_title(topic: str, store: Store) -> str:
    """A topic as a reader would name it: 'suwalki-gap' is 'Suwałki Gap' (the entity it
    is named after), 'fortification' is 'Fortification'."""
    entity = store.entity(topic)
    words = entity.name if entity else topic.replace("-", " ")
    return words[:1].upper() + words[1:]


def topic_titles(store: Store) -> dict[str, str]:
    return {topic: topic_title(topic, store) for topic in {f.topic for f in store.facts}}
