"""Reading and writing files the user named, with one clear error line for each way it
can fail."""

from __future__ import annotations

from pathlib import Path

from factcli.errors import FactcliError


def read_user_file(path: Path, error: type[FactcliError], missing_hint: str,
                   max_bytes: int | None = None) -> bytes:
    name = str(path)
    try:
        if path.is_dir():
            raise error(f"{name}: is a directory; give the path of a file")
        if max_bytes is not None:
            size = path.stat().st_size
            if size > max_bytes:
                raise error(f"{name}: is {size / 1e6:.1f} MB; the limit is "
                            f"{max_bytes // (1024 * 1024)} MB")
        return path.read_bytes()
    except FileNotFoundError:
        raise error(f"{name}: no such file; {missing_hint}") from None
    except PermissionError:
        raise error(f"{name}: permission denied; make the file readable") from None
    except OSError as exc:
        raise error(f"{name}: cannot be read ({exc.strerror or exc})") from None


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
    from factcli.errors import UsageError

    text = value.strip()
    if not text:
        raise UsageError(f"the {what} is empty; e.g. {example}")
    if len(text) > limit:
        raise UsageError(f"the {what} is {len(text):,} characters long; the limit is "
                         f"{limit:,}")
    return text
