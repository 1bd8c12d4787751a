"""The question's words against one fact, beyond what ``align`` decides.

A word the fact lacks may still be held (a word of a name the fact gives, what the store
says a name is, a possessor or modifier that only says which thing is meant); a word held
may be held only in appearance (said of another name, another rank, another thing's amount).
"""

from __future__ import annotations

from functools import lru_cache

from factcli.asking.aligned import _HELD, _held_word
from factcli.asking.core import _question_verbs
from factcli.asking.entities import _names_word
from factcli.asking.figures import _COUNT, _asks_share
from factcli.asking.gap import _CLOCK, Gap
from factcli.asking.kinds import _kind_fits
from factcli.asking.wording import _POSSESSIVE, _is_verb_at, _words
from factcli.index import CompiledFact, Index
from factcli.knowledge import Knowledge
from factcli.logic import Relation
from factcli.text import Analysis, fold, name_start, read_statement, tokenise
from factcli.verify import Alignment, Step
from factcli.verifying.readings import set_aside_in
from factcli.vocabulary import Vocabulary


def _named_after(reading: Analysis, position: int, vocab: Vocabulary) -> str | None:
    """The entity a word is said of by a preposition right after it, past one more word:
    'closest (pass) *by the Moon*', 'nearest (approach) *to Earth*'."""
    tokens = reading.tokens
    starts = {pos: e for e, pos in reading.entities}
    terms = {pos for _, pos in reading.terms}
    at = position + 1
    if at in terms and at not in reading.verbs:
        at += 1
    if at >= len(tokens) or tokens[at] not in vocab.prepositions:
        return None
    # 'to the Moon': the name may start at 'the' or after it
    return starts.get(name_start(reading, at + 1, vocab))


@lru_cache(maxsize=64)
def _said_of_names(core: Analysis, vocab: Vocabulary) -> tuple[tuple[str, str], ...]:
    """The question's words said of a name, with the name (worked out once a question)."""
    found = ((term, _named_after(core, pos, vocab)) for term, pos in core.terms)
    return tuple((term, named) for term, named in found if named is not None)


def _set_aside_by_fact(compiled: CompiledFact, core: Analysis, vocab: Vocabulary) -> bool:
    """The fact names a name of the question only to set it aside ('Harbourline runs the
    only ferry *other than the Kestrel*' says nothing of who runs the Kestrel), and the
    question sets nothing aside itself ('apart from the Kestrel, which ferry …')."""
    if vocab.exception_at(core.tokens) is not None:
        return False
    fact = read_statement(compiled.fact.statement, vocab)
    return not set_aside_in(fact, vocab)[1].isdisjoint(core.entity_ids)


def _said_of_another(alignment: Alignment, core: Analysis, gap: Gap,
                     vocab: Vocabulary) -> bool:
    """A word the question says of a name ('closest to the Moon') that the fact says of
    another name the question does not give ('nearest approach to Earth'), unless that
    name may be the one asked for ('which company signed a supply deal with NextEra':
    'power will be supplied to *Google*', a fact that names NextEra itself)."""
    asked = set(core.entity_ids)
    for term, named in _said_of_names(core, vocab):
        found = _held_word(alignment, term, vocab)
        if found is None:
            continue
        _, fact, spots = found
        for spot in spots:
            other = _named_after(fact, spot, vocab)
            if other is not None and other != named and other not in asked and not (
                    gap.answer == "entities" and _kind_fits(other, gap, vocab)
                    and named in alignment.fact.entities):
                return True
    return False


def _owned_by_another(core: Analysis, compiled: CompiledFact) -> bool:
    """A thing the question says is a name's ('*Earth's* gravity') that the fact makes
    only another name's ('the *Moon's* gravity'). A name before a noun only says which
    ('Juice's *Earth* pass'): the fact may tell that one otherwise."""
    said = set(compiled.modifiers)
    owners = {entity for entity, pos in core.entities  # the span may hold its "'s"
              if _POSSESSIVE in core.tokens[pos + 1:core.entity_ends.get(pos, pos + 1) + 1]}
    return any(entity in owners and (entity, term) not in said
               and any(t == term for _, t in said) for entity, term in core.modifiers)


@lru_cache(maxsize=64)
def _ranks_asked(core: Analysis, vocab: Vocabulary) -> frozenset[str]:
    """The question's words of rank ('first', 'third'), worked out once a question."""
    return frozenset(t for t in core.tokens if t in vocab.ordinals)


def _of_another_rank(core: Analysis, compiled: CompiledFact, vocab: Vocabulary) -> bool:
    """The question ranks a thing ('the *third* ferry', 'phase *two*') and the fact
    ranks it otherwise ('the *first* ferry'); or the question asks for the first by a
    superlative ('the *largest* fire') and the fact ranks its superlative lower ('the
    *second-largest* wildfire')."""
    asked = _ranks_asked(core, vocab)
    tokens = read_statement(compiled.fact.statement, vocab).tokens
    if not asked:
        superlatives = _superlatives(core.tokens, vocab)
        return any(token in superlatives and position and tokens[position - 1] in vocab.ordinals
                   and vocab.ordinals[tokens[position - 1]] > 1
                   for position, token in enumerate(tokens))
    said = {t for t in tokens if t in vocab.ordinals}
    return bool(said) and not asked <= said


def _superlatives(tokens: list[str], vocab: Vocabulary) -> frozenset[str]:
    """The words of the question that rank a thing first by a superlative ('the
    *largest*', 'the *highest*'), with no ordinal before them."""
    return frozenset(token for position, token in enumerate(tokens)
                     if token.endswith("est") and token[:-3] + "er" in vocab.comparatives
                     and not (position and tokens[position - 1] in vocab.ordinals))


def _names_topic(step: Step, held: list[Step], core: Analysis, compiled: CompiledFact,
                 vocab: Vocabulary) -> bool:
    """'Which time zone are *the flyby times* given in': a word that only says which of the
    things the fact holds are meant, and that names the fact's topic ('flyby'), is said by
    the fact being on that topic ('Juice came closest to the Moon at 2:45 a.m. India
    time')."""
    if step.kind != "word" or not _is_topic_word(step.claim, compiled.fact.topic):
        return False
    kept = {s.key for s in held}
    following = {pos + 1 for term, pos in core.terms if term == step.key}
    return any(pos in following and term in kept for term, pos in core.terms)


@lru_cache(maxsize=4096)
def _is_topic_word(word: str, topic: str) -> bool:
    return fold(word) in tokenise(topic.replace("-", " "))


def _matched_twice(held: list[Step]) -> set[Step]:
    """Question words held only through a derived form of a fact word that another
    question word holds, as itself or (the first of them) by derivation too: the fact's
    word says the one thing ('ramp' is not the 'storm' the question also names, though the
    verbs 'ramp' and 'storm' both rage; 'earned' is not both the 'net' and the 'profit')."""
    itself = {s.fact.lower() for s in held if s.kind == "word" and s.via == "same word"}
    derived = [s for s in held if s.kind == "word" and s.via.endswith("derivation")]
    return {s for at, s in enumerate(derived) if s.fact.lower() in itself or any(
        s.fact.lower() == before.fact.lower() for before in derived[:at])}


def _held_by_measure(step: Step, gap: Gap, compiled: CompiledFact) -> bool:
    """A question word the fact holds only by its word for what the question measures:
    that word says the one thing ('how much *diesel* did the new *engine* burn' is not
    answered by 'burns 900 kg of diesel', though a diesel is a kind of engine)."""
    measured = {compiled.word_for(term).lower() for term in gap.measure
                if term in compiled.terms}
    return step.kind == "word" and step.key not in gap.measure and (
        step.fact.lower() in measured)


def _as_name_part(step: Step, core: Analysis, compiled: CompiledFact,
                  vocab: Vocabulary) -> Step:
    """A capitalised word of the question that the fact lacks, held when it is a word of
    the name of an entity the fact names: 'Tampa' for Tampa International Airport."""
    if step.kind != "word" or step.relation != Relation.INDEPENDENT:
        return step
    named = [e for e in vocab.name_words.get(step.key, ()) if e in compiled.entities]
    if not named or fold(step.claim) not in core.names:
        return step
    # held as the entity it names, not as a word the fact says
    return step._replace(kind="entity", fact=vocab.describe_entity(named[0]),
                         relation=Relation.EQUIVALENT, via="a word of its name")


@lru_cache(maxsize=8)
def _defined_as(index: Index, vocab: Vocabulary) -> dict[str, frozenset[str]]:
    """What the store's facts say each entity is, by the head noun after 'is a' in a
    statement that opens with its name: 'The Inola smelter is *a project* being planned'
    makes 'the project' a way to speak of the Inola smelter."""
    found: dict[str, set[str]] = {}
    stops = vocab.question_words["figure_predicates"]
    for compiled in index.facts:
        fact = read_statement(compiled.fact.statement, vocab)
        tokens = fact.tokens
        for entity_id, pos in fact.entities:
            if pos > int(tokens[:1] == ["the"]):
                continue  # only the name the statement opens with
            article = fact.entity_ends.get(pos, pos + 1) + 1
            if article + 1 >= len(tokens) or tokens[article - 1] not in vocab.be_forms or (
                    tokens[article] not in vocab.question_words["indefinite_articles"]):
                continue
            at = {p: t for t, p in fact.terms}
            head = ""
            for position in range(article + 1, len(tokens)):
                token = tokens[position]
                if token in vocab.auxiliaries or token in vocab.prepositions or (
                        token in stops or token[0].isdigit()):
                    break
                if (_is_verb_at(fact, position, vocab) or vocab.is_participle(token)) and (
                        position + 1 not in at):
                    break  # 'a company *based* in', not 'a *shipping* lane'
                head = at.get(position, head)
            if head:
                found.setdefault(entity_id, set()).add(head)
    return {entity_id: frozenset(heads) for entity_id, heads in found.items()}


def _as_defined(step: Step, compiled: CompiledFact, defined: dict[str, frozenset[str]],
                vocab: Vocabulary) -> Step:
    """A noun of the question the fact lacks, held when the store says an entity the fact
    names is one ('how many jobs will *the project* support': 'building the smelter…',
    the smelter being 'a project')."""
    if step.kind != "word" or step.relation != Relation.INDEPENDENT:
        return step
    named = [e for e in compiled.entities if step.key in defined.get(e, ())]
    if not named:
        return step
    return step._replace(kind="entity", fact=vocab.describe_entity(named[0]),
                         relation=Relation.EQUIVALENT, via="what the store says it is")


def _beside_name(steps: list[Step], core: Analysis, compiled: CompiledFact,
                 vocab: Vocabulary) -> list[Step]:
    """A word the fact lacks (or has only as a kind of it), right beside question words
    held as an entity the fact names, is held with them when it is a word of one of that
    entity's names: 'the anti-personnel mine *ban*' for the Anti-Personnel Mine Ban
    Convention, 'the night *sailing* pact' for the Night Sailing Accord."""
    held_at = {pos: s.key[1:] for s in steps if s.kind == "entity" and s.relation in _HELD
               and s.key[1:] in compiled.entities
               for term, pos in core.terms if core.raw_terms.get(term) == s.claim}
    # … or beside each other: two words of one name together name it ('the anti-personnel
    # mine ban' for the Anti-Personnel Mine Ban Convention), where one alone would not
    term_places = {pos for _, pos in core.terms}
    for pos in sorted(term_places):
        pair = (core.tokens[pos], core.tokens[pos + 1]) if pos + 1 in term_places else None
        named = pair and next((e for e in sorted(compiled.entities)
                               if set(pair) <= vocab.entity_name_words.get(e, frozenset())), None)
        if named:
            held_at.update({pos: named, pos + 1: named})
    if not held_at:
        return steps
    found = list(steps)
    changed = True
    while changed:  # 'the *night* sailing pact': a word beside one held so
        changed = False
        for i, step in enumerate(found):
            if step.kind != "word" or step.relation not in (Relation.INDEPENDENT,
                                                            Relation.REVERSE):
                continue
            places = [pos for term, pos in core.terms if term == step.key]
            beside = {held_at[pos + side] for pos in places
                      for side in (-1, 1) if pos + side in held_at}
            named = next((e for e in beside if _names_word(e, fold(step.claim), vocab)), None)
            if named is not None:
                found[i] = step._replace(kind="entity", fact=vocab.describe_entity(named),
                                         relation=Relation.EQUIVALENT, via="a word of its name")
                held_at.update((pos, named) for pos in places)
                changed = True
    return found


def _as_dimension_word(step: Step, compiled: CompiledFact, vocab: Vocabulary) -> Step:
    """'what will *the money* pay for': a word that names a dimension ('money', 'funds',
    'budget') is held by the fact's own word for that dimension ('the border *funding*'),
    as it is by a figure of it. Words for a time ('year', 'period') set a scene, they name
    no thing one has."""
    if step.kind != "word" or step.relation in _HELD:
        return step
    word = fold(step.claim)
    clock = next((q for q in read_statement(compiled.fact.statement, vocab).quantities
                  if q.dimension == _CLOCK), None) if _CLOCK in {
        word, *vocab.lemmas_of(word)} else None
    if clock is not None:  # "which time zone are the *times* given in": the fact's clock time
        return step._replace(fact=_words(compiled.fact.statement, clock.start, clock.end),
                             relation=Relation.EQUIVALENT, via="the clock time it gives")
    dimension = vocab.dimension_nouns.get(word)
    if dimension in (None, "date", "duration"):
        return step
    fact = read_statement(compiled.fact.statement, vocab)
    said = next((t for t in fact.tokens if vocab.dimension_nouns.get(t) == dimension), None)
    if said is None and dimension == _COUNT:
        # 'its full gate *count*': the fact's figure of gates is their count (a word for
        # a length or a sum names an attribute, 'height', 'cost', that a figure may not be)
        figure = next((q for q in fact.quantities if q.dimension == dimension), None)
        said = None if figure is None else _words(compiled.fact.statement, figure.start,
                                                    figure.end)
    return step if said is None else step._replace(
        fact=said, relation=Relation.EQUIVALENT, via=f"a word for the {dimension}")


def _describing(core: Analysis, held: list[Step], subject: list[str],
                vocab: Vocabulary) -> set[str]:
    """The words of a participle that only says which thing a held name is ('the treaty
    *banning anti-personnel mines*'), up to the next preposition: the name already
    picks it out. Not after the question's doer, whose '-ing' is the question's verb."""
    named = {s.key for s in held if s.kind == "entity"}
    return {term for entity_id, terms in _participles(core, vocab)
            if "@" + entity_id in named and entity_id not in subject for term in terms}


@lru_cache(maxsize=64)
def _participles(core: Analysis, vocab: Vocabulary) -> tuple[tuple[str, frozenset[str]], ...]:
    """Each name of the question followed by an '-ing' word, with the terms from there
    to the next preposition (worked out once per question)."""
    at = {pos: t for t, pos in core.terms}
    found: list[tuple[str, frozenset[str]]] = []
    for entity_id, pos in core.entities:
        position = core.entity_ends.get(pos, pos + 1)
        word = core.tokens[position] if position < len(core.tokens) else ""
        if not (word.endswith("ing") and vocab.can_be_verb(word)):
            continue
        terms: set[str] = set()
        while position < len(core.tokens) and core.tokens[position] not in vocab.prepositions:
            if position in at:
                terms.add(at[position])
            position += 1
        found.append((entity_id, frozenset(terms)))
    return tuple(found)


def _possessors_of(core: Analysis, held: list[Step], vocab: Vocabulary) -> set[str]:
    """'San Diego's new Terminal 1', "O'Hare's Terminal D": a possessor that only says
    whose a named thing is, when the fact names that thing and the store gives it no
    other owner ("San Diego's Airside D" asks of a terminal the store puts at Tampa)."""
    named = {s.key for s in held if s.kind == "entity"}
    starts = {pos: e for e, pos in core.entities}
    found: set[str] = set()
    for pos, entity_id in starts.items():
        end = core.entity_ends.get(pos, pos + 1)
        if end < len(core.tokens) and core.tokens[end] == "s" and any(
                "@" + starts[later] in named and _may_own(entity_id, starts[later], vocab)
                for later in range(end + 1, end + 4) if later in starts):
            found.add("@" + entity_id)
    return found


def _implied_modifiers(alignment: Alignment, core: Analysis, knowledge: Knowledge) -> set[str]:
    """'the *cyclone's* highest impact zone', 'the *smelter* venture': a noun of the
    question that only says which thing the noun after it is, which a fact that calls the
    thing plainly 'the highest-impact zone' or 'the venture' (a determiner and none of its
    own words before the noun) leaves to the article, when the store uses that word as a
    noun of its own; a word the article never uses so ('the *tram* venture', 'the *later*
    flybys') is still asked, and a fact with a word of its own there ('the *first*
    venture') names another."""
    open_words = {s.key for s in alignment.steps
                  if s.kind == "word" and s.relation == Relation.INDEPENDENT}
    if not open_words:
        return set()  # nearly every fit
    vocab = knowledge.vocab
    held = {s.key: s.fact for s in alignment.steps if s.kind == "word" and s.relation in _HELD}
    at = {pos: term for term, pos in core.terms}
    verbs = _question_verbs(core, vocab)
    found: set[str] = set()
    for term, pos in core.terms:
        if term not in open_words or term in verbs or term not in _store_nouns(
                knowledge.index, vocab):
            continue
        head = pos + 1 + (core.tokens[pos + 1:pos + 2] == [_POSSESSIVE])
        while head + 1 in at:
            head += 1  # 'the cyclone's highest impact *zone*': the noun the others modify
        if head == pos or at.get(head) not in held or not all(
                at.get(p) in held for p in range(pos + 1, head) if p in at):
            continue
        if _said_plainly(alignment.fact, held[at[head]], set(held.values()), vocab):
            found.add(term)
    return found


@lru_cache(maxsize=8)
def _store_nouns(index: Index, vocab: Vocabulary) -> frozenset[str]:
    """The terms the store's facts use as a noun of their own: after a determiner, with no
    other term but a verb after them ('*the smelter* that EGA is planning', '*the cyclone*
    came ashore'; not 'the *later* flybys')."""
    found: set[str] = set()
    for compiled in index.facts:
        fact = read_statement(compiled.fact.statement, vocab)
        at = {pos for _, pos in fact.terms}
        found.update(term for term, pos in fact.terms
                     if pos and fact.tokens[pos - 1] in vocab.determiners
                     and (pos + 1 not in at or pos + 1 in fact.verbs)
                     and fact.tokens[pos] not in vocab.ordinals)  # 'the first' is a rank
    return frozenset(found)


def _said_plainly(compiled: CompiledFact, word: str, held_words: set[str],
                  vocab: Vocabulary) -> bool:
    """The fact says ``word`` after a determiner with nothing between but the question's
    own words ('*the* highest-impact zone')."""
    fact = read_statement(compiled.fact.statement, vocab)
    at = {pos: compiled.word_for(term) for term, pos in fact.terms}
    for pos, fact_word in at.items():
        if fact_word != word:
            continue
        start = pos
        while start - 1 in at and at[start - 1] in held_words:
            start -= 1
        if start and fact.tokens[start - 1] in vocab.determiners:
            return True
    return False


def _may_own(owner_id: str, thing_id: str, vocab: Vocabulary) -> bool:
    """The store gives the thing no owner, or the one named, or one a name of which holds
    the owner's name (San Diego International Airport for San Diego; Statistics New
    Zealand, known as Stats NZ, for New Zealand)."""
    thing, owner = vocab.entities.get(thing_id), vocab.entities.get(owner_id)
    if thing is None or owner is None or not thing.member_of:
        return True
    said = frozenset(tokenise(owner.name))
    return any(group == owner_id or said <= vocab.entity_name_words.get(group, frozenset())
               for group in thing.member_of)


@lru_cache(maxsize=64)
def _set_aside(core: Analysis, vocab: Vocabulary) -> frozenset[str]:
    """'*Besides Harbourline*, which companies ...': a name right after a cue that others
    are asked for is left out of the answer, not asked of the fact ('other Harbourline
    ships' says which ships: a noun follows the name)."""
    terms = {pos for _, pos in core.terms}
    return frozenset("@" + entity_id for entity_id, pos in core.entities
                     if pos and core.tokens[pos - 1] in vocab.plural_cues
                     and core.entity_ends.get(pos, pos + 1) not in terms)


@lru_cache(maxsize=64)
def _alternatives(core: Analysis) -> dict[str, set[str]]:
    """Terms the question joins with 'or', each with the others."""
    at = {pos: t for t, pos in core.terms}
    pairs: dict[str, set[str]] = {}
    for pos, term in at.items():
        if pos + 2 in at and core.tokens[pos + 1] == "or":
            pairs.setdefault(term, set()).add(at[pos + 2])
            pairs.setdefault(at[pos + 2], set()).add(term)
    return pairs


def _owned_asked(gap: Gap, core: Analysis) -> frozenset[str]:
    """'Which country*'s ships*': the words of the noun whose owner the question asks
    for, or none."""
    after = max(gap.span, default=-1) + 1
    if gap.answer != "entities" or core.tokens[after:after + 1] != [_POSSESSIVE]:
        return frozenset()
    terms = dict((pos, term) for term, pos in core.terms)
    position = after + 1
    owned: set[str] = set()
    while position in terms:
        owned.add(terms[position])
        position += 1
    return frozenset(owned)


def _owners_given(compiled: CompiledFact, owned: frozenset[str],
                  vocab: Vocabulary) -> set[str]:
    """The names the fact puts before the noun as its owners ('*NATO* ships', 'a
    *Russian* oil tanker'); none when it puts no name there and leaves the owner to be
    read otherwise ('the experience Ukraine has gained')."""
    return {vocab.entities[e].name for e, term in compiled.modifiers
            if term in owned and e in vocab.entities}


def _related_elsewhere(compiled: CompiledFact, owned: frozenset[str], core: Analysis,
                       vocab: Vocabulary) -> frozenset[str]:
    """The names the fact puts after a preposition that follows neither the noun whose
    owner the question asks nor a name the question gives ("members' anger *at Health
    NZ*"): what a relation is to, not whose the thing asked about is ('members *of* the
    union', 'the East Dock *at Alna*' are theirs)."""
    fact = read_statement(compiled.fact.statement, vocab)
    tokens = fact.tokens
    asked = set(core.entity_ids)
    in_asked = {at for e, pos in fact.entities if e in asked
                for at in range(pos, fact.entity_ends.get(pos, pos + 1))}
    found = set()
    for entity_id, pos in fact.entities:
        if pos not in fact.governed or entity_id not in vocab.entities:
            continue
        before = pos - 1 if tokens[pos - 1] in vocab.prepositions else pos - 2
        if before > 0 and before - 1 not in in_asked and (
                vocab.canonical(tokens[before - 1]) not in owned):
            found.add(vocab.entities[entity_id].name)
    return frozenset(found)


def _owners_opening_name(alignment: Alignment, gap: Gap, core: Analysis,
                         vocab: Vocabulary) -> list[str]:
    """'Which country*'s tariffs*' against 'the impact of *US tariffs*': the noun whose
    owner is asked stands for a name of the fact that opens with another of its names, of
    the kind asked ('*US* tariffs', '*Japanese* ambassador'), which says whose it is."""
    owned = _owned_asked(gap, core)
    if not owned:
        return []
    said = {pos: term for term, pos in core.terms}
    holders = {s.key[1:] for s in alignment.steps if s.kind == "entity" and s.relation in _HELD
               and any(said.get(pos) in owned for pos, token in enumerate(core.tokens)
                       if token in tokenise(s.claim))}
    return [vocab.entities[e].name for e in alignment.fact.fact.entities
            if e not in holders and e in vocab.entities and _kind_fits(e, gap, vocab)
            and any(_opens_name(e, holder, vocab) for holder in holders)]


@lru_cache(maxsize=1024)
def _opens_name(entity_id: str, holder: str, vocab: Vocabulary) -> bool:
    """A name of ``entity_id`` is the first words of a longer name of ``holder``."""
    names = [(alias.split(), found) for aliases in vocab.fuzzy_aliases.values()
             for alias, found in aliases if found in (entity_id, holder)]
    return any(found == entity_id and any(
        other == holder and len(words) > len(opening) and words[:len(opening)] == opening
        for words, other in names) for opening, found in names)


def _amount_of_another(alignment: Alignment, gap: Gap, core: Analysis,
                       vocab: Vocabulary) -> bool:
    """A figure followed by 'of' and a noun ('100 to 150 kg *of fuel*', 'five miles *of
    new roads*') is an amount of that thing: not of what a question names when it names
    nothing else ('how heavy is Juice'), nor of the other thing a question measures ('how
    long are the elevated *lanes*'); the thing the gap's own words measure ('how many
    hectares *of vines*') is what is asked."""
    asked = _measured_noun(core, gap, vocab)
    if asked is None and any(s.kind != "entity" and s.relation in _HELD
                             for s in alignment.content):
        return False
    if gap.measure and not _asks_share(gap, core) and any(
            gap.measure <= q.measure for q in alignment.fact.quantities
            if q.dimension in gap.dimensions):
        return False  # the store records the figure as a measure of what is asked ('41,000
        # tonnes of CO2' is the total carbon footprint the question asks for), not of the
        # whole a part is asked of ('how much *of* its land')
    fact = read_statement(alignment.fact.fact.statement, vocab)
    terms = dict((pos, term) for term, pos in fact.terms)
    for of in (q.end for q in fact.quantities
               if q.dimension in gap.dimensions and q.end < len(fact.tokens) - 1):
        head = of + 1
        while head < len(fact.tokens) - 1 and fact.tokens[head] in vocab.determiners:
            head += 1
        if fact.tokens[of] != "of" or head not in terms:
            continue
        phrase = {terms[head]}
        while head + 1 in terms:
            head += 1  # 'of new *roads*': the noun the words before it modify
            phrase.add(terms[head])
        if phrase & gap.measure:  # 'of all the new heating *systems* funded'
            return False
        return asked is None or not (terms[head] == asked or any(
            s.key == asked and s.relation in _HELD and tokenise(s.fact)[-1:] == [
                fact.tokens[head]] for s in alignment.content))
    return False


def _measured_noun(core: Analysis, gap: Gap, vocab: Vocabulary) -> str | None:
    """'How long *are* the elevated lanes': the term for what a copula after the gap
    says is measured, the last of the words it opens."""
    after = max(gap.span, default=-1) + 1
    if after >= len(core.tokens) or core.tokens[after] not in vocab.be_forms:
        return None
    terms = dict((pos, term) for term, pos in core.terms)
    position = after + 1
    while position < len(core.tokens) and core.tokens[position] in vocab.determiners:
        position += 1
    if position not in terms:
        return None
    while position + 1 in terms:
        position += 1
    return terms[position]
