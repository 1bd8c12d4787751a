"""Reading and writing files the user named, with one clear error line for each way it
can fail."""

from __future__ import annotations

import os
import stat
from pathlib import Path

from factcli.errors import FactcliError, UsageError


class NotRegularFileError(OSError):
    """A FIFO, a device or a socket: reading it could block or never end."""


class FileTooLargeError(OSError):
    def __init__(self, size: int) -> None:
        super().__init__(f"{size} bytes")
        self.size = size


def read_regular_file(path: Path, max_bytes: int) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``. Opening does not block on a
    FIFO and the read is bounded even where the size reads 0 (/proc, a growing file)."""
    descriptor = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    with os.fdopen(descriptor, "rb") as handle:
        info = os.fstat(descriptor)
        if stat.S_ISDIR(info.st_mode):
            raise IsADirectoryError(str(path))
        if not stat.S_ISREG(info.st_mode):
            raise NotRegularFileError(str(path))
        if info.st_size > max_bytes:
            raise FileTooLargeError(info.st_size)
        data = handle.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise FileTooLargeError(len(data))
    return data


def read_user_file(path: Path, error: type[FactcliError], missing_hint: str,
                   max_bytes: int) -> bytes:
    name = str(path)
    try:
        return read_regular_file(path, max_bytes)
    except FileNotFoundError:
        raise error(f"{name}: no such file; {missing_hint}") from None
    except IsADirectoryError:
        raise error(f"{name}: is a directory; give the path of a file") from None
    except NotRegularFileError:
        raise error(f"{name}: is not a regular file (a pipe, device or socket); "
                    "give the path of a file") from None
    except FileTooLargeError as exc:
        raise error(f"{name}: is {exc.size / 1e6:.1f} MB or more; the limit is "
                    f"{max_bytes // (1024 * 1024)} MB") from None
    except PermissionError:
        raise error(f"{name}: permission denied; make the file readable") from None
    except OSError as exc:
        raise error(f"{name}: cannot be read ({exc.strerror or exc})") from None
    except ValueError:  # a NUL byte in the path
        raise error(f"{name!r}: is not a valid file name") from None


def write_user_file(path: Path, data: bytes, error: type[FactcliError], *,
                    force: bool) -> None:
    """Write ``data`` to a file the user named; an existing file only with ``force``.
    Without it the file is created exclusively, so nothing is ever overwritten."""
    name = str(path)
    if path.is_dir():
        raise error(f"{name}: is a directory; give the path of a file")
    if not path.parent.is_dir():
        raise error(f"{name}: there is no directory {path.parent}; create it first")
    try:
        with path.open("wb" if force else "xb") as out:
            try:
                out.write(data)
            except BaseException:
                path.unlink(missing_ok=True)  # never leave half a file behind
                raise
    except FileExistsError:
        raise error(f"{name}: already exists; add --force to overwrite it") from None
    except PermissionError:
        raise error(f"{name}: permission denied; choose a directory you can write to") from None
    except OSError as exc:
        raise error(f"{name}: cannot be written ({exc.strerror or exc})") from None


def require_text(value: str, what: str, example: str, limit: int) -> str:
    """``value`` stripped, or a usage error if it is empty or longer than ``limit``."""
    text = value.strip()
    if not text:
        raise UsageError(f"the {what} is empty; e.g. {example}")
    if len(text) > limit:
        raise UsageError(f"the {what} is {len(text):,} characters long; the limit is "
                         f"{limit:,}")
    return text
