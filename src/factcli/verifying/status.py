"""Status and time: done against planned or under way, schedules and deadlines, tense,
'not yet', the same or another time, date or year, one more time, a figure of another
time, continuity, an act the fact only names, and a verb of little meaning in the place
of the fact's own act.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from factcli.index import CompiledFact
from factcli.logic import Relation
from factcli.text import Analysis, fold, in_past, is_passive_at, read_statement, stem, tokenise
from factcli.verifying.alignment import (
    _CONTRADICTS,
    _HOLDS,
    _OF_ANOTHER_TIME,
    Alignment,
    Step,
    _fact_term,
    _held_terms,
)
from factcli.verifying.readings import adds_one_more
from factcli.wordnet import KIND_OF_OPPOSITE, OPPOSITE_SENSE

if TYPE_CHECKING:
    from factcli.vocabulary import Vocabulary


def _same_time(reading: Analysis, compiled: CompiledFact, vocab: Vocabulary,
               result: Alignment) -> None:
    """'came on the same day as its lunar pass': a claim that two things share a time says
    something a fact that does not say so leaves open ('same' alone is a word of no
    content: 'announced the same intention')."""
    if "same" not in reading.tokens:
        return  # nearly every claim
    at = next((pos for pos, (token, unit) in enumerate(pairwise(reading.tokens))
               if token == "same" and unit in vocab.relative_units), None)
    if at is None or "same" in read_statement(compiled.fact.statement, vocab).tokens:
        return
    said = " ".join(reading.tokens[at:at + 2])
    result.steps.append(Step("figure", "#" + said, said, "", Relation.INDEPENDENT,
                             "no time to compare"))


def _at_another_time(reading: Analysis, result: Alignment) -> None:
    """'Lithuania joined the convention in 2003' against 'has decided to pull out of it':
    opposite acts at different times are no contradiction, and a date the fact does not
    give, or gives otherwise, may be another time ('prices will fall in 2026' against
    'prices will rise in 2025')."""
    if not reading.quantities:
        return  # most claims give no figure: nothing to settle, and this runs per fact
    dates = _date_keys(reading)
    if not dates or not any(s.key in dates and s.relation not in _HOLDS for s in result.steps):
        return
    opposite = [s for s in result.steps if s.kind == "word" and s.key in reading.verb_terms
                and s.relation == Relation.ALTERNATION
                and s.via in ("WordNet antonym", OPPOSITE_SENSE, KIND_OF_OPPOSITE,
                              "factcli lexicon antonym")]
    if not opposite:
        return
    # the opposite act's date is its own, so it contradicts the fact's no more than the act
    result.steps[:] = [
        s._replace(relation=Relation.INDEPENDENT, via="at another time")
        if s in opposite or (s.key in dates and s.relation in _CONTRADICTS) else s
        for s in result.steps]


def _later_change(reading: Analysis, compiled: CompiledFact, vocab: Vocabulary,
                  result: Alignment) -> None:
    """'Prices will rise by 10% in 2024' against 'prices rose 12% in 2023': a rise or a
    fall is told of its own time, so one the claim puts to come, after the year in which
    the fact tells of one done, is another change: neither its year nor its size is the
    fact's ('sales are expected to keep falling in 2024' against 'fell in 2023')."""
    if not reading.quantities:
        return  # most claims give no figure: nothing to settle, and this runs per fact
    dates = _date_keys(reading)
    if not any(s.key in dates and s.relation in _CONTRADICTS for s in result.steps):
        return
    changed = any(s.kind == "word" and s.relation in _HOLDS and s.key in reading.verb_terms
                  and reading.raw_terms.get(s.key) in vocab.change_verbs for s in result.steps)
    if not changed or vocab.status_of(reading.tokens) != "prospective":
        return
    fact = read_statement(compiled.fact.statement, vocab)
    if not fact.past or vocab.status_of(fact.tokens) == "prospective":
        return
    claimed = [q.value for q in reading.quantities if q.dimension == "date"]
    told = [q.value for q in compiled.quantities if q.dimension == "date"]
    if not told or min(claimed) <= max(told):
        return
    result.steps[:] = [
        s._replace(relation=Relation.INDEPENDENT, via="at another time")
        if s.kind == "figure" and s.relation in _CONTRADICTS else s for s in result.steps]


def _date_keys(reading: Analysis) -> set[str]:
    """The keys of the steps that hold the claim's dates."""
    return {"#" + q.text for q in reading.quantities if q.dimension == "date"}


def _one_more_time(reading: Analysis, vocab: Vocabulary, result: Alignment) -> None:
    """'GDP will grow by 1.25% in 2026 as well' against 'by 1.25% in 2025': a claim that
    says it adds one more time ('as well', 'too', 'also') does not deny the fact's."""
    if not reading.quantities or not adds_one_more(reading, vocab):
        return  # nearly every claim
    dates = _date_keys(reading)
    if not any(s.key in dates and s.relation in _CONTRADICTS for s in result.steps):
        return
    # … nor the figures it gives for that time ('by 1.25%' against its previous 1%)
    result.steps[:] = [
        s._replace(relation=Relation.INDEPENDENT, via="one more time")
        if s.kind == "figure" and s.relation in _CONTRADICTS else s for s in result.steps]


def _of_another_time(reading: Analysis, compiled: CompiledFact, result: Alignment,
                     vocab: Vocabulary) -> None:
    """'The plant will produce 600,000 tons a year' against 'before Century joined, the
    plant was planned for 600,000 tons': a figure one sentence gives for an earlier time
    ('originally', 'a year earlier') and the other for its own says nothing of the other's,
    so it neither holds nor contradicts it, unless the other is in the past too. A date or
    a span of time is no figure that changes: it is the time itself ('before it closed, it
    had run for 45 years')."""
    figures = [s for s in result.steps if s.kind == "figure" and s.fact]
    if not figures:
        return  # nearly every candidate
    claim_former = vocab.of_former_time(reading.tokens)
    if claim_former == _of_former_time(compiled.fact.statement, vocab):
        return
    # 'the observatory budgeted 4 million': the past may be that earlier time (not a
    # sentence that says it tells what holds now: 'now that Century has joined, …')
    other = read_statement(compiled.fact.statement, vocab) if claim_former else reading
    if other.past and not vocab.says_now(other.tokens) and not _ends_a_change(other, vocab):
        return
    times = {"#" + q.text for q in reading.quantities if q.dimension in ("date", "duration")}
    result.steps[:] = [
        s._replace(relation=Relation.INDEPENDENT, via=_OF_ANOTHER_TIME)
        if s in figures and s.key not in times else s for s in result.steps]


def _ends_a_change(reading: Analysis, vocab: Vocabulary) -> bool:
    """'Capacity has been increased to 750,000 tons': a figure a change ends on is what
    holds after it, not at the earlier time the change was made from."""
    tokens = reading.tokens
    return any(q.start > 1 and tokens[q.start - 1] == "to" and any(
        t in vocab.change_verbs for t in tokens[max(0, q.start - 4):q.start - 1])
        for q in reading.quantities)


@lru_cache(maxsize=4096)  # of each fact, asked for with every claim that gives a figure
def _of_former_time(statement: str, vocab: Vocabulary) -> bool:
    return vocab.of_former_time(tokenise(statement))


def _dated_later(compiled: CompiledFact, result: Alignment, vocab: Vocabulary) -> None:
    """'Juice's Moon flyby was on 20 August' against 'the Moon pass lined Juice up for its
    nearest approach to Earth a day later, at 3:26 on 21 August': a figure after 'later'
    ('then', 'afterwards') dates the event said just before it, so it says nothing of the
    date of a claim that does not name that event ('Juice passed the Moon on 21 August')."""
    if not any(s.kind == "figure" and s.fact for s in result.steps):
        return  # nearly every candidate
    said = read_statement(compiled.fact.statement, vocab)
    tokens = said.tokens
    later = next((pos for pos, token in enumerate(tokens) if token in vocab.sequence), None)
    if later is None:
        return
    window = range(max(0, later - _EVENT_WORDS), later)
    # the words that tell the later event from the one before it ('outer' channel)
    before = {t for t, pos in said.terms if pos < window.start} | {
        "@" + e for e, pos in said.entities if pos < window.start}
    event = ({t for t, pos in said.terms if pos in window} | {
        "@" + e for e, pos in said.entities if pos in window}) - before
    held = _held_terms(result, compiled)
    if event & held:
        return
    result.steps[:] = [
        s._replace(relation=Relation.INDEPENDENT, via="a date of the later event")
        if s.kind == "figure" and s.fact
        and later < _position(fold(s.fact).split()[0], tokens) else s
        for s in result.steps]


_EVENT_WORDS = 6  # words before 'later' that say which event it dates


def _position(word: str, tokens: list[str]) -> int:
    return tokens.index(word) if word in tokens else -1


_OTHER_DATE = ("another month", "another day")
# the days of a date with no year: '17 to 22' of '17 to 22 August'
_DAYS = re.compile(r"(?:[1-9]|[12]\d|3[01])(?: to (?:[1-9]|[12]\d|3[01]))?")


def _same_year(reading: Analysis, result: Alignment, vocab: Vocabulary) -> None:
    """'topped out in June 2023' against 'in December 2023': with the year agreeing, the
    other month is a contradiction; with another year it may be another date. With no
    year on either side, the month contradicts only a fact that says everything else the
    claim says ('unveiled the renderings in August' against 'in June'). A day beside the
    claim's month ('on 17 March', 'March 17') is part of that date, no figure of its own
    the fact fails to give: it goes with its month."""
    if not any(s.via in _OTHER_DATE for s in result.steps):
        return  # most claims name no month: nothing to settle, and this runs per fact
    of_month = _days_beside_months(reading, vocab)
    agreed = any(s.kind == "figure" and s.relation in _HOLDS and s.claim[-4:].isdigit()
                 for s in result.steps)
    # 'from 17 to 22 September' against 'from 17 to 22 August': the days agree
    statement = " ".join(tokenise(result.fact.fact.statement))
    days = [s for s in result.steps if s.kind == "figure" and _DAYS.fullmatch(s.claim)
            and re.search(rf"\b{s.claim} [a-z]+", statement)]
    agreed = agreed or bool(days)
    rest = [s for s in result.steps if s.via not in _OTHER_DATE and s not in days
            and s.key not in of_month]
    # ('Natural England issued its statement on a Monday': a name is a piece said too; a
    # figure the fact gives as well only ties the claim closer to its occasion: 'some 8,000
    # hectares are covered up to 30 June' against 'up to 31 May')
    undated = all(s.relation in _HOLDS for s in rest) and any(
        s.kind == "word" for s in rest) and sum(s.kind in ("word", "entity") for s in rest) >= 2
    if agreed or undated:
        result.steps[:] = [s._replace(relation=Relation.ALTERNATION)
                           if s.via in _OTHER_DATE else s for s in result.steps]
    # ('claim says 17 March; the article says April')
    at = {term: pos for term, pos in reading.terms}
    for month in [s for s in result.steps if s.via == "another month"]:
        day = next((s for s in result.steps if s.kind == "figure"
                    and of_month.get(s.key, -1) == at.get(month.key)), None)
        if day is not None:
            result.steps[:] = [s._replace(claim=_date_text(day.claim, month.claim))
                               if s is month else s for s in result.steps if s is not day]


def _date_text(day: str, month: str) -> str:
    """'17 March' from the day's text ('17', 'march 17') and the month's."""
    number = next((word for word in day.split() if word[:1].isdigit()), day)
    return f"{number} {month}"


_DAYS_IN_A_MONTH = 31


@lru_cache(maxsize=64)  # of the claim alone, and asked for with each candidate fact
def _days_beside_months(reading: Analysis, vocab: Vocabulary) -> dict[str, int]:
    """The keys of the claim's figures that are the day of a month named beside them
    ('17 March', 'March 17', '17 of March'), each with where its month stands."""
    tokens = [*reading.tokens, "", ""]
    days = {}
    for q in reading.quantities:
        if q.dimension != "count" or q.value != int(q.value) or not (
                1 <= q.value <= _DAYS_IN_A_MONTH):
            continue
        month = next((at for at in (q.start, q.end, q.end + 1) if tokens[at] in vocab.months
                      and (at != q.end + 1 or tokens[q.end] == "of")), None)
        if month is not None:
            days["#" + q.text] = month
    return days


@lru_cache(maxsize=64)  # of the claim alone, and asked for with each candidate fact
def _supposed_terms(reading: Analysis) -> frozenset[str]:
    """The claim's own terms said only as a condition ('once Juice reaches Jupiter')."""
    return frozenset(t for t, pos in reading.terms if pos in reading.hypothetical)


def _align_status(reading: Analysis, compiled: CompiledFact, result: Alignment,
                  vocab: Vocabulary) -> None:
    """'The bridges have already been renovated' against 'will be renovated by 2028' or
    'once they are renovated'; a claim's word the fact says only as a condition ('once
    Juice reaches Jupiter') is not stated by it."""
    # most facts suppose nothing: then no step's fact word needs looking up
    supposed = [s for s in result.steps if s.kind == "word" and s.relation in _HOLDS
                and _fact_term(s, compiled) in compiled.hypothetical
                and s.key not in _supposed_terms(reading)] if compiled.hypothetical else []
    prospective = bool(supposed) or compiled.status == "prospective" or any(
        q.qualifier == "by" for q in compiled.quantities)
    # The act said to be done must be the fact's: 'has already begun laying mines' says
    # nothing of the 'procuring' a fact plans. It is what 'already' goes before ('thanks to
    # its launch, Juice already had fuel': the having, not the launch); 'completed' only
    # says how far it got ('has completed its Venus encounter'). With no verb of its own,
    # only a word of completion says anything was done ('already complete', not 'already
    # had extra fuel', a state).
    acts, done_acts = _claimed_acts(reading, vocab)
    act_held = any(s.key in acts and s.relation in _HOLDS for s in result.steps) if acts else (
        bool(reading.verb_terms & vocab.aspectual))
    # 'Lithuania has renovated eight bridges', 'the road was rebuilt in 2023': the perfect
    # or the past says done the very act the fact plans, in its own word or, as the
    # claim's predicate, in another for it ('has spent' what it will invest; not 'includes
    # reconstructed road'), but for a word of committing means to the act ('has
    # earmarked money' to invest is done, though the lexicon puts it with investing)
    # ('was finished': the claim says done the finishing; 'the works have been completed',
    # the works, as the finishing, are done). The plain past is read so only of a claim
    # the fact says all of, but for when.
    whole = all(s.relation in _HOLDS for s in result.steps
                if s.kind in ("word", "entity", "role"))
    # ('was completed' against 'should be finished': one aspect, whichever word says it)
    perfect = reading.status is None and _may_say_done(reading) and any(
        s.key in done_acts and s.relation in _HOLDS
        and (_same_word(s.claim, s.fact, vocab) or s.key in vocab.aspectual
             or (s.claim not in vocab.committing and _predicate_term(s.key, reading, vocab)))
        and (_after_have(s.key, reading, vocab) or (
            whole and _said_as_past(s.key, reading, vocab)
            and _to_come(s.fact, compiled, vocab)))
        for s in result.steps)
    # 'Juice's Earth flyby was in January 2029' against 'it will pass Earth again in
    # January 2029': a dated event the claim says was (or had: 'Juice had an encounter
    # with Venus in August 2025'), which the fact says is to come
    dated_past = whole and not reading.verb_terms and reading.predicate_at is not None and (
        reading.tokens[reading.predicate_at] in ("was", "were", "had")) and any(
        s.kind == "figure" and s.relation in _HOLDS for s in result.steps)
    # 'the second phase is finished', 'the works are complete': a word of finishing after
    # a present 'be' says the act done by now, as the perfect does
    done_now = reading.status is None and any(
        s.key in vocab.aspectual and s.relation in _HOLDS
        and _after_present_be(s.key, reading, vocab) for s in result.steps)
    finished = _finished_in_other_words(reading, result, vocab)
    done = reading.status == "completed" or perfect or dated_past or done_now or (
        prospective and finished is not None) or _not_yet(reading)
    act_held = act_held or dated_past or (
        prospective and _planned_figure_done(reading, acts, result))
    # ('the Treasury's warning was issued in 2023' against 'the Treasury had warned the
    # project would cost NZ$4 billion': the fact tells of the warning as done; its 'would'
    # is of what was warned of)
    planned = done and prospective and act_held and not _same_act_done(
        reading, compiled, vocab) and not _any_in_past(
            _fact_words_of_done_act(reading, compiled, result, vocab), compiled, vocab)
    if planned and _not_yet(reading) and _none_of_the_figure(reading, result, vocab):
        # 'has not yet invested any money' against 'expects to invest $1 billion in total':
        # a plan for a whole says nothing of whether a part is done already
        result.steps.append(Step("status", "", "none of it done yet", "planned",
                                 Relation.REVERSE,
                                 "the article plans the whole, not that none of it is done"))
    elif planned:
        _done_before_deadline(result)
        if finished is not None:
            result.steps.remove(finished)
        result.steps.append(Step("status", "", "done already", "planned or still to come",
                                 Relation.ALTERNATION, "planned, not done"))
    elif finished is not None and _going_on_now(result, compiled):
        # 'NextEra has already completed its purchase of the stake' against 'the stake
        # that NextEra is buying': what is still going on is not finished
        result.steps.remove(finished)
        result.steps.append(Step("status", "", "done already", "still going on",
                                 Relation.ALTERNATION, "going on, not done"))
    elif reading.status == "completed" and not _said_as_done(reading, compiled, result,
                                                               vocab):
        result.steps.append(Step("status", "", "done already", "", Relation.REVERSE,
                                 "the article does not say it is done"))
    elif (reading.status == "prospective" and whole and compiled.past and not prospective
          and not compiled.purposes and not reading.hypothetical
          and _same_act(reading, compiled, result, vocab)):
        # 'Juice will be launched in April 2023' against 'was launched in April 2023': one
        # act at one time is not both done and to come; undated, it may come again
        dated = any(m.dimension == "date" for m in reading.quantities) and all(
            s.relation in _HOLDS for s in result.steps if s.kind == "figure")
        result.steps.append(Step("status", "", "still to come", "done already", *(
            (Relation.ALTERNATION, "done, not still to come") if dated else
            (Relation.REVERSE, "the article says it was done, not that it is to come"))))
    elif (prospective and reading.status is None and not reading.past and not supposed
          and (_says_it_has_now(reading, vocab)
               or _now_what_is_to_come(reading, compiled, result, vocab))):
        # 'Terminal 1 has 30 gates' against 'will reach 30 gates by early 2028'; 'the mill
        # currently employs 900 people' against 'is expected to employ 900 once expanded'
        result.steps.append(Step("status", "", "so now", "still to come", Relation.REVERSE,
                                 "the article says it is to come, not that it is so now"))
    elif supposed:
        result.steps.append(Step("status", "", supposed[0].claim, f"only supposed: "
                                 f"'{supposed[0].fact}'", Relation.REVERSE,
                                 "said only as a condition"))
    elif not prospective:
        _unrealised_against_done(reading, compiled, result, vocab)
    if prospective and not any(s.kind == "status" for s in result.steps):
        _whole_against_part(reading, compiled, result, vocab)
    if not prospective and not any(s.kind == "status" for s in result.steps):
        _possible_against_done(reading, compiled, result, vocab)
    _against_schedule(reading, compiled, result, vocab)
    _put_off_unsaid(reading, compiled, result, vocab)


def _planned_figure_done(reading: Analysis, acts: frozenset[str], result: Alignment) -> bool:
    """'The museum has already met its £100m target' against 'aims to raise £100 million',
    'has already opened its 150 new branches' against 'plans to add 150 new branches': the
    claim says done, in a verb of its own, what the fact plans, when all else it says is
    the fact's, a figure among it."""
    if reading.status != "completed" or not acts:
        return False  # nearly every claim
    rest = [s for s in result.steps if s.kind in ("word", "entity", "role", "figure")
            and s.key not in acts]
    return any(s.kind == "figure" for s in rest) and all(s.relation in _HOLDS for s in rest)


def _not_yet(reading: Analysis) -> bool:
    """'Is not yet running', 'does not link the districts yet': 'not … yet' denies, in any
    tense, that the act is done already, so it is what a fact that puts the act to come
    says ('will link the districts'), as 'has not yet linked' is."""
    return bool(reading.negations % 2) and "yet" in reading.tokens


def _none_of_the_figure(reading: Analysis, result: Alignment, vocab: Vocabulary) -> bool:
    """The claim denies any part of what a fact's figure measures: 'not … any money', 'no
    money', where 'money' stands for the fact's sum."""
    named = {s.key for s in result.steps if s.via == "names what the figure is"}
    return any(term in named and at and reading.tokens[at - 1] in vocab.denying_all
               for term, at in reading.terms)


def _finished_in_other_words(reading: Analysis, result: Alignment,
                             vocab: Vocabulary) -> Step | None:
    """The step of the claim's word of finishing ('construction was completed') when the
    claim says it done, in the past or the perfect, and the fact has no word for it though
    it says all the rest ('building work is planned to begin'): what the fact says is to
    come is not finished, in whatever words the fact plans it. A figure of the claim's the
    fact does not give, but for a date, is part of the rest ('has finished checks at 40
    sites' against 'plans to offer the checks to more sites'): another occasion of the act."""
    completion = next((s for s in result.steps if s.kind == "word" and s.key in vocab.aspectual
                       and s.relation == Relation.INDEPENDENT), None)
    if completion is None or not (_after_have(completion.key, reading, vocab)
                                  or _said_as_past(completion.key, reading, vocab)
                                  or reading.status == "completed"):
        return None  # nearly every claim
    # (a date is when the claim says it was finished: 'completed in 2023' is no occasion
    # of its own)
    dates = _date_keys(reading)
    rest = [s for s in result.steps if s is not completion and (
        s.kind in ("word", "entity", "role") or (s.kind == "figure" and s.key not in dates))]
    return completion if rest and all(s.relation in _HOLDS for s in rest) else None


def _going_on_now(result: Alignment, compiled: CompiledFact) -> bool:
    """The fact says an act the claim names as going on now, in the present progressive
    ('the stake that NextEra is buying', 'the piers are being rebuilt'): not yet finished."""
    tokens = tokenise(compiled.fact.statement)
    acts = {fold(s.fact).split()[0] for s in result.steps
            if s.kind == "word" and s.relation in _HOLDS and s.fact}
    for at, token in enumerate(tokens[2:], start=2):
        if token not in acts:
            continue
        if (token.endswith("ing") and tokens[at - 1] in _PRESENT_BE) or (
                tokens[at - 1] == "being" and tokens[at - 2] in _PRESENT_BE):
            return True
    return False


@lru_cache(maxsize=64)  # of the claim alone, asked with each candidate fact
def _claimed_acts(reading: Analysis, vocab: Vocabulary) -> tuple[frozenset[str], frozenset[str]]:
    """The claim's acts a status is said of (after 'already', where it stands before
    them), and those with its words of finishing ('completed')."""
    cue = next((pos for pos, t in enumerate(reading.tokens) if t in vocab.completive), None)
    acts = (reading.verb_terms | _after_auxiliary(reading, vocab)) - vocab.aspectual
    begun = _begun_acts(reading, vocab)
    if begun:
        # 'has already started producing hydrogen': what is under way is the producing
        acts = (acts - {term for term, _ in begun}) | {act for _, act in begun}
    if cue is not None and cue < len(reading.tokens) - 1:
        acts = acts & {t for t, pos in reading.terms if pos > cue}
    return acts, acts | (reading.verb_terms & vocab.aspectual)


def _begun_acts(reading: Analysis, vocab: Vocabulary) -> tuple[tuple[str, str], ...]:
    """Each claim verb of beginning with the act it begins, the verb in '-ing' right after
    it or the verb after its 'to' ('started producing', 'began to build'; not 'opened to
    visitors'): (beginning, act) terms."""
    at = {pos: term for term, pos in reading.terms}
    tokens = reading.tokens
    found = []
    for term, pos in reading.terms:
        if term not in reading.verb_terms or tokens[pos] not in vocab.inceptive_words:
            continue
        if pos + 1 in at and tokens[pos + 1].endswith("ing"):
            found.append((term, at[pos + 1]))
        elif tokens[pos + 1:pos + 2] == ["to"] and pos + 2 in at and (
                tokens[pos + 2] in vocab.verb_lemmas):
            found.append((term, at[pos + 2]))
    return tuple(found)


def _after_auxiliary(reading: Analysis, vocab: Vocabulary) -> frozenset[str]:
    """The claim's verbs an auxiliary shows, where the reading may have taken a noun for
    the verb ('the wind farms are already generating power', 'Corvia is not building the
    line yet'): a participle after 'be' or 'have', or any word after 'do' ('does not
    link the districts yet')."""
    tokens = reading.tokens
    found = set()
    for term, pos in reading.terms:
        at = vocab.auxiliary_before(tokens, pos)
        if at < 0:
            continue
        participle = tokens[pos].endswith("ing") or in_past(tokens, pos, vocab)
        if (participle and (tokens[at] in vocab.be_forms or tokens[at] in _HAVE)) or (
                tokens[at] in _DO):
            found.add(term)
    return frozenset(found)


_DO = frozenset({"do", "does", "did"})


def _possible_against_done(reading: Analysis, compiled: CompiledFact, result: Alignment,
                           vocab: Vocabulary) -> None:
    """'Keel Works may begin work' against 'Keel Works began work': what the claim says
    only may happen, the fact says was done, which does not say it may happen again.
    ('May have begun' says of the past what the fact says.)"""
    if vocab.possibility_words.isdisjoint(reading.tokens):
        return  # nearly every claim
    possible = {pos + 1: token for pos, token in enumerate(reading.tokens[:-1])
                if token in vocab.possibility_words and reading.tokens[pos + 1] != "have"}
    fact = tokenise(compiled.fact.statement)
    for step in result.steps:
        modal = next((possible[pos] for term, pos in reading.terms
                      if term == step.key and pos in possible), None)
        if step.kind != "word" or step.relation not in _HOLDS or not step.fact or not modal:
            continue
        said = fold(step.fact).split()[0]
        if any(token == said and in_past(fact, pos, vocab) for pos, token in enumerate(fact)):
            result.steps.append(Step("status", "", f"{modal} {step.claim}", "done already",
                                     Relation.REVERSE,
                                     "the article says it was done, not that it may be"))
            return


def _whole_against_part(reading: Analysis, compiled: CompiledFact, result: Alignment,
                        vocab: Vocabulary) -> None:
    """'The marina works are fully complete' against 'the third phase of the marina works
    will begin by 2031': a part still to come leaves the whole not done. Not of a claim
    that names a part itself ('the first phase is fully complete')."""
    completion = reading.term_set & vocab.aspectual
    if not completion or reading.status == "prospective" or reading.negations % 2 or (
            reading.hypothetical or compiled.negated):
        return  # nearly every claim
    cue = vocab.entirety_at(reading.tokens)
    if cue is None or not vocab.part_nouns.isdisjoint(reading.tokens) or (
            vocab.part_nouns.isdisjoint(tokenise(compiled.fact.statement))):
        return
    said = {t for t, pos in reading.terms if pos in cue} | completion
    rest = [s for s in result.steps
            if s.kind in ("word", "entity", "role") and s.key not in said]
    if not rest or any(s.relation not in _HOLDS for s in rest):
        return
    result.steps[:] = [s for s in result.steps if s.key not in said or s.relation in _HOLDS]
    result.steps.append(Step("status", "", " ".join(reading.tokens[cue.start:cue.stop]) + " done",
                             "a part still to come", Relation.ALTERNATION,
                             "a part still to come, not all done"))


@lru_cache(maxsize=64)  # of the claim alone, asked with each candidate fact
def _claimed_schedule(reading: Analysis, vocab: Vocabulary) -> tuple[str, range] | None:
    return vocab.schedule_of(reading.tokens)


@lru_cache(maxsize=64)
def _claimed_unrealised(reading: Analysis, vocab: Vocabulary) -> range | None:
    return vocab.unrealised_at(reading.tokens)


def _against_schedule(reading: Analysis, compiled: CompiledFact, result: Alignment,
                      vocab: Vocabulary) -> None:
    """'The pause put the job behind schedule' against 'the job stayed on schedule': what
    keeps to its timetable is not behind it, whichever words say so ('delayed', 'on
    time'); the other pieces, and each side's polarity, are weighed as for any word."""
    claimed = _claimed_schedule(reading, vocab)
    if claimed is None:
        return  # nearly every claim
    fact = tokenise(compiled.fact.statement)
    said = vocab.schedule_of(fact)
    if said is not None:
        _other_side(reading, claimed, fact, said, result, "on schedule, not behind it"
                    if said[0] == "kept" else "behind schedule, not on it")


def _against_continuity(reading: Analysis, compiled: CompiledFact, result: Alignment,
                        vocab: Vocabulary) -> None:
    """'Operators checked on Juice only occasionally' against 'watched Juice without a
    break': what went on without a break did not come and go, whichever words say so."""
    claimed = vocab.continuity_of(reading.tokens)
    fact = tokenise(compiled.fact.statement)
    said = vocab.continuity_of(fact)
    if claimed is not None and said is not None:
        _other_side(reading, claimed, fact, said, result, "without a break, not now and then"
                    if said[0] == "continuous" else "now and then, not without a break")


def _other_side(reading: Analysis, claimed: tuple[str, range], fact: list[str],
                said: tuple[str, range], result: Alignment, via: str) -> None:
    """The claim's words for one side of a two-sided cue against the fact's: the same
    side in other words ('constantly', 'without a break') is said, the other side is an
    alternation (each side's polarity is weighed as for any word)."""
    same = said[0] == claimed[0]
    words = {t for t, pos in reading.terms if pos in claimed[1]}
    result.steps[:] = [s for s in result.steps if s.key not in words or s.relation in _HOLDS]
    result.steps.append(Step(
        "status", "", " ".join(reading.tokens[claimed[1].start:claimed[1].stop]),
        " ".join(fact[said[1].start:said[1].stop]),
        Relation.EQUIVALENT if same else Relation.ALTERNATION,
        "the same in other words" if same else via))


_PRESENT_BE = frozenset({"is", "are", "am"})
_NOW = _PRESENT_BE | {"has", "have", "still"}
_THEN = frozenset({"was", "were", "had"})
_ACT_AFTER_DONE = 8  # 'has carried out a one-of-a-kind flyby': the verb, then its object


def _unrealised_against_done(reading: Analysis, compiled: CompiledFact, result: Alignment,
                             vocab: Vocabulary) -> None:
    """'The flyby has been postponed' or 'is still in the planning stage' against 'Juice has
    carried out the flyby'; 'Lithuania is considering leaving' against 'has decided to pull
    out': what the claim says is, now, put off or undecided, the fact says is done. Only
    of now: what 'was postponed' may have been done since."""
    cue = _claimed_unrealised(reading, vocab)
    if cue is None or compiled.negated or reading.negations % 2:
        return  # nearly every claim
    fact = tokenise(compiled.fact.statement)
    if vocab.unrealised_at(fact) is not None or not _put_off_but_done(
            reading, compiled, result, vocab, cue, fact):
        return  # the fact puts it off too, in other words, or does not say it is done
    said = " ".join(reading.tokens[cue.start:cue.stop])
    cue_terms = {t for t, pos in reading.terms if pos in cue}
    result.steps[:] = [s for s in result.steps if s.key not in cue_terms] + [
        Step("status", "", said, "done already", Relation.ALTERNATION, "done, not put off")]


def _put_off_unsaid(reading: Analysis, compiled: CompiledFact, result: Alignment,
                    vocab: Vocabulary) -> None:
    """A claim that says its act is put off or only planned ('the depot is still just a
    plan') is not said by a fact that does not put it off in any words: the cue's words
    may all be light ('plan'), which would leave the claim said by its subject alone. A cue
    that says only that the act is still to come ('has yet to publish') the fact says by
    putting the act to come ('will publish it next month')."""
    cue = _claimed_unrealised(reading, vocab)
    if cue is None or any(s.kind == "status" for s in result.steps):
        return  # nearly every claim
    if any(tuple(reading.tokens[cue.start:cue.start + len(p)]) == p for p in vocab.pending):
        acts = reading.verb_terms | {t for t, pos in reading.terms if pos == cue.stop}
        if _act_held_to_come(acts, compiled, result, vocab):
            return
    if vocab.unrealised_at(tokenise(compiled.fact.statement)) is None:
        result.steps.append(Step("status", "", " ".join(reading.tokens[cue.start:cue.stop]),
                                 "", Relation.REVERSE, "the article does not say it is put off"))


def _put_off_but_done(reading: Analysis, compiled: CompiledFact, result: Alignment,
                      vocab: Vocabulary, cue: range, fact: list[str]) -> bool:
    """The claim says now that its act is put off (``cue``), and the fact says, of all the
    rest of the claim, that the act was done."""
    before = set(reading.tokens[max(0, cue.start - 4):cue.start])
    if not before & _NOW or before & _THEN:
        return False
    if not (compiled.past or _perfect_in(fact, vocab)):
        return False  # the fact does not say it is done
    cue_terms = {t for t, pos in reading.terms if pos in cue}
    rest = [s for s in result.steps
            if s.kind in ("word", "entity", "role") and s.key not in cue_terms]
    if not rest or any(s.relation not in _HOLDS for s in rest):
        return False
    # the claim's act is what the fact says is done ('has carried out a flyby', 'was
    # launched'), not a word beside it ('on the trial run the tram came closest': the
    # coming is done, of the run nothing is said)
    # ('restoration work on the market has been completed': a passive's act is in its
    # subject, before it)
    done = [pos for pos in range(len(fact)) if in_past(fact, pos, vocab)]
    passive = {at for at in done if at and fact[at - 1] in vocab.be_forms}
    acts = {fold(s.fact).split()[0] for s in rest if s.kind == "word" and s.fact}
    return any(0 <= pos - at <= _ACT_AFTER_DONE
               or (at in passive and pos < at) for at in done
               for pos, token in enumerate(fact) if token in acts)


def _perfect_in(tokens: list[str], vocab: Vocabulary) -> bool:
    """The sentence has a verb in the perfect, whatever the verb ('has carried out',
    'have been approved'), not 'has' of having ('has 30 gates')."""
    for pos in range(1, len(tokens)):
        before = tokens[pos - 2] if tokens[pos - 1] == "been" and pos > 1 else tokens[pos - 1]
        if before in ("has", "have", "had") and (
                tokens[pos].endswith("ed") or tokens[pos] in vocab.irregular):
            return True
    return False


def _act_only_named(reading: Analysis, compiled: CompiledFact, result: Alignment,
                    vocab: Vocabulary) -> None:
    """'The council extended the line' against 'the council approved an extension of the
    line': the claim says done an act the fact only names with a noun, doing something
    else with it (approving, opposing), which the claim does not say."""
    if not reading.past or reading.status == "prospective" or not compiled.verbs:
        return
    held = {_fact_term(s, compiled) for s in result.steps
            if s.kind == "word" and s.relation in _HOLDS}
    unsaid = compiled.verbs - held
    if not unsaid:
        return
    named = next((s for s in result.steps if s.kind == "word" and s.relation in _HOLDS
                  and s.key in reading.verb_terms and s.via in _NOUN_FOR_VERB
                  and _fact_term(s, compiled) not in compiled.verbs), None)
    verb = None if named is None else _verb_of_object(named.fact, unsaid, compiled, vocab)
    if named is not None and verb is not None:
        result.steps.append(Step("status", "", named.claim, f"{verb} … {named.fact}",
                                 Relation.REVERSE, _ONLY_NAMED))


def _act_undone(reading: Analysis, compiled: CompiledFact, result: Alignment,
                vocab: Vocabulary) -> None:
    """'The mayor approved the levy' against 'the mayor revoked the approval of the levy':
    the claim says an act the fact names only as what its verb undoes ('revoked',
    'withdrew', 'cancelled'), so the fact does not say the act stands. Its doer did the
    opposite (the claim's own subject: a contradiction); of another subject ('the council
    approved the levy', whose approval it may have been) the claim is left open."""
    if reading.negations % 2 or compiled.negated:
        return
    said = read_statement(compiled.fact.statement, vocab)
    if vocab.undoing.isdisjoint(said.tokens):
        return  # nearly every fact
    if not vocab.undoing.isdisjoint(reading.tokens):
        return  # the claim says the act undone too ('rescinded the approval')
    undoing = frozenset(t for t, at in said.terms if said.tokens[at] in vocab.undoing)
    for step in result.steps:
        if step.kind != "word" or step.key not in reading.verb_terms or (
                step.relation not in _HOLDS) or _fact_term(step, compiled) in compiled.verbs:
            continue
        verb = _verb_of_object(fold(step.fact), undoing, compiled, vocab)
        if verb is not None:
            relation = Relation.ALTERNATION if result.same_subject else Relation.REVERSE
            result.steps.append(Step("status", "", step.claim, f"{verb} … {step.fact}",
                                     relation, _UNDONE))
            return


def _light_verb_for_another_act(reading: Analysis, compiled: CompiledFact,
                                result: Alignment, vocab: Vocabulary) -> None:
    """'The ferry took 300 people to the island' against 'the ferry line employs 300
    people on the island', 'the club wanted more pitches' against 'the park will gain
    pitches': a claim whose only verb is one of little meaning, done to a thing or a
    figure of things, still says an act, and the fact says another with its own verb,
    which the claim leaves unsaid. Not so when the object carries the act ('took steps',
    'made a decision', 'took part'), the fact's verb is held or is itself light, or the
    light verb reaches the fact's by WordNet ('gave' and 'provides')."""
    if reading.verb_terms or not compiled.verbs:
        return  # nearly every claim: it has a verb of its own
    light = _light_verb_at(reading, vocab)
    if light is None:
        return
    held = {_fact_term(s, compiled) for s in result.steps
            if s.kind == "word" and s.relation in _HOLDS}
    if held & compiled.verbs or compiled.verbs & set(vocab.links(reading.tokens[light],
                                                                 verb=True)):
        return
    act = min(compiled.verbs)  # any of them: the proof names one
    result.steps.append(Step("status", "", reading.tokens[light], compiled.word_for(act),
                             Relation.REVERSE, _ANOTHER_ACT))


@lru_cache(maxsize=64)  # of the claim alone, and asked for with each candidate fact
def _light_verb_at(reading: Analysis, vocab: Vocabulary) -> int | None:
    """Where the claim's verb of little meaning stands, when its object is a figure of
    things, straight after it, or a number more of them ('took 300 people', 'will take 40
    tonnes of grain', 'wanted more pitches'); None otherwise. A noun after it carries the
    act often enough ('argued for a cut', 'put a levy on fares', 'expects a boost') to be
    left alone, and a time or a sum is what such verbs weigh ('it took five years', 'got
    £5m')."""
    tokens = reading.tokens
    # a verb of the light list ('took', 'will take'), not any stopword verb ('includes')
    at = next((pos for pos, token in enumerate(tokens) if token in vocab.light and pos > 0
               and (vocab.is_empty_verb(token) or (tokens[pos - 1] in vocab.auxiliaries
                                                   and vocab.can_be_verb(token)))
               and not is_passive_at(tokens, pos, vocab)), None)
    if at is None or at + 1 >= len(tokens):
        return None
    said_next = tokens[at + 1]
    if said_next in vocab.differences:
        return at  # 'wanted more pitches'
    # the figure is the verb's object, its first word straight after it: 'got within 700
    # km of Earth' and 'got as close as 700 km' say a place, which the fact's verb may say
    counted = next((q for q in reading.quantities if q.start == at + 1), None)
    if counted is None or counted.dimension not in _OF_THINGS or not (
            said_next[:1].isdigit() or said_next in vocab.number_words):
        return None
    return at


# dimensions of a figure that counts or measures things, not a time, a sum or a rate
_OF_THINGS = frozenset({"count", "length", "area", "mass", "volume"})
_ANOTHER_ACT = "the article says another act, which the claim's verb does not say"


def _verb_of_object(noun: str, verbs: frozenset[str], compiled: CompiledFact,
                    vocab: Vocabulary) -> str | None:
    """The fact's word among ``verbs`` whose object ``noun`` is: after it, with no
    preposition between ('approved a 4.2 km extension', not 'lined Juice up for its
    approach')."""
    said = read_statement(compiled.fact.statement, vocab)
    tokens = said.tokens
    for term, at in said.terms:
        if term in verbs and at in said.verbs:
            for later in range(at + 1, len(tokens)):
                if tokens[later] == noun:
                    return tokens[at]
                if tokens[later] in vocab.prepositions or later in said.verbs:
                    break
    return None


_ONLY_NAMED = "the article names the act; it does not say it was done"
_UNDONE = "the article says the act was undone"
_NOUN_FOR_VERB = frozenset({"WordNet derivation", "same word family"})  # 'extension'/'extended'


def _done_before_deadline(result: Alignment) -> None:
    """'Completed in 2023' against 'should be finished by 2028': the claim's date is when it
    says the act was done, which the fact's deadline leaves to come; it is part of what
    the status contradicts, not a detail the fact leaves open."""
    result.steps[:] = [s._replace(relation=Relation.ALTERNATION, via="done then, not due by")
                       if s.kind == "figure" and s.relation == Relation.REVERSE
                       and s.fact.startswith("by ") else s for s in result.steps]


def _says_it_has_now(reading: Analysis, vocab: Vocabulary) -> bool:
    """The claim says what a thing has now, with no verb of an act ('Terminal 1 has 30
    gates'); what it is ('the package is worth 1.1 billion euros') a plan may already be."""
    at = reading.predicate_at
    counted = {q.end for q in reading.quantities}  # '30 gates', '40 stops': nouns counted
    acts = {pos for _, pos in reading.terms if pos in reading.verbs and pos not in counted}
    return at is not None and not acts and reading.tokens[at] in ("has", "have") and (
        not _perfect_in(reading.tokens, vocab))  # 'has announced' is no having


def _now_what_is_to_come(reading: Analysis, compiled: CompiledFact, result: Alignment,
                         vocab: Vocabulary) -> bool:
    """The claim says its act holds now ('currently employs', 'now runs') where the fact
    says the same act is to come ('is expected to employ', 'will run'): a state of the
    future is not one of today. Not when the fact too says what holds now. The act is the
    claim's verb, or the word right after the cue where the reading took a noun for the
    verb ('the trams currently run every hour')."""
    now = vocab.now_at(reading.tokens)
    if now is None:
        return False  # nearly every claim
    if vocab.says_now(read_statement(compiled.fact.statement, vocab).tokens):
        return False
    acts = reading.verb_terms | {t for t, pos in reading.terms if pos == now.stop}
    return _act_held_to_come(acts, compiled, result, vocab)


def _act_held_to_come(acts: frozenset[str], compiled: CompiledFact, result: Alignment,
                      vocab: Vocabulary) -> bool:
    """One of the claim's ``acts`` holds of a fact word that the fact puts to come ('will
    run', 'is expected to employ')."""
    return any(s.kind == "word" and s.key in acts and s.relation in _HOLDS
               and s.fact and _to_come(fold(s.fact).split()[0], compiled, vocab)
               for s in result.steps)


def _same_act(reading: Analysis, compiled: CompiledFact, result: Alignment,
              vocab: Vocabulary) -> bool:
    """The fact's verb is the claim's own word: another verb may be of another act ('will
    spend' what 'was allocated')."""
    return any(
        s.key in reading.verb_terms and s.relation in _HOLDS
        and _fact_term(s, compiled) in compiled.verbs and _same_word(s.claim, s.fact, vocab)
        for s in result.steps)


def _may_say_done(reading: Analysis) -> bool:
    """The claim has a verb in the past or the perfect, or a 'was'/'were': only then can
    it say an act was done (most claims need not be looked at word by word)."""
    return reading.past or not _THEN.isdisjoint(reading.tokens)


def _same_word(claimed: str, said: str, vocab: Vocabulary) -> bool:
    """One word in two forms: 'renovated', 'renovate'; 'rebuilt', 'rebuild'."""
    return stem(claimed) == stem(said) or bool(
        set(vocab.lemmas_of(fold(claimed))) & set(vocab.lemmas_of(fold(said))))


def _predicate_term(term: str, reading: Analysis, vocab: Vocabulary) -> bool:
    """The term is the claim's main verb: after 'has' or 'had', or where the predicate
    starts ('Lithuania spent'), not a participle after a determiner that describes a noun
    ('includes 113 km of reconstructed road')."""
    return _after_have(term, reading, vocab) or any(
        t == term and pos == reading.predicate_at and pos
        and reading.tokens[pos - 1] not in vocab.determiners
        and not reading.tokens[pos - 1][:1].isdigit() for t, pos in reading.terms)


_HAVE = frozenset({"has", "have", "had"})


def _after_have(term: str, reading: Analysis, vocab: Vocabulary) -> bool:
    """The term is a participle after 'has', 'have' or 'had' ('has been', passive): the
    perfect, with any 'not', 'yet' or 'already' between ('have not yet been renovated')."""
    tokens = reading.tokens
    for t, pos in reading.terms:
        if t != term:
            continue
        at = vocab.auxiliary_before(tokens, pos)
        if at >= 0 and tokens[at] == "been":
            at = vocab.auxiliary_before(tokens, at)
        if at >= 0 and tokens[at] in _HAVE:
            return True
    return False


def _after_present_be(term: str, reading: Analysis, vocab: Vocabulary) -> bool:
    """The term comes after 'is', 'are' or 'am' ('is finished', 'is not yet complete')."""
    return any(t == term and (at := vocab.auxiliary_before(reading.tokens, pos)) >= 0
               and reading.tokens[at] in _PRESENT_BE for t, pos in reading.terms)


def _said_as_past(term: str, reading: Analysis, vocab: Vocabulary) -> bool:
    """The term is a participle after 'was' or 'were' (the past passive), or the
    sentence's verb in the past: 'renovated'."""
    tokens = reading.tokens
    for t, pos in reading.terms:
        if t != term or not pos:
            continue
        before = tokens[pos - 1]
        if before in ("was", "were"):
            return True
        # … with a subject before it: 'eight renovated bridges' says what kind of bridges
        subject = any(p < pos for _, p in reading.terms + reading.entities)
        if subject and pos == reading.predicate_at and pos in reading.verbs and in_past(
                tokens, pos, vocab) and before not in vocab.auxiliaries:
            return True
    return False


def _same_act_done(reading: Analysis, compiled: CompiledFact, vocab: Vocabulary) -> bool:
    """'Lithuania has already announced an investment' against 'has announced it will
    invest': what the claim says is done, the fact says is done in the same word, whatever
    it goes on to say is still to come."""
    fact = tokenise(compiled.fact.statement)
    # not a participle after 'be' or a modal: 'should be finished by 2028' is to come
    said = {fact[pos] for pos in range(len(fact)) if in_past(fact, pos, vocab) and not (
        pos and (fact[pos - 1] in vocab.be_forms or fact[pos - 1] in vocab.auxiliaries)
        and fact[pos - 1] not in ("has", "have", "had"))}
    return any(reading.tokens[pos] in said for pos in _done_at(reading, vocab))


def _done_at(reading: Analysis, vocab: Vocabulary) -> list[int]:
    """Where the claim has a verb in the past or the perfect ('has left', 'decided')."""
    return [pos for pos in range(len(reading.tokens)) if in_past(reading.tokens, pos, vocab)
            and reading.tokens[pos] not in vocab.auxiliaries]


def _to_come(word: str, compiled: CompiledFact, vocab: Vocabulary,
             possible: bool = False) -> bool:
    """The fact says ``word`` of what is to come, a word of the future or of a plan just
    before it ('will rebuild', 'should be finished', 'is to be renovated'), not of what
    goes on ('is heading'); or, ``possible``, of what only may be ('can pass closer')."""
    return word in _cued_words(compiled.fact.statement, _TO_COME_OR_POSSIBLE if possible
                               else _TO_COME, vocab)


# Lists of cues before a word, by name: a name is hashed at once, a list of them is not.
_TO_COME, _TO_COME_OR_POSSIBLE, _POSSIBLE, _MEANT = "to come", "to come or possible", \
    "possible", "meant or possible"


@lru_cache(maxsize=4096)  # a few lists of cues, asked for of each fact again and again
def _cued_words(statement: str, cue_list: str, vocab: Vocabulary) -> dict[str, str]:
    """Each word of the statement with one of the cues of ``cue_list`` among the four words
    before it, and no tense between them: 'the authority's plans *were* reported' tells
    of plans, and the reporting is done."""
    cues = {_TO_COME: vocab.prospective, _POSSIBLE: vocab.possibility,
            _TO_COME_OR_POSSIBLE: vocab.prospective + vocab.possibility,
            _MEANT: vocab.intended + vocab.possibility}[cue_list]
    tokens = read_statement(statement, vocab).tokens
    found: dict[str, str] = {}
    for i, token in enumerate(tokens):
        window = tokens[max(0, i - 4):i]
        cue = next((p for p in cues for j in range(len(window) - len(p) + 1)
                    if window[j:j + len(p)] == list(p)
                    and vocab.finite.isdisjoint(window[j + len(p):])), None)
        if cue is not None:
            found.setdefault(token, " ".join(cue))
    return found


@lru_cache(maxsize=64)  # of the claim alone, and asked for with each candidate fact
def _done_verbs(reading: Analysis, vocab: Vocabulary) -> frozenset[str]:
    """The claim's verbs it says were done: 'has left', 'was rebuilt', 'started'; not
    'has room' (the perfect takes a participle)."""
    done = set()
    for term, pos in reading.terms:
        word = reading.tokens[pos]  # irregular forms include 'deterring': not a past
        if term not in reading.verb_terms or word.endswith("ing") or not (
                word.endswith("ed") or word in vocab.irregular):
            continue
        # a verb the reading found, of a subject it may have missed ('the marina works began')
        if _after_have(term, reading, vocab) or _said_as_past(term, reading, vocab) or (
                pos and pos in reading.verbs and reading.tokens[pos - 1] not in vocab.auxiliaries):
            done.add(term)
    return frozenset(done)


def _tense_apart(reading: Analysis, alignment: Alignment, vocab: Vocabulary) -> bool:
    """A verb of the claim is said done where the fact says it is to come or only possible
    ('started in June' against 'will begin by 2031'), or to come where the fact says it
    was done ('will begin in June' against 'began work in June'): the fact tells of
    another occasion, which a join may not lend its words or its date."""
    compiled = alignment.fact
    statement: list[str] | None = None
    for step in alignment.steps:
        if not (step.kind == "word" and step.relation in _HOLDS and step.fact
                and step.key in reading.verb_terms):
            continue
        said = fold(step.fact).split()[0]
        if step.key in _done_verbs(reading, vocab):
            if _to_come(said, compiled, vocab, possible=True):
                return True
        elif reading.status == "prospective" and not _to_come(said, compiled, vocab):
            # done, not a passive to come: 'began', 'has begun', not 'should be finished'
            statement = statement or tokenise(compiled.fact.statement)
            if any(token == said and in_past(statement, at, vocab) and not (
                    at and statement[at - 1] in vocab.auxiliaries
                    and statement[at - 1] not in ("has", "have", "had"))
                   for at, token in enumerate(statement)):
                return True
    return False


def _under_way(word: str, compiled: CompiledFact, vocab: Vocabulary) -> bool:
    """The fact says ``word`` as going on: in the progressive ('is actively building') or
    as a gerund after a preposition or as the subject of a verb not in the past ('by
    leaving', 'leaving the convention marks a shift': 'bleaching was seen on most reefs'
    says the bleaching happened); not a participle after a comma that shares the main
    verb's tense ('has shown how effective they are, offering lessons')."""
    if not word.endswith("ing"):
        return False  # nearly every word
    words = fold(compiled.fact.statement).replace(",", " , ").split()
    for at, token in enumerate(words):
        before = at - 1
        while token == word and before > 0 and words[before].endswith("ly"):
            before -= 1
        if token == word and ((at == 0 and not compiled.past) or (
                words[before] in vocab.be_forms or words[before] in vocab.prepositions)):
            return True
    return False


@lru_cache(maxsize=64)  # of the claim alone, and asked for with each candidate fact
def _tentative_at(reading: Analysis, vocab: Vocabulary) -> int | None:
    """Where the claim says an act was only weighed or tried ('considered leaving', 'tried
    to leave'); not a passive's participle ('is considered one of the most vulnerable
    points' says what it is taken for)."""
    tokens = reading.tokens
    return next((pos for pos, token in enumerate(tokens) if token in vocab.tentative and not (
        pos and tokens[pos - 1] in vocab.be_forms and in_past(tokens, pos, vocab))), None)


def _done_against_to_come(reading: Analysis, compiled: CompiledFact, result: Alignment,
                          vocab: Vocabulary) -> bool:
    """The claim's act is done ('Juice passed the Moon') where the fact's is to come or
    only possible ('can pass closer to Ganymede'): two occasions, so another name in the
    fact's is no other name in the claim's."""
    return any(s.kind == "word" and s.relation in _HOLDS and s.key in reading.verb_terms
               and (_after_have(s.key, reading, vocab) or _said_as_past(s.key, reading, vocab))
               and _to_come(s.fact, compiled, vocab, possible=True) for s in result.steps)


def _said_as_done(reading: Analysis, compiled: CompiledFact, result: Alignment,
                  vocab: Vocabulary) -> bool:
    """The fact tells of the claim's act as done: the fact's word for the claim's verb is
    in the past ('left', 'has pulled out'), not 'is leaving' or 'by leaving' (another verb
    of the fact in the past, 'has committed', does not count). Without a verb of the
    claim's matched, the fact's tense as a whole."""
    words = _fact_words_of_done_act(reading, compiled, result, vocab)
    if not words:
        # ('has already carried out reviews': a verb of little meaning, read as no act,
        # leaves the fact's 'already' to say it is done)
        return compiled.past or compiled.status == "completed"
    return _any_in_past(words, compiled, vocab)


def _fact_words_of_done_act(reading: Analysis, compiled: CompiledFact, result: Alignment,
                            vocab: Vocabulary) -> list[str]:
    """The fact's words for the act the claim says was done: for the claim's verbs in the
    past or the perfect, or, with no verb of its own ('construction is already under way',
    'the warning was issued': a verb of little meaning), the fact's verb for the claim's
    noun of the act ('warned')."""
    term_at = {pos: t for t, pos in reading.terms}
    verbs = {term_at[pos] for pos in _done_at(reading, vocab) if pos in term_at}
    words = [s.fact for s in result.steps if s.kind == "word" and s.key in verbs
             and s.relation in _HOLDS and s.fact]
    if not words and not reading.verb_terms:
        words = [s.fact for s in result.steps if s.kind == "word" and s.relation in _HOLDS
                 and s.fact and _fact_term(s, compiled) in compiled.verbs]
    return words


def _any_in_past(words: list[str], compiled: CompiledFact, vocab: Vocabulary) -> bool:
    """One of the fact's ``words`` is its verb in the past or the perfect ('left', 'has
    pulled out', 'had warned'), not 'is leaving' or 'will be built'."""
    tokens = tokenise(compiled.fact.statement)
    for word in words:
        first = tokenise(word)[:1]
        at = tokens.index(first[0]) if first and first[0] in tokens else -1
        if at >= 0 and in_past(tokens, at, vocab):
            return True
    return False
