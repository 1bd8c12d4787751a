"""Layout at a fixed width: what a person sees in an 80-column terminal."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta

import pytest
from rich.console import Console, RenderableType
from rich.text import Text

from factcli.ask import Answer, FactHit
from factcli.history import Schedule, Stats, TopicStats
from factcli.model import Fact
from factcli.quiz import Grade, QuizQuestion
from factcli.render import (
    answer_panel,
    claim_panel,
    facts_list,
    feedback,
    hanging,
    question_panel,
    quiz_summary,
    review_status,
    stats_view,
)
from factcli.verify import Evidence, Outcome

WIDTH = 80
LONG = ("The border fortification project renovates eight bridges and rebuilds a great "
        "many kilometres of road along the whole of the eastern border.")
SECTION = "Comprehensive Fortification Efforts"


def lines(renderable: RenderableType, width: int = WIDTH) -> list[str]:
    console = Console(width=width, record=True, markup=False, highlight=False,
                      color_system=None, file=io.StringIO())
    console.print(renderable)
    return [line.rstrip() for line in console.export_text().splitlines()]


def inner(line: str) -> str:
    """A panel line without its borders."""
    return line.strip("│").rstrip()


def continuation_of(shown: list[str], start: str) -> tuple[str, str]:
    index = next(i for i, line in enumerate(shown) if start in line)
    return shown[index], shown[index + 1]


def test_hanging_text_wraps_under_itself() -> None:
    first, second = lines(hanging("label", Text(LONG)))[:2]
    assert first.startswith("  label The border")
    assert second.startswith(" " * len("  label ")) and second.strip()


def test_verify_evidence_wraps_under_the_statement() -> None:
    outcome = Outcome(text="Lithuania will renovate ten bridges", verdict="refuted",
                      confidence=0.95, evidence=(Evidence("bridge-renovation", LONG, SECTION),),
                      explanation="claim says 10 bridges; the article says 8 bridges")
    first, second = continuation_of(lines(claim_panel(outcome)), "bridge-renovation")
    column = inner(first).index("bridge-renovation")
    assert inner(second)[:column].strip() == ""
    assert inner(second)[column] != " "


@pytest.mark.parametrize(("answered", "label"), [(True, "from"), (False, "closest")])
def test_ask_facts_wrap_under_the_statement(answered: bool, label: str) -> None:
    answer = Answer(question="How many bridges?", answer="8 bridges" if answered else None,
                    form="quantity", facts=(FactHit("bridge-renovation", LONG, SECTION, 1.0),),
                    note="the article does not say")
    first, second = continuation_of(lines(answer_panel(answer)), "bridge-renovation")
    assert inner(first).lstrip().startswith(f"{label} bridge-renovation")
    column = inner(first).index("bridge-renovation")
    assert inner(second)[:column].strip() == "" and inner(second)[column] != " "


def fact(fact_id: str, statement: str, topic: str = "fortification") -> Fact:
    return Fact(id=fact_id, source="s", section=SECTION, topic=topic, statement=statement,
                subject=(), entities=(), quantities=(), questions=())


def test_facts_list_gives_the_statement_the_width() -> None:
    facts = [fact("ottawa-bans-antipersonnel-mines", LONG), fact("b", "Short.")]
    shown = lines(facts_list(facts))
    assert shown == [
        "2 facts",
        "ottawa-bans-antipersonnel-mines · fortification",
        "  The border fortification project renovates eight bridges and rebuilds a great",
        "  many kilometres of road along the whole of the eastern border.",
        "b · fortification",
        "  Short.",
    ]


def question(kind: str = "mc", **extra: object) -> QuizQuestion:
    fields: dict = {"card_id": 1, "fact_id": "bridge-renovation", "topic": "fortification",
                    "section": SECTION, "statement": LONG, "kind": kind,
                    "prompt": "Which figure fills the gap? " + LONG.replace("eight", "_____"),
                    "answer": "8", "choices": ("4", "8", "16", "12")}
    fields.update(extra)
    return QuizQuestion(**fields)


def test_feedback_after_a_choice_marks_the_chosen_and_the_right_option() -> None:
    shown = lines(feedback(question(), Grade(valid=True, correct=False, given="16")))
    assert shown[0] == "✘ Wrong — the answer is 8"
    assert shown[1:5] == ["  a) 4", "  b) 8  ✔ answer", "  c) 16  ✘ your answer", "  d) 12"]
    assert shown[5].startswith("  fact The border fortification")
    assert shown[6].startswith(" " * len("  fact ")) and shown[6].strip()


def test_feedback_after_a_right_choice() -> None:
    shown = lines(feedback(question(), Grade(valid=True, correct=True, given="8")))
    assert shown[0] == "✔ Right"
    assert "  b) 8  ✔ answer, your answer" in shown


def test_question_panel_shows_the_label_given_and_the_unit_asked() -> None:
    numeric = question("numeric", choices=(), asked_in="billions of euros")
    shown = lines(question_panel(numeric, 2, 10, 1, 1, "Investment"))
    assert shown[0] == "Question 2 of 10   score 1/1"
    assert "Investment" in shown[-2]
    assert shown[-1].startswith("a number in billions of euros")
    unlabelled = lines(question_panel(numeric, 2, 10, 1, 1, ""))
    assert unlabelled[-2].strip("╰─╯ ") == ""


def test_quiz_summary_shows_whole_questions_and_both_answers() -> None:
    results = [(question(), Grade(valid=True, correct=False, given="16")),
               (question("tf", prompt="Lithuania is leaving the Ottawa Convention.",
                         answer="true", choices=(), topic="convention"),
                Grade(valid=True, correct=False, skipped=True, given="(skipped)"))]
    shown = lines(quiz_summary(results, 3, 75, False, {"fortification": "Fortification",
                                                       "convention": "Convention"}))
    assert shown[0] == "Partial summary: 2 of 3 answered"
    header = shown[2]
    for column in ("#", "question", "your answer", "answer", "result"):
        assert f" {column} " in header
    text = " ".join(line.split("│")[2].strip() for line in shown[4:] if line.count("│") > 4)
    assert "Which figure fills the gap? The border fortification project renovates " \
           "_____ bridges and rebuilds a great many kilometres of road along the whole of " \
           "the eastern border." in text
    assert "…" not in "\n".join(shown)
    first_row = shown[4].split("│")
    assert [cell.strip() for cell in first_row[3:6]] == ["16", "8", "✘ wrong"]
    assert any("↷ skipped" in line for line in shown)
    assert "Score 0/2 (0%)   time 1m 15s" in shown
    assert shown[-1] == "Weakest topics: Convention, Fortification"
    assert all(len(line) <= WIDTH for line in shown)


def test_quiz_summary_gives_the_question_most_of_the_width() -> None:
    long_answers = question(answer="The effectiveness of drone warfare",
                            choices=("The value of cyber attacks",
                                     "The effectiveness of drone warfare"))
    shown = lines(quiz_summary([(long_answers, Grade(valid=True, correct=False,
                                                     given="The value of cyber attacks"))],
                               1, 5, True, {}))
    widths = [len(cell) for cell in shown[2].split("┃")[1:-1]]
    assert widths[1] >= widths[2] + widths[3]


NOW = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def test_stats_start_with_what_is_due_and_name_facts_by_statement() -> None:
    stats = Stats(sessions_per_day=[("2026-11-24", 1)],
                  topics=[TopicStats("suwalki-gap", 3, 1)], due_now=["bridge-renovation"],
                  most_missed=[("bridge-renovation", 2)], answered=3, correct=1,
                  schedule=Schedule(1, NOW + timedelta(days=3), NOW))
    shown = lines(stats_view(stats, {"bridge-renovation": LONG},
                             {"suwalki-gap": "Suwałki Gap"}))
    assert shown[0] == "1 due now, the next in 3 days"
    text = "\n".join(shown)
    assert "Suwałki Gap" in text and "suwalki-gap" not in text
    assert "bridge-renovation" not in text
    assert "  · The border fortification project renovates eight bridges" in text


@pytest.mark.parametrize(("schedule", "review", "expected"), [
    (Schedule(3, NOW + timedelta(minutes=10), NOW), True,
     "Review: 3 cards due now; the next card is due in 10 minutes."),
    (Schedule(0, NOW + timedelta(hours=5), NOW), True,
     "Nothing is due for review now; the next card is due in 5 hours: here are new "
     "questions."),
    (Schedule(0, None, NOW), True, "Nothing is due for review now: here are new questions."),
    (Schedule(2, None, NOW), False, "2 due for review: 'factcli quiz --review' asks those "
     "first."),
    (Schedule(0, NOW + timedelta(days=90), NOW), True,
     "Nothing is due for review now; the next card is due on 2027-02-23: here are new "
     "questions."),
])
def test_review_status(schedule: Schedule, review: bool, expected: str) -> None:
    status = review_status(schedule, review)
    assert status is not None
    assert " ".join(lines(status, width=200)) == expected


def test_no_status_when_nothing_is_due_and_no_review_asked() -> None:
    assert review_status(Schedule(0, NOW, NOW), False) is None
