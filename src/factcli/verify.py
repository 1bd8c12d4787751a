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
from factcli.index import CompiledFact, Index, index_tokens
from factcli.knowledge import Knowledge
from factcli.logic import Relation
from factcli.quantities import FactQuantity, QuantityMention, compare_quantity, fact_counterpart
from factcli.text import (
    Analysis,
    analyse,
    and_list,
    fold,
    is_passive_at,
    read_statement,
    stem,
    tokenise,
)
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
    _IN_PLACE,
    _KIND_OF_ENTITY,
    _NAME,
    _OF_ANOTHER,
    _OF_ANOTHER_TIME,
    _PART_COUNTED,
    _STORE_SWAP,
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
    _held_terms,
    _proof,
)
from factcli.verifying.figures import _ANOTHER_SLOT, _align_figures, _figure_of
from factcli.verifying.readings import _counted_kind, _exception
from factcli.verifying.status import (
    _MEANT,
    _POSSIBLE,
    _act_only_named,
    _against_continuity,
    _align_status,
    _at_another_time,
    _cued_words,
    _dated_later,
    _done_against_to_come,
    _done_verbs,
    _of_another_time,
    _one_more_time,
    _same_time,
    _same_year,
    _tense_apart,
    _tentative_at,
    _under_way,
)
from factcli.verifying.structure import (
    _align_attachments,
    _align_objects,
    _align_order,
    _attached_in_fact,
    _class_of_other_names,
    _described_as_another,
    _opposite_degree,
    _opposite_of_the_same,
)
from factcli.vocabulary import name_head
from factcli.wordnet import rank

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

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


# How far after a verb the act it keeps from happening ('prevented NATO ships from
# boarding') may start: the verb's object, a name of a few words, stands between.
_GOVERNED_REACH = 7


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


def _align_words(reading: Analysis, compiled: CompiledFact, vocab: Vocabulary,
                 result: Alignment, narrower: bool) -> None:
    claim_terms = reading.term_set
    verbs = reading.verb_terms
    attributive = _attributive(reading)
    # A fact's verb the claim repeats is spoken for: 'the first phase is due to start'
    # does not read 'first' as the fact's 'start' when the claim says 'start' too.
    repeated = verbs & compiled.terms
    said = frozenset(claim_terms & compiled.terms)
    at, terms = _word_plan(reading, vocab)
    excepting = _exception(reading, vocab)[0]
    for term in terms:
        if term == excepting:
            continue
        word = reading.raw_terms.get(term, term)
        if word in vocab.ordinals and term in compiled.terms and not _same_ordinal(
                word, next(pos for t, pos in reading.terms if t == term), at, reading,
                compiled, vocab):
            # an ordinal holds with what it numbers: 'the second phase' in a fact of the
            # second stage, not 'for the second time' against it
            result.steps.append(Step("word", term, word, "", Relation.INDEPENDENT,
                                     "not said of the same thing"))
            continue
        if _term_in(term, compiled.terms):
            via = "same word" if term in compiled.terms else "same word family"
            if term in reading.denied_terms:
                # 'faces the airfield rather than the downtown skyline' against 'overlooking
                # the downtown skyline': what the claim sets aside, the fact says in its own
                # words (a word related to another, 'station' to 'depot', may be another thing)
                result.steps.append(Step("word", term, f"not {word}", _fact_word(term, compiled),
                                         Relation.ALTERNATION, "the claim denies it"))
                continue
            result.steps.append(Step("word", term, word, _fact_word(term, compiled),
                                     Relation.EQUIVALENT, via))
            continue
        if term in reading.denied_terms:
            continue  # set aside, and not the fact's word: nothing the fact must say
        kind = _kind_predicated(term, word, reading, vocab)
        if kind is not None:
            result.steps.append(kind)
            continue
        if word in vocab.ordinals:
            result.steps.append(_ordinal(term, word, compiled, vocab,
                                         _predicated(term, reading, vocab)))
            continue
        if word in vocab.doing_nouns and _names_the_act_before(term, reading, compiled, result):
            continue
        # A name the store does not know is never another word's synonym.
        link = None if word in reading.names else _best_link(
            term, word, compiled, vocab, term in verbs, narrower, repeated, said)
        if link is None and term in verbs and _predicated_after_be(term, word, reading, vocab):
            link = _best_link(term, word, compiled, vocab, False, narrower, repeated, said)
        if link is not None and link[1] == Relation.ALTERNATION and link[0] in claim_terms:
            # "joins Lithuania in leaving": the claim asserts the fact's word too, so the
            # opposite is no contradiction; the word itself must still be accounted for
            link = None
        if link is not None:
            fact_term, relation, via = link
            if relation in _HOLDS and word.endswith("est") and compiled.word_for(
                    fact_term).endswith("er"):
                # 'the quickest route' says more than 'a quicker route'
                relation, via = Relation.INDEPENDENT, "not said of the same thing"
            if relation == Relation.ALTERNATION and term in attributive:
                # "the first phase" against "the second phase": another thing, not a
                # contradiction of what is said about it
                relation, via = Relation.INDEPENDENT, "another one of its kind"
            result.steps.append(Step("word", term, word, compiled.word_for(fact_term),
                                     relation, via))
        elif word not in vocab.prepositions and not _positioned(term, word, reading, vocab):
            # an unmatched 'towards' says nothing checkable, nor does 'stands' in a place
            step = (_passive_converse(term, word, compiled, vocab)
                    or _multiword_verb(term, word, reading, compiled, vocab)
                    or _verb_of_having(term, word, reading, compiled, vocab)
                    or _verb_of_duration(term, word, reading, compiled, vocab)
                    or _verb_of_description(term, word, reading, compiled, vocab)
                    or _unknown_word(term, word, reading, compiled, vocab))
            if not (step.key.startswith(_NAME) and any(s.key == step.key
                                                       for s in result.steps)):
                result.steps.append(step)  # one step for all the words of a name
    _align_light_words(reading, compiled, vocab, result)
    if not vocab.adverb_particles.isdisjoint(reading.tokens):
        _light_verb_with_particle(reading, compiled, result, vocab)
        _verb_with_particle(reading, compiled, result, vocab)
    result.steps = _compounded(result.steps, compiled, vocab)
    _opposite_of_another_act(reading, compiled, vocab, result)


def _opposite_of_another_act(reading: Analysis, compiled: CompiledFact, vocab: Vocabulary,
                             result: Alignment) -> None:
    """A verb opposite to one the fact says keeps someone from another act ('prevented
    Tidewater Marine *from entering* the channel') contradicts only a claim that says that
    act too: 'the council helped Tidewater Marine enter the channel' is refuted, 'the
    council helped Tidewater Marine' is about something else. (An act after 'to' may be
    the fact's purpose, not its verb's: 'left the convention to deploy mines' still
    contradicts 'stayed in the convention'.)"""
    opposed = [i for i, s in enumerate(result.steps) if s.kind == "word"
               and s.relation == Relation.ALTERNATION and s.key in reading.verb_terms]
    if not opposed:
        return  # nearly every fact: it is not read again
    fact = read_statement(compiled.fact.statement, vocab)
    term_at = {pos: t for t, pos in fact.terms}
    held = {_fact_term(s, compiled) for s in result.steps if s.relation in _HOLDS}
    for i in opposed:
        step = result.steps[i]
        at = next((pos for pos, token in enumerate(fact.tokens) if token == step.fact), None)
        act = None if at is None else _governed_act(fact, at, term_at, vocab)
        if act is not None and act not in held:
            result.steps[i] = step._replace(relation=Relation.INDEPENDENT,
                                            via="said of another act")


def _governed_act(fact: Analysis, at: int, term_at: dict[int, str],
                  vocab: Vocabulary) -> str | None:
    """The act the verb at ``at`` keeps from happening a few words on, a gerund after
    'from' ('from entering'): the term of that verb."""
    for pos in range(at + 1, min(at + _GOVERNED_REACH, len(fact.tokens) - 1)):
        word = fact.tokens[pos + 1]
        if fact.tokens[pos] == "from" and word.endswith("ing") and pos + 1 in term_at and (
                vocab.can_be_verb(word)):
            return term_at[pos + 1]
    return None


def _compounded(steps: list[Step], compiled: CompiledFact, vocab: Vocabulary) -> list[Step]:
    """'The project *broke ground*', 'ground was broken': two of the claim's words the
    fact says as one word made of them ('the *groundbreaking*', 'peacekeeping',
    'shipbuilding': a noun and the verb done to it) are held by that word."""
    unheld = {s.claim.lower(): s for s in steps if s.kind == "word"
              and s.relation not in _HOLDS}
    if len(unheld) < 2:
        return steps  # most facts: the only cost to them
    held: dict[Step, str] = {}
    starts = tuple(unheld)
    for word in _long_words(compiled.fact.statement):
        if not word.startswith(starts):
            continue  # nearly every word: no claim word starts it
        for start, first in unheld.items():
            rest = word[len(start):]
            if not (word.startswith(start) and len(rest) > 2):
                continue
            said = {rest, *vocab.lemmas_of(rest)}
            for other, second in unheld.items():
                if second is not first and not said.isdisjoint({other,
                                                                *vocab.lemmas_of(other)}):
                    held[first] = held[second] = word
    return [s._replace(fact=held[s], relation=Relation.EQUIVALENT,
                       via="one word made of them") if s in held else s for s in steps]


@lru_cache(maxsize=8192)
def _long_words(statement: str) -> tuple[str, ...]:
    """The statement's words long enough to be made of two ('groundbreaking')."""
    return tuple(w for w in (w.strip(".,;:!?'\"()").lower() for w in statement.split())
                 if len(w) > 6)


def _predicated_after_be(term: str, word: str, reading: Analysis, vocab: Vocabulary) -> bool:
    """The word the reader took for a verb stands bare after 'be' ('needs were low'): no
    participle ('-ed', '-ing', an irregular form), so it may be what the thing is, an
    adjective or a noun, and is looked up as one when no verb sense relates it."""
    return not word.endswith(("ed", "ing")) and word not in vocab.irregular and _predicated(
        term, reading, vocab)


def _positioned(term: str, word: str, reading: Analysis, vocab: Vocabulary) -> bool:
    """'The plant stands in Palo': a verb of position before a place preposition only says
    where the thing is, as 'is' does; the place must still be the fact's."""
    if not vocab.is_position_verb(word):
        return False  # nearly every word
    at = next(pos for t, pos in reading.terms if t == term)
    tokens = reading.tokens
    # ('the stands in the stadium': after a determiner it is a noun)
    return 0 < at < len(tokens) - 1 and tokens[at + 1] in vocab.locative and (
        tokens[at - 1] not in vocab.determiners)


def _phrasal_terms(verb: str, particle: str, vocab: Vocabulary) -> set[str]:
    """The store terms WordNet's verb with its particle relates to ('shut down': close)."""
    return {t for lemma in vocab.lemmas_of(verb)
            for t in vocab.links(f"{lemma} {particle}", verb=True)}


def _light_verb_with_particle(reading: Analysis, compiled: CompiledFact, result: Alignment,
                              vocab: Vocabulary) -> None:
    """'Lumen Works gave up 12 km of track': a light verb with a particle after it is
    another verb, no longer light, which the fact must say, itself or in what WordNet's
    verb with that particle means."""
    tokens = reading.tokens
    fact = read_statement(compiled.fact.statement, vocab).tokens
    read_at = {pos for _, pos in reading.terms}
    # a finite verb, after its named subject or an auxiliary ('Lumen Works gave up', 'has
    # given up'), not a participle after a noun ('a news release put out on a Tuesday')
    finite = set(reading.entity_ends.values())
    for pos in range(1, len(tokens) - 1):
        word, particle = tokens[pos], tokens[pos + 1]
        if (particle not in vocab.adverb_particles or word not in vocab.light
                or pos in read_at or f"{word} {particle}" in vocab.ignored
                or not vocab.can_be_verb(word) or not (
                    pos in finite or tokens[pos - 1] in vocab.auxiliaries
                    or tokens[pos - 1] in vocab.subject_pronouns)):
            continue
        if _phrasal_terms(word, particle, vocab) & compiled.terms or any(
                fact[at:at + 2] == [word, particle] for at in range(len(fact) - 1)):
            continue
        result.steps.append(Step("word", f"s:{word} {particle}", f"{word} {particle}", "",
                                 Relation.INDEPENDENT, "not in this fact"))


def _verb_with_particle(reading: Analysis, compiled: CompiledFact, result: Alignment,
                        vocab: Vocabulary) -> None:
    """'The trial runs were called off' against a fact's 'call': a verb with a particle
    after it is another verb, unless the fact's word has the same particle too, or is what
    WordNet's verb with that particle means ('closed down': close)."""
    tokens = reading.tokens
    with_particle = {t: tokens[pos + 1] for t, pos in reading.terms
                     if pos + 1 < len(tokens) and tokens[pos + 1] in vocab.adverb_particles
                     and t in reading.verb_terms | _done_verbs(reading, vocab)
                     and " " not in reading.raw_terms.get(t, "")}  # read with it: 'set up'
    if not with_particle:
        return
    fact = read_statement(compiled.fact.statement, vocab).tokens
    for i, step in enumerate(result.steps):
        added = with_particle.get(step.key)
        if added is None or step.kind != "word" or step.relation not in _HOLDS or (
                not step.fact) or added in step.claim.split():
            continue  # (a link of the verb with its particle: 'shut down' for 'closed')
        said = fold(step.fact).split()[-1]
        if _fact_term(step, compiled) not in _phrasal_terms(
                fold(step.claim), added, vocab) and not any(
                token == said and added in fact[pos + 1:pos + 4]
                for pos, token in enumerate(fact)):
            result.steps[i] = step._replace(
                claim=f"{step.claim} {added}", relation=Relation.INDEPENDENT,
                via="another verb with its particle")


def _names_the_act_before(term: str, reading: Analysis, compiled: CompiledFact,
                          result: Alignment) -> bool:
    """A noun of doing after a word the fact says as its verb adds nothing: 'fortification
    work' against 'fortifying its borders' is the fortifying ('work began' still needs
    the fact's work)."""
    at = next(pos for t, pos in reading.terms if t == term)
    before = next((t for t, pos in reading.terms if pos == at - 1), None)
    step = next((s for s in result.steps if s.kind == "word" and s.key == before), None)
    return (step is not None and step.relation in _HOLDS
            and _fact_term(step, compiled) in compiled.verbs)


@lru_cache(maxsize=64)  # of the claim alone, and asked for with each candidate fact
def _word_plan(reading: Analysis, vocab: Vocabulary) -> tuple[dict[int, str], tuple[str, ...]]:
    """The claim's terms by position, and the terms to align in order: each once, without
    the nouns a count or a superlative of nearness takes."""
    skipped = _counted_nouns(reading, vocab) | _after_nearness(reading, vocab)
    return ({pos: t for t, pos in reading.terms},
            tuple(dict.fromkeys(t for t, pos in reading.terms if pos not in skipped)))


@lru_cache(maxsize=64)  # of the claim alone, and asked for with each candidate fact
def _after_nearness(reading: Analysis, vocab: Vocabulary) -> frozenset[int]:
    """Where a noun stands that adds nothing to the superlative of nearness before it, or a
    verb of arriving that adds nothing to the one after it: 'its closest approach to
    Earth' is its coming closest to Earth, and so is 'reached its closest point'."""
    tokens = reading.tokens
    superlative = vocab.nearness_superlatives
    return frozenset(pos for _, pos in reading.terms if (
        pos > 0 and tokens[pos] in vocab.nearness_nouns and tokens[pos - 1] in superlative)
        or (tokens[pos] in vocab.nearness_verbs
            and superlative.intersection(tokens[pos + 1:pos + 3])))


@lru_cache(maxsize=64)  # of the claim alone, and asked for with each candidate fact
def _counted_nouns(reading: Analysis, vocab: Vocabulary) -> frozenset[int]:
    """Where a count's noun of a kind of thing stands ('160 countries'): the count is
    compared as a whole, so the noun does not stand for an entity of its own."""
    found = set()
    for mention in reading.quantities:
        counted = _counted_kind(mention, reading, vocab)
        if counted is not None:
            following = reading.tokens[mention.end:mention.end + 3]
            found.add(mention.end + following.index(counted[1]))
    return frozenset(found)


def _same_ordinal(word: str, position: int, at: dict[int, str], reading: Analysis,
                  compiled: CompiledFact, vocab: Vocabulary) -> bool:
    """The fact numbers the same thing: the noun after the ordinal is the fact's word or a
    word for it ('second phase' / 'second stage'); after 'the' with no noun of content
    ('the second time'), the fact has the ordinal before the same word."""
    label = reading.tokens[position] != word  # 'phase two': the noun comes first
    head = at.get(position - 1 if label else position + 1)
    if label and head is None:
        return False
    if head is not None:
        raw = reading.raw_terms.get(head, "")
        return _term_in(head, compiled.terms) or any(
            fact_term in compiled.terms and Relation(relation) in _HOLDS
            for fact_term, (relation, _) in vocab.links(raw).items())
    if position == 0 or reading.tokens[position - 1] not in vocab.determiners:
        return True  # 'Earth first', 'first expected': an adverb, said as the fact says it
    following = reading.tokens[position + 1: position + 2]  # 'the second time'
    tokens = tokenise(compiled.fact.statement)
    return any(tokens[i:i + 2] == [word, *following] for i in range(len(tokens)))


def _ordinal(term: str, word: str, compiled: CompiledFact, vocab: Vocabulary,
             predicated: bool) -> Step:
    """'the first phase' is only ever the fact's 'first': WordNet's noun 'first' (the start)
    or 'second' (of time) is not what an ordinal before a noun means. Another ordinal
    picks out another thing, unless the claim says what the thing is ('is the second
    country to leave')."""
    others = [w for _, w in compiled.raw_terms if w in vocab.ordinals and w != word]
    if not others:
        return Step("word", term, word, "", Relation.INDEPENDENT, "not in this fact")
    if predicated:  # 'Lithuania is the second country to leave' against 'the first'
        return Step("word", term, word, others[0], Relation.ALTERNATION, "another ordinal")
    return Step("word", term, word, others[0], Relation.INDEPENDENT, "another one of its kind")


def _align_light_words(reading: Analysis, compiled: CompiledFact, vocab: Vocabulary,
                       result: Alignment) -> None:
    """A light word before a noun ('the new depot') is passed over, unless the fact says
    its opposite ('the old depot'): then the claim picks out another thing, as with
    :func:`_attributive` words."""
    for token in _light_before_terms(reading, vocab):
        for fact_term, (relation, _) in vocab.links(token).items():
            if (relation == Relation.ALTERNATION.value and fact_term in compiled.terms
                    and fact_term not in reading.term_set):
                result.steps.append(Step("word", token, token, compiled.word_for(fact_term),
                                         Relation.INDEPENDENT, "another one of its kind"))


@lru_cache(maxsize=64)  # of the claim alone, and asked for with each candidate fact
def _light_before_terms(reading: Analysis, vocab: Vocabulary) -> tuple[str, ...]:
    """The claim's light words right before one of its terms ('new' in 'the new depot')."""
    at = {pos for _, pos in reading.terms}
    return tuple(token for pos, token in enumerate(reading.tokens)
                 if token in vocab.light and pos + 1 in at and pos not in at)


def _another_relative_time(term: str, word: str, reading: Analysis, compiled: CompiledFact,
                           vocab: Vocabulary) -> Step | None:
    """'due to start next year' against 'due to start next month': a time counted from now
    in another unit is another time."""
    if word not in vocab.relative_units:
        return None  # nearly every word
    at = next(pos for t, pos in reading.terms if t == term)
    if at == 0 or reading.tokens[at - 1] not in vocab.relative_words:
        return None
    counted_from = reading.tokens[at - 1]
    tokens = read_statement(compiled.fact.statement, vocab).tokens
    other = next((unit for before, unit in pairwise(tokens)
                  if before == counted_from and unit in vocab.relative_units and unit != word),
                 None)
    if other is None:
        return None
    return Step("figure", term, f"{counted_from} {word}", f"{counted_from} {other}",
                Relation.ALTERNATION, "another time")


def _passive_converse(term: str, word: str, compiled: CompiledFact,
                      vocab: Vocabulary) -> Step | None:
    """'Workers received training' against 'workers were given training': the fact's
    passive says the claim's verb of the one it was done for."""
    participles = next((vocab.passive_converses[lemma] for lemma in vocab.lemmas_of(word)
                        if lemma in vocab.passive_converses), None)
    if participles is None:
        return None  # nearly every word: the fact is not read again
    tokens = read_statement(compiled.fact.statement, vocab).tokens
    for at, token in enumerate(tokens):
        if token in participles and any(t in vocab.be_forms for t in tokens[max(0, at - 2):at]):
            said = " ".join(tokens[at - 1:at + 1])
            return Step("word", term, word, said, Relation.EQUIVALENT, "passive of the converse")
    return None


def _multiword_verb(term: str, word: str, reading: Analysis, compiled: CompiledFact,
                    vocab: Vocabulary) -> Step | None:
    """'The pilots brought about a fall' against 'resulted in a fall': a verb the fact
    lacks may be one of WordNet's verbs of two words with the particle or preposition after
    it ('bring about': produce, which 'result' is a way to do), as it often means what
    neither word does alone."""
    phrase, links = _multiword_verbs(reading, vocab).get(term, ("", {}))
    found = [(fact_term, Relation(relation), via)
             for fact_term, (relation, via) in links.items()
             if fact_term in compiled.terms and Relation(relation) in _HOLDS]
    if not found:
        return None
    fact_term, relation, via = min(found, key=lambda link: (rank(link[1]), link[0]))
    return Step("word", term, phrase, compiled.word_for(fact_term), relation, via)


@lru_cache(maxsize=64)  # of the claim alone, and asked for with each candidate fact
def _multiword_verbs(reading: Analysis, vocab: Vocabulary
                     ) -> dict[str, tuple[str, dict[str, tuple[str, str]]]]:
    """The claim's verbs with the particle or preposition after them that WordNet has as
    one verb related to a store word: {verb term: (the two words, their links)}."""
    found: dict[str, tuple[str, dict[str, tuple[str, str]]]] = {}
    for term, at in reading.terms:
        following = reading.tokens[at + 1] if at + 1 < len(reading.tokens) else ""
        if term not in reading.verb_terms or (following not in vocab.prepositions
                                              and following not in vocab.adverb_particles):
            continue
        word = reading.raw_terms.get(term, term)
        links: dict[str, tuple[str, str]] = {}
        for lemma in vocab.lemmas_of(word):
            for fact_term, link in vocab.links(f"{lemma} {following}", verb=True).items():
                if fact_term not in links or rank(link[0]) < rank(links[fact_term][0]):
                    links[fact_term] = link
        if links:
            found.setdefault(term, (f"{word} {following}", links))
    return found


def _verb_of_having(term: str, word: str, reading: Analysis, compiled: CompiledFact,
                    vocab: Vocabulary) -> Step | None:
    """'The terminal features artwork' against 'the terminal offers … artwork': a verb of
    having or including says of what it joins what any other verb of having says (the
    fact's may be 'has' or 'includes', which are not even words to align)."""
    having = vocab.question_words["inclusion_verbs"]
    if term not in reading.verb_terms or having.isdisjoint(vocab.lemmas_of(word)):
        return None  # nearly every word: the fact is not read again
    fact = read_statement(compiled.fact.statement, vocab)
    tokens = fact.tokens
    for at, token in enumerate(tokens):
        if having.isdisjoint(vocab.lemmas_of(token)):
            continue
        following = tokens[at + 1] if at + 1 < len(tokens) else ""
        # 'has 15 concessionaires' has them; 'has announced' is an auxiliary
        auxiliary = (following.endswith(("ed", "en")) or following in vocab.irregular
                     or following in vocab.auxiliaries)
        if at in fact.verbs or (token in vocab.ignored and not auxiliary):
            return Step("word", term, word, token, Relation.EQUIVALENT, "verb of having")
    return None


def _verb_of_duration(term: str, word: str, reading: Analysis, compiled: CompiledFact,
                      vocab: Vocabulary) -> Step | None:
    """'The agreement runs for 15 years' against 'the agreement lasts 25 years': a verb
    that only says a thing goes on for a time, before the time, says what any other such
    verb before a time says; the two times are then set against each other."""
    lasting = vocab.question_words["duration_verbs"]
    if lasting.isdisjoint(vocab.lemmas_of(word)) or not _before_a_duration(
            next(pos for t, pos in reading.terms if t == term), reading):
        return None  # nearly every word: the fact is not read again
    fact = read_statement(compiled.fact.statement, vocab)
    for at, token in enumerate(fact.tokens):
        if not lasting.isdisjoint(vocab.lemmas_of(token)) and _before_a_duration(at, fact):
            return Step("word", term, word, token, Relation.EQUIVALENT, "verb of duration")
    return None


def _verb_of_description(term: str, word: str, reading: Analysis, compiled: CompiledFact,
                          vocab: Vocabulary) -> Step | None:
    """'Balakrishnan described the disaster as a catastrophe' against 'called it a
    catastrophe': a verb that says what a thing is called (questions.json
    description_verbs, the list ask reads) says what any other such verb says; what it is
    called must still be the fact's. 'Called for' and 'called on' ask, not describe."""
    describing = vocab.question_words["description_verbs"]
    if term not in reading.verb_terms or describing.isdisjoint(vocab.lemmas_of(word)):
        return None  # nearly every word: the fact is not read again
    at = next(pos for t, pos in reading.terms if t == term)
    if _before_a_particle(at, reading.tokens, vocab):
        return None
    tokens = read_statement(compiled.fact.statement, vocab).tokens
    for position, token in enumerate(tokens):
        if not describing.isdisjoint(vocab.lemmas_of(token)) and not _before_a_particle(
                position, tokens, vocab):
            return Step("word", term, word, token, Relation.EQUIVALENT, "verb of description")
    return None


def _before_a_particle(at: int, tokens: list[str], vocab: Vocabulary) -> bool:
    following = tokens[at + 1] if at + 1 < len(tokens) else ""
    return following in vocab.prepositions or following in vocab.adverb_particles


def _before_a_duration(at: int, reading: Analysis) -> bool:
    """A length of time follows the word ('lasts 25 years', 'runs for 15 years')."""
    return any(q.dimension == "duration" and at < q.start <= at + 2 for q in reading.quantities)


def _unknown_word(term: str, word: str, reading: Analysis, compiled: CompiledFact,
                  vocab: Vocabulary) -> Step:
    """A word the fact lacks: a kind word for an entity the fact names ('the spacecraft'
    for Juice) stands for it; a name WordNet knows as one of a kind ('Mars', a planet) in a
    claim whose fact names another thing of that kind ('Venus') is a substitution."""
    if word in vocab.calendar_words:
        # 'in June 2023' against 'in December 2023': a date names one month (and one day
        # of the week)
        calendar = vocab.months if word in vocab.months else vocab.weekdays
        others = [w for t, w in compiled.raw_terms if w in calendar and w != word]
        if others:  # a contradiction once the year is seen to agree (_same_year)
            return Step("figure", term, word.title(), others[0].title(), Relation.INDEPENDENT,
                        "another month" if calendar is vocab.months else "another day")
    relative = _another_relative_time(term, word, reading, compiled, vocab)
    if relative is not None:
        return relative
    dimension = vocab.dimension_words.get(term)
    figure = None if dimension is None else next(
        (q for q in compiled.quantities if q.dimension == dimension), None)
    if figure is not None and not any(q.dimension == dimension for q in reading.quantities):
        # 'the money' for the fact's 1.1 billion euros, when the claim gives no sum itself
        return Step("word", term, word, figure.display, Relation.EQUIVALENT,
                    "names what the figure is")
    referred = [e for e in vocab.referents(term, word) if e in compiled.entities]
    phrase = None if referred else _kind_phrases(reading, vocab).get(term)
    if phrase:  # 'the joint venture', or one whose members the fact names together
        referred = [e for e in phrase
                    if e in compiled.entities or _named_together(e, compiled, vocab)]
    if referred and word not in reading.names and term not in reading.verb_terms:
        # a kind word is a noun: 'a spacecraft built by ESA' is no 'build' (a physique)
        name = vocab.describe_entity(referred[0])
        return Step("entity", "@" + referred[0], word, name, Relation.EQUIVALENT,
                    _KIND_OF_ENTITY)
    name_like = word in reading.names or (
        reading.tokens[0] == word and _named_first(word, reading))
    # 'Lithuania is also leaving the Geneva Convention': one more, not one instead
    additive = name_like and vocab.is_additive(reading.tokens)
    kind = vocab.instances.get(word) if name_like and not additive else None
    # 'Sweden is leaving': the name is the subject, so the fact is about someone else;
    # 'a Spanish factory will': it only says which factory, so it stands in France's place.
    if kind is not None and not any(pos + 1 == reading.predicate_at
                                    for t, pos in reading.terms if t == term):
        mentioned = set(reading.entity_ids)
        others = [e for e in sorted(compiled.entities - compiled.subject - mentioned)
                  if vocab.entities[e].kind == kind]
        if others:
            names = and_list([vocab.describe_entity(e) for e in others])
            return Step("entity", term, reading.spelling.get(word, word), names,
                        Relation.ALTERNATION, f"another {kind}{_IN_PLACE}")
    named = _unknown_names(reading, vocab).get(term) if (
        len(reading.names) > 1 and not additive) else None
    if named is not None:
        # 'at Los Angeles International Airport' against 'at San Diego International
        # Airport': a name the store does not know, whose last word says what it is
        name, kinds, last = named
        mentioned = set(reading.entity_ids)
        others = [e for e in sorted(compiled.entities - compiled.subject - mentioned)
                  if e in kinds]
        if others and last + 1 != reading.predicate_at:
            written = " ".join(reading.spelling.get(w, w) for w in name.split())
            return Step("entity", _NAME + name, written,
                        and_list([vocab.describe_entity(e) for e in others]),
                        Relation.ALTERNATION,
                        f"another {vocab.entities[others[0]].kind}{_IN_PLACE}")
    # 'six new *tram* stops' against 'the extension adds six new stops', of the Meridia
    # tram extension the claim names too: the fact says the word in that entity's name
    named_in = next((e for e in sorted(set(reading.entity_ids) & compiled.entities)
                     if word in vocab.entity_name_modifiers.get(e, ())), None)
    if named_in is not None:
        return Step("word", term, word, vocab.describe_entity(named_in), Relation.EQUIVALENT,
                    "a word of its name")
    opening = word in vocab.instances and any(  # 'Tampa's …' opening a claim, not 'low'
        pos == 0 for t, pos in reading.terms if t == term)
    if word in reading.names or opening:
        return Step("word", term, reading.spelling.get(word, word), "", Relation.INDEPENDENT,
                    "a name not in this fact")
    if word in vocab.part_nouns:
        # 'the Poultry Market section' against 'the Poultry Market part': the lexicon's
        # nouns for a part of a whole say the same of it
        said = next((t for t in read_statement(compiled.fact.statement, vocab).tokens
                     if t in vocab.part_nouns), None)
        if said is not None:
            return Step("word", term, word, said, Relation.EQUIVALENT, "a word for a part")
    if word in vocab.repetition:
        # 'when the committee voted again' against 'in the second vote': a second or later
        # one of the very act repeated is a repeat ('reach 40 stops again' is no 'second stage')
        repeated = {stem(reading.tokens[pos - 1]) for t, pos in reading.terms
                    if t == term and pos > 0}
        tokens = read_statement(compiled.fact.statement, vocab).tokens
        later = next((f"{t} {noun}" for t, noun in pairwise(tokens)
                      if vocab.ordinals.get(t, 0) >= 2 and stem(noun) in repeated), None)
        if later is not None:
            return Step("word", term, word, later, Relation.EQUIVALENT, "a repeat")
    return Step("word", term, word, "", Relation.INDEPENDENT, "not in this fact")


def _named_first(word: str, reading: Analysis) -> bool:
    """The sentence's first word (``word``) is a name when it is written in capitals
    ('NASA') or owns what follows ("Tampa's"): a capital alone there may be a common
    word's."""
    written = reading.spelling.get(word, word)
    return (len(written) > 1 and written.isupper()) or reading.tokens[1:2] == ["s"]


@lru_cache(maxsize=256)
def _of_kind(kind: str, vocab: Vocabulary) -> frozenset[str]:
    return frozenset(e for e, entity in vocab.entities.items() if entity.kind == kind)


@lru_cache(maxsize=64)  # of the claim alone, and asked for with each candidate fact
def _unknown_names(reading: Analysis,
                   vocab: Vocabulary) -> dict[str, tuple[str, frozenset[str], int]]:
    """Each word of a run of capitalised words the store does not know, ending in a word
    for a kind of entity it does ('Chicago Midway International Airport'): the name, the
    entities of that kind, and where the name ends."""
    tokens = reading.tokens
    known = {pos for _, pos in reading.entities}
    term_at = {pos: t for t, pos in reading.terms}
    found: dict[str, tuple[str, frozenset[str], int]] = {}
    pos = 0
    while pos < len(tokens):
        end = pos
        while end < len(tokens) and tokens[end] in reading.names and end not in known:
            end += 1
        if end - pos >= 2:
            kinds = frozenset(e for lemma in vocab.lemmas_of(tokens[end - 1])
                              for e in vocab.kind_words.get(lemma, ())) | _named_with_head(
                tokens[end - 1], vocab)
            if kinds:
                name = " ".join(tokens[pos:end])
                for at in range(pos, end):
                    if at in term_at:
                        found[term_at[at]] = (name, kinds, end - 1)
        pos = end + 1 if end > pos else pos + 1
    return found


@lru_cache(maxsize=256)
def _named_with_head(word: str, vocab: Vocabulary) -> frozenset[str]:
    """The entities a name of two or more words ending in ``word`` names ('the Suwałki
    Gap' for 'gap'): a name with the same last word ('the Fulda Gap') is of their kind."""
    return frozenset(entity_id for aliases in vocab.fuzzy_aliases.values()
                     for alias, entity_id in aliases
                     if " " in alias and name_head(alias.split()) == [word])


@lru_cache(maxsize=64)  # of the claim alone, and asked for with each candidate fact
def _kind_phrases(reading: Analysis, vocab: Vocabulary) -> dict[str, list[str]]:
    """The entities a two-word kind each term is part of refers to: 'the joint venture'."""
    tokens = reading.tokens
    found: dict[str, list[str]] = {}
    for term, pos in reading.terms:
        for start in (pos - 1, pos):
            referred = vocab.kind_words.get(" ".join(tokens[start:start + 2])) if (
                start >= 0) else None
            if referred:
                found.setdefault(term, []).extend(referred)
    return found


@lru_cache(maxsize=256)  # of the claim alone, asked of each word with each candidate fact
def _kind_predicated(term: str, word: str, reading: Analysis,
                     vocab: Vocabulary) -> Step | None:
    """'Juice is a planet': a kind word a copula says of the subject names nothing else; it
    holds if the subject is of that kind, and is not what the article calls it otherwise."""
    referents = vocab.referents(term, word)
    # ('a depot will be built': a verb is no kind, though WordNet's 'build' is a physique)
    if not referents or word in reading.names or term in reading.verb_terms or not (
            _predicated(term, reading, vocab)):
        return None
    # A word for things of several kinds ('organisation' reaches countries through
    # WordNet's hypernyms) is said of the subject only when it is the subject's own kind.
    kinds = {vocab.entities[e].kind for e in referents if e in vocab.entities}
    for entity_id in reading.subject_entities:
        kind = vocab.entities[entity_id].kind
        own = kind in vocab.lemmas_of(word) or vocab.kind_nouns.get(word) == kind
        if own or (entity_id in referents and kinds == {kind}):
            return Step("word", term, word, vocab.describe_entity(entity_id),
                        Relation.EQUIVALENT, _KIND_OF_ENTITY)
    return Step("word", term, word, "", Relation.INDEPENDENT, "not what it is called")


def _predicated(term: str, reading: Analysis, vocab: Vocabulary) -> bool:
    """The term is what a copula says the subject is: 'is a planet', 'was the first probe'
    (not a possessor within it: 'is one of the areas in *the cyclone's* impact zone')."""
    at = next((pos for t, pos in reading.terms if t == term), None)
    if at is None or reading.tokens[at + 1:at + 2] == ["s"]:
        return False
    tokens = reading.tokens
    before = at - 1
    while before >= 0 and (tokens[before] in vocab.determiners or tokens[before] in vocab.light):
        if tokens[before] in vocab.prepositions and not (
                before and tokens[before - 1] in vocab.determiners):
            return False  # 'was the purpose of building': the object of a noun's 'of'
        before -= 1
    return before >= 0 and tokens[before] in vocab.be_forms


def _fact_word(term: str, compiled: CompiledFact) -> str:
    if term in compiled.terms:
        return compiled.word_for(term)
    family = next(t for t in compiled.terms if _term_in(term, frozenset({t})))
    return compiled.word_for(family)


@lru_cache(maxsize=64)  # of the claim alone, and asked for with each candidate fact
def _attributive(reading: Analysis) -> frozenset[str]:
    """Terms that pick out which thing the sentence is about, as a modifier of a noun
    before its verb ('the first phase will cost…'); after the verb, a modifier is what is
    said of it ('…is one of the most secure points')."""
    at = {pos: t for t, pos in reading.terms}
    verb_at = reading.predicate_at if reading.predicate_at is not None else len(reading.tokens)
    return frozenset(t for t, pos in reading.terms
                     if pos + 1 in at and pos + 1 not in reading.verbs
                     and pos not in reading.verbs and pos < verb_at)


def _best_link(term: str, word: str, compiled: CompiledFact, vocab: Vocabulary,
               verb: bool, narrower: bool, taken: frozenset[str],
               said: frozenset[str]) -> tuple[str, Relation, str] | None:
    antonyms = vocab.antonyms.get(term)  # few words have any: skip the set work for the rest
    found = [(o, Relation.ALTERNATION, "factcli lexicon antonym")
             for o in sorted(antonyms & compiled.terms)] if antonyms else []
    if " " not in word:
        for fact_term, (relation, via) in vocab.links(word, verb, narrower).items():
            if fact_term in compiled.terms and not (
                    fact_term in taken and Relation(relation) in _HOLDS) and not (
                    via == "WordNet similar adjective" and fact_term in said) and (
                    via == "same word" or compiled.word_for(fact_term) not in vocab.ordinals):
                # 'lets bright light' is not 'the luminous wall': an adjective the claim
                # says itself is not also another adjective's match; and an ordinal is a
                # place in a row, not the verb 'second' ('endorse')
                found.append((fact_term, Relation(relation), via))
    if verb:
        # '40 stops' counts things: no verb's opposite ('start') contradicts it
        found = [link for link in found if link[1] != Relation.ALTERNATION
                 or not _after_a_number(compiled.word_for(link[0]), compiled, vocab)]
    if not found:
        return _negated_by_prefix(word, compiled, vocab, verb, narrower)
    return min(found, key=lambda link: (rank(link[1]), link[0]))


def _after_a_number(word: str, compiled: CompiledFact, vocab: Vocabulary) -> bool:
    """The fact's ``word`` stands right after a number: a noun counted, not a verb."""
    said = read_statement(compiled.fact.statement, vocab).tokens
    return any(later == word and (earlier[:1].isdigit() or earlier in vocab.number_words)
               for earlier, later in pairwise(said))


_NEGATIVE_PREFIXES = ("un", "non")


def _negated_by_prefix(word: str, compiled: CompiledFact, vocab: Vocabulary, verb: bool,
                       narrower: bool) -> tuple[str, Relation, str] | None:
    """'unmonitored' against 'watched': a word WordNet lacks, made of a negative prefix and
    a word the fact says (or a narrower one), contradicts the fact."""
    prefix = next((p for p in _NEGATIVE_PREFIXES if word.startswith(p)), None)
    if prefix is None or len(word) - len(prefix) < 4:
        return None
    found = [(fact_term, Relation.ALTERNATION, "negative prefix")
             for fact_term, (relation, _) in vocab.links(word[len(prefix):], verb,
                                                         narrower).items()
             if fact_term in compiled.terms and Relation(relation) in _HOLDS]
    return min(found) if found else None


def _put_instead(reading: Analysis, entity_id: str) -> str | None:
    """The key of the name a claim puts in place of one it sets aside: 'georgia' in
    'Georgia's experience rather than Ukraine's', '@moon' in 'the Moon's, not Earth's'."""
    entity_at = {pos: e for e, pos in reading.entities}
    term_at = {pos: t for t, pos in reading.terms}
    start = next(pos for e, pos in reading.entities if e == entity_id)
    for pos in range(start - 1, -1, -1):
        other = entity_at.get(pos)
        if other is not None and other != entity_id:
            return "@" + other
        term = term_at.get(pos)
        if term is not None and reading.raw_terms.get(term, term) in reading.names:
            return term
    return None


def _align_entities(reading: Analysis, compiled: CompiledFact, vocab: Vocabulary,
                    result: Alignment) -> None:
    subject = set(reading.subject_entities)
    mentioned = reading.entity_ids
    name = vocab.describe_entity
    set_aside = _exception(reading, vocab)[1]
    for entity_id in mentioned:
        if entity_id in set_aside and entity_id not in compiled.entities:
            continue  # 'apart from Keel Works, …': not something the fact must say
        key = "@" + entity_id
        owned = None if entity_id in compiled.entities else _owners_named(reading).get(
            entity_id)
        whole = None if owned not in compiled.entities else _whole_named_for(
            entity_id, owned, vocab)
        if whole is not None:
            # 'San Diego's new Terminal 1', of a fact naming Terminal 1: it is part of San
            # Diego International Airport, so the claim says no more than whose it is
            result.steps.append(Step("entity", key, name(entity_id), name(whole),
                                     Relation.EQUIVALENT, "what it is part of"))
            continue
        if entity_id in reading.denied:
            # 'shut by FlatironDragados rather than Turner': the claim denies what the fact
            # says, when the fact has the denied one doing it or owning the same thing
            held = {s.key for s in result.steps if s.relation in _HOLDS}
            owns = any(e == entity_id and head in held for e, head in compiled.modifiers)
            # … or has it beside the claim's own ('the pull of Earth, not the Moon' against
            # 'the pull of the Moon and of Earth')
            beside = entity_id in compiled.entities and any(
                "@" + other in held and other != entity_id
                for other in _coordinated_in_fact(entity_id, compiled, vocab))
            # … or has it where the claim puts a name the fact lacks ('draws on Georgia's
            # experience rather than Ukraine's' against 'the experience Ukraine has gained')
            instead = _put_instead(reading, entity_id)
            elsewhere = entity_id in compiled.entities and instead is not None and (
                instead not in held)
            if entity_id in compiled.subject or owns or beside or elsewhere:
                result.steps.append(Step("entity", key, f"not {name(entity_id)}",
                                         name(entity_id), Relation.ALTERNATION,
                                         "the claim denies it"))
            continue
        doers = _sentence_doers(reading, compiled, vocab) if entity_id in subject else None
        in_sentence = frozenset() if doers is None or entity_id not in compiled.subject else (
            _put_elsewhere(entity_id, doers, reading, compiled, vocab))
        if not in_sentence and doers and entity_id in reading.agents and (
                entity_id not in doers) and read_statement(compiled.fact.statement,
                                                           vocab).agents:
            # 'the farmers were criticised by the project' against 'the project was
            # criticised by local farmers': each names its doer after 'by', and not the same
            in_sentence = doers
        if in_sentence or (entity_id in subject and not (doers and entity_id in doers)
                           and _swapped_role(entity_id, subject, compiled, vocab)):
            doers = in_sentence or compiled.subject
            others = and_list([name(e) for e in sorted(doers)])
            # Each named by the other in the other's role, it is a swap of roles ('Russia
            # fortifies its border with Lithuania'); otherwise the fact is simply about
            # someone else.
            # (a verb WordNet lacks, 'has been rebranded', is the predicate's first word)
            own_verb = _subject_verb(reading) or min(
                ((pos, t) for t, pos in reading.terms if pos > (reading.predicate_at or 0)),
                default=(0, None))[1]
            same_act = any(s.key == own_verb and s.relation in _HOLDS for s in result.steps)
            swapped = same_act and entity_id in compiled.entities and bool(
                doers & set(mentioned) - subject)
            relation = Relation.ALTERNATION if swapped else Relation.INDEPENDENT
            result.steps.append(Step("role", key, f"{name(entity_id)} as the subject",
                                     f"{others} as the subject", relation, "another subject"))
        elif entity_id in compiled.entities and (
                entity_id not in subject or entity_id in _told_of(compiled, vocab)
                or any(e == entity_id for e, _ in reading.modifiers)
                # a figure the fact gives is the entity's ('tram extension length')
                or any(_figure_of(entity_id, q, vocab) for q in compiled.quantities)):
            result.steps.append(Step("entity", key, name(entity_id), name(entity_id),
                                     Relation.EQUIVALENT, "same entity"))
        elif entity_id in compiled.entities:
            # 'Lumen Works signed …' against 'The contract … was signed', listed with Lumen
            # Works: what the claim's subject did, a fact that does not name it cannot say
            # (though 'the Terminal 1 opening' only says whose opening it is)
            result.steps.append(Step("role", key, f"{name(entity_id)} as the subject", "",
                                     Relation.INDEPENDENT, "not named by the fact"))
        elif _member_match(entity_id, compiled, vocab):
            result.steps.append(Step("entity", key, name(entity_id), name(entity_id),
                                     Relation.EQUIVALENT, "group members"))
        elif entity_id in subject:
            result.steps.append(Step("role", key, name(entity_id), "", Relation.INDEPENDENT,
                                     "another subject"))
        else:
            # A place or another figure the fact lacks may mean another occasion altogether.
            # A place in a claim that otherwise says just what the fact says ('Gensler is
            # based in Greeley') is the fact's place put another way.
            settled = all(s.relation in _HOLDS for s in result.steps) and any(
                s.kind == "word" for s in result.steps)
            # ('pass Venus before Jupiter': what an event is ordered against is no
            # substitute for the fact's name)
            at = next(p for e, p in reading.entities if e == entity_id)
            ordered_against = at > 0 and reading.tokens[at - 1] in (
                vocab.ordering_earlier | vocab.ordering_later)
            same_occasion = (entity_id not in reading.oblique_entities or settled) and all(
                fact_counterpart(q, compiled.quantities) is not None for q in reading.quantities
            ) and not vocab.is_additive(reading.tokens) and not _done_against_to_come(
                reading, compiled, result, vocab) and not ordered_against and not (
                _names_one_of_several(compiled.fact.statement, vocab))
            replaced = _substituted(entity_id, compiled, mentioned, vocab) if (
                same_occasion) else []
            attached = _attached_in_fact(at, reading, compiled, vocab, result) if (
                replaced) else None
            if attached is not None:
                # 'headed towards Earth' against 'heading for an encounter with Venus': in
                # the fact, what the matching word takes is what the claim's name replaces
                replaced = [e for e in replaced if e in {e for _, _, e in attached}]
            if replaced:
                result.steps.append(Step("entity", key, name(entity_id),
                                         and_list([name(e) for e in replaced]),
                                         Relation.ALTERNATION, _STORE_SWAP))
            else:
                result.steps.append(Step("entity", key, name(entity_id), "",
                                         Relation.INDEPENDENT, "not in this fact"))
    # 'Venus's gravity will swing Juice back' against 'Juice used Earth's gravity to point
    # itself towards Venus': whose a thing is, is contradicted only of the same act (which
    # came first, 'Earth first', of any)
    acts = [s for s in result.steps if s.kind == "word" and s.key in reading.verb_terms]
    # ('Juice took photos during the Earth pass' does no act the fact's Moon pass did)
    same_act = bool(acts) and all(s.relation in _HOLDS for s in acts)
    opposite_act = any(s.relation in _CONTRADICTS for s in acts)
    for entity_id, head in reading.modifiers:
        owners = [e for e, h in compiled.modifiers if h == head]
        # 'its Earth pass came after its Moon pass': the claim has the fact's one too
        also_the_facts = any((owner, head) in reading.modifiers for owner in owners)
        if not owners or entity_id in owners or also_the_facts or _owns_owner(
                entity_id, owners, compiled, vocab):
            continue
        word = compiled.word_for(head)
        if word in vocab.ordinals or same_act:
            result.steps.append(Step("role", "@" + entity_id, f"{name(entity_id)} {word}",
                                     f"{and_list([name(e) for e in owners])} {word}",
                                     Relation.ALTERNATION, "another modifier"))
        elif opposite_act:
            # 'the Moon's gravity accelerated Juice' against 'Earth's gravity slowed Juice
            # down': the opposite act is done by another's thing, which it does not deny
            result.steps.append(Step("role", "@" + entity_id, f"{name(entity_id)} {word}",
                                     f"{and_list([name(e) for e in owners])} {word}",
                                     Relation.INDEPENDENT, _OF_ANOTHER))


def _owns_owner(entity_id: str, owners: list[str], compiled: CompiledFact,
                vocab: Vocabulary) -> bool:
    """The fact names ``entity_id`` as the possessor of one of the ``owners`` before their
    noun: 'Bayline's Venn boathouse' is the Bayline boathouse too."""
    fact = read_statement(compiled.fact.statement, vocab)
    starts = {pos for e, pos in fact.entities if e in owners}
    for named, pos in fact.entities:
        end = fact.entity_ends.get(pos, pos + 1)
        if named == entity_id and fact.tokens[end:end + 1] == ["s"] and end + 1 in starts:
            return True
    return False


@lru_cache(maxsize=4096)  # of each fact, asked for with every claim naming another entity
def _names_one_of_several(statement: str, vocab: Vocabulary) -> bool:
    return vocab.names_one_of_several(tokenise(statement))


@lru_cache(maxsize=64)  # of the claim alone, and asked for with each candidate fact
def _checks_of_scope(reading: Analysis, vocab: Vocabulary) -> tuple[Callable[..., None], ...]:
    """The checks of how far the claim goes beyond the fact (only weighed, only meant;
    'without'; 'the most'; all of it; one member for the group) that can apply to the
    claim, so that the others are not tried against each candidate fact."""
    tokens = reading.tokens
    checks: list[Callable[..., None]] = [_weighed_or_meant]
    if not _WITH.keys().isdisjoint(tokens):
        checks.append(_with_against_without)
    if _says_the_most(reading, vocab):
        checks.append(_one_of_dropped)
    if _ranked_at(tokens, vocab) is not None:
        checks.append(_ranked_among_fewer)
    if reading.verb_terms and "or" not in tokens and vocab.possibility_words.isdisjoint(tokens):
        checks.append(_one_of_two_asserted)
    if vocab.entirety_at(tokens) is not None:
        checks.append(_whole_for_part)
    if _doers(reading, vocab):
        checks.extend((_member_for_group, _act_by_another))
    if len(tokens) > 2:
        checks.append(_voice_reversed)
    if vocab.continuity_of(tokens) is not None:
        checks.append(_against_continuity)
    return tuple(checks)


def _weighed_or_meant(reading: Analysis, compiled: CompiledFact, result: Alignment,
                      vocab: Vocabulary) -> None:
    """'Lithuania considered leaving' against 'Lithuania has decided to pull out': what the
    claim says was only weighed or tried, the fact does not say was; 'Lithuania has left'
    against the same fact, 'Juice passed closer to Ganymede' against 'Juice can pass
    closer': what the claim says is done (or will be), the fact says is only meant,
    needed or possible, or (done) under way. The fact states none of these, nor
    contradicts it."""
    statement = compiled.fact.statement
    weighed = _tentative_at(reading, vocab)
    if weighed is not None:
        # ('the appeal seeks 333 million' against 'asks donors for': the fact's word is the
        # claim's own, or of its group, whatever mood that word carries; not a WordNet
        # synonym: 'considered the plan' is not 'regarded the plan as vital')
        said_alike = any(s.kind == "word" and s.claim == reading.tokens[weighed]
                         and s.via == "same word" for s in result.steps)
        if vocab.tentative.isdisjoint(read_statement(statement, vocab).tokens) and not any(
                s.kind == "status" for s in result.steps) and not said_alike:
            result.steps.append(Step("status", "", reading.tokens[weighed], "", Relation.REVERSE,
                                     "the article does not say it was only weighed or tried"))
        return
    done_verbs = _done_verbs(reading, vocab)
    # 'will deploy' against 'possible deployment'; not of a claim that says what only may
    # be, supposes it, or denies it ('has not ruled out laying mines' says it may)
    only_possible = {} if reading.hypothetical or reading.negations or not (
        vocab.possibility_words.isdisjoint(reading.tokens)) else _cued_words(
        statement, _POSSIBLE, vocab)
    only_meant = _cued_words(statement, _MEANT, vocab) if done_verbs else {}
    if not (only_possible or only_meant or (done_verbs and "ing " in statement)) or any(
            s.kind == "status" for s in result.steps):
        return  # nearly every fact; or the status is weighed already
    # ('Reeves might need to find a further £40 billion' says the need, as the fact does)
    meant_too = _cued_words(reading.text, _MEANT, vocab) if only_meant else {}
    for step in result.steps:
        if not (step.kind == "word" and step.relation in _HOLDS and step.fact
                and step.key in reading.verb_terms):
            continue
        said = fold(step.fact).split()[0]
        done = step.key in done_verbs and fold(step.claim).split()[0] not in meant_too
        cue = (only_meant if done else only_possible).get(said)
        if cue is not None:
            result.steps.append(Step("status", "", step.claim, f"{cue} … {step.fact}",
                                     Relation.REVERSE,
                                     "the article says it is meant or possible, not done"))
            return
        if done and _under_way(said, compiled, vocab):
            # 'Lithuania has left' against 'Lithuania is leaving', 'by leaving': under way
            result.steps.append(Step("status", "", step.claim, step.fact, Relation.REVERSE,
                                     "the article says it is under way, not done"))
            return


_WITH = {"with": "without", "without": "with"}


def _with_against_without(reading: Analysis, compiled: CompiledFact, result: Alignment,
                          vocab: Vocabulary) -> None:
    """'The flyby was flown without precision' against 'flown with great precision': a
    word the claim says is absent, the fact says is there (and back)."""
    if "without" not in reading.tokens and "ithout" not in compiled.fact.statement:
        return  # nearly every fact
    fact = read_statement(compiled.fact.statement, vocab).tokens
    for index, step in enumerate(result.steps):
        if step.kind != "word" or step.relation not in _HOLDS or not step.fact:
            continue
        claimed = _preposition_before(step.key, reading)
        said = fold(step.fact).split()[0]
        stated = next((fact[at] for pos, token in enumerate(fact) if token == said
                       for at in range(max(0, pos - 3), pos) if fact[at] in _WITH), None)
        if claimed is not None and stated is not None and _WITH[claimed] == stated:
            result.steps[index] = step._replace(
                claim=f"{claimed} {step.claim}", fact=f"{stated} {step.fact}",
                relation=Relation.ALTERNATION, via=f"{stated}, not {claimed}")
            return


def _preposition_before(term: str, reading: Analysis) -> str | None:
    """'with' or 'without', among the three words before the claim's ``term``."""
    for t, pos in reading.terms:
        if t == term:
            return next((reading.tokens[at] for at in range(max(0, pos - 3), pos)
                         if reading.tokens[at] in _WITH), None)
    return None


def _superlative_at(tokens: list[str], vocab: Vocabulary) -> int | None:
    """Where a superlative stands: 'most' or 'least', or a word in -est after a
    determiner ('the closest', "NATO's weakest")."""
    return next((pos for pos, token in enumerate(tokens) if token in ("most", "least") or (
        token.endswith("est") and pos and tokens[pos - 1] in vocab.determiners)), None)


def _says_the_most(reading: Analysis, vocab: Vocabulary) -> bool:
    """The claim has a superlative, not said of one of several ('one of', 'among')."""
    tokens = reading.tokens
    return _superlative_at(tokens, vocab) is not None and "among" not in tokens and not any(
        pair == ("one", "of") for pair in pairwise(tokens))


def _one_of_two_asserted(reading: Analysis, compiled: CompiledFact, result: Alignment,
                         vocab: Vocabulary) -> None:
    """'The saved fuel will be used to extend the mission' against 'reserves held back for
    unforeseen needs or for extending the mission': the fact gives the claim's act as one
    of two, which does not say it will be done ('could be used to extend' it may)."""
    if " or " not in compiled.fact.statement:
        return  # nearly every fact
    fact = read_statement(compiled.fact.statement, vocab).tokens
    at = fact.index("or") if "or" in fact else -1
    if at < 1:
        return
    # the alternatives are parallel: 'for A or for B' starts the first at its 'for'
    opening = fact[at + 1] if at + 1 < len(fact) and fact[at + 1] in vocab.prepositions else None
    start = next((pos for pos in range(at - 1, max(-1, at - _CONJUNCT - 2), -1)
                  if fact[pos] == opening), max(0, at - 3))
    left, right = range(start, at), range(at + 1, min(len(fact), at + 1 + _CONJUNCT))
    held = {fold(s.fact).split()[0]: s.key for s in result.steps
            if s.kind == "word" and s.relation in _HOLDS and s.fact}
    sides = [{held[fact[pos]] for pos in side if fact[pos] in held} for side in (left, right)]
    acts = reading.verb_terms
    for this, other in (sides, sides[::-1]):
        if this & acts and not other:
            result.steps.append(Step("status", "", "will be so", "one of two it may be",
                                     Relation.REVERSE,
                                     "the article gives it as one of two possibilities"))
            return


_CONJUNCT = 6  # words of each side of an 'or' that are read as its alternatives


def _ranked_at(tokens: list[str], vocab: Vocabulary) -> int | None:
    """Where a word that ranks a thing among others stands, after 'the' or an owner ('the
    first city to build', "NATO's weakest point"): 'first', 'last', 'most' (not 'most
    of') or a word in -est ('to invest' is no superlative)."""
    return next((pos for pos, token in enumerate(tokens)
                 if pos and (tokens[pos - 1] in vocab.definite or tokens[pos - 1] == "s")
                 and (token in _RANKING or (token.endswith("est") and len(token) > 4))
                 and tokens[pos + 1:pos + 2] != ["of"]), None)


_RANKING = frozenset(("first", "last", "most", "least"))


def _ranked_among_fewer(reading: Analysis, compiled: CompiledFact, result: Alignment,
                        vocab: Vocabulary) -> None:
    """'Meridia is the first city to build a hydrogen tram line' against 'the first city in
    the region to build one': what a superlative ranks among is narrowed by every word of
    its noun phrase after it, so a claim that drops one ranks among more, which the fact
    does not say."""
    said = read_statement(compiled.fact.statement, vocab)
    fact = said.tokens
    at = _ranked_at(fact, vocab)
    if at is None:
        return  # nearly every fact
    claimed = reading.tokens[_ranked_at(reading.tokens, vocab) or 0]
    if fact[at] != claimed or claimed in vocab.nearness_superlatives:
        return  # 'the closest approach, slightly later': a point of a path, not a rank
    if vocab.be_forms.isdisjoint(fact[max(0, at - 3):at]):
        return  # a rank is what a thing is said to be ('is the first city to'), not which
        # of a sequence a sentence is about ('the first phase includes')
    clause_end = compiled.fact.statement.find(",", compiled.fact.statement.lower().find(claimed))
    end = len(tokenise(compiled.fact.statement[:clause_end])) if clause_end >= 0 else len(fact)
    # … up to the verb the ranked thing is the subject of ('the first phase *includes*'),
    # past one that ranks it ('the first city *to build*')
    end = min((pos for pos in said.verbs if at < pos and fact[pos - 1] != "to"), default=end)
    held = _held_terms(result, compiled)
    dropped = [fact[pos] for t, pos in said.terms if at < pos < end and t not in held
               and fact[pos] not in reading.tokens] + [
        vocab.describe_entity(e) for e, pos in said.entities
        if at < pos < end and "@" + e not in held]
    if dropped:
        result.steps.append(Step("quantifier", "", f"the {claimed} of all",
                                 " ".join(dropped), Relation.REVERSE,
                                 "the article ranks it among fewer"))


def _one_of_dropped(reading: Analysis, compiled: CompiledFact, result: Alignment,
                    vocab: Vocabulary) -> None:
    """'The Gap is NATO's most vulnerable point' against 'one of NATO's most vulnerable
    points': of several, the fact does not say which is the most."""
    if "one of" not in compiled.fact.statement:
        return  # nearly every fact
    fact = read_statement(compiled.fact.statement, vocab).tokens
    at = _superlative_at(fact, vocab)
    if at is not None and any(fact[pos:pos + 2] == ["one", "of"]
                              for pos in range(max(0, at - 5), at)):
        result.steps.append(Step("quantifier", "", "the one", "one of several",
                                 Relation.REVERSE, "the article says one of several"))


def _whole_for_part(reading: Analysis, compiled: CompiledFact, result: Alignment,
                    vocab: Vocabulary) -> None:
    """'The whole border funding will pay for mines' against 'Part of the border funding
    will pay for mines': what the fact says of a part, the claim says of all of it."""
    statement = compiled.fact.statement
    if "art of" not in statement:
        return  # nearly every fact ('Part of', 'part of')
    fact = read_statement(statement, vocab).tokens
    if any(fact[pos:pos + 2] == ["part", "of"] and (pos == 0 or fact[pos - 1] in vocab.determiners)
           for pos in range(len(fact) - 1)):
        result.steps.append(Step("quantifier", "", "all of it", "part of it", Relation.REVERSE,
                                 "the article says it of a part"))


@lru_cache(maxsize=64)  # of the claim alone, and asked for with each candidate fact
def _doers(reading: Analysis, vocab: Vocabulary) -> frozenset[str]:
    """The claim's subjects that come right before its verb ('Turner built'); not before
    'is' ('Turner is a contractor', 'was one of the contractors': said of it alone)."""
    at = reading.predicate_at
    if at is None or reading.tokens[at] in vocab.be_forms:
        return frozenset()
    return frozenset(e for e, pos in reading.entities if e in reading.subject_entities
                     and reading.entity_ends.get(pos, pos + 1) == at)


def _member_for_group(reading: Analysis, compiled: CompiledFact, result: Alignment,
                      vocab: Vocabulary) -> None:
    """'Turner built Terminal 1' against 'built by a joint venture of Turner and
    FlatironDragados': the fact's doer is a group the claim's subject is one member of."""
    if " of " not in compiled.fact.statement:
        return  # nearly every fact
    for entity_id in _doers(reading, vocab):  # not "Earth's gravity"
        if entity_id not in compiled.entities:
            continue
        partners = [e for e in _coordinated_in_fact(entity_id, compiled, vocab)
                    if e not in reading.entity_ids]
        if not partners:
            continue
        said = read_statement(compiled.fact.statement, vocab)
        first = min(pos for e, pos in said.entities if e in {entity_id, *partners})
        if "of" in said.tokens[max(0, first - 3):first]:
            members = and_list([vocab.describe_entity(e) for e in (entity_id, *partners)])
            result.steps.append(Step("role", "@" + entity_id, vocab.describe_entity(entity_id),
                                     f"a group of {members}", Relation.REVERSE,
                                     "one member of the group the article names"))
            return


def _act_by_another(reading: Analysis, compiled: CompiledFact, result: Alignment,
                    vocab: Vocabulary) -> None:
    """'Ignacio Tanco navigated Juice' against 'Tanco said accurate navigation by the
    Flight Dynamics team meant …': the fact gives the claim's act its doer after 'by', and
    the claim's subject is not among them."""
    doers = _doers(reading, vocab)
    said = read_statement(compiled.fact.statement, vocab)
    for step in result.steps:
        if step.kind != "word" or step.relation not in _HOLDS or (
                step.key not in reading.verb_terms) or not step.fact:
            continue
        word = fold(step.fact).split()[-1]
        at = next((by for pos, token in enumerate(said.tokens) if token == word
                   for by in [_by_after(said, pos)] if by is not None), None)
        if at is None:
            continue
        end = next((pos for pos in said.verbs if pos > at), len(said.tokens))
        by = [e for e, pos in said.entities if at < pos < end]
        if by and doers.isdisjoint(by):
            doer = sorted(doers)[0]
            result.steps.append(Step(
                "role", "@" + doer, vocab.describe_entity(doer),
                "by " + and_list([vocab.describe_entity(e) for e in dict.fromkeys(by)]),
                Relation.INDEPENDENT, _BY_ANOTHER))
            return


_BY_ANOTHER = "done by another in the article"


def _by_after(said: Analysis, at: int) -> int | None:
    """Where the 'by' that names the doer of the act at ``at`` stands: right after it, or
    after what it is of ('the surveying of the channel by Keel Works')."""
    for pos in range(at + 1, min(at + 6, len(said.tokens))):
        if said.tokens[pos] == "by":
            return pos
        if pos in said.verbs or (pos == at + 1 and said.tokens[pos] != "of"):
            return None
    return None


def _voice_reversed(reading: Analysis, compiled: CompiledFact, result: Alignment,
                    vocab: Vocabulary) -> None:
    """'Workers gave training' against 'workers were given training': the claim says the
    fact's subject did what the fact's passive says was done to it, with the fact's verb or
    a light one ('issued', 'made': what the light verb says is the doer's part). Not of a
    verb used without an object ('Juice launched in April' is 'Juice was launched'), nor
    of one whose passive says the same ('received': 'were given')."""
    passives = _passives(compiled.fact.statement, vocab)
    if not passives:
        return  # most facts
    said = read_statement(compiled.fact.statement, vocab)
    fact, claim = said.tokens, reading.tokens
    read_at = {pos for _, pos in reading.terms}
    for q in passives:
        lemmas = set(vocab.lemmas_of(fact[q]))
        for p in range(1, len(claim) - 1):
            if is_passive_at(claim, p, vocab) or claim[p + 1] in vocab.prepositions or (
                    claim[p + 1] in vocab.auxiliaries):
                continue  # ('restart attempts are under way': a noun before its verb)
            claimed = set(vocab.lemmas_of(claim[p]))
            # a light word in the past, as a verb is ('issued', not the noun 'measures'),
            # not read as part of a phrase ('the propellant set aside was used')
            light = claim[p] in vocab.light and (
                claim[p].endswith("ed") or claim[p] in vocab.irregular) and (
                claim[p + 1] not in vocab.auxiliaries) and p not in read_at and (
                claimed.isdisjoint(vocab.passive_converses))
            if lemmas.isdisjoint(claimed) and not light:
                continue
            before = {t for t, pos in reading.terms if pos < p} | {
                "@" + e for e, pos in reading.entities if pos < p}
            fact_before = {t for t, pos in said.terms if pos < q} | {
                "@" + e for e, pos in said.entities if pos < q}
            if before and before <= fact_before:
                result.steps.append(Step(
                    "role", "@" + claim[p], " ".join(claim[:p]) + " as the doer",
                    " ".join(fact[max(0, q - 2):q + 1]), Relation.INDEPENDENT,
                    "done to it in the article, not by it"))
                return


@lru_cache(maxsize=4096)  # of each fact, asked for with every claim
def _passives(statement: str, vocab: Vocabulary) -> tuple[int, ...]:
    """Where the statement's passive participles stand."""
    tokens = read_statement(statement, vocab).tokens
    return tuple(at for at in range(1, len(tokens)) if is_passive_at(tokens, at, vocab))


def _align_quantifier(reading: Analysis, compiled: CompiledFact, result: Alignment,
                      vocab: Vocabulary) -> None:
    """'most of the fuel' against 'a tiny share of the fuel'; 'the new stops will have'
    against 'most of the new stops will have', which says it of only a share."""
    if reading.quantifier is None:
        if compiled.quantifier in ("large", "small"):
            share = _share_said_of(compiled, result, vocab)
            if share is not None and _denies_any(share, reading, vocab):
                # 'none of its instruments gathered data' against 'most of its instruments
                # collected data': a share of them, large or small, is some of them
                result.steps.append(Step("quantifier", "", f"any {share}",
                                         _share(compiled.quantifier), Relation.FORWARD,
                                         "a share is some of them"))
            elif share is not None:
                result.steps.append(Step("quantifier", "", share, _share(compiled.quantifier),
                                         Relation.REVERSE, _OF_A_SHARE))
        return
    if compiled.quantifier is None:
        result.steps.append(Step("quantifier", "", _share(reading.quantifier), "",
                                 Relation.REVERSE, "the article gives no share"))
    else:
        # 'all' entails 'most'; 'most' says 'not all', as a reader takes it
        relation = (Relation.EQUIVALENT if compiled.quantifier == reading.quantifier
                    else Relation.FORWARD if (compiled.quantifier, reading.quantifier) == (
                        "whole", "large")
                    else Relation.ALTERNATION)
        result.steps.append(Step("quantifier", "", _share(reading.quantifier),
                                 _share(compiled.quantifier), relation, "quantity words"))


_OF_A_SHARE = "the article says it of a share"


def _some_against_none(reading: Analysis, compiled: CompiledFact, result: Alignment,
                       vocab: Vocabulary) -> None:
    """'Several reactors have been brought back' against 'no reactor has been brought
    back': 'several', 'some' in the claim's subject say there is at least one, which is
    what the fact's opening 'no' denies, so the word is the fact's negation's, not a
    detail the fact lacks."""
    if reading.negations or not compiled.negated:
        return  # nearly every pair
    found = vocab.existential_at(reading.tokens)
    if found is None or reading.predicate_at is None or found[0] >= reading.predicate_at:
        return
    fact = read_statement(compiled.fact.statement, vocab)
    opening = fact.tokens[0] if fact.tokens else ""
    if vocab.single.get(opening, ("",))[0] != "negation":
        return
    words = set(found[1])
    result.steps[:] = [
        s._replace(fact=opening, relation=Relation.EQUIVALENT,
                   via="at least one, which the article denies")
        if s.kind == "word" and s.claim in words and s.relation not in _HOLDS else s
        for s in result.steps]


def _denies_any(word: str, reading: Analysis, vocab: Vocabulary) -> bool:
    """The claim's negation is the determiner of its ``word`` ('none of Juice's
    instruments', 'no pictures'): it says there is not any, not that what is said of them
    is not so of all of them."""
    tokens = reading.tokens
    at = next((pos for pos, token in enumerate(tokens) if token == word), None)
    if at is None or reading.negations != 1:
        return False
    named = {pos for start, end in reading.entity_ends.items() for pos in range(start, end)}
    before = at - 1
    while before >= 0 and (tokens[before] in vocab.determiners or tokens[before] == "s"
                           or before in named):
        before -= 1  # past 'of the', 'of Juice's'
    return before >= 0 and vocab.single.get(tokens[before], ("",))[0] == "negation" and not (
        before > 0 and tokens[before - 1] in vocab.auxiliaries)


def _share_said_of(compiled: CompiledFact, result: Alignment,
                   vocab: Vocabulary) -> str | None:
    """The claim's word for what the fact gives only a share of ('stops' in 'most of the
    new stops'), when the claim says it with no share of its own."""
    said = read_statement(compiled.fact.statement, vocab)
    start = vocab.quantified_at(said.tokens)
    if start is None:
        return None
    # the noun is the first term after the quantity words and their determiners
    noun = next((said.tokens[pos] for _, pos in said.terms if pos >= start), None)
    return next((s.claim for s in result.steps if s.kind == "word"
                 and s.relation in _HOLDS and s.fact == noun), None)


def _share(size: str) -> str:
    return "all of it" if size == "whole" else f"a {size} share"


def _term_in(term: str, terms: frozenset[str]) -> bool:
    """Exact canonical match, or stems of one word family ('fortif' ~ 'fortifi')."""
    if term in terms:
        return True
    if not term.startswith("s:") or len(term) < _FAMILY:
        return False
    return any((other.startswith(term) or term.startswith(other))
               and abs(len(other) - len(term)) <= 3
               for other in _family_stems(terms).get(term[:_FAMILY], ()))


_FAMILY = 7  # 's:' and five letters: the shortest stem that stands for a word family


@lru_cache(maxsize=4096)
def _family_stems(terms: frozenset[str]) -> dict[str, list[str]]:
    """The stems in ``terms`` long enough to stand for a word family, by their first
    letters (one stem starting another shares them): a fact's, worked out once rather
    than for each claim word looked up in it."""
    found: dict[str, list[str]] = {}
    for term in terms:
        if term.startswith("s:") and len(term) >= _FAMILY:
            found.setdefault(term[:_FAMILY], []).append(term)
    return found


def _another_doer(reading: Analysis, compiled: CompiledFact, result: Alignment,
                  vocab: Vocabulary) -> None:
    """'FlatironDragados shut the site in 2023' against 'Turner closed the site in 2023',
    'Hensel Phelps built Terminal 1' against 'Terminal 1 was built by a joint venture of
    Turner and FlatironDragados': the claim says all the fact says of one occasion, but
    gives it a doer of the kind the fact names. Of an act both say was done, the article
    says who did it when it gives the day or year it was done, names the doer with 'by' or
    says the doer did it alone; an undated act of one doer ('Lithuania is leaving the
    convention') or one to come ('Finland will finish its project by 2028') does not keep
    others from doing it too."""
    if reading.negations % 2 or compiled.negated or not (reading.past and compiled.past):
        return  # 'Turner did not close it' is not told by who did
    roles = [s for s in result.steps if s.kind == "role" and s.via == "another subject"
             and s.relation == Relation.INDEPENDENT]
    if len(roles) != 1 or roles[0].key[1:] not in vocab.entities:
        return
    dates = {"#" + q.text for q in reading.quantities
             if q.dimension == "date" and q.qualifier == "exact"}
    # a date the fact gives is 'of something else' only for being said of another doer,
    # and what the fact does 'by' another (see _act_by_another) is the doer asked about
    by_another = [s for s in result.steps if s.via == _BY_ANOTHER]
    rest = [s for s in result.steps if s is not roles[0] and s not in by_another]
    # the fact's figure, said of its own doer, is the claim's ('Bailey voted for a 0.5
    # point cut' against 'Taylor alone voted for a 0.5 point cut')
    if not all(s.relation in _HOLDS or (s.via == "a figure of something else" and (
            s.key in dates or s.claim == s.fact)) for s in rest):
        return
    verb = _subject_verb(reading)
    act = next((s for s in rest if s.kind == "word" and s.key == verb), None)
    if act is None or not any(s.kind in ("word", "entity") and s is not act
                              and s.claim not in vocab.calendar_words for s in rest):
        return  # the same act, done to the same thing
    at = next(pos for term, pos in reading.terms if term == verb)
    if not reading.agents and at > 0 and reading.tokens[at - 1] in vocab.be_forms:
        return  # 'Europa Clipper was launched in April 2023': what it was done to
    doer = roles[0].key[1:]
    # the fact's doers: its subject, with the members of it and the names joined to it
    # that the fact gives ('a partnership of Lumen Works and Railco')
    doers = set(compiled.subject) | {
        e for e in compiled.entities if set(vocab.entities[e].member_of) & compiled.subject
    } | {e for d in compiled.subject for e in _coordinated_in_fact(d, compiled, vocab)
         if e in vocab.entities}
    related = {doer, *vocab.entities[doer].member_of} | _members(doer, vocab)
    if doer in compiled.entities or related & doers or not any(
            vocab.entities[d].kind == vocab.entities[doer].kind for d in doers):
        return
    fact = read_statement(compiled.fact.statement, vocab)
    tokens = fact.tokens
    if vocab.is_additive(tokens):
        return  # 'Tidewater Marine has also applied': the fact itself names some doers
    said = [i for i, word in enumerate(tokens) if word == act.fact]
    named_by = any(tokens[i + 1: i + 2] == ["by"] for i in said)
    if not named_by and any(i > 0 and tokens[i - 1] in vocab.be_forms for i in said):
        return  # 'Juice was launched': the fact's subject is what it was done to
    # ('Taylor alone voted for it': the fact says no one else did)
    alone = fact.exclusive_named is not None and fact.exclusive_named in doers
    if named_by or alone or any(s.key in dates for s in rest):
        named = and_list([vocab.describe_entity(d) for d in sorted(doers)
                          if vocab.entities[d].kind == vocab.entities[doer].kind])
        result.steps[:] = [s for s in result.steps if s not in by_another]
        result.steps[result.steps.index(roles[0])] = roles[0]._replace(
            claim=f"{vocab.describe_entity(doer)} as the doer", fact=f"{named} as the doer",
            relation=Relation.ALTERNATION, via="another doer of the same act")


def _the_articles_one(reading: Analysis, compiled: CompiledFact, knowledge: Knowledge,
                      result: Alignment) -> None:
    """'The fortification project is meant to serve military needs' against 'The project
    belongs to an effort … serving civilian and military needs': a word the claim puts
    before a noun that the fact says with 'the' alone is said by the fact when the store
    puts that word, and no other, before the noun wherever it puts one ('the border
    fortification project'): in one article, 'the project' is then that project. So is a
    name ('its Earth flyby' for 'the flyby') when the one fact that names the noun's
    own names gives it ('a flyby of the Moon and then Earth')."""
    vocab = knowledge.vocab
    before = _before_nouns(reading)
    unsaid = {s.key: s for s in result.steps if s.via == "not in this fact"
              and s.kind in ("word", "entity") and s.key in before}
    # A name the claim puts before its subject's noun ('the lunar-Earth flyby was') is read
    # as the subject, so a fact that names neither reads as about someone else; it is the
    # article's flyby only for a fact that says otherwise of it ('the successful flyby'): a
    # wrong support costs more than a contradiction left open.
    subjects = [s for s in result.steps
                if s.via == "another subject" and s.kind == "role" and not s.fact]
    if subjects and any(s.kind == "word" and s.relation in _CONTRADICTS
                        for s in result.steps):
        before = before | _names_before_names(reading)
        unsaid.update((s.key, s) for s in subjects if s.key in before)
    if not unsaid:
        return  # most alignments: no word before a noun left unsaid
    said = {s.key: s.fact for s in result.steps if s.kind == "word" and s.relation in _HOLDS}
    # the fact's 'the' may stand before words the claim says too, or contradicts ('the
    # successful flyby')
    accounted = {s.fact for s in result.steps if s.kind == "word"
                 and s.relation in _HOLDS + _CONTRADICTS}
    fact = read_statement(compiled.fact.statement, vocab)

    def definite(pos: int) -> bool:
        pos -= 1
        while pos > 0 and fact.tokens[pos] in accounted:
            pos -= 1
        return pos >= 0 and fact.tokens[pos] in vocab.definite

    for key, head in before.items():
        if key not in unsaid or head not in said:
            continue
        fact_head = next((t for t, pos in fact.terms if fact.tokens[pos] == said[head]
                          and pos > 0 and definite(pos)), None)
        if fact_head is None:
            continue
        if key.startswith("@"):
            named = _names_of(fact_head, knowledge.index, vocab)
            the_one = len(named) == 1 and key[1:] in next(iter(named))
        else:
            the_one = _words_before(fact_head, knowledge.index, vocab) == {key}
        if the_one:
            step = unsaid[key]
            claimed = vocab.describe_entity(key[1:]) if step.kind == "role" else step.claim
            result.steps[result.steps.index(step)] = step._replace(
                kind="entity" if step.kind == "role" else step.kind, claim=claimed,
                fact=f"the {said[head]}", relation=Relation.EQUIVALENT,
                via="the article's only one")


@lru_cache(maxsize=64)  # of the claim alone, and asked for with each candidate fact
def _names_before_names(reading: Analysis) -> dict[str, str]:
    """Each name ('@id') right before a name that is right before a noun, with that noun:
    the Moon of 'the lunar-Earth flyby' is the flyby's as much as Earth is."""
    starts = {start: entity for entity, start in reading.entities}
    ends = {reading.entity_ends.get(start, start + 1): entity
            for entity, start in reading.entities}
    return {"@" + ends[start]: head for entity, head in reading.modifiers
            for start in [next(s for e, s in reading.entities if e == entity)]
            if start in ends and ends[start] != entity and start in starts}


@lru_cache(maxsize=64)  # of the claim alone, and asked for with each candidate fact
def _before_nouns(reading: Analysis) -> dict[str, str]:
    """Each word or name ('@id') right before a noun, with that noun."""
    at = {pos: term for term, pos in reading.terms if pos not in reading.verbs}
    before = {term: at[pos + 1] for term, pos in reading.terms
              if pos in at and pos + 1 in at}
    before.update(("@" + entity, head) for entity, head in reading.modifiers)
    return before


@lru_cache(maxsize=256)  # of the store alone, and asked for with each candidate fact
def _names_of(head: str, index: Index, vocab: Vocabulary) -> frozenset[frozenset[str]]:
    """The names each of the store's facts gives the noun ``head`` as its own: before it
    ('the Venus flyby') or after its 'of' ('a flyby of the Moon and then Earth')."""
    found: set[frozenset[str]] = set()
    for compiled in index.facts:
        if head not in compiled.terms:
            continue
        reading = read_statement(compiled.fact.statement, vocab)
        for term, pos in reading.terms:
            if term != head or pos in reading.verbs:
                continue
            names = {e for e, start in reading.entities
                     if reading.entity_ends.get(start, start + 1) == pos}
            if reading.tokens[pos + 1:pos + 2] == ["of"]:
                stop = min((v for v in reading.verbs if v > pos), default=len(reading.tokens))
                names |= {e for e, start in reading.entities if pos + 1 < start < stop}
            if names:
                found.add(frozenset(names))
    return frozenset(found)


@lru_cache(maxsize=256)  # of the store alone, and asked for with each candidate fact
def _words_before(head: str, index: Index, vocab: Vocabulary) -> frozenset[str]:
    """The words and names ('@id') the store's facts put right before the noun ``head``."""
    before: set[str] = set()
    for compiled in index.facts:
        if head not in compiled.terms:
            continue
        reading = read_statement(compiled.fact.statement, vocab)
        said = {pos: term for term, pos in reading.terms if pos not in reading.verbs}
        said.update({end - 1: "@" + e for e, end in (
            (e, reading.entity_ends.get(pos, pos + 1)) for e, pos in reading.entities)})
        before.update(said[pos - 1] for pos, term in said.items()
                      if term == head and pos - 1 in said)
    return frozenset(before)


def _subject_verb(reading: Analysis) -> str | None:
    """The subject's own verb: the first one from the predicate on, not a later clause's
    ('Lithuania wants to strengthen its security because tensions are rising')."""
    start = reading.predicate_at or 0
    return min(((pos, t) for t, pos in reading.terms if pos in reading.verbs and pos >= start),
               default=(0, None))[1]


def _sentence_doers(reading: Analysis, compiled: CompiledFact,
                    vocab: Vocabulary) -> frozenset[str] | None:
    """The subjects of the fact's own sentence, when the claim's is in the same voice: a
    store may list as a fact's subject what it is about rather than who does it ('the
    Museum of London was renamed the London Museum', about the London Museum). A name
    before a noun is not the subject itself ('the Venus encounter will swing Juice back',
    "Earth's gravity slowed Juice")."""
    passive, doers = _own_doers(compiled.fact.statement, vocab)
    return doers if _undone_passive(reading, vocab) == passive else None


@lru_cache(maxsize=4096)  # of the fact alone, asked for with each claim aligned with it
def _own_doers(statement: str, vocab: Vocabulary) -> tuple[bool, frozenset[str] | None]:
    """Whether the statement's own verb is passive with no doer named, and the subjects of
    its sentence (None when a name before them is not one of them)."""
    fact = read_statement(statement, vocab)
    doers = frozenset(fact.subject_entities) - {e for e, _ in fact.modifiers}
    # a subject read after another name may be a later clause's ('Lithuania's approach
    # draws on the experience Ukraine has gained'), unless a passive names it after 'by'
    first = min(fact.entities, key=lambda item: item[1], default=("", 0))[0]
    return _undone_passive(fact, vocab), doers if first in doers or fact.agents else None


def _put_elsewhere(entity_id: str, doers: frozenset[str], reading: Analysis,
                   compiled: CompiledFact, vocab: Vocabulary) -> frozenset[str]:
    """The fact's sentence subjects, when the claim puts ``entity_id`` in their place and
    one of them after its verb ('the London Museum was renamed the Museum of London'),
    each a participant, not whose or where a thing is ('San Diego's Terminal 1 opened')."""
    if entity_id in doers or any(e == entity_id for e, _ in reading.modifiers):
        return frozenset()
    fact = read_statement(compiled.fact.statement, vocab)
    if not any(e == entity_id and pos not in fact.oblique
               and pos > (fact.predicate_at or 0) for e, pos in fact.entities):
        return frozenset()
    if not any(e in doers and pos not in reading.oblique and pos > (reading.predicate_at or 0)
               for e, pos in reading.entities):
        return frozenset()
    return doers


@lru_cache(maxsize=64)  # of the claim alone, and asked for with each candidate fact
def _undone_passive(reading: Analysis, vocab: Vocabulary) -> bool:
    """The sentence's own verb is passive with no 'by' naming who did it: its subject is
    what the act is done to."""
    start = reading.predicate_at or 0
    verb = min((pos for pos in reading.verbs if pos >= start), default=None)
    return verb is not None and not reading.agents and is_passive_at(
        reading.tokens, verb, vocab)


def _swapped_role(entity_id: str, claim_subject: set[str], compiled: CompiledFact,
                  vocab: Vocabulary) -> bool:
    """'Belarus fortifies its border with Lithuania' against a fact whose subject is
    Lithuania: the claim's subject is a different entity of the same kind."""
    if entity_id in compiled.subject:
        return False
    kind = vocab.entities[entity_id].kind
    return any(vocab.entities[s].kind == kind and s not in claim_subject
               for s in compiled.subject)


def _coordinated_in_fact(entity_id: str, compiled: CompiledFact,
                         vocab: Vocabulary) -> list[str]:
    """The names the fact's sentence joins to ``entity_id`` by 'and' or 'or'."""
    reading = read_statement(compiled.fact.statement, vocab)
    return [k[1:] for k in reading.coordinated_with("@" + entity_id, vocab.ignored)
            if k.startswith("@")]


def _named_together(entity_id: str, compiled: CompiledFact, vocab: Vocabulary) -> bool:
    """The fact names every member of the entity, joined by 'and' ('Turner and
    FlatironDragados marked the opening'): the group acted, not one of them alone."""
    members = _members(entity_id, vocab)
    if not members or not _member_match(entity_id, compiled, vocab):
        return False
    first = min(members)
    return members - {first} <= set(_coordinated_in_fact(first, compiled, vocab))


def _member_match(entity_id: str, compiled: CompiledFact, vocab: Vocabulary) -> bool:
    """'the Baltic states' in a claim is matched by a fact naming its members, and back."""
    entity = vocab.entities.get(entity_id)
    if entity is None:
        return False
    members = _members(entity_id, vocab)
    return bool(members) and members <= compiled.entities


@lru_cache(maxsize=256)  # asked for with each candidate fact; a walk of every entity
def _members(entity_id: str, vocab: Vocabulary) -> frozenset[str]:
    return frozenset(e for e, ref in vocab.entities.items() if entity_id in ref.member_of)


def _substituted(entity_id: str, compiled: CompiledFact, mentioned: list[str],
                 vocab: Vocabulary) -> list[str]:
    """Entities of the same kind that the fact names in the place the claim fills."""
    entity = vocab.entities.get(entity_id)
    if entity is None:
        return []
    return [e for e in sorted(compiled.entities - set(mentioned) - compiled.subject)
            if vocab.entities[e].kind == entity.kind]


def _align_only(reading: Analysis, result: Alignment, knowledge: Knowledge) -> None:
    """'X is the only Baltic country leaving' against a fact that names others in X's
    place; 'serves only military needs' against one that adds 'civilian'. A negated claim
    ('X is not the only one') is then supported through the join with the negation."""
    compiled = result.fact
    if compiled.exclusive and _same_focus(reading, result, knowledge):
        result.steps.append(Step("only", "", "only", "only", Relation.EQUIVALENT,
                                 "the article says so too"))
        return
    others = _others_in_place(reading, result, knowledge)
    if others is not None:
        result.steps.append(Step("only", "", f"only {others[0]}", f"{others[1]} too",
                                 Relation.ALTERNATION, "the article names others"))
    elif _one_of_several(reading, result, knowledge.vocab):
        result.steps.append(Step("only", "", "the only one", "one of several",
                                 Relation.ALTERNATION, "the article says one of several"))
    else:
        result.steps.append(Step("only", "", "only", "", Relation.REVERSE,
                                 "the article does not say 'only'"))


def _one_of_several(reading: Analysis, alignment: Alignment, vocab: Vocabulary) -> bool:
    """'San Diego is the only U.S. airport building one' against 'San Diego is one of a
    number of U.S. airports with one': the fact says its subject is one of several of
    what the claim's 'only' singles it out among."""
    statement = alignment.fact.fact.statement
    if "one of" not in statement:
        return False  # nearly every fact
    held = {s.key for s in alignment.steps if s.relation in _HOLDS}
    subject = {"@" + e for e in reading.subject_entities}
    if not subject or not subject <= held:
        return False
    # the words 'only' goes with, up to the next verb ('only U.S. airport')
    after = reading.exclusive_at if reading.exclusive_at is not None else len(reading.tokens)
    end = min((pos for pos in reading.verbs if pos > after), default=len(reading.tokens))
    singled = {t for t, pos in reading.terms if after < pos < end}
    said = {fold(s.fact).split()[-1] for s in alignment.steps
            if s.key in singled and s.kind == "word" and s.relation in _HOLDS and s.fact}
    fact = read_statement(statement, vocab).tokens
    return bool(said) and any(
        fact[at:at + 2] == ["one", "of"] and fact[at - 1] in vocab.be_forms
        and not said.isdisjoint(fact[at + 2:at + 2 + _KIND_WORDS])
        for at in range(1, len(fact) - 1))


_KIND_WORDS = 6  # words after 'one of' that say of what ('a number of U.S. airports')


def _same_focus(reading: Analysis, alignment: Alignment, knowledge: Knowledge) -> bool:
    """The fact's 'only' singles out what the claim's does: 'only military needs' against
    'only military needs', not against 'only a tiny share of the propellant'."""
    fact_focus = read_statement(alignment.fact.fact.statement,
                                knowledge.vocab).exclusive_focus
    if reading.exclusive_focus is None or fact_focus is None:
        return False
    focuses = [reading.exclusive_focus]
    at = reading.predicate_at
    if at is not None and reading.tokens[at] in knowledge.vocab.be_forms and (
            reading.exclusive_at is not None and reading.exclusive_at > at):
        # 'Duane Arnold is Iowa's sole nuclear plant' singles out its subject, as 'Iowa
        # has no nuclear plant other than Duane Arnold' does, among the fact's own class
        # ('the only ferry' is not held by 'no mail boat other than the Tern', though the
        # Tern is a ferry)
        class_held = any(s.key == reading.exclusive_focus and s.kind == "word"
                         and s.relation in _HOLDS and s.via != _KIND_OF_ENTITY
                         for s in alignment.steps)
        if class_held:
            focuses += ["@" + e for e in reading.subject_entities]
    return any(_focus_held(focus, fact_focus, alignment) for focus in focuses)


def _focus_held(focus: str, fact_focus: str, alignment: Alignment) -> bool:
    if focus == fact_focus:
        return True
    step = next((s for s in alignment.steps if s.key == focus and s.relation in _HOLDS), None)
    if step is None:
        return False
    if step.kind == "entity" or fact_focus.startswith("@"):
        return step.key == fact_focus
    return alignment.fact.word_for(fact_focus) == step.fact


def _others_in_place(reading: Analysis, alignment: Alignment,
                     knowledge: Knowledge) -> tuple[str, str] | None:
    """(what the claim says is the only one, the others the fact names in its place)."""
    vocab = knowledge.vocab
    # Others in the subject's place are the point here, so a role step does not count.
    if [s for s in alignment.steps if s.relation not in _HOLDS
            and s.kind not in ("polarity", "only", "role")]:
        return None
    if not any(s.kind == "word" for s in alignment.steps):
        return None
    subject = [e for e in reading.subject_entities if vocab.entities[e].kind != "region"]
    if subject:
        kind = vocab.entities[subject[0]].kind
        groups = [e for e in reading.entity_ids if vocab.entities[e].kind == "region"]
        set_aside = set(subject) | _exception(reading, vocab)[1]
        others = [e for e in sorted(alignment.fact.subject)
                  if e not in set_aside and vocab.entities[e].kind == kind
                  and all(g in vocab.entities[e].member_of for g in groups)]
        if not others:
            # 'Turner alone built it' against 'built by a joint venture of Turner and
            # FlatironDragados': the others named beside it, of its kind
            others = [e for e in _coordinated_in_fact(subject[0], alignment.fact, vocab)
                      if e in vocab.entities and e not in set_aside
                      and vocab.entities[e].kind == kind]
        if others:
            return (vocab.describe_entity(subject[0]),
                    and_list([vocab.describe_entity(e) for e in others]))
    # ('Aerospace is the only industry Gary said would benefit': a name that is no
    # focus of the 'only' leaves it to the word it singles out, or to the subject that
    # 'X is the only N' singles out)
    focuses = [reading.exclusive_focus] if reading.exclusive_focus else []
    at = reading.predicate_at
    if at is not None and reading.tokens[at] in vocab.be_forms and (
            reading.exclusive_at is not None and reading.exclusive_at > at):
        focuses += [t for t, pos in reading.terms if pos < at]
    fact_reading = read_statement(alignment.fact.fact.statement, vocab)
    claimed = {s.key for s in alignment.steps}
    for focus in focuses:
        step = next((s for s in alignment.steps if s.key == focus
                     and s.kind in ("word", "entity")), None)
        if step is None:
            continue
        fact_key = focus if step.kind == "entity" else next(
            (t for t, w in fact_reading.raw_terms.items() if w == step.fact), "")
        others = [k for k in fact_reading.coordinated_with(fact_key, vocab.ignored)
                  if k not in claimed]
        if others:
            names = [vocab.describe_entity(k[1:]) if k.startswith("@")
                     else f"'{fact_reading.raw_terms.get(k, k)}'" for k in others]
            return step.claim, and_list(names)
    return None


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


@lru_cache(maxsize=64)  # of the claim alone, and asked for with each candidate fact
def _owners_named(reading: Analysis) -> dict[str, str]:
    """Names that say whose a named thing is, by the thing: 'ESA's Juice', 'San Diego's
    new Terminal 1' (a word or two may come between)."""
    starts = {pos: e for e, pos in reading.entities}
    owners: dict[str, str] = {}
    for owner, pos in reading.entities:
        end = reading.entity_ends.get(pos)
        if end is None or reading.tokens[end:end + 1] != ["s"]:
            continue
        owned = next((starts[at] for at in range(end + 1, end + 4) if at in starts), None)
        if owned is not None and owned != owner:
            owners[owner] = owned
    return owners


def _whole_named_for(owner: str, owned: str, vocab: Vocabulary) -> str | None:
    """What the store makes ``owned`` part of, directly or not, that is ``owner`` or is
    named after it ('San Diego International Airport' for San Diego): the claim's 'San
    Diego's Terminal 1' then says whose Terminal 1 is as the store does."""
    named = tokenise(vocab.entities[owner].name)
    wholes = list(vocab.entities[owned].member_of)
    for whole in wholes:  # the store's parts are few levels deep; each is visited once
        if whole == owner or tokenise(vocab.entities[whole].name)[:len(named)] == named:
            return whole
        wholes.extend(w for w in vocab.entities[whole].member_of if w not in wholes)
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


def _told_of(compiled: CompiledFact, vocab: Vocabulary) -> frozenset[str]:
    """The entities a fact's statement names, and its subject: a store may list others it
    only concerns ('the design-build project' is the joint venture's contract, which the
    statement does not say), and those join no facts."""
    named = read_statement(compiled.fact.statement, vocab).entity_ids
    return frozenset(named) | compiled.subject


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
