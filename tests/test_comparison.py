from __future__ import annotations

import pytest

from factcli.comparison import comparative_wording, read_comparison
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


def test_more_than_a_multiple_is_a_bound_on_it(knowledge: Knowledge) -> None:
    vocab = knowledge.vocab
    read = read_comparison(analyse("Poland spends more than twice as much as Latvia",
                                   vocab), vocab)
    assert read is not None and (read.direction, read.factor) == ("times more", 2.0)


def test_a_figure_after_than_is_not_a_comparison_of_two_things(knowledge: Knowledge) -> None:
    vocab = knowledge.vocab
    assert read_comparison(analyse("Lithuania will spend more than 1 billion euros",
                                   vocab), vocab) is None
    assert read_comparison(analyse("Lithuania is larger than before", vocab), vocab) is None


def test_a_side_without_a_name_is_described_by_its_words(knowledge: Knowledge) -> None:
    vocab = knowledge.vocab
    unnamed = analyse("The corridor is longer than the stretch of road", vocab)
    read = read_comparison(unnamed, vocab)
    assert read is not None and (read.left.entity, read.right.entity) == (None, None)
    assert (read.left.words, read.right.words) == ("the corridor", "the stretch of road")
    assert comparative_wording(unnamed, vocab) == "longer than"
    with_figure = read_comparison(analyse("The 113 km of road will be longer than the corridor",
                                          vocab), vocab)
    assert with_figure is not None and with_figure.left.words == "the road"
    assert with_figure.left.figure is not None and with_figure.left.figure.value == 113_000
    bound = analyse("The road is longer than 100 km", vocab)
    assert comparative_wording(bound, vocab) is None and read_comparison(bound, vocab) is None


@pytest.mark.parametrize("claim", [
    "Lithuania is larger than before",  # no noun phrase after 'than'
    "Juice had less fuel than planned",
    "The road costs more than the bridges and the barriers put together",  # no one thing
    "The road is, in 2028, longer than the corridor",  # a figure of neither side
])
def test_what_is_no_thing_is_no_side(knowledge: Knowledge, claim: str) -> None:
    assert read_comparison(analyse(claim, knowledge.vocab), knowledge.vocab) is None


def test_a_described_side_is_looked_up_only_through_the_verifier(knowledge: Knowledge) -> None:
    from factcli.comparison import judge

    comparison = read_comparison(analyse("The road is longer than the Suwałki Gap",
                                         knowledge.vocab), knowledge.vocab)
    assert comparison is not None and judge(comparison, knowledge, False) is None


TEMPLATES = ("{a} is more expensive than {b}.", "{a} is longer than {b}.",
             "{a} has more stops than {b}.", "{a} costs twice as much as {b}.")


def test_a_comparison_is_judged_only_from_both_sides_figures() -> None:
    """Every comparison between two named things of the fixture store: a verdict only
    where both have a figure of what is compared; a fact naming both says nothing of it."""
    from itertools import permutations

    from factcli.comparison import judge
    from factcli.knowledge import compile_knowledge, lexicon_bytes
    from factcli.verify import NOT_ENOUGH_INFO, REFUTED, SUPPORTED, verify_claim

    from .conftest import DATA

    path = DATA / "stores" / "tramway.json"
    tramway = compile_knowledge(str(path), path.read_bytes(), lexicon_bytes())
    names = [e.name for e in tramway.vocab.entities.values()]
    wrong = []
    for left, right in permutations(names, 2):
        for template in TEMPLATES:
            claim = template.format(a=left, b=right)
            reading = analyse(claim, tramway.vocab)
            comparison = read_comparison(reading, tramway.vocab)
            judged = judge(comparison, tramway, False) if comparison else None
            expected = NOT_ENOUGH_INFO if judged is None else (
                SUPPORTED if judged.holds else REFUTED)
            if verify_claim(claim, tramway).verdict != expected:
                wrong.append(claim)
    assert wrong == []


def test_a_wrong_figure_on_a_side_is_named_as_the_conflict(knowledge: Knowledge) -> None:
    from factcli.verify import REFUTED, verify_claim

    result = verify_claim("The 90 km of road that will be rebuilt is longer than the "
                          "Suwałki Gap.", knowledge)
    assert result.verdict == REFUTED
    assert result.conflicts[0].claim.startswith("90 km for the road")
    assert result.conflicts[0].article == "113 km"


def test_the_compared_noun_may_take_a_phrase_of_its_own(knowledge: Knowledge) -> None:
    vocab = knowledge.vocab
    read = read_comparison(analyse("Latvia holds a smaller share of the corridor than Poland",
                                   vocab), vocab)
    assert read is not None and read.direction == "less"
    assert read.counted is not None and read.counted.startswith("s:share")
    assert (read.left.entity, read.right.entity) == ("latvia", "poland")
