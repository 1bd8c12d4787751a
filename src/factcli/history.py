"""Review history in SQLite: every answer, committed as it is given, and FSRS cards.

The database is the user's: one that cannot be opened or is not ours is reported with
its path and never replaced. ``PRAGMA application_id`` marks the file as factcli's and
``PRAGMA user_version`` carries the schema version for later migrations.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple

from factcli.errors import HistoryError

APPLICATION_ID = 0x46435149  # "FCQI"
SCHEMA_VERSION = 1
DB_NAME = "history.sqlite3"

_SCHEMA = """
CREATE TABLE sessions (
    id INTEGER PRIMARY KEY,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    completed INTEGER NOT NULL DEFAULT 0,
    planned INTEGER NOT NULL,
    review INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE answers (
    id INTEGER PRIMARY KEY,
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    card_id INTEGER NOT NULL,
    fact_id TEXT NOT NULL,
    topic TEXT NOT NULL,
    kind TEXT NOT NULL,
    prompt TEXT NOT NULL,
    given TEXT NOT NULL,
    correct INTEGER NOT NULL,
    skipped INTEGER NOT NULL,
    answered_at TEXT NOT NULL
);
CREATE INDEX answers_by_card ON answers(card_id);
CREATE TABLE cards (
    card_id INTEGER PRIMARY KEY,
    fact_id TEXT NOT NULL,
    topic TEXT NOT NULL,
    fsrs TEXT NOT NULL,
    due TEXT NOT NULL
);
"""


class TopicStats(NamedTuple):
    topic: str
    answered: int
    correct: int


class Schedule(NamedTuple):
    """Where the review stands: how many cards are due, and when the next one falls due."""

    due_now: int
    next_due: datetime | None
    at: datetime


class Stats(NamedTuple):
    sessions_per_day: list[tuple[str, int]]
    topics: list[TopicStats]
    due_now: list[str]
    most_missed: list[tuple[str, int]]
    answered: int
    correct: int
    schedule: Schedule


def default_db_path() -> Path:
    from factcli.knowledge import data_home

    return data_home() / DB_NAME


def now() -> datetime:
    return datetime.now(UTC)


class History:
    """One open history database. Use as a context manager."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._db = _open(path)

    def __enter__(self) -> History:
        return self

    def __exit__(self, *exc: object) -> None:
        self._db.close()

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        try:
            with self._db:  # one transaction, committed on leaving
                yield self._db
        except sqlite3.Error as exc:
            raise HistoryError(f"{self.path}: could not save to the history database "
                               f"({exc}); check the disk and the file's permissions") from None

    def start_session(self, planned: int, review: bool) -> int:
        with self._write() as db:
            cursor = db.execute("INSERT INTO sessions (started_at, planned, review) "
                                "VALUES (?, ?, ?)", (now().isoformat(), planned, int(review)))
            return int(cursor.lastrowid or 0)

    def finish_session(self, session_id: int, completed: bool) -> None:
        with self._write() as db:
            db.execute("UPDATE sessions SET finished_at = ?, completed = ? WHERE id = ?",
                       (now().isoformat(), int(completed), session_id))

    def record(self, session_id: int, card_id: int, fact_id: str, topic: str, kind: str,
               prompt: str, given: str, correct: bool, skipped: bool) -> None:
        """Save one answer and reschedule its card, in one transaction."""
        from fsrs import Card, Rating, Scheduler

        when = now()
        with self._write() as db:
            db.execute(
                "INSERT INTO answers (session_id, card_id, fact_id, topic, kind, prompt, given,"
                " correct, skipped, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (session_id, card_id, fact_id, topic, kind, prompt, given, int(correct),
                 int(skipped), when.isoformat()))
            row = db.execute("SELECT fsrs FROM cards WHERE card_id = ?", (card_id,)).fetchone()
            card = Card.from_json(row[0]) if row else Card(card_id=card_id, due=when)
            card, _ = Scheduler(enable_fuzzing=False).review_card(
                card, Rating.Good if correct else Rating.Again, review_datetime=when)
            db.execute("INSERT INTO cards (card_id, fact_id, topic, fsrs, due) VALUES "
                       "(?, ?, ?, ?, ?) ON CONFLICT(card_id) DO UPDATE SET fsrs = excluded.fsrs,"
                       " due = excluded.due", (card_id, fact_id, topic, card.to_json(),
                                               card.due.isoformat()))

    def review_priority(self, at: datetime | None = None) -> list[tuple[int, str]]:
        """(card id, fact id) in review order: due cards first (most overdue first), then
        the weakest by share of wrong answers. Cards never seen come after these."""
        moment = (at or now()).isoformat()
        due = [(r[0], r[1]) for r in self._db.execute(
            "SELECT card_id, fact_id FROM cards WHERE due <= ? ORDER BY due", (moment,))]
        weak = [(r[0], r[1]) for r in self._db.execute(
            "SELECT card_id, fact_id, AVG(correct) AS rate FROM answers GROUP BY card_id "
            "HAVING rate < 1 ORDER BY rate, COUNT(*) DESC")]
        return list(dict.fromkeys([*due, *weak]))

    def schedule(self, at: datetime | None = None) -> Schedule:
        moment = at or now()
        due = self._db.execute("SELECT COUNT(*) FROM cards WHERE due <= ?",
                               (moment.isoformat(),)).fetchone()[0]
        later = self._db.execute("SELECT MIN(due) FROM cards WHERE due > ?",
                                 (moment.isoformat(),)).fetchone()[0]
        return Schedule(int(due), datetime.fromisoformat(later) if later else None, moment)

    def answers_count(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM answers").fetchone()[0])

    def stats(self, at: datetime | None = None) -> Stats:
        schedule = self.schedule(at)
        moment = schedule.at.isoformat()
        per_day = Counter(r[0][:10] for r in self._db.execute("SELECT started_at FROM sessions"))
        topics = [TopicStats(*r) for r in self._db.execute(
            "SELECT topic, COUNT(*), SUM(correct) FROM answers GROUP BY topic ORDER BY topic")]
        due = [r[0] for r in self._db.execute(
            "SELECT DISTINCT fact_id FROM cards WHERE due <= ? ORDER BY due", (moment,))]
        missed = [(r[0], r[1]) for r in self._db.execute(
            "SELECT fact_id, COUNT(*) AS misses FROM answers WHERE correct = 0 "
            "GROUP BY fact_id ORDER BY misses DESC, fact_id LIMIT 5")]
        answered, correct = self._db.execute(
            "SELECT COUNT(*), COALESCE(SUM(correct), 0) FROM answers").fetchone()
        return Stats(sorted(per_day.items()), topics, due, missed, answered, correct, schedule)


def _open(path: Path) -> sqlite3.Connection:
    if path.is_dir():
        raise HistoryError(f"{path}: is a directory; give a file path with --db")
    fresh = not path.exists() or path.stat().st_size == 0
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        db = sqlite3.connect(path, timeout=15, isolation_level="DEFERRED")
        db.execute("PRAGMA busy_timeout = 15000")
        application_id = db.execute("PRAGMA application_id").fetchone()[0]
        version = db.execute("PRAGMA user_version").fetchone()[0]
        tables = db.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0]
    except (sqlite3.Error, OSError) as exc:
        raise HistoryError(f"{path}: cannot be opened as a history database ({exc}); "
                           "move it away or choose another file with --db") from None
    if fresh or (tables == 0 and application_id == 0):
        _create(db, path)
    elif application_id != APPLICATION_ID:
        db.close()
        raise HistoryError(f"{path}: is an SQLite database but not factcli's history; "
                           "it was left untouched: choose another file with --db")
    elif version > SCHEMA_VERSION:
        db.close()
        raise HistoryError(f"{path}: was written by a newer factcli (schema {version}); "
                           "upgrade factcli or choose another file with --db")
    return db


def _create(db: sqlite3.Connection, path: Path) -> None:
    """Create the schema once, even when two sessions start on a new file together: the
    write lock is taken first (waiting for the other), then the tables are looked for."""
    try:
        db.execute("BEGIN IMMEDIATE")
        try:
            created = db.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0] == 0
            if created:
                for statement in _SCHEMA.split(";"):
                    if statement.strip():
                        db.execute(statement)
                db.execute(f"PRAGMA application_id = {APPLICATION_ID}")
                db.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            db.execute("COMMIT")
        except BaseException:
            db.execute("ROLLBACK")
            raise
        if created:
            # WAL lets readers and a writer work at once; it needs a moment with no other
            # connection, and without it the locks and busy timeout still keep data safe.
            with contextlib.suppress(sqlite3.OperationalError):
                db.execute("PRAGMA journal_mode = WAL")
    except sqlite3.Error as exc:
        raise HistoryError(f"{path}: cannot create the history database ({exc})") from None


def resolve_db_path(option: Path | None) -> Path:
    return option if option is not None else default_db_path()
