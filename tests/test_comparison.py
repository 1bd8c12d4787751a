from __future__ import annotations

from factcli.comparison import read_comparison
from factcli.knowledge import Knowledge
from factcli.text import analyse


def test_a_comparison_names_both_sides_and_what_is_compared(knowledge: Knowledge) -> None:
    vocab = knowledge.vocab
    read = read_comparison(analyse("Lithuania is larger than Latvia", vocab), vocab)
    assert read is not None
    assert (read.left.entity, read.right.entity, read.direction) == (
        "lithuania", "latvia", "more")
    counted = read_comparison(analyse("Latvia has fewer bridges than Estonia", vocab), vocab)
    assert counted is not None and counted.counted is not None
    assert counted.counted.startswith("s:bridg") and counted.direction == "less"


def test_a_multiple_is_read_with_its_factor(knowledge: Knowledge) -> None:
    vocab = knowledge.vocab
    twice = read_comparison(analyse("Poland spends twice as much as Latvia", vocab), vocab)
    assert twice is not None and (twice.direction, twice.factor) == ("times", 2.0)
    thrice = read_comparison(analyse("Poland spends three times as much as Latvia", vocab),
                             vocab)
    assert thrice is not None and thrice.factor == 3.0


def test_a_figure_after_than_is_not_a_comparison_of_two_things(knowledge: Knowledge) -> None:
    vocab = knowledge.vocab
    assert read_comparison(analyse("Lithuania will spend more than 1 billion euros",
                                   vocab), vocab) is None
    assert read_comparison(analyse("Lithuania is larger than before", vocab), vocab) is None
