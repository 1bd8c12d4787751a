"""Questions that compare figures across facts: a difference, the most or least.

'How much more does A cost than B', 'which is the largest': figures of one dimension that
the facts give to things of the kind asked, ranked or subtracted.
"""

from __future__ import annotations

from factcli.asking.aligned import CANDIDATES
from factcli.asking.answer import Answer, _hits
from factcli.asking.figures import _EXACT, _in_context
from factcli.asking.gap import Gap, _kind_of
from factcli.asking.kinds import _is_of_kind
from factcli.asking.wording import _plural
from factcli.comparison import judge, read_comparison
from factcli.index import CompiledFact, index_tokens
from factcli.knowledge import Knowledge
from factcli.logic import Relation
from factcli.quantities import FactQuantity, format_quantity
from factcli.text import Analysis, analyse, fold
from factcli.verify import ProofStep
from factcli.vocabulary import QuestionForm, Vocabulary


def _difference_asked(text: str, reading: Analysis, gap: Gap,
                      knowledge: Knowledge) -> Answer | None:
    """'How much more expensive is Terminal 1 than Airside D?', 'how many more gates will
    Terminal 1 have than Airside D?': the comparison read as the claim it asks about
    ('Terminal 1 will have more gates than Airside D') and judged on the two figures the
    facts give; the answer is their difference. A question whose comparison the figures
    contradict is declined with them; one they cannot settle is left to the facts."""
    if gap.answer != "quantity" or gap.form is None or "than" not in reading.tokens:
        return None
    vocab = knowledge.vocab
    words = text.rstrip("?").split()
    folded = [fold(w) for w in words]
    if "than" not in folded:
        return None
    start = len(gap.form.words)
    if folded[:start] != list(gap.form.words) or start >= len(words) or (
            folded[start] not in vocab.comparatives):
        return None
    auxiliary = next((i for i in range(start + 1, folded.index("than"))
                      if folded[i] in vocab.auxiliaries), None)
    if auxiliary is None or auxiliary + 1 >= folded.index("than"):
        return None
    than = folded.index("than")
    compared, subject = words[start:auxiliary], words[auxiliary + 1:than]
    if folded[auxiliary] in vocab.be_forms:  # "more expensive *is* Terminal 1 than"
        claim = [*subject, words[auxiliary], *compared]
    else:  # "more gates *will* Terminal 1 *have* than", "more *does* it *cost* than"
        claim = [*subject[:-1], words[auxiliary], subject[-1], *compared]
    comparison = read_comparison(analyse(" ".join([*claim, *words[than:]]), vocab), vocab)
    if comparison is None or comparison.direction not in ("more", "less"):
        return None
    judged = judge(comparison, knowledge, negated=False)
    if judged is None:
        return None
    left, right = judged.left, judged.right
    figures = (f"{_in_context(left.quantity, vocab, left.fact.fact.statement)} against "
               f"{_in_context(right.quantity, vocab, right.fact.fact.statement)}")
    used = [left.fact, right.fact]
    hits = _hits([(c, 1.0) for c in used], used)
    if not judged.holds:
        return Answer(text, None, gap.name, hits, "the question assumes something the "
                      f"article contradicts: it gives {figures}")
    difference = abs(left.quantity.value - right.quantity.value)
    shown = f"{format_quantity(difference, left.quantity.unit, vocab)} ({figures})"
    return Answer(text, shown, gap.name, hits,
                  "from " + ", ".join(f"{c.fact.id} ({c.fact.section})" for c in used), (
                      ProofStep(left.fact.fact.id, "gap", gap.name, shown,
                                Relation.EQUIVALENT, "the difference of two figures"),), 2)


def _superlative(text: str, reading: Analysis, form: QuestionForm,
                 knowledge: Knowledge) -> Answer | None:
    """'Of the three terminal projects, which is the most expensive?', 'which terminal has
    the most gates?': among the store's entities of the kind the question names, the one
    whose figure is the highest (or lowest), when the facts give each of them one figure to
    rank; otherwise declined, as no single fact can answer a superlative."""
    vocab = knowledge.vocab
    found = _superlative_words(reading.tokens, vocab)
    if found is None:
        return None
    kind = next((k for word in reading.tokens
                 if (k := _kind_of(word, form, vocab)) is not None), None)
    if kind is None:
        return None
    dimension, direction, measure = found
    members = {e.id for e in vocab.entities.values() if _is_of_kind(e.kind, (kind,), vocab)}
    # a member left out by the search has no figure here, so the question is declined
    hits = knowledge.index.search(index_tokens(frozenset(), members), CANDIDATES * len(members))
    figures: dict[str, list[tuple[FactQuantity, CompiledFact]]] = {}
    for compiled, _ in hits:
        for entity_id in compiled.subject & members:
            figures.setdefault(entity_id, []).extend(
                (quantity, compiled) for quantity in compiled.quantities
                if quantity.dimension == dimension and quantity.qualifier in _EXACT
                and (not measure or measure in quantity.measure))
    ranked = sorted(((e, given[0]) for e, given in figures.items() if len(given) == 1),
                    key=lambda item: item[1][0].value, reverse=direction == "more")
    if len(members) < 2 or {e for e, _ in ranked} != members or len(
            {quantity.unit for _, (quantity, _) in ranked}) != 1 or (
            ranked[0][1][0].value == ranked[1][1][0].value):
        return Answer(text, None, "which", _hits(hits, []), "the article does not give "
                      f"every {kind} one figure to rank")
    chosen, (quantity, compiled) = ranked[0]
    figure = _in_context(quantity, vocab, compiled.fact.statement)
    shown = f"{vocab.entities[chosen].name} ({figure})"
    used = [c for _, (_, c) in ranked]
    return Answer(text, shown, "which", _hits([(c, 1.0) for c in used], used),
                  "from " + ", ".join(f"{c.fact.id} ({c.fact.section})" for c in used), (
                      ProofStep(compiled.fact.id, "gap", "which", shown, Relation.EQUIVALENT,
                                f"the {direction} of {len(used)} figures"),), len(used))


def _superlative_words(tokens: list[str],
                       vocab: Vocabulary) -> tuple[str, str, str | None] | None:
    """The dimension, direction and counted noun of a superlative: 'most expensive'
    (money, more), 'cheapest' (money, less: read as its comparative 'cheaper'), 'the most
    gates' (count of gates, more)."""
    for position, token in enumerate(tokens):
        following = tokens[position + 1] if position + 1 < len(tokens) else ""
        comparative = "more" if token == "most" else token[:-3] + "er" if token.endswith(
            "est") else "less" if token == "least" else ""
        direction = vocab.comparatives.get(comparative)
        if direction is None:
            continue
        if following in vocab.comparative_dimensions:  # "most expensive"
            return vocab.comparative_dimensions[following], direction, None
        if comparative in vocab.comparative_dimensions:  # "cheapest"
            return vocab.comparative_dimensions[comparative], direction, None
        counted = vocab.canonical(following) if _plural(following) else None
        if counted is not None and position and tokens[position - 1] == "the":
            return "count", direction, counted  # "the most gates", "the fewest stops"
    return None
