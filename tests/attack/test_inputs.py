"""Hostile inputs and stores: special files, endless or huge input, extreme numbers,
deep JSON, broken encodings, loosely typed stores. Each is one clear line and its exit
code, never a traceback, a hang or a silent acceptance."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from factcli import files
from factcli.check import MAX_SENTENCE_CHARS
from tests.attack.conftest import PROCESS_TIMEOUT, assert_clean_failure, factcli_process, run


@pytest.mark.parametrize("args", [["--facts", "{}", "facts"], ["check", "{}"],
                                  ["validate", "{}"]])
def test_a_fifo_is_refused_without_hanging(tmp_path: Path, args: list[str]) -> None:
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    argv = [str(fifo) if a == "{}" else a for a in args]
    process = factcli_process(*argv, stdin=-3, stdout=-1, stderr=-1)  # DEVNULL, PIPEs
    _, err = process.communicate(timeout=PROCESS_TIMEOUT)
    assert process.returncode in (2, 4), err
    assert b"not a regular file" in err and b"Traceback" not in err


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
@pytest.mark.parametrize("args", [["--facts", "{}", "facts"], ["check", "{}"],
                                  ["validate", "{}"]])
def test_an_endless_device_is_refused(device: str, args: list[str]) -> None:
    result = run(*[device if a == "{}" else a for a in args])
    assert_clean_failure(result, 2 if args[0] == "check" else 4, "not a regular file")


def test_an_endless_line_on_stdin_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """A batch line without end is cut and reported; the lines after it still run."""
    line = "Lithuania " * 200_000
    result = run("verify", "-", "--json", stdin=f"{line}\nLithuania will renovate eight bridges\n")
    rows = [json.loads(r) for r in result.stdout.splitlines()]
    assert "error" in rows[0] and rows[1]["verdict"] == "supported"
    assert "line 1:" in result.stderr


def test_a_number_of_400_digits_in_a_batch_loses_no_line() -> None:
    claims = f"Lithuania spends 1{'0' * 400} euros\nLithuania will renovate eight bridges\n"
    result = run("verify", "-", "--json", stdin=claims)
    assert result.exception is None, result.exception
    rows = [json.loads(r) for r in result.stdout.splitlines()]
    assert len(rows) == 2 and rows[1]["verdict"] == "supported"


def test_a_number_of_400_digits_in_a_question() -> None:
    result = run("ask", f"Is Lithuania spending 1{'0' * 400} euros?")
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_deeply_nested_store_json(write_store) -> None:  # type: ignore[no-untyped-def]
    path = write_store({})
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    assert_clean_failure(run("validate", str(path)), 4, "nested too deeply")
    assert_clean_failure(run("--facts", str(path), "facts"), 4, "nested too deeply")


def replace_first_value(path: Path, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('"value": 100', f'"value": {new}', 1), encoding="utf-8")


@pytest.mark.parametrize("value", ["1" + "0" * 5000, "NaN", "Infinity", "-Infinity", "1e400"])
def test_a_number_that_is_not_finite_is_refused(store_data: dict, write_store,  # type: ignore[no-untyped-def]
                                                value: str) -> None:
    path = write_store(store_data)
    replace_first_value(path, value)
    assert_clean_failure(run("validate", str(path)), 4, ".quantities[0].value")
    assert_clean_failure(run("--facts", str(path), "facts", "show", "suwalki-gap-length"), 4)


@pytest.mark.parametrize("payload", [
    "\ufeffLithuania will renovate eight bridges.".encode("utf-16"),
    "Lithuania will renovate eight bridges. \ud800".encode("utf-16-le", "surrogatepass")
    + b"\x00",
    b"\xff\xfe" + "Lithuania will renovate eight bridges. \udc00".encode("utf-16-le",
                                                                          "surrogatepass"),
    "Lithuania will renovate eight bridges. \ud800".encode("utf-8", "surrogatepass"),
])
def test_utf16_and_lone_surrogates_on_stdin_to_check(payload: bytes) -> None:
    result = run("check", "-", stdin=payload)
    assert result.exit_code in (0, 2), result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


def test_a_300_character_file_name() -> None:
    assert_clean_failure(run("--facts", "f" * 300, "facts"), 4, "too long")
    assert_clean_failure(run("check", "f" * 300), 2, "too long")


def test_unreadable_facts_is_exit_4_in_one_line_from_option_and_environment(
        store_data: dict, write_store, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    path = write_store(store_data)

    def refuse(target: Path, max_bytes: int) -> bytes:
        raise PermissionError(13, "Permission denied", str(target))

    monkeypatch.setattr(files, "read_regular_file", refuse)
    monkeypatch.setattr(os, "access", lambda *args, **kwargs: False)  # as Click would see it
    assert_clean_failure(run("--facts", str(path), "facts"), 4, "permission denied")
    monkeypatch.setenv("FACTCLI_FACTS", str(path))
    assert_clean_failure(run("facts"), 4, "permission denied")


def test_a_long_sentence_in_check_is_bounded(monkeypatch: pytest.MonkeyPatch) -> None:
    """The verifier is never given a sentence over the bound, whatever its cost."""
    import factcli.check

    def never(*args: object) -> None:
        raise AssertionError("verified a sentence over the bound")

    monkeypatch.setattr(factcli.check, "verify_claim", never)
    text = "Lithuania, " * (MAX_SENTENCE_CHARS // 10) + "and Poland build bridges."
    result = run("check", "-", "--json", stdin=text)
    (row,) = [json.loads(r) for r in result.stdout.splitlines()]
    assert row["checked"] is False and result.exit_code == 0


# --- the store validator is strict ------------------------------------------------


def problems(path: Path) -> list[str]:
    result = run("validate", str(path))
    assert result.exit_code == 4, result.output
    return result.stderr.splitlines()


def test_an_id_ending_in_a_newline_is_refused(store_data: dict, write_store) -> None:  # type: ignore[no-untyped-def]
    store_data["facts"][0]["id"] += "\n"
    (line,) = problems(write_store(store_data))
    assert "facts[0].id" in line and "\\x0a" in line  # shown escaped, on one line


def test_duplicate_keys_are_refused(store_data: dict, write_store) -> None:  # type: ignore[no-untyped-def]
    path = write_store(store_data)
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace('"topic": ', '"topic": "x", "topic": ', 1), encoding="utf-8")
    (line,) = problems(path)
    assert "facts[0].topic: duplicate key" in line


@pytest.mark.parametrize(("where", "value", "path"), [
    ("schema_version", True, "schema_version"),
    ("value", "113", "facts[0].quantities[0].value"),
    ("tf", "yes", "questions"),
])
def test_coerced_types_are_refused(store_data: dict, write_store,  # type: ignore[no-untyped-def]
                                   where: str, value: object, path: str) -> None:
    if where == "schema_version":
        store_data["schema_version"] = value
    elif where == "value":
        store_data["facts"][0]["quantities"] = [{"value": value, "unit": "km", "measure": "x"}]
    else:
        store_data["facts"][0]["questions"] = [{"kind": "tf", "prompt": "p", "answer": value}]
    lines = problems(write_store(store_data))
    assert any(path in line for line in lines), lines


def test_a_store_with_no_facts_is_invalid(store_data: dict, write_store) -> None:  # type: ignore[no-untyped-def]
    store_data["facts"] = []
    (line,) = problems(write_store(store_data))
    assert "no facts" in line


def test_an_unknown_field_hides_no_other_problem_and_order_is_the_files(
        store_data: dict, write_store) -> None:  # type: ignore[no-untyped-def]
    store_data["facts"][5]["entities"] = ["nobody"]
    store_data["facts"][1]["colour"] = "red"
    store_data["entities"][0]["id"] = "Bad Id"
    lines = problems(write_store(store_data))
    order = [next(i for i, line in enumerate(lines) if marker in line)
             for marker in ("entities[0].id", "facts[1].colour", "facts[5].entities[0]")]
    assert order == sorted(order), lines


def test_validate_names_the_missing_path_it_was_given() -> None:
    result = run("validate", "missing.json")
    assert_clean_failure(result, 4, "missing.json: no such file")
    assert "--facts" not in result.stderr
