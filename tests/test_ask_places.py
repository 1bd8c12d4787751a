"""Where a thing is: the places a fact's phrase of place gives, nearest first, read from
the thing's name or from the phrase that opens the fact and stands for it."""

from __future__ import annotations

import pytest

from factcli.ask import ask_question
from factcli.knowledge import Knowledge

from .conftest import tramway_with


@pytest.fixture(scope="module")
def placed() -> Knowledge:
    return tramway_with(
        ("glassworks-site", "The glassworks is sited close to Hartwell in Corrin.",
         ["brindle-glassworks", "hartwell", "corrin"], []),
        ("flood-tamsby", "A flood has hit Tamsby, which lies on Orrin island in the "
         "northern province of Velk.", ["tamsby", "orrin", "velk"], []),
        ("battery-works-site", "Corvane's big new battery works is located in the town of "
         "Pell in Astoria.", ["corvane-works", "corvane", "pell", "astoria"], []),
        entities=(
            {"id": "brindle-glassworks", "name": "Brindle glassworks", "kind": "glassworks",
             "aliases": [], "member_of": []},
            {"id": "hartwell", "name": "Hartwell", "kind": "town", "aliases": [],
             "member_of": []},
            {"id": "corrin", "name": "Corrin", "kind": "county", "aliases": [],
             "member_of": []},
            {"id": "tamsby", "name": "Tamsby", "kind": "district", "aliases": [],
             "member_of": []},
            {"id": "orrin", "name": "Orrin", "kind": "island", "aliases": ["Orrin island"],
             "member_of": []},
            {"id": "velk", "name": "Velk", "kind": "province", "aliases": [],
             "member_of": []},
            {"id": "corvane-works", "name": "Corvane battery works", "kind": "battery works",
             "aliases": ["Corvane's battery works"], "member_of": []},
            {"id": "corvane", "name": "Corvane", "kind": "company", "aliases": [],
             "member_of": []},
            {"id": "pell", "name": "Pell", "kind": "town", "aliases": ["town of Pell"],
             "member_of": []},
            {"id": "astoria", "name": "Astoria", "kind": "state", "aliases": [],
             "member_of": []},
            {"id": "ferrow-kiln", "name": "Ferrow kiln", "kind": "kiln", "aliases": [],
             "member_of": []},
            {"id": "dovern", "name": "Dovern", "kind": "town", "aliases": [],
             "member_of": []},
        ))


@pytest.mark.parametrize(("question", "expected"), [
    # the phrase that opens the fact stands for the thing ('the glassworks'), and a
    # preposition of place may take two words ('close to')
    ("Near which town is the Brindle glassworks?", "Hartwell"),
    ("Where is the Brindle glassworks?", "Hartwell"),
    # the nearest place of the kind asked: the town lies in the county
    ("In which county is the Brindle glassworks?", "Corrin"),
    # a verb that puts a thing where it stands asks where it is
    ("In which county will the Brindle glassworks be built?", "Corrin"),
    # a relative clause with a verb of position ('which lies on')
    ("On which island is Tamsby?", "Orrin"),
    ("In which province is Tamsby?", "Velk"),
    # a possessive opening phrase; a description before 'of' ('the town of Pell')
    ("In which state is Corvane's battery works?", "Astoria"),
    ("In which town is Corvane's battery works?", "Pell"),
    # no place of the kind asked, and an act that does not put it there: declined
    ("In which county is Tamsby?", None),
    ("Where will the Brindle glassworks be demolished?", None),
    # an act done in a place ('was unveiled in') does not say where the thing stands
    ("Where is the Ferrow kiln?", None),
])
def test_place_of_a_thing(placed: Knowledge, question: str, expected: str | None) -> None:
    answer = ask_question(question, placed).answer
    if expected is None:
        assert answer is None
    else:
        assert answer is not None and expected in answer
