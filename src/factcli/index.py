"""Retrieval shared by verify, ask and check: facts compiled to canonical terms, and a
BM25 index over them so that only facts sharing a term with the query are scored."""

from __future__ import annotations

import heapq
import math
from array import array
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cached_property
from typing import NamedTuple

from factcli.model import Fact, Store
from factcli.quantities import (
    FactQuantity,
    base_unit,
    format_quantity,
    joined_bounds,
    partitive_wholes,
    statement_figures,
    with_label,
)
from factcli.text import analyse, tokenise
from factcli.vocabulary import Vocabulary

BM25_K1 = 1.2
BM25_B = 0.75


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
    # (term, word) of the words only its figures' measures use: 'people' in 'share of people
    # of Māori descent', so that a proof shows the word the store wrote, not its stem
    measure_words: tuple[tuple[str, str], ...] = ()

    def counts_of(self, term: str) -> tuple[FactQuantity, ...]:
        """The counts the fact gives of the things a term names ('17 countries receiving
        doses' for 'countries')."""
        return tuple(q for q in self.quantities if q.dimension == "count" and term in q.measure)

    def word_for(self, term: str) -> str:
        for known, word in (*self.raw_terms, *self.measure_words):  # a dict cost more
            if known == term:
                return word
        return term.split(":", 1)[-1]


def compile_fact(fact: Fact, vocab: Vocabulary) -> CompiledFact:
    analysis = analyse(fact.statement, vocab)
    quantities = []
    for q in fact.quantities:
        unit = vocab.units[q.unit]
        factor = unit.factor or 1.0
        base = base_unit(vocab, unit)
        measured = analyse(q.measure, vocab)
        # What the figure measures, and whose it is ('second Earth flyby': Earth's)
        measure = {t for t in (vocab.canonical(w) for w in tokenise(q.measure)) if t}
        measure |= set(measured.entity_ids)
        quantities.append(FactQuantity(
            value=q.value * factor, unit=base.id, dimension=unit.dimension,
            qualifier=q.qualifier, measure=frozenset(measure), label=q.measure,
            # Shown in the unit the article wrote: "5 days", not "0.014 years".
            display=with_label(format_quantity(q.value, q.unit, vocab), unit.id,
                                q.measure), source_unit=q.unit))
    quantities = joined_bounds(quantities, vocab)
    quantities.extend(statement_figures(analysis, quantities, vocab))
    wholes = partitive_wholes(analysis.quantities)
    if wholes:
        quantities = [q._replace(whole=True) if q.dimension == "count" and q.value in wholes
                      else q for q in quantities]
    terms = set(analysis.term_set)
    for compiled_quantity in quantities:
        terms |= compiled_quantity.measure
    measure_words: dict[str, str] = {}
    for quantity in fact.quantities:
        for word in tokenise(quantity.measure):
            term = vocab.canonical(word)
            if term and term not in analysis.raw_terms:
                measure_words.setdefault(term, word)
    entities = set(fact.entities) | set(analysis.entity_ids)
    return CompiledFact(fact=fact, terms=frozenset(terms), entities=frozenset(entities),
                        subject=frozenset(fact.subject), quantities=tuple(quantities),
                        negated=analysis.negations % 2 == 1,
                        raw_terms=tuple(analysis.raw_terms.items()),
                        modifiers=tuple(analysis.modifiers), status=analysis.status,
                        hypothetical=frozenset(t for t, pos in analysis.terms
                                               if pos in analysis.hypothetical),
                        quantifier=analysis.quantifier, exclusive=analysis.exclusive,
                        verbs=analysis.verb_terms,
                        objects=tuple(analysis.objects), past=analysis.past,
                        purposes=frozenset(t for t, pos in analysis.terms
                                           if pos and analysis.tokens[pos - 1] == "to"),
                        measure_words=tuple(measure_words.items()))


def index_tokens(terms: set[str] | frozenset[str], entities: set[str] | frozenset[str],
                 units: Iterable[str] = ()) -> list[str]:
    """A fact's or a query's index tokens: its terms, its entities ('@id') and the units of
    its figures ('~EUR'), so that a claim worded its own way still finds the facts that
    give a figure of its kind."""
    return [*terms, *("@" + e for e in entities), *("~" + u for u in units)]


@dataclass(eq=False, repr=False)
class Index:
    """BM25 over the facts' canonical terms. A posting holds, per fact, the term's BM25
    weight (frequency and length normalisation applied at build time), in compact
    arrays that a large store pickles and loads quickly; a search multiplies by the
    term's idf and keeps the best few."""

    facts: Sequence[CompiledFact]  # a cached store's are decoded on first use
    postings: dict[str, tuple[array[int], array[float]]]

    @classmethod
    def build(cls, store: Store, vocab: Vocabulary) -> Index:
        facts = [compile_fact(f, vocab) for f in store.facts]
        counts = [Counter(index_tokens(c.terms, c.entities, {q.unit for q in c.quantities}))
                  for c in facts]
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
        scores: dict[int, float] = {}
        # in a fixed order: floating-point sums depend on it, and two facts whose scores
        # differ only by rounding must rank the same way in every run
        for token in sorted(set(tokens)):
            for doc, score in self._scored(token):
                scores[doc] = scores.get(doc, 0.0) + score
        # best score first, the earlier fact first among equal scores: nlargest keeps the
        # order it is given among equal keys, so the facts go in by their place in the
        # store, and the key is a lookup in C rather than a tuple made for each fact
        best = heapq.nlargest(limit, sorted(scores), key=scores.__getitem__)
        return [(self.facts[doc], scores[doc]) for doc in best]

    def _scored(self, token: str) -> list[tuple[int, float]]:
        """A token's posting with its idf applied, (fact, score) pairs worked out on first
        use: a batch searches for the same tokens again and again."""
        known = self._scores.get(token)
        if known is None:
            known = self._scores[token] = []
            posting = self.postings.get(token)
            if posting:
                docs, weights = posting
                n = len(self.facts)
                idf = math.log(1 + (n - len(docs) + 0.5) / (len(docs) + 0.5))
                known.extend((doc, idf * weight)
                             for doc, weight in zip(docs, weights, strict=True))
        return known

    @cached_property
    def _scores(self) -> dict[str, list[tuple[int, float]]]:
        return {}
