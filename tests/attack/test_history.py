"""Attacks on the quiz history: locks held by others, damaged and foreign databases, bad
paths. No given answer may be lost; every failure is one line and exit 5."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from factcli.errors import HistoryError
from factcli.history import History
from tests.attack.conftest import assert_clean_failure, run

QUICK = 0.01  # seconds sqlite waits for a lock: these tests hold it on purpose
ANSWER = ("session", 7, "fact-a", "topic", "tf", "Is it?", "t", True, False)


def record(history: History, session: int, card_id: int = 7) -> None:
    history.record(session, card_id, *ANSWER[2:])


def lock(db: Path) -> sqlite3.Connection:
    """Another process's connection, holding the write lock until closed."""
    holder = sqlite3.connect(db, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    return holder


def test_an_answer_waits_for_a_lock_and_is_saved(tmp_path: Path) -> None:
    db = tmp_path / "h.sqlite3"
    told: list[str] = []
    holder: list[sqlite3.Connection] = []

    def release_after_first_pause(seconds: float) -> None:
        holder.pop().close()  # the other process finishes while we wait

    with History(db, notify=told.append, sleep=release_after_first_pause,
                 lock_wait=QUICK) as history:
        session = history.start_session(1, False)
        holder.append(lock(db))
        record(history, session)
        assert history.answers_count() == 1
    assert len(told) == 1 and "locked by another process" in told[0]


def test_a_session_starting_while_another_creates_the_file_waits_for_it(
        tmp_path: Path) -> None:
    db = tmp_path / "h.sqlite3"
    db.touch()  # the other session has just made the file and holds its write lock
    holder = [lock(db)]
    told: list[str] = []

    def release_after_first_pause(seconds: float) -> None:
        holder.pop().close()

    with History(db, notify=told.append, sleep=release_after_first_pause,
                 lock_wait=QUICK) as history:
        record(history, history.start_session(1, False))
        assert history.answers_count() == 1
    assert len(told) == 1 and "waiting to create the history database" in told[0]


def test_an_answer_that_cannot_be_saved_goes_to_a_named_recovery_file(tmp_path: Path) -> None:
    db = tmp_path / "h.sqlite3"
    pauses: list[float] = []
    with History(db, sleep=pauses.append, lock_wait=QUICK, retry_seconds=2) as history:
        session = history.start_session(1, False)
        holder = lock(db)
        with pytest.raises(HistoryError) as raised:
            record(history, session)
        holder.close()
    assert pauses == sorted(pauses) and pauses[0] < pauses[-1]  # backs off
    message = " ".join(raised.value.lines)
    assert "locked by another process" in message
    recovery = Path(message.rsplit(" written to ", 1)[1])
    saved = [json.loads(line) for line in recovery.read_text(encoding="utf-8").splitlines()]
    assert [(a["card_id"], a["given"]) for a in saved] == [(7, "t")]


def test_ctrl_c_while_waiting_for_a_lock_sets_the_answer_aside(tmp_path: Path) -> None:
    db = tmp_path / "h.sqlite3"

    def interrupted(seconds: float) -> None:
        raise KeyboardInterrupt

    with History(db, sleep=interrupted, lock_wait=QUICK) as history:
        session = history.start_session(1, False)
        holder = lock(db)
        with pytest.raises(HistoryError) as raised:
            record(history, session)
        holder.close()
    assert "interrupted while waiting" in raised.value.lines[0]
    assert "1 unsaved answer(s) were written to" in raised.value.lines[1]


def test_later_answers_are_saved_with_the_one_kept_waiting(tmp_path: Path) -> None:
    db = tmp_path / "h.sqlite3"
    waits: list[float] = []
    holder: list[sqlite3.Connection] = []
    with History(db, sleep=waits.append, lock_wait=QUICK, retry_seconds=0) as history:
        session = history.start_session(2, False)
        holder.append(lock(db))
        with pytest.raises(HistoryError):
            record(history, session, card_id=1)
        holder.pop().close()
        record(history, session, card_id=2)
        assert history.answers_count() == 1  # the first went to its recovery file


def test_db_in_a_folder_that_does_not_exist_is_an_error_and_creates_nothing(
        tmp_path: Path) -> None:
    target = tmp_path / "no" / "such" / "h.sqlite3"
    assert_clean_failure(run("stats", "--db", str(target)), 5, str(target), "does not exist")
    assert not (tmp_path / "no").exists()


def test_the_default_history_folder_is_created(isolated_home: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    home = isolated_home / "new" / "home"
    monkeypatch.setenv("FACTCLI_HOME", str(home))
    result = run("quiz", "--count", "1", "--seed", "1", stdin="s\n")
    assert result.exit_code == 0, result.output
    assert (home / "history.sqlite3").is_file()


def test_a_300_character_db_name_is_one_line(tmp_path: Path) -> None:
    assert_clean_failure(run("stats", "--db", str(tmp_path / ("h" * 300))), 5, "too long")


@pytest.mark.parametrize("device", ["/dev/full", "/dev/null"])
def test_a_device_as_db_is_refused(device: str) -> None:
    assert_clean_failure(run("quiz", "--db", device), 5, device, "not a regular file")


def test_an_empty_foreign_sqlite_file_is_not_taken_over(tmp_path: Path) -> None:
    db = tmp_path / "theirs.sqlite3"
    sqlite3.connect(db).execute("PRAGMA user_version = 7").connection.close()
    assert_clean_failure(run("stats", "--db", str(db)), 5, "not factcli's")
    assert sqlite3.connect(db).execute("PRAGMA user_version").fetchone()[0] == 7


def filled(tmp_path: Path) -> Path:
    db = tmp_path / "h.sqlite3"
    with History(db) as history:
        session = history.start_session(1, False)
        record(history, session)
        history.finish_session(session, True)
    return db


def test_a_dropped_table_is_exit_5_for_stats_and_review(tmp_path: Path) -> None:
    db = filled(tmp_path)
    with sqlite3.connect(db) as connection:
        connection.execute("DROP TABLE answers")
    assert_clean_failure(run("stats", "--db", str(db)), 5, "cannot be read")
    assert_clean_failure(run("quiz", "--review", "--db", str(db)), 5, "cannot be read")


def test_a_corrupt_page_is_exit_5(tmp_path: Path) -> None:
    db = filled(tmp_path)
    with sqlite3.connect(db) as connection:
        connection.execute("PRAGMA journal_mode = DELETE")
    data = bytearray(db.read_bytes())
    page = 4096
    data[page + 8 : 2 * page] = b"\xa5" * (page - 8)  # the second page's cells
    db.write_bytes(bytes(data))
    result = run("stats", "--db", str(db))
    assert_clean_failure(result, 5, str(db))


def test_a_malformed_card_loses_no_answer(tmp_path: Path) -> None:
    db = filled(tmp_path)
    with sqlite3.connect(db) as connection:
        connection.execute("UPDATE cards SET fsrs = '{not json'")
    with History(db) as history:
        session = history.start_session(1, True)
        record(history, session)
        assert history.answers_count() == 2
    assert run("stats", "--db", str(db)).exit_code == 0


def test_a_full_disk_is_named_as_such(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    class Full(sqlite3.OperationalError):
        sqlite_errorname = "SQLITE_FULL"

    history = History(tmp_path / "h.sqlite3")

    def full(action: object) -> None:
        raise Full("database or disk is full")

    with pytest.raises(HistoryError) as raised:
        history._write(lambda db: full(db), "your answer")
    assert "the disk is full" in raised.value.lines[0]
    assert "move it away" not in raised.value.lines[0]
