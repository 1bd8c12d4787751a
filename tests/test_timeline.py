from __future__ import annotations

import json
from datetime import date

import pytest

from factcli.errors import StoreError
from factcli.knowledge import Knowledge, compile_knowledge, lexicon_bytes
from factcli.lexicon import load_lexicon
from factcli.text import analyse
from factcli.timeline import (
    Dated,
    Gap,
    Ordering,
    date_interval,
    gap_holds,
    order_stated,
    read_apart,
    read_occasions,
    read_ordering,
    read_selection,
    turned_round,
)
from factcli.verify import NOT_ENOUGH_INFO, REFUTED, SUPPORTED, verify_claim

from .conftest import DATA, tramway_with


def _ordering(claim: str, knowledge: Knowledge) -> Ordering | None:
    return read_ordering(claim, analyse(claim, knowledge.vocab), knowledge.vocab)


def test_before_puts_the_first_event_first(knowledge: Knowledge) -> None:
    read = _ordering("Lithuania left the treaty before the border project started",
                     knowledge)
    assert read is not None
    assert (read.left, read.right, read.before) == (
        "Lithuania left the treaty", "the border project started", True)


@pytest.mark.parametrize("wording", ["after", "later than", "following"])
def test_after_puts_the_first_event_second(knowledge: Knowledge, wording: str) -> None:
    read = _ordering(f"Lithuania left the treaty {wording} the border project started",
                     knowledge)
    assert read is not None and not read.before and read.wording == wording


def test_an_opening_phrase_is_ordered_against_the_main_clause(knowledge: Knowledge) -> None:
    read = _ordering("After the vote, Lithuania left the treaty", knowledge)
    assert read is not None
    assert (read.left, read.right, read.before) == ("Lithuania left the treaty", "the vote",
                                                    False)


def test_a_pronoun_stands_for_the_subject_of_the_other_clause(knowledge: Knowledge) -> None:
    owned = _ordering("Lithuania left the treaty before its border project started", knowledge)
    assert owned is not None and owned.right == "Lithuania's border project started"
    doing = _ordering("Lithuania left the treaty before it fortified its borders", knowledge)
    assert doing is not None and doing.right == "Lithuania fortified its borders"
    verb = _ordering("Lithuania left the treaty before fortifying its borders", knowledge)
    assert verb is not None and verb.right == "Lithuania fortifying its borders"
    named = _ordering("Lithuania fortified its borders before leaving the Ottawa Convention",
                      knowledge)
    assert named is not None and named.right == "Lithuania leaving the Ottawa Convention"


def test_its_is_whose_the_subject_is_not_what_names_it(knowledge: Knowledge) -> None:
    read = _ordering("Lithuania's Ottawa Convention exit came before its border project",
                     knowledge)
    assert read is not None and read.right == "Lithuania's border project"


@pytest.mark.parametrize(("claim", "left", "right"), [
    ("Lithuania's treaty exit came before the vote", "Lithuania's treaty exit", "the vote"),
    ("Lithuania left the treaty before the vote took place", "Lithuania left the treaty",
     "the vote"),
    ("The vote was held after the referendum", "The vote", "the referendum"),
])
def test_a_verb_that_only_says_an_event_happens_is_not_part_of_it(
        knowledge: Knowledge, claim: str, left: str, right: str) -> None:
    read = _ordering(claim, knowledge)
    assert read is not None and (read.left, read.right) == (left, right)


def test_a_clause_with_its_own_subject_keeps_it(knowledge: Knowledge) -> None:
    read = _ordering("The vote took place before engineers made changes", knowledge)
    assert read is not None and read.right == "engineers made changes"


@pytest.mark.parametrize(("claim", "holds"), [
    ("The incidents took place before workers were trained", True),
    ("Workers were trained after the incidents", True),
    ("Workers were trained before the incidents", False),
    ("The incidents took place after workers were trained", False),
])
def test_a_fact_s_own_order_is_read_side_by_side(knowledge: Knowledge, claim: str,
                                                 holds: bool) -> None:
    ordering = _ordering(claim, knowledge)
    assert ordering is not None
    statement = "After the incidents, over 1,200 workers were trained."
    assert order_stated(ordering, statement, knowledge.vocab) is holds


def test_a_negation_is_left_to_the_verdict_not_to_the_events(knowledge: Knowledge) -> None:
    read = _ordering("Lithuania did not leave the treaty before the vote", knowledge)
    assert read is not None and read.left == "Lithuania did leave the treaty"


@pytest.mark.parametrize("claim", [
    "Lithuania will finish the project before 2030",  # a bound the verifier checks
    "Lithuania left the treaty shortly after the vote",  # a gap no date can check
    "Lithuania is following the vote",  # the verb
    "Lithuania left the treaty the following year",
    "Lithuania left the treaty before the vote and after the referendum",
    "Lithuania left the treaty",
])
def test_what_orders_no_two_events_is_not_read(knowledge: Knowledge, claim: str) -> None:
    assert _ordering(claim, knowledge) is None


@pytest.mark.parametrize(("claim", "left", "gap"), [
    ("Lithuania left the treaty six months after the vote", "Lithuania left the treaty",
     "six months"),
    ("Lithuania left the treaty a week after the vote", "Lithuania left the treaty", "a week"),
    ("Lithuania left the treaty slightly less than a day after the vote",
     "Lithuania left the treaty", "slightly less than a day"),
    ("Lithuania left the treaty just a few hours after the vote", "Lithuania left the treaty",
     "just a few hours"),
    ("Lithuania left the treaty the day after the vote", "Lithuania left the treaty",
     "the day"),
])
def test_a_gap_before_the_connective_is_read_apart_from_the_event(
        knowledge: Knowledge, claim: str, left: str, gap: str) -> None:
    read = _ordering(claim, knowledge)
    assert read is not None and read.gap is not None
    assert (read.left, read.right, read.gap.wording) == (left, "the vote", gap)


def _gap(wording: str, knowledge: Knowledge) -> Gap:
    read = _ordering(f"Lithuania left the treaty {wording} after the vote", knowledge)
    assert read is not None and read.gap is not None
    return read.gap


def _on(day: int, month: int = 8, clock: float | None = None, year: bool = True) -> Dated:
    when = float(date(2024, month, day).toordinal())
    return Dated("", None, "", (when, when), 1.0, yearless=not year,  # type: ignore[arg-type]
                 clock=None if clock is None else (clock, ("utc",), ""))


@pytest.mark.parametrize(("gap", "earlier", "later", "holds"), [
    # a day apart, with no time of day: anything from a moment to two days
    ("a week", _on(20), _on(21), False),
    ("a day", _on(20), _on(21), None),
    ("the day", _on(20), _on(21), True),
    ("the day", _on(20), _on(22), False),
    # the times of day make it exact: 24 hours 41 minutes
    ("a day", _on(20, clock=165), _on(21, clock=206), True),
    ("slightly more than a day", _on(20, clock=165), _on(21, clock=206), True),
    ("slightly less than a day", _on(20, clock=165), _on(21, clock=206), False),
    ("just a few hours", _on(20, clock=165), _on(21, clock=206), False),
    ("just under 25 hours", _on(20, clock=165), _on(21, clock=206), True),
    ("more than two days", _on(20, clock=165), _on(21, clock=206), False),
    ("a few hours", _on(20, clock=60), _on(20, clock=240), None),  # vague: never borne out
    # a day without its year is not set against a dated one
    ("a week", _on(20, year=False), _on(21), None),
    ("a week", _on(20, year=False), _on(21, year=False), False),
])
def test_a_gap_holds_only_when_every_gap_the_dates_allow_agrees(
        knowledge: Knowledge, gap: str, earlier: Dated, later: Dated,
        holds: bool | None) -> None:
    assert gap_holds(_gap(gap, knowledge), earlier, later) is holds


def _spanning(first: tuple[int, int, int], last: tuple[int, int, int]) -> Dated:
    return Dated("", None, "", (_day(*first), _day(*last)), 1.0)  # type: ignore[arg-type]


def test_months_and_years_allow_every_gap_between_their_days(knowledge: Knowledge) -> None:
    in_2021 = _spanning((2021, 1, 1), (2021, 12, 31))
    december_2023 = _spanning((2023, 12, 1), (2023, 12, 31))
    assert gap_holds(_gap("less than four years", knowledge), in_2021, december_2023) is True
    # 1 January 2021 to 31 December 2023 is all but three years: too near to tell
    assert gap_holds(_gap("less than three years", knowledge), in_2021, december_2023) is None
    assert gap_holds(_gap("more than two years", knowledge), in_2021, december_2023) is None
    assert gap_holds(_gap("less than a year", knowledge), in_2021, december_2023) is False


@pytest.mark.parametrize(("claim", "event", "times", "wording"), [
    ("Lithuania will vote twice more", "Lithuania will vote", 2, "twice more"),
    ("Lithuania will vote two more times", "Lithuania will vote", 2, "two more times"),
    ("Lithuania will hold only one more vote", "Lithuania will hold vote", 1, "only one more"),
    ("Lithuania will vote just once more", "Lithuania will vote", 1, "just once more"),
    ("Lithuania will hold exactly three more votes", "Lithuania will hold votes", 3,
     "exactly three more"),
])
def test_a_count_of_further_times_is_read_apart_from_the_event(
        knowledge: Knowledge, claim: str, event: str, times: int, wording: str) -> None:
    read = read_occasions(claim, analyse(claim, knowledge.vocab), knowledge.vocab)
    assert read is not None and (read.event, read.times, read.wording) == (event, times, wording)


@pytest.mark.parametrize("claim", [
    "Lithuania will vote at least twice more",  # a bound, not a count
    "Lithuania will spend more money",
    "Lithuania will vote once more than Latvia",
    "Lithuania will vote one more",  # no event after the count
])
def test_what_counts_no_further_times_is_not_read(knowledge: Knowledge, claim: str) -> None:
    assert read_occasions(claim, analyse(claim, knowledge.vocab), knowledge.vocab) is None


def test_a_count_is_left_open_when_another_fact_dates_the_event_too() -> None:
    """Two test runs listed in one fact, and a third in another: not 'two more'."""
    knowledge = tramway_with(("late-test-run", "A test run on the extension is planned for May "
                              "2029.", ["tram-extension"], []))
    claim = "Two more test runs on the extension are planned."
    assert verify_claim(claim, knowledge).verdict == NOT_ENOUGH_INFO


def _days(text: str, knowledge: Knowledge) -> tuple[float, float] | None:
    reading = analyse(text, knowledge.vocab)
    mention = next(q for q in reading.quantities if q.dimension == "date")
    return date_interval(reading.tokens, mention, knowledge.vocab)


def _day(year: int, month: int, day: int) -> float:
    return float(date(year, month, day).toordinal())


@pytest.mark.parametrize(("text", "first", "last"), [
    ("in 2025", (2025, 1, 1), (2025, 12, 31)),
    ("in August 2025", (2025, 8, 1), (2025, 8, 31)),
    ("in February 2024", (2024, 2, 1), (2024, 2, 29)),
    ("in December 2023", (2023, 12, 1), (2023, 12, 31)),
    ("on 4 June 2024", (2024, 6, 4), (2024, 6, 4)),
    ("in the autumn of 2023", (2023, 9, 1), (2023, 11, 30)),
    ("between 2026 and 2028", (2026, 1, 1), (2028, 12, 31)),
])
def test_a_date_allows_the_days_it_spans(knowledge: Knowledge, text: str,
                                         first: tuple[int, int, int],
                                         last: tuple[int, int, int]) -> None:
    assert _days(text, knowledge) == (_day(*first), _day(*last))


def test_a_deadline_has_no_earliest_day(knowledge: Knowledge) -> None:
    assert _days("by July 2031", knowledge) == (float("-inf"), _day(2031, 7, 31))
    assert _days("before 2030", knowledge) == (float("-inf"), _day(2029, 12, 31))
    assert _days("after 2030", knowledge) == (_day(2031, 1, 1), float("inf"))


def test_a_date_only_near_another_allows_nothing_certain(knowledge: Knowledge) -> None:
    assert _days("around 2030", knowledge) is None


def test_before_a_part_of_a_year_reaches_across_it(knowledge: Knowledge) -> None:
    assert _days("before the end of 2030", knowledge) == (float("-inf"), _day(2030, 12, 30))
    assert _days("by early 2028", knowledge) == (float("-inf"), _day(2028, 4, 30))


@pytest.mark.parametrize(("claim", "turned"), [
    ("Workers were trained before the incidents", "Workers were trained after the incidents"),
    ("After the vote, Lithuania left the treaty", "Before the vote, Lithuania left the treaty"),
    ("Lithuania left the treaty prior to the vote", "Lithuania left the treaty after the vote"),
    ("Lithuania left the treaty a week after the vote", None),  # another gap, not the other order
])
def test_a_claim_turned_round_has_the_other_order_word(knowledge: Knowledge, claim: str,
                                                       turned: str | None) -> None:
    ordering = _ordering(claim, knowledge)
    assert ordering is not None
    assert turned_round(claim, ordering, knowledge.vocab) == turned


def test_one_date_for_two_events_in_one_fact_dates_neither() -> None:
    """'The vote lined the council up for its decision at 9:00 a.m. on 4 June' gives the
    time of one of them, not of both: no gap between them follows from it."""
    knowledge = tramway_with(("vote-led-to-decision", "The public vote lined the council up for "
                              "its decision on the depot at 9:00 a.m. on 4 June.",
                              ["meridia-council"], []))
    claim = "The public vote took place less than a day before the council's decision on the depot."
    assert verify_claim(claim, knowledge).verdict == NOT_ENOUGH_INFO


@pytest.mark.parametrize(("claim", "first", "second", "wording"), [
    ("The vote and the referendum were a year apart", "The vote", "the referendum",
     "a year apart"),
    ("Lithuania's exits from the treaty and from the alliance fell on consecutive days",
     "Lithuania's exits from the treaty", "Lithuania's exits from the alliance",
     "on consecutive days"),
    ("Lithuania's vote and its exit were just under 25 hours apart", "Lithuania's vote",
     "Lithuania's exit", "just under 25 hours apart"),
])
def test_two_events_set_apart_either_way_round(knowledge: Knowledge, claim: str, first: str,
                                               second: str, wording: str) -> None:
    read = read_apart(claim, analyse(claim, knowledge.vocab), knowledge.vocab)
    assert read is not None and read.either_way
    assert (read.left, read.right, read.wording) == (first, second, wording)


def test_events_counted_two_are_set_apart_as_one_side(knowledge: Knowledge) -> None:
    claim = "Lithuania's two votes after the referendum were a year apart"
    read = read_apart(claim, analyse(claim, knowledge.vocab), knowledge.vocab)
    assert read is not None and read.both
    assert (read.left, read.right) == ("Lithuania's votes after the referendum", "")


@pytest.mark.parametrize("claim", [
    "The vote and the referendum were far apart",  # no gap a date can check
    "Lithuania's three votes were a year apart",  # three gaps, not one
    "The vote, the referendum and the exit were a year apart",
    "The vote was a year apart",
    "The vote took place on the following days",
])
def test_what_sets_no_two_events_apart_is_not_read(knowledge: Knowledge, claim: str) -> None:
    assert read_apart(claim, analyse(claim, knowledge.vocab), knowledge.vocab) is None


def _with_purpose_after_test_runs(statement: str, section: str = "Introduction",
                                  labels: tuple[str, str] | None = None) -> Knowledge:
    """The tramway store with ``statement`` just after its fact dating the test runs, whose
    two dates the store may label."""
    tramway = json.loads((DATA / "stores" / "tramway.json").read_text(encoding="utf-8"))
    at = next(i for i, fact in enumerate(tramway["facts"]) if fact["id"] == "test-runs")
    if labels is not None:
        tramway["facts"][at]["quantities"] = [
            {"value": year, "unit": "year", "qualifier": "exact", "measure": measure}
            for year, measure in zip((2027, 2028), labels, strict=True)]
    tramway["facts"].insert(at + 1, {
        "id": "runs-before-service", "source": "meridia-tram-extension", "section": section,
        "topic": "tram", "statement": statement,
        "subject": ["tram-extension"], "entities": ["tram-extension"]})
    return compile_knowledge("tramway.json", json.dumps(tramway).encode(), lexicon_bytes())


_PURPOSE = "Each of these runs gives the crews practice they need to open the extension by 2030."


@pytest.mark.parametrize(("claim", "label"), [
    ("The crews will open the extension after the final test run.", SUPPORTED),
    ("The crews will open the extension before the final test run.", REFUTED),
    ("Only one more test run on the extension is planned before the crews open it.", REFUTED),
])
def test_what_the_events_before_are_the_means_to_comes_after_them(claim: str,
                                                                  label: str) -> None:
    """'by 2030' alone allows any day before October 2028: 'these runs', the means to the
    opening, are the test runs of the fact before, so the opening comes after them."""
    knowledge = _with_purpose_after_test_runs(_PURPOSE)
    assert verify_claim(claim, knowledge).verdict == label


@pytest.mark.parametrize(("statement", "section"), [
    (_PURPOSE, "Costs and timetable"),  # 'these runs' are not those of a fact in another section
    ("Each run gives the crews practice they need to open the extension by 2030.",
     "Introduction"),  # not the runs of the fact before
])
def test_means_that_are_not_the_fact_before_s_events_order_nothing(statement: str,
                                                                     section: str) -> None:
    knowledge = _with_purpose_after_test_runs(statement, section)
    claim = "The crews will open the extension after the final test run."
    assert verify_claim(claim, knowledge).verdict == NOT_ENOUGH_INFO


@pytest.mark.parametrize(("labels", "label"), [
    (("first test run", "second test run"), SUPPORTED),
    # the dates before are labelled as something other than 'these runs'
    (("spring timetable check", "autumn timetable check"), NOT_ENOUGH_INFO),
])
def test_the_means_are_the_dates_the_store_says_are_theirs(labels: tuple[str, str],
                                                            label: str) -> None:
    knowledge = _with_purpose_after_test_runs(_PURPOSE, labels=labels)
    claim = "The crews will open the extension after the March 2027 test run."
    assert verify_claim(claim, knowledge).verdict == label


@pytest.mark.parametrize(("claim", "event"), [
    ("After the vote, Lithuania's next border project is planned for March 2027",
     "Lithuania's next border project is planned"),
    ("Lithuania's next border project after the vote is in March 2027",
     "Lithuania's next border project"),
])
def test_a_picked_event_and_its_date_are_read(knowledge: Knowledge, claim: str,
                                              event: str) -> None:
    read = read_selection(claim, analyse(claim, knowledge.vocab), knowledge.vocab)
    assert read is not None and (read.event, read.picking, read.date) == (
        event, "next", "March 2027")
    assert read.frame is not None and read.frame.right == "the vote"


@pytest.mark.parametrize("claim", [
    "Lithuania's border project is planned for March 2027",  # nothing picked
    "Lithuania's first and last border projects are planned for 2027",
    "Lithuania's final border project is planned by 2030",  # a bound
    "Lithuania's last border project before the vote in 2027",  # no verb after the frame
])
def test_what_picks_no_event_for_a_date_is_not_read(knowledge: Knowledge, claim: str) -> None:
    assert read_selection(claim, analyse(claim, knowledge.vocab), knowledge.vocab) is None


def _with_stations_reached(measure: str) -> Knowledge:
    """The tramway store with a second station, and the years the line reaches each."""
    tramway = json.loads((DATA / "stores" / "tramway.json").read_text(encoding="utf-8"))
    tramway["entities"].append({"id": "harbour-station", "name": "Harbour Station",
                                "kind": "station", "aliases": [], "member_of": []})
    for station, year, measured in (("Harbour Station", 2027, "arrival at Harbour Station"),
                                    ("Central Station", 2029, measure)):
        entity = station.lower().replace(" ", "-")
        tramway["facts"].append({
            "id": f"{entity}-reached", "source": "meridia-tram-extension",
            "section": "Introduction", "topic": "tram",
            "statement": f"The new line will reach {station} in {year}.",
            "subject": ["tram-extension"], "entities": ["tram-extension", entity],
            "quantities": [{"value": year, "unit": "year", "qualifier": "exact",
                            "measure": measured}]})
    return compile_knowledge("tramway.json", json.dumps(tramway).encode(), lexicon_bytes())


@pytest.mark.parametrize(("claim", "label"), [
    ("The new line will reach Harbour Station before Central Station.", SUPPORTED),
    ("The new line will reach Harbour Station after Central Station.", REFUTED),
])
def test_a_name_alone_is_the_event_its_one_measured_date_dates(claim: str, label: str) -> None:
    """'before Central Station': reaching it, as the other side reaches a station, dated
    by the year the store says measures the line's arrival there."""
    knowledge = _with_stations_reached("arrival at Central Station")
    assert verify_claim(claim, knowledge).verdict == label


@pytest.mark.parametrize(("claim", "measure"), [
    # its year measures nothing said of Central Station
    ("The new line will reach Harbour Station before Central Station.", "line opening"),
    # beside no event with a station in it: what the name stands for is open
    ("The final test run on the extension is planned before Central Station.",
     "arrival at Central Station"),
])
def test_a_name_without_its_event_and_date_is_no_event(claim: str, measure: str) -> None:
    assert verify_claim(claim, _with_stations_reached(measure)).verdict == NOT_ENOUGH_INFO


def _with_votes_held() -> Knowledge:
    return tramway_with(("public-votes", "Meridia held public votes on the tram in May 2019 and "
                         "March 2021.", ["meridia"], []))


@pytest.mark.parametrize(("claim", "label"), [
    ("Meridia's previous public vote on the tram was in March 2021.", SUPPORTED),
    ("Meridia's previous public vote on the tram was in May 2019.", REFUTED),
    ("Meridia's first public vote on the tram was in May 2019.", SUPPORTED),
    # 'next' picks among what is still to come: both votes were held
    ("Meridia's next public vote on the tram is in March 2021.", NOT_ENOUGH_INFO),
])
def test_previous_picks_among_what_is_done(claim: str, label: str) -> None:
    assert verify_claim(claim, _with_votes_held()).verdict == label


def test_a_word_that_picks_among_what_is_done_must_be_a_selector() -> None:
    raw = dict(lexicon_bytes())
    cues = json.loads(raw["cues.json"])
    cues["ordering"]["already_done"].append("earlier")
    raw["cues.json"] = json.dumps(cues).encode()
    with pytest.raises(StoreError, match=r"ordering\.already_done\[1\]"):
        load_lexicon(raw)


@pytest.mark.parametrize("claim", [
    "The final test run on the extension is planned for October 2028.",
    "Two more test runs on the extension are planned.",
])
@pytest.mark.parametrize(("labels", "label"), [
    (("first test run", "second test run"), SUPPORTED),
    # the store says these dates measure something else: not the test runs' to pick or count
    (("spring timetable check", "autumn timetable check"), NOT_ENOUGH_INFO),
])
def test_listed_dates_are_ones_the_store_says_are_of_the_event(
        claim: str, labels: tuple[str, str], label: str) -> None:
    tramway = json.loads((DATA / "stores" / "tramway.json").read_text(encoding="utf-8"))
    runs = next(fact for fact in tramway["facts"] if fact["id"] == "test-runs")
    runs["quantities"] = [{"value": year, "unit": "year", "qualifier": "exact",
                           "measure": measure} for year, measure in zip((2027, 2028), labels,
                                                                        strict=True)]
    knowledge = compile_knowledge("tramway.json", json.dumps(tramway).encode(), lexicon_bytes())
    assert verify_claim(claim, knowledge).verdict == label


def _with_vote_and_sale(statement: str) -> Knowledge:
    return tramway_with(("vote-then-sale", statement, ["meridia-council"], []))


@pytest.mark.parametrize(("claim", "label"), [
    ("The depot sale took place after the council vote.", SUPPORTED),
    ("The council vote took place after the depot sale.", REFUTED),
    ("The depot sale took place before the council vote.", REFUTED),
])
def test_a_fact_telling_events_in_order_orders_them(claim: str, label: str) -> None:
    """Every word of either order is in 'the vote set up the sale two weeks later': the
    order the fact tells them in decides."""
    knowledge = _with_vote_and_sale("The council vote set up the depot sale two weeks later.")
    assert verify_claim(claim, knowledge).verdict == label


@pytest.mark.parametrize("claim", [
    "The depot sale in Northbank took place after the council vote in Northbank.",
    "The council vote in Northbank took place after the depot sale in Northbank.",
])
def test_events_whose_words_the_fact_mixes_are_not_ordered(claim: str) -> None:
    """Northbank is said of the vote and of the sale: which words tell which event first
    is not read, and word for word the fact would support both orders."""
    knowledge = _with_vote_and_sale(
        "The council vote in Northbank set up the depot sale in Northbank two weeks later.")
    assert verify_claim(claim, knowledge).verdict == NOT_ENOUGH_INFO
