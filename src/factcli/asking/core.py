"""The question's core: the question with its gap taken out, read as a claim.

What the core keeps of the question (not 'so far', not 'according to the article'), its
subject and verbs, the scene it sets ('during the flyby'), the whole it names, what it asks
a thing to include, and the owner a gap belongs to.
"""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from factcli.asking.aligned import _HELD, CANDIDATES
from factcli.asking.gap import Gap, _up_to_now
from factcli.asking.wording import _POSSESSIVE, _includes
from factcli.index import CompiledFact, index_tokens
from factcli.knowledge import Knowledge
from factcli.text import Analysis, name_start, read_statement
from factcli.verify import Alignment
from factcli.vocabulary import Vocabulary

_PERFECT = "have"  # the auxiliary of what has been done ('how many has it made')


def _in_view(reading: Analysis, gap: Gap, vocab: Vocabulary) -> frozenset[int]:
    """'How many more Earth flybys does Juice have *after this one*': a comparative count
    ends on an ordering word and words that only point at the one in view, which restate
    what 'more' says and leave nothing for a fact to match."""
    tokens = reading.tokens
    if gap.answer != "quantity" or not any(tokens[p] in vocab.comparatives for p in gap.span):
        return frozenset()
    end = len(tokens)
    while end > 0 and tokens[end - 1] in vocab.question_words["pointing_words"]:
        end -= 1
    if end == len(tokens):
        return frozenset()
    for wording in vocab.ordering_earlier | vocab.ordering_later:
        start = end - len(wording.split())
        if start > 0 and tokens[start:end] == wording.split():
            return frozenset(range(start, len(tokens)))
    return frozenset()


def _owned_by(gap: Gap, knowledge: Knowledge) -> frozenset[str]:
    """What the store says belongs to the gap's owner as one of the kind asked for: the
    subject of a fact that says the kind of the owner ('Ganymede is a *moon of Jupiter*'),
    or what the store records part of the owner under a name with the kind's word ('HEI
    *President* Elena Craft', of the Health Effects Institute)."""
    vocab = knowledge.vocab
    kind = {gap.kind_word, *vocab.lemmas_of(gap.kind_word)}
    hits = knowledge.index.search(index_tokens(frozenset(), {gap.owner}), CANDIDATES)
    titled = {entity.id for entity in vocab.entities.values() if gap.owner in entity.member_of
              and not kind.isdisjoint(vocab.entity_name_words.get(entity.id, ()))}
    return frozenset(e for compiled, _ in hits if _says_kind_of(compiled, kind, gap.owner,
                                                                vocab)
                     for e in compiled.subject if e != gap.owner) | titled


def _says_kind_of(compiled: CompiledFact, kind: set[str], owner: str,
                  vocab: Vocabulary) -> bool:
    """The fact says the kind noun, then 'of' and the owner's name ('a moon of Jupiter')."""
    fact = read_statement(compiled.fact.statement, vocab)
    owned_at = {pos for entity_id, pos in fact.entities if entity_id == owner}
    tokens = fact.tokens
    return any(token in kind and tokens[pos + 1] == "of"
               and name_start(fact, pos + 2, vocab) in owned_at
               for pos, token in enumerate(tokens[:-2]))


def _without(reading: Analysis, span: frozenset[int], vocab: Vocabulary) -> Analysis:
    """The question less its question words (and words about the asking, 'does the
    article say'), as a claim to align with facts."""
    # 'what *further* flybys': a cue that others are asked for names nothing to match.
    frame = {p for p, token in enumerate(reading.tokens)
             if token in vocab.frame_words or token in vocab.plural_cues}
    dropped = span | frame | _source_named(reading, vocab) | _up_to_now(reading, vocab)
    return replace(
        reading,
        terms=[(t, pos) for t, pos in reading.terms if pos not in dropped],
        entities=[(e, pos) for e, pos in reading.entities if pos not in span],
        quantities=[q for q in reading.quantities if q.start not in span],
        predicate_at=0,  # a question's word order says little about its subject: none
    )


def _copula_as_auxiliary(core: Analysis, gap: Gap, vocab: Vocabulary) -> Analysis:
    """'When is the plant *expected to* reopen': the copula after the question words only
    carries a light verb's 'to' ('expected', 'set', 'scheduled'), as 'will' does; read as a
    copula, it would make 'the plant' what the subject is said to be."""
    after = max(gap.span, default=-1) + 1
    tokens = core.tokens
    if after >= len(tokens) or tokens[after] not in vocab.be_forms or not any(
            tokens[pos] in vocab.light and tokens[pos + 1] == "to"
            for pos in range(after + 2, len(tokens) - 1)):
        return core
    return replace(core, tokens=[*tokens[:after], "will", *tokens[after + 1:]])


def _source_named(reading: Analysis, vocab: Vocabulary) -> set[int]:
    """'…, according to the *piece*', 'the minister *named* in the *article*': the word
    for the article a question names as its source, and the participle that says the
    article names the thing (questions.json naming_verbs, indirect_words), say nothing a
    fact must match, as 'according' does not."""
    tokens = reading.tokens
    words = vocab.question_words
    named: set[int] = set()
    for start, token in enumerate(tokens[:-2]):
        if token == "according" and tokens[start + 1] == "to":
            position, said = start + 2, set()
        elif (token in words["naming_verbs"] or token in words["indirect_words"]) and (
                tokens[start + 1] == "in"):
            position, said = start + 2, {start}
        else:
            continue
        while position < len(tokens) and tokens[position] in vocab.determiners:
            position += 1
        if position < len(tokens) and tokens[position] in words["article_words"]:
            named |= said | {position}
    return named


def _relative_clause_after(core: Analysis, gap: Gap,
                           vocab: Vocabulary) -> tuple[str, frozenset[str]]:
    """'the consortium *that will build the Blue Line*': the key of the entity a relative
    clause after the question words describes, or the noun's word, and the keys of the
    clause's own words (none when no clause follows a noun there)."""
    tokens = core.tokens
    ends = {core.entity_ends.get(pos, pos + 1): "@" + e for e, pos in core.entities}
    terms = {pos: term for term, pos in core.terms}
    for at in range(max(gap.span, default=-1) + 2, len(tokens) - 1):
        if tokens[at] not in vocab.relative_pronouns or not (
                tokens[at + 1] in vocab.auxiliaries or vocab.looks_like_verb(tokens, at + 1)):
            continue
        noun = ends.get(at) or (tokens[at - 1] if at - 1 in terms else None)
        if noun is None:
            return "", frozenset()
        clause = {term for term, pos in core.terms if pos > at} | {
            "@" + e for e, pos in core.entities if pos > at}
        return noun, frozenset(clause)
    return "", frozenset()


def _adjunct_after(gap: Gap) -> int:
    """Where a kind question's words end ('what type of mines'), after which a phrase that
    starts with a preposition sets the scene ('will Lithuania buy *with the new money*');
    -1 for other questions."""
    return max(gap.span) + 1 if gap.form is not None and gap.form.modifier else -1


@lru_cache(maxsize=64)
def _scene(core: Analysis, vocab: Vocabulary, adjunct_after: int = -1) -> frozenset[str]:
    """The pieces of a phrase that sets the question's scene ('*during the Earth pass*'),
    up to the next preposition, of a clause that does ('what did Juice do *as it passed
    over Earth*'), to the end, and of the phrase from the first preposition after
    ``adjunct_after`` to the end (worked out once a question)."""
    pieces = {pos: term for term, pos in core.terms} | {
        pos: "@" + entity_id for entity_id, pos in core.entities}
    found: set[str] = set()
    if adjunct_after >= 0:
        start = next((pos for pos in range(adjunct_after, len(core.tokens))
                      if core.tokens[pos] in vocab.prepositions and core.tokens[pos] != "of"),
                     len(core.tokens))
        found |= {piece for pos, piece in pieces.items() if pos > start}
    clause = _scene_clause(core, vocab)
    if clause is not None:
        found |= {piece for pos, piece in pieces.items() if pos > clause}
    for start, token in enumerate(core.tokens):
        if token not in vocab.question_words["scene_words"]:
            continue
        position = start + 1
        while position < len(core.tokens) and core.tokens[position] not in vocab.prepositions:
            if position in pieces:
                found.add(pieces[position])
            position += 1
    return frozenset(found)


def _told_scenes(aligned: list[Alignment], scene: frozenset[str], gap: Gap, core: Analysis,
                 vocab: Vocabulary) -> frozenset[frozenset[str]]:
    """'What did Juice do *as it passed over Earth*': the scenes ('during the flyby') of
    the facts that tell the clause's event of the question's doer, which the act asked
    for is done in; none for a question that asks no act or sets its scene with no
    clause."""
    if not scene or gap.answer != "statement" or _scene_clause(core, vocab) is None or (
            not _asks_action(core, vocab)):
        return frozenset()
    return frozenset(phrase for a in aligned
                     if a.content and all(s.relation in _HELD for s in a.content)
                     for phrase in _scene_phrases(a.fact.fact.statement, vocab))


@lru_cache(maxsize=4096)
def _scene_phrases(statement: str, vocab: Vocabulary) -> frozenset[frozenset[str]]:
    """The terms of each phrase that sets the statement's scene ('*during the flyby*'), up
    to the next preposition, name or verb ('during the flyby *Juice passed*')."""
    fact = read_statement(statement, vocab)
    terms = {pos: term for term, pos in fact.terms}
    names = {pos for _, pos in fact.entities}
    phrases = set()
    for start, token in enumerate(fact.tokens):
        if token not in vocab.question_words["scene_words"]:
            continue
        end = next((pos for pos in range(start + 1, len(fact.tokens))
                    if fact.tokens[pos] in vocab.prepositions or pos in names
                    or pos in fact.verbs), len(fact.tokens))
        said = frozenset(terms[pos] for pos in range(start + 1, end) if pos in terms)
        if said:
            phrases.add(said)
    return frozenset(phrases)


def _scene_clause(core: Analysis, vocab: Vocabulary) -> int | None:
    """Where a clause of time inside the question starts: a conjunction ('while', 'as')
    with a subject and its verb after it ('as *it passed*', 'while *the probe was*', 'as
    *Juice approached*'), not the question's own 'when' nor 'as' before a noun ('regarded
    *as a weak spot*')."""
    tokens = core.tokens
    for at, token in enumerate(tokens):
        if not at or token not in vocab.question_words["scene_conjunctions"]:
            continue
        position = at + 1
        pronoun = position < len(tokens) and tokens[position] in vocab.subject_pronouns
        if pronoun:
            position += 1
        else:
            if position < len(tokens) and tokens[position] in vocab.determiners:
                position += 1
            position = core.entity_ends.get(position, position + 1)
        verb = tokens[position] if position < len(tokens) else ""
        if verb in vocab.auxiliaries or (vocab.can_be_verb(verb) and (
                pronoun or verb.endswith("ed"))):
            return at
    return None


@lru_cache(maxsize=64)
def _whole_named(core: Analysis, gap: Gap,
                 vocab: Vocabulary) -> tuple[frozenset[str], frozenset[str]]:
    """'What does *the first phase of the project* deliver': for a question of what a whole
    holds, the nouns of its subject before 'of' and the pieces after it, up to the next
    preposition or the verb of inclusion (worked out once a question)."""
    if not gap.includes:
        return frozenset(), frozenset()
    pieces = {pos: term for term, pos in core.terms} | {
        pos: "@" + entity_id for entity_id, pos in core.entities}
    heads: set[str] = set()
    found: set[str] = set()
    for at, token in enumerate(core.tokens):
        if token != "of" or at - 1 not in pieces:
            continue
        position = at + 1
        while position < len(core.tokens) and core.tokens[position] not in vocab.prepositions \
                and core.tokens[position] != gap.includes:
            if position in pieces:
                found.add(pieces[position])
            position += 1
        if found:
            heads.add(pieces[at - 1])
    return frozenset(heads), frozenset(found)


def _inclusion_asked(core: Analysis, gap: Gap, vocab: Vocabulary) -> str:
    """The verb of inclusion of a question that asks what its subject holds: after the
    auxiliary and the subject ('what does *the first phase* include'), not the auxiliary
    itself ('what lessons *has* the war taught', 'which decks *have* seats') nor a passive
    ('what is *included* in the roads', 'what will *be delivered*', which name the whole
    after it, if at all). 'Include' may be no term of the question, only its word."""
    if gap.answer != "statement" or gap.role:
        return ""  # 'when will the mines be *delivered*', 'what role does X *have*' ask no
        # part of a whole
    tokens = core.tokens
    auxiliary = next((pos for pos in range(max(gap.span, default=-1) + 1, len(tokens))
                      if tokens[pos] in vocab.auxiliaries), None)
    if auxiliary is None or tokens[auxiliary] in vocab.be_forms:
        return ""
    return next((tokens[pos] for pos in range(auxiliary + 2, len(tokens))
                 if tokens[pos - 1] not in vocab.be_forms
                 and _includes_at(tokens, pos, vocab, question=True)), "")


def _includes_at(tokens: list[str], position: int, vocab: Vocabulary,
                 question: bool = False) -> bool:
    """A verb of inclusion at ``position``, not 'have' as an auxiliary ('has *opened*',
    'has also *announced*', 'what lessons has the war *taught*') nor of what must be done
    ('have *to* make')."""
    word = tokens[position]
    if not _includes(word, vocab):
        return False
    if _PERFECT not in vocab.lemmas_of(word):
        return True
    following = tokens[position + 1:] if question else tokens[position + 1:position + 3]
    if not question and following and (following[0] in vocab.determiners
                                       or following[0][:1].isdigit()):
        return True  # 'has six gates', 'has a café'
    return following[:1] != ["to"] and not any(
        t.endswith(("ed", "en")) or t in vocab.irregular for t in following)


@lru_cache(maxsize=64)
def _asks_action(core: Analysis, vocab: Vocabulary) -> bool:
    """'What did Juice *do*', 'what were the ships trying to *do*': a form of 'do' after
    the auxiliary stands for the verb the answer must supply."""
    tokens = core.tokens
    auxiliary = next((p for p, t in enumerate(tokens) if p and t in vocab.auxiliaries), None)
    return auxiliary is not None and any(
        t in vocab.question_words["do_forms"] for t in tokens[auxiliary + 1:])


def _question_subject(reading: Analysis, gap: Gap, vocab: Vocabulary) -> list[str]:
    """The entities a question asks about as the doer: those right after the auxiliary
    that follows its question words ('what does *Belarus* think', 'when will *Juice*
    meet Venus'), not a possessor ('are *Lithuania's* neighbours')."""
    after = max(gap.span, default=-1) + 1
    tokens = reading.tokens
    if after >= len(tokens) or tokens[after] not in vocab.auxiliaries:
        return []
    position = after + 1
    starts = dict((pos, e) for e, pos in reading.entities)
    # past 'the', unless it starts the name ('the Skerry ferry')
    while position < len(tokens) and tokens[position] in vocab.determiners and (
            position not in starts):
        position += 1
    found: list[str] = []
    nouns = {pos for _, pos in reading.terms}
    while position in starts and position not in reading.oblique:
        found.append(starts[position])
        position = reading.entity_ends.get(position, position + 1)
        if position < len(tokens) and tokens[position] == "and":
            position += 1
    if position < len(tokens) and vocab.is_manner_adverb(tokens[position]):
        position += 1  # "where is Juice *ultimately* headed": an adverb, not the doer's noun
    following = tokens[position + 1] if position + 1 < len(tokens) else ""
    if position in nouns and (not vocab.can_be_verb(tokens[position]) or following in
                              vocab.auxiliaries or vocab.is_participle(following)
                              or _plain_after_copula(tokens, after, position, vocab)):
        # "when should the *Suwałki* project be finished", "what were the *NATO* ships
        # attempting": the name says which thing, the noun after it is the doer
        return []
    return found


def _plain_after_copula(tokens: list[str], copula: int, position: int,
                        vocab: Vocabulary) -> bool:
    """'was the U.S. *tariff* doubled': after a copula the verb is a participle, so a
    word in its plain form after the names is the noun they qualify."""
    word = tokens[position]
    return tokens[copula] in vocab.be_forms and not vocab.is_participle(word) and (
        word in vocab.lemmas_of(word))


@lru_cache(maxsize=64)
def _question_verbs(core: Analysis, vocab: Vocabulary) -> frozenset[str]:
    """The question's verbs, worked out once per question (every candidate fact asks)."""
    return frozenset(t for t, _ in core.terms if _is_question_verb(t, core, vocab))


def _is_question_verb(term: str, core: Analysis, vocab: Vocabulary) -> bool:
    """A verb of the question: one by its form, or the first word that can be a verb after
    an auxiliary ('when should Juice *reach* Jupiter'), never a word after 'the'."""
    position = next((pos for t, pos in core.terms if t == term), None)
    if position is None:
        return False
    tokens = core.tokens
    if tokens[position] in core.names:
        return False  # "when did Juice pass *Mars*": a name
    if _after_auxiliary(tokens, position, vocab) and vocab.can_be_verb(tokens[position]):
        return True  # "which countries have also *signalled* they will quit"
    if any(t in vocab.auxiliaries for t in tokens[position + 1:]):
        return False  # "what type of mines will ...": the verb comes after the auxiliary
    if vocab.is_verb_group(term) or vocab.looks_like_verb(tokens, position):
        return True
    before = tokens[position - 1] if position else ""
    if before == "to" and vocab.can_be_verb(tokens[position]):
        return True  # "want to learn"
    if _made_by_light_verb(core, position, vocab):
        return True  # "make its closest *pass*": the noun says the act
    if (before in vocab.determiners or before in vocab.prepositions or before == "s"
            or tokens[position] in vocab.kind_nouns  # "minister" names a person
            or not vocab.can_be_verb(tokens[position])):
        return False
    # "what *is* Lithuania's defence *budget*": the copula is the verb, the noun after a
    # possessive ends the phrase it asks about
    copula = next((t for t in tokens[:position] if t in vocab.auxiliaries), "") in vocab.be_forms
    start = position - 1
    while start > 0 and tokens[start] != _POSSESSIVE and not vocab.can_be_verb(tokens[start]):
        start -= 1
    if copula and position == len(tokens) - 1 and tokens[start] == _POSSESSIVE:
        return False
    if copula and position + 1 < len(tokens) and vocab.is_participle(tokens[position + 1]):
        return False  # "where is the battery *plant* located": the participle is the verb
    aux = next((p for p, t in enumerate(tokens[:position]) if t in vocab.auxiliaries), None)
    return aux is not None and not any(
        vocab.can_be_verb(tokens[p]) for _, p in core.terms if aux < p < position)


def _made_by_light_verb(core: Analysis, position: int, vocab: Vocabulary) -> bool:
    """A noun that is also a verb, the object of a light verb ('did Juice *make* its
    closest *pass*', 'take a *look*'): the noun, not the light verb, names the act, so a
    fact may say it with a verb of its own ('came closest')."""
    tokens = core.tokens
    if not vocab.can_be_verb(tokens[position]):
        return False
    at = position - 1
    while at > 0 and tokens[at] not in vocab.light and position - at < 3:
        at -= 1  # past 'its', 'a' and the adjectives before the noun
    return 0 <= at < position - 1 and tokens[at] in vocab.light and vocab.can_be_verb(
        tokens[at]) and tokens[at + 1] in vocab.determiners


def _after_auxiliary(tokens: list[str], position: int, vocab: Vocabulary) -> bool:
    """The word follows an auxiliary, past adverbs that carry no content ('have *also*')."""
    before = position - 1
    while before >= 0 and tokens[before] in vocab.ignored and tokens[before] not in \
            vocab.auxiliaries and tokens[before] not in vocab.determiners:
        before -= 1
    return before >= 0 and before < position - 1 and tokens[before] in vocab.auxiliaries


def _asks_of_past(core: Analysis, vocab: Vocabulary) -> bool:
    """The question's first auxiliary puts it in the past ('*did* it make') or the perfect
    ('*has* it made'); a 'have' after another auxiliary is the verb ('does it *have*')."""
    auxiliary = next((t for t in core.tokens if t in vocab.auxiliaries), "")
    return auxiliary in vocab.question_words["past_auxiliaries"] or (
        _PERFECT in vocab.lemmas_of(auxiliary))
