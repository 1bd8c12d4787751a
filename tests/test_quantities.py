from __future__ import annotations

import pytest

from factcli.knowledge import Knowledge
from factcli.quantities import (
    FactQuantity,
    compare_quantity,
    format_quantity,
    least_digit_place,
    same_value,
)
from factcli.text import analyse

from .conftest import DATA, read_jsonl

GOLDEN = read_jsonl(DATA / "figures.golden.jsonl")


@pytest.mark.parametrize("row", GOLDEN, ids=[r["text"] for r in GOLDEN])
def test_golden_figures(knowledge: Knowledge, row: dict) -> None:
    found = analyse(row["text"], knowledge.vocab).quantities
    assert len(found) == 1, found
    figure = found[0]
    assert figure.value == pytest.approx(row["value"])
    assert figure.high == (None if row["high"] is None else pytest.approx(row["high"]))
    assert (figure.unit, figure.qualifier) == (row["unit"], row["qualifier"])


@pytest.mark.parametrize("text", [
    "Labour won 411 seats.",  # the past of 'win', not the South Korean won
    "The firm is in the top 5 bidders.",  # 'TOP' is the Tongan pa'anga's code
    "All 40 members voted.",  # and 'ALL' the Albanian lek's
    "The country's $5bn fund.",  # the possessive before '$' makes no 'S$'
    "Pesos worth 70 were found.",  # no currency before its figure
])
def test_a_word_of_english_is_no_currency(knowledge: Knowledge, text: str) -> None:
    assert all(q.unit in ("count", "USD") for q in analyse(text, knowledge.vocab).quantities)


@pytest.mark.parametrize(("text", "currencies"), [
    ("$418m", {"USD", "NZD", "AUD", "CAD"}),  # '$' is US dollars, but written for others too
    ("418 million dollars", {"USD", "NZD", "SGD"}),
    ("£2 to 3bn", {"GBP", "FKP"}),
])
def test_a_name_several_currencies_share_says_so(knowledge: Knowledge, text: str,
                                                  currencies: set[str]) -> None:
    found = analyse(text, knowledge.vocab).quantities
    assert len(found) == 1 and currencies <= found[0].currencies


@pytest.mark.parametrize("text", ["NZ$418m", "US$418m", "418 million euros"])
def test_a_currency_named_alone_is_that_one(knowledge: Knowledge, text: str) -> None:
    assert analyse(text, knowledge.vocab).quantities[0].currencies == frozenset()


@pytest.mark.parametrize("text", ["one in 2024", "in four cities"])
def test_a_number_and_a_year_or_a_count_is_no_ratio(knowledge: Knowledge, text: str) -> None:
    """'one in four' is a share; a year or a lone count after 'in' is not its whole."""
    assert all(q.unit != "percent" for q in analyse(text, knowledge.vocab).quantities)


@pytest.mark.parametrize(("token", "place"), [("100", 100), ("113", 1), ("1.1", 0.1),
                                              ("1,100", 100), ("2028", 1), ("0", 1)])
def test_least_digit_place(token: str, place: float) -> None:
    assert least_digit_place(token) == pytest.approx(place)


@pytest.mark.parametrize("text", ["twice a year", "a year ago", "once an hour", "a day before",
                                  "in a year of floods", "a month of talks"])
def test_one_unit_alone_is_no_figure(knowledge: Knowledge, text: str) -> None:
    assert analyse(text, knowledge.vocab).quantities == []


def test_a_tally_is_no_range(knowledge: Knowledge) -> None:
    # 'a 7-2 ruling' counts two sides of a vote, not somewhere from 7 to 2
    found = analyse("The judges gave a 7-2 ruling.", knowledge.vocab).quantities
    assert [(q.value, q.high) for q in found] == [(7, None), (2, None)]


def test_one_of_is_not_a_count(knowledge: Knowledge) -> None:
    assert analyse("one of NATO's most vulnerable points", knowledge.vocab).quantities == []


@pytest.mark.parametrize("text", ["by the first quarter of 2027", "in the second half of 2026"])
def test_a_part_of_a_year_is_no_share(knowledge: Knowledge, text: str) -> None:
    found = analyse(text, knowledge.vocab).quantities
    assert [(q.dimension, q.value) for q in found] == [("date", 2027 if "2027" in text else 2026)]


@pytest.mark.parametrize(("text", "number", "label"), [
    ("The bridges are renovated in phase two.", "two", "second"),
    ("Phase one includes new roads.", "one", "first"),
    ("In stage 3, the line opens.", "3", "third"),
    ("Lithuania will renovate two bridges.", "two", None),
    ("The first two phases are done.", "two", None),
    ("The airport will add two more gates.", "two", None),
    ("Another 11 gates will be added.", "11", None),
    ("When phase two is finished, the gates open.", "two", "second"),
    ("Lithuania is renovating eight bridges.", "eight", None),
    ("Terminal 2 will open.", "2", "2"),
    ("They flew to Terminal 2 in June.", "2", "2"),
    ("The net zero target is 2030.", "zero", None),  # a number word of value 0 is no ordinal
    ("It is eight bridges, not eighteen.", "eighteen", None),  # a figure denied
])
def test_a_number_after_a_noun_names_which_one(knowledge: Knowledge, text: str, number: str,
                                               label: str | None) -> None:
    reading = analyse(text, knowledge.vocab)
    at = reading.tokens.index(number)
    named = [reading.raw_terms[t] for t, pos in reading.terms if pos == at]
    assert named == ([label] if label else [])
    assert any(q.start <= at < q.end for q in reading.quantities) == (label is None)


def fact_figure(value: float, unit: str, dimension: str, qualifier: str = "exact",
                high: float | None = None) -> FactQuantity:
    return FactQuantity(value=value, unit=unit, dimension=dimension, qualifier=qualifier,
                        measure=frozenset(), label="", display="", source_unit=unit, high=high)


@pytest.mark.parametrize(
    ("claim", "fact", "expected"),
    [
        ("113 km", fact_figure(113_000, "m", "length"), True),
        ("114 km", fact_figure(113_000, "m", "length"), False),
        ("more than 100 km", fact_figure(113_000, "m", "length"), True),
        ("about 70 miles", fact_figure(113_000, "m", "length"), True),
        ("62 miles", fact_figure(100_000, "m", "length")._replace(source_unit="km"), True),
        ("2 years", fact_figure(1.5, "years", "duration")._replace(source_unit="months"), False),
        ("18 months", fact_figure(1.5, "years", "duration"), True),
        ("1.1 billion dollars", fact_figure(1.1e9, "EUR", "money"), False),
        ("between 1 and 1.2 billion euros", fact_figure(1.1e9, "EUR", "money"), True),
        ("between 100 and 150 km", fact_figure(100_000, "m", "length", high=150_000), True),
        ("by 2028", fact_figure(2028, "year", "date", "by"), True),
        ("by 2026", fact_figure(2028, "year", "date", "by"), False),
        ("by 2030", fact_figure(2028, "year", "date", "by"), False),
        ("before 2030", fact_figure(2028, "year", "date", "by"), True),
        ("after 2030", fact_figure(2028, "year", "date", "by"), False),
        ("in 2026", fact_figure(2028, "year", "date", "by"), None),
        ("2:45 a.m.", fact_figure(165, "clock", "time"), True),
        ("3:26 a.m.", fact_figure(165, "clock", "time"), False),
        ("more than 1,000 workers", fact_figure(1200, "count", "count", "more_than"), True),
        ("1,300 workers", fact_figure(1200, "count", "count", "more_than"), None),
        ("more than 12,000 workers", fact_figure(1200, "count", "count", "more_than"), False),
        ("20,000 workers", fact_figure(1200, "count", "count", "at_least"), False),
        ("under 700 km", fact_figure(7_000_000, "m", "length", "less_than"), False),
        ("under 5,000 km", fact_figure(7_000_000, "m", "length", "less_than"), None),
        ("after 2050", fact_figure(2030, "year", "date", "more_than"), None),
    ],
)
def test_comparison(knowledge: Knowledge, claim: str, fact: FactQuantity,
                    expected: bool | None) -> None:
    mention = analyse(claim, knowledge.vocab).quantities[0]
    assert compare_quantity(mention, fact) is expected


def test_a_question_reads_a_deadline_as_a_bound(knowledge: Knowledge) -> None:
    mention = analyse("by 2030", knowledge.vocab).quantities[0]
    assert compare_quantity(mention, fact_figure(2028, "year", "date", "by"), bounds=True)


@pytest.mark.parametrize(("value", "unit", "text"), [
    (1.1e9, "EUR", "1.1 billion euros"), (113_000, "m", "113 km"), (2028, "year", "2028"),
    (10, "years", "10 years"), (8, "count", "8"), (5_000_000, "count", "5 million"),
    (4_993_923, "count", "4,993,923")])
def test_formatting(knowledge: Knowledge, value: float, unit: str, text: str) -> None:
    assert format_quantity(value, unit, knowledge.vocab) == text


@pytest.mark.parametrize(("text", "figures"), [
    ("Cases rose from 1,200 to 3,400 in a week.", [(1200, None), (3400, None)]),
    ("Prices fell from $5 to $3.", [(5, None), (3, None)]),
    ("The plan will bring the gate count from 19 to 30.", [(19, None), (30, None)]),
    ("The flyby saved from 100 to 150 kg of fuel.", [(100, 150)]),
    ("Tickets cost from 2 to 5 euros.", [(2, 5)]),
    # a year and a count after it are no range
    ("Riders grow from 200,000 in 2030 to 320,000 in 2040.",
     [(200000, None), (2030, None), (320000, None), (2040, None)]),
    ("It ran from 2019 to 2023.", [(2019, 2023)]),
])
def test_from_one_figure_to_another_is_a_change_after_a_verb_of_change(
        knowledge: Knowledge, text: str, figures: list[tuple[float, float | None]]) -> None:
    found = analyse(text, knowledge.vocab).quantities
    assert [(q.value, q.high) for q in found] == figures


@pytest.mark.parametrize(("text", "figure", "near", "not_near"), [
    # the phrase of 'of' after a figure says what that figure is of, not the next one
    ("The fund joins 20 million euros of old grants with 9 million euros for new posts.",
     "9 million euros", "s:post", "s:grant"),
    ("The fund joins 20 million euros of old grants with 9 million euros for new posts.",
     "20 million euros", "s:grant", "s:post"),
    # words before a figure with no 'of' phrase between are still its own
    ("In 2023 the budget was 5 million euros.", "5 million euros", "s:budget", ""),
])
def test_a_figures_words_are_those_around_it(knowledge: Knowledge, text: str, figure: str,
                                             near: str, not_near: str) -> None:
    reading = analyse(text, knowledge.vocab)
    context = next(q.context for q in reading.quantities if q.text == figure)
    assert near in context
    assert not_near not in context


@pytest.mark.parametrize(("digits", "words"), [
    ("the 20th anniversary", "the twentieth anniversary"),
    ("the 3rd phase", "the third phase"),
    ("on 4th June 2024", "on 4 June 2024"),  # beside a month, an ordinal is its day
    ("on the 12th of May 2025", "on the 12 of May 2025"),
])
def test_an_ordinal_in_digits_reads_as_its_word(knowledge: Knowledge, digits: str,
                                                words: str) -> None:
    said, spelled = analyse(digits, knowledge.vocab), analyse(words, knowledge.vocab)
    assert said.terms == spelled.terms
    assert [q.value for q in said.quantities] == [q.value for q in spelled.quantities]


@pytest.mark.parametrize(("first", "second", "tolerance", "same"), [
    (4.28 * 1e9, 4_280_000_000.0, 0.0, True),  # a figure read from words, a float hair off
    (4_280_000_000.0, 4_280_000_010.0, 0.0, False),  # ten apart: two figures
    (150.0, 160.0, 10.0, True),  # within an approximation's spread
    (150.0, 160.5, 10.0, False),
])
def test_same_value_allows_a_float_hair_and_the_tolerance_given(
        first: float, second: float, tolerance: float, same: bool) -> None:
    assert same_value(first, second, tolerance) is same
