"""Text normalisation, tokens, stems, and the reading of numbers and units.

Everything the matchers compare goes through here, so that a claim, a question and a
stored fact are reduced to the same canonical terms the same way.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from factcli.quantities import QuantityMention, number_label, read_quantity

if TYPE_CHECKING:
    from factcli.vocabulary import Vocabulary

# Letters that Unicode does not decompose into a base letter plus a mark.
_FOLD = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
                       "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "\u0131": "i"})
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u201c": '"',
                         "\u201d": '"', "\u2013": "-", "\u2014": " - ", "\u2010": "-",
                         "\u2011": "-", "\u00a0": " ", "\u202f": " ",
                         "\u2009": " "})
# "anti-tank" reads as one word; "Russian-backed" as two ("zero-emission buses" is a kind
# of bus, no count of zero).
JOINING_PREFIXES = ("anti", "counter", "dual", "non", "multi", "co", "re", "semi", "cross",
                     "de", "pre", "fly", "well", "know", "zero")
_HYPHEN = re.compile(r"([a-z]+)-(?=[a-z])")
# The currency signs of Unicode (category Sc) that stay signs once folded ('₦', '₩', '€';
# NFKC turns the full-width ones into these, and '₨' into 'rs'): each is a token of its own.
_CURRENCY_SIGNS = "$¢£¤¥\u058f\u060b\u09f2\u09f3\u09fb\u0af1\u0bf9\u0e3f\u17db\u20a0-\u20c0"
# (not an ordinal's ending: '20th' is one word; nor the digits of a symbol that letters
# open, 'H2O', 'A320neo')
_DIGIT_LETTER = re.compile(rf"(?<![a-z\d.,])(\d+(?:[.,]\d+)*)(?=[a-z{_CURRENCY_SIGNS}])"
                           rf"(?!(?:st|nd|rd|th)\b)|([{_CURRENCY_SIGNS}])(?=\d)")
# "1 100 000 000": digits grouped by spaces are one number.
_SPACED_DIGITS = re.compile(r"(?<![\d.,])\d{1,3}(?: \d{3})+(?![\d.,])")
_DIGIT = re.compile(r"\d")
_NEGATED_AUX = re.compile(r"\b(won't|can't|shan't|cannot|(\w+)n't)\b")
# contractions whose auxiliary is not what stands before 'n't' (nor written apart: 'cannot')
_IRREGULAR_NEGATED_AUX = {"won't": "will not", "can't": "can not", "shan't": "shall not",
                          "cannot": "can not"}
# 'the 2026-27 school year', '2019/2020': a stretch of years, its end often written short
_YEAR_SPAN = re.compile(r"(?<![\d.,/-])((?:1[89]|20)\d\d)[-/](\d\d(?:\d\d)?)(?![\d/-])")
# '3-4 months', '10-15%': a range, as 'to' says it ('a 5-4 vote', a tally, is no range)
_NUMBER_RANGE = re.compile(r"(?<![\d.,/-])(\d+(?:\.\d+)?)-(\d+(?:\.\d+)?)(?![\d.,/-])")
# A clock time ('2:45') is one token, so that its hour and minutes are not read as figures.
# A symbol whose letters run straight into a few digits ('CO2', 'G7', 'PM2.5', 'm3') is one
# word, not a figure; four digits after letters are a year ('FY2024').
_TOKEN = re.compile(r"\d{1,2}:\d{2}|\d+(?:st|nd|rd|th)\b|\d+(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
                    rf"|[{_CURRENCY_SIGNS}%]"
                    r"|[a-z]+\d{1,3}(?![\d,])(?:\.\d+)?(?:[a-z]+\d*)*"
                    r"|[a-z]+(?:'[a-z]+)?")


# A vulgar fraction is its decimal part: '1¼%' is 1.25%, not the '11' and '4' NFKC makes of it.
_VULGAR_FRACTION = re.compile(r"(\d?)([\u00bc-\u00be\u2150-\u215e])")


def _decimal_fraction(match: re.Match[str]) -> str:
    decimal = f"{unicodedata.numeric(match.group(2)):.4g}".lstrip("0")
    return (match.group(1) or " 0") + decimal


def fold(text: str) -> str:
    """Lower-case, strip diacritics and unify quotes: 'Suwałki' and 'suwalki' fold alike."""
    if text.isascii():
        # most text: nothing to decompose, and no quote to unify but a backtick
        return text.replace("`", "'").lower()
    text = _VULGAR_FRACTION.sub(_decimal_fraction, text)
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES).translate(_FOLD)
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).lower()


def _expand_negated_aux(match: re.Match[str]) -> str:
    word = match.group(1)
    return _IRREGULAR_NEGATED_AUX.get(word) or f"{match.group(2)} not"


def _join_hyphen(match: re.Match[str]) -> str:
    head = match.group(1)
    return head if head in JOINING_PREFIXES else head + " "


def _year_span(match: re.Match[str]) -> str:
    start, end = match.group(1), match.group(2)
    if len(end) == 2:
        end = start[:2] + end
    # one stretch of time, named whole ('the 2025/26 season'), as 'from … to' says it
    return f"from {start} to {end}" if int(end) > int(start) else match.group()


def _number_range(match: re.Match[str]) -> str:
    low, high = match.group(1), match.group(2)
    return f"{low} to {high}" if float(low) < float(high) else match.group()


def tokenise(text: str) -> list[str]:
    """Folded word, number and currency-symbol tokens; a possessive 's becomes the token
    's' (a stopword) after its noun."""
    text = fold(text)
    # Each rewrite is tried only where what it rewrites can be (a scan costs 2 µs, and
    # most sentences have no figure, contraction or hyphen); none adds what another needs.
    figures = _DIGIT.search(text) is not None
    if figures:
        text = _SPACED_DIGITS.sub(lambda m: m.group().replace(" ", ""), text)
    if "n't" in text or "cannot" in text:
        text = _NEGATED_AUX.sub(_expand_negated_aux, text)
    if figures and ("-" in text or "/" in text):
        text = _NUMBER_RANGE.sub(_number_range, _YEAR_SPAN.sub(_year_span, text))
    if "-" in text:
        text = _HYPHEN.sub(_join_hyphen, text)
    if figures:
        text = _DIGIT_LETTER.sub(lambda m: (m.group(1) or m.group(2)) + " ", text)
    tokens = []
    for token in _TOKEN.findall(text):
        if token.endswith("'s"):
            tokens.append(token[:-2].replace("'", ""))
            token = "s"  # the possessive, kept so "Lithuania's neighbours" reads as a modifier
        tokens.append(token.replace("'", ""))
    return [t for t in tokens if t]


@lru_cache(maxsize=1)
def _stemmer():  # type: ignore[no-untyped-def]
    import Stemmer  # PyStemmer: the Snowball English stemmer, compiled

    return Stemmer.Stemmer("english")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    return _stemmer().stemWord(word)


def and_list(names: list[str]) -> str:
    """'Estonia, Latvia, Poland and Finland'."""
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


@dataclass(eq=False, repr=False)
class Analysis:
    """What the matchers need of a sentence, in canonical terms."""

    tokens: list[str]
    terms: list[tuple[str, int]] = field(default_factory=list)
    entities: list[tuple[str, int]] = field(default_factory=list)
    quantities: list[QuantityMention] = field(default_factory=list)
    negations: int = 0
    exclusive: bool = False
    predicate_at: int | None = None
    raw_terms: dict[str, str] = field(default_factory=dict)
    oblique: set[int] = field(default_factory=set)
    governed: set[int] = field(default_factory=set)  # entities after a preposition
    agents: list[str] = field(default_factory=list)  # 'by X' after a passive verb
    # (entity, term) for an entity naming whose thing a noun is: "Russian ships".
    modifiers: list[tuple[str, str]] = field(default_factory=list)
    status: str | None = None  # "completed" or "prospective", when the sentence says so
    exclusive_at: int | None = None  # where 'only' stands
    exclusive_named: str | None = None  # the name an 'alone' after it singles out
    denied: set[str] = field(default_factory=set)  # 'X rather than Y', 'X, not Y': Y
    denied_terms: frozenset[str] = frozenset()  # words after 'rather than', 'instead of'
    entity_ends: dict[int, int] = field(default_factory=dict)  # where each entity ends
    quantifier: str | None = None  # "large" or "small" share: 'most of', 'a tiny share of'
    hypothetical: set[int] = field(default_factory=set)  # terms in an 'if'/'once' clause
    names: frozenset[str] = frozenset()  # words written with a capital inside the sentence
    text: str = ""  # the sentence as written
    verbs: set[int] = field(default_factory=set)  # where a verb stands
    past: bool = False  # a verb in the past or perfect: 'renovated', 'has decided'
    # (verb term, the '@entity' it is done to), as in 'strengthen the Ottawa Convention'; a
    # verb followed by a preposition ('built by X') has none here.
    objects: list[tuple[str, str]] = field(default_factory=list)
    # Terms said only in a phrase opened by a preposition before the verb ('Juice's
    # altitude at its closest approach was …'): when or where, not what is said. After the
    # verb such a phrase is often what the verb needs ('spend the money on roads').
    adjuncts: set[str] = field(default_factory=set)
    fronted: int = 0  # tokens of an opening phrase set off by a comma ('During the flyby, …')

    @cached_property
    def spelling(self) -> dict[str, str]:
        """Folded word -> as written, for the words with a capital: 'NASA', not 'nasa'."""
        return spellings(self.text)

    @cached_property
    def term_set(self) -> set[str]:
        return {t for t, _ in self.terms}

    @cached_property
    def verb_terms(self) -> frozenset[str]:
        """The terms the sentence uses as verbs."""
        return frozenset(t for t, pos in self.terms if pos in self.verbs)

    @cached_property
    def entity_ids(self) -> list[str]:
        seen: list[str] = []
        for entity_id, _ in self.entities:
            if entity_id not in seen:
                seen.append(entity_id)
        return seen

    @cached_property
    def lists(self) -> list[set[str]]:
        """Entities named as one list ('Estonia, Latvia and Poland'): each next one starts
        where the previous ends, or after 'and'/'or' (commas are not tokens)."""
        groups: list[set[str]] = []
        end = -1
        for entity_id, pos in sorted(self.entities, key=lambda item: item[1]):
            joined = bool(groups) and (pos == end or (
                pos == end + 1 and self.tokens[end] in ("and", "or")))
            if joined:
                groups[-1].add(entity_id)
            else:
                groups.append({entity_id})
            end = self.entity_ends.get(pos, pos + 1)
        return [g for g in groups if len(g) > 1]

    @cached_property
    def oblique_entities(self) -> set[str]:
        """Entities named as a place or a possessor ('in Latvia', "Lithuania's"), not as a
        participant."""
        return {e for e, pos in self.entities if pos in self.oblique}

    @cached_property
    def subject_entities(self) -> list[str]:
        """Who or what the sentence is about: the first entity named before the verb, with
        any joined to it by 'and', 'or' or a comma ('Latvia and Estonia intend ...', but
        not the 'Lithuania' of 'the convention Lithuania is leaving')."""
        # Without a verb found, only a name opening the sentence is taken for its subject.
        limit = self.predicate_at if self.predicate_at is not None else 4
        if self.agents:
            return list(dict.fromkeys(self.agents))  # "was built by X": X did it
        leading = [(e, pos) for e, pos in self.entities
                   if pos < limit and pos not in self.oblique and pos not in self.governed]
        if not leading:
            return []
        found = [leading[0][0]]
        last_end = leading[0][1] + 1
        for entity_id, pos in leading[1:]:
            between = self.tokens[last_end:pos]
            # nothing between is a comma ('Estonia, Latvia and Poland'): commas are not tokens
            if not all(t in ("and", "or", "as", "well") for t in between):
                break
            found.append(entity_id)
            last_end = pos + 1
        return list(dict.fromkeys(found))

    @cached_property
    def exclusive_focus(self) -> str | None:
        """The term or entity ('@id') an 'only' singles out: the first one after it, or
        the name before an 'alone'."""
        if self.exclusive_at is None:
            return None
        if self.exclusive_named is not None:
            return "@" + self.exclusive_named  # 'Alan Taylor alone voted'
        after = [(pos, t) for t, pos in self.terms if pos > self.exclusive_at] + [
            (pos, "@" + e) for e, pos in self.entities if pos > self.exclusive_at]
        if after:
            first, focus = min(after)
            if "of" in self.tokens[self.exclusive_at + 1:first]:
                # 'only one of the reviewed farms' singles out among farms: the head of
                # the phrase after 'of', however it is described
                said = dict(after)
                while first + 1 in said:
                    first += 1
                focus = said[first]
            return focus
        # 'serves military needs only': the phrase it closes, after the verb, from its
        # first word
        said = {pos: t for t, pos in self.terms if pos not in self.verbs
                and pos > (self.predicate_at if self.predicate_at is not None else -1)}
        start = max((pos for pos in said if pos < self.exclusive_at), default=None)
        if start is None:
            return None
        while start - 1 in said:
            start -= 1
        return said[start]

    def coordinated_with(self, key: str, skippable: frozenset[str]) -> list[str]:
        """The terms and entities ('@id') joined to ``key`` by 'and', 'or' or 'as well as'
        ('civilian and military', 'the Moon and Earth'), skipping determiners and
        prepositions between them."""
        items = [(t, pos, pos + 1) for t, pos in self.terms] + [
            ("@" + e, pos, self.entity_ends.get(pos, pos + 1)) for e, pos in self.entities]
        items.sort(key=lambda item: item[1])
        folded = fold(self.text)
        links = [self._link(first, second, skippable, folded)
                 for first, second in pairwise(items)]
        # each list: the two items 'and' joins, and those a run of commas before it adds
        # ('automotive, aerospace, construction and defense')
        lists = []
        for at, link in enumerate(links):
            if link == "and":
                first = at
                while first and links[first - 1] == ",":
                    first -= 1
                lists.append(range(first, at + 2))
        partners: list[str] = []
        for index, (item, _, _) in enumerate(items):
            if item != key:
                continue
            for members in lists:
                if index in members:
                    partners += [items[j][0] for j in members
                                 if j != index and items[j][0] not in partners]
        return partners

    def _link(self, first: tuple[str, int, int], second: tuple[str, int, int],
              skippable: frozenset[str], folded: str) -> str:
        """How two neighbouring items are joined: 'and' (or 'or', 'as well as'), ',' (a
        comma and nothing else between them in the ``folded`` text), or '' (not as items
        of one list)."""
        between = [t for t in self.tokens[first[2]: second[1]] if t not in skippable
                   or t in ("and", "or", "as", "well")]
        if between in (["and"], ["or"], ["as", "well", "as"]):
            return "and"
        if between or second[1] != first[2]:
            return ""
        words = (self.tokens[first[2] - 1], self.tokens[second[1]])
        return "," if re.search(rf"\b{re.escape(words[0])}\s*,\s*{re.escape(words[1])}\b",
                                folded) else ""


def _opens_a_compound(text: str, tokens: list[str], i: int) -> bool:
    """Whether the word at ``i`` is tied by a hyphen to the next ('the *left*-wing alliance',
    '*record*-breaking sales'): the first part of such a word says of what kind its last
    part is, and is never the sentence's verb."""
    return "-" in text and i + 1 < len(tokens) and f"{tokens[i]}-{tokens[i + 1]}" in fold(text)


@lru_cache(maxsize=8192)
def read_statement(statement: str, vocab: Vocabulary) -> Analysis:
    """A fact's statement read once per process (several checks look back at how a fact
    says something); the reading is shared, so callers only read it."""
    return analyse(statement, vocab)


@lru_cache(maxsize=32)  # a claim's parts and sides are read again as it is checked
def analyse(text: str, vocab: Vocabulary) -> Analysis:
    """Read a sentence into terms, entities, quantities and polarity cues. The reading may
    be shared with another caller of the same text, so callers only read it."""
    tokens = _days_of_months(_as_verbs(_placed(_free_of(tokenise(text), vocab), vocab), vocab),
                             vocab)
    result = Analysis(tokens=tokens, names=_capitalised(text), text=text)
    negated_at: list[int] = []
    i = 0
    n = len(tokens)
    while i < n:
        label = number_label(vocab, tokens, i, result.names)
        if label is not None:  # 'phase two' is the second phase; 'Terminal 2' a name
            term = vocab.canonical(label) or "s:" + stem(label)
            result.terms.append((term, i))
            result.raw_terms.setdefault(term, label)
            i += 1
            continue
        quantity = read_quantity(vocab, tokens, i)
        if quantity is not None:
            if _a_day_of_a_month(quantity, tokens, vocab):
                # 'on 29 May 2024' counts no dwellings: the day is set only against a day
                quantity = quantity._replace(day=True)
            result.quantities.append(quantity)
            for month in range(quantity.start, quantity.end):
                if tokens[month] in vocab.months:  # 'by July 2031': the month is a term too
                    # ('May' too, though 'may' on its own is a word of no content)
                    term = vocab.canonical(tokens[month]) or "s:" + stem(tokens[month])
                    result.terms.append((term, month))
                    result.raw_terms.setdefault(term, tokens[month])
            i = quantity.end
            continue
        if tokens[i] == "may" and _names_the_month(tokens, i, result.names, vocab):
            term = vocab.canonical("may") or "s:" + stem("may")
            result.terms.append((term, i))
            result.raw_terms.setdefault(term, "may")
            i += 1
            continue
        match = vocab.match_phrase(tokens, i)
        if match is not None and match[0] == "negation" and tokens[i + match[2] - 1] == "to" and (
                i + match[2] < n and read_quantity(vocab, tokens, i + match[2]) is not None):
            match = vocab.match_phrase(tokens[i:i + 1], 0)  # 'declined to 1.5 billion': fell
        if (match is not None and match[0] == "group" and match[2] > 1
                and vocab.is_verb_group(match[1]) and _noun_position(tokens, i, vocab)):
            match = vocab.match_phrase(tokens[i:i + 1], 0)  # 'its closest point to Earth'
        if particle_predicate(tokens, i, vocab):
            # a word of its own: 'the strike is over' says it ended, not where it is
            term = "s:" + stem(tokens[i])
            result.terms.append((term, i))
            result.raw_terms.setdefault(term, tokens[i])
            i += 1
            continue
        if match is None:
            i += 1
            continue
        kind, payload, length = match
        if kind == "entity" and tokens[i] in vocab.determiners and i + 1 < n and (
                longer := vocab.match_phrase(tokens, i + 1)) is not None and (
                longer[0] == "entity" and longer[2] >= length):
            i += 1  # "the Bank of England": the whole name, not the alias 'the Bank'
            continue
        if kind == "entity" and length == 1 and i and not _written_as_name(
                tokens[i], result.names) and (
                tokens[i - 1] in vocab.question_words["indefinite_articles"]):
            # 'a moon of Jupiter', 'a bank': a common noun, not the name ('the Moon'); 'a
            # Marseille-based firm' names it
            term = vocab.canonical(tokens[i]) or "s:" + stem(tokens[i])
            result.terms.append((term, i))
            result.raw_terms.setdefault(term, tokens[i])
            i += 1
            continue
        if kind == "entity":
            result.entities.append((payload, i))
            result.entity_ends[i] = i + length
            before = i - 1 if i and tokens[i - 1] != "the" else i - 2
            possessive = i + length < n and tokens[i + length] == "s"
            if possessive or (before >= 0 and tokens[before] in vocab.locative):
                result.oblique.add(i)  # "in the Baltic", "Lithuania's neighbours": not the subject
            if before >= 0 and tokens[before] in vocab.prepositions:
                result.governed.add(i)
            by = _by_past_a_modifier(tokens, before, result, vocab)
            if by >= 0 and tokens[by] == "by" and _passive_before(tokens, by, vocab):
                result.governed.add(i)
                result.agents.append(payload)
        elif kind == "group":
            if length == 1 and vocab.is_verb_group(payload) and _opens_a_compound(text, tokens, i):
                payload = "s:" + stem(tokens[i])  # 'left-wing' is no act of leaving
            result.terms.append((payload, i))
            result.raw_terms.setdefault(payload, " ".join(tokens[i : i + length]))
            if vocab.is_verb_group(payload):
                result.verbs.add(i)
                if result.predicate_at is None:
                    result.predicate_at = i
        elif kind == "negation":
            # 'is not a moon of Jupiter' negates; 'Earth's, not the Moon's' denies a name
            after_verb = i > 0 and tokens[i - 1] in vocab.auxiliaries
            if tokens[i] != "not" or after_verb or not (_denies_a_name(
                    tokens, i + length, vocab) or _SET_OFF_DENIAL.search(text)):
                result.negations += 1  # "Earth's, not the Moon's": one name denied, below
                negated_at.append(i)
        elif kind == "exclusive":
            result.exclusive = True
            result.exclusive_at = i
            if tuple(tokens[i:i + length]) in vocab.exclusive_after:
                result.exclusive_named = next(
                    (e for e, pos in result.entities if result.entity_ends.get(pos) == i), None)
        elif kind == "aux":
            if result.predicate_at is None:
                result.predicate_at = i
        elif kind == "word":
            verb = vocab.looks_like_verb(tokens, i, first=result.predicate_at is None,
                                         after_name=i in result.entity_ends.values()
                                         ) and not _opens_a_compound(text, tokens, i)
            if verb and payload.startswith("g:") and not vocab.is_verb_group(payload):
                # 'the deal lasts 25 years': a verb inflected from a word of a group of
                # adjectives or nouns ('last', 'previous') is not of that group
                payload = "s:" + stem(tokens[i])
            result.terms.append((payload, i))
            result.raw_terms.setdefault(payload, tokens[i])
            if verb:
                result.verbs.add(i)
                if result.predicate_at is None:
                    result.predicate_at = i
        i += length
    vocab.attach_context(result)
    _none_other_than(result, negated_at, vocab)
    if result.exclusive and _only_of_degree(result, vocab):
        result.exclusive, result.exclusive_at = False, None
    result.negations += _without_as_predicate(tokens, vocab)
    if result.negations % 2 and "until" in tokens:
        result.negations -= 1  # "not finished until 2030" says when it is, not that it is not
    result.denied = _denied(result, vocab)
    result.denied_terms = _denied_terms(result, vocab)
    result.modifiers = _modifiers(result, vocab)
    result.status = vocab.status_of(tokens)
    result.quantifier = vocab.quantifier_of(tokens)
    result.hypothetical = vocab.conditional_span(tokens) | _prevented_purpose(result, vocab)
    result.objects = _objects(result, vocab)
    opening, comma, _ = text.partition(",")
    if comma and tokens and tokens[0] in vocab.prepositions:
        result.fronted = len(tokenise(opening))
    result.adjuncts = _adjuncts(result, vocab)
    result.past = any(in_past(tokens, v, vocab) for v in result.verbs)
    return result


def _names_the_month(tokens: list[str], i: int, names: frozenset[str],
                     vocab: Vocabulary) -> bool:
    """'May' is the month, not the modal, where it is written with a capital inside the
    sentence and goes with a date: after a preposition or a day ('in May', 'on 4 May',
    'by early May') or before a day or a year ('May 4')."""
    if "may" not in names:
        return False
    before = tokens[i - 1] if i else ""
    after = tokens[i + 1] if i + 1 < len(tokens) else ""
    return (before in vocab.prepositions or before in vocab.periods or before.isdigit()
            or after.isdigit())


def _free_of(tokens: list[str], vocab: Vocabulary) -> list[str]:
    """'was risk-free' and 'was free of risk' say 'was without risk' (and 'is not tax-free',
    'not without tax'), read so in the same number of tokens. Only after a copula: 'a
    risk-free manoeuvre' stays as written."""
    if "free" not in tokens:
        return tokens  # nearly every sentence
    read = list(tokens)
    for at in range(1, len(read)):
        if read[at] != "free":
            continue
        if read[at + 1: at + 2] == ["of"] and _after_copula(read, at - 1, vocab):
            read[at] = "without"  # 'has not been free of controversy' ('of' is read past)
            continue
        word = read[at - 1]
        if at >= 2 and _after_copula(read, at - 2, vocab) and word.isalpha() and not (
                word in vocab.ignored or word.endswith("ly")):
            read[at - 1], read[at] = "without", word
    return read


def _a_day_of_a_month(quantity: QuantityMention, tokens: list[str], vocab: Vocabulary) -> bool:
    """'29 May', 'May 29': a bare number beside a month (read as a count) is its day."""
    if quantity.dimension != "count" or quantity.qualifier != "exact":
        return False  # nearly every figure
    around = range(max(quantity.start - 1, 0), min(quantity.end + 1, len(tokens)))
    return any(tokens[at] in vocab.months for at in around)


def _days_of_months(tokens: list[str], vocab: Vocabulary) -> list[str]:
    """'4th June', 'June 4th', 'the 4th of June': an ordinal beside a month is the day of
    it, read as its number, as '4 June' is."""
    if not any(token[:1].isdigit() and token[-1:].isalpha() for token in tokens):
        return tokens  # nearly every sentence
    read = list(tokens)
    for at, token in enumerate(tokens):
        previous = tokens[at - 1] if at else ""
        following = tokens[at + 1: at + 3]
        if following[:1] == ["of"]:
            following = following[1:]  # 'the 4th of June'
        month_after = bool(following) and following[0] in vocab.months
        if token in vocab.spelled_ordinals and (previous in vocab.months or month_after):
            read[at] = token[:-2]
    return read


def _as_verbs(tokens: list[str], vocab: Vocabulary) -> list[str]:
    """'The strike is over', 'the talks are now over and …': a particle that is what its
    clause says of its subject (:func:`particle_predicate`) and says what a verb does
    ('ended') is read as that verb; not 'is over budget', 'was over 100 metres'."""
    if vocab.predicate_verbs.keys().isdisjoint(tokens):
        return tokens  # nearly every sentence
    return [vocab.predicate_verbs[token] if token in vocab.predicate_verbs
            and particle_predicate(tokens, at, vocab) else token
            for at, token in enumerate(tokens)]


def _placed(tokens: list[str], vocab: Vocabulary) -> list[str]:
    """'The Gap runs between Lithuania and Poland', 'lies along the border': a verb that
    only says where a thing is, read as 'is' (not 'runs the project', 'lay mines')."""
    if not vocab.positional_verbs.intersection(tokens):
        return tokens  # nearly every sentence
    return ["is" if token in vocab.positional_verbs and following in
            vocab.positional_prepositions else token
            for token, following in zip(tokens, [*tokens[1:], ""], strict=True)]


def particle_predicate(tokens: list[str], at: int, vocab: Vocabulary) -> bool:
    """'the strike is over', 'the results are now out', 'the deal is not off': a particle
    after a form of 'be' (and the words that may stand between, such as 'now', 'not')
    that ends its clause is what the clause says of its subject, a word to weigh, not a
    preposition with nothing to govern."""
    word = tokens[at]
    if word not in vocab.adverb_particles and word not in vocab.prepositions:
        return False
    if at + 1 < len(tokens) and tokens[at + 1] not in vocab.clause_joiners:
        return False  # 'is over budget', 'was over 100 metres'
    before = at - 1  # past the words between 'be' and what it says ('is now over')
    while before >= 0 and tokens[before] in vocab.between_auxiliary:
        before -= 1
    return before >= 0 and tokens[before] in vocab.be_forms


def _after_copula(tokens: list[str], at: int, vocab: Vocabulary) -> bool:
    """``tokens[at]`` is a form of 'be', or negations after one ('was not')."""
    while at > 0 and vocab.single.get(tokens[at], ("",))[0] == "negation":
        at -= 1
    return at >= 0 and tokens[at] in vocab.be_forms


def _noun_position(tokens: list[str], i: int, vocab: Vocabulary) -> bool:
    """A bare word after a determiner, or after a superlative that follows one, heads a
    noun phrase ('the point', 'its closest point'), whatever verb it could also be."""
    token = tokens[i]
    if i == 0 or token.endswith(("ed", "ing")) or token in vocab.irregular:
        return False
    before = tokens[i - 1]
    if before == "to":
        return False  # 'expected to wrap up'
    return before in vocab.determiners or (
        i >= 2 and before.endswith("est") and tokens[i - 2] in vocab.determiners)


def _without_as_predicate(tokens: list[str], vocab: Vocabulary) -> int:
    """'was without risk' denies what it is without, as 'had no risk' does ('was not without
    risk' then affirms it); 'watched it without a break' only says how it was done."""
    if "without" not in tokens:
        return 0  # nearly every sentence: no walk
    return sum(token == "without" and without_after_be(tokens, at, vocab)
               for at, token in enumerate(tokens))


def without_after_be(tokens: list[str], at: int, vocab: Vocabulary) -> bool:
    """The 'without' at ``at`` follows a form of 'be', past any negations ('was (not)
    without risk'): a predicate the reading counts as a negation."""
    before = at - 1
    while before >= 0 and vocab.single.get(tokens[before], ("",))[0] == "negation":
        before -= 1
    return before >= 0 and tokens[before] in vocab.be_forms


def in_past(tokens: list[str], at: int, vocab: Vocabulary) -> bool:
    """The verb at ``at`` is in the past or the perfect: 'renovated', 'has decided'; not a
    participle after 'be' or 'being' ('is to be built', 'will be renovated', 'is being
    built'), whose tense is the auxiliary's and is still to come. A word between an
    auxiliary and its verb is no verb ('has *not yet* been extended'), and the verb after
    it is the auxiliary's ('has already *begun*')."""
    if tokens[at] in vocab.between_auxiliary:
        return False
    previous = at - 1
    while previous >= 0 and tokens[previous] in vocab.between_auxiliary:
        previous -= 1
    before = tokens[previous] if previous >= 0 else ""
    if before in ("be", "being"):
        return False
    return (tokens[at].endswith("ed") or tokens[at] in vocab.irregular
            or before in ("has", "have", "had"))


_OPENERS = ".!?:\"'\u201c\u2018"  # after these a capital starts a sentence or a quote
_WORD = re.compile(r"[^\W\d_][\w'-]*")


def _none_other_than(result: Analysis, negated_at: list[int], vocab: Vocabulary) -> None:
    """'Iowa has no nuclear plant other than Duane Arnold' says that Duane Arnold is Iowa's
    only one: a negation before a phrase setting a thing aside is an 'only' of that thing."""
    if not negated_at or result.exclusive:
        return  # nearly every sentence
    exception = vocab.exception_at(result.tokens)
    if exception is None or negated_at[0] > exception[0]:
        return
    result.negations -= 1
    result.exclusive = True
    result.exclusive_at = exception[1] - 1


def _only_of_degree(result: Analysis, vocab: Vocabulary) -> bool:
    """'only a month before', 'only two days later', 'in January alone', 'in 2023 alone':
    beside a time, the word says how soon or how much, not that nothing else holds (what
    the figure says is checked as a figure); so does it after 'is' ('is still only a
    proposal': merely one, not the one thing that is)."""
    at = result.exclusive_at
    if at is None:
        return False
    tokens = result.tokens
    word = tokens[at]
    if word in vocab.degree_before_span:
        count, unit = [*tokens[at + 1: at + 3], "", ""][:2]
        copula = any(token in vocab.be_forms for token in tokens[max(0, at - 2):at])
        spelled = count in ("a", "an") or count in vocab.number_words or count[:1].isdigit()
        return (copula and count in ("a", "an")) or (unit in vocab.span_units and spelled)
    if word in vocab.degree_after_time and at > 0:
        before = tokens[at - 1]
        return (before in vocab.months or before in vocab.span_units
                or any(q.end == at and q.dimension == "date" for q in result.quantities))
    return False


def _written_as_name(token: str, names: frozenset[str]) -> bool:
    """Whether the text writes the word with a capital, alone or before a hyphen
    ('Marseille-based')."""
    return token in names or any(name.startswith(token + "-") for name in names)


def _capitalised(text: str) -> frozenset[str]:
    """Folded words that start with a capital letter other than at the start of the text
    or after a full stop: the names a sentence uses ('Mars', 'the Atlantic')."""
    names = set()
    for match in _WORD.finditer(text):
        word = match.group()
        if not word[0].isupper():
            continue  # most words: no need to copy the text before it
        before = text[: match.start()].rstrip()
        if before and before[-1] not in _OPENERS:
            folded = fold(word)  # a possessive is the name's: "Georgia's" names Georgia
            names.add(folded[:-2] if folded.endswith("'s") else folded.rstrip("'"))
    return frozenset(names)


def spellings(text: str) -> dict[str, str]:
    """How the text writes each word that has a capital, by its folded form, so that a
    proof shows 'NASA' as the claim wrote it."""
    spelling = {}
    for word in _WORD.findall(text):
        if not word.islower():
            written = word[:-2] if word.endswith(("'s", "'S")) else word.rstrip("'")
            spelling[fold(written)] = written
    return spelling


def name_start(reading: Analysis, at: int, vocab: Vocabulary) -> int:
    """Where the name at ``at`` begins, past its determiners ('moon of *the* Jupiter'),
    though a name may open with a word that is also one ('president of the *New* Zealand
    Nurses Organisation', 'to *The* Hague')."""
    starts = {pos for _, pos in reading.entities}
    while at not in starts and at < len(reading.tokens) and reading.tokens[at] in vocab.determiners:
        at += 1
    return at


def _denies_a_name(tokens: list[str], after: int, vocab: Vocabulary) -> bool:
    """'not' right before a name (past a preposition or 'the'): 'X, not Y' denies Y, it
    does not negate the sentence."""
    while after < len(tokens) and tokens[after] in vocab.determiners:
        after += 1
    found = vocab.match_phrase(tokens, after) if after < len(tokens) else None
    return found is not None and found[0] == "entity"


_SETTING_ASIDE = (("rather", "than"), ("instead", "of"))  # 'X rather than Y' sets Y aside
# 'a Russian submarine, not a fighter jet, tried': a 'not' and what it denies, set off by
# commas (or closing a bracket: 'worth $5m (US dollars, not euros)'), deny those words,
# not the sentence
_SET_OFF_DENIAL = re.compile(r",\s+not\s+(?P<denied>[^,()]+)[,)]", re.I)


def _denied_terms(reading: Analysis, vocab: Vocabulary) -> frozenset[str]:
    """The words a claim sets aside after 'rather than' or 'instead of' ('faces the airfield
    rather than the skyline'): what follows, up to a verb of its own ('rather than Turner,
    that shut the site'; a word after 'the' or 'its' is a noun: 'rather than its launch');
    or the words a 'not' set off by commas denies ('a submarine, not a fighter jet, tried')."""
    tokens = reading.tokens
    start = next((at + 2 for at in range(len(tokens) - 1)
                  if (tokens[at], tokens[at + 1]) in _SETTING_ASIDE), None)
    set_off = _SET_OFF_DENIAL.search(reading.text) if start is None else None
    if set_off is not None:
        start = next((at + 1 for at, token in enumerate(tokens) if token == "not"
                      and not (at > 0 and tokens[at - 1] in vocab.auxiliaries)), None)
        if start is None:
            return frozenset()
        end = start + len(tokenise(set_off.group("denied")))
        # ('a summer storm, not a winter storm': the storm itself is said)
        said = {t for t, pos in reading.terms if not start <= pos < end}
        return frozenset(t for t, pos in reading.terms if start <= pos < end) - said
    if start is None:
        return frozenset()
    # (a verb right after 'rather than' opens what is set aside: 'rather than make steel')
    end = next((pos for pos in range(start + 1, len(tokens))
                if (pos in reading.verbs and tokens[pos - 1] not in vocab.determiners)
                or tokens[pos] in ("that", "which", "who")), len(tokens))
    denied = frozenset(t for t, pos in reading.terms if start <= pos < end)
    if start >= len(tokens) or not vocab.can_be_verb(tokens[start]):
        return denied
    # An act set aside denies the act, not what the claim says of its own: 'recycles scrap
    # steel rather than make steel from ore' still says steel
    return denied - {t for t, pos in reading.terms if pos < start - 2 or pos >= end}


def _denied(reading: Analysis, vocab: Vocabulary) -> set[str]:
    """Names a claim sets aside: after 'rather than', 'instead of' or a 'not' that denies
    a name ('NASA rather than ESA', 'the Moon's gravity, not Earth's'). A 'not' after an
    auxiliary negates the sentence instead ('is not a French company'), read once, as
    :func:`analyse` reads it."""
    tokens = reading.tokens
    denied = set()
    for entity_id, pos in reading.entities:
        before = pos - 1
        while before >= 0 and tokens[before] in vocab.determiners and tokens[before] != "of":
            before -= 1  # past 'the', 'by': "not by the joint venture"
        if before < 0:
            continue
        negates = before > 0 and tokens[before - 1] in vocab.auxiliaries
        if (tokens[before] == "not" and not negates) or tuple(
                tokens[max(0, before - 1): before + 1]) in _SETTING_ASIDE:
            denied.add(entity_id)
    return denied


def _prevented_purpose(reading: Analysis, vocab: Vocabulary) -> set[int]:
    """'flew by to prevent the ships from boarding', 'a flyby aimed at stopping them from
    boarding': what a purpose sets out to prevent is neither said to happen nor said not
    to ('succeeded in stopping them' says it did not happen)."""
    tokens = reading.tokens
    for term, pos in reading.terms:
        if term in vocab.blocking and pos and (tokens[pos - 1] == "to" or (
                tokens[pos - 1] in ("at", "for") and tokens[pos].endswith("ing"))):
            return set(range(pos + 1, _end_of_aside(reading, pos, vocab)))
    return set()


def _end_of_aside(reading: Analysis, at: int, vocab: Vocabulary) -> int:
    """Where the phrase set off by commas that holds the word at ``at`` ends, when the
    sentence's verb resumes right after it ('Incidents, such as a flyby to prevent a
    boarding, *demonstrate* ...': the purpose is the flyby's, not the sentence's); else the
    sentence's end."""
    if reading.text.count(",") < 2:
        return len(reading.tokens)  # nearly every sentence
    commas = [len(tokenise(reading.text[:i])) for i, c in enumerate(reading.text) if c == ","]
    opening = max((c for c in commas if c <= at), default=None)
    closing = min((c for c in commas if c > at), default=None)
    if opening is None or closing is None or not (
            closing in reading.verbs or reading.tokens[closing] in vocab.auxiliaries):
        return len(reading.tokens)
    if any(opening <= verb < at for verb in reading.verbs):
        return len(reading.tokens)  # ('In 2020, the town built walls to prevent floods, …')
    return closing


def _objects(reading: Analysis, vocab: Vocabulary) -> list[tuple[str, str]]:
    at = {pos: t for t, pos in reading.terms}
    named = {pos: "@" + e for e, pos in reading.entities}
    articles = vocab.determiners - vocab.prepositions
    pairs = []
    for verb in sorted(reading.verbs):
        if verb not in at:
            continue
        pos = verb + 1
        while pos < len(reading.tokens) and reading.tokens[pos] in articles:
            pos += 1
        if pos in named:
            pairs.append((at[verb], named[pos]))
    return pairs


def _adjuncts(reading: Analysis, vocab: Vocabulary) -> set[str]:
    inside: set[str] = set()
    outside: set[str] = set()
    opened = False
    at = {pos: t for t, pos in reading.terms}
    end = max(reading.predicate_at if reading.predicate_at is not None else 0,
              reading.fronted)
    for pos, token in enumerate(reading.tokens[:end]):
        if token in vocab.prepositions:
            opened = True
        elif pos in reading.verbs or pos == reading.predicate_at or token in (
                "and", "or", "that", "which", "who"):
            opened = False
        if pos in at and pos not in reading.verbs:
            (inside if opened else outside).add(at[pos])
        elif pos in at:
            outside.add(at[pos])
    return inside - outside


def _by_past_a_modifier(tokens: list[str], at: int, result: Analysis,
                        vocab: Vocabulary) -> int:
    """Where the 'by' before a name's one modifier stands ('criticised by local farmers',
    'by the local farmers'), or ``at`` itself when ``tokens[at]`` is no such word (a
    preposition, a verb, a name, 'not'). Only 'by': 'draws on the experience Ukraine has
    gained' puts no 'experience' before Ukraine's name."""
    word = tokens[at] if at >= 1 else ""
    if not word.isalpha() or word in vocab.prepositions or word in result.names or (
            at in result.verbs or word in vocab.ignored
            or vocab.single.get(word, ("group",))[0] != "group"):
        return at
    before = at - 1 if tokens[at - 1] != "the" else at - 2
    return before if before >= 0 and tokens[before] == "by" else at


def _passive_before(tokens: list[str], end: int, vocab: Vocabulary) -> bool:
    """A form of 'be' followed by a participle before position ``end``: 'was signed'."""
    return any(is_passive_at(tokens, at, vocab) for at in range(max(1, end - 5), end))


def is_passive_at(tokens: list[str], at: int, vocab: Vocabulary) -> bool:
    """``tokens[at]`` is a participle after a form of 'be' ('were given', 'has been
    built', 'was not signed')."""
    token = tokens[at]
    if token.endswith("ing") or not ((token.endswith(("ed", "en")) and vocab.can_be_verb(token))
                                     or token in vocab.irregular):
        return False  # not 'is between', nor 'is planning' (a doubled consonant's -ing form)
    before = tokens[at - 1] if at else ""
    if before in ("not", "been", "being") and at >= 2:
        before = tokens[at - 2] if tokens[at - 2] in vocab.be_forms else before
    return before in vocab.be_forms


def _adverbial(word: str, vocab: Vocabulary) -> bool:
    """A manner word ('temporarily') or a phrase ('for a short time'), not a noun."""
    return " " in word or vocab.is_manner_adverb(word)


def _modifiers(reading: Analysis, vocab: Vocabulary) -> list[tuple[str, str]]:
    """Entities used as modifiers of the nouns right after them ("a Russian fighter jet",
    "NATO's ships"), never of the sentence's verb."""
    at = {pos: t for t, pos in reading.terms}
    pairs: list[tuple[str, str]] = []
    for entity_id, pos in reading.entities:
        following = reading.entity_ends.get(pos, pos + 1)
        if following < len(reading.tokens) and reading.tokens[following] == "s":
            following += 1
        # 'the treaty banning mines': a verb after the name starts what is said of it;
        # so does an adverb ('Turner temporarily closed', 'for a short time')
        while following in at and following not in reading.verbs and (
                following != reading.predicate_at) and not _adverbial(
                    reading.raw_terms.get(at[following], ""), vocab):
            pairs.append((entity_id, at[following]))
            following += 1
            # ('the Fifth Third name and brand': a name before two nouns joined by 'and'
            # is said of both, when the second ends the phrase)
            joined = following + 1
            if reading.tokens[following:joined] in (["and"], ["or"]) and joined in at and (
                    joined not in reading.verbs and joined + 1 not in at):
                pairs.append((entity_id, at[joined]))
    return pairs
