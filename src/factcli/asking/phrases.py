"""Filling a gap with a phrase of the fact: a noun phrase, a description, a reason.

The words around the noun asked about, what the fact calls a thing, the subject before a
verb, the kind a name is said to be, and the reason a fact gives ('to …', 'because …').
"""

from __future__ import annotations

from functools import lru_cache

from factcli.asking.aligned import _HELD, _PART_OF, _held_word, _matched_positions
from factcli.asking.core import _asks_action, _question_verbs
from factcli.asking.figures import _in_context
from factcli.asking.gap import _DATE, Gap, _past_names
from factcli.asking.wording import _after_comma, _includes, _is_verb_at, _plural, _words
from factcli.logic import Relation
from factcli.quantities import same_value
from factcli.text import Analysis, analyse, fold, read_statement, tokenise
from factcli.verify import Alignment
from factcli.vocabulary import Vocabulary


def _after_doer(alignment: Alignment, fact: Analysis, core: Analysis,
                vocab: Vocabulary) -> int | None:
    """Where the fact goes on after its words for the question's doer, the names and
    nouns right after the question's auxiliary ('what did *Juice* do', 'what were the
    *NATO ships* trying to do')."""
    tokens = core.tokens
    position = next((p for p, t in enumerate(tokens) if p and t in vocab.auxiliaries), 0) + 1
    terms = {pos: term for term, pos in core.terms}
    starts = {pos: entity_id for entity_id, pos in core.entities}
    # past 'the', unless it starts the name ('the Skerry ferry')
    while position < len(tokens) and tokens[position] in vocab.determiners and (
            position not in starts):
        position += 1
    last: str | None = None
    while position in terms or position in starts or (
            last and position < len(tokens) and tokens[position] == "s"):
        if position in starts:
            last = "@" + starts[position]
            position = core.entity_ends.get(position, position + 1)
        else:  # a noun, or the possessive 's of "Lithuania's neighbours"
            if position in terms:
                # "what did *the probe* do": a noun the fact holds as the entity it names
                # a kind of ('Juice') is that entity
                last = next((s.key for s in alignment.steps if s.kind == "entity"
                             and s.relation in _HELD and fold(s.claim) == tokens[position]),
                            terms[position])
            position += 1
    if last is None:
        return None
    if last.startswith("@"):
        ends = [fact.entity_ends.get(pos, pos + 1) for entity_id, pos in fact.entities
                if "@" + entity_id == last]
        # "*Harbourline's* pontoon reached Alna", "the new engine saved diesel" (of the
        # ferry): a fact that names the doer only as an owner, or not at all, says nothing
        # it does
        return max((end for end in ends if fact.tokens[end:end + 1] != ["s"]),
                   default=len(fact.tokens))
    found = _held_word(alignment, last, vocab)
    if found is None:
        return None
    step, _, spots = found
    return max((pos + len(tokenise(step.fact)) for pos in spots), default=None)


def _stranded(core: Analysis, vocab: Vocabulary) -> str:
    """The preposition the question ends on ('what did it turn Juice *towards*'), whose
    object the gap is, or ''."""
    return core.tokens[-1] if core.tokens and core.tokens[-1] in vocab.prepositions else ""


def _subject_phrase(alignment: Alignment, core: Analysis, vocab: Vocabulary) -> str | None:
    """What the fact says before the first piece the question lined up with: 'The
    Moon's gravity' for 'what raised Juice's speed'."""
    before = _before_matched(alignment, core, vocab)
    if before is None:
        return None
    fact, end = before
    if not _before_a_verb(alignment, fact, core, vocab):
        return None
    content = {pos for _, pos in fact.terms} | {pos for _, pos in fact.entities}
    return _words(alignment.fact.fact.statement, 0, end) if content & set(range(end)) else None


def _before_a_verb(alignment: Alignment, fact: Analysis, core: Analysis,
                   vocab: Vocabulary) -> bool:
    """What comes first of the question's pieces in the fact is its verb there, when the
    question has one: the doer stands before it. 'Who designed Terminal 1' is not answered
    by what comes before the noun 'design' ('the first phase belongs to a progressive
    design-build project')."""
    first = min(_matched_positions(alignment, fact, core, vocab))
    if not core.verbs or first in fact.verbs or first == 0:
        return True
    # a bare form after a word of content is a noun ('a progressive design'); a verb there
    # is inflected ('links', 'raised') or follows 'to' or an auxiliary ('will rebuild')
    token, before = fact.tokens[first], fact.tokens[first - 1]
    return (token.endswith(("s", "ed", "ing")) or token in vocab.irregular
            or before == "to" or before in vocab.auxiliaries)


def _before_matched(alignment: Alignment, core: Analysis,
                    vocab: Vocabulary) -> tuple[Analysis, int] | None:
    """The fact's reading and where its words before the first piece the question lined
    up with end, past the words that only link them ('is', 'also')."""
    fact = read_statement(alignment.fact.fact.statement, vocab)
    marked = _matched_positions(alignment, fact, core, vocab)
    if not marked:
        return None
    end = min(marked)
    linking = vocab.question_words["linking"]
    while end > 0 and (fact.tokens[end - 1] in linking or fact.tokens[end - 1] in vocab.ignored):
        end -= 1
    return fact, end


def _around(alignment: Alignment, noun: str, core: Analysis, vocab: Vocabulary) -> str | None:
    """The fact's noun phrase for the question's noun, with what the fact adds to it:
    'defensive installations such as bunkers' for 'which installations'."""
    found = _held_word(alignment, vocab.canonical(noun) or "", vocab)
    if found is None or found[0].relation != Relation.EQUIVALENT or found[0].via.endswith(
            "derivation"):
        return None  # the fact's word must be the noun asked about, not a kind of it nor
        # a word made from a verb it shares a root with ('borders': 'environment')
    _, fact, spots = found
    statement = alignment.fact.fact.statement
    marked = _matched_positions(alignment, fact, core, vocab)
    at = {p: t for t, p in fact.terms}
    for pos in spots:
        if pos + 1 in at and not _is_verb_at(fact, pos + 1, vocab):
            continue  # "which bridges": not the fact's '*bridge* renovation', a renovation
        identified = _identified_by_copula(fact, pos, marked, vocab)
        if identified is not None:
            return _words(statement, identified, len(fact.tokens)) or None
        # 'was one of the sites the surveyors *mapped*' says nothing of the sites they
        # repaired: the question's own verbs must be the fact's
        verbs = _question_verbs(core, vocab)
        member = _member_named(fact, pos, vocab) if all(
            s.relation in _HELD for s in alignment.steps if s.key in verbs) else None
        if member is not None:
            return _words(statement, *member) or None
        first = pos
        while (first - 1 in at and not _is_verb_at(fact, first - 1, vocab)) or (
                first - 2 in at and fact.tokens[first - 1] in ("and", "or")):
            first -= 1  # "ticketing and concourse levels", not "*building* installations"
        last = next((p for p in sorted(marked) if p > pos), len(fact.tokens))
        # the phrase ends before the fact's verb, or its verb of inclusion, which the
        # reader passes over ('the first phase *includes*')
        last = next((p for p in range(pos + 1, last) if _is_verb_at(fact, p, vocab) or (
            _includes(fact.tokens[p], vocab))), last)
        while last > pos + 1 and (fact.tokens[last - 1] in vocab.determiners
                                  or fact.tokens[last - 1] in vocab.prepositions
                                  or vocab.is_manner_adverb(fact.tokens[last - 1])):
            last -= 1  # (an adverb before the verb says how it was done: '*sharply* criticised')
        # a name set beside the noun adds what it is: 'the rural lobby group *CPRE*'; so
        # does the figure its 'of' gives it: 'a profit margin *of 12.5%*'
        beside = {pos + 1} & {p for _, p in fact.entities} | {
            pos + 2 for m in fact.quantities
            if m.start <= pos + 2 < m.end and fact.tokens[pos + 1] == "of"}
        adds = {p for p in at.keys() | beside if first <= p < last and p != pos} - marked
        return _words(statement, first, last) if adds else None
    return None


def _identified_by_copula(fact: Analysis, noun: int, marked: set[int],
                          vocab: Vocabulary) -> int | None:
    """'*The borders* Lithuania is fortifying *are* those with Russia and Belarus': where
    the words start that a copula says the noun is, when all that stands between the two
    is the question's clause about the noun ('which borders is Lithuania fortifying')."""
    content = {pos for _, pos in fact.terms} | {
        p for pos, end in fact.entity_ends.items() for p in range(pos, end)}
    for position in range(noun + 1, len(fact.tokens) - 1):
        if fact.tokens[position] in vocab.be_forms and position - 1 in marked and not (
                _is_verb_at(fact, position + 1, vocab)):  # not the clause's 'is fortifying'
            return position + 1
        if position in content and position not in marked:
            return None
    return None


def _member_named(fact: Analysis, noun: int, vocab: Vocabulary) -> tuple[int, int] | None:
    """'*The water vole* was one of the animals the programme supported', '*Atlantic
    salmon* were among the species it helped': where the words start and end that a
    copula before 'one of the' or 'among the' makes one of the things the noun names."""
    tokens = fact.tokens
    before = tokens[max(noun - 4, 0):noun]
    if before[-3:] in (["one", "of", "the"],):
        copula = noun - 4
    elif before[-2:] == ["among", "the"]:
        copula = noun - 3
    else:
        return None
    if copula < 1 or tokens[copula] not in vocab.be_forms or any(
            v < copula for v in fact.verbs):
        return None  # 'the plan *names* one of the animals': no copula makes it one
    start = int(tokens[0] in vocab.determiners)
    return (start, copula) if start < copula else None


def _phrase(alignment: Alignment, core: Analysis, vocab: Vocabulary,
            after_last: bool = False, object_only: bool = False) -> str | None:
    """The part of the fact that the question leaves open: the longest stretch between
    the pieces the question lined up with ('prohibits | the use of anti-personnel mines'),
    or the stretch after the last of them, without the words that only link it to them;
    for ``object_only``, only that last stretch, less the fact's verb that opens it."""
    statement = alignment.fact.fact.statement
    fact = read_statement(statement, vocab)
    marked = _matched_positions(alignment, fact, core, vocab)
    if not marked:
        return None
    content = {pos for _, pos in fact.terms} | {pos for _, pos in fact.entities} | {
        q.start for q in fact.quantities}
    # "what does the exit reflect": the gap is the object of the question's last word, a
    # verb, so the answer is what the fact says right after its word for that verb
    object_after = _object_position(alignment, fact, core, vocab)
    # "what were the NATO ships attempting to do": what the fact says the doer does, all
    # that follows its words for the doer ('NATO ships from *boarding a Russian oil tanker*')
    doer_end = _after_doer(alignment, fact, core, vocab) if _asks_action(core, vocab) else None
    best: tuple[int, int, int] | None = None
    run_start = 0
    for position in [*sorted(marked), len(fact.tokens)]:
        if position > run_start:
            weight = len(content & set(range(run_start, position)))
            if weight and (best is None or weight >= best[0] or after_last
                           or run_start == object_after):
                best = (weight, run_start, position)
                if run_start == object_after:
                    break
        run_start = max(run_start, position + 1)
    part = min((pos for pos in marked if fact.tokens[pos] in {
        s.fact for s in alignment.steps if s.via == _PART_OF}), default=None)
    if doer_end is not None:  # nothing after the doer: the fact says nothing it does
        best = (0, doer_end, len(fact.tokens)) if doer_end < len(fact.tokens) else None
    elif part is not None:  # 'five miles of new roads come with the first phase'
        best = (0, 0, part)
    elif object_only:
        # 'Terminal 1 has opened *its first stage*' says nothing the first phase includes
        best = (0, max(marked) + 1, len(fact.tokens))
    if best is None:
        return None
    _, start, end = best
    tokens = fact.tokens
    # "what did the news release *announce*": what the fact says it announced *that* …,
    # a verb the reader passes over as light
    asked = set(vocab.lemmas_of(core.tokens[-1])) if core.tokens else set()
    start = next((p + 2 for p in range(start, end - 2) if tokens[p + 1] == "that"
                  and not asked.isdisjoint(vocab.lemmas_of(tokens[p]))), start)
    # a verb takes its object ('delivers *a* ...'), as in _names_a_thing
    while object_only and start + 1 < end and (start in fact.verbs or (
            vocab.can_be_verb(tokens[start]) and (start not in content or (
                tokens[start + 1] in vocab.determiners
                and tokens[start + 1] not in vocab.prepositions)))):
        start += 1  # "delivers a 19-gate terminal building": the act is the question's
    if start < end and tokens[start] in vocab.prepositions:
        # "Airside D *at Tampa International Airport* is a … project": a phrase that only
        # places the subject, before the copula that says what it is
        copula = next((p for p in range(start + 1, min(end, start + 7))
                       if tokens[p] in vocab.be_forms), None)
        if copula is not None and not any(start <= v < copula for v in fact.verbs):
            start = copula + 1
    stranded = _stranded(core, vocab)
    if after_last and stranded and stranded in tokens[start:end]:
        # "what is Lithuania focusing *on*": what follows the fact's own 'on' ('focusing
        # in particular *on* the Suwałki Gap')
        start = tokens.index(stranded, start, end) + 1
    # the question's own words that are none of its terms ('what do they *give* *as*
    # their reason'): the answer is what the question leaves open, not them
    worded = {pos for _, pos in core.terms} | {
        p for pos, end_ in core.entity_ends.items() for p in range(pos, end_)}
    said = {token for pos, token in enumerate(core.tokens) if pos not in worded
            and token not in vocab.determiners}
    while start < end and tokens[start] in said:
        start += 1
    while end > start and (tokens[end - 1] in said or tokens[end - 1] in vocab.determiners):
        end -= 1
    linking = vocab.question_words["linking"]
    if start == object_after and tokens[start:start + 1] in (["and"], ["or"]) and (
            start + 1 < end and vocab.can_be_verb(tokens[start + 1])):
        start += 2  # "to deter *and respond to* aggression": the verbs share the object
    while start < end and (tokens[start] in linking or tokens[start] in vocab.prepositions):
        start += 1
    while end > start and (tokens[end - 1] in vocab.determiners
                           or tokens[end - 1] in vocab.prepositions):
        end -= 1
    words = {pos for _, pos in fact.terms} | {pos for _, pos in fact.entities}
    if not words & set(range(start, end)):
        # only a figure: 'what' asks for a thing, 'how much' for a figure, unless the
        # question names what the figure measures ('what was *the original forecast*')
        return _figure_of_named(alignment, fact, core, range(start, end), vocab)
    if end == start + 1 and start - 1 in marked and start - 1 not in fact.verbs and (
            tokens[start - 1] not in vocab.prepositions):  # 'towards *Venus*' is its object
        return None  # 'what does the new terminal have': not the noun the question's word
        # only modifies in the fact ('a 19-gate terminal *building*')
    return _words(statement, start, end) if start < end else None


def _figure_of_named(alignment: Alignment, fact: Analysis, core: Analysis,
                     stretch: range, vocab: Vocabulary) -> str | None:
    """The one figure a stretch of the fact holds, when the store says it measures a thing
    the question names: "what was the original fare forecast" is answered by '3%' of 'the
    original fare forecast was 3%', as 'how much was it' would be; a date is of its event,
    and names nothing measured."""
    read = [m for m in fact.quantities if m.start < stretch.stop and m.end > stretch.start]
    if len(read) != 1 or read[0].dimension == _DATE:
        return None
    recorded = [q for q in alignment.fact.quantities if q.dimension == read[0].dimension
                and same_value(q.value, read[0].value) and q.measure & core.term_set]
    return _in_context(recorded[0], vocab, alignment.fact.fact.statement) if recorded else None


def _object_position(alignment: Alignment, fact: Analysis, core: Analysis,
                     vocab: Vocabulary) -> int | None:
    """Where the object of the question's verb starts in the fact, when the question
    ends with that verb ('what does the exit *reflect*', 'what will it pay for'): right
    after the fact's word for it."""
    last = max(core.terms, key=lambda item: item[1], default=None)
    if last is None or last[0] not in _question_verbs(core, vocab) or any(
            pos > last[1] for _, pos in core.entities) or (
            core.tokens[last[1] - 1] in vocab.prepositions  # "as their reason for *leaving*"
            and core.tokens[last[1] - 1] != "to"):  # "trying *to deter*" takes an object
        return None
    step = next((s for s in alignment.steps if s.kind == "word" and s.key == last[0]
                 and s.relation in _HELD), None)
    if step is None:
        return None
    compiled = alignment.fact
    spots = [pos + len(tokenise(step.fact)) for term, pos in fact.terms
             if compiled.word_for(term) == step.fact]
    return max(spots, default=None)


def _kind_named(alignment: Alignment, gap: Gap, core: Analysis,
                vocab: Vocabulary) -> str | None:
    """'What kind of mines?' is answered by a fact that says which: the words right
    before the noun that the question does not already have ('anti-tank mines'), or the
    fact's own, more specific noun ('what type of aircraft': 'fighter jet')."""
    # The asked noun phrase: the words right after 'what kind of' (past any names), up to
    # the first word that is not a term or is the question's verb.
    at = {pos: t for t, pos in core.terms}
    position = _past_names(core, max(gap.span) + 1)
    asked_terms: list[str] = []
    while position in at and at[position] not in _question_verbs(core, vocab):
        asked_terms.append(at[position])
        position += 1
    if not asked_terms:
        return None
    # the head of "anti-tank mines" is "mines"
    found = _held_word(alignment, asked_terms[-1], vocab)
    if found is None:
        return _apposed(alignment, core, vocab) if asked_terms[-1] in _kind_of_names(
            core, gap, vocab) else None
    step, fact, spots = found
    if step.via.endswith("derivation"):
        return None  # "what kind of ship": the 'board' of 'harbour board' names no ship
    statement = alignment.fact.fact.statement
    asked = core.term_set
    at = {p: t for t, p in fact.terms}
    # the fact's word that another word of the question holds ('what sort of vessel were
    # the NATO *ships* trying to board': 'ships') is what the question already names
    said_again = any(s.kind == "word" and s.fact == step.fact and s.key != step.key
                     and s.relation in _HELD for s in alignment.steps)
    # the words before the noun stop at a coordinator ('the skyline, *plus* specially
    # commissioned artwork'): what stands before it is another thing
    coordinators = vocab.question_words["coordinators"]
    for pos in spots:
        first, last = pos, pos + 1
        while first - 1 in at and at[first - 1] not in asked and (
                fact.tokens[first - 1] not in coordinators):
            first -= 1
        if step.relation == Relation.FORWARD and (said_again or _is_verb_at(fact, pos, vocab)
                                                  or _bare_predicate(fact, pos, vocab)):
            continue  # 'from *boarding* a trawler' is no sort of organisation (a board), nor
            # 'is *endemic* in' a sort of disease (an endemic)
        if step.relation == Relation.FORWARD:  # the fact names a kind of it: "fighter jet"
            while last in at and at[last] not in asked and not vocab.looks_like_verb(
                    fact.tokens, last):
                last += 1
        if (first, last) == (pos, pos + 1) and step.relation != Relation.FORWARD and (
                fact.predicate_at is not None and fact.predicate_at < pos
                and last + 1 < len(fact.tokens) and fact.tokens[last].endswith("ed")
                and vocab.can_be_verb(fact.tokens[last])
                and fact.tokens[last + 1] in vocab.prepositions):
            # 'is a disease *carried by mosquitoes*': a past participle and its preposition
            # after a noun that follows the verb say which kind ('the terminal *opened* in
            # April' is the verb)
            last = len(fact.tokens)
        said = _words(statement, first, last)
        if ((first, last) != (pos, pos + 1) or step.relation == Relation.FORWARD) and (
                fold(said) != fold(step.claim)):  # 'terminal' says no sort of terminal
            return said
    # "what sort of ship did NATO vessels try to board": the fact's 'ships' are the NATO
    # vessels (another word of the question, or a name it gives, holds them), so the kind
    # of ship asked about is the other noun it names that is a kind of ship ('oil tanker')
    named = set(core.entity_ids)
    if not said_again and not any(
            entity_id in named and fact.entity_ends.get(start) in spots
            for entity_id, start in fact.entities):
        return None
    kinds = {term for term, (relation, _) in vocab.links(
        core.raw_terms.get(asked_terms[-1], ""), narrower=True).items() if relation == "forward"}
    for term, pos in fact.terms:
        if term in kinds and pos not in spots and not _bare_predicate(fact, pos, vocab):
            first = pos
            while first - 1 in at and at[first - 1] not in asked:
                first -= 1
            return _words(statement, first, pos + 1)
    return None


def _bare_predicate(fact: Analysis, position: int, vocab: Vocabulary) -> bool:
    """A singular word right after a copula, with no determiner ('malaria is *endemic*'),
    is said as an adjective, not as a noun for a kind of thing ('is *a* disease')."""
    return position > 0 and fact.tokens[position - 1] in vocab.be_forms and not _plural(
        fact.tokens[position])


@lru_cache(maxsize=64)
def _kind_of_names(core: Analysis, gap: Gap, vocab: Vocabulary) -> frozenset[str]:
    """'What sort of *firms* are Turner and FlatironDragados': the noun asked is only the
    kind the question's names are, and the question says nothing else of them, so the fact
    need not say it; the sort is the noun the fact puts before the names (_apposed)."""
    if gap.form is None or not gap.form.modifier or not core.entity_ids:
        return frozenset()
    at = {pos: (t, core.tokens[pos]) for t, pos in core.terms}
    position = max(gap.span) + 1
    if position not in at or len(core.terms) != 1:
        return frozenset()
    term, noun = at[position]
    kind = vocab.kind_nouns.get(noun)
    rest = [t for t in core.tokens[position + 1:] if t not in vocab.be_forms]
    names = analyse(" ".join(rest), vocab) if rest else None
    if kind is None or names is None or names.terms or not all(
            vocab.entities[e].kind == kind for e in core.entity_ids):
        return frozenset()
    return frozenset({term})


def _apposed(alignment: Alignment, core: Analysis, vocab: Vocabulary) -> str | None:
    """The nouns a determiner opens right before the first name the question gives ('a
    joint venture of *the contractors* Turner and FlatironDragados': 'contractors')."""
    fact = read_statement(alignment.fact.fact.statement, vocab)
    named = set(core.entity_ids)
    at = {pos: t for t, pos in fact.terms}
    for entity_id, start in fact.entities:
        if entity_id not in named:
            continue
        first = start
        while first - 1 in at and not vocab.can_be_verb(fact.tokens[first - 1]):
            first -= 1
        if first < start and first and fact.tokens[first - 1] in vocab.determiners and (
                not _clause_after_names(fact, start, vocab)):
            return _words(alignment.fact.fact.statement, first, start)
        return None
    return None


def _clause_after_names(fact: Analysis, start: int, vocab: Vocabulary) -> bool:
    """The names from ``start`` on are the subject of a clause ('the piers *Harbourline is
    repairing*'), so the noun before them is what the clause is about, not theirs."""
    position = fact.entity_ends.get(start, start + 1)
    while position < len(fact.tokens) and fact.tokens[position] in ("and", "or") and (
            position + 1 in fact.entity_ends):
        position = fact.entity_ends[position + 1]
    return position < len(fact.tokens) and (fact.tokens[position] in vocab.auxiliaries
                                            or position in fact.verbs)


def _reason(alignment: Alignment, core: Analysis, vocab: Vocabulary) -> str | None:
    """The fact's reason clause ('to strengthen its national security', 'because ...'),
    when it says something the question does not."""
    statement = alignment.fact.fact.statement
    fact = read_statement(statement, vocab)
    marked = _matched_positions(alignment, fact, core, vocab)
    content = {pos for _, pos in fact.terms}
    tokens = fact.tokens
    # where the fact says the question's verbs ('why did Harbourline *repair* the ramp')
    doing: set[int] = set()
    for verb in _question_verbs(core, vocab):
        found = _held_word(alignment, verb, vocab)
        if found is not None:
            doing.update(found[2])
    for start in range(len(tokens)):
        for marker in vocab.reason_markers:
            end = start + len(marker)
            if tuple(tokens[start:end]) != marker:
                continue
            if marker == ("to",) and not (end < len(tokens) and vocab.can_be_verb(tokens[end])):
                continue  # "to" of a purpose, not of a direction
            if marker == ("to",) and _takes_infinitive(fact, start, vocab):
                continue  # "they *intend to* withdraw", "is *due to* start": what is meant, not why
            # "After the incidents, over 1,200 workers ...": a fronted clause ends at its
            # comma and explains what follows it; any other explains what comes before it,
            # not a word inside it ('what is the purpose of the tanker': the flyby's purpose
            # mentions a tanker)
            clause = _words(statement, start, len(tokens))
            if start == 0:
                clause = clause.split(",")[0]
            stop = start + len(tokenise(clause))
            said = content & set(range(end, stop))
            explained = [p for p in marked if p >= stop] if start == 0 else [
                p for p in marked if p < start]
            inside = {p for p in doing if start <= p < stop}
            if said - marked and explained and not (inside and inside == doing):
                return clause  # 'hired divers *to inspect and repair the ramp*' says why
                # they were hired, not why the ramp was repaired
    return _cause_before_result(statement, fact, marked, content, vocab)


def _cause_before_result(statement: str, fact: Analysis, marked: set[int],
                         content: set[int], vocab: Vocabulary) -> str | None:
    """'The event is still unfolding*, so* monitoring is continuing': a clause that a
    comma and a word of result (questions.json result_markers) join to the one before it
    says the result of that one, which is its reason, when the question's pieces are all
    in the result and the cause says something they do not."""
    results = vocab.question_words["result_markers"]
    for at, token in enumerate(fact.tokens):
        if token in results and at and _after_comma(statement, at) and marked and all(
                p > at for p in marked) and content & set(range(at)):
            return _words(statement, 0, at) or None
    return None


def _means_before_purpose(alignment: Alignment, core: Analysis,
                          vocab: Vocabulary) -> str | None:
    """For 'how', the act a fact says is done for the question's own act: 'how does the
    library plan to *fund* the roof' is answered by '(is) *seeking grants* to fund the
    roof', the words between the fact's last piece the question lined up with before its
    purpose 'to' and that 'to'."""
    statement = alignment.fact.fact.statement
    fact = read_statement(statement, vocab)
    marked = _matched_positions(alignment, fact, core, vocab)
    content = {pos for _, pos in fact.terms} | {pos for _, pos in fact.entities}
    linking = vocab.question_words["linking"]
    for verb in _question_verbs(core, vocab):
        found = _held_word(alignment, verb, vocab)
        for spot in found[2] if found is not None else ():
            to = spot - 1
            if to < 1 or fact.tokens[to] != "to" or _takes_infinitive(fact, to, vocab):
                continue
            start = max((p + 1 for p in marked if p < to), default=0)
            while start < to and (fact.tokens[start] in linking
                                  or fact.tokens[start] in vocab.auxiliaries):
                start += 1
            if content & set(range(start, to)) and not marked & set(range(start, to)):
                return _words(statement, start, to)
    return None


def _takes_infinitive(fact: Analysis, to: int, vocab: Vocabulary) -> bool:
    """The 'to' at ``to`` completes the word before it: an active verb ('decided *to*
    leave', not the passive 'was built *to* protect') or a word of what is planned ('due
    *to*', 'set *to*'), but not a verb of intent in the passive, which says what its
    subject is for ('replacing it *is intended to* cut costs')."""
    tokens = fact.tokens
    before = to - 1
    if before < 0:
        return False
    passive = before > 0 and tokens[before - 1] in vocab.be_forms
    if passive and tuple(tokens[before:to + 1]) in vocab.intended:
        return False
    if vocab.status_of(tokens[before:to + 1]) == "prospective":
        return True
    return before in fact.verbs and not passive
