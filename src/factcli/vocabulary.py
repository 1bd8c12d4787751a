"""The compiled lookup tables that ``text.analyse`` reads sentences with: lexicon phrases
(synonyms, cues, numbers, units) plus a store's entity aliases, built once per store and
cached with it (``knowledge.py``)."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from functools import cached_property
from typing import TYPE_CHECKING, NamedTuple

from factcli.quantities import Unit, parse_number
from factcli.text import Analysis, stem, tokenise
from factcli.wordnet import VERB, find_links, lemma_candidates, rank, split_table, unpack_links

if TYPE_CHECKING:
    from factcli.lexicon import Lexicon

_FORBID = {"extra": "forbid"}


class QuestionForm(NamedTuple):
    words: tuple[str, ...]
    answer: str
    dimensions: tuple[str, ...]
    kinds: tuple[str, ...]
    after_copula: tuple[str, ...]
    not_subject: bool
    modifier: bool
    attributes: frozenset[str] = frozenset()


class EntityRef(NamedTuple):
    id: str
    name: str
    kind: str
    member_of: tuple[str, ...]


def name_head(words: list[str]) -> list[str]:
    """The head of a name: its last word, or the last word before a number or a letter
    that tells one of a kind from the others ('terminal' of 'Terminal 1', 'Airside D')."""
    while len(words) > 1 and (words[-1][:1].isdigit() or len(words[-1]) == 1):
        words = words[:-1]
    return words[-1:]


# The key of :attr:`Vocabulary.name_words` for a name's head that is a word of a synonym
# group: the word itself ('=scheme'), not its group's term.
NAME_HEAD = "="


def possessive_forms(alias: str) -> list[str]:
    """The name an alias holds said as a possessive, as English says a thing of a named
    owner: 'FDA advisory panel' as "FDA's advisory panel" (a name, then words in lower
    case that say what of it: not 'Texas Capital', a name of its own), 'First Minister of
    Wales' as "Wales's First Minister" (a name after 'of')."""
    words = alias.split()
    if len(words) < 2:
        return []
    if words[0][:1].isupper() and all(w.islower() for w in words[1:]):
        return [f"{words[0]}'s {' '.join(words[1:])}"]
    if "of" in words[1:-1]:
        at = words.index("of")
        owner, owned = words[at + 1:], words[:at]
        if all(w[:1].isupper() for w in owner) and owned[0].lower() not in ("the", "a", "an"):
            return [f"{' '.join(owner)}'s {' '.join(owned)}"]
    return []


# The stemmer reads 'operators' and 'operations', 'organisers' and 'organisation' as one
# word; the doer is not the act, so a noun of the doer keeps its own term.
_AGENT_ENDINGS = ("ator", "izer", "iser")


def _agent_noun(word: str) -> str | None:
    """The singular of a noun of a doer in -ator, -izer or -iser ('operators': 'operator')."""
    singular = word[:-1] if word.endswith("s") else word
    return singular if singular.endswith(_AGENT_ENDINGS) and len(singular) > 6 else None


def _first_phrase(tokens: list[str], starting: dict[str, list[tuple[str, ...]]]
                  ) -> tuple[int, tuple[str, ...]] | None:
    """Where the first of the phrases (by their first word: :func:`_by_first_word`)
    occurs in ``tokens``, and which it is."""
    opening = starting.keys() & tokens
    if not opening:
        return None  # most sentences start none of them: one test in C says so
    for i, token in enumerate(tokens):
        if token in opening:  # the few words that start one (not a lookup for every word)
            for phrase in starting[token]:
                if tuple(tokens[i: i + len(phrase)]) == phrase:
                    return i, phrase
    return None


def _by_first_word(phrases: tuple[tuple[str, ...], ...]) -> dict[str, list[tuple[str, ...]]]:
    """The phrases by their first word, in their order: each token of a sentence is then
    tried only against the phrases it can start, not against the whole list."""
    starting: dict[str, list[tuple[str, ...]]] = {}
    for phrase in phrases:
        starting.setdefault(phrase[0], []).append(phrase)
    return starting


# Lemmas looked up by search before the relation tables are split: one claim needs about
# eight, so a single verify never pays for the split.
SEARCHES_BEFORE_SPLIT = 16
# Words between a verb and its particle: an object ('keep NATO ships from'), not a clause.
SEPARABLE_GAP = 3


def _alternatives(phrases: Iterable[str]) -> str:
    """A regular expression matching any of the phrases, the longest first."""
    return "|".join(re.escape(p) for p in sorted(phrases, key=len, reverse=True))


def _names_a_span(word: str) -> bool:
    """A unit spelled out ('year', 'months', 'miles') means something without a figure
    ('next year'); a symbol or abbreviation ('km', '$', 'm') does not."""
    return word.isalpha() and len(word) > 3


@dataclass(eq=False, repr=False)
class Vocabulary:
    """Compiled lookup tables: lexicon phrases plus a store's entity aliases."""

    phrases: dict[str, list[tuple[tuple[str, ...], str, str]]] = field(default_factory=dict)
    single: dict[str, tuple[str, str]] = field(default_factory=dict)
    stem_groups: dict[str, str] = field(default_factory=dict)
    verb_groups: frozenset[str] = frozenset()
    antonyms: dict[str, frozenset[str]] = field(default_factory=dict)
    blocking: frozenset[str] = frozenset()
    aspectual: frozenset[str] = frozenset()
    auxiliaries: frozenset[str] = frozenset()
    locative: frozenset[str] = frozenset()
    opinion: tuple[tuple[str, ...], ...] = ()
    greeting: tuple[tuple[str, ...], ...] = ()
    abbreviations: frozenset[str] = frozenset()
    ignored: frozenset[str] = frozenset()
    light: frozenset[str] = frozenset()  # single light words: 'new', 'major', 'recent'
    degree_before_span: frozenset[str] = frozenset()  # 'only a month before' (see Cues)
    degree_after_time: frozenset[str] = frozenset()  # 'in January alone'
    number_words: dict[str, float] = field(default_factory=dict)
    multipliers: dict[str, float] = field(default_factory=dict)
    scales: dict[str, float] = field(default_factory=dict)
    comparators: dict[str, list[tuple[tuple[str, ...], str]]] = field(default_factory=dict)
    trailing_comparators: dict[tuple[str, ...], str] = field(default_factory=dict)
    span_words: frozenset[str] = frozenset()
    fillers: frozenset[str] = frozenset()
    months: frozenset[str] = frozenset()
    weekdays: frozenset[str] = frozenset()
    periods: dict[str, frozenset[str]] = field(default_factory=dict)  # first 3 letters
    decade_parts: dict[str, tuple[int, int]] = field(default_factory=dict)  # 'late': (6, 9)
    dimension_words: dict[str, str] = field(default_factory=dict)  # term -> dimension
    measure_verbs: dict[str, str] = field(default_factory=dict)  # lemma -> dimension
    comparatives: dict[str, str] = field(default_factory=dict)  # 'fewer' -> 'less'
    comparative_dimensions: dict[str, str] = field(default_factory=dict)  # 'cheaper' -> money
    multiples: dict[str, float] = field(default_factory=dict)  # 'twice' -> 2
    # 'hundreds' (of) -> (200, 1000)
    magnitudes: dict[str, tuple[float, float | None]] = field(default_factory=dict)
    differences: frozenset[str] = frozenset()  # '11 more gates': a change, not a total
    year_openers: frozenset[str] = frozenset()  # 'in', 'since': 'founded in 1876'
    change_verbs: frozenset[str] = frozenset()  # 'rose from 19 to 30'
    additions: frozenset[str] = frozenset()  # 'a further 13 million': an addition
    fractions: dict[str, float] = field(default_factory=dict)  # 'half' (of) -> 0.5
    multiplying_verbs: dict[str, float] = field(default_factory=dict)  # 'tripled' -> 3
    fraction_units: dict[str, str] = field(default_factory=dict)  # 'a quarter-*point*'
    subunits: dict[str, float] = field(default_factory=dict)  # '84 *cents*' -> 0.01
    ratios: tuple[tuple[str, ...], ...] = ()  # 'in', 'out of': 'one in four'
    ages_before: frozenset[str] = frozenset()  # 'the age of five': an age
    ages_after: frozenset[str] = frozenset()  # 'five years old': an age
    age_bounds: frozenset[str] = frozenset()  # 'children *under* five': an age
    ordinals: dict[str, int] = field(default_factory=dict)  # 'second' -> 2
    units: dict[str, Unit] = field(default_factory=dict)
    unit_names: dict[str, str] = field(default_factory=dict)
    unit_senses: dict[str, dict[str, frozenset[str]]] = field(default_factory=dict)  # see Units
    # a currency's name others are written with too, and all it may be: '$' (see Currencies)
    shared_currencies: dict[str, frozenset[str]] = field(default_factory=dict)
    entities: dict[str, EntityRef] = field(default_factory=dict)
    fuzzy_aliases: dict[int, list[tuple[str, str]]] = field(default_factory=dict)
    known_stems: frozenset[str] = frozenset()
    question_forms: tuple[QuestionForm, ...] = ()
    kind_nouns: dict[str, str] = field(default_factory=dict)
    yes_no: frozenset[str] = frozenset()
    plural_cues: frozenset[str] = frozenset()
    dimension_nouns: dict[str, str] = field(default_factory=dict)
    frame_words: frozenset[str] = frozenset()
    reason_markers: tuple[tuple[str, ...], ...] = ()
    question_words: dict[str, frozenset[str]] = field(default_factory=dict)  # by list name
    # General-English relations sliced to this store (wordnet.relation_slice): a claim's
    # lemma -> {store term: (relation, where it came from)}, and irregular forms -> lemmas.
    determiners: frozenset[str] = frozenset()
    definite: frozenset[str] = frozenset()
    inceptive: tuple[tuple[str, ...], ...] = ()
    taking_effect: tuple[tuple[str, ...], ...] = ()  # 'takes effect', 'came into force'
    support: frozenset[str] = frozenset()  # 'took' (a decision), 'held' (a vote)
    prospective: tuple[tuple[str, ...], ...] = ()
    completive: frozenset[str] = frozenset()
    unrealised: tuple[tuple[str, ...], ...] = ()  # 'postponed', 'is considering'
    pending: tuple[tuple[str, ...], ...] = ()  # 'yet to': still to come, not put off
    tentative: frozenset[str] = frozenset()  # 'considered', 'tried': weighed, not done
    committing: frozenset[str] = frozenset()  # 'earmarked': means set for an act, not done
    undoing: frozenset[str] = frozenset()  # 'revoked' (the licence): the act undone
    # the side of a place each preposition puts a thing on ('within': 'inside'), and each
    # side's opposite ('inside': 'outside')
    place_sides: dict[str, str] = field(default_factory=dict)
    opposite_sides: dict[str, str] = field(default_factory=dict)
    intended: tuple[tuple[str, ...], ...] = ()  # 'decided to', 'needs to': meant, not done
    schedule: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    continuity: dict[str, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    grading: dict[str, str] = field(default_factory=dict)  # 'least': 'lower'
    enough: frozenset[str] = frozenset()  # 'enough', 'sufficiently' (wide)
    too: frozenset[str] = frozenset()  # 'too', 'overly' (narrow)
    exclusive_after: frozenset[tuple[str, ...]] = frozenset()  # 'alone' (after a name)
    statement_verbs: frozenset[str] = frozenset()  # 'called the plan a disgrace'
    between_auxiliary: frozenset[str] = frozenset()  # 'have *not yet* been renovated'
    predicate_verbs: dict[str, str] = field(default_factory=dict)  # 'is over': 'ended'
    # the first words of both lists: most sentences have none, and are read no further
    status_openers: frozenset[str] = frozenset()
    entirety: tuple[tuple[str, ...], ...] = ()  # 'fully', 'the whole of'
    part_nouns: frozenset[str] = frozenset()  # 'phase', 'stage'
    repetition: frozenset[str] = frozenset()  # 'again': once more
    prepositions: frozenset[str] = frozenset()
    particles: frozenset[str] = frozenset()  # of verbs that take their object before them
    adverb_particles: frozenset[str] = frozenset()  # 'off' in 'called off'
    period_ends: frozenset[str] = frozenset()  # 'until' in 'from 2019 until 2023'
    former: tuple[tuple[str, ...], ...] = ()  # 'originally', 'a year earlier'
    partial: tuple[tuple[str, ...], ...] = ()  # 'among', 'such as': one of several
    position_verbs: frozenset[str] = frozenset()  # 'stand' in 'stands in Palo'
    present: tuple[tuple[str, ...], ...] = ()  # 'currently', 'at present'
    membership: tuple[tuple[str, ...], ...] = ()  # 'one of', 'a member of'
    existential: tuple[tuple[str, ...], ...] = ()  # 'several', 'a few'
    denying_all: frozenset[str] = frozenset()  # 'no', 'any': 'not … any money'
    subject_pronouns: frozenset[str] = frozenset()  # 'the money *it* set aside'
    relative_pronouns: frozenset[str] = frozenset()  # 'a corridor *that* links'
    positional_verbs: frozenset[str] = frozenset()
    capacity_units: frozenset[str] = frozenset()  # 'spaces', 'seats': each holds one thing
    capacity_words: frozenset[str] = frozenset()  # 'room for', 'hold': holds so many
    possibility: tuple[tuple[str, ...], ...] = ()  # 'can', 'may': possible, not done
    possibility_words: frozenset[str] = frozenset()  # the one-word ones
    passive_converses: dict[str, frozenset[str]] = field(default_factory=dict)  # receive: given
    receiving_verbs: frozenset[str] = frozenset()  # 'receive': what 'for' a sum names does
    receiving_markers: frozenset[str] = frozenset()  # 'for', 'to' before who receives
    giving_verbs: frozenset[str] = frozenset()  # 'include', 'go': a sum given for something
    constituting: frozenset[str] = frozenset()  # 'make up', 'account for': a share's verbs
    owning_verbs: frozenset[str] = frozenset()  # 'own': what a stake held in a thing says
    having_verbs: frozenset[str] = frozenset()  # 'hold', 'have': a stake's verbs
    stake_nouns: frozenset[str] = frozenset()  # 'stake', 'holding': a part owned of a thing
    leading_verbs: frozenset[str] = frozenset()  # 'head': to be the one in charge of
    leader_roots: tuple[str, ...] = ()  # 'leader': the kind of the one in charge
    leader_words: frozenset[str] = frozenset()  # the store's nouns for one: 'administrator'
    leader_nouns: frozenset[str] = frozenset()  # one in charge in a later sense: 'head'
    governing_nouns: frozenset[str] = frozenset()  # 'government': the body a place acts by
    placing_verbs: frozenset[str] = frozenset()  # 'based', 'lies': where a thing is
    placing_prepositions: frozenset[str] = frozenset()  # 'in' after them
    kinds_apart: frozenset[str] = frozenset()  # 'country', 'town': none holds another
    asserting_that: frozenset[str] = frozenset()  # 'cautioned (that)': what 'said' gives
    asserting_as: frozenset[str] = frozenset()  # 'described (X as Y)': 'said X was Y'
    plain_saying: frozenset[str] = frozenset()  # 'said', 'told'
    nearness_superlatives: frozenset[str] = frozenset()  # 'closest', 'nearest'
    nearness_nouns: frozenset[str] = frozenset()  # 'approach' after them adds nothing
    nearness_verbs: frozenset[str] = frozenset()  # 'reached' before them adds nothing
    rate_words: frozenset[str] = frozenset()  # 'a', 'per': '50,000 a day'
    finite: frozenset[str] = frozenset()  # 'was', 'has': the tense of a clause
    describing: tuple[str, ...] = ()  # 'a', 'one of': 'Ganymede, a moon of Jupiter, …'
    # where a sentence divides into clauses (lexicon.ClauseCues says what each list is)
    clause_joiners: tuple[str, ...] = ()
    relative_adverbs: tuple[str, ...] = ()
    aside_openers: tuple[str, ...] = ()
    reporting_verbs: tuple[str, ...] = ()
    reporting_complementisers: tuple[str, ...] = ()
    attributing: tuple[str, ...] = ()
    asserting_openers: tuple[str, ...] = ()
    not_a_rate: frozenset[str] = frozenset()  # 'ago': 'a year ago' tells a time
    rate_adverbs: dict[str, str] = field(default_factory=dict)  # 'daily' -> 'day'
    doing_nouns: frozenset[str] = frozenset()  # 'work' after a word of an act adds nothing
    doer_endings: tuple[str, ...] = ()  # 'buyer', 'operator': a noun for the one who acts
    relative_words: frozenset[str] = frozenset()  # 'next', 'last': a time counted from now
    relative_units: frozenset[str] = frozenset()  # 'month', 'year' after them
    ordering_earlier: frozenset[str] = frozenset()  # 'before', 'prior to'
    ordering_later: frozenset[str] = frozenset()  # 'after', 'following'
    ordering_gaps: frozenset[str] = frozenset()  # 'shortly' (after)
    date_selectors: dict[str, str] = field(default_factory=dict)  # 'final': 'last'
    selects_to_come: frozenset[str] = frozenset()  # 'next'
    selects_done: frozenset[str] = frozenset()  # 'previous'
    gap_near: frozenset[str] = frozenset()  # 'slightly' (more than a day)
    gap_vague: dict[str, tuple[float, float]] = field(default_factory=dict)  # 'few': (1, 12)
    occasions: dict[str, int] = field(default_factory=dict)  # 'twice': 2
    happening: frozenset[str] = frozenset()  # 'came' (before its Earth flyby)
    apart: frozenset[str] = frozenset()  # '25 hours apart'
    next_days: frozenset[str] = frozenset()  # 'on consecutive days'
    referring_back: frozenset[str] = frozenset()  # 'these' (flybys)
    sequence: frozenset[str] = frozenset()  # 'then', 'a day later'
    month_numbers: dict[str, int] = field(default_factory=dict)  # 'aug': 8
    positional_prepositions: frozenset[str] = frozenset()
    be_forms: frozenset[str] = frozenset()
    against_plan: frozenset[str] = frozenset()  # 'than' in 'than was first expected'
    remainder: frozenset[str] = frozenset()  # '15% is *still* to be cleaned': not done yet
    quantifier_phrases: tuple[tuple[tuple[str, ...], str], ...] = ()
    conditional: tuple[tuple[str, ...], ...] = ()
    additive: tuple[tuple[str, ...], ...] = ()
    exceptive: tuple[tuple[str, ...], ...] = ()
    relation_table: str = ""  # packed: wordnet.pack_table, searched by ``links``
    narrower_table: str = ""  # the same for narrower words ('probe' for 'spacecraft')
    # the same for verbs of a sense opposed to a fact verb's ('rejected' for 'approved'):
    # wordnet.opposite_slice, read by ``opposite_senses``
    opposite_table: str = ""
    # the same for verbs a step above or below a fact verb through a sense not in common
    # use ('cleared' for 'approved'): wordnet.line_slice, read by ``verbs_in_line``
    line_table: str = ""
    irregular: dict[str, list[str]] = field(default_factory=dict)
    verb_lemma_lines: str = ""  # read as ``verb_lemmas``
    instances: dict[str, str] = field(default_factory=dict)  # a name WordNet knows -> kind
    # an adjective of such a name -> the name's kind: 'Norwegian' -> country
    adjective_kinds: dict[str, str] = field(default_factory=dict)
    kind_words: dict[str, list[str]] = field(default_factory=dict)  # 'probe' -> [juice]
    # an entity -> the classes WordNet knows its name an instance of: fda -> [agency, …]
    entity_classes: dict[str, list[str]] = field(default_factory=dict)
    people_words: frozenset[str] = frozenset()  # the store's nouns for people: 'operators'
    role_kinds: dict[str, str] = field(default_factory=dict)  # 'journalist' -> person
    name_words: dict[str, list[str]] = field(default_factory=dict)  # 'council' -> [council]

    # --- building ---------------------------------------------------------------

    @classmethod
    def build(cls, lexicon: Lexicon, entities: list[EntityRef], aliases: list[tuple[str, str]],
              known_words: set[str]) -> Vocabulary:
        vocab = cls()
        cues = lexicon.cues
        for word in cues.negation:
            vocab._add(word, "negation", "not")
        for word in cues.exclusive:
            vocab._add(word, "exclusive", "only")
        vocab.degree_before_span = frozenset(cues.degree.get("before_a_span", ()))
        vocab.degree_after_time = frozenset(cues.degree.get("after_a_time", ()))
        for word in cues.auxiliaries:
            vocab._add(word, "aux", word)
        for group in lexicon.synonyms.groups:
            for word in group.words:
                vocab._add(word, "group", "g:" + group.id)
        stems: dict[str, set[str]] = {}
        for group in lexicon.synonyms.groups:
            for word in group.words:
                tokens = tokenise(word)
                if len(tokens) == 1:
                    stems.setdefault(stem(tokens[0]), set()).add("g:" + group.id)
        vocab.stem_groups = {s: next(iter(g)) for s, g in stems.items() if len(g) == 1}
        vocab.verb_groups = frozenset("g:" + g.id for g in lexicon.synonyms.groups if g.verb)
        antonyms: dict[str, set[str]] = {}
        for left, right in lexicon.antonyms.pairs:
            antonyms.setdefault("g:" + left, set()).add("g:" + right)
            antonyms.setdefault("g:" + right, set()).add("g:" + left)
        vocab.antonyms = {k: frozenset(v) for k, v in antonyms.items()}
        vocab.blocking = frozenset("g:" + g for g in cues.blocking)
        vocab.aspectual = frozenset("g:" + g for g in cues.aspectual)
        vocab.auxiliaries = frozenset(w for w in cues.auxiliaries if " " not in w) | frozenset(
            w.split()[0] for w in cues.auxiliaries if " " in w)
        vocab.locative = frozenset(cues.locative)
        vocab.opinion = tuple(tuple(tokenise(p)) for p in cues.opinion)
        vocab.greeting = tuple(tuple(tokenise(p)) for p in cues.greeting)
        vocab.abbreviations = frozenset(a.lower() for a in cues.abbreviations)
        vocab.determiners = frozenset(cues.determiners)
        vocab.definite = frozenset(cues.definite)
        vocab.inceptive = tuple(tuple(tokenise(p)) for p in cues.inceptive)
        vocab.taking_effect = tuple(tuple(tokenise(p)) for p in cues.taking_effect)
        vocab.support = frozenset(cues.support)
        vocab.prospective = tuple(tuple(tokenise(p)) for p in cues.prospective)
        vocab.completive = frozenset(cues.completive)
        vocab.unrealised = tuple(tuple(tokenise(p)) for p in cues.unrealised)
        vocab.pending = tuple(tuple(tokenise(p)) for p in cues.pending)
        vocab.tentative = frozenset(cues.tentative)
        vocab.committing = frozenset(cues.committing)
        vocab.undoing = frozenset(cues.undoing)
        vocab.place_sides = {word: side for side, words in cues.place_sides.sides.items()
                             for word in words}
        vocab.opposite_sides = {one: other for pair in cues.place_sides.opposite
                                for one, other in (pair, pair[::-1])}
        vocab.intended = tuple(tuple(tokenise(p)) for p in cues.intended)
        vocab.schedule = {side: tuple(tuple(tokenise(p)) for p in phrases)
                          for side, phrases in cues.schedule.items()}
        vocab.continuity = {side: tuple(tuple(tokenise(p)) for p in phrases)
                            for side, phrases in cues.continuity.items()}
        vocab.grading = {word: side for side, words in cues.grading.items() for word in words}
        vocab.enough = frozenset(cues.sufficiency.get("enough", ()))
        vocab.too = frozenset(cues.sufficiency.get("too", ()))
        vocab.exclusive_after = frozenset(tuple(tokenise(p)) for p in cues.exclusive_after)
        vocab.statement_verbs = frozenset(cues.statement_verbs)
        vocab.between_auxiliary = frozenset(cues.between_auxiliary)
        vocab.predicate_verbs = dict(cues.predicate_verbs)
        vocab.entirety = tuple(tuple(tokenise(p)) for p in cues.entirety.get("words", ()))
        vocab.part_nouns = frozenset(cues.entirety.get("parts", ()))
        vocab.repetition = frozenset(cues.repetition)
        vocab.status_openers = frozenset(p[0] for p in vocab.unrealised if p) | frozenset(
            p[0] for phrases in vocab.schedule.values() for p in phrases if p)
        vocab.prepositions = frozenset(cues.prepositions)
        vocab.particles = frozenset(cues.particles)
        vocab.adverb_particles = frozenset(cues.adverb_particles)
        vocab.period_ends = frozenset(cues.period_ends)
        vocab.former = tuple(tuple(tokenise(p)) for p in cues.former)
        vocab.partial = tuple(tuple(tokenise(p)) for p in cues.partial)
        vocab.position_verbs = frozenset(cues.position_verbs)
        vocab.present = tuple(tuple(tokenise(p)) for p in cues.present)
        vocab.membership = tuple(tuple(tokenise(p)) for p in cues.membership)
        vocab.existential = tuple(tuple(tokenise(p)) for p in cues.existential)
        vocab.denying_all = frozenset(cues.denying_all)
        vocab.positional_verbs = frozenset(cues.positional.get("verbs", ()))
        vocab.capacity_words = frozenset(cues.capacity.get("words", ()))
        vocab.capacity_units = frozenset(cues.capacity.get("units", ()))
        vocab.possibility = tuple(tuple(tokenise(p)) for p in cues.possibility)
        vocab.possibility_words = frozenset(p[0] for p in vocab.possibility if len(p) == 1)
        vocab.passive_converses = {verb: frozenset(participles) for verb, participles
                                   in cues.passive_converses.items()}
        vocab.receiving_verbs = frozenset(cues.receiving.get("verbs", ()))
        vocab.receiving_markers = frozenset(cues.receiving.get("markers", ()))
        vocab.giving_verbs = frozenset(cues.receiving.get("giving", ()))
        vocab.constituting = frozenset(cues.constituting)
        vocab.owning_verbs = frozenset(cues.owning.get("verbs", ()))
        vocab.having_verbs = frozenset(cues.owning.get("having", ()))
        vocab.stake_nouns = frozenset(cues.owning.get("stakes", ()))
        vocab.leading_verbs = frozenset(cues.leading.get("verbs", ()))
        vocab.leader_roots = tuple(cues.leading.get("roots", ()))
        vocab.leader_nouns = frozenset(cues.leading.get("nouns", ()))
        vocab.governing_nouns = frozenset(cues.governing)
        vocab.placing_verbs = frozenset(cues.places_apart.get("verbs", ()))
        vocab.placing_prepositions = frozenset(cues.places_apart.get("prepositions", ()))
        vocab.kinds_apart = frozenset(cues.places_apart.get("kinds", ()))
        vocab.asserting_that = frozenset(cues.asserting.get("that", ()))
        vocab.asserting_as = frozenset(cues.asserting.get("as", ()))
        vocab.plain_saying = frozenset(cues.asserting.get("plain", ()))
        vocab.nearness_superlatives = frozenset(cues.nearness.get("superlatives", ()))
        vocab.nearness_nouns = frozenset(cues.nearness.get("nouns", ()))
        vocab.nearness_verbs = frozenset(cues.nearness.get("verbs", ()))
        vocab.rate_words = frozenset(cues.rate.get("words", ()))
        vocab.finite = frozenset(cues.finite)
        vocab.describing = cues.describing
        vocab.clause_joiners = cues.clauses.joiners
        vocab.relative_adverbs = cues.clauses.relative_adverbs
        vocab.aside_openers = cues.clauses.aside_openers
        vocab.reporting_verbs = cues.clauses.reporting
        vocab.reporting_complementisers = cues.clauses.complementisers
        vocab.attributing = cues.clauses.attributing
        vocab.asserting_openers = cues.clauses.asserting_openers
        vocab.not_a_rate = frozenset(cues.rate.get("not_before", ()))
        vocab.rate_adverbs = dict(cues.rate_adverbs)
        vocab.doing_nouns = frozenset(cues.doing)
        vocab.doer_endings = cues.doer_endings
        vocab.relative_words = frozenset(cues.relative_times.get("words", ()))
        vocab.relative_units = frozenset(cues.relative_times.get("units", ()))
        vocab.ordering_earlier = frozenset(cues.ordering.earlier)
        vocab.ordering_later = frozenset(cues.ordering.later)
        vocab.ordering_gaps = frozenset(cues.ordering.gaps)
        vocab.date_selectors = dict(cues.ordering.selectors)
        vocab.selects_to_come = frozenset(cues.ordering.still_to_come)
        vocab.selects_done = frozenset(cues.ordering.already_done)
        vocab.gap_near = frozenset(cues.ordering.near)
        vocab.gap_vague = dict(cues.ordering.vague)
        vocab.occasions = dict(cues.ordering.occasions)
        vocab.happening = frozenset(cues.ordering.happening)
        vocab.apart = frozenset(cues.ordering.apart)
        vocab.next_days = frozenset(cues.ordering.next_days)
        vocab.referring_back = frozenset(cues.ordering.referring_back)
        vocab.sequence = frozenset(cues.ordering.sequence)
        vocab.positional_prepositions = frozenset(cues.positional.get("prepositions", ()))
        vocab.be_forms = frozenset(cues.be_forms)
        vocab.against_plan = frozenset(cues.against_plan)
        vocab.remainder = frozenset(cues.remainder)
        vocab.subject_pronouns = frozenset(cues.subject_pronouns)
        vocab.relative_pronouns = frozenset(cues.relative_pronouns)
        vocab.quantifier_phrases = tuple(sorted(
            ((tuple(tokenise(p)), size) for size, words in cues.quantifiers.items()
             for p in words), key=lambda entry: -len(entry[0])))
        vocab.conditional = tuple(tuple(tokenise(p)) for p in cues.conditional)
        vocab.additive = tuple(tuple(tokenise(p)) for p in cues.additive)
        vocab.exceptive = tuple(tuple(tokenise(p)) for p in cues.exceptive)
        # Cue phrases are read as cues, not as topics: 'a tiny fraction of', 'once'.
        for cue in [p for p, _ in vocab.quantifier_phrases] + list(vocab.conditional):
            vocab._add(" ".join(cue), "skip", "")
        vocab.ignored = frozenset(cues.stopwords) | frozenset(cues.light)
        vocab.light = frozenset(word for word in cues.light if " " not in word)
        for phrase in vocab.ignored:
            if " " in phrase:
                vocab._add(phrase, "skip", "")
        numbers = lexicon.numbers
        vocab.number_words = dict(numbers.words)
        vocab.multipliers = dict(numbers.multipliers)
        vocab.scales = dict(numbers.scales)
        # 'longer than 50 km', 'cheaper than $1 billion': a comparative before 'than' and a
        # figure bounds the figure as 'more than' and 'less than' do
        derived = {f"{word} than": f"{side}_than" for side, words in numbers.comparatives.items()
                   for word in words}
        for words, comparator in {**derived, **numbers.comparators}.items():
            spelled = tuple(tokenise(words))
            vocab.comparators.setdefault(spelled[0], []).append((spelled, comparator))
        for entries in vocab.comparators.values():
            entries.sort(key=lambda entry: -len(entry[0]))
        vocab.trailing_comparators = {tuple(tokenise(words)): comparator for words, comparator
                                      in numbers.trailing_comparators.items()}
        vocab.span_words = frozenset(numbers.span_words)
        vocab.fillers = frozenset(numbers.fillers) | frozenset(numbers.months)
        vocab.months = frozenset(numbers.months)
        vocab.month_numbers = {m[:3]: i + 1 for i, m in enumerate(numbers.months[:12])}
        vocab.weekdays = frozenset(numbers.weekdays)
        vocab.periods = {word: frozenset(m[:3] for m in months)
                         for word, months in numbers.periods.items()}
        vocab.decade_parts = dict(numbers.decade_parts)
        # (a unit's names live in unit_names alone: the compiled store, decoded at every
        # start, need not carry them twice for some 200 currencies and units)
        vocab.units = {u.id: replace(u, names=()) for u in lexicon.units.units}
        # a name as text reads it, token by token: 'NZ$' is 'nz $', as in 'NZ$596m'
        vocab.unit_names = {" ".join(tokenise(name)): u.id for u in lexicon.units.units
                            for name in u.names}
        vocab.shared_currencies = {" ".join(tokenise(name)): frozenset(codes)
                                   for name, codes in lexicon.currencies.shared.items()}
        vocab.unit_senses = {name: {unit: frozenset(words) for unit, words in senses.items()}
                             for name, senses in lexicon.units.senses.items()}
        questions = lexicon.questions
        forms = [QuestionForm(tuple(tokenise(f.words)), f.answer, f.dimensions, f.kinds,
                              f.after_copula, f.not_subject, f.modifier,
                              frozenset(filter(None, map(vocab.canonical, f.attributes))))
                 for f in questions.forms]
        vocab.question_forms = tuple(sorted(forms, key=lambda f: -len(f.words)))
        vocab.kind_nouns = {noun: kind for kind, nouns in questions.kind_nouns.items()
                            for noun in nouns}
        vocab.yes_no = frozenset(questions.yes_no)
        vocab.plural_cues = frozenset(questions.plural_cues)
        vocab.dimension_nouns = {noun: dimension for dimension, nouns
                                 in questions.dimension_nouns.items() for noun in nouns}
        vocab.frame_words = frozenset(questions.frame_words)
        vocab.reason_markers = tuple(sorted((tuple(tokenise(m)) for m in questions.reason_markers),
                                            key=len, reverse=True))
        vocab.question_words = {name: frozenset(words)
                                for name, words in questions.word_lists.items()}
        vocab.entities = {e.id: e for e in entities}
        vocab.comparatives = {word: direction for direction, words
                              in numbers.comparatives.items() for word in words}
        vocab.comparative_dimensions = {word: dimension for dimension, words
                                        in numbers.comparative_dimensions.items()
                                        for word in words}
        vocab.multiples = dict(numbers.multiples)
        vocab.magnitudes = dict(numbers.magnitudes)
        vocab.differences = frozenset(numbers.differences)
        vocab.year_openers = frozenset(numbers.year_openers)
        vocab.change_verbs = frozenset(numbers.change_verbs)
        vocab.additions = frozenset(numbers.additions)
        vocab.fractions = dict(numbers.fractions)
        vocab.multiplying_verbs = dict(numbers.multiplying_verbs)
        vocab.fraction_units = dict(numbers.fraction_units)
        vocab.subunits = dict(numbers.subunits)
        vocab.ratios = tuple(tuple(tokenise(p)) for p in numbers.ratios)
        vocab.ages_before = frozenset(numbers.ages.get("before", ()))
        vocab.ages_after = frozenset(numbers.ages.get("after", ()))
        vocab.age_bounds = frozenset(numbers.ages.get("after_people", ()))
        vocab.ordinals = dict(numbers.ordinals)
        for dimension, names in numbers.dimension_words.items():
            for name in names:
                named = vocab.canonical(name)
                if named:
                    vocab.dimension_words.setdefault(named, dimension)
        # a verb that only says a thing goes on for a time asks 'how long' in ask, and
        # says what a period is in verify: one list for both
        verbs = {**numbers.measure_verbs,
                 "duration": tuple(vocab.question_words["duration_verbs"])}
        vocab.measure_verbs = {lemma: dimension for dimension, lemmas in sorted(verbs.items())
                               for lemma in sorted(lemmas)}
        lexicon_stems = {stem(t) for t, (kind, _) in vocab.single.items() if kind != "entity"}
        vocab.known_stems = frozenset({stem(w) for w in known_words} | lexicon_stems
                                      | set(vocab.stem_groups))
        for alias, entity_id in aliases:
            tokens = tokenise(alias)
            if tokens:
                vocab._add(alias, "entity", entity_id)
                vocab.fuzzy_aliases.setdefault(len(tokens), []).append((" ".join(tokens),
                                                                        entity_id))
        return vocab

    def _add(self, phrase: str, kind: str, payload: str) -> None:
        tokens = tuple(tokenise(phrase))
        if not tokens:
            return
        if len(tokens) == 1:
            # Entities and cues outrank synonym groups for the same single word.
            if tokens[0] not in self.single or kind != "group":
                self.single[tokens[0]] = (kind, payload)
            return
        entries = self.phrases.setdefault(stem(tokens[0]), [])
        entries.append((tokens, kind, payload))
        entries.sort(key=lambda e: -len(e[0]))

    # --- reading ----------------------------------------------------------------

    def is_verb_group(self, term: str) -> bool:
        return term in self.verb_groups

    def looks_like_verb(self, tokens: list[str], i: int, first: bool = True,
                        after_name: bool = False) -> bool:
        """A word that can be a verb, inflected as one or after 'to' or an auxiliary, and
        not after a determiner or preposition (where it is a noun: 'the plans'). A bare
        '-s' form is taken only for the sentence's ``first`` verb, and not when a list or
        a preposition follows it: then it is mostly a plural noun ('the use of mines',
        'anti-tank ditches over ten years')."""
        token = tokens[i]
        if not self.can_be_verb(token):
            return False
        if i == 0:  # "rebuild 300 km of road", "links Lithuania and Poland": a clause's rest
            following = tokens[1] if len(tokens) > 1 else ""
            if following in self.auxiliaries:
                return False  # "Bridges were renovated": a noun before its verb
            inflected = token.endswith(("s", "ed")) and following not in ("and", "or", "")
            if following[:1].isdigit() or following in self.number_words:
                # "Phase one delivers …", "Stage 2 was …": a noun and the number naming it,
                # when a verb follows the number ('rebuild 300 km' has none)
                after = tokens[2] if len(tokens) > 2 else ""
                if after in self.auxiliaries or after.endswith("ed") or (
                        self.number_words.get(following, parse_number(following)) == 1
                        and after.endswith("s")):
                    return False
            # "Work on the second phase": a preposition after it makes it a noun
            return ((following in self.determiners and following not in self.prepositions)
                    or following[:1].isdigit()
                    or following in self.number_words or inflected)
        before = tokens[i - 1]
        if before == "to":
            # "to strengthen its security"; not "back to back", "day to day"
            return i < 2 or tokens[i - 2] != token
        if first and i >= 2 and self.is_manner_adverb(before):
            return True  # "Turner permanently shut the site": a manner adverb before its verb
        # "will also pay", "has still not opened": the auxiliary stands before the adverb.
        # Not straight after 'not' or 'never': read so, a negated claim met another fact
        # than before and lost a held-out verdict, for a reason not yet found
        if before in self.between_auxiliary and before not in ("not", "never") and (
                (aux := self.auxiliary_before(tokens, i)) >= 0
                and tokens[aux] in self.auxiliaries):
            return True
        if before in self.determiners:
            # 'gravity first raised its speed': a word like 'first' or 'only' that starts no
            # noun phrase of its own is an adverb before a past-tense verb
            starts_phrase = i < 2 or tokens[i - 2] in self.determiners or (
                tokens[i - 2] in self.prepositions)
            # 'phase one delivers': a verb agreeing with the one thing a number names
            agrees = first and self.number_words.get(before) == 1 and token.endswith("s")
            return not starts_phrase and (token.endswith("ed") or token in self.irregular
                                          or agrees)
        if (before not in self.auxiliaries and not token.endswith(("ed", "ing"))
                and (before.endswith("ed") or before in self.irregular)):
            return False  # "took photographs", "made corrections": a verb's object
        following = tokens[i + 1] if i + 1 < len(tokens) else ""
        # not before a participle: 'a news release issued on …' is a noun the participle
        # tells more of
        # nor before a form of 'be': 'the Bay *ferries* are moored' is the subject's noun,
        # two verbs of a clause never standing side by side
        bare = (first and before not in ("and", "or") and bool(following)
                and following not in self.prepositions and following not in ("and", "or")
                and not following.endswith("ed") and following not in self.be_forms)
        # "the countries highlight": a plain verb after a plural noun is the predicate too
        # (not after a name that ends in 's': "the Venus encounter")
        plural_before = before.endswith("s") and before != "s" and not after_name
        if bare and token.endswith("s") and not plural_before and self._plain_verb_next(
                tokens, i + 1):
            return False  # "wild birds spread the virus": the plural noun before the verb
        return (token.endswith("ed") or token in self.irregular or before in self.auxiliaries
                or (bare and (token.endswith("s") or plural_before)))

    def _plain_verb_next(self, tokens: list[str], at: int) -> bool:
        """A plain verb form stands at ``at`` and a determiner opens its object ('birds
        *spread the* virus', 'ferries *link the* islands'), or it is a verb of position,
        which takes no object ('the wind farms *lie* north of …', 'the towers *stand*
        near …'): the '-s' word before it is the plural noun that does it, not the verb."""
        word = tokens[at] if at < len(tokens) else ""
        after = tokens[at + 1] if at + 1 < len(tokens) else ""
        return (bool(word) and not word.endswith(("s", "ed", "ing")) and self.can_be_verb(word)
                and ((after in self.determiners and after not in self.prepositions)
                     or self.is_position_verb(word)))

    def auxiliary_before(self, tokens: list[str], at: int) -> int:
        """Where the auxiliary before ``tokens[at]`` would stand, past the words that go
        between an auxiliary and its verb ('have *not yet* been renovated', 'will *also*
        pay'); -1 at the sentence's start. The caller checks what word stands there."""
        at -= 1
        while at >= 0 and tokens[at] in self.between_auxiliary:
            at -= 1
        return at

    def is_position_verb(self, word: str) -> bool:
        """'stands', 'lies': a verb that only says where a thing is."""
        return word in self.position_verbs or not self.position_verbs.isdisjoint(
            self.lemmas_of(word))

    def says_now(self, tokens: list[str]) -> bool:
        """'currently', 'at present': the sentence says what holds now."""
        return self.now_at(tokens) is not None

    def now_at(self, tokens: list[str]) -> range | None:
        """Where a sentence says what holds now ('currently', 'at present'), if it does."""
        found = _first_phrase(tokens, self._starts["present"])
        return range(found[0], found[0] + len(found[1])) if found else None

    def membership_at(self, tokens: list[str]) -> int | None:
        """Where a sentence says a thing is one of a group ('is one of the two holders')."""
        found = _first_phrase(tokens, self._starts["membership"])
        return found[0] if found else None

    def existential_at(self, tokens: list[str]) -> tuple[int, tuple[str, ...]] | None:
        """Where a sentence says there is at least one of a thing ('several reactors')."""
        return _first_phrase(tokens, self._starts["existential"])

    def is_manner_adverb(self, word: str) -> bool:
        """'briefly', 'permanently': an adjective made an adverb by '-ly' (not a verb:
        'supply')."""
        return (word.isalpha() and word.endswith("ly") and len(word) >= 6
                and not self.can_be_verb(word))

    def status_of(self, tokens: list[str]) -> str | None:
        """'completed' for a sentence that says something is done ('already', 'has been
        completed'), 'prospective' for one about what is planned or to come."""
        if not self.completive.isdisjoint(tokens):
            return "completed"
        start = 0
        while found := _first_phrase(tokens[start:], self._starts["prospective"]):
            at = start + found[0]
            if not self._against_plan(tokens, at):
                return "prospective"
            start = at + len(found[1])
        return None

    def _against_plan(self, tokens: list[str], at: int) -> bool:
        """Whether the word of plans at ``at`` is what an act is weighed against ('closer
        than was first expected', 'went as planned'), not what the sentence says of it."""
        for before in range(at - 1, max(at - 4, -1), -1):
            word = tokens[before]
            if word in self.against_plan:
                return True
            if not (word in self.be_forms or word in self.auxiliaries
                    or word in self.ordinals or word.endswith("ly")):
                return False  # ('as well as planned tunnels': a word between)
        return False

    def unrealised_at(self, tokens: list[str]) -> range | None:
        """Where a sentence says an act is put off or not yet decided on ('has been
        postponed', 'is still in the planning stage'), if it does."""
        if self.status_openers.isdisjoint(tokens):
            return None
        found = _first_phrase(tokens, self._starts["unrealised"])
        if not found:
            return None
        end = found[0] + len(found[1])
        # what is put off is the act's beginning ('has yet to begin'): the cue says it all
        begun = next((p for p in self.inceptive if tuple(tokens[end:end + len(p)]) == p), ())
        return range(found[0], end + len(begun))

    def taking_effect_at(self, tokens: list[str]) -> range | None:
        """Where a sentence says a rule takes effect ('comes into force'), if it does."""
        found = _first_phrase(tokens, self._starts["taking_effect"])
        return range(found[0], found[0] + len(found[1])) if found else None

    def entirety_at(self, tokens: list[str]) -> range | None:
        """Where a sentence says all of a thing ('is fully complete', 'the entire
        project'), if it does."""
        found = _first_phrase(tokens, self._starts["entirety"])
        return range(found[0], found[0] + len(found[1])) if found else None

    def schedule_of(self, tokens: list[str]) -> tuple[str, range] | None:
        """'kept' for a sentence that says an act keeps to its timetable ('stayed on
        schedule'), 'missed' for one that says it does not ('is behind schedule'), with
        where it says so."""
        if self.status_openers.isdisjoint(tokens):
            return None
        return self._side_of("schedule", tokens)

    def continuity_of(self, tokens: list[str]) -> tuple[str, range] | None:
        """'continuous' for a sentence that says an act went on without a break ('watched
        Juice constantly'), 'intermittent' for one that says it came and went ('checked on
        it now and then'), with where it says so."""
        return self._side_of("continuity", tokens)

    def _side_of(self, cue: str, tokens: list[str]) -> tuple[str, range] | None:
        """Which side of a two-sided cue (``schedule``, ``continuity``) the sentence says,
        and where."""
        sides = self._sides[cue]
        if sides[0].isdisjoint(tokens):
            return None  # nearly every sentence: none of the phrases' first words
        for side, starting in sides[1]:
            found = _first_phrase(tokens, starting)
            if found:
                return side, range(found[0], found[0] + len(found[1]))
        return None

    @cached_property
    def place_kinds(self) -> frozenset[str]:
        """The kinds of entity that answer 'where' (questions.json): 'which places' takes
        any of them."""
        return frozenset(k for form in self.question_forms if form.not_subject
                         for k in form.kinds)

    @cached_property
    def _sides(self) -> dict[str, tuple[frozenset[str], tuple[tuple[str, dict[
            str, list[tuple[str, ...]]]], ...]]]:
        """Each two-sided cue's first words, and its sides' phrases by their first words."""
        return {cue: (frozenset(p[0] for phrases in sides.values() for p in phrases if p),
                      tuple((side, _by_first_word(phrases)) for side, phrases in sides.items()))
                for cue, sides in (("schedule", self.schedule),
                                   ("continuity", self.continuity))}

    def quantifier_of(self, tokens: list[str]) -> str | None:
        """'large' for 'most of the fuel', 'small' for 'a tiny share of it'."""
        found = self._share_phrase(tokens)
        return dict(self.quantifier_phrases)[found[1]] if found else None

    def quantified_at(self, tokens: list[str]) -> int | None:
        """Where the words a quantity word is said of start: 'the' in 'most of the fuel'."""
        found = self._share_phrase(tokens)
        return found[0] + len(found[1]) if found else None

    def _share_phrase(self, tokens: list[str]) -> tuple[int, tuple[str, ...]] | None:
        found = _first_phrase(tokens, self._starts["share"])
        if found is not None and found[1] == ("most",) and found[0] > 0 and (
                tokens[found[0] - 1] not in self.prepositions or tokens[found[0] - 1] == "at"):
            # 'the most vulnerable', "NATO's most vulnerable" are superlatives, 'at most' a
            # bound: bare 'most' is a share only opening the sentence or a phrase
            return None
        return found

    def is_additive(self, tokens: list[str]) -> bool:
        """'Hensel Phelps also worked on Terminal 1': one more, not instead of."""
        return self.additive_phrase(tokens) is not None

    def additive_phrase(self, tokens: list[str]) -> str | None:
        """The first phrase that makes the sentence tell of one more ('also', 'on top of')."""
        found = _first_phrase(tokens, self._starts["additive"])
        return " ".join(found[1]) if found else None

    def exception_at(self, tokens: list[str]) -> tuple[int, int] | None:
        """Where a phrase setting a thing aside begins and ends: 'apart from', 'except'."""
        found = _first_phrase(tokens, self._starts["exceptive"])
        return (found[0], found[0] + len(found[1])) if found else None

    def of_former_time(self, tokens: list[str]) -> bool:
        """The sentence gives its figures for an earlier time than its own: 'originally',
        'a year earlier', or an opening clause of 'before' ('Before Century joined, the
        plant was planned for 600,000 tons'; not 'before 2030', a deadline)."""
        if len(tokens) > 1 and tokens[0] in self.ordering_earlier and not (
                tokens[1][:1].isdigit() or tokens[1] in self.months
                or tokens[1] in self.number_words):
            return True
        return _first_phrase(tokens, self._starts["former"]) is not None

    def names_one_of_several(self, tokens: list[str]) -> bool:
        """The sentence gives a name as one of several ('among the species helped', 'such
        as Sudan'), so it does not say another is not one of them."""
        return _first_phrase(tokens, self._starts["partial"]) is not None

    def conditional_span(self, tokens: list[str]) -> set[int]:
        """Positions inside a clause that is only supposed ('once Juice reaches Jupiter',
        'if the talks fail'): from the subordinator to the end of the sentence."""
        found = _first_phrase(tokens, self._starts["conditional"])
        return set(range(found[0], len(tokens))) if found else set()

    @cached_property
    def _starts(self) -> dict[str, dict[str, list[tuple[str, ...]]]]:
        """Each list of cue phrases a sentence is searched for, by the phrases' first words:
        made once, where a list looked up anew would be hashed whole for every sentence."""
        lists = {"prospective": self.prospective, "unrealised": self.unrealised,
                 "entirety": self.entirety, "additive": self.additive,
                 "conditional": self.conditional, "exceptive": self.exceptive,
                 "former": self.former, "partial": self.partial,
                 "present": self.present, "membership": self.membership,
                 "existential": self.existential, "taking_effect": self.taking_effect,
                 "share": tuple(phrase for phrase, _ in self.quantifier_phrases)}
        return {name: _by_first_word(phrases) for name, phrases in lists.items()}

    @cached_property
    def entity_name_words(self) -> dict[str, frozenset[str]]:
        """The words of each entity's names and aliases, as a sentence's words are read."""
        words: dict[str, set[str]] = {}
        for aliases in self.fuzzy_aliases.values():
            for alias, entity_id in aliases:
                words.setdefault(entity_id, set()).update(alias.split())
        return {entity_id: frozenset(found) for entity_id, found in words.items()}

    @cached_property
    def entity_name_stems(self) -> dict[str, frozenset[str]]:
        """The stems of the words of each entity's names: 'grants' of 'KfW heating grants'
        is the claim's 'grant' too."""
        return {entity_id: frozenset(stem(word) for word in words)
                for entity_id, words in self.entity_name_words.items()}

    @cached_property
    def any_name_words(self) -> frozenset[str]:
        """The words of every entity's names and aliases, in one set: whether a word is in
        some entity's name is then one lookup, not one per entity."""
        return frozenset().union(*self.entity_name_words.values())

    @cached_property
    def entity_name_modifiers(self) -> dict[str, frozenset[str]]:
        """The words of each entity's names but their heads: 'tram' of the Meridia tram
        extension, not 'extension', which may be another extension."""
        heads: dict[str, set[str]] = {}
        for aliases in self.fuzzy_aliases.values():
            for alias, entity_id in aliases:
                heads.setdefault(entity_id, set()).update(name_head(alias.split()))
        return {entity_id: words - heads.get(entity_id, set())
                for entity_id, words in self.entity_name_words.items()}

    def referents(self, term: str, word: str) -> list[str]:
        """The entities a word can refer back to: by a word of their name ('the council'
        for Meridia City Council) or by their kind ('the spacecraft' for Juice)."""
        key = term + "|" + word
        known = self._referents.get(key)
        if known is not None:
            return known
        found: list[str] = list(self.name_words.get(term, ()))
        if term.startswith("g:"):  # a synonym group's word heads a name as itself
            singular = word[:-1] if word.endswith("s") else word
            found.extend(e for e in self.name_words.get(NAME_HEAD + singular, ())
                         if e not in found)
        for lemma in self.lemmas_of(word):
            found.extend(e for e in self.kind_words.get(lemma, ()) if e not in found)
        self._referents[key] = found
        return found

    def names_entity(self, word: str) -> bool:
        """The word on its own is a name or alias of one of the store's entities."""
        hit = self.single.get(word)
        return hit is not None and hit[0] == "entity"

    def group_words(self) -> dict[str, list[str]]:
        """The single words of each synonym group, by group term."""
        words: dict[str, list[str]] = {}
        for word, (kind, payload) in self.single.items():
            if kind == "group":
                words.setdefault(payload, []).append(word)
        return words

    def lemmas_of(self, word: str) -> list[str]:
        known = self._lemmas.get(word)
        if known is None:
            known = self._lemmas[word] = lemma_candidates(word, self.irregular)
        return known

    @cached_property
    def _lemmas(self) -> dict[str, list[str]]:
        """Lemmas worked out so far, by word: a batch meets the same words again."""
        return {}

    @cached_property
    def inceptive_words(self) -> frozenset[str]:
        """The verbs of beginning of one word ('began', 'starts'), to test a sentence's
        words against all at once rather than each against every phrase."""
        return frozenset(phrase[0] for phrase in self.inceptive if len(phrase) == 1)

    @cached_property
    def joined_names(self) -> bool:
        """Some entity's name holds a comma or an 'and' ('Skidmore, Owings & Merrill'),
        where a list must not be cut."""
        return any("," in entity.name for entity in self.entities.values()) or any(
            "and" in alias.split() for aliases in self.fuzzy_aliases.values()
            for alias, _ in aliases)

    def is_plural_noun(self, word: str) -> bool:
        """'branches', 'passengers', 'children': a word inflected from a lemma of its own
        as a plural is (not a verb's '-ing' or '-ed' form, nor 'class')."""
        return not word.endswith(("ss", "ing", "ed")) and any(
            lemma != word and word.startswith(lemma[:2]) for lemma in self.lemmas_of(word))

    @cached_property
    def spelled_ordinals(self) -> dict[str, str]:
        """'20th' -> 'twentieth': an ordinal in digits, to its word."""
        endings = {1: "st", 2: "nd", 3: "rd"}
        return {f"{n}{'th' if n % 100 in (11, 12, 13) else endings.get(n % 10, 'th')}": word
                for word, n in self.ordinals.items()}

    @cached_property
    def span_units(self) -> frozenset[str]:
        """The names of units of a length of time: 'month', 'days'."""
        return frozenset(name for name, unit_id in self.unit_names.items()
                         if self.units[unit_id].dimension == "duration")

    @cached_property
    def clause_break(self) -> re.Pattern[str]:
        """Where one clause or list item may end and the next begin: a semicolon, a comma,
        or a joining word ('…, and the road will …', '… whereas Poland …')."""
        joiners = _alternatives(self.clause_joiners)
        return re.compile(rf"\s*;\s*|,?\s+(?:{joiners})\s+|,\s+", re.I)

    @cached_property
    def opens_relative(self) -> re.Pattern[str]:
        """A comma and a relative clause still open at the end of a text: 'the Gap, which
        links Lithuania and Poland' (so no clause ends at the comma after it)."""
        openers = _alternatives((*self.relative_pronouns, *self.relative_adverbs))
        return re.compile(rf",\s*(?:{openers})\b[^,]*$", re.I)

    @cached_property
    def relative_aside(self) -> re.Pattern[str]:
        """A head, a relative clause set off by commas and the rest of the sentence:
        'Juice, which launched in 2023, is due …'."""
        openers = _alternatives(self.aside_openers)
        return re.compile(rf"^(?P<head>[^,]{{2,60}}),\s+(?:{openers})\s+(?P<clause>[^,]{{3,}}),"
                          rf"\s+(?P<rest>.+)$", re.I)

    @cached_property
    def reported(self) -> re.Pattern[str]:
        """A short speaker, a reporting verb and what is reported: 'experts say (that) …'."""
        verbs = _alternatives(self.reporting_verbs)
        complementisers = _alternatives(self.reporting_complementisers)
        return re.compile(rf"^(?P<speaker>(?:[\w'-]+\s+){{1,3}}?)(?:{verbs})\s+"
                          rf"(?:(?:{complementisers})\s+)?(?P<rest>.+)$", re.I)

    @cached_property
    def attributed(self) -> re.Pattern[str]:
        """A source set off by its comma before what it says: 'according to experts, …'."""
        openers = _alternatives(self.attributing)
        return re.compile(rf"^(?:{openers}) [^,]{{2,60}},\s+(?P<rest>.+)$", re.I)

    @cached_property
    def asserting_opener(self) -> re.Pattern[str]:
        """An opening phrase asserting something of its own before the main clause:
        'despite the pause, …'."""
        openers = _alternatives(self.asserting_openers)
        return re.compile(rf"^(?:{openers})\s+(?P<adverbial>[^,]{{3,80}}),\s+(?P<main>.+)$",
                          re.I)

    @cached_property
    def appositive(self) -> re.Pattern[str]:
        """A head, and a phrase set off by commas that describes it before the rest of the
        sentence: opened by a describing word or a possessive ('Century's chief
        executive')."""
        openers = _alternatives(self.describing)
        return re.compile(rf"^(?P<head>[^,]{{2,60}}),\s+(?P<appositive>(?:{openers}|"
                          rf"[^,]{{1,40}}?['\u2019]s)\s[^,]{{3,}}),\s+(?P<rest>.+)$", re.I)

    @cached_property
    def describes_name(self) -> re.Pattern[str]:
        """A noun phrase up to the comma that closes it, opened by a word that describes
        ('a moon of Jupiter,'): after a name and its comma, it tells what the name is."""
        openers = _alternatives(self.describing)
        return re.compile(rf"^(?:{openers})\s[^,;]{{3,}},", re.I)

    @cached_property
    def period_units(self) -> dict[str, str]:
        """A length of time's unit by its singular name, as a rate names it ('a *second*',
        a word the unit's names leave out as the ordinal it mostly is)."""
        return {u.singular: u.id for u in self.units.values() if u.dimension == "duration"}

    @cached_property
    def calendar_words(self) -> frozenset[str]:
        """Months and days of the week: a date's words that name one of a kind."""
        return self.months | self.weekdays

    @cached_property
    def figure_openers(self) -> frozenset[str]:
        """The words a figure can start with ('more', 'about', 'five', 'a', 'km'): a word
        not among them, and not a digit or a symbol, starts none."""
        return frozenset(self.number_words) | frozenset(self.multipliers) | frozenset(
            self.comparators) | frozenset(self.magnitudes) | frozenset(self.fractions) | (
            frozenset(self.multiples)) | (
            self.fillers) | frozenset(
            name.split()[0] for name in self.unit_names)

    @cached_property
    def _relations(self) -> dict[str, str]:
        """Entries of the relation table looked up so far."""
        return {}

    @cached_property
    def _links(self) -> dict[tuple[str, bool, bool], dict[str, tuple[str, str]]]:
        """Links worked out so far: a batch asks for the same words again and again."""
        return {}

    @cached_property
    def _referents(self) -> dict[str, list[str]]:
        return {}

    @cached_property
    def _split_tables(self) -> dict[str, dict[str, str]]:
        """The relation tables split into entries, by mark ('' relations, '<' narrower
        words, '!' opposite senses, '^' verbs in line), once a run has looked up
        :data:`SEARCHES_BEFORE_SPLIT` lemmas."""
        return {}

    def _entry(self, mark: str, table: str, key: str) -> str:
        """A lemma's packed links. One claim looks up a few lemmas, each a search of the
        table (up to 0.3 ms); a batch looks up hundreds, for which splitting the table
        once (about 1.6 ms) is cheaper."""
        split = self._split_tables.get(mark)
        if split is None and len(self._relations) >= SEARCHES_BEFORE_SPLIT:
            split = self._split_tables[mark] = split_table(table)
        return find_links(table, key) if split is None else split.get(key, "")

    @cached_property
    def verb_lemmas(self) -> frozenset[str]:
        return frozenset(self.verb_lemma_lines.split("\n"))

    def can_be_verb(self, word: str) -> bool:
        return not self.verb_lemmas.isdisjoint(self.lemmas_of(word))

    def is_participle(self, word: str) -> bool:
        """'linking', 'funded': a verb's '-ing' or '-ed' form (not 'need', 'ring')."""
        return word.endswith(("ing", "ed")) and self.can_be_verb(word)

    def is_empty_verb(self, token: str) -> bool:
        """A verb of no content of its own, inflected as one, which a reading weighs as no
        word ('four members *wanted* no change', 'Juice *took* pictures', '*includes* a
        tunnel'); not an auxiliary."""
        return token in self.ignored and token not in self.auxiliaries and (
            token.endswith(("s", "ed")) or token in self.irregular) and self.can_be_verb(token)

    def links(self, word: str, verb: bool = False,
              narrower: bool = False) -> dict[str, tuple[str, str]]:
        """The store terms ``word`` relates to, with the relation and its source; the
        closest relation wins where two lemmas of the word reach the same term. A ``verb``
        relates only through verb senses ('worked' is not the noun 'work'); ``narrower``
        words ('probe' for 'spacecraft') are looked up only when asked for."""
        asked = (word, verb, narrower)
        known = self._links.get(asked)
        if known is not None:
            return known
        found: dict[str, tuple[str, str]] = {}
        tables = ((self.relation_table, ""), (self.narrower_table, "<")) if narrower else (
            (self.relation_table, ""),)
        for lemma in self.lemmas_of(word):
            key = VERB + lemma if verb else lemma
            for table, mark in tables:
                packed = self._relations.get(mark + key)
                if packed is None:
                    packed = self._relations[mark + key] = self._entry(mark, table, key)
                for term, link in unpack_links(packed).items() if packed else ():
                    if term not in found or rank(link[0]) < rank(found[term][0]):
                        found[term] = link
        self._links[asked] = found
        return found

    def opposite_senses(self, word: str, verb: bool = False) -> dict[str, tuple[str, str]]:
        """The store terms ``word`` is opposed to in one of its senses ('rejected' to
        'approved', 'dwindled' to 'rose'), kept apart from :meth:`links`: only a claim's
        verdict may read them, where the rest of the claim is the fact's."""
        asked = (word, verb)
        known = self._opposites.get(asked)
        if known is None:
            known = self._opposites[asked] = {}
            for lemma in self.lemmas_of(word):
                packed = self._entry("!", self.opposite_table, VERB + lemma if verb else lemma)
                known.update((term, link) for term, link in (
                    unpack_links(packed).items() if packed else ()) if term not in known)
        return known

    def verbs_in_line(self, word: str) -> frozenset[str]:
        """The store verbs WordNet puts a step above or below the verb ``word`` through a
        sense not in common use ('cleared' for 'approved'): only the verifier reads them,
        for the one verb of a claim its fact does not otherwise say."""
        known = self._in_line.get(word)
        if known is None:
            # asked of the claim's one unsaid verb with each candidate fact, and a search
            # of the table costs up to 0.2 ms: worked out once a word
            packed = [self._entry("^", self.line_table, VERB + lemma)
                      for lemma in self.lemmas_of(word)]
            known = self._in_line[word] = frozenset(
                term for links in packed if links for term in unpack_links(links))
        return known

    @cached_property
    def _in_line(self) -> dict[str, frozenset[str]]:
        """Verbs in line worked out so far, by claim word."""
        return {}

    @cached_property
    def _opposites(self) -> dict[tuple[str, bool], dict[str, tuple[str, str]]]:
        """Opposite senses worked out so far (few words have any)."""
        return {}

    def canonical(self, word: str) -> str | None:
        """The comparable term of one word, or None for a word that carries no content."""
        hit = self.single.get(word)
        if hit is not None:
            return hit[1] if hit[0] == "group" else None
        if word[:1].isdigit():  # '20th' is 'twentieth'
            spelled = self.spelled_ordinals.get(word)
            return None if spelled is None else self.canonical(spelled)
        if word in self.ignored or word in self.number_words or (
                word in self.unit_names and not _names_a_span(word)):
            return None
        word_stem = _agent_noun(word) or stem(word)
        return self.stem_groups.get(word_stem, "s:" + word_stem)

    def match_phrase(self, tokens: list[str], i: int) -> tuple[str, str, int] | None:
        token = tokens[i]
        # A phrase's first word may be inflected: "getting out of" as "get out of".
        for phrase, kind, payload in self.phrases.get(stem(token), ()):
            rest = len(phrase)
            if tuple(tokens[i + 1 : i + rest]) == phrase[1:]:
                return kind, payload, rest
            if kind == "group" and self._separated(phrase, tokens, i):
                return kind, payload, 1  # the particle, further on, is read past
        hit = self.single.get(token)
        if hit is not None:
            return hit[0], hit[1], 1
        fuzzy = self._fuzzy_entity(tokens, i)
        if fuzzy is not None:
            return "entity", fuzzy[0], fuzzy[1]
        if token in self.ignored and self._verb_after_auxiliary(tokens, i):
            return "word", "s:" + stem(token), 1  # 'are following the project'
        if token in self.ignored or not (token[:1].isalpha() or token in self.spelled_ordinals) or (
                token in self.unit_names and not _names_a_span(token)):
            return None
        term = self.canonical(token)
        return ("word", term, 1) if term else None

    def _separated(self, phrase: tuple[str, ...], tokens: list[str], i: int) -> bool:
        """A verb and its particle with the object between: 'keep ships from boarding',
        'set the money aside'."""
        if len(phrase) != 2 or phrase[1] not in self.particles:
            return False
        for j in range(i + 2, min(i + 2 + SEPARABLE_GAP, len(tokens))):
            if tokens[j] == phrase[1]:
                following = tokens[j + 1] if j + 1 < len(tokens) else ""
                # 'keep the money from the fund' keeps it; 'from' takes an act to prevent
                return phrase[1] != "from" or following.endswith("ing")
            if tokens[j] in self.prepositions or tokens[j] in self.auxiliaries:
                return False  # the object is a short noun phrase
        return False

    def _verb_after_auxiliary(self, tokens: list[str], i: int) -> bool:
        """'following', 'including': a preposition-like stopword is a verb after 'are' or
        'will be' (light words such as 'planning' stay light there too)."""
        token = tokens[i]
        return (i > 0 and token.endswith("ing") and token not in self.light
                and (tokens[i - 1] in self.be_forms or tokens[i - 1] in self.auxiliaries)
                and self.can_be_verb(token))

    def _fuzzy_entity(self, tokens: list[str], i: int) -> tuple[str, int] | None:
        """Forgive a small typo in an entity name: 'Lithuana', 'Suwalky Gap' (asked only
        of a word that is not itself a word of the lexicon or a name)."""
        token = tokens[i]
        if (len(token) < 5 or token in self.ignored
                or not token.isalpha() or stem(token) in self.known_stems):
            return None
        words = tuple(tokens[i : i + 2])  # all the answer depends on
        if words not in self._typos:
            self._typos[words] = self._closest_alias(tokens, i)
        return self._typos[words]

    @cached_property
    def _typos(self) -> dict[tuple[str, ...], tuple[str, int] | None]:
        """Typo matches worked out so far, by the word and the next: a batch meets the
        same unknown words again, and each is tried against every alias."""
        return {}

    @cached_property
    def _fuzzy_by_digits(self) -> dict[tuple[int, str], list[tuple[str, str]]]:
        """The aliases a typo may be of, by their number of words and the digits they hold
        ('terminal 1': (2, '1')), in the order of ``fuzzy_aliases``: only those with the
        same digits are compared, so their digits are worked out once, not per word."""
        grouped: dict[tuple[int, str], list[tuple[str, str]]] = {}
        for length, aliases in self.fuzzy_aliases.items():
            for alias, entity_id in aliases:
                digits = "".join(c for c in alias if c.isdigit())
                grouped.setdefault((length, digits), []).append((alias, entity_id))
        return grouped

    def _closest_alias(self, tokens: list[str], i: int) -> tuple[str, int] | None:
        from rapidfuzz.distance import Levenshtein

        for length in (2, 1):
            if i + length > len(tokens):
                continue
            candidate = " ".join(tokens[i : i + length])
            budget = 1 if len(candidate) < 8 else 2
            best: tuple[int, str] | None = None
            # 'Terminal 2' is another terminal, not a typo of 'Terminal 1'
            digits = "".join(c for c in candidate if c.isdigit())
            initials = [word[0] for word in candidate.split()]
            for alias, entity_id in self._fuzzy_by_digits.get((length, digits), ()):
                # a slip of the pen keeps a word's first letter: 'Northern China' is
                # another region than 'Southern China', not a typo of it
                if [word[0] for word in alias.split()] != initials:
                    continue
                distance = Levenshtein.distance(candidate, alias, score_cutoff=budget)
                if distance <= budget and (best is None or distance < best[0]):
                    best = (distance, entity_id)
            if best is not None:
                return best[1], length
        return None

    def attach_context(self, analysis: Analysis) -> None:
        """Give each quantity the content terms around it: '113 km of road' -> {road}."""
        if not analysis.quantities:
            return
        attached = []
        tokens = analysis.tokens
        previous_end = -1
        for q in analysis.quantities:
            low = q.start - 4
            if 0 <= previous_end < q.start and tokens[previous_end] == "of":
                # '$211 million of redirected activities with $122 million for new needs':
                # the phrase of 'of' after a figure says what that figure is of
                low = max(low, next((k for k in range(previous_end + 1, q.start)
                                     if tokens[k] in self.prepositions), q.start))
            near = {t for t, pos in analysis.terms if low <= pos < q.end + 4}
            near |= {e for e, pos in analysis.entities if low <= pos < q.end + 4}
            if self._said_of_the_subject(analysis, q.start):
                near |= self._subject_head(analysis)
            attached.append(q._replace(context=frozenset(near)))
            previous_end = q.end
        analysis.quantities = attached

    def _said_of_the_subject(self, analysis: Analysis, start: int) -> bool:
        """The figure at ``start`` is what a copula says of the subject, with nothing but
        auxiliaries and a word for a figure of the subject between ('the tunnel … would be
        15 miles long', 'the grant is worth $2m'; not 'filming will take 150 days')."""
        at = analysis.predicate_at
        figure_words = self.question_words["figure_predicates"]
        return at is not None and at < start and all(
            token in self.auxiliaries or token in figure_words
            for token in analysis.tokens[at:start])

    def _subject_head(self, analysis: Analysis) -> set[str]:
        """The terms and names of the subject up to its first preposition, participle or
        relative word: 'tunnel' in 'the tunnel linking the reservoir to the lake', 'grant'
        (and its owner) in "the city's grant for the project"."""
        tokens = analysis.tokens
        end = next((pos for pos, token in enumerate(tokens[:analysis.predicate_at])
                    if token in self.prepositions or token in self.relative_pronouns
                    or (pos > 0 and self.is_participle(token))), analysis.predicate_at)
        return {t for t, pos in analysis.terms if pos < (end or 0)} | {
            e for e, pos in analysis.entities if pos < (end or 0)}

    def describe_entity(self, entity_id: str) -> str:
        entity = self.entities.get(entity_id)
        return entity.name if entity else entity_id
