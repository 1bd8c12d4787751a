"""Rich renderables and JSON documents, built from the core's data objects.

Pure functions: nothing here prints. Text that comes from users or from a store is
always wrapped in ``Text`` (and the consoles are created with markup off), so
``[red]x[/red]`` in a claim or a fact prints literally.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.text import Text

if TYPE_CHECKING:
    from datetime import datetime

    from rich.table import Table

    from factcli.ask import Answer
    from factcli.check import SentenceCheck, Tally
    from factcli.draft import Draft
    from factcli.history import Schedule, Stats
    from factcli.model import Fact, Source, Store
    from factcli.quiz import Grade, QuizQuestion
    from factcli.store import NamedStore
    from factcli.verify import Outcome, ProofStep

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")

VERDICT_LABELS = {"supported": "SUPPORTED", "refuted": "REFUTED",
                  "not_enough_info": "NOT ENOUGH INFO"}
VERDICT_SYMBOLS = {"supported": "✔", "refuted": "✘", "not_enough_info": "?"}
VERDICT_STYLES = {"supported": "bold green", "refuted": "bold red",
                  "not_enough_info": "bold yellow"}


def plain(text: str) -> Text:
    """User or store text, shown literally: control characters become visible escapes."""
    return Text(visible(text))


def visible(text: str) -> str:
    """Control characters as visible escapes (``\\x1b``), so stored text cannot drive a
    terminal or a file's reader."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def hanging(label: str | Text, body: RenderableType, indent: int = 2) -> Table:
    """``label`` then ``body`` beside it, ``indent`` columns in; a long body wraps under
    its own first line rather than back at the margin."""
    from rich.table import Table

    grid = Table.grid(padding=(0, 1, 0, 0))
    grid.add_column(no_wrap=True)
    grid.add_column()
    grid.add_row(Text(" " * indent) + (Text(label) if isinstance(label, str) else label),
                 body)
    return grid


def fact_line(label: str, fact_id: str, statement: str, section: str,
              style: str = "") -> Table:
    """One fact cited as evidence: its id, statement and article section, hanging under a
    label ('evidence', 'from', 'related')."""
    body = Text(style=style)
    body.append(fact_id, style="cyan")
    body.append(" ")
    body.append_text(plain(statement))
    body.append(f" ({section})", style="dim")
    return hanging(Text(label, style="dim"), body)


# --- facts ------------------------------------------------------------------------


def facts_list(facts: list[Fact]) -> RenderableType:
    """Each fact as its id and topic (the name ``--topic`` takes), then its statement
    across the whole width: ids are long and a table column would squeeze the statement."""
    from rich.padding import Padding

    parts: list[RenderableType] = [Text(f"{len(facts)} facts", style="bold")]
    for fact in facts:
        heading = Text(_CONTROL.sub("", fact.id), style="cyan")
        heading.append(" · ", style="dim")
        heading.append(_CONTROL.sub("", fact.topic), style="magenta")
        parts.append(heading)
        parts.append(Padding(plain(fact.statement), (0, 0, 0, 2)))
    return Group(*parts)


def fact_detail(fact: Fact, store: Store) -> RenderableType:
    from rich.table import Table

    grid = Table.grid(padding=(0, 2))
    grid.add_column(style="bold")
    grid.add_column()
    grid.add_row("statement", plain(fact.statement))
    grid.add_row("topic", plain(fact.topic))
    source = store.source(fact.source)
    where = f"{fact.section} ({source.publisher}: {source.title})" if source else fact.section
    grid.add_row("section", plain(where))
    names = [_entity_name(e, store) for e in fact.entities]
    grid.add_row("entities", plain(", ".join(names) or "-"))
    quantities = [f"{_number(q.value)} {q.unit} — {q.measure} ({q.qualifier})"
                  for q in fact.quantities]
    grid.add_row("quantities", plain("\n".join(quantities) or "-"))
    questions = []
    for q in fact.questions:
        line = f"[{q.kind}] {q.prompt}"
        if q.kind == "mc":
            line += " — choices: " + " | ".join(q.choices) + f" — answer: {q.answer}"
        elif q.kind == "numeric":
            line += f" — answer: {_number(q.answer)}{' ' + q.unit if q.unit else ''}"
            line += f" (±{_number(q.tolerance)})"
        else:
            line += f" — answer: {q.answer}"
        questions.append(line)
    grid.add_row("questions", plain("\n".join(questions) or "-"))
    return Panel(grid, title=plain(fact.id), title_align="left")


def _entity_name(entity_id: str, store: Store) -> str:
    entity = store.entity(entity_id)
    return entity.name if entity else entity_id


def _number(value: float) -> str:
    return f"{value:g}" if abs(value) < 1e15 and value != int(value) else f"{int(value):,}"


def fact_json(fact: Fact, store: Store) -> dict[str, Any]:
    from dataclasses import asdict

    data = asdict(fact)
    data["entities"] = [{"id": e, "name": _entity_name(e, store)} for e in fact.entities]
    return data


# --- validate ---------------------------------------------------------------------


def validation_json(path: str, problems: list[str], store: Store | None) -> dict[str, Any]:
    return {"path": path, "valid": not problems, "problems": problems,
            "facts": len(store.facts) if store else None,
            "entities": len(store.entities) if store else None}


# --- verify -----------------------------------------------------------------------


def verdict_text(verdict: str) -> Text:
    return Text(f"{VERDICT_SYMBOLS[verdict]} {VERDICT_LABELS[verdict]}",
                style=VERDICT_STYLES[verdict])


def _outcome_body(outcome: Outcome) -> list[RenderableType]:
    body: list[RenderableType] = []
    header = verdict_text(outcome.verdict)
    header.append(f"  confidence {outcome.confidence:.2f}", style="dim")
    body.append(header)
    explanation = Text()
    if outcome.conflicts:
        for i, conflict in enumerate(outcome.conflicts):
            if i:
                explanation.append("; ")
            explanation.append("claim says ")
            explanation.append(_CONTROL.sub("", conflict.claim), style="bold red")
            explanation.append("; the article says ")
            explanation.append(_CONTROL.sub("", conflict.article), style="bold green")
    else:
        explanation = plain(outcome.explanation)
    body.append(explanation)
    for evidence in outcome.evidence:
        body.append(fact_line("evidence", evidence.fact_id, evidence.statement,
                              evidence.section))
    if outcome.proof and not outcome.parts:
        body.append(proof_table(outcome))
    return body


def proof_table(outcome: Outcome) -> Text:
    """The proof: each piece of the claim beside the fact's piece, with their relation,
    in aligned columns (plain padded text: a rich table costs more than the verdict)."""
    rows = [(visible(step.claim or "—"), step.relation.symbol, visible(step.fact or "—"),
             visible(step.via)) for step in outcome.proof]
    claim_width = max(len(r[0]) for r in rows)
    fact_width = max(len(r[2]) for r in rows)
    lines = Text()
    for number, (claim, symbol, fact, via) in enumerate(rows):
        if number:
            lines.append("\n")
        lines.append(f"  {claim.ljust(claim_width)} {symbol} {fact.ljust(fact_width)} ")
        lines.append(via, style="dim")
    return lines


def claim_panel(result: Outcome) -> Panel:
    body = _outcome_body(result)
    if result.statement:
        # 'Did the council approve the plan?' checked as 'the council did approve the plan'
        body.insert(1, plain(f"checked as: {result.statement}"))
    for number, part in enumerate(result.parts, start=1):
        title = Text(f"part {number}: ", style="bold")
        title.append_text(plain(part.text))
        body.append(Text(""))
        body.append(title)
        body.extend(_outcome_body(part))
    return Panel(Group(*body), title=plain(result.text), title_align="left",
                 border_style=VERDICT_STYLES[result.verdict].split()[-1])


def _outcome_json(outcome: Outcome) -> dict[str, Any]:
    return {
        "verdict": outcome.verdict,
        "confidence": outcome.confidence,
        "evidence": [{"fact_id": e.fact_id, "statement": e.statement, "section": e.section}
                     for e in outcome.evidence],
        "explanation": outcome.explanation,
        "conflicts": [{"kind": c.kind, "claim": c.claim, "article": c.article}
                      for c in outcome.conflicts],
        "proof": proof_json(outcome.proof),
    }


def proof_json(proof: tuple[ProofStep, ...]) -> list[dict[str, Any]]:
    return [{"fact_id": p.fact_id, "kind": p.kind, "claim": p.claim, "fact": p.fact,
             "relation": p.relation.value, "symbol": p.relation.symbol, "via": p.via}
            for p in proof]


def claim_json(result: Outcome) -> dict[str, Any]:
    data = {"claim": result.text, **_outcome_json(result)}
    if result.statement:
        data["statement"] = result.statement
    data["parts"] = [{"text": p.text, **_outcome_json(p)} for p in result.parts]
    return data


# --- ask --------------------------------------------------------------------------


def answer_panel(answer: Answer) -> Panel:
    body: list[RenderableType] = []
    if answer.answer is not None:
        body.append(Text(_CONTROL.sub("", answer.answer), style="bold green"))
        for hit in answer.facts[:answer.answering]:
            body.append(fact_line("from", hit.fact_id, hit.statement, hit.section))
        for hit in answer.facts[answer.answering:]:
            body.append(fact_line("related", hit.fact_id, hit.statement, hit.section,
                                  style="dim"))
        border = "green"
    else:
        body.append(Text("The article does not say.", style="bold yellow"))
        if answer.note != "the article does not say":
            body.append(plain(answer.note))
        if answer.facts:
            for hit in answer.facts:
                body.append(fact_line("closest", hit.fact_id, hit.statement, hit.section,
                                      style="dim"))
        border = "yellow"
    return Panel(Group(*body), title=plain(answer.question), title_align="left",
                 border_style=border)


def answer_json(answer: Answer) -> dict[str, Any]:
    return {
        "question": answer.question,
        "answer": answer.answer,
        "form": answer.form,
        "facts": [{"fact_id": h.fact_id, "statement": h.statement, "section": h.section,
                   "score": h.score} for h in answer.facts],
        "note": answer.note,
        "proof": proof_json(answer.proof),
    }


# --- quiz -------------------------------------------------------------------------

KIND_LABELS = {"mc": "Multiple choice", "tf": "True or false", "numeric": "Number",
               "short": "Short answer"}
ANSWER_HELP = {"mc": "a-d, 1-4 or the option's text", "tf": "t/true/y/yes or f/false/n/no",
               "numeric": "a number, with or without unit or scale (1.1 billion)",
               "short": "a name or a few words"}


def question_panel(question: QuizQuestion, number: int, total: int, correct: int,
                   answered: int, label: str = "") -> RenderableType:
    """The question screen; ``label`` (a topic title, or nothing when it would give the
    answer away) goes under the panel."""
    header = Text(f"Question {number} of {total}", style="bold")
    header.append(f"   score {correct}/{answered}", style="dim")
    body: list[RenderableType] = [plain(question.prompt)]
    if question.choices:
        body.append(Text(""))
        for letter, choice in zip("abcdefgh", question.choices, strict=False):
            body.append(hanging(Text(f"{letter})", style="bold cyan"), plain(choice), indent=0))
    footer = Text(f"{answer_help(question)} · ? hint · s skip", style="dim")
    return Group(header, Panel(Group(*body), title=KIND_LABELS[question.kind],
                               title_align="left", subtitle=plain(label) if label else None,
                               subtitle_align="right"), footer)


def answer_help(question: QuizQuestion) -> str:
    """What to type; for a number, the unit it is read in."""
    if question.kind == "numeric" and question.asked_in:
        return f"a number in {question.asked_in}, or with its unit"
    return ANSWER_HELP[question.kind]


def _mark(grade: Grade) -> Text:
    if grade.skipped:
        return Text("↷ skipped", style="yellow")
    return Text("✔ right", style="green") if grade.correct else Text("✘ wrong", style="red")


def feedback(question: QuizQuestion, grade: Grade) -> RenderableType:
    if grade.skipped:
        line = Text("↷ Skipped", style="bold yellow")
    elif grade.correct:
        line = Text("✔ Right", style="bold green")
    else:
        line = Text("✘ Wrong", style="bold red")
    if not grade.correct:
        line.append(" — the answer is ")
        line.append(_CONTROL.sub("", question.answer), style="bold")
    parts: list[RenderableType] = [line]
    for letter, choice in zip("abcdefgh", question.choices, strict=False):
        option = plain(choice)
        if choice == question.answer:
            option.stylize("bold green")
            option.append("  ✔ answer", style="green")
        if choice == grade.given and not grade.correct:
            option.append("  ✘ your answer", style="red")
        elif choice == grade.given:
            option.append(", your answer", style="green")
        parts.append(hanging(Text(f"{letter})", style="bold"), option))
    statement = plain(question.statement)
    statement.append(f" ({question.section})", style="dim")
    parts.append(hanging(Text("fact", style="dim"), statement))
    return Group(*parts)


def quiz_summary(results: list[tuple[QuizQuestion, Grade]], planned: int, seconds: float,
                 completed: bool, titles: dict[str, str]) -> RenderableType:
    """Every question whole (wrapped), the answer given, the right answer and the
    outcome; then the score, the time and the weakest topics by title."""
    from rich.table import Table

    table = Table(title="Summary" if completed else f"Partial summary: {len(results)} of "
                  f"{planned} answered", title_justify="left", expand=True)
    table.add_column("#", justify="right", no_wrap=True)
    # The question takes half the width, each answer a quarter: rich would otherwise level
    # the columns and squeeze the question as narrow as a one-word answer.
    table.add_column("question", ratio=2)
    table.add_column("your answer", ratio=1, overflow="fold")
    table.add_column("answer", ratio=1, overflow="fold")
    table.add_column("result", no_wrap=True)
    for number, (question, grade) in enumerate(results, start=1):
        table.add_row(str(number), plain(question.prompt),
                      plain("" if grade.skipped else grade.given), plain(question.answer),
                      _mark(grade))
    right = sum(g.correct for _, g in results)
    percent = 100 * right / len(results) if results else 0
    score = Text(f"Score {right}/{len(results)} ({percent:.0f}%)", style="bold")
    score.append(f"   time {int(seconds // 60)}m {int(seconds % 60):02d}s", style="dim")
    parts: list[RenderableType] = [table, score]
    weak = weakest_topics(results)
    if weak:
        parts.append(plain("Weakest topics: " + ", ".join(titles.get(t, t) for t in weak)))
    return Group(*parts)


def weakest_topics(results: list[tuple[QuizQuestion, Grade]]) -> list[str]:
    totals: dict[str, list[int]] = {}
    for question, grade in results:
        right_total = totals.setdefault(question.topic, [0, 0])
        right_total[0] += grade.correct
        right_total[1] += 1
    missed = [(right / total, topic) for topic, (right, total) in totals.items()
              if right < total]
    return [topic for _, topic in sorted(missed)[:3]]


def quiz_json(questions: list[QuizQuestion], results: list[tuple[QuizQuestion, Grade]],
              seconds: float, completed: bool, seed: int | None) -> dict[str, Any]:
    given = {id(q): g for q, g in results}
    rows = []
    for question in questions:
        grade = given.get(id(question))
        rows.append({
            "fact_id": question.fact_id, "card_id": question.card_id, "topic": question.topic,
            "kind": question.kind, "prompt": question.prompt,
            "choices": list(question.choices) if question.choices else None,
            "answer": question.answer,
            "given": grade.given if grade else None,
            "correct": grade.correct if grade else None,
            "skipped": grade.skipped if grade else None,
        })
    return {"total": len(questions), "answered": len(results),
            "correct": sum(g.correct for _, g in results), "completed": completed,
            "seed": seed, "seconds": round(seconds, 2), "questions": rows}


# --- stats ------------------------------------------------------------------------


def stats_view(stats: Stats, statements: dict[str, str],
               titles: dict[str, str]) -> RenderableType:
    """Starts with what is due; facts are shown by their statements and topics by their
    titles (``statements`` and ``titles`` map ids to them)."""
    from rich.table import Table

    if not stats.answered:
        return Text("No quiz answers yet: run 'factcli quiz' to start.")
    parts: list[RenderableType] = [schedule_line(stats.schedule)]
    total = Text(f"{stats.answered} answers, {stats.correct} right", style="bold")
    total.append(f" ({100 * stats.correct / stats.answered:.0f}%)")
    parts.append(total)
    topics = Table(title="Accuracy per topic", title_justify="left")
    topics.add_column("topic")
    topics.add_column("answered", justify="right")
    topics.add_column("right", justify="right")
    topics.add_column("accuracy", justify="right")
    for t in stats.topics:
        topics.add_row(plain(titles.get(t.topic, t.topic)), str(t.answered), str(t.correct),
                       f"{100 * t.correct / t.answered:.0f}%")
    parts.append(topics)
    parts.append(Text("Sessions per day", style="bold"))
    most = max((n for _, n in stats.sessions_per_day), default=1)
    for day, count in stats.sessions_per_day[-14:]:
        bar = Text(f"  {day} ")
        bar.append("█" * max(1, round(20 * count / most)), style="cyan")
        bar.append(f" {count}")
        parts.append(bar)
    if stats.due_now:
        parts.append(Text(f"Due for review now: {len(stats.due_now)} facts", style="bold"))
        for fact_id in stats.due_now[:8]:
            parts.append(hanging("·", plain(statements.get(fact_id, fact_id))))
    if stats.most_missed:
        parts.append(Text("Most often missed (times)", style="bold"))
        for fact_id, misses in stats.most_missed:
            parts.append(hanging(f"{misses:>2}", plain(statements.get(fact_id, fact_id))))
    return Group(*parts)


def schedule_line(schedule: Schedule) -> Text:
    """'3 due now, the next in 2 days'."""
    line = Text(f"{schedule.due_now} due now", style="bold")
    if schedule.next_due is not None:
        line.append(f", the next {_when(schedule.next_due, schedule.at)}")
    return line


def review_status(schedule: Schedule, review: bool) -> Text | None:
    """Said before a session: what a review holds, or that nothing is due."""
    later = (f"; the next card is due {_when(schedule.next_due, schedule.at)}"
             if schedule.next_due is not None else "")
    if review and schedule.due_now:
        cards = "card" if schedule.due_now == 1 else "cards"
        return Text(f"Review: {schedule.due_now} {cards} due now{later}.", style="bold")
    if review:
        return Text(f"Nothing is due for review now{later}: here are new questions.",
                    style="bold")
    if schedule.due_now:
        return Text(f"{schedule.due_now} due for review: 'factcli quiz --review' asks "
                    "those first.", style="dim")
    return None


def _when(moment: datetime, at: datetime) -> str:
    """A due time as a person says it: 'in 10 minutes', 'in 3 days', 'on 2027-01-05'."""
    seconds = (moment - at).total_seconds()
    for size, unit in ((86_400, "day"), (3_600, "hour"), (60, "minute")):
        if seconds >= size:
            count = round(seconds / size)
            if unit == "day" and count > 30:
                return f"on {moment.date().isoformat()}"
            return f"in {count} {unit}{'' if count == 1 else 's'}"
    return "in under a minute"


def stats_json(stats: Stats) -> dict[str, Any]:
    return {
        "answered": stats.answered,
        "correct": stats.correct,
        "topics": [{"topic": t.topic, "answered": t.answered, "correct": t.correct,
                    "accuracy": round(t.correct / t.answered, 3)} for t in stats.topics],
        "sessions_per_day": [{"day": d, "sessions": n} for d, n in stats.sessions_per_day],
        "due_now": stats.due_now,
        "cards_due_now": stats.schedule.due_now,
        "next_due": stats.schedule.next_due.isoformat() if stats.schedule.next_due else None,
        "most_missed": [{"fact_id": f, "misses": n} for f, n in stats.most_missed],
    }


# --- check ------------------------------------------------------------------------

NOT_CHECKED_LABEL = "· not checked"
LABEL_WIDTH = 18
_BREAKS = re.compile(r"\s*[\n\t\r]\s*")


def _check_label(result: SentenceCheck) -> Text:
    if result.outcome is None:
        return Text(NOT_CHECKED_LABEL, style="dim")
    verdict = result.outcome.verdict
    return Text(f"{VERDICT_SYMBOLS[verdict]} {VERDICT_LABELS[verdict]}",
                style=VERDICT_STYLES[verdict])


def _one_line(text: str) -> str:
    return visible(_BREAKS.sub(" ", text))


def check_row(result: SentenceCheck) -> RenderableType:
    """One sentence for a terminal: a symbol and a label that read without colour too,
    the sentence with its wrapped lines indented under it, and under a checked sentence
    the reason for its verdict."""
    sentence = Text(_one_line(result.sentence.text), style="" if result.outcome else "dim")
    body: RenderableType = sentence
    if result.outcome is not None:
        body = Group(sentence, Text(_one_line(result.outcome.explanation), style="dim"))
    label = _check_label(result)
    label.pad_right(LABEL_WIDTH - 1 - len(label))  # the grid adds one column
    return hanging(label, body, indent=0)


def check_line(result: SentenceCheck) -> str:
    """One sentence as one plain line, for a pipe or a file: label, sentence, and for a
    checked sentence the reason after a dash."""
    line = f"{_check_label(result).plain:<{LABEL_WIDTH}}{_one_line(result.sentence.text)}"
    if result.outcome is not None:
        line += f" — {_one_line(result.outcome.explanation)}"
    return line + "\n"


def _counts(tally: Tally) -> list[tuple[str | None, int]]:
    return [(verdict, tally.counts[verdict])
            for verdict in ("supported", "refuted", "not_enough_info", None)]


def check_summary(tally: Tally) -> RenderableType:
    """Counts per verdict over the whole text and, for every refuted sentence, the
    conflicting values and the evidence fact."""
    from rich.table import Table

    table = Table(title="Summary", title_justify="left")
    table.add_column("verdict")
    table.add_column("sentences", justify="right")
    for verdict, count in _counts(tally):
        label = verdict_text(verdict) if verdict else Text(NOT_CHECKED_LABEL, style="dim")
        table.add_row(label, str(count))
    parts: list[RenderableType] = [table]
    if tally.refuted:
        conflicts = Table(title="Refuted", title_justify="left")
        conflicts.add_column("sentence")
        conflicts.add_column("conflict")
        conflicts.add_column("evidence")
        for result, outcome in _refuted(tally):
            conflicts.add_row(plain(result.sentence.text), plain(outcome.explanation),
                              plain(_evidence_line(outcome)))
        parts.append(conflicts)
    return Group(*parts)


def check_summary_lines(tally: Tally) -> str:
    """The summary as plain lines."""
    counts = ", ".join(f"{count} {VERDICT_LABELS[v].lower() if v else 'not checked'}"
                       for v, count in _counts(tally))
    lines = [f"Summary: {counts}"]
    if tally.refuted:
        lines.append("Refuted:")
        for result, outcome in _refuted(tally):
            lines.append(f"  {_one_line(result.sentence.text)}")
            lines.append(f"    {_one_line(outcome.explanation)}")
            lines.append(f"    evidence: {_one_line(_evidence_line(outcome))}")
    return "\n".join(lines) + "\n"


def _refuted(tally: Tally) -> Iterator[tuple[SentenceCheck, Outcome]]:
    for result in tally.refuted:
        if result.outcome is not None:
            yield result, result.outcome


def _evidence_line(outcome: Outcome) -> str:
    evidence = outcome.evidence[0] if outcome.evidence else None
    return f"{evidence.fact_id}: {evidence.statement}" if evidence else "-"


def check_json(result: SentenceCheck) -> dict[str, Any]:
    row: dict[str, Any] = {"sentence": result.sentence.text, "start": result.sentence.start,
                           "end": result.sentence.end, "checked": result.checked,
                           "resolved": result.resolved}
    if result.outcome is None:
        row.update(verdict=None, confidence=None, evidence=[], explanation=result.reason,
                   conflicts=[], parts=[])
    else:
        row.update(_outcome_json(result.outcome))
        row["parts"] = [{"text": p.text, **_outcome_json(p)} for p in result.outcome.parts]
    return row


# --- ClaimReview (schema.org) -----------------------------------------------------

RATINGS = {"supported": (5, "True"), "not_enough_info": (3, "Unproven"),
           "refuted": (1, "False")}


def claim_review(outcome: Outcome, source: Source | None, author: str, date: str,
                 appearance: str | None = None) -> dict[str, Any]:
    """One schema.org ClaimReview for a verdict, the article as the reviewed source."""
    value, _ = RATINGS[outcome.verdict]
    claim: dict[str, Any] = {"@type": "Claim", "text": outcome.text}
    if appearance is not None:
        claim["appearance"] = {"@type": "CreativeWork", "url": appearance}
    review: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "ClaimReview",
        "claimReviewed": outcome.text,
        "reviewRating": {
            "@type": "Rating",
            "ratingValue": value,
            "bestRating": 5,
            "worstRating": 1,
            "alternateName": VERDICT_LABELS[outcome.verdict],
            "ratingExplanation": outcome.explanation,
        },
        "itemReviewed": claim,
        "author": {"@type": "Organization", "name": author},
        "datePublished": date,
    }
    if source is not None:
        review["url"] = source.url
        review["isBasedOn"] = {"@type": "NewsArticle", "url": source.url,
                               "headline": source.title,
                               "publisher": {"@type": "Organization",
                                             "name": source.publisher}}
    return review


# --- draft and saved stores -------------------------------------------------------


def draft_summary(draft: Draft, destination: str, use: str | None) -> RenderableType:
    """What was drafted, where it went, and every sentence set aside with the reason,
    so that a person can review the draft."""
    lines: list[RenderableType] = [Text.assemble(
        ("drafted ", "bold"), f"{draft.fact_count} facts, {draft.entity_count} entities, "
        f"{draft.figure_count} figures → ", plain(destination))]
    if draft.set_aside:
        lines.append(Text(f"set aside ({len(draft.set_aside)}):", style="bold"))
        for item in draft.set_aside:
            lines.append(hanging(Text.assemble("· ", (item.reason, "yellow"), ":"),
                                 plain(item.sentence)))
    if use:
        lines.append(Text.assemble("review it, then: ", plain(f"factcli {use} quiz")))
    return Group(*lines)


def stores_table(found: list[NamedStore]) -> Table:
    from rich.table import Table

    table = Table(title=f"{len(found)} saved stores", title_justify="left")
    table.add_column("name", style="cyan", no_wrap=True)
    table.add_column("facts", justify="right")
    table.add_column("entities", justify="right")
    table.add_column("title")
    for item in found:
        title = plain(item.title) if not item.problem else Text(item.problem, style="red")
        table.add_row(plain(item.name), str(item.facts), str(item.entities), title)
    return table


def stores_json(found: list[NamedStore]) -> list[dict[str, Any]]:
    return [{"name": s.name, "path": str(s.path), "title": s.title, "facts": s.facts,
             "entities": s.entities, "problem": s.problem or None} for s in found]
