from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcli import __version__
from factcli.cli import app

runner = CliRunner()
README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def run(*args: str, stdin: bytes | str | None = None):  # type: ignore[no-untyped-def]
    return runner.invoke(app, list(args), input=stdin)


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0
    assert result.stdout.strip() == f"factcli {__version__}"


def test_every_command_has_help_with_an_example_and_is_in_the_readme() -> None:
    commands = [["facts"], ["facts", "show"], ["validate"], ["verify"], ["ask"], ["quiz"],
                ["check"], ["stats"], ["export"], ["export", "anki"], ["export", "csv"],
                ["export", "worksheet"], ["draft"], ["stores"]]
    for command in commands:
        result = run(*command, "--help")
        assert result.exit_code == 0, command
        assert "Example: factcli" in result.stdout, command
        assert f"factcli {' '.join(command)}" in README, command


def test_facts_lists_table() -> None:
    result = run("facts")
    assert result.exit_code == 0
    assert "suwalki-gap-length" in result.stdout
    assert "facts" in result.stdout.splitlines()[0]
    assert result.stderr == ""


def test_facts_json_lists_everything_with_structure() -> None:
    result = run("facts", "--json")
    assert result.exit_code == 0
    facts = json.loads(result.stdout)
    assert len(facts) >= 25
    gap = next(f for f in facts if f["id"] == "suwalki-gap-length")
    assert gap["quantities"][0]["value"] == 100
    assert gap["entities"][0] == {"id": "suwalki-gap", "name": "Suwałki Gap"}


def test_facts_topic_and_search_filters() -> None:
    topic = json.loads(run("facts", "--topic", "suwalki-gap", "--json").stdout)
    assert topic and all(f["topic"] == "suwalki-gap" for f in topic)
    found = json.loads(run("facts", "--search", "bridges", "--json").stdout)
    assert any(f["id"] == "bridge-renovation" for f in found)
    assert all("bridge" in f["statement"].lower() for f in found)


def test_facts_unknown_topic_is_a_usage_error() -> None:
    result = run("facts", "--topic", "weather")
    assert result.exit_code == 2
    assert "unknown topic 'weather'" in result.stderr
    assert "suwalki-gap" in result.stderr
    assert result.stdout == ""


def test_facts_search_without_match() -> None:
    result = run("facts", "--search", "zeppelin")
    assert result.exit_code == 1
    assert "no fact matches" in result.stderr


def test_facts_show() -> None:
    result = run("facts", "show", "suwalki-gap-length")
    assert result.exit_code == 0
    for part in ("Suwałki Gap is a corridor 100 kilometres long", "Focusing on the Suwałki Gap",
                 "corridor length", "How long is the Suwałki Gap"):
        assert part in result.stdout
    data = json.loads(run("facts", "show", "suwalki-gap-length", "--json").stdout)
    assert data["id"] == "suwalki-gap-length"
    assert data["questions"][0]["kind"] == "numeric"


def test_facts_show_unknown_id_suggests_closest() -> None:
    result = run("facts", "show", "suwalki-gap-lenght")
    assert result.exit_code == 2
    assert "no fact with id 'suwalki-gap-lenght'" in result.stderr
    assert "suwalki-gap-length" in result.stderr
    assert "Traceback" not in result.stderr


def test_validate_default_store() -> None:
    result = run("validate")
    assert result.exit_code == 0
    assert "valid" in result.stdout
    report = json.loads(run("validate", "--json").stdout)
    assert report["valid"] is True and report["facts"] >= 25


def test_validate_bad_store_lists_every_problem(store_data, write_store) -> None:
    store_data["facts"][0]["id"] = "Bad Id"
    store_data["facts"][12]["quantities"][0]["unit"] = "furlong"
    path = write_store(store_data)
    result = run("validate", str(path))
    assert result.exit_code == 4
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 2
    assert all(line.startswith(f"error: {path}: facts[") for line in lines)
    assert result.stdout == ""
    report = json.loads(run("validate", str(path), "--json").stdout)
    assert report["valid"] is False and len(report["problems"]) == 2


@pytest.mark.parametrize("content", [b"", b"{not json", b"\xff\xfe\x00"])
def test_broken_store_via_option_gives_exit_4_without_traceback(tmp_path: Path,
                                                                content: bytes) -> None:
    path = tmp_path / "broken.json"
    path.write_bytes(content)
    result = run("--facts", str(path), "facts")
    assert result.exit_code == 4
    assert len(result.stderr.strip().splitlines()) == 1
    assert str(path) in result.stderr
    assert "Traceback" not in result.stderr


def test_store_from_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("FACTCLI_FACTS", str(tmp_path / "missing.json"))
    result = run("facts")
    assert result.exit_code == 4
    assert "missing.json: no such file" in result.stderr


def test_markup_in_store_prints_literally(store_data, write_store) -> None:
    store_data["facts"][0]["statement"] = "Lithuania [red]quits[/red] the treaty :smile:"
    path = write_store(store_data)
    out = run("--facts", str(path), "facts").stdout
    assert "[red]quits[/red]" in out
    assert ":smile:" in out
    shown = run("--facts", str(path), "facts", "show", store_data["facts"][0]["id"]).stdout
    assert "[red]quits[/red]" in shown


def test_verify_exit_codes_and_panel() -> None:
    supported = run("verify", "Lithuania will renovate eight bridges")
    assert supported.exit_code == 0
    assert "SUPPORTED" in supported.stdout and "bridge-renovation" in supported.stdout
    refuted = run("verify", "Lithuania will renovate ten bridges")
    assert refuted.exit_code == 1
    assert "claim says 10 bridges; the article says 8 bridges" in refuted.stdout
    unknown = run("verify", "The Moon is made of cheese")
    assert unknown.exit_code == 3
    assert "NOT ENOUGH INFO" in unknown.stdout


def test_verify_shows_parts_of_a_compound_claim() -> None:
    result = run("verify", "Lithuania will rebuild 113 km of road and renovate ten bridges")
    assert result.exit_code == 1
    assert "part 1: Lithuania will rebuild 113 km of road" in result.stdout
    assert "part 2: Lithuania will renovate ten bridges" in result.stdout


@pytest.mark.parametrize("claim", ["", "   ", "x" * 10_001])
def test_verify_bad_claim_is_a_usage_error(claim: str) -> None:
    result = run("verify", claim)
    assert result.exit_code == 2
    assert result.stderr.startswith("error: the claim")
    assert result.stdout == ""


def test_verify_without_argument_is_a_usage_error() -> None:
    assert run("verify").exit_code == 2


def test_verify_json_contract() -> None:
    result = run("verify", "Lithuania is investing 2 billion euros in its borders", "--json")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert set(data) >= {"claim", "verdict", "confidence", "evidence", "explanation", "parts"}
    assert data["verdict"] == "refuted"
    assert 0 <= data["confidence"] <= 1
    assert data["evidence"][0]["fact_id"] == "investment-1-1-billion"
    assert "claim says 2 billion euros; the article says 1.1 billion euros" in data["explanation"]


def test_verify_shows_the_statement_a_typed_question_was_checked_as() -> None:
    asked = run("verify", "Is Lithuania leaving the Ottawa Convention?", "--json")
    stated = run("verify", "Lithuania is leaving the Ottawa Convention", "--json")
    assert json.loads(asked.stdout)["statement"] == "Lithuania is leaving the Ottawa Convention"
    assert "statement" not in json.loads(stated.stdout)  # a claim is checked as typed
    assert "checked as: Lithuania is leaving" in run(
        "verify", "Is Lithuania leaving the Ottawa Convention?").stdout


def test_verify_batch_keeps_order_and_survives_bad_lines() -> None:
    lines = [
        "Lithuania is leaving the Ottawa Convention",
        "x" * 10_050,
        "[bold]The Suwałki Gap[/bold] is 100 km long",
        "",
        "Lithuania is joining the Ottawa Convention",
        "\x1b[31mcontrol\x07 characters",
    ]
    stdin = ("\n".join(lines) + "\n").encode() + b"\xff\xfe invalid bytes\n"
    result = run("verify", "-", "--json", stdin=stdin)
    assert result.exit_code == 0
    rows = [json.loads(x) for x in result.stdout.splitlines()]
    assert len(rows) == 6  # blank line skipped
    assert [r["verdict"] for r in rows[:2]] == ["supported", "not_enough_info"]
    assert "error" in rows[1] and "line 2" in result.stderr
    assert rows[2]["claim"].startswith("[bold]")
    assert rows[3]["verdict"] == "refuted"
    assert rows[4]["claim"] == "\x1b[31mcontrol\x07 characters"
    assert "\ufffd" in rows[5]["claim"]


def test_verify_human_output_prints_markup_and_controls_literally() -> None:
    result = run("verify", "[red]Lithuania[/red] is leaving \x1b[2J the Ottawa Convention")
    assert "[red]Lithuania[/red]" in result.stdout
    assert "\x1b" not in result.stdout
    assert "\\x1b" in result.stdout


def test_readme_documents_exit_codes() -> None:
    table = re.findall(r"^\| (\d+) \|", README, flags=re.M)
    assert {"0", "1", "2", "3", "4", "130"} <= set(table)


def test_exit_codes_do_not_change_with_json() -> None:
    text = run("facts", "--search", "nuclear")
    as_json = run("facts", "--search", "nuclear", "--json")
    assert text.exit_code == as_json.exit_code == 1
    assert json.loads(as_json.stdout) == []


@pytest.mark.parametrize("command", [["facts"], ["facts", "show"], ["validate"], ["verify"],
                                     ["ask"], ["quiz"], ["check"], ["stats"], []])
def test_help_shows_real_metavars(command: list[str]) -> None:
    shown = run(*command, "--help").stdout
    for label in ("<bool>", "<list[str]>", "{", "<int range>"):
        assert label not in shown, (command, label)


def test_usage_line_names_the_argument() -> None:
    usage = [line.split() for line in run("verify", "--help").stdout.splitlines()
             if "Usage:" in line]
    assert usage[0][-2:] == ["[OPTIONS]", "CLAIM"]
    assert "ask [OPTIONS] [QUESTION]" in run("ask", "--help").stdout


def test_global_option_after_the_command_name(store_data, write_store) -> None:
    store_data["facts"] = store_data["facts"][:3]
    path = write_store(store_data)
    after = run("facts", "--json", "--facts", str(path))
    assert after.exit_code == 0, after.stderr
    assert len(json.loads(after.stdout)) == 3
    joined = run("facts", "show", f"--facts={path}", store_data["facts"][0]["id"])
    assert joined.exit_code == 0, joined.stderr
    before = run("--facts", str(path), "facts", "--json")
    assert before.stdout == after.stdout


def test_batch_errors_count_blank_lines() -> None:
    stdin = "\n\nLithuania is leaving the Ottawa Convention\n\n" + "x" * 10_001 + "\n"
    result = run("verify", "-", "--json", stdin=stdin)
    assert "error: line 5:" in result.stderr
    asked = run("ask", "-", stdin="\n" + "y" * 10_001 + "\n")
    assert "error: line 2:" in asked.stderr


def test_unknown_format_is_one_plain_line() -> None:
    result = run("verify", "Lithuania is leaving the Ottawa Convention", "--format", "xml")
    assert result.exit_code == 2
    assert result.stderr == "error: unknown format 'xml'; choose text, json or claimreview\n"
    assert result.stdout == ""


@pytest.mark.parametrize("command", [["facts"], ["facts", "show", "suwalki-gap-length"],
                                     ["verify", "Lithuania will renovate ten bridges"],
                                     ["ask", "How long is the Suwałki Gap?"], ["stats"],
                                     ["verify", "--help"], ["--help"]])
def test_piped_plain_text_has_no_trailing_spaces(command: list[str]) -> None:
    output = run(*command).stdout
    assert output.strip()
    assert [line for line in output.splitlines() if line != line.rstrip()] == []
