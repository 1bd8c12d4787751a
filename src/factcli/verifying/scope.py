"""Scope and quantifiers: how far the claim goes beyond the fact ('only', one of several,
superlatives and ranks, 'with' against 'without', the whole for a part, some against
none, shares, what was only weighed or meant).
"""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from factcli.index import CompiledFact
from factcli.knowledge import Knowledge
from factcli.logic import Relation
from factcli.text import (
    Analysis,
    and_list,
    fold,
    read_statement,
    tokenise,
    without_after_be,
)
from factcli.verifying.alignment import _HOLDS, _KIND_OF_ENTITY, Alignment, Step, _held_terms
from factcli.verifying.entities import (
    _act_by_another,
    _coordinated_in_fact,
    _doers,
    _member_for_group,
    _voice_reversed,
)
from factcli.verifying.readings import (
    _exception,
    _superlative_at,
    place_in_ranking,
    says_the_most,
    set_aside_in,
    superlatives,
)
from factcli.verifying.status import (
    _MEANT,
    _POSSIBLE,
    _against_continuity,
    _cued_words,
    _done_verbs,
    _tentative_at,
    _under_way,
)

if TYPE_CHECKING:
    from collections.abc import Callable

    from factcli.vocabulary import Vocabulary


@lru_cache(maxsize=64)  # of the claim alone, and asked for with each candidate fact
def _checks_of_scope(reading: Analysis, vocab: Vocabulary) -> tuple[Callable[..., None], ...]:
    """The checks of how far the claim goes beyond the fact (only weighed, only meant;
    'without'; 'the most'; all of it; one member for the group) that can apply to the
    claim, so that the others are not tried against each candidate fact."""
    tokens = reading.tokens
    checks: list[Callable[..., None]] = [_weighed_or_meant]
    if not _WITH.keys().isdisjoint(tokens):
        checks.append(_with_against_without)
    if says_the_most(tokens, vocab):
        checks.append(_one_of_dropped)
    if _ranked_at(tokens, vocab) is not None:
        checks.append(_ranked_among_fewer)
    if any(place_in_ranking(tokens, pos, vocab) for pos in superlatives(tokens)):
        checks.append(_another_place_in_ranking)
    if _first_by_degree(tokens, vocab) is not None:
        checks.append(_ranking_unsaid)
    if reading.entity_ids and vocab.exception_at(tokens) is None:
        checks.append(_named_but_set_aside)
    if reading.verb_terms and "or" not in tokens and vocab.possibility_words.isdisjoint(tokens):
        checks.append(_one_of_two_asserted)
    if vocab.entirety_at(tokens) is not None:
        checks.append(_whole_for_part)
    if _doers(reading, vocab):
        checks.extend((_member_for_group, _act_by_another))
    if len(tokens) > 2:
        checks.append(_voice_reversed)
    if vocab.continuity_of(tokens) is not None:
        checks.append(_against_continuity)
    return tuple(checks)


def _weighed_or_meant(reading: Analysis, compiled: CompiledFact, result: Alignment,
                      vocab: Vocabulary) -> None:
    """'Lithuania considered leaving' against 'Lithuania has decided to pull out': what the
    claim says was only weighed or tried, the fact does not say was; 'Lithuania has left'
    against the same fact, 'Juice passed closer to Ganymede' against 'Juice can pass
    closer': what the claim says is done (or will be), the fact says is only meant,
    needed or possible, or (done) under way. The fact states none of these, nor
    contradicts it."""
    statement = compiled.fact.statement
    weighed = _tentative_at(reading, vocab)
    if weighed is not None:
        # ('the appeal seeks 333 million' against 'asks donors for': the fact's word is the
        # claim's own, or of its group, whatever mood that word carries; not a WordNet
        # synonym: 'considered the plan' is not 'regarded the plan as vital')
        said_alike = any(s.kind == "word" and s.claim == reading.tokens[weighed]
                         and s.via == "same word" for s in result.steps)
        if vocab.tentative.isdisjoint(read_statement(statement, vocab).tokens) and not any(
                s.kind == "status" for s in result.steps) and not said_alike:
            result.steps.append(Step("status", "", reading.tokens[weighed], "", Relation.REVERSE,
                                     "the article does not say it was only weighed or tried"))
        return
    done_verbs = _done_verbs(reading, vocab)
    # 'will deploy' against 'possible deployment'; not of a claim that says what only may
    # be, supposes it, or denies it ('has not ruled out laying mines' says it may)
    only_possible = {} if reading.hypothetical or reading.negations or not (
        vocab.possibility_words.isdisjoint(reading.tokens)) else _cued_words(
        statement, _POSSIBLE, vocab)
    only_meant = _cued_words(statement, _MEANT, vocab) if done_verbs else {}
    if not (only_possible or only_meant or (done_verbs and "ing " in statement)) or any(
            s.kind == "status" for s in result.steps):
        return  # nearly every fact; or the status is weighed already
    # ('Reeves might need to find a further £40 billion' says the need, as the fact does)
    meant_too = _cued_words(reading.text, _MEANT, vocab) if only_meant else {}
    for step in result.steps:
        if not (step.kind == "word" and step.relation in _HOLDS and step.fact
                and step.key in reading.verb_terms):
            continue
        said = fold(step.fact).split()[0]
        done = step.key in done_verbs and fold(step.claim).split()[0] not in meant_too
        cue = (only_meant if done else only_possible).get(said)
        if cue is not None:
            result.steps.append(Step("status", "", step.claim, f"{cue} … {step.fact}",
                                     Relation.REVERSE,
                                     "the article says it is meant or possible, not done"))
            return
        if done and _under_way(said, compiled, vocab):
            # 'Lithuania has left' against 'Lithuania is leaving', 'by leaving': under way
            result.steps.append(Step("status", "", step.claim, step.fact, Relation.REVERSE,
                                     "the article says it is under way, not done"))
            return


_WITH = {"with": "without", "without": "with"}


def _with_against_without(reading: Analysis, compiled: CompiledFact, result: Alignment,
                          vocab: Vocabulary) -> None:
    """'The flyby was flown without precision' against 'flown with great precision': a
    word the claim says is absent, the fact says is there (and back). Against a fact that
    names the thing plainly ('after a review that included safety studies'), a claim's
    'inspected without any safety studies' is not stated (nor the fact's 'without' a
    claim's plain word): the fact may say the thing is there, or only mention it."""
    if "without" not in reading.tokens and "ithout" not in compiled.fact.statement:
        return  # nearly every fact
    fact = read_statement(compiled.fact.statement, vocab).tokens
    for index, step in enumerate(result.steps):
        if step.kind != "word" or step.relation not in _HOLDS or not step.fact:
            continue
        claimed = next((_with_word_before(reading.tokens, pos) for t, pos in reading.terms
                        if t == step.key), None)
        said = fold(step.fact).split()[0]
        stated = next((word for pos, token in enumerate(fact) if token == said
                       if (word := _with_word_before(fact, pos)) is not None), None)
        if claimed is not None and stated is not None and _WITH[claimed[0]] == stated[0]:
            result.steps[index] = step._replace(
                claim=f"{claimed[0]} {step.claim}", fact=f"{stated[0]} {step.fact}",
                relation=Relation.ALTERNATION, via=f"{stated[0]}, not {claimed[0]}")
            return
        # ('was without risk' is a negation the reading counts already)
        absent = next((tokens for tokens, said_with in ((reading.tokens, claimed), (fact, stated))
                       if said_with is not None and said_with[0] == "without"
                       and not without_after_be(tokens, said_with[1], vocab)), None)
        if absent is not None and None in (claimed, stated):
            result.steps[index] = step._replace(relation=Relation.REVERSE,
                                                via="'without' on one side only")
            return


def _with_word_before(tokens: list[str], pos: int) -> tuple[str, int] | None:
    """'with' or 'without' and where, among the three words before ``tokens[pos]``."""
    return next(((tokens[at], at) for at in range(max(0, pos - 3), pos)
                 if tokens[at] in _WITH), None)


def _one_of_two_asserted(reading: Analysis, compiled: CompiledFact, result: Alignment,
                         vocab: Vocabulary) -> None:
    """'The saved fuel will be used to extend the mission' against 'reserves held back for
    unforeseen needs or for extending the mission': the fact gives the claim's act as one
    of two, which does not say it will be done ('could be used to extend' it may)."""
    if " or " not in compiled.fact.statement:
        return  # nearly every fact
    fact = read_statement(compiled.fact.statement, vocab).tokens
    at = fact.index("or") if "or" in fact else -1
    if at < 1:
        return
    # the alternatives are parallel: 'for A or for B' starts the first at its 'for'
    opening = fact[at + 1] if at + 1 < len(fact) and fact[at + 1] in vocab.prepositions else None
    start = next((pos for pos in range(at - 1, max(-1, at - _CONJUNCT - 2), -1)
                  if fact[pos] == opening), max(0, at - 3))
    left, right = range(start, at), range(at + 1, min(len(fact), at + 1 + _CONJUNCT))
    held = {fold(s.fact).split()[0]: s.key for s in result.steps
            if s.kind == "word" and s.relation in _HOLDS and s.fact}
    sides = [{held[fact[pos]] for pos in side if fact[pos] in held} for side in (left, right)]
    acts = reading.verb_terms
    for this, other in (sides, sides[::-1]):
        if this & acts and not other:
            result.steps.append(Step("status", "", "will be so", "one of two it may be",
                                     Relation.REVERSE,
                                     "the article gives it as one of two possibilities"))
            return


_CONJUNCT = 6  # words of each side of an 'or' that are read as its alternatives


def _ranked_at(tokens: list[str], vocab: Vocabulary) -> int | None:
    """Where a word that ranks a thing among others stands, after 'the' or an owner ('the
    first city to build', "NATO's weakest point"): 'first', 'last', 'most' (not 'most
    of') or a word in -est ('to invest' is no superlative)."""
    return next((pos for pos, token in enumerate(tokens)
                 if pos and (tokens[pos - 1] in vocab.definite or tokens[pos - 1] == "s")
                 and (token in _RANKING or (token.endswith("est") and len(token) > 4))
                 and tokens[pos + 1:pos + 2] != ["of"]), None)


_RANKING = frozenset(("first", "last", "most", "least"))


def _ranked_among_fewer(reading: Analysis, compiled: CompiledFact, result: Alignment,
                        vocab: Vocabulary) -> None:
    """'Meridia is the first city to build a hydrogen tram line' against 'the first city in
    the region to build one': what a superlative ranks among is narrowed by every word of
    its noun phrase after it, so a claim that drops one ranks among more, which the fact
    does not say."""
    said = read_statement(compiled.fact.statement, vocab)
    fact = said.tokens
    at = _ranked_at(fact, vocab)
    if at is None:
        return  # nearly every fact
    claimed = reading.tokens[_ranked_at(reading.tokens, vocab) or 0]
    if fact[at] != claimed or claimed in vocab.nearness_superlatives:
        return  # 'the closest approach, slightly later': a point of a path, not a rank
    if vocab.be_forms.isdisjoint(fact[max(0, at - 3):at]):
        return  # a rank is what a thing is said to be ('is the first city to'), not which
        # of a sequence a sentence is about ('the first phase includes')
    clause_end = compiled.fact.statement.find(",", compiled.fact.statement.lower().find(claimed))
    end = len(tokenise(compiled.fact.statement[:clause_end])) if clause_end >= 0 else len(fact)
    # … up to the verb the ranked thing is the subject of ('the first phase *includes*'),
    # past one that ranks it ('the first city *to build*')
    end = min((pos for pos in said.verbs if at < pos and fact[pos - 1] != "to"), default=end)
    held = _held_terms(result, compiled)
    dropped = [fact[pos] for t, pos in said.terms if at < pos < end and t not in held
               and fact[pos] not in reading.tokens] + [
        vocab.describe_entity(e) for e, pos in said.entities
        if at < pos < end and "@" + e not in held]
    if dropped:
        result.steps.append(Step("quantifier", "", f"the {claimed} of all",
                                 " ".join(dropped), Relation.REVERSE,
                                 "the article ranks it among fewer"))


def _another_place_in_ranking(reading: Analysis, compiled: CompiledFact, result: Alignment,
                              vocab: Vocabulary) -> None:
    """'The merged lender will be the largest bank' against 'the ninth-largest bank': of
    the same ranking, the fact gives the thing another place, which contradicts the claim
    (a superlative alone is the first place)."""
    claim = reading.tokens
    said = read_statement(compiled.fact.statement, vocab)
    fact = said.tokens
    for at in superlatives(claim):
        claimed = place_in_ranking(claim, at, vocab)
        step = next((s for s in result.steps if s.kind == "word" and s.claim == claim[at]
                     and s.relation in _HOLDS), None)
        if claimed is None or step is None or claim[at] in vocab.nearness_superlatives or (
                claim[at - 1] in vocab.ordinals):
            continue  # ('the closest approach': a point of a path, not a rank; 'the fifth
            # largest': the ordinal's own word step ranks it)
        # of the same things ranked: 'the largest bank merger' is no 'ninth-largest bank'
        ranked = _ranked_noun(reading, at)
        ranked_alike = {ranked} | {s.fact for s in result.steps
                                   if s.kind == "word" and s.claim == ranked
                                   and s.relation in _HOLDS}
        told = {place_in_ranking(fact, pos, vocab) for pos in superlatives(fact)
                if fact[pos] == step.fact and _ranked_noun(said, pos) in ranked_alike}
        told.discard(None)
        if told and claimed not in told:
            result.steps.append(Step("quantifier", "", _ranked(claimed, claim[at]),
                                     _ranked(min(told, key=lambda n: n or 0), step.fact),
                                     Relation.ALTERNATION, "another place in the ranking"))
            return


def _first_by_degree(tokens: list[str], vocab: Vocabulary) -> int | None:
    """Where 'most' or 'least' ranks a thing first ('received the most applications', "the
    city's least visited park"): a word no fact need say, so it is weighed apart."""
    return next((pos for pos in superlatives(tokens) if tokens[pos] in ("most", "least")
                 and place_in_ranking(tokens, pos, vocab) == 1), None)


def _ranking_unsaid(reading: Analysis, compiled: CompiledFact, result: Alignment,
                    vocab: Vocabulary) -> None:
    """'Spain received the most applications' against 'Spain received 166,000
    applications': a fact that ranks nothing does not say the thing came first."""
    fact = read_statement(compiled.fact.statement, vocab).tokens
    if superlatives(fact):
        return  # a ranking the other checks weigh
    at = _first_by_degree(reading.tokens, vocab) or 0
    result.steps.append(Step("quantifier", "", f"the {reading.tokens[at]}", "",
                             Relation.REVERSE, "the article does not rank it"))


def _named_but_set_aside(reading: Analysis, compiled: CompiledFact, result: Alignment,
                         vocab: Vocabulary) -> None:
    """'Starlink is owned by Eutelsat' against 'Eutelsat owns the only constellation other
    than Starlink': what a fact sets aside takes no part in what it says of the rest."""
    phrase, aside = set_aside_in(read_statement(compiled.fact.statement, vocab), vocab)
    named = aside & set(reading.entity_ids)  # nearly every fact sets nothing aside
    if named:
        names = and_list([vocab.describe_entity(e) for e in sorted(named)])
        result.steps.append(Step("quantifier", "", names, f"{phrase} {names}",
                                 Relation.REVERSE, "the article sets it aside"))


def _ranked_noun(said: Analysis, at: int) -> str | None:
    """The noun a superlative at ``at`` ranks: the last of the words and names that follow
    it ('merger' in 'the largest US bank merger', 'bank' in 'the ninth-largest bank in')."""
    words = {pos for _, pos in said.terms} | {
        pos for _, start in said.entities
        for pos in range(start, said.entity_ends.get(start, start + 1))}
    end = at + 1
    while end in words and end not in said.verbs:
        end += 1
    return said.tokens[end - 1] if end > at + 1 else None


def _ranked(place: int | None, superlative: str) -> str:
    """'largest', 'place 9: largest' as a proof shows a place in a ranking."""
    return superlative if place == 1 else f"place {place}: {superlative}"


def _one_of_dropped(reading: Analysis, compiled: CompiledFact, result: Alignment,
                    vocab: Vocabulary) -> None:
    """'The Gap is NATO's most vulnerable point' against 'one of NATO's most vulnerable
    points': of several, the fact does not say which is the most."""
    if "one of" not in compiled.fact.statement:
        return  # nearly every fact
    fact = read_statement(compiled.fact.statement, vocab).tokens
    at = _superlative_at(fact, vocab)
    if at is not None and any(fact[pos:pos + 2] == ["one", "of"]
                              for pos in range(max(0, at - 5), at)):
        result.steps.append(Step("quantifier", "", "the one", "one of several",
                                 Relation.REVERSE, "the article says one of several"))


def _whole_for_part(reading: Analysis, compiled: CompiledFact, result: Alignment,
                    vocab: Vocabulary) -> None:
    """'The whole border funding will pay for mines' against 'Part of the border funding
    will pay for mines': what the fact says of a part, the claim says of all of it."""
    statement = compiled.fact.statement
    if " of " not in statement:
        return  # nearly every fact ('Part of', 'half of', '40% of')
    said = read_statement(statement, vocab)
    fact = said.tokens
    if any(fact[pos:pos + 2] == ["part", "of"] and (pos == 0 or fact[pos - 1] in vocab.determiners)
           for pos in range(len(fact) - 1)):
        result.steps.append(Step("quantifier", "", "all of it", "part of it", Relation.REVERSE,
                                 "the article says it of a part"))
        return
    # 'the grant covers the entire cost' against 'covers half of the project's cost': a
    # share short of all of the thing the claim says all of is not all of it
    cue = vocab.entirety_at(reading.tokens)
    if cue is None:
        return
    around = set(reading.tokens[max(0, cue.start - _NEAR_ENTIRETY):cue.start]
                 + reading.tokens[cue.stop:cue.stop + _NEAR_ENTIRETY]) - vocab.determiners - {
        "of", "s"}
    share = next((q for q in said.quantities if q.dimension == "percent" and q.value < 100
                  and fact[q.end:q.end + 1] == ["of"]
                  and around.intersection(fact[q.end + 1:q.end + 1 + _OF_PHRASE])), None)
    if share is not None:
        result.steps.append(Step("quantifier", "", "all of it", f"{share.text} of it",
                                 Relation.ALTERNATION, "the article says it of a share"))


# how far from 'entire' the thing it is said of may stand ('covers the entire cost', 'the
# cost in full'), and how far after a share's 'of' ('half of the project's cost')
_NEAR_ENTIRETY = 3
_OF_PHRASE = 5


def _align_quantifier(reading: Analysis, compiled: CompiledFact, result: Alignment,
                      vocab: Vocabulary) -> None:
    """'most of the fuel' against 'a tiny share of the fuel'; 'the new stops will have'
    against 'most of the new stops will have', which says it of only a share."""
    if reading.quantifier is None:
        if compiled.quantifier in ("large", "small"):
            share = _share_said_of(compiled, result, vocab)
            if share is not None and _denies_any(share, reading, vocab):
                # 'none of its instruments gathered data' against 'most of its instruments
                # collected data': a share of them, large or small, is some of them
                result.steps.append(Step("quantifier", "", f"any {share}",
                                         _share(compiled.quantifier), Relation.FORWARD,
                                         "a share is some of them"))
            elif share is not None:
                result.steps.append(Step("quantifier", "", share, _share(compiled.quantifier),
                                         Relation.REVERSE, _OF_A_SHARE))
        return
    if compiled.quantifier is None:
        result.steps.append(Step("quantifier", "", _share(reading.quantifier), "",
                                 Relation.REVERSE, "the article gives no share"))
    else:
        # 'all' entails 'most'; 'most' says 'not all', as a reader takes it
        relation = (Relation.EQUIVALENT if compiled.quantifier == reading.quantifier
                    else Relation.FORWARD if (compiled.quantifier, reading.quantifier) == (
                        "whole", "large")
                    else Relation.ALTERNATION)
        result.steps.append(Step("quantifier", "", _share(reading.quantifier),
                                 _share(compiled.quantifier), relation, "quantity words"))


_OF_A_SHARE = "the article says it of a share"


def _some_against_none(reading: Analysis, compiled: CompiledFact, result: Alignment,
                       vocab: Vocabulary) -> None:
    """'Several reactors have been brought back' against 'no reactor has been brought
    back': 'several', 'some' in the claim's subject say there is at least one, which is
    what the fact's opening 'no' denies, so the word is the fact's negation's, not a
    detail the fact lacks."""
    if reading.negations or not compiled.negated:
        return  # nearly every pair
    found = vocab.existential_at(reading.tokens)
    if found is None or reading.predicate_at is None or found[0] >= reading.predicate_at:
        return
    fact = read_statement(compiled.fact.statement, vocab)
    opening = fact.tokens[0] if fact.tokens else ""
    if vocab.single.get(opening, ("",))[0] != "negation":
        return
    words = set(found[1])
    result.steps[:] = [
        s._replace(fact=opening, relation=Relation.EQUIVALENT,
                   via="at least one, which the article denies")
        if s.kind == "word" and s.claim in words and s.relation not in _HOLDS else s
        for s in result.steps]


def _denies_any(word: str, reading: Analysis, vocab: Vocabulary) -> bool:
    """The claim's negation is the determiner of its ``word`` ('none of Juice's
    instruments', 'no pictures'): it says there is not any, not that what is said of them
    is not so of all of them."""
    tokens = reading.tokens
    at = next((pos for pos, token in enumerate(tokens) if token == word), None)
    if at is None or reading.negations != 1:
        return False
    named = {pos for start, end in reading.entity_ends.items() for pos in range(start, end)}
    before = at - 1
    while before >= 0 and (tokens[before] in vocab.determiners or tokens[before] == "s"
                           or before in named):
        before -= 1  # past 'of the', 'of Juice's'
    return before >= 0 and vocab.single.get(tokens[before], ("",))[0] == "negation" and not (
        before > 0 and tokens[before - 1] in vocab.auxiliaries)


def _share_said_of(compiled: CompiledFact, result: Alignment,
                   vocab: Vocabulary) -> str | None:
    """The claim's word for what the fact gives only a share of ('stops' in 'most of the
    new stops'), when the claim says it with no share of its own."""
    said = read_statement(compiled.fact.statement, vocab)
    start = vocab.quantified_at(said.tokens)
    if start is None:
        return None
    # the noun is the first term after the quantity words and their determiners
    noun = next((said.tokens[pos] for _, pos in said.terms if pos >= start), None)
    return next((s.claim for s in result.steps if s.kind == "word"
                 and s.relation in _HOLDS and s.fact == noun), None)


def _share(size: str) -> str:
    return "all of it" if size == "whole" else f"a {size} share"


def _align_only(reading: Analysis, result: Alignment, knowledge: Knowledge) -> None:
    """'X is the only Baltic country leaving' against a fact that names others in X's
    place; 'serves only military needs' against one that adds 'civilian'. A negated claim
    ('X is not the only one') is then supported through the join with the negation."""
    compiled = result.fact
    if compiled.exclusive and _same_focus(reading, result, knowledge):
        result.steps.append(Step("only", "", "only", "only", Relation.EQUIVALENT,
                                 "the article says so too"))
        return
    others = _others_in_place(reading, result, knowledge)
    if others is not None:
        result.steps.append(Step("only", "", f"only {others[0]}", f"{others[1]} too",
                                 Relation.ALTERNATION, "the article names others"))
    elif _one_of_several(reading, result, knowledge.vocab):
        result.steps.append(Step("only", "", "the only one", "one of several",
                                 Relation.ALTERNATION, "the article says one of several"))
    elif (share := _share_short_of_whole(reading, result, knowledge.vocab)) is not None:
        result.steps.append(Step("only", "", "the only one", share, Relation.ALTERNATION,
                                 "the article gives it a share, not all"))
    else:
        result.steps.append(Step("only", "", "only", "", Relation.REVERSE,
                                 "the article does not say 'only'"))


def _share_short_of_whole(reading: Analysis, alignment: Alignment,
                          vocab: Vocabulary) -> str | None:
    """'Only India recorded ozone-related COPD deaths' against 'India accounted for nearly
    half of all ozone-related COPD deaths', 'heat pumps are the only technology funded'
    against 'heat pumps made up two thirds of the systems funded': the claim's 'only' singles
    out its subject, to which the fact, saying the rest of the claim, gives a share short
    of the whole; the rest is others'. The share as the fact gives it, or None."""
    subject = {"@" + e for e in reading.subject_entities}
    if not subject or reading.exclusive_at is None or any(
            q.dimension == "percent" for q in reading.quantities):
        return None  # ('the only region where growth topped 5%': a share of the claim's own)
    at = reading.predicate_at
    singled = reading.exclusive_focus in subject or (
        at is not None and reading.tokens[at] in vocab.be_forms and reading.exclusive_at > at)
    held = {s.key for s in alignment.steps if s.relation in _HOLDS}
    unheld = [s for s in alignment.steps if s.relation not in _HOLDS
              and s.kind not in ("polarity", "only", "role")]
    if not singled or not subject <= held or (unheld and not _one_word_unsaid(unheld, alignment)):
        return None
    owner = {e[1:] for e in subject}
    share = next((q for q in alignment.fact.quantities if q.dimension == "percent"
                  and not owner.isdisjoint(q.measure) and q.qualifier in ("exact", "approx")
                  and q.value < _WHOLE and q.high is None), None)
    return None if share is None else share.display


_WHOLE = 100  # percent


def _one_word_unsaid(unheld: list[Step], alignment: Alignment) -> bool:
    """'Only Orlo paid for the extra 5 million euros' against 'the extra 5 million euros
    comes from Orlo and Brisk': one word of the claim the fact does not say, in a fact
    that holds every name and figure of the claim and at least three of its pieces,
    still leaves the others the fact names in the claim's place."""
    if len(unheld) != 1 or unheld[0].kind != "word" or unheld[0].fact:
        return False
    held = [s for s in alignment.steps
            if s.kind in ("word", "entity", "figure") and s.relation in _HOLDS]
    return len(held) >= _PIECES_HELD_BESIDE_ONE_UNSAID


_PIECES_HELD_BESIDE_ONE_UNSAID = 3


def _one_of_several(reading: Analysis, alignment: Alignment, vocab: Vocabulary) -> bool:
    """'San Diego is the only U.S. airport building one' against 'San Diego is one of a
    number of U.S. airports with one': the fact says its subject is one of several of
    what the claim's 'only' singles it out among."""
    statement = alignment.fact.fact.statement
    if "one of" not in statement:
        return False  # nearly every fact
    held = {s.key for s in alignment.steps if s.relation in _HOLDS}
    subject = {"@" + e for e in reading.subject_entities}
    if not subject or not subject <= held:
        return False
    # the words 'only' goes with, up to the next verb ('only U.S. airport')
    after = reading.exclusive_at if reading.exclusive_at is not None else len(reading.tokens)
    end = min((pos for pos in reading.verbs if pos > after), default=len(reading.tokens))
    singled = {t for t, pos in reading.terms if after < pos < end}
    said = {fold(s.fact).split()[-1] for s in alignment.steps
            if s.key in singled and s.kind == "word" and s.relation in _HOLDS and s.fact}
    fact = read_statement(statement, vocab).tokens
    return bool(said) and any(
        fact[at:at + 2] == ["one", "of"] and fact[at - 1] in vocab.be_forms
        and not said.isdisjoint(fact[at + 2:at + 2 + _KIND_WORDS])
        for at in range(1, len(fact) - 1))


_KIND_WORDS = 6  # words after 'one of' that say of what ('a number of U.S. airports')


def _same_focus(reading: Analysis, alignment: Alignment, knowledge: Knowledge) -> bool:
    """The fact's 'only' singles out what the claim's does: 'only military needs' against
    'only military needs', not against 'only a tiny share of the propellant'."""
    fact_focus = read_statement(alignment.fact.fact.statement,
                                knowledge.vocab).exclusive_focus
    if reading.exclusive_focus is None or fact_focus is None:
        return False
    focuses = [reading.exclusive_focus]
    at = reading.predicate_at
    if at is not None and reading.tokens[at] in knowledge.vocab.be_forms and (
            reading.exclusive_at is not None and reading.exclusive_at > at):
        # 'Duane Arnold is Iowa's sole nuclear plant' singles out its subject, as 'Iowa
        # has no nuclear plant other than Duane Arnold' does, among the fact's own class
        # ('the only ferry' is not held by 'no mail boat other than the Tern', though the
        # Tern is a ferry)
        class_held = any(s.key == reading.exclusive_focus and s.kind == "word"
                         and s.relation in _HOLDS and s.via != _KIND_OF_ENTITY
                         for s in alignment.steps)
        if class_held:
            focuses += ["@" + e for e in reading.subject_entities]
    return any(_focus_held(focus, fact_focus, alignment) for focus in focuses)


def _focus_held(focus: str, fact_focus: str, alignment: Alignment) -> bool:
    if focus == fact_focus:
        return True
    step = next((s for s in alignment.steps if s.key == focus and s.relation in _HOLDS), None)
    if step is None:
        return False
    if step.kind == "entity" or fact_focus.startswith("@"):
        return step.key == fact_focus
    return alignment.fact.word_for(fact_focus) == step.fact


def _others_in_place(reading: Analysis, alignment: Alignment,
                     knowledge: Knowledge) -> tuple[str, str] | None:
    """(what the claim says is the only one, the others the fact names in its place)."""
    vocab = knowledge.vocab
    # Others in the subject's place are the point here, so a role step does not count.
    unheld = [s for s in alignment.steps if s.relation not in _HOLDS
              and s.kind not in ("polarity", "only", "role")]
    if unheld and not _one_word_unsaid(unheld, alignment):
        return None
    if not any(s.kind == "word" for s in alignment.steps):
        return None
    subject = [e for e in reading.subject_entities if vocab.entities[e].kind != "region"]
    if subject:
        kind = vocab.entities[subject[0]].kind
        groups = [e for e in reading.entity_ids if vocab.entities[e].kind == "region"]
        set_aside = set(subject) | _exception(reading, vocab)[1]
        others = [e for e in sorted(alignment.fact.subject)
                  if e not in set_aside and vocab.entities[e].kind == kind
                  and all(g in vocab.entities[e].member_of for g in groups)]
        if not others:
            # 'Turner alone built it' against 'built by a joint venture of Turner and
            # FlatironDragados': the others named beside it, of its kind
            others = [e for e in _coordinated_in_fact(subject[0], alignment.fact, vocab)
                      if e in vocab.entities and e not in set_aside
                      and vocab.entities[e].kind == kind]
        if others:
            return (vocab.describe_entity(subject[0]),
                    and_list([vocab.describe_entity(e) for e in others]))
    # ('Aerospace is the only industry Gary said would benefit': a name that is no
    # focus of the 'only' leaves it to the word it singles out, or to the subject that
    # 'X is the only N' singles out)
    focuses = [reading.exclusive_focus] if reading.exclusive_focus else []
    at = reading.predicate_at
    if at is not None and reading.tokens[at] in vocab.be_forms and (
            reading.exclusive_at is not None and reading.exclusive_at > at):
        focuses += [t for t, pos in reading.terms if pos < at]
    fact_reading = read_statement(alignment.fact.fact.statement, vocab)
    claimed = {s.key for s in alignment.steps}
    for focus in focuses:
        step = next((s for s in alignment.steps if s.key == focus
                     and s.kind in ("word", "entity")), None)
        if step is None:
            continue
        if step.kind == "entity" and focus[1:] not in fact_reading.entity_ids:
            named = _named_beside(focus[1:], alignment.fact, fact_reading, reading, vocab)
            if named:
                return step.claim, and_list([vocab.describe_entity(e) for e in named])
            continue
        for fact_key in _phrase_in_fact(focus, step, reading, alignment, fact_reading):
            others = [k for k in fact_reading.coordinated_with(fact_key, vocab.ignored)
                      if k not in claimed]
            if others:
                names = [vocab.describe_entity(k[1:]) if k.startswith("@")
                         else f"'{fact_reading.raw_terms.get(k, k)}'" for k in others]
                return step.claim, and_list(names)
    return None


def _phrase_in_fact(focus: str, step: Step, reading: Analysis, alignment: Alignment,
                    fact_reading: Analysis) -> list[str]:
    """The fact's terms for the phrase an 'only' singles out, from its first word to its
    head: 'only road vehicles' against 'road vehicles and rail' leaves others beside the
    head, 'vehicles', not beside 'road'."""
    if step.kind == "entity":
        return [focus]
    at = next((pos for term, pos in reading.terms if term == focus), None)
    following = {pos: term for term, pos in reading.terms if pos not in reading.verbs}
    words = [step.fact]
    while at is not None and at + 1 in following:
        at += 1
        said = next((s.fact for s in alignment.steps if s.key == following[at]
                     and s.kind == "word" and s.relation in _HOLDS), None)
        if said is None:
            break
        words.append(said)
    return [key for word in words
            for key in [next((t for t, w in fact_reading.raw_terms.items() if w == word), "")]
            if key]


def _named_beside(entity: str, compiled: CompiledFact, fact_reading: Analysis,
                  reading: Analysis, vocab: Vocabulary) -> list[str]:
    """The fact's other entities of the kind of one the claim singles out, where the fact's
    sentence joins their names before a head they share: 'only on the Hong Kong stock
    exchange' against 'on the Hong Kong and Shanghai stock exchanges'."""
    modifiers = vocab.entity_name_modifiers
    own = modifiers.get(entity, frozenset())
    at = {pos: term for term, pos in fact_reading.terms}
    keys = [term for term, pos in fact_reading.terms if fact_reading.tokens[pos] in own]
    partners = {fact_reading.tokens[pos] for key in keys
                for other in fact_reading.coordinated_with(key, vocab.ignored)
                for pos, term in at.items() if term == other} - own
    kind = vocab.entities[entity].kind
    return [e for e in compiled.fact.entities
            if e != entity and e not in reading.entity_ids and vocab.entities[e].kind == kind
            and not partners.isdisjoint(modifiers.get(e, frozenset()))]
