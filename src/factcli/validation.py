"""Turning JSON and pydantic errors into one ``file: path: message`` line per problem."""

from __future__ import annotations

import copy
import json
import re
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
    paths: list[str] = field(default_factory=list)

    def add(self, file: str, path: str, message: str) -> None:
        line = f"{file}: {path}: {message}" if path else f"{file}: {message}"
        if line not in self.lines:
            self.lines.append(line)
            self.paths.append(path)

    def in_file_order(self, data: Any) -> list[str]:
        """The lines sorted by where their path is in the file (stable within a path)."""
        keys = [file_order(data, path) for path in self.paths]
        order = sorted(range(len(self.lines)), key=keys.__getitem__)
        return [self.lines[i] for i in order]

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


# Longer integers are read as floats (infinite past 308 digits), which the checks refuse
# with the field's path, instead of Python's int-to-str limit raising without one.
_MAX_INT_DIGITS = 300


def parse_json(file: str, raw: bytes | str, problems: ValidationProblems) -> Any:
    """The parsed document; duplicate keys, which JSON readers resolve silently and
    differently, are problems with their path."""
    duplicated: dict[int, list[str]] = {}

    def pairs_to_dict(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(pairs)
        if len(result) != len(pairs):
            seen: set[str] = set()
            repeated = []
            for key, _ in pairs:  # every occurrence after a key's first
                if key in seen:
                    repeated.append(key)
                seen.add(key)
            duplicated[id(result)] = repeated
        return result

    def bounded_int(digits: str) -> int | float:
        return int(digits) if len(digits) <= _MAX_INT_DIGITS else float(digits)

    try:
        data = json.loads(raw, object_pairs_hook=pairs_to_dict, parse_int=bounded_int)
    except json.JSONDecodeError as exc:
        problems.add(file, "", f"invalid JSON at line {exc.lineno}, column {exc.colno}: {exc.msg}")
        return None
    except UnicodeDecodeError as exc:
        problems.add(file, "", f"not valid UTF-8 (byte {exc.start}): save the file as UTF-8")
        return None
    except RecursionError:
        problems.add(file, "", "nested too deeply to be a fact store")
        return None
    if duplicated:
        for path, node in _walk(data, ()):
            for key in duplicated.get(id(node), ()):
                problems.add(file, json_path((*path, key)),
                             "duplicate key (a JSON reader keeps only one); remove one")
    return data


def _walk(node: Any, path: tuple[Any, ...]) -> Any:
    """(path, node) for every object and array in a parsed document."""
    stack = [(path, node)]
    while stack:
        path, node = stack.pop()
        yield path, node
        if isinstance(node, dict):
            stack.extend(((*path, k), v) for k, v in node.items() if isinstance(v, (dict, list)))
        elif isinstance(node, list):
            stack.extend(((*path, i), v) for i, v in enumerate(node)
                         if isinstance(v, (dict, list)))


def validate_json(file: str, raw: bytes | str, model: type[T],
                  problems: ValidationProblems) -> T | None:
    data = parse_json(file, raw, problems)
    if data is None:
        return None
    return validate_data(file, data, model, problems)


def validate_data(file: str, data: Any, model: type[T], problems: ValidationProblems,
                  strict: bool = False) -> T | None:
    """The validated value; problems for every error. Unknown fields are reported and then
    set aside, so that the rest of the data is still built and can be checked further
    (the caller sees ``problems`` and must not use the value as valid). ``strict``: no
    coercion (``"113"`` is not a number, ``"yes"`` not a boolean, ``true`` not 1)."""
    from pydantic import TypeAdapter, ValidationError

    adapter = TypeAdapter(model)

    def validate(value: Any) -> T:
        if strict:  # JSON mode: arrays may fill tuples, objects the dataclasses
            return adapter.validate_json(json.dumps(value), strict=True)
        return adapter.validate_python(value)

    try:
        return validate(data)
    except ValidationError as exc:
        errors = _union_aware_errors(exc.errors(), data, model)
    for loc, message in errors:
        problems.add(file, json_path(loc), message)
    unknown = [loc for loc, message in errors if message == _MESSAGES["extra_forbidden"]]
    if not unknown or len(unknown) != len(errors):
        return None
    trimmed = copy.deepcopy(data)
    for loc in unknown:
        parent = _lookup(trimmed, loc[:-1])
        if isinstance(parent, dict):
            parent.pop(loc[-1], None)
    try:
        return validate(trimmed)
    except ValidationError:
        return None


_PATH_PART = re.compile(r"([^.\[\]]+)|\[(\d+)\]")


def file_order(data: Any, path: str) -> list[int]:
    """A sort key that puts a JSON path where it appears in the file ``data`` was read
    from (object members keep their file order); a missing member sorts last."""
    key: list[int] = []
    node = data
    if path == json_path(()):
        return key
    for name, index in _PATH_PART.findall(path):
        if isinstance(node, list) and index:
            position = int(index)
            node = node[position] if position < len(node) else None
        elif isinstance(node, dict) and name in node:
            position = list(node).index(name)
            node = node[name]
        else:
            position, node = 1 << 30, None
        key.append(position)
    return key


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
                                 "bool_parsing", "int_parsing", "float_parsing",
                                 "finite_number"):
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
