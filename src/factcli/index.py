"""Retrieval shared by verify, ask and check: facts compiled to canonical terms, and a
BM25 index over them so that only facts sharing a term with the query are scored."""

from __future__ import annotations

import heapq
import math
from array import array
from collections import Counter
from dataclasses import dataclass
from typing import NamedTuple

from factcli.model import Fact, Store
from factcli.text import Analysis, analyse, tokenise
from factcli.vocabulary import Unit, Vocabulary

BM25_K1 = 1.2
BM25_B = 0.75


class FactQuantity(NamedTuple):
    value: float
    unit: str
    dimension: str
    qualifier: str
    measure: frozenset[str]
    label: str
    display: str
    source_unit: str
    high: float | None = None  # the upper end of a range the statement gives


class CompiledFact(NamedTuple):
    fact: Fact
    terms: frozenset[str]
    entities: frozenset[str]
    subject: frozenset[str]
    quantities: tuple[FactQuantity, ...]
    negated: bool
    raw_terms: tuple[tuple[str, str], ...]
    modifiers: tuple[tuple[str, str], ...] = ()
    status: str | None = None
    hypothetical: frozenset[str] = frozenset()  # terms said only as a condition
    quantifier: str | None = None
    exclusive: bool = False
    verbs: frozenset[str] = frozenset()  # terms the statement uses as verbs
    objects: tuple[tuple[str, str], ...] = ()  # (verb term, what it is done to)
    purposes: frozenset[str] = frozenset()  # verbs of a purpose, 'to prevent': not asserted
    past: bool = False

    def word_for(self, term: str) -> str:
        return dict(self.raw_terms).get(term, term.split(":", 1)[-1])


def display_unit(value: float, unit_id: str, vocab: Vocabulary) -> Unit | None:
    """The unit a person reads and answers in: 113 km, not 113,000 metres."""
    unit = vocab.units.get(unit_id)
    if unit is not None and unit.dimension == "length" and value >= 1000 and "km" in vocab.units:
        return vocab.units["km"]
    return unit


def format_quantity(value: float, unit_id: str, vocab: Vocabulary) -> str:
    """113 km, 1.1 billion euros, 8, 2028, 10 years: how a figure reads to a person."""
    unit = vocab.units.get(unit_id)
    if unit is not None and unit.dimension == "date":
        return str(int(value))
    shown = display_unit(value, unit_id, vocab)
    if unit is not None and shown is not None and shown is not unit:
        value = value * (unit.factor or 1.0) / (shown.factor or 1.0)
        unit = shown
    for scale, word in ((1e12, "trillion"), (1e9, "billion"), (1e6, "million")):
        if abs(value) >= scale:
            number = f"{_trim(value / scale)} {word}"
            break
    else:
        number = _trim(value)
    if unit is None or unit.dimension == "count":
        return number
    label = unit.singular if value == 1 else unit.plural
    return f"{number} {label}".strip()


def _with_label(figure: str, unit_id: str, measure: str) -> str:
    """A bare count reads better with what it counts: '8 bridges', not '8'."""
    return f"{figure} {measure}" if unit_id == "count" else figure


def _trim(value: float) -> str:
    text = f"{value:,.3f}".rstrip("0").rstrip(".")
    return text


def compile_fact(fact: Fact, vocab: Vocabulary) -> CompiledFact:
    analysis = analyse(fact.statement, vocab)
    quantities = []
    for q in fact.quantities:
        unit = vocab.units[q.unit]
        factor = unit.factor or 1.0
        base = vocab.base_unit(unit)
        measure = {t for t in (vocab.canonical(w) for w in tokenise(q.measure)) if t}
        quantities.append(FactQuantity(
            value=q.value * factor, unit=base.id, dimension=unit.dimension,
            qualifier=q.qualifier, measure=frozenset(measure), label=q.measure,
            display=_with_label(format_quantity(q.value * factor, base.id, vocab), unit.id,
                                q.measure), source_unit=q.unit))
    quantities.extend(_stated_only(analysis, quantities, vocab))
    terms = set(analysis.term_set)
    for compiled_quantity in quantities:
        terms |= compiled_quantity.measure
    entities = set(fact.entities) | set(analysis.entity_ids)
    return CompiledFact(fact=fact, terms=frozenset(terms), entities=frozenset(entities),
                        subject=frozenset(fact.subject), quantities=tuple(quantities),
                        negated=analysis.negations % 2 == 1,
                        raw_terms=tuple(analysis.raw_terms.items()),
                        modifiers=tuple(analysis.modifiers), status=analysis.status,
                        hypothetical=frozenset(t for t, pos in analysis.terms
                                               if pos in analysis.hypothetical),
                        quantifier=analysis.quantifier, exclusive=analysis.exclusive,
                        verbs=frozenset(t for t, pos in analysis.terms
                                        if pos in analysis.verbs),
                        objects=tuple(analysis.objects), past=analysis.past,
                        purposes=frozenset(t for t, pos in analysis.terms
                                           if pos and analysis.tokens[pos - 1] == "to"))


def _stated_only(analysis: Analysis, stored: list[FactQuantity],
                 vocab: Vocabulary) -> list[FactQuantity]:
    """Figures the statement itself gives that its stored quantities do not ('on 20
    August', '100 degrees' where the store has no such unit), so that a claim changing them
    is compared too, by what stands around them."""
    extra = []
    for mention in analysis.quantities:
        if any(q.unit == mention.unit and abs(q.value - mention.value) <= mention.step / 2
               for q in stored):
            continue
        unit = mention.source_unit or mention.unit
        figure = format_quantity(mention.value / mention.unit_size, unit, vocab)
        if mention.dimension == "time":
            figure = mention.text
        elif mention.high is not None:
            figure = (f"{format_quantity(mention.value / mention.unit_size, 'count', vocab)}"
                      f" to {format_quantity(mention.high / mention.unit_size, unit, vocab)}")
        extra.append(FactQuantity(value=mention.value, unit=mention.unit,
                                  dimension=mention.dimension, qualifier=mention.qualifier,
                                  measure=mention.context, label="", display=figure,
                                  source_unit=unit, high=mention.high))
    return extra


def index_tokens(terms: set[str] | frozenset[str],
                 entities: set[str] | frozenset[str]) -> list[str]:
    return [*terms, *("@" + e for e in entities)]


@dataclass(eq=False, repr=False)
class Index:
    """BM25 over the facts' canonical terms. A posting holds, per fact, the term's BM25
    weight (frequency and length normalisation applied at build time), in compact
    arrays that a large store pickles and loads quickly; a search multiplies by the
    term's idf and keeps the best few."""

    facts: list[CompiledFact]
    postings: dict[str, tuple[array[int], array[float]]]

    @classmethod
    def build(cls, store: Store, vocab: Vocabulary) -> Index:
        facts = [compile_fact(f, vocab) for f in store.facts]
        counts = [Counter(index_tokens(c.terms, c.entities)) for c in facts]
        lengths = [sum(c.values()) for c in counts]
        average = sum(lengths) / len(lengths) if lengths else 1.0
        postings: dict[str, tuple[array[int], array[float]]] = {}
        for doc, (doc_counts, length) in enumerate(zip(counts, lengths, strict=True)):
            norm = BM25_K1 * (1 - BM25_B + BM25_B * length / average)
            for token, tf in doc_counts.items():
                docs, weights = postings.setdefault(token, (array("I"), array("d")))
                docs.append(doc)
                weights.append(tf * (BM25_K1 + 1) / (tf + norm))
        return cls(facts=facts, postings=postings)

    def search(self, tokens: list[str], limit: int) -> list[tuple[CompiledFact, float]]:
        """The best ``limit`` facts by BM25, touching only the postings of ``tokens``."""
        n = len(self.facts)
        scores: dict[int, float] = {}
        for token in set(tokens):
            posting = self.postings.get(token)
            if not posting:
                continue
            docs, weights = posting
            idf = math.log(1 + (n - len(docs) + 0.5) / (len(docs) + 0.5))
            for doc, weight in zip(docs, weights, strict=True):
                scores[doc] = scores.get(doc, 0.0) + idf * weight
        best = heapq.nlargest(limit, scores.items(), key=lambda item: (item[1], -item[0]))
        return [(self.facts[doc], score) for doc, score in best]
