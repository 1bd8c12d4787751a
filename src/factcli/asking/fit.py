"""One fact against the question: does it account for all the question says.

``_fit`` weighs an aligned fact: every piece of the question held (or left unsaid where
another fact or the question's own reading allows), the gap filled, the acts and tense
agreeing; the result is ranked by its quality. ``_holds`` settles an unsure fit.
"""

from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple

from factcli.asking.acts import (
    _acts_instead,
    _agent_left_unsaid,
    _asks_state,
    _done_for_what_is_to_come,
    _included,
    _light_verb_said,
    _names_act,
    _only_positioned,
    _opposed,
    _other_acts,
    _position_said,
    _said_by_tense,
    _says_action,
    _says_manner,
    _says_means,
    _time_taken,
    _to_come_for_what_was_done,
    _tolerable,
    _verb_forms,
)
from factcli.asking.aligned import _HELD, _matched_positions
from factcli.asking.core import (
    _adjunct_after,
    _asks_action,
    _question_verbs,
    _scene,
    _scene_phrases,
    _whole_named,
)
from factcli.asking.entities import (
    _asks_doer,
    _asks_who_holds,
    _described_after_copula,
    _titled,
)
from factcli.asking.figures import (
    _asks_share,
    _change_unsaid,
    _former_unsaid,
    _listed_dates,
    _spread_rate,
)
from factcli.asking.filler import _description_said, _filler, _other_name
from factcli.asking.gap import _DATE, Gap, _asks_name
from factcli.asking.kinds import (
    _is_about,
    _is_of_kind,
    _kind_fits,
    _kind_said,
    _only_placed,
    _place_links,
    _place_phrase_at,
    _role_unsaid,
)
from factcli.asking.phrases import _kind_of_names
from factcli.asking.pieces import (
    _alternatives,
    _amount_of_another,
    _as_defined,
    _as_dimension_word,
    _as_name_part,
    _beside_name,
    _defined_as,
    _describing,
    _held_by_measure,
    _implied_modifiers,
    _matched_twice,
    _names_topic,
    _of_another_rank,
    _owned_asked,
    _owned_by_another,
    _owners_given,
    _possessors_of,
    _related_elsewhere,
    _said_of_another,
    _set_aside,
    _set_aside_by_fact,
)
from factcli.asking.wording import _POSSESSIVE, _is_light_verb, _kind_head
from factcli.index import CompiledFact
from factcli.knowledge import Knowledge
from factcli.logic import Relation
from factcli.text import Analysis, and_list, fold, read_statement, stem, tokenise
from factcli.verify import Alignment, Step
from factcli.vocabulary import Vocabulary

_NAMES_FIGURE = "names what the figure is"  # verify's 'the money' held by a sum
_KIND_OF_ENTITY = "kind of an entity"  # verify's 'the consortium' held by its name
_TO_COME = "prospective"  # the status of what a statement says is still to come
_DONE = "completed"  # the status of what a statement says is already done ('already')
_ANCHORS = 4  # the pieces a fact must hold to answer a figure whatever its verb


class _Fit(NamedTuple):
    alignment: Alignment
    filler: str
    quality: tuple[int, int, int, int, int]
    complete: bool  # every piece held, the gap filled as well as it can be: none is better
    # the question's verb the fact does not say and the terms of the fact's own acts, one
    # of which must be related to it before the fit answers
    unsure: tuple[tuple[str, ...], tuple[str, ...]] | None = None


def _defines(compiled: CompiledFact, core: Analysis, vocab: Vocabulary) -> bool:
    """The fact says what a name of the question is: the name, then a copula that is no
    passive's auxiliary ('Juice was launched' says what was done, not what Juice is)."""
    fact = read_statement(compiled.fact.statement, vocab)
    asked = set(core.entity_ids)
    for entity_id, pos in fact.entities:
        copula = fact.entity_ends.get(pos, pos + 1)
        if entity_id in asked and copula + 1 < len(fact.tokens) and \
                fact.tokens[copula] in vocab.be_forms and copula + 1 not in fact.verbs and \
                not vocab.looks_like_verb(fact.tokens, copula + 1):
            return True
    return False


def _fit(alignment: Alignment, gap: Gap, core: Analysis, subject: list[str],
         knowledge: Knowledge, confirmed: frozenset[str] = frozenset(),
         setting: frozenset[str] = frozenset(),
         linked: frozenset[str] = frozenset(),
         told: frozenset[frozenset[str]] = frozenset(),
         restated: frozenset[str] = frozenset(),
         described: frozenset[str] = frozenset()) -> _Fit | None:
    """The fact's answer to the question, if the fact accounts for what the question says:
    every entity, figure and noun it names (a noun the fact has only more generally is not
    accounted for), and every verb but one when the rest holds ('taught' where a fact says
    'shown') unless the question asks why it happened."""
    vocab = knowledge.vocab
    missing = alignment.subject_missing
    if ((missing and set(missing) - _objects_of_doer(gap, core, subject, vocab))
            or alignment.fact_negated != alignment.claim_negated):
        return None
    if gap.answer == "entities" and any(s.kind == "quantifier" and s.relation not in _HELD
                                        for s in alignment.steps):
        return None  # "in which county is *most of* the fire's area": not where a fact
        # that says no share puts some of it
    if not alignment.fact.exclusive and any(s.kind == "only" and s.relation not in _HELD
                                            for s in alignment.steps):
        # "what stake does it hold *on its own*": not one it holds with another (a fact
        # that says 'only' is of the one the question asks for: 'which plant is the only…')
        return None
    if gap.answer == "quantity" and _DATE not in gap.dimensions and _other_deadline(
            alignment, core):
        return None  # "how many passengers *by 2040*": not the figure reached by 2030
    if gap.answer == "quantity" and _asks_share(gap, core) and any(
            s.via == _NAMES_FIGURE and s.key in _question_verbs(core, vocab)
            for s in alignment.steps):
        # "how much of the fund has been *spent*": the verb says which part is asked, so a
        # figure of money is no part spent ('40 million euros of the fund comes from …')
        return None
    defined = _defined_as(knowledge.index, vocab)
    alignment.steps = _beside_name(
        [_as_dimension_word(_as_defined(_as_name_part(s, core, alignment.fact, vocab),
                                        alignment.fact, defined, vocab),
                            alignment.fact, vocab) for s in alignment.steps],
        core, alignment.fact, vocab)
    included = _included(alignment, gap, core, vocab)
    if included is None:
        return None
    # the words of a clause another fact says of the thing it describes: see 'described'
    # in ask_question
    alignment.steps = [s for s in included if s.key not in described]
    content = alignment.content
    held = [s for s in content if s.relation in _HELD]
    verbs = _question_verbs(core, vocab)
    # "buy or build": one alternative held is enough, the other asks nothing of the fact.
    either = _alternatives(core)
    given = {s.key for s in content if s.kind in ("figure", "count") and s.key in confirmed}
    # (for a figure asked only: 'why did it cancel its *February 2024* rise' takes no reason
    # from a fact that says nothing of that rise)
    excused = ({k for s in held for k in either.get(s.key, ())}
               | _possessors_of(core, held, vocab) | _set_aside(core, vocab)
               | _describing(core, held, subject, vocab)
               | given | (_words_of_figures(core, given) if gap.answer == "quantity" else set())
               | _said_by_tense(content, alignment.fact, vocab)
               | _picks_listed_date(content, gap, alignment.fact, vocab)
               | {s.key for s in content if s.key in verbs and _is_light_verb(s.claim, vocab)}
               | _kind_of_names(core, gap, vocab) | _time_taken(content, gap, vocab)
               | {f"@{place}" for place in gap.placed}
               | _importance_asked(alignment, gap, core, vocab)
               | _description_said(alignment, gap, core, vocab)
               | _implied_modifiers(alignment, core, knowledge)
               | _position_said(content, alignment.fact, core, vocab))
    # A verb the fact has only by a WordNet hypernym or hyponym ('leads' for 'meant') is
    # as weak a match as none.
    loose = [s for s in content if s.key in verbs and s.key not in excused
             and (s.relation == Relation.REVERSE or (s.relation == Relation.FORWARD
                                                     and s.via.startswith("WordNet")))]
    twice = _matched_twice(held)  # of the list as it stands, not once for each step
    held = [s for s in held if s not in loose and s not in twice
            and s.key not in _set_aside(core, vocab)  # what the answer leaves out adds nothing
            and not _held_by_measure(s, gap, alignment.fact)]
    # A preposition the fact lacks ('how far *above* Asia') says nothing the rest does
    # not, when the rest has a word in common with the fact ('are *in* the convention'
    # is all that question says).
    says = any(s.kind == "word" for s in held)
    open_ = [s for s in content if s not in held and s not in loose and s.key not in excused
             and not (says and s.claim in vocab.prepositions)
             and not _names_topic(s, held, core, alignment.fact, vocab)]
    if (gap.answer in ("quantity", "reason") or _adjunct_after(gap) >= 0) and (
            alignment.fact.fact.topic in setting) and all(
            s.key in _scene(core, vocab, _adjunct_after(gap)) for s in open_):
        # the scene ('during the flyby', 'what kind of mines ... *with the new money*') a
        # fact on the same topic tells, when the fact holds all else and the question asks
        # for a figure, a reason or a kind, not whatever else the fact says; a verb the
        # fact says only more generally ('buzzed': 'flew') is weighed below as anywhere
        open_ = []
    if told:
        scene = _scene(core, vocab, _adjunct_after(gap))
        if scene <= {s.key for s in content if s.relation in _HELD}:
            return None  # the fact tells the clause's event, not what else was done then
        if all(s.key in scene for s in open_) and told & _scene_phrases(
                alignment.fact.fact.statement, vocab):
            open_ = []  # said to be done in the scene the clause's event is told in
    # "why did the programme relocate animals and plants": 'the relocations were meant to
    # widen their ranges', whose doer and objects a fact on its topic gives ('the programme
    # moved … animals and plants'), as a scene is told
    retold = bool(open_) and alignment.fact.fact.topic in restated and _names_act(
        held, vocab) and not any(s.key in verbs for s in (*open_, *loose))
    if retold:
        open_ = []
    if open_ and alignment.fact.fact.topic in linked and all(
            s.key in _whole_named(core, gap, vocab)[1] for s in open_):
        open_ = []  # see 'linked' in ask_question
    compiled = alignment.fact
    places = _located(alignment, gap, core, vocab)
    # 'is headquartered' says where it is, as the fact's 'is based in' does; 'was founded'
    # asks of an event the fact does not give
    stative = not open_ or _asks_state(core, gap)
    if places and not loose and len(open_) <= 1 and all(s.kind == "word" for s in open_) and (
            stative or _only_positioned(open_, vocab)):
        # "where is Hensel Phelps headquartered": the fact puts it in a place ('is based in
        # Greeley'), whoever the fact is about; the question's participle is only how it
        # is there.
        return _Fit(alignment, and_list(places), (len(held) + 1, -len(open_), 0, 0, 0),
                    not open_)
    if not retold and not all(_is_about(e, compiled, vocab) or _opens_with(e, compiled, vocab)
                              for e in subject) and not (
            _agent_left_unsaid(alignment, core, subject, vocab)):
        return None  # "what does Belarus think": a fact about what Lithuania does is not it
    if _role_unsaid(compiled, gap, vocab):
        return None  # "which *columnist*": a fact that does not say the role names none in it
    if _asks_who_holds(core, gap, vocab) and any(
            s.kind == "word" and s.relation != Relation.EQUIVALENT for s in held):
        return None  # "who is Vattenfall's *chief executive*": not the one a fact calls
        # its *vice president*, a role WordNet only relates to the one asked
    if _of_another_rank(core, compiled, vocab):
        return None  # "the *third* ferry" is not the fact's "*first* ferry"
    if _said_of_another(alignment, core, gap, vocab):
        return None  # "closest *to the Moon*" is not the fact's "nearest approach *to Earth*"
    if _set_aside_by_fact(compiled, core, vocab):
        return None  # "who runs the Kestrel": not who runs the one ferry 'other than' it
    if _owned_by_another(core, compiled):
        return None  # "what did *Earth's* gravity do": not what the Moon's gravity did
    if gap.role and not _defines(compiled, core, vocab):
        return None  # "what is Venus's role": what happens at Venus is not what it is
    if gap.rate and gap.rate not in read_statement(compiled.fact.statement, vocab).tokens and (
            _spread_rate(compiled, gap, vocab) is None):
        return None  # "how much does it save *a day*": not a figure said of no day, nor
        # of no period it is spread over
    if _done_for_what_is_to_come(compiled, gap, core):
        return None  # "when *will* Juice pass Earth": not the date it already passed
    if _former_unsaid(gap, core, compiled, vocab):
        return None  # "what was the *original* budget": not the figure as it stands now
    if gap.answer == "quantity" and core.status == _TO_COME and compiled.status == _DONE:
        return None  # "how much *will* it invest": not what it has *already* spent
    if _to_come_for_what_was_done(compiled, gap, core, vocab):
        return None  # "when *did* the flyby happen": not the date of one still to come
    if "date" in gap.dimensions and all(s in held for s in content if s.key in verbs) and (
            _dates_unasked_purpose(compiled, held, core, vocab)):
        # "when did the flyby happen" (no verb of its own that the fact may say otherwise):
        # not when Juice needs *to arrive*
        return None
    if _opposes_the_fact(content, core, compiled, vocab):
        return None  # "when did levels reach their *lowest* point": not the *highest*
    measured = _measures(compiled, gap, core, vocab)
    if gap.answer == "quantity" and gap.measure and not gap.kinds and not measured:
        return None  # "how many soldiers": only a figure about soldiers answers it
    names_kind = gap.answer == "entities" and bool(gap.kind_word) and any(
        _kind_fits(e, gap, vocab) for e in compiled.entities - set(core.entity_ids))
    support = len(held) + (gap.answer == "quantity" and measured) + names_kind
    if support == 0:
        return None
    if support >= 3:  # a manner adverb only says how: 'why did Turner *briefly* close'
        manner = [s for s in open_ if vocab.is_manner_adverb(s.claim)
                  and _says_manner(s.claim, compiled, vocab)]
        # held, as the fact says it, for what reads the answer from the held words too
        alignment.steps = [s._replace(relation=Relation.EQUIVALENT, via="the fact's manner")
                           if s in manner else s for s in alignment.steps]
        open_ = [s for s in open_ if s not in manner]
    words_held = sum(s.kind == "word" for s in held)
    # a word held only as a kind of the question's ('project' for 'work') is too loose an
    # anchor for a verb the fact does not have ('which firm halted work')
    says_itself = any(s.kind == "word" and s.relation == Relation.EQUIVALENT for s in held)
    tied = len(open_) == 1 and _one_kind_tied(open_[0], verbs, held, gap, core, compiled, vocab)
    tolerated = len(open_) == 1 and gap.answer != "reason" and gap.name != "how" and (
        _tolerable(open_[0], verbs, support, says_itself, words_held) or _one_figure_asked(
            open_[0], verbs, support, gap, core, compiled) or tied)
    if tolerated and gap.answer == "entities" and len(verbs) > 1 and _ends_with(
            core, open_[0].key):
        # "which country is the *build*-up aimed at *deterring*": the names asked for are
        # what the last verb acts on; a fact that has another of the question's verbs
        # instead ('building the lessons from Ukraine into its defence') does not give them
        tolerated = False
    if tolerated and open_[0].key in verbs and _opposed(open_[0].claim, compiled, vocab):
        tolerated = False  # "when did Bayline *finish* work": not the fact's 'began work'
    if tolerated and gap.answer == "quantity" and _DATE not in gap.dimensions and any(
            core.tokens[p] == "by" for p in gap.span) and _change_unsaid(open_[0], compiled,
                                                                          vocab):
        tolerated = False  # "*by* how much did purchases *rise*": the size of a change, not
        # a price they were made at ('how much did the toll *raise*' asks a sum)
    # "when was the wall *damaged*": not the date it was 'rebuilt'; "which company
    # *damaged* the slipway": not the one that 'began work' on it
    acts = _other_acts(open_[0], held, core, compiled, vocab) if (
        tolerated and gap.answer in ("quantity", "entities") and open_[0].key in verbs
        and not _anchored_figure(alignment, held, gap, core, vocab)) else ()
    if tolerated and not tied and gap.answer == "entities" and open_[0].key in verbs and (
            not _acts_instead(alignment, core, open_[0], vocab)):
        tolerated = False
    if tolerated and not tied and gap.answer == "entities" and open_[0].key in verbs and (
            _acts_only_named(held, core, alignment.fact, vocab)):
        tolerated = False  # "who *defends* the project against *criticism*": not the ones
        # the fact says *criticise* it, whose act the question only names
    if len(open_) == 1 and support >= 3 and _pins_event(open_[0], gap, core, content, verbs,
                                                         vocab):
        pinned = open_[0]._replace(relation=Relation.EQUIVALENT,
                                   via="the event its verb and names pin")
        alignment.steps = [pinned if s is open_[0] else s for s in alignment.steps]
        open_ = []
    # "why does the cost *vary*": a fact that says all else with an act of its own
    # ('depends on when …') says why; see _predicate_explained
    explains = not tolerated and len(open_) == 1 and _predicate_explained(
        open_[0], support, gap, core, alignment, vocab)
    if explains:
        open_ = []
    if open_ and not tolerated:
        return None
    if loose and support < (3 if any(s.relation == Relation.REVERSE for s in loose) else 2):
        return None  # 'when did Juice *land*': the fact's more general 'came' is not it
    if gap.answer == "entities" and not says and not (gap.form and _asks_name(gap.form)) and not (
            described and any(s.via == _KIND_OF_ENTITY for s in held)) and not (
            _described_after_copula(core, gap, vocab)) and not (
            _titled(alignment, gap, core, vocab)) and not (
            held and _light_verb_said(core, compiled, _asks_doer(gap, core, vocab), vocab)) and (
            not tied):
        return None  # "which countries are still in the convention": it names, says nothing
        # (a name asked of 'Tampa's new terminal' is asked of what the names say)
    # what the fact says with its own act is the reason, not a clause of that act's own
    filler = compiled.fact.statement if explains else _filler(alignment, gap, core, vocab)
    owned = _owned_asked(gap, core)
    owners = _owners_given(compiled, owned, vocab)
    if filler and owners:  # "which country's ships": the fact's own owners of the ships
        names = [n for part in filler.split(" and ") for n in part.split(", ") if n in owners]
        filler = and_list(names) if names else None
    elif filler and owned:
        # "which union's members": a name the fact puts after a preposition ("members'
        # anger *at Health NZ*") is what the relation is to, not whose the members are
        elsewhere = _related_elsewhere(compiled, owned, core, vocab)
        names = [n for part in filler.split(" and ") for n in part.split(", ")
                 if n not in elsewhere]
        filler = and_list(names) if names else None
    if filler and gap.answer == "quantity" and not gap.kinds and _amount_of_another(
            alignment, gap, core, vocab):
        return None  # "how heavy is Juice": not the '100 to 150 kg of fuel' it saved
    if filler and gap.placed and not all(s.relation in _HELD for s in content
                                         if s.key[1:] in gap.placed):
        filler = _only_placed(filler, gap.placed, knowledge)
    # For 'why', a fact with a reason clause beats one that names a reason, which beats
    # one that only says the same thing.
    reason = 0 if gap.answer != "reason" else 2 if filler is not None else int(
        explains or _mentions_reason(compiled.fact.statement, vocab)
        or bool(_importance_asked(alignment, gap, core, vocab)))
    if gap.answer == "reason" and filler is None and reason and not (open_ or loose):
        filler = compiled.fact.statement  # the fact says why, if not in a clause of its own
    if filler and gap.answer == "statement" and _repeats_question(
            filler, gap, held, compiled, vocab) and filler != _other_name(alignment, gap, core,
                                                                         vocab):
        return None  # (the thing's other name is no repeat: 'what does NOAA stand for')
    if not filler or (gap.answer == "statement" and _asks_action(core, vocab)
                      and not _says_action(filler, {fold(s.fact) for s in held}, vocab)):
        return None  # "what did Juice *do* as it passed": a place is not what it did
    if gap.name == "how" and not _says_means(filler, compiled.fact.statement, vocab):
        return None  # "how did they announce it": by what means, not what else the fact says
    if gap.unit_required and not any(gap.unit in (q.unit, q.source_unit)
                                     for q in compiled.quantities):
        return None  # 'how much is the fine, in US dollars': pounds are not what is asked
    unasked = _unasked_measure(compiled, gap, core)
    # a figure the store records for the fact beats one read from a statement's words, and
    # one in the unit the question names beats another ('how many *grams*': '306 grams',
    # not '10.8 ounces')
    recorded = int(gap.answer == "quantity" and any(q.dimension in gap.dimensions
                                                     for q in compiled.quantities)) + int(
        bool(gap.unit) and any(q.source_unit == gap.unit for q in compiled.quantities))
    whole = not open_ and not loose and len(held) == len(content)
    # "when is the second phase due to start": a statement that says all the question
    # does and gives the figure only in its words ('next month') measures what is asked
    # as well as a recorded figure does
    read_whole = gap.answer == "quantity" and whole and not recorded and not measured
    measured = measured or read_whole
    complete = (whole and not unasked and (gap.answer != "reason" or reason == 2)
                and (gap.answer != "quantity" or measured))
    # "which *other* countries have *also* ...": a fact that says 'also' names the others,
    # one that does not most likely names the first (unless the question names the first:
    # 'besides Harbourline').
    asks_others = any(t in vocab.plural_cues for t in core.tokens) and not _set_aside(core,
                                                                                    vocab)
    others = 0 if not asks_others else (
        1 if vocab.is_additive(read_statement(compiled.fact.statement, vocab).tokens) else -1)
    if others < 0 and gap.answer == "entities" and any(
            t in vocab.plural_cues and not vocab.is_additive([t]) for t in core.tokens):
        return None  # "which *other* spacecraft ...": a fact that names no others
    support += read_whole
    return _Fit(alignment, filler, (support + reason + others, -len(open_), -len(loose),
                                    -unasked, recorded),
                complete, (_verb_forms(open_[0], core, vocab), acts) if acts else None)


def _ranked(fit: _Fit, core: Analysis) -> tuple[tuple[int, int, int, int, int], bool]:
    """The fit's quality, then whether the fact is about what the question names: of two
    facts that answer as well, the one whose subject the question names ('house prices
    *in Dublin*': 'house prices in Dublin rose by 11.6%', not '*Fingal* had the highest
    growth in Dublin, at 12.4%'); a name the question gives as an owner ("*Lithuania's*
    neighbours") says whose the things asked about are, not what they are."""
    named = {entity for entity, pos in core.entities
             if core.tokens[core.entity_ends.get(pos, pos + 1):][:1] != [_POSSESSIVE]}
    subject = fit.alignment.fact.subject
    return fit.quality, bool(subject) and subject <= named


def _acts_only_named(held: list[Step], core: Analysis, compiled: CompiledFact,
                     vocab: Vocabulary) -> bool:
    """Every verb of the fact is held by a noun the question puts after a preposition:
    the fact's names do what the question only names ('who defends the project *against
    criticism*': 'some environmentalists *criticise* the project'); a noun the question's
    verb acts on names the act it makes ('who keeps *issuing criticism*')."""
    acts = {compiled.word_for(term) for term in compiled.verbs}
    after_preposition = {term for term, pos in core.terms
                         if pos and core.tokens[pos - 1] in vocab.prepositions}
    named = {fold(s.fact) for s in held if s.kind == "word" and s.key in after_preposition
             and not vocab.can_be_verb(fold(s.claim))}
    return bool(acts) and acts <= named


def _predicate_explained(step: Step, support: int, gap: Gap, core: Analysis,
                         alignment: Alignment, vocab: Vocabulary) -> bool:
    """'Why is the new dam *good* for the valley' against 'the dam will shield the valley
    from floods', 'why does the fare *vary* from stop to stop' against 'the fare depends
    on how far a rider goes': a why-question anchored in one fact by all it names (three
    pieces or more) but a predicate of state, the word its copula says (no participle:
    'why is the council *closing* the pool' asks of an act another act may contradict) or
    a verb of variation (questions.json variation_verbs), asks what that fact says of
    them with an act of its own, which is the answer: a question brings no claim to
    defend. Not a fact whose words are the predicate's opposite."""
    if gap.answer != "reason" or step.kind != "word" or support < 3:
        return False
    position = next((pos for term, pos in core.terms if term == step.key), 0)
    word = core.tokens[position]
    state = (position > 0 and core.tokens[position - 1] in vocab.be_forms
             and not vocab.is_participle(word)) or bool(
        {word, *vocab.lemmas_of(word)} & vocab.question_words["variation_verbs"])
    compiled = alignment.fact
    said = {s.fact for s in alignment.steps if s.relation in _HELD}
    # a word of the fact's own that can be its act ('depends', 'shield')
    acts = [term for term in compiled.terms if (word := compiled.word_for(term)) not in said
            and vocab.can_be_verb(word)]
    return state and bool(acts) and not _opposed(step.claim, compiled, vocab)


def _one_figure_asked(step: Step, verbs: frozenset[str], support: int, gap: Gap,
                      core: Analysis, compiled: CompiledFact) -> bool:
    """'How many pumps will be *fitted* at Carrow Lock' against 'Carrow Lock will have 12
    of the pumps': a question brings no claim to defend, so when its names and what it
    measures are all in a fact with one figure of the asked dimension, the fact's verb may
    be another (its act is still weighed: see _other_acts and _holds), if both tell what
    is to come or neither does ('how many pumps are *already* working' is not it)."""
    # (a question with a measure reaches here only when the fact measures it: see _fit)
    return (gap.answer == "quantity" and step.key in verbs and support >= 2
            and bool(gap.measure) and sum(q.dimension in gap.dimensions
                                          for q in compiled.quantities) == 1
            and (core.status == _TO_COME) == (compiled.status == _TO_COME))


def _anchored_figure(alignment: Alignment, held: list[Step], gap: Gap, core: Analysis,
                     vocab: Vocabulary) -> bool:
    """'In which month did the reservoir's water levels *hit* their highest point' against
    'water levels reached their highest point in May', 'how much does the council expect
    the scheme to *add* to the town's economy each year' against '… will bring about 2
    million pounds a year to the town's economy': a question brings no claim to defend, so
    when it and the fact say the same but for the verb (four pieces held at least, two of
    them words, and no word of the fact left over but its verbs and its figure) and the
    fact has at most one figure of the asked dimension, that figure is the one asked,
    whatever verb the fact tells it with ('when did water levels *fall*' is not answered
    by the date they reached their highest point: 'highest point' is left over)."""
    compiled = alignment.fact
    if not (gap.answer == "quantity" and len(held) >= _ANCHORS
            and sum(s.kind == "word" for s in held) >= 2
            and sum(q.dimension in gap.dimensions for q in compiled.quantities) <= 1):
        return False
    fact = read_statement(compiled.fact.statement, vocab)
    said = _matched_positions(alignment, fact, core, vocab) | set(fact.verbs) | {
        pos for m in fact.quantities for pos in range(m.start, m.end)}
    return all(pos in said or fact.tokens[pos] in vocab.months for _, pos in fact.terms)


def _one_kind_tied(step: Step, verbs: frozenset[str], held: list[Step], gap: Gap,
                   core: Analysis, compiled: CompiledFact, vocab: Vocabulary) -> bool:
    """'Which agency *runs* Orla' against 'Orla is a probe of the Nordic Space Office',
    'which country is Kestrel *based* in' against 'Kestrel is a firm from France': a
    question anchored by its names alone, whose verb only ties a thing to the place it is
    in (questions.json base_verbs, position verbs: 'is based', 'lies') or to the body that
    runs it (operating_verbs: 'runs', 'operates'), is answered by a fact that only says
    what or where the named thing is (no act of its own) and names after it exactly one
    other thing of the kind asked: a place for the one, no place for the other ('the East
    Dock *at Alna*' does not say Alna runs it). A fact where the question's name stands in
    the other's description ('Keel is a venture *of Norcraft*') ties them the other way;
    with no thing of the kind, or two, the kind noun picks nothing and the question is
    declined."""
    if not (gap.answer == "entities" and gap.kind_word and step.key in verbs and held
            and all(s.kind == "entity" for s in held)):
        return False
    verb = fold(step.claim).split()[0]  # 'based' of 'based in'
    lemmas = {verb, *vocab.lemmas_of(verb)}
    placing = bool(lemmas & vocab.question_words["base_verbs"]) or vocab.is_position_verb(verb)
    if not placing and not lemmas & vocab.question_words["operating_verbs"]:
        return False
    if not all(vocab.is_position_verb(compiled.word_for(term)) for term in compiled.verbs):
        return False  # 'Orla signed a deal with Spain' is an act, not where Orla belongs
    asked = set(core.entity_ids)
    positions = read_statement(compiled.fact.statement, vocab).entities
    first_asked = min((pos for e, pos in positions if e in asked), default=None)
    if first_asked is None:
        return False
    places = tuple(vocab.place_kinds)
    fillers = {e for e, pos in positions if e not in asked and _kind_fits(e, gap, vocab)}
    return len(fillers) == 1 and all(
        pos > first_asked and _is_of_kind(vocab.entities[e].kind, places, vocab) == placing
        for e, pos in positions if e in fillers)


def _opens_with(entity_id: str, compiled: CompiledFact, vocab: Vocabulary) -> bool:
    """The statement opens with the name as its subject, its verb next ('Arden Trust
    *made* the award in May'), whatever else the store records the fact as about; a name
    whose alias has its determiner ('*the council* is set to …') opens it too."""
    fact = read_statement(compiled.fact.statement, vocab)
    start = int(bool(fact.tokens) and fact.tokens[0] in vocab.determiners)
    return any(e == entity_id and pos <= start and vocab.looks_like_verb(
        fact.tokens, fact.entity_ends.get(pos, pos + 1)) for e, pos in fact.entities)


def _other_deadline(alignment: Alignment, core: Analysis) -> bool:
    """The question gives a deadline ('by 2040') that the fact meets only with another
    ('by 2030'): a figure reached by one deadline is not the figure reached by another,
    though the verifier holds the earlier deadline to meet the later one."""
    aligned = {s.key for s in alignment.steps if s.kind == "figure" and s.fact}
    dates = {q.value for q in alignment.fact.quantities if q.dimension == _DATE}
    return any(f"#{m.text}" in aligned and m.value not in dates for m in core.quantities
               if m.dimension == _DATE and m.qualifier == "by")


def _repeats_question(filler: str, gap: Gap, held: list[Step], compiled: CompiledFact,
                      vocab: Vocabulary) -> bool:
    """'What is driving the renaissance': not the fact's verb alone ('experiencing'); 'what
    will Google use the electricity from the plant for': not a phrase for a thing the
    question names itself ('the 615-megawatt Duane Arnold plant'). Neither says what the
    question does not have (unless it asks for a phrase around that noun: 'which bridges',
    'what kind of infrastructure')."""
    words = tokenise(filler)
    if len(words) == 1:
        fact = read_statement(compiled.fact.statement, vocab)
        if any(fact.tokens[p] == words[0] for p in fact.verbs):
            return True
    asks_around = bool(gap.kind_word) or (gap.form is not None and gap.form.modifier)
    return bool(words) and not asks_around and any(
        s.kind in ("word", "entity") and s.fact.endswith(words[-1])
        and tokenise(s.fact)[-1:] == words[-1:] for s in held)


def _importance_asked(alignment: Alignment, gap: Gap, core: Analysis,
                      vocab: Vocabulary) -> frozenset[str]:
    """'Why does the channel *matter* to Bayline', 'why is it so *important*': what makes
    a thing matter is what a fact that calls it so ('a *vital* lane for Bayline ferries')
    says it is or does, so the question's word of importance is the fact's own; a fact
    that says nothing more than that it matters ('is of strategic importance') gives no
    reason."""
    if gap.answer != "reason":
        return frozenset()
    words = vocab.question_words["importance_words"]
    asked = frozenset(term for term, pos in core.terms if core.tokens[pos] in words)
    if not asked or any(s.key in asked and s.relation in _HELD for s in alignment.steps):
        return frozenset()  # none asked, or the fact only says it again
    named = min(core.entities, key=lambda found: found[1], default=None)
    if named is not None and not _is_about(named[0], alignment.fact, vocab):
        return frozenset()  # 'why is Orlo important': not the channel the fact calls vital
    fact = read_statement(alignment.fact.fact.statement, vocab)
    said = {pos for pos, token in enumerate(fact.tokens) if token in words}
    matched = _matched_positions(alignment, fact, core, vocab)
    more = {pos for _, pos in fact.terms} - said - matched
    return asked if said and more else frozenset()


def _holds(fit: _Fit, vocab: Vocabulary) -> bool:
    """The fit's act is the question's: no verb left unsure, or one of the fact's verbs
    related to the question's verb through the store's slice of WordNet, wider or narrower
    ('fly by' is 'pass', 'unveil' 'reveal'; 'damaged' is not 'rebuilt', 'save' not 'spent')."""
    if fit.unsure is None:
        return True
    words, acts = fit.unsure
    for word in words:
        related = vocab.links(word, verb=True, narrower=True)
        if any(related.get(act, (Relation.ALTERNATION.value,))[0]
               != Relation.ALTERNATION.value for act in acts):
            return True
    return False


def _objects_of_doer(gap: Gap, core: Analysis, subject: list[str],
                     vocab: Vocabulary) -> set[str]:
    """The names a question whose gap is the doer ('*whose gravity* sent Juice on', '*who*
    watched Juice') gives as what is done to, which the reader took for its subject."""
    return set() if subject or not _asks_doer(gap, core, vocab) else set(core.entity_ids)


def _ends_with(core: Analysis, key: str) -> bool:
    """The question's last word is the term ``key``."""
    return any(term == key and pos == len(core.tokens) - 1 for term, pos in core.terms)


def _dates_unasked_purpose(compiled: CompiledFact, held: list[Step], core: Analysis,
                           vocab: Vocabulary) -> bool:
    """Every date the fact gives closes an infinitive of which the question says nothing
    ('each of these flybys adds momentum that Juice needs *to arrive at Jupiter* by July
    2031', for 'when did the flyby happen'): the date is of that act, not of the one asked
    about."""
    keys = {s.key for s in held}
    if any(q.dimension == _DATE and q.measure & keys for q in compiled.quantities):
        return False  # the store says the date measures what the question asks of it
    reading = read_statement(compiled.fact.statement, vocab)
    starts = [q.start for q in reading.quantities if q.dimension == _DATE]
    said = {fold(s.fact) for s in held}
    named = set(core.entity_ids)

    def of_unasked_infinitive(start: int) -> bool:
        verb = max((v for v in reading.verbs if v < start), default=0)
        return verb > 0 and reading.tokens[verb - 1] == "to" and not any(
            token in said for token in reading.tokens[verb:start]) and not any(
            entity_id in named for entity_id, pos in reading.entities if verb < pos < start)

    return bool(starts) and all(of_unasked_infinitive(start) for start in starts)


def _words_of_figures(core: Analysis, keys: set[str]) -> set[str]:
    """The question's words inside the figures of these keys: 'how many trams did the
    council order *in January 2025*', a date another fact confirms, takes its month with
    it."""
    spans = [range(m.start, m.end) for m in core.quantities if "#" + m.text in keys]
    return {term for term, pos in core.terms if any(pos in span for span in spans)}


def _picks_listed_date(content: list[Step], gap: Gap, compiled: CompiledFact,
                       vocab: Vocabulary) -> set[str]:
    """A word that picks one of the dates asked for ('when is the *next* pass') says
    nothing a fact that lists the event's dates ('again in September 2026 and January
    2029') must say itself: the answer picks the date."""
    if "date" not in gap.dimensions:
        return set()
    picking = vocab.question_words["earliest_words"] | vocab.question_words["latest_words"]
    picked = {s.key for s in content if s.kind == "word" and fold(s.claim) in picking}
    return picked if picked and _listed_dates(compiled.fact.statement, vocab) >= 2 else set()


def _located(alignment: Alignment, gap: Gap, core: Analysis, vocab: Vocabulary) -> list[str]:
    """For a question after a place ('where', 'in which city'), the places of that kind the
    fact puts a thing the question names in: 'O'Hare International Airport *in Chicago*',
    'Hensel Phelps is based *in Greeley*' (two words at most, its verb, between; three
    when the last is the question's own word: 'Century *has its base* in Chicago'). The
    nearest places of the kind asked: 'close to Hartwell in *Corrin*' is in a
    county, 'close to *Hartwell*' near a town."""
    if gap.answer != "entities" or not gap.kinds or not set(gap.kinds) <= vocab.place_kinds:
        return []
    fact = read_statement(alignment.fact.fact.statement, vocab)
    tokens = fact.tokens
    asked = set(core.entity_ids)
    starts = {pos: e for e, pos in fact.entities}
    found: list[str] = []
    for mentioned in _asked_thing_ends(alignment, fact, asked, vocab):
        after = _past_verb_chain(tokens, mentioned, vocab)
        for at in range(after, min(after + 4, len(tokens) - 1)):
            if _place_phrase_at(tokens, at, vocab):
                if at == after + 3 and "s:" + stem(tokens[at - 1]) not in core.term_set:
                    break
                found += next((fitting for link in _place_links(fact, at, vocab) if (
                    fitting := [vocab.entities[place].name for place in link
                                if place not in asked and _kind_fits(place, gap, vocab)])), [])
                break
            if at in starts or tokens[at] in vocab.prepositions or (
                    tokens[at] in vocab.question_words["coordinators"]
                    and tokens[at + 1] in vocab.prepositions):
                break  # "burned in the same counties as X *and in* Lassen County": a
                # phrase joined to an earlier one is said of what that one is, not of X
    return _of_kind_said(found, fact, asked, gap, vocab) or list(dict.fromkeys(found))


def _past_verb_chain(tokens: list[str], at: int, vocab: Vocabulary) -> int:
    """Past the relative pronoun and the auxiliaries that open what is said of a thing
    ('Tamsby*, which* lies on …', 'the plant *is to be* built next to …'): where its
    verb or its preposition stands. Not past a main verb's object ('Arlo *has a* yard in
    …' says where the yard is)."""
    if tokens[at:at + 1] == [","] and at + 1 < len(tokens) and (
            tokens[at + 1] in vocab.relative_pronouns):
        at += 2
    while at + 1 < len(tokens) and (tokens[at] in vocab.auxiliaries or tokens[at] == "to"
                                    or tokens[at] in vocab.between_auxiliary) and (
            tokens[at + 1] not in vocab.determiners or tokens[at + 1] in vocab.prepositions):
        at += 1
    return at


def _possessive_at(tokens: list[str], at: int) -> bool:
    return tokens[at:at + 1] == ["s"]  # how text.tokenise keeps a possessive 's


def _asked_thing_ends(alignment: Alignment, fact: Analysis, asked: set[str],
                      vocab: Vocabulary) -> list[int]:
    """Where the fact's words for the thing the question asks about end: its name, or
    the phrase that opens the fact when it stands for that thing (*'Arlo's new glass
    works* is located in …', *'the wind farm* lies off …'): a phrase before the fact's
    first verb that names nothing else but owners and ends on the thing's name or kind (the fact
    being about it) or on a noun the question has."""
    ends = [fact.entity_ends.get(pos, pos + 1) for e, pos in fact.entities if e in asked]
    tokens = fact.tokens
    verb = next((at for at in range(1, len(tokens)) if tokens[at] in vocab.auxiliaries
                 or vocab.is_position_verb(tokens[at]) or tokens[at] in vocab.prepositions
                 or tokens[at] == ","), 0)
    if not verb or tokens[verb] in vocab.prepositions or tokens[verb] == "," or any(
            e not in asked and not _possessive_at(tokens, fact.entity_ends.get(pos, pos + 1))
            for e, pos in fact.entities if pos < verb):
        return ends  # (an owner's name is no other thing: '*Arlo's* works')
    head = stem(tokens[verb - 1])
    # the thing the fact is about and does not name: its kind's head ('the *farm*')
    unnamed = asked & set(alignment.fact.subject) - {e for e, _ in fact.entities}
    kinds = {stem(_kind_head(vocab.entities[e].kind)) for e in unnamed}
    held = {stem(word) for s in alignment.steps if s.kind == "word" and s.relation in _HELD
            for word in tokenise(s.fact)}
    if head in kinds | held and _says_where(tokens, verb, vocab):
        ends.append(verb)
    return ends


def _says_where(tokens: list[str], verb: int, vocab: Vocabulary) -> bool:
    """What follows the subject at ``verb`` only puts it in a place: a copula ('is in'),
    a verb of position ('lies on') or one that sites it ('is located in', 'will be built
    next to': questions.json siting_verbs, base_verbs), not an act done there ('was
    launched in')."""
    at = _past_verb_chain(tokens, verb, vocab)
    if _place_phrase_at(tokens, at, vocab):
        return True
    word = tokens[at] if at < len(tokens) else ""
    lemmas = {word, *vocab.lemmas_of(word)}
    words = vocab.question_words
    return (vocab.is_position_verb(word) or not lemmas.isdisjoint(
        words["siting_verbs"] | words["base_verbs"])) and bool(
        _place_phrase_at(tokens, at + 1, vocab))


def _of_kind_said(found: list[str], fact: Analysis, asked: set[str], gap: Gap,
                  vocab: Vocabulary) -> list[str]:
    """'In which *state* is the plant' where the fact puts it 'in the U.S. state of Iowa':
    when no place found is of the kind the question names, the fact's names of that very
    kind are the answer ('the U.S.' is a country, Iowa a state)."""
    if not found or not gap.kind_word:
        return []
    kinds = {vocab.entities[e].name: vocab.entities[e].kind for e, _ in fact.entities
             if e not in asked and e in vocab.entities}
    if any(_kind_said(kinds.get(name, ""), gap.kind_word, vocab)
                        for name in found):
        return []
    return [name for name, kind in kinds.items() if _kind_said(kind, gap.kind_word, vocab)]


def _unasked_measure(compiled: CompiledFact, gap: Gap, core: Analysis) -> int:
    """How much the best-fitting figure's description says that the question does not
    ('gates added in the second phase' for 'how many gates in all'): fewer is closer."""
    if gap.answer != "quantity":
        return 0
    asked = gap.measure | core.term_set
    return min((len(q.measure - asked) for q in compiled.quantities
                if q.dimension in gap.dimensions and q.measure & asked), default=0)


def _opposes_the_fact(content: list[Step], core: Analysis, compiled: CompiledFact,
                      vocab: Vocabulary) -> bool:
    """A word of the question whose opposite the fact says instead (and the question does
    not say too): the fact is of the other event, though the word may also be linked to
    another of the fact's words ('lowest', a kind of level, against 'highest point')."""
    asked = core.term_set
    for step in content:
        word = core.raw_terms.get(step.key, "")
        if step.kind != "word" or step.relation in _HELD or not word or " " in word:
            continue
        opposites = set(vocab.antonyms.get(step.key, frozenset())) | {
            term for term, (relation, _) in vocab.links(word).items()
            if relation == Relation.ALTERNATION.value}
        if (opposites & compiled.terms) - asked:
            return True
    return False


def _pins_event(step: Step, gap: Gap, core: Analysis, content: list[Step],
                verbs: frozenset[str], vocab: Vocabulary) -> bool:
    """'When did *construction* start on Terminal D at O'Hare': a date is asked of an
    event the fact pins by the question's every verb and name, so the fact's own noun for
    what started ('began *work*') need not be the question's; a noun, not how or when
    ('constantly', 'back')."""
    same = {s.key for s in content if s.relation == Relation.EQUIVALENT}
    return ("date" in gap.dimensions and bool(verbs) and verbs <= same
            and all(s.relation in _HELD for s in content if s.kind == "entity")
            and _is_noun_at(core, step.key, vocab))


def _is_noun_at(core: Analysis, key: str, vocab: Vocabulary) -> bool:
    """The term stands where a noun does: after an auxiliary ('did *construction* start'),
    a determiner or a preposition."""
    return any(term == key and pos and (core.tokens[pos - 1] in vocab.auxiliaries
                                        or core.tokens[pos - 1] in vocab.determiners
                                        or core.tokens[pos - 1] in vocab.prepositions)
               for term, pos in core.terms)


def _measures(compiled: CompiledFact, gap: Gap, core: Analysis, vocab: Vocabulary) -> bool:
    """The fact gives a figure of what the question measures: every word of 'how many
    square feet of space' in the fact, or its synonym ('how much *extra* money' where the
    fact says 'an *additional* 5 million'), or a figure of the fact said to measure a word
    of the question."""
    if gap.measure:
        said = compiled.terms.union(*(q.measure for q in compiled.quantities))
        # the question's own words for the measure, which WordNet relates to the fact's
        words = {core.tokens[pos]: vocab.canonical(core.tokens[pos]) for pos in gap.span}
        return all(any(vocab.links(word).get(known, ("",))[0] == Relation.EQUIVALENT.value
                       for word, term in words.items() if term == unsaid for known in said)
                   for unsaid in gap.measure - said)
    return any(q.measure & core.term_set for q in compiled.quantities
               if q.dimension in gap.dimensions)


@lru_cache(maxsize=8192)
def _mentions_reason(statement: str, vocab: Vocabulary) -> bool:
    tokens = read_statement(statement, vocab).tokens
    return any(tuple(tokens[i:i + len(m)]) == m for m in vocab.reason_markers if len(m) > 1
               for i in range(len(tokens)))
