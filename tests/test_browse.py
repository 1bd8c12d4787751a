from __future__ import annotations

from factcli.browse import topic_title, topic_titles
from factcli.knowledge import Knowledge


def test_a_topic_named_after_an_entity_takes_its_name(knowledge: Knowledge) -> None:
    assert topic_title("suwalki-gap", knowledge.store) == "Suwałki Gap"


def test_other_topics_read_as_words(knowledge: Knowledge) -> None:
    assert topic_title("fortification", knowledge.store) == "Fortification"
    assert topic_title("regional-consensus", knowledge.store) == "Regional consensus"


def test_every_topic_has_a_title(knowledge: Knowledge) -> None:
    titles = topic_titles(knowledge.store)
    assert set(titles) == {f.topic for f in knowledge.store.facts}
    assert all("-" not in title for title in titles.values())
