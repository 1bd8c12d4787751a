"""Attacks on the compiled-store cache: planted, damaged, foreign and leftover files."""

from __future__ import annotations

import dataclasses
import functools
import json
import os
import pickle
import stat
from array import array
from enum import StrEnum
from pathlib import Path
from typing import NamedTuple

import pytest

from factcli import knowledge as knowledge_module
from factcli.index import CompiledFact
from factcli.knowledge import CACHE_CLASSES, CACHE_SUFFIX, Knowledge, cache_dir, load_knowledge
from factcli.plaindata import Codec, PlainDataError
from factcli.store import default_store_path
from tests.attack.conftest import run

CLAIM = "Lithuania will renovate eight bridges"

pytestmark = pytest.mark.own_cache  # each test plants, damages or inspects its cache files


@pytest.fixture(scope="module")
def good_cache(tmp_path_factory: pytest.TempPathFactory) -> tuple[str, bytes]:
    """The name and bytes of a good cache of the shipped store, compiled once."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("FACTCLI_HOME", str(tmp_path_factory.mktemp("cache-home")))
        found = written_cache()
        return found.name, found.read_bytes()


def written_cache() -> Path:
    """The cache file factcli writes for the shipped store in this test's home."""
    load_knowledge(default_store_path())
    (found,) = cache_dir().glob(f"knowledge-*{CACHE_SUFFIX}")
    return found


@pytest.fixture
def cache_file(good_cache: tuple[str, bytes]) -> Path:
    """Where this test's factcli will look for its cache, holding a good one."""
    name, data = good_cache
    path = cache_dir() / name
    path.parent.mkdir(mode=0o700, exist_ok=True)
    path.write_bytes(data)
    return path


def plant(path: Path, payload: bytes) -> None:
    """A file the attacker controls, with a valid header so that only decoding stands
    between it and factcli."""
    import hashlib

    path.write_bytes(b"factcli-knowledge 2 " + hashlib.sha256(payload).hexdigest().encode()
                     + b"\n" + payload)


def read_back(path: Path) -> Knowledge | None:
    """The cache at ``path`` as factcli reads it, every fact decoded; None if factcli
    would rebuild it."""
    def never() -> list[CompiledFact]:
        raise AssertionError("a fact line of the cache does not decode")

    cached = knowledge_module._read_cache(path, never)
    if cached is not None:
        list(cached.index.facts)
    return cached


def assert_rebuilt(path: Path) -> None:
    result = run("verify", CLAIM)
    assert result.exit_code == 0, result.output
    assert read_back(path) is not None  # replaced by a good cache


class _Payload:
    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, ...]:
        return (Path.write_text, (self.marker, "code ran"))


def test_a_planted_pickle_runs_nothing_and_is_replaced(tmp_path: Path, cache_file: Path) -> None:
    path = cache_file
    marker = tmp_path / "marker"
    path.write_bytes(pickle.dumps(_Payload(marker)))
    assert_rebuilt(path)
    assert not marker.exists()


def test_a_pickle_behind_a_valid_header_runs_nothing(tmp_path: Path, cache_file: Path) -> None:
    path = cache_file
    marker = tmp_path / "marker"
    plant(path, pickle.dumps(_Payload(marker)))
    assert_rebuilt(path)
    assert not marker.exists()


@pytest.mark.parametrize("tag", ["os.system", "posix.system", "builtins.eval", "Path",
                                 "subprocess.Popen", "__main__.Evil"])
def test_json_naming_a_type_outside_the_allow_list_is_refused(tag: str, cache_file: Path) -> None:
    path = cache_file
    plant(path, json.dumps({"~": tag, "args": ["touch /tmp/factcli-pwned"]}).encode())
    assert_rebuilt(path)


def test_two_changed_bytes_only_cost_a_rebuild(cache_file: Path) -> None:
    path = cache_file
    data = bytearray(path.read_bytes())
    for offset in (len(data) // 3, len(data) // 2):
        data[offset] ^= 0x5A
    path.write_bytes(bytes(data))
    assert_rebuilt(path)


def test_a_cache_of_another_layout_is_refused(cache_file: Path) -> None:
    """A registered class with a missing or an unknown field, or a root of another type."""
    path = cache_file
    good = json.loads(path.read_bytes().split(b"\n")[1])  # the knowledge but its facts
    del good["vocab"]
    plant(path, json.dumps(good).encode())
    assert_rebuilt(path)
    plant(path, json.dumps({"~": "Store", "schema_version": 1, "sources": [],
                            "entities": [], "facts": []}).encode())
    assert_rebuilt(path)


def test_a_bad_fact_line_costs_a_rebuild_and_the_verdict_stands(cache_file: Path) -> None:
    """Fact lines are decoded only when a command uses them, after the load that checked
    the file: a line naming another type is found then, and the facts compiled again."""
    path = cache_file
    _header, document, *facts = path.read_bytes().split(b"\n")
    planted = json.dumps({"~": "os.system", "args": ["touch /tmp/factcli-pwned"]}).encode()
    plant(path, b"\n".join([document, *(planted for _ in facts)]))
    result = run("verify", CLAIM)
    assert result.exit_code == 0, result.output
    assert "SUPPORTED" in result.stdout
    assert read_back(path) is not None


def test_a_cached_store_reads_back_as_compiled(knowledge: Knowledge, isolated_home: Path) -> None:
    cached = read_back(written_cache())
    assert cached is not None
    assert list(cached.index.facts) == list(knowledge.index.facts)
    assert cached.store == knowledge.store


def test_deeply_nested_cache_json_is_refused(cache_file: Path) -> None:
    path = cache_file
    plant(path, b"[" * 200_000 + b"]" * 200_000)
    assert_rebuilt(path)


def test_a_fifo_in_place_of_the_cache_does_not_hang(cache_file: Path) -> None:
    path = cache_file
    path.unlink()
    os.mkfifo(path)
    assert read_back(path) is None


def test_cache_folder_and_files_are_private_to_the_user(isolated_home: Path) -> None:
    folder = isolated_home / "cache"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)  # as an older factcli left it
    path = written_cache()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_leftover_temporary_files_are_removed(isolated_home: Path) -> None:
    folder = isolated_home / "cache"
    folder.mkdir()
    dead = folder / "knowledge-0123456789abcdef.999999999.tmp"  # no such process
    old_pickle = folder / "knowledge-0123456789abcdef.pickle"
    dead.write_bytes(b"x" * 1000)
    old_pickle.write_bytes(b"x")
    live = folder / f"knowledge-0123456789abcdef.{os.getpid()}.tmp"  # being written now
    live.write_bytes(b"x")
    written_cache()
    assert not dead.exists() and not old_pickle.exists()
    assert live.exists()


def test_a_failed_write_leaves_no_temporary_file(monkeypatch: pytest.MonkeyPatch) -> None:
    def disk_full(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(knowledge_module.os, "replace", disk_full)
    assert run("verify", CLAIM).exit_code == 0  # runs uncached
    assert list(cache_dir().iterdir()) == []


def test_every_class_in_the_compiled_store_is_allow_listed(knowledge: Knowledge) -> None:
    """A class the lead adds to the compiled store must be added to CACHE_CLASSES (or the
    cache is silently never written); the error names the class."""
    Codec(CACHE_CLASSES).dumps(knowledge)


def test_the_cache_keeps_the_compiled_store_whole(knowledge: Knowledge) -> None:
    """Every attribute survives, also one set outside the dataclass fields (which a
    plain-data cache would drop where a pickle kept it); values a cached property derives
    from the fields are worked out again on first use, so they are not compared."""
    codec = Codec(CACHE_CLASSES)
    cached = codec.loads(codec.dumps(knowledge))
    for part in dataclasses.fields(Knowledge):
        kind = type(getattr(knowledge, part.name))
        derived = {name for name, value in vars(kind).items()
                   if isinstance(value, functools.cached_property)}

        def stored(value: object, derived: set[str] = derived) -> object:
            if not hasattr(value, "__dict__"):
                return value  # a tuple of sources or entities
            return {k: v for k, v in vars(value).items() if k not in derived}

        assert stored(getattr(cached, part.name)) == stored(getattr(knowledge, part.name)), part


class Colour(StrEnum):
    red = "red"


class Point(NamedTuple):
    x: int
    label: str


@dataclasses.dataclass
class Box:
    points: list[Point]
    table: dict[int, tuple[str, ...]]
    tricky: dict[str, list[int]]
    tags: frozenset[str]
    seen: set[int]
    weights: array[float]
    colour: Colour
    extra: float | None = None


def test_plain_data_round_trips_every_supported_shape() -> None:
    codec = Codec([Box, Point, Colour])
    box = Box(points=[Point(1, "a")], table={1: ("x", "y")}, tricky={"~t": [1], "~": [2]},
              tags=frozenset({"t"}),
              seen={3}, weights=array("d", [0.5, 1e300]), colour=Colour.red,
              extra=float("inf"))
    assert codec.loads(codec.dumps(box)) == box


def test_a_shared_object_stays_shared() -> None:
    codec = Codec([Point])
    point = Point(1, "a")
    first, second = codec.loads(codec.dumps([point, (point,)]))
    assert first == point and second[0] is first


def test_a_new_field_on_a_registered_class_needs_no_codec_change() -> None:
    @dataclasses.dataclass
    class Grown:
        old: int
        readings: dict[str, tuple[str, ...]] = dataclasses.field(default_factory=dict)

    codec = Codec([Grown])
    grown = Grown(1, {"a": ("b",)})
    assert codec.loads(codec.dumps(grown)) == grown


def test_plain_data_refuses_what_it_was_not_given() -> None:
    codec = Codec([Point])
    with pytest.raises(PlainDataError):
        codec.dumps(Box([], {}, {}, frozenset(), set(), array("d"), Colour.red))
    for bad in (b'{"~": "Point", "x": 1}', b'{"~": "Point", "x": 1, "label": "a", "y": 2}',
                b'{"~a": ["u", ""]}', b'{"~a": ["d", "AAA"]}', b'{"~f": [[1]]}',
                b'{"~t": 3}', b'{"~d": [[1]]}', b'{"~": ["Point"]}', b'{"~r": 0}',
                b'[{"~": "Point", "x": 1, "label": "a"}, {"~r": 1}]'):
        with pytest.raises(PlainDataError):
            codec.loads(bad)


def test_a_regenerated_wordnet_file_does_not_meet_an_old_cache(isolated_home: Path) -> None:
    wordnet = Path(knowledge_module.__file__).with_name("data") / "wordnet.json.gz"
    before = written_cache().name
    times = wordnet.stat()
    try:
        os.utime(wordnet, ns=(times.st_atime_ns, times.st_mtime_ns + 1_000_000_000))
        load_knowledge(default_store_path())
    finally:
        os.utime(wordnet, ns=(times.st_atime_ns, times.st_mtime_ns))
    names = {p.name for p in cache_dir().glob(f"knowledge-*{CACHE_SUFFIX}")}
    assert before in names and len(names) == 2
