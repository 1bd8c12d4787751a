from __future__ import annotations

import pytest

from factcli.knowledge import Knowledge
from factcli.text import analyse, fold, is_passive_at, tokenise

from .conftest import tramway_with


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


def test_one_of_is_not_a_count(knowledge: Knowledge) -> None:
    assert analyse("one of NATO's most vulnerable points", knowledge.vocab).quantities == []


def test_entities_aliases_and_typos(knowledge: Knowledge) -> None:
    reading = analyse("The Suwalky corridor and the Mine Ban Treaty and Lithuana",
                      knowledge.vocab)
    assert reading.entity_ids == ["suwalki-gap", "ottawa-convention", "lithuania"]


def test_a_name_in_lower_case_after_a_or_an_is_a_common_noun() -> None:
    """'a harbour of Meridia' is some harbour; 'the Harbour' is the one the store names."""
    harbour = {"id": "harbour", "name": "Harbour", "kind": "district", "aliases": [],
               "member_of": []}
    vocab = tramway_with(entities=(harbour,)).vocab
    assert analyse("Northbank has a harbour of its own", vocab).entity_ids == ["northbank"]
    assert analyse("Northbank faces the Harbour", vocab).entity_ids == ["northbank", "harbour"]


def test_multi_word_verbs_map_to_one_term(knowledge: Knowledge) -> None:
    a = analyse("Lithuania is pulling out of the treaty", knowledge.vocab).term_set
    b = analyse("Lithuania quits the treaty", knowledge.vocab).term_set
    c = analyse("Lithuania withdrew from the treaty", knowledge.vocab).term_set
    assert a == b == c == {"g:withdraw"}


def test_clock_times_and_spaced_digits_are_one_token() -> None:
    assert tokenise("at 2:45 a.m.") == ["at", "2:45", "a", "m"]
    assert tokenise("1 100 000 000 euros") == ["1100000000", "euros"]


def test_reading_marks_roles_status_and_names(knowledge: Knowledge) -> None:
    vocab = knowledge.vocab
    passive = analyse("The treaty was signed by Lithuania", vocab)
    assert passive.subject_entities == ["lithuania"]
    owned = analyse("A Russian fighter jet flew past", vocab)
    assert ("russia", "s:jet") in owned.modifiers
    assert analyse("The bridges have already been renovated", vocab).status == "completed"
    assert analyse("The bridges will be renovated", vocab).status == "prospective"
    assert "mars" in analyse("Juice set course for Mars", vocab).names
    supposed = analyse("Reserves are kept once Juice reaches Jupiter", vocab)
    supposed_terms = {t for t, pos in supposed.terms if pos in supposed.hypothetical}
    assert "s:reach" in supposed_terms
    assert "s:kept" not in supposed_terms


@pytest.mark.parametrize(("text", "status"), [
    ("The depot opened sooner than was first expected", None),
    ("The works went as planned", None),
    ("The depot is expected to open sooner than the works", "prospective"),
    ("The depot will open later than first planned", "prospective"),
])
def test_a_plan_an_act_is_weighed_against_is_not_its_status(knowledge: Knowledge, text: str,
                                                            status: str | None) -> None:
    """'than was first expected', 'as planned' compare an act with a plan; they do not say
    that the act is planned or still to come."""
    assert analyse(text, knowledge.vocab).status == status


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


def test_a_word_after_a_past_verb_is_its_object(knowledge: Knowledge) -> None:
    reading = analyse("Juice took photographs during the flyby", knowledge.vocab)
    photographs = next(pos for t, pos in reading.terms if t.endswith("photograph"))
    assert photographs not in reading.verbs


def test_adjuncts_are_prepositional_phrases_before_the_verb(knowledge: Knowledge) -> None:
    vocab = knowledge.vocab
    fronted = analyse("Juice's altitude at its closest approach was low", vocab)
    assert {t.removeprefix("s:")[:5] for t in fronted.adjuncts} == {"close", "appro"}
    assert analyse("Lithuania will spend the money on roads", vocab).adjuncts == set()


def test_a_verb_after_a_name_is_not_what_the_name_modifies(knowledge: Knowledge) -> None:
    reading = analyse("The treaty banning mines matters", knowledge.vocab)
    assert all(not term.endswith("ban") for _, term in reading.modifiers)


@pytest.mark.parametrize("sentence", [
    "The new solar farms lie about 20 km west of the town",
    "The old signal towers stand near the depot",
])
def test_a_plural_noun_before_a_verb_of_position_is_not_a_verb(knowledge: Knowledge,
                                                              sentence: str) -> None:
    """'farms *lie* …': a verb of position takes no object, so the '-s' word before it
    is its subject's noun, not a verb ('the solar *farms*')."""
    reading = analyse(sentence, knowledge.vocab)
    plural = next(pos for pos, token in enumerate(reading.tokens)
                  if token in ("farms", "towers"))
    assert plural not in reading.verbs


def test_a_sentence_opening_noun_before_a_preposition_is_not_a_verb(knowledge: Knowledge) -> None:
    reading = analyse("Work on the second phase is due next month", knowledge.vocab)
    assert reading.predicate_at != 0


@pytest.mark.parametrize(("sentence", "predicate"), [
    ("Phase one delivers a new terminal", "delivers"),  # a noun named by its number
    ("Phase 2 was delayed", "was"),
    ("Rebuild 300 km of road", "rebuild"),  # a clause's rest: the verb first
    ("The back-to-back pass of the Moon was unique", "was"),  # 'X to X' is no infinitive
    ("Lithuania wants to back the plan", "back"),  # after "to", a verb
    ("A news release praised the builders", "praised"),  # "release" is a noun
])
def test_where_the_predicate_starts(knowledge: Knowledge, sentence: str,
                                    predicate: str) -> None:
    reading = analyse(sentence, knowledge.vocab)
    assert reading.predicate_at is not None
    assert reading.tokens[reading.predicate_at] == predicate


@pytest.mark.parametrize(("sentence", "negations"), [
    ("The flyby was risk-free", 1),  # 'was without risk'
    ("The flyby was not risk-free", 2),  # 'was not without risk': so it had risk
    ("It was a risk-free manoeuvre", 0),  # only after a copula
    ("The tram passes were free", 0),
    ("The project was free of controversy", 1),
    ("The project has not been free of controversy", 2),
])
def test_free_of_something_after_a_copula_is_without_it(knowledge: Knowledge, sentence: str,
                                                        negations: int) -> None:
    assert analyse(sentence, knowledge.vocab).negations == negations


@pytest.mark.parametrize(("sentence", "negations", "denied"), [
    ("Lithuania is not a Baltic state", 1, set()),  # after 'is': the sentence is negated
    ("It was Lithuania, not Russia, that left", 0, {"russia"}),  # only the name is set aside
    ("Lithuania rather than Russia left the treaty", 0, {"russia"}),
])
def test_a_not_is_read_once_as_negation_or_as_a_name_set_aside(
        knowledge: Knowledge, sentence: str, negations: int, denied: set[str]) -> None:
    reading = analyse(sentence, knowledge.vocab)
    assert (reading.negations, reading.denied) == (negations, denied)


def test_multi_word_verbs_of_general_english_read_as_their_verb(knowledge: Knowledge) -> None:
    vocab = knowledge.vocab
    assert "g:launch" in analyse("The probe lifted off in April", vocab).term_set
    assert "g:launch" in analyse("The probe was launched in April", vocab).term_set
    assert "g:watch" in analyse("Operators kept watch on the probe", vocab).term_set


@pytest.mark.parametrize(("sentence", "verb_group"), [
    ("The neighbours point to a worsening security situation", True),
    ("The neighbours pointed to a worsening security situation", True),
    ("Costs are expected to point to delays", True),
    ("The probe reached its closest point to Earth", False),
    ("The point to remember is the cost", False),
])
def test_a_multi_word_verb_after_a_determiner_is_a_noun_and_its_preposition(
        knowledge: Knowledge, sentence: str, verb_group: bool) -> None:
    assert ("g:show" in analyse(sentence, knowledge.vocab).term_set) is verb_group


@pytest.mark.parametrize("sentence", ["The fund will also pay for new cranes.",
                                      "The depot will still open in May.",
                                      "The line has now reopened."])
def test_a_verb_after_an_auxiliary_and_an_adverb_is_a_verb(knowledge: Knowledge,
                                                           sentence: str) -> None:
    reading = analyse(sentence, knowledge.vocab)
    assert reading.verbs, reading.tokens


def test_a_past_verb_after_first_or_only_is_a_verb(knowledge: Knowledge) -> None:
    vocab = knowledge.vocab
    verb = analyse("Lithuania first rebuilt the road", vocab)
    assert verb.tokens.index("rebuilt") in verb.verbs
    modifier = analyse("The first planned bunkers are ready", vocab)
    assert modifier.tokens.index("planned") not in modifier.verbs


def test_a_word_is_not_read_as_a_lexicon_word_sharing_its_stem(knowledge: Knowledge) -> None:
    # 'access' is no 'accession' to a treaty
    assert "g:join" not in analyse("The stops have step-free access", knowledge.vocab).term_set


@pytest.mark.parametrize(("sentence", "read"), [
    ("The Gap runs between Lithuania and Poland", "is"),
    ("The road lies along the border", "is"),
    ("The council runs the project", "runs"),  # a verb of its own
])
def test_a_verb_that_only_places_a_thing_reads_as_is(knowledge: Knowledge, sentence: str,
                                                      read: str) -> None:
    assert analyse(sentence, knowledge.vocab).tokens[2] == read


@pytest.mark.parametrize(("doer", "act"), [
    ("operators", "operations"),
    ("organisers", "organisation"),
    ("regulator", "regulation"),
])
def test_a_noun_of_the_doer_is_not_the_act(knowledge: Knowledge, doer: str, act: str) -> None:
    vocab = knowledge.vocab
    assert vocab.canonical(doer) != vocab.canonical(act)
    assert vocab.canonical(doer) == vocab.canonical(doer.removesuffix("s") + "s")


@pytest.mark.parametrize(("sentence", "past"), [
    ("The smelter is to be built in Inola", False),  # the participle's tense is 'be''s
    ("The bridges will be renovated by 2028", False),
    ("The terminal is being built", False),
    ("The terminal was built in 1967", True),
    ("The bridges have been renovated", True),
])
def test_a_participle_after_be_is_not_past(knowledge: Knowledge, sentence: str,
                                           past: bool) -> None:
    assert analyse(sentence, knowledge.vocab).past is past


@pytest.mark.parametrize(("sentence", "former"), [
    ("The plant was originally planned for 600,000 tons", True),
    ("A year earlier the premium stood at 50 cents", True),
    ("Before the partner joined, the plant was planned for 600,000 tons", True),
    ("Before 2030 the plant will produce 750,000 tons", False),  # a deadline
    ("The plant will produce 750,000 tons", False),
])
def test_a_figure_of_an_earlier_time_is_told_by_its_cue(knowledge: Knowledge, sentence: str,
                                                        former: bool) -> None:
    assert knowledge.vocab.of_former_time(tokenise(sentence)) is former


@pytest.mark.parametrize(("sentence", "partial"), [
    ("The oystercatcher was among the species helped", True),
    ("Conflict-hit countries such as Sudan received doses", True),
    ("Lithuania is one of five countries leaving", True),
    ("Estonia, Latvia, Poland and Finland announced similar plans", False),
])
def test_a_name_given_as_one_of_several(knowledge: Knowledge, sentence: str,
                                        partial: bool) -> None:
    assert knowledge.vocab.names_one_of_several(tokenise(sentence)) is partial


def test_a_verb_inflected_from_an_adjective_of_a_group_is_its_own_word(
        knowledge: Knowledge) -> None:
    reading = analyse("The deal lasts 25 years", knowledge.vocab)
    assert reading.tokens[reading.predicate_at or 0] == "lasts"
    assert "s:last" in reading.verb_terms


@pytest.mark.parametrize(("sentence", "word", "passive"), [
    ("the smelter that the company is planning", "planning", False),  # -ing, though irregular
    ("the smelter was planned by the company", "planned", True),
    ("the bridges have been built", "built", True),
])
def test_a_passive_participle_follows_be(knowledge: Knowledge, sentence: str, word: str,
                                         passive: bool) -> None:
    tokens = tokenise(sentence)
    assert is_passive_at(tokens, tokens.index(word), knowledge.vocab) is passive


def test_items_of_a_comma_list_are_joined_to_each_other(knowledge: Knowledge) -> None:
    reading = analyse("The survey records comets, meteors, asteroids and satellites",
                      knowledge.vocab)
    partners = reading.coordinated_with("s:meteor", knowledge.vocab.ignored)
    assert sorted(partners) == ["s:asteroid", "s:comet", "s:satellit"]
    compound = analyse("The national defense industry and the car industry gain",
                       knowledge.vocab)
    assert "s:nation" not in compound.coordinated_with("s:defens", knowledge.vocab.ignored)


def test_a_typo_of_a_name_keeps_its_digits() -> None:
    """'Depot 3' is another depot, not a typo of 'Depot 1'; 'Depott 1' is one of it."""
    knowledge = tramway_with(("depot-one-opened", "Hollin Depot 1 opened in May.",
                              ["hollin-depot-1"], []),
                             entities=({"id": "hollin-depot-1", "name": "Hollin Depot 1",
                                        "kind": "facility", "aliases": ["Depot 1"],
                                        "member_of": []},))
    vocab = knowledge.vocab
    assert analyse("Trams left Depott 1 early", vocab).entity_ids == ["hollin-depot-1"]
    assert analyse("Trams left Depott 3 early", vocab).entity_ids == []
