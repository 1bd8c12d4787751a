"""A plain-data codec: factcli's compiled objects to JSON and back, without running code.

Encoding turns dataclasses, NamedTuples, enums, tuples, sets, frozensets, dicts with
keys that are not strings and ``array.array`` into JSON values: a registered class is
an object whose ``"~"`` member names it, beside its fields; a container JSON has no
type for is an object with one member, ``"~t"`` (tuple), ``"~f"`` (frozenset), ``"~s"``
(set), ``"~d"`` (dict, as pairs) or ``"~a"`` (array); a dict whose keys start with
``"~"`` is written as pairs, so that it cannot be mistaken for either. Decoding
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
            if cls.__name__ in self._by_name:
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
        encoded = _Encoding(self._fields, self._by_name).encode(value)
        return json.dumps(encoded, ensure_ascii=False, separators=(",", ":"),
                          check_circular=False).encode()

    # --- decoding -----------------------------------------------------------------

    def loads(self, raw: bytes) -> Any:
        """The value ``raw`` encodes; ``PlainDataError`` for anything else."""
        built: list[Any] = []  # instances and tuples in the order they close: refs index it
        try:
            return json.loads(raw, object_hook=lambda obj: self._decode_object(obj, built))
        except PlainDataError:
            raise
        except (ValueError, TypeError, KeyError, IndexError, RecursionError) as exc:
            # Bad JSON, bad base64, a wrong keyword, field type or reference: not ours.
            raise PlainDataError(str(exc) or type(exc).__name__) from None

    def _decode_object(self, obj: dict[str, Any], built: list[Any]) -> Any:
        if len(obj) == 1:
            value = obj.get(_TUPLE, obj)
            if type(value) is list:  # the most frequent object by far: a fast path
                decoded = tuple(value)
                built.append(decoded)
                return decoded
            ((key, value),) = obj.items()
            if key == _REF:
                if type(value) is not int or not 0 <= value < len(built):
                    raise PlainDataError(f"a reference to nothing: {value!r}")
                return built[value]
            builtin = _BUILTINS.get(key)
            if builtin is not None:
                if type(value) is not list:
                    raise PlainDataError(f"{key}: expected a list")
                return builtin(value)
        tag = obj.get(TAG)
        if tag is None:
            return obj
        cls = self._by_name.get(tag) if isinstance(tag, str) else None
        if cls is None:
            raise PlainDataError(f"unknown type {tag!r}")
        if issubclass(cls, Enum):
            if obj.keys() != {TAG, "value"}:
                raise PlainDataError(f"{tag}: expected a value")
            return cls(obj["value"])
        names = self._fields[cls]
        if len(obj) != len(names) + 1:
            raise PlainDataError(f"{tag}: expected the fields {', '.join(names)}")
        del obj[TAG]
        instance = cls(**obj)
        built.append(instance)
        return instance


class _Encoding:
    """One ``dumps``: an instance met again, or a tuple of strings equal to one met
    before, is written as a reference to the first, so that shared objects stay shared
    and are stored once."""

    def __init__(self, fields: dict[type, tuple[str, ...]], by_name: dict[str, type]) -> None:
        self._fields = fields
        self._by_name = by_name
        self._numbers: dict[int, int] = {}  # id(instance) -> its place in closing order
        self._texts: dict[tuple[str, ...], int] = {}  # a tuple of strings -> its place
        self._count = 0

    def encode(self, value: Any) -> Any:
        if value is None or isinstance(value, (bool, str)):
            return value
        kind = type(value)
        if kind is int or kind is float:
            return value
        if kind in self._fields:
            number = self._numbers.get(id(value))
            if number is not None:
                return {_REF: number}
            encoded: dict[str, Any] = {TAG: kind.__name__}
            for name in self._fields[kind]:
                encoded[name] = self.encode(getattr(value, name))
            # Numbered after its fields, as the decoder builds it: when its object closes.
            self._numbers[id(value)] = self._next()
            return encoded
        if isinstance(value, Enum):
            if kind.__name__ not in self._by_name:
                raise PlainDataError(f"{kind.__name__} is not a registered class")
            return {TAG: kind.__name__, "value": self.encode(value.value)}
        if kind is list:
            return [self.encode(item) for item in value]
        if kind is dict:
            if all(type(key) is str and not key.startswith(TAG) for key in value):
                return {key: self.encode(item) for key, item in value.items()}
            return {_DICT: [[self.encode(k), self.encode(v)] for k, v in value.items()]}
        if kind is tuple:
            # Equal tuples of strings are shared (stored once); other tuples are not, as
            # equality would merge (1,) with (1.0,).
            texts = all(type(item) is str for item in value)
            if texts and value in self._texts:
                return {_REF: self._texts[value]}
            encoded = {_TUPLE: [self.encode(item) for item in value]}
            number = self._next()
            if texts:
                self._texts[value] = number
            return encoded
        if kind is frozenset:
            return {_FROZENSET: [self.encode(item) for item in value]}
        if kind is set:
            return {_SET: [self.encode(item) for item in value]}
        if kind is array:
            return {_ARRAY: [value.typecode, base64.b64encode(value.tobytes()).decode("ascii")]}
        raise PlainDataError(f"{kind.__name__} is not a registered class")

    def _next(self) -> int:
        self._count += 1
        return self._count - 1


def _decode_dict(pairs: list[Any]) -> dict[Any, Any]:
    if not all(type(pair) is list and len(pair) == 2 for pair in pairs):
        raise PlainDataError("dict: items must be [key, value] pairs")
    return dict(pairs)  # an unhashable key raises TypeError: refused in loads


def _decode_array(parts: list[Any]) -> array[Any]:
    if len(parts) != 2 or parts[0] not in _ARRAY_CODES or type(parts[1]) is not str:
        raise PlainDataError("array: expected [typecode, base64 data]")
    decoded = array(parts[0])
    raw = base64.b64decode(parts[1], validate=True)
    if len(raw) % decoded.itemsize:
        raise PlainDataError("array: data is not a whole number of items")
    decoded.frombytes(raw)
    return decoded


# Containers JSON has no type for: an object with one of these as its only member.
_TUPLE, _FROZENSET, _SET, _DICT, _ARRAY = "~t", "~f", "~s", "~d", "~a"
_REF = "~r"  # the n-th instance or tuple built so far, met again
_BUILTINS: dict[str, Any] = {
    _TUPLE: tuple,
    _FROZENSET: frozenset,
    _SET: set,
    _DICT: _decode_dict,
    _ARRAY: _decode_array,
}
