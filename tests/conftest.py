from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

import pytest

from factcli.knowledge import Knowledge, compile_knowledge, lexicon_bytes

REPO = Path(__file__).resolve().parents[1]
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def shared_cache(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One folder of compiled stores for the whole run: compiling a store costs about a
    second, reading its cache a hundredth of that, and most tests run a command on the
    same few stores."""
    return tmp_path_factory.mktemp("factcli-cache")


@pytest.fixture(autouse=True)
def isolated_home(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory,
                  monkeypatch: pytest.MonkeyPatch) -> Path:
    """Tests never touch the user's data or cache directories, nor an outside store. Each
    has a home of its own, whose cache folder is the run's shared one, unless the test is
    marked ``own_cache`` (it plants, damages or inspects cache files)."""
    home = tmp_path_factory.mktemp("factcli-home")
    if request.node.get_closest_marker("own_cache") is None:
        (home / "cache").symlink_to(request.getfixturevalue("shared_cache"),
                                    target_is_directory=True)
    monkeypatch.setenv("FACTCLI_HOME", str(home))
    monkeypatch.delenv("FACTCLI_FACTS", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    return home


@pytest.fixture(scope="session")
def knowledge() -> Knowledge:
    raw = (REPO / "facts.json").read_bytes()
    return compile_knowledge("facts.json", raw, lexicon_bytes())


@pytest.fixture
def store_data() -> dict:
    """A fresh, editable copy of the shipped store."""
    return json.loads((REPO / "facts.json").read_text(encoding="utf-8"))


@pytest.fixture
def write_store(tmp_path: Path):  # type: ignore[no-untyped-def]
    def write(data: object, name: str = "store.json") -> Path:
        path = tmp_path / name
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        return path

    return write


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()]


def tramway_with(*facts: tuple[str, str, list[str], list[dict]],
                 entities: tuple[dict, ...] = ()) -> Knowledge:
    """The tramway store with more facts, each (id, statement, entities — the first its
    subject —, quantities), and more entities, as a user's store may give them."""
    return _tramway_extended(json.dumps([facts, entities]))


@lru_cache(maxsize=8)  # each case of a parametrized test asks for the same store
def _tramway_extended(additions: str) -> Knowledge:
    facts, entities = json.loads(additions)
    store = json.loads((DATA / "stores" / "tramway.json").read_text(encoding="utf-8"))
    store["entities"].extend(entities)
    first = store["facts"][0]
    for fact_id, statement, entities, quantities in facts:
        store["facts"].append({
            "id": fact_id, "source": first["source"], "section": first["section"],
            "topic": "tram", "statement": statement, "subject": entities[:1],
            "entities": entities, "questions": [], "quantities": quantities})
    return compile_knowledge("extended.json", json.dumps(store).encode(), lexicon_bytes())
