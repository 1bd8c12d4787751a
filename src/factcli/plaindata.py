"""A plain-data codec: factcli's compiled objects to JSON and back, without running code.

Encoding turns dataclasses, NamedTuples, enums, tuples, sets, frozensets, dicts with
keys that are not strings and ``array.array`` into JSON values; anything that is not a
plain JSON value becomes an object whose ``"~"`` member names what it was. Decoding
builds only the classes in the ``Codec``'s allow-list, by keyword, from their own field
names, so a field added to a registered class needs no change here, and a file naming
any other type, missing a field or shaped differently is refused with ``PlainDataError``
(a loader treats it as absent). Unlike a pickle, no byte of the input can choose a
function to call.
"""

from __future__ import annotations

import base64
import dataclasses
import json
from array import array
from collections.abc import Iterable
from enum import Enum
from typing import Any

TAG = "~"
# array.array type codes of fixed meaning; 'u' (platform wide chars) is left out.
_ARRAY_CODES = frozenset("bBhHiIlLqQfd")


class PlainDataError(ValueError):
    """The data is not something this codec wrote for these classes."""


class Codec:
    """Encodes and decodes the registered classes (dataclasses, NamedTuples, enums)."""

    def __init__(self, classes: Iterable[type]) -> None:
        self._by_name: dict[str, type] = {}
        self._fields: dict[type, tuple[str, ...]] = {}
        for cls in classes:
            if cls.__name__ in self._by_name or cls.__name__ in _BUILTIN_TAGS:
                raise ValueError(f"two registered classes are named {cls.__name__}")
            self._by_name[cls.__name__] = cls
            if dataclasses.is_dataclass(cls):
                self._fields[cls] = tuple(f.name for f in dataclasses.fields(cls) if f.init)
            elif issubclass(cls, tuple) and hasattr(cls, "_fields"):
                self._fields[cls] = tuple(cls._fields)
            elif not issubclass(cls, Enum):
                raise ValueError(f"{cls.__name__} is not a dataclass, NamedTuple or Enum")

    # --- encoding -----------------------------------------------------------------

    def dumps(self, value: Any) -> bytes:
        return json.dumps(self.encode(value), ensure_ascii=False, separators=(",", ":"),
                          check_circular=False).encode()

    def encode(self, value: Any) -> Any:
        if value is None or isinstance(value, (bool, str)):
            return value
        kind = type(value)
        if kind is int or kind is float:
            return value
        if kind in self._fields:
            encoded = {TAG: kind.__name__}
            for name in self._fields[kind]:
                encoded[name] = self.encode(getattr(value, name))
            return encoded
        if isinstance(value, Enum):
            if kind.__name__ not in self._by_name:
                raise PlainDataError(f"{kind.__name__} is not a registered class")
            return {TAG: kind.__name__, "value": self.encode(value.value)}
        if kind is list:
            return [self.encode(item) for item in value]
        if kind is dict:
            if all(type(key) is str for key in value) and TAG not in value:
                return {key: self.encode(item) for key, item in value.items()}
            return {TAG: "dict", "items": [[self.encode(k), self.encode(v)]
                                           for k, v in value.items()]}
        if kind is tuple:
            return {TAG: "tuple", "items": [self.encode(item) for item in value]}
        if kind is frozenset or kind is set:
            return {TAG: kind.__name__, "items": [self.encode(item) for item in value]}
        if kind is array:
            return {TAG: "array", "typecode": value.typecode,
                    "data": base64.b64encode(value.tobytes()).decode("ascii")}
        raise PlainDataError(f"{kind.__name__} is not a registered class")

    # --- decoding -----------------------------------------------------------------

    def loads(self, raw: bytes) -> Any:
        """The value ``raw`` encodes; ``PlainDataError`` for anything else."""
        try:
            return json.loads(raw, object_hook=self._decode_object)
        except PlainDataError:
            raise
        except (ValueError, TypeError, KeyError, RecursionError) as exc:
            # Bad JSON, bad base64, a wrong keyword or field type: all mean "not ours".
            raise PlainDataError(str(exc) or type(exc).__name__) from None

    def _decode_object(self, obj: dict[str, Any]) -> Any:
        tag = obj.get(TAG)
        if tag is None:
            return obj
        builtin = _BUILTIN_TAGS.get(tag)
        if builtin is not None:
            return builtin(obj)
        cls = self._by_name.get(tag) if isinstance(tag, str) else None
        if cls is None:
            raise PlainDataError(f"unknown type {tag!r}")
        if issubclass(cls, Enum):
            _expect_keys(obj, {"value"})
            return cls(obj["value"])
        names = self._fields[cls]
        if len(obj) != len(names) + 1:
            raise PlainDataError(f"{tag}: expected the fields {', '.join(names)}")
        del obj[TAG]
        return cls(**obj)


def _expect_keys(obj: dict[str, Any], keys: set[str]) -> None:
    if obj.keys() - {TAG} != keys:
        raise PlainDataError(f"{obj[TAG]}: expected the members {', '.join(sorted(keys))}")


def _items(obj: dict[str, Any]) -> list[Any]:
    _expect_keys(obj, {"items"})
    items = obj["items"]
    if type(items) is not list:
        raise PlainDataError(f"{obj[TAG]}: items must be a list")
    return items


def _decode_dict(obj: dict[str, Any]) -> dict[Any, Any]:
    pairs = _items(obj)
    if not all(type(pair) is list and len(pair) == 2 for pair in pairs):
        raise PlainDataError("dict: items must be [key, value] pairs")
    return dict(pairs)  # an unhashable key raises TypeError: refused in loads


def _decode_array(obj: dict[str, Any]) -> array[Any]:
    _expect_keys(obj, {"typecode", "data"})
    code, data = obj["typecode"], obj["data"]
    if code not in _ARRAY_CODES or type(data) is not str:
        raise PlainDataError(f"array: bad typecode {code!r} or data")
    decoded = array(code)
    raw = base64.b64decode(data, validate=True)
    if len(raw) % decoded.itemsize:
        raise PlainDataError("array: data is not a whole number of items")
    decoded.frombytes(raw)
    return decoded


_BUILTIN_TAGS: dict[str, Any] = {
    "tuple": lambda obj: tuple(_items(obj)),
    "frozenset": lambda obj: frozenset(_items(obj)),
    "set": lambda obj: set(_items(obj)),
    "dict": _decode_dict,
    "array": _decode_array,
}
