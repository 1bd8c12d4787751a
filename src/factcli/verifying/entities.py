"""The claim's entities and their roles against the fact's: a name in another's place,
the doer of the act (another doer, a reversed voice, a member for its group), the
article's only one of a kind, owners and what they own, names listed together.
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from factcli.index import CompiledFact, Index
from factcli.knowledge import Knowledge
from factcli.logic import Relation
from factcli.quantities import fact_counterpart
from factcli.text import Analysis, and_list, fold, in_past, is_passive_at, read_statement, tokenise
from factcli.verifying.alignment import (
    _CONTRADICTS,
    _HOLDS,
    _IN_PLACE,
    _KIND_OF_ENTITY,
    _NAME,
    _OF_ANOTHER,
    _STORE_SWAP,
    _UNKNOWN_NAME,
    GOVERNED_BY,
    Alignment,
    Step,
)
from factcli.verifying.figures import _figure_of
from factcli.verifying.readings import _exception, adds_one_more, says_the_most
from factcli.verifying.status import _PRESENT_BE, _done_against_to_come
from factcli.verifying.structure import _attached_in_fact

if TYPE_CHECKING:
    from factcli.vocabulary import Vocabulary


_DENIED = "the claim denies it"


def _put_instead(reading: Analysis, entity_id: str) -> str | None:
    """The key of the name a claim puts in place of one it sets aside: 'georgia' in
    'Georgia's experience rather than Ukraine's', '@moon' in 'the Moon's, not Earth's'."""
    entity_at = {pos: e for e, pos in reading.entities}
    term_at = {pos: t for t, pos in reading.terms}
    start = next(pos for e, pos in reading.entities if e == entity_id)
    for pos in range(start - 1, -1, -1):
        other = entity_at.get(pos)
        if other is not None and other != entity_id:
            return "@" + other
        term = term_at.get(pos)
        if term is not None and reading.raw_terms.get(term, term) in reading.names:
            return term
    return None


def _align_entities(reading: Analysis, compiled: CompiledFact, vocab: Vocabulary,
                    result: Alignment) -> None:
    subject = set(reading.subject_entities)
    mentioned = reading.entity_ids
    name = vocab.describe_entity
    set_aside = _exception(reading, vocab)[1]
    for entity_id in mentioned:
        if entity_id in set_aside and entity_id not in compiled.entities:
            continue  # 'apart from Keel Works, …': not something the fact must say
        key = "@" + entity_id
        owned = None if entity_id in compiled.entities else _owners_named(reading).get(
            entity_id)
        whole = None if owned not in compiled.entities else _whole_named_for(
            entity_id, owned, vocab)
        if whole is not None:
            # 'San Diego's new Terminal 1', of a fact naming Terminal 1: it is part of San
            # Diego International Airport, so the claim says no more than whose it is
            result.steps.append(Step("entity", key, name(entity_id), name(whole),
                                     Relation.EQUIVALENT, "whose name it bears" if (
                                         whole == owned) else "what it is part of"))
            continue
        if entity_id in reading.denied:
            # 'shut by FlatironDragados rather than Turner': the claim denies what the fact
            # says, when the fact has the denied one doing it or owning the same thing
            held = {s.key for s in result.steps if s.relation in _HOLDS}
            owns = any(e == entity_id and head in held for e, head in compiled.modifiers)
            # … or has it beside the claim's own ('the pull of Earth, not the Moon' against
            # 'the pull of the Moon and of Earth')
            beside = entity_id in compiled.entities and any(
                "@" + other in held and other != entity_id
                for other in _coordinated_in_fact(entity_id, compiled, vocab))
            # … or has it where the claim puts a name the fact lacks ('draws on Georgia's
            # experience rather than Ukraine's' against 'the experience Ukraine has gained')
            instead = _put_instead(reading, entity_id)
            elsewhere = entity_id in compiled.entities and instead is not None and (
                instead not in held)
            if entity_id in compiled.subject or owns or beside or elsewhere:
                result.steps.append(Step("entity", key, f"not {name(entity_id)}",
                                         name(entity_id), Relation.ALTERNATION,
                                         _DENIED))
            continue
        doers = _sentence_doers(reading, compiled, vocab) if entity_id in subject else None
        in_sentence = frozenset() if doers is None or entity_id not in compiled.subject else (
            _put_elsewhere(entity_id, doers, reading, compiled, vocab))
        if not in_sentence and doers and entity_id in reading.agents and (
                entity_id not in doers) and read_statement(compiled.fact.statement,
                                                           vocab).agents:
            # 'the farmers were criticised by the project' against 'the project was
            # criticised by local farmers': each names its doer after 'by', and not the same
            in_sentence = doers
        if in_sentence or (entity_id in subject and not (doers and entity_id in doers)
                           and _swapped_role(entity_id, subject, compiled, vocab)):
            doers = in_sentence or compiled.subject
            others = and_list([name(e) for e in sorted(doers)])
            # Each named by the other in the other's role, it is a swap of roles ('Russia
            # fortifies its border with Lithuania'); otherwise the fact is simply about
            # someone else.
            # (a verb WordNet lacks, 'has been rebranded', is the predicate's first word)
            own_verb = _subject_verb(reading) or min(
                ((pos, t) for t, pos in reading.terms if pos > (reading.predicate_at or 0)),
                default=(0, None))[1]
            same_act = any(s.key == own_verb and s.relation in _HOLDS for s in result.steps)
            swapped = same_act and entity_id in compiled.entities and bool(
                doers & set(mentioned) - subject)
            relation = Relation.ALTERNATION if swapped else Relation.INDEPENDENT
            result.steps.append(Step("role", key, f"{name(entity_id)} as the subject",
                                     f"{others} as the subject", relation, "another subject"))
        elif entity_id in compiled.entities and (
                entity_id not in subject or entity_id in _told_of(compiled, vocab)
                or any(e == entity_id for e, _ in reading.modifiers)
                # a figure the fact gives is the entity's ('tram extension length')
                or any(_figure_of(entity_id, q, vocab) for q in compiled.quantities)):
            result.steps.append(Step("entity", key, name(entity_id), name(entity_id),
                                     Relation.EQUIVALENT, "same entity"))
        elif entity_id in compiled.entities:
            # 'Lumen Works signed …' against 'The contract … was signed', listed with Lumen
            # Works: what the claim's subject did, a fact that does not name it cannot say
            # (though 'the Terminal 1 opening' only says whose opening it is)
            result.steps.append(Step("role", key, f"{name(entity_id)} as the subject", "",
                                     Relation.INDEPENDENT, "not named by the fact"))
        elif _member_match(entity_id, compiled, vocab) and _members_stand_for_it(
                entity_id, reading, vocab):
            result.steps.append(Step("entity", key, name(entity_id), name(entity_id),
                                     Relation.EQUIVALENT, "group members"))
        elif governing := sorted(_governments(entity_id, vocab) & compiled.entities):
            # 'France has confirmed the grant' against 'the French government has confirmed
            # the grant': the place's name for the body that governs it
            result.steps.append(Step("entity", key, name(entity_id), name(governing[0]),
                                     Relation.EQUIVALENT, GOVERNED_BY))
        elif entity_id in subject:
            result.steps.append(Step("role", key, name(entity_id), "", Relation.INDEPENDENT,
                                     "another subject"))
        else:
            # A place or another figure the fact lacks may mean another occasion altogether.
            # A place in a claim that otherwise says just what the fact says ('Gensler is
            # based in Greeley') is the fact's place put another way.
            settled = all(s.relation in _HOLDS for s in result.steps) and any(
                s.kind == "word" for s in result.steps)
            # ('pass Venus before Jupiter': what an event is ordered against is no
            # substitute for the fact's name)
            at = next(p for e, p in reading.entities if e == entity_id)
            ordered_against = at > 0 and reading.tokens[at - 1] in (
                vocab.ordering_earlier | vocab.ordering_later)
            same_occasion = (entity_id not in reading.oblique_entities or settled) and all(
                fact_counterpart(q, compiled.quantities) is not None for q in reading.quantities
            ) and not adds_one_more(reading, vocab) and not _done_against_to_come(
                reading, compiled, result, vocab) and not ordered_against and not (
                _names_one_of_several(compiled.fact.statement, vocab))
            replaced = _substituted(entity_id, compiled, mentioned, vocab) if (
                same_occasion) else []
            attached = _attached_in_fact(at, reading, compiled, vocab, result) if (
                replaced) else None
            if attached is not None:
                # 'headed towards Earth' against 'heading for an encounter with Venus': in
                # the fact, what the matching word takes is what the claim's name replaces
                replaced = [e for e in replaced if e in {e for _, _, e in attached}]
            if replaced:
                result.steps.append(Step("entity", key, name(entity_id),
                                         and_list([name(e) for e in replaced]),
                                         Relation.ALTERNATION, _STORE_SWAP))
            else:
                result.steps.append(Step("entity", key, name(entity_id), "",
                                         Relation.INDEPENDENT, "not in this fact"))
    _owned_by_another(reading, compiled, vocab, result)
    # 'Venus's gravity will swing Juice back' against 'Juice used Earth's gravity to point
    # itself towards Venus': whose a thing is, is contradicted only of the same act (which
    # came first, 'Earth first', of any)
    acts = [s for s in result.steps if s.kind == "word" and s.key in reading.verb_terms]
    # ('Juice took photos during the Earth pass' does no act the fact's Moon pass did)
    same_act = bool(acts) and all(s.relation in _HOLDS for s in acts)
    opposite_act = any(s.relation in _CONTRADICTS for s in acts)
    for entity_id, head in reading.modifiers:
        owners = [e for e, h in compiled.modifiers if h == head]
        # 'its Earth pass came after its Moon pass': the claim has the fact's one too
        also_the_facts = any((owner, head) in reading.modifiers for owner in owners)
        if not owners or entity_id in owners or also_the_facts or _said_of_both(
                entity_id, owners, head, reading, compiled, vocab) or _owns_owner(
                entity_id, owners, compiled, vocab):
            continue
        word = compiled.word_for(head)
        if word in vocab.ordinals or same_act:
            result.steps.append(Step("role", "@" + entity_id, f"{name(entity_id)} {word}",
                                     f"{and_list([name(e) for e in owners])} {word}",
                                     Relation.ALTERNATION, "another modifier"))
        elif opposite_act:
            # 'the Moon's gravity accelerated Juice' against 'Earth's gravity slowed Juice
            # down': the opposite act is done by another's thing, which it does not deny
            result.steps.append(Step("role", "@" + entity_id, f"{name(entity_id)} {word}",
                                     f"{and_list([name(e) for e in owners])} {word}",
                                     Relation.INDEPENDENT, _OF_ANOTHER))


def _owned_by_another(reading: Analysis, compiled: CompiledFact, vocab: Vocabulary,
                      result: Alignment) -> None:
    """"Fifth Third's wealth-management division" against a fact about the one the store
    makes part of Comerica: the claim gives the thing an owner of the same kind as the one
    the store gives it, so it names another's thing, not the fact's."""
    for owner, owned in _owners_named(reading).items():
        wholes = vocab.entities[owned].member_of if owned in compiled.entities else ()
        if not wholes or owner in wholes or owned in vocab.entities[owner].member_of:
            continue  # nearly every claim
        kind = vocab.entities[owner].kind
        others = [w for w in wholes if w in vocab.entities and vocab.entities[w].kind == kind]
        if others:
            name = vocab.describe_entity
            result.steps.append(Step("role", "@" + owned, f"{name(owner)}'s {name(owned)}",
                                     f"{name(others[0])}'s {name(owned)}",
                                     Relation.ALTERNATION, "another owner"))
            return


# how far after a noun a phrase naming its place may stand: 'chocolate prices in Europe'
_PHRASE_AFTER = 3


def _said_of_both(entity_id: str, owners: list[str], head: str, reading: Analysis,
                  compiled: CompiledFact, vocab: Vocabulary) -> bool:
    """The fact names the claim's entity too, in a place that makes the thing its as well:
    as the subject of both, before an ordinal ('the drivers first struck in May' against
    'the drivers in Leeds first struck in May'), or in a phrase right after the thing,
    whose owner the claim names too ('Tarva will raise its Nordic fares' against 'Tarva's
    fares in the Nordics will rise')."""
    if entity_id not in compiled.entities:
        return False
    if compiled.word_for(head) in vocab.ordinals and entity_id in compiled.subject and (
            entity_id in reading.subject_entities):
        return True  # 'first' after the subject says when it acted, not whose 'first' it is
    if not set(owners) <= set(reading.entity_ids):
        return False
    fact = read_statement(compiled.fact.statement, vocab)
    heads = [pos for term, pos in fact.terms if term == head]
    return any(0 < at - pos <= _PHRASE_AFTER and fact.tokens[at - 1] in vocab.prepositions
               for e, at in fact.entities if e == entity_id for pos in heads)


def _owns_owner(entity_id: str, owners: list[str], compiled: CompiledFact,
                vocab: Vocabulary) -> bool:
    """The fact names ``entity_id`` as the possessor of one of the ``owners`` before their
    noun: 'Bayline's Venn boathouse' is the Bayline boathouse too."""
    fact = read_statement(compiled.fact.statement, vocab)
    starts = {pos for e, pos in fact.entities if e in owners}
    for named, pos in fact.entities:
        end = fact.entity_ends.get(pos, pos + 1)
        if named == entity_id and fact.tokens[end:end + 1] == ["s"] and end + 1 in starts:
            return True
    return False


@lru_cache(maxsize=4096)  # of each fact, asked for with every claim naming another entity
def _names_one_of_several(statement: str, vocab: Vocabulary) -> bool:
    return vocab.names_one_of_several(tokenise(statement))


@lru_cache(maxsize=64)  # of the claim alone, and asked for with each candidate fact
def _doers(reading: Analysis, vocab: Vocabulary) -> frozenset[str]:
    """The claim's subjects that come right before its verb ('Turner built'); not before
    'is' ('Turner is a contractor', 'was one of the contractors': said of it alone)."""
    at = reading.predicate_at
    if at is None or reading.tokens[at] in vocab.be_forms:
        return frozenset()
    return frozenset(e for e, pos in reading.entities if e in reading.subject_entities
                     and reading.entity_ends.get(pos, pos + 1) == at)


def _member_for_group(reading: Analysis, compiled: CompiledFact, result: Alignment,
                      vocab: Vocabulary) -> None:
    """'Turner built Terminal 1' against 'built by a joint venture of Turner and
    FlatironDragados': the fact's doer is a group the claim's subject is one member of."""
    if " of " not in compiled.fact.statement:
        return  # nearly every fact
    for entity_id in _doers(reading, vocab):  # not "Earth's gravity"
        if entity_id not in compiled.entities:
            continue
        partners = [e for e in _coordinated_in_fact(entity_id, compiled, vocab)
                    if e not in reading.entity_ids]
        if not partners:
            continue
        said = read_statement(compiled.fact.statement, vocab)
        first = min(pos for e, pos in said.entities if e in {entity_id, *partners})
        if "of" in said.tokens[max(0, first - 3):first]:
            members = and_list([vocab.describe_entity(e) for e in (entity_id, *partners)])
            result.steps.append(Step("role", "@" + entity_id, vocab.describe_entity(entity_id),
                                     f"a group of {members}", Relation.REVERSE,
                                     "one member of the group the article names"))
            return


def _act_by_another(reading: Analysis, compiled: CompiledFact, result: Alignment,
                    vocab: Vocabulary) -> None:
    """'Ignacio Tanco navigated Juice' against 'Tanco said accurate navigation by the
    Flight Dynamics team meant …': the fact gives the claim's act its doer after 'by', and
    the claim's subject is not among them."""
    doers = _doers(reading, vocab)
    said = read_statement(compiled.fact.statement, vocab)
    for step in result.steps:
        if step.kind != "word" or step.relation not in _HOLDS or (
                step.key not in reading.verb_terms) or not step.fact:
            continue
        word = fold(step.fact).split()[-1]
        at = next((by for pos, token in enumerate(said.tokens) if token == word
                   for by in [_by_after(said, pos)] if by is not None), None)
        if at is None:
            continue
        end = next((pos for pos in said.verbs if pos > at), len(said.tokens))
        by = [e for e, pos in said.entities if at < pos < end]
        if by and doers.isdisjoint(by):
            doer = sorted(doers)[0]
            result.steps.append(Step(
                "role", "@" + doer, vocab.describe_entity(doer),
                "by " + and_list([vocab.describe_entity(e) for e in dict.fromkeys(by)]),
                Relation.INDEPENDENT, _BY_ANOTHER))
            return


_BY_ANOTHER = "done by another in the article"


def _by_after(said: Analysis, at: int) -> int | None:
    """Where the 'by' that names the doer of the act at ``at`` stands: right after it, or
    after what it is of ('the surveying of the channel by Keel Works')."""
    for pos in range(at + 1, min(at + 6, len(said.tokens))):
        if said.tokens[pos] == "by":
            return pos
        if pos in said.verbs or (pos == at + 1 and said.tokens[pos] != "of"):
            return None
    return None


def _voice_reversed(reading: Analysis, compiled: CompiledFact, result: Alignment,
                    vocab: Vocabulary) -> None:
    """'Workers gave training' against 'workers were given training': the claim says the
    fact's subject did what the fact's passive says was done to it, with the fact's verb or
    a light one ('issued', 'made': what the light verb says is the doer's part). Not of a
    verb used without an object ('Juice launched in April' is 'Juice was launched'), nor
    of one whose passive says the same ('received': 'were given')."""
    passives = _passives(compiled.fact.statement, vocab)
    if not passives:
        return  # most facts
    said = read_statement(compiled.fact.statement, vocab)
    fact, claim = said.tokens, reading.tokens
    read_at = {pos for _, pos in reading.terms}
    for q in passives:
        lemmas = set(vocab.lemmas_of(fact[q]))
        for p in range(1, len(claim) - 1):
            if is_passive_at(claim, p, vocab) or claim[p + 1] in vocab.prepositions or (
                    claim[p + 1] in vocab.auxiliaries):
                continue  # ('restart attempts are under way': a noun before its verb)
            claimed = set(vocab.lemmas_of(claim[p]))
            # a light word in the past, as a verb is ('issued', not the noun 'measures'),
            # not read as part of a phrase ('the propellant set aside was used')
            light = claim[p] in vocab.light and (
                claim[p].endswith("ed") or claim[p] in vocab.irregular) and (
                claim[p + 1] not in vocab.auxiliaries) and p not in read_at and (
                claimed.isdisjoint(vocab.passive_converses))
            if lemmas.isdisjoint(claimed) and not light:
                continue
            before = {t for t, pos in reading.terms if pos < p} | {
                "@" + e for e, pos in reading.entities if pos < p}
            fact_before = {t for t, pos in said.terms if pos < q} | {
                "@" + e for e, pos in said.entities if pos < q}
            if before and before <= fact_before:
                result.steps.append(Step(
                    "role", "@" + claim[p], " ".join(claim[:p]) + " as the doer",
                    " ".join(fact[max(0, q - 2):q + 1]), Relation.INDEPENDENT,
                    "done to it in the article, not by it"))
                return


@lru_cache(maxsize=4096)  # of each fact, asked for with every claim
def _passives(statement: str, vocab: Vocabulary) -> tuple[int, ...]:
    """Where the statement's passive participles stand."""
    tokens = read_statement(statement, vocab).tokens
    return tuple(at for at in range(1, len(tokens)) if is_passive_at(tokens, at, vocab))


def _another_doer(reading: Analysis, compiled: CompiledFact, result: Alignment,
                  vocab: Vocabulary) -> None:
    """'FlatironDragados shut the site in 2023' against 'Turner closed the site in 2023',
    'Hensel Phelps built Terminal 1' against 'Terminal 1 was built by a joint venture of
    Turner and FlatironDragados': the claim says all the fact says of one occasion, but
    gives it a doer of the kind the fact names. Of an act both say was done, the article
    says who did it when it gives the day or year it was done, names the doer with 'by',
    says the doer did it alone or gives the words the doer said ('Plaid accused Labour of
    hiding the costs'); an undated act of one doer ('Lithuania is leaving the
    convention') or one to come ('Finland will finish its project by 2028') does not keep
    others from doing it too. To be in charge of a thing ('Ada Brisk chairs the board',
    'heads operations at Harbourline'; cues.json leading verbs) is one's alone, so the
    fact that says who does it in the claim's tense says who does not."""
    if reading.negations % 2 or compiled.negated:
        return  # 'Turner did not close it' is not told by who did
    roles = [s for s in result.steps if s.kind == "role" and s.via == "another subject"
             and s.relation == Relation.INDEPENDENT]
    if len(roles) != 1 or roles[0].key[1:] not in vocab.entities:
        return
    dates = {"#" + q.text for q in reading.quantities
             if q.dimension == "date" and q.qualifier == "exact"}
    # a date the fact gives is 'of something else' only for being said of another doer,
    # and what the fact does 'by' another (see _act_by_another) is the doer asked about
    by_another = [s for s in result.steps if s.via == _BY_ANOTHER]
    rest = [s for s in result.steps if s is not roles[0] and s not in by_another]
    # the fact's figure, said of its own doer, is the claim's ('Bailey voted for a 0.5
    # point cut' against 'Taylor alone voted for a 0.5 point cut')
    if not all(s.relation in _HOLDS or (s.via == "a figure of something else" and (
            s.key in dates or s.claim == s.fact)) for s in rest):
        return
    verb = _subject_verb(reading)
    act = next((s for s in rest if s.kind == "word" and s.key == verb), None)
    if act is None or not any(s.kind in ("word", "entity") and s is not act
                              and s.claim not in vocab.calendar_words for s in rest):
        return  # the same act, done to the same thing
    fact = read_statement(compiled.fact.statement, vocab)
    fact_past = _said_past(fact, act.fact)
    in_charge = _said_past(reading, act.claim) == fact_past and not (
        vocab.leading_verbs.isdisjoint(vocab.lemmas_of(act.fact))) and not adds_one_more(
        reading, vocab)
    if not (reading.past or in_charge):
        return
    at = next(pos for term, pos in reading.terms if term == verb)
    if not reading.agents and at > 0 and reading.tokens[at - 1] in vocab.be_forms:
        return  # 'Europa Clipper was launched in April 2023': what it was done to
    doer = roles[0].key[1:]
    # the fact's doers: its subject, or those its passive names with 'by' ('the report was
    # published by the Reef Authority', whose subject is the report), with the members of
    # them and the names joined to them that the fact gives ('a partnership of Lumen Works
    # and Railco')
    subjects = compiled.subject | set(fact.agents)
    doers = set(subjects) | {
        e for e in compiled.entities if set(vocab.entities[e].member_of) & subjects
    } | {e for d in subjects for e in _coordinated_in_fact(d, compiled, vocab)
         if e in vocab.entities}
    related = _related(doer, vocab)
    if doer in compiled.entities or related & doers or not any(
            vocab.entities[d].kind == vocab.entities[doer].kind for d in doers):
        return
    tokens = fact.tokens
    if vocab.is_additive(tokens):
        return  # 'Tidewater Marine has also applied': the fact itself names some doers
    said = [i for i, word in enumerate(tokens) if word == act.fact]
    # ('was published jointly by')
    named_by = any(tokens[i + 1: i + 2] == ["by"] or (
        tokens[i + 2: i + 3] == ["by"] and vocab.is_manner_adverb(tokens[i + 1])) for i in said)
    if not named_by and any(i > 0 and tokens[i - 1] in vocab.be_forms for i in said):
        return  # 'Juice was launched': the fact's subject is what it was done to
    # ('Taylor alone voted for it': the fact says no one else did)
    alone = fact.exclusive_named is not None and fact.exclusive_named in doers
    # words given to their speaker ('Ada Brisk called the fare rise a disgrace'): the
    # article says who said them, when the claim repeats at least two of them and the
    # fact's own verb of saying is past ('Ada Brisk said the rise amounted to a disgrace',
    # whose reported verb may not be read as its verb)
    quoted = act.claim in vocab.statement_verbs and sum(
        s.kind == "word" and s is not act for s in rest) >= 2 and any(
        word in vocab.statement_verbs and in_past(tokens, i, vocab)
        for i, word in enumerate(tokens))
    if not (compiled.past or quoted or in_charge):
        return
    if named_by or alone or quoted or in_charge or any(s.key in dates for s in rest):
        named = and_list([vocab.describe_entity(d) for d in sorted(doers)
                          if vocab.entities[d].kind == vocab.entities[doer].kind])
        result.steps[:] = [s for s in result.steps if s not in by_another]
        result.steps[result.steps.index(roles[0])] = roles[0]._replace(
            claim=f"{vocab.describe_entity(doer)} as the doer", fact=f"{named} as the doer",
            relation=Relation.ALTERNATION, via="another doer of the same act")


def _said_past(reading: Analysis, word: str) -> bool:
    """The sentence says the act of its ``word`` in the past; not a participle after a
    present 'is' ('the alliance is led by Ana Reyes' says who leads now, as 'leads'
    does)."""
    tokens = reading.tokens
    at = [pos for pos, token in enumerate(tokens) if token == word]
    return reading.past and not (at and all(
        pos and tokens[pos - 1] in _PRESENT_BE for pos in at))


_ANOTHER_HOLDER = "another holder of the role"


def _another_holder(reading: Analysis, compiled: CompiledFact, result: Alignment,
                    vocab: Vocabulary) -> None:
    """'Vela Ostrom is the chief engineer of Harbourline' against 'Ada Brisk is the chief
    engineer of Harbourline': 'the' before a role ('the majority owner of the venture')
    says it has one holder, so another holder the fact names in the same words and tense
    contradicts the claim ('Vela is a director of Harbourline' names one of several, 'was
    the director' another time, and 'is also the director' one more)."""
    if reading.negations % 2 or compiled.negated:
        return
    roles = [s for s in result.steps if s.kind == "role" and s.via == "another subject"
             and s.relation == Relation.INDEPENDENT and s.fact]
    if len(roles) != 1 or roles[0].key[1:] not in vocab.entities:
        return  # nearly every claim
    holder = roles[0].key[1:]
    rest = [s for s in result.steps if s is not roles[0]]
    if holder in compiled.entities or not all(
            s.relation == Relation.EQUIVALENT for s in rest) or not any(
            s.kind == "word" for s in rest):
        return  # the very role, in the fact's words ('president' is no 'chief executive')
    fact = read_statement(compiled.fact.statement, vocab)
    claimed = [pos for e, pos in reading.entities if e == holder]
    told = _role_holder(reading, fact, claimed[0], reading.entity_ends.get(
        claimed[0], claimed[0] + 1), vocab) if claimed else None
    if told is None or told not in vocab.entities or (
            vocab.entities[told].kind != vocab.entities[holder].kind):
        return
    # (not a member for its group: 'Scotland is the largest fishing nation' against 'the
    # UK is the largest fishing nation')
    # (two members of one group are still two holders: 'Ada Brisk is the president of the
    # Harbour Guild' against 'Vela Ostrom is …', both of the guild)
    if told in _related(holder, vocab) or adds_one_more(
            reading, vocab) or vocab.is_additive(fact.tokens):
        return
    result.steps[result.steps.index(roles[0])] = roles[0]._replace(
        claim=f"{vocab.describe_entity(holder)} as its holder",
        fact=f"{vocab.describe_entity(told)} as its holder",
        relation=Relation.ALTERNATION, via=_ANOTHER_HOLDER)


def _doer_noun_of_another(reading: Analysis, compiled: CompiledFact, result: Alignment,
                          vocab: Vocabulary) -> None:
    """'Comerica is buying Fifth Third' against 'Fifth Third is the buyer in the deal':
    the fact's noun for the one who does the claim's act ('the buyer', 'a supplier'),
    said after the copula of a name, makes that name the doer; another name of the same
    kind as the claim's doer contradicts it."""
    doers = reading.subject_entities
    verb = _subject_verb(reading)
    if len(doers) != 1 or verb is None or reading.negations % 2 or compiled.negated or (
            _undone_passive(reading, vocab)):
        return  # nearly every claim; 'Comerica is being bought' names what it is done to
    act = next((s for s in result.steps if s.kind == "word" and s.key == verb
                and s.relation in _HOLDS), None)
    if act is None or act.fact == act.claim or not act.fact.endswith(vocab.doer_endings):
        return
    fact = read_statement(compiled.fact.statement, vocab)
    ends = {fact.entity_ends.get(pos, pos + 1): e for e, pos in fact.entities}
    holders = {ends.get(pos - 2) for pos, token in enumerate(fact.tokens)
               if token == act.fact and pos >= 2 and fact.tokens[pos - 1] in vocab.determiners
               and fact.tokens[pos - 2] in vocab.be_forms}
    holders.discard(None)
    doer = doers[0]
    kind = vocab.entities[doer].kind if doer in vocab.entities else None
    others = [h for h in holders if h != doer and h in vocab.entities
              and vocab.entities[h].kind == kind]
    if others and doer not in holders:
        result.steps.append(Step("role", "@" + doer, f"{vocab.describe_entity(doer)} as the "
                                 f"{act.fact}", f"{vocab.describe_entity(others[0])} as the "
                                 f"{act.fact}", Relation.ALTERNATION, _ANOTHER_HOLDER))


def _role_holder(reading: Analysis, fact: Analysis, start: int, end: int,
                 vocab: Vocabulary) -> str | None:
    """The entity the fact says holds the role the claim gives the name at
    ``start:end`` (see :func:`_sole_role_at`); None when either sentence is no such one."""
    claimed_at, told_at = _sole_role_at(reading, vocab), _sole_role_at(fact, vocab)
    if claimed_at is None or told_at is None or (
            reading.tokens[claimed_at] != fact.tokens[told_at]) or not (
            _holds_the_role(reading.tokens, start, end, claimed_at, vocab)):
        return None  # nearly every claim
    return next((e for e, pos in fact.entities if _holds_the_role(
        fact.tokens, pos, fact.entity_ends.get(pos, pos + 1), told_at, vocab)), None)


def _holds_the_role(tokens: list[str], start: int, end: int, copula: int,
                    vocab: Vocabulary) -> bool:
    """The name at ``start:end`` is the whole of one side of the copula, so the one it says
    holds the role: 'the Norcraft group is …' or '… is Norcraft', not 'the deal with
    Norcraft is …'."""
    return (end == copula and all(t in vocab.determiners for t in tokens[:start])) or (
        start == copula + 1 and end == len(tokens))


def _sole_role_at(said: Analysis, vocab: Vocabulary) -> int | None:
    """Where the copula of 'X is the chief executive of Y' or "Y's chief executive is X"
    stands: a sentence whose predicate is 'be', with a role made one of a kind by 'the'
    after the copula, or by 'the' or an owner before it, or by an owner's name or a
    superlative after it ("X is Y's deputy governor", "X is Y's biggest market"); None for
    any other sentence."""
    at = said.predicate_at
    tokens = said.tokens
    if at is None or tokens[at] not in vocab.be_forms or at + 1 >= len(tokens):
        return None  # nearly every sentence
    # ("Harbourline's chief engineer is …", 'the chief engineer of Harbourline is …')
    definite_before = tokens[0] == "the" or ("s" in tokens[:at] and (
        tokens[0] not in vocab.question_words["indefinite_articles"]))
    # ("… is Harbourline's busiest pier", not "… is one of its busiest piers")
    superlative = says_the_most(tokens[at + 1:], vocab)
    # ("… is Harbourline's chief engineer": an owner's name before the role makes it one of
    # a kind, as 'the chief engineer of Harbourline' does)
    owner_end = said.entity_ends.get(at + 1)
    owned = owner_end is not None and tokens[owner_end:owner_end + 1] == ["s"]
    return at if tokens[at + 1] == "the" or definite_before or superlative or owned else None


def _the_articles_one(reading: Analysis, compiled: CompiledFact, knowledge: Knowledge,
                      result: Alignment) -> None:
    """'The fortification project is meant to serve military needs' against 'The project
    belongs to an effort … serving civilian and military needs': a word the claim puts
    before a noun that the fact says with 'the' alone is said by the fact when the store
    puts that word, and no other, before the noun wherever it puts one ('the border
    fortification project'): in one article, 'the project' is then that project. So is a
    name ('its Earth flyby' for 'the flyby') when the one fact that names the noun's
    own names gives it ('a flyby of the Moon and then Earth')."""
    vocab = knowledge.vocab
    before = _before_nouns(reading)
    unsaid = {s.key: s for s in result.steps if s.via == "not in this fact"
              and s.kind in ("word", "entity") and s.key in before}
    # A name the claim puts before its subject's noun ('the lunar-Earth flyby was') is read
    # as the subject, so a fact that names neither reads as about someone else; it is the
    # article's flyby only for a fact that says otherwise of it ('the successful flyby'): a
    # wrong support costs more than a contradiction left open.
    subjects = [s for s in result.steps
                if s.via == "another subject" and s.kind == "role" and not s.fact]
    if subjects and any(s.kind == "word" and s.relation in _CONTRADICTS
                        for s in result.steps):
        before = before | _names_before_names(reading)
        unsaid.update((s.key, s) for s in subjects if s.key in before)
    if not unsaid:
        return  # most alignments: no word before a noun left unsaid
    said = {s.key: s.fact for s in result.steps if s.kind == "word" and s.relation in _HOLDS}
    # the fact's 'the' may stand before words the claim says too, or contradicts ('the
    # successful flyby')
    accounted = {s.fact for s in result.steps if s.kind == "word"
                 and s.relation in _HOLDS + _CONTRADICTS}
    fact = read_statement(compiled.fact.statement, vocab)

    def definite(pos: int) -> bool:
        pos -= 1
        while pos > 0 and fact.tokens[pos] in accounted:
            pos -= 1
        return pos >= 0 and fact.tokens[pos] in vocab.definite

    for key, head in before.items():
        if key not in unsaid or head not in said:
            continue
        fact_head = next((t for t, pos in fact.terms if fact.tokens[pos] == said[head]
                          and pos > 0 and definite(pos)), None)
        if fact_head is None:
            continue
        if key.startswith("@"):
            named = _names_of(fact_head, knowledge.index, vocab)
            the_one = len(named) == 1 and key[1:] in next(iter(named))
        else:
            the_one = _words_before(fact_head, knowledge.index, vocab) == {key}
        if the_one:
            step = unsaid[key]
            claimed = vocab.describe_entity(key[1:]) if step.kind == "role" else step.claim
            result.steps[result.steps.index(step)] = step._replace(
                kind="entity" if step.kind == "role" else step.kind, claim=claimed,
                fact=f"the {said[head]}", relation=Relation.EQUIVALENT,
                via="the article's only one")


@lru_cache(maxsize=64)  # of the claim alone, and asked for with each candidate fact
def _names_before_names(reading: Analysis) -> dict[str, str]:
    """Each name ('@id') right before a name that is right before a noun, with that noun:
    the Moon of 'the lunar-Earth flyby' is the flyby's as much as Earth is."""
    starts = {start: entity for entity, start in reading.entities}
    ends = {reading.entity_ends.get(start, start + 1): entity
            for entity, start in reading.entities}
    return {"@" + ends[start]: head for entity, head in reading.modifiers
            for start in [next(s for e, s in reading.entities if e == entity)]
            if start in ends and ends[start] != entity and start in starts}


@lru_cache(maxsize=64)  # of the claim alone, and asked for with each candidate fact
def _before_nouns(reading: Analysis) -> dict[str, str]:
    """Each word or name ('@id') right before a noun, with that noun."""
    at = {pos: term for term, pos in reading.terms if pos not in reading.verbs}
    before = {term: at[pos + 1] for term, pos in reading.terms
              if pos in at and pos + 1 in at}
    before.update(("@" + entity, head) for entity, head in reading.modifiers)
    return before


@lru_cache(maxsize=256)  # of the store alone, and asked for with each candidate fact
def _names_of(head: str, index: Index, vocab: Vocabulary) -> frozenset[frozenset[str]]:
    """The names each of the store's facts gives the noun ``head`` as its own: before it
    ('the Venus flyby') or after its 'of' ('a flyby of the Moon and then Earth')."""
    found: set[frozenset[str]] = set()
    for compiled in index.facts:
        if head not in compiled.terms:
            continue
        reading = read_statement(compiled.fact.statement, vocab)
        for term, pos in reading.terms:
            if term != head or pos in reading.verbs:
                continue
            names = {e for e, start in reading.entities
                     if reading.entity_ends.get(start, start + 1) == pos}
            if reading.tokens[pos + 1:pos + 2] == ["of"]:
                stop = min((v for v in reading.verbs if v > pos), default=len(reading.tokens))
                names |= {e for e, start in reading.entities if pos + 1 < start < stop}
            if names:
                found.add(frozenset(names))
    return frozenset(found)


@lru_cache(maxsize=256)  # of the store alone, and asked for with each candidate fact
def _words_before(head: str, index: Index, vocab: Vocabulary) -> frozenset[str]:
    """The words and names ('@id') the store's facts put right before the noun ``head``."""
    before: set[str] = set()
    for compiled in index.facts:
        if head not in compiled.terms:
            continue
        reading = read_statement(compiled.fact.statement, vocab)
        said = {pos: term for term, pos in reading.terms if pos not in reading.verbs}
        said.update({end - 1: "@" + e for e, end in (
            (e, reading.entity_ends.get(pos, pos + 1)) for e, pos in reading.entities)})
        before.update(said[pos - 1] for pos, term in said.items()
                      if term == head and pos - 1 in said)
    return frozenset(before)


def _kind_word_of_a_bystander(reading: Analysis, compiled: CompiledFact, result: Alignment,
                              vocab: Vocabulary) -> None:
    """'The walkout began in May' against 'the mediator had been working on the dispute
    since May': a kind word that is the claim's subject stands for an entity the fact
    names, but the fact's act is its own subject's, a name the claim does not give; what
    that one did says nothing of what the claim's subject did. (Not a passive: 'the probe
    was launched in 2023' against 'the agency launched the probe in 2023'.)"""
    verb = _subject_verb(reading)
    start = reading.predicate_at
    if verb is None or start is None or not compiled.subject or (
            compiled.subject & set(reading.entity_ids)):
        return  # most claims: the fact's subject is named, or the claim has no verb
    at = next(pos for term, pos in reading.terms if term == verb)
    if (at > 0 and reading.tokens[at - 1] in vocab.be_forms) or reading.agents:
        return
    subject_terms = {term for term, pos in reading.terms if pos < start}
    for i, step in enumerate(result.steps):
        if (step.via == _KIND_OF_ENTITY and step.kind == "entity"
                and compiled.subject.isdisjoint(_related(step.key[1:], vocab))
                and any(t in subject_terms for t, w in reading.raw_terms.items()
                        if w == step.claim)):
            result.steps[i] = Step("role", step.key, f"{step.claim} as the subject", "",
                                   Relation.INDEPENDENT, "not named by the fact")


@lru_cache(maxsize=64)  # of the claim alone, and asked for with each candidate fact
def _subject_verb(reading: Analysis) -> str | None:
    """The subject's own verb: the first one from the predicate on, not a later clause's
    ('Lithuania wants to strengthen its security because tensions are rising')."""
    start = reading.predicate_at or 0
    return min(((pos, t) for t, pos in reading.terms if pos in reading.verbs and pos >= start),
               default=(0, None))[1]


def _sentence_doers(reading: Analysis, compiled: CompiledFact,
                    vocab: Vocabulary) -> frozenset[str] | None:
    """The subjects of the fact's own sentence, when the claim's is in the same voice: a
    store may list as a fact's subject what it is about rather than who does it ('the
    Museum of London was renamed the London Museum', about the London Museum). A name
    before a noun is not the subject itself ('the Venus encounter will swing Juice back',
    "Earth's gravity slowed Juice")."""
    passive, doers = _own_doers(compiled.fact.statement, vocab)
    return doers if _undone_passive(reading, vocab) == passive else None


@lru_cache(maxsize=4096)  # of the fact alone, asked for with each claim aligned with it
def _own_doers(statement: str, vocab: Vocabulary) -> tuple[bool, frozenset[str] | None]:
    """Whether the statement's own verb is passive with no doer named, and the subjects of
    its sentence (None when a name before them is not one of them)."""
    fact = read_statement(statement, vocab)
    doers = frozenset(fact.subject_entities) - {e for e, _ in fact.modifiers}
    # a subject read after another name may be a later clause's ('Lithuania's approach
    # draws on the experience Ukraine has gained'), unless a passive names it after 'by'
    first = min(fact.entities, key=lambda item: item[1], default=("", 0))[0]
    return _undone_passive(fact, vocab), doers if first in doers or fact.agents else None


def _put_elsewhere(entity_id: str, doers: frozenset[str], reading: Analysis,
                   compiled: CompiledFact, vocab: Vocabulary) -> frozenset[str]:
    """The fact's sentence subjects, when the claim puts ``entity_id`` in their place and
    one of them after its verb ('the London Museum was renamed the Museum of London'),
    each a participant, not whose or where a thing is ('San Diego's Terminal 1 opened')."""
    if entity_id in doers or any(e == entity_id for e, _ in reading.modifiers):
        return frozenset()
    fact = read_statement(compiled.fact.statement, vocab)
    if not any(e == entity_id and pos not in fact.oblique
               and pos > (fact.predicate_at or 0) for e, pos in fact.entities):
        return frozenset()
    if not any(e in doers and pos not in reading.oblique and pos > (reading.predicate_at or 0)
               for e, pos in reading.entities):
        return frozenset()
    return doers


@lru_cache(maxsize=64)  # of the claim alone, and asked for with each candidate fact
def _undone_passive(reading: Analysis, vocab: Vocabulary) -> bool:
    """The sentence's own verb is passive with no 'by' naming who did it: its subject is
    what the act is done to."""
    start = reading.predicate_at or 0
    verb = min((pos for pos in reading.verbs if pos >= start), default=None)
    return verb is not None and not reading.agents and is_passive_at(
        reading.tokens, verb, vocab)


def _swapped_role(entity_id: str, claim_subject: set[str], compiled: CompiledFact,
                  vocab: Vocabulary) -> bool:
    """'Belarus fortifies its border with Lithuania' against a fact whose subject is
    Lithuania: the claim's subject is a different entity of the same kind."""
    if entity_id in compiled.subject:
        return False
    kind = vocab.entities[entity_id].kind
    return any(vocab.entities[s].kind == kind and s not in claim_subject
               for s in compiled.subject)


def _coordinated_in_fact(entity_id: str, compiled: CompiledFact,
                         vocab: Vocabulary) -> tuple[str, ...]:
    """The names the fact's sentence joins to ``entity_id`` by 'and' or 'or'."""
    return _coordinated_in_statement(entity_id, compiled.fact.statement, vocab)


@lru_cache(maxsize=8192)  # of each fact, asked for with every claim it is weighed against
def _coordinated_in_statement(entity_id: str, statement: str,
                              vocab: Vocabulary) -> tuple[str, ...]:
    reading = read_statement(statement, vocab)
    return tuple(k[1:] for k in reading.coordinated_with("@" + entity_id, vocab.ignored)
                 if k.startswith("@"))


def _named_together(entity_id: str, compiled: CompiledFact, vocab: Vocabulary) -> bool:
    """The fact names every member of the entity, joined by 'and' ('Turner and
    FlatironDragados marked the opening'): the group acted, not one of them alone."""
    members = _members(entity_id, vocab)
    if not members or not _member_match(entity_id, compiled, vocab):
        return False
    first = min(members)
    return members - {first} <= set(_coordinated_in_fact(first, compiled, vocab))


def _member_match(entity_id: str, compiled: CompiledFact, vocab: Vocabulary) -> bool:
    """'the Baltic states' in a claim is matched by a fact naming its members, and back."""
    entity = vocab.entities.get(entity_id)
    if entity is None:
        return False
    members = _members(entity_id, vocab)
    return bool(members) and members <= compiled.entities


def _members_stand_for_it(entity_id: str, reading: Analysis, vocab: Vocabulary) -> bool:
    """A place the store puts one other place in is more than that place where the claim
    gives a figure, unless it names that place too: the figure a fact gives the city of
    Harbour Town (a rise of 17.7%) is not Harbour County's, though what lies in the city
    lies in the county. A place still stands for the one thing of another sort in it ('the
    Ridgeton facility', the plant), for the place in it where the claim gives only dates,
    and a group for all its members ('the Baltic states')."""
    members = _members(entity_id, vocab)
    places = vocab.place_kinds
    return len(members) > 1 or not members.isdisjoint(reading.entity_ids) or not all(
        vocab.entities[e].kind in places for e in (entity_id, *members)) or all(
        q.dimension == "date" for q in reading.quantities)


def _related(entity_id: str, vocab: Vocabulary) -> frozenset[str]:
    """The entity, the groups it is a member of and its members: a joint venture's acts are
    its partners' too."""
    return frozenset({entity_id, *vocab.entities[entity_id].member_of}) | _members(
        entity_id, vocab)


@lru_cache(maxsize=256)  # asked for with each candidate fact; a walk of every entity
def _governments(entity_id: str, vocab: Vocabulary) -> frozenset[str]:
    """The entities one of whose names is one of the entity's names with a noun for the body
    that governs it (cues.json governing): 'the Norwegian government' ('Norwegian' a name
    of Norway), "Norway's government", 'the government of France'."""
    nouns = vocab.governing_nouns
    own = set(_name_words(entity_id, vocab))
    found = set()
    for other in vocab.entities:
        for words in _name_words(other, vocab) if other != entity_id else ():
            words = words[1:] if words[:1] == ("the",) else words
            place = (words[:-2] if words[-2:-1] == ("s",) else words[:-1]) if (
                words[-1:] and words[-1] in nouns) else (
                words[2:] if words[:1] and words[0] in nouns and words[1:2] == ("of",) else ())
            if place in own:
                found.add(other)
    return frozenset(found)


@lru_cache(maxsize=256)  # asked for with each candidate fact; a walk of every entity
def _members(entity_id: str, vocab: Vocabulary) -> frozenset[str]:
    return frozenset(e for e, ref in vocab.entities.items() if entity_id in ref.member_of)


def _substituted(entity_id: str, compiled: CompiledFact, mentioned: list[str],
                 vocab: Vocabulary) -> list[str]:
    """Entities of the same kind that the fact names in the place the claim fills."""
    entity = vocab.entities.get(entity_id)
    if entity is None:
        return []
    return [e for e in sorted(compiled.entities - set(mentioned) - compiled.subject)
            if vocab.entities[e].kind == entity.kind]


@lru_cache(maxsize=64)  # of the claim alone, and asked for with each candidate fact
def _owners_named(reading: Analysis) -> dict[str, str]:
    """Names that say whose a named thing is, by the thing: 'ESA's Juice', 'San Diego's
    new Terminal 1' (a word or two may come between)."""
    starts = {pos: e for e, pos in reading.entities}
    owners: dict[str, str] = {}
    for owner, pos in reading.entities:
        end = reading.entity_ends.get(pos)
        if end is not None and reading.tokens[end - 1] == "s":
            end -= 1  # a name the store gives with its possessive ("Fifth Third's")
        if end is None or reading.tokens[end:end + 1] != ["s"]:
            continue
        owned = next((starts[at] for at in range(end + 1, end + 4) if at in starts), None)
        if owned is not None and owned != owner:
            owners[owner] = owned
    return owners


def _whole_named_for(owner: str, owned: str, vocab: Vocabulary) -> str | None:
    """What the store makes ``owned`` part of, directly or not, that is ``owner`` or is
    named after it ('San Diego International Airport' for San Diego): the claim's 'San
    Diego's Terminal 1' then says whose Terminal 1 is as the store does. A thing whose own
    name opens with one of the owner's names is the owner's too ('Arlen's Brisk plant' of
    the 'Arlen Brisk battery plant'), and stands for itself."""
    if any(words[:len(owner_words)] == owner_words and len(words) > len(owner_words)
           for owner_words in _name_words(owner, vocab) for words in _name_words(owned, vocab)):
        return owned
    named = tokenise(vocab.entities[owner].name)
    wholes = list(vocab.entities[owned].member_of)
    for whole in wholes:  # the store's parts are few levels deep; each is visited once
        if whole == owner or tokenise(vocab.entities[whole].name)[:len(named)] == named:
            return whole
        wholes.extend(w for w in vocab.entities[whole].member_of if w not in wholes)
    return None


def _told_of(compiled: CompiledFact, vocab: Vocabulary) -> frozenset[str]:
    """The entities a fact's statement names, and its subject: a store may list others it
    only concerns ('the design-build project' is the joint venture's contract, which the
    statement does not say), and those join no facts."""
    named = read_statement(compiled.fact.statement, vocab).entity_ids
    return frozenset(named) | compiled.subject


_NAME_IN_PLACE = "another name" + _IN_PLACE


def _name_put_instead_of_denied(reading: Analysis, result: Alignment) -> None:
    """'Harlow Trust, not the city, paid for the pool' against 'the city paid for the
    pool': the name the store does not know that the claim puts in place of one it
    denies is what the claim says instead; once the fact contradicts the denied one, that
    name adds nothing the fact must say, and is shown with the denial."""
    denials = [s for s in result.steps if s.via == _DENIED and s.kind == "entity"
               and s.relation == Relation.ALTERNATION]
    if not denials:
        return  # nearly every claim
    unknown = {s.key: s for s in result.steps if s.via in (_UNKNOWN_NAME, "not in this fact")
               and s.kind == "word"}
    if not any(s.via == _UNKNOWN_NAME for s in unknown.values()):
        return
    term_at = {pos: t for t, pos in reading.terms}
    for denial in denials:
        denied_at = min(pos for e, pos in reading.entities if "@" + e == denial.key)
        instead = _put_instead(reading, denial.key[1:])
        if instead is None or unknown.get(instead) is None or (
                unknown[instead].via != _UNKNOWN_NAME):
            continue  # another name the store knows, or none
        # the whole name, back from its last word: each word written with a capital
        # ('Michael Shanks', whose first word WordNet knows as a common noun)
        last = max(pos for pos, t in term_at.items() if t == instead and pos < denied_at)
        start = last
        while start - 1 in term_at and term_at[start - 1] in unknown and (
                reading.spelling.get(reading.tokens[start - 1], "")[:1].isupper()):
            start -= 1
        words = [term_at[pos] for pos in range(start, last + 1)]
        written = " ".join(reading.spelling.get(reading.tokens[pos], reading.tokens[pos])
                           for pos in range(start, last + 1))
        result.steps[:] = [s for s in result.steps if s.key not in words or s.kind != "word"
                           or s.relation != Relation.INDEPENDENT]
        result.steps[result.steps.index(denial)] = denial._replace(
            claim=f"{written}, {denial.claim}")



def _unknown_name_in_place(reading: Analysis, compiled: CompiledFact, result: Alignment,
                           vocab: Vocabulary) -> None:
    """'sold under the brand name Zorvex' against 'sold under the brand name Kelmora',
    'linked the dam to Lake Orra' against 'to Tarn Lake': a name the store does not know,
    where the fact has a name the claim lacks between the same words, and all else the
    claim says holds, is another filler of that one place. Not a name joined by 'and' or
    'or' (one more, not one instead), nor one before a noun it describes, nor one that
    shares a word or the initials of the fact's ('Kelmora' for 'Kelmora Pharma', 'KP'),
    nor a place ('in Varland' of a plant 'in Orra': one may hold the other, as a place
    WordNet knows may); as the subject, only of an act both date ('Arvel's council repealed
    the law on May 3'): an undated act may have other doers."""
    unknown = [s for s in result.steps if s.via == _UNKNOWN_NAME]
    if not unknown or reading.negations % 2 or compiled.negated:
        return  # nearly every claim
    if not all(s.relation in _HOLDS for s in result.steps if s not in unknown) or not any(
            s.relation in _HOLDS and s.kind in ("word", "entity") for s in result.steps):
        return
    keys = {s.key for s in unknown}
    at = sorted(pos for term, pos in reading.terms if term in keys)
    if not at or at[-1] - at[0] + 1 != len(at):
        return  # two names apart, or a name with a word the store knows inside it
    tokens = reading.tokens
    start, end = at[0], at[-1] + 1
    before, after = _neighbours(tokens, start, end, vocab)
    if "and" in (before, after) or "or" in (before, after):
        return
    apart = _kind_apart(reading, start, end, vocab)
    if before in vocab.locative and apart is None:
        return  # 'near Linn', 'in Varland': a place may hold the fact's, or lie by it
    if end in {pos for _, pos in reading.terms} and end not in reading.verbs:
        return  # 'a wider Asian effort': a name before a noun only describes it
    fact = read_statement(compiled.fact.statement, vocab)
    # ('Vela Ostrom is the chief engineer of Harbourline' against "Harbourline's chief
    # engineer is Ada Brisk": the one holder of a role, on either side of the copula)
    holder = _role_holder(reading, fact, start, end, vocab) if all(
        s.relation == Relation.EQUIVALENT for s in result.steps if s not in unknown) else None
    if holder is None and apart is None and " ".join(tokens[start:end]) in vocab.instances:
        return  # a name WordNet knows may hold the fact's, but not the one holder of a role
    # ('the Coast Courier news agency reported it': a name in the subject, before the verb)
    subject = start < (reading.predicate_at or 0)
    # ('on July 2' is read as a month and a count)
    dated = any(q.dimension == "date" for q in reading.quantities) or not (
        vocab.calendar_words.isdisjoint(tokens))
    if subject and holder is None and not (reading.past and compiled.past and dated):
        return

    if adds_one_more(reading, vocab) or vocab.is_additive(fact.tokens):
        return  # 'Zorvex also sells it': one more, and so may the fact's
    name = {tokens[pos] for pos in at}
    # the fact's names: the store's, and for a place apart the ones WordNet knows of its
    # kind ('based in Orra', a country the store does not list)
    placed: list[tuple[str | None, int, int]] = [
        (entity_id, pos, fact.entity_ends.get(pos, pos + 1)) for entity_id, pos in fact.entities
        if not _coordinated_in_fact(entity_id, compiled, vocab)]
    if apart is not None:
        placed += [(None, *span) for span in _places_of_kind(fact, apart, vocab)
                   if fact.tokens[span[0]:span[1]] != tokens[start:end]]
    for entity_id, fact_start, fact_end in placed:
        fact_before, fact_after = _neighbours(fact.tokens, fact_start, fact_end, vocab)
        if (entity_id is None or entity_id != holder) and not (
                (before is not None and before == fact_before)
                or (after is not None and after == fact_after)):
            continue
        if apart is not None and entity_id is not None and (
                vocab.entities[entity_id].kind != apart):
            continue  # 'based in Varland', a country, is not where a town is
        if entity_id is not None and _may_name(name, entity_id, vocab):
            return  # another way to name the fact's own
        written = " ".join(reading.spelling.get(tokens[p], tokens[p]) for p in at)
        # as the fact writes it ('Kisunla', an alias; "Arvel's council")
        said = " ".join(fact.spelling.get(w, w) for w in fact.tokens[
            fact_start:fact_end]).replace(" s ", "'s ")
        first = result.steps.index(unknown[0])
        result.steps[:] = [s for s in result.steps if s not in unknown]
        result.steps.insert(first, Step("entity", _NAME + " ".join(tokens[start:end]),
                                        written, said, Relation.ALTERNATION, _NAME_IN_PLACE))
        return


_PLACE_WORDS = 3  # the words of a place's name WordNet knows: 'Sri Lanka', 'Papua New Guinea'


def _places_of_kind(said: Analysis, kind: str, vocab: Vocabulary) -> list[tuple[int, int]]:
    """Where the sentence names, with capitals, a place WordNet knows as one of ``kind``
    and the store does not ('a company based in Orra')."""
    tokens = said.tokens
    named = {pos for _, pos in said.entities}
    return [(start, end) for start in range(len(tokens)) if tokens[start] in said.names
            and start not in named
            for end in range(start + 1, min(start + _PLACE_WORDS, len(tokens)) + 1)
            if all(t in said.names for t in tokens[start:end])
            and vocab.instances.get(" ".join(tokens[start:end])) == kind]


_DESCRIBED = 4  # words between a preposition and its name: 'in a post-apocalyptic Arvel'


def _kind_apart(reading: Analysis, start: int, end: int, vocab: Vocabulary) -> str | None:
    """The kind of the place WordNet knows the name at ``start:end`` for, when the claim
    says a thing is inside it ('is based in Varland', 'is set in a ruined Arvel') and no
    two places of that kind hold each other (two countries, two towns: cues.json
    places_apart); None otherwise ('near Linn', 'in Normandy', a region)."""
    kind = vocab.instances.get(" ".join(reading.tokens[start:end]))
    if kind not in vocab.kinds_apart:
        return None  # nearly every name
    tokens = reading.tokens
    at = next((pos for pos in range(start - 1, max(start - _DESCRIBED, 0) - 1, -1)
               if tokens[pos] in vocab.prepositions), None)
    if at is None or at == 0 or tokens[at] not in vocab.placing_prepositions or (
            tokens[at - 1] not in vocab.placing_verbs):
        return None
    return kind


def _neighbours(tokens: list[str], start: int, end: int,
                vocab: Vocabulary) -> tuple[str | None, str | None]:
    """The words either side of the name at ``start:end``, past the articles before it
    ('in *the* Varn Sea') and a title a fact may give it ('by the drugmaker Kelmora'): a
    lower-case word right before a name it does not belong to."""
    def article(at: int) -> bool:
        return at >= 0 and (tokens[at] in vocab.definite or tokens[at] in ("a", "an"))

    pos = start - 1
    if not article(pos) and article(pos - 1):
        pos -= 1  # 'the drugmaker' before 'Kelmora'
    while article(pos):
        pos -= 1
    return (tokens[pos] if pos >= 0 else None), (tokens[end] if end < len(tokens) else None)


def _may_name(name: set[str], entity_id: str, vocab: Vocabulary) -> bool:
    """The words of ``name`` may name the entity too: some of the words of one of its names
    ('Kelmora' of 'Kelmora Pharma'), all of them and more ('Lake Tarn' of 'Tarn Lake'), or
    their initials ('KP'). Sharing the word for the kind alone ('Lake Orra') is not enough."""
    return any(name <= words or words <= name or "".join(name) in initials
               for words, initials in _names_of_entity(entity_id, vocab))


@lru_cache(maxsize=256)  # asked for with each owner a claim names before a named thing
def _name_words(entity_id: str, vocab: Vocabulary) -> tuple[tuple[str, ...], ...]:
    """The words of each of the entity's names, as a sentence's words are read."""
    return tuple(tuple(alias.split()) for aliases in vocab.fuzzy_aliases.values()
                 for alias, e in aliases if e == entity_id)


@lru_cache(maxsize=256)  # asked for with each name the claim puts in a fact's place
def _names_of_entity(entity_id: str, vocab: Vocabulary
                     ) -> tuple[tuple[frozenset[str], frozenset[str]], ...]:
    """The words of each of the entity's names, with their initials (with and without the
    small words: 'fda' of 'Food and Drug Administration')."""
    found = []
    for alias in [fold(vocab.entities[entity_id].name), *(
            a for aliases in vocab.fuzzy_aliases.values() for a, e in aliases if e == entity_id)]:
        words = tokenise(alias)
        found.append((frozenset(words), frozenset({
            "".join(w[0] for w in words),
            "".join(w[0] for w in words if w not in vocab.determiners and w != "and")})))
    return tuple(found)
