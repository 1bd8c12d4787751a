from __future__ import annotations

from collections import Counter

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from factcli.errors import UsageError
from factcli.knowledge import Knowledge
from factcli.verify import NOT_ENOUGH_INFO, REFUTED, SUPPORTED, split_claim, verify_claim

from .conftest import DATA, read_jsonl


def verdict(claim: str, knowledge: Knowledge) -> str:
    return verify_claim(claim, knowledge).verdict


@pytest.mark.parametrize(
    ("claim", "expected"),
    [
        # aliases, synonyms, inflections, diacritics, typos
        ("Lithuania is getting out of the Ottawa Treaty.", SUPPORTED),
        ("Lithuania walks away from the Mine Ban Convention.", SUPPORTED),
        ("The Suwalki corridor connects Poland and Lithuania.", SUPPORTED),
        ("The Suwałky Gap is a 100 km corridor.", SUPPORTED),
        ("Lithuania renovated eight bridges.", SUPPORTED),
        # negation and antonyms, and the two cancelling
        ("Lithuania isn't leaving the Ottawa Convention.", REFUTED),
        ("Lithuania will stay in the Mine Ban Treaty.", REFUTED),
        ("Lithuania is not remaining in the Ottawa Convention.", SUPPORTED),
        ("The Ottawa Convention encourages anti-personnel mines.", REFUTED),
        ("A Russian jet assisted NATO ships in boarding the tanker.", REFUTED),
        ("The Suwałki Gap is among NATO's best defended points.", REFUTED),
        # numbers, units, scale, currencies, comparators, durations
        ("Lithuania is investing €1,100,000,000 in its borders.", SUPPORTED),
        ("Lithuania is investing 1.1 trillion euros in its borders.", REFUTED),
        ("Lithuania is investing 1.1 billion US dollars in its borders.", REFUTED),
        ("Lithuania will invest at most 1 billion euros in its borders.", REFUTED),
        ("Lithuania will invest no more than 1.2 billion euros in its borders.", SUPPORTED),
        ("The Suwałki Gap is roughly 62 miles long.", SUPPORTED),
        ("Lithuania will invest the money over a decade.", SUPPORTED),
        ("Lithuania will invest the money over the next 30 years.", REFUTED),
        ("The border fortification project will be finished by 2029.", REFUTED),
        ("Lithuania is rebuilding exactly 113 km of road.", SUPPORTED),
        ("Lithuania is rebuilding 114 km of road.", REFUTED),
        # entity substitution, the size of a named group, and exclusivity
        ("The Suwałki Gap connects Lithuania and Russia.", REFUTED),
        ("Four of Lithuania's neighbours intend to quit the Mine Ban Treaty.", SUPPORTED),
        ("Five neighbouring countries plan to quit the Mine Ban Treaty.", REFUTED),
        ("More than 100 countries have joined the Mine Ban Treaty.", NOT_ENOUGH_INFO),
        ("Lithuania is the sole Baltic country quitting the Ottawa Convention.", REFUTED),
        # other subjects, absent figures, off-topic: never guessed
        ("Norway is leaving the Ottawa Convention.", NOT_ENOUGH_INFO),
        ("Latvia will rebuild 113 km of road.", NOT_ENOUGH_INFO),
        ("Lithuania will lay 20,000 anti-tank mines.", NOT_ENOUGH_INFO),
        ("Lithuania will renovate eight bridges in 2026.", NOT_ENOUGH_INFO),
        ("Bananas are yellow.", NOT_ENOUGH_INFO),
    ],
)
def test_phenomena(knowledge: Knowledge, claim: str, expected: str) -> None:
    assert verdict(claim, knowledge) == expected


def test_conflicting_values_are_named(knowledge: Knowledge) -> None:
    result = verify_claim("Lithuania is investing 2 billion euros in its borders", knowledge)
    assert result.conflicts[0].claim == "2 billion euros"
    assert result.conflicts[0].article == "1.1 billion euros"
    swapped = verify_claim("The Suwałki Gap connects Lithuania and Belarus", knowledge)
    assert swapped.conflicts[0].describe() == "claim says Belarus; the article says Poland"


def test_evidence_carries_id_statement_and_section(knowledge: Knowledge) -> None:
    result = verify_claim("The Suwałki Gap is 100 km long", knowledge)
    assert result.evidence[0].fact_id == "suwalki-gap-length"
    assert result.evidence[0].section == "Focusing on the Suwałki Gap"
    assert 0 < result.confidence <= 1


def test_compound_claims_split_into_parts(knowledge: Knowledge) -> None:
    assert split_claim("Lithuania will rebuild 113 km of road and renovate ten bridges",
                       knowledge) == ["Lithuania will rebuild 113 km of road",
                                      "Lithuania will renovate ten bridges"]
    assert split_claim("The Suwałki Gap connects Lithuania and Poland", knowledge) == [
        "The Suwałki Gap connects Lithuania and Poland"]
    result = verify_claim("Lithuania will rebuild 113 km of road and renovate ten bridges",
                          knowledge)
    assert [p.verdict for p in result.parts] == [SUPPORTED, REFUTED]
    assert result.verdict == REFUTED
    assert split_claim("Experts say the Gap, a 100 km corridor, links Lithuania and Poland",
                       knowledge) == ["the Gap is a 100 km corridor",
                                      "the Gap links Lithuania and Poland"]
    assert split_claim("Amid rising tensions, Lithuania is quitting the treaty", knowledge) == [
        "rising tensions", "Lithuania is quitting the treaty"]
    assert split_claim("In 2028, the project will be finished", knowledge) == [
        "In 2028, the project will be finished"]
    assert split_claim("Lithuania will buy mines, bunkers and ditches", knowledge) == [
        "Lithuania will buy mines", "Lithuania will buy bunkers", "Lithuania will buy ditches"]
    mixed = verify_claim("Lithuania will renovate eight bridges and build an airport",
                         knowledge)
    assert [p.verdict for p in mixed.parts] == [SUPPORTED, NOT_ENOUGH_INFO]
    assert mixed.verdict == NOT_ENOUGH_INFO


@pytest.mark.parametrize("claim", ["", "   \t ", "y" * 10_001])
def test_unusable_claims_raise_usage_errors(knowledge: Knowledge, claim: str) -> None:
    with pytest.raises(UsageError):
        verify_claim(claim, knowledge)


def test_labelled_claim_set_accuracy(knowledge: Knowledge) -> None:
    rows = read_jsonl(DATA / "claims.jsonl")
    assert len(rows) >= 150
    labels = Counter(r["label"] for r in rows)
    assert min(labels.values()) >= 45, labels  # balanced across the three labels
    misses = [(r["claim"], r["label"], verdict(r["claim"], knowledge)) for r in rows
              if verdict(r["claim"], knowledge) != r["label"]]
    accuracy = 1 - len(misses) / len(rows)
    assert accuracy >= 0.95, misses


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=300))
def test_verify_never_raises_on_arbitrary_text(knowledge: Knowledge, text: str) -> None:
    if not text.strip():
        return
    result = verify_claim(text, knowledge)
    assert result.verdict in (SUPPORTED, REFUTED, NOT_ENOUGH_INFO)
    assert 0 <= result.confidence <= 1


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(["Lithuania", "and", "not", "1.1", "billion", "euros", "by",
                                 "2028", "more", "than", "the", "Suwałki", "Gap", "only",
                                 "€", "-", "km", "a", "decade", "8", "bridges", ",", ";"]),
                min_size=1, max_size=20))
def test_verify_never_raises_on_number_soup(knowledge: Knowledge, words: list[str]) -> None:
    assert verify_claim(" ".join(words), knowledge).verdict in (SUPPORTED, REFUTED,
                                                                 NOT_ENOUGH_INFO)
