"""Fact-checking a whole text: sentences, which of them are worth checking, verdicts.

Offsets are character offsets into the text as given, so a reader can map every
verdict back to its place.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import NamedTuple

from factcli.errors import UsageError
from factcli.knowledge import Knowledge
from factcli.text import analyse
from factcli.verify import MAX_CLAIM_CHARS, Outcome, verify_claim

MAX_TEXT_BYTES = 50 * 1024 * 1024
# A sentence ends at . ! or ? (and any closing quotes or brackets) before white space.
_END = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s)")
HEADING_WORDS = 12
_VISIBLE = re.compile(r"\S")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.+$")


class Sentence(NamedTuple):
    text: str
    start: int
    end: int


class SentenceCheck(NamedTuple):
    sentence: Sentence
    checked: bool
    outcome: Outcome | None
    reason: str


def decode_text(raw: bytes, name: str) -> tuple[str, str | None]:
    """The text, and a warning when it was not UTF-8. Binary or empty input is an error."""
    if len(raw) > MAX_TEXT_BYTES:
        raise UsageError(f"{name}: is {len(raw) / 1e6:.1f} MB; check texts of at most "
                         f"{MAX_TEXT_BYTES // (1024 * 1024)} MB")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16"), None
    if b"\x00" in raw[:8192]:
        raise UsageError(f"{name}: looks like a binary file, not text; give a text file")
    try:
        text = raw.decode("utf-8-sig")
        warning = None
    except UnicodeDecodeError:
        text = raw.decode("cp1252", errors="replace")
        warning = f"{name}: is not UTF-8; read it as Windows-1252 (Latin-1)"
    if not text.strip():
        raise UsageError(f"{name}: is empty; there is nothing to check")
    return text, warning


def split_sentences(text: str, abbreviations: frozenset[str]) -> list[Sentence]:
    """Sentences with their offsets. 'Dr.', 'e.g.', initials, decimals (1.1) and closing
    quotes do not end a sentence early; a blank line always ends one."""
    sentences: list[Sentence] = []
    for block_start, block_end in _blocks(text):
        start = block_start
        for match in _END.finditer(text, block_start, block_end):
            end = match.end()
            if _abbreviation_before(text, start, match.start(), abbreviations, match.group()):
                continue
            if not _next_starts_sentence(text, end, block_end):
                continue
            sentences.extend(_trimmed(text, start, end))
            start = end
        sentences.extend(_trimmed(text, start, block_end))
    return sentences


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    """Spans that no sentence crosses: paragraphs, and headings on lines of their own
    ('**Lessons from Ukraine**', or a short line without closing punctuation followed by
    a capitalised one), while a line wrapped mid-sentence stays joined."""
    start = 0
    offset = 0
    lines = text.split("\n")
    for number, line in enumerate(lines):
        end = offset + len(line)
        following = lines[number + 1].lstrip() if number + 1 < len(lines) else ""
        if _ends_block(line, following):
            yield start, end
            start = end + 1
        offset = end + 1
    yield start, len(text)


def _ends_block(line: str, following: str) -> bool:
    stripped = line.strip()
    if not stripped or not following:
        return True
    if stripped.startswith(("#", "**")) or stripped.endswith("**"):
        return True
    if following.startswith(("#", "**")):
        return True  # a heading comes next
    heading_like = (len(stripped.split()) <= HEADING_WORDS
                    and stripped[-1] not in ".!?:;,\"'\u201d\u2019")
    return heading_like and following[:1].isupper()


def _abbreviation_before(text: str, start: int, dot: int, abbreviations: frozenset[str],
                         mark: str) -> bool:
    if not mark.startswith("."):
        return False
    word = _WORD_BEFORE.search(text, start, dot + 1)
    if word is None:
        return False
    token = word.group(1).lower()
    return token in abbreviations or (len(token) == 1 and token.isalpha())


def _next_starts_sentence(text: str, end: int, limit: int) -> bool:
    # Only the next visible character matters: no slice of the rest of the text, so a
    # long paragraph costs linear time, not quadratic.
    found = _VISIBLE.search(text, end, limit)
    if found is None:
        return True
    first = found.group()
    return first.isupper() or first.isdigit() or first in "\"'\u201c\u2018([€$£*"


def _trimmed(text: str, start: int, end: int) -> list[Sentence]:
    piece = text[start:end]
    if not piece.strip():
        return []
    left = len(piece) - len(piece.lstrip())
    right = len(piece.rstrip())
    return [Sentence(piece[left:right], start + left, start + right)]


def worth_checking(sentence: str, knowledge: Knowledge) -> tuple[bool, str]:
    """A factual statement that touches the store: its entities, figures or topics.
    Questions, greetings and opinions are not checked."""
    vocab = knowledge.vocab
    stripped = sentence.strip()
    if stripped.rstrip("\"')\u201d\u2019").endswith("?"):
        return False, "a question"
    if is_heading(stripped):
        return False, "a heading"
    reading = analyse(stripped, vocab)
    tokens = reading.tokens
    if len(tokens) < 3:
        return False, "too short to state a fact"
    if any(tuple(tokens[: len(g)]) == g for g in vocab.greeting):
        return False, "a greeting"
    if any(_contains(tokens, cue) for cue in vocab.opinion):
        return False, "an opinion"
    if reading.predicate_at is None and (stripped.endswith("!") or len(tokens) < 5):
        return False, "an exclamation or heading, not a statement"
    if reading.entities or reading.quantities:
        return True, ""
    known = [t for t in reading.term_set if t in knowledge.index.postings]
    if len(known) >= 2:
        return True, ""
    return False, "does not touch the article's facts"


def is_heading(text: str) -> bool:
    """'**Lessons from Ukraine**', '# Title', or Title Case without closing punctuation."""
    if text.startswith(("#", "**")) or text.endswith("**"):
        return True
    words = [w for w in text.split() if w[:1].isalpha()]
    capitalised = sum(w[0].isupper() for w in words)
    return bool(words) and text[-1] not in ".!?\"'" and capitalised >= 0.6 * len(words)


def _contains(tokens: list[str], phrase: tuple[str, ...]) -> bool:
    n = len(phrase)
    return any(tuple(tokens[i : i + n]) == phrase for i in range(len(tokens) - n + 1))


def check_text(text: str, knowledge: Knowledge,
               progress: Callable[[int, int], None] | None = None) -> list[SentenceCheck]:
    sentences = split_sentences(text, knowledge.vocab.abbreviations)
    results = []
    for number, sentence in enumerate(sentences, start=1):
        if len(sentence.text) > MAX_CLAIM_CHARS:
            results.append(SentenceCheck(sentence, False, None, "too long to check"))
        else:
            worthy, reason = worth_checking(sentence.text, knowledge)
            outcome = verify_claim(sentence.text, knowledge) if worthy else None
            results.append(SentenceCheck(sentence, worthy, outcome, reason))
        if progress is not None:
            progress(number, len(sentences))
    return results
