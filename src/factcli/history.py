"""Review history in SQLite: every answer, committed as it is given, and FSRS cards.

The database is the user's: one that cannot be opened or is not ours is reported with
its path and never replaced. ``PRAGMA application_id`` marks the file as factcli's and
``PRAGMA user_version`` carries the schema version for later migrations.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import stat
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import NamedTuple, TypeVar

from factcli.errors import HistoryError

T = TypeVar("T")

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


# A write that finds the database locked by another process is retried, waiting a
# little longer each time, for about this long in all before the answers are set aside
# in a recovery file.
RETRY_SECONDS = 30.0
LOCK_WAIT_SECONDS = 1.0  # sqlite's own wait for the lock, on every attempt
_FIRST_BACKOFF = 0.25
_MAX_BACKOFF = 4.0


class Answer(NamedTuple):
    session_id: int
    card_id: int
    fact_id: str
    topic: str
    kind: str
    prompt: str
    given: str
    correct: bool
    skipped: bool
    answered_at: str


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
    """One open history database. Use as a context manager.

    ``notify`` receives a line for the user while a write waits for a lock; ``sleep``,
    ``lock_wait`` and ``retry_seconds`` say how it waits (tests wait less)."""

    def __init__(self, path: Path, create_folder: bool = False,
                 notify: Callable[[str], None] | None = None,
                 sleep: Callable[[float], None] = time.sleep,
                 lock_wait: float = LOCK_WAIT_SECONDS,
                 retry_seconds: float = RETRY_SECONDS) -> None:
        self.path = path
        self._waiting = _Waiting(notify or (lambda line: None), sleep, lock_wait,
                                 retry_seconds)
        self._db = _open(path, create_folder, self._waiting)
        self._pending: list[Answer] = []

    def __enter__(self) -> History:
        return self

    def __exit__(self, *exc: object) -> None:
        self._db.close()

    def _write(self, action: Callable[[sqlite3.Connection], T], what: str) -> T:
        """Run ``action`` in one transaction, waiting while another process holds the
        lock (see ``_while_busy``)."""
        def in_transaction() -> T:
            with self._db:  # one transaction, committed on leaving
                return action(self._db)

        return _while_busy(in_transaction, self.path, f"save {what}", self._waiting)

    def _read(self, query: Callable[[sqlite3.Connection], T]) -> T:
        try:
            return query(self._db)
        except (sqlite3.Error, ValueError, KeyError, TypeError) as exc:
            raise HistoryError(f"{self.path}: cannot be read: {_explain(exc)}") from None

    def start_session(self, planned: int, review: bool) -> int:
        def insert(db: sqlite3.Connection) -> int:
            cursor = db.execute("INSERT INTO sessions (started_at, planned, review) "
                                "VALUES (?, ?, ?)", (now().isoformat(), planned, int(review)))
            return int(cursor.lastrowid or 0)

        return self._write(insert, "the new session")

    def finish_session(self, session_id: int, completed: bool) -> None:
        """Mark the session finished (completed) or ended early, with its end time."""
        self._write(lambda db: db.execute(
            "UPDATE sessions SET finished_at = ?, completed = ? WHERE id = ?",
            (now().isoformat(), int(completed), session_id)), "the end of the session")

    def record(self, session_id: int, card_id: int, fact_id: str, topic: str, kind: str,
               prompt: str, given: str, correct: bool, skipped: bool) -> None:
        """Save one answer and reschedule its card, in one transaction. An answer is kept
        until it is saved: one that cannot be saved in the end goes, with any others
        waiting, to a recovery file named in the HistoryError."""
        self._pending.append(Answer(session_id, card_id, fact_id, topic, kind, prompt, given,
                                    correct, skipped, now().isoformat()))
        try:
            while self._pending:
                self._write(lambda db: _save_answer(db, self._pending[0]), "your answer")
                self._pending.pop(0)
        except HistoryError as exc:
            raise HistoryError(*exc.lines, self._set_aside()) from None
        except KeyboardInterrupt:  # the user stopped waiting for a lock
            raise HistoryError(f"{self.path}: interrupted while waiting to save your answer",
                               self._set_aside()) from None

    def _set_aside(self) -> str:
        """Write the unsaved answers to a recovery file; the line that says where."""
        count = len(self._pending)
        lines = "".join(json.dumps(a._asdict(), ensure_ascii=False) + "\n"
                        for a in self._pending)
        stamp = now().strftime("%Y%m%dT%H%M%S")
        for folder in (self.path.parent, default_db_path().parent, Path(tempfile.gettempdir())):
            target = folder / f"{self.path.name}.unsaved-{stamp}-{os.getpid()}.jsonl"
            try:
                descriptor = os.open(target, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
                with os.fdopen(descriptor, "w", encoding="utf-8") as handle:
                    handle.write(lines)
            except OSError:
                continue
            self._pending.clear()
            return f"{count} unsaved answer(s) were written to {target}"
        return f"{count} unsaved answer(s) could not be written anywhere either"

    def review_priority(self, at: datetime | None = None) -> list[tuple[int, str]]:
        """(card id, fact id) in review order: due cards first (most overdue first), then
        the weakest by share of wrong answers. Cards never seen come after these."""
        moment = (at or now()).isoformat()

        def query(db: sqlite3.Connection) -> list[tuple[int, str]]:
            due = [(int(r[0]), str(r[1])) for r in db.execute(
                "SELECT card_id, fact_id FROM cards WHERE due <= ? ORDER BY due", (moment,))]
            weak = [(int(r[0]), str(r[1])) for r in db.execute(
                "SELECT card_id, fact_id, AVG(correct) AS rate FROM answers GROUP BY card_id "
                "HAVING rate < 1 ORDER BY rate, COUNT(*) DESC")]
            return list(dict.fromkeys([*due, *weak]))

        return self._read(query)

    def schedule(self, at: datetime | None = None) -> Schedule:
        moment = at or now()

        def query(db: sqlite3.Connection) -> Schedule:
            due = db.execute("SELECT COUNT(*) FROM cards WHERE due <= ?",
                             (moment.isoformat(),)).fetchone()[0]
            later = db.execute("SELECT MIN(due) FROM cards WHERE due > ?",
                               (moment.isoformat(),)).fetchone()[0]
            return Schedule(int(due), datetime.fromisoformat(later) if later else None, moment)

        return self._read(query)

    def answers_count(self) -> int:
        return self._read(lambda db: int(db.execute("SELECT COUNT(*) FROM answers")
                                         .fetchone()[0]))

    def stats(self, at: datetime | None = None) -> Stats:
        schedule = self.schedule(at)
        moment = schedule.at.isoformat()

        def query(db: sqlite3.Connection) -> Stats:
            per_day = Counter(str(r[0])[:10] for r in db.execute("SELECT started_at FROM sessions"))
            topics = [TopicStats(str(r[0]), int(r[1]), int(r[2] or 0)) for r in db.execute(
                "SELECT topic, COUNT(*), SUM(correct) FROM answers GROUP BY topic "
                "ORDER BY topic")]
            due = [str(r[0]) for r in db.execute(
                "SELECT DISTINCT fact_id FROM cards WHERE due <= ? ORDER BY due", (moment,))]
            missed = [(str(r[0]), int(r[1])) for r in db.execute(
                "SELECT fact_id, COUNT(*) AS misses FROM answers WHERE correct = 0 "
                "GROUP BY fact_id ORDER BY misses DESC, fact_id LIMIT 5")]
            answered, correct = db.execute(
                "SELECT COUNT(*), COALESCE(SUM(correct), 0) FROM answers").fetchone()
            return Stats(sorted(per_day.items()), topics, due, missed, int(answered),
                         int(correct), schedule)

        return self._read(query)


def _save_answer(db: sqlite3.Connection, answer: Answer) -> None:
    """The answer, and its card rescheduled; a card that cannot be read starts afresh
    rather than losing the answer."""
    from fsrs import Card, Rating, Scheduler

    when = datetime.fromisoformat(answer.answered_at)
    db.execute(
        "INSERT INTO answers (session_id, card_id, fact_id, topic, kind, prompt, given,"
        " correct, skipped, answered_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (answer.session_id, answer.card_id, answer.fact_id, answer.topic, answer.kind,
         answer.prompt, answer.given, int(answer.correct), int(answer.skipped),
         answer.answered_at))
    row = db.execute("SELECT fsrs FROM cards WHERE card_id = ?", (answer.card_id,)).fetchone()
    card = Card(card_id=answer.card_id, due=when)
    if row:
        with contextlib.suppress(ValueError, KeyError, TypeError, AttributeError):
            card = Card.from_json(row[0])
    card, _ = Scheduler(enable_fuzzing=False).review_card(
        card, Rating.Good if answer.correct else Rating.Again, review_datetime=when)
    db.execute("INSERT INTO cards (card_id, fact_id, topic, fsrs, due) VALUES "
               "(?, ?, ?, ?, ?) ON CONFLICT(card_id) DO UPDATE SET fsrs = excluded.fsrs,"
               " due = excluded.due", (answer.card_id, answer.fact_id, answer.topic,
                                       card.to_json(), card.due.isoformat()))


class _Waiting(NamedTuple):
    """How a write waits while another process holds the lock (tests wait less)."""
    notify: Callable[[str], None]  # receives a line for the user when waiting starts
    sleep: Callable[[float], None]
    lock_wait: float  # sqlite's own wait for the lock, on every attempt
    retry_seconds: float


def _while_busy(attempt: Callable[[], T], path: Path, doing: str, waiting: _Waiting) -> T:
    """Run ``attempt``; while another process holds the lock, try again with growing
    pauses for about ``retry_seconds``. A HistoryError names the real problem (locked,
    disk full, read-only, damaged) when it cannot be done."""
    waited, pause, told = 0.0, _FIRST_BACKOFF, False
    while True:
        try:
            return attempt()
        except sqlite3.Error as exc:
            if not _is_busy(exc) or waited >= waiting.retry_seconds:
                raise HistoryError(f"{path}: could not {doing}: {_explain(exc)}") from None
        if not told:
            waiting.notify(f"{path}: the history database is locked by another process; "
                           f"waiting to {doing} (up to {waiting.retry_seconds:.0f} s)")
            told = True
        waiting.sleep(pause)
        waited += pause + waiting.lock_wait
        pause = min(pause * 2, _MAX_BACKOFF)


def _is_busy(exc: sqlite3.Error) -> bool:
    return getattr(exc, "sqlite_errorname", "").startswith(("SQLITE_BUSY", "SQLITE_LOCKED"))


def _explain(exc: Exception) -> str:
    """What went wrong and what to do, from the SQLite result code."""
    name = getattr(exc, "sqlite_errorname", "")
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")):
        return "it is locked by another process; close the other factcli and try again"
    if name.startswith("SQLITE_FULL"):
        return "the disk is full; free some space and try again"
    if name.startswith(("SQLITE_READONLY", "SQLITE_PERM", "SQLITE_CANTOPEN", "SQLITE_AUTH")):
        return (f"it cannot be opened for writing ({exc}); check the folder and the file's "
                "permissions")
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or not name:
        return (f"it is damaged ({exc}); move it away to start a new history, or choose "
                "another file with --db")
    return f"{exc}; check the disk and the file"


def _open(path: Path, create_folder: bool, waiting: _Waiting) -> sqlite3.Connection:
    """Open (or create) the history; ``create_folder`` only for the default location,
    so that a mistyped --db never makes folders."""
    try:
        info = path.stat() if path.exists() else None
        if info is not None and stat.S_ISDIR(info.st_mode):
            raise HistoryError(f"{path}: is a directory; give a file path with --db")
        if info is not None and not stat.S_ISREG(info.st_mode):
            raise HistoryError(f"{path}: is not a regular file (a device or pipe); "
                               "give the path of a file with --db")
        if not path.parent.is_dir():
            if not create_folder:
                raise HistoryError(f"{path}: the folder {path.parent} does not exist; "
                                   "create it or give another path with --db")
            path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise HistoryError(f"{path}: cannot be used for the history "
                           f"({exc.strerror or exc}); give another path with --db") from None
    fresh = info is None or info.st_size == 0
    try:
        db = sqlite3.connect(path, timeout=waiting.lock_wait, isolation_level="DEFERRED")
        db.execute(f"PRAGMA busy_timeout = {int(waiting.lock_wait * 1000)}")
    except sqlite3.Error as exc:
        raise HistoryError(f"{path}: cannot be opened as a history database: "
                           f"{_explain(exc)}") from None
    try:
        # Another session may be creating or writing the file at this moment: wait for it.
        application_id, version, tables = _while_busy(
            lambda: _identity(db), path, "read it as a history database", waiting)
        if fresh or (tables == 0 and application_id == 0 and version == 0):
            _while_busy(lambda: _create(db), path, "create the history database", waiting)
            return db
    except HistoryError:
        db.close()
        raise
    if application_id != APPLICATION_ID:
        db.close()
        raise HistoryError(f"{path}: is an SQLite database but not factcli's history; "
                           "it was left untouched: choose another file with --db")
    elif version > SCHEMA_VERSION:
        db.close()
        raise HistoryError(f"{path}: was written by a newer factcli (schema {version}); "
                           "upgrade factcli or choose another file with --db")
    return db


def _identity(db: sqlite3.Connection) -> tuple[int, int, int]:
    """The file's application id, schema version and number of schema objects."""
    application_id = db.execute("PRAGMA application_id").fetchone()[0]
    version = db.execute("PRAGMA user_version").fetchone()[0]
    tables = db.execute("SELECT COUNT(*) FROM sqlite_master").fetchone()[0]
    return application_id, version, tables


def _create(db: sqlite3.Connection) -> None:
    """Create the schema once, even when two sessions start on a new file together: the
    write lock is taken first (waiting for the other), then the tables are looked for."""
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
        if db.in_transaction:
            db.execute("ROLLBACK")
        raise
    if created:
        # WAL lets readers and a writer work at once; it needs a moment with no other
        # connection, and without it the locks and busy timeout still keep data safe.
        with contextlib.suppress(sqlite3.OperationalError):
            db.execute("PRAGMA journal_mode = WAL")


def open_history(option: Path | None, notify: Callable[[str], None] | None = None,
                 sleep: Callable[[float], None] = time.sleep) -> History:
    """The history at --db ``option``, else at the default location (created if need be)."""
    if option is not None:
        return History(option, notify=notify, sleep=sleep)
    return History(default_db_path(), create_folder=True, notify=notify, sleep=sleep)
