from __future__ import annotations

from dataclasses import replace

import pytest

from factcli import vocabulary
from factcli.knowledge import Knowledge
from factcli.logic import Relation
from factcli.text import tokenise
from factcli.wordnet import (
    DERIVED_HYPERNYM,
    HEAD_VERB,
    find_links,
    pack_links,
    pack_table,
    shipped_wordnet,
    split_table,
)

from .conftest import DATA


def test_split_table_finds_what_a_search_finds(knowledge: Knowledge) -> None:
    for table in (knowledge.vocab.relation_table, knowledge.vocab.narrower_table):
        split = split_table(table)
        assert split
        for lemma, packed in split.items():
            assert find_links(table, lemma) == packed
        assert find_links(table, "no-such-lemma") == split.get("no-such-lemma", "") == ""


def test_split_table_of_a_packed_table() -> None:
    table = pack_table({"build": pack_links({"g:construct": ("equivalent", "synonym")}),
                        "v:make": pack_links({"s:build": ("forward", "hypernym"),
                                              "s:creat": ("equivalent", "synonym")})})
    assert split_table(table) == {"build": "g:construct|equivalent|synonym",
                                  "v:make": "s:build|forward|hypernym;s:creat|equivalent|synonym"}


@pytest.mark.parametrize("verb", [False, True])
@pytest.mark.parametrize("narrower", [False, True])
def test_links_are_the_same_searched_or_split(knowledge: Knowledge, verb: bool, narrower: bool,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    words = list(dict.fromkeys(tokenise((DATA / "article.txt").read_text())))[:400]
    monkeypatch.setattr(vocabulary, "SEARCHES_BEFORE_SPLIT", 0)  # split at once
    split = replace(knowledge.vocab)  # a copy without the session's memos
    from_split = [split.links(w, verb, narrower) for w in words]
    monkeypatch.setattr(vocabulary, "SEARCHES_BEFORE_SPLIT", 10**9)  # never split
    searched = replace(knowledge.vocab)
    assert [searched.links(w, verb, narrower) for w in words] == from_split
    assert any(from_split)


@pytest.mark.parametrize(("name", "demonyms"), [
    ("Europe", ["european"]), ("Poland", ["polish"]), ("Lithuania", ["lithuanian"]),
    ("India", ["indian"]), ("Jupiter", []), ("Earth", []), ("Northbank", []),
    ("Iceland", ["icelander", "icelanders", "icelandic"]),
    ("London", ["londoner", "londoners"]), ("Japan", ["japanese"]),
    # a place of two words: its people share a spelling with its adjective
    ("New Zealand", ["new zealander", "new zealanders"]),
    ("South Africa", ["south african", "south africans"]), ("North Island", [])])
def test_demonyms_are_the_words_formed_from_a_name(name: str, demonyms: list[str]) -> None:
    assert shipped_wordnet().demonyms(name) == demonyms


@pytest.mark.parametrize(("name", "kind"), [
    ("mars", "planet"),  # an instance in WordNet
    ("nasa", "organisation"),  # a kind of independent agency in WordNet, written as a name
    ("paris", "city"),
])
def test_names_are_known_by_their_kind(name: str, kind: str) -> None:
    kinds = shipped_wordnet().instance_kinds(["planet", "organisation", "city"])
    assert kinds[name] == kind


@pytest.mark.parametrize("noun", ["agency", "probe", "airport"])
def test_common_nouns_are_no_names(noun: str) -> None:
    assert noun not in shipped_wordnet().instance_kinds(["organisation", "spacecraft", "airport"])


@pytest.mark.parametrize(("word", "lemma"), [("flyby", "fly-by"), ("flybys", "fly-by"),
                                             ("nonstop", "nonstop")])
def test_a_joined_hyphenated_word_finds_wordnet_s_hyphenated_lemma(word: str, lemma: str) -> None:
    assert (lemma, "n") in shipped_wordnet().lemmas(word)


@pytest.mark.parametrize(("fact_word", "claim_word", "near"), [
    ("cope", "handle", True),  # their first senses share 'deal' and 'manage'
    ("begin", "depart", False),  # they share only 'start'
    ("invest", "lay", False),  # they share 'place' and the light verb 'put'
])
def test_near_synonyms_share_two_words_of_a_sense(fact_word: str, claim_word: str,
                                                   near: bool, knowledge: Knowledge) -> None:
    links = shipped_wordnet().links_from(fact_word, "v", knowledge.vocab.light)
    vias = {link.via for other, link in links if other == claim_word}
    assert ("WordNet near-synonym" in vias) is near


@pytest.mark.parametrize(("fact_word", "claim_word", "linked"), [
    ("ship", "send", True),  # the first sense of 'ship', the fourth of 'send'
    ("send", "ship", True),  # either way round
    ("issue", "release", True),  # 'issued a report': the first of 'issue', the fourth of 'release'
    ("release", "issue", True),
    ("end", "stop", False),  # the first sense of 'end' is only the ninth of 'stop'
    ("post", "send", False),  # the fourth of 'post', the fifth of 'send': first of neither
])
def test_a_verb_s_dominant_sense_reaches_one_sense_further_into_the_other_s(
        fact_word: str, claim_word: str, linked: bool) -> None:
    vias = {link.via for other, link in shipped_wordnet().links_from(fact_word, "v")
            if other == claim_word}
    assert ("WordNet synonym" in vias) is linked


@pytest.mark.parametrize(("noun", "kind", "same"), [
    ("firms", "company", True),  # a business and an institution, both organisations
    ("town", "city", True),
    ("neighbours", "country", False),  # a person: they meet only as physical entities
    ("contractor", "company", False),  # a person who contracts, in WordNet's first sense
])
def test_a_lexicon_noun_is_of_a_kind_only_in_the_same_wordnet_class(noun: str, kind: str,
                                                                     same: bool) -> None:
    assert shipped_wordnet().same_class(noun, kind) is same


def test_a_lexicon_noun_of_the_same_class_refers_to_entities_of_the_kind() -> None:
    kinds = {"corvia": "company", "lyon": "city", "france": "country"}
    words = shipped_wordnet().kind_words(kinds, {"firm": "company", "neighbour": "country"})
    assert words["firm"] == ["corvia"]
    assert "france" not in words.get("neighbour", [])


@pytest.mark.parametrize(("word", "refers"), [
    ("individual", True),  # a synonym of the first sense
    ("living thing", True),  # broader than the first sense
    ("family", False),  # broader only than the grammatical person, a sense no text tagged
    ("build", False),  # the human body, a sense the corpus met once in 6,834 tags
])
def test_a_kind_is_referred_to_by_words_broader_than_its_senses_in_common_use(
        word: str, refers: bool) -> None:
    words = shipped_wordnet().kind_words({"holt": "person"})
    assert ("holt" in words.get(word, [])) is refers


def test_a_sense_in_common_use_is_one_the_corpus_tagged_often_enough() -> None:
    common = shipped_wordnet().common_noun_senses
    assert common["person"] == 1
    assert "country" not in common  # the territory is as common as the nation


@pytest.mark.parametrize(("noun", "verbs"), [
    ("fly-by", ["fly"]),  # a flight, which is what 'fly' derives: 'fly by' is a phrasal verb
    ("ace of clubs", []),  # 'ace' is a verb too, but 'ace of clubs' is no phrasal verb
    ("flight", []),  # not a compound: its verb is a derivation, not a broader word
])
def test_a_phrasal_verb_written_as_a_noun_is_an_act_of_its_verb(noun: str,
                                                                verbs: list[str]) -> None:
    found = [other for other, link in shipped_wordnet().links_from(noun, "n")
             if link.via == HEAD_VERB]
    assert found == verbs


@pytest.mark.parametrize(("fact_word", "claim_word", "same"), [
    ("picture", "photograph", True),  # a later sense, a representation as the first is
    ("picture", "video", False),  # a later sense, but a visual communication
    ("picture", "film", False),  # a later sense, but a show
])
def test_a_later_noun_sense_is_a_synonym_only_of_the_same_class(fact_word: str, claim_word: str,
                                                                 same: bool) -> None:
    vias = {link.via for other, link in shipped_wordnet().links_from(fact_word, "n")
            if other == claim_word}
    assert ("WordNet synonym" in vias) is same


@pytest.mark.parametrize(("british", "american"), [
    ("defence", "defense"),  # WordNet lists defence's psychoanalytic sense first
    ("organisation", "organization"),
])
def test_a_spelling_no_corpus_tagged_takes_its_variant_s_order_of_senses(british: str,
                                                                        american: str) -> None:
    wordnet = shipped_wordnet()
    assert wordnet.senses(british, "n") == wordnet.senses(american, "n")


def test_a_british_spelling_relates_through_its_common_senses() -> None:
    vias = {other: link.via for other, link in shipped_wordnet().links_from("defence", "n")}
    assert vias.get("protection") == "WordNet hypernym"
    assert vias.get("military action") == "WordNet hypernym"


@pytest.mark.parametrize(("fact_word", "claim_word", "broader"), [
    ("dining", "eat", True),  # dining is what 'dine' derives, and to dine is to eat
    ("probe", "study", False),  # 'study' is broader than the verb 'probe', no spacecraft
    ("probe", "investigate", False),  # derived from a synonym's sense ('investigation')
])
def test_a_word_broader_than_the_fact_s_derived_word_is_broader(fact_word: str, claim_word: str,
                                                                broader: bool) -> None:
    links = [link for other, link in shipped_wordnet().links_from(fact_word, "n")
             if other == claim_word and link.via == DERIVED_HYPERNYM]
    assert bool(links) is broader
    assert all(link.relation == Relation.FORWARD for link in links)


def test_what_is_broader_than_an_adjective_s_noun_is_not_broader_than_it() -> None:
    """'vital' derives 'vitalness', an importance: something important need not be vital,
    and a claim of importance is not what the adjective says."""
    assert not any(link.via == DERIVED_HYPERNYM
                   for other, link in shipped_wordnet().links_from("vital", "a"))
