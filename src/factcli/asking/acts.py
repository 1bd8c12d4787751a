"""The question's act against a fact's: the verb, its tense and what it says is done.

Whether a fact says the question's verb in another form (as a noun, with the preposition
after it, as a verb of inclusion), says another act or the opposite one, or tells what was
done where the question asks of what is to come; and which verb a fit may leave unsure.
"""

from __future__ import annotations

import re
from functools import lru_cache

from factcli.asking.aligned import _HELD, _INCLUSION, _PART_OF, _matched_positions
from factcli.asking.core import _PERFECT, _asks_of_past, _includes_at
from factcli.asking.gap import Gap
from factcli.asking.wording import _includes, _is_light_verb
from factcli.index import CompiledFact
from factcli.logic import Relation
from factcli.text import Analysis, fold, read_statement, tokenise
from factcli.verify import Alignment, Step
from factcli.vocabulary import Vocabulary

_PRESENT_COPULAS = frozenset({"is", "are"})
_AGAIN = "re"  # 'reopen' is 'open' again: it is opposed to what 'open' is opposed to


def _time_taken(content: list[Step], gap: Gap, vocab: Vocabulary) -> set[str]:
    """'How long does the agreement *run*', 'how long did the rescue *take*': a verb that
    only says a thing goes on for a time asks what 'how long' asks, so a fact that gives
    the period ('lasts 25 years', 'over 25 years') need not say it."""
    if "duration" not in gap.dimensions:
        return set()
    words = vocab.question_words["duration_verbs"]
    return {s.key for s in content if s.kind == "word" and (
        s.claim in words or not words.isdisjoint(vocab.lemmas_of(s.claim)))}


def _names_act(held: list[Step], vocab: Vocabulary) -> bool:
    """The fact says a verb of the question in another form, as its noun ('relocate':
    'the *relocations*')."""
    return any(s.kind == "word" and vocab.can_be_verb(fold(s.claim)) and not
               vocab.can_be_verb(fold(s.fact)) for s in held)


def _acts_instead(alignment: Alignment, core: Analysis, step: Step,
                  vocab: Vocabulary) -> bool:
    """The fact has a verb of its own where the question has ``step``'s, done at the time
    the question asks of: 'who *unveiled* the plans' is answered by 'X *revealed* them',
    not by a fact that only says what a thing is ('Airside D at Tampa is a terminal
    project' for 'which airport *cancelled* its terminal', unless the question's verb only
    names: 'is *called* Airside D'), nor, for what was done, by what is going on or to
    come ('are *leading* the project' for 'which company *designed* it')."""
    compiled = alignment.fact
    if fold(step.claim) in vocab.question_words["naming_verbs"]:
        return True
    return bool(compiled.verbs) and (compiled.past or not _asks_of_done(core, step, vocab))


def _opposed(word: str, compiled: CompiledFact, vocab: Vocabulary) -> bool:
    """The fact says the opposite of the question's verb ('closed' for 'reopen', 'began'
    for 'finish', 'hired' for 'fire'): a verb the fact lacks is excused as said otherwise,
    never when the fact says its contrary."""
    folded = fold(word)
    words = [folded]
    if folded.startswith(_AGAIN) and vocab.can_be_verb(folded[len(_AGAIN):]):
        words.append(folded[len(_AGAIN):])
    return any(relation == Relation.ALTERNATION and term in compiled.terms
               for said in words for verb in (True, False)
               for term, (relation, _) in vocab.links(said, verb=verb).items())


def _other_acts(step: Step, held: list[Step], core: Analysis, compiled: CompiledFact,
                vocab: Vocabulary) -> tuple[str, ...]:
    """The fact's own verbs, when the figure, date or name it gives may be of another act
    than the question's verb ``step``, which it does not say: the fit answers only if one
    of them is related to that verb (_holds)."""
    word = step.claim
    if _is_light_verb(word, vocab) or fold(word) in vocab.question_words["naming_verbs"] or (
            vocab.is_position_verb(word)):
        return ()  # 'where is the plant *located*' asks where it is, not of an act
    after = [pos + 1 for term, pos in core.terms if term == step.key]
    terms = {pos for _, pos in core.terms}
    if any(pos in terms and vocab.can_be_verb(core.tokens[pos]) for pos in after):
        return ()  # a word a verb follows is its doer's noun ('the *structure* top out')
    fact = read_statement(compiled.fact.statement, vocab)
    # 'hate-*motivated* incidents': a participle inside a compound modifier is no act
    statement = compiled.fact.statement
    if any(_is_light_verb(token, vocab) and token not in vocab.auxiliaries
           and _said_as_verb(fact, position, vocab) and not _in_compound(token, statement)
           for position, token in enumerate(fact.tokens)):
        return ()  # the fact may say the act lightly: 'workers were *given* training'
    acts = tuple(sorted(term for term in compiled.verbs
                        if not _in_compound(compiled.word_for(term), statement)))
    if any(s.fact in {compiled.word_for(term) for term in acts} for s in held):
        return ()  # another word of the question is the fact's verb ('when will work on
        # the second phase *commence*': 'is due to *start*'); the step names no act
    return acts


def _said_as_verb(fact: Analysis, position: int, vocab: Vocabulary) -> bool:
    """The word stands as a verb: the reader's, after an auxiliary, inflected as one, or
    before its object's determiner ('give *the* reason'); not 'for a short *time*'."""
    token = fact.tokens[position]
    before = fact.tokens[position - 1] if position else ""
    following = fact.tokens[position + 1] if position + 1 < len(fact.tokens) else ""
    return (position in fact.verbs or before in vocab.auxiliaries or before in vocab.be_forms
            or token.endswith(("ed", "en")) or token in vocab.irregular
            or (following in vocab.determiners and following not in vocab.prepositions))


def _in_compound(word: str, statement: str) -> bool:
    return re.search(rf"\w-{re.escape(word)}\b", statement, re.IGNORECASE) is not None


def _verb_forms(step: Step, core: Analysis, vocab: Vocabulary) -> tuple[str, ...]:
    """The question's verb, and with the preposition after it as one verb ('does Juice
    *fly by* Earth': 'fly by' is 'pass', 'fly' alone is not)."""
    word = fold(step.claim)
    following = {core.tokens[pos + 1] for term, pos in core.terms
                 if term == step.key and pos + 1 < len(core.tokens)}
    return (word, *sorted(f"{word} {p}" for p in following if p in vocab.prepositions))


def _asks_of_done(core: Analysis, step: Step, vocab: Vocabulary) -> bool:
    """The question asks of what was done: its auxiliary is in the past ('*did* X
    design') or its verb is a past form ('which company *designed*'), and nothing says
    it is still to come ('have signalled they *will* quit')."""
    if core.status == "prospective":
        return False
    word = fold(step.claim)
    lemmas = vocab.lemmas_of(word)
    past_form = word.endswith("ed") or (
        bool(lemmas) and word not in lemmas and not word.endswith(("ing", "s")))
    return past_form or any(t in vocab.question_words["past_auxiliaries"] for t in core.tokens)


def _done_for_what_is_to_come(compiled: CompiledFact, gap: Gap, core: Analysis) -> bool:
    """A date asked of what is to come ('when will it open'), in a fact that tells what
    was done ('it opened in April 2024'): the fact's date is of another time."""
    return ("date" in gap.dimensions and core.status == "prospective" and compiled.past
            and compiled.status != "prospective")


def _to_come_for_what_was_done(compiled: CompiledFact, gap: Gap, core: Analysis,
                               vocab: Vocabulary) -> bool:
    """A date asked of what was done ('when did the flyby happen'), in a fact that tells
    only what is to come ('is heading for an encounter with Venus in August 2025')."""
    return ("date" in gap.dimensions and compiled.status == "prospective"
            and not compiled.past and core.status != "prospective"
            and _asks_of_past(core, vocab))


def _said_by_tense(content: list[Step], compiled: CompiledFact, vocab: Vocabulary) -> set[str]:
    """A word of the question that only says the thing is still to come ('Juice's
    *future* passes', 'the *upcoming* vote'): a fact about what is planned or to come
    ('will pass again') says it by its tense."""
    if compiled.status != "prospective":
        return set()
    return {s.key for s in content if s.kind == "word" and s.relation not in _HELD
            and vocab.status_of([fold(s.claim)]) == "prospective"}


def _included(alignment: Alignment, gap: Gap, core: Analysis,
              vocab: Vocabulary) -> list[Step] | None:
    """'what did the first phase *deliver*': a verb of what a whole holds or brings
    ('include', 'deliver', 'offer', 'contain') is said by the fact's verb of that kind when
    the question's other pieces stand before it, naming the whole ('the first phase
    *includes* a parking plaza'), or by a phrase that makes its subject a part of what
    follows, when they stand after it ('five miles of new roads *come with* the first
    phase'): each fact names a part of the whole, so a set question gathers them all. A
    fact that says neither gives no part for 'what does it include' (None): 'the first
    phase *belongs to* a project' is not what it includes."""
    steps = alignment.steps
    word = gap.includes
    if not word or any(s.relation in _HELD and _includes(s.claim, vocab) for s in steps):
        return steps
    verb = next((s for s in steps if s.kind == "word" and fold(s.claim) == word), None)
    fact = read_statement(alignment.fact.fact.statement, vocab)
    # 'what facilities does the terminal offer': the parts' noun stands after the verb
    parts = {s.fact for s in steps if gap.kind_word and fold(s.claim) == gap.kind_word}
    matched = {pos for pos in _matched_positions(alignment, fact, core, vocab)
               if fact.tokens[pos] not in parts}
    # what a whole includes, delivers or offers it has, not the other way round: 'has six
    # gates' answers 'what does it have', not 'what does it offer'
    owned = _PERFECT in vocab.lemmas_of(word)
    at = next((pos for pos in range(len(fact.tokens)) if _includes_at(fact.tokens, pos, vocab)
               and (owned or _PERFECT not in vocab.lemmas_of(fact.tokens[pos]))), None)
    via = _INCLUSION
    if at is None or max(matched, default=at) > at:
        # 'the first phase delivers a 19-gate *terminal* building' names no whole the new
        # terminal holds
        at = next((pos for pos in range(1, min(matched, default=0))
                   if _part_of(fact.tokens, pos, vocab)), None)
        via = _PART_OF
    if at is None:
        return None if gap.answer == "statement" else steps
    if verb is None:  # the question's word, said by the fact, adds no piece it holds
        return [*steps, Step("inclusion", "", word, fact.tokens[at], Relation.EQUIVALENT, via)]
    said = verb._replace(fact=fact.tokens[at], relation=Relation.EQUIVALENT, via=via)
    return [said if s is verb else s for s in steps]


def _part_of(tokens: list[str], position: int, vocab: Vocabulary) -> bool:
    """A phrase at ``position`` that makes what stands before it a part of what follows
    ('come with', 'belong to', 'is part of')."""
    return any(tokens[position + 1:position + len(phrase)] == list(phrase[1:]) and (
        phrase[0] in vocab.lemmas_of(tokens[position]))
        for phrase in _part_of_phrases(vocab))


@lru_cache(maxsize=8)
def _part_of_phrases(vocab: Vocabulary) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(p.split()) for p in vocab.question_words["part_of_phrases"])


def _asks_state(core: Analysis, gap: Gap) -> bool:
    """The question's auxiliary is a present-tense copula: 'where *is* X headquartered'."""
    after = max(gap.span, default=-1) + 1
    return after < len(core.tokens) and core.tokens[after] in _PRESENT_COPULAS


def _only_positioned(open_: list[Step], vocab: Vocabulary) -> bool:
    """'In which town does the plant *stand*', 'where does the village *lie*': a verb of
    position only says the thing is there, as 'is' does; so does a verb that puts it there
    ('where will the plant be *built*': questions.json siting_verbs), asked of a fact that
    says where it is."""
    siting = vocab.question_words["siting_verbs"]
    return all(vocab.is_position_verb(s.claim) or not siting.isdisjoint(
        {fold(s.claim), *vocab.lemmas_of(fold(s.claim))}) for s in open_)


def _position_said(content: list[Step], compiled: CompiledFact, core: Analysis,
                   vocab: Vocabulary) -> set[str]:
    """'On which fault line does the bridge *sit*' against 'the bridge *is located on* the
    fault line': a verb of position only says where the thing is, which a fact says with
    a verb of position or siting of its own (questions.json siting_verbs), or with the
    preposition of place the question puts after its verb ('which ridge do the vents *lie
    beneath*' against 'the vents stretch beneath the ridge'). Not
    a participle ('where is the plant *located*'), which asks where the fact puts the
    thing itself (see fit._located)."""
    asked = [s for s in content if s.kind == "word" and s.relation not in _HELD
             and vocab.is_position_verb(s.claim) and not vocab.is_participle(s.claim)]
    if not asked:
        return set()  # nearly every question
    siting = vocab.question_words["siting_verbs"]
    fact = read_statement(compiled.fact.statement, vocab).tokens
    placed = any(vocab.is_position_verb(token) or not siting.isdisjoint(
        {token, *vocab.lemmas_of(token)}) for token in fact)
    held = {fold(s.claim) for s in content if s.relation in _HELD}
    found: set[str] = set()
    for step in asked:
        at = next((pos for term, pos in core.terms if term == step.key), len(core.tokens))
        after = core.tokens[at + 1] if at + 1 < len(core.tokens) else ""
        if placed or (after in vocab.prepositions and after in held):
            found.add(step.key)
    return found


def _light_verb_said(core: Analysis, compiled: CompiledFact, doer_asked: bool,
                     vocab: Vocabulary) -> bool:
    """'Which company *makes* the drug', 'which companies *own* the venture': a verb that
    says little in most sentences (a word the reader passes over: 'make', 'announce',
    'own'; no auxiliary) is still the question's act, and a fact that says that very verb
    ('the drug is *made* by …', 'a venture *owned* by …') says what the question does,
    when the question's names stand on the side of it that is not asked (before a
    passive's 'by' when the doer is asked: 'which companies own *Barrick*' is not answered
    by 'NGM is owned by Barrick'); not a verb whose object is a light word too ('*made* a
    decision' says 'decided')."""
    tokens = core.tokens
    asked = {lemma for pos, token in enumerate(tokens)
             if token in vocab.ignored and token not in vocab.auxiliaries
             and vocab.looks_like_verb(tokens, pos) and not _light_object(tokens, pos, vocab)
             for lemma in vocab.lemmas_of(token)}
    if not asked:
        return False
    fact = read_statement(compiled.fact.statement, vocab)
    named = [pos for entity_id, pos in fact.entities if entity_id in core.entity_ids]
    for verb, token in enumerate(fact.tokens):
        if asked.isdisjoint(vocab.lemmas_of(token)) or not vocab.looks_like_verb(fact.tokens,
                                                                                 verb):
            continue
        # the doer of a passive follows its 'by'; of an active verb, it comes first
        names_first = doer_asked == (fact.tokens[verb + 1:verb + 2] == ["by"])
        if all((pos < verb) == names_first for pos in named):
            return True
    return False


def _light_object(tokens: list[str], verb: int, vocab: Vocabulary) -> bool:
    """The verb's object, past its determiners, is a light word: 'make *an announcement*'."""
    at = verb + 1
    while at < len(tokens) and tokens[at] in vocab.determiners:
        at += 1
    return at < len(tokens) and tokens[at] in vocab.light


def _says_action(filler: str, said: set[str], vocab: Vocabulary) -> bool:
    """The answer has a verb of its own ('took pictures', 'boarding a tanker'), not one
    of the fact's words the question ``said`` ('what did Juice do as it *passed*')."""
    reading = read_statement(filler, vocab)
    return any(reading.tokens[v] not in said for v in reading.verbs) or any(
        t.endswith("ing") and t not in said and vocab.can_be_verb(t) for t in reading.tokens)


def _says_means(filler: str, statement: str, vocab: Vocabulary) -> bool:
    """A means or a manner: '(with) small corrections', 'by selling ...', 'quickly', or
    the act done for what is asked ('built the breakwater' to protect the pier), also when
    the statement opens on it ('more buses are to be deployed *to reach* the islands')."""
    tokens = tokenise(filler)
    said = tokenise(statement)
    at = next((p for p in range(len(said)) if said[p:p + len(tokens)] == tokens), -1)
    before = said[at - 1] if at > 0 else ""
    # "is exploring grants *to fund* the roof": an act said for a purpose is a means to it
    purpose = said[at + len(tokens):at + len(tokens) + 2] if at >= 0 else []
    means = vocab.question_words["means_words"]
    acts = at >= 0 and (at in read_statement(statement, vocab).verbs or (
        at == 0 and bool(read_statement(filler, vocab).verbs)))
    return bool(tokens) and (before in means or vocab.is_manner_adverb(tokens[0])
                             or 0 in read_statement(filler, vocab).verbs or (
                                 acts and purpose[:1] == ["to"] and len(purpose) == 2
                                 and vocab.can_be_verb(purpose[1])))


def _says_manner(adverb: str, compiled: CompiledFact, vocab: Vocabulary) -> bool:
    """The fact says the adverb's manner in its own words ('briefly': 'for a *short*
    time'; 'regularly': another word for often, 'frequently'); a fact that says nothing
    of it, or something else ('permanently'), does not bear it out. 'Constantly' is said
    by another word or phrase for it ('without a break', 'around the clock')."""
    said = read_statement(compiled.fact.statement, vocab).tokens
    for kind in ("frequency_adverbs", "continuity_words"):
        words = vocab.question_words[kind]
        if adverb in words and any(_says_phrase(said, tokenise(w)) for w in words):
            return True
    stem = adverb[:-2]  # briefly -> brief, formally -> formal
    adjectives = (stem, stem[:-1] + "y" if stem.endswith("i") else stem, stem + "e")
    return any(term in compiled.terms for adjective in adjectives
               for term in vocab.links(adjective))


def _says_phrase(tokens: list[str], phrase: list[str]) -> bool:
    return bool(phrase) and any(tokens[i:i + len(phrase)] == phrase
                                for i in range(len(tokens) - len(phrase) + 1))


def _agent_left_unsaid(alignment: Alignment, core: Analysis, subject: list[str],
                       vocab: Vocabulary) -> bool:
    """'What did Balakrishnan urge donors to do': a fact in the passive about what the
    question's doer acts on ('donors *were urged* to dig deep'), which the store records
    as the doer's, says what the doer did to it."""
    compiled = alignment.fact
    if not subject or not set(subject) <= set(compiled.fact.entities) or not (
            compiled.subject) or not compiled.subject <= set(core.entity_ids) - set(subject):
        return False
    fact = read_statement(compiled.fact.statement, vocab)
    said = {fold(s.fact) for s in alignment.steps if s.kind == "word" and s.relation in _HELD}
    return any(token in said and fact.tokens[pos - 1] in vocab.be_forms
               and vocab.is_participle(token) for pos, token in enumerate(fact.tokens) if pos)


def _tolerable(step: Step, verbs: frozenset[str], support: int, says: bool,
               words_held: int) -> bool:
    """One piece of a well-anchored question the fact need not match: its verb, when the
    fact says something of what the question says besides naming the same entities (it
    may say 'shown' for 'taught'), or, with three pieces held, a noun the fact says more
    generally ('course' where the fact says 'direction'), or, with four of its words held,
    a word the question's order hides as its verb ('does the wave wall *bring* light')."""
    if step.key in verbs:
        return support >= 2 and says
    return (step.relation == Relation.REVERSE and support >= 3) or (
        step.kind == "word" and words_held >= 4)
