"""Support joined across facts: a claim no one fact holds, split between two facts about
the same thing (a modifier, an owner, a list, a date told in the other), or a count of
named entities counted together across facts.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from factcli.index import CompiledFact
from factcli.logic import Relation
from factcli.quantities import FactQuantity, QuantityMention, compare_quantity
from factcli.text import Analysis, and_list, read_statement
from factcli.verifying.alignment import _HOLDS, Alignment, Step
from factcli.verifying.entities import _owners_named, _told_of
from factcli.verifying.readings import _counted_kind
from factcli.verifying.status import _tense_apart

if TYPE_CHECKING:
    from factcli.vocabulary import Vocabulary


_PUNCTUATION = re.compile(r"[,;:()]")


def _joint_support(reading: Analysis, alignments: list[Alignment],
                   vocab: Vocabulary) -> list[Alignment] | None:
    """Support from two facts joined by an entity the claim names: the first carries most of
    the claim and every figure, the second the words the first lacks, said of an entity
    that both facts share and that the second fact is about (so 'Russia is fortifying its
    borders with Lithuania' does not borrow 'fortifying' from a fact about Lithuania)."""
    if reading.exclusive:
        return None  # 'only' is a claim about one fact's whole list
    mentioned = set(reading.entity_ids)
    subject = set(reading.subject_entities)
    verb_at = reading.predicate_at if reading.predicate_at is not None else 0
    fronted = reading.adjuncts | {"@" + e for e, pos in reading.entities
                                  if pos < reading.fronted
                                  or (pos < verb_at and pos in reading.governed)}
    # What the claim says happened: its verbs, or (after a light verb: 'has carried out a
    # flyby') the first word of its predicate. The first fact must carry it; the second
    # only adds to it.
    after = reading.predicate_at if reading.predicate_at is not None else 0
    said = sorted((pos, t) for t, pos in reading.terms if pos >= after)
    copular = not reading.verb_terms and reading.predicate_at is not None and (
        reading.tokens[reading.predicate_at] in vocab.be_forms)
    # what a thing is ('a land corridor', 'of 100 km') is no act: any fact may hold a part
    acts = reading.verb_terms or (set() if copular else {t for _, t in said[:1]})
    for first in alignments:
        if not acts <= set(first.matched):
            continue
        gaps = first.quantity_gaps
        # what the claim says of its words ('most of', 'only', 'already') is the first
        # fact's to hold: a second fact adds words, not a share or a status
        qualified = all(s.relation in _HOLDS for s in first.steps
                        if s.kind not in ("word", "entity", "figure", "count"))
        # nor does a second fact give a figure the first gives otherwise ('September'
        # against the first fact's 'August')
        dated_otherwise = any(s.kind == "figure" and s.fact and s.relation not in _HOLDS
                              for s in first.steps)
        if (not qualified or dated_otherwise or _dates_another_act(reading, first, gaps)
                or first.conflicts or first.subject_missing
                or first.ratio < 0.4 or not (first.unmatched or gaps)
                or first.fact_negated != first.claim_negated):
            continue
        missing = set(first.unmatched)
        # 'the chief executive of Tribus welcomed …': who the first fact's subject is, told
        # by a fact that lends only that, whatever else the claim says
        post = None if gaps else next((second for second in alignments if second is not first
                                       and _subject_described(reading, first, second, missing,
                                                              vocab)), None)
        if post is not None and all(_holds_pair(pair, first) for pair in reading.objects) and (
                not _tense_apart(reading, first, vocab)):
            return [first, post]
        owners = _owners_named(reading)
        # a name alone is no detail another fact adds ('… needs, with Russia'), but for one
        # that says whose a thing the first fact holds is ('ESA's Juice')
        owning = bool(missing) and all(
            m[1:] in owners and "@" + owners[m[1:]] in first.matched for m in missing)
        if missing and all(m.startswith("@") for m in missing) and not owning:
            continue
        if missing & {"@" + e for e in reading.oblique_entities} and not owning:
            continue  # "renovate bridges in Latvia": where it happens is the event's own fact
        if missing & {t for t, pos in reading.terms if reading.tokens[pos] in vocab.part_nouns}:
            continue  # 'the third phase began in June': which part, too, is the event's own
        held = set(first.matched)
        if any({"@" + e for e in group} & missing and {"@" + e for e in group} & held
               for group in reading.lists):
            continue  # a list the claim names is one fact's list, not pieced together
        if _tense_apart(reading, first, vocab):
            continue
        for second in alignments:
            if second is first or second.conflicts or second.subject_missing:
                continue
            if any(s.fact and s.relation not in _HOLDS and not _figured_by(s, first)
                   for s in second.steps):
                continue  # 'a slower route' from a fact of 'a quicker route'
            if second.fact_negated != second.claim_negated:
                continue
            if not missing <= set(second.matched) or _tense_apart(reading, second, vocab):
                continue
            shared = _told_of(first.fact, vocab) & _told_of(second.fact, vocab) & mentioned
            # a thing both facts name the same definite way joins them as a name does
            thing = None if shared and not gaps else _one_thing(first.fact, second.fact, vocab)
            if not (shared or thing):
                continue
            if gaps and not _dated_by(second, gaps, reading, vocab,
                                      thing is not None and _said_of_both(first, second, reading)):
                continue  # every figure is the first fact's, but for a date of a thing
            if _counted_by_another_verb(reading, second, gaps):
                continue  # 'dredge four piers' from 'its dredging' and 'rebuild four piers'
            if subject and not subject <= (second.fact.subject | first.fact.subject):
                continue
            described = (shared & second.fact.subject) - first.fact.subject
            if missing & fronted:
                # 'During the Venus encounter, Juice took pictures': when or where it
                # happened is not borrowed from another fact, which may tell of another time
                continue
            if not (_attached_in(second, missing, reading) and _attached_in(
                    first, set(first.matched) - set(second.matched), reading)):
                continue  # "groups with Poland": the fact with Poland must have the groups
            # What a thing is ('a land corridor', 'of 100 km'), told by two facts about it,
            # is one description; what it did may be two events.
            description = copular and bool(subject) and subject <= (
                first.fact.subject & second.fact.subject)
            # A name the first fact lacks is not brought in by another fact that has it:
            # 'Juice took pictures during the flyby for the Moon', 'a flyby of the Moon
            # and then Earth in Venus' read well word by word and say what no fact says.
            # 'bunkers and anti-tank ditches are among what the funding pays for': each fact
            # gives its own members of a list, with the act the claim says of them all
            listed = acts <= set(second.matched) and _members_of_a_list(
                missing, first, reading, vocab)
            if _split_across(reading, first, second, missing):
                continue  # 'rebuild eight bridges' from 'rebuild road' and 'renovate bridges'
            # … told by a fact about that thing that names its owner ('Juice is a
            # spacecraft of the European Space Agency')
            owned = owning and all(owners[m[1:]] in second.fact.subject and _says_owner(
                second.fact, m[1:], owners[m[1:]], vocab) for m in missing)
            if (described or description or gaps or listed or owned) and all(
                    _holds_pair(pair, first) or _holds_pair(pair, second)
                    for pair in reading.objects) and all(
                    _owns(pair, first) or _owns(pair, second)
                    for pair in _modifiers_within_clause(reading)):
                if thing is not None:
                    second.steps.append(Step("join", "", thing, thing, Relation.EQUIVALENT,
                                             "the same thing in both facts"))
                return [first, second]
    return None


def _subject_described(reading: Analysis, first: Alignment, second: Alignment,
                       missing: set[str], vocab: Vocabulary) -> bool:
    """The words the first fact lacks all describe the claim's subject ('the chief
    executive of Tribus welcomed the consent', 'harbour master Ada Brisk opened the pier'),
    and the second fact says that description, all of it, of the first fact's own subject
    and says nothing else of it ('Luke Murray is the chief executive of Tribus'): the claim
    names by its post the one the first fact names by name."""
    if not missing or not first.fact.subject or first.fact.subject != second.fact.subject:
        return False
    items = [(pos, t) for t, pos in reading.terms] + [
        (pos, "@" + e) for e, pos in reading.entities]
    lacking = [pos for pos, key in items if key in missing]
    if not lacking:
        return False
    # the description runs up to the first word after it that the first fact holds (the
    # act: 'welcomed'; a verb the reading leaves unread, 'argued', holds nothing)
    end = min((pos for pos, key in items if key in first.matched and key[0] != "@"
               and pos > max(lacking)), default=None)
    if end is None or (reading.predicate_at is not None and end > reading.predicate_at):
        return False
    description = {key for pos, key in items if reading.fronted <= pos < end}
    if not missing <= description or not description <= set(second.matched):
        return False
    said = read_statement(second.fact.fact.statement, vocab)
    return (said.predicate_at is not None and not said.verb_terms and not said.negations
            and said.tokens[said.predicate_at] in vocab.be_forms
            and first.fact.subject <= set(said.subject_entities))


def _dates_another_act(reading: Analysis, first: Alignment, gaps: set[str]) -> bool:
    """The first fact gives the claim's date, but to another act: 'Corvia's warning was
    issued in 2024' from 'Corvia closed the depot in 2024' and 'Corvia had warned …': a date
    is the date of the words around it ('warning'), which the fact holding it must hold."""
    held = {key.removeprefix("@") for key in first.matched}
    return any(m.dimension == "date" and "#" + m.text not in gaps and m.context
               and m.context.isdisjoint(held) for m in reading.quantities)


def _says_owner(compiled: CompiledFact, owner: str, owned: str, vocab: Vocabulary) -> bool:
    """The fact says whose its subject is: 'Juice is a spacecraft of the European Space
    Agency', 'the European Space Agency's Juice'; not 'Juice can pass closer to
    Ganymede'."""
    said = read_statement(compiled.fact.statement, vocab)
    if _owners_named(said).get(owner) == owned:
        return True
    at = said.predicate_at
    if at is None or said.tokens[at] not in vocab.be_forms:
        return False
    for entity, pos in said.entities:
        if entity == owner and pos > at:
            before = pos - 1
            while before > at and said.tokens[before] in vocab.determiners - {"of"}:
                before -= 1
            if said.tokens[before] == "of":
                return True
    return False


def _split_across(reading: Analysis, first: Alignment, second: Alignment,
                  missing: set[str]) -> bool:
    """A verb and what it is done to ('rebuild eight bridges'), or the two nouns of a
    compound ('the flight director'), one held only by the first fact and the other only
    added by the second: each fact says it of another thing."""
    at = {pos: t for t, pos in reading.terms}
    held, added = set(first.matched), set(second.matched)

    def only_first(term: str) -> bool:
        return term in held and term not in added

    for a, b in pairwise(sorted(at)):
        verb_object = a in reading.verbs and b not in reading.verbs
        compound = b == a + 1 and not {a, b} & reading.verbs
        if (verb_object or compound) and only_first(at[a]) and at[b] in missing:
            return True
        if compound and only_first(at[b]) and at[a] in missing:
            return True
    return False


def _modifiers_within_clause(reading: Analysis) -> list[tuple[str, str]]:
    """The claim's name-before-noun pairs, but for a name that ends an opening phrase and
    the noun that starts the main clause after its comma ('At O'Hare, work on …')."""
    if not reading.fronted:
        return reading.modifiers
    opening = {e for e, pos in reading.entities if pos < reading.fronted}
    main = {t for t, pos in reading.terms if pos >= reading.fronted}
    return [(e, t) for e, t in reading.modifiers if not (e in opening and t in main)]


def _figured_by(step: Step, first: Alignment) -> bool:
    """A figure that the first fact of a join gives as the claim does ('eleven more gates'),
    which the second fact only widens with one of its own ('30 gates in all')."""
    return step.kind in ("figure", "count") and step.relation == Relation.REVERSE and any(
        s.key == step.key and s.relation in _HOLDS for s in first.steps)


def _members_of_a_list(missing: set[str], first: Alignment, reading: Analysis,
                       vocab: Vocabulary) -> bool:
    """Each run of the claim's words that the first fact lacks is a whole member of a list
    whose member next to it the first fact holds ('bunkers and anti-tank ditches'), not
    part of one ('mooring cranes as well as bollards': 'mooring' is not the cranes' in the
    fact of mooring bollards)."""
    if not missing:
        return False
    held = set(first.matched) - missing
    items = sorted([(pos, pos + 1, t) for t, pos in reading.terms]
                   + [(pos, reading.entity_ends.get(pos, pos + 1), "@" + e)
                      for e, pos in reading.entities])
    runs: list[tuple[int, int]] = []  # (index of the first item, of the last)
    for index, (_, _, key) in enumerate(items):
        if key not in missing:
            continue
        if runs and runs[-1][1] == index - 1:
            runs[-1] = (runs[-1][0], index)
        else:
            runs.append((index, index))

    def listed_with(at: int, near: int) -> bool:
        return 0 <= near < len(items) and items[near][2] in held and items[near][2] in (
            reading.coordinated_with(items[at][2], vocab.ignored))

    def closed(at: int, near: int) -> bool:  # nothing of the same phrase on that side
        if not 0 <= near < len(items):
            return True
        left, right = sorted((items[at], items[near]))
        return right[0] > left[1]

    return all((listed_with(begin, begin - 1) and closed(end, end + 1))
               or (listed_with(end, end + 1) and closed(begin, begin - 1))
               for begin, end in runs)


def _one_thing(first: CompiledFact, second: CompiledFact, vocab: Vocabulary) -> str | None:
    """The thing two facts about the same subject both name with the same definite phrase
    ('the border fortification project', 'the second phase'), as the fact words it: in one
    article that phrase refers to one thing, so what one fact tells of it (its deadline, a
    figure of its parts) adds to what the other says."""
    if not first.subject & second.subject:
        return None
    phrases = _definite_phrases(second.fact.statement, vocab)
    shared = _definite_phrases(first.fact.statement, vocab).keys() & phrases.keys()
    return phrases[min(shared, key=lambda key: (-len(key), key))] if shared else None


@lru_cache(maxsize=4096)
def _definite_phrases(statement: str, vocab: Vocabulary) -> dict[tuple[str, ...], str]:
    """The phrases of two or more words or names after a definite determiner ('the
    border fortification project'), keyed by their canonical terms; each start of a run of
    nouns and modifiers counts, as a verb the reading misses may end it, and no phrase runs
    on past a comma ('with the second phase, Terminal 1 …') or into a name after a word."""
    phrases: dict[tuple[str, ...], str] = {}
    for chunk in _PUNCTUATION.split(statement):
        reading = read_statement(chunk, vocab)
        items = {pos: (term, pos + 1) for term, pos in reading.terms if pos not in reading.verbs}
        items.update({pos: ("@" + e, reading.entity_ends.get(pos, pos + 1))
                      for e, pos in reading.entities})
        for at, token in enumerate(reading.tokens):
            if token not in vocab.definite:
                continue
            keys: list[str] = []
            end = at + 1
            while end in items:
                key, after = items[end]
                if keys and key.startswith("@"):
                    break  # 'the borders Lithuania is fortifying': a name opens a clause
                keys.append(key)
                end = after
                if len(keys) >= 2:
                    phrases[tuple(keys)] = " ".join(reading.tokens[at + 1:end])
    return phrases


def _counted_together(reading: Analysis, alignments: list[Alignment],
                      vocab: Vocabulary) -> list[Alignment] | None:
    """'At least five countries, Lithuania among them, intend to leave the convention': a
    count of the claim's subjects, made of the subjects of every fact that says all else
    the claim does, each of the kind counted ('Lithuania has decided to pull out …',
    'Estonia, Latvia, Poland and Finland also intend to withdraw …'), the names the claim
    counts among them included. Support only: other facts may name more."""
    if reading.exclusive or reading.negations % 2 or reading.predicate_at is None:
        return None
    counts = [(m, counted) for m in reading.quantities
              if m.start < reading.predicate_at
              and (counted := _counted_kind(m, reading, vocab)) is not None]
    if len(counts) != 1 or len(reading.quantities) != 1:
        return None
    mention, (kind, noun) = counts[0]
    named = {e for e in reading.subject_entities if vocab.entities[e].kind == kind}
    acts = reading.verb_terms
    doers: list[Alignment] = []
    members: set[str] = set()
    for alignment in sorted(alignments, key=lambda a: -a.ratio):
        subject = alignment.fact.subject
        if (acts and _does(acts, alignment, vocab) and _says_all_but_who(alignment) and subject
                and not subject <= members
                and all(vocab.entities[e].kind == kind for e in subject)):
            doers.append(alignment)
            members |= subject
    if len(doers) < 2 or not named or not named <= set(members):
        return None
    total = FactQuantity(value=float(len(members)), unit="count", dimension="count",
                         qualifier="exact", measure=frozenset(), label=noun,
                         display=f"{len(members)} {noun}", source_unit="count")
    if compare_quantity(mention, total) is not True:
        return None
    joined = [Alignment(a.fact, [s for s in a.steps if s.kind not in ("count", "role")])
              for a in doers]
    names = and_list([vocab.describe_entity(e) for e in sorted(members)])
    joined[-1].steps.append(Step("count", "#" + mention.text, f"{mention.text} {noun}",
                                 f"{len(members)} {noun} ({names})", Relation.EQUIVALENT
                                 if mention.qualifier == "exact" else Relation.FORWARD,
                                 "count of named entities across facts"))
    return joined


def _does(acts: frozenset[str], alignment: Alignment, vocab: Vocabulary) -> bool:
    """The fact says the claim's acts as its own verbs, of its subject: not as a gerund
    after a preposition ('their reason for leaving', 'criticised for leaving')."""
    reading = read_statement(alignment.fact.fact.statement, vocab)
    said = {s.key: s.fact for s in alignment.steps if s.relation in _HOLDS}
    verbs = {reading.raw_terms.get(term) for term, pos in reading.terms
             if pos in reading.verbs and not (reading.tokens[pos].endswith("ing")
                                              and reading.tokens[pos - 1] in vocab.prepositions)}
    return all(said.get(act) in verbs for act in acts)


def _says_all_but_who(alignment: Alignment) -> bool:
    """The fact says everything the claim does, as the claim says it, but perhaps of
    others: only its subject and the claim's count may differ."""
    return alignment.fact_negated == alignment.claim_negated and all(
        s.relation in _HOLDS for s in alignment.steps if s.kind not in ("count", "role"))


def _dated_by(second: Alignment, gaps: set[str], reading: Analysis,
              vocab: Vocabulary, one_thing: bool) -> bool:
    """'Juice's April 2023 launch', 'O'Hare's $1.3 billion Terminal D': a figure standing
    before a noun or a name, both held by the second fact ('Juice was launched in April
    2023', 'the Terminal D project is worth 1.3 billion dollars'); or a deadline that the
    second fact gives the thing both facts name (``one_thing``): what is part of it is
    done by then too."""
    held = {s.key for s in second.steps if s.relation in _HOLDS}
    at = {pos: t for t, pos in reading.terms} | {pos: "@" + e for e, pos in reading.entities}
    dated = [m for m in reading.quantities if "#" + m.text in gaps]
    # a date names its event ('launch'); another figure a noun, not where ('6,840 km
    # above the Earth') or what is done
    return gaps <= held and all((at.get(m.end) in held and (m.dimension == "date" or (
        reading.tokens[m.end] not in vocab.prepositions and at[m.end] not in reading.verb_terms)))
        or (one_thing and _deadline(m, second.fact, vocab)) for m in dated)


def _counted_by_another_verb(reading: Analysis, second: Alignment, gaps: set[str]) -> bool:
    """A count the second fact lends ('four piers') is what the claim's verb before it
    acts on, and the second fact counts it for another act ('will rebuild four piers'
    lends nothing to 'will dredge four piers')."""
    held = {s.key for s in second.steps if s.relation in _HOLDS}
    at = {pos: t for t, pos in reading.terms}
    for mention in reading.quantities:
        if "#" + mention.text not in gaps or mention.dimension == "date":
            continue
        verb_at = max((pos for pos in reading.verbs if pos < mention.start), default=None)
        if verb_at is not None and at.get(verb_at, "") not in held | {""}:
            return True
    return False


def _said_of_both(first: Alignment, second: Alignment, reading: Analysis) -> bool:
    """Both facts hold a noun of the claim ('gates'): the second fact's deadline is of
    what the claim speaks of, not of another part of the same whole ('the second phase's
    car park will be finished by 2027' dates no gates)."""
    nouns = {s.key for s in first.steps if s.kind == "word" and s.relation in _HOLDS
             and s.key not in reading.verb_terms}
    return any(s.key in nouns and s.relation in _HOLDS for s in second.steps)


def _deadline(mention: QuantityMention, compiled: CompiledFact, vocab: Vocabulary) -> bool:
    """The claim's figure is a deadline ('by early 2028'), and so is the fact's date, for
    the whole thing rather than its start ('the third phase will begin by 2031' sets no
    date by which its parts are done)."""
    if mention.qualifier != "by" or mention.dimension != "date" or not any(
            q.qualifier == "by" and q.dimension == "date" for q in compiled.quantities):
        return False
    tokens = read_statement(compiled.fact.statement, vocab).tokens
    return not any(tokens[at:at + len(cue)] == list(cue)
                   for cue in vocab.inceptive for at in range(len(tokens)))


def _attached_in(alignment: Alignment, missing: set[str], reading: Analysis) -> bool:
    """Each entity a fact brings to a join after a preposition (``missing``) comes with what
    it is attached to ('expertise groups with Poland': 'groups'; 'the Ottawa Convention
    with Poland': the convention; '310 million euros for France': the sum), held by that
    same fact."""
    held = {s.key for s in alignment.steps if s.relation in _HOLDS}
    at = {pos: t for t, pos in reading.terms}
    named = {reading.entity_ends.get(pos, pos + 1) - 1: "@" + e for e, pos in reading.entities}
    figures = {q.end - 1: "#" + q.text for q in reading.quantities}
    for entity_id, pos in reading.entities:
        if "@" + entity_id not in missing or pos not in reading.governed:
            continue
        before = pos - 1 if reading.tokens[pos - 1] != "the" else pos - 2
        head = at.get(before - 1) or named.get(before - 1) or figures.get(before - 1)
        if head is not None and head not in held:
            return False
    return True


def _owns(pair: tuple[str, str], alignment: Alignment) -> bool:
    """The fact says whose the thing is: as a modifier ('Russian ships'), or by being about
    the owner and holding the thing ('Juice's altitude' in a fact about Juice's height)."""
    entity_id, head = pair
    held = {s.key for s in alignment.steps if s.relation in _HOLDS}
    return pair in alignment.fact.modifiers or (
        entity_id in alignment.fact.subject and head in held
        and not any(h == head for _, h in alignment.fact.modifiers))


def _holds_pair(pair: tuple[str, str], alignment: Alignment) -> bool:
    """A verb and what it is done to are both held by one fact: two facts are not joined
    into 'strengthens the convention' when one strengthens and the other has the
    convention."""
    held = {s.key for s in alignment.steps if s.relation in _HOLDS}
    return pair[0] in held and pair[1] in held
