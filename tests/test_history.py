from __future__ import annotations

import threading
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from factcli.history import History, Schedule


def test_two_concurrent_writers_lose_no_answer(tmp_path: Path) -> None:
    db = tmp_path / "history.sqlite3"
    per_writer = 40

    failures: list[BaseException] = []

    def writer(offset: int) -> None:
        try:
            with History(db) as history:
                session = history.start_session(per_writer, False)
                for i in range(per_writer):
                    history.record(session, offset + i, f"fact-{i % 5}", "topic", "tf",
                                   "prompt", "t", i % 2 == 0, False)
                history.finish_session(session, True)
        except BaseException as exc:  # collected: a thread's exception is otherwise lost
            failures.append(exc)

    threads = [threading.Thread(target=writer, args=(n * 1000,)) for n in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert failures == []
    with History(db) as history:
        assert history.answers_count() == 3 * per_writer
        assert history.stats().answered == 3 * per_writer


def test_sessions_starting_together_on_a_new_file_both_work(tmp_path: Path) -> None:
    """The schema is created once even when several sessions open a new file at once."""
    for attempt in range(25):
        db = tmp_path / f"new-{attempt}.sqlite3"
        failures: list[BaseException] = []

        def start(db: Path = db, failures: list[BaseException] = failures) -> None:
            try:
                with History(db) as history:
                    session = history.start_session(1, False)
                    history.record(session, 1, "a", "t", "tf", "p", "t", True, False)
            except BaseException as exc:  # collected: a thread's exception is otherwise lost
                failures.append(exc)

        threads = [threading.Thread(target=start) for _ in range(3)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert not failures
        with History(db) as history:
            assert history.answers_count() == 3


def test_review_priority_puts_missed_cards_first(tmp_path: Path) -> None:
    with History(tmp_path / "h.sqlite3") as history:
        session = history.start_session(3, False)
        history.record(session, 1, "a", "t", "tf", "p", "t", True, False)
        history.record(session, 2, "b", "t", "tf", "p", "f", False, False)
        assert history.review_priority()[0] == (2, "b")


def test_each_answer_is_committed_when_given(tmp_path: Path) -> None:
    db = tmp_path / "h.sqlite3"
    history = History(db)
    session = history.start_session(2, False)
    history.record(session, 1, "a", "t", "tf", "p", "t", True, False)
    with History(db) as reader:  # another connection sees it before the session ends
        assert reader.answers_count() == 1
    history.finish_session(session, False)


def test_schedule_counts_due_cards_and_the_next_due(tmp_path: Path,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    import factcli.history

    start = datetime(2026, 1, 1, tzinfo=UTC)
    monkeypatch.setattr(factcli.history, "now", lambda: start)
    with History(tmp_path / "history.sqlite3") as history:
        assert history.schedule(start) == Schedule(0, None, start)
        session = history.start_session(2, False)
        history.record(session, 1, "fact-a", "topic", "tf", "prompt", "t", False, False)
        history.record(session, 2, "fact-b", "topic", "tf", "prompt", "t", True, False)
        later = history.schedule(start)
        assert later.due_now == 0 and later.next_due is not None and later.next_due > start
        week = start + timedelta(days=7)
        assert history.schedule(week).due_now == 2
        assert history.stats(week).schedule.due_now == 2
