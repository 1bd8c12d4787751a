"""Gathering a set answer from the facts that answer a question equally well.

Their pieces listed once each; when the question asks how many, a count one of them
states, or the number of the names they give together.
"""

from __future__ import annotations

from factcli.asking.figures import _stated_count
from factcli.asking.fit import _Fit
from factcli.asking.gap import Gap
from factcli.text import and_list
from factcli.vocabulary import Vocabulary


def _combine(chosen: list[_Fit], gap: Gap, vocab: Vocabulary) -> str | None:
    """One answer from the facts that answer the question: a count one of them states of
    the things counted, else a count of the entities they name together (one named entity
    is no count the article gives), or their pieces listed once each."""
    stated = next((c for f in chosen if gap.answer == "quantity" and gap.kinds
                   and (c := _stated_count(f.alignment.fact, gap, vocab))), None)
    if stated is not None:
        return stated
    if gap.answer == "quantity" and gap.kinds:
        names = list(dict.fromkeys(n for f in chosen for n in f.filler.split("|")))
        return f"{len(names)} ({and_list(names)})" if len(names) >= 2 else None
    if gap.answer == "entities":
        known = {entity.name for entity in vocab.entities.values()}
        # 'Skidmore, Owings & Merrill' is one name, not a list
        names = list(dict.fromkeys(n for f in chosen for n in f.filler.split(" and ")
                                   for n in ([n] if n in known else n.split(", "))))
        return and_list(names)
    pieces = list(dict.fromkeys(f.filler for f in chosen))
    return "; ".join(pieces)
