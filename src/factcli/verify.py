"""Three-way claim verification: SUPPORTED, REFUTED or NOT ENOUGH INFO, with evidence.

A claim is read into canonical terms, entities and quantities (``text.analyse``); the
index proposes candidate facts; each candidate is aligned item by item. Conflicts
(numbers, substituted entities, antonyms, negation, exclusivity) are looked for before
support, and a claim is supported only when every item it makes is accounted for.

"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from factcli.comparison import (
    Judgement,
    comparative_wording,
    contradiction,
    judge,
    read_comparison,
    side_name,
)
from factcli.files import require_text
from factcli.index import CompiledFact, index_tokens
from factcli.knowledge import Knowledge
from factcli.logic import Relation
from factcli.quantities import FactQuantity, QuantityMention, compare_quantity
from factcli.text import Analysis, analyse, and_list, fold, is_passive_at, read_statement, tokenise
from factcli.timeline import (
    Ordering,
    gap_told,
    judge_occasions,
    judge_order,
    judge_selection,
    order_stated,
    read_apart,
    read_occasions,
    read_ordering,
    read_selection,
    sets_apart,
    stated_gap,
    turned_round,
    without_gap,
)
from factcli.verifying.alignment import (
    _CONTRADICTS,
    _HOLDS,
    _OF_ANOTHER,
    _OF_ANOTHER_TIME,
    _PART_COUNTED,
    _TRUST,
    NOT_ENOUGH_INFO,
    REFUTED,
    SUPPORTED,
    Alignment,
    Conflict,
    Evidence,
    Outcome,
    ProofStep,
    Step,
    _evidence,
    _fact_term,
    _proof,
)
from factcli.verifying.entities import (
    _align_entities,
    _another_doer,
    _owners_named,
    _the_articles_one,
    _told_of,
)
from factcli.verifying.figures import _ANOTHER_SLOT, _align_figures
from factcli.verifying.readings import _counted_kind
from factcli.verifying.scope import (
    _OF_A_SHARE,
    _align_only,
    _align_quantifier,
    _checks_of_scope,
    _some_against_none,
)
from factcli.verifying.status import (
    _act_only_named,
    _align_status,
    _at_another_time,
    _dated_later,
    _of_another_time,
    _one_more_time,
    _same_time,
    _same_year,
    _tense_apart,
)
from factcli.verifying.structure import (
    _align_attachments,
    _align_objects,
    _align_order,
    _class_of_other_names,
    _described_as_another,
    _opposite_degree,
    _opposite_of_the_same,
)
from factcli.verifying.words import _align_words, _of_kind, _unknown_names

if TYPE_CHECKING:
    from collections.abc import Sequence

    from factcli.timeline import Dated
    from factcli.vocabulary import Vocabulary

# The names the rest of factcli (cli, check, quiz, render, draft, ask) takes from here.
__all__ = ["MAX_CLAIM_CHARS", "NOT_ENOUGH_INFO", "REFUTED", "SUPPORTED", "Alignment",
           "Conflict", "Evidence", "Outcome", "ProofStep", "Step", "align",
           "check_claim_text", "split_claim", "verify_claim"]


MAX_CLAIM_CHARS = 10_000
MAX_JOINS = 24  # places a claim is tried for a split into clauses (see _coordinated)
CANDIDATES = 8
# A candidate scoring under this share of the best shares only a common word or two with
# the claim: aligning it never changed a verdict on any labelled set (about 1,300 claims
# and the held-out ones), and it was most of the work. A side of a comparison or an event
# put in order is a short phrase, whose facts score closer to one another: they keep the
# lower share, which the event lists of 'twice more' need.
ALIGNED_SHARE = 0.4
RELATIVE_SCORE = 0.3
_EPSILON = 1e-9
_PUNCTUATION = re.compile(r"[,;:()]")
_OPEN_RELATIVE = re.compile(r",\s*(?:which|who|whose|where|that)\b[^,]*$", re.I)
_SPLIT = re.compile(r"\s*;\s*|,?\s+(?:and|but|while|whereas|although|though)\s+|,\s+", re.I)
# where a fact's sentence may go on with a clause of its own ('…, and has not been built')
_CLAUSE_JOIN = re.compile(r",?\s+(?:and|but)\s+", re.I)
_ACCORDING = re.compile(r"^according to [^,]{2,60},\s+(?P<rest>.+)$", re.I)
_REPORTED = re.compile(
    r"^(?P<speaker>(?:[\w'-]+\s+){1,3}?)(?:say|says|said|claim|claims|claimed|report|reports|"
    r"reported|believe|believes|note|notes|noted|argue|argues|argued)\s+(?:that\s+)?"
    r"(?P<rest>.+)$", re.I)
# An opening phrase that asserts something of its own ('Amid rising tensions, …', 'Despite
# the pause, …') is checked on its own; one that says when or where ('In the second phase,
# …', 'After the incidents, …') is part of what the main clause claims, so stays with it.
_ADVERBIAL = re.compile(
    r"^(?:amid|amidst|despite|given|because of)\s+(?P<adverbial>[^,]{3,80}),\s+(?P<main>.+)$",
    re.I)
# an appositive opens on an article or a possessive ('Century's chief executive')
_APPOSITIVE = re.compile(r"^(?P<head>[^,]{2,60}),\s+"
                         r"(?P<appositive>(?:a|an|one of|the|[^,]{1,40}?['\u2019]s)\s[^,]{3,}),"
                         r"\s+(?P<rest>.+)$", re.I)
# 'The stretch of road being rebuilt, 113 km, is …': a figure set off by commas is the
# head's measure
_FIGURE_APPOSITIVE = re.compile(r"^(?P<head>[^,]{2,80}),\s+(?P<appositive>[^,]{1,40}),"
                                r"\s+(?P<rest>.+)$")

# 'Juice, which launched in 2023, is due …': a clause set off by commas, with its own verb
_RELATIVE = re.compile(r"^(?P<head>[^,]{2,60}),\s+(?:which|who)\s+(?P<clause>[^,]{3,}),"
                       r"\s+(?P<rest>.+)$", re.I)


def check_claim_text(claim: str) -> str:
    return require_text(claim, "claim", 'factcli verify "Lithuania is leaving the Ottawa '
                        'Convention" (use factcli check for whole texts)', MAX_CLAIM_CHARS)


def verify_claim(claim: str, knowledge: Knowledge, *, question: bool = False) -> Outcome:
    """The verdict on ``claim``. A yes/no ``question`` ('Will it be done by 2030?') reads a
    deadline as a bound that an earlier one satisfies; a claim states the deadline itself."""
    text = check_claim_text(claim)
    stated = _as_statement(text, knowledge) if question else text
    pieces = [stated] if sets_apart(stated, knowledge.vocab) else split_claim(stated, knowledge)
    verified = [_verify_part(part, knowledge, question=question) for part in pieces]
    parts = [outcome for outcome, _ in verified]
    if len(parts) == 1:
        return parts[0]._replace(text=text)
    outcome = _combine(text, parts)
    if outcome.verdict == SUPPORTED:
        seen = {fid: fact for _, facts in verified for fid, fact in facts.items()}
        clash = _said_of_another(parts, seen, knowledge)
        if clash is not None:
            return outcome._replace(
                verdict=NOT_ENOUGH_INFO, confidence=_TRUST["another one of its kind"],
                explanation=f"the article says this of {clash.fact!r}, not {clash.claim!r}")
    return outcome


def _said_of_another(parts: list[Outcome], facts: dict[str, CompiledFact],
                     knowledge: Knowledge) -> Step | None:
    """Parts each supported, one by a fact that another part sets apart as another thing:
    'with the first phase, Terminal 1 will reach 30 gates' against 'with the second
    phase, Terminal 1 will reach 30 gates'."""
    for part in parts:
        for other in parts:
            if other is part:
                continue
            reading = analyse(other.text, knowledge.vocab)
            for evidence in part.evidence:
                for step in align(reading, facts[evidence.fact_id], knowledge).steps:
                    if step.via == "another one of its kind":
                        return step
    return None


_NAMED_COPULA = re.compile(
    r"(?P<be>[Ii]s|[Aa]re|[Ww]as|[Ww]ere)\s+(?P<name>(?:[Tt]he\s+)?[A-Z][\w'\u2019.-]*"
    r"(?:\s+[A-Z0-9][\w'\u2019.-]*)*)\s+(?P<rest>(?:a|an|the)\s.*)")


def _as_statement(question: str, knowledge: Knowledge) -> str:
    """'Is Sweden leaving the treaty' read as the statement it asks about, 'Sweden is
    leaving the treaty', so that its subject is found before its verb and a modal keeps
    its verb whole ('the works will be finished'); a negative ('Isn't …') keeps its word.
    'Is Ganymede a planet' becomes 'Ganymede is a planet': the copula says what it is."""
    named = _NAMED_COPULA.fullmatch(question.strip())
    if named:
        return f"{named.group('name')} {named.group('be').lower()} {named.group('rest')}"
    first, _, rest = question.partition(" ")
    auxiliary = first.lower()
    if not rest or auxiliary not in knowledge.vocab.auxiliaries:
        return question
    words = rest.split()
    vocab = knowledge.vocab
    start = _predicate_start(words, auxiliary, vocab)
    if start is None and auxiliary in vocab.be_forms and len(words) > 1:
        # 'was the double flyby risk-free': with no verb and no preposition, what the
        # copula says of the subject is its last word
        lowered = [w.lower() for w in words]
        if words[-1][:1].islower() and not any(w in vocab.prepositions for w in lowered):
            start = len(words) - 1
    if start is None:
        return rest
    return " ".join([*words[:start], auxiliary, *words[start:]])


def _predicate_start(words: list[str], auxiliary: str, vocab: Vocabulary) -> int | None:
    """Where the predicate of a question's subject and predicate begins, after the
    auxiliary that opened it: a form of 'be' ('will the works *be* finished'), a
    participle ('is Lithuania *spending*'), a plain verb after a modal or 'do' ('can the
    plaza *hold*'), an article after a copula ('was the flyby *a* risky manoeuvre') or a
    preposition after a name ('is Finland *among* the states'). A word after an article
    or a possessive names the thing ('the *parking* plaza'), and a plain verb just before
    another is a noun before its head ('the border *fence* cost')."""
    lowered = [w.lower().strip(",;:?") for w in words]
    copula = auxiliary in vocab.be_forms
    for i in range(1, len(words)):
        word, before = lowered[i], lowered[i - 1]
        if word in vocab.be_forms:
            return i
        if not words[i][:1].islower() or before in vocab.determiners or before.endswith("'s"):
            continue
        if before[:1].isdigit() and not (i >= 2 and words[i - 2][:1].isupper()):
            # 'did the 2023 *pause* put …': a figure before a word makes it a noun (not
            # the number of a name: 'will Terminal 1 *end* up …')
            continue
        following = lowered[i + 1] if i + 1 < len(words) else ""
        if copula and following in ("of", "to") and word not in vocab.prepositions and (
                not word.endswith(("ed", "ing"))) and not any(
                w in vocab.prepositions for w in lowered[:i]):
            return i  # 'is the project *part* of …': a noun with no article after the subject
        if copula and word == "than":
            # 'is the ferry *faster* than …', 'is it *more* expensive than …': the
            # comparison is the predicate
            return i - 2 if i >= 2 and lowered[i - 2] in vocab.comparatives else i - 1
        if copula and word in vocab.prepositions:
            # 'is Finland *among* the states', 'was Juice *over* Europe' (a name may go on
            # with 'of': 'the Bank of England')
            if all(w[:1].isupper() for w in words[:i]) and words[i + 1:i + 2] and (
                    words[i + 1][:1].islower() or word != "of"):
                return i
            # 'is the terminal *in* San Diego', unless a participle comes later ('is the
            # road to Vilnius *closed*') or 'of' goes on with the noun ('the cost of')
            if (lowered[0] in vocab.determiners and word != "of" and i <= 4
                    and not any(w.endswith(("ed", "ing")) for w in lowered[i + 1:])):
                return i
            continue
        if copula and word in vocab.determiners:
            return i
        if not vocab.can_be_verb(word):
            continue
        if word.endswith(("ed", "ing")) or word in vocab.irregular:
            return i
        if not copula and word in vocab.verb_lemmas and not (
                words[i + 1:i + 2] and words[i + 1][:1].islower()
                and following in vocab.verb_lemmas and following not in vocab.ignored):
            return i
    return None


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
    proof = tuple(step for p in deciding for step in p.proof)
    return Outcome(text=text, verdict=verdict, confidence=confidence, evidence=evidence,
                   explanation=explanation, conflicts=conflicts, parts=tuple(parts),
                   proof=proof)


def split_claim(text: str, knowledge: Knowledge) -> list[str]:
    """The separate statements a claim makes, each to be verified on its own: the claim
    without its attribution ('experts say'), a leading adverbial with content of its own
    ('Amid rising tensions with Russia, ...'), an appositive ('the Gap, a 100-km strip,
    is ...'), a relative clause, with 'which' or without ('the convention Lithuania is
    leaving bans …'), and coordinated clauses or objects ('rebuild roads and renovate
    bridges'); 'connects Lithuania and Poland' stays whole."""
    parts: list[str] = []
    for clause in _leading_adverbial(_without_attribution(text, knowledge), knowledge):
        for described in _appositive(clause, knowledge):
            for piece in _relative(described, knowledge):
                for said in _reduced_relative(piece, knowledge):
                    parts.extend(_coordinated(said, knowledge))
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
    substantial = bool(adverbial.entities or adverbial.terms)
    if not substantial or main.predicate_at is None:
        return [text]  # "In 2028, ..." only dates the main clause
    return [match.group("adverbial").strip(), match.group("main").strip()]


def _appositive(text: str, knowledge: Knowledge) -> list[str]:
    match = _APPOSITIVE.match(text)
    if match is None:
        return _figure_appositive(text, knowledge)
    head = analyse(match.group("head"), knowledge.vocab)
    rest = analyse(match.group("rest"), knowledge.vocab)
    # the rest opens on the main verb ('chose', 'said': a verb the reader may not take
    # for the predicate on its own)
    opens_on_verb = rest.predicate_at == 0 or knowledge.vocab.can_be_verb(rest.tokens[0])
    if not head.entities or head.predicate_at is not None or not opens_on_verb:
        return [text]
    subject = match.group("head").strip()
    return [f"{subject} is {match.group('appositive').strip()}",
            f"{subject} {match.group('rest').strip()}"]


def _figure_appositive(text: str, knowledge: Knowledge) -> list[str]:
    """'The stretch of road being rebuilt, 113 km, is longer than …' says that the stretch
    is 113 km, and what the rest says of it; only after a noun phrase opened by an
    article, and before the main verb."""
    match = _FIGURE_APPOSITIVE.match(text)
    if match is None:
        return [text]
    vocab = knowledge.vocab
    figure = analyse(match.group("appositive"), vocab)
    if len(figure.quantities) != 1 or (
            figure.quantities[0].start, figure.quantities[0].end) != (0, len(figure.tokens)):
        return [text]
    head = tokenise(match.group("head"))
    if not head or head[0] not in vocab.determiners - vocab.prepositions or analyse(
            match.group("rest"), vocab).predicate_at != 0:
        return [text]
    subject = match.group("head").strip()
    return [f"{subject} is {match.group('appositive').strip()}",
            f"{subject} {match.group('rest').strip()}"]


def _relative(text: str, knowledge: Knowledge) -> list[str]:
    """'Gensler, which is based in San Francisco, leads …' says two things of Gensler; so
    does 'Ganymede, which Juice may approach, is …', of what Juice may approach, when the
    clause's subject is a name or pronoun ('which most countries signed' is left whole)."""
    match = _RELATIVE.match(text)
    if match is None:
        return [text]
    head = analyse(match.group("head"), knowledge.vocab)
    clause = analyse(match.group("clause"), knowledge.vocab)
    rest = analyse(match.group("rest"), knowledge.vocab)
    # a head ending in a word that could be a verb is a noun before its clause: 'the
    # Suwałki Gap works, which include …, are'
    nominal = head.predicate_at is None or head.predicate_at == len(head.tokens) - 1
    # the clause starts with its verb, though one read past ('which include …'), not with a
    # subject of its own ('which Juice may approach')
    verb_first = clause.predicate_at == 0 or (
        clause.tokens[:1] != [] and knowledge.vocab.can_be_verb(clause.tokens[0])
        and clause.tokens[0] not in knowledge.vocab.determiners
        and not any(pos == 0 for _, pos in clause.entities))
    if not head.entities or not nominal or rest.predicate_at != 0:
        return [text]
    subject = match.group("head").strip()
    if not verb_first:
        return _object_of_clause(subject, match.group("clause").strip(),
                                 match.group("rest").strip(), knowledge) or [text]
    return [f"{subject} {match.group('clause').strip()}",
            f"{subject} {match.group('rest').strip()}"]


def _object_of_clause(head: str, clause: str, rest: str,
                      knowledge: Knowledge) -> list[str] | None:
    """'The treaty, which Lithuania is leaving, bans mines': the head is what the clause's
    verb acts on, as in a clause with no 'which' (see :func:`_gap_clause`), when the
    clause opens with a name or pronoun; None otherwise ('which most countries signed')."""
    vocab = knowledge.vocab
    text = f"{head} {clause} {rest}"
    reading = analyse(text, vocab)
    slices = _word_slices(text.split(), reading)
    subject = len(tokenise(head))
    main_at = subject + len(tokenise(clause))
    subject_end = next((end for pos, end in _clause_subjects(reading, vocab)
                        if pos == subject), None)
    if slices is None or subject_end is None:
        return None
    found = _gap_clause(reading, subject_end, vocab)
    if found is None or found[1] != main_at:
        return None
    return _gap_parts(slices, reading, 0, subject, *found,
                      opening_article=reading.tokens[0] in vocab.determiners)


def _reduced_relative(text: str, knowledge: Knowledge) -> list[str]:
    """'The convention Lithuania is leaving bans mines' says that Lithuania is leaving the
    convention and that the convention bans mines. Split only where the clause is plain:
    a thing the store knows, with its article, opening the sentence, then a name or
    pronoun with its verb and nothing after the verb for it to act on (the thing fills
    that gap), then the main verb."""
    vocab = knowledge.vocab
    words = text.split()
    if not _may_open_clause(words, vocab) or any(
            word.endswith((",", ";", ":")) for word in words):
        return [text]  # commas mark clauses of their own (see _relative)
    reading = analyse(text, vocab)
    slices = _word_slices(words, reading)
    if slices is None:
        return [text]
    for subject, subject_end in _clause_subjects(reading, vocab):
        head = _head_before(reading, subject, vocab)
        found = None if head is None else _gap_clause(reading, subject_end, vocab)
        if head is None or found is None:
            continue
        parts = _gap_parts(slices, reading, head, subject, *found,
                           opening_article=reading.tokens[0] in vocab.determiners)
        if parts is not None:
            return parts
    return [text]


def _head_before(reading: Analysis, subject: int, vocab: Vocabulary) -> int | None:
    """Where the phrase a clause at ``subject`` says something of starts: a thing the store
    knows, right before, with its article ('the convention', 'the Ottawa Convention'),
    and the sentence's subject (nothing said before it; the clause after a main verb, as
    in 'draws on the experience Ukraine has gained in its war', is left whole: a fact
    saying it so is read whole too, and its clause alone would find no fact)."""
    tokens = reading.tokens
    articles = vocab.determiners - vocab.prepositions
    # 'the depot Corvia Rail closed' picks one depot of several, and 'the depot' alone
    # would be any of them: a common noun is left whole, as for a clause with 'which'
    head = next((pos for _, pos in reading.entities
                 if reading.entity_ends.get(pos) == subject), None)
    if head is None:
        return None
    if tokens[head] not in articles:
        if head == 0 or tokens[head - 1] not in articles:
            return None
        head -= 1
    said = {pos for _, pos in reading.terms} | {pos for _, pos in reading.entities}
    if any(pos in said for pos in range(head)) or (head and tokens[0] in vocab.prepositions):
        return None
    return head


def _gap_clause(reading: Analysis, subject_end: int,
                vocab: Vocabulary) -> tuple[int, int] | None:
    """For a clause whose subject ends at ``subject_end``: where its verb ends and where
    the main verb after it starts, when the verb has nothing after it to act on (the
    clause's noun fills that gap); None when the words are not plainly such a clause."""
    tokens = reading.tokens
    count = len(tokens)
    verb = subject_end
    while verb < count and (tokens[verb] in vocab.auxiliaries or (
            verb > subject_end and tokens[verb] in vocab.ignored
            and not _acts(reading, verb, vocab, bare=True))):
        verb += 1  # 'may now approach'
    # after an auxiliary, a word that can be a verb is one ('may now *approach*');
    # without one, only a verb in the past or in '-s' is plainly one: in 'the closer
    # Ganymede pass made possible …' the name is before its noun
    if verb >= count or not (_acts(reading, verb, vocab) or (
            verb > subject_end and vocab.can_be_verb(tokens[verb]))):
        return None
    verb_end = verb + 1
    while verb_end < count and tokens[verb_end] in vocab.particles:
        verb_end += 1  # 'set aside'
    acts = [pos for pos in range(verb_end, count) if _acts(reading, pos, vocab, bare=True)]
    if tokens[verb_end:verb_end + 1] == ["to"] and acts[:1] == [verb_end + 1] and (
            acts[1:2] == [verb_end + 2]):
        # 'the treaty Lithuania intends to leave bans …': the gap follows the verb it
        # means to do, when the main verb comes right after that one (in 'the treaty it
        # needs to leave to …' the gap is after 'needs')
        verb_end += 2
        acts = acts[1:]
    after = verb_end  # past a manner adverb: 'approach [the noun] more closely'
    if tokens[after:after + 1] and tokens[after] in vocab.comparatives:
        after += 1
    if after < count and vocab.is_manner_adverb(tokens[after]):
        after += 1
    else:
        after = verb_end
    nouns = {pos for _, pos in reading.terms if pos not in reading.verbs}
    named = {pos for _, pos in reading.entities}
    if after < count and after not in acts and (
            after in nouns or after in named
            or tokens[after] in vocab.determiners - vocab.prepositions):
        return None  # the verb acts on something of its own: no gap for the noun
    return (verb_end, acts[0]) if acts else None


def _gap_parts(slices: list[tuple[str, int, int]], reading: Analysis, head: int,
               subject: int, verb_end: int, main: int,
               opening_article: bool) -> list[str] | None:
    """The clause with its noun in the gap, and the sentence without the clause: 'Lithuania
    is leaving the convention', 'The convention bans mines'."""
    end = len(reading.tokens)
    pieces = [_joined(slices, start, stop) for start, stop in (
        (subject, verb_end), (head, subject), (verb_end, main), (0, subject), (main, end))]
    if any(piece is None for piece in pieces):
        return None
    clause, noun, rest, opening, predicate = (str(piece) for piece in pieces)
    if head == 0 and opening_article:
        noun = noun[0].lower() + noun[1:]  # 'The convention' no longer opens a sentence
    return [" ".join(p for p in (clause, noun, rest) if p), f"{opening} {predicate}"]


def _may_open_clause(words: list[str], vocab: Vocabulary) -> bool:
    """Whether the words may hold such a clause, told before reading the sentence (nearly
    every claim holds none): a name or pronoun after a word of content written in small
    letters ('convention *Lithuania*'; a name after a name is taken for one name), and
    an auxiliary or a verb in the past or in '-s' after it."""
    for at in range(2, len(words) - 1):
        word, before = words[at], fold(words[at - 1])
        if not (word[:1].isupper() and words[at - 1][:1].islower()) and (
                fold(word) not in vocab.subject_pronouns):
            continue
        if not before.isalpha() or before in vocab.ignored or before in vocab.determiners:
            continue
        after = at + 1
        while after < len(words) - 1 and words[after][:1].isupper():
            after += 1
        verb = fold(words[after]).rstrip(".")
        if verb in vocab.auxiliaries or verb.endswith(("ed", "s")):
            return True
    return False


def _clause_subjects(reading: Analysis, vocab: Vocabulary) -> list[tuple[int, int]]:
    """Where a name (not an owner: "Lithuania's") or a subject pronoun stands, and ends."""
    tokens = reading.tokens
    found = [(pos, reading.entity_ends.get(pos, pos + 1)) for _, pos in reading.entities]
    found = [(pos, end) for pos, end in found if tokens[end:end + 1] != ["s"]]
    found += [(pos, pos + 1) for pos, token in enumerate(tokens)
              if token in vocab.subject_pronouns]
    return sorted(found)


def _acts(reading: Analysis, at: int, vocab: Vocabulary, bare: bool = False) -> bool:
    """The word at ``at`` is an auxiliary or a verb in the past or in '-s', one the reading
    took for a verb or one of no content of its own ('intends'); with ``bare``, also a
    plain form the reading took for a verb ('will *build*', 'to *leave*')."""
    token = reading.tokens[at]
    if token in vocab.auxiliaries:
        return True
    inflected = token.endswith("ed") or token in vocab.irregular or (
        token.endswith("s") and token not in vocab.verb_lemmas)
    if at in reading.verbs:
        return inflected or bare
    return inflected and vocab.can_be_verb(token) and reading.tokens[at - 1] not in (
        vocab.determiners)


def _word_slices(words: list[str], reading: Analysis) -> list[tuple[str, int, int]] | None:
    """Each word with the tokens it makes up; None when they do not add up to the
    reading's (a rewrite across words)."""
    slices = []
    at = 0
    for word in words:
        size = len(tokenise(word))
        slices.append((word, at, at + size))
        at += size
    return slices if at == len(reading.tokens) else None


def _joined(slices: list[tuple[str, int, int]], start: int, end: int) -> str | None:
    """The words making up tokens ``start`` to ``end``, without a trailing full stop; None
    when a word straddles either end."""
    if start >= end:
        return ""
    taken = [(word, first, last) for word, first, last in slices
             if first < end and last > start]
    if taken[0][1] != start or taken[-1][2] != end:
        return None
    return " ".join(word for word, _, _ in taken).rstrip(".")


def _coordinated(text: str, knowledge: Knowledge) -> list[str]:
    """Coordinated clauses and list items, each a claim of its own. Each place a clause
    could end is tried with both sides read, so only the first ``MAX_JOINS`` are tried:
    a claim is a sentence, and a run of hundreds of commas must not cost their square."""
    pieces: list[str] = []
    rest = text
    tried = 0
    while True:
        names: dict[int, int] | None = None  # where each name of ``rest`` starts and ends
        for match in _SPLIT.finditer(rest):
            tried += 1
            if tried > MAX_JOINS:
                return [p for p in [*pieces, rest.strip()] if p]
            left, right = rest[: match.start()], rest[match.end() :]
            if _OPEN_RELATIVE.search(left):
                continue  # "the Gap, which links Lithuania and Poland, is ...": one clause
            left_reading = analyse(left, knowledge.vocab)
            if left_reading.predicate_at is None:
                continue  # "Lithuania and Poland …": no clause ends here (the right side unread)
            if names is None:  # (for the few stores with such names: reading costs)
                names = analyse(rest, knowledge.vocab).entity_ends if (
                    knowledge.vocab.joined_names) else {}
            cut = len(left_reading.tokens)
            if any(start < cut < end for start, end in names.items()):
                continue  # 'designed by Skidmore, Owings & Merrill': one name
            right_reading = analyse(right, knowledge.vocab)
            if right_reading.predicate_at is None:
                # "X will build bunkers and anti-tank ditches": each object on its own,
                # but not "connects Lithuania and Poland", whose entities belong together,
                # nor a list one 'only' is said of ("serves only civilian and military
                # needs" is not "only civilian needs").
                listed = match.group().strip(" ,").lower() in ("and", "or")
                if listed and (left_reading.exclusive or right_reading.exclusive):
                    continue
                ranged = bool(right_reading.quantities) and _is_figure_end(left_reading)
                # 'helped both Atlantic salmon and hazel dormice' says it of each name
                tokens = left_reading.tokens
                each = next((pos for pos in range(left_reading.predicate_at, len(tokens))
                             if tokens[pos] == "both"), None) if listed else None
                if (ranged or len(right_reading.tokens) > 6 or (each is None and (
                        right_reading.entities or not right_reading.terms))):
                    continue  # list items are short; ", contributing to ..." is not one
                adjunct = right_reading.tokens[0] in knowledge.vocab.prepositions
                prefix = _words_covering(left, each) if each is not None else (
                    _object_prefix(left, left_reading, knowledge, adjunct))
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


def _is_figure_end(reading: Analysis) -> bool:
    """The text ends in a figure: what follows 'between 1 and' is the range's other end."""
    return any(q.end == len(reading.tokens) for q in reading.quantities)


def _object_prefix(left: str, reading: Analysis, knowledge: Knowledge,
                   adjunct: bool = False) -> str:
    """The words of ``left`` before its object: 'Lithuania will build ', 'The money will
    go towards '; before an ``adjunct`` (', without a partner'), its words up to the verb.
    Nothing when the object names entities (they may belong together)."""
    start = reading.predicate_at or 0
    verb_at = min((pos for pos in reading.verbs if pos >= start), default=start)
    if any(pos > verb_at for _, pos in reading.entities):
        return ""
    if adjunct:
        return _words_covering(left, verb_at + 1)
    # The item a list goes on from is the last noun phrase: 'plant trees in a park and a
    # square' plants trees in a square ('of' is inside a phrase: '113 km of road').
    tokens = reading.tokens
    after = max((pos + 1 for pos in range(verb_at + 1, len(tokens))
                 if tokens[pos] in knowledge.vocab.prepositions and tokens[pos] != "of"),
                default=verb_at + 1)
    object_at = next((pos for _, pos in reading.terms if pos >= after), None)
    if object_at is None or len(tokens) - object_at > 5:
        return ""  # only a short object is the first item of a list
    # The object's noun phrase starts at its determiner or figure ('a 19-gate terminal'):
    # the next item brings its own ('new roads and a parking plaza').
    said = {pos for _, pos in reading.terms}
    while (object_at - 1 > verb_at and object_at - 1 not in said
           and (tokens[object_at - 1] not in knowledge.vocab.prepositions
                or tokens[object_at - 1] == "of")):
        object_at -= 1
    return _words_covering(left, object_at)


def _has_own_subject(reading: Analysis) -> bool:
    """A short phrase before the verb, or a name before it ('O'Hare's Terminal D work
    began in June')."""
    return reading.predicate_at is not None and (
        reading.predicate_at <= 4 or bool(reading.subject_entities))


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


def _verify_part(text: str, knowledge: Knowledge, *,
                 question: bool = False) -> tuple[Outcome, dict[str, CompiledFact]]:
    """The verdict on one part of a claim, and the facts it was weighed against (by id)."""
    vocab = knowledge.vocab
    reading = analyse(text, vocab)
    if not (reading.terms or reading.entities or reading.quantities):
        return Outcome(text, NOT_ENOUGH_INFO, 1.0, (), "nothing in the claim can be checked "
                       "against the article"), {}
    comparison = read_comparison(reading, vocab)
    judged = judge(comparison, knowledge, reading.negations % 2 == 1,
                   lambda side: _candidates(analyse(side, vocab), knowledge),
                   lambda side, fact: _stated(analyse(side, vocab), fact, knowledge) is not None
                   ) if comparison else None
    if judged is not None:
        return _compared(text, judged, knowledge), {
            f.fact.fact.id: f.fact for f in (judged.left, judged.right)}
    ordered = (_ordered(text, reading, knowledge) or _counted(text, reading, knowledge)
               or _selected(text, reading, knowledge))
    if ordered is not None:
        return ordered
    outcome, weighed = _aligned(text, reading, knowledge, question)
    wording = comparison.wording if comparison else comparative_wording(reading, vocab)
    compares = wording.split()[0] if wording else ""
    if wording and outcome.verdict != NOT_ENOUGH_INFO and not any(
            f" {compares} " in f" {fold(e.statement)} " and " than " in e.statement
            for e in outcome.evidence):
        # 'Estonia is longer than Lithuania': a fact that names both says nothing of
        # which is longer; only figures for each side, or a fact that compares, can
        sides = (f"{side_name(comparison.left, vocab)} and "
                 f"{side_name(comparison.right, vocab)}" if comparison
                 else "what the claim compares")
        return Outcome(text, NOT_ENOUGH_INFO, 0.9, outcome.evidence,
                       f"the article gives no figures to compare {sides}",
                       proof=outcome.proof), weighed
    return outcome, weighed


def _aligned(text: str, reading: Analysis, knowledge: Knowledge,
             question: bool) -> tuple[Outcome, dict[str, CompiledFact]]:
    """The verdict from aligning the claim with the facts a search proposes."""
    vocab = knowledge.vocab
    candidates = _candidates(reading, knowledge, ALIGNED_SHARE)
    alignments: list[Alignment] = []
    supporting: list[Alignment] = []
    for fact in candidates:
        alignment = align(reading, fact, knowledge, question=question)
        alignments.append(alignment)
        if alignment.supports:
            supporting.append(alignment)
            if alignment.ratio == 1.0:
                # A fact that holds every piece of the claim decides it: no other fact
                # can hold more of it, so the rest need not be aligned.
                break
    weighed = {fact.fact.id: fact for fact in candidates}

    refuting = [a for a in alignments if a.refutes and not _figures_told_elsewhere(a, alignments)]
    best_support = max(supporting, key=lambda a: len(a.matched), default=None)
    best_refute = max(refuting, key=lambda a: (a.ratio, len(a.matched)), default=None)
    if best_refute is not None and not (
            best_support is not None and len(best_support.matched) >= len(best_refute.matched)):
        return _outcome(text, REFUTED, [best_refute], knowledge), weighed
    if best_support is not None:
        return _outcome(text, SUPPORTED, [best_support], knowledge), weighed
    joint = _joint_support(reading, alignments, vocab) or _counted_together(
        reading, alignments, vocab)
    if joint is not None:
        return _outcome(text, SUPPORTED, joint, knowledge), weighed
    return _not_enough_info(text, reading, alignments, knowledge), weighed


def _figures_told_elsewhere(refuting: Alignment, alignments: list[Alignment]) -> bool:
    """'Juice reached its closest point to Earth at 3:26 on 21 August' against 'Juice came
    closest to the Moon at 2:45 on 20 August': the figures it contradicts are the ones
    another fact gives, with the names this one lacks ('its nearest approach to Earth …
    at 3:26 … on 21 August'), so they are another event's, not a wrong figure. So too when
    this one holds only the claim's names, and another holds them and the figure ('the
    mayor and the Corporation each pledged £25m' against 'the mayor's contribution comes
    to £95m' and 'the mayor has committed £25m'): the claim's figure is that one of his."""
    against = {s.key for s in refuting.steps if s.relation in _CONTRADICTS}
    if not against or any(s.kind != "figure" for s in refuting.steps if s.key in against):
        return False
    lacking = {k for k in refuting.unmatched if k.startswith("@")}
    names = set(refuting.matched)
    if not all(key.startswith("@") for key in names):
        names = set()  # the fact says what the figure is of, as the claim does
    return any((bool(lacking) and against | lacking <= set(other.matched))
               or (bool(names) and against | names <= set(other.matched))
               for other in alignments if other is not refuting)


def _ordered(text: str, reading: Analysis,
             knowledge: Knowledge) -> tuple[Outcome, dict[str, CompiledFact]] | None:
    """The verdict on a claim that puts two events in order, from the dates the facts give
    each (see timeline.py); None when it puts none in order, or the dates cannot settle it."""
    vocab = knowledge.vocab
    ordering = read_apart(text, reading, vocab) or read_ordering(text, reading, vocab)
    if ordering is None:
        return None
    negated = reading.negations % 2 == 1
    judged = judge_order(
        ordering, vocab, negated,
        lambda event: _candidates(analyse(event, vocab), knowledge),
        lambda event, fact: _stated(analyse(event, vocab), fact, knowledge),
        lambda fact: _preceding(fact, knowledge))
    if judged is None:
        return None if negated else _ordered_by_a_fact(text, ordering, knowledge)
    stated = f"{judged.left.date} against {judged.right.date}"
    return _by_dates(text, (judged.left, judged.right), judged.left,
                     Conflict("order", ("not " if negated else "") + ordering.wording, stated),
                     judged.holds, f"the article dates them {stated}")


def _by_dates(text: str, sides: Sequence[Dated], deciding: Dated, claimed: Conflict,
              holds: bool, explanation: str) -> tuple[Outcome, dict[str, CompiledFact]]:
    """The verdict from the dates the facts give events: each side's date, and the step
    (``claimed``: what the claim says against what the dates say) that decides."""
    proof = tuple(ProofStep(side.fact.fact.id, "figure", side.event, side.date,
                            Relation.EQUIVALENT, "the article's date for it") for side in sides)
    proof += (ProofStep(deciding.fact.fact.id, "figure", claimed.claim, claimed.article,
                        Relation.EQUIVALENT if holds else Relation.ALTERNATION,
                        "order of the article's dates"),)
    evidence = tuple(dict.fromkeys(_evidence(side.fact) for side in sides))
    confidence = min(_TRUST["order of the article's dates"], *(side.confidence for side in sides))
    facts = {side.fact.fact.id: side.fact for side in sides}
    if holds:
        return Outcome(text, SUPPORTED, confidence, evidence, explanation, proof=proof), facts
    return Outcome(text, REFUTED, confidence, evidence, claimed.describe(), (claimed,),
                   proof=proof), facts


def _ordered_by_a_fact(text: str, ordering: Ordering, knowledge: Knowledge
                       ) -> tuple[Outcome, dict[str, CompiledFact]] | None:
    """A claim against a fact that itself orders the same two events ('after the
    incidents, workers were trained'): the claim, or the claim turned round, says what the
    fact says word for word, and which side is which decides ('the incidents came before
    the training' holds, 'workers were trained before the incidents' does not)."""
    vocab = knowledge.vocab
    for said in (text, turned_round(text, ordering, vocab)):
        if said is None:
            continue
        outcome, weighed = _aligned(said, analyse(said, vocab), knowledge, question=False)
        if outcome.verdict != SUPPORTED or len(outcome.evidence) != 1:
            continue
        fact = weighed[outcome.evidence[0].fact_id]
        holds = order_stated(ordering, fact.fact.statement, vocab)
        confidence = min(outcome.confidence, _TRUST["order of the fact's events"])
        if holds is None and said is text:
            # 'the approach to the Moon came after the approach to Earth' has every word
            # of 'the Moon pass lined Juice up for its approach to Earth a day later', but
            # which came first is not read from words in any order
            proof = (*outcome.proof, ProofStep(fact.fact.id, "word", ordering.wording, "",
                                               Relation.INDEPENDENT, "no order of its events"))
            return Outcome(text, NOT_ENOUGH_INFO, confidence, outcome.evidence,
                           "the article does not say which came first", proof=proof), {
                               fact.fact.id: fact}
        if holds is None:
            return None
        proof = (*(step for step in outcome.proof if step.kind != "word"
                   or step.claim not in vocab.ordering_earlier | vocab.ordering_later),
                 ProofStep(fact.fact.id, "word", ordering.wording,
                           "the same order" if holds else "the other order",
                           Relation.EQUIVALENT if holds else Relation.ALTERNATION,
                           "order of the fact's events"))
        if holds and ordering.gap is not None:
            # 'more than a month after' is no more borne out by 'two weeks later' than
            # by any order of the two
            return _by_told_gap(text, ordering, outcome, fact, vocab) or (Outcome(
                text, NOT_ENOUGH_INFO, confidence, outcome.evidence,
                "the article does not say how far apart they are", proof=outcome.proof), {
                    fact.fact.id: fact})
        if holds:
            return Outcome(text, SUPPORTED, confidence, outcome.evidence,
                           "the article puts them in this order", proof=proof), {
                               fact.fact.id: fact}
        conflict = Conflict("order", f"'{ordering.wording}'", "the other order")
        return Outcome(text, REFUTED, confidence, outcome.evidence, conflict.describe(),
                       (conflict,), proof=proof), {fact.fact.id: fact}
    return _gap_against_a_fact(text, ordering, knowledge)


def _gap_against_a_fact(text: str, ordering: Ordering, knowledge: Knowledge
                        ) -> tuple[Outcome, dict[str, CompiledFact]] | None:
    """'Juice's approach to Earth came a few hours after its Moon pass' against a fact
    that tells the two in sequence with a gap of its own ('the Moon pass lined Juice up for
    its approach to Earth slightly more than a day later'): the claim without its gap says
    what the fact says, in the fact's order, and the two gaps decide."""
    vocab = knowledge.vocab
    plain = without_gap(text, ordering, vocab)
    if plain is None:
        return None
    outcome, weighed = _aligned(plain, analyse(plain, vocab), knowledge, question=False)
    if outcome.verdict != SUPPORTED or len(outcome.evidence) != 1:
        return None
    fact = weighed[outcome.evidence[0].fact_id]
    if not order_stated(ordering._replace(gap=None), fact.fact.statement, vocab):
        return None
    return _by_told_gap(text, ordering, outcome, fact, vocab)


def _by_told_gap(text: str, ordering: Ordering, outcome: Outcome, fact: CompiledFact,
                 vocab: Vocabulary) -> tuple[Outcome, dict[str, CompiledFact]] | None:
    """The verdict on the gap a claim puts between two events a fact tells in its order,
    from the gap the fact tells (see :func:`gap_told`); None when it does not settle it."""
    stated = stated_gap(fact.fact.statement, vocab)
    if stated is None or ordering.gap is None:
        return None
    told = gap_told(ordering.gap, stated)
    if told is None:
        return None
    proof = (*(step for step in outcome.proof if step.kind != "word"
               or step.claim not in vocab.ordering_earlier | vocab.ordering_later),
             ProofStep(fact.fact.id, "figure", ordering.wording, f"{stated.wording} later",
                       Relation.EQUIVALENT if told else Relation.ALTERNATION,
                       "gap between the fact's events"))
    confidence = min(outcome.confidence, _TRUST["gap between the fact's events"])
    if told:
        return Outcome(text, SUPPORTED, confidence, outcome.evidence,
                       f"the article puts them in this order, {stated.wording} apart",
                       proof=proof), {fact.fact.id: fact}
    conflict = Conflict("order", f"'{ordering.wording}'", f"'{stated.wording} later'")
    return Outcome(text, REFUTED, confidence, outcome.evidence, conflict.describe(),
                   (conflict,), proof=proof), {fact.fact.id: fact}


def _counted(text: str, reading: Analysis,
             knowledge: Knowledge) -> tuple[Outcome, dict[str, CompiledFact]] | None:
    """The verdict on a claim of how many more times an event happens ('twice more',
    'after Venus, two more flybys of Earth'), from the dates a fact lists for it (see
    timeline.py); None when no one fact lists them."""
    vocab = knowledge.vocab
    occasions = read_occasions(text, reading, vocab)
    if occasions is None:
        return None
    frame = read_ordering(text, reading, vocab)
    if frame is not None:  # the count is of the events in the frame
        occasions = read_occasions(frame.left, analyse(frame.left, vocab), vocab)
        if occasions is None:
            return None
    judged = judge_occasions(
        occasions, frame, vocab, lambda event: _candidates(analyse(event, vocab), knowledge),
        lambda event, fact: _stated(analyse(event, vocab), fact, knowledge),
        lambda fact: _preceding(fact, knowledge))
    if judged is None or reading.negations % 2 == 1:
        return None
    listed = f"{len(judged.dates)} ({and_list(judged.dates)})"
    via = "dates the article lists"
    proof = (ProofStep(judged.fact.fact.id, "figure", occasions.wording, listed,
                       Relation.EQUIVALENT if judged.holds else Relation.ALTERNATION, via),)
    evidence = (_evidence(judged.fact),)
    confidence = _TRUST[via]
    facts = {judged.fact.fact.id: judged.fact}
    if judged.holds:
        return Outcome(text, SUPPORTED, confidence, evidence,
                       f"the article lists {listed}", proof=proof), facts
    conflict = Conflict("count", occasions.wording, listed)
    return Outcome(text, REFUTED, confidence, evidence, conflict.describe(), (conflict,),
                   proof=proof), facts


def _selected(text: str, reading: Analysis,
              knowledge: Knowledge) -> tuple[Outcome, dict[str, CompiledFact]] | None:
    """The verdict on a claim that dates one event picked from several ('its final Earth
    flyby is in January 2029'), from the dates the facts give them (see timeline.py)."""
    vocab = knowledge.vocab
    selection = read_selection(text, reading, vocab)
    if selection is None or reading.negations % 2 == 1:
        return None
    judged = judge_selection(
        selection, vocab, lambda event: _candidates(analyse(event, vocab), knowledge),
        lambda event, fact: _stated(analyse(event, vocab), fact, knowledge),
        lambda fact: _preceding(fact, knowledge))
    if judged is None:
        return None
    sides = [side for side in (judged.bound, judged.picked) if side is not None]
    return _by_dates(text, sides, judged.picked,
                     Conflict("date", selection.date, judged.picked.date), judged.holds,
                     f"the article dates it {judged.picked.date}")


def _preceding(fact: CompiledFact, knowledge: Knowledge) -> CompiledFact | None:
    """The fact before ``fact`` in the store, which keeps the article's order."""
    facts = knowledge.index.facts
    at = next((i for i, f in enumerate(facts) if f.fact.id == fact.fact.id), 0)
    return facts[at - 1] if at > 0 else None


def _stated(reading: Analysis, fact: CompiledFact, knowledge: Knowledge) -> float | None:
    """How closely the fact states what is read (its proof's confidence); None if it does
    not state it."""
    alignment = align(reading, fact, knowledge)
    return alignment.confidence if alignment.supports else None


def _candidates(reading: Analysis, knowledge: Knowledge,
                share: float = RELATIVE_SCORE) -> list[CompiledFact]:
    """The facts a search proposes for the claim, best first."""
    vocab = knowledge.vocab
    query = set(reading.term_set)
    for term, _ in reading.terms:
        query |= set(vocab.links(reading.raw_terms.get(term, "")))
        query |= vocab.antonyms.get(term, frozenset())
    for q in reading.quantities:
        query |= q.context
    # a name the store does not know looks for the store's things of its kind
    entities = set(reading.entity_ids)
    if reading.names:
        entities = entities.union(
            *(kinds for _, kinds, _ in _unknown_names(reading, vocab).values()),
            *(_of_kind(vocab.instances[word], vocab) for word in reading.names
              if word in vocab.instances and not vocab.names_entity(word)))
    found = knowledge.index.search(index_tokens(
        query, entities, {q.unit for q in reading.quantities}), CANDIDATES)
    best_score = found[0][1] if found else 0.0
    return [fact for fact, score in found if score >= share * best_score]


def _compared(text: str, judged: Judgement, knowledge: Knowledge) -> Outcome:
    """The verdict on a comparison of two things' figures, with both figures as proof."""
    vocab = knowledge.vocab
    comparison = judged.comparison
    sides = ((comparison.left, judged.left), (comparison.right, judged.right))
    proof = tuple(ProofStep(figure.fact.fact.id, "figure", side_name(side, vocab),
                            figure.quantity.display, Relation.ALTERNATION
                            if side is judged.misstated else Relation.EQUIVALENT,
                            "the article's figure for it") for side, figure in sides)
    stated = f"{judged.left.quantity.display} against {judged.right.quantity.display}"
    relation = Relation.EQUIVALENT if judged.holds else Relation.ALTERNATION
    proof += (ProofStep(judged.left.fact.fact.id, "figure", comparison.wording, stated,
                        relation, "comparison of the article's figures"),)
    evidence = tuple(dict.fromkeys(_evidence(f.fact) for _, f in sides))
    confidence = _TRUST["comparison of the article's figures"]
    if judged.holds:
        return Outcome(text, SUPPORTED, confidence, evidence,
                       f"the article gives {stated}", proof=proof)
    conflict = Conflict("number", *contradiction(judged, vocab))
    return Outcome(text, REFUTED, confidence, evidence, conflict.describe(), (conflict,),
                   proof=proof)


def align(reading: Analysis, compiled: CompiledFact, knowledge: Knowledge,
          asserted: bool = True, question: bool = False) -> Alignment:
    """Give each piece of ``reading`` its relation to one fact. ``asserted`` is False for
    a wh-question, which states nothing that a fact's 'prevented' or 'banned' could
    reverse; ``question`` reads deadlines as bounds (see :func:`verify_claim`)."""
    vocab = knowledge.vocab
    subject = set(reading.subject_entities)
    result = Alignment(fact=compiled, names_fit=_names_fit(reading, compiled)
                       and not _done_to_a_name(reading, vocab),
                       same_subject=bool(subject) and subject <= compiled.subject)
    _align_words(reading, compiled, vocab, result, narrower=not asserted)
    _same_time(reading, compiled, vocab, result)
    _align_entities(reading, compiled, vocab, result)
    _align_figures(reading, compiled, knowledge, result, question or not asserted)
    _at_another_time(reading, result)
    _one_more_time(reading, vocab, result)
    _of_another_time(reading, compiled, result, vocab)
    _same_year(result)
    _dated_later(compiled, result, vocab)
    _align_status(reading, compiled, result, vocab)
    for check in _checks_of_scope(reading, vocab):
        check(reading, compiled, result, vocab)
    _align_quantifier(reading, compiled, result, vocab)
    _some_against_none(reading, compiled, result, vocab)
    _act_only_named(reading, compiled, result, vocab)
    _described_as_another(reading, compiled, result, vocab)
    _class_of_other_names(reading, compiled, result, vocab)
    _align_objects(reading, compiled, result)
    _align_attachments(reading, compiled, vocab, result)
    _opposite_of_the_same(reading, knowledge, result)
    _opposite_degree(reading, compiled, result, vocab)
    _align_order(reading, compiled, vocab, result)
    _another_doer(reading, compiled, result, vocab)
    _the_articles_one(reading, compiled, knowledge, result)

    claim_actions = reading.verb_terms & compiled.terms
    blockers = [b for b in (compiled.terms & vocab.blocking) - compiled.purposes
                if asserted and claim_actions and b not in reading.term_set
                and not (vocab.antonyms.get(b, frozenset()) & reading.term_set)]
    # "prevented NATO ships from boarding" says the boarding did not happen.
    result.fact_negated = (compiled.negated and not _negated_elsewhere(
        reading, compiled, result, vocab)) != (len(blockers) % 2 == 1)
    result.claim_negated = reading.negations % 2 == 1
    if reading.exclusive:
        _align_only(reading, result, knowledge)
    if result.fact_negated != result.claim_negated:
        result.steps.append(Step(
            "polarity", "not", "not so" if result.claim_negated else "so",
            "so" if result.claim_negated else "not so", Relation.NEGATION,
            "negation" if not blockers else f"'{compiled.word_for(blockers[0])}'"))
    return result


def _negated_elsewhere(reading: Analysis, compiled: CompiledFact, result: Alignment,
                       vocab: Vocabulary) -> bool:
    """'Work is scheduled to begin by 2026; it has not started yet', 'the depot is a
    proposal and has not been built': the fact's 'not' is in a clause of its own, after a
    semicolon or an 'and' that opens on its own verb, and the claim holds none of that
    clause's words, so the clause the claim is held by is not negated (unless the claim
    says the act is done or under way, which is what such a clause denies)."""
    if reading.status == "completed":
        return False
    parts = _negated_clause(compiled.fact.statement, vocab)
    if parts is None:
        return False  # nearly every fact
    opening, closing = read_statement(parts[0], vocab), read_statement(parts[1], vocab)
    if opening.negations % 2 or not closing.negations % 2:
        return False
    held = {_fact_term(s, compiled) for s in result.steps
            if s.kind == "word" and s.relation in _HOLDS}
    return bool(held) and held.isdisjoint(closing.term_set)


@lru_cache(maxsize=4096)  # of each fact, asked for with every claim
def _negated_clause(statement: str, vocab: Vocabulary) -> tuple[str, str] | None:
    """The statement cut before a clause of its own that holds its 'not': after a
    semicolon, or after an 'and' or 'but' whose words open on a verb ('and has not yet
    been built'); None for a statement with no such cut."""
    if not read_statement(statement, vocab).negations:
        return None  # nearly every fact
    first, semicolon, rest = statement.partition(";")
    if semicolon:
        return first, rest
    for match in _CLAUSE_JOIN.finditer(statement):
        rest = statement[match.end():]
        if read_statement(rest, vocab).predicate_at == 0:
            return statement[:match.start()], rest
    return None


def _names_fit(reading: Analysis, compiled: CompiledFact) -> bool:
    """Names alone say little about what joins them ('Estonia and Latvia announced
    intentions similar to Russia's' is all names once its light words are set aside): a
    claim of names holds only against a fact about the claim's subject, in which the
    claim's other names own nothing the claim does not mention ('Russian aggression')."""
    subject = set(reading.subject_entities)
    return bool(subject) and subject <= compiled.subject and not any(
        owner in reading.entity_ids and owner not in subject and head not in reading.term_set
        for owner, head in compiled.modifiers)


@lru_cache(maxsize=64)  # of the claim alone, and asked for with each candidate fact
def _done_to_a_name(reading: Analysis, vocab: Vocabulary) -> bool:
    """'Ignacio Tanco was performed': what the passive of a light verb says was done to a
    name is not read, so the name alone is not what the claim says."""
    tokens = reading.tokens
    return any((token in vocab.ignored or " ".join(tokens[pos:pos + 2]) in vocab.ignored)
               and is_passive_at(tokens, pos, vocab) for pos, token in enumerate(tokens))


def _joint_support(reading: Analysis, alignments: list[Alignment],
                   vocab: Vocabulary) -> list[Alignment] | None:
    """Support from two facts joined by an entity the claim names: the first carries most of
    the claim and every figure, the second the words the first lacks, said of an entity
    that both facts share and that the second fact is about (so 'Russia is fortifying its
    borders with Lithuania' does not borrow 'fortifying' from a fact about Lithuania)."""
    if reading.exclusive:
        return None  # 'only' is a claim about one fact's whole list
    mentioned = set(reading.entity_ids)
    subject = set(reading.subject_entities)
    verb_at = reading.predicate_at if reading.predicate_at is not None else 0
    fronted = reading.adjuncts | {"@" + e for e, pos in reading.entities
                                  if pos < reading.fronted
                                  or (pos < verb_at and pos in reading.governed)}
    # What the claim says happened: its verbs, or (after a light verb: 'has carried out a
    # flyby') the first word of its predicate. The first fact must carry it; the second
    # only adds to it.
    after = reading.predicate_at if reading.predicate_at is not None else 0
    said = sorted((pos, t) for t, pos in reading.terms if pos >= after)
    copular = not reading.verb_terms and reading.predicate_at is not None and (
        reading.tokens[reading.predicate_at] in vocab.be_forms)
    # what a thing is ('a land corridor', 'of 100 km') is no act: any fact may hold a part
    acts = reading.verb_terms or (set() if copular else {t for _, t in said[:1]})
    for first in alignments:
        if not acts <= set(first.matched):
            continue
        gaps = first.quantity_gaps
        # what the claim says of its words ('most of', 'only', 'already') is the first
        # fact's to hold: a second fact adds words, not a share or a status
        qualified = all(s.relation in _HOLDS for s in first.steps
                        if s.kind not in ("word", "entity", "figure", "count"))
        # nor does a second fact give a figure the first gives otherwise ('September'
        # against the first fact's 'August')
        dated_otherwise = any(s.kind == "figure" and s.fact and s.relation not in _HOLDS
                              for s in first.steps)
        if (not qualified or dated_otherwise or first.conflicts or first.subject_missing
                or first.ratio < 0.4 or not (first.unmatched or gaps)
                or first.fact_negated != first.claim_negated):
            continue
        missing = set(first.unmatched)
        owners = _owners_named(reading)
        # a name alone is no detail another fact adds ('… needs, with Russia'), but for one
        # that says whose a thing the first fact holds is ('ESA's Juice')
        owning = bool(missing) and all(
            m[1:] in owners and "@" + owners[m[1:]] in first.matched for m in missing)
        if missing and all(m.startswith("@") for m in missing) and not owning:
            continue
        if missing & {"@" + e for e in reading.oblique_entities} and not owning:
            continue  # "renovate bridges in Latvia": where it happens is the event's own fact
        if missing & {t for t, pos in reading.terms if reading.tokens[pos] in vocab.part_nouns}:
            continue  # 'the third phase began in June': which part, too, is the event's own
        held = set(first.matched)
        if any({"@" + e for e in group} & missing and {"@" + e for e in group} & held
               for group in reading.lists):
            continue  # a list the claim names is one fact's list, not pieced together
        if _tense_apart(reading, first, vocab):
            continue
        for second in alignments:
            if second is first or second.conflicts or second.subject_missing:
                continue
            if any(s.fact and s.relation not in _HOLDS and not _figured_by(s, first)
                   for s in second.steps):
                continue  # 'a slower route' from a fact of 'a quicker route'
            if second.fact_negated != second.claim_negated:
                continue
            if not missing <= set(second.matched) or _tense_apart(reading, second, vocab):
                continue
            shared = _told_of(first.fact, vocab) & _told_of(second.fact, vocab) & mentioned
            # a thing both facts name the same definite way joins them as a name does
            thing = None if shared and not gaps else _one_thing(first.fact, second.fact, vocab)
            if not (shared or thing):
                continue
            if gaps and not _dated_by(second, gaps, reading, vocab,
                                      thing is not None and _said_of_both(first, second, reading)):
                continue  # every figure is the first fact's, but for a date of a thing
            if _counted_by_another_verb(reading, second, gaps):
                continue  # 'dredge four piers' from 'its dredging' and 'rebuild four piers'
            if subject and not subject <= (second.fact.subject | first.fact.subject):
                continue
            described = (shared & second.fact.subject) - first.fact.subject
            if missing & fronted:
                # 'During the Venus encounter, Juice took pictures': when or where it
                # happened is not borrowed from another fact, which may tell of another time
                continue
            if not (_attached_in(second, missing, reading) and _attached_in(
                    first, set(first.matched) - set(second.matched), reading)):
                continue  # "groups with Poland": the fact with Poland must have the groups
            # What a thing is ('a land corridor', 'of 100 km'), told by two facts about it,
            # is one description; what it did may be two events.
            description = copular and bool(subject) and subject <= (
                first.fact.subject & second.fact.subject)
            # A name the first fact lacks is not brought in by another fact that has it:
            # 'Juice took pictures during the flyby for the Moon', 'a flyby of the Moon
            # and then Earth in Venus' read well word by word and say what no fact says.
            # 'bunkers and anti-tank ditches are among what the funding pays for': each fact
            # gives its own members of a list, with the act the claim says of them all
            listed = acts <= set(second.matched) and _members_of_a_list(
                missing, first, reading, vocab)
            if _split_across(reading, first, second, missing):
                continue  # 'rebuild eight bridges' from 'rebuild road' and 'renovate bridges'
            # … told by a fact about that thing that names its owner ('Juice is a
            # spacecraft of the European Space Agency')
            owned = owning and all(owners[m[1:]] in second.fact.subject and _says_owner(
                second.fact, m[1:], owners[m[1:]], vocab) for m in missing)
            if (described or description or gaps or listed or owned) and all(
                    _holds_pair(pair, first) or _holds_pair(pair, second)
                    for pair in reading.objects) and all(
                    _owns(pair, first) or _owns(pair, second)
                    for pair in _modifiers_within_clause(reading)):
                if thing is not None:
                    second.steps.append(Step("join", "", thing, thing, Relation.EQUIVALENT,
                                             "the same thing in both facts"))
                return [first, second]
    return None


def _says_owner(compiled: CompiledFact, owner: str, owned: str, vocab: Vocabulary) -> bool:
    """The fact says whose its subject is: 'Juice is a spacecraft of the European Space
    Agency', 'the European Space Agency's Juice'; not 'Juice can pass closer to
    Ganymede'."""
    said = read_statement(compiled.fact.statement, vocab)
    if _owners_named(said).get(owner) == owned:
        return True
    at = said.predicate_at
    if at is None or said.tokens[at] not in vocab.be_forms:
        return False
    for entity, pos in said.entities:
        if entity == owner and pos > at:
            before = pos - 1
            while before > at and said.tokens[before] in vocab.determiners - {"of"}:
                before -= 1
            if said.tokens[before] == "of":
                return True
    return False


def _split_across(reading: Analysis, first: Alignment, second: Alignment,
                  missing: set[str]) -> bool:
    """A verb and what it is done to ('rebuild eight bridges'), or the two nouns of a
    compound ('the flight director'), one held only by the first fact and the other only
    added by the second: each fact says it of another thing."""
    at = {pos: t for t, pos in reading.terms}
    held, added = set(first.matched), set(second.matched)

    def only_first(term: str) -> bool:
        return term in held and term not in added

    for a, b in pairwise(sorted(at)):
        verb_object = a in reading.verbs and b not in reading.verbs
        compound = b == a + 1 and not {a, b} & reading.verbs
        if (verb_object or compound) and only_first(at[a]) and at[b] in missing:
            return True
        if compound and only_first(at[b]) and at[a] in missing:
            return True
    return False


def _modifiers_within_clause(reading: Analysis) -> list[tuple[str, str]]:
    """The claim's name-before-noun pairs, but for a name that ends an opening phrase and
    the noun that starts the main clause after its comma ('At O'Hare, work on …')."""
    if not reading.fronted:
        return reading.modifiers
    opening = {e for e, pos in reading.entities if pos < reading.fronted}
    main = {t for t, pos in reading.terms if pos >= reading.fronted}
    return [(e, t) for e, t in reading.modifiers if not (e in opening and t in main)]


def _figured_by(step: Step, first: Alignment) -> bool:
    """A figure that the first fact of a join gives as the claim does ('eleven more gates'),
    which the second fact only widens with one of its own ('30 gates in all')."""
    return step.kind in ("figure", "count") and step.relation == Relation.REVERSE and any(
        s.key == step.key and s.relation in _HOLDS for s in first.steps)


def _members_of_a_list(missing: set[str], first: Alignment, reading: Analysis,
                       vocab: Vocabulary) -> bool:
    """Each run of the claim's words that the first fact lacks is a whole member of a list
    whose member next to it the first fact holds ('bunkers and anti-tank ditches'), not
    part of one ('mooring cranes as well as bollards': 'mooring' is not the cranes' in the
    fact of mooring bollards)."""
    if not missing:
        return False
    held = set(first.matched) - missing
    items = sorted([(pos, pos + 1, t) for t, pos in reading.terms]
                   + [(pos, reading.entity_ends.get(pos, pos + 1), "@" + e)
                      for e, pos in reading.entities])
    runs: list[tuple[int, int]] = []  # (index of the first item, of the last)
    for index, (_, _, key) in enumerate(items):
        if key not in missing:
            continue
        if runs and runs[-1][1] == index - 1:
            runs[-1] = (runs[-1][0], index)
        else:
            runs.append((index, index))

    def listed_with(at: int, near: int) -> bool:
        return 0 <= near < len(items) and items[near][2] in held and items[near][2] in (
            reading.coordinated_with(items[at][2], vocab.ignored))

    def closed(at: int, near: int) -> bool:  # nothing of the same phrase on that side
        if not 0 <= near < len(items):
            return True
        left, right = sorted((items[at], items[near]))
        return right[0] > left[1]

    return all((listed_with(begin, begin - 1) and closed(end, end + 1))
               or (listed_with(end, end + 1) and closed(begin, begin - 1))
               for begin, end in runs)


def _one_thing(first: CompiledFact, second: CompiledFact, vocab: Vocabulary) -> str | None:
    """The thing two facts about the same subject both name with the same definite phrase
    ('the border fortification project', 'the second phase'), as the fact words it: in one
    article that phrase refers to one thing, so what one fact tells of it (its deadline, a
    figure of its parts) adds to what the other says."""
    if not first.subject & second.subject:
        return None
    phrases = _definite_phrases(second.fact.statement, vocab)
    shared = _definite_phrases(first.fact.statement, vocab).keys() & phrases.keys()
    return phrases[min(shared, key=lambda key: (-len(key), key))] if shared else None


@lru_cache(maxsize=4096)
def _definite_phrases(statement: str, vocab: Vocabulary) -> dict[tuple[str, ...], str]:
    """The phrases of two or more words or names after a definite determiner ('the
    border fortification project'), keyed by their canonical terms; each start of a run of
    nouns and modifiers counts, as a verb the reading misses may end it, and no phrase runs
    on past a comma ('with the second phase, Terminal 1 …') or into a name after a word."""
    phrases: dict[tuple[str, ...], str] = {}
    for chunk in _PUNCTUATION.split(statement):
        reading = read_statement(chunk, vocab)
        items = {pos: (term, pos + 1) for term, pos in reading.terms if pos not in reading.verbs}
        items.update({pos: ("@" + e, reading.entity_ends.get(pos, pos + 1))
                      for e, pos in reading.entities})
        for at, token in enumerate(reading.tokens):
            if token not in vocab.definite:
                continue
            keys: list[str] = []
            end = at + 1
            while end in items:
                key, after = items[end]
                if keys and key.startswith("@"):
                    break  # 'the borders Lithuania is fortifying': a name opens a clause
                keys.append(key)
                end = after
                if len(keys) >= 2:
                    phrases[tuple(keys)] = " ".join(reading.tokens[at + 1:end])
    return phrases


def _counted_together(reading: Analysis, alignments: list[Alignment],
                      vocab: Vocabulary) -> list[Alignment] | None:
    """'At least five countries, Lithuania among them, intend to leave the convention': a
    count of the claim's subjects, made of the subjects of every fact that says all else
    the claim does, each of the kind counted ('Lithuania has decided to pull out …',
    'Estonia, Latvia, Poland and Finland also intend to withdraw …'), the names the claim
    counts among them included. Support only: other facts may name more."""
    if reading.exclusive or reading.negations % 2 or reading.predicate_at is None:
        return None
    counts = [(m, counted) for m in reading.quantities
              if m.start < reading.predicate_at
              and (counted := _counted_kind(m, reading, vocab)) is not None]
    if len(counts) != 1 or len(reading.quantities) != 1:
        return None
    mention, (kind, noun) = counts[0]
    named = {e for e in reading.subject_entities if vocab.entities[e].kind == kind}
    acts = reading.verb_terms
    doers: list[Alignment] = []
    members: set[str] = set()
    for alignment in sorted(alignments, key=lambda a: -a.ratio):
        subject = alignment.fact.subject
        if (acts and _does(acts, alignment, vocab) and _says_all_but_who(alignment) and subject
                and not subject <= members
                and all(vocab.entities[e].kind == kind for e in subject)):
            doers.append(alignment)
            members |= subject
    if len(doers) < 2 or not named or not named <= set(members):
        return None
    total = FactQuantity(value=float(len(members)), unit="count", dimension="count",
                         qualifier="exact", measure=frozenset(), label=noun,
                         display=f"{len(members)} {noun}", source_unit="count")
    if compare_quantity(mention, total) is not True:
        return None
    joined = [Alignment(a.fact, [s for s in a.steps if s.kind not in ("count", "role")])
              for a in doers]
    names = and_list([vocab.describe_entity(e) for e in sorted(members)])
    joined[-1].steps.append(Step("count", "#" + mention.text, f"{mention.text} {noun}",
                                 f"{len(members)} {noun} ({names})", Relation.EQUIVALENT
                                 if mention.qualifier == "exact" else Relation.FORWARD,
                                 "count of named entities across facts"))
    return joined


def _does(acts: frozenset[str], alignment: Alignment, vocab: Vocabulary) -> bool:
    """The fact says the claim's acts as its own verbs, of its subject: not as a gerund
    after a preposition ('their reason for leaving', 'criticised for leaving')."""
    reading = read_statement(alignment.fact.fact.statement, vocab)
    said = {s.key: s.fact for s in alignment.steps if s.relation in _HOLDS}
    verbs = {reading.raw_terms.get(term) for term, pos in reading.terms
             if pos in reading.verbs and not (reading.tokens[pos].endswith("ing")
                                              and reading.tokens[pos - 1] in vocab.prepositions)}
    return all(said.get(act) in verbs for act in acts)


def _says_all_but_who(alignment: Alignment) -> bool:
    """The fact says everything the claim does, as the claim says it, but perhaps of
    others: only its subject and the claim's count may differ."""
    return alignment.fact_negated == alignment.claim_negated and all(
        s.relation in _HOLDS for s in alignment.steps if s.kind not in ("count", "role"))


def _dated_by(second: Alignment, gaps: set[str], reading: Analysis,
              vocab: Vocabulary, one_thing: bool) -> bool:
    """'Juice's April 2023 launch', 'O'Hare's $1.3 billion Terminal D': a figure standing
    before a noun or a name, both held by the second fact ('Juice was launched in April
    2023', 'the Terminal D project is worth 1.3 billion dollars'); or a deadline that the
    second fact gives the thing both facts name (``one_thing``): what is part of it is
    done by then too."""
    held = {s.key for s in second.steps if s.relation in _HOLDS}
    at = {pos: t for t, pos in reading.terms} | {pos: "@" + e for e, pos in reading.entities}
    dated = [m for m in reading.quantities if "#" + m.text in gaps]
    # a date names its event ('launch'); another figure a noun, not where ('6,840 km
    # above the Earth') or what is done
    return gaps <= held and all((at.get(m.end) in held and (m.dimension == "date" or (
        reading.tokens[m.end] not in vocab.prepositions and at[m.end] not in reading.verb_terms)))
        or (one_thing and _deadline(m, second.fact, vocab)) for m in dated)


def _counted_by_another_verb(reading: Analysis, second: Alignment, gaps: set[str]) -> bool:
    """A count the second fact lends ('four piers') is what the claim's verb before it
    acts on, and the second fact counts it for another act ('will rebuild four piers'
    lends nothing to 'will dredge four piers')."""
    held = {s.key for s in second.steps if s.relation in _HOLDS}
    at = {pos: t for t, pos in reading.terms}
    for mention in reading.quantities:
        if "#" + mention.text not in gaps or mention.dimension == "date":
            continue
        verb_at = max((pos for pos in reading.verbs if pos < mention.start), default=None)
        if verb_at is not None and at.get(verb_at, "") not in held | {""}:
            return True
    return False


def _said_of_both(first: Alignment, second: Alignment, reading: Analysis) -> bool:
    """Both facts hold a noun of the claim ('gates'): the second fact's deadline is of
    what the claim speaks of, not of another part of the same whole ('the second phase's
    car park will be finished by 2027' dates no gates)."""
    nouns = {s.key for s in first.steps if s.kind == "word" and s.relation in _HOLDS
             and s.key not in reading.verb_terms}
    return any(s.key in nouns and s.relation in _HOLDS for s in second.steps)


def _deadline(mention: QuantityMention, compiled: CompiledFact, vocab: Vocabulary) -> bool:
    """The claim's figure is a deadline ('by early 2028'), and so is the fact's date, for
    the whole thing rather than its start ('the third phase will begin by 2031' sets no
    date by which its parts are done)."""
    if mention.qualifier != "by" or mention.dimension != "date" or not any(
            q.qualifier == "by" and q.dimension == "date" for q in compiled.quantities):
        return False
    tokens = read_statement(compiled.fact.statement, vocab).tokens
    return not any(tokens[at:at + len(cue)] == list(cue)
                   for cue in vocab.inceptive for at in range(len(tokens)))


def _attached_in(alignment: Alignment, missing: set[str], reading: Analysis) -> bool:
    """Each entity a fact brings to a join after a preposition (``missing``) comes with what
    it is attached to ('expertise groups with Poland': 'groups'; 'the Ottawa Convention
    with Poland': the convention; '310 million euros for France': the sum), held by that
    same fact."""
    held = {s.key for s in alignment.steps if s.relation in _HOLDS}
    at = {pos: t for t, pos in reading.terms}
    named = {reading.entity_ends.get(pos, pos + 1) - 1: "@" + e for e, pos in reading.entities}
    figures = {q.end - 1: "#" + q.text for q in reading.quantities}
    for entity_id, pos in reading.entities:
        if "@" + entity_id not in missing or pos not in reading.governed:
            continue
        before = pos - 1 if reading.tokens[pos - 1] != "the" else pos - 2
        head = at.get(before - 1) or named.get(before - 1) or figures.get(before - 1)
        if head is not None and head not in held:
            return False
    return True


def _owns(pair: tuple[str, str], alignment: Alignment) -> bool:
    """The fact says whose the thing is: as a modifier ('Russian ships'), or by being about
    the owner and holding the thing ('Juice's altitude' in a fact about Juice's height)."""
    entity_id, head = pair
    held = {s.key for s in alignment.steps if s.relation in _HOLDS}
    return pair in alignment.fact.modifiers or (
        entity_id in alignment.fact.subject and head in held
        and not any(h == head for _, h in alignment.fact.modifiers))


def _holds_pair(pair: tuple[str, str], alignment: Alignment) -> bool:
    """A verb and what it is done to are both held by one fact: two facts are not joined
    into 'strengthens the convention' when one strengthens and the other has the
    convention."""
    held = {s.key for s in alignment.steps if s.relation in _HOLDS}
    return pair[0] in held and pair[1] in held


def _outcome(text: str, verdict: str, alignments: list[Alignment],
             knowledge: Knowledge) -> Outcome:
    confidence = round(min(a.confidence for a in alignments), 3)
    evidence = tuple(_evidence(a.fact) for a in alignments)
    if verdict == REFUTED:
        conflicts = tuple(alignments[0].conflicts)
        explanation = "; ".join(c.describe() for c in conflicts)
        return Outcome(text, REFUTED, confidence, evidence, explanation, conflicts,
                       proof=_proof(alignments))
    held = [s for a in alignments for s in a.steps if s.relation in _HOLDS and s.fact]
    shown = ", ".join(dict.fromkeys(s.fact for s in held)) or "the same statement"
    return Outcome(text, SUPPORTED, confidence, evidence, f"the article states this: {shown}",
                   proof=_proof(alignments))


def _not_enough_info(text: str, reading: Analysis, alignments: list[Alignment],
                     knowledge: Knowledge) -> Outcome:
    if not alignments:
        return Outcome(text, NOT_ENOUGH_INFO, 0.95, (), "no fact in the store is about this")
    best = max(alignments, key=lambda a: (not a.subject_missing, a.ratio, len(a.matched)))
    in_store = knowledge.index.postings
    reasons = []
    missing_subject = [s.claim for s in best.steps if s.kind == "role"
                       and s.relation == Relation.INDEPENDENT]
    if missing_subject:
        reasons.append("the article says nothing about " + and_list(missing_subject) + " here")
    narrower = [f"'{s.claim}' (the article says '{s.fact}')" for s in best.steps
                if s.kind == "word" and s.relation == Relation.REVERSE]
    if narrower:
        reasons.append("the claim is more specific than the article: " + and_list(narrower))
    gaps = [f"'{s.claim}'" for s in best.steps if s.kind in ("figure", "count")
            and s.relation not in _HOLDS + _CONTRADICTS
            and s.via not in (_PART_COUNTED, _OF_ANOTHER_TIME, *_ANOTHER_SLOT)]
    reasons += [f"the article's '{s.fact}' is {s.via}, not the claim's '{s.claim}'"
                for s in best.steps if s.via in _ANOTHER_SLOT]
    if gaps:
        reasons.append("the article gives no figure to compare with " + and_list(gaps))
    reasons += [f"'{s.claim}' counts some of what the article counts ('{s.fact}')"
                for s in best.steps if s.via == _PART_COUNTED]
    reasons += [f"the article's '{s.fact}' is a figure of another time"
                for s in best.steps if s.via == _OF_ANOTHER_TIME]
    other_time = [f"'{s.claim}' (the article says '{s.fact}', undated)" for s in best.steps
                  if s.via == "at another time"]
    if other_time:
        reasons.append("the claim dates what may be another time: " + and_list(other_time))
    reasons += [f"the article says '{s.fact}', of another thing" for s in best.steps
                if s.via == _OF_ANOTHER]
    absent = [s for s in best.steps if s.kind in ("word", "entity")
              and s.relation == Relation.INDEPENDENT and s.via not in ("at another time",
                                                                       _OF_ANOTHER)]
    vocab = knowledge.vocab
    # 'flew' is mentioned where a fact says 'flown': a form of the same lemma counts
    said = {s.claim for s in absent if s.key in in_store or (" " not in s.claim and (any(
        via == "same word" for verb in (False, True)
        for _, via in vocab.links(s.claim.lower(), verb=verb).values())
        or fold(s.claim) in vocab.any_name_words))}
    unknown = [f"'{s.claim}'" for s in absent if s.claim not in said]
    elsewhere = [f"'{s.claim}'" for s in absent if s.claim in said]
    if elsewhere:
        reasons.append("the closest fact does not say " + and_list(elsewhere))
    if unknown:
        reasons.append("the article does not mention " + and_list(unknown))
    reasons += [s.via for s in best.steps if s.kind == "status" and s.relation == Relation.REVERSE]
    reasons += [f"the article says it of only {s.fact} of the {s.claim}" for s in best.steps
                if s.via == _OF_A_SHARE]
    reasons += [f"{s.via}: '{s.fact}'" for s in best.steps if s.kind == "quantifier"
                and s.relation == Relation.REVERSE and s.via != _OF_A_SHARE]
    if best.conflicts and not reasons:
        reasons.append("the closest fact is about something else")
    explanation = "; ".join(reasons) or "the article neither states nor contradicts this"
    confidence = round(0.5 + 0.45 * (1 - best.ratio), 3)
    return Outcome(text, NOT_ENOUGH_INFO, confidence, (_evidence(best.fact),), explanation,
                   proof=_proof([best]))
