"""Fact-checking a whole text: sentences, how they are read, which are worth checking,
verdicts.

Texts are read as people write them. Before a sentence is verified, what carries no
claim is taken out of it (fillers such as *literally*, openers such as *Well,* or
*Scratch that:*, closers such as *though*, emoji, hashtags, a dateline, an attribution to
a source outside the store), contractions are spelled out, capitals used for emphasis and
repeated punctuation are undone, pronouns and definite descriptions are resolved
against the sentences before, and a correction ('Scratch that, it's 35.') is read as the
sentence it corrects (``Reader``). The words used are data
(``data/writing.json``), true of English in general.

Results are produced one sentence at a time, so a long text is checked in constant
memory and a reader sees each verdict as soon as it is made. Offsets are character
offsets into the text as given, so a reader can map every verdict back to its place.
"""

from __future__ import annotations

import re
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from factcli.errors import UsageError
from factcli.knowledge import Knowledge
from factcli.text import Analysis, analyse, and_list, tokenise
from factcli.verify import Outcome, verify_claim

if TYPE_CHECKING:
    from factcli.writing import Writing

MAX_TEXT_BYTES = 50 * 1024 * 1024
# The verifier's cost grows faster than a sentence's length (a long list of clauses is
# split and re-read at every comma); real sentences are far shorter than this, and a
# longer one is shown as not checked, so that the cost of a text stays linear.
MAX_SENTENCE_CHARS = 1000
_EMOJI = "\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff\ufe0f\u200d"
# A sentence ends at . ! ? or … (and any closing quotes or brackets), or at emoji, before
# white space.
_END = re.compile(rf"(?:[.!?\u2026]+[\"'\u201d\u2019)\]]*|[{_EMOJI}]+)(?=\s)")
HEADING_WORDS = 12
# How many sentences back a pronoun may look for what it refers to.
LOOKBACK = 3
MAX_REFERENCES = 8
LABEL_WORDS = 6
_VISIBLE = re.compile(r"\S")
_WORD = re.compile(r"[\w.]{1,12}")
_WORD_BEFORE = re.compile(r"([A-Za-z][A-Za-z.]*)\.+$")
_CLOSING = ".!?\u2026:;,\"'\u201d\u2019"
_ABBREVIATION_WINDOW = 32  # characters: far longer than any abbreviation


class Sentence(NamedTuple):
    text: str
    start: int
    end: int


class SentenceCheck(NamedTuple):
    sentence: Sentence
    checked: bool
    outcome: Outcome | None
    reason: str
    resolved: str | None = None  # what was verified: the content, references resolved


def decode_text(raw: bytes, name: str) -> tuple[str, str | None]:
    """The text, and a warning when it was not UTF-8. Binary or empty input is an error."""
    if len(raw) > MAX_TEXT_BYTES:
        raise UsageError(f"{name}: is {len(raw) / 1e6:.1f} MB; check texts of at most "
                         f"{MAX_TEXT_BYTES // (1024 * 1024)} MB")
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return raw.decode("utf-16"), None
        except UnicodeDecodeError:
            return (raw.decode("utf-16", errors="replace"),
                    f"{name}: has bytes that are not UTF-16; they were replaced")
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


# --- sentences --------------------------------------------------------------------


def split_sentences(text: str, abbreviations: frozenset[str],
                    lower_starts: frozenset[str] = frozenset()) -> list[Sentence]:
    """Sentences with their offsets. 'Dr.', 'e.g.', initials, decimals (1.1) and closing
    quotes do not end a sentence early; a blank line always ends one. A sentence starts
    with a capital, a figure or one of ``lower_starts`` ('ngl', 'tbh')."""
    return list(iter_sentences(text, abbreviations, lower_starts))


def iter_sentences(text: str, abbreviations: frozenset[str],
                   lower_starts: frozenset[str] = frozenset()) -> Iterator[Sentence]:
    """The sentences of ``split_sentences`` one at a time, for a text too long to hold
    them all."""
    for block_start, block_end in _blocks(text):
        start = block_start
        for match in _END.finditer(text, block_start, block_end):
            end = match.end()
            if _abbreviation_before(text, start, match.start(), abbreviations, match.group()):
                continue
            if not _next_starts_sentence(text, end, block_end, lower_starts):
                continue
            yield from _trimmed(text, start, end)
            start = end
        yield from _trimmed(text, start, block_end)


def _blocks(text: str) -> Iterator[tuple[int, int]]:
    """Spans that no sentence crosses: paragraphs, and headings on lines of their own
    ('**Lessons from Ukraine**', or a short line without closing punctuation followed by
    a capitalised one), while a line wrapped mid-sentence stays joined."""
    start = 0
    line_start = 0
    while True:
        line_end = text.find("\n", line_start)
        if line_end == -1:
            yield start, len(text)
            return
        following_end = text.find("\n", line_end + 1)
        following = text[line_end + 1 : following_end if following_end != -1 else len(text)]
        if _ends_block(text[line_start:line_end], following.lstrip()):
            yield start, line_end
            start = line_end + 1
        line_start = line_end + 1


def _ends_block(line: str, following: str) -> bool:
    stripped = line.strip()
    if not stripped or not following:
        return True
    if _starts_heading(stripped) or stripped.endswith("**"):
        return True
    if _starts_heading(following):
        return True  # a heading comes next
    heading_like = (len(stripped.split()) <= HEADING_WORDS
                    and (stripped[-1] not in "!?" + _CLOSING or stripped[-1] == ":"))
    return heading_like and following[:1].isupper()


def _starts_heading(line: str) -> bool:
    """'# Title' or '**Title**'; a hashtag ('#NATO') is not a heading."""
    return line.startswith(("# ", "##", "**")) or line == "#"


def _abbreviation_before(text: str, start: int, dot: int, abbreviations: frozenset[str],
                         mark: str) -> bool:
    if not mark.startswith("."):
        return False
    # Only the last few characters can hold an abbreviation or an initial: searching
    # from the sentence's start at every dot would make a long sentence quadratic.
    word = _WORD_BEFORE.search(text, max(start, dot - _ABBREVIATION_WINDOW), dot + 1)
    if word is None:
        return False
    token = word.group(1).lower()
    return token in abbreviations or (len(token) == 1 and token.isalpha())


def _next_starts_sentence(text: str, end: int, limit: int,
                          lower_starts: frozenset[str] = frozenset()) -> bool:
    # Only the next visible word matters: no slice of the rest of the text, so a long
    # paragraph costs linear time, not quadratic.
    found = _VISIBLE.search(text, end, limit)
    if found is None:
        return True
    first = found.group()
    if first.isupper() or first.isdigit() or first in "\"'\u201c\u2018([€$£*#@":
        return True
    word = _WORD.match(text, found.start(), limit)
    return word is not None and word.group().lower().rstrip(".") in lower_starts


def _trimmed(text: str, start: int, end: int) -> list[Sentence]:
    piece = text[start:end]
    if not piece.strip():
        return []
    left = len(piece) - len(piece.lstrip())
    right = len(piece.rstrip())
    return [Sentence(piece[left:right], start + left, start + right)]


def _on_own_line_before_more(text: str, sentence: Sentence) -> bool:
    """A line of its own, with more text after it: where a headline stands."""
    line_start = text.rfind("\n", 0, sentence.start) + 1
    line_end = text.find("\n", sentence.end)
    return (line_end != -1 and not text[line_start:sentence.start].strip()
            and not text[sentence.end:line_end].strip()
            and _VISIBLE.search(text, line_end) is not None)


# --- reading a sentence -----------------------------------------------------------


def _alternatives(phrases: tuple[str, ...] | list[str]) -> str:
    """A regex alternation of phrases, longest first, spaces matching any white space."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in ordered)


_URL = re.compile(r"https?://\S+|www\.\S+|(?<!\w)@\w+")
_EMOJI_RUN = re.compile(rf"\s*[{_EMOJI}]+")
_TRAILING_TAGS = re.compile(r"(?:\s*#\w+)+\s*$")
_HASH = re.compile(r"(?<!\w)#(?=\w)")
_DATELINE = re.compile(r"^[A-Z][A-Z.,' ]{2,40}(?:\s*\([^)]{1,30}\))?\s*(?:\u2014|\u2013|--?)\s+")
_REPEATED = re.compile(r"[!?]{2,}|\.{2,}|\u2026")
_SPACE_BEFORE_MARK = re.compile(r"\s+([,.!?;:])")
_SPACES = re.compile(r"\s{2,}")
_LEAD_IN = re.compile(r"^(?P<lead>[^:\d]{1,40}):\s+(?P<rest>\S.*)$", re.S)
_SHOUTED = re.compile(r"\b[A-Z]{3,}\b")
_CLAUSE_MARKS = (",", ";", ":", " and ", " but ", " because ", " while ", " since ", " that ",
                 " as ", " so ", " although ", " though ")
_SENTENCE_MARKS = (";", ":", "\u2014")  # between clauses that could each be a sentence
_SINGULAR = {"are": " is", "were": " was", "have": " has"}
_PLURAL_VERB = re.compile(r"\s+(are|were|have)\b", re.I)
_DETERMINERS = frozenset({"the", "this", "that", "these", "those"})
_UNNAMED = _DETERMINERS | {"it", "they"}
_DESCRIPTION_WORDS = 4  # a longer opening is a clause, not a name for a thing
# "Finland isn't on the list, it's Sweden", "it's 35", "over Europe": what a correction
# replaces (``old``, when it says) and with what.
_REPLACEMENT = re.compile(
    r"^(?:(?P<old>[^,;]+?)\s+(?:is|was|are|were)(?:n't|\s+not)\b[^,;]*[,;]\s*)?"
    r"(?:(?:it|that|they|this)\s+(?:is|was|are|were)\s+|make\s+(?:it|that)\s+)?"
    r"(?P<new>[^,;]+?)[.!]*$", re.I)
MAX_REPLACEMENT_WORDS = 6
WRITER_WORDS = 4  # how far into a sentence 'I' or 'we' is still its subject
_SUBJECT_SLOT = frozenset({"and", "but", "because", "so", "that", "as", "since", "while",
                           "although", "though", "when", "if", "once", "until", "yet"})


class _Mentions(NamedTuple):
    """The entities a sentence names: its subject (one or a coordinated group) and all of
    them, most recent last."""

    subject: tuple[str, ...]
    named: tuple[str, ...]
    described: bool  # it opens with a description that is no entity: "The project ..."
    # Named only as a possessor, before a noun or after a preposition ("the Moon's
    # gravity", "the Venus encounter", "towards Earth"): seldom what a pronoun picks up.
    minor: frozenset[str] = frozenset()
    # the words of that description, when they are plain words: "operators", "the project"
    description: tuple[str, ...] = ()


class Reading(NamedTuple):
    content: str  # the sentence as verified
    worthy: bool
    reason: str


class Reader:
    """Reads the sentences of one text in order. References are resolved by a small
    rule: a pronoun or a definite description ('the treaty') stands for the most recent
    compatible entity — the subject of its own sentence first when it begins a clause,
    else an entity named earlier in the sentence (for 'it'/'them' as objects, not the
    subject), else, up to three sentences back, the entity named most and most recently
    (``_most_salient``), never one its own clause names after it. 'it' and 'its' fit one
    entity that is not a person; 'they', 'them' and 'their' a group of entities or a
    country, organisation or company; 'he', 'she' a person."""

    def __init__(self, knowledge: Knowledge) -> None:
        self.knowledge = knowledge
        self.writing: Writing = knowledge.writing
        self._recent: deque[_Mentions] = deque(maxlen=LOOKBACK)
        self._last_claim: str | None = None  # what a correction ('scratch that') takes back
        writing = self.writing
        refs = writing.references
        self._conjunction = re.compile(rf"^(?:{_alternatives(writing.conjunctions)})\b"
                                       r"[\s,;:!\u2014\u2013-]*", re.I)
        conjunction = _alternatives(writing.conjunctions)
        self._opener = re.compile(
            rf"^(?:(?:{_alternatives(writing.openers)})(?:\s*(?:[,;:!.\u2014\u2013]|-\s)+\s*"
            rf"|\s+(?=(?:{conjunction})\s))|(?:{_alternatives(writing.chat_openers)})\s+)", re.I)
        # "Scratch that, it's 35.": the sentence takes back part of the one before.
        self._correction = re.compile(rf"^(?:\w+,?\s+)?(?:{_alternatives(writing.corrections)})"
                                      r"\s*[,;:!.\u2014\u2013-]", re.I)
        self._filler = re.compile(rf"\s*,?\s*\b(?:{_alternatives(writing.fillers)})\b\s*,?",
                                  re.I)
        self._closer = re.compile(rf"(?:,?\s*\b(?:{_alternatives(writing.closers)}))+"
                                  r"\s*(?=[.!?]*$)", re.I)
        self._approximate = re.compile(
            rf"\b(?:{_alternatives(writing.approximators)})\s+(?=[€$£]?\d)", re.I)
        suffixes = "|".join(re.escape(s.lstrip("'")) for s in writing.contractions)
        self._contraction = re.compile(rf"(?<=[A-Za-z])'({suffixes})\b", re.I)
        self._spelling = re.compile(rf"(?<![\w/])(?:{_alternatives(tuple(writing.spellings))})"
                                    r"(?![\w/])", re.I)
        participles = _alternatives(writing.has_before)
        self._has_before = re.compile(rf"(?<=[A-Za-z])'s\s+(?=(?:{participles})\b)", re.I)
        self._is_after = re.compile(rf"\b({_alternatives(writing.is_after)})'s\b", re.I)
        # "Lithuania's leaving the treaty": 's before a verb in -ing and its object.
        self._is_before = re.compile(r"(?<=[A-Za-z])'s\s+(?=(?:not|going|also|still|"
                                     r"already|now)\b|\w+ing\s+(?:the|a|an|to|"
                                     r"its|their|from|out|up|on|in|into|with)\b)", re.I)
        said = _alternatives(writing.reporting_verbs)
        with_that = _alternatives(writing.reporting_verbs_with_that)
        self._reporting = re.compile(rf"\s+(?:(?:has|have|had)\s+)?(?:(?:{said})(?:\s+that)?"
                                     rf"|(?:{with_that})\s+that)(?=\s+\S)", re.I)
        verbs = f"{said}|{with_that}"
        self._passive_report = re.compile(
            rf"\b(is|are|was|were)\s+(?:{_alternatives(writing.passive_reports)})\s+"
            r"(?:to\s+(have|be)|as(?:\s+(having|being))?)\s+(?=\S)", re.I)
        self._according = re.compile(r"^according\s+to\s+(?P<source>[^,]{2,60}),\s*"
                                     r"(?P<rest>\S.*)$", re.I | re.S)
        self._reported_after = re.compile(
            rf",\s*(?:according\s+to\s+(?P<named>[^,]{{2,60}}?)|(?P<source>[^,]{{2,40}}?)"
            rf"\s+(?:{verbs})|(?:{verbs})\s+(?P<inverted>[^,]{{2,40}}?))\s*(?P<end>[.!]*)$",
            re.I | re.S)
        self._reported_inside = re.compile(
            rf",\s*(?P<source>[^,]{{2,40}}?)\s+(?:{verbs})\s*,\s*", re.I)
        pronouns = (*refs.singular, *refs.plural, *refs.personal)
        self._pronoun = re.compile(rf"\b(?:{_alternatives(pronouns)})\b", re.I)
        self._expletive = re.compile(rf"\s+(?:{_alternatives(refs.expletive_after_it)})\b",
                                     re.I)
        nouns = _alternatives(tuple(refs.descriptions))
        self._description = re.compile(rf"\b(?:the|this|that)\s+({nouns})\b(?!\s+of\b)", re.I)
        frames = "|".join(re.escape(f).replace(r"\ ", r"\s+").replace(r"\*", r"[\w-]+")
                          for f in sorted(writing.frames, key=len, reverse=True))
        self._frame = re.compile(rf"^(?:{frames})[\s,]+(?=\S)", re.I)
        # Phrases as ' word word ', to be found in a sentence's tokens joined the same way.
        self._greetings = _spaced(self.knowledge.vocab.greeting)
        self._sign_offs = _spaced(tuple(tokenise(p)) for p in writing.sign_offs)
        self._open_questions = _spaced(tuple(tokenise(p)) for p in writing.open_questions)
        self._opinions = _spaced((*self.knowledge.vocab.opinion,
                                  *(tuple(tokenise(p)) for p in writing.judgements)))
        self._remark_openings = _spaced(tuple(tokenise(p)) for p in writing.remark_openings)
        self._personal = _spaced(tuple(tokenise(p)) for p in writing.personal_openings)
        self._own_text = re.compile(r"^(?:(?:in|on|for)\s+)?"
                                    r"(?:this|these|today's|tonight's|this\s+week's|our|my)"
                                    rf"\s+(?:[\w-]+\s+)?(?:{_alternatives(writing.own_text)})\b",
                                    re.I)
        self._judgement = re.compile(
            r"\b(?:is|was|are|were|looks|look|seems|seem|sounds|feels)\s+(?:so\s+|very\s+|"
            r"pretty\s+|quite\s+|such\s+)?(?:"
            rf"{_alternatives(writing.judgement_complements)})(?![\w-])", re.I)

    # --- the whole decision -------------------------------------------------------

    def read(self, sentence: str, headline: bool = False) -> Reading:
        stripped = sentence.strip()
        vocab = self.knowledge.vocab
        if stripped.rstrip("\"')\u201d\u2019 " + _EMOJI).endswith("?"):
            return Reading(stripped, False, "a question")
        if headline or is_heading(stripped):
            self._remember(analyse(stripped, vocab))  # a headline names the topic
            return Reading(stripped, False, "a heading")
        words = _joined(tokenise(stripped))
        if any(cue in words for cue in self._opinions):
            return Reading(stripped, False, "an opinion")
        if words.startswith(self._personal):  # before "believe" is read as an attribution
            return Reading(stripped, False, "about the writer or the reader")
        content, label = self.content(stripped)
        if not content:
            return Reading(content, False, "tags, links or emoji only")
        corrected = self._corrected(content) if self._correction.match(stripped) else None
        if corrected is not None:
            content, label = corrected, False
            reading = analyse(content, vocab)
        else:
            reading = analyse(content, vocab)
            resolved = self.resolve(content, reading)
            if resolved != content:
                content, reading = resolved, analyse(resolved, vocab)
        self._remember(reading)
        if label and not _states_something(content, reading):
            return Reading(content, False, "a label, not a statement")
        worthy, reason = self._worthy(content, reading)
        self._last_claim = content if worthy else self._last_claim
        return Reading(content, worthy, reason)

    def _corrected(self, content: str) -> str | None:
        """The sentence before as this one corrects it, or None when this one is a claim
        of its own. A correction gives a short replacement, for what it names ('Finland
        isn't on the list, it's Sweden'), for the figure ('it's 35') or for a phrase
        opened by the same preposition ('it was over Europe')."""
        previous = self._last_claim
        found = _REPLACEMENT.match(content)
        if previous is None or found is None:
            return None
        old, new = found.group("old"), found.group("new").strip()
        if len(new.split()) > MAX_REPLACEMENT_WORDS or _states_something(
                new, analyse(new, self.knowledge.vocab)):
            return None
        if old:
            at = re.search(rf"\b{re.escape(old.strip())}\b", previous, re.I)
            return None if at is None else previous[: at.start()] + new + previous[at.end() :]
        first = new.split()[0].lower()
        if first in self.knowledge.vocab.prepositions or first[:1].isdigit():
            new = first + new[len(first) :]  # capitalised only as the sentence's start
        if analyse(new, self.knowledge.vocab).quantities:
            figures = [q.text for q in analyse(previous, self.knowledge.vocab).quantities
                       if q.text in previous]
            if len(figures) != 1:
                return None
            # 'it's ten' changes the number and keeps the unit ('eight bridges').
            figure = figures[0]
            replacement = new if len(new.split()) > 1 else new + figure[len(figure.split()[0]):]
            return previous.replace(figure, replacement, 1)
        if first in self.knowledge.vocab.prepositions:
            phrase = re.search(rf"\b{re.escape(first)}\b[^,;.!?]*", previous, re.I)
            if phrase is not None:
                return previous[: phrase.start()] + new + previous[phrase.end() :]
        return None

    def _remember(self, reading: Analysis) -> None:
        # "The project ...", "Operators ..." or an "It ..." left unresolved: what follows
        # may be about it.
        described = bool(reading.tokens) and (reading.tokens[0] in _UNNAMED or any(
            pos == 0 for _, pos in reading.terms)) and not any(
            pos <= 2 for _, pos in reading.entities)
        minor = {e for e, pos in reading.entities if self._is_minor(reading, pos)}
        minor -= {e for e, pos in reading.entities if not self._is_minor(reading, pos)}
        subject = tuple(e for e in reading.subject_entities if e not in minor)
        # up to its last word of content: 'operators', not 'operators only'
        end = max((pos + 1 for _, pos in reading.terms if pos < (reading.predicate_at or 0)),
                  default=0)
        before_verb = reading.tokens[:end]
        plain = described and 0 < end <= _DESCRIPTION_WORDS and not (
            any(q.start < end for q in reading.quantities) or "s" in before_verb
            or before_verb[0] in _UNNAMED - _DETERMINERS)
        self._recent.appendleft(_Mentions(subject, tuple(reading.entity_ids), described,
                                          frozenset(minor), tuple(before_verb) if plain else ()))

    def _is_minor(self, reading: Analysis, pos: int) -> bool:
        end = reading.entity_ends.get(pos, pos + 1)
        following = reading.tokens[end] if end < len(reading.tokens) else ""
        vocab = self.knowledge.vocab
        # "the Venus encounter": a name between a determiner and its noun.
        before_noun = (pos > 0 and reading.tokens[pos - 1] in vocab.determiners
                       and following.isalpha() and end not in reading.verbs
                       and following not in vocab.ignored and following not in vocab.prepositions)
        possessor = "s" in reading.tokens[pos + 1 : end + 1]  # "Earth's gravity"
        return pos in reading.governed or possessor or before_noun

    def _worthy(self, content: str, reading: Analysis) -> tuple[bool, str]:
        """A statement of fact about the world is checked, whether or not the article
        speaks of it (what it does not say is NOT ENOUGH INFO). Greetings, sign-offs, open
        questions, what the writer feels or tells the reader, remarks about the text itself
        and judgements are not; nor a phrase without a verb that touches nothing in the
        store."""
        tokens = reading.tokens
        if len(tokens) < 3:
            return False, "too short to state a fact"
        words = _joined(tokens)
        if words.startswith(self._greetings) and not _causal_thanks(tokens, reading):
            return False, "a greeting"
        if words.startswith(self._sign_offs):
            return False, "a sign-off or a call to readers"
        if any(cue in words for cue in self._open_questions):
            return False, "an open question"
        touches = self._touches(content, reading)
        if reading.predicate_at is None:
            if (content.endswith("!") or len(tokens) < 5) and not (
                    reading.quantities and touches):
                return False, "an exclamation or heading, not a statement"
            return touches, "" if touches else "does not touch the article's facts"
        if self._about_writer(reading) or words.startswith(self._personal):
            return False, "about the writer or the reader"
        if self._own_text.match(content):
            return False, "about this text, not the article"
        if self._judgement.search(content):
            return False, "an opinion"
        if not touches and (words.startswith(self._remark_openings)
                            or any(t in self.writing.remark_modals for t in tokens)):
            return False, "a remark that names nothing in the article"
        return True, ""

    def _about_writer(self, reading: Analysis) -> bool:
        """'I', 'we' or 'you' as the subject: among the first words, with no name or verb
        before it ('In this essay I will ...', 'Today we are ...')."""
        named = {pos for _, pos in reading.entities}
        for at, token in enumerate(reading.tokens[:WRITER_WORDS]):
            if token in self.writing.writer_pronouns:
                return True
            if at in named or at in reading.verbs:
                return False
        return False

    def _touches(self, content: str, reading: Analysis) -> bool:
        """Whether the sentence names the store's entities, figures or topics, or other
        named things."""
        if reading.entities or reading.quantities:
            return True
        known = [t for t in reading.term_set if t in self.knowledge.index.postings]
        return len(known) >= 2 or _names_something(content)

    # --- normalisation ------------------------------------------------------------

    def content(self, sentence: str) -> tuple[str, bool]:
        """The sentence without what carries no claim, and whether it opened with a
        label ('Summary: ...', 'Scratch that: ...')."""
        text = sentence.translate(_APOSTROPHES)
        text = _URL.sub(" ", text)
        text = _EMOJI_RUN.sub(" ", text)
        text = _TRAILING_TAGS.sub(" ", text)
        text = _HASH.sub("", text)
        dateline = _DATELINE.match(text.strip())
        if dateline and not self._names_store(dateline.group()):
            text = text.strip()[dateline.end():]
        text = _REPEATED.sub(_one_mark, text)
        text, label = self._strip_openings(text.strip())
        text = self._strip_attribution_after(text)
        text = self._passive_report.sub(self._unreport, text)
        text = self._filler.sub(" ", text)
        text = self._closer.sub("", text)
        text = self._spelling.sub(lambda m: self.writing.spellings[m.group().lower()], text)
        text = self._contraction.sub(self._expand, text)
        text = self._has_before.sub(" has ", text)
        text = self._is_after.sub(r"\1 is", text)
        text = self._is_before.sub(" is ", text)
        text = self._approximate.sub("about ", text)
        text = _SHOUTED.sub(self._unshout, text)
        text = _SPACES.sub(" ", _SPACE_BEFORE_MARK.sub(r"\1", text)).strip(" ,;:-\u2014")
        return (text[:1].upper() + text[1:]), label

    def _strip_openings(self, text: str) -> tuple[str, bool]:
        """Drop openers, a short label before a colon and an attribution, as long as any
        is left: 'And of course, ...', 'Actually, scratch that: the report says ...'."""
        label = False
        while True:
            before = text
            text = self._conjunction.sub("", text, count=1)
            text = self._opener.sub("", text, count=1)
            lead_in = _LEAD_IN.match(text)
            if lead_in and self._is_label(lead_in.group("lead")):
                text, label = lead_in.group("rest"), True
            frame = self._frame.match(text)
            if frame and not self._names_store(frame.group()):
                text = text[frame.end() :]
            text = self._strip_attribution(text)
            if text == before:
                return text, label

    def _strip_attribution(self, text: str) -> str:
        """'Officials said ...', 'According to the report, ...': the statement is checked
        on its own; a source in the store ('Russia says ...') is part of the claim."""
        according = self._according.match(text)
        if according and self._is_outside_source(according.group("source")):
            return according.group("rest")
        for said in self._reporting.finditer(text, 0, 80):
            if self._is_outside_source(text[: said.start()]):
                return text[said.end() :].lstrip()
        return text

    def _is_outside_source(self, words: str) -> bool:
        """'Officials', 'the report', 'Dr. Jonas Petraitis': a source that is no entity of
        the store, and not a clause ('Lithuania will invest ... to show')."""
        if not words.strip() or any(mark in words for mark in ",;:"):
            return False
        reading = analyse(words, self.knowledge.vocab)
        named = [t for t in reading.tokens if t not in _DETERMINERS]
        return (bool(named) and len(reading.tokens) <= 6 and not reading.entities
                and not reading.quantities and reading.predicate_at is None)

    def _strip_attribution_after(self, text: str) -> str:
        """'..., the government said.', '..., according to officials.' and 'The plan,
        officials added, costs ...'"""
        inside = self._reported_inside.search(text)
        if inside is not None and self._is_outside_source(inside.group("source")):
            text = text[: inside.start()] + " " + text[inside.end() :]
        said = self._reported_after.search(text)
        if said is None:
            return text
        source = said.group("named") or said.group("source") or said.group("inverted")
        if not self._is_outside_source(source):
            return text
        return text[: said.start()] + (said.group("end") or ".")

    def _is_label(self, words: str) -> bool:
        """'Summary', 'Quick correction to the OP': a few words before a colon that name
        nothing in the store and state nothing."""
        reading = analyse(words, self.knowledge.vocab)
        return (len(words.split()) <= LABEL_WORDS and reading.predicate_at is None
                and not reading.entities and not reading.quantities)

    def _names_store(self, text: str) -> bool:
        reading = analyse(text, self.knowledge.vocab)
        return bool(reading.entities or reading.quantities)

    @staticmethod
    def _unreport(match: re.Match[str]) -> str:
        """'X is said to have left' -> 'X has left'; 'X is described as being Y' -> 'X is
        Y': who describes it is set aside, as with an attribution before the statement."""
        be, perfect = match.group(1), (match.group(2) or match.group(3) or "").lower()
        if perfect in ("have", "having"):
            return ("has " if be.lower() in ("is", "was") else "have ")
        return be + " "

    def _expand(self, match: re.Match[str]) -> str:
        return " " + self.writing.contractions["'" + match.group(1).lower()]

    def _unshout(self, match: re.Match[str]) -> str:
        """'1.1 BILLION' is emphasis; 'NATO' (the store's) and 'NASA' (a name WordNet
        knows) are names and stay."""
        word = match.group()
        vocab = self.knowledge.vocab
        named = vocab.names_entity(word.lower()) or word.lower() in vocab.instances
        return word if named else word.lower()

    # --- references ---------------------------------------------------------------

    def resolve(self, content: str, reading: Analysis) -> str:
        """The sentence with its pronouns and definite descriptions replaced by the names
        of the entities they stand for, where one is found: left to right, so that a
        reference resolved early in a sentence can be what a later one stands for."""
        cursor = 0
        for _ in range(MAX_REFERENCES):
            found = self._next_reference(content, reading, cursor)
            if found is None:
                break
            start, end, name = found
            if name is None:
                cursor = end
                continue
            if start == 0:
                name = name[:1].upper() + name[1:]
            content = content[:start] + name + _agreeing(content[end:], name)
            reading = analyse(content, self.knowledge.vocab)
            cursor = start + len(name)
        return content

    def _next_reference(self, content: str, reading: Analysis,
                        cursor: int) -> tuple[int, int, str | None] | None:
        pronoun = self._pronoun.search(content, cursor)
        description = self._description.search(content, cursor)
        if description is not None and (pronoun is None or description.start() < pronoun.start()):
            return description.start(), description.end(), self._described(
                content, description, reading)
        if pronoun is not None:
            return pronoun.start(), pronoun.end(), self._antecedent_name(content, pronoun,
                                                                         reading)
        return None

    def _described(self, content: str, match: re.Match[str], reading: Analysis) -> str | None:
        position = len(tokenise(content[: match.start()]))
        if any(position <= pos <= position + 1 for _, pos in reading.entities):
            return None  # the store names it already ('the treaty' as an alias)
        kinds = self.writing.references.descriptions[match.group(1).lower()]
        found = self._find(content, match.start(), reading, position, self._of_kinds(kinds),
                           as_object=False, subject_slot=False)
        return self._names(found) if found is not None else None

    def _antecedent_name(self, content: str, match: re.Match[str],
                         reading: Analysis) -> str | None:
        refs = self.writing.references
        word = match.group().lower()
        if word in refs.singular and self._expletive.match(content, match.end()):
            return None  # "it seems", "it is clear that"
        position = len(tokenise(content[: match.start()]))
        before = content[: match.start()].rstrip()
        subject_slot = not before or before.endswith((",", ";", ":", "\u2014")) or (
            before.split()[-1].lower() in _SUBJECT_SLOT)
        as_object = word in refs.objects or (word in refs.singular and not subject_slot
                                             and word not in refs.possessive)
        if word in refs.singular:
            def fits(ids: tuple[str, ...]) -> bool:
                return len(ids) == 1 and self._kind(ids[0]) not in refs.person_kinds
        elif word in refs.plural:
            def fits(ids: tuple[str, ...]) -> bool:
                return len(ids) > 1 or self._kind(ids[0]) in refs.group_kinds
        else:
            def fits(ids: tuple[str, ...]) -> bool:
                return len(ids) == 1 and self._kind(ids[0]) in refs.person_kinds
        if word in refs.possessive and position < reading.fronted and any(
                reading.fronted <= pos <= reading.fronted + 1 for _, pos in reading.entities):
            return None  # "To strengthen its security, Lithuania …": the name to come
        found = self._find(content, match.start(), reading, position, fits, as_object,
                           subject_slot or word in refs.possessive)
        if found is None and subject_slot and not as_object and word not in refs.possessive:
            return self._description_of_last(word in refs.plural)
        if found is None:
            return None
        if word in refs.possessive:
            in_sentence = any(e in found for e, pos in reading.entities if pos < position)
            # "Lithuania ... its borders" reads well as it is.
            return None if in_sentence else self._names(found) + "'s"
        return self._names(found)

    def _find(self, content: str, start: int, reading: Analysis, position: int,
              fits: Callable[[tuple[str, ...]], bool], as_object: bool,
              subject_slot: bool) -> tuple[str, ...] | None:
        earlier = [(e, pos) for e, pos in reading.entities if pos < position]
        subject = tuple(e for e in reading.subject_entities if any(x == e for x, _ in earlier))
        # An object is not the subject of its own clause: "NATO considers it ...".
        clause_at = len(tokenise(content[: _clause_start(content, start)]))
        own_subject = next((e for e, pos in earlier if pos >= clause_at), None) if as_object \
            else None
        relative_head = self._relative_head(reading, position)
        if subject and (subject_slot or as_object) and own_subject not in subject \
                and fits(subject):
            return subject
        for entity_id, _ in reversed(earlier):
            if entity_id not in (own_subject, relative_head) and fits((entity_id,)):
                return (entity_id,)
        if self._recent and subject_slot and self._recent[0].described:
            return None  # "The project ... It includes ...": the project, no entity
        if self._recent and len(self._recent[0].subject) > 1 and fits(self._recent[0].subject):
            return self._recent[0].subject  # "Estonia and Latvia ... They ..."
        # "It connects Lithuania and Poland": not Lithuania, named in its own clause; one
        # named after a semicolon is in a clause of its own ("It passes Earth; each flyby
        # speeds Juice up" may be about Juice).
        clause_ends_at = len(tokenise(content[: _sentence_clause_end(content, start)]))
        named_after = {e for e, pos in reading.entities if position < pos < clause_ends_at}
        if relative_head is not None:
            named_after.add(relative_head)
        return self._most_salient(fits, own_subject, named_after)

    def _relative_head(self, reading: Analysis, position: int) -> str | None:
        """'towards Earth, which it will pass': the name a relative clause is about is its
        object, not the pronoun that is its subject. Not after 'that', which may open what
        is said ('warned Latvia that it …')."""
        vocab = self.knowledge.vocab
        relative = vocab.relative_pronouns - set(vocab.question_words["complementisers"])
        if position < 2 or reading.tokens[position - 1] not in relative:
            return None
        return next((e for e, pos in reading.entities
                     if reading.entity_ends.get(pos, pos + 1) == position - 1), None)

    def _description_of_last(self, plural: bool) -> str | None:
        """'Operators watched Juice. They made no corrections.': a subject pronoun stands
        for the last sentence's subject when that was a description of no entity, of the
        pronoun's number."""
        if not self._recent or not self._recent[0].description:
            return None
        words = self._recent[0].description
        head = words[-1]
        if (head.endswith("s") and not head.endswith("ss")) != plural:
            return None
        return " ".join(words)

    def _most_salient(self, fits: Callable[[tuple[str, ...]], bool], own_subject: str | None,
                      named_after: set[str]) -> tuple[str, ...] | None:
        """Of the entities of the last sentences, the one named most, and most recently:
        a sentence's own subject counts twice, one named only as a possessor, before a
        noun or after a preposition half, and the previous sentence three times as much as the
        one three back. An object is seldom its own clause's subject or of its kind
        ('Latvia is leaving it': the treaty, not Lithuania), so those come last."""
        weight: Counter[str] = Counter()
        for age, mentions in enumerate(self._recent):
            for entity_id in mentions.named:
                role = 4 if mentions.subject == (entity_id,) else (
                    1 if entity_id in mentions.minor else 2)
                weight[entity_id] += role * (LOOKBACK - age)
        own_kind = self._kind(own_subject) if own_subject else None
        ranked = sorted(weight, key=lambda e: (self._kind(e) != own_kind, weight[e]),
                        reverse=True)  # stable: of equals, the most recent sentence's first
        return next(((e,) for e in ranked
                     if e != own_subject and e not in named_after and fits((e,))), None)

    def _of_kinds(self, kinds: tuple[str, ...]) -> Callable[[tuple[str, ...]], bool]:
        return lambda ids: len(ids) == 1 and self._kind(ids[0]) in kinds

    def _kind(self, entity_id: str) -> str:
        entity = self.knowledge.vocab.entities.get(entity_id)
        return entity.kind if entity else ""

    def _names(self, ids: tuple[str, ...]) -> str:
        entities = self.knowledge.vocab.entities
        return and_list([entities[e].name if e in entities else e for e in ids])


_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


def _one_mark(match: re.Match[str]) -> str:
    marks = match.group()
    if "?" in marks:
        return "?"
    if "!" in marks:
        return "!"
    return " "  # an ellipsis: a pause, not the end


def _agreeing(rest: str, name: str) -> str:
    """'They are' becomes 'Lithuania is', not 'Lithuania are'."""
    if " and " in name:
        return rest
    verb = _PLURAL_VERB.match(rest)
    return rest if verb is None else _SINGULAR[verb.group(1).lower()] + rest[verb.end() :]


def _clause_start(content: str, end: int) -> int:
    """Where the clause that ``end`` is in begins: after the last comma, semicolon or
    conjunction before it."""
    found = [(content.rfind(mark, 0, end), mark) for mark in _CLAUSE_MARKS]
    return max((at + len(mark) for at, mark in found if at != -1), default=0)


def _sentence_clause_end(content: str, start: int) -> int:
    """Where the clause that ``start`` is in ends when it is a sentence of its own: at the
    next semicolon, colon or dash, or the end."""
    found = [at for at in (content.find(mark, start) for mark in _SENTENCE_MARKS) if at != -1]
    return min(found, default=len(content))


def _states_something(content: str, reading: Analysis) -> bool:
    """Whether the sentence has a verb: a word read as one inside a name ('the Euromaidan
    Press article') does not count."""
    if reading.predicate_at is None:
        return False
    verb = reading.tokens[reading.predicate_at]
    written = re.search(rf"(?<=\s){re.escape(verb)}\b", content, re.I)
    return written is None or not written.group()[0].isupper()


def _causal_thanks(tokens: list[str], reading: Analysis) -> bool:
    """'Thanks to that launch it had extra fuel': a cause, not thanks, when a clause with
    its own verb follows."""
    return tokens[:2] == ["thanks", "to"] and any(at > 3 for at in reading.verbs)


def _names_something(content: str) -> bool:
    """A capitalised word after the first: a name ('Washington', 'Vilnius')."""
    return any(word[:1].isupper() and len(word) > 1 for word in content.split()[1:])


def is_heading(text: str) -> bool:
    """'**Lessons from Ukraine**', '# Title', or Title Case without closing punctuation."""
    if _starts_heading(text) or text.endswith("**"):
        return True
    words = [w for w in text.split() if w[:1].isalpha()]
    capitalised = sum(w[0].isupper() for w in words)
    return bool(words) and text[-1] not in ".!?\"'" and capitalised >= 0.6 * len(words)


def _spaced(phrases: Iterable[tuple[str, ...]]) -> tuple[str, ...]:
    return tuple(_joined(list(p)) for p in phrases if p)


def _joined(tokens: list[str]) -> str:
    """' a b c ': a phrase is in it as ' b c ', whole words only."""
    return f" {' '.join(tokens)} "


def worth_checking(sentence: str, knowledge: Knowledge) -> tuple[bool, str]:
    """Whether one sentence, read on its own, is worth checking, and if not, why."""
    reading = Reader(knowledge).read(sentence)
    return reading.worthy, reading.reason


# --- the whole text ---------------------------------------------------------------


def check_text(text: str, knowledge: Knowledge,
               progress: Callable[[int, int], None] | None = None) -> Iterator[SentenceCheck]:
    """Each sentence's result as soon as it is checked; ``progress`` gets the characters
    done and the total."""
    reader = Reader(knowledge)
    for sentence in iter_sentences(text, knowledge.vocab.abbreviations,
                                   frozenset(knowledge.writing.chat_openers)):
        if len(sentence.text) > MAX_SENTENCE_CHARS:
            yield SentenceCheck(sentence, False, None, "too long to check "
                                f"(over {MAX_SENTENCE_CHARS:,} characters)")
        else:
            headline = (sentence.text[-1] not in _CLOSING
                        and len(sentence.text.split()) <= HEADING_WORDS
                        and _on_own_line_before_more(text, sentence))
            reading = reader.read(sentence.text, headline)
            outcome = verify_claim(reading.content, knowledge) if reading.worthy else None
            yield SentenceCheck(sentence, reading.worthy, outcome, reading.reason,
                                reading.content if reading.worthy else None)
        if progress is not None:
            progress(sentence.end, len(text))


_FILTERS: dict[str, Callable[[SentenceCheck], bool]] = {
    "refuted": lambda r: r.outcome is not None and r.outcome.verdict == "refuted",
    "supported": lambda r: r.outcome is not None and r.outcome.verdict == "supported",
    "nei": lambda r: r.outcome is not None and r.outcome.verdict == "not_enough_info",
    "checked": lambda r: r.outcome is not None,
}


def sentence_filter(name: str | None) -> Callable[[SentenceCheck], bool]:
    """Which results ``--only NAME`` prints: refuted, supported, nei or checked."""
    if name is None:
        return lambda _: True
    try:
        return _FILTERS[name.strip().lower()]
    except KeyError:
        raise UsageError(f"unknown --only {name!r}; choose {', '.join(_FILTERS)}") from None


@dataclass
class Tally:
    """What a summary needs of a text: the count per verdict (None: not checked) and the
    refuted sentences."""

    keep_refuted: bool = True  # a summary lists them; a count alone does not need them
    counts: Counter[str | None] = field(default_factory=Counter)
    refuted: list[SentenceCheck] = field(default_factory=list)

    def add(self, result: SentenceCheck) -> None:
        verdict = result.outcome.verdict if result.outcome else None
        self.counts[verdict] += 1
        if verdict == "refuted" and self.keep_refuted:
            self.refuted.append(result)
