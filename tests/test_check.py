from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factcli.check import check_text, decode_text, split_sentences, worth_checking
from factcli.cli import app
from factcli.errors import UsageError
from factcli.knowledge import Knowledge

from .conftest import DATA, read_jsonl

runner = CliRunner()
PARAGRAPHS = read_jsonl(DATA / "paragraphs.jsonl")


def sentences(text: str, knowledge: Knowledge) -> list[str]:
    found = split_sentences(text, knowledge.vocab.abbreviations)
    for s in found:
        assert text[s.start:s.end] == s.text  # offsets point into the text as given
    return [s.text for s in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("It costs 1.1 billion euros. It ends in 2028.",
         ["It costs 1.1 billion euros.", "It ends in 2028."]),
        ("Dr. Petraitis spoke. Mr. Smith left.", ["Dr. Petraitis spoke.", "Mr. Smith left."]),
        ("Items, e.g. bunkers, are planned. Next.", ["Items, e.g. bunkers, are planned.",
                                                     "Next."]),
        ("The U.S. said nothing. Vilnius did.", ["The U.S. said nothing.", "Vilnius did."]),
        ('He said "It is 100 km long." Then he left.',
         ['He said "It is 100 km long."', "Then he left."]),
        ("Really? Yes! Fine.", ["Really?", "Yes!", "Fine."]),
        ("First line without a stop\n\nSecond paragraph.", ["First line without a stop",
                                                          "Second paragraph."]),
        ("J. K. Rowling writes. Done.", ["J. K. Rowling writes.", "Done."]),
        ("lower case after a stop. does not split", ["lower case after a stop. does not split"]),
        ("  ", []),
    ],
)
def test_sentence_splitting(knowledge: Knowledge, text: str, expected: list[str]) -> None:
    assert sentences(text, knowledge) == expected


@pytest.mark.parametrize(
    ("sentence", "worthy"),
    [
        ("Lithuania is leaving the Ottawa Convention.", True),
        ("The plan costs 2 billion euros.", True),
        ("Anti-tank ditches and bunkers will be dug.", True),
        ("Hello everyone, and welcome!", False),
        ("Is Lithuania leaving the convention?", False),
        ("I think Lithuania is right to leave the convention.", False),
        ("The weather was lovely today.", False),
        ("Thanks.", False),
    ],
)
def test_check_worthiness(knowledge: Knowledge, sentence: str, worthy: bool) -> None:
    assert worth_checking(sentence, knowledge)[0] is worthy


@pytest.mark.parametrize("paragraph", PARAGRAPHS, ids=[p["title"] for p in PARAGRAPHS])
def test_labelled_paragraphs(knowledge: Knowledge, paragraph: dict) -> None:
    results = check_text(paragraph["text"], knowledge)
    assert [r.sentence.text for r in results] == [s["sentence"] for s in paragraph["sentences"]]
    for result, expected in zip(results, paragraph["sentences"], strict=True):
        got = result.outcome.verdict if result.outcome else None
        assert got == expected["verdict"], (result.sentence.text, result.outcome)


def test_paragraph_set_is_large_enough() -> None:
    assert len(PARAGRAPHS) >= 10


def test_decoding() -> None:
    assert decode_text("Suwałki".encode(), "x") == ("Suwałki", None)
    _, warning = decode_text("Suwa\u0142ki caf\u00e9".encode("cp1250", errors="replace")
                                .replace(b"?", b"l"), "old.txt")
    assert warning and "not UTF-8" in warning
    assert decode_text("Gap".encode("utf-16"), "x")[0] == "Gap"
    with pytest.raises(UsageError, match="binary"):
        decode_text(b"\x89PNG\x00\x00\x01", "image.png")
    with pytest.raises(UsageError, match="empty"):
        decode_text(b" \n\t", "blank.txt")


def write(tmp_path: Path, text: str | bytes, name: str = "draft.txt") -> Path:
    path = tmp_path / name
    if isinstance(text, str):
        path.write_text(text, encoding="utf-8")
    else:
        path.write_bytes(text)
    return path


def test_cli_marks_every_sentence_and_summarises(tmp_path: Path) -> None:
    path = write(tmp_path, "Hello! Lithuania is leaving the Ottawa Convention. "
                           "Lithuania will renovate ten bridges. Is that so?")
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 1
    out = result.stdout
    assert "✔ SUPPORTED" in out and "✘ REFUTED" in out and "· not checked" in out
    assert "Summary" in out and "Refuted" in out
    assert "claim says 10" in out and "bridge-renovation" in out


def test_cli_exit_zero_when_nothing_refuted(tmp_path: Path) -> None:
    path = write(tmp_path, "Lithuania is leaving the Ottawa Convention. Cats are nice.")
    assert runner.invoke(app, ["check", str(path)]).exit_code == 0


def test_cli_json_lines_with_offsets() -> None:
    text = "Lithuania is leaving the Ottawa Convention. I think so."
    result = runner.invoke(app, ["check", "-", "--json"], input=text)
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["checked"] for r in rows] == [True, False]
    first = rows[0]
    assert text[first["start"]:first["end"]] == first["sentence"]
    assert first["verdict"] == "supported" and first["evidence"]
    assert set(first) >= {"sentence", "start", "end", "checked", "verdict", "confidence",
                          "evidence", "explanation", "parts"}
    assert rows[1]["verdict"] is None


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"", "empty"), (b"\x00\x01\x02binary", "binary")],
)
def test_cli_bad_files(tmp_path: Path, content: bytes, message: str) -> None:
    result = runner.invoke(app, ["check", str(write(tmp_path, content))])
    assert result.exit_code == 2
    assert message in result.stderr and "Traceback" not in result.stderr


def test_cli_missing_file_and_directory(tmp_path: Path) -> None:
    assert "no such file" in runner.invoke(app, ["check", str(tmp_path / "nope")]).stderr
    assert "is a directory" in runner.invoke(app, ["check", str(tmp_path)]).stderr


def test_cli_other_encoding_is_read_with_a_warning(tmp_path: Path) -> None:
    path = write(tmp_path, "Lithuania is leaving the Ottawa Convention. Café.".encode("cp1252"))
    result = runner.invoke(app, ["check", str(path)])
    assert result.exit_code == 0
    assert "warning" in result.stderr and "SUPPORTED" in result.stdout


REQUIRED = {"@type", "claimReviewed", "reviewRating", "itemReviewed", "author",
            "datePublished", "url"}
RATING = {"@type", "ratingValue", "bestRating", "worstRating", "alternateName",
          "ratingExplanation"}


def assert_claim_review(review: dict) -> None:
    assert set(review) >= REQUIRED
    assert review["@type"] == "ClaimReview"
    rating = review["reviewRating"]
    assert set(rating) >= RATING and rating["@type"] == "Rating"
    assert rating["worstRating"] <= rating["ratingValue"] <= rating["bestRating"]
    assert rating["alternateName"] in ("SUPPORTED", "REFUTED", "NOT ENOUGH INFO")
    assert review["itemReviewed"]["@type"] == "Claim"
    assert review["author"]["name"]
    assert review["url"].startswith("https://")
    assert len(review["datePublished"]) == 10


def test_verify_claimreview() -> None:
    result = runner.invoke(app, ["verify", "Lithuania will renovate ten bridges",
                                 "--format", "claimreview", "--author", "Desk"])
    assert result.exit_code == 1
    review = json.loads(result.stdout)
    assert review["@context"] == "https://schema.org"
    assert_claim_review(review)
    assert review["reviewRating"]["alternateName"] == "REFUTED"
    assert review["reviewRating"]["ratingValue"] == 1
    assert review["author"]["name"] == "Desk"
    assert review["claimReviewed"] == "Lithuania will renovate ten bridges"


def test_check_claimreview_graph_with_appearance(tmp_path: Path) -> None:
    path = write(tmp_path, "Lithuania is leaving the Ottawa Convention. Hello there.")
    result = runner.invoke(app, ["check", str(path), "--format", "claimreview"])
    document = json.loads(result.stdout)
    assert document["@context"] == "https://schema.org"
    reviews = document["@graph"]
    assert len(reviews) == 1  # only checked sentences are reviewed
    assert_claim_review(reviews[0])
    assert reviews[0]["itemReviewed"]["appearance"]["url"] == path.resolve().as_uri()
    assert reviews[0]["reviewRating"]["alternateName"] == "SUPPORTED"


def test_large_text_is_checked_in_full(knowledge: Knowledge) -> None:
    paragraph = " ".join(p["text"] for p in PARAGRAPHS)
    text = "\n\n".join([paragraph] * 20)
    results = check_text(text, knowledge)
    per_copy = sum(len(p["sentences"]) for p in PARAGRAPHS)
    assert len(results) == 20 * per_copy


def test_the_article_itself_is_never_refuted(knowledge: Knowledge) -> None:
    seeds = Path(__file__).resolve().parents[2] / "shared" / "seeds"
    articles = sorted(seeds.glob("*.txt")) if seeds.is_dir() else []
    if not articles:
        pytest.skip("the article is not beside this checkout (../shared/seeds)")
    results = check_text(articles[0].read_text(encoding="utf-8"), knowledge)
    verdicts = [r.outcome.verdict for r in results if r.outcome is not None]
    assert "refuted" not in verdicts
    assert verdicts.count("supported") >= len(verdicts) // 2
    headings = [r for r in results if r.reason == "a heading"]
    assert len(headings) >= 7  # the title and the six section headings
