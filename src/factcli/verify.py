"""Three-way claim verification: SUPPORTED, REFUTED or NOT ENOUGH INFO, with evidence.

A claim is read into canonical terms, entities and quantities (``text.analyse``); the
index proposes candidate facts; each candidate is aligned item by item. Conflicts
(numbers, substituted entities, antonyms, negation, exclusivity) are looked for before
support, and a claim is supported only when every item it makes is accounted for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, NamedTuple

from factcli.files import require_text
from factcli.index import CompiledFact, FactQuantity, format_quantity, index_tokens
from factcli.knowledge import Knowledge
from factcli.text import Analysis, QuantityMention, analyse, and_list, tokenise

if TYPE_CHECKING:
    from factcli.vocabulary import Vocabulary

SUPPORTED = "supported"
REFUTED = "refuted"
NOT_ENOUGH_INFO = "not_enough_info"
MAX_CLAIM_CHARS = 10_000
CANDIDATES = 8
_EPSILON = 1e-9
_OPEN_RELATIVE = re.compile(r",\s*(?:which|who|whose|where|that)\b[^,]*$", re.I)
_SPLIT = re.compile(r"\s*;\s*|,?\s+(?:and|but|while|whereas|although|though)\s+|,\s+", re.I)
_ACCORDING = re.compile(r"^according to [^,]{2,60},\s+(?P<rest>.+)$", re.I)
_REPORTED = re.compile(
    r"^(?P<speaker>(?:[\w'-]+\s+){1,3}?)(?:say|says|said|claim|claims|claimed|report|reports|"
    r"reported|believe|believes|note|notes|noted|argue|argues|argued)\s+(?:that\s+)?"
    r"(?P<rest>.+)$", re.I)
_ADVERBIAL = re.compile(
    r"^(?:in|amid|amidst|after|as|while|despite|following|with|given|because of|since|"
    r"by|in order)\s+(?P<adverbial>[^,]{3,80}),\s+(?P<main>.+)$", re.I)
_APPOSITIVE = re.compile(r"^(?P<head>[^,]{2,60}),\s+(?P<appositive>(?:a|an|one of)\s[^,]{3,}),"
                         r"\s+(?P<rest>.+)$", re.I)


class Evidence(NamedTuple):
    fact_id: str
    statement: str
    section: str


class Conflict(NamedTuple):
    kind: str
    claim: str
    article: str

    def describe(self) -> str:
        return f"claim says {self.claim}; the article says {self.article}"


class Outcome(NamedTuple):
    """The verdict on a claim, or on one part of a compound claim (then ``parts`` is
    empty)."""

    text: str
    verdict: str
    confidence: float
    evidence: tuple[Evidence, ...]
    explanation: str
    conflicts: tuple[Conflict, ...] = ()
    parts: tuple[Outcome, ...] = ()



def check_claim_text(claim: str) -> str:
    return require_text(claim, "claim", 'factcli verify "Lithuania is leaving the Ottawa '
                        'Convention" (use factcli check for whole texts)', MAX_CLAIM_CHARS)


def verify_claim(claim: str, knowledge: Knowledge) -> Outcome:
    text = check_claim_text(claim)
    parts = [verify_part(part, knowledge) for part in split_claim(text, knowledge)]
    if len(parts) == 1:
        only = parts[0]
        return Outcome(text=text, verdict=only.verdict, confidence=only.confidence,
                           evidence=only.evidence, explanation=only.explanation,
                           conflicts=only.conflicts, parts=())
    return _combine(text, parts)


def _combine(text: str, parts: list[Outcome]) -> Outcome:
    verdicts = [p.verdict for p in parts]
    if REFUTED in verdicts:
        verdict = REFUTED
        deciding = [p for p in parts if p.verdict == REFUTED]
    elif all(v == SUPPORTED for v in verdicts):
        verdict = SUPPORTED
        deciding = parts
    else:
        verdict = NOT_ENOUGH_INFO
        deciding = [p for p in parts if p.verdict == NOT_ENOUGH_INFO]
    evidence = tuple(dict.fromkeys(e for p in deciding for e in p.evidence))
    conflicts = tuple(c for p in deciding for c in p.conflicts)
    explanation = "; ".join(f"part {parts.index(p) + 1}: {p.explanation}" for p in deciding)
    confidence = min(p.confidence for p in deciding)
    return Outcome(text=text, verdict=verdict, confidence=confidence, evidence=evidence,
                       explanation=explanation, conflicts=conflicts, parts=tuple(parts))


def split_claim(text: str, knowledge: Knowledge) -> list[str]:
    """The separate statements a claim makes, each to be verified on its own: the claim
    without its attribution ('experts say'), a leading adverbial with content of its own
    ('Amid rising tensions with Russia, ...'), an appositive ('the Gap, a 100-km strip,
    is ...'), and coordinated clauses or objects ('rebuild roads and renovate bridges');
    'connects Lithuania and Poland' stays whole."""
    parts: list[str] = []
    for clause in _leading_adverbial(_without_attribution(text, knowledge), knowledge):
        for piece in _appositive(clause, knowledge):
            parts.extend(_coordinated(piece, knowledge))
    return parts or [text]


def _without_attribution(text: str, knowledge: Knowledge) -> str:
    """'Experts say the Gap is 65 km long' claims that the Gap is 65 km long; a named
    speaker ('Russia says ...') is part of the claim and stays."""
    according = _ACCORDING.match(text)
    if according:
        return according.group("rest")
    said = _REPORTED.match(text)
    if said and said.group("speaker").strip():
        speaker = analyse(said.group("speaker"), knowledge.vocab)
        rest = analyse(said.group("rest"), knowledge.vocab)
        if not speaker.entities and rest.predicate_at is not None:
            return said.group("rest")
    return text


def _leading_adverbial(text: str, knowledge: Knowledge) -> list[str]:
    match = _ADVERBIAL.match(text)
    if match is None:
        return [text]
    adverbial = analyse(match.group("adverbial"), knowledge.vocab)
    main = analyse(match.group("main"), knowledge.vocab)
    substantial = adverbial.entities or any(knowledge.vocab.is_verb_group(t)
                                            for t, _ in adverbial.terms)
    if not substantial or main.predicate_at is None:
        return [text]  # "In 2028, ..." only dates the main clause
    return [match.group("adverbial").strip(), match.group("main").strip()]


def _appositive(text: str, knowledge: Knowledge) -> list[str]:
    match = _APPOSITIVE.match(text)
    if match is None:
        return [text]
    head = analyse(match.group("head"), knowledge.vocab)
    rest = analyse(match.group("rest"), knowledge.vocab)
    if not head.entities or head.predicate_at is not None or rest.predicate_at != 0:
        return [text]
    subject = match.group("head").strip()
    return [f"{subject} is {match.group('appositive').strip()}",
            f"{subject} {match.group('rest').strip()}"]


def _coordinated(text: str, knowledge: Knowledge) -> list[str]:
    pieces: list[str] = []
    rest = text
    while True:
        for match in _SPLIT.finditer(rest):
            left, right = rest[: match.start()], rest[match.end() :]
            if _OPEN_RELATIVE.search(left):
                continue  # "the Gap, which links Lithuania and Poland, is ...": one clause
            left_reading = analyse(left, knowledge.vocab)
            right_reading = analyse(right, knowledge.vocab)
            if left_reading.predicate_at is None:
                continue
            if right_reading.predicate_at is None:
                # "X will build bunkers and anti-tank ditches": each object on its own,
                # but not "connects Lithuania and Poland", whose entities belong together.
                if (right_reading.entities or right_reading.quantities
                        or not right_reading.terms or len(right_reading.tokens) > 6):
                    continue  # list items are short; ", contributing to ..." is not one
                prefix = _object_prefix(left, left_reading, knowledge)
                if not prefix:
                    continue
                right = prefix + right
            elif right_reading.predicate_at == 0:
                # "... and renovate ten bridges" takes "Lithuania will"; "... and forms
                # part of ..." brings its own verb and takes only "This project".
                own_verb = right_reading.tokens[0] in knowledge.vocab.auxiliaries
                right = _subject_words(left, left_reading, knowledge.vocab,
                                       with_auxiliaries=not own_verb) + right
            elif not _has_own_subject(right_reading):
                continue
            pieces.append(left.strip())
            rest = right
            break
        else:
            pieces.append(rest.strip())
            return [p for p in pieces if p]


def _object_prefix(left: str, reading: Analysis, knowledge: Knowledge) -> str:
    """The words of ``left`` before its object: 'Lithuania will build ', 'The money will
    go towards '. Nothing when the object names entities (they may belong together)."""
    start = reading.predicate_at or 0
    verb_at = next((pos for term, pos in reading.terms
                    if pos >= start and knowledge.vocab.is_verb_group(term)), start)
    if any(pos > verb_at for _, pos in reading.entities):
        return ""
    object_at = next((pos for _, pos in reading.terms if pos > verb_at), None)
    if object_at is None or len(reading.tokens) - object_at > 5:
        return ""  # only a short object is the first item of a list
    return _words_covering(left, object_at)


def _has_own_subject(reading: Analysis) -> bool:
    return reading.predicate_at is not None and reading.predicate_at <= 4


def _subject_words(left: str, reading: Analysis, vocab: Vocabulary,
                   with_auxiliaries: bool = True) -> str:
    """The words of ``left`` before its main verb, with the auxiliaries and content-free
    words after it ('Lithuania will also plan to ')."""
    wanted = reading.predicate_at or 0
    tokens = reading.tokens
    while with_auxiliaries and wanted < len(tokens) and (
            tokens[wanted] in vocab.auxiliaries or tokens[wanted] in vocab.ignored):
        wanted += 1
    return _words_covering(left, wanted)


def _words_covering(text: str, token_count: int) -> str:
    """The leading words of ``text`` that make up its first ``token_count`` tokens."""
    taken: list[str] = []
    count = 0
    for word in text.split():
        if count >= token_count:
            break
        taken.append(word)
        count += len(tokenise(word))
    return " ".join(taken) + " " if taken else ""


# --- one part against the store -------------------------------------------------


@dataclass(eq=False, repr=False)
class Alignment:
    fact: CompiledFact
    matched: list[str] = field(default_factory=list)
    unmatched: list[str] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    subject_missing: list[str] = field(default_factory=list)
    measured: bool = False  # a figure in the claim was paired with one by what it measures
    quantity_gaps: list[str] = field(default_factory=list)

    @property
    def ratio(self) -> float:
        considered = len(self.matched) + len(self.unmatched) + len(self.quantity_gaps)
        return len(self.matched) / considered if considered else 0.0

    @property
    def supports(self) -> bool:
        return not (self.conflicts or self.unmatched or self.subject_missing
                    or self.quantity_gaps) and bool(self.matched)

    @property
    def refutes(self) -> bool:
        # Everything but the conflict must line up: a conflict inside a claim that also
        # says things the fact does not is more likely about something else.
        anchored = (self.measured or any(m.startswith("@") for m in self.matched)
                    or len(self.matched) >= 2)
        # A group of another size is another group: its other conflicts say nothing.
        other_group = any(c.kind == "group" for c in self.conflicts) and len(self.conflicts) > 1
        return (bool(self.conflicts) and not self.subject_missing and not self.unmatched
                and not self.quantity_gaps and anchored and not other_group)


def verify_part(text: str, knowledge: Knowledge) -> Outcome:
    vocab = knowledge.vocab
    reading = analyse(text, vocab)
    if not (reading.terms or reading.entities or reading.quantities):
        return Outcome(text, NOT_ENOUGH_INFO, 1.0, (), "nothing in the claim can be checked "
                       "against the article")
    terms = reading.term_set
    query = set(terms)
    for term in terms:
        query |= vocab.antonyms.get(term, frozenset())
    for q in reading.quantities:
        query |= q.context
    candidates = knowledge.index.search(index_tokens(query, set(reading.entity_ids)), CANDIDATES)
    alignments = [align(reading, fact, knowledge) for fact, _ in candidates]

    if reading.exclusive:
        exclusive = _exclusivity_conflict(text, reading, alignments, knowledge)
        if exclusive is not None:
            return exclusive
    refuting = [a for a in alignments if a.refutes]
    supporting = [a for a in alignments if a.supports]
    if refuting and not any(s.ratio == 1.0 and len(s.matched) > max(len(r.matched)
                                                                   for r in refuting)
                            for s in supporting):
        best = max(refuting, key=lambda a: (a.ratio, len(a.matched)))
        return _refuted(text, best)
    if supporting:
        best = max(supporting, key=lambda a: len(a.matched))
        return _supported(text, [best], knowledge)
    joint = _joint_support(reading, alignments)
    if joint is not None:
        return _supported(text, joint, knowledge)
    return _not_enough_info(text, reading, alignments, knowledge)


def align(reading: Analysis, compiled: CompiledFact, knowledge: Knowledge,
          asserted: bool = True) -> Alignment:
    """Account for each item of ``reading`` against one fact. ``asserted`` is False for a
    question, which states nothing that a fact's 'prevented' or 'banned' could reverse."""
    vocab = knowledge.vocab
    result = Alignment(fact=compiled)
    claim_terms = reading.term_set
    antonym_hits: list[tuple[str, str]] = []
    for term in dict.fromkeys(t for t, _ in reading.terms):
        if _term_in(term, compiled.terms):
            result.matched.append(term)
            continue
        opposed = vocab.antonyms.get(term, frozenset()) & compiled.terms
        if opposed and not any(_asserted_as_verb(o, reading) for o in opposed & claim_terms):
            antonym_hits.append((term, next(iter(opposed))))
        else:
            result.unmatched.append(term)

    claim_actions = {t for t in claim_terms & compiled.terms if vocab.is_verb_group(t)}
    for blocker in compiled.terms & vocab.blocking if asserted and claim_actions else ():
        # "prevented NATO ships from boarding" does not support "NATO ships boarded".
        if blocker not in claim_terms and not (vocab.antonyms.get(blocker, frozenset())
                                               & claim_terms):
            result.unmatched.append(blocker)

    subject = set(reading.subject_entities)
    mentioned = reading.entity_ids
    for entity_id in mentioned:
        if entity_id in subject and _swapped_role(entity_id, subject, compiled, vocab):
            result.subject_missing.append(entity_id)
        elif entity_id in compiled.entities or _member_match(entity_id, compiled, vocab):
            result.matched.append("@" + entity_id)
        elif entity_id in subject:
            result.subject_missing.append(entity_id)
        else:
            replaced = [] if entity_id in reading.oblique_entities else _substituted(
                entity_id, compiled, mentioned, vocab)
            if replaced:
                result.conflicts.append(Conflict(
                    "entity", vocab.describe_entity(entity_id),
                    and_list([vocab.describe_entity(e) for e in replaced])))
            else:
                result.unmatched.append("@" + entity_id)

    for mention in reading.quantities:
        counted = _counted_kind(mention, reading, vocab)
        if counted is not None:
            counterpart = _entity_count(mention, counted, reading, compiled, vocab)
        else:
            counterpart = _counterpart(mention, compiled.quantities)
        if counterpart is None:
            result.quantity_gaps.append(mention.text)
            continue
        result.measured = result.measured or bool(counterpart.measure & mention.context)
        state = compare_quantity(mention, counterpart)
        if state is True:
            result.matched.append("#" + mention.text)
        elif state is False:
            result.conflicts.append(Conflict("group" if counted else "number",
                                             _claim_figure(mention, counterpart, knowledge),
                                             _article_figure(counterpart)))
        else:
            result.quantity_gaps.append(mention.text)

    negation_differs = (reading.negations % 2 == 1) != compiled.negated
    if negation_differs != (len(antonym_hits) % 2 == 1):
        if antonym_hits:
            claim_word, fact_term = antonym_hits[0]
            result.conflicts.append(Conflict(
                "antonym", f"'{reading.raw_terms.get(claim_word, claim_word)}'"
                + (" (negated)" if negation_differs else ""),
                f"'{compiled.word_for(fact_term)}'"))
        else:
            result.conflicts.append(Conflict("negation", "the opposite (negated)",
                                             "it is so"))
    else:
        result.matched.extend(claim for claim, _ in antonym_hits)
    return result


def _asserted_as_verb(term: str, reading: Analysis) -> bool:
    """True when the claim itself does the fact's action ('joins X in leaving'), not when
    it names it as a thing acted on ('ignores the lessons'): a verb form, not a noun."""
    word = reading.raw_terms.get(term, "")
    return word.endswith(("ing", "ed")) and not word.endswith("ings")


def _term_in(term: str, terms: frozenset[str]) -> bool:
    """Exact canonical match, or stems of one word family ('fortif' ~ 'fortifi')."""
    if term in terms:
        return True
    if not term.startswith("s:") or len(term) < 7:
        return False
    return any(other.startswith("s:") and len(other) >= 7
               and (other.startswith(term) or term.startswith(other))
               and abs(len(other) - len(term)) <= 3 for other in terms)


def _swapped_role(entity_id: str, claim_subject: set[str], compiled: CompiledFact,
                  vocab: Vocabulary) -> bool:
    """'Belarus fortifies its border with Lithuania' against a fact whose subject is
    Lithuania: the claim's subject is a different entity of the same kind."""
    if entity_id in compiled.subject:
        return False
    kind = vocab.entities[entity_id].kind
    return any(vocab.entities[s].kind == kind and s not in claim_subject
               for s in compiled.subject)


def _member_match(entity_id: str, compiled: CompiledFact, vocab: Vocabulary) -> bool:
    """'the Baltic states' in a claim is matched by a fact naming its members, and back."""
    entity = vocab.entities.get(entity_id)
    if entity is None:
        return False
    members = {e for e, ref in vocab.entities.items() if entity_id in ref.member_of}
    return bool(members) and members <= compiled.entities


def _substituted(entity_id: str, compiled: CompiledFact, mentioned: list[str],
                 vocab: Vocabulary) -> list[str]:
    """Entities of the same kind that the fact names in the place the claim fills."""
    entity = vocab.entities.get(entity_id)
    if entity is None:
        return []
    return [e for e in sorted(compiled.entities - set(mentioned) - compiled.subject)
            if vocab.entities[e].kind == entity.kind]


def _counted_kind(mention: QuantityMention, reading: Analysis,
                  vocab: Vocabulary) -> tuple[str, str] | None:
    """The kind of entity a count counts, and the noun: 'four neighbouring countries'."""
    if mention.dimension != "count":
        return None
    following = reading.tokens[mention.end : mention.end + 3]
    noun = next((w for w in following if w in vocab.kind_nouns), None)
    return (vocab.kind_nouns[noun], noun) if noun else None


def _entity_count(mention: QuantityMention, counted: tuple[str, str], reading: Analysis,
                  compiled: CompiledFact, vocab: Vocabulary) -> FactQuantity | None:
    """The fact's count of entities of ``kind``, to compare with 'four countries': those
    it is about when the count is the claim's subject, else the others it names (in
    either case, not those the claim names itself)."""
    kind, noun = counted
    as_subject = reading.predicate_at is None or mention.start < reading.predicate_at
    pool = compiled.fact.subject if as_subject else [
        e for e in compiled.fact.entities if e not in compiled.fact.subject]
    mentioned = set(reading.entity_ids)
    named = [e for e in pool if vocab.entities[e].kind == kind and e not in mentioned]
    if len(named) < 2:
        return None  # one entity is not a group whose size the fact states
    names = and_list([vocab.describe_entity(e) for e in named])
    return FactQuantity(value=float(len(named)), unit="count", dimension="count",
                        qualifier="exact", measure=frozenset(), label=noun,
                        display=f"{len(named)} {noun} ({names})", source_unit="count")


def _counterpart(mention: QuantityMention,
                 quantities: tuple[FactQuantity, ...]) -> FactQuantity | None:
    if _bare_amount(mention):
        # "spend 1.1 billion on its borders": an amount without its currency is paired
        # with the fact's money by what it measures.
        money = [q for q in quantities if q.dimension == "money" and q.measure & mention.context]
        if money:
            return money[0]
    same = [q for q in quantities if q.dimension == mention.dimension]
    if not same:
        return None
    by_measure = [q for q in same if q.measure & mention.context]
    if by_measure:
        return by_measure[0]
    if mention.dimension == "count":
        return None  # a bare count is only comparable with a count of the same things
    return same[0] if len(same) == 1 else None


def _bare_amount(mention: QuantityMention) -> bool:
    """A figure with a scale word but no unit: '1.1 billion'."""
    return mention.unit == "count" and mention.step >= 1e5


def compare_quantity(mention: QuantityMention, fact: FactQuantity) -> bool | None:
    """True: the fact's figure satisfies the claim; False: it cannot; None: undecided."""
    if mention.unit != fact.unit and not (_bare_amount(mention) and fact.dimension == "money"):
        return False  # euros are not dollars: no exchange rate is assumed
    low, high = _fact_interval(fact)
    value = mention.value
    # A figure converted from another unit (62 miles) is as exact as its last digit.
    rounding = min(mention.step, mention.unit_size) / 2 if (
        mention.source_unit != fact.source_unit
        and mention.dimension not in ("count", "date")) else 0.0
    if mention.qualifier == "approx":
        spread = min(mention.step / 2, abs(value) * 0.1)
        if mention.dimension == "date":
            spread = min(spread, 1.0)
        claim_low, claim_high = value - spread, value + spread
    elif mention.qualifier == "more_than":
        claim_low, claim_high = value + _EPSILON * max(1.0, abs(value)), float("inf")
    elif mention.qualifier == "at_least":
        claim_low, claim_high = value, float("inf")
    elif mention.qualifier == "less_than":
        claim_low, claim_high = float("-inf"), value - _EPSILON * max(1.0, abs(value))
    elif mention.qualifier == "at_most":
        claim_low, claim_high = float("-inf"), value
    else:
        claim_low, claim_high = value - rounding, value + rounding
    slack = _EPSILON * max(1.0, abs(value))
    if claim_low - slack <= low and high <= claim_high + slack:
        return True
    if high < claim_low - slack or low > claim_high + slack:
        return False
    return None


def _fact_interval(fact: FactQuantity) -> tuple[float, float]:
    value = fact.value
    return {
        "at_least": (value, float("inf")),
        "more_than": (value, float("inf")),
        "at_most": (float("-inf"), value),
        "less_than": (float("-inf"), value),
        "approx": (value * 0.95, value * 1.05),
    }.get(fact.qualifier, (value, value))


def _claim_figure(mention: QuantityMention, counterpart: FactQuantity,
                  knowledge: Knowledge) -> str:
    words = {"more_than": "more than ", "at_least": "at least ", "less_than": "less than ",
             "at_most": "at most ", "approx": "about ", "by": "by "}
    # In the unit the claim used: "100 miles", not "160.934 km".
    figure = format_quantity(mention.value / mention.unit_size, mention.source_unit or mention.unit,
                             knowledge.vocab)
    if mention.dimension == "count":
        figure += f" {counterpart.label}"
    return words.get(mention.qualifier, "") + figure


def _article_figure(fact: FactQuantity) -> str:
    return ("by " if fact.qualifier == "by" else "") + fact.display


def _exclusivity_conflict(text: str, reading: Analysis, alignments: list[Alignment],
                          knowledge: Knowledge) -> Outcome | None:
    """'X is the only Baltic country leaving' is refuted by a fact that names others."""
    vocab = knowledge.vocab
    subject = [e for e in reading.subject_entities if vocab.entities[e].kind != "region"]
    if not subject:
        return None
    kind = vocab.entities[subject[0]].kind
    groups = [e for e in reading.entity_ids if vocab.entities[e].kind == "region"]
    for alignment in alignments:
        others = [e for e in sorted(alignment.fact.subject)
                  if e not in subject and vocab.entities[e].kind == kind
                  and all(g in vocab.entities[e].member_of for g in groups)]
        aligned_terms = [m for m in alignment.matched if not m.startswith("@")]
        conflicts = [c for c in alignment.conflicts if c.kind != "negation"]
        if others and aligned_terms and not alignment.unmatched and not conflicts:
            names = and_list([vocab.describe_entity(e) for e in others])
            if reading.negations % 2 == 1:  # "X is not the only country leaving"
                return Outcome(text, SUPPORTED, 0.85, (_evidence(alignment.fact),),
                               f"the article names {names} as well")
            conflict = Conflict("exclusive", f"only {vocab.describe_entity(subject[0])}",
                                f"{names} too")
            return Outcome(text, REFUTED, 0.85, (_evidence(alignment.fact),),
                           conflict.describe(), (conflict,))
    return None


def _joint_support(reading: Analysis, alignments: list[Alignment]) -> list[Alignment] | None:
    """Support from two facts joined by an entity the claim names. The first fact carries
    most of the claim and every figure; the second supplies the rest, either an entity the
    first lacks ('the convention Lithuania is leaving bans anti-personnel mines') or what
    the claim says of an entity the second fact is about ('Lithuania is leaving the
    treaty banning anti-personnel mines')."""
    mentioned = set(reading.entity_ids)
    for first in alignments:
        if (first.conflicts or first.subject_missing or first.quantity_gaps
                or first.ratio < 0.4 or not first.unmatched):
            continue
        missing = set(first.unmatched)
        if missing & {"@" + e for e in reading.oblique_entities}:
            continue  # "renovate bridges in Latvia": where it happens is the event's own fact
        for second in alignments:
            if second is first or second.conflicts:
                continue  # figures are the first fact's to carry; the second's gaps are fine
            if set(second.unmatched) & second.fact.terms:
                continue  # the second fact says something ('prevented') the claim leaves out
            shared = first.fact.entities & second.fact.entities & mentioned
            described = (shared & second.fact.subject) - first.fact.subject
            brings_entity = any(item.startswith("@") for item in missing)
            if shared and (brings_entity or described) and missing <= set(second.matched):
                return [first, second]
    return None


def _evidence(compiled: CompiledFact) -> Evidence:
    fact = compiled.fact
    return Evidence(fact.id, fact.statement, fact.section)


def _supported(text: str, alignments: list[Alignment], knowledge: Knowledge) -> Outcome:
    matched = [m for a in alignments for m in a.matched]
    shown = ", ".join(dict.fromkeys(_item_label(m, alignments[0], knowledge) for m in matched))
    confidence = 0.95 if len(alignments) == 1 else 0.85
    return Outcome(text, SUPPORTED, confidence, tuple(_evidence(a.fact) for a in alignments),
                   f"the article states this: {shown}")


def _item_label(item: str, alignment: Alignment, knowledge: Knowledge) -> str:
    if item.startswith("@"):
        return knowledge.vocab.describe_entity(item[1:])
    if item.startswith("#"):
        return item[1:]
    return alignment.fact.word_for(item)


def _refuted(text: str, alignment: Alignment) -> Outcome:
    kinds = {c.kind for c in alignment.conflicts}
    confidence = 0.95 if "number" in kinds else 0.9 if "antonym" in kinds else 0.85
    confidence = round(confidence * (0.8 + 0.2 * alignment.ratio), 3)
    explanation = "; ".join(c.describe() for c in alignment.conflicts)
    return Outcome(text, REFUTED, confidence, (_evidence(alignment.fact),), explanation,
                   tuple(alignment.conflicts))


def _not_enough_info(text: str, reading: Analysis, alignments: list[Alignment],
                     knowledge: Knowledge) -> Outcome:
    if not alignments:
        return Outcome(text, NOT_ENOUGH_INFO, 0.95, (), "no fact in the store is about this")
    name = knowledge.vocab.describe_entity
    best = max(alignments, key=lambda a: (not a.subject_missing, a.ratio, len(a.matched)))
    left_out = [best.fact.word_for(t) for t in best.unmatched if t in best.fact.terms]
    missing = [reading.raw_terms.get(t, t.split(":", 1)[-1]) for t in best.unmatched
               if not t.startswith("@") and t not in best.fact.terms]
    missing += [name(t[1:]) for t in best.unmatched if t.startswith("@")]
    reasons = []
    if best.subject_missing:
        reasons.append("the article says nothing about "
                       + and_list([name(e) for e in best.subject_missing]) + " here")
    if left_out:
        reasons.append("the article adds " + and_list([f"'{w}'" for w in left_out])
                       + ", which changes what it says")
    if best.quantity_gaps:
        reasons.append("the article gives no figure to compare with "
                       + and_list([f"'{g}'" for g in best.quantity_gaps]))
    if missing:
        reasons.append("the article does not mention " + and_list([f"'{m}'" for m in missing]))
    if best.conflicts and not reasons:
        reasons.append("the closest fact is about something else")
    explanation = "; ".join(reasons) or "the article neither states nor contradicts this"
    confidence = round(0.5 + 0.45 * (1 - best.ratio), 3)
    return Outcome(text, NOT_ENOUGH_INFO, confidence, (_evidence(best.fact),), explanation)
