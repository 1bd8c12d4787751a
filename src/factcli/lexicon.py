"""Lexicons (units, numbers, cues, synonyms, antonyms): the schema of the data files in
``factcli/data/`` and their validation. ``vocabulary.Vocabulary`` compiles them."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from typing import TYPE_CHECKING, Literal

from factcli.errors import StoreError
from factcli.quantities import Unit
from factcli.text import fold, tokenise
from factcli.writing import Writing

if TYPE_CHECKING:
    from factcli.validation import ValidationProblems

_FORBID = {"extra": "forbid"}

QuestionWords = Literal["role_nouns", "means_words", "article_words", "outlet_words",
                        "title_words", "do_forms", "which_of", "linking", "relative_times",
                        "scene_words", "interval_markers", "indefinite_articles",
                        "people_roots", "naming_verbs", "description_verbs", "ownership_verbs",
                        "base_verbs", "siting_verbs", "place_phrases", "operating_verbs",
                        "scene_conjunctions",
                        "past_auxiliaries", "weekday_words", "earliest_words",
                        "latest_words", "pointing_words",
                        "travel_verbs", "destination_nouns", "frequency_adverbs",
                        "continuity_words",
                        "hedge_words", "lead_in_words", "tag_words", "truth_words",
                        "complementisers", "polarity_words", "indirect_words",
                        "inclusion_verbs", "part_of_phrases", "importance_words",
                        "variation_verbs", "name_nouns", "naming_phrases",
                        "size_words", "amount_words", "figure_nouns", "figure_predicates",
                        "holding_verbs", "coordinators",
                        "up_to_now_phrases", "duration_verbs", "onset_words", "former_words",
                        "organisation_senses"]
Comparator = Literal["exact", "approx", "at_least", "at_most", "more_than", "less_than", "by"]


@dataclass(frozen=True)
class Units:
    __pydantic_config__ = _FORBID
    units: tuple[Unit, ...]
    # a unit name that names another unit in a sentence with one of these words: 'weighs
    # 200 pounds' is a mass, '20 pounds' alone money ({name: {unit id: words}})
    senses: dict[str, dict[str, tuple[str, ...]]] = field(default_factory=dict)


@dataclass(frozen=True)
class Numbers:
    __pydantic_config__ = _FORBID
    words: dict[str, float]
    multipliers: dict[str, float]
    scales: dict[str, float]
    comparators: dict[str, Comparator]
    # what bounds a figure from after its number or unit: 'five years or more',
    # 'five or more years', '20 km or less'
    trailing_comparators: dict[str, Comparator]
    span_words: tuple[str, ...]
    fillers: tuple[str, ...]  # words between a comparator and its figure: 'by early 2031'
    months: tuple[str, ...]  # also read between a comparator and its year: 'by July 2031'
    periods: dict[str, tuple[str, ...]]  # a time of year and the months it spans: 'autumn'
    decade_parts: dict[str, tuple[int, int]]  # 'the late 2020s': its years 6 to 9
    weekdays: tuple[str, ...]  # a date's day of the week names one day, as a month does
    dimension_words: dict[str, tuple[str, ...]]  # nouns naming what a figure is: 'money'
    # the lemmas of verbs saying what a figure beside them is: 'generates 600 MW',
    # 'accounts for 70%' (and questions.json duration_verbs: 'lasts 25 years')
    measure_verbs: dict[str, tuple[str, ...]]
    comparatives: dict[Literal["more", "less"], tuple[str, ...]]  # 'larger', 'fewer'
    comparative_dimensions: dict[str, tuple[str, ...]]  # what 'cheaper' compares: money
    multiples: dict[str, float]  # 'twice as much as'
    # a plural of a number before 'of' and the least and most it says: 'hundreds of';
    # no most for a scale's ('millions of euros' is true of a billion)
    magnitudes: dict[str, tuple[float, float | None]]
    ordinals: dict[str, int]  # 'the second phase'
    differences: tuple[str, ...]  # after a figure, a change rather than a total: '11 more'
    # before four digits, a word that says when: 'founded in 1876' is a year, not a count
    year_openers: tuple[str, ...]
    change_verbs: tuple[str, ...]  # 'rose from 19 to 30': the two ends of a change, no range
    # a share said as a fraction before 'of' ('half of', 'two thirds of'): what one is
    fractions: dict[str, float] = field(default_factory=dict)
    # between two numbers, a share as a ratio: 'one *in* four', 'nine *out of* ten'
    ratios: tuple[str, ...] = ()
    additions: tuple[str, ...] = ()  # before a figure, an addition: 'a further 13 million'
    # a word naming a unit only right after a fraction ('a quarter-point cut': a quarter of
    # a percentage point), and that unit's id
    fraction_units: dict[str, str] = field(default_factory=dict)
    # a currency's hundredth, said after its whole units: 'four dollars and 84 cents'
    subunits: dict[str, float] = field(default_factory=dict)
    # words before ('the age of five', 'aged 5') or after ('five years old') a figure that
    # make it an age, not a count or a length of time
    ages: dict[Literal["before", "after"], tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class OrderingCues:
    __pydantic_config__ = _FORBID
    earlier: tuple[str, ...]  # words that put one event before another: 'prior to'
    later: tuple[str, ...]  # and after it: 'following'
    gaps: tuple[str, ...]  # just before one, a measure of the gap: 'shortly after'
    selectors: dict[str, Literal["first", "last"]]  # which of a list of dates: 'final'
    still_to_come: tuple[str, ...]  # selectors that pick among what is to come: 'next'
    already_done: tuple[str, ...]  # and among what is done: 'previous'
    near: tuple[str, ...]  # before a gap's comparator, close to its bound: 'slightly more'
    vague: dict[str, tuple[float, float]]  # a count of units and the least and most it
    # can mean: 'a few hours'
    occasions: dict[str, int]  # how many times an event happens: 'twice (more)'
    happening: tuple[str, ...]  # verbs that only say an event happens: 'the encounter came'
    apart: tuple[str, ...]  # after a gap, it is between two events either way round
    next_days: tuple[str, ...]  # two events one calendar day apart: 'on consecutive days'
    referring_back: tuple[str, ...]  # 'each of these flybys': those the sentence before names
    sequence: tuple[str, ...]  # a sentence telling events in the order they happen: 'then'


@dataclass(frozen=True)
class ClauseCues:
    """Where a sentence divides into clauses, each checked on its own."""
    __pydantic_config__ = _FORBID
    joiners: tuple[str, ...]  # words that join two clauses: 'and', 'whereas'
    # besides the relative pronouns, what opens a clause about the noun before its comma:
    # 'the Gap, *where* …' (one clause with the sentence it sits in)
    relative_adverbs: tuple[str, ...]
    # the relative pronouns that open a clause set off by commas, with a verb of its own,
    # saying one more thing of the noun before it: 'Juice, *which* launched in 2023, is …'
    # ('that' opens no such clause)
    aside_openers: tuple[str, ...]
    # verbs after a speaker that report what follows: 'experts *say* the Gap is 65 km long'
    reporting: tuple[str, ...]
    complementisers: tuple[str, ...]  # after a reporting verb, before what it reports: 'that'
    attributing: tuple[str, ...]  # before a source and its comma: '*according to* experts, …'
    # an opening phrase that asserts something of its own, checked on its own: '*Despite*
    # the pause, …' (unlike one that says when or where: 'In the second phase, …')
    asserting_openers: tuple[str, ...]


@dataclass(frozen=True)
class Cues:
    __pydantic_config__ = _FORBID
    negation: tuple[str, ...]
    exclusive: tuple[str, ...]
    auxiliaries: tuple[str, ...]
    stopwords: tuple[str, ...]
    light: tuple[str, ...]
    blocking: tuple[str, ...]
    aspectual: tuple[str, ...]  # verb groups saying how far an act got: the act is their object
    locative: tuple[str, ...]
    opinion: tuple[str, ...]
    greeting: tuple[str, ...]
    abbreviations: tuple[str, ...]
    determiners: tuple[str, ...]  # words after which a verb-like word is a noun
    prospective: tuple[str, ...]  # a sentence about what is planned or to come
    completive: tuple[str, ...]  # a sentence about what is done
    prepositions: tuple[str, ...]  # an entity after one is not the sentence's subject
    particles: tuple[str, ...]  # a verb's particle that may follow its object ('set X aside')
    # verbs that only place a thing before a preposition of place: 'runs between', 'lies along'
    positional: dict[str, tuple[str, ...]]
    ordering: OrderingCues  # two events put in order: 'before', 'after'
    clauses: ClauseCues
    quantifiers: dict[str, tuple[str, ...]]  # "whole"/"large"/"small" shares: 'most of'
    additive: tuple[str, ...]  # 'also', 'too': one more, so another in its place is no conflict
    conditional: tuple[str, ...]  # what follows is not asserted: 'once Juice reaches'
    be_forms: tuple[str, ...] = ()  # 'is', 'were', 'been': a copula or a passive's auxiliary
    # before a word of plans, a comparison with what was planned, which says nothing of
    # what is to come: '*than* was first expected', '*as* planned'
    against_plan: tuple[str, ...] = ()
    # particles that make a verb another verb ('call off' is not 'call')
    adverb_particles: tuple[str, ...] = ()
    # what closes a period opened by 'from' besides 'to': 'from 2019 until 2023'
    period_ends: tuple[str, ...] = ()
    # what says a name is one of several, not all there are: 'the oystercatcher was among
    # the species helped', 'countries such as Sudan'
    partial: tuple[str, ...] = ()
    # what marks a figure as one of an earlier time than the sentence's own: 'originally
    # planned for 600,000 tons', 'a year earlier it stood at 50 cents' (an opening clause of
    # 'before' does too: 'before Century joined')
    former: tuple[str, ...] = ()
    # verbs that only say where a thing is, as 'is' does: 'the plant stands in Palo'
    position_verbs: tuple[str, ...] = ()
    # a figure said of now ('currently owns 70%'), not of what a fact says is to come
    present: tuple[str, ...] = ()
    # what says an act is done once more, as a fact's second (or later) one is: 'voted again'
    repetition: tuple[str, ...] = ()
    # exclusive words that only say how much next to a time: before a length of time
    # ('only a month before'), after a time ('in January alone'); nothing else is excluded
    degree: dict[Literal["before_a_span", "after_a_time"], tuple[str, ...]] = field(
        default_factory=dict)
    # words saying there is at least one of what they come before: 'several reactors'
    existential: tuple[str, ...] = ()
    # a name said to be one of a group ('X is one of the two holders of the 30% stake'):
    # what follows is said of the group
    membership: tuple[str, ...] = ()
    # 'apart from X', 'except X': X is set aside from an 'only' ('apart from Lithuania,
    # Poland is the only neighbour leaving'), not part of what is said of the only one
    exceptive: tuple[str, ...] = ()
    # pronouns that may be the subject of a clause after a noun: 'the money *it* set aside'
    subject_pronouns: tuple[str, ...] = ()
    # pronouns that open a clause telling more of the noun before them: 'a corridor *that*
    # links Lithuania with Poland'
    relative_pronouns: tuple[str, ...] = ()
    # nouns of places that hold one thing each ('5,200 spaces'), and the words that say a
    # thing holds so many ('room for 5,200 vehicles', 'can hold 5,200 cars')
    capacity: dict[str, tuple[str, ...]] = field(default_factory=dict)
    possibility: tuple[str, ...] = ()  # 'can pass closer': an act possible, not done
    # a verb, and the participles whose passive says it of the one acted for: 'workers
    # received training' is 'workers were given training'
    passive_converses: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # verbs of receiving ('verbs'), the words before the one a sum or a thing is for or goes
    # to ('markers'), and the lemmas of the verbs that give it so ('giving'): 'research will
    # receive $5m' is what 'the plan includes $5m for research' says
    receiving: dict[Literal["verbs", "markers", "giving"], tuple[str, ...]] = field(
        default_factory=dict)
    # verbs of being in charge ('verbs', lemmas), and the nouns WordNet puts the one in
    # charge under ('roots'): 'X heads Y' is what 'X is the administrator of Y' says
    leading: dict[Literal["verbs", "roots"], tuple[str, ...]] = field(default_factory=dict)
    # verbs that give what a speaker asserts, with 'that' after them ('cautioned that …') or
    # with 'as' ('described the plan as …'), and the plain verbs of saying a fact may give
    # it with ('said that …', 'said the plan was …'): forms, one word each
    asserting: dict[Literal["that", "as", "plain"], tuple[str, ...]] = field(
        default_factory=dict)
    # after a superlative of nearness, nouns that add nothing to it: 'closest approach'
    nearness: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # what opens a noun phrase set off by commas after a name, describing it: 'Ganymede,
    # *a* moon of Jupiter, …'
    describing: tuple[str, ...] = ()
    # auxiliaries that carry a clause's tense: a word of the future before one is a noun of
    # its subject, not the clause's future ('the plans *were* reported')
    finite: tuple[str, ...] = ()
    # a figure counted over each stretch of time ('50,000 *a* day', '£2bn *per* year'),
    # unless the stretch is one of a time told ('a year *ago*', 'a day *or* two')
    rate: dict[Literal["words", "not_before"], tuple[str, ...]] = field(default_factory=dict)
    # an adverb that says the same as 'a' and the stretch it names: '50,000 batteries
    # *daily*' is '50,000 a day' (the value: a unit of duration's singular name)
    rate_adverbs: dict[str, str] = field(default_factory=dict)
    # nouns of doing that name no act of their own after a word of one: 'fortification work'
    doing: tuple[str, ...] = ()
    # a time counted from now: 'next' and 'month' in 'next month'
    relative_times: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # determiners that point back to a thing the text has named: 'the second phase'
    definite: tuple[str, ...] = ()
    # verbs of an act's beginning: a deadline said with one ('will start by May') is not
    # the deadline of the whole
    inceptive: tuple[str, ...] = ()
    # phrases saying a rule or a measure begins to apply ('takes effect', 'came into
    # force'): what a verb of beginning says of it ('the levy starts in May')
    taking_effect: tuple[str, ...] = ()
    # verbs of little meaning that an act noun after them carries ('*took* a decision',
    # '*held* a vote', '*reached* an agreement'): one says what another says of that noun
    support: tuple[str, ...] = ()
    # an act put off or not yet decided on: 'has been postponed', 'is considering leaving'
    unrealised: tuple[str, ...] = ()
    # those of the unrealised that say only that the act is still to come, not that it is
    # put off: 'has yet to publish' is what 'will publish next month' says
    pending: tuple[str, ...] = ()
    # verbs saying an act was only weighed or tried, not done: 'considered leaving'
    tentative: tuple[str, ...] = ()
    # verbs of committing means to an act ('earmarked'): done, they do not say the act is
    committing: tuple[str, ...] = ()
    # words before an act saying it is only meant, needed or possible: 'decided to pull out'
    intended: tuple[str, ...] = ()
    # an act said to keep to its timetable ('kept': 'on schedule') or not ('missed')
    schedule: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # an act said to go on without a break ('continuous': 'constantly') or to come and go
    # ('intermittent': 'now and then')
    continuity: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # words saying all of a thing ('fully complete'), and nouns of a part of it ('phase')
    entirety: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # the exclusive cues that single out the name before them ('Taylor alone voted')
    exclusive_after: tuple[str, ...] = ()
    # verbs that give words to the one who said them ('Ada Brisk called the plan a
    # disgrace'): the article says who said those words
    statement_verbs: tuple[str, ...] = ()
    # adverbs that may stand between an auxiliary and its participle or adjective ('have
    # *not yet* been renovated', 'is *already* complete'): the verb is still the auxiliary's
    between_auxiliary: tuple[str, ...] = ()
    # words grading the word after them higher ('the most important') or lower ('the least
    # important'): the same word graded the other way is its opposite
    grading: dict[str, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class SynonymGroup:
    __pydantic_config__ = _FORBID
    id: str
    verb: bool
    words: tuple[str, ...]


@dataclass(frozen=True)
class Synonyms:
    __pydantic_config__ = _FORBID
    groups: tuple[SynonymGroup, ...]


@dataclass(frozen=True)
class Antonyms:
    __pydantic_config__ = _FORBID
    pairs: tuple[tuple[str, str], ...]


@dataclass(frozen=True)
class QuestionFormSpec:
    __pydantic_config__ = _FORBID
    words: str
    answer: Literal["quantity", "entities", "statement", "reason"]
    dimensions: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ()
    after_copula: tuple[str, ...] = ()  # "how long is": a length, not a duration
    not_subject: bool = False  # "where": a place other than the one doing things
    modifier: bool = False  # "what kind of mines": the fact must say which kind
    attributes: tuple[str, ...] = ()  # "how wide": a figure said to measure width


@dataclass(frozen=True)
class Questions:
    __pydantic_config__ = _FORBID
    forms: tuple[QuestionFormSpec, ...]
    kind_nouns: dict[str, tuple[str, ...]]
    yes_no: tuple[str, ...]
    plural_cues: tuple[str, ...] = ()  # "who else": an answer naming several is wanted
    dimension_nouns: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "how much money"
    frame_words: tuple[str, ...] = ()  # "what does the article say ...": about the asking
    reason_markers: tuple[str, ...] = ()  # "to", "because": where a fact gives its reason
    # Named word lists ask reads questions and facts with: role nouns ('job'), words of
    # means ('by', 'using'), of the article itself ('headline'), forms of 'do'…
    word_lists: dict[QuestionWords, tuple[str, ...]] = field(default_factory=dict)


@dataclass(frozen=True)
class Lexicon:
    units: Units
    numbers: Numbers
    cues: Cues
    synonyms: Synonyms
    antonyms: Antonyms
    questions: Questions
    writing: Writing

    @property
    def unit_ids(self) -> set[str]:
        return {u.id for u in self.units.units}


def load_lexicon(raw: dict[str, bytes]) -> Lexicon:
    """Validate the bundled lexicons; every problem found is reported, one line each."""
    from factcli.validation import ValidationProblems, validate_json

    problems = ValidationProblems()
    parts: dict[str, object] = {}
    schemas = {"units.json": Units, "numbers.json": Numbers, "cues.json": Cues,
               "synonyms.json": Synonyms, "antonyms.json": Antonyms, "questions.json": Questions,
               "writing.json": Writing}
    for name, model in schemas.items():
        if name not in raw:
            problems.add(f"lexicon {name}", "", "missing from the installation; reinstall factcli")
            continue
        parts[name] = validate_json(f"lexicon {name}", raw[name], model, problems)
    if problems:
        raise StoreError(*problems.lines)
    lexicon = Lexicon(*parts.values())  # type: ignore[arg-type]  # each validated above
    _check_lexicon(lexicon, problems)
    if problems:
        raise StoreError(*problems.lines)
    return lexicon


def _check_lexicon(lexicon: Lexicon, problems: ValidationProblems) -> None:
    owner: dict[str, str] = {}
    for gi, group in enumerate(lexicon.synonyms.groups):
        for wi, word in enumerate(group.words):
            key = " ".join(tokenise(word))
            if not key:
                problems.add("lexicon synonyms.json", f"groups[{gi}].words[{wi}]", "empty word")
            elif key in owner and owner[key] != group.id:
                problems.add("lexicon synonyms.json", f"groups[{gi}].words[{wi}]",
                             f"'{word}' is already in group '{owner[key]}'")
            owner[key] = group.id
    group_ids = {g.id for g in lexicon.synonyms.groups}
    for pi, pair in enumerate(lexicon.antonyms.pairs):
        for side, group_id in enumerate(pair):
            if group_id not in group_ids:
                problems.add("lexicon antonyms.json", f"pairs[{pi}][{side}]",
                             f"unknown synonym group '{group_id}'")
        if pair[0] == pair[1]:
            problems.add("lexicon antonyms.json", f"pairs[{pi}]", "a group cannot oppose itself")
    for cue in ("blocking", "aspectual"):
        for bi, group_id in enumerate(getattr(lexicon.cues, cue)):
            if group_id not in group_ids:
                problems.add("lexicon cues.json", f"{cue}[{bi}]",
                             f"unknown synonym group '{group_id}'")
    ordering = lexicon.cues.ordering
    for key in ("still_to_come", "already_done"):
        for wi, word in enumerate(getattr(ordering, key)):
            if word not in ordering.selectors:
                problems.add("lexicon cues.json", f"ordering.{key}[{wi}]",
                             f"'{word}' is not one of ordering.selectors")
    for place, words in lexicon.cues.degree.items():
        for wi, word in enumerate(words):
            if word not in lexicon.cues.exclusive:
                problems.add("lexicon cues.json", f"degree.{place}[{wi}]",
                             f"'{word}' is not one of exclusive")
    for cue in ("unrealised", "intended", "committing"):
        for wi, phrase in enumerate(getattr(lexicon.cues, cue)):
            if not tokenise(phrase):
                problems.add("lexicon cues.json", f"{cue}[{wi}]", "empty phrase")
    for wi, phrase in enumerate(lexicon.cues.taking_effect):
        if len(tokenise(phrase)) < 2:
            # one word alone ('effect', 'force') is a noun of any sentence
            problems.add("lexicon cues.json", f"taking_effect[{wi}]",
                         "needs a verb and the words it takes ('take effect')")
    for wi, word in enumerate(lexicon.cues.support):
        if len(tokenise(word)) != 1:
            problems.add("lexicon cues.json", f"support[{wi}]", "needs one word, a verb's form")
    for wi, phrase in enumerate(lexicon.cues.pending):
        if phrase not in lexicon.cues.unrealised:
            problems.add("lexicon cues.json", f"pending[{wi}]",
                         f"'{phrase}' is not one of unrealised")
    for wi, word in enumerate(lexicon.cues.tentative):
        if tokenise(word) != [word]:
            problems.add("lexicon cues.json", f"tentative[{wi}]",
                         f"'{word}' must be one lower-case word")
    if lexicon.cues.schedule and set(lexicon.cues.schedule) != {"kept", "missed"}:
        problems.add("lexicon cues.json", "schedule", "needs exactly 'kept' and 'missed'")
    if lexicon.cues.continuity and set(lexicon.cues.continuity) != {"continuous",
                                                                     "intermittent"}:
        problems.add("lexicon cues.json", "continuity",
                     "needs exactly 'continuous' and 'intermittent'")
    for wi, phrase in enumerate(lexicon.cues.exclusive_after):
        if phrase not in lexicon.cues.exclusive:
            problems.add("lexicon cues.json", f"exclusive_after[{wi}]",
                         f"'{phrase}' is not one of exclusive")
    for wi, verb in enumerate(lexicon.cues.statement_verbs):
        if tokenise(verb) != [verb]:
            problems.add("lexicon cues.json", f"statement_verbs[{wi}]",
                         f"'{verb}' must be one lower-case word")
    if lexicon.cues.grading and set(lexicon.cues.grading) != {"higher", "lower"}:
        problems.add("lexicon cues.json", "grading", "needs exactly 'higher' and 'lower'")
    for grade, graders in lexicon.cues.grading.items():
        for wi, grader in enumerate(graders):
            if tokenise(grader) != [grader]:
                problems.add("lexicon cues.json", f"grading.{grade}[{wi}]",
                             f"'{grader}' must be one lower-case word")
    if lexicon.cues.entirety and set(lexicon.cues.entirety) != {"words", "parts"}:
        problems.add("lexicon cues.json", "entirety", "needs exactly 'words' and 'parts'")
    for field_name in ("subject_pronouns", "relative_pronouns", "between_auxiliary"):
        for wi, word in enumerate(getattr(lexicon.cues, field_name)):
            if tokenise(word) != [word]:
                problems.add("lexicon cues.json", f"{field_name}[{wi}]",
                             f"'{word}' must be one lower-case word")
    for part, words in [*lexicon.cues.receiving.items(), *lexicon.cues.leading.items(),
                        *lexicon.cues.asserting.items()]:
        for wi, word in enumerate(words):
            if tokenise(word) != [word]:  # lemmas and prepositions, matched one token each
                problems.add("lexicon cues.json", f"{part}[{wi}]",
                             f"'{word}' must be one lower-case word")
    periods = {u.singular for u in lexicon.units.units if u.dimension == "duration"}
    for adverb, period in lexicon.cues.rate_adverbs.items():
        if period not in periods:
            problems.add("lexicon cues.json", f"rate_adverbs.{adverb}",
                         f"'{period}' is no unit of duration's singular name")
    unit_ids = {u.id for u in lexicon.units.units}
    for word, unit_id in lexicon.numbers.fraction_units.items():
        if unit_id not in unit_ids:
            problems.add("lexicon numbers.json", f"fraction_units.{word}",
                         f"unknown unit '{unit_id}'")
    for word, share in lexicon.numbers.subunits.items():
        if not 0 < share < 1:
            problems.add("lexicon numbers.json", f"subunits.{word}",
                         "a part of a currency's unit lies between 0 and 1")
    calendar_order = [date(2000, month, 1).strftime("%b").lower() for month in range(1, 13)]
    if [month[:3] for month in lexicon.numbers.months[:12]] != calendar_order:
        problems.add("lexicon numbers.json", "months",
                     "the first twelve must be the months' names, in calendar order")
    dimensions = {u.dimension for u in lexicon.units.units}
    for fi, form in enumerate(lexicon.questions.forms):
        for di, dimension in enumerate(form.dimensions):
            if dimension not in dimensions:
                problems.add("lexicon questions.json", f"forms[{fi}].dimensions[{di}]",
                             f"unknown dimension '{dimension}'")
    for dimension in lexicon.questions.dimension_nouns:
        if dimension not in dimensions:
            problems.add("lexicon questions.json", f"dimension_nouns.{dimension}",
                         f"unknown dimension '{dimension}'")
    seen_units: dict[str, str] = {}
    for ui, unit in enumerate(lexicon.units.units):
        if unit.id in seen_units.values():
            problems.add("lexicon units.json", f"units[{ui}].id", f"duplicate unit '{unit.id}'")
        for name in unit.names:
            if name in seen_units:
                problems.add("lexicon units.json", f"units[{ui}].names",
                             f"'{name}' already names unit '{seen_units[name]}'")
            seen_units[name] = unit.id


def fold_alias(alias: str) -> str:
    return " ".join(tokenise(alias)) or fold(alias)
