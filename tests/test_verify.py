from __future__ import annotations

from collections import Counter
from functools import cache

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from factcli.ask import verify_as_typed
from factcli.errors import UsageError
from factcli.knowledge import Knowledge, compile_knowledge, lexicon_bytes
from factcli.logic import Relation, Verdict
from factcli.verify import (
    NOT_ENOUGH_INFO,
    REFUTED,
    SUPPORTED,
    split_claim,
    verify_claim,
)
from factcli.verifying.clauses import _as_statement

from .conftest import DATA, read_jsonl, tramway_with


def verdict(claim: str, knowledge: Knowledge) -> str:
    return verify_claim(claim, knowledge).verdict


PHENOMENA = read_jsonl(DATA / "phenomena.jsonl")
FITTED = read_jsonl(DATA / "claims.jsonl")


@pytest.fixture(scope="session")
def stores(knowledge: Knowledge) -> dict[str, Knowledge]:
    """The shipped store, and a small store on another subject so that nothing here passes
    by being written for the shipped article."""
    small = {name: DATA / "stores" / f"{name}.json"
             for name in ("tramway", "harbour", "observatory", "ferry")}
    return {"shipped": knowledge} | {
        name: compile_knowledge(str(path), path.read_bytes(), lexicon_bytes())
        for name, path in small.items()}


@pytest.mark.parametrize("item", PHENOMENA, ids=[i["claim"] for i in PHENOMENA])
def test_phenomenon(stores: dict[str, Knowledge], item: dict) -> None:
    result = verify_claim(item["claim"], stores[item["store"]])
    assert result.verdict == item["label"], (item["phenomenon"], result.explanation)


def test_phenomena_cover_both_stores_and_every_label() -> None:
    assert {i["store"] for i in PHENOMENA} == {"shipped", "tramway", "harbour", "observatory",
                                               "ferry"}
    assert Counter(i["label"] for i in PHENOMENA).keys() == {SUPPORTED, REFUTED,
                                                             NOT_ENOUGH_INFO}


@pytest.mark.parametrize("item", FITTED, ids=[i["claim"] for i in FITTED])
def test_labelled_claim_is_never_judged_the_wrong_way(knowledge: Knowledge, item: dict) -> None:
    """The first round's claims: a verdict may fall back to NOT ENOUGH INFO where the
    general engine cannot read a paraphrase, but never the other way round."""
    got = verdict(item["claim"], knowledge)
    assert got in (item["label"], NOT_ENOUGH_INFO), item.get("phenomenon")


@pytest.mark.parametrize("claim", [
    "A NATO fighter jet performed a flyby to stop Russian ships from boarding a NATO oil tanker.",
    "Lithuania is strengthening the Ottawa Convention.",
    "The project serves only military needs.",
    "Landmines were the only lesson Lithuania took from Ukraine.",
    "The eight bridges have already been renovated.",
    "Russia is fortifying its borders with Lithuania.",
])
def test_claims_the_article_contradicts_are_never_supported(knowledge: Knowledge,
                                                             claim: str) -> None:
    """Each was SUPPORTED by the first round's engine (roles swapped, another object,
    exclusivity, status, two facts joined without the second one's subject)."""
    assert verdict(claim, knowledge) != SUPPORTED


@pytest.mark.parametrize(("claim", "label"), [
    ("Meridia reduced its forecast of ridership growth for 2026.", REFUTED),
    ("Meridia reduced its forecast of ridership growth for 2030.", NOT_ENOUGH_INFO),
])
def test_the_claims_own_word_is_no_opposite_of_its_verb(claim: str, label: str) -> None:
    """'reduced its growth forecast' against 'raised its growth forecast': the claim says
    'growth' itself, so the fact's 'growth' is no opposite of its 'reduced'; 'raised' is."""
    knowledge = tramway_with(("ridership-forecast", "Meridia raised its forecast of ridership "
                              "growth for 2026.", ["meridia"],
                              [{"value": 2026, "unit": "year", "measure": "forecast year",
                                "qualifier": "exact"}]))
    assert verdict(claim, knowledge) == label


@pytest.mark.parametrize(("claim", "label"), [
    # the day of the fact's date is no count of the claim's things
    ("The survey counted 2,056 stops.", NOT_ENOUGH_INFO),
    ("The survey counted 2,056 stops on 29 May 2024.", NOT_ENOUGH_INFO),
    # … and is still set against another day
    ("Meridia published the survey of tram stops on 28 May 2024.", REFUTED),
])
def test_the_day_of_a_month_is_no_count(claim: str, label: str) -> None:
    """'on 29 May 2024' gives a day, not 29 of anything the claim counts."""
    knowledge = tramway_with(("survey-published", "Meridia published the survey of tram stops "
                              "on 29 May 2024.", ["meridia"],
                              [{"value": 2024, "unit": "year", "measure": "year the survey "
                                "was published", "qualifier": "exact"}]))
    assert verdict(claim, knowledge) == label


@pytest.mark.parametrize(("claim", "label"), [
    # another year and another count: a count of another time, which the fact does not give
    ("The survey counted 45,000 tram riders in 2024.", NOT_ENOUGH_INFO),
    # one of the two changed still contradicts
    ("The survey counted 45,000 tram riders in 2018.", REFUTED),
    ("The survey counted 31,000 tram riders in 2024.", REFUTED),
])
def test_another_year_and_another_figure_are_another_time(claim: str, label: str) -> None:
    """'45,000 in 2024' against '31,000 in 2018': two alternations join to no relation."""
    knowledge = tramway_with(("riders-2018", "In 2018 the survey counted 31,000 tram riders.",
                              ["meridia"],
                              [{"value": 31000, "unit": "count", "measure": "tram riders "
                                "counted", "qualifier": "exact"},
                               {"value": 2018, "unit": "year", "measure": "year of the count",
                                "qualifier": "exact"}]))
    assert verdict(claim, knowledge) == label


@pytest.fixture(scope="module")
def chief_executive() -> Knowledge:
    """A person named by name in what she did, and by her post in a fact that says only
    what she is; another fact names a post of someone else, in another act."""
    return tramway_with(
        ("vale-heads-corvia", "Ines Vale is the chief executive of Corvia Rail.",
         ["ines-vale", "corvia-rail"], []),
        ("vale-praised-route", "Ines Vale praised the route of the new line.",
         ["ines-vale"], []),
        ("vale-met-chairman", "Ines Vale met the chairman of Lumen Works.",
         ["ines-vale", "lumen-works"], []),
        entities=({"id": "ines-vale", "name": "Ines Vale", "kind": "person",
                   "aliases": ["Vale"], "member_of": []},))


@pytest.mark.parametrize(("claim", "label"), [
    # the subject named by the post another fact says she holds
    ("The chief executive of Corvia Rail praised the route of the new line.", SUPPORTED),
    ("Corvia Rail's chief executive praised the route of the new line.", SUPPORTED),
    # a post of another body, or one the fact gives another person in another act
    ("The chief executive of Railco praised the route of the new line.", NOT_ENOUGH_INFO),
    ("The chairman of Lumen Works praised the route of the new line.", NOT_ENOUGH_INFO),
    # what the post lends is who she is, not what she did
    ("The chief executive of Corvia Rail criticised the route of the new line.",
     NOT_ENOUGH_INFO),
    # a post with no article set off by commas after the name is a part of its own
    ("Ines Vale, chief executive of Corvia Rail, praised the route of the new line.",
     SUPPORTED),
    ("Ines Vale, chief executive of Railco, praised the route of the new line.", REFUTED),
    ("Ines Vale, in the end, praised the route of the new line.", NOT_ENOUGH_INFO),
])
def test_subject_named_by_post(claim: str, label: str, chief_executive: Knowledge) -> None:
    assert verdict(claim, chief_executive) == label


@pytest.mark.parametrize("verb", ["serves as", "served as"])
def test_serving_as_a_post_says_what_is_says(verb: str, chief_executive: Knowledge) -> None:
    """'serves as' before a post says what 'is' says of the one who holds it: the post the
    fact gives holds, another body's is contradicted."""
    assert verdict(f"Ines Vale {verb} the chief executive of Corvia Rail.",
                   chief_executive) == SUPPORTED
    assert verdict(f"Ines Vale {verb} the chief executive of Railco.",
                   chief_executive) == REFUTED


@pytest.fixture(scope="module")
def dated_days() -> Knowledge:
    """Facts dated to a day of a month, with a year and without one."""
    return tramway_with(
        ("lyon-depot-opened", "Corvia Rail opened its Lyon depot on 12 March 2025.",
         ["corvia-rail", "lyon"],
         [{"value": 2025, "unit": "year", "measure": "year the Lyon depot opened",
           "qualifier": "exact"}]),
        ("passes-since-may", "Since 4 May, residents of Northbank have been able to apply for "
         "tram passes.", ["northbank"], []))


@pytest.mark.parametrize(("claim", "label"), [
    # the day beside a month is part of that date, no figure the fact fails to give
    ("Corvia Rail opened its Lyon depot on 14 April 2025.", REFUTED),
    ("Corvia Rail opened its Lyon depot on April 14, 2025.", REFUTED),
    ("Corvia Rail opened its Lyon depot on the 9th of June 2025.", REFUTED),
    ("Corvia Rail opened its Lyon depot on 12 March 2025.", SUPPORTED),
    ("Residents of Northbank have been able to apply for tram passes since 6 June.", REFUTED),
    ("Residents of Northbank have been able to apply for tram passes since 4 May.", SUPPORTED),
    ("Northbank residents could apply for tram passes since 6 June.", REFUTED),
    # another year is another date: the year itself contradicts
    ("Corvia Rail opened its Lyon depot on 14 April 2021.", REFUTED),
])
def test_a_day_goes_with_its_month(dated_days: Knowledge, claim: str, label: str) -> None:
    """'on 17 March 2024' against 'on 17 April 2024': the claim's day is the day of its
    month, so the other month contradicts the date, not a figure left open."""
    assert verdict(claim, dated_days) == label


@pytest.mark.parametrize(("claim", "label"), [
    # the fact's 'event' is the claim's own word, not the derivation of its verb
    ("The Northbank street event has ended.", NOT_ENOUGH_INFO),
    ("The Northbank street event has finished.", NOT_ENOUGH_INFO),
    # 'is over' ends its clause: 'has ended'
    ("The Northbank street event is over.", NOT_ENOUGH_INFO),
    ("The Northbank street event is still unfolding.", SUPPORTED),
])
def test_a_noun_the_claim_says_is_no_derivation_of_its_verb(claim: str, label: str) -> None:
    """'The event has ended' against 'the event is still unfolding': 'ended' reaches 'event'
    through a derivation, but the claim says 'event' itself, so the fact does not say it."""
    knowledge = tramway_with(("street-event-goes-on", "The Northbank street event is still "
                              "unfolding, so the tram diversion is continuing.", ["northbank"],
                              []))
    assert verdict(claim, knowledge) == label


@pytest.fixture(scope="module")
def figures_of_others() -> Knowledge:
    """Facts whose figures are easily taken for another thing's: a sum whose bracket denies
    something else, a warning of what would come, a figure before a name that opens on
    'New'."""
    return tramway_with(
        ("depot-contract-sum", "The depot contract is worth 80 million euros (before tax, "
         "not counting fees).", ["depot-builders"], []),
        ("depot-warning", "Corvia Rail had warned the depot would cost 90 million euros.",
         ["corvia-rail"], []),
        ("bank-loan", "The council repaid the 30 million euros New Meridia Bank lent it.",
         ["meridia-council", "new-meridia-bank"], []),
        entities=({"id": "new-meridia-bank", "name": "New Meridia Bank", "kind": "company",
                   "aliases": [], "member_of": []},))


@pytest.mark.parametrize(("claim", "label"), [
    # a 'not' set off in a bracket denies what it sets off, not the sentence
    ("The depot contract is worth 80 million euros.", SUPPORTED),
    ("The depot contract is worth 85 million euros.", REFUTED),
    # a warning of what would come was itself given
    ("Corvia Rail's 90 million euro warning was issued in 2024.", NOT_ENOUGH_INFO),
    ("Corvia Rail has warned that the depot would cost 90 million euros.", SUPPORTED),
    # a share or a multiple of a figure is that part of it
    ("The Southbank library will cost half of the tram extension's 310 million euros.",
     SUPPORTED),
    ("The tram extension will cost double the Southbank library's 155 million euros.",
     SUPPORTED),
    ("The Southbank library will cost less than a third of the tram extension's 310 million "
     "euros.", REFUTED),
    # 'new' opening a name after a figure says no change
    ("The council repaid 35 million euros to New Meridia Bank.", REFUTED),
])
def test_a_figure_is_set_against_the_same_things_figure(figures_of_others: Knowledge,
                                                         claim: str, label: str) -> None:
    assert verdict(claim, figures_of_others) == label


@pytest.fixture(scope="module")
def figures_of_other_things() -> Knowledge:
    """Figures a claim's figure of another thing shares a word or a name with: the height
    of walls in storeys of a building, the length of a ring around a district, a fall in
    a company's sales."""
    return tramway_with(
        ("wall-height", "Corvia Rail's workers are building flood walls as tall as "
         "two-storey buildings.", ["corvia-rail"],
         [{"value": 2, "unit": "count", "qualifier": "exact",
           "measure": "storeys of building height matched by the flood walls"}]),
        ("northbank-ring", "A nine-kilometre ring of flood walls is being built around "
         "Northbank.", ["northbank"],
         [{"value": 9, "unit": "km", "qualifier": "exact",
           "measure": "length of the flood wall ring around Northbank"}]),
        ("ticket-sales-fell", "Corvia Rail's ticket sales fell 4% in 2024.", ["corvia-rail"],
         [{"value": 4, "unit": "percent", "qualifier": "exact",
           "measure": "fall in Corvia Rail ticket sales"},
          {"value": 2024, "unit": "year", "qualifier": "exact", "measure": "year of the fall"}]))


@pytest.mark.parametrize(("claim", "label"), [
    # paired by a name alone, a figure of what the fact does not say ('from Lyon')
    ("Northbank lies about 20 km from Lyon.", NOT_ENOUGH_INFO),
    ("Corvia Rail plans to cut 10% of its workforce.", NOT_ENOUGH_INFO),
    # … while the fact's own figure, said of what it measures, is still contradicted
    ("The ring of flood walls around Northbank is 12 km long.", REFUTED),
    ("Corvia Rail's ticket sales fell 9% in 2024.", REFUTED),
])
def test_a_figure_of_another_thing_is_no_contradiction(figures_of_other_things: Knowledge,
                                                       claim: str, label: str) -> None:
    assert verdict(claim, figures_of_other_things) == label


@pytest.mark.parametrize(("claim", "label"), [
    ("Corvia Rail's fares will rise by 3% in 2026.", NOT_ENOUGH_INFO),  # a later rise
    ("Corvia Rail expects its fares to keep rising in 2026.", NOT_ENOUGH_INFO),
    ("Corvia Rail's fares rose by 3% in 2024.", REFUTED),  # the fact's own rise
    ("Corvia Rail's fares rose by 6% in 2022.", REFUTED),  # told as done, at another year
])
def test_a_change_to_come_after_the_facts_is_another_change(claim: str, label: str) -> None:
    """A rise or a fall is told of its own time: one still to come, after the year of the
    fact's, is another change, neither its year nor its size the fact's."""
    knowledge = tramway_with(("fares-rose", "Corvia Rail's fares rose 6% in 2024.",
                              ["corvia-rail"],
                              [{"value": 6, "unit": "percent", "measure": "rise in fares",
                                "qualifier": "exact"},
                               {"value": 2024, "unit": "year", "measure": "year of the rise",
                                "qualifier": "exact"}]))
    assert verdict(claim, knowledge) == label


@pytest.mark.parametrize(("claim", "label"), [
    ("Recent delays have shown the need for a second depot.", SUPPORTED),
    ("Recent delays show the need for a second depot.", SUPPORTED),
    ("Cyclists used the tram lane.", NOT_ENOUGH_INFO),  # only what the closure would stop
])
def test_a_purpose_inside_a_phrase_set_off_by_commas_is_not_the_sentences(
        claim: str, label: str) -> None:
    """'Recent delays, such as a closure to stop cyclists using the tram lane, have shown
    ...': what the closure set out to prevent is only supposed, but the sentence's own verb,
    after the closing comma, is said of the delays."""
    knowledge = tramway_with(("delays", "Recent delays, such as a closure of Central Station "
                              "to stop cyclists from using the tram lane, have shown the need "
                              "for a second depot.", ["central-station"], []))
    assert verdict(claim, knowledge) == label


@pytest.mark.parametrize(("claim", "label"), [
    ("The council banned the depot plan.", REFUTED),  # to approve is to permit
    ("Corvia Rail increased its hiring in 2024.", REFUTED),  # to slow is to decrease
    ("Corvia Rail cut 200 jobs in 2024.", REFUTED),  # to add is to increase
    ("The flood wall helps Northbank.", NOT_ENOUGH_INFO),  # 'help' is opposed to 'prevent'
    ("Corvia Rail increased its hiring in 2025.", NOT_ENOUGH_INFO),  # at another time
])
def test_a_kind_of_an_opposed_act_is_opposed(claim: str, label: str) -> None:
    """A fact verb whose first sense WordNet puts under the sense in which two lexicon groups
    are opposed is opposed to the other group's verbs, where the rest of the claim holds."""
    knowledge = tramway_with(
        ("depot-plan", "The council approved the depot plan.", ["meridia-council"], []),
        ("hiring", "Corvia Rail slowed its hiring in 2024.", ["corvia-rail"], []),
        ("jobs", "Corvia Rail added 200 jobs in 2024.", ["corvia-rail"], []),
        ("flood-wall", "The flood wall protects Northbank from high tides.", ["northbank"], []))
    assert verdict(claim, knowledge) == label


@pytest.mark.parametrize(("claim", "label"), [
    # to market is, in WordNet, a kind of selling only in its fourth sense
    ("Corvia Rail marketed tram souvenirs at the depot.", SUPPORTED),
    ("Corvia Rail donated tram souvenirs at the depot.", NOT_ENOUGH_INFO),  # another act
    ("Corvia Rail collected tram souvenirs at the depot.", NOT_ENOUGH_INFO),
    ("Corvia Rail marketed tram tickets at the depot.", NOT_ENOUGH_INFO),  # not all the rest
    ("The council marketed tram souvenirs at the depot.", NOT_ENOUGH_INFO),
])
def test_a_verb_linked_only_at_a_lower_sense_stands_for_the_facts_act(
        claim: str, label: str) -> None:
    knowledge = tramway_with(("souvenirs", "Corvia Rail sold tram souvenirs at the depot.",
                              ["corvia-rail"], []))
    assert verdict(claim, knowledge) == label


@pytest.mark.parametrize(("claim", "label"), [
    ("Ada Brisk described the depot plan as a gamble.", SUPPORTED),
    ("Ada Brisk portrayed the depot plan as a gamble.", SUPPORTED),
    ("Ada Brisk presented the depot plan.", NOT_ENOUGH_INFO),  # no 'as': another act
    ("Ada Brisk described the tram plan as a gamble.", NOT_ENOUGH_INFO),
])
def test_a_verb_of_asserting_says_what_the_facts_said_says(claim: str, label: str) -> None:
    knowledge = tramway_with(
        ("brisk-gamble", "Ada Brisk said the depot plan was a gamble.", ["ada-brisk"], []),
        entities=({"id": "ada-brisk", "name": "Ada Brisk", "kind": "person", "aliases": [],
                   "member_of": []},))
    assert verdict(claim, knowledge) == label


_SPEAKERS = ({"id": "ada-brisk", "name": "Ada Brisk", "kind": "person", "aliases": [],
              "member_of": []},
             {"id": "tomas-vell", "name": "Tomas Vell", "kind": "person", "aliases": [],
              "member_of": []})


@pytest.mark.parametrize(("claim", "label"), [
    ("Ada Brisk heads Corvia Rail.", SUPPORTED),  # its chief executive is one in charge
    ("Ada Brisk heads Lumen Works.", REFUTED),  # another body in the same place
    ("Ada Brisk founded Corvia Rail.", NOT_ENOUGH_INFO),  # another act
    ("Tomas Vell heads Railco.", NOT_ENOUGH_INFO),  # 'the former chairman' is no longer
    ("Tomas Vell heads Lumen Works.", SUPPORTED),  # 'Lumen Works's chairman'
])
def test_to_head_a_body_is_to_be_the_one_in_charge_of_it(claim: str, label: str) -> None:
    knowledge = tramway_with(
        ("brisk-corvia", "Ada Brisk is the chief executive of Corvia Rail.", ["ada-brisk"], []),
        ("vell-railco", "Tomas Vell is the former chairman of Railco.", ["tomas-vell"], []),
        ("vell-lumen", "Lumen Works's chairman is Tomas Vell.", ["lumen-works"], []),
        entities=_SPEAKERS)
    assert verdict(claim, knowledge) == label


@pytest.mark.parametrize(("claim", "label"), [
    ("The Northbank depot sits some 12 km east of Meridia.", SUPPORTED),
    ("The Northbank depot stands about 12 km east of Meridia.", SUPPORTED),
    ("The Northbank depot sits some 30 km east of Meridia.", REFUTED),
    ("The Northbank depot sits some 12 km west of Meridia.", REFUTED),
])
def test_a_verb_of_position_before_a_distance_only_says_where(claim: str, label: str) -> None:
    """'sits 12 km east of Meridia' is where the thing lies, as 'is' would say it; no
    opposite of the fact's 'lies' (WordNet's sitting and lying are postures)."""
    knowledge = tramway_with(("depot-distance", "The Northbank depot lies 12 km east of Meridia.",
                              ["northbank", "meridia"],
                              [{"value": 12, "unit": "km", "measure": "distance from Meridia",
                                "qualifier": "exact"}]))
    assert verdict(claim, knowledge) == label


@pytest.mark.parametrize(("claim", "label"), [
    ("The Northbank depot is located about 12 km south-west of Meridia.", SUPPORTED),
    ("The Northbank depot lies some 12 km south-west of Meridia.", SUPPORTED),
    ("The Northbank depot is located about 30 km south-west of Meridia.", REFUTED),
])
def test_a_verb_of_position_before_a_distance_and_a_direction_of_two_words(
        claim: str, label: str) -> None:
    """'located 12 km south-west of Meridia': the direction may take two words before the
    place the distance is counted from, and the verb still only says where, as 'is' does."""
    knowledge = tramway_with(("depot-distance", "The Northbank depot is 12 km south-west of "
                              "Meridia.", ["northbank", "meridia"],
                              [{"value": 12, "unit": "km", "measure": "distance from Meridia",
                                "qualifier": "exact"}]))
    assert verdict(claim, knowledge) == label


@pytest.fixture(scope="module")
def governed() -> Knowledge:
    return tramway_with(
        ("state-grant", "The Ostrian government has confirmed a grant of 6 million euros for "
         "the tram extension.", ["ostrian-government", "tram-extension"],
         [{"value": 6000000, "unit": "EUR", "measure": "grant", "qualifier": "exact"}]),
        entities=({"id": "ostria", "name": "Ostria", "kind": "country",
                   "aliases": ["Ostrian"], "member_of": []},
                  {"id": "ostrian-government", "name": "Ostrian government",
                   "kind": "government", "aliases": [], "member_of": []}))


@pytest.mark.parametrize(("claim", "label"), [
    ("Ostria has confirmed a grant of 6 million euros for the tram extension.", SUPPORTED),
    ("Ostria's government has confirmed a 6 million euro grant for the tram extension.",
     SUPPORTED),
    ("Ostria has confirmed a grant of 9 million euros for the tram extension.", REFUTED),
    ("France has confirmed a grant of 6 million euros for the tram extension.", NOT_ENOUGH_INFO),
])
def test_a_place_stands_for_the_government_named_after_it(governed: Knowledge, claim: str,
                                                           label: str) -> None:
    """'Ostria confirmed a grant' is what 'the Ostrian government confirmed it' says: news
    writes a country's name for its government; another country's is another doer."""
    assert verdict(claim, governed) == label


@pytest.mark.parametrize(("claim", "label"), [
    ("Corvia Rail owns 40% of Lumen Works.", SUPPORTED),
    ("Corvia Rail owns about two-fifths of Lumen Works.", SUPPORTED),
    ("Corvia Rail owns a stake in Lumen Works.", SUPPORTED),
    ("Corvia Rail owns 60% of Lumen Works.", REFUTED),
    ("Corvia Rail owns Lumen Works.", NOT_ENOUGH_INFO),  # all of it
    ("Railco owns 40% of Lumen Works.", NOT_ENOUGH_INFO),
])
def test_to_own_a_part_is_to_hold_a_stake(claim: str, label: str) -> None:
    """'owns 40% of Lumen Works' is what 'holds a 40% stake in Lumen Works' says; owning
    it with no part named says all of it."""
    knowledge = tramway_with(
        ("lumen-stake", "Corvia Rail holds a 40% stake in Lumen Works.",
         ["corvia-rail", "lumen-works"],
         [{"value": 40, "unit": "percent", "measure": "Corvia Rail's stake in Lumen Works",
           "qualifier": "exact"}]))
    assert verdict(claim, knowledge) == label


@pytest.mark.parametrize(("claim", "label"), [
    ("Season tickets accounted for 30% of Corvia Rail's fares.", SUPPORTED),
    ("Season tickets represented 30 percent of Corvia Rail's fares.", SUPPORTED),
    ("Season tickets accounted for 40% of Corvia Rail's fares.", REFUTED),
    ("Season tickets accounted for 30% of Corvia Rail's tram stops.", NOT_ENOUGH_INFO),
    ("Day tickets made up 45% of Corvia Rail's fares.", SUPPORTED),  # the fact's plain 'were'
    ("Day tickets accounted for 60% of Corvia Rail's fares.", REFUTED),
])
def test_a_verb_of_a_share_says_what_another_says(claim: str, label: str) -> None:
    """'accounted for 30% of' is what 'made up 30% of' (or 'were 30% of') says: a verb
    that gives a part's share of a whole, before the share; the shares are still weighed."""
    knowledge = tramway_with(
        ("season-share", "Season tickets made up 30% of Corvia Rail's fares.", ["corvia-rail"],
         [{"value": 30, "unit": "percent", "measure": "season tickets' share of fares",
           "qualifier": "exact"}]),
        ("day-share", "Day tickets were 45% of Corvia Rail's fares.", ["corvia-rail"],
         [{"value": 45, "unit": "percent", "measure": "day tickets' share of fares",
           "qualifier": "exact"}]))
    assert verdict(claim, knowledge) == label


@pytest.mark.parametrize(("claim", "label"), [
    ("The regional approval of the tram extension came in May 2024.", SUPPORTED),
    ("The national approval of the tram extension came in May 2024.", NOT_ENOUGH_INFO),
    ("The regional approval of the tram extension came in June 2024.", REFUTED),
])
def test_a_word_of_the_owners_name_says_whose_the_thing_is(claim: str, label: str) -> None:
    """'the regional approval' against 'the regional government's approval': a word of the
    owner's name before the thing says whose it is, as the fact's possessive does."""
    knowledge = tramway_with(
        ("regional-approval", "The regional government's approval of the tram extension came "
         "in May 2024.", ["regional-government", "tram-extension"], []),
        entities=({"id": "regional-government", "name": "regional government",
                   "kind": "government", "aliases": [], "member_of": []},))
    assert verdict(claim, knowledge) == label


@pytest.mark.parametrize(("claim", "label"), [
    ("The council will tear down the old tram shed.", REFUTED),
    ("The council plans the demolition of the old tram shed.", REFUTED),
    ("The council will retain the old tram shed.", SUPPORTED),
    ("The council will tear down the new tram shed.", NOT_ENOUGH_INFO),
])
def test_preserving_a_thing_is_opposed_to_doing_away_with_it(claim: str, label: str) -> None:
    """'preserve' and 'retain' against 'demolish', 'scrap', 'abolish', 'tear down' (the
    lexicon's 'preserve' and 'abolish' groups), said of the same thing."""
    knowledge = tramway_with(("old-shed", "The council will preserve the old tram shed.",
                              ["meridia-council"], []))
    assert verdict(claim, knowledge) == label


@pytest.mark.parametrize(("claim", "label"), [
    ("The Meridia ferry crosses the Aegean Sea.", REFUTED),
    ("The Meridia ferry crosses the Adriatic Sea.", SUPPORTED),
    ("The Meridia ferry also crosses the Aegean Sea.", NOT_ENOUGH_INFO),  # one more
])
def test_a_name_of_two_words_is_one_substitution(claim: str, label: str) -> None:
    """'the Aegean Sea' against 'the Adriatic Sea': WordNet's sea and the name its last word
    makes are one name in the fact's place, not two (which no short claim could outweigh)."""
    knowledge = tramway_with(
        ("ferry-route", "The Meridia ferry crosses the Adriatic Sea.", ["meridia"], []),
        entities=({"id": "adriatic", "name": "Adriatic Sea", "kind": "sea", "aliases": [],
                   "member_of": []},))
    assert verdict(claim, knowledge) == label


@pytest.mark.parametrize(("claim", "label"), [
    ("Meridia's grant for the new Southbank library building was 3 million euros.", REFUTED),
    ("Meridia's grant for the new Southbank library building was 8 million euros.", SUPPORTED),
    ("Meridia's loan for the new Southbank library building was 3 million euros.",
     NOT_ENOUGH_INFO),  # another thing the figure is of
    ("The Southbank library will be 300 metres long.", NOT_ENOUGH_INFO),
])
def test_a_figure_after_a_copula_measures_the_subject(claim: str, label: str) -> None:
    """"The city's grant for the new library building was €3m": what a copula says of the
    subject measures its head noun ('grant'), however many words stand between them."""
    knowledge = tramway_with(
        ("library-grant", "Meridia backed the new Southbank library with a grant of 8 million "
         "euros.", ["meridia", "southbank-library"],
         [{"value": 8000000, "unit": "EUR", "measure": "grant", "qualifier": "exact"}]),
        ("footbridge", "The city will build a footbridge over the river to Northbank, 300 "
         "metres in length.", ["meridia", "northbank"],
         [{"value": 300, "unit": "m", "measure": "footbridge length", "qualifier": "exact"}]))
    assert verdict(claim, knowledge) == label


def test_verb_of_having_is_not_matched_by_an_auxiliary_have() -> None:
    """'has opened a depot' says the depot was opened, not that Meridia has it: a claim
    that Meridia offers one is not told."""
    knowledge = tramway_with(("depot-opened", "Meridia has opened a new tram depot.",
                              ["meridia"], []))
    result = verify_claim("Meridia offers a new tram depot.", knowledge)
    assert result.verdict == NOT_ENOUGH_INFO
    assert "verb of having" not in {p.via for p in result.proof}


@pytest.mark.parametrize(("claim", "label"), [
    ("Southbank has experienced three floods since 2020.", SUPPORTED),
    ("Southbank recorded three floods since 2020.", SUPPORTED),
    ("Southbank has suffered four floods since 2020.", REFUTED),
    ("Northbank has experienced three floods since 2020.", NOT_ENOUGH_INFO),
    # a verb of undergoing stands for 'have' alone, not for 'include'
    ("The Southbank plan has experienced three parks.", NOT_ENOUGH_INFO),
])
def test_verb_of_undergoing_says_what_have_says(claim: str, label: str) -> None:
    """'has experienced three floods', 'recorded', 'suffered' against the fact's 'has had':
    what a thing undergoes it has, in WordNet's sense of 'have' that is to experience."""
    knowledge = tramway_with(
        ("southbank-floods", "Southbank has had three floods since 2020.", ["southbank"],
         [{"value": 3, "unit": "count", "qualifier": "exact",
           "measure": "floods in Southbank since 2020"},
          {"value": 2020, "unit": "year", "qualifier": "exact", "measure": "first year"}]),
        ("southbank-parks", "The Southbank plan includes three parks.", ["southbank"],
         [{"value": 3, "unit": "count", "qualifier": "exact",
           "measure": "parks in the Southbank plan"}]))
    assert verdict(claim, knowledge) == label


@pytest.mark.parametrize(("claim", "label"), [
    ("A vintage aircraft flew over Central Station on the opening day.", SUPPORTED),
    ("A vintage aircraft landed at Central Station on the opening day.", NOT_ENOUGH_INFO),
])
def test_a_fly_by_is_a_flight(claim: str, label: str) -> None:
    """'flew' is broader than 'fly-by', a phrasal verb written as a noun."""
    knowledge = tramway_with(("opening-flyby", "A vintage aircraft made a fly-by over Central "
                              "Station on the opening day.", ["central-station"], []))
    assert verify_claim(claim, knowledge).verdict == label


@pytest.mark.parametrize(("claim", "label"), [
    ("Railco has taken a final decision on the depot.", SUPPORTED),
    ("Railco has not yet taken a final decision on the depot.", REFUTED),
    ("A final decision on the depot has been taken by Railco.", SUPPORTED),
    ("Lumen Works has taken a final decision on the depot.", NOT_ENOUGH_INFO),
    ("Railco has taken 40 stops.", NOT_ENOUGH_INFO),
])
def test_a_support_verb_says_what_another_says_of_its_act_noun(claim: str, label: str) -> None:
    """'Took a decision' is 'reached a decision': a verb of little meaning before an act
    noun says what another such verb says of it; who decided and 'not' still count."""
    knowledge = tramway_with(("depot-decision", "Railco has reached a final decision on the "
                              "depot.", ["railco"], []))
    result = verify_claim(claim, knowledge)
    assert result.verdict == label
    if label != NOT_ENOUGH_INFO:
        assert "support verb of the act noun 'decision'" in {p.via for p in result.proof}


@pytest.mark.parametrize(("fact", "claim", "label"), [
    ("The Meridia fare cap starts in May 2026.",
     "The Meridia fare cap will take effect in May 2026.", SUPPORTED),
    ("The Meridia fare cap starts in May 2026.",
     "The Meridia fare cap will not come into force before May 2026.", SUPPORTED),
    ("The Meridia fare cap starts in May 2026.",
     "The Meridia fare cap will go into effect in June 2026.", REFUTED),
    ("The Meridia fare cap came into force in 2024.",
     "The Meridia fare cap began in 2024.", SUPPORTED),
    ("The Meridia fare cap came into force in 2024.",
     "The Meridia fare cap started in 2023.", REFUTED),
])
def test_taking_effect_is_beginning_to_apply(fact: str, claim: str, label: str) -> None:
    """A rule that takes effect (comes into force, goes into effect) begins to apply: what
    a verb of beginning says of it, either way round, and the proof says so."""
    year = fact.split()[-1].rstrip(".")
    knowledge = tramway_with(("fare-cap", fact, ["meridia"], [
        {"value": int(year), "unit": "year", "measure": "fare cap year",
         "qualifier": "exact"}]))
    result = verify_claim(claim, knowledge)
    assert result.verdict == label
    assert "taking effect is beginning to apply" in {p.via for p in result.proof}


@pytest.mark.parametrize(("claim", "label"), [
    ("Lumen Works has 150 employees.", NOT_ENOUGH_INFO),
    ("Once fully open, Lumen Works will employ 150 people.", REFUTED),
])
def test_what_a_thing_has_now_is_no_figure_still_to_come(claim: str, label: str) -> None:
    """A figure a fact says is to come ('is expected to employ 400 once fully open') is
    not the one a thing has today: no contradiction of 'has 150 employees'."""
    knowledge = tramway_with(("works-staff", "Once fully open, Lumen Works is expected to "
                              "employ 400 people.", ["lumen-works"],
                              [{"value": 400, "unit": "count", "qualifier": "exact",
                                "measure": "employees when fully open"}]))
    assert verify_claim(claim, knowledge).verdict == label


@pytest.mark.parametrize(("claim", "label"), [
    ("One return ticket for the Meridia tram costs 6 euros.", SUPPORTED),
    ("One return ticket for the Meridia tram costs 9 euros.", REFUTED),
    ("Two return tickets for the Meridia tram cost 6 euros.", NOT_ENOUGH_INFO),
])
def test_one_before_a_noun_the_fact_says_with_a_is_a(claim: str, label: str) -> None:
    """A lone 'one' before a singular noun says what 'a' does when the fact names that one
    thing with no count of its own ('a return ticket costs 6 euros'); another count is no 'a'."""
    knowledge = tramway_with(("return-ticket-price", "A return ticket for the Meridia tram costs 6 "
                              "euros.", ["tram-extension"],
                              [{"value": 6, "unit": "EUR", "qualifier": "exact",
                                "measure": "price of a return ticket"}]))
    assert verify_claim(claim, knowledge).verdict == label


@pytest.mark.parametrize(("claim", "label"), [
    ("About one in three tram riders in Meridia were students.", REFUTED),
    ("Students made up about a third of all tram riders in Meridia.", REFUTED),
    ("About one in four tram riders in Meridia were students.", SUPPORTED),
])
def test_a_share_of_all_of_a_group_is_the_claims_share_of_it(claim: str, label: str) -> None:
    """'24 percent of all tram riders' is a share of the whole group, not a part of it whose
    figure a larger one of the whole may exceed, as '£211 million of the appeal' is."""
    knowledge = tramway_with(("student-share", "Students made up 24 percent of all tram "
                              "riders in Meridia.", ["tram-extension"],
                              [{"value": 24, "unit": "percent", "qualifier": "exact",
                                "measure": "share of tram riders who are students"}]))
    assert verify_claim(claim, knowledge).verdict == label


_ANA_LISS = {"id": "ana-liss", "name": "Ana Liss", "kind": "person", "aliases": ["Liss"]}


@cache  # compiled once for the tests below
def _with_an_officer() -> Knowledge:
    """The tramway store with a person, so that a demonym's noun ('a Norwegian') is a
    person's kind as well as its adjective a country's."""
    return tramway_with(("liss-role", "Ana Liss is chief financial officer of Corvia Rail.",
                         ["ana-liss", "corvia-rail"], []), entities=(_ANA_LISS,))


@pytest.mark.parametrize(("claim", "label"), [
    ("Corvia Rail is a Norwegian company.", REFUTED),
    ("Corvia Rail is a French company.", SUPPORTED),
    ("A Danish factory will assemble the council's trams.", REFUTED),
])
def test_a_demonym_before_the_facts_noun_names_another_country(claim: str, label: str) -> None:
    """Before a noun the fact says too, 'Norwegian' is an adjective naming Norway, a country,
    in the place of the fact's France ('Corvia Rail, a French company'), though the noun
    'a Norwegian' is a person."""
    result = verify_claim(claim, _with_an_officer())
    assert result.verdict == label
    if label == REFUTED:
        assert "another country in this place" in {p.via for p in result.proof}


@pytest.mark.parametrize(("claim", "label"), [
    ("Ana Liss is the CFO of Corvia Rail.", SUPPORTED),
    ("Ana Liss is the CFO of Lumen Works.", REFUTED),
    ("Ana Liss is the CTO of Corvia Rail.", NOT_ENOUGH_INFO),
])
def test_initials_spell_out_the_facts_words(claim: str, label: str) -> None:
    """'CFO' is 'chief financial officer', one letter a word of the fact; 'CTO' is not."""
    result = verify_claim(claim, _with_an_officer())
    assert result.verdict == label


@pytest.mark.parametrize(("claim", "label"), [
    ("Corvia's Northbank workshop opened in May 2024.", SUPPORTED),
    ("Railco's Northbank workshop opened in May 2024.", NOT_ENOUGH_INFO),
])
def test_an_owner_whose_name_the_thing_bears(claim: str, label: str) -> None:
    """'Corvia's Northbank workshop' is the 'Corvia Northbank workshop' of the store: an
    owner whose name opens the thing's own name is whose it is; another owner is not."""
    workshop = {"id": "corvia-workshop", "name": "Corvia Northbank workshop", "kind": "depot",
                "aliases": ["Northbank workshop"], "member_of": []}
    knowledge = tramway_with(("workshop-opened", "The Corvia Northbank workshop opened in "
                              "May 2024.", ["corvia-workshop"], []), entities=(workshop,))
    assert verify_claim(claim, knowledge).verdict == label


@pytest.mark.parametrize(("claim", "label"), [
    ("Corvia Rail has been awarded a 5 million euro grant for the depot.", SUPPORTED),
    ("Corvia Rail was granted a 5 million euro grant for the depot.", SUPPORTED),
    ("Meridia City Council has been awarded a 5 million euro grant for the depot.",
     NOT_ENOUGH_INFO),
    ("Corvia Rail awarded a 5 million euro grant for the depot.", NOT_ENOUGH_INFO),
])
def test_a_passive_of_giving_says_the_facts_receiving(claim: str, label: str) -> None:
    """'has been awarded a grant' is the converse, in the passive, of the fact's 'has
    received a grant': said of the one who received it, not of another, nor in the active
    (which says Corvia gave it)."""
    knowledge = tramway_with(("depot-grant", "Corvia Rail has received a 5 million euro "
                              "grant for the depot.", ["corvia-rail"],
                              [_euros(5_000_000, "grant for the depot")]))
    assert verify_claim(claim, knowledge).verdict == label


@pytest.mark.parametrize(("claim", "label"), [
    ("Tips are counted as wages for the 900 euro threshold.", NOT_ENOUGH_INFO),
    ("The 900 euro wage threshold is counted before tax.", SUPPORTED),
])
def test_a_thing_done_to_that_the_fact_leaves_out(claim: str, label: str) -> None:
    """The fact counts the threshold and leaves tips out: a claim that tips are counted
    says the act of another thing (read with 'the 900 euro wage threshold' as one noun
    phrase, its figure and noun before the verb)."""
    knowledge = tramway_with(("wage-threshold", "The 900 euro wage threshold is counted "
                              "before tax and leaves tips out.", ["meridia"],
                              [_euros(900, "wage threshold for a tram pass")]))
    assert verify_claim(claim, knowledge).verdict == label


@pytest.mark.parametrize(("claim", "label"), [
    ("Fares were lower in Southbank than in Northbank.", SUPPORTED),
    ("Fares were higher in Northbank than in Southbank.", SUPPORTED),
    ("Fares were higher in Southbank than in Northbank.", REFUTED),
    ("Fares were lower in Northbank than in Southbank.", REFUTED),
])
def test_a_comparison_with_its_sides_exchanged(claim: str, label: str) -> None:
    """'A is higher than B' says what 'B is lower than A' says, and the opposite of 'B is
    higher than A'."""
    knowledge = tramway_with(("fares-compared", "Tram fares in Northbank were slightly higher "
                              "than in Southbank.", ["northbank", "southbank"], []))
    assert verify_claim(claim, knowledge).verdict == label


@pytest.mark.parametrize(("claim", "label"), [
    ("Only Northbank contributed to the extra 2 million euros for the benches.", REFUTED),
    ("Northbank contributed to the extra 2 million euros for the benches.", NOT_ENOUGH_INFO),
])
def test_only_against_others_named_with_one_word_unsaid(claim: str, label: str) -> None:
    """'Only X contributed to the sum' against 'the sum comes from X and Y': the fact holds
    every name and figure and leaves one word unsaid, and names another in X's place."""
    knowledge = tramway_with(("bench-funding", "The extra 2 million euros for the benches "
                              "comes from Northbank and Southbank.", ["northbank", "southbank"],
                              [_euros(2_000_000, "extra funding for the benches")]))
    assert verify_claim(claim, knowledge).verdict == label


@pytest.mark.parametrize(("claim", "label"), [
    ("Tram fares were higher in Northbank, at 3 euros, than in Southbank, at 2 euros.",
     NOT_ENOUGH_INFO),
    ("Tram fares were lower in Northbank, at 3 euros, than in Southbank, at 2 euros.",
     REFUTED),
])
def test_sides_exchanged_with_figures_between(claim: str, label: str) -> None:
    """The comparative's 'than' may follow a figure set off between commas: the sides are
    still exchanged against 'fares in Southbank were lower than in Northbank' (the figures,
    which no fact gives, leave the first not proven)."""
    knowledge = tramway_with(("fares-compared", "Tram fares in Southbank were slightly lower "
                              "than in Northbank.", ["southbank", "northbank"], []))
    assert verify_claim(claim, knowledge).verdict == label


@pytest.mark.parametrize(("statement", "claim", "label"), [
    ("A summary of the council's plans was published by Corvia Rail.",
     "Corvia Rail published a summary.", SUPPORTED),
    ("A summary of the council's plans will be published by Corvia Rail.",
     "Corvia Rail has published a summary.", REFUTED),
])
def test_a_word_of_plans_before_a_tense_is_a_noun(statement: str, claim: str,
                                                  label: str) -> None:
    """'plans' before 'was' is what the summary is of: the publishing is done; 'will'
    before the verb still puts it to come."""
    knowledge = tramway_with(("summary-published", statement, ["corvia-rail"], []))
    assert verify_claim(claim, knowledge).verdict == label


def test_already_done_with_a_verb_of_little_meaning() -> None:
    """'has already carried out checks': the fact's 'already' says the checks are done,
    though 'carried out' is read as no act of its own."""
    knowledge = tramway_with(
        ("checks-done", "Corvia Rail has already carried out safety checks on about 12 trams.",
         ["corvia-rail"], [_trams(12, "trams given safety checks")]),
        ("one-repaired", "Only one of the checked trams needed repairs afterwards.",
         ["corvia-rail"], [_trams(1, "checked trams needing repairs")]))
    assert verify_claim("Corvia Rail has already carried out safety checks on about 12 trams.",
                        knowledge).verdict == SUPPORTED


def _trams(value: int, measure: str) -> dict:
    return {"value": value, "unit": "count", "measure": measure, "qualifier": "approx"}


@pytest.mark.parametrize(("claim", "label"), [
    ("The depot cleans about 400 trams a week.", SUPPORTED),
    ("The depot cleans about 60 trams a week.", REFUTED),
    ("The depot cleans about 60 trams a day.", SUPPORTED),
    ("The depot cleans about 400 trams a day.", REFUTED),
])
def test_rates_over_another_length_of_time(claim: str, label: str) -> None:
    """A figure per week is set against the article's figure per week, not its figure per
    day: '60 trams a week' is refuted by '400 a week', not supported by '60 a day'."""
    knowledge = tramway_with(
        ("depot-weekly", "The depot cleans about 400 trams a week.", ["meridia"],
         [_trams(400, "trams cleaned per week")]),
        ("depot-daily", "On average the depot cleans about 60 trams a day.", ["meridia"],
         [_trams(60, "trams cleaned per day")]))
    assert verify_claim(claim, knowledge).verdict == label


def test_a_rate_over_another_length_of_time_is_no_contradiction() -> None:
    knowledge = tramway_with(("depot-daily", "The depot cleans about 60 trams a day.",
                              ["meridia"], [_trams(60, "trams cleaned per day")]))
    assert verify_claim("The depot cleans about 400 trams a week.",
                        knowledge).verdict == NOT_ENOUGH_INFO


def _euros(value: int, measure: str) -> dict:
    return {"value": value, "unit": "EUR", "measure": measure, "qualifier": "exact"}


@pytest.mark.parametrize(("claim", "label"), [
    ("The council and Railco each pledged 20 million euros.", NOT_ENOUGH_INFO),
    ("Meridia City Council's contribution to the depot comes to 20 million euros.", REFUTED),
])
def test_a_figure_said_only_of_a_name_may_be_another_of_its_figures(claim: str,
                                                                    label: str) -> None:
    """A fact that holds only the claim's names does not refute its figure when another
    fact gives that name the very figure."""
    knowledge = tramway_with(
        ("council-total", "Meridia City Council's contribution to the depot comes to 90 "
         "million euros.", ["meridia-council"], [_euros(90_000_000, "council total")]),
        ("council-pledge", "Meridia City Council has committed 20 million euros on top of "
         "its earlier contributions.", ["meridia-council"],
         [_euros(20_000_000, "new pledge from the council")]))
    assert verify_claim(claim, knowledge).verdict == label


@pytest.mark.parametrize(("claim", "label"), [
    ("Repair work on the old depot has yet to begin.", REFUTED),
    ("Repair work on the old depot has been postponed.", REFUTED),
    ("Repair work on the old depot has already been finished.", SUPPORTED),
])
def test_put_off_against_a_passive_that_says_it_done(claim: str, label: str) -> None:
    """'has yet to begin' puts off the act's beginning; the fact's passive says the act
    in its subject ('repair work … has been finished') is done."""
    knowledge = tramway_with(("depot-repaired", "Repair work on the old depot at Northbank "
                              "has already been finished.", ["northbank"], []))
    assert verify_claim(claim, knowledge).verdict == label


@pytest.mark.parametrize(("claim", "label"), [
    ("Central Station is one of the least crowded stations in Meridia.", REFUTED),
    ("Central Station is one of the most crowded stations in Meridia.", SUPPORTED),
    ("Northbank stop is among the most exposed stops on the line.", REFUTED),
    ("Northbank stop is among the least exposed stops on the line.", SUPPORTED),
])
def test_a_word_graded_the_other_way_is_its_opposite(claim: str, label: str) -> None:
    """'the least crowded' against 'the most crowded' (cues.json grading), either way."""
    knowledge = tramway_with(
        ("station-crowded", "Central Station is one of the most crowded stations in "
         "Meridia.", ["central-station", "meridia"], []),
        ("northbank-sheltered", "Northbank stop is among the least exposed stops on the "
         "line.", ["northbank"], []))
    assert verify_claim(claim, knowledge).verdict == label


@pytest.mark.parametrize(("statement", "claim", "label"), [
    ("In the first trial, Railco alone tested the brakes with a 2 tonne load.",
     "Lumen Works tested the brakes with a 2 tonne load in the first trial.", REFUTED),
    ("In the first trial, Railco alone tested the brakes with a 2 tonne load.",
     "Railco tested the brakes with a 2 tonne load in the first trial.", SUPPORTED),
    ("In the first trial, Railco tested the brakes with a 2 tonne load.",
     "Lumen Works tested the brakes with a 2 tonne load in the first trial.", NOT_ENOUGH_INFO),
])
def test_another_doer_of_what_the_fact_says_one_did_alone(statement: str, claim: str,
                                                          label: str) -> None:
    """'alone' after a name (cues.json exclusive_after) singles out that name: the article
    says who did it, so another doer is contradicted; without it, others may have too."""
    knowledge = tramway_with(("brake-test", statement, ["railco"], [
        {"value": 2000, "unit": "kg", "measure": "brake test load", "qualifier": "exact"}]))
    assert verify_claim(claim, knowledge).verdict == label


@pytest.mark.parametrize(("claim", "label"), [
    ("Tomas Vell called the fare rise a tax on commuters.", REFUTED),
    ("Ada Brisk called the fare rise a tax on commuters.", SUPPORTED),
    ("Tomas Vell accused Corvia Rail of hiding the repair costs.", REFUTED),
    ("Ada Brisk accused Corvia Rail of hiding the repair costs.", SUPPORTED),
    ("Tomas Vell criticised the fare rise.", NOT_ENOUGH_INFO),
    ("Tomas Vell will call the fare rise a tax on commuters.", NOT_ENOUGH_INFO),
    ("Tomas Vell did not call the fare rise a tax on commuters.", NOT_ENOUGH_INFO),
])
def test_words_given_to_another_speaker(claim: str, label: str) -> None:
    """'Tomas Vell called it a tax' against 'Ada Brisk called it a tax': the article says who
    said those words (cues.json statement_verbs), so another speaker of them is contradicted;
    a bare act of saying ('criticised the fare rise') or one to come may have other doers."""
    knowledge = tramway_with(
        ("brisk-fares", "Ada Brisk called the fare rise a tax on commuters.",
         ["ada-brisk"], []),
        ("brisk-accuses", "Ada Brisk accused Corvia Rail of hiding the repair costs.",
         ["ada-brisk", "corvia-rail"], []), entities=_SPEAKERS)
    assert verify_claim(claim, knowledge).verdict == label


_RENAMED = {"id": "tram-museum", "name": "Tram Museum", "kind": "museum", "aliases": [],
            "member_of": []}
_FORMER = {"id": "depot-gallery", "name": "Depot Gallery", "kind": "museum", "aliases": [],
           "member_of": []}


@pytest.mark.parametrize(("claim", "label"), [
    ("The Depot Gallery has been renamed the Tram Museum.", SUPPORTED),
    ("The Tram Museum has been renamed the Depot Gallery.", REFUTED),
    ("The Depot Gallery has been rebranded as the Tram Museum.", NOT_ENOUGH_INFO),
])
def test_roles_swapped_in_the_facts_own_sentence(claim: str, label: str) -> None:
    """The store lists as the fact's subject what it is about (the museum as it is called
    now); who was renamed what is read from the fact's own sentence."""
    knowledge = tramway_with(("museum-renamed", "The Depot Gallery has been renamed the Tram "
                              "Museum.", ["tram-museum", "depot-gallery"], []),
                             entities=(_RENAMED, _FORMER))
    assert verify_claim(claim, knowledge).verdict == label


@pytest.mark.parametrize(("claim", "label"), [
    ("Each new tram can carry up to 250 passengers.", SUPPORTED),
    ("Each new tram can carry a maximum of 250 passengers.", SUPPORTED),
    ("Each new tram can carry up to 400 passengers.", REFUTED),
    ("Each new tram can carry more than 100 passengers.", NOT_ENOUGH_INFO),
])
def test_a_maximum_is_the_figure_it_names(claim: str, label: str) -> None:
    """'Up to 400' against the article's 'up to 250' names the most there can be, as a
    deadline names its date: it is not merely a looser bound."""
    knowledge = tramway_with(("tram-capacity", "Each new tram can carry up to 250 passengers.",
                              ["meridia"], [{"value": 250, "unit": "count", "qualifier": "at_most",
                                             "measure": "passengers each new tram can carry"}]))
    assert verify_claim(claim, knowledge).verdict == label


@pytest.mark.parametrize(("statement", "claim", "label"), [
    ("Meridia has already spent 3 million euros on tram repairs.",
     "Meridia will spend another 3 million euros on tram repairs.", NOT_ENOUGH_INFO),
    ("Meridia has spent a further 3 million euros on tram repairs.",
     "Meridia has spent another 3 million euros on tram repairs.", SUPPORTED),
    ("Meridia has spent 3 million euros on tram repairs on top of its earlier budget.",
     "Meridia has spent an extra 3 million euros on tram repairs.", SUPPORTED),
])
def test_an_addition_is_not_a_total(statement: str, claim: str, label: str) -> None:
    """'another 3 million' comes on top of something: a fact giving 3 million as all there
    is does not hold it, one that tells of an addition in any words does."""
    knowledge = tramway_with(("repairs", statement, ["meridia"], [
        {"value": 3_000_000, "unit": "EUR", "qualifier": "exact",
         "measure": "tram repairs spending"}]))
    assert verify_claim(claim, knowledge).verdict == label


@pytest.mark.parametrize(("claim", "label"), [
    ("Meridia expects tram fares to rise in 2025.", SUPPORTED),
    ("Meridia expects tram fares to fall in 2025.", REFUTED),
    ("Meridia expects tram fares to fall in 2026.", NOT_ENOUGH_INFO),
])
def test_opposite_acts_at_another_time(claim: str, label: str) -> None:
    """A fall in 2026 does not contradict a rise in 2025: the year the fact gives
    otherwise may be another time."""
    knowledge = tramway_with(("fares", "Meridia expects tram fares to rise in 2025.",
                              ["meridia"], [{"value": 2025, "unit": "year", "qualifier": "exact",
                                             "measure": "year of the fare rise"}]))
    assert verify_claim(claim, knowledge).verdict == label


@pytest.mark.parametrize(("claim", "label"), [
    ("Meridia expects ridership to grow by 4% in 2026.", REFUTED),
    ("Meridia expects ridership to grow by 4% in 2026 as well.", NOT_ENOUGH_INFO),
    ("Meridia expects ridership to grow by 5% in 2026 too.", NOT_ENOUGH_INFO),
])
def test_one_more_time_denies_no_other(claim: str, label: str) -> None:
    """'in 2026 as well' adds a year to the fact's, so neither it nor the figure it gives
    for that year contradicts the fact's."""
    knowledge = tramway_with(("ridership", "Meridia expects ridership to grow by 4% in 2025.",
                              ["meridia"], [
                                  {"value": 4, "unit": "percent", "qualifier": "exact",
                                   "measure": "expected ridership growth"},
                                  {"value": 2025, "unit": "year", "qualifier": "exact",
                                   "measure": "year of the ridership growth"}]))
    assert verify_claim(claim, knowledge).verdict == label


_SHOPKEEPERS = {"id": "shopkeepers", "name": "local shopkeepers and market traders",
                "kind": "group", "aliases": ["shopkeepers"], "member_of": []}


@pytest.fixture(scope="module")
def tramway_told() -> Knowledge:
    """The tramway store with facts that say when, how many of some, and by whom."""
    return tramway_with(
        ("january-riders", "Meridia's trams carried 2 million passengers in January.",
         ["meridia"], [{"value": 2000000, "unit": "count", "qualifier": "exact",
                        "measure": "passengers carried in January"}]),
        ("app-approved-earlier", "A week earlier the city council had approved the tram app.",
         ["meridia-council", "tram-app"], []),
        ("one-stop-repaired", "Only one of the inspected tram stops needed repairs.",
         ["tram-extension"], []),
        ("extension-criticised", "The tram extension has been criticised by local "
         "shopkeepers and market traders.", ["shopkeepers", "tram-extension"], []),
        ("library-proposed", "The Southbank library is a proposal and has not yet been built.",
         ["southbank-library"], []),
        entities=(_SHOPKEEPERS,))


@pytest.mark.parametrize(("claim", "label"), [
    # beside a time, 'alone' and 'only' say how much or how soon, and exclude nothing
    ("Meridia's trams carried 2 million passengers in January alone.", SUPPORTED),
    ("Only Meridia's trams carried 2 million passengers in January.", NOT_ENOUGH_INFO),
    ("Only a week before, the city council had approved the tram app.", SUPPORTED),
    ("The city council alone had approved the tram app a week earlier.", NOT_ENOUGH_INFO),
    # 'only one of' singles out among the things after 'of', however they are described
    ("Only one of the tram stops that were inspected needed repairs.", SUPPORTED),
    ("Only one of the inspected tram stops was painted.", NOT_ENOUGH_INFO),
    # a doer after 'by' may have a word before its name; the roles still count
    ("The Meridia tram extension has been criticised by local shopkeepers.", SUPPORTED),
    ("Local shopkeepers have been criticised by the Meridia tram extension.", REFUTED),
    # a 'not' in a clause of its own ('and has not yet been built') is not the first's
    ("The Southbank library is a proposal.", SUPPORTED),
    ("The Southbank library is not a proposal.", REFUTED),
    ("The Southbank library has been built.", REFUTED),
    # 'is only a' is 'is merely a'; 'only the library' still singles it out
    ("The Southbank library is still only a proposal.", SUPPORTED),
    ("Only the Southbank library is a proposal.", NOT_ENOUGH_INFO),
])
def test_when_how_many_and_by_whom(tramway_told: Knowledge, claim: str, label: str) -> None:
    assert verify_claim(claim, tramway_told).verdict == label


@pytest.mark.parametrize(("claim", "label"), [
    ("The council might need to find a further 5 million euros.", SUPPORTED),
    ("The council may need to find another 5 million euros.", SUPPORTED),
    ("The council has found a further 5 million euros.", NOT_ENOUGH_INFO),
])
def test_a_need_the_claim_says_too(claim: str, label: str) -> None:
    """What the fact says is only needed, a claim that says the same need states; one that
    says it done does not."""
    knowledge = tramway_with(("funding-gap", "The council may need to find a further 5 million "
                              "euros.", ["meridia-council"], [
                                  {"value": 5_000_000, "unit": "EUR", "qualifier": "exact",
                                   "measure": "further money the council may need"}]))
    assert verify_claim(claim, knowledge).verdict == label


def test_proof_shows_each_piece_with_its_relation(knowledge: Knowledge) -> None:
    result = verify_claim("Lithuania is pulling out of the Ottawa Convention", knowledge)
    assert result.verdict == SUPPORTED
    assert {(p.claim, p.relation.symbol, p.via) for p in result.proof} >= {
        ("Lithuania", "≡", "same entity"), ("Ottawa Convention", "≡", "same entity")}
    refuted = verify_claim("Lithuania is investing 2 billion euros in its borders", knowledge)
    figure = next(p for p in refuted.proof if p.kind == "figure")
    assert (figure.claim, figure.relation, figure.fact) == ("2 billion euros",
                                                            Relation.ALTERNATION,
                                                            "1.1 billion euros")


@pytest.mark.parametrize(("claim", "word", "via"), [
    # 'nice' is also a city WordNet knows, but written in lower case it names none
    ("The council took nice pictures of the old depot.", "nice", "not in this fact"),
    ("The council took pictures of the old depot in Nice.", "Nice", "a name not in this fact"),
    # a name opening the sentence is shown as the claim writes it, not as 'Nasa'
    ("NASA's engineers took pictures of the old depot.", "NASA", "a name not in this fact"),
])
def test_a_word_is_a_name_only_as_written(stores: dict[str, Knowledge], claim: str, word: str,
                                          via: str) -> None:
    proof = verify_claim(claim, stores["tramway"]).proof
    assert next(p.via for p in proof if p.claim == word) == via


def test_relations_come_from_wordnet(stores: dict[str, Knowledge]) -> None:
    result = verify_claim("The council will buy electric streetcars for the line.",
                          stores["tramway"])
    assert any(p.via == "WordNet synonym" and p.claim == "streetcars" for p in result.proof)
    antonym = verify_claim("The first trial run on the new line was unsuccessful.",
                           stores["tramway"])
    assert any(p.via == "WordNet antonym" for p in antonym.proof)


def test_explanations_never_deny_a_word_the_store_uses(knowledge: Knowledge) -> None:
    result = verify_claim("Lithuania will deploy drones on the Moon", knowledge)
    assert "does not mention 'drones'" not in result.explanation


def test_explanations_never_deny_a_word_the_store_uses_in_another_form(
        stores: dict[str, Knowledge]) -> None:
    result = verify_claim("Residents opposed the council's ferry, which Railco rebuilds.",
                          stores["tramway"])  # the store says 'rebuilt'
    reason = next(r for r in result.explanation.split("; ") if "'rebuilds'" in r)
    assert reason.startswith("the closest fact does not say")


def test_proof_of_a_join_shows_both_facts_and_what_joins_them(
        stores: dict[str, Knowledge]) -> None:
    result = verify_claim("Four piers will be rebuilt by 2030.", stores["harbour"])
    assert result.verdict == SUPPORTED
    assert [e.fact_id for e in result.evidence] == ["pier-rebuilding", "renewal-deadline"]
    assert ("renewal-deadline", "harbour renewal project", "the same thing in both facts") in {
        (p.fact_id, p.fact, p.via) for p in result.proof}


def test_output_is_the_same_on_every_run(knowledge: Knowledge) -> None:
    claim = "Lithuania will not remain in the Ottawa Convention and will spend 2 billion euros"
    assert verify_claim(claim, knowledge) == verify_claim(claim, knowledge)


def test_conflicting_values_are_named(knowledge: Knowledge) -> None:
    result = verify_claim("Lithuania is investing 2 billion euros in its borders", knowledge)
    assert result.conflicts[0].claim == "2 billion euros"
    assert result.conflicts[0].article == "1.1 billion euros"
    swapped = verify_claim("The Suwałki Gap connects Lithuania and Belarus", knowledge)
    assert swapped.conflicts[0].describe() == "claim says Belarus; the article says Poland"
    assert swapped.verdict == REFUTED


def test_evidence_carries_id_statement_and_section(knowledge: Knowledge) -> None:
    result = verify_claim("The Suwałki Gap is 100 km long", knowledge)
    assert result.evidence[0].fact_id == "suwalki-gap-length"
    assert result.evidence[0].section == "Focusing on the Suwałki Gap"
    assert 0 < result.confidence <= 1


@pytest.mark.parametrize(("claim", "parts"), [
    ("For now the depot cleans trams, and it has 40 staff.",
     ["For now the depot cleans trams", "For now it has 40 staff."]),
    ("Currently the depot cleans trams and it will hire 40 staff in 2027.",
     ["Currently the depot cleans trams", "it will hire 40 staff in 2027."]),
    ("The depot cleans trams, and for now it has 40 staff.",
     ["The depot cleans trams", "for now it has 40 staff."]),
])
def test_an_opening_now_is_said_of_each_clause(claim: str, parts: list[str]) -> None:
    """'For now' opening a sentence says each clause holds now, unless a clause gives
    its own time; said later, it is its own clause's."""
    assert split_claim(claim, tramway_with()) == parts


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
    # a noun phrase set off by commas after a name describes the name: no part of its own
    assert split_claim("Lithuania will build more bunkers near Poland, a NATO member, than "
                       "was first planned", knowledge) == [
        "Lithuania will build more bunkers near Poland, a NATO member, than was first planned"]
    assert split_claim("Lithuania will build bunkers near Poland, a NATO member, and "
                       "renovate ten bridges", knowledge) == [
        "Lithuania will build bunkers near Poland, a NATO member",
        "Lithuania will renovate ten bridges"]
    assert split_claim("Amid rising tensions, Lithuania is quitting the treaty", knowledge) == [
        "rising tensions", "Lithuania is quitting the treaty"]
    assert split_claim("In 2028, the project will be finished", knowledge) == [
        "In 2028, the project will be finished"]
    assert split_claim("Lithuania will buy mines, bunkers and ditches", knowledge) == [
        "Lithuania will buy mines", "Lithuania will buy bunkers", "Lithuania will buy ditches"]
    assert split_claim("Lithuania, which signed the treaty, is now leaving it", knowledge) == [
        "Lithuania signed the treaty", "Lithuania is now leaving it"]
    assert split_claim("The treaty, which Lithuania is leaving, bans mines", knowledge) == [
        "Lithuania is leaving the treaty", "The treaty bans mines"]
    mixed = verify_claim("Lithuania will renovate eight bridges and build an airport",
                         knowledge)
    assert [p.verdict for p in mixed.parts] == [SUPPORTED, NOT_ENOUGH_INFO]
    assert mixed.verdict == NOT_ENOUGH_INFO


@pytest.mark.parametrize(("claim", "parts"), [
    # each item keeps the verb after an auxiliary, and brings its own determiner
    ("Lithuania will build bunkers and anti-tank ditches",
     ["Lithuania will build bunkers", "Lithuania will build anti-tank ditches"]),
    ("Phase one delivers a 19-gate terminal, new roads and a parking plaza",
     ["Phase one delivers a 19-gate terminal", "Phase one delivers new roads",
      "Phase one delivers a parking plaza"]),
    # the list goes on from the last noun phrase, after its preposition
    ("Meridia will plant trees in a park and a square",
     ["Meridia will plant trees in a park", "Meridia will plant trees in a square"]),
    # an item with its own phrase of that preposition goes on from the verb
    ("Meridia will spend 5 million on roads and 3 million on bridges",
     ["Meridia will spend 5 million on roads", "Meridia will spend 3 million on bridges"]),
    ("The fund paid for roads in the north and a museum in the south",
     ["The fund paid for roads in the north", "The fund paid for a museum in the south"]),
    # an item with a figure is an item; 'of' is inside the first one's phrase
    ("Lithuania will rebuild 113 km of road and eight bridges",
     ["Lithuania will rebuild 113 km of road", "Lithuania will rebuild eight bridges"]),
    # a range's other end is no item
    ("Lithuania will invest between 1 and 1.2 billion euros",
     ["Lithuania will invest between 1 and 1.2 billion euros"]),
    # a relative clause whose verb is read past ('includes') is the head's; one with a
    # subject of its own is not
    ("The Ottawa Convention, which includes a ban on landmines, is a treaty",
     ["The Ottawa Convention includes a ban on landmines", "The Ottawa Convention is a treaty"]),
    ("The Ottawa Convention, which most countries signed, bans mines",
     ["The Ottawa Convention, which most countries signed, bans mines"]),
    # one with a name for its subject says what the name's verb acts on, past an adverb
    ("The Ottawa Convention, which Lithuania may now leave more quickly, bans mines",
     ["Lithuania may now leave the Ottawa Convention more quickly",
      "The Ottawa Convention bans mines"]),
    # a figure set off by commas after a noun phrase is the phrase's measure
    ("The track that was rebuilt, 12 km, is longer than the cycle paths",
     ["The track that was rebuilt is 12 km",
      "The track that was rebuilt is longer than the cycle paths"]),
    # a clause with no 'which' after a thing the store knows: the thing is what its verb
    # acts on, and the subject of the main verb
    ("The convention Lithuania is leaving bans mines",
     ["Lithuania is leaving the convention", "The convention bans mines"]),
    ("The treaty Lithuania intends to leave bans mines",
     ["Lithuania intends to leave the treaty", "The treaty bans mines"]),
    ("The Ottawa Convention it is leaving bans mines",
     ["it is leaving the Ottawa Convention", "The Ottawa Convention bans mines"]),
    # not where the verb has an object of its own, the name only modifies a noun, the
    # head is no known thing, or the clause follows the main verb
    ("The convention Lithuania told NATO about bans mines",
     ["The convention Lithuania told NATO about bans mines"]),
    ("The old Lithuania border runs near Poland", ["The old Lithuania border runs near Poland"]),
    ("The bridges Lithuania will renovate are old",
     ["The bridges Lithuania will renovate are old"]),
    ("Estonia supports the convention Lithuania is leaving",
     ["Estonia supports the convention Lithuania is leaving"]),
    # an adjunct after a comma is said of the verb
    ("Turner built the terminal on its own, without a partner",
     ["Turner built the terminal on its own", "Turner built without a partner"]),
    # a second verb in '-s' brings its own tense: it takes the subject, not 'was'
    ("The road was rebuilt in 2024 and links Vilnius with Poland",
     ["The road was rebuilt in 2024", "The road links Vilnius with Poland"]),
    # a list goes on from the last verb's object: two manner adverbs of one verb
    ("Lithuania says any further fences will rise quickly and quietly",
     ["Lithuania says any further fences will rise quickly",
      "Lithuania says any further fences will rise quietly"]),
    # a plural noun before a form of 'be' is the subject's, not the verb
    ("The Lithuanian fences are planned and will cost 1.1 billion euros",
     ["The Lithuanian fences are planned", "The Lithuanian fences will cost 1.1 billion euros"]),
])
def test_list_items_split_into_parts(knowledge: Knowledge, claim: str,
                                     parts: list[str]) -> None:
    assert split_claim(claim, knowledge) == parts


@pytest.mark.parametrize("claim", ["", "   \t ", "y" * 10_001])
def test_unusable_claims_raise_usage_errors(knowledge: Knowledge, claim: str) -> None:
    with pytest.raises(UsageError):
        verify_claim(claim, knowledge)


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
@example(["Lithuania", ",", "billion", "Lithuania", ",", ","])  # an appositive with no rest
def test_verify_never_raises_on_number_soup(knowledge: Knowledge, words: list[str]) -> None:
    assert verify_claim(" ".join(words), knowledge).verdict in (SUPPORTED, REFUTED,
                                                                 NOT_ENOUGH_INFO)


@pytest.mark.parametrize(("question", "verdict"), [
    ("Is the project part of a wider European effort?", Verdict.SUPPORTED),
    ("Is Lithuania part of a wider Asian effort?", Verdict.NOT_ENOUGH_INFO)])
def test_a_question_of_what_a_thing_is_part_of_keeps_its_copula(
        knowledge: Knowledge, question: str, verdict: Verdict) -> None:
    assert verify_claim(question, knowledge, question=True).verdict == verdict


@pytest.mark.parametrize(("question", "statement"), [
    ("Was Juice over Europe at its closest approach?",
     "Juice was over Europe at its closest approach?"),
    ("Is the project part of a wider effort?", "the project is part of a wider effort?"),
    ("Are bunkers part of the plan?", "bunkers are part of the plan?"),
    # no verb and no preposition: the copula says the last word of the subject
    ("Was the double flyby risk-free?", "the double flyby was risk-free?"),
    # a figure before a word makes it a noun, unless the figure is a name's number
    ("Did the 2023 pause put the job behind schedule?",
     "the 2023 pause did put the job behind schedule?"),
    ("Will Terminal 1 end up with more gates?", "Terminal 1 will end up with more gates?"),
    # a preposition after a described subject, unless a participle follows
    ("Is the terminal in San Diego?", "the terminal is in San Diego?"),
    ("Is the road to Vilnius closed?", "the road to Vilnius is closed?"),
    # after a perfect 'have' the predicate is the participle, not a noun before it
    ("Has construction of the wind park started?",
     "construction of the wind park has started?"),
    ("Have the harbour ferry services resumed?", "the harbour ferry services have resumed?"),
    ("Has the council cut fares?", "the council has cut fares?")])
def test_a_yes_no_question_reads_as_its_statement(knowledge: Knowledge, question: str,
                                                  statement: str) -> None:
    assert _as_statement(question, knowledge) == statement


@pytest.fixture(scope="module")
def criticised_approval() -> Knowledge:
    return tramway_with(
        ("club-criticised", "The cycling club Pedalia sharply criticised the approval of the "
         "extension.", ["pedalia"], []),
        entities=({"id": "pedalia", "name": "Pedalia", "kind": "organisation", "aliases": [],
                   "member_of": []},))


@pytest.mark.parametrize(("typed", "verdict", "statement"), [
    ("Did Pedalia criticise the approval of the extension?", Verdict.SUPPORTED,
     "Pedalia did criticise the approval of the extension"),
    ("Does the project include a new bridge?", Verdict.REFUTED,
     "the project does include a new bridge"),
    ("Is Corvia Rail based in Paris?", Verdict.REFUTED, "Corvia Rail is based in Paris"),
    ("Did Pedalia back the approval of the extension?", Verdict.NOT_ENOUGH_INFO,
     "Pedalia did back the approval of the extension"),
    # as a claim, 'support' is a noun the approval is a kind of, and the fact's
    # 'criticised' goes unread: the question's verb is what it asks about
    ("Did Pedalia support the approval of the extension?", Verdict.NOT_ENOUGH_INFO,
     "Pedalia did support the approval of the extension"),
    # after a frame ('is it true that', 'does the article say whether') the claim is
    # whole, and the opening auxiliary was the frame's
    ("Is it true that Corvia Rail is based in Paris?", Verdict.REFUTED,
     "Corvia Rail is based in Paris"),
    ("Does the article say whether Pedalia criticised the approval of the extension?",
     Verdict.SUPPORTED, "Pedalia criticised the approval of the extension"),
    # no auxiliary first: a claim asked about, read as the claim it is
    ("Pedalia criticised the approval of the extension?", Verdict.SUPPORTED, ""),
    ("Did Pedalia criticise the approval of the extension", Verdict.SUPPORTED, "")])
def test_verify_reads_a_typed_yes_no_question_as_its_statement(
        criticised_approval: Knowledge, typed: str, verdict: Verdict, statement: str) -> None:
    outcome = verify_as_typed(typed, criticised_approval)
    assert (outcome.text, outcome.verdict, outcome.statement) == (typed, verdict, statement)


def _figure(value: float, unit: str, measure: str) -> list[dict]:
    return [{"value": value, "unit": unit, "measure": measure, "qualifier": "exact"}]


@pytest.fixture(scope="module")
def tram_figures() -> Knowledge:
    """Figures in units of speed and temperature, and a count of places."""
    return tramway_with(
        ("tram-top-speed", "The new trams on the extension have a top speed of 70 km/h.",
         ["tram-extension"], _figure(70, "km/h", "tram top speed")),
        ("old-tram-top-speed", "The old trams of Lumen Works have a top speed of 50 km/h.",
         ["lumen-works"], _figure(50, "km/h", "old tram top speed")),
        ("opening-day-heat", "On the opening day Meridia recorded a temperature of 38 °C.",
         ["meridia"], _figure(38, "celsius", "temperature on the opening day")),
        ("station-car-park", "The new car park at Central Station has 800 spaces.",
         ["central-station"], _figure(800, "count", "car park spaces")))


@pytest.mark.parametrize(("claim", "expected"), [
    ("The new trams have a top speed of 70 kilometres per hour.", SUPPORTED),
    ("The new trams have a top speed of about 43 mph.", SUPPORTED),
    ("The new trams have a top speed of 100 km/h.", REFUTED),
    ("The new trams have a top speed of 60 mph.", REFUTED),
    ("The new trams are faster than the old trams.", SUPPORTED),
    ("The new trams are slower than the old trams.", REFUTED),
    ("On the opening day Meridia recorded a temperature of 38 degrees Celsius.", SUPPORTED),
    ("On the opening day Meridia recorded a temperature of 45C.", REFUTED),
    # no conversion between the two scales is assumed: left open, never refuted
    ("On the opening day Meridia recorded a temperature of 100 °F.", NOT_ENOUGH_INFO),
    # a count of places that each hold one thing counts the things held
    ("The new car park at Central Station can hold 800 cars.", SUPPORTED),
    ("There is room for more than 700 vehicles in the new car park at Central Station.",
     SUPPORTED),
    ("The new car park at Central Station has room for 1,000 cars.", REFUTED),
    ("The new car park at Central Station has 800 staff.", NOT_ENOUGH_INFO),
])
def test_figures_compare_within_their_scale_and_places_count_what_they_hold(tram_figures: Knowledge,
                                                           claim: str, expected: str) -> None:
    assert verdict(claim, tram_figures) == expected


@pytest.mark.parametrize(("claim", "allowed"), [
    # each time is the fact's own, said of the same stop: the claim is true, though the
    # order of the two stops is another fact's
    ("The tram's nearest approach to Central Station at 8:25 a.m. came after its Northbank "
     "stop at 8:10 a.m.", {SUPPORTED, NOT_ENOUGH_INFO}),
    ("The tram's Central Station approach at 8:25 a.m. came after its Northbank stop at "
     "8:10 a.m.", {SUPPORTED, NOT_ENOUGH_INFO}),
    # the fact's time said of the other stop: the times are swapped
    ("On the trial run the tram came closest to Northbank at 8:25 a.m. and to Central "
     "Station at 8:10 a.m.", {REFUTED}),
])
def test_a_figure_of_the_fact_pairs_with_one_figure_of_the_claim(
        stores: dict[str, Knowledge], claim: str, allowed: set[str]) -> None:
    assert verify_claim(claim, stores["tramway"]).verdict in allowed


def test_an_order_the_fact_does_not_give_is_not_supported_by_it(
        stores: dict[str, Knowledge]) -> None:
    """The fact names both districts, dated the other way round, and says no 'then': the
    claim's order is not read from it (it was SUPPORTED, 'then' being no content word)."""
    claim = "Meridia will plant trees in Southbank and then Northbank."
    assert verify_claim(claim, stores["tramway"]).verdict != SUPPORTED


@pytest.fixture(scope="module")
def tram_office() -> Knowledge:
    return tramway_with(("office-marseille", "Corvia Rail may open an office in Marseille.",
                         ["corvia-rail", "marseille"], []))


@pytest.mark.parametrize(("claim", "expected"), [
    # done against only possible: two occasions, another city no contradiction
    ("Corvia Rail opened an office in Lyon.", NOT_ENOUGH_INFO),
    # the same possible act, another city in its place
    ("Corvia Rail may open an office in Lyon.", REFUTED),
    ("Corvia Rail may open an office in Marseille.", SUPPORTED),
])
def test_a_done_act_is_not_the_occasion_of_a_possible_one(tram_office: Knowledge, claim: str,
                                                           expected: str) -> None:
    assert verdict(claim, tram_office) == expected


@pytest.fixture(scope="module")
def tram_schedule() -> Knowledge:
    return tramway_with(("depot-on-schedule", "Despite the strike, work on the new depot "
                         "stayed on schedule.", ["meridia-council"], []))


@pytest.mark.parametrize(("claim", "expected"), [
    ("The strike put work on the new depot behind schedule.", REFUTED),
    ("Work on the new depot was delayed.", REFUTED),
    ("Work on the new depot stayed on schedule.", SUPPORTED),
    ("The strike did not put work on the new depot behind schedule.", SUPPORTED),
    ("Work on the new depot is running late.", REFUTED),
])
def test_behind_schedule_is_the_opposite_of_on_schedule(tram_schedule: Knowledge, claim: str,
                                                        expected: str) -> None:
    assert verify_claim(claim, tram_schedule).verdict == expected


def test_the_same_time_is_a_claim_of_its_own() -> None:
    # 'the same day' is a claim of its own, not a word to drop: it was SUPPORTED here
    knowledge = tramway_with(("depot-reopened", "The depot reopened a day after the app launch.",
                              ["tram-app"], []))
    claim = "The depot reopened on the same day as the app launch."
    assert verify_claim(claim, knowledge).verdict == NOT_ENOUGH_INFO


@pytest.fixture(scope="module")
def tram_budget() -> Knowledge:
    """A sum and the years it is spread over, in one fact."""
    return tramway_with((
        "tram-budget",
        "Meridia City Council will spend 90 million euros over the next six years to renew "
        "its trams.", ["meridia-council"],
        _figure(90_000_000, "EUR", "tram renewal spending")
        + _figure(6, "year", "tram renewal period")))


@pytest.mark.parametrize(("claim", "expected"), [
    # the sum the fact gives says the period is that sum's, whatever words surround it
    ("The council has announced a 90 million euro tram renewal plan spread over the next "
     "ten years.", REFUTED),
    ("Meridia City Council will spend 90 million euros over the next ten years to renew its "
     "trams.", REFUTED),
    # without the fact's sum beside it, the period may be another thing's
    ("The council will spend money on a new bridge over the next ten years.",
     NOT_ENOUGH_INFO),
])
def test_a_period_beside_the_facts_sum_is_that_sums(tram_budget: Knowledge, claim: str,
                                                    expected: str) -> None:
    assert verdict(claim, tram_budget) == expected


@pytest.mark.parametrize(("others", "claim", "expected"), [
    # the store puts 'depot', and no other word, before 'project': 'the project' is it
    ((), "The depot project does not include a new bridge.", SUPPORTED),
    ((), "The depot project includes a new bridge.", REFUTED),
    # with a second project named, 'the project' may be either
    ((("school-project", "The school project will cost 9 million euros.", ["meridia"], []),),
     "The depot project includes a new bridge.", NOT_ENOUGH_INFO),
])
def test_the_project_is_the_one_project_the_article_names(
        others: tuple[tuple[str, str, list[str], list[dict]], ...], claim: str,
        expected: str) -> None:
    knowledge = tramway_with(("depot-project", "The depot project will cost 20 million euros.",
                              ["tram-extension"], []), *others)
    assert verdict(claim, knowledge) == expected


@pytest.fixture(scope="module")
def tram_network() -> Knowledge:
    """A line that is part of a network named after the city."""
    return tramway_with(
        ("line-4-opened", "Line 4 was opened in 2019.", ["line-4"], _figure(2019, "year",
                                                                            "line 4 opening")),
        entities=({"id": "meridia-tram-network", "name": "Meridia Tram Network",
                   "kind": "network", "aliases": [], "member_of": []},
                  {"id": "line-4", "name": "Line 4", "kind": "tram line", "aliases": [],
                   "member_of": ["meridia-tram-network"]}))


@pytest.mark.parametrize(("claim", "expected"), [
    # Line 4 is part of the Meridia Tram Network: Meridia's line is the fact's
    ("Meridia's Line 4 was opened in 2019.", SUPPORTED),
    ("Meridia's Line 4 was opened in 2021.", REFUTED),
    # nothing in the store makes it Northbank's
    ("Northbank's Line 4 was opened in 2019.", NOT_ENOUGH_INFO),
])
def test_whose_a_named_part_is(tram_network: Knowledge, claim: str, expected: str) -> None:
    assert verdict(claim, tram_network) == expected


@pytest.mark.parametrize(("statement", "expected"), [
    ("Lumen Works inspected the old depot in 2024.", REFUTED),
    # 'also' says the fact names some of those who did it, not all
    ("Lumen Works also inspected the old depot in 2024.", NOT_ENOUGH_INFO),
])
def test_another_doer_of_a_dated_act(statement: str, expected: str) -> None:
    knowledge = tramway_with(("depot-inspected", statement, ["lumen-works"],
                              _figure(2024, "year", "depot inspection")))
    assert verdict("Railco inspected the old depot in 2024.", knowledge) == expected


@pytest.mark.parametrize(("claim", "expected"), [
    ("Engineers monitored the new trams only now and then during the first week.", REFUTED),
    ("Engineers monitored the new trams intermittently during the first week.", REFUTED),
    ("Engineers monitored the new trams around the clock during the first week.", SUPPORTED),
    ("Engineers did not monitor the new trams constantly during the first week.", REFUTED),
    # nothing said of how often: left to the other words
    ("Engineers inspected the new trams now and then during the first week.",
     NOT_ENOUGH_INFO),
])
def test_without_a_break_is_not_now_and_then(claim: str, expected: str) -> None:
    knowledge = tramway_with(("trams-monitored", "Engineers monitored the new trams without a "
                              "break during the first week.", ["tram-extension"], []))
    assert verdict(claim, knowledge) == expected


_TOUR = ("tour-organised", "The council organised a tour of Northbank and Southbank for "
         "residents.", ["meridia-council", "northbank", "southbank"], [])
_TOUR_PRAISED = ("tour-praised", "Residents praised the tour.", ["meridia-council"], [])
_LYON_TOUR = ("lyon-tour", "Corvia Rail organised a tour of Lyon for engineers.",
              ["corvia-rail", "lyon"], [])


@pytest.mark.parametrize(("facts", "claim", "expected"), [
    # the one tour the store names is of Northbank and Southbank: 'the tour' is it
    ((_TOUR, _TOUR_PRAISED), "Residents praised the Northbank tour.", SUPPORTED),
    ((_TOUR, _TOUR_PRAISED), "Residents did not praise the Northbank tour.", REFUTED),
    ((_TOUR, _TOUR_PRAISED), "Residents praised the Lyon tour.", NOT_ENOUGH_INFO),
    # with a tour of Lyon too, 'the tour' may be either
    ((_TOUR, _TOUR_PRAISED, _LYON_TOUR), "Residents praised the Northbank tour.",
     NOT_ENOUGH_INFO),
])
def test_a_name_before_the_one_thing_the_store_names(
        facts: tuple[tuple[str, str, list[str], list[dict]], ...], claim: str,
        expected: str) -> None:
    assert verdict(claim, tramway_with(*facts)) == expected


@pytest.fixture(scope="module")
def venture_part() -> Knowledge:
    """A sum the store gives only as a part of a whole it does not give."""
    return tramway_with(("venture-railco-part", "40 million euros of the joint venture comes "
                         "from Railco.", ["depot-builders", "railco"],
                         _figure(40_000_000, "EUR", "part of the joint venture from Railco")))


@pytest.mark.parametrize(("claim", "expected"), [
    # the fact's figure is of a part, which says nothing of the whole but that it is larger
    ("The Lumen-Railco joint venture is worth 100 million euros.", NOT_ENOUGH_INFO),
    ("The Lumen-Railco joint venture is worth 30 million euros.", REFUTED),
    ("40 million euros of the joint venture comes from Railco.", SUPPORTED),
    ("50 million euros of the joint venture comes from Railco.", REFUTED),
])
def test_a_figure_of_a_part_is_no_figure_of_the_whole(venture_part: Knowledge, claim: str,
                                                      expected: str) -> None:
    assert verdict(claim, venture_part) == expected


@pytest.mark.parametrize(("claim", "parts"), [
    # a comma inside a name is no end of a list item
    ("The depot was designed by Hale, Marsh & Finch",
     ["The depot was designed by Hale, Marsh & Finch"]),
    ("Hale, Marsh & Finch designed the depot", ["Hale, Marsh & Finch designed the depot"]),
])
def test_a_name_with_a_comma_is_one_item(claim: str, parts: list[str]) -> None:
    knowledge = tramway_with(entities=({"id": "hale", "name": "Hale, Marsh & Finch",
                                        "kind": "company", "aliases": [], "member_of": []},))
    assert split_claim(claim, knowledge) == parts


@pytest.fixture(scope="module")
def district_racks() -> Knowledge:
    """A count for one of several things of a kind."""
    return tramway_with(("northbank-racks", "Northbank will get four new bike racks.",
                         ["northbank"], _figure(4, "count", "new bike racks in Northbank")))


@pytest.mark.parametrize(("claim", "expected"), [
    # a plural word of a kind stands for all its things: one's figure is a part of theirs
    ("The city will get nine new bike racks across its districts.", NOT_ENOUGH_INFO),
    ("The city will get three new bike racks across its districts.", REFUTED),
    # the singular is the one the fact counts
    ("The city will get nine new bike racks in its district.", REFUTED),
    ("Northbank will get nine new bike racks.", REFUTED),
])
def test_a_figure_of_one_of_several_is_a_part_of_theirs(district_racks: Knowledge, claim: str,
                                                        expected: str) -> None:
    assert verdict(claim, district_racks) == expected


@pytest.mark.parametrize(("claim", "label"), [
    ("Tram fares in Meridia rose by 2½% in 2024.", SUPPORTED),
    ("Tram fares in Meridia rose by 2¼% in 2024.", REFUTED),
])
def test_a_vulgar_fraction_is_its_decimal(claim: str, label: str) -> None:
    """'2½%' is 2.5%, not the figures 21 and 2 Unicode normalisation makes of it."""
    knowledge = tramway_with(("fare-rise", "Tram fares in Meridia rose by 2.5% in 2024.",
                              ["meridia"], [{"value": 2.5, "unit": "percent", "qualifier": "exact",
                                             "measure": "rise in tram fares"}]))
    assert verify_claim(claim, knowledge).verdict == label


@pytest.mark.parametrize(("claim", "label"), [
    ("The Meridia trams are expected to carry about 2m people a year.", SUPPORTED),
    ("The Meridia trams are expected to carry about 5m people a year.", REFUTED),
])
def test_a_count_before_its_noun_counts_that_noun(claim: str, label: str) -> None:
    """'2m people' is two million people, and the fact's 'two million people' counts people
    though the store measures it as riders a year."""
    knowledge = tramway_with(("riders", "The Meridia trams are expected to carry around two "
                              "million people a year.", ["meridia"],
                              [{"value": 2000000, "unit": "count", "qualifier": "approx",
                                "measure": "riders per year"}]))
    assert verify_claim(claim, knowledge).verdict == label


@pytest.mark.parametrize(("claim", "label"), [
    ("The depot section of the Meridia tram line will open in 2027.", SUPPORTED),
    ("The depot stretch of the Meridia tram line will open in 2027.", NOT_ENOUGH_INFO),
    ("The depot section of the Meridia tram line will open in 2029.", REFUTED),
])
def test_a_word_for_a_part_is_the_facts_part(claim: str, label: str) -> None:
    """'the depot section' is the fact's 'depot part': the lexicon's nouns for a part of a
    whole say the same of it ('stretch' is not one of them)."""
    knowledge = tramway_with(("depot-part", "The depot part of the Meridia tram line will open "
                              "in 2027.", ["meridia"], [{"value": 2027, "unit": "year",
                                                        "qualifier": "exact",
                                                        "measure": "opening of the depot part"}]))
    assert verify_claim(claim, knowledge).verdict == label


@pytest.mark.parametrize(("statement", "claim", "label"), [
    ("In the second vote the Meridia council backed the tram budget.",
     "The Meridia council backed the tram budget when it voted again.", SUPPORTED),
    ("In the first vote the Meridia council backed the tram budget.",
     "The Meridia council backed the tram budget when it voted again.", NOT_ENOUGH_INFO),
])
def test_again_is_a_second_or_later_one(statement: str, claim: str, label: str) -> None:
    """'voted again' is the fact's second vote; of its first vote the fact says no repeat."""
    knowledge = tramway_with(("budget-vote", statement, ["meridia"], []))
    assert verify_claim(claim, knowledge).verdict == label


@pytest.mark.parametrize(("claim", "label"), [
    ("Corvia Rail opened the depot two weeks after the storm.", SUPPORTED),
    ("Corvia Rail opened the depot about two weeks after the storm.", SUPPORTED),
    ("Corvia Rail opened the depot one month after the storm.", REFUTED),
    ("Corvia Rail opened the depot three weeks after the storm.", REFUTED),
])
def test_a_gap_a_fact_puts_between_two_events(claim: str, label: str) -> None:
    # 'two weeks after the storm' in the fact itself: the order and the gap both told
    knowledge = tramway_with(("depot-after-storm",
                              "Corvia Rail opened the depot two weeks after the storm.",
                              ["corvia-rail"], [{"value": 2, "unit": "weeks",
                                                 "measure": "time after the storm",
                                                 "qualifier": "exact"}]))
    assert verify_claim(claim, knowledge).verdict == label


def test_a_word_step_that_reads_no_fact_is_the_step_against_every_fact(
        knowledge: Knowledge) -> None:
    """A claim word no fact holds is stepped once a claim when its step reads no fact ('the
    *weather*': not in this fact, whichever fact); a kind word the store's entities are
    ('the *country*') is weighed against each fact, which may name one."""
    from factcli.text import analyse
    from factcli.verifying.words import _unlinked_plan, _unlinked_word

    reading = analyse("The weather in the country was calm", knowledge.vocab)
    plans = {word: _unlinked_plan(term, word, reading, knowledge.vocab)
             for term, word in reading.raw_terms.items()}
    steps = {word: None if ways else step for word, (ways, step) in plans.items()}
    assert steps["country"] is None
    for term, word in reading.raw_terms.items():
        if steps[word] is not None:
            assert {_unlinked_word(term, word, reading, fact, knowledge.vocab)
                    for fact in knowledge.index.facts} == {steps[word]}


def test_a_word_no_name_holds_is_stepped_without_reading_any_fact(
        knowledge: Knowledge) -> None:
    """'The *weather* in the country was calm': no entity's name holds 'weather', so no
    fact can own it by a word of its owner's name, and none of the ways a fact may say it
    otherwise reads a fact: its step is worked out once a claim, and is the step
    :func:`_unlinked_word` gives against each fact."""
    from factcli.text import analyse
    from factcli.verifying.words import _unlinked_plan, _unlinked_word

    reading = analyse("The weather in the country was calm", knowledge.vocab)
    term = next(t for t, word in reading.raw_terms.items() if word == "weather")
    ways, step = _unlinked_plan(term, "weather", reading, knowledge.vocab)
    assert ways == () and step is not None and step.via == "not in this fact"
    assert {_unlinked_word(term, "weather", reading, fact, knowledge.vocab)
            for fact in knowledge.index.facts} == {step}


@pytest.mark.parametrize(("claim", "label"), [
    ("Corvia Rail presented its results in 2023.", REFUTED),
    ("Corvia Rail presented its results in May 2024.", SUPPORTED),
    ("Corvia Rail was founded in 1901.", NOT_ENOUGH_INFO),  # the date of another act
    ("Corvia Rail was founded in 1876.", NOT_ENOUGH_INFO),  # a year, not a count of staff
])
def test_a_date_is_the_date_of_an_act(claim: str, label: str) -> None:
    """A claim's date contradicts a fact's only where a word around it is the fact's: the
    year a firm was founded is not the year it presented results. Four digits after 'in'
    are a year before 1900 too, not a count to set against the fact's staff."""
    knowledge = tramway_with(
        ("corvia-results", "Corvia Rail presented its results in May 2024.", ["corvia-rail"],
         [{"value": 2024, "unit": "year", "measure": "results date", "qualifier": "exact"}]),
        ("corvia-staff", "Corvia Rail employs 1,200 people.", ["corvia-rail"],
         [{"value": 1200, "unit": "count", "measure": "Corvia Rail employees",
           "qualifier": "exact"}]))
    assert verify_claim(claim, knowledge).verdict == label


@pytest.mark.parametrize(("claim", "label"), [
    ("The extension will create 8,000 jobs.", NOT_ENOUGH_INFO),  # 'thousands' is no 2,000
    ("The extension will create hundreds of jobs.", REFUTED),
    ("The extension will carry 40,000 passengers hourly.", NOT_ENOUGH_INFO),  # 'a day'
    ("The tram extension will cost about 340 million dollars.", NOT_ENOUGH_INFO),
    ("The tram extension will cost 310 million dollars.", REFUTED),  # the euros, as dollars
    ("The tram extension cannot cost more than 200 million euros.", REFUTED),
    ("The tram extension can't cost more than 400 million euros.", SUPPORTED),
])
def test_figures_read_as_english_says_them(claim: str, label: str) -> None:
    """'thousands of jobs' is an order of size, not a bound near 2,000; 'hourly' counts per
    hour what 'a day' counts per day; another sum in another currency may be the same sum
    converted, the same sum is the wrong currency; 'cannot' and 'can't' negate."""
    knowledge = tramway_with(
        ("extension-jobs", "The extension will create thousands of jobs.",
         ["tram-extension"], []),
        ("extension-riders", "The extension will carry 40,000 passengers a day.",
         ["tram-extension"], [{"value": 40000, "unit": "count", "measure": "daily passengers",
                               "qualifier": "exact"}]))
    assert verify_claim(claim, knowledge).verdict == label


@pytest.mark.parametrize(("claim", "label"), [
    ("The council will buy electric trams rather than buy diesel trams.", SUPPORTED),
    ("The council will buy diesel trams rather than electric trams.", REFUTED),
    ("The council will buy more electric trams for Northbank than for Southbank.",
     NOT_ENOUGH_INFO),
    ("Corvia Rail is based in Marseille.", REFUTED),
    ("Corvia Rail will deliver its trams to Paris.", NOT_ENOUGH_INFO),  # not where it is
])
def test_what_a_word_hangs_on(claim: str, label: str) -> None:
    """What 'rather than' sets aside leaves a word the claim says elsewhere said; a
    comparative far from its 'than' is not said by a fact naming both sides; a city after
    'to' is not in the place of the fact's city after 'in'."""
    assert verify_claim(claim, tramway_with()).verdict == label


@pytest.fixture(scope="module")
def figures_said_in_words() -> Knowledge:
    """Facts whose figures a claim may say in other English ways: a price in whole units
    and cents, a change in fractions of a point, a tally, a kind named with 'zero-'."""
    return tramway_with(
        ("ticket-price", "A single Meridia tram ticket costs 2.40 euros.", ["meridia"],
         [{"value": 2.4, "unit": "EUR", "measure": "price of a tram ticket",
           "qualifier": "exact"}]),
        ("levy-rise", "Meridia raised its parking levy by 0.25 percentage points.", ["meridia"],
         [{"value": 0.25, "unit": "percentage-points", "measure": "rise in the parking levy",
           "qualifier": "exact"}]),
        ("first-depot-vote", "In the first depot vote, one councillor voted for a larger depot.",
         ["meridia"], [{"value": 1, "unit": "count",
                        "measure": "first-round votes for a larger depot", "qualifier": "exact"}]),
        ("clean-trams", "Corvia Rail will buy 14 zero-emission trams.", ["corvia-rail"],
         [{"value": 14, "unit": "count", "measure": "zero-emission trams bought",
           "qualifier": "exact"}]),
        ("rehearsal-places", "The extra rehearsal days are planned in Northbank and Eastgate.",
         ["meridia"], [{"value": 2, "unit": "count",
                        "measure": "places named for extra rehearsal days",
                        "qualifier": "exact"}]))


@pytest.mark.parametrize(("claim", "label"), [
    ("A Meridia tram ticket costs two euros and forty cents.", SUPPORTED),
    ("A Meridia tram ticket costs two euros and ninety cents.", REFUTED),
    ("Meridia raised its parking levy by a quarter point.", SUPPORTED),
    ("Meridia raised its parking levy by a half-point.", REFUTED),
    ("Corvia Rail will buy fourteen zero-emission trams.", SUPPORTED),
    ("Corvia Rail will buy twenty-four zero-emission trams.", REFUTED),
    # a tally is two counts of one vote, not two counts of the one councillor
    ("Councillors voted for a larger depot by a 6-3 vote.", NOT_ENOUGH_INFO),
    # a count of days is no count of the places the days are planned in
    ("Two extra rehearsal days are planned in Northbank and Eastgate.", NOT_ENOUGH_INFO),
])
def test_figures_said_in_words(claim: str, label: str, figures_said_in_words: Knowledge) -> None:
    assert verdict(claim, figures_said_in_words) == label


@pytest.mark.parametrize(("claim", "label"), [
    ("Corvia Rail has already started assembling trams.", REFUTED),
    ("Corvia Rail has already begun to assemble trams.", REFUTED),
    ("Corvia Rail has already assembled trams.", REFUTED),
    # the beginning of another act is not what the fact plans
    ("Corvia Rail has already started hiring staff.", NOT_ENOUGH_INFO),
])
def test_an_act_begun_against_a_plan(claim: str, label: str) -> None:
    """'has already started assembling trams' says the assembling is under way, which a
    fact that plans it ('should assemble up to 20 trams a year') says is still to come."""
    knowledge = tramway_with(("corvia-assembly", "Corvia Rail should assemble up to 20 trams "
                              "a year.", ["corvia-rail"], []))
    assert verdict(claim, knowledge) == label


@pytest.mark.parametrize(("claim", "label"), [
    ("Southbank is Meridia's busiest district.", SUPPORTED),
    ("Ostrava is Meridia's busiest district.", REFUTED),
    # one of several: another may be among them
    ("Ostrava is one of Meridia's busiest districts.", NOT_ENOUGH_INFO),
])
def test_the_one_holder_of_a_superlative(claim: str, label: str) -> None:
    """"X is Meridia's busiest district" gives the one thing a superlative picks out, as
    'the chief engineer of' does a role: a name the store does not know in its place is
    another one, whether or not WordNet knows it."""
    knowledge = tramway_with(("busiest-district", "Southbank is Meridia's busiest district.",
                              ["southbank", "meridia"], []))
    assert verdict(claim, knowledge) == label


@pytest.mark.parametrize(("claim", "label"), [
    ("The council approved the route unanimously.", SUPPORTED),
    ("The council was split over the route.", REFUTED),
    ("The council was divided over the route.", REFUTED),
])
def test_a_unanimous_vote_against_a_split_one(claim: str, label: str) -> None:
    """'unanimously' and 'split' or 'divided' (antonyms.json) say opposite things of a vote."""
    knowledge = tramway_with(("route-vote", "Meridia City Council unanimously approved the "
                              "route.", ["meridia-council"], []))
    assert verdict(claim, knowledge) == label


@pytest.mark.parametrize(("claim", "parts"), [
    ("The first phase opened in May, and the second in June.",
     ["The first phase opened in May", "the second opened in June."]),
    ("The first depot will open in 2027 and the second in 2029.",
     ["The first depot will open in 2027", "the second will open in 2029."]),
    # the verb acts on 'a depot' first: 'the second' may be what it opens
    ("Corvia Rail will open a depot in 2027 and the second in 2029.",
     ["Corvia Rail will open a depot in 2027 and the second in 2029."]),
])
def test_a_clause_that_leaves_out_its_verb(claim: str, parts: list[str]) -> None:
    """Gapping: 'and the second in June' says the verb of the clause before of its own
    subject."""
    assert split_claim(claim, tramway_with()) == parts


@pytest.mark.parametrize(("claim", "label"), [
    ("The first tram depot will open in 2029 and the second in 2031.", REFUTED),
    ("The first tram depot will open in 2027 and the second in 2031.", NOT_ENOUGH_INFO),
])
def test_a_gapped_clause_is_checked_on_its_own(claim: str, label: str) -> None:
    knowledge = tramway_with(("first-depot", "The first tram depot will open in 2027.",
                              ["tram-extension"], _figure(2027, "year", "first depot opening")))
    assert verdict(claim, knowledge) == label


@pytest.mark.parametrize(("claim", "label"), [
    # the fact names the claim's place too, right after the thing the owner's
    ("Corvia Rail raised its French ticket prices in 2024.", SUPPORTED),
    ("Corvia Rail raised its French ticket prices in 2023.", REFUTED),
    # a kind word as the subject, of a name the fact gives only beside another's act
    ("The project began in May 2025.", NOT_ENOUGH_INFO),
])
def test_a_thing_the_fact_places_too_or_an_act_of_another(claim: str, label: str) -> None:
    """Whose a thing is, is contradicted only where the fact does not name the claim's owner
    in its own place too; and a fact tells no act of a name it gives only beside another's
    act, when the claim names that one by its kind."""
    knowledge = tramway_with(
        ("french-fares", "Corvia Rail's ticket prices in France rose in 2024.",
         ["corvia-rail", "france"],
         [{"value": 2024, "unit": "year", "measure": "year of the rise", "qualifier": "exact"}]),
        ("railco-testing", "Railco has been testing the signals of the tram extension since "
         "May 2025.", ["railco", "tram-extension"],
         [{"value": 2025, "unit": "year", "measure": "year Railco began testing the signals",
           "qualifier": "exact"}]))
    assert verdict(claim, knowledge) == label


@pytest.mark.parametrize(("claim", "label"), [
    ("Corvia Rail will spend NZ$48m on new trams.", SUPPORTED),
    ("Corvia Rail will spend 48 million New Zealand dollars on new trams.", SUPPORTED),
    ("Corvia Rail will spend NZD 48 million on new trams.", SUPPORTED),
    # '$' alone is the New Zealand dollar of a New Zealand sum, as it is written there
    ("Corvia Rail will spend $48 million on new trams.", SUPPORTED),
    ("Corvia Rail will spend $48 million in New Zealand dollars on new trams.", SUPPORTED),
    ("Corvia Rail will spend NZ$60 million on new trams.", REFUTED),
    ("Corvia Rail will spend more than NZ$50 million on new trams.", REFUTED),
    # the article's own sum in another currency named is wrong; another sum may be it
    # converted, which no exchange rate here checks (as between euros and dollars)
    ("Corvia Rail will spend US$48 million on new trams.", REFUTED),
    ("Corvia Rail will spend 48 million Australian dollars on new trams.", REFUTED),
    ("Corvia Rail will spend 60 million euros on new trams.", NOT_ENOUGH_INFO),
])
def test_a_sum_in_any_currency_compares_as_euros_do(claim: str, label: str) -> None:
    knowledge = tramway_with(("tram-spend", "Corvia Rail will spend NZ$48 million on new trams.",
                              ["corvia-rail"],
                              [{"value": 48000000, "unit": "NZD",
                                "measure": "spending on new trams", "qualifier": "exact"}]))
    assert verdict(claim, knowledge) == label


@pytest.mark.parametrize(("claim", "label"), [
    ("The new timetable brings a 30% increase in tram trips.", REFUTED),
    # 'over' a year is the base of the change, not after it
    ("The new timetable means a 20% increase in tram trips over 2023.", SUPPORTED),
    # the year a change is measured from is not the year it comes
    ("The new timetable means 20 percent more tram trips in 2025.", NOT_ENOUGH_INFO),
])
def test_a_change_said_as_a_noun_meets_one_said_with_more(claim: str, label: str) -> None:
    """'a 30% increase' and '20 percent more' are both sizes of a change, so they are set
    against each other."""
    knowledge = tramway_with((
        "tram-trips", "The new timetable means 20 percent more tram trips than in 2023.",
        ["meridia"],
        [{"value": 20, "unit": "percent", "measure": "rise in tram trips", "qualifier": "exact"},
         {"value": 2023, "unit": "year", "measure": "year the rise is measured from",
          "qualifier": "exact"}]))
    assert verdict(claim, knowledge) == label


@pytest.mark.parametrize(("claim", "label"), [
    # met as a bound only by the warning's figure, while the fact of the hall's cost
    # contradicts it: the article gives the figure both ways
    ("The new concert hall will cost more than €100 million.", NOT_ENOUGH_INFO),
    ("The new concert hall will cost less than €90 million.", SUPPORTED),
    ("Auditors had warned the concert hall would cost €120 million.", SUPPORTED),
])
def test_a_bound_met_only_by_another_figure_is_left_open(claim: str, label: str) -> None:
    knowledge = tramway_with(
        ("hall-cost", "The new concert hall will cost less than €80 million.", ["meridia"],
         [{"value": 80000000, "unit": "EUR", "measure": "concert hall cost",
           "qualifier": "less_than"}]),
        ("hall-warning", "Auditors had warned the concert hall would cost €120 million.",
         ["meridia"], [{"value": 120000000, "unit": "EUR",
                        "measure": "concert hall cost auditors warned of", "qualifier": "exact"}]))
    assert verdict(claim, knowledge) == label


@pytest.mark.parametrize(("claim", "label"), [
    ("The council's fund gives grants of up to 2,000 euros to shops on the line.", REFUTED),
    ("The council's fund gives grants of up to 5,000 euros to shops on the line.", SUPPORTED),
    ("The council's fund gives grants of up to 9,000 euros to shops on the line.", REFUTED),
])
def test_another_maximum_either_way_is_refuted(claim: str, label: str) -> None:
    """'Up to 2,000' names the most there can be, as the article's 'up to 5,000' does."""
    knowledge = tramway_with((
        "shop-grants", "The council's fund gives grants of up to 5,000 euros to shops on the "
        "line.", ["meridia-council"],
        [{"value": 5000, "unit": "EUR", "measure": "shop grant", "qualifier": "at_most"}]))
    assert verdict(claim, knowledge) == label


@pytest.mark.parametrize(("claim", "label"), [
    ("The new depot will service electric buses only.", REFUTED),
    ("The new depot will service only electric buses.", REFUTED),
    ("The new depot will service electric buses.", SUPPORTED),
    ("Corvia Rail's shares trade only on the Orlo stock exchange.", REFUTED),
    ("Corvia Rail's shares trade on the Orlo stock exchange.", SUPPORTED),
])
def test_only_meets_the_others_the_fact_joins_to_its_phrase(claim: str, label: str) -> None:
    """'Only electric buses' against 'both electric buses and trams': the fact joins
    another to the head of the phrase, not to its first word; and 'the Orlo and Brisk stock
    exchanges' names two of the store's exchanges before the head they share."""
    knowledge = tramway_with(
        ("depot-vehicles", "The new depot will service both electric buses and trams.",
         ["meridia"], []),
        ("corvia-shares", "Corvia Rail's shares trade on the Orlo and Brisk stock exchanges.",
         ["corvia-rail", "orlo-exchange", "brisk-exchange"], []),
        entities=({"id": "orlo-exchange", "name": "Orlo Stock Exchange",
                   "kind": "stock exchange", "aliases": [], "member_of": []},
                  {"id": "brisk-exchange", "name": "Brisk Stock Exchange",
                   "kind": "stock exchange", "aliases": [], "member_of": []}))
    assert verdict(claim, knowledge) == label


@pytest.mark.parametrize(("claim", "label"), [
    ("Fewer than five of the new stops are in Northbank.", SUPPORTED),
    ("Fewer than three of the new stops are in Northbank.", REFUTED),
    ("More than two of the new stops are in Northbank.", SUPPORTED),
    ("At most three of the new stops are in Northbank.", REFUTED),
])
def test_a_bound_before_a_part_counted_bounds_that_part(claim: str, label: str) -> None:
    """'Fewer than five of the new stops' bounds how many of them, where a bare 'five of
    the new stops' says at least five: the comparator is not dropped before the 'of'."""
    knowledge = tramway_with((
        "northbank-stops", "Four of the six new stops are in Northbank.",
        ["tram-extension", "northbank"],
        [{"value": 4, "unit": "count", "measure": "new stops in Northbank",
          "qualifier": "exact"}]))
    assert verdict(claim, knowledge) == label


@pytest.fixture(scope="module")
def multiples() -> Knowledge:
    """Facts that say a multiple: 'twice as long as', 'doubled'."""
    return tramway_with(
        ("new-platform-length", "The new platform at Central Station will be twice as long "
         "as the old one.", ["central-station"], []),
        ("depot-energy-doubled", "Solar panels have roughly doubled the depot's energy "
         "output.", ["meridia"], []))


@pytest.mark.parametrize(("claim", "label"), [
    # another multiple, with the sides as the fact has them
    ("The new platform at Central Station will be three times as long as the old one.",
     REFUTED),
    ("The new platform at Central Station will be half as long as the old one.", REFUTED),
    ("Solar panels have roughly tripled the depot's energy output.", REFUTED),
    ("Solar panels have halved the depot's energy output.", REFUTED),
    # the same multiple, or the sides the other way round, or another cause
    ("Solar panels have roughly doubled the depot's energy output.", SUPPORTED),
    ("The old platform at Central Station is half as long as the new one.", NOT_ENOUGH_INFO),
    ("Wind turbines have tripled the depot's energy output.", NOT_ENOUGH_INFO),
    ("Solar panels have tripled the depot's water use.", NOT_ENOUGH_INFO),
])
def test_another_multiple_of_the_same_things_is_refuted(multiples: Knowledge,
                                                        claim: str, label: str) -> None:
    """'Three times as long as' against 'twice as long as', 'tripled' against 'doubled':
    the fact says the claim with its own multiple in the claim's place."""
    assert verdict(claim, multiples) == label


@pytest.mark.parametrize(("claim", "label"), [
    ("Tomas Vell is Corvia Rail's finance director.", REFUTED),
    ("Ada Brisk is Corvia Rail's finance director.", SUPPORTED),
    # one of several, one more, or another time: another may hold it too
    ("Tomas Vell is one of Corvia Rail's finance directors.", NOT_ENOUGH_INFO),
    ("Tomas Vell is also Corvia Rail's finance director.", NOT_ENOUGH_INFO),
    ("Tomas Vell was Corvia Rail's finance director.", NOT_ENOUGH_INFO),
])
def test_an_owners_name_before_a_role_gives_its_one_holder(claim: str, label: str) -> None:
    """"X is Corvia Rail's finance director" names the one holder of the role, as 'the
    finance director of Corvia Rail' does: another person the store knows in the fact's
    place contradicts it."""
    knowledge = tramway_with(
        ("brisk-role", "Ada Brisk is Corvia Rail's finance director and board secretary.",
         ["ada-brisk", "corvia-rail"], []),
        ("vell-role", "Tomas Vell is a driver for Corvia Rail.", ["tomas-vell", "corvia-rail"],
         []),
        entities=_SPEAKERS)
    assert verdict(claim, knowledge) == label


@pytest.mark.parametrize(("claim", "label"), [
    ("Corvia Rail has already built its 12 new stations in Southbank.", REFUTED),
    # a word the fact does not say besides the verb: maybe other stations
    ("Corvia Rail has already built 12 new underground stations in Southbank.",
     NOT_ENOUGH_INFO),
])
def test_a_planned_figure_said_done_in_another_verb(claim: str, label: str) -> None:
    """'has already built its 12 new stations' against 'plans to open 12 new stations':
    what the fact plans, to the figure, is said done, whichever verb says it."""
    knowledge = tramway_with((
        "corvia-stations", "Corvia Rail plans to open 12 new stations in Southbank.",
        ["corvia-rail", "southbank"],
        [{"value": 12, "unit": "count", "measure": "new Southbank stations planned",
          "qualifier": "exact"}]))
    assert verdict(claim, knowledge) == label


@pytest.mark.parametrize(("claim", "label"), [
    ("The Southbank depot will be the second-largest tram depot in France.", REFUTED),
    ("Central Station is Meridia's fifth-busiest station.", REFUTED),
    ("Central Station is Meridia's third-busiest station.", SUPPORTED),
    # 'one of the oldest' ranks it among several; 'the second depot' ranks nothing
    ("Lyon has the second-oldest tram line in France.", NOT_ENOUGH_INFO),
    ("The Southbank depot will be the second tram depot in France.", NOT_ENOUGH_INFO),
])
def test_an_ordinal_before_a_superlative_is_a_rank(claim: str, label: str) -> None:
    """'The fifth-busiest station' against 'the third-busiest', 'the second-largest'
    against 'the largest' (the first): a thing holds one rank in one ordering."""
    knowledge = tramway_with(
        ("largest-depot", "The Southbank depot will be the largest tram depot in France.",
         ["southbank", "france"], []),
        ("third-busiest", "Central Station is Meridia's third-busiest station.",
         ["central-station", "meridia"], []),
        ("one-of", "Lyon has one of the oldest tram lines in France.", ["lyon", "france"], []))
    assert verdict(claim, knowledge) == label


@pytest.fixture(scope="module")
def wrong_support_traps() -> Knowledge:
    """Facts a careless reading supports a falsehood from: a part counted of a whole, a
    place in a ranking, a share of a cost, a name before two joined nouns, a noun for the
    doer after the copula, a unit the store makes another's."""
    return tramway_with(
        ("stops-in-northbank", "Three of Corvia Rail's 12 new tram stops are in Northbank.",
         ["corvia-rail", "northbank"],
         [{"value": 3, "unit": "count", "measure": "new Corvia Rail tram stops in Northbank",
           "qualifier": "exact"}]),
        ("busiest-station", "Central Station is the fourth-busiest station in Meridia.",
         ["central-station", "meridia"],
         [{"value": 4, "unit": "count", "measure": "rank among the busiest Meridia stations",
           "qualifier": "exact"}]),
        ("fund-share", "The city fund pays a third of the depot's running cost.",
         ["meridia-council"], []),
        ("livery", "The new trams will run in the Corvia Rail colours and livery.",
         ["corvia-rail", "railco"], []),
        ("supplier", "Railco is the supplier in the tram deal and Lumen Works is the client.",
         ["railco", "lumen-works"], []),
        ("signal-unit", "Railco's signalling unit earns 4 million euros a year.",
         ["railco-signals", "railco"], []),
        entities=({"id": "railco-signals", "name": "Railco signalling unit", "kind": "unit",
                   "aliases": ["signalling unit"], "member_of": ["railco"]},))


@pytest.mark.parametrize(("claim", "label"), [
    # a part 'N of the M things' is set against the fact's part, never its whole
    ("Seven of the new tram stops are in Northbank.", REFUTED),
    ("Three of the new tram stops are in Northbank.", SUPPORTED),
    # … and a bound before the part bounds the part
    ("Fewer than five of the new tram stops are in Northbank.", SUPPORTED),
    ("More than five of the new tram stops are in Northbank.", REFUTED),
    # an ordinal before a superlative is a place in the ranking; alone, it is the first
    ("Central Station is the busiest station in Meridia.", REFUTED),
    ("Central Station is the fourth-busiest station in Meridia.", SUPPORTED),
    # 'all of' the thing the fact gives a share of
    ("The city fund pays the entire running cost of the depot.", REFUTED),
    # a name before 'colours and livery' is said of the livery too
    ("The new trams will run in the Railco livery.", REFUTED),
    # 'X is the supplier' makes X the one who supplies
    ("Lumen Works is supplying Railco.", REFUTED),
    ("Railco is supplying Lumen Works.", SUPPORTED),
    # a unit the store makes Railco's is not Corvia Rail's
    ("Corvia Rail's signalling unit earns 4 million euros a year.", REFUTED),
])
def test_a_careless_reading_supports_no_falsehood(wrong_support_traps: Knowledge, claim: str,
                                                 label: str) -> None:
    assert verdict(claim, wrong_support_traps) == label


@pytest.fixture(scope="module")
def ongoing_inspection() -> Knowledge:
    """A fact saying something still goes on, with 'event' for its subject's head."""
    return tramway_with(
        ("inspection-ongoing", "The track inspection event is still under way, so testing of "
         "the overhead wires is continuing.", ["corvia-rail"], []))


@pytest.mark.parametrize(("claim", "label"), [
    # a particle after 'be' that ends the clause is what the claim says of its subject
    ("The track inspection event is over.", NOT_ENOUGH_INFO),
    ("The track inspection event is still under way.", SUPPORTED),
    # a clause opening on an '-ing' subject with its own verb takes no subject from before
    ("The track inspection event is over and testing of the overhead wires has ended.",
     NOT_ENOUGH_INFO),
    # 'event' does not end: 'eventuate' is made from it, it is not its act
    ("Testing of the overhead wires has ended.", NOT_ENOUGH_INFO),
    ("Testing of the overhead wires is continuing.", SUPPORTED),
])
def test_what_a_claim_says_of_its_subject_is_weighed(ongoing_inspection: Knowledge, claim: str,
                                                      label: str) -> None:
    assert verdict(claim, ongoing_inspection) == label


@pytest.fixture(scope="module")
def takeover() -> Knowledge:
    """A takeover whose value the store gives, and not how it is paid."""
    return tramway_with(
        ("lumen-takeover", "Corvia Rail agreed to buy Lumen Works in a deal valued at 200 "
         "million euros.", ["corvia-rail", "lumen-works"],
         [{"value": 200_000_000, "unit": "EUR", "measure": "value of the takeover",
           "qualifier": "exact"}]))


@pytest.mark.parametrize(("claim", "label"), [
    # a word of money before another noun says what kind of deal it is, not what a sum is
    ("Corvia Rail agreed to buy Lumen Works in an all-cash deal.", NOT_ENOUGH_INFO),
    ("Corvia Rail agreed to buy Lumen Works in a deal worth 200 million euros.", SUPPORTED),
])
def test_a_word_of_money_before_a_noun_does_not_name_the_sum(takeover: Knowledge, claim: str,
                                                             label: str) -> None:
    assert verdict(claim, takeover) == label


@pytest.fixture(scope="module")
def upgrades_since() -> Knowledge:
    """A fact giving two years: the one its subject is of and the one a count runs from."""
    return tramway_with(
        ("fourth-upgrade", "The 2024 upgrade is Corvia Rail's fourth upgrade of the line since "
         "2015.", ["corvia-rail"],
         [{"value": 4, "unit": "count", "measure": "upgrades of the line since 2015",
           "qualifier": "exact"},
          {"value": 2015, "unit": "year", "measure": "year from which the upgrades are counted",
           "qualifier": "exact"}]))


@pytest.mark.parametrize(("claim", "label"), [
    # paired with the 2024 only by the name near both, the year is the fact's own 2015
    ("Since 2015 Corvia Rail has carried out four upgrades of the line.", SUPPORTED),
    ("Since 2015 Corvia Rail has carried out six upgrades of the line.", REFUTED),
])
def test_a_year_paired_only_by_a_name_is_the_one_the_fact_gives(
        upgrades_since: Knowledge, claim: str, label: str) -> None:
    assert verdict(claim, upgrades_since) == label


@pytest.fixture(scope="module")
def cracks_inside() -> Knowledge:
    """A fact placing its figure with a preposition WordNet also lists as a noun."""
    return tramway_with(
        ("rail-cracks", "Corvia Rail found cracks on 12 per cent of the rails inside the "
         "tunnel.", ["corvia-rail"],
         [{"value": 12, "unit": "percent", "measure": "share of the tunnel's rails with cracks",
           "qualifier": "exact"}]))


@pytest.mark.parametrize(("claim", "label"), [
    # 'inside the tunnel' is no noun 'inside' (an interior) that a 'region' is a kind of
    ("Corvia Rail found cracks on 12 per cent of the rails in the region.", NOT_ENOUGH_INFO),
    ("Corvia Rail found cracks on 12 per cent of the rails inside the tunnel.", SUPPORTED),
])
def test_a_facts_preposition_is_no_noun(cracks_inside: Knowledge, claim: str,
                                         label: str) -> None:
    assert verdict(claim, cracks_inside) == label


@pytest.fixture(scope="module")
def names_said_another_way() -> Knowledge:
    """Entities a claim names in words of its own: by the head of a name that is a word of
    a synonym group ('the scheme'), by words of the name around the word the fact says
    ('ferry grants'), or as a possessive ("Lumen's design panel", "Meridia's Mayor")."""
    return tramway_with(
        ("river-wall-cost", "The river-wall scheme will cost 12 million euros.",
         ["river-wall"], []),
        ("grant-applications", "Corvia Rail has approved 120 grant applications.",
         ["corvia-rail", "ferry-grants"], []),
        ("design-approved", "The Lumen design panel approved the depot plans.",
         ["design-panel"], []),
        ("library-opened", "The Mayor of Meridia opened the Southbank library.",
         ["mayor", "southbank-library"], []),
        entities=(
            {"id": "river-wall", "name": "Northbank river-wall scheme", "kind": "programme",
             "aliases": ["river-wall scheme"], "member_of": []},
            {"id": "ferry-grants", "name": "Meridia ferry grant programme", "kind": "programme",
             "aliases": ["Meridia ferry grants"], "member_of": []},
            {"id": "design-panel", "name": "Lumen design panel", "kind": "committee",
             "aliases": [], "member_of": []},
            {"id": "mayor", "name": "Mayor of Meridia", "kind": "person", "aliases": [],
             "member_of": []}))


@pytest.mark.parametrize(("claim", "label"), [
    # the head of a name refers to it, a word of a synonym group too
    ("The scheme will cost 12 million euros.", SUPPORTED),
    ("The scheme will cost 15 million euros.", REFUTED),
    # words of a name the fact names, written around the word it says
    ("Corvia Rail has approved 120 applications for ferry grants.", SUPPORTED),
    ("Corvia Rail has approved 120 applications for ferry loans.", NOT_ENOUGH_INFO),
    # a name said as a possessive: 'X's Y' for 'X Y' or 'Y of X'
    ("Lumen's design panel approved the depot plans.", SUPPORTED),
    ("Meridia's Mayor opened the Southbank library.", SUPPORTED),
    ("Meridia's Mayor closed the Southbank library.", REFUTED),
])
def test_a_name_said_in_other_words(names_said_another_way: Knowledge, claim: str,
                                    label: str) -> None:
    assert verdict(claim, names_said_another_way) == label


@pytest.fixture(scope="module")
def opposites() -> Knowledge:
    """Facts said with a verb in a sense of change it has only among others, a comparative
    and a degree past a need."""
    return tramway_with(
        ("pass-price-cut", "Corvia Rail will cut the price of monthly passes.",
         ["corvia-rail"], []),
        ("night-riders", "Meridia's night trams carried fewer passengers in 2025.",
         ["meridia"], [{"value": 2025, "unit": "year", "measure": "year",
                        "qualifier": "exact"}]),
        ("winter-delays", "Delays on the tram line were greater this winter than in earlier "
         "winters.", ["meridia"], []),
        ("heavier-trams", "The new trams are heavier than the old ones.", ["meridia"], []),
        ("depot-too-small", "The old depot is too small for the new trams.", ["meridia"], []),
        ("timetable-welcome", "The new timetable was well received by riders.", ["meridia"],
         []),
        ("allotment-soil", "The soil of the Northbank allotments is fertile.", ["northbank"],
         []))


@pytest.mark.parametrize(("claim", "label"), [
    ("Corvia Rail will increase the price of monthly passes.", REFUTED),
    ("Corvia Rail will cut the price of monthly passes.", SUPPORTED),
    ("Corvia Rail will increase the speed of its trams.", NOT_ENOUGH_INFO),
])
def test_a_fact_verb_in_its_sense_of_change_has_its_opposite(opposites: Knowledge, claim: str,
                                                             label: str) -> None:
    """'cut' is first to sever, and in its second sense to reduce: a claim's 'increase'
    contradicts the fact's 'cut' of the same thing, as a claim's 'cut' contradicts the
    fact's 'increase'; of another thing, it says nothing."""
    assert verdict(claim, opposites) == label


@pytest.mark.parametrize(("claim", "label"), [
    ("Meridia's night trams carried more passengers in 2025.", REFUTED),
    ("Meridia's night trams carried fewer passengers in 2025.", SUPPORTED),
    ("Meridia's night trams carried more than 500 passengers in 2025.", NOT_ENOUGH_INFO),
    ("Meridia's old trams carried more parcels in 2025.", NOT_ENOUGH_INFO),
    ("Delays on the tram line were smaller this winter than in earlier winters.", REFUTED),
    ("Delays on the tram line were greater this winter than in earlier winters.", SUPPORTED),
    ("The new trams are lighter than the old ones.", REFUTED),
    ("The new trams are shorter than the old ones.", NOT_ENOUGH_INFO),
])
def test_a_comparative_the_other_way_is_the_facts_opposite(opposites: Knowledge, claim: str,
                                                           label: str) -> None:
    """'more passengers' against 'fewer passengers', 'smaller than' against 'greater
    than': the opposite comparative of the same thing, not a bound of a figure ('more than
    500'), nor a comparative of another measure ('shorter' against 'heavier')."""
    assert verdict(claim, opposites) == label


@pytest.mark.parametrize(("claim", "label"), [
    ("The old depot is large enough for the new trams.", REFUTED),
    ("The old depot is not large enough for the new trams.", SUPPORTED),
    ("The old depot is not sufficiently big for the new trams.", SUPPORTED),
    ("The old depot is small enough for the new trams.", NOT_ENOUGH_INFO),
])
def test_enough_of_one_is_not_too_much_of_its_opposite(opposites: Knowledge, claim: str,
                                                       label: str) -> None:
    """'too small' says the depot is not large enough: 'large enough' is refuted, 'not
    large enough' holds; 'small enough' is another need, which the fact does not weigh."""
    assert verdict(claim, opposites) == label


@pytest.mark.parametrize(("claim", "label"), [
    ("The soil of the Northbank allotments is infertile.", REFUTED),
    ("The soil of the Northbank allotments is fertile.", SUPPORTED),
])
def test_a_prefixed_word_of_the_antonyms_sense_is_an_opposite(opposites: Knowledge,
                                                              claim: str, label: str) -> None:
    """WordNet opposes 'fertile' to 'sterile', whose sense 'infertile' shares: the word
    with a negative prefix is its opposite, from the fact's word as from the claim's."""
    assert verdict(claim, opposites) == label


@pytest.mark.parametrize(("claim", "label"), [
    ("The new timetable was poorly received by riders.", REFUTED),
    ("The new timetable was badly received by riders.", REFUTED),
    ("The new timetable was well received by riders.", SUPPORTED),
])
def test_a_manner_graded_the_other_way_is_the_facts_opposite(opposites: Knowledge, claim: str,
                                                             label: str) -> None:
    """'poorly received' against 'well received': the same word graded the other way
    (cues.json ``grading``)."""
    assert verdict(claim, opposites) == label


@pytest.fixture(scope="module")
def sole_fillers() -> Knowledge:
    """Facts of a place only one can fill: who chairs a board, who heads a team, who paid
    for a building a claim says someone else did instead."""
    return tramway_with(
        ("board-chair", "Ada Brisk chairs the Meridia transport board.",
         ["ada-brisk", "transport-board"], []),
        ("depot-head", "Vela Ostrom heads maintenance at the tram depot.", ["vela-ostrom"], []),
        ("library-paid", "Meridia City Council paid for the Southbank library.",
         ["meridia-council", "southbank-library"], []),
        entities=({"id": "ada-brisk", "name": "Ada Brisk", "kind": "person", "aliases": [],
                   "member_of": []},
                  {"id": "vela-ostrom", "name": "Vela Ostrom", "kind": "person", "aliases": [],
                   "member_of": []},
                  {"id": "transport-board", "name": "Meridia transport board",
                   "kind": "organisation", "aliases": [], "member_of": []}))


@pytest.mark.parametrize(("claim", "label"), [
    # the one in charge of a thing is one, in the fact's tense
    ("Vela Ostrom chairs the Meridia transport board.", REFUTED),
    ("Ada Brisk heads maintenance at the tram depot.", REFUTED),
    ("Vela Ostrom chaired the Meridia transport board.", NOT_ENOUGH_INFO),
    ("Vela Ostrom sits on the Meridia transport board.", NOT_ENOUGH_INFO),
    ("Ada Brisk works in maintenance at the tram depot.", NOT_ENOUGH_INFO),
    # a name the store does not know, put in place of one the claim denies
    ("Harlow Trust, not Meridia City Council, paid for the Southbank library.", REFUTED),
    ("The Southbank library was paid for by Harlow Trust rather than Meridia City Council.",
     REFUTED),
    ("Harlow Trust, not Corvia Rail, paid for the Southbank library.", NOT_ENOUGH_INFO),
    ("Harlow Trust paid for the Southbank library.", NOT_ENOUGH_INFO),
])
def test_another_filler_of_a_place_only_one_fills(sole_fillers: Knowledge, claim: str,
                                                  label: str) -> None:
    assert verdict(claim, sole_fillers) == label


@pytest.fixture(scope="module")
def guild_and_levy() -> Knowledge:
    """A one-holder office of a body two of its members are named in, an act the fact
    says was undone, a place a preposition puts a thing in, and a 'not' in a relative
    clause of its own."""
    return tramway_with(
        ("guild-president", "Ada Brisk is the president of the Harbour Guild.",
         ["ada-brisk", "harbour-guild"], []),
        ("ostrom-meeting", "Vela Ostrom said the Harbour Guild would meet in May.",
         ["vela-ostrom", "harbour-guild"], []),
        ("levy-revoked", "In March Meridia City Council revoked its approval of the ferry levy.",
         ["meridia-council"], []),
        ("kiosks-inside", "Corvia Rail set up ticket kiosks inside the market hall.",
         ["corvia-rail"], []),
        ("ostrom-pilot", "Vela Ostrom is a pilot of the Harbour Guild, who said the season "
         "was not easy.", ["vela-ostrom", "harbour-guild"], []),
        entities=({"id": "ada-brisk", "name": "Ada Brisk", "kind": "person",
                   "aliases": ["Guild president"], "member_of": ["harbour-guild"]},
                  {"id": "vela-ostrom", "name": "Vela Ostrom", "kind": "person",
                   "aliases": [], "member_of": ["harbour-guild"]},
                  {"id": "harbour-guild", "name": "Harbour Guild", "kind": "organisation",
                   "aliases": [], "member_of": []}))


@pytest.mark.parametrize(("claim", "label"), [
    # 'the president of' a body has one holder: another member of the body is another
    # holder, and a fact that only names both says nothing of the role
    ("Vela Ostrom is the president of the Harbour Guild.", REFUTED),
    ("Ada Brisk is the president of the Harbour Guild.", SUPPORTED),
    ("Vela Ostrom is the treasurer of the Harbour Guild.", NOT_ENOUGH_INFO),
    ("Vela Ostrom is a vice-president of the Harbour Guild.", NOT_ENOUGH_INFO),
    # a noun the lexicon files under a person's kind names a role, not only the kind
    ("Vela Ostrom is a minister.", NOT_ENOUGH_INFO),
    ("Vela Ostrom is a person.", SUPPORTED),
    # an act the fact says its doer undid does not stand; another's may have been undone
    ("Meridia City Council approved the ferry levy in March.", REFUTED),
    ("Meridia City Council rescinded its approval of the ferry levy.", SUPPORTED),
    ("Corvia Rail approved the ferry levy.", NOT_ENOUGH_INFO),
    # the other side of the same place contradicts; another side is not said
    ("Corvia Rail set up ticket kiosks outside the market hall.", REFUTED),
    ("Corvia Rail set up ticket kiosks beyond the market hall.", REFUTED),
    ("Corvia Rail set up ticket kiosks above the market hall.", NOT_ENOUGH_INFO),
    ("Corvia Rail set up ticket kiosks within the market hall.", SUPPORTED),
    # a 'not' in a relative clause after a comma denies only that clause
    ("Vela Ostrom is a pilot of the Harbour Guild.", SUPPORTED),
    ("Vela Ostrom said the season was easy.", REFUTED),
])
def test_one_holder_an_undone_act_a_side_of_a_place(guild_and_levy: Knowledge, claim: str,
                                                     label: str) -> None:
    assert verdict(claim, guild_and_levy) == label


@pytest.fixture(scope="module")
def verbs_not_read_as_verbs() -> Knowledge:
    """Facts whose verb stands where a sentence does not read one: a verb with its particle
    in a relative clause."""
    return tramway_with(
        ("railco-stopped", "Railco stopped lorries from polluting the Southbank canal.",
         ["railco"], []),
        ("faster-timetable", "Meridia City Council approved a timetable that speeds up the "
         "Northbank trams.", ["meridia-council", "northbank"], []))


@pytest.mark.parametrize(("claim", "label"), [
    # 'a timetable that speeds up': WordNet's 'speed up' is to accelerate
    ("Meridia City Council approved a timetable that accelerates the Northbank trams.",
     SUPPORTED),
    ("Meridia City Council approved a timetable that slows the Northbank trams.", REFUTED),
    # 'stopped lorries from polluting': an act the fact says did not happen
    ("Lorries contaminated the Southbank canal.", NOT_ENOUGH_INFO),
])
def test_a_verb_where_the_fact_reads_none_relates_as_a_verb(
        claim: str, label: str, verbs_not_read_as_verbs: Knowledge) -> None:
    """A fact's verb with a particle after a relative 'that' relates through the senses of
    WordNet's verb with that particle: 'accelerates' is 'speeds up'."""
    assert verdict(claim, verbs_not_read_as_verbs) == label


@pytest.fixture(scope="module")
def figures_to_pair() -> Knowledge:
    """Facts whose figure a claim must find: one said of a chemical's name, one written with
    a thousands comma, a count of vaguely named things, and a date of an act whose subject
    is another."""
    count = "count"
    return tramway_with(
        ("trams-cut-co2", "Corvia Rail's new trams cut carbon dioxide emissions by 20 percent.",
         ["corvia-rail"], [{"value": 20, "unit": "percent", "qualifier": "exact",
                            "measure": "cut in emissions from the new trams"}]),
        ("bicycle-spaces", "The Central Station tram stop has 2,040 bicycle spaces.",
         ["central-station"], [{"value": 2040, "unit": count, "qualifier": "exact",
                                "measure": "bicycle spaces at the stop"}]),
        ("flood-crews", "Meridia City Council sent repair crews to four flooded areas.",
         ["meridia-council"], [{"value": 4, "unit": count, "qualifier": "exact",
                                "measure": "flooded areas receiving repair crews"}]),
        ("depot-checked", "Inspectors from Corvia Rail checked the Lyon depot on Tuesday, "
         "4 March 2025.", ["lyon", "corvia-rail"],
         [{"value": 2025, "unit": "year", "qualifier": "exact",
           "measure": "year of the inspection"}]))


@pytest.mark.parametrize(("claim", "label"), [
    # the digits of a symbol are no figure ('CO2' is carbon dioxide, not a count of two)
    ("Corvia Rail's new trams cut CO2 emissions by 20 percent.", SUPPORTED),
    ("Corvia Rail's new trams cut carbon dioxide emissions by 20 percent.", SUPPORTED),
    ("Corvia Rail's new trams cut CO2 emissions by 35 percent.", REFUTED),
    # a figure written with a thousands comma is a count, never a year
    ("The Central Station tram stop has more than 2,000 bicycle spaces.", SUPPORTED),
    ("The Central Station tram stop has fewer than 1,950 bicycle spaces.", REFUTED),
    # a count of a noun too vague to say what it counts ('areas') is of the words beside it
    ("Meridia City Council sent repair crews to four flooded areas.", SUPPORTED),
    ("Repair crews were sent to nine flooded areas.", REFUTED),
    ("Repair crews were sent to nine areas.", NOT_ENOUGH_INFO),
    # a date of the act the fact holds is that act's, whoever the fact's subject
    ("Corvia Rail checked the Lyon depot on a Tuesday in March 2025.", SUPPORTED),
    ("Corvia Rail checked the Lyon depot on a Tuesday in March 2026.", REFUTED),
])
def test_a_claims_figure_finds_the_facts(figures_to_pair: Knowledge, claim: str,
                                         label: str) -> None:
    assert verdict(claim, figures_to_pair) == label


@pytest.mark.parametrize(("claim", "label"), [
    ("Icelanders built barriers against the lava.", SUPPORTED),
    ("Icelanders did not build barriers against the lava.", REFUTED),
    ("Londoners built barriers against the lava.", NOT_ENOUGH_INFO),
    ("New Zealanders built dams against the floods.", SUPPORTED),
    ("South Africans built dams against the floods.", NOT_ENOUGH_INFO),
])
def test_a_noun_for_a_places_people_names_the_place(claim: str, label: str) -> None:
    """'Icelanders' names Iceland as 'Icelandic' does: WordNet derives the noun from it;
    'New Zealanders' New Zealand, through the adjective of the same spelling."""
    knowledge = tramway_with(
        ("iceland-barriers", "Iceland built barriers against the lava.", ["iceland"], []),
        ("new-zealand-dams", "New Zealand built dams against the floods.",
         ["new-zealand"], []),
        entities=({"id": "iceland", "name": "Iceland", "kind": "country", "aliases": [],
                   "member_of": []},
                  {"id": "new-zealand", "name": "New Zealand", "kind": "country",
                   "aliases": [], "member_of": []}))
    assert verdict(claim, knowledge) == label


def test_a_proof_shows_the_word_a_figures_measure_wrote_not_its_stem() -> None:
    """'people' is held by the measure 'share of people riding the tram', a word the
    statement does not use: the explanation shows it as the store wrote it."""
    knowledge = tramway_with(
        ("riders-share", "One in five residents of Meridia rides the tram.", ["meridia"],
         [{"value": 20, "unit": "percent", "measure": "share of people riding the tram",
           "qualifier": "exact"}]))
    outcome = verify_claim("One in five people in Meridia rides the tram.", knowledge)
    assert outcome.verdict == SUPPORTED
    assert "people" in outcome.explanation.split(": ", 1)[1].split(", ")


@pytest.fixture(scope="module")
def refutable() -> Knowledge:
    """Facts a claim may contradict in ways a reader takes for granted (each case below says
    which)."""
    return tramway_with(
        ("depot-in-oregon", "The Corvia depot lies in the state of Oregon.",
         ["corvia-rail", "oregon"], []),
        ("ruling-approving", "Meridia City Council issued a ruling approving the route of "
         "the new line.", ["meridia-council", "tram-extension"], []),
        ("third-census", "The 2024 survey is the Northbank district's third traffic survey "
         "since 2015.", ["northbank"],
         [{"value": 2024, "unit": "year", "qualifier": "exact", "measure": "survey year"},
          {"value": 2015, "unit": "year", "qualifier": "exact",
           "measure": "year the surveys are counted from"}]),
        ("lumen-share", "Lumen Works made up two thirds of all the new track laid.",
         ["lumen-works"], [{"value": 66.7, "unit": "percent", "qualifier": "approx",
                            "measure": "Lumen Works's share of the new track"}]),
        ("ridership-growth", "Southbank's ridership growth rate more than halved, falling to "
         "3 percent.", ["southbank"], [{"value": 3, "unit": "percent", "qualifier": "exact",
                                        "measure": "Southbank's ridership growth rate"}]),
        entities=({"id": "oregon", "name": "Oregon", "kind": "state", "aliases": [],
                   "member_of": []},))


@pytest.mark.parametrize(("claim", "label"), [
    # 'the state of Oregon' is where 'in' puts it: another state there is another place
    ("The Corvia depot lies in Oregon.", SUPPORTED),
    ("The Corvia depot lies in Idaho.", REFUTED),
    # an '-ing' word taking an object acts as its verb, so the verb's opposite meets it
    ("Meridia City Council rejected the route of the new line.", REFUTED),
    # an ordinal a copula says of the subject, past a name's or a noun's 's, is its place
    ("The 2024 survey is the Northbank district's fourth traffic survey since 2015.",
     REFUTED),
    ("The 2024 survey is the district's fourth traffic survey since 2015.", REFUTED),
    ("The 2024 survey is the Northbank district's third traffic survey since 2015.",
     SUPPORTED),
    # 'only' the subject, which the fact gives a share short of the whole: others have the rest
    ("Only Lumen Works laid the new track.", REFUTED),
    ("Lumen Works alone laid the new track.", REFUTED),
    # a verb of the group its own noun is of ('growth … rose') still meets the fact's verb
    ("Southbank's ridership growth rate rose to 3 percent.", REFUTED),
    ("Southbank's ridership growth rate fell to 3 percent.", SUPPORTED),
])
def test_a_contradiction_a_reader_takes_for_granted(refutable: Knowledge, claim: str,
                                                   label: str) -> None:
    assert verdict(claim, refutable) == label


@pytest.mark.parametrize(("claim", "label"), [
    ("The depot was inspected with safety studies.", SUPPORTED),
    # 'without' against a fact that names the studies plainly: not stated either way
    ("The depot was inspected without any safety studies.", NOT_ENOUGH_INFO),
])
def test_without_against_a_plain_word(claim: str, label: str) -> None:
    knowledge = tramway_with(("depot-inspected", "Engineers inspected the depot after a review "
                              "that included safety studies.", ["tram-extension"], []))
    assert verdict(claim, knowledge) == label


@pytest.fixture(scope="module")
def accidents() -> Knowledge:
    """Two places' figures, and a fact naming both."""
    return tramway_with(
        ("northbank-night-accidents", "Northbank recorded 120 night-time tram accidents.",
         ["northbank"], _figure(120, "count", "night-time tram accidents in Northbank")),
        ("southbank-child-accidents", "Southbank recorded 300 tram accidents involving "
         "children.", ["southbank"], _figure(300, "count",
                                             "tram accidents involving children in Southbank")),
        ("northbank-follows", "Northbank followed Southbank with 120 night-time tram accidents.",
         ["northbank", "southbank"], []))


def test_a_comparative_apart_from_its_than_before_a_name(accidents: Knowledge) -> None:
    """A comparative whose counted noun has words of its own before 'than' and a name is
    not said by a fact that names both sides."""
    claim = "Northbank had more night-time tram accidents than Southbank."
    assert verdict(claim, accidents) == NOT_ENOUGH_INFO


@pytest.fixture(scope="module")
def district_figures() -> Knowledge:
    """A district's share of homes, the district named by name."""
    return tramway_with(
        ("northbank-share", "Trams reached 40 per cent of homes in Northbank.", ["northbank"],
         [{"value": 40, "unit": "percent", "measure": "share of homes reached by trams",
           "qualifier": "exact"}]))


@pytest.mark.parametrize(("claim", "label"), [
    # the district named by its kind: the claim's figure contradicts the fact's
    ("Trams reached 70 per cent of homes in the district.", REFUTED),
    # … but 'the western district' may be another district than Northbank
    ("Trams reached 70 per cent of homes in the western district.", NOT_ENOUGH_INFO),
])
def test_a_word_saying_which_one_of_a_kind_the_fact_does_not_say(
        claim: str, label: str, district_figures: Knowledge) -> None:
    assert verdict(claim, district_figures) == label


@pytest.mark.parametrize(("claim", "label"), [
    ("Meridia City Council has not yet invested 90 million euros in the line.", SUPPORTED),
    # a plan for the whole says nothing of whether any part of it is done already
    ("Meridia City Council has not yet invested any money in the line.", NOT_ENOUGH_INFO),
    ("Meridia City Council has invested no money in the line yet.", NOT_ENOUGH_INFO),
])
def test_none_done_yet_against_a_planned_total(claim: str, label: str) -> None:
    knowledge = tramway_with(("council-invest", "Meridia City Council expects to invest around "
                              "90 million euros in total before the line opens.",
                              ["meridia-council"], _figure(90000000, "EUR", "investment")))
    assert verdict(claim, knowledge) == label


@pytest.mark.parametrize("claim", [
    "The tram app was built by Harbourline.",
    "Harbourline built the tram app.",
])
def test_another_doer_than_the_ones_a_passive_names(claim: str) -> None:
    """The doers of a passive fact are those 'by' names, past an adverb ('built jointly
    by'), not its subject: another company of their kind did not do it."""
    knowledge = tramway_with(
        ("app-built", "The tram app was built jointly by Corvia Rail and Tidewater Marine.",
         ["tram-app", "corvia-rail", "tidewater"], []),
        entities=({"id": "tidewater", "name": "Tidewater Marine", "kind": "company",
                   "aliases": [], "member_of": []},
                  {"id": "harbourline", "name": "Harbourline", "kind": "company",
                   "aliases": [], "member_of": []}))
    assert verdict(claim, knowledge) == REFUTED


@pytest.mark.parametrize(("claim", "label"), [
    ("Some 8,000 travel cards were sold by the council up to 31 May.", SUPPORTED),
    # with no year on either side, a figure the fact gives too ties the claim to the
    # fact's occasion, so another month contradicts it
    ("Some 8,000 travel cards were sold by the council up to 30 June.", REFUTED),
])
def test_another_month_beside_a_figure_the_fact_gives(claim: str, label: str) -> None:
    knowledge = tramway_with(("cards-sold", "Some 8,000 travel cards were sold by the council "
                              "up to 31 May.", ["meridia-council"],
                              _figure(8000, "count", "travel cards sold")))
    assert verdict(claim, knowledge) == label


def test_the_first_part_of_a_hyphenated_word_is_no_verb() -> None:
    """'left-wing' is no act of leaving: read as the fact's verb, it let 'lost' stand for
    it (WordNet puts losing right under leaving in a rare sense), and a claim the fact
    contradicts was supported."""
    knowledge = tramway_with(
        ("coalition-beat", "In Meridia, the council's left-wing coalition beat the "
         "traditional opposition parties.", ["meridia-council", "meridia"], []))
    claim = "The council lost to the traditional opposition parties in Meridia."
    assert verdict(claim, knowledge) != SUPPORTED


def test_a_count_of_the_named_group_it_comes_before() -> None:
    """'2,100 growers' counts the growers the store names as a group: the fact's count of
    them is the figure to set it against, though 'growers' is a name's word, not a term."""
    knowledge = tramway_with(
        ("growers-joined", "1,200 growers have joined the tram scheme.", ["growers"],
         _figure(1200, "count", "growers who joined the tram scheme")),
        entities=({"id": "growers", "name": "Meridia wine growers", "kind": "group",
                   "aliases": ["wine growers", "growers"], "member_of": []},))
    assert verdict("2,100 growers have signed up for the tram scheme.", knowledge) == REFUTED


@pytest.fixture(scope="module")
def ages_and_shares() -> Knowledge:
    """Children bounded by an age, a share still to be done and a count said of its noun
    through 'of'."""
    return tramway_with(
        ("children-rides", "The tram carried 3,400 children under five for free in 2024.",
         ["tram-extension"], _figure(3400, "count", "children under five carried for free")),
        ("riders", "The tram carried 2.1 million passengers in 2024.", ["tram-extension"],
         _figure(2100000, "count", "passengers carried")),
        ("track-repair", "About 15.74 percent of the old track is still to be repaired.",
         ["meridia-council"], _figure(15.74, "percent", "share of the old track still to be "
                                                        "repaired")),
        ("stop-closures", "Floods led to the closure of 12 tram stops in 2024.",
         ["meridia-council"], _figure(12, "count", "closures of tram stops")))


@pytest.mark.parametrize(("claim", "label"), [
    # 'under five' after a noun for people is their age: passengers under five are some of
    # the 2.1 million passengers, not a bound on their number
    ("The tram carried 3,400 passengers under five in 2024.", NOT_ENOUGH_INFO),
    ("The tram carried 3,000,000 passengers under five in 2024.", REFUTED),
    ("The tram carried free passengers under five in 2024.", NOT_ENOUGH_INFO),
    ("The tram carried 1,000 children under five in 2024.", REFUTED),
])
def test_people_under_an_age_are_counted_apart(ages_and_shares: Knowledge, claim: str,
                                               label: str) -> None:
    assert verdict(claim, ages_and_shares) == label


@pytest.mark.parametrize(("claim", "label"), [
    # the share done and the share still to do make the whole
    ("About 84.26 percent of the old track has been repaired.", NOT_ENOUGH_INFO),
    ("About 30 percent of the old track is still to be repaired.", REFUTED),
])
def test_a_share_done_against_the_share_still_to_do(ages_and_shares: Knowledge,
                                                    claim: str, label: str) -> None:
    assert verdict(claim, ages_and_shares) == label


@pytest.mark.parametrize(("claim", "label"), [
    # 'the closure of 12 tram stops' counts the fact's closures
    ("Floods led to the closure of 12 tram stops in 2024.", SUPPORTED),
    ("Floods led to the closure of 15 tram stops in 2024.", REFUTED),
])
def test_a_count_said_of_its_noun_through_of(ages_and_shares: Knowledge, claim: str,
                                             label: str) -> None:
    assert verdict(claim, ages_and_shares) == label


@pytest.mark.parametrize(("claim", "label"), [
    ("Ridership in Tarn County rose by 17%.", REFUTED),  # the town's figure, not the county's
    ("Ridership in Tarn County rose by 12%.", SUPPORTED),
    ("Ridership in Tarnby rose by 17%.", SUPPORTED),
    ("The tram stops in Tarn County.", SUPPORTED),  # what is in the town is in the county
])
def test_a_place_with_one_known_place_in_it_is_not_that_place_for_a_figure(
        claim: str, label: str) -> None:
    """The store puts one town in the county: a fact giving the town a figure does not give
    it to the county, though it places things in the county all the same."""
    knowledge = tramway_with(
        ("town-rise", "Ridership in Tarnby rose by 17%.", ["tarnby"],
         [{"value": 17, "unit": "percent", "measure": "ridership rise", "qualifier": "exact"}]),
        ("county-rise", "Ridership in Tarn County rose by 12%.", ["tarn-county"],
         [{"value": 12, "unit": "percent", "measure": "ridership rise", "qualifier": "exact"}]),
        ("town-stop", "The tram stops in Tarnby.", ["tarnby"], []),
        entities=({"id": "tarn-county", "name": "Tarn County", "kind": "county", "aliases": [],
                   "member_of": []},
                  {"id": "tarnby", "name": "Tarnby", "kind": "town", "aliases": [],
                   "member_of": ["tarn-county"]}))
    assert verdict(claim, knowledge) == label


@pytest.mark.parametrize(("claim", "label"), [
    ("Ada Brisk leads Railco.", REFUTED),  # 'is led by' says who leads it now
    ("Ada Brisk leads Corvia Rail.", SUPPORTED),
])
def test_a_present_passive_of_leading_says_who_is_in_charge_now(claim: str, label: str) -> None:
    knowledge = tramway_with(
        ("railco-led", "Railco is led by Tomas Vell.", ["railco", "tomas-vell"], []),
        ("corvia-led", "Corvia Rail is led by Ada Brisk.", ["corvia-rail", "ada-brisk"], []),
        entities=_SPEAKERS)
    assert verdict(claim, knowledge) == label


@pytest.mark.parametrize(("claim", "label"), [
    # the claim's figure is of what it is said of, the trams on order, not of the earlier
    # batch that the same fact also counts
    ("Fewer than 400 trams are now on order for Meridia.", REFUTED),
    ("Fewer than 500 trams are now on order for Meridia.", SUPPORTED),
])
def test_of_two_figures_the_one_whose_measure_the_claim_says(claim: str, label: str) -> None:
    knowledge = tramway_with(
        ("trams-on-order", "With the new order and an earlier batch of 120, 460 trams are "
         "now on order for Meridia.", ["meridia"],
         [*_figure(120, "count", "trams in the earlier batch"),
          *_figure(460, "count", "trams on order for Meridia in total")]))
    assert verdict(claim, knowledge) == label


@pytest.mark.parametrize(("claim", "label"), [
    ("Corvia Rail built the most tram stops.", NOT_ENOUGH_INFO),
    ("Corvia Rail built the least costly tram stops.", NOT_ENOUGH_INFO),
    ("Corvia Rail built 12 tram stops.", SUPPORTED),
])
def test_a_fact_that_ranks_nothing_does_not_say_a_thing_came_first(claim: str,
                                                                   label: str) -> None:
    knowledge = tramway_with(("stops-built", "Corvia Rail built 12 tram stops.",
                              ["corvia-rail"], _figure(12, "count", "tram stops built")))
    assert verdict(claim, knowledge) == label


@pytest.mark.parametrize(("claim", "label"), [
    ("Railco is owned by Lumen Works.", NOT_ENOUGH_INFO),
    ("Lumen Works owns a tram depot.", SUPPORTED),
])
def test_a_name_the_fact_sets_aside_takes_no_part_in_it(claim: str, label: str) -> None:
    knowledge = tramway_with(("depot-owner", "Lumen Works owns the only tram depot in Meridia "
                              "other than Railco.", ["lumen-works", "railco", "meridia"], []))
    assert verdict(claim, knowledge) == label


@pytest.mark.parametrize(("claim", "label"), [
    ("The works on the line run over the years 2024 to 2031.", REFUTED),
    ("The works on the line run over the years 2024 to 2029.", SUPPORTED),
])
def test_a_stretch_of_years_without_from_is_a_stretch(claim: str, label: str) -> None:
    knowledge = tramway_with(("works-years", "The works on the line run over the years 2024 "
                              "to 2029.", ["tram-extension"],
                              [*_figure(2024, "year", "first year of the works"),
                               *_figure(2029, "year", "last year of the works")]))
    assert verdict(claim, knowledge) == label


@pytest.mark.parametrize(("claim", "label"), [
    ("Ridership in Northbank fell by nearly a quarter in 2024.", SUPPORTED),
    ("Ridership in Northbank fell by a quarter in 2024.", SUPPORTED),
    ("Ridership in Northbank fell by a third in 2024.", REFUTED),
])
def test_a_change_by_a_fraction_is_a_change_by_that_share(claim: str, label: str) -> None:
    knowledge = tramway_with(("northbank-fall", "Ridership in Northbank fell by 24% in 2024.",
                              ["northbank"],
                              [*_figure(24, "percent", "fall in Northbank ridership"),
                               *_figure(2024, "year", "year of the fall")]))
    assert verdict(claim, knowledge) == label
