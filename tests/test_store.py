from __future__ import annotations

import os
from pathlib import Path

import pytest

from factcli import files
from factcli.errors import StoreError
from factcli.model import SCHEMA_VERSION
from factcli.store import (
    MAX_STORE_BYTES,
    default_store_path,
    load_store,
    resolve_store_path,
)
from factcli.text import fold


def problems_of(path: Path) -> list[str]:
    with pytest.raises(StoreError) as caught:
        load_store(path)
    return caught.value.lines


def only_problem(path: Path) -> str:
    lines = problems_of(path)
    assert len(lines) == 1, lines
    return lines[0]


def test_shipped_store_is_valid_and_complete() -> None:
    store = load_store(default_store_path())
    assert store.schema_version == SCHEMA_VERSION
    assert len(store.facts) >= 25
    assert all(f.entities and f.subject for f in store.facts)
    assert sum(len(f.quantities) for f in store.facts) >= 5
    assert store.sources[0].publisher == "Euromaidan Press"
    units = {(q.value, q.unit) for f in store.facts for q in f.quantities}
    assert {(113, "km"), (8, "count"), (100, "km"), (1.1e9, "EUR"), (2028, "year"),
            (10, "years")} <= units


def test_every_fact_section_is_a_heading_of_the_article() -> None:
    store = load_store(default_store_path())
    article = Path(__file__).resolve().parents[2] / "shared" / "seeds"
    headings = set(store.sources[0].sections) - {"Introduction"}
    if article.is_dir():
        text = "".join(p.read_text(encoding="utf-8") for p in article.glob("*.txt"))
        for heading in headings:
            assert fold(heading) in fold(text), heading


def test_store_path_resolution_order(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    assert resolve_store_path(None) == default_store_path()
    monkeypatch.setenv("FACTCLI_FACTS", str(tmp_path / "env.json"))
    assert resolve_store_path(None) == tmp_path / "env.json"
    assert resolve_store_path(tmp_path / "opt.json") == tmp_path / "opt.json"


@pytest.mark.parametrize(
    ("mutate", "path", "message"),
    [
        (lambda d: d["facts"][3].update(id="Not A Slug"), "facts[3].id", "is not a slug"),
        (lambda d: d["facts"][4].update(id=d["facts"][0]["id"]), "facts[4].id", "duplicate id"),
        (lambda d: d["facts"][2]["entities"].append("atlantis"), "facts[2].entities[1]",
         "unknown entity 'atlantis'"),
        (lambda d: d["facts"][2].update(subject=["lithuania"]), "facts[2].subject[0]",
         "must also be listed in entities"),
        (lambda d: d["facts"][1].update(subject=[]), "facts[1].subject",
         "name at least one entity"),
        (lambda d: d["entities"][1]["aliases"].append("Lithuanian"), "entities[1].aliases[2]",
         "already belongs to entity 'lithuania'"),
        (lambda d: d["facts"][12]["quantities"][0].update(unit="furlong"),
         "facts[12].quantities[0].unit", "unknown unit 'furlong'"),
        (lambda d: d["facts"][12]["quantities"][0].update(unit="NZX"),
         "facts[12].quantities[0].unit", "money as its currency's ISO 4217 code"),
        (lambda d: d["facts"][12]["quantities"][0].update(unit="nzd"),
         "facts[12].quantities[0].unit", "ISO 4217 code in capitals: 'NZD'"),
        (lambda d: d["facts"][12]["quantities"][0].update(qualifier="roughly"),
         "facts[12].quantities[0].qualifier", "Input should be"),
        (lambda d: d["facts"][2]["questions"][0].update(answer="Nukes"),
         "facts[2].questions[0].answer", "'Nukes' is not one of the choices"),
        (lambda d: d["facts"][12]["questions"][0].update(tolerance=-1),
         "facts[12].questions[0].tolerance", "must not be negative"),
        (lambda d: d["facts"][0].update(statement="   "), "facts[0].statement",
         "must not be empty"),
        (lambda d: d["facts"][0].update(section="Epilogue"), "facts[0].section",
         "'Epilogue' is not a section"),
        (lambda d: d["facts"][0].update(source="elsewhere"), "facts[0].source",
         "unknown source 'elsewhere'"),
        (lambda d: d["facts"][0].update(colour="red"), "facts[0].colour", "unknown field"),
        (lambda d: d["facts"][0].pop("statement"), "facts[0].statement",
         "required field is missing"),
        (lambda d: d["facts"][0]["questions"][0].update(kind="essay"),
         "facts[0].questions[0].kind", "must be one of"),
        (lambda d: d["facts"][0]["questions"][1].update(answer="maybe"),
         "facts[0].questions[1].answer", "valid boolean"),
        (lambda d: d["entities"][0]["member_of"].append("mars"),
         "entities[0].member_of[1]", "unknown entity 'mars'"),
    ],
)
def test_each_rule_reports_file_path_and_message(store_data, write_store, mutate, path,
                                                 message) -> None:
    mutate(store_data)
    store_file = write_store(store_data)
    line = only_problem(store_file)
    assert line.startswith(f"{store_file}: {path}: "), line
    assert message in line


@pytest.mark.parametrize("code", ["NZD", "ZAR", "KRW", "EUR"])
def test_any_currency_in_use_is_a_unit_of_money(store_data, write_store, code: str) -> None:
    # not only the hand-written few: every currency legal tender somewhere (currencies.json)
    store_data["facts"][12]["quantities"][0].update(unit=code)
    store = load_store(write_store(store_data))
    assert store.facts[12].quantities[0].unit == code


def test_every_problem_is_reported_not_only_the_first(store_data, write_store) -> None:
    store_data["facts"][0]["id"] = "BAD ID"
    store_data["facts"][5]["entities"].append("nowhere")
    store_data["facts"][12]["quantities"][0]["unit"] = "parsec"
    lines = problems_of(write_store(store_data))
    assert len(lines) == 3
    assert any("facts[0].id" in x for x in lines)
    assert any("facts[5].entities" in x for x in lines)
    assert any("facts[12].quantities[0].unit" in x for x in lines)


def test_unsupported_schema_version(store_data, write_store) -> None:
    store_data["schema_version"] = 99
    assert "unsupported version 99" in only_problem(write_store(store_data))


def test_json_syntax_error_has_line_and_column(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{\n  "schema_version": 1,\n  "facts": [,]\n}\n', encoding="utf-8")
    line = only_problem(bad)
    assert "invalid JSON at line 3, column" in line


def test_top_level_must_be_an_object(tmp_path: Path) -> None:
    bad = tmp_path / "list.json"
    bad.write_text("[1, 2]", encoding="utf-8")
    assert "must be a JSON object" in only_problem(bad)


def test_missing_file(tmp_path: Path) -> None:
    assert "no such file" in only_problem(tmp_path / "nope.json")


def test_directory(tmp_path: Path) -> None:
    assert "is a directory" in only_problem(tmp_path)


def test_empty_file(tmp_path: Path) -> None:
    empty = tmp_path / "empty.json"
    empty.write_text("  \n", encoding="utf-8")
    assert "is empty" in only_problem(empty)


def test_invalid_utf8(tmp_path: Path) -> None:
    bad = tmp_path / "latin1.json"
    bad.write_bytes('{"schema_version": 1, "x": "Suwałki"}'.encode("utf-16"))
    assert "not valid UTF-8" in only_problem(bad)


def test_very_large_file_is_refused_before_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.json"
    with big.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)  # sparse: 50 MB that costs no disk
    assert os.path.getsize(big) > MAX_STORE_BYTES
    line = only_problem(big)
    assert "50.0 MB" in line or "52.4 MB" in line
    assert "the limit is 32 MB" in line


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    locked = tmp_path / "locked.json"
    locked.write_text("{}", encoding="utf-8")

    def refuse(path: Path, max_bytes: int) -> bytes:
        raise PermissionError(13, "Permission denied", str(path))

    monkeypatch.setattr(files, "read_regular_file", refuse)
    assert "permission denied" in only_problem(locked)
