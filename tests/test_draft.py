"""Drafting a fact store from a news text: structure, names, figures, bad input, and the
stores it saves by name."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from factcli.cli import app
from factcli.draft import SourceDetails, draft_store
from factcli.knowledge import compile_knowledge, lexicon_bytes
from factcli.quiz import all_questions
from factcli.verify import verify_claim

DATA = Path(__file__).resolve().parent / "data"
runner = CliRunner()

ARTICLE = """\
**Harbour Town Opens a New Bridge**
The city of Harbour Town has opened a new bridge over the Rill River. The bridge is
420 metres long and cost about 30 million euros.

**Who Built It**
It was built by the North Sea Construction Company (NSCC) in 18 months. President Anna
Berg opened it on a Tuesday at 9:30 a.m. Berg said the bridge will carry 12,000 cars a
day by 2030.

**Reactions**
Is this the best bridge in the region? I think it is beautiful. Traffic fell by 15 percent
in the first week. Thanks for reading!
"""


def draft(text: str = ARTICLE, **details: Any) -> dict[str, Any]:
    return draft_store(text, "article.txt", SourceDetails(**details)).document


def entity(document: dict[str, Any], name: str) -> dict[str, Any]:
    return next(e for e in document["entities"] if e["name"] == name)


def facts_with(document: dict[str, Any], words: str) -> list[dict[str, Any]]:
    return [f for f in document["facts"] if words in f["statement"]]


def quantity(document: dict[str, Any], unit: str) -> dict[str, Any]:
    return next(q for f in document["facts"] for q in f["quantities"] if q["unit"] == unit)


def test_title_sections_and_source_details() -> None:
    document = draft(publisher="Town Crier", url="https://www.crier.example/bridge")
    source = document["sources"][0]
    assert source["title"] == "Harbour Town Opens a New Bridge"
    assert source["id"] == "harbour-town-opens-a-new-bridge"
    assert source["sections"] == ["Introduction", "Who Built It", "Reactions"]
    assert (source["publisher"], source["site"]) == ("Town Crier", "crier.example")
    assert facts_with(document, "Rill River")[0]["section"] == "Introduction"
    assert facts_with(document, "percent")[0]["topic"] == "reactions"


def test_questions_opinions_and_greetings_are_set_aside_with_reasons() -> None:
    result = draft_store(ARTICLE, "article.txt")
    reasons = {item.sentence: item.reason for item in result.set_aside}
    assert reasons["Is this the best bridge in the region?"] == "a question"
    assert reasons["I think it is beautiful."] == "an opinion"
    assert reasons["Thanks for reading!"] == "a greeting"
    statements = " ".join(f["statement"] for f in result.document["facts"])
    assert "beautiful" not in statements


def test_a_sign_off_is_not_a_fact() -> None:
    text = ("Sweden has opened a new port for container ships in Lund. Subscribe to our "
            "newsletter for more news about ports in Sweden every week.")
    result = draft_store(text, "signoff.txt")
    assert [item.reason.split(" or ")[0] for item in result.set_aside] == ["a sign-off"]


def test_a_direct_quotation_is_not_a_fact() -> None:
    text = ('Sweden has opened a new port for container ships. "We are very proud of this '
            'port," the mayor of Lund said.')
    result = draft_store(text, "quote.txt")
    assert [item.reason for item in result.set_aside] == ["a direct quotation"]


def test_compound_sentence_is_split_into_clauses_with_the_subject() -> None:
    document = draft("Norway will rebuild 40 km of road and will renovate six bridges.")
    statements = [f["statement"] for f in document["facts"]]
    assert len(statements) == 2
    assert statements[1].startswith("Norway will")
    assert all(f["subject"] == ["norway"] for f in document["facts"])


def test_a_trailing_noun_phrase_after_its_article_stays_with_its_sentence() -> None:
    """', a fall of 2%': 'fall' after 'a' is a noun, so the phrase is no clause of its own;
    'the scrap metal will be recycled' is one, its verb after the noun."""
    document = draft("Across Harbour County, 9,800 people were counted as commuters in "
                     "2024, against 10,000 a year earlier, a fall of 2%. The old hull is "
                     "stacked on the quay to be scrapped, and the scrap metal will be "
                     "recycled.")
    statements = [f["statement"] for f in document["facts"]]
    assert ("Across Harbour County, 9,800 people were counted as commuters in 2024, against "
            "10,000 a year earlier, a fall of 2%.") in statements
    assert "The old hull is stacked on the quay to be scrapped." in statements
    assert "The scrap metal will be recycled." in statements


def test_clauses_joined_by_a_semicolon_are_facts_of_their_own() -> None:
    document = draft("Norway raised the dam by two metres; Sweden then lowered the lake "
                     "by one metre. Prices rose in Oslo, Norway; Lund, Sweden.")
    statements = [f["statement"] for f in document["facts"]]
    assert statements[:2] == ["Norway raised the dam by two metres.",
                              "Sweden then lowered the lake by one metre."]
    assert facts_with(document, "Sweden then")[0]["subject"] == ["sweden"]
    assert "Prices rose in Oslo, Norway; Lund, Sweden." in statements


def test_a_sentence_that_refers_back_keeps_the_previous_subject() -> None:
    document = draft()
    built = facts_with(document, "It was built")[0]
    assert built["subject"] == facts_with(document, "has opened a new bridge")[0]["subject"]


def test_countries_come_from_the_gazetteer_with_demonyms() -> None:
    document = draft("Lithuanian troops trained in Lithuania. Russia and Türkiye met in Oslo.")
    lithuania = entity(document, "Lithuania")
    assert lithuania["kind"] == "country"
    assert {"Republic of Lithuania", "Lithuanian"} <= set(lithuania["aliases"])
    assert "Russian Federation" in entity(document, "Russia")["aliases"]
    assert entity(document, "Türkiye")["kind"] == "country"
    assert entity(document, "Oslo")["kind"] == "place"  # after "in"


def test_organisation_with_acronym_and_person_with_title() -> None:
    document = draft()
    company = entity(document, "North Sea Construction Company")
    assert company["kind"] == "organisation"
    assert "NSCC" in company["aliases"]
    person = entity(document, "Anna Berg")
    assert person["kind"] == "person"
    assert {"President Anna Berg", "Berg"} <= set(person["aliases"])
    assert not any(e["name"] == "Berg" for e in document["entities"])


def test_a_person_described_beside_the_name_gets_a_fact_of_their_role() -> None:
    document = draft("Mark Olsen, the port's chief engineer, said the quay opened on time.")
    role = facts_with(document, "Mark Olsen is")[0]
    assert role["statement"] == "Mark Olsen is the port's chief engineer."
    assert role["subject"] == ["mark-olsen"]
    assert facts_with(document, "said")[0]["statement"] == (
        "Mark Olsen said the quay opened on time.")  # the aside is a fact of its own
    assert entity(document, "Mark Olsen")["kind"] == "person"


def test_an_appositive_and_a_relative_clause_are_facts_about_the_name() -> None:
    document = draft("Norway left the Oslo Accord, which bans coal mines. The ship passed "
                     "Ganymede, a moon of Jupiter, on its way.")
    bans = facts_with(document, "Oslo Accord bans")[0]
    assert bans["statement"] == "The Oslo Accord bans coal mines."
    assert bans["subject"] == ["oslo-accord"]
    moon = facts_with(document, "Ganymede is")[0]
    assert (moon["statement"], moon["subject"]) == ("Ganymede is a moon of Jupiter.",
                                                    ["ganymede"])


@pytest.mark.parametrize("sentence", [
    "According to the Harbour Agency, the port can handle 40 ships a day.",  # its clause
    "Several firms, among them Norsk Steel, the Baltic Rail Company and Oslo Ferries, "
    "signed the deal.",  # the next item of a list
    "The ship passed Europa, which Norway observed in 2020.",  # what Norway did to it
])
def test_what_only_looks_like_an_aside_is_no_fact_of_the_name(sentence: str) -> None:
    """An aside with an auxiliary of its own is the sentence's clause; a name after the comma
    is the next item of a list; 'which' followed by a subject says what another did."""
    document = draft(sentence)
    assert not [f["statement"] for f in document["facts"]
                if re.search(r"^(The )?(Harbour Agency|Norsk Steel|Europa) (is|observed)",
                             f["statement"])]


def test_an_aside_after_a_long_name_is_not_said_of_a_shorter_one() -> None:
    """'Val Fire' (a person's surname alias 'Fire') does not take the aside of 'the Rill
    Valley Fire, which burned ...'."""
    document = draft("Counting single fires, the blaze ranks behind the Rill Valley Fire, "
                     "which burned 900 acres. Val Fire, the state agency, said the fire grew.")
    burned = [f["statement"] for f in document["facts"] if "burned" in f["statement"]]
    assert "The Rill Valley Fire burned 900 acres." in burned
    assert not any(s.startswith("Fire burned") for s in burned), burned


def test_a_figure_s_thousands_comma_does_not_end_an_aside() -> None:
    document = draft("Within the city of Harbour Town, the count came to 45,252 people, "
                     "down 2.2% from 46,260 in 2023.")
    statements = [f["statement"] for f in document["facts"]]
    assert not any(s.endswith(" 45.") or re.search(r"\D,252", s) for s in statements), \
        statements
    assert any("45,252 people" in s for s in statements), statements


def test_where_a_firm_is_based_is_a_fact_and_the_list_keeps_its_commas() -> None:
    document = draft("The work is led by Hensel Phelps, based in Greeley, Colorado, HNTB, "
                     "based in Kansas City, Missouri, and Gensler, based in San Francisco.")
    statements = [f["statement"] for f in document["facts"]]
    assert "HNTB is based in Kansas City, Missouri." in statements
    assert "Hensel Phelps is based in Greeley, Colorado." in statements
    assert "The work is led by Hensel Phelps, HNTB and Gensler." in statements


def test_a_name_of_no_known_kind_takes_its_description_or_a_kind_of_its_own() -> None:
    document = draft("The ship passed Ganymede, a moon of Jupiter, and then Callisto.")
    assert entity(document, "Ganymede")["kind"] == "moon"
    # Not a rival of other names: a claim naming one is never refuted by the other.
    assert entity(document, "Jupiter")["kind"] == "name (Jupiter)"
    assert entity(document, "Callisto")["kind"] == "name (Callisto)"


def test_an_acronym_used_alone_is_an_alias_of_the_name_it_abbreviates() -> None:
    document = draft("The European Space Agency launched a probe. ESA says the probe works "
                     "well in deep space.")
    assert "ESA" in entity(document, "European Space Agency")["aliases"]


def test_members_of_a_named_group() -> None:
    document = draft("The Baltic states, Estonia, Latvia and Lithuania, border Russia.")
    assert entity(document, "Baltic states")["kind"] == "group"
    for name in ("Estonia", "Latvia", "Lithuania"):
        assert entity(document, name)["member_of"] == ["baltic-states"]
    assert entity(document, "Russia")["member_of"] == []


def test_a_place_in_a_place() -> None:
    document = draft("The firm is based in Greeley, Colorado, and builds airports.")
    assert entity(document, "Greeley")["member_of"] == ["colorado"]


def test_sentence_initial_words_are_not_names() -> None:
    document = draft("Engineers from Canada built the Rill Bridge. Travellers like it.")
    names = {e["name"] for e in document["entities"]}
    assert names == {"Canada", "Rill Bridge"}


@pytest.mark.parametrize(("unit", "value", "qualifier", "measure"), [
    ("m", 420, "exact", "bridge"),
    ("EUR", 30_000_000, "approx", "cost"),
    ("months", 18, "exact", "built"),
    ("year", 2030, "by", "cars"),
    ("percent", 15, "exact", "traffic"),
])
def test_figures_with_unit_qualifier_and_measure(unit: str, value: float, qualifier: str,
                                                 measure: str) -> None:
    found = quantity(draft(), unit)
    assert (found["value"], found["qualifier"]) == (value, qualifier)
    assert measure in found["measure"].split()


def test_counted_things_are_the_measure_and_clock_times_are_not_figures() -> None:
    document = draft()
    counts = [q for f in document["facts"] for q in f["quantities"] if q["unit"] == "count"]
    assert counts == [{"value": 12000, "unit": "count", "measure": "cars",
                       "qualifier": "exact"}]


@pytest.mark.parametrize(("sentence", "measure"), [
    ("The fair drew 425,000 foreign visitors to Oslo.", "foreign visitors"),
    ("The Oslo count found 4,993,923 usual residents, just short of 5 million.",
     "usual residents"),
    ("The fair made a net gain of 871 million euros for Oslo.", "gain"),
    ("Sales in Oslo showed growth of 6.3 percent over the period.", "growth"),
    ("The Oslo board is a nine-member panel that sets rates.", "member"),
    ("The city of Oslo recorded the deaths of 17 children.", "children"),
    ("The port of Oslo has a workforce of 8,549.", "workforce"),
])
def test_a_figure_measures_the_noun_phrase_it_opens_or_follows(sentence: str, measure: str) -> None:
    figure = draft(sentence)["facts"][0]["quantities"][0]
    assert figure["measure"] == measure


def test_markdown_lists_line_ends_and_terminal_escapes() -> None:
    text = ("# Dams\r\n\r\nNorway built 12 dams in 2020.\r\n- Norway \x1b[31mwill\x1b[0m add 3 "
            "more dams\r\nby 2030.\r\n1. Sweden will add four dams by 2031.\n")
    facts = draft(text)["facts"]
    assert [f["statement"] for f in facts] == [
        "Norway built 12 dams in 2020.", "Norway will add 3 more dams by 2030.",
        "Sweden will add four dams by 2031."]
    assert facts[1]["quantities"][0] == {"value": 3, "unit": "count", "measure": "dams",
                                         "qualifier": "exact"}


def test_a_range_gives_both_bounds_in_its_unit() -> None:
    document = draft("The probe saved roughly 100 to 150 kg of fuel, Sweden said.")
    figures = document["facts"][0]["quantities"]
    assert figures == [
        {"value": 100, "unit": "kg", "measure": "fuel", "qualifier": "at_least"},
        {"value": 150, "unit": "kg", "measure": "fuel", "qualifier": "at_most"},
    ]


def test_the_shipped_article_drafts_a_store_that_verify_and_quiz_use() -> None:
    text = (DATA / "article.txt").read_text(encoding="utf-8")
    document = draft(text)
    raw = json.dumps(document, ensure_ascii=False).encode()
    knowledge = compile_knowledge("drafted.json", raw, lexicon_bytes())  # validates
    assert len(knowledge.store.facts) >= 15
    gap = next(e for e in knowledge.store.entities if e.name == "Suwałki Gap")
    assert gap.kind == "place"
    verdict = verify_claim("Lithuania will renovate ten bridges", knowledge).verdict
    assert verdict == "refuted"
    kinds = {q.kind for q in all_questions(knowledge)}
    assert {"numeric", "tf"} <= kinds


def test_a_drafted_store_works_for_check_and_quiz(tmp_path: Path) -> None:
    out = tmp_path / "store.json"
    assert run("draft", str(DATA / "article.txt"), "-o", str(out)).exit_code == 0
    checked = run("--facts", str(out), "check", "-",
                  stdin="Lithuania will renovate eight bridges. Hello!\n")
    assert checked.exit_code == 0, checked.stdout
    assert "SUPPORTED" in checked.stdout
    quiz = run("--facts", str(out), "quiz", "--count", "3", "--seed", "1", "--json",
               stdin="s\ns\ns\n")
    assert quiz.exit_code == 0, quiz.stderr
    assert json.loads(quiz.stdout)["answered"] == 3


def test_new_units_reach_the_quiz_in_the_unit_written() -> None:
    document = draft("Denmark built the dam in 12 days.")
    raw = json.dumps(document).encode()
    knowledge = compile_knowledge("drafted.json", raw, lexicon_bytes())
    numeric = [q for q in all_questions(knowledge) if q.kind == "numeric"]
    assert numeric and "(in days)" in numeric[0].prompt
    assert numeric[0].answer == "12 days"


# --- the command --------------------------------------------------------------------


def run(*args: str, stdin: bytes | str | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), input=stdin)


@pytest.fixture
def article(tmp_path: Path) -> Path:
    path = tmp_path / "article.md"
    path.write_text(ARTICLE, encoding="utf-8")
    return path


def test_draft_writes_a_valid_store_and_summarises_on_stderr(article: Path,
                                                            tmp_path: Path) -> None:
    out = tmp_path / "bridge.json"
    result = run("draft", str(article), "-o", str(out))
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    assert "drafted" in result.stderr and "set aside (3)" in result.stderr
    assert "a question: Is this the best bridge" in result.stderr
    assert run("validate", str(out)).exit_code == 0
    assert run("--facts", str(out), "verify", "The bridge is 420 metres long").exit_code == 0


def test_draft_refuses_to_overwrite_without_force(article: Path, tmp_path: Path) -> None:
    out = tmp_path / "bridge.json"
    out.write_text("keep me", encoding="utf-8")
    result = run("draft", str(article), "-o", str(out))
    assert result.exit_code == 2
    assert "already exists; add --force" in result.stderr
    assert out.read_text(encoding="utf-8") == "keep me"
    assert run("draft", str(article), "-o", str(out), "--force").exit_code == 0


def test_draft_json_prints_the_store_only(article: Path) -> None:
    result = run("draft", str(article), "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["schema_version"] == 1


def test_named_store_is_listed_and_used_with_facts(article: Path) -> None:
    assert run("draft", str(article), "--name", "bridge").exit_code == 0
    listed = json.loads(run("stores", "--json").stdout)
    assert [(s["name"], s["title"]) for s in listed] == [
        ("bridge", "Harbour Town Opens a New Bridge")]
    assert "bridge" in run("stores").stdout
    answer = run("--facts", "bridge", "ask", "How long is the bridge?")
    assert answer.exit_code == 0, answer.stdout
    assert "420" in answer.stdout


def test_a_name_that_is_not_saved_says_where_names_are_listed() -> None:
    result = run("--facts", "nowhere", "facts")
    assert result.exit_code == 4
    assert "'factcli stores' lists" in result.stderr


def test_a_broken_saved_store_is_listed_with_its_problem(isolated_home: Path) -> None:
    (isolated_home / "stores").mkdir()
    (isolated_home / "stores" / "broken.json").write_text("{not json", encoding="utf-8")
    listed = json.loads(run("stores", "--json").stdout)
    assert listed == [{"name": "broken", "path": str(isolated_home / "stores" / "broken.json"),
                       "title": "", "facts": 0, "entities": 0, "problem": "not a fact store"}]


def test_no_saved_stores_is_said_plainly() -> None:
    result = run("stores")
    assert result.exit_code == 0
    assert "no saved stores yet" in result.stderr


@pytest.mark.parametrize(("content", "message"), [
    (b"", "is empty"),
    (b"\x00\x01\x02binary\xff" * 100, "binary"),
    (b"Hello there\n\n!!!\n", "no sentence states a checkable fact"),
    (b"# Just a heading\n", "has no sentences"),
    (b"Norway built 8 bridges. " * 250_000, "draft one article at a time"),
])
def test_bad_input_is_one_clear_usage_error(tmp_path: Path, content: bytes,
                                            message: str) -> None:
    path = tmp_path / "input.txt"
    path.write_bytes(content)
    result = run("draft", str(path), "--json")
    assert result.exit_code == 2
    assert message in result.stderr
    assert result.stdout == ""
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("args", [
    ("draft", "article.txt"),
    ("draft", "article.txt", "--json", "-o", "x.json"),
    ("draft", "article.txt", "--name", "../elsewhere"),
    ("draft", "missing.txt", "--json"),
])
def test_bad_options_are_usage_errors(args: tuple[str, ...]) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert result.stderr.startswith("error: ")
