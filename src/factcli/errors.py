"""The one exception family of factcli; the CLI maps each to its exit code."""

from __future__ import annotations

EXIT_USAGE = 2
EXIT_STORE = 4
EXIT_HISTORY = 5
EXIT_INTERRUPTED = 130


class FactcliError(Exception):
    """An error the user can act on; ``lines`` are printed one per line on stderr."""

    exit_code = 1

    def __init__(self, *lines: str) -> None:
        super().__init__(lines[0] if lines else "")
        self.lines = list(lines)


class UsageError(FactcliError):
    exit_code = EXIT_USAGE


class StoreError(FactcliError):
    """The fact store (or a bundled lexicon) cannot be read or is invalid."""

    exit_code = EXIT_STORE


class HistoryError(FactcliError):
    """The quiz history database cannot be opened, is not ours, or cannot be written."""

    exit_code = EXIT_HISTORY
