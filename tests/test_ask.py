from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from factcli.ask import ask_question
from factcli.cli import app
from factcli.errors import UsageError
from factcli.knowledge import Knowledge

from .conftest import DATA, read_jsonl

runner = CliRunner()
QUESTIONS = read_jsonl(DATA / "questions.jsonl")


def test_question_set_is_large_and_covers_every_form() -> None:
    assert len(QUESTIONS) >= 60
    assert sum(q["expect"] is None for q in QUESTIONS) >= 15
    forms = {q["form"] for q in QUESTIONS}
    for form in ("how many", "how much", "how long", "when", "by when", "which", "who",
                 "what", "why", "where"):
        assert form in forms


@pytest.mark.parametrize("item", QUESTIONS, ids=[q["question"] for q in QUESTIONS])
def test_labelled_questions(knowledge: Knowledge, item: dict) -> None:
    answer = ask_question(item["question"], knowledge)
    if item["expect"] is None:
        assert answer.answer is None, answer
        return
    assert answer.answer is not None, answer
    text = answer.answer.lower()
    for alternatives in item["expect"]:
        assert any(alt.lower() in text for alt in alternatives), (alternatives, answer.answer)


def test_answer_comes_from_structure(knowledge: Knowledge) -> None:
    money = ask_question("How much is Lithuania investing in its borders?", knowledge)
    assert money.answer == "1.1 billion euros, over 10 years"
    assert money.facts[0].fact_id == "investment-1-1-billion"
    assert len(money.facts) <= 3
    names = ask_question("Which countries have also announced they will leave the Ottawa "
                         "Convention?", knowledge)
    assert names.answer == "Estonia, Latvia, Poland and Finland"
    deadline = ask_question("By when should the project be finished?", knowledge)
    assert deadline.answer == "by 2028"


def test_declined_question_suggests_closest_facts(knowledge: Knowledge) -> None:
    answer = ask_question("What is the capital of Lithuania?", knowledge)
    assert answer.answer is None
    assert 1 <= len(answer.facts) <= 3


def test_false_premise_is_declined_with_the_reason(knowledge: Knowledge) -> None:
    answer = ask_question("Why is Lithuania joining the Ottawa Convention?", knowledge)
    assert answer.answer is None
    assert "contradicts" in answer.note


@pytest.mark.parametrize("question", ["", "  ", "q" * 10_001])
def test_unusable_question_is_a_usage_error(knowledge: Knowledge, question: str) -> None:
    with pytest.raises(UsageError):
        ask_question(question, knowledge)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(min_size=1, max_size=200))
def test_ask_never_raises_on_arbitrary_text(knowledge: Knowledge, text: str) -> None:
    if not text.strip():
        return
    answer = ask_question(text, knowledge)
    assert answer.answer is None or isinstance(answer.answer, str)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(["how", "many", "much", "long", "which", "who", "when", "by",
                                 "what", "is", "the", "Suwałki", "Gap", "bridges", "km",
                                 "countries", "2028", "?", "Lithuania", "not", "where"]),
                min_size=1, max_size=12))
def test_ask_never_raises_on_question_soup(knowledge: Knowledge, words: list[str]) -> None:
    ask_question(" ".join(words), knowledge)


def test_cli_exit_codes() -> None:
    answered = runner.invoke(app, ["ask", "How many bridges will be renovated?"])
    assert answered.exit_code == 0
    assert "8 bridges" in answered.stdout
    declined = runner.invoke(app, ["ask", "What is the population of Vilnius?"])
    assert declined.exit_code == 1
    assert "The article does not say." in declined.stdout
    assert runner.invoke(app, ["ask", "   "]).exit_code == 2


def test_cli_batch_json_contract() -> None:
    stdin = ("How long is the Suwałki Gap?\n\n[bold]Who[/bold] won the Olympics?\n"
             .encode() + b"\xff bad\n")
    result = runner.invoke(app, ["ask", "-", "--json"], input=stdin)
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(rows) == 3
    assert rows[0]["answer"] == "100 km"
    assert rows[0]["facts"][0] == {"fact_id": "suwalki-gap-length",
                                   "statement": "The Suwałki Gap is a corridor 100 kilometres "
                                   "long.", "section": "Focusing on the Suwałki Gap",
                                   "score": rows[0]["facts"][0]["score"]}
    assert rows[1]["answer"] is None and rows[1]["question"].startswith("[bold]")
    assert rows[2]["answer"] is None


def test_cli_interactive_prompt_ends_on_empty_line_quit_and_eof() -> None:
    for ending in ("\n", "quit\n", ""):
        result = runner.invoke(app, ["ask"], input="How long is the Suwałki Gap?\n" + ending)
        assert result.exit_code == 0, result.stderr
        assert "100 km" in result.stdout
        assert "Traceback" not in result.stderr


def test_cli_interactive_ctrl_c_ends_cleanly(monkeypatch: pytest.MonkeyPatch) -> None:
    def interrupted(prompt: str = "") -> str:
        raise KeyboardInterrupt

    monkeypatch.setattr("builtins.input", interrupted)
    result = runner.invoke(app, ["ask"])
    assert result.exit_code == 0
    assert "Traceback" not in result.stderr
