from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcli.cli import app
from factcli.knowledge import Knowledge
from factcli.quiz import (
    KINDS,
    Grade,
    QuizQuestion,
    all_questions,
    grade,
    plan_session,
    stands_alone,
    topic_label,
)
from factcli.text import fold
from factcli.verify import NOT_ENOUGH_INFO, REFUTED, SUPPORTED, verify_claim

runner = CliRunner()


@pytest.fixture(scope="module")
def questions(knowledge: Knowledge) -> list[QuizQuestion]:
    return all_questions(knowledge)


def test_every_kind_is_generated_beside_the_curated_ones(questions: list[QuizQuestion]) -> None:
    kinds = Counter(q.kind for q in questions)
    assert set(kinds) == set(KINDS)
    assert all(kinds[k] >= 5 for k in KINDS), kinds
    assert len({q.card_id for q in questions}) == len(questions)


def test_card_ids_are_stable_across_runs(knowledge: Knowledge,
                                         questions: list[QuizQuestion]) -> None:
    again = all_questions(knowledge)
    assert [q.card_id for q in again] == [q.card_id for q in questions]


def test_every_multiple_choice_has_four_distinct_options_and_one_answer(
        knowledge: Knowledge, questions: list[QuizQuestion]) -> None:
    for q in (q for q in questions if q.kind == "mc"):
        assert len(q.choices) == 4, q
        assert len(set(q.choices)) == 4, q
        assert q.choices.count(q.answer) == 1, q


def test_generated_distractors_are_not_true_according_to_the_article(
        knowledge: Knowledge, questions: list[QuizQuestion]) -> None:
    for q in questions:
        if q.kind != "mc" or "_____" not in q.prompt:
            continue
        cloze = q.prompt.split(": ", 1)[-1].split("? ", 1)[-1]
        for choice in q.choices:
            if choice != q.answer:
                filled = cloze.replace("_____", choice)
                assert verify_claim(filled, knowledge).verdict != SUPPORTED, filled


def test_true_false_statements_agree_with_verify(knowledge: Knowledge,
                                                questions: list[QuizQuestion]) -> None:
    """Generated statements are asked only when verify agrees; a curated one may be beyond
    what verify can read (NOT ENOUGH INFO), but never judged the other way round."""
    statements = [q for q in questions if q.kind == "tf"]
    assert sum(q.answer == "false" for q in statements) >= 5
    curated = {q.prompt for f in knowledge.store.facts for q in f.questions}
    for q in statements:
        expected = SUPPORTED if q.answer == "true" else REFUTED
        allowed = {expected, NOT_ENOUGH_INFO} if q.prompt in curated else {expected}
        assert verify_claim(q.prompt, knowledge).verdict in allowed, q.prompt


def test_same_seed_same_session(knowledge: Knowledge) -> None:
    first = plan_session(knowledge, 10, seed=42)
    assert first == plan_session(knowledge, 10, seed=42)
    assert first != plan_session(knowledge, 10, seed=43)
    assert len({q.fact_id for q in first}) == 10  # a different fact for each question


def test_a_long_session_on_a_small_store_repeats_facts_only_after_all(
        knowledge: Knowledge, questions: list[QuizQuestion]) -> None:
    facts = len({q.fact_id for q in questions})  # a fact that cannot stand alone has none
    planned = plan_session(knowledge, facts + 10, seed=5)
    assert len(planned) == facts + 10
    assert len({q.fact_id for q in planned[:facts]}) == facts
    assert {q.card_id for q in planned} <= {q.card_id for q in questions}
    assert len({q.card_id for q in planned}) == len(planned)


def test_filters(knowledge: Knowledge) -> None:
    picked = plan_session(knowledge, 5, topics=("suwalki-gap",), kinds=("mc", "tf"), seed=1)
    assert picked and all(q.topic == "suwalki-gap" and q.kind in ("mc", "tf") for q in picked)


def by_kind(questions: list[QuizQuestion], kind: str, answer: str | None = None) -> QuizQuestion:
    return next(q for q in questions if q.kind == kind and (answer is None or q.answer == answer))


def test_grading_multiple_choice(knowledge: Knowledge, questions: list[QuizQuestion]) -> None:
    q = by_kind(questions, "mc")
    index = q.choices.index(q.answer)
    for response in ("abcd"[index], str(index + 1), q.answer.upper(), f"  {q.answer} "):
        assert grade(q, response, knowledge).correct, response
    wrong = "abcd"[(index + 1) % 4]
    assert grade(q, wrong, knowledge) == grade(q, wrong, knowledge)
    assert not grade(q, wrong, knowledge).correct
    assert not grade(q, "e", knowledge).valid
    assert not grade(q, "7", knowledge).valid


def test_grading_true_false(knowledge: Knowledge, questions: list[QuizQuestion]) -> None:
    q = by_kind(questions, "tf", "true")
    assert all(grade(q, r, knowledge).correct for r in ("t", "True", "y", "YES"))
    assert not any(grade(q, r, knowledge).correct for r in ("f", "false", "n", "no"))
    assert not grade(q, "maybe", knowledge).valid


def test_grading_numbers_with_units_and_scale(knowledge: Knowledge,
                                              questions: list[QuizQuestion]) -> None:
    money = next(q for q in questions if q.kind == "numeric" and q.unit == "EUR")
    for response in ("1.1 billion", "1100 million", "€1.1bn", "1,100,000,000 euros"):
        assert grade(money, response, knowledge).correct, response
    assert not grade(money, "1.1 million", knowledge).correct
    assert not grade(money, "$1.1 billion", knowledge).correct
    assert not grade(money, "lots", knowledge).valid
    road = next(q for q in questions if q.kind == "numeric" and q.answer == "113 km")
    for response in ("113", "113 km", "113 kilometres", "one hundred and thirteen"):
        assert grade(road, response, knowledge).correct, response
    assert not grade(road, "130", knowledge).correct


def test_grading_short_answers_forgives_case_diacritics_typos_aliases(
        knowledge: Knowledge, questions: list[QuizQuestion]) -> None:
    q = next(q for q in questions if q.kind == "short" and q.answer == "Ottawa Convention")
    for response in ("ottawa convention", "OTTAWA CONVENTON", "Ottawa Treaty", "mine ban treaty"):
        assert grade(q, response, knowledge).correct, response
    assert not grade(q, "Geneva Convention", knowledge).correct
    assert grade(q, "?", knowledge).hint
    skipped = grade(q, "skip", knowledge)
    assert skipped.valid and skipped.skipped and not skipped.correct


def run_quiz(*args: str, answers: str):  # type: ignore[no-untyped-def]
    return runner.invoke(app, ["quiz", *args], input=answers)


def session(*args: str, answers: str) -> dict:
    result = run_quiz(*args, "--json", answers=answers)
    return json.loads(result.stdout)


def test_scripted_session_right_wrong_invalid_skip(knowledge: Knowledge) -> None:
    plan = session("--count", "3", "--seed", "7", "--kind", "tf", answers="s\n" * 3)
    truths = [q["answer"] for q in plan["questions"]]
    right, wrong = truths[0], "false" if truths[1] == "true" else "true"
    result = run_quiz("--count", "3", "--seed", "7", "--kind", "tf", "--json",
                      answers=f"{right}\nperhaps\n\n{wrong}\nskip\n")
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["total"] == 3 and data["answered"] == 3 and data["completed"] is True
    assert [q["correct"] for q in data["questions"]] == [True, False, False]
    assert data["questions"][2]["skipped"] is True
    assert data["correct"] == 1
    assert "not an answer" in result.stderr  # the invalid line was asked again, not counted


def test_human_screen_and_summary() -> None:
    result = run_quiz("--count", "2", "--seed", "3", answers="s\ns\n")
    assert result.exit_code == 0
    out = result.stdout
    assert "Question 1 of 2" in out and "Question 2 of 2" in out
    assert "Summary" in out and "Score 0/2 (0%)" in out
    assert "the answer is" in out


def test_early_end_of_input_saves_a_partial_session(isolated_home: Path) -> None:
    result = run_quiz("--count", "4", "--seed", "5", "--kind", "tf", "--json", answers="t\n")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["answered"] == 1 and data["completed"] is False
    stats = json.loads(runner.invoke(app, ["stats", "--json"]).stdout)
    assert stats["answered"] == 1


def test_history_feeds_review_and_stats(isolated_home: Path) -> None:
    first = session("--count", "3", "--seed", "11", "--kind", "tf", answers="s\ns\ns\n")
    missed = {q["card_id"] for q in first["questions"]}
    review = session("--count", "3", "--review", "--kind", "tf", "--seed", "99",
                     answers="s\ns\ns\n")
    assert {q["card_id"] for q in review["questions"]} == missed
    stats = runner.invoke(app, ["stats", "--json"])
    data = json.loads(stats.stdout)
    assert data["answered"] == 6 and data["correct"] == 0
    assert data["most_missed"] and data["topics"]
    assert sum(d["sessions"] for d in data["sessions_per_day"]) == 2
    human = runner.invoke(app, ["stats"]).stdout
    assert "Accuracy per topic" in human and "Sessions per day" in human


def test_stats_before_any_answer() -> None:
    result = runner.invoke(app, ["stats"])
    assert result.exit_code == 0
    assert "No quiz answers yet" in result.stdout


def test_explicit_db_option(tmp_path: Path) -> None:
    db = tmp_path / "mine.sqlite3"
    session("--count", "1", "--seed", "1", "--db", str(db), answers="s\n")
    assert db.exists()
    data = json.loads(runner.invoke(app, ["stats", "--db", str(db), "--json"]).stdout)
    assert data["answered"] == 1


@pytest.mark.parametrize("content", [b"this is not a database at all" * 50,
                                     b"SQLite format 3\x00" + b"\x01" * 200])
def test_corrupt_database_is_reported_and_left_alone(tmp_path: Path, content: bytes) -> None:
    db = tmp_path / "broken.sqlite3"
    db.write_bytes(content)
    result = run_quiz("--count", "1", "--db", str(db), answers="s\n")
    assert result.exit_code == 5
    assert str(db) in result.stderr and "--db" in result.stderr
    assert "Traceback" not in result.stderr
    assert db.read_bytes() == content


def test_foreign_sqlite_database_is_not_ours(tmp_path: Path) -> None:
    import sqlite3

    db = tmp_path / "other.sqlite3"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    result = runner.invoke(app, ["stats", "--db", str(db)])
    assert result.exit_code == 5
    assert "not factcli's history" in result.stderr


def test_usage_errors() -> None:
    assert run_quiz("--kind", "essay", answers="").exit_code == 2
    assert run_quiz("--topic", "weather", answers="").exit_code == 2
    assert run_quiz("--count", "0", answers="").exit_code == 2


@pytest.mark.parametrize(("statement", "alone"), [
    ("Such threats give Russia's neighbours a sense of urgency.", False),
    ("This decision was made in Vilnius.", False),
    ("It is the shortest route between the two countries.", False),
    ("They intend to withdraw from the treaty.", False),
    ("Lithuania will pay for these mines over ten years.", False),
    ("The government rejected such a plan.", False),
    ("The borders Lithuania is fortifying are those with Russia and Belarus.", True),
    ("The funding will pay for installations such as bunkers.", True),
    ("The Suwałki Gap is a corridor 100 kilometres long.", True),
])
def test_a_statement_must_stand_alone(statement: str, alone: bool) -> None:
    assert stands_alone(statement) is alone


def test_no_question_is_generated_from_a_statement_that_points_elsewhere(
        knowledge: Knowledge, questions: list[QuizQuestion]) -> None:
    leaning = [f.id for f in knowledge.store.facts if not stands_alone(f.statement)]
    assert "threats-add-urgency" in leaning
    curated = {q.prompt for f in knowledge.store.facts for q in f.questions}
    assert [q for q in questions if q.fact_id in leaning and q.prompt not in curated] == []
    assert all(stands_alone(q.prompt) for q in questions if q.kind == "tf"
               and q.prompt not in curated)


def test_a_name_the_article_links_to_the_statement_is_no_distractor(
        questions: list[QuizQuestion]) -> None:
    leaving = [q for q in questions if q.kind == "mc"
               and "is leaving the Ottawa Convention to strengthen" in q.prompt]
    neighbours = {"Estonia", "Latvia", "Poland", "Finland"}
    for q in leaving:
        assert not neighbours & set(q.choices), q.choices


def test_a_deadline_has_only_earlier_years_as_distractors(
        questions: list[QuizQuestion]) -> None:
    cloze = [q for q in questions if q.kind == "mc" and "finished by _____" in q.prompt]
    assert cloze
    for q in cloze:
        assert all(int(choice) <= 2028 for choice in q.choices), q.choices


def test_numbers_are_asked_and_graded_in_the_unit_and_scale_of_the_question(
        knowledge: Knowledge, questions: list[QuizQuestion]) -> None:
    money = [q for q in questions if q.kind == "numeric" and q.unit == "EUR"]
    assert money and all(q.asked_in == "billions of euros" for q in money)
    assert any("(in billions of euros)" in q.prompt for q in money)
    for q in money:
        assert grade(q, "1.1", knowledge).correct
        assert grade(q, "1100000000", knowledge).correct
        assert not grade(q, "1.2", knowledge).correct
    road = next(q for q in questions if q.kind == "numeric" and q.answer == "113 km")
    assert road.asked_in == "km"
    for response in ("113000 m", "113000m", "113,000 metres", "113 km"):
        assert grade(road, response, knowledge) == Grade(valid=True, correct=True,
                                                         given=response)
    assert not grade(road, "113 m", knowledge).correct


def test_hints_come_from_the_fact(knowledge: Knowledge,
                                 questions: list[QuizQuestion]) -> None:
    curated = {q.prompt for f in knowledge.store.facts for q in f.questions}
    for q in questions:
        assert q.hint or q.prompt in curated, q
    road = next(q for q in questions if q.kind == "numeric" and q.answer == "113 km")
    assert road.hint == "It is at least 100 km and less than 1,000 km."
    name = next(q for q in questions if q.kind == "mc" and q.answer == "Poland"
                and "links Lithuania with _____" in q.prompt)
    others = [fold(c) for c in name.choices if c != name.answer]
    shown = name.hint.split("'")[1]
    assert name.answer.startswith(shown)
    assert not any(o.startswith(fold(shown)) for o in others)
    statements = [q for q in questions if q.kind == "tf" and q.fact_id == "bridge-renovation"]
    assert len({q.hint for q in statements}) == 1  # true or false, the same hint
    assert "Fortification" in statements[0].hint


def test_topic_label_never_names_an_option(questions: list[QuizQuestion]) -> None:
    gap = next(q for q in questions if q.kind == "short" and q.answer == "Suwałki Gap")
    assert topic_label(gap, "Suwałki Gap") == ""
    rivals = next(q for q in questions if q.kind == "mc" and "Russia" in q.choices)
    assert topic_label(rivals, "Russia") == ""
    figure = next(q for q in questions if q.kind == "numeric" and q.answer == "113 km")
    assert topic_label(figure, "Fortification") == "Fortification"


def test_review_says_what_is_due(isolated_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import UTC, datetime

    import factcli.history

    with monkeypatch.context() as yesterday:  # answered a day ago: due again by now
        yesterday.setattr(factcli.history, "now", lambda: datetime(2020, 1, 1, tzinfo=UTC))
        first = run_quiz("--review", "--count", "2", "--seed", "2", "--kind", "tf",
                         answers="s\ns\n")
    assert first.stdout.startswith("Nothing is due for review now: here are new questions.")
    stats = runner.invoke(app, ["stats"])
    assert stats.stdout.startswith("2 due now\n")
    plain_quiz = run_quiz("--count", "1", "--seed", "2", "--kind", "mc", answers="s\n")
    assert plain_quiz.stdout.startswith("2 due for review")
    again = run_quiz("--review", "--count", "2", "--seed", "2", "--kind", "tf",
                     answers="s\ns\n")
    assert again.stdout.startswith("Review: 2 cards due now")
