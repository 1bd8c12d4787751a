"""Drafting a fact store from any news text, offline.

The draft is read with the code the other commands use — ``check``'s sentences and
check-worthiness, ``verify``'s clause splitting, ``text.analyse`` for entities and
figures — so that what is drafted is what ``verify``, ``ask`` and ``quiz`` can match.
Names come from capitalisation, the ISO country list (pycountry) and a small table of
general English in ``data/draft/names.json`` (titles, irregular demonyms, the nouns that
mark an organisation or a place). The result is validated by ``store.parse_store``.
"""

from __future__ import annotations

import itertools
import json
import os
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, NamedTuple

from factcli.check import Sentence, is_heading, split_sentences, worth_checking
from factcli.errors import UsageError
from factcli.index import Index
from factcli.knowledge import Knowledge, lexicon_bytes
from factcli.lexicon import Lexicon, fold_alias, load_lexicon
from factcli.model import SCHEMA_VERSION, Fact, Source, Store
from factcli.store import parse_store
from factcli.text import Analysis, QuantityMention, analyse, fold, tokenise
from factcli.verify import MAX_CLAIM_CHARS, split_claim
from factcli.vocabulary import EntityRef, Vocabulary
from factcli.wordnet import shipped_wordnet

# Drafting reads every clause several times; a longer text is not one news article.
MAX_DRAFT_BYTES = 1024 * 1024
INTRODUCTION = "Introduction"
NOT_GIVEN = "not given"
UNKNOWN_KIND = "name"
_SLUG_CHARS = 48
_CLAUSE_TOKENS = 5
_LOCATED = r"(?:based|located|headquartered|situated) (?:in|at|near)"
_TITLE_CHARS = 160
_QUOTED = re.compile(r"[\"\u201c][^\"\u201d]*(?:\s\S+){3,}[^\"\u201d]*[\"\u201d]")
_LEADING = re.compile(r"^[\"'\u201c\u2018(\[*#]+")
_TRAILING = re.compile(r"[\"'\u201d\u2019)\],;:!?.*]+$")
_POSSESSIVE = re.compile(r"['\u2019]s?$")
_INITIALISM = re.compile(r"(?:[A-Z]\.){2,}")
_ACRONYM = re.compile(r"^[A-Z][A-Z&]{1,7}$")
_PARENTHESISED = re.compile(r"^\(([A-Z][A-Za-z&]{1,9})\)[,.;:]?$")
_SMALL_NUMBER = re.compile(r"^\d{1,3}$")
_ESCAPE = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_LIST_ITEM = re.compile(r"^[ \t]*(?:[-*+\u2022]|\d{1,2}[.)])[ \t]+", re.M)


class SourceDetails(NamedTuple):
    """What the user says about where the article comes from."""

    source_id: str | None = None
    publisher: str | None = None
    url: str | None = None
    site: str | None = None


class SetAside(NamedTuple):
    sentence: str
    reason: str


@dataclass(frozen=True)
class Draft:
    document: dict[str, Any]
    set_aside: tuple[SetAside, ...]

    @property
    def fact_count(self) -> int:
        return len(self.document["facts"])

    @property
    def entity_count(self) -> int:
        return len(self.document["entities"])

    @property
    def figure_count(self) -> int:
        return sum(len(f["quantities"]) for f in self.document["facts"])


def check_draft_size(raw: bytes, name: str) -> None:
    if len(raw) > MAX_DRAFT_BYTES:
        raise UsageError(f"{name}: is {len(raw) / 1e6:.1f} MB; draft one article at a time "
                         f"(at most {MAX_DRAFT_BYTES // 1024} KB of text)")


def draft_store(text: str, name: str, details: SourceDetails | None = None) -> Draft:
    """A validated store (as plain JSON data) of the statements ``text`` makes."""
    details = details or SourceDetails()
    text = _plain_text(text)
    lexicon = load_lexicon(lexicon_bytes())
    plain_vocab = Vocabulary.build(lexicon, [], [], set())
    sentences = split_sentences(text, plain_vocab.abbreviations)
    title, body = _title(text, sentences)
    sections, content = _sections(body)
    if not content:
        raise UsageError(f"{name}: has no sentences to draft facts from; give a news "
                         "article in plain text or Markdown")
    names = find_names([s.text for _, s in content], lexicon)
    entities = _entity_documents(names)
    _settle_kinds(entities, [s.text for _, s in content],
                  frozenset(w for w in lexicon.cues.auxiliaries if " " not in w))
    knowledge = _reading_knowledge(entities, [s.text for _, s in content], lexicon)
    facts, set_aside = _facts(content, knowledge, entities)
    source_id = _slug(details.source_id or title) or "article"
    document = {
        "schema_version": SCHEMA_VERSION,
        "sources": [{
            "id": source_id, "title": title, "publisher": details.publisher or NOT_GIVEN,
            "site": details.site or _site(details.url) or NOT_GIVEN,
            "url": details.url or NOT_GIVEN,
            "sections": [s for s in sections if any(f["section"] == s for f in facts)]
                        or [INTRODUCTION],
        }],
        "entities": entities,
        "facts": [{**fact, "source": source_id} for fact in facts],
    }
    if not facts:
        reasons = Counter(item.reason for item in set_aside).most_common(1)
        why = f" (mostly: {reasons[0][0]})" if reasons else ""
        raise UsageError(f"{name}: no sentence states a checkable fact{why}; nothing to "
                         "draft")
    raw = json.dumps(document, ensure_ascii=False).encode()
    parse_store(name, raw, lexicon.unit_ids)  # a draft factcli would reject is a bug
    return Draft(document=document, set_aside=tuple(set_aside))


# --- structure ----------------------------------------------------------------------


def _plain_text(text: str) -> str:
    """Line ends unified, terminal escapes and control characters dropped, and each
    Markdown list item made a paragraph of its own (it is a statement of its own)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", _ESCAPE.sub("", text))
    return _LIST_ITEM.sub("\n\n", text)


def _title(text: str, sentences: list[Sentence]) -> tuple[str, list[Sentence]]:
    """The first line is the title; it is also body text when it reads as a sentence."""
    first_line = text.strip().split("\n", 1)[0]
    title = _heading_text(first_line) or "Untitled article"
    if len(title) > _TITLE_CHARS:
        title = title[:_TITLE_CHARS].rsplit(" ", 1)[0] + "…"
    if sentences and is_heading(sentences[0].text):
        return title, sentences[1:]
    return title, sentences


def _heading_text(line: str) -> str:
    return line.strip().lstrip("#").strip().strip("*_").strip()


def _sections(sentences: list[Sentence]) -> tuple[list[str], list[tuple[str, Sentence]]]:
    sections = [INTRODUCTION]
    current = INTRODUCTION
    content: list[tuple[str, Sentence]] = []
    for sentence in sentences:
        if is_heading(sentence.text):
            current = _heading_text(sentence.text) or current
            if current not in sections:
                sections.append(current)
        else:
            content.append((current, sentence))
    return sections, content


def _site(url: str | None) -> str | None:
    if not url:
        return None
    host = re.sub(r"^[a-z]+://", "", url).split("/", 1)[0]
    return host.removeprefix("www.") or None


def _slug(text: str, limit: int = _SLUG_CHARS) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", fold(text)).strip("-")
    if len(slug) > limit:
        slug = slug[:limit].rsplit("-", 1)[0]
    return slug


def _unique(slug: str, taken: set[str]) -> str:
    candidate, number = slug, 2
    while candidate in taken:
        candidate = f"{slug}-{number}"
        number += 1
    taken.add(candidate)
    return candidate


# --- names --------------------------------------------------------------------------


@dataclass
class Name:
    """An entity found in the text, before it becomes a store entry."""

    name: str
    kind: str
    aliases: list[str] = field(default_factory=list)
    member_of: list[str] = field(default_factory=list)  # names of other entities


class _Word(NamedTuple):
    core: str  # without surrounding punctuation or a possessive
    raw: str
    ends_group: bool  # a comma, a full stop or a possessive ends a name here


@lru_cache(maxsize=1)
def _names_table() -> dict[str, Any]:
    path = Path(__file__).with_name("data") / "draft" / "names.json"
    return json.loads(path.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def _countries() -> tuple[dict[str, tuple[str, tuple[str, ...]]], dict[str, str]]:
    """Country names -> (the name to show, its other names), and demonyms -> country
    name; from ISO 3166 (pycountry) with the everyday names it lacks ('Russia')."""
    import pycountry  # only drafting needs the gazetteer

    table = _names_table()
    by_code: dict[str, list[str]] = {}
    for country in pycountry.countries:
        official = [getattr(country, "common_name", None), country.name,
                    getattr(country, "official_name", None)]
        everyday = table["country_names"].get(country.alpha_2, [])
        ordered: list[str] = [n for n in (*everyday, *official) if n]
        if ", " in country.name:  # "Iran, Islamic Republic of": "Iran" is the name
            ordered.insert(len(everyday), country.name.split(", ")[0])
        by_code[country.alpha_2] = list(dict.fromkeys(ordered))
    shared = Counter(n for names in by_code.values() for n in set(names))
    lookup: dict[str, tuple[str, tuple[str, ...]]] = {}
    demonyms: dict[str, str] = {}
    for code, all_names in by_code.items():
        names = [n for n in all_names if shared[n] == 1]  # "Korea" is two countries
        if not names:
            continue
        for alias in names:
            lookup[alias] = (names[0], tuple(names))
        for demonym in table["demonyms"].get(code, []):
            demonyms[demonym] = names[0]
    return lookup, demonyms


def _regular_demonyms(place: str, suffixes: list[str]) -> set[str]:
    """'Lithuanian', 'Ukrainian', 'Chinese', 'Israeli': English adds -n, -an, -ian,
    -ese, -i or -ish to a place name, dropping a final vowel or -y."""
    stems = {place}
    if place[-1:] in "aeiouy":
        stems.add(place[:-1])
    return {stem + suffix for stem in stems for suffix in suffixes if len(stem) >= 4}


def _words(sentence: str) -> list[_Word]:
    words = []
    for raw in sentence.split():
        core = _LEADING.sub("", raw)
        initialism = _INITIALISM.match(core)
        if initialism:  # "U.S." keeps its full stops
            words.append(_Word(initialism.group(), raw, core != initialism.group()))
            continue
        stripped = _TRAILING.sub("", core)
        possessive = _POSSESSIVE.search(stripped) if stripped[:1].isupper() else None
        if possessive:
            stripped = stripped[: possessive.start()]
        words.append(_Word(stripped, raw, stripped != core or bool(possessive)))
    return words


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and any(c.isalpha() for c in word)


def find_names(sentences: list[str], lexicon: Lexicon) -> dict[str, Name]:
    """Every name the sentences use, by the name shown: countries with their demonyms,
    organisations with their acronyms, people, places, groups and their members."""
    # The names table with the general word lists it shares with the rest of factcli.
    table = {**_names_table(), "locative": lexicon.cues.locative,
             "months": [m.title() for m in lexicon.numbers.months]}
    countries, demonyms = _countries()
    common = {w.lower() for w in (*lexicon.cues.stopwords, *lexicon.cues.light)}
    not_names = set(table["not_names"]) | set(table["months"])
    unit_names = {fold(n) for unit in lexicon.units.units for n in unit.names}
    lower_words = {w.core.lower() for s in sentences for w in _words(s) if w.core[:1].islower()}
    spans = [_name_spans(_words(s), table, not_names) for s in sentences]
    inner = Counter(" ".join(w.core for w in span) for per in spans
                    for start, span in per if start > 0)
    found: dict[str, Name] = {}
    acronyms: dict[str, str] = {}
    memberships: list[tuple[str, str]] = []
    first_words: set[str] = set()
    for words, per_sentence in zip((_words(s) for s in sentences), spans, strict=True):
        for start, span in per_sentence:
            if start == 0:
                span = _trim_sentence_start(span, common, lower_words)
                if not span:
                    continue
                text = " ".join(w.core for w in span)
                if len(span) == 1 and not inner[text] and text not in countries \
                        and text not in demonyms and not _ACRONYM.match(text):
                    first_words.add(text)  # "Travellers will find ...": only if a demonym
                    continue
            _add_name(span, start, words, table, found, acronyms, countries, demonyms,
                      unit_names, memberships)
    for member, group in memberships:
        shown = countries[member][0] if member in countries else member
        if shown in found and group in found:
            found[shown].member_of.append(group)
    _attach_acronyms(found, acronyms)
    tentative = first_words - set(found)
    for word in tentative:
        found[word] = Name(word, UNKNOWN_KIND)  # kept below only as a place's demonym
    _attach_demonyms(found, table["demonym_suffixes"])
    for word in tentative & set(found):
        del found[word]
    _person_surnames(found)
    _definite_aliases(found, " ".join(sentences).lower(), table["kind_words"])
    _short_names(found, table)
    return found


def _short_names(found: dict[str, Name], table: dict[str, Any]) -> None:
    """'Tampa' for Tampa International Airport, 'Suwałki' for the Suwałki Gap: a name
    without its generic words, unless that is a name of its own."""
    generic = {noun for nouns in table["kind_words"].values() for noun in nouns}
    generic = (generic | set(table["generic_words"])) - {"city"}  # Kansas City is not Kansas
    taken = {fold_alias(a) for e in found.values() for a in (e.name, *e.aliases)}
    for entry in found.values():
        words = entry.name.split()
        if entry.kind in ("person", "country") or len(words) < 2:
            continue
        while words and words[-1].lower() in generic:
            words.pop()
        short = " ".join(words)
        if short and short != entry.name and fold_alias(short) not in taken \
                and short.lower() not in generic:
            entry.aliases.append(short)
            taken.add(fold_alias(short))


def _definite_aliases(found: dict[str, Name], text: str,
                      kind_words: dict[str, list[str]]) -> None:
    """'the convention' for the Ottawa Convention, 'the agency' for the European Space
    Agency: when the article names only one such thing and refers to it that way."""
    nouns = {noun for words in kind_words.values() for noun in words}
    heads = Counter(e.name.split()[-1].lower() for e in found.values() if " " in e.name)
    for entry in found.values():
        head = entry.name.split()[-1].lower()
        if (" " in entry.name and entry.kind != "person" and heads[head] == 1
                and head in nouns and re.search(rf"\bthe {re.escape(head)}\b", text)):
            entry.aliases.append(f"the {head}")


def _name_spans(words: list[_Word], table: dict[str, Any],
                not_names: set[str]) -> list[tuple[int, list[_Word]]]:
    """Runs of capitalised words ('North Atlantic Treaty Organization', 'Bank of
    England', 'Terminal 1'), with their position in the sentence."""
    particles = set(table["name_particles"])
    spans: list[tuple[int, list[_Word]]] = []
    i = 0
    while i < len(words):
        if not _capitalised(words[i].core) or words[i].core in not_names:
            i += 1
            continue
        start, span = i, [words[i]]
        while not span[-1].ends_group and i + 1 < len(words):
            following = words[i + 1]
            if following.raw.startswith("("):
                break  # "(NATO)" is an acronym of the name, not part of it
            if _capitalised(following.core) and following.core not in not_names:
                span.append(following)
                i += 1
            elif (following.core in particles and not following.ends_group
                  and i + 2 < len(words) and _capitalised(words[i + 2].core)):
                span.extend((following, words[i + 2]))
                i += 2
            elif (_SMALL_NUMBER.match(following.core) and len(span) == 1 and start > 0
                  and span[0].core[1:].islower()):
                span.append(following)  # "Terminal 1", "Apollo 11"; not "NATO 2" or "In 3"
                i += 1
                break
            else:
                break
        spans.append((start, span))
        i += 1
    return spans


def _trim_sentence_start(span: list[_Word], common: set[str],
                         lower_words: set[str]) -> list[_Word]:
    """'The European Space Agency' -> 'European Space Agency'; 'In June' -> nothing."""
    while span and (span[0].core.lower() in common or span[0].core.lower() in lower_words):
        span = span[1:]
    return span


def _add_name(span: list[_Word], start: int, words: list[_Word], table: dict[str, Any],
              found: dict[str, Name], acronyms: dict[str, str],
              countries: dict[str, tuple[str, tuple[str, ...]]],
              demonyms: dict[str, str], unit_names: set[str],
              memberships: list[tuple[str, str]]) -> None:
    cores = [w.core for w in span]
    text = " ".join(cores)
    after = start + len(span)
    following = words[after] if after < len(words) else None
    before = words[start - 1].core.lower() if start > 0 else ""
    if fold(text) in unit_names:
        return  # "a 1.1 billion Euro investment": a unit, not a name
    if text in countries:
        key, others = countries[text]
        entry = found.setdefault(key, Name(text, "country"))  # named as the article does
        entry.aliases.extend(others)
        return
    if text in demonyms:
        country = demonyms[text]
        found.setdefault(country, Name(country, "country")).aliases.append(text)
        return
    if _ACRONYM.match(text):
        acronyms.setdefault(text, text)
        return
    titles = {t.lower() for t in table["titles"]}
    title_end = max((k + 1 for k in range(len(cores))
                     if " ".join(cores[: k + 1]).lower() in titles
                     or cores[k].lower() in titles), default=0)
    if 0 < title_end < len(cores):
        person = " ".join(cores[title_end:])
        entry = found.setdefault(person, Name(person, "person"))
        entry.aliases.append(text)
        return
    kind = _kind(cores, before, following, words, after, table)
    if kind == "group":
        text = f"{text} {following.core}"  # type: ignore[union-attr]
        for member in _listed_after(words, after + 1):
            memberships.append((member, text))
    entry = found.setdefault(text, Name(text, kind))
    if entry.kind == UNKNOWN_KIND and kind != UNKNOWN_KIND:
        entry.kind = kind
    if following is not None and after + 1 < len(words):
        acronym = _PARENTHESISED.match(following.raw)
        if acronym:  # "the North Atlantic Treaty Organization (NATO)"
            acronyms[acronym.group(1)] = text
    if before in table["locative"]:
        _place_in_place(text, following, words, after, found)
    if cores[0] in countries and len(cores) > 1:
        entry.member_of.append(countries[cores[0]][0])  # "Lithuanian Armed Forces"
    elif cores[0] in demonyms and len(cores) > 1:
        entry.member_of.append(demonyms[cores[0]])


def _listed_after(words: list[_Word], start: int) -> list[str]:
    """The names listed right after a group's name: 'the Baltic states, Estonia, Latvia
    and Lithuania', 'the Nordic countries such as Norway and Sweden'."""
    names: list[str] = []
    current: list[str] = []
    joining = {"and", "such", "as", "including", "namely", "like"}
    for word in words[start:]:
        if _capitalised(word.core):
            current.append(word.core)
            if not word.ends_group:
                continue
        elif word.core.lower() not in joining:
            break
        if current:
            names.append(" ".join(current))
            current = []
        if word.raw.endswith((".", ";", ":", ")")):
            break  # the list ends with the sentence or the clause
    if current:
        names.append(" ".join(current))
    return names if len(names) >= 2 else []


def _kind(cores: list[str], before: str, following: _Word | None, words: list[_Word],
          after: int, table: dict[str, Any]) -> str:
    """Organisation, place, treaty, law or event by the nouns in the name; a group
    ('Baltic states'); a place after 'in' or 'at'; a person named as a speaker."""
    lowered = [c.lower() for c in cores]
    for word in reversed(lowered):
        for kind, nouns in table["kind_words"].items():
            if word in nouns:
                return kind
    if following is not None and following.core in table["group_nouns"]:
        return "group"  # "the Baltic states"
    if before in table["locative"]:
        return "place"
    person_like = 2 <= len(cores) <= 3 and all(c[:1].isupper() and c[1:].islower()
                                                for c in cores)
    if person_like and following is not None:
        # "Jane Smith said", "Jane Smith, a spokeswoman, ...", "Jane Smith, who ..."
        speaks = following.core.lower() in table["person_cues"]
        described = words[after - 1].raw.endswith(",") and following.core.lower() in (
            "the", "a", "an", "who")
        if speaks or described:
            return "person"
    return UNKNOWN_KIND


def _place_in_place(text: str, following: _Word | None, words: list[_Word], after: int,
                    found: dict[str, Name]) -> None:
    """'based in Greeley, Colorado': the first place lies in the second."""
    entry = found[text]
    if entry.kind != "place" or following is None or not words[after - 1].raw.endswith(","):
        return
    span: list[str] = []
    k = after
    while k < len(words) and _capitalised(words[k].core):
        span.append(words[k].core)
        if words[k].ends_group:
            break
        k += 1
    # "in Vilnius, Riga and Tallinn" is a list, not a city in a city.
    in_list = k + 1 < len(words) and words[k + 1].core.lower() in ("and", "or") and not (
        words[k].raw.endswith(","))
    if span and not in_list:
        container = " ".join(span)
        found.setdefault(container, Name(container, "place"))
        if container != text:
            entry.member_of.append(container)


def _attach_acronyms(found: dict[str, Name], acronyms: dict[str, str]) -> None:
    """An acronym is an alias of the name it abbreviates ('ESA': European Space Agency),
    else an organisation of its own ('HNTB')."""
    for acronym, owner in acronyms.items():
        if owner != acronym and owner in found:
            found[owner].aliases.append(acronym)
            continue
        expanded = next((e for e in found.values() if e.kind != "person"
                         and _initials(e.name) == acronym), None)
        if expanded is not None:
            expanded.aliases.append(acronym)
        elif not any(acronym in e.aliases for e in found.values()):
            found.setdefault(acronym, Name(acronym, "organisation"))


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())


def _attach_demonyms(found: dict[str, Name], suffixes: list[str]) -> None:
    """A place's demonym used in the text ('European' beside 'Europe') is its alias."""
    places = [(k, e) for k, e in found.items() if e.kind in ("country", "place", UNKNOWN_KIND)]
    for key, place in places:
        if key not in found:
            continue
        forms = _regular_demonyms(place.name, suffixes) | _regular_demonyms(key, suffixes)
        for other_key, other in list(found.items()):
            if other is not place and other.name in forms and other.kind == UNKNOWN_KIND:
                place.aliases.extend((other.name, *other.aliases))
                del found[other_key]


def _person_surnames(found: dict[str, Name]) -> None:
    """'Tanco' for 'Ignacio Tanco' once named in full; the surname alone is not another
    entity."""
    for person in [e for e in found.values() if e.kind == "person"]:
        parts = person.name.split()
        if len(parts) < 2:
            continue
        surname = parts[-1]
        alone = found.get(surname)
        if alone is not None and alone is not person and alone.kind == UNKNOWN_KIND:
            del found[surname]
        person.aliases.append(surname)


def _entity_documents(names: dict[str, Name]) -> list[dict[str, Any]]:
    """Store entries with slug ids; an alias already taken by an earlier entity is
    dropped, so that the store stays valid."""
    ids: dict[str, str] = {}
    taken: set[str] = set()
    owners: dict[str, str] = {}
    ordered = sorted(names.items(), key=lambda item: item[1].kind != "country")
    kept: list[tuple[str, Name]] = []
    for name, entry in ordered:
        key = fold_alias(entry.name)
        if not key or key in owners:
            continue
        entity_id = _unique(_slug(entry.name) or "entity", taken)
        ids[name] = entity_id
        owners[key] = entity_id
        kept.append((name, entry))
    documents = []
    for name, entry in kept:
        entity_id = ids[name]
        aliases = []
        for alias in dict.fromkeys(entry.aliases):
            key = fold_alias(alias)
            if key and owners.setdefault(key, entity_id) == entity_id and alias != entry.name:
                aliases.append(alias)
        members = [ids[m] for m in dict.fromkeys(entry.member_of)
                   if m in ids and ids[m] != entity_id]
        documents.append({"id": entity_id, "name": entry.name, "kind": entry.kind,
                          "aliases": aliases, "member_of": members})
    return documents


# --- facts --------------------------------------------------------------------------


def _reading_knowledge(entities: list[dict[str, Any]], sentences: list[str],
                       lexicon: Lexicon) -> Knowledge:
    """The vocabulary of the drafted entities and an index of the article's sentences:
    what check-worthiness and clause splitting read a sentence with."""
    refs = [EntityRef(e["id"], e["name"], e["kind"], tuple(e["member_of"])) for e in entities]
    aliases = [(alias, e["id"]) for e in entities for alias in (e["name"], *e["aliases"])]
    words = {t for s in sentences for t in tokenise(s) if t.isalpha()}
    vocab = Vocabulary.build(lexicon, refs, aliases, known_words=words)
    source = Source("article", "", "", "", "", (INTRODUCTION,))
    facts = tuple(Fact(f"s{n}", "article", INTRODUCTION, "article", s, ())
                  for n, s in enumerate(sentences))
    store = Store(SCHEMA_VERSION, (source,), (), facts)
    return Knowledge(sources=store.sources, entities=store.entities, vocab=vocab,
                     index=Index.build(store, vocab), writing=lexicon.writing)


def _facts(content: list[tuple[str, Sentence]], knowledge: Knowledge,
           entities: list[dict[str, Any]]) -> tuple[list[dict[str, Any]], list[SetAside]]:
    facts: list[dict[str, Any]] = []
    set_aside: list[SetAside] = []
    fact_ids: set[str] = set()
    # Names are not what a figure measures: 'built by the NSCC in 18 months' -> built.
    name_tokens = {t for e in entities for n in (e["name"], *e["aliases"]) for t in tokenise(n)}
    mentioned = Counter(e for _, s in content
                        for e in analyse(s.text, knowledge.vocab).entity_ids)
    main_entity = [mentioned.most_common(1)[0][0]] if mentioned else []
    previous_subject: list[str] = []
    for section, sentence in content:
        reason = _not_a_fact(sentence.text, knowledge)
        if reason:
            set_aside.append(SetAside(sentence.text, reason))
            continue
        whole = analyse(sentence.text, knowledge.vocab)
        sentence_subject = _subject(whole, previous_subject) or main_entity
        if not sentence_subject:
            set_aside.append(SetAside(sentence.text, "names nothing the article is about"))
            continue
        previous_subject = sentence_subject
        described = _descriptions(sentence.text, entities, knowledge.vocab.auxiliaries)
        main = _without(sentence.text, [d.span for d in described])
        for part, subject in [*((d.statement, [d.entity_id]) for d in described),
                              *((p, None) for p in _clauses(main, knowledge))]:
            reading = analyse(part, knowledge.vocab)
            subject = subject or _subject(reading, sentence_subject) or sentence_subject
            statement = _as_statement(part)
            facts.append({
                "id": _unique(_slug(statement) or "fact", fact_ids),
                "source": "",  # filled in with the source's id; here for the key order
                "section": section,
                "topic": _slug(section, 32) or "article",
                "statement": statement,
                "subject": subject,
                "entities": list(dict.fromkeys([*subject, *reading.entity_ids])),
                "quantities": _quantities(part, reading, knowledge.vocab, name_tokens),
                "questions": [],
            })
    return facts, set_aside


def _settle_kinds(entities: list[dict[str, Any]], sentences: list[str],
                  auxiliaries: frozenset[str]) -> None:
    """'Ganymede, a moon of Jupiter': an entity of no known kind is of the kind its
    description names (moon; 'Airside D, a new $1.5 billion terminal': terminal). One
    still of no known kind gets a kind of its own, 'name (Juice)': the verifier and the
    quiz take entities of one kind for rivals, and two names of unknown kinds are not."""
    stops = set(_names_table()["not_subjects"]) | {"with", "on", "into", "over"}
    for entity in entities:
        if entity["kind"] != UNKNOWN_KIND:
            continue
        heads = []
        for sentence in sentences:
            for description in _descriptions(sentence, [entity], auxiliaries):
                text = description.statement
                what = text.split(" is ", 1)[1].split() if " is " in text else []
                phrase = itertools.takewhile(
                    lambda w: w.lower() not in stops and not w.lower().endswith("ing"), what)
                words = [w.lower() for w in phrase if w.isalpha()]
                if words[1:]:  # more than the article: 'a moon', not 'a'
                    heads.append(words[-1])
        entity["kind"] = heads[0] if heads else f"{UNKNOWN_KIND} ({entity['name']})"


class Description(NamedTuple):
    statement: str
    entity_id: str
    span: tuple[int, int]  # ', a moon of Jupiter,' in the sentence: what it leaves out


def _descriptions(sentence: str, entities: list[dict[str, Any]],
                  auxiliaries: frozenset[str]) -> list[Description]:
    """What a sentence says of a name in passing, as statements of their own: an
    appositive ('the Suwałki Gap, a 100-kilometer corridor ...' -> 'the Suwałki Gap is a
    100-kilometer corridor ...'; 'Ignacio Tanco, the mission's ... manager, said') and a
    non-restrictive relative clause ('the Ottawa Convention, which bans ...' -> 'the
    Ottawa Convention bans ...'), and where a name is based ('HNTB, based in Kansas
    City, Missouri, ...' -> 'HNTB is based in Kansas City, Missouri')."""
    found = []
    places = "|".join(re.escape(e["name"]) for e in entities if e["kind"] in ("place", "country"))
    for entity in entities:
        for alias in sorted((entity["name"], *entity["aliases"]), key=len, reverse=True):
            name = rf"(?<![\w'\u2019])(?P<name>(?:[Tt]he )?{re.escape(alias)})"
            # a comma between digits is a figure's own ('45,252'), not the aside's end
            end = r"(?P<end>,(?!\d)|;|\.?$)"
            appositive = re.search(
                rf"{name}(?P<aside>, (?P<what>(?:a|an|the|one of) [^,;]{{3,120}}?)){end}",
                sentence)
            relative = re.search(
                rf"{name}(?P<aside>, (?:which|who) (?P<what>[^,;]{{3,120}}?)){end}", sentence)
            # "HNTB, based in Kansas City, Missouri, and ...": the place may name its state
            located = re.search(
                rf"{name}(?P<aside>, (?P<what>{_LOCATED} [^,;]{{2,60}}?(?:, (?:{places}))?)){end}",
                sentence) if places else None
            if appositive and (_names_another(appositive["what"])
                               or _a_clause(appositive["what"], auxiliaries)):
                appositive = None
            if relative and _object_relative(relative["what"]):
                relative = None
            for match, joining in ((appositive, " is "), (relative, " "), (located, " is ")):
                if match:
                    # "Tanco, the manager, said" leaves "Tanco said", but "Phelps, based in
                    # Greeley, HNTB, ..." leaves "Phelps, HNTB, ...": a list keeps its commas
                    rest = sentence[match.end("end"):].lstrip()
                    close = match.end("end") if match["end"] == "," and rest[:1].islower() \
                        else match.end("aside")
                    found.append(Description(f"{match['name']}{joining}{match['what']}",
                                             entity["id"], (match.start("aside"), close)))
            if appositive or relative or located:
                break
    # 'the Rill Valley Fire, which burned ...' is not also said of an entity named 'Fire': an
    # aside belongs to the longest name before it
    first: dict[tuple[int, int], Description] = {}
    for description in sorted(found, key=lambda d: d.span[0] - len(d.statement)):
        first.setdefault(description.span, description)
    return [d for d in found if first[d.span] is d]


def _names_another(aside: str) -> bool:
    """'the Rill Trust, the Harbour Children's Fund and Action for Towns': an aside that
    is a name (or opens a list of names) is the next item of a list, not a description of
    the name before it ('Yara, the Norwegian fertiliser group' is one)."""
    words = aside.split()[1:]  # after its article
    if not words or not words[0][:1].isupper():
        return False
    particles = set(_names_table()["name_particles"]) | {"and", "&"}
    return all(w[:1].isupper() or w[:1] == "(" or w in particles for w in words) or bool(
        re.search(r"and [A-Z]", aside))


def _a_clause(aside: str, auxiliaries: frozenset[str]) -> bool:
    """'According to the agency, the world can capture ...': an auxiliary of its own, before
    any relative pronoun ('a firm that has ...'), makes what follows the comma the sentence's
    clause, not an aside."""
    words = [w.strip(",.;:").lower() for w in aside.split()]
    own = itertools.takewhile(lambda w: w not in ("that", "which", "who", "whom", "whose"),
                              words)
    return not auxiliaries.isdisjoint(own)


def _object_relative(clause: str) -> bool:
    """'the Framework, which the institute developed', 'Earth, which it will pass': a relative
    pronoun followed by a subject of its own says what someone did to the name; the
    clause, read as a statement of the name, would make the name do it."""
    first = clause.split()[0]
    return first[:1].isupper() or first.lower() in (
        *_names_table()["anaphora"], "the", "a", "an", "we", "you", "i")


def _without(sentence: str, spans: list[tuple[int, int]]) -> str:
    """The sentence with the asides cut out: what it states about its own subject."""
    kept, at = [], 0
    for start, end in sorted(spans):
        if start >= at:
            kept.append(sentence[at:start])
            at = end
    kept.append(sentence[at:])
    return "".join(kept)


def _subject(reading: Analysis, previous: list[str]) -> list[str]:
    """Who or what a sentence is about: for 'This project is ...' or 'It was built ...'
    the previous sentence's; else its grammatical subject; else, as news keeps to its
    topic, the previous sentence's; else the first entity it names."""
    if reading.tokens[:1] and reading.tokens[0] in _names_table()["anaphora"] and previous:
        return previous
    return reading.subject_entities or previous or reading.entity_ids[:1]


def _clauses(sentence: str, knowledge: Knowledge) -> list[str]:
    """The sentence's clauses as verify splits a compound claim, when each is a
    statement of its own; a split that leaves a fragment ('To deter.') keeps the
    sentence whole."""
    # A semicolon joins independent clauses: "The Moon's gravity raised its speed; Earth's
    # gravity then slowed it down" states two things ("Paris, France; Rome, Italy" is a
    # list, its items too short to be clauses).
    halves = re.split(r";\s+", sentence)
    if len(halves) > 1 and all(len(tokenise(h)) >= _CLAUSE_TOKENS for h in halves):
        return [part for half in halves for part in _clauses(half, knowledge)]
    parts = split_claim(sentence, knowledge)
    if len(parts) == 1:
        return parts
    if all(_is_clause(p, knowledge.vocab, leading=n == 0) for n, p in enumerate(parts)):
        return parts
    return [sentence]


def _is_clause(part: str, vocab: Vocabulary, leading: bool) -> bool:
    """Something before its verb, not opened by a relative pronoun, a preposition or a
    participle ('which bans ...', 'including bunkers', 'focusing on ...'), except a
    leading adverbial of what the subject did ('exiting the convention')."""
    reading = analyse(part, vocab)
    if reading.predicate_at is None or len(reading.tokens) < 3:
        return False
    at = reading.predicate_at
    articles = vocab.determiners - vocab.prepositions  # ('to invest': a verb after 'to')
    if at and reading.tokens[at - 1] in articles and not _verb_from(reading, at, vocab):
        return False  # ', a fall of 2%': a noun after its article, and no verb after it
    first = reading.tokens[0]
    if leading and first.endswith("ing") and reading.predicate_at == 0:
        return True  # "(By) exiting the convention, Lithuania ...": what the subject did
    return (reading.predicate_at >= 1 and first not in _names_table()["not_subjects"]
            and not first.endswith("ing"))


def _verb_from(reading: Analysis, at: int, vocab: Vocabulary) -> bool:
    """Whether a verb stands at ``at`` or after it ('the scrap metal will be recycled':
    'scrap', after its article, is no verb, but 'will' is)."""
    return vocab.looks_like_verb(reading.tokens, at) or any(v > at for v in reading.verbs) or (
        not vocab.auxiliaries.isdisjoint(reading.tokens[at + 1:]))


def _not_a_fact(sentence: str, knowledge: Knowledge) -> str:
    if len(sentence) > MAX_CLAIM_CHARS:
        return "too long to be one statement"
    if _QUOTED.search(sentence):
        return "a direct quotation"
    worthy, reason = worth_checking(sentence, knowledge)  # sign-offs among them
    return "" if worthy else reason


def _as_statement(part: str) -> str:
    """A clause as a sentence of its own, on one line: capitalised, with its full stop."""
    part = " ".join(part.split()).rstrip(",;:")
    if part and part[-1] not in ".!?\"'\u201d\u2019":
        part += "."
    return part[:1].upper() + part[1:]


def _quantities(part: str, reading: Analysis, vocab: Vocabulary,
                name_tokens: set[str]) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    for mention in reading.quantities:
        if not _is_figure(mention, part, reading, vocab):
            continue
        unit = mention.source_unit or mention.unit
        if unit not in vocab.units:
            continue  # read but not storable: a clock time such as 2:45 a.m.
        measure = _measure(mention, reading, vocab, name_tokens)
        if mention.high is not None:  # "100 to 150 kg of fuel": at least 100, at most 150
            bounds = [(mention.value, "at_least"), (mention.high, "at_most")]
        else:
            bounds = [(mention.value, _qualifier(mention, reading, vocab))]
        for value, qualifier in bounds:
            quantity = {"value": _round(value / mention.unit_size), "unit": unit,
                        "measure": measure, "qualifier": qualifier}
            if quantity not in found:
                found.append(quantity)
    return found


def _is_figure(mention: QuantityMention, part: str, reading: Analysis,
               vocab: Vocabulary) -> bool:
    """Not a clock time (2:45), a day of a month (20 August) or a name ('Terminal 1')."""
    if mention.unit != "count":
        return True
    number = re.escape(mention.text)
    if re.search(rf"\d[:/]{number}\b|\b{number}[:/]\d", part):
        return False
    near = reading.tokens[max(0, mention.start - 1) : mention.end + 1]
    if any(t in vocab.months for t in near):
        return False
    return not any(mention.start - 1 == pos for _, pos in reading.entities)


def _round(value: float) -> float | int:
    rounded = round(value, 6)
    return int(rounded) if rounded == int(rounded) else rounded


def _qualifier(mention: QuantityMention, reading: Analysis, vocab: Vocabulary) -> str:
    # "began in 2021" dates an event; "by 2028", "by early 2028", "until" set a deadline.
    if mention.qualifier == "by" and mention.text.split()[0] == "in":
        return "exact"
    if mention.dimension == "date" and mention.qualifier == "exact":
        date_words = set(_names_table()["date_words"]) | vocab.months
        earlier = [t for t in reading.tokens[: mention.start] if t not in date_words]
        if earlier[-1:] in (["by"], ["until"], ["till"]):
            return "by"
    return mention.qualifier


def _measure(mention: QuantityMention, reading: Analysis, vocab: Vocabulary,
             name_tokens: set[str]) -> str:
    """What the figure counts or measures: '113 km of road', 'a height of 6,840 km',
    'eight bridges', 'a 1.1 billion euro investment'; for a year, the word before it
    ('completed by 2028')."""
    tokens = reading.tokens
    skipped = vocab.months | set(_names_table()["date_words"])

    def content(word: str) -> bool:
        return (word.isalpha() and word not in skipped and word not in vocab.unit_names
                and word not in name_tokens and vocab.canonical(word) is not None)

    after = tokens[mention.end : mention.end + 4]
    if after[:1] == ["of"]:
        run = [w for w in after[1:] if content(w)][:1]  # "five miles of new roads"
    else:
        run = list(itertools.takewhile(content, after))
    before = [w for w in tokens[max(0, mention.start - 8) : mention.start] if content(w)]
    if mention.dimension == "date":
        chosen = before[-1:] or run[:1]
    elif after[:1] == ["of"] and run:
        chosen = run[:1]  # "113 km of road"
    elif mention.dimension == "count" and (counted := _noun_phrase(run, mention.value)):
        chosen = counted  # "425,000 international visitors", "the deaths of 17 children"
    elif (of := _of_before(mention, tokens)) is not None and of >= 1 and content(
            tokens[of - 1]):
        chosen = [tokens[of - 1]]  # "a height of 6,840 km", "a workforce of 8,549"
    elif mention.dimension == "count":
        chosen = [w for w in after[:3] if content(w)][:1]  # "3 more dams"
    else:
        chosen = _noun_phrase(run) or run[-1:]  # "a $3 billion design-build contract"
    # No noun of its own: what the clause says of what ('traffic fell', 'bridge cost').
    chosen = chosen or list(dict.fromkeys(before[:1] + before[-1:])) or run[:1]
    if chosen:
        return " ".join(chosen)
    return next((w for w in tokens if content(w)), "figure")


def _of_before(mention: QuantityMention, tokens: list[str]) -> int | None:
    """Where the 'of' before a figure stands, whether the figure's reading took it in
    ('a net input *of €871 million*') or not."""
    for at in (mention.start, mention.start - 1):
        if 0 <= at < len(tokens) and tokens[at] == "of":
            return at
    return None


def _noun_phrase(words: list[str], count: float | None = None) -> list[str]:
    """The noun phrase the words open, up to its head: the last word that can be a noun
    before the first that can be neither a noun nor an adjective ('usual residents *just*
    short of'); its modifiers stay, as a writer of a store would name the measure. A count
    other than one before a singular noun that is no adjective counts that noun: the
    phrase is a compound ('a *nine-member* panel')."""
    wordnet = shipped_wordnet()
    forms = [set(wordnet.lemmas(word)) for word in words]
    phrase = list(itertools.takewhile(lambda n: any(p in "na" for _, p in forms[n]),
                                      range(len(words))))
    nouns = [n for n in phrase if any(pos == "n" for _, pos in forms[n])]
    if not nouns:
        return []
    first = nouns[0]
    if (count is not None and count != 1 and first == 0 and len(nouns) > 1
            and (words[0], "n") in forms[0] and not any(p == "a" for _, p in forms[0])):
        return words[:1]
    return words[: nouns[-1] + 1]


# --- saving -------------------------------------------------------------------------


def check_destination(path: Path, force: bool) -> None:
    """Refuse, before any work, to overwrite a file without --force."""
    if path.is_dir():
        raise UsageError(f"{path}: is a directory; give a file name for the store")
    if path.exists() and not force:
        raise UsageError(f"{path}: already exists; add --force to overwrite it")


def save_store(document: dict[str, Any], path: Path, force: bool) -> None:
    check_destination(path, force)
    text = json.dumps(document, ensure_ascii=False, indent=2) + "\n"
    temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary.write_text(text, encoding="utf-8")
        os.replace(temporary, path)  # a reader never sees half a store
    except OSError as exc:
        temporary.unlink(missing_ok=True)
        raise UsageError(f"{path}: cannot be written ({exc.strerror or exc})") from None
