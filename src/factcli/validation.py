"""Turning JSON and pydantic errors into one ``file: path: message`` line per problem."""

from __future__ import annotations

import json
from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any, TypeVar, get_args

T = TypeVar("T")

_MESSAGES = {
    "missing": "required field is missing",
    "extra_forbidden": "unknown field (not part of the schema)",
    "unexpected_keyword_argument": "unknown field (not part of the schema)",
}


@dataclass
class ValidationProblems:
    lines: list[str] = field(default_factory=list)

    def add(self, file: str, path: str, message: str) -> None:
        line = f"{file}: {path}: {message}" if path else f"{file}: {message}"
        if line not in self.lines:
            self.lines.append(line)

    def __bool__(self) -> bool:
        return bool(self.lines)


def json_path(loc: tuple[Any, ...]) -> str:
    path = ""
    for part in loc:
        if isinstance(part, int):
            path += f"[{part}]"
        else:
            path += ("." if path else "") + str(part)
    return path or "(top level)"


def parse_json(file: str, raw: bytes | str, problems: ValidationProblems) -> Any:
    try:
        return json.loads(raw)
    except json.JSONDecodeError as exc:
        problems.add(file, "", f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}")
    except UnicodeDecodeError as exc:
        problems.add(file, "", f"not valid UTF-8 (byte {exc.start}): save the file as UTF-8")
    return None


def validate_json(file: str, raw: bytes | str, model: type[T],
                  problems: ValidationProblems) -> T | None:
    data = parse_json(file, raw, problems)
    if data is None:
        return None
    return validate_data(file, data, model, problems)


def validate_data(file: str, data: Any, model: type[T], problems: ValidationProblems) -> T | None:
    from pydantic import TypeAdapter, ValidationError

    try:
        return TypeAdapter(model).validate_python(data)
    except ValidationError as exc:
        for loc, message in _union_aware_errors(exc.errors(), data, model):
            problems.add(file, json_path(loc), message)
    return None


def _union_aware_errors(errors: list[Any], data: Any, model: type) -> list[tuple[tuple, str]]:
    """Report a tagged union member's errors for the member its ``kind`` names, not all."""
    tags = _union_tags(model)
    out: list[tuple[tuple, str]] = []
    for error in errors:
        loc = tuple(error["loc"])
        message = _MESSAGES.get(error["type"], error["msg"])
        for index, part in enumerate(loc):
            if isinstance(part, str) and part in tags:
                item = _lookup(data, loc[:index])
                wanted = item.get("kind") if isinstance(item, dict) else None
                if wanted not in tags.values():
                    choices = ", ".join(repr(t) for t in sorted(set(tags.values())))
                    out.append(((*loc[:index], "kind"),
                                f"must be one of {choices} (got {wanted!r})"))
                    loc = ()
                elif tags[part] != wanted:
                    loc = ()
                else:
                    loc = loc[:index] + loc[index + 1 :]
                break
        if loc:
            if error["type"] in ("string_type", "int_type", "float_type", "bool_type",
                                 "bool_parsing", "int_parsing", "float_parsing"):
                message = f"{message} (got {error.get('input')!r})"
            out.append((loc, message))
    return list(dict.fromkeys(out))


def _lookup(data: Any, loc: tuple[Any, ...]) -> Any:
    for part in loc:
        try:
            data = data[part]
        except (KeyError, IndexError, TypeError):
            return None
    return data


def _union_tags(model: type) -> dict[str, str]:
    """Class name -> ``kind`` literal, for every dataclass reachable from ``model``."""
    tags: dict[str, str] = {}
    seen: set[type] = set()

    def walk(tp: Any) -> None:
        if isinstance(tp, type) and is_dataclass(tp):
            if tp in seen:
                return
            seen.add(tp)
            hints = _hints(tp)
            kind = hints.get("kind")
            if kind is not None and get_args(kind):
                tags[tp.__name__] = get_args(kind)[0]
            for f in fields(tp):
                walk(hints.get(f.name))
        for arg in get_args(tp):
            walk(arg)

    walk(model)
    return tags


def _hints(tp: type) -> dict[str, Any]:
    import typing

    return typing.get_type_hints(tp)
