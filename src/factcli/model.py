"""The fact store's data model.

Plain frozen dataclasses, so that the hot path (verify, ask) never imports pydantic:
``store.py`` validates a file against these classes with a pydantic ``TypeAdapter``
and a compiled store is cached, see ``knowledge.py``. Each class has a docstring: for
one without, ``dataclass`` writes one from ``inspect.signature`` when the class is
defined, about a tenth of the class's cost on every start.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

SCHEMA_VERSION = 1

# How a stored figure relates to reality: exact, approximate, a bound, or a deadline.
Qualifier = Literal["exact", "approx", "at_least", "at_most", "more_than", "less_than", "by"]

_FORBID = {"extra": "forbid"}


@dataclass(frozen=True)
class Source:
    """The article a store is drawn from, and the titles of its sections."""

    __pydantic_config__ = _FORBID
    id: str
    title: str
    publisher: str
    site: str
    url: str
    sections: tuple[str, ...]


@dataclass(frozen=True)
class Entity:
    """A named thing the facts mention: a country, an organisation, a place…"""

    __pydantic_config__ = _FORBID
    id: str
    name: str
    kind: str
    aliases: tuple[str, ...] = ()
    member_of: tuple[str, ...] = ()


@dataclass(frozen=True)
class Quantity:
    """A figure a fact states: its value in a unit, and what it measures."""

    __pydantic_config__ = _FORBID
    value: float
    unit: str
    measure: str
    qualifier: Qualifier = "exact"


@dataclass(frozen=True)
class MultipleChoice:
    """A curated question answered by picking one of the choices."""

    __pydantic_config__ = _FORBID
    kind: Literal["mc"]
    prompt: str
    choices: tuple[str, ...]
    answer: str
    hint: str | None = None


@dataclass(frozen=True)
class TrueFalse:
    """A curated statement to judge true or false."""

    __pydantic_config__ = _FORBID
    kind: Literal["tf"]
    prompt: str
    answer: bool
    hint: str | None = None


@dataclass(frozen=True)
class Numeric:
    """A curated question answered with a number, within a tolerance."""

    __pydantic_config__ = _FORBID
    kind: Literal["numeric"]
    prompt: str
    answer: float
    unit: str | None = None
    tolerance: float = 0.0
    hint: str | None = None


@dataclass(frozen=True)
class ShortAnswer:
    """A curated question answered with a name or a few words."""

    __pydantic_config__ = _FORBID
    kind: Literal["short"]
    prompt: str
    answer: str
    accept: tuple[str, ...] = ()
    hint: str | None = None


Question = MultipleChoice | TrueFalse | Numeric | ShortAnswer
QUESTION_CLASSES: tuple[type, ...] = (MultipleChoice, TrueFalse, Numeric, ShortAnswer)


@dataclass(frozen=True)
class Fact:
    """One statement of the article, with what it is about and its quiz questions."""

    __pydantic_config__ = _FORBID
    id: str
    source: str
    section: str
    topic: str
    statement: str
    subject: tuple[str, ...]
    entities: tuple[str, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    questions: tuple[Question, ...] = ()


@dataclass(frozen=True)
class Store:
    """A fact store: the article, its entities and the facts drawn from it."""

    __pydantic_config__ = _FORBID
    schema_version: int
    sources: tuple[Source, ...]
    entities: tuple[Entity, ...]
    facts: tuple[Fact, ...]

    def fact(self, fact_id: str) -> Fact | None:
        return next((f for f in self.facts if f.id == fact_id), None)

    def entity(self, entity_id: str) -> Entity | None:
        return next((e for e in self.entities if e.id == entity_id), None)

    def source(self, source_id: str) -> Source | None:
        return next((s for s in self.sources if s.id == source_id), None)
