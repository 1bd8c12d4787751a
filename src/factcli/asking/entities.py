"""Filling a gap with names: the entities of the kind asked for that a fact names.

A name only answers in the role the question asks of it (the doer, the object, the owner),
not when it is said of another verb or owned by another name.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise

from factcli.asking.aligned import _HELD, _held_word, _matched_positions
from factcli.asking.core import _question_verbs
from factcli.asking.gap import Gap, _said_by_name
from factcli.asking.kinds import _kind_fits, _kind_said
from factcli.asking.phrases import _after_doer, _before_a_verb, _before_matched
from factcli.asking.wording import _POSSESSIVE, _words
from factcli.index import CompiledFact
from factcli.knowledge import Knowledge
from factcli.text import Analysis, name_start, read_statement, tokenise
from factcli.verify import Alignment
from factcli.vocabulary import Vocabulary

_PERSON = "person"  # the lexicon's kind of a person ('ambassador', 'minister')


def _names_word(entity_id: str, word: str, vocab: Vocabulary) -> bool:
    return word in vocab.entity_name_words.get(entity_id, ())


def _entities_of_kind(alignment: Alignment, gap: Gap, core: Analysis, vocab: Vocabulary,
                      subject_first: bool) -> list[str]:
    """Names the fact gives of the kind asked for that the question does not refer to
    itself, by name or otherwise ('Where' asks for a place other than the one doing
    things)."""
    compiled = alignment.fact
    titled = _titled(alignment, gap, core, vocab)
    referred = {s.fact for s in alignment.steps if s.kind == "entity" and s.relation in _HELD
                and s.key[1:] not in titled}
    mentioned = (set(core.entity_ids) | {e for e in compiled.entities
                                         if vocab.describe_entity(e) in referred}) - (
        _described_after_copula(core, gap, vocab))
    if gap.form is not None and gap.form.not_subject:
        mentioned |= _subjects_before_verb(compiled, vocab)
    # The answer is a piece of the fact's text: the entities the fact lists that its
    # statement names (or, for a count, those the fact is about).
    said = read_statement(compiled.fact.statement, vocab).entity_ids
    pool = [e for e in compiled.fact.entities if e in said]
    if subject_first:  # "how many countries are leaving": those the fact is about
        subject = [e for e in compiled.fact.subject if _kind_fits(e, gap, vocab)]
        pool = subject or pool
    names = [e for e in pool
             if e not in mentioned and e in vocab.entities and _kind_fits(e, gap, vocab)]
    if gap.answer == "entities" and not _question_verbs(core, vocab):
        # "who was behind the incidents": a name the fact makes the doer of a verb the
        # question does not say did that ('Turner closed the site after the incidents');
        # not the one named after the copula, whose name alone is asked ("who is the
        # First Minister": 'Eluned Morgan, the First Minister, attended …')
        described = _described_after_copula(core, gap, vocab) | titled
        # ('Mark Sowden is Government Statistician and chief executive of Stats NZ': the
        # one named after the copula, not the body he heads)
        names = [e for e in names if e in described] or [
            e for e in names if not _does_unasked(alignment, e, core, vocab)]
    if gap.answer == "entities" and _asks_object(gap, core, vocab):
        # "who did the divers inspect": the one the divers acted on comes after the fact's
        # words for them, not before ('Harbourline hired divers to inspect the ramp')
        fact = read_statement(compiled.fact.statement, vocab)
        doer_end = _after_doer(alignment, fact, core, vocab) or 0
        agent = _passive_participle_at(alignment, fact, core, vocab)
        names = [e for e in names if any(
            pos < agent if agent is not None else pos >= doer_end
            for found, pos in fact.entities if found == e)]
    if gap.answer == "entities" and not subject_first and not set(
            gap.kinds) <= vocab.place_kinds and _asks_doer(gap, core, vocab):
        # "who flew a flyby", "which agency approved the drug": the gap is the doer, the
        # one the fact is about; when that one is of no kind asked ('*CIPCO's* purchase …
        # is on terms identical to Google's': a cooperative; 'the approval was reported
        # for CNN by *a journalist*'), the fact's other names did not do it
        doers = [e for e in names if e in compiled.subject]
        unfit = compiled.subject.intersection(said) - mentioned - set(names)
        names = doers or ([] if unfit else names)
        names = [e for e in names
                 if not _doer_of_another_verb(alignment, e, gap, core, vocab)
                 and not _owns_a_name(compiled, e, vocab)]
    if gap.answer == "entities" and not gap.kind_word and not subject_first and not set(
            gap.kinds) <= vocab.place_kinds:
        # "who threatens Europe": 'Russian state media', not Russia, when the name only
        # says whose the nouns after it are
        return [_named_phrase(compiled.fact.statement, e, vocab) for e in names]
    if gap.kind_word and len(names) > 1 and not gap.plural:
        # "which agency": the one the store calls an agency before the other organisations
        # ('over which *regions*' asks for them all: a region and an ocean)
        names = [e for e in names
                 if _kind_said(vocab.entities[e].kind, gap.kind_word, vocab)] or names
    if gap.kind_word and len(names) > 1 and not gap.plural:
        names = _in_asked_clause(alignment, names, core, vocab) or names
    if gap.kind_word and len(names) > 1 and _asks_doer(gap, core, vocab):
        # "which planet slowed Juice down": the one the fact is about ('Earth's gravity
        # then slowed Juice down and turned it towards Venus'), not where Juice was sent
        names = [e for e in names if e in compiled.subject] or names
    if gap.kind_word and len(names) > 1:
        # "which planet will Juice pass": 'Earth', not 'the *Venus* encounter' that swings
        # Juice there; a name before a noun only says what the noun is about
        acted_on = [e for e in names if not _modifies_noun(compiled, e, vocab)]
        names = acted_on or names
    return [vocab.entities[e].name for e in names]


def _subjects_before_verb(compiled: CompiledFact, vocab: Vocabulary) -> set[str]:
    """The names the store says a fact is about that its statement names before its verb,
    the ones doing things, whom 'where' does not ask for ('*Lithuania* is building a fence
    on the border'); a place it is about but names only after its verb is where the act
    was ('the aerial surveys spanned *the marine park and the strait*')."""
    fact = read_statement(compiled.fact.statement, vocab)
    if fact.predicate_at is None:
        return set(compiled.subject)
    return {e for e in compiled.subject
            if min((pos for found, pos in fact.entities if found == e), default=-1)
            < fact.predicate_at}


def _in_asked_clause(alignment: Alignment, names: list[str], core: Analysis,
                     vocab: Vocabulary) -> list[str]:
    """'Which company will be the majority owner': of 'EGA remains the majority owner of
    the venture, and Century joins as a minority partner', the names in the clause that
    says more of what the question does than the clause joined to it ('and' or 'but', then
    a name and its own verb)."""
    fact = read_statement(alignment.fact.fact.statement, vocab)
    tokens = fact.tokens
    cuts = [p for p in range(1, len(tokens) - 2) if tokens[p] in ("and", "but")
            and any(v < p for v in fact.verbs) and p + 1 in fact.entity_ends and (
                vocab.can_be_verb(tokens[min(fact.entity_ends[p + 1], len(tokens) - 1)]))]
    if not cuts:
        return []  # nearly every fact
    marked = _matched_positions(alignment, fact, core, vocab)
    spans = [range(start, end) for start, end in pairwise([0, *cuts, len(tokens)])]
    counts = sorted((len(marked.intersection(span)), span.start) for span in spans)
    if counts[-1][0] == counts[-2][0]:
        return []  # no one clause says more of the question than the others
    asked = next(span for span in spans if span.start == counts[-1][1])
    return [e for e in names if any(found == e and pos in asked for found, pos in fact.entities)]


def _modifies_noun(compiled: CompiledFact, entity_id: str, vocab: Vocabulary) -> bool:
    """Every time the fact names the entity, a noun of the fact follows the name ('the
    *Venus* encounter') that is no word of the entity's own name ('the Pacific *Ocean*')."""
    fact = read_statement(compiled.fact.statement, vocab)
    nouns = {pos for _, pos in fact.terms} - fact.verbs
    ends = [fact.entity_ends.get(pos, pos + 1) for found, pos in fact.entities
            if found == entity_id]
    # an owner is no modifier: '*Earth's* gravity slowed Juice' says what Earth did
    return bool(ends) and all(end in nouns and fact.tokens[end - 1] != _POSSESSIVE
                              and not _names_word(entity_id, fact.tokens[end], vocab)
                              for end in ends)


def _owners_said(alignment: Alignment, gap: Gap, core: Analysis,
                 vocab: Vocabulary) -> list[str]:
    """'*Whose* gravity sent Juice on': the name the fact gives the question's noun as its
    owner ('*the Moon's* gravity'), whatever its kind."""
    if gap.form is None or gap.form.words[-1] != "whose":
        return []
    after = max(gap.span) + 1
    owned = _owned_name(gap, core)
    if owned is not None:  # "whose *Flight Dynamics team*": 'ESA's Flight Dynamics team'
        fact = read_statement(alignment.fact.fact.statement, vocab)
        spots = [pos for e, pos in fact.entities if e == owned]
        entity = vocab.entities.get(owned)
        members_of = [vocab.entities[e].name for e in (entity.member_of if entity else ())
                      if e in vocab.entities]
        if len(members_of) == 1 and not any(pos and fact.tokens[pos - 1] == "s"
                                            for pos in spots):
            # a name the fact gives no owner before: the one the store records it part of
            return members_of
    else:
        found = next((_held_word(alignment, term, vocab) for term, pos in core.terms
                      if pos == after), None)
        if found is None:
            return []
        _, fact, spots = found
    # the name's end is at its possessive 's or past it, as the reader took it, or right
    # before the noun: a name as a noun's modifier says whose it is as the 's does
    # ('*Halden University* researchers' are the university's)
    owned_at = {end for spot in spots if spot and fact.tokens[spot - 1] == "s"
                for end in (spot - 1, spot)} | set(spots)
    return [vocab.entities[e].name for e, pos in fact.entities
            if fact.entity_ends.get(pos, pos + 1) in owned_at and e not in core.entity_ids
            and e in vocab.entities]


def _owned_name(gap: Gap, core: Analysis) -> str | None:
    """The entity a 'whose' question names right after it ('whose *Flight Dynamics
    team*'), whose owner is all it asks for."""
    if gap.form is None or gap.form.words[-1] != "whose":
        return None
    after = max(gap.span) + 1
    return next((e for e, pos in core.entities if pos == after), None)


def _doer_of_another_verb(alignment: Alignment, entity_id: str, gap: Gap, core: Analysis,
                          vocab: Vocabulary) -> bool:
    """The name comes before the fact's verb for the one the question's doer does and
    another verb of the fact stands between them ('*Harbourline* closed the pier after a
    storm *damaged* the ramp'): it did the other thing. A verb before 'to' ('decided to
    pull out') shares its doer; a fact's verb for a later word of the question ('who
    credited navigation for the propellant *use*': 'Tanco said ... was *used*') says
    nothing of the doer's."""
    fact = read_statement(alignment.fact.fact.statement, vocab)
    after = max(gap.span) + 1
    doing = [term for term, pos in core.terms if pos == after]
    held = [_held_word(alignment, term, vocab) for term in doing]
    spots = [pos for found in held if found is not None for pos in found[2] if pos in fact.verbs]
    if not spots and any(held) and (_does_unasked(alignment, entity_id, core, vocab)
                                    or _agent_of_unasked(alignment, entity_id, core, vocab)):
        return True  # "who reported the story": not '*Maju Samuel edited* the report' nor
        # 'the report was *edited by* Maju Samuel', where the question's verb is only the
        # fact's noun
    named = [fact.entity_ends.get(pos, pos + 1) for e, pos in fact.entities if e == entity_id]
    pairs = [(end, spot) for end in named for spot in spots]
    return bool(pairs) and all(end <= spot and any(
        end <= v < spot and fact.tokens[v + 1:v + 2] != ["to"] for v in fact.verbs)
        for end, spot in pairs)


def _owns_a_name(compiled: CompiledFact, entity_id: str, vocab: Vocabulary) -> bool:
    """Every time the fact names the entity, it is the owner of the name after it
    ('*Myanmar's* humanitarian community started …'): that other one is the doer."""
    fact = read_statement(compiled.fact.statement, vocab)
    starts = {pos for _, pos in fact.entities}
    ends = [fact.entity_ends.get(pos, pos + 1) for e, pos in fact.entities if e == entity_id]
    return bool(ends) and all(fact.tokens[end:end + 1] == [_POSSESSIVE] and end + 1 in starts
                              for end in ends)


def _does_unasked(alignment: Alignment, entity_id: str, core: Analysis,
                  vocab: Vocabulary) -> bool:
    """The fact's verb right after the name is none the question lined up with."""
    fact = read_statement(alignment.fact.fact.statement, vocab)
    marked = _matched_positions(alignment, fact, core, vocab)
    return any(end in fact.verbs and end not in marked
               for end in (fact.entity_ends.get(pos, pos + 1) for e, pos in fact.entities
                           if e == entity_id))


def _agent_of_unasked(alignment: Alignment, entity_id: str, core: Analysis,
                      vocab: Vocabulary) -> bool:
    """The name is the doer 'by' gives a passive verb of the fact that the question did not
    line up with ('the approval *was reported* for a paper *by* the journalist Jo Vail'):
    it did that, not what the question asks."""
    fact = read_statement(alignment.fact.fact.statement, vocab)
    marked = _matched_positions(alignment, fact, core, vocab)
    nouns = {pos for _, pos in fact.terms}
    for found, start in fact.entities:
        if found != entity_id:
            continue
        at = start - 1  # back past 'the journalist' to 'by'
        while at >= 0 and fact.tokens[at] != "by" and at not in fact.verbs and (
                fact.tokens[at] in vocab.determiners or at in nouns):
            at -= 1
        if at < 0 or fact.tokens[at] != "by":
            return False
        verb = max((v for v in fact.verbs if v < at), default=None)
        if verb is None or verb in marked:
            return False
    return True


def _asks_object(gap: Gap, core: Analysis, vocab: Vocabulary) -> bool:
    """'who *did* the divers inspect': a form of 'do' follows the gap, so its doer follows
    and the gap is what they acted on."""
    after = max(gap.span, default=-1) + 1
    return after < len(core.tokens) and core.tokens[after] in vocab.question_words["do_forms"]


def _asks_who_holds(core: Analysis, gap: Gap, vocab: Vocabulary) -> bool:
    """'Who is *Vattenfall's chief executive*', 'who was *the mayor*': a copula right after
    the gap and no verb of the question's own, so the words after it say which one is
    asked, not what they did."""
    after = max(gap.span, default=-1) + 1
    return (gap.answer == "entities" and after < len(core.tokens)
            and core.tokens[after] in vocab.be_forms and not _question_verbs(core, vocab))


def _titled(alignment: Alignment, gap: Gap, core: Analysis, vocab: Vocabulary) -> frozenset[str]:
    """'Who is the *president* of the Health Effects Institute' against 'HEI President
    Elena Craft said …': the role asked is a word of a name the store gives the one the
    fact names (her alias 'HEI President Elena Craft'), so that one is who is asked for;
    so is the one the fact names right after every word of the role the question holds,
    its title ('Corvia Rail *chief executive* Ines Varga said …')."""
    if not _asks_who_holds(core, gap, vocab):
        return frozenset()
    aliased = frozenset(s.key[1:] for s in alignment.steps
                        if gap.kind_word and s.kind == "entity" and s.relation in _HELD
                        and s.key[1:] not in core.entity_ids
                        and tokenise(s.claim) == [gap.kind_word])
    return aliased | _named_after_title(alignment, core, vocab)


def _named_after_title(alignment: Alignment, core: Analysis,
                       vocab: Vocabulary) -> frozenset[str]:
    """The names the fact puts right after the words it holds of the question, when those
    words are all together before the name ('*chief executive* Ines Varga')."""
    fact = read_statement(alignment.fact.fact.statement, vocab)
    words = _matched_positions(alignment, fact, core, vocab) & {pos for _, pos in fact.terms}
    titled = set()
    for entity_id, position in fact.entities:
        before = position - 1
        while before in words:
            before -= 1
        if words and words <= set(range(before + 1, position)):
            titled.add(entity_id)
    return frozenset(titled)


def _named_only_by_description(reading: Analysis, gap: Gap, knowledge: Knowledge) -> bool:
    """'Who is *the Japanese ambassador to the United States*': the question names one
    person only, whom the store knows by no name but that description (a word of every
    name it has is written in lower case: 'ambassador'), so it asks a name the article
    does not give."""
    vocab = knowledge.vocab
    after = max(gap.span, default=-1) + 1
    if gap.form is None or gap.form.words[-1] != "who" or after >= len(reading.tokens) or (
            reading.tokens[after] not in vocab.be_forms):
        return False
    named = {entity_id for entity_id, pos in reading.entities if pos > after}
    entity = next((e for e in knowledge.entities if {e.id} == named), None)
    if entity is None or vocab.kind_nouns.get(entity.kind.split()[-1]) != _PERSON:
        return False
    return all(any(word.islower() and word not in vocab.determiners
                   and word not in vocab.prepositions for word in name.split())
               for name in (entity.name, *entity.aliases))


@lru_cache(maxsize=64)
def _described_after_copula(core: Analysis, gap: Gap, vocab: Vocabulary) -> frozenset[str]:
    """'who is *the Education Secretary*', 'who was *the mayor* who signed it', 'who is
    Wales's *First Minister*': the one the question names right after its copula (and
    an owner's name) by what it is, with no word of its name, is the one whose name is
    asked (worked out once a question)."""
    after = max(gap.span, default=-1) + 1
    tokens = core.tokens
    if gap.answer != "entities" or after >= len(tokens) or tokens[after] not in vocab.be_forms:
        return frozenset()
    start = name_start(core, after + 1, vocab)
    owner_end = core.entity_ends.get(start, start)
    if owner_end < len(tokens) and tokens[owner_end] == _POSSESSIVE:
        start = owner_end + 1  # past the owner, to the one it owns
    return frozenset(entity_id for entity_id, pos in core.entities
                     if after < pos <= start and entity_id in vocab.entities
                     and not _said_by_name(core, entity_id, pos, vocab))


def _asks_doer(gap: Gap, core: Analysis, vocab: Vocabulary) -> bool:
    """'*who* flew a flyby', '*who* will buy the output', '*who* is leading it': a verb
    follows the gap, or an auxiliary and then the verb, not the doer ('who did *the
    divers* inspect') nor a passive's participle ('who was *hired*')."""
    after = max(gap.span, default=-1) + 1
    tokens = core.tokens
    if after >= len(tokens):
        return False
    if tokens[after] not in vocab.auxiliaries:
        return True
    verb = after + 1
    return verb < len(tokens) and verb not in {pos for _, pos in core.entities} and (
        tokens[verb] not in vocab.auxiliaries and tokens[verb] not in vocab.determiners
        and vocab.can_be_verb(tokens[verb])
        and (tokens[after] not in vocab.be_forms or tokens[verb].endswith("ing")))


def _people_doer(alignment: Alignment, gap: Gap, core: Analysis,
                 vocab: Vocabulary) -> str | None:
    """'who watched Juice': the fact's own noun for the people who did it ('Operators
    watched Juice'), in a fact that names no one of the kind asked for."""
    if not (set(gap.kinds) & vocab.question_words["people_roots"] and not gap.kind_word
            and _asks_doer(gap, core, vocab)):
        return None
    before = _before_matched(alignment, core, vocab)
    if before is None:
        return None
    fact, end = before
    if not end or fact.tokens[end - 1] not in vocab.people_words or not _before_a_verb(
            alignment, fact, core, vocab):
        return None
    if _passive_after(fact, end, vocab) and not _asks_passive(core, fact.tokens[end + 1],
                                                              vocab):
        return None  # 'who paid for the training': not the workers who 'were given' it
    # 'Before the flyby, operators ...': the doer follows the comma (not one in '1,200')
    doer = _words(alignment.fact.fact.statement, 0, end).rpartition(", ")[2].strip()
    start = end - len(tokenise(doer))
    return None if any(start <= v < end for v in fact.verbs) else doer


def _passive_participle_at(alignment: Alignment, fact: Analysis, core: Analysis,
                           vocab: Vocabulary) -> int | None:
    """Where the fact says the question's verb as a passive with its doer after 'by' ('the
    species *helped* by the programme'), whose objects come before it; else None."""
    verbs = _question_verbs(core, vocab)
    said = {s.fact for s in alignment.steps if s.key in verbs and s.relation in _HELD}
    return next((pos for pos, token in enumerate(fact.tokens[:-1])
                 if token in said and fact.tokens[pos + 1] == "by"), None)


def _passive_after(fact: Analysis, end: int, vocab: Vocabulary) -> bool:
    """The words before ``end`` are what a passive is done to ('workers *were given*
    training'): a form of 'be' follows them, then a participle."""
    after = fact.tokens[end:end + 2]
    return len(after) == 2 and after[0] in vocab.be_forms and (
        end + 1 in fact.verbs or after[1].endswith(("ed", "en")) or after[1] in vocab.irregular)


def _asks_passive(core: Analysis, participle: str, vocab: Vocabulary) -> bool:
    """The question asks what the fact's passive is done to: it is passive too ('who *was*
    given training') or its verb is the participle's converse ('who *received* training')."""
    return any(t in vocab.be_forms for t in core.tokens) or any(
        participle in vocab.passive_converses.get(lemma, ())
        for token in core.tokens for lemma in vocab.lemmas_of(token))


def _modifier_word(token: str, vocab: Vocabulary) -> bool:
    """A word without content of its own inside a noun phrase ('state' in 'Russian state
    media'), not one that links two ('the', 'of', 'and')."""
    return (token in vocab.ignored and token not in vocab.determiners
            and token not in vocab.prepositions and token not in ("and", "or"))


def _named_phrase(statement: str, entity_id: str, vocab: Vocabulary) -> str:
    """The entity's name, or its name with the nouns it qualifies ('Russian state media
    (Russia)') where the statement uses it so, up to the verb."""
    fact = read_statement(statement, vocab)
    at = {pos for _, pos in fact.terms}
    for found, pos in fact.entities:
        if found != entity_id:
            continue
        end = fact.entity_ends.get(pos, pos + 1)
        last = end
        tokens = fact.tokens
        while last < len(tokens) and (last in at or _modifier_word(tokens[last], vocab)) and not (
                last in fact.verbs or tokens[last] in vocab.auxiliaries
                or vocab.is_manner_adverb(tokens[last])
                or vocab.looks_like_verb(tokens, last, first=False)):
            last += 1
        while last > end and last - 1 not in at:
            last -= 1
        if last > end:
            phrase = _words(statement, pos, last)
            name = vocab.entities[entity_id].name
            return phrase if name in phrase else f"{phrase} ({name})"
    return vocab.entities[entity_id].name
