"""Entity kinds and places: whether a name the store knows is of the kind asked for.

A kind word ('planet', 'company') against the store's entity kinds and their groups, the
places a name lies in, and whether a fact is about an entity or the members of a group.
"""

from __future__ import annotations

from functools import lru_cache

from factcli.asking.gap import Gap
from factcli.asking.wording import _kind_head, _words
from factcli.index import CompiledFact
from factcli.knowledge import Knowledge
from factcli.text import Analysis, and_list, fold, read_statement
from factcli.vocabulary import Vocabulary

_ANY_PLACE = "place"  # the kind a general word for a place ('area', 'region') names


_DESCRIBING_WORDS = 2  # 'a *post-apocalyptic* Los Angeles': the words read as one's


def _joined_names(fact: Analysis, position: int, vocab: Vocabulary) -> list[str]:
    """The names that start at ``position`` (past a determiner and the words that only
    describe the name: 'in *a post-apocalyptic* Los Angeles', 'in *southern* France'),
    joined by 'and' or 'or'."""
    return _joined_names_to(fact, position, vocab)[0]


def _joined_names_to(fact: Analysis, position: int,
                     vocab: Vocabulary) -> tuple[list[str], int]:
    """The names of _joined_names and where the last of them ends."""
    starts = {pos: e for e, pos in fact.entities}
    tokens = fact.tokens
    found: list[str] = []
    end = position
    while position < len(tokens):
        if tokens[position] in vocab.determiners and position not in starts:
            # a name may open with a determiner's word: 'in *New* York', 'in *No* Man's Land'
            position = _past_describing_words(fact, position + 1, starts, vocab)
        if position not in starts:
            break
        found.append(starts[position])
        position = end = fact.entity_ends.get(position, position + 1)
        if position >= len(tokens) or tokens[position] not in ("and", "or"):
            break
        position += 1
    return found, end


_OPENING_PLACE_WORDS = 4  # 'in *the northern province* of Velk'


def _place_phrase_at(tokens: list[str], at: int, vocab: Vocabulary) -> int:
    """How many words the preposition of place at ``at`` takes ('in', 'on', 'next to',
    'close to': questions.json place_phrases); 0 when none stands there."""
    if at >= len(tokens):
        return 0
    if tokens[at] in vocab.locative:
        return 1
    for phrase in vocab.question_words["place_phrases"]:
        words = phrase.split()
        if tokens[at:at + len(words)] == words:
            return len(words)
    return 0


def _place_names(fact: Analysis, position: int, vocab: Vocabulary) -> tuple[list[str], int]:
    """The names a phrase of place gives from ``position`` and where they end: the names
    themselves ('in Corrin'), or those after 'of' when a few words of description
    open it ('in *the northern province of* Velk', 'in *the north of* England')."""
    tokens = fact.tokens
    starts = {pos for _, pos in fact.entities}
    for at in range(position, min(position + _OPENING_PLACE_WORDS, len(tokens) - 1)):
        if tokens[at] == "of":
            if at + 1 in starts:
                return _joined_names_to(fact, at + 1, vocab)
            break
        if tokens[at] in vocab.prepositions or tokens[at] == ",":
            break
    return _joined_names_to(fact, position, vocab)


def _place_links(fact: Analysis, at: int, vocab: Vocabulary) -> list[list[str]]:
    """The places named from the preposition of place at ``at`` on, nearest first, each
    followed by the places it lies in: 'close to Hartwell *in Corrin*', 'on Orrin
    *in the province of Velk*', 'in Pell*, in Astoria*'."""
    tokens = fact.tokens
    links: list[list[str]] = []
    width = _place_phrase_at(tokens, at, vocab)
    while width:
        names, end = _place_names(fact, at + width, vocab)
        if not names:
            break
        links.append(names)
        at = end + (end < len(tokens) and tokens[end] == ",")
        width = _place_phrase_at(tokens, at, vocab)
    return links


def _past_describing_words(fact: Analysis, position: int, starts: dict[int, str],
                           vocab: Vocabulary) -> int:
    """Where the name starts that up to two describing words after a determiner lead to
    ('a *post-apocalyptic* Los Angeles'); ``position`` itself when none does: a
    preposition, a conjunction, a verb, a figure or a comma between is no description of
    the name ('in the talks *with* Google', 'in the border forts*,* Lithuania …')."""
    tokens = fact.tokens
    figures = {p for m in fact.quantities for p in range(m.start, m.end)}
    for start in range(position, min(position + _DESCRIBING_WORDS, len(tokens))):
        word = tokens[start]
        if start in starts or word in vocab.prepositions or word in ("and", "or") or (
                start in figures or start in fact.verbs or vocab.looks_like_verb(tokens, start)):
            break
        if start + 1 in starts:
            return position if "," in _words(fact.text, position, start + 2) else start + 1
    return position


def _is_about(entity_id: str, compiled: CompiledFact, vocab: Vocabulary) -> bool:
    """The fact is about the entity, or about members of the group it names."""
    return entity_id in compiled.subject or any(
        entity_id in vocab.entities[e].member_of for e in compiled.subject
        if e in vocab.entities)


def _role_unsaid(compiled: CompiledFact, gap: Gap, vocab: Vocabulary) -> bool:
    """'Which *columnist*': a noun for a person that is no kind the lexicon names asks for
    one in that role, which the fact must say ('the columnist Odile Fabre'), not any
    person it names ('Treasurer Paul Marchal')."""
    if gap.kind_word not in vocab.role_kinds or gap.kind_word in vocab.kind_nouns:
        return False
    asked = {gap.kind_word, *vocab.lemmas_of(gap.kind_word)}
    return not any(asked & {token, *vocab.lemmas_of(token)}
                   for token in read_statement(compiled.fact.statement, vocab).tokens)


def _kind_fits(entity_id: str, gap: Gap, vocab: Vocabulary) -> bool:
    entity = vocab.entities.get(entity_id)
    if entity is None or (gap.owner and entity_id not in gap.owned):
        return False  # "which moon of Jupiter": the Moon is none
    if gap.kinds:
        return (_is_of_kind(entity.kind, gap.kinds, vocab)
                or entity.id in _groups_of(gap.kinds, vocab)  # "which states": the Baltic states
                or _kind_said(entity.kind, gap.kind_word, vocab)
                or _instance_of_kind_asked(entity_id, gap, vocab))
    return True


def _instance_of_kind_asked(entity_id: str, gap: Gap, vocab: Vocabulary) -> bool:
    """'Which *agency* approved the drug', '*who* approved it': WordNet knows the name as
    an instance of the question's kind noun or of a kind its question word asks for ('Food
    and Drug Administration', an agency), when the store's own kind for it ('regulator')
    is none the lexicon sorts, so says nothing against it (a store's 'company' is not
    asked by 'which engineer', whatever else its name is)."""
    kind = vocab.entities[entity_id].kind
    if _head_kind(kind, vocab) in _lexicon_kinds(vocab) or kind in vocab.place_kinds:
        return False
    asked = {*gap.kinds, gap.kind_word, *vocab.lemmas_of(gap.kind_word)} - {""}
    return not asked.isdisjoint(vocab.entity_classes.get(entity_id, ()))


@lru_cache(maxsize=8)
def _lexicon_kinds(vocab: Vocabulary) -> frozenset[str]:
    return frozenset(vocab.kind_nouns.values())


def _kind_said(kind: str, kind_word: str, vocab: Vocabulary) -> bool:
    """The store's kind of an entity is the question's own word for what it asks ('in
    which *state*': Iowa, a state), not only one of the kinds that word may stand for."""
    return bool(kind_word) and kind.split()[-1] in {kind_word, *vocab.lemmas_of(kind_word)}


def _is_of_kind(kind: str, kinds: tuple[str, ...], vocab: Vocabulary) -> bool:
    return (kind in kinds or kind.split()[-1] in kinds or _head_kind(kind, vocab) in kinds
            or (_ANY_PLACE in kinds and kind in vocab.place_kinds))


@lru_cache(maxsize=256)
def _head_kind(kind: str, vocab: Vocabulary) -> str | None:
    """The kind the head noun of a store's kind names: a *group* of aid organisations is a
    group, an architecture *firm* a company (questions.json kind_nouns); a general word
    for a place ('area', 'route') says too little to make a thing a place."""
    head = _kind_head(kind)
    named = vocab.kind_nouns.get(head)
    return head if named is None else None if named == _ANY_PLACE else named


@lru_cache(maxsize=64)
def _groups_of(kinds: tuple[str, ...], vocab: Vocabulary) -> frozenset[str]:
    """The store's groups whose members are all of one of ``kinds``. A place is not the
    places in it ('which countries': not Africa, though every country the store puts in
    Africa is one) unless its name says it is them ('the Baltic *states*')."""
    members: dict[str, list[str]] = {}
    for entity in vocab.entities.values():
        for group in entity.member_of:
            members.setdefault(group, []).append(entity.kind)
    return frozenset(group for group, found in members.items()
                     if all(_is_of_kind(kind, kinds, vocab) for kind in found)
                     and _stands_for_members(group, kinds, vocab))


def _stands_for_members(group: str, kinds: tuple[str, ...], vocab: Vocabulary) -> bool:
    entity = vocab.entities.get(group)
    if entity is None or entity.kind not in vocab.place_kinds:
        return True
    return vocab.kind_nouns.get(fold(entity.name.split()[-1])) in kinds


def _places_named(reading: Analysis, gap: Gap, vocab: Vocabulary) -> frozenset[str]:
    """'Which *Missouri* company is helping lead Airside D': the places named before the
    kind asked for (not itself a place) say where the answer is; a fact that gives the
    rest answers with the names the store puts there, even if it does not say the place."""
    if gap.answer != "entities" or not gap.kind_word or not gap.span or set(
            gap.kinds) & vocab.place_kinds:
        return frozenset()
    start = min(gap.span)
    end = next((pos for pos in range(start, len(reading.tokens))
                if reading.tokens[pos] == gap.kind_word), start)
    return frozenset(e for e, pos in reading.entities if start < pos < end
                     and vocab.entities[e].kind in vocab.place_kinds)


def _only_placed(filler: str, places: frozenset[str], knowledge: Knowledge) -> str | None:
    """The names in ``filler`` that the store puts in one of ``places``: by what it records
    them part of ('Kansas City, Missouri') or by a fact that puts them there ('HNTB is
    based in Kansas City')."""
    vocab = knowledge.vocab
    by_name = {entity.name: entity.id for entity in vocab.entities.values()}
    names = [n for part in filler.split(" and ") for n in part.split(", ")]
    kept = [n for n in names if n in by_name
            and not places.isdisjoint(_places_of(by_name[n], knowledge))]
    return and_list(kept) if kept else None


def _places_of(entity_id: str, knowledge: Knowledge) -> set[str]:
    """Where the store puts an entity, and what those places are part of."""
    vocab = knowledge.vocab
    found: set[str] = set()
    for compiled in knowledge.index.facts:
        if entity_id not in compiled.entities:
            continue
        fact = read_statement(compiled.fact.statement, vocab)
        for entity, pos in fact.entities:
            if entity != entity_id:
                continue
            after = fact.entity_ends.get(pos, pos + 1)
            locative = next((at for at in range(after, min(after + 3, len(fact.tokens) - 1))
                             if fact.tokens[at] in vocab.locative), None)
            if locative is not None:  # 'HNTB is based *in* Kansas City, Missouri'
                found.update(_joined_names(fact, locative + 1, vocab))
    frontier = [entity_id, *found]
    while frontier:
        for whole in vocab.entities[frontier.pop()].member_of:
            if whole not in found:
                found.add(whole)
                frontier.append(whole)
    return found
