from __future__ import annotations

import pytest

from factcli.knowledge import Knowledge
from factcli.text import analyse, fold, least_digit_place, tokenise


def test_fold_strips_case_and_diacritics() -> None:
    assert fold("Suwałki") == fold("SUWALKI") == "suwalki"
    assert fold("Łódź Straße") == "lodz strasse"


def test_tokenise_handles_hyphens_contractions_and_glued_numbers() -> None:
    assert tokenise("anti-tank") == ["antitank"]
    assert tokenise("Russian-backed") == ["russian", "backed"]
    assert tokenise("doesn't") == ["does", "not"]
    assert tokenise("won't") == ["will", "not"]
    assert tokenise("€1.1bn") == ["€", "1.1", "bn"]
    assert tokenise("100-kilometre") == ["100", "kilometre"]
    assert tokenise("NATO's") == ["nato", "s"]
    assert tokenise("1,100 million") == ["1,100", "million"]


@pytest.mark.parametrize(("token", "place"), [("100", 100), ("113", 1), ("1.1", 0.1),
                                              ("1,100", 100), ("2028", 1), ("0", 1)])
def test_least_digit_place(token: str, place: float) -> None:
    assert least_digit_place(token) == pytest.approx(place)


def quantity(text: str, knowledge: Knowledge):  # type: ignore[no-untyped-def]
    found = analyse(text, knowledge.vocab).quantities
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("text", "value", "unit", "qualifier"),
    [
        ("eight bridges", 8, "count", "exact"),
        ("one hundred and thirteen km", 113_000, "m", "exact"),
        ("a dozen bridges", 12, "count", "exact"),
        ("1.1bn euros", 1.1e9, "EUR", "exact"),
        ("€1.1 billion", 1.1e9, "EUR", "exact"),
        ("1,100 million euros", 1.1e9, "EUR", "exact"),
        ("$2 billion", 2e9, "USD", "exact"),
        ("a 100-kilometre corridor", 100_000, "m", "exact"),
        ("62 miles", 62 * 1609.344, "m", "exact"),
        ("more than 100 km", 100_000, "m", "more_than"),
        ("at least 1 billion euros", 1e9, "EUR", "at_least"),
        ("fewer than ten bridges", 10, "count", "less_than"),
        ("less than 50 km", 50_000, "m", "less_than"),
        ("about 100 km", 100_000, "m", "approx"),
        ("roughly 1.1 billion euros", 1.1e9, "EUR", "approx"),
        ("by 2028", 2028, "year", "by"),
        ("until 2030", 2030, "year", "by"),
        ("no later than 2028", 2028, "year", "by"),
        ("over the next decade", 10, "years", "exact"),
        ("within ten years", 10, "years", "at_most"),
        ("two decades", 20, "years", "exact"),
        ("18 months", 1.5, "years", "exact"),
    ],
)
def test_quantities(knowledge: Knowledge, text: str, value: float, unit: str,
                    qualifier: str) -> None:
    q = quantity(text, knowledge)
    assert q.value == pytest.approx(value)
    assert q.unit == unit
    assert q.qualifier == qualifier


def test_one_of_is_not_a_count(knowledge: Knowledge) -> None:
    assert analyse("one of NATO's most vulnerable points", knowledge.vocab).quantities == []


def test_entities_aliases_and_typos(knowledge: Knowledge) -> None:
    reading = analyse("The Suwalky corridor and the Mine Ban Treaty and Lithuana",
                      knowledge.vocab)
    assert reading.entity_ids == ["suwalki-gap", "ottawa-convention", "lithuania"]


def test_synonyms_map_to_one_term(knowledge: Knowledge) -> None:
    a = analyse("Lithuania is pulling out of the treaty", knowledge.vocab).term_set
    b = analyse("Lithuania quits the treaty", knowledge.vocab).term_set
    c = analyse("Lithuania withdrew from the treaty", knowledge.vocab).term_set
    assert a == b == c == {"g:withdraw"}


def test_inflections_share_a_stem(knowledge: Knowledge) -> None:
    forms = ["renovate", "renovating", "renovated", "renovation"]
    terms = [analyse(f"They {w} it", knowledge.vocab).term_set for w in forms]
    assert all(t == terms[0] for t in terms)


def test_subject_is_the_leading_entity_and_its_coordinates(knowledge: Knowledge) -> None:
    vocab = knowledge.vocab
    assert analyse("Latvia and Estonia intend to leave", vocab).subject_entities == [
        "latvia", "estonia"]
    assert analyse("The convention Lithuania is leaving bans mines",
                   vocab).subject_entities == ["ottawa-convention"]
    assert analyse("In Ukraine, drones proved useful", vocab).subject_entities == []
