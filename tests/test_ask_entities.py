"""Questions whose answer is a party, place or thing a fact names (who, which X, where),
over the tramway store with a few invented facts."""

from __future__ import annotations

import pytest

from factcli.ask import ask_question
from factcli.knowledge import Knowledge

from .conftest import tramway_with


@pytest.fixture(scope="module")
def named() -> Knowledge:
    return tramway_with(
        ("brakes-made-by", "The tram brakes are made by the engineering firm Tramfix.",
         ["tramfix"], []),
        ("ministry-announced", "The Ministry of Transport announced the tram extension.",
         ["transport-ministry", "tram-extension", "france"], []),
        ("depot-opened", "Corvia Rail opened its new tram depot in Northbank in 2021.",
         ["corvia-rail", "northbank"], []),
        ("railco-engineers", "Railco engineers inspected the tram bridge in Lyon in March.",
         ["railco", "lyon"], []),
        ("vale-plant-wheels", "The Vale plant makes tram wheels.", ["vale-plant"], []),
        ("wind-park-sea", "The Meridia wind park is in the Brine Sea.",
         ["meridia-wind-park", "brine-sea"], []),
        ("venture-owned", "The Harlow depot venture is owned by Corvia Rail and Tramfix.",
         ["harlow-venture", "corvia-rail", "tramfix"], []),
        entities=(
            {"id": "tramfix", "name": "Tramfix", "kind": "company", "aliases": [],
             "member_of": []},
            {"id": "transport-ministry", "name": "Ministry of Transport",
             "kind": "government department", "aliases": [], "member_of": ["france"]},
            {"id": "meridia-wind-park", "name": "Meridia wind park", "kind": "wind farm",
             "aliases": [], "member_of": []},
            {"id": "vale-plant", "name": "Vale plant", "kind": "factory", "aliases": [],
             "member_of": ["ashby"]},
            {"id": "ashby", "name": "Ashby", "kind": "city", "aliases": [],
             "member_of": ["westria"]},
            {"id": "westria", "name": "Westria", "kind": "state", "aliases": [],
             "member_of": ["norland"]},
            {"id": "norland", "name": "Norland", "kind": "country", "aliases": [],
             "member_of": []},
            {"id": "brine-sea", "name": "Brine Sea", "kind": "sea", "aliases": [],
             "member_of": []},
            {"id": "harlow-venture", "name": "Harlow depot venture", "kind": "joint venture",
             "aliases": [], "member_of": []},
        ))


@pytest.mark.parametrize(("question", "expected"), [
    # a manufacturer is a company (questions.json kind_nouns)
    ("Which manufacturer makes the tram brakes?", "Tramfix"),
    # a light verb the fact says itself ('are made by') is still the question's act ...
    ("Which company makes the tram brakes?", "Tramfix"),
    # ... but not one said of a light noun, nor with nothing else of the question held
    ("Which company made the announcement?", None),
    # so is a verb the reader passes over ('own'), the names asked on its doer's side
    ("Which companies own the Harlow depot venture?", "Corvia Rail"),
    ("Which companies own Corvia Rail?", None),
    # the head of a compound names the kind: a department, not the country 'government'
    ("Which government department announced the tram extension?", "Ministry of Transport"),
    # 'located' only says where a thing is: the fact's own verb need not be it; the noun
    # before the participle is no verb
    ("Where is Corvia Rail's new tram depot located?", "Northbank"),
    ("Where is the Meridia wind park located?", "Brine Sea"),
    ("Where is the Meridia wind park?", "Brine Sea"),
    ("Where is the Lumen Works depot located?", None),
    # a name right before a noun says whose it is, as an 's does
    ("Whose engineers inspected the tram bridge?", "Railco"),
    ("Whose trams passed their safety inspection?", None),
    # a part of a part is a part of the whole, and the whole of the very kind asked
    # answers before a nearer one the kind word may stand for (a state for 'country')
    ("In which state is the Vale plant?", "Westria"),
    ("Which country is the Vale plant in?", "Norland"),
    ("Which city is the Vale plant in?", "Ashby"),
])
def test_an_entity_of_the_kind_asked(named: Knowledge, question: str,
                                     expected: str | None) -> None:
    answer = ask_question(question, named).answer
    if expected is None:
        assert answer is None
    else:
        assert answer is not None and expected in answer
