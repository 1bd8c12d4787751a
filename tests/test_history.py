from __future__ import annotations

import threading
from pathlib import Path

from factcli.history import History


def test_two_concurrent_writers_lose_no_answer(tmp_path: Path) -> None:
    db = tmp_path / "history.sqlite3"
    per_writer = 40

    def writer(offset: int) -> None:
        with History(db) as history:
            session = history.start_session(per_writer, False)
            for i in range(per_writer):
                history.record(session, offset + i, f"fact-{i % 5}", "topic", "tf", "prompt",
                               "t", i % 2 == 0, False)
            history.finish_session(session, True)

    threads = [threading.Thread(target=writer, args=(n * 1000,)) for n in range(3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    with History(db) as history:
        assert history.answers_count() == 3 * per_writer
        assert history.stats().answered == 3 * per_writer


def test_review_priority_puts_missed_cards_first(tmp_path: Path) -> None:
    with History(tmp_path / "h.sqlite3") as history:
        session = history.start_session(3, False)
        history.record(session, 1, "a", "t", "tf", "p", "t", True, False)
        history.record(session, 2, "b", "t", "tf", "p", "f", False, False)
        assert history.review_priority()[0] == 2


def test_each_answer_is_committed_when_given(tmp_path: Path) -> None:
    db = tmp_path / "h.sqlite3"
    history = History(db)
    session = history.start_session(2, False)
    history.record(session, 1, "a", "t", "tf", "p", "t", True, False)
    with History(db) as reader:  # another connection sees it before the session ends
        assert reader.answers_count() == 1
    history.finish_session(session, False)
