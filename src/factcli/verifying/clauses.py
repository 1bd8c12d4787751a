"""A claim's clauses: splitting a compound claim into parts checked on their own
(attribution, opening adverbials, appositives, relative and reduced relative clauses,
coordination, clauses with a gap), reading a question as a statement, and joining the
parts' verdicts into one.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from factcli.knowledge import Knowledge
from factcli.text import Analysis, analyse, fold, tokenise
from factcli.verifying.alignment import NOT_ENOUGH_INFO, REFUTED, SUPPORTED, Outcome

if TYPE_CHECKING:
    from factcli.vocabulary import Vocabulary


MAX_JOINS = 24  # places a claim is tried for a split into clauses (see _coordinated)


# 'The stretch of road being rebuilt, 113 km, is …': a figure set off by commas is the
# head's measure
_FIGURE_APPOSITIVE = re.compile(r"^(?P<head>[^,]{2,80}),\s+(?P<appositive>[^,]{1,40}),"
                                r"\s+(?P<rest>.+)$")

# 'Ada Brisk, chief engineer of the Port Authority, said …': a title with no article,
# written in lower case (a list of names is not)
_ROLE_APPOSITIVE = re.compile(r"^(?P<head>[^,]{2,60}),\s+(?P<appositive>[a-z][^,]{3,100}),"
                              r"\s+(?P<rest>.+)$")

# 'Ada Brisk, not Vela Ostrom, opened the pier': the comma after a set-off denial closes
# it, and the clause goes on
_SET_OFF_DENIAL_ENDS = re.compile(r",\s+not\s+[^,()]+$", re.I)


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
    # 'has the solar *farm* started': after a perfect 'have' the predicate is a participle,
    # so a plain form before one is a noun naming the subject
    perfect = "have" in vocab.lemmas_of(auxiliary)
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
        before_verb = bool(words[i + 1:i + 2]) and words[i + 1][:1].islower() and (
            (following in vocab.verb_lemmas and following not in vocab.ignored)
            or (perfect and _participle_ahead(lowered[i + 1:], vocab)))
        if not copula and word in vocab.verb_lemmas and not before_verb:
            return i
    return None


def _participle_ahead(following: list[str], vocab: Vocabulary) -> bool:
    """A participle ('started', 'begun') among the words that go on naming the subject,
    before an article or a preposition would start an object ('the harbour ferry services
    *resumed*', not 'cut *the* funded scheme')."""
    for word in following:
        if word in vocab.determiners or word in vocab.prepositions:
            return False
        if vocab.is_participle(word) or word in vocab.irregular:
            return True
    return False


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
    according = knowledge.vocab.attributed.match(text)
    if according:
        return according.group("rest")
    said = knowledge.vocab.reported.match(text)
    if said and said.group("speaker").strip():
        speaker = analyse(said.group("speaker"), knowledge.vocab)
        rest = analyse(said.group("rest"), knowledge.vocab)
        if not speaker.entities and rest.predicate_at is not None:
            return said.group("rest")
    return text


def _leading_adverbial(text: str, knowledge: Knowledge) -> list[str]:
    match = knowledge.vocab.asserting_opener.match(text)
    if match is None:
        return [text]
    adverbial = analyse(match.group("adverbial"), knowledge.vocab)
    main = analyse(match.group("main"), knowledge.vocab)
    substantial = bool(adverbial.entities or adverbial.terms)
    if not substantial or main.predicate_at is None:
        return [text]  # "In 2028, ..." only dates the main clause
    return [match.group("adverbial").strip(), match.group("main").strip()]


def _appositive(text: str, knowledge: Knowledge) -> list[str]:
    match = knowledge.vocab.appositive.match(text)
    if match is None:
        role = _ROLE_APPOSITIVE.match(text)
        if role is None or not _names_a_role(role.group("appositive"), knowledge.vocab):
            return _figure_appositive(text, knowledge)
        match = role
    head = analyse(match.group("head"), knowledge.vocab)
    rest = analyse(match.group("rest"), knowledge.vocab)
    # the rest opens on the main verb ('chose', 'said': a verb the reader may not take
    # for the predicate on its own)
    opens_on_verb = rest.predicate_at == 0 or (
        bool(rest.tokens) and knowledge.vocab.can_be_verb(rest.tokens[0]))
    if not head.entities or head.predicate_at is not None or not opens_on_verb:
        return [text]
    subject = match.group("head").strip()
    return [f"{subject} is {match.group('appositive').strip()}",
            f"{subject} {match.group('rest').strip()}"]


def _names_a_role(appositive: str, vocab: Vocabulary) -> bool:
    """A phrase with no article that names a post in a body the store knows ('governor of
    the Central Bank', 'head of planning at the City Council'): it opens on a noun, not a
    preposition, an adverb or a verb ('in turn', 'speaking at the Council'), and says
    nothing of its own."""
    reading = analyse(appositive, vocab)
    opening = {pos: term for term, pos in reading.terms}.get(0)
    return (opening is not None and bool(reading.entities) and reading.predicate_at is None
            and 0 not in reading.verbs and not vocab.is_participle(reading.tokens[0])
            and reading.tokens[0] not in vocab.prepositions | vocab.determiners)


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
    match = knowledge.vocab.relative_aside.match(text)
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
        word = words[at]
        if not (word[:1].isupper() and words[at - 1][:1].islower()) and (
                fold(word) not in vocab.subject_pronouns):
            continue
        before = fold(words[at - 1])  # (folded only here: most words are passed above)
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
    inflected = token.endswith("ed") or token in vocab.irregular or _in_s_form(token, vocab)
    if at in reading.verbs:
        return inflected or bare
    return inflected and vocab.can_be_verb(token) and reading.tokens[at - 1] not in (
        vocab.determiners)


def _in_s_form(token: str, vocab: Vocabulary) -> bool:
    """A verb's form in '-s' ('limits', 'carries'), not a plain form that ends so ('pass')."""
    return token.endswith("s") and token not in vocab.verb_lemmas


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
        appositive_closes = -1  # where the comma closing a name's appositive is in ``rest``
        for match in knowledge.vocab.clause_break.finditer(rest):
            tried += 1
            if tried > MAX_JOINS:
                return [p for p in [*pieces, rest.strip()] if p]
            left, right = rest[: match.start()], rest[match.end() :]
            if match.group().strip() == "," and (match.start() == appositive_closes or (
                    _SET_OFF_DENIAL_ENDS.search(left))):
                continue
            if knowledge.vocab.opens_relative.search(left):
                continue  # "the Gap, which links Lithuania and Poland, is ...": one clause
            left_reading = analyse(left, knowledge.vocab)
            left_verb = _clause_verb_at(left_reading, knowledge.vocab)
            if left_verb is None:
                continue  # "Lithuania and Poland …": no clause ends here (the right side unread)
            if match.group().strip() == ",":
                described = knowledge.vocab.describes_name.match(right)
                if described and _ends_on_name(left_reading):
                    # "… to Ganymede, a moon of Jupiter, than …": the name's appositive,
                    # up to and with its closing comma
                    appositive_closes = match.end() + described.end() - 1
                    continue
            if names is None:  # (for the few stores with such names: reading costs)
                names = analyse(rest, knowledge.vocab).entity_ends if (
                    knowledge.vocab.joined_names) else {}
            cut = len(left_reading.tokens)
            if any(start < cut < end for start, end in names.items()):
                continue  # 'designed by Skidmore, Owings & Merrill': one name
            right_reading = analyse(right, knowledge.vocab)
            right_verb = _clause_verb_at(right_reading, knowledge.vocab)
            gapped = None if right_verb is not None else _gapped_clause(
                left, left_verb, left_reading, right, right_reading, knowledge.vocab)
            if gapped is not None:
                right = gapped
            elif right_verb is None:
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
                each = next((pos for pos in range(left_verb, len(tokens))
                             if tokens[pos] == "both"), None) if listed else None
                if (ranged or len(right_reading.tokens) > 6 or (each is None and (
                        right_reading.entities or not right_reading.terms))):
                    continue  # list items are short; ", contributing to ..." is not one
                adjunct = right_reading.tokens[0] in knowledge.vocab.prepositions
                paired = _pairs_object_and_phrase(left_reading, left_verb, right_reading,
                                                  knowledge.vocab)
                prefix = _words_covering(left, each) if each is not None else (
                    _object_prefix(left, left_verb, left_reading, knowledge, adjunct, paired))
                if not prefix:
                    continue
                right = prefix + right
            elif right_verb == 0 and not _gerund_subject(right_reading, knowledge.vocab):
                # "... and renovate ten bridges" takes "Lithuania will"; "... and forms
                # part of ..." brings its own verb and takes only "This project".
                # nor does one in '-s', which has its own tense: '… was introduced in 2017
                # and limits …' takes only 'The cap', not 'The cap was'
                first = right_reading.tokens[0]
                own_verb = first in knowledge.vocab.auxiliaries or _in_s_form(
                    first, knowledge.vocab)
                right = _subject_words(left, left_verb, left_reading, knowledge.vocab,
                                       with_auxiliaries=not own_verb) + right
            elif not _has_own_subject(right_reading, right_verb):
                continue
            pieces.append(left.strip())
            rest = right
            break
        else:
            pieces.append(rest.strip())
            return _said_now_of_each([p for p in pieces if p], knowledge.vocab)


def _gapped_clause(left: str, verb_at: int, left_reading: Analysis, right: str,
                   right_reading: Analysis, vocab: Vocabulary) -> str | None:
    """'The first plant will open in 2030 and the second in 2033': a clause that leaves out
    the verb of the clause before it ('gapping') says that verb of its own subject, 'the
    second will open in 2033'. Its subject opens on 'the' (or 'its') and comes before the
    preposition that follows the verb in the clause before; a verb with an object before
    that preposition ('will open a plant in 2030 and the second in 2033') is left alone,
    as the second may be what it acts on."""
    tokens, told = right_reading.tokens, left_reading.tokens
    if len(tokens) < 3 or tokens[0] not in vocab.definite:
        return None  # nearly every clause
    at = next((pos for pos, token in enumerate(tokens) if token in vocab.prepositions), None)
    if at is None or at < 2 or tokens[at] == "of":
        return None
    verbs = [pos for pos in left_reading.verbs if pos >= verb_at]
    verb = max(verbs, default=verb_at)
    if told[verb + 1:verb + 2] != [tokens[at]]:
        return None  # the verb acts on something first, or says no such preposition
    start = verb_at
    while start > 0 and told[start - 1] in vocab.auxiliaries:
        start -= 1  # 'will open': the auxiliary goes with the verb
    words = left.split()
    verb_words = words[len(_words_covering(left, start).split()):
                       len(_words_covering(left, verb + 1).split())]
    subject = _words_covering(right, at).split()
    return " ".join([*subject, *verb_words, *right.split()[len(subject):]])


def _said_now_of_each(pieces: list[str], vocab: Vocabulary) -> list[str]:
    """'For now the plant makes 50,000 a day, and it has 1,100 employees': an opening
    that says the sentence holds now says it of each of its clauses, unless a clause
    says when of its own."""
    first = tokenise(pieces[0]) if len(pieces) > 1 else []
    now = vocab.now_at(first)
    if now is None or now.start > 1:
        return pieces  # nearly every claim
    opening = _words_covering(pieces[0], now.stop)
    return [pieces[0], *(piece if vocab.says_now(tokenise(piece)) or any(
        q.dimension == "date" for q in analyse(piece, vocab).quantities)
        else opening + piece for piece in pieces[1:])]


def _clause_verb_at(reading: Analysis, vocab: Vocabulary) -> int | None:
    """Where a clause's verb is: the reading's predicate, or else a verb of no content of
    its own that the reading passes over as a word to weigh ('four members *wanted* no
    change', 'the city *pledged* £5m', '… and *includes* a tunnel'): it still ends the
    subject and opens a clause. Only a form inflected as a verb, in a verb's place (see
    :meth:`Vocabulary.looks_like_verb`), and not inside a name."""
    if reading.predicate_at is not None:
        return reading.predicate_at
    tokens = reading.tokens
    named = {at for start, end in reading.entity_ends.items() for at in range(start, end)}
    return next((at for at, token in enumerate(tokens) if at not in named
                 and vocab.is_empty_verb(token) and vocab.looks_like_verb(tokens, at)), None)


def _is_figure_end(reading: Analysis) -> bool:
    """The text ends in a figure: what follows 'between 1 and' is the range's other end."""
    return any(q.end == len(reading.tokens) for q in reading.quantities)


def _object_prefix(left: str, start: int, reading: Analysis, knowledge: Knowledge,
                   adjunct: bool = False, paired: bool = False) -> str:
    """The words of ``left`` before its object, its predicate starting at ``start``:
    'Lithuania will build ', 'The money will go towards '; before an ``adjunct`` (',
    without a partner'), its words up to the verb; before an item ``paired`` with a phrase
    of its own (:func:`_pairs_object_and_phrase`), its words up to the verb's first object
    ('The fund paid for '). Nothing when the object names entities (they may belong
    together)."""
    # the list goes on from what the clause's last verb acts on: 'says the cuts will come
    # gradually and carefully' comes carefully, not 'says carefully'
    verb_at = max((pos for pos in reading.verbs if pos >= start), default=start)
    if any(pos > verb_at for _, pos in reading.entities):
        return ""
    if adjunct:
        return _words_covering(left, verb_at + 1)
    tokens = reading.tokens
    if paired:
        first = verb_at + 1
        while first < len(tokens) and (tokens[first] in knowledge.vocab.adverb_particles
                                       or tokens[first] in knowledge.vocab.prepositions):
            first += 1  # 'paid for roads', 'set aside 4 million': what follows is the item
        return _words_covering(left, first)
    # The item a list goes on from is the last noun phrase: 'plant trees in a park and a
    # square' plants trees in a square ('of' is inside a phrase: '113 km of road').
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


def _pairs_object_and_phrase(left: Analysis, verb_at: int, right: Analysis,
                             vocab: Vocabulary) -> bool:
    """'will spend 5 million on roads and 3 million on bridges': the item after 'and' is an
    object with its own phrase of the preposition the verb's object has, so it goes on
    from the verb, not from the phrase ('spend 3 million on bridges')."""
    opened = {token for token in right.tokens[1:] if token in vocab.prepositions} - {"of"}
    return bool(opened) and not opened.isdisjoint(left.tokens[verb_at + 2:])


def _ends_on_name(reading: Analysis) -> bool:
    """'… closer to Ganymede': the last words are a name."""
    return any(reading.entity_ends.get(pos, pos + 1) == len(reading.tokens)
               for _, pos in reading.entities)


def _gerund_subject(reading: Analysis, vocab: Vocabulary) -> bool:
    """'… and monitoring of the reef has ended': a clause opening on an '-ing' form with a
    finite verb of its own further on opens on its subject, an act named by the verb, and
    takes no subject from the clause before ('… is building a wall and digging ditches'
    has no later verb; '… and digging ditches that are deep' has one only in a relative)."""
    tokens = reading.tokens
    if not tokens[0].endswith("ing"):
        return False
    finite = next((at for at, token in enumerate(tokens[1:], 1) if token in vocab.auxiliaries),
                  None)
    return finite is not None and vocab.relative_pronouns.isdisjoint(tokens[1:finite])


def _has_own_subject(reading: Analysis, verb_at: int) -> bool:
    """A short phrase before the verb at ``verb_at``, or a name before it ('O'Hare's
    Terminal D work began in June')."""
    return verb_at <= 4 or bool(reading.subject_entities)


def _subject_words(left: str, verb_at: int, reading: Analysis, vocab: Vocabulary,
                   with_auxiliaries: bool = True) -> str:
    """The words of ``left`` before its main verb at ``verb_at``, with the auxiliaries
    and content-free words after it ('Lithuania will also plan to ')."""
    wanted = verb_at
    tokens = reading.tokens
    # a verb of no content of its own is the verb, not a word before it ('the city
    # *pledged* £5m and *wanted* more': the second clause takes 'the city')
    with_auxiliaries = with_auxiliaries and tokens[verb_at:verb_at + 1] != [] and (
        tokens[verb_at] in vocab.auxiliaries)
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
