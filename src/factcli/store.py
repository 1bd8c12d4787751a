"""Finding, reading and validating a fact store.

``load_store`` always validates in full (``factcli validate``); the commands that only
read facts go through ``knowledge.load_knowledge``, which caches the compiled result.
"""

from __future__ import annotations

import math
import os
import re
from pathlib import Path
from typing import Any, NamedTuple

from factcli.errors import StoreError
from factcli.files import read_user_file
from factcli.model import SCHEMA_VERSION, Fact, Store

ENV_FACTS = "FACTCLI_FACTS"
MAX_STORE_BYTES = 32 * 1024 * 1024
SLUG = re.compile(r"^[a-z0-9]+(?:[-_][a-z0-9]+)*$")
STORE_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$")
STORES_DIR = "stores"
STORE_SUFFIX = ".json"


def default_store_path() -> Path:
    packaged = Path(__file__).with_name("facts.json")
    if packaged.is_file():
        return packaged
    # Running from a source checkout (an editable install): the repository's facts.json.
    return Path(__file__).resolve().parents[2] / "facts.json"


def resolve_store_path(option: Path | None) -> Path:
    if option is not None:
        return _file_or_named(option)
    from_env = os.environ.get(ENV_FACTS)
    return _file_or_named(Path(from_env)) if from_env else default_store_path()


def _file_or_named(path: Path) -> Path:
    """'--facts baltic' is the store saved with 'factcli draft --name baltic', unless a
    file of that name is there."""
    try:
        if path.exists() or not STORE_NAME.match(str(path)):
            return path
        named = named_store_path(str(path))
        return named if named.exists() else path
    except OSError:  # e.g. a name too long for the file system: reading it says so
        return path


def named_store_path(name: str) -> Path:
    from factcli.errors import UsageError
    from factcli.knowledge import data_home

    if not STORE_NAME.match(name):
        raise UsageError(f"store name '{name}': use letters, digits, '-' or '_' "
                         "(e.g. baltic-defence)")
    return data_home() / STORES_DIR / f"{name}{STORE_SUFFIX}"


class NamedStore(NamedTuple):
    name: str
    path: Path
    title: str
    facts: int
    entities: int
    problem: str  # why the file cannot be read as a store, else ""


def named_stores() -> list[NamedStore]:
    """The stores saved by name, read only as far as listing them needs; 'factcli
    validate' checks one in full."""
    import json

    from factcli.knowledge import data_home

    folder = data_home() / STORES_DIR
    found = []
    for path in sorted(folder.glob(f"*{STORE_SUFFIX}")) if folder.is_dir() else []:
        name = path.name.removesuffix(STORE_SUFFIX)
        try:
            data = json.loads(path.read_bytes())
            sources = data.get("sources") or [{}]
            found.append(NamedStore(name, path, str(sources[0].get("title", "")),
                                    len(data.get("facts", [])), len(data.get("entities", [])),
                                    ""))
        except (OSError, ValueError, AttributeError, TypeError, IndexError) as exc:
            problem = exc.strerror if isinstance(exc, OSError) else "not a fact store"
            found.append(NamedStore(name, path, "", 0, 0, str(problem)))
    return found


MISSING_HINT = f"check --facts (a file, or a name that 'factcli stores' lists) or {ENV_FACTS}"


def read_store_bytes(path: Path, missing_hint: str = MISSING_HINT) -> bytes:
    """The file's bytes, or a StoreError that says what is wrong and what to do."""
    name = str(path)
    raw = read_user_file(path, StoreError, missing_hint, MAX_STORE_BYTES)
    if not raw.strip():
        raise StoreError(f"{name}: is empty; a fact store is a JSON object (see README)")
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise StoreError(f"{name}: not valid UTF-8 (byte {exc.start}); save it as UTF-8") from None
    return raw


def load_store(path: Path, missing_hint: str = MISSING_HINT) -> Store:
    """Read and validate fully; every problem is reported, not only the first."""
    from factcli.knowledge import lexicon_bytes
    from factcli.lexicon import load_lexicon

    return parse_store(str(path), read_store_bytes(path, missing_hint),
                       load_lexicon(lexicon_bytes()).unit_ids)


def _unknown_unit(unit: str, units: set[str]) -> str:
    """What to write instead: the units by name, and money by its ISO 4217 code (of which
    there are too many to list)."""
    from factcli.quantities import is_currency_code

    if unit.upper() in units and is_currency_code(unit.upper()):
        return (f"unknown unit '{unit}'; a currency is its ISO 4217 code in capitals: "
                f"'{unit.upper()}'")
    others = sorted(u for u in units if not is_currency_code(u))
    return (f"unknown unit '{unit}'; known: {', '.join(others)}, and money as its currency's "
            f"ISO 4217 code ('EUR', 'NZD')")


def parse_store(name: str, raw: bytes, units: set[str]) -> Store:
    from factcli.validation import ValidationProblems, parse_json, validate_data

    problems = ValidationProblems()
    data = parse_json(name, raw, problems)
    if problems:
        raise StoreError(*problems.lines)
    if not isinstance(data, dict):
        raise StoreError(f"{name}: the top level must be a JSON object, not {type(data).__name__}")
    version = data.get("schema_version")
    if type(version) is not int or version != SCHEMA_VERSION:
        raise StoreError(f"{name}: schema_version: unsupported version {version!r}; "
                         f"this factcli reads schema_version {SCHEMA_VERSION}")
    store = validate_data(name, data, Store, problems, strict=True)
    if store is not None:
        check_store(name, store, units, problems)
    if problems or store is None:
        raise StoreError(*problems.in_file_order(data))
    return store


def check_store(name: str, store: Store, units: set[str], problems: Any) -> None:
    """The rules a schema alone cannot say: ids, references, aliases, units, answers."""
    from factcli.lexicon import fold_alias

    def problem(path: str, message: str) -> None:
        problems.add(name, path, message)

    def nonempty(path: str, value: str | None) -> None:
        if value is not None and not value.strip():
            problem(path, "must not be empty")

    def finite(path: str, value: float) -> None:
        if not math.isfinite(value):
            problem(path, f"must be a finite number (got {value!r})")

    def ids(items: Any, label: str) -> set[str]:
        seen: set[str] = set()
        for i, item in enumerate(items):
            if not SLUG.fullmatch(item.id):
                problem(f"{label}[{i}].id", f"'{item.id}' is not a slug (lower-case letters, "
                        "digits, '-' or '_', e.g. 'suwalki-gap-length')")
            elif item.id in seen:
                problem(f"{label}[{i}].id", f"duplicate id '{item.id}'")
            seen.add(item.id)
        return seen

    source_ids = ids(store.sources, "sources")
    entity_ids = ids(store.entities, "entities")
    ids(store.facts, "facts")
    if not store.facts:
        problem("facts", "the store has no facts; add at least one (see README)")
    sections = {s.id: set(s.sections) for s in store.sources}
    for i, source in enumerate(store.sources):
        for attr in ("title", "publisher", "site", "url"):
            nonempty(f"sources[{i}].{attr}", getattr(source, attr))
    alias_owner: dict[str, str] = {}
    for i, entity in enumerate(store.entities):
        nonempty(f"entities[{i}].name", entity.name)
        nonempty(f"entities[{i}].kind", entity.kind)
        for j, parent in enumerate(entity.member_of):
            if parent not in entity_ids:
                problem(f"entities[{i}].member_of[{j}]", f"unknown entity '{parent}'")
        for j, alias in enumerate((entity.name, *entity.aliases)):
            path = f"entities[{i}].name" if j == 0 else f"entities[{i}].aliases[{j - 1}]"
            key = fold_alias(alias)
            if not key:
                problem(path, "must not be empty")
            elif alias_owner.get(key, entity.id) != entity.id:
                problem(path, f"alias '{alias}' already belongs to entity '{alias_owner[key]}'")
            else:
                alias_owner[key] = entity.id
    for i, fact in enumerate(store.facts):
        _check_fact(f"facts[{i}]", fact, entity_ids, source_ids, sections, units, problem,
                    nonempty, finite)


def _check_fact(path: str, fact: Fact, entity_ids: set[str], source_ids: set[str],
                sections: dict[str, set[str]], units: set[str], problem: Any,
                nonempty: Any, finite: Any) -> None:
    nonempty(f"{path}.statement", fact.statement)
    nonempty(f"{path}.topic", fact.topic)
    if fact.source not in source_ids:
        problem(f"{path}.source", f"unknown source '{fact.source}'")
    elif fact.section not in sections[fact.source]:
        problem(f"{path}.section", f"'{fact.section}' is not a section of source '{fact.source}'")
    if not fact.subject:
        problem(f"{path}.subject", "name at least one entity the fact is about")
    for j, entity_id in enumerate(fact.entities):
        if entity_id not in entity_ids:
            problem(f"{path}.entities[{j}]", f"unknown entity '{entity_id}'")
    for j, entity_id in enumerate(fact.subject):
        if entity_id not in entity_ids:
            problem(f"{path}.subject[{j}]", f"unknown entity '{entity_id}'")
        elif entity_id not in fact.entities:
            problem(f"{path}.subject[{j}]", f"'{entity_id}' must also be listed in entities")
    for j, quantity in enumerate(fact.quantities):
        finite(f"{path}.quantities[{j}].value", quantity.value)
        if quantity.unit not in units:
            problem(f"{path}.quantities[{j}].unit", _unknown_unit(quantity.unit, units))
        nonempty(f"{path}.quantities[{j}].measure", quantity.measure)
    for j, question in enumerate(fact.questions):
        qpath = f"{path}.questions[{j}]"
        nonempty(f"{qpath}.prompt", question.prompt)
        if question.kind == "mc":
            if len(question.choices) < 2:
                problem(f"{qpath}.choices", "give at least two choices")
            if len(set(question.choices)) != len(question.choices):
                problem(f"{qpath}.choices", "choices must be different from each other")
            if question.answer not in question.choices:
                problem(f"{qpath}.answer", f"'{question.answer}' is not one of the choices")
        elif question.kind == "numeric":
            finite(f"{qpath}.answer", question.answer)
            finite(f"{qpath}.tolerance", question.tolerance)
            if question.tolerance < 0:
                problem(f"{qpath}.tolerance", f"must not be negative (got {question.tolerance})")
            if question.unit is not None and question.unit not in units:
                problem(f"{qpath}.unit", f"unknown unit '{question.unit}'")
        elif question.kind == "short":
            nonempty(f"{qpath}.answer", question.answer)
