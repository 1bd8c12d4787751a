"""How the claim's pieces hang together against the fact's: what a verb is done to, what
a word or name is attached to, the order of a sequence, a degree graded the other way,
an opposite of the same thing, and a word the fact says of another noun.
"""

from __future__ import annotations

from functools import lru_cache
from itertools import pairwise
from typing import TYPE_CHECKING

from factcli.index import CompiledFact, index_tokens
from factcli.knowledge import Knowledge
from factcli.logic import Relation
from factcli.text import Analysis, fold, is_passive_at, read_statement, stem, tokenise
from factcli.verifying.alignment import (
    _HOLDS,
    _KIND_OF_ENTITY,
    _OF_ANOTHER,
    OPPOSITE_COMPARATIVE,
    Alignment,
    Step,
    _fact_term,
)
from factcli.verifying.readings import _copula_at

if TYPE_CHECKING:
    from factcli.vocabulary import Vocabulary

# 'higher with donanemab than', 'more expensive to build than', 'higher among patients on
# the drug, at 2%, than': a comparative's own 'than' follows within a phrase or two
_COMPARATIVE_TO_THAN = 12


def _align_objects(reading: Analysis, compiled: CompiledFact, result: Alignment) -> None:
    """'Lithuania is strengthening the Ottawa Convention' against a fact where Lithuania
    leaves the convention and strengthens something else: the verb and the entity are both
    in the fact, but the entity is not what that verb is done to."""
    if not reading.objects:
        return  # most claims: nothing to look up in the fact
    fact_objects = dict(compiled.objects)
    done_by = {thing: verb for verb, thing in compiled.objects}
    verbs = {s.key: _fact_term(s, compiled) for s in result.steps
             if s.kind == "word" and s.relation in _HOLDS}
    for verb, thing in reading.objects:
        fact_verb = verbs.get(verb)
        if fact_verb is None or thing[1:] not in compiled.entities:
            continue
        done_to = fact_objects.get(fact_verb)
        other_verb = done_by.get(thing)
        if done_to not in (None, thing) or other_verb not in (None, fact_verb):
            fact_side = (f"{compiled.word_for(fact_verb)} {done_to.removeprefix('@')}"
                         if done_to not in (None, thing) else
                         f"{compiled.word_for(other_verb or '')} {thing[1:]}")
            result.steps.append(Step("role", thing, f"{reading.raw_terms.get(verb, verb)} "
                                     f"{thing[1:]}", fact_side, Relation.INDEPENDENT,
                                     "another object"))


def _align_attachments(reading: Analysis, compiled: CompiledFact, vocab: Vocabulary,
                       result: Alignment) -> None:
    """'came closest to the Moon' against 'the Moon pass lined Juice up for its nearest
    approach to Earth': the fact's word is said of another thing, so the fact is about
    another event, and its figures are that event's. An entity the fact does not name, or
    a claim without figures, is a substitution ('based in Chicago' against 'based in
    Greeley'), which the entities' own alignment judges."""
    if not reading.quantities:
        return
    for entity_id, pos in reading.entities:
        if entity_id not in compiled.entities:
            continue
        for head, fact_term, other in _attached_in_fact(
                pos, reading, compiled, vocab, result) or ():
            if other is not None and other != entity_id and other not in reading.entity_ids:
                name = vocab.describe_entity
                result.steps.append(Step(
                    "role", "@" + entity_id,
                    f"{reading.raw_terms.get(head, head)} … {name(entity_id)}",
                    f"{compiled.word_for(fact_term)} … {name(other)}",
                    Relation.INDEPENDENT, "said of another thing"))
                return


def _attached_in_fact(position: int, reading: Analysis, compiled: CompiledFact,
                      vocab: Vocabulary,
                      result: Alignment) -> list[tuple[str, str, str | None]] | None:
    """For an entity a preposition introduces ('closest to the Moon'), each claim word
    before the preposition that the fact says, with the fact's word and the entity a
    preposition after it introduces in the fact (None where it introduces none); None
    when the entity has no such word, or the fact says none of them."""
    before = _past_articles(reading.tokens, position - 1, -1, vocab)
    if before < 1 or reading.tokens[before] not in vocab.prepositions:
        return None
    claim_at = {pos: t for t, pos in reading.terms}
    held = {s.key: _fact_term(s, compiled) for s in result.steps
            if s.kind == "word" and s.relation in _HOLDS}
    fact_reading = read_statement(compiled.fact.statement, vocab)
    fact_entities = {pos: e for e, pos in fact_reading.entities}
    found: list[tuple[str, str, str | None]] = []
    for head in (claim_at[p] for p in (before - 1, before - 2) if p in claim_at):
        fact_term = held.get(head)
        if fact_term is not None:
            found.extend((head, fact_term, _entity_after_preposition(
                fact_reading, p, fact_entities, vocab))
                for t, p in fact_reading.terms if t == fact_term)
    return found or None


_DOER, _DONE_TO = "the doer", "what the act is done to"


def _align_roles(reading: Analysis, compiled: CompiledFact, vocab: Vocabulary,
                 result: Alignment) -> None:
    """'Harbourline was repaired by the ramp' against 'Harbourline repaired the ramp': the
    same words and the same act, but who does it and what it is done to have changed
    places. Each sentence's roles are read with its voice undone (a passive's subject is
    what the act is done to, its 'by' phrase the doer). Only a swap both ways counts: a
    doer the fact acts on and a thing done to that the fact has acting. One way alone may
    be a thing said to act on itself ('Terminal 1 has opened its first stage' against
    'Terminal 1 has been opened')."""
    claim_verb, claimed = _claim_roles(reading, vocab)
    if not claimed:
        return  # a claim with no object and no passive: nothing to swap
    fact_verb, said = _fact_roles(compiled.fact.statement, vocab)
    if not said:
        return
    held = {s.key: (s, _fact_term(s, compiled)) for s in result.steps
            if s.kind in ("word", "entity") and s.relation in _HOLDS}
    if claim_verb not in held or held[claim_verb][1] != fact_verb:
        return  # another act: its roles are not the fact's main act's
    swapped: dict[str, Step] = {}
    for key, role in claimed.items():
        step, fact_key = held.get(key, (None, ""))
        fact_role = said.get(key if key.startswith("@") else fact_key)
        if step is not None and fact_role not in (None, role):
            swapped.setdefault(role, Step("role", key, f"{step.claim} as {role}",
                                          f"{step.fact} as {fact_role}",
                                          Relation.INDEPENDENT, "doer and done-to swapped"))
    if len(swapped) == 2:
        result.steps.append(swapped[_DOER])
        return
    moved = _role_of_another(reading, claimed, said, held)
    if moved is not None:
        result.steps.append(moved)


def _role_of_another(reading: Analysis, claimed: dict[str, str], said: dict[str, str],
                     held: dict[str, tuple[Step, str]]) -> Step | None:
    """'Fees are charged on the pass' against 'The pass is charged at £5 and leaves fees
    out': the claim's thing done to has no part in the fact's act, whose own thing done to
    the claim names elsewhere. The act is said of another thing. Not so of the doer: an
    owner may stand for what it owns ('the airport opened its terminal's first stage'
    against 'the airport's terminal opened its first stage'). Nor of a noun right after the
    thing done to, the head its phrase was cut short of ('add six new tram *stops*', a word
    read as a verb too)."""
    fillers = [key for key, role in claimed.items() if role == _DONE_TO and key in held]
    theirs = {key for key, role in said.items() if role == _DONE_TO}
    if not fillers or not theirs or any(_fact_key(key, held) in said for key in fillers):
        return None
    at = dict(reading.terms) | {"@" + entity: pos for entity, pos in reading.entities}
    ends = {at[key] + 1 for key in fillers if key in at}
    elsewhere = [key for key in held
                 if _fact_key(key, held) in theirs and claimed.get(key) != _DONE_TO
                 and at.get(key) not in ends]
    if not elsewhere:
        return None
    step, other = held[fillers[0]][0], held[elsewhere[0]][0]
    return Step("role", fillers[0], f"{step.claim} as {_DONE_TO}", f"{other.fact} as {_DONE_TO}",
                Relation.INDEPENDENT, "the act is said of another")


def _fact_key(key: str, held: dict[str, tuple[Step, str]]) -> str:
    return key if key.startswith("@") else held[key][1]


@lru_cache(maxsize=64)  # of the claim alone, and asked for with each candidate fact
def _claim_roles(reading: Analysis, vocab: Vocabulary) -> tuple[str, dict[str, str]]:
    return _roles(reading, vocab)


@lru_cache(maxsize=8192)  # of each fact, asked for with every claim it is weighed against
def _fact_roles(statement: str, vocab: Vocabulary) -> tuple[str, dict[str, str]]:
    return _roles(read_statement(statement, vocab), vocab)


def _roles(reading: Analysis, vocab: Vocabulary) -> tuple[str, dict[str, str]]:
    """The term of the sentence's main verb, and the doer or done-to role of each word and
    name ('@id') of its subject and of the phrase the verb takes: 'Divers inspected the
    hull' (divers do, the hull undergoes), 'The hull was inspected by divers' (the same).
    The subject of an active verb with nothing after it to act on gets no role: 'the pier
    closed' may be what someone closed."""
    start = reading.predicate_at
    verb = min((pos for pos in reading.verbs if start is not None and pos >= start),
               default=None)
    at = {pos: t for t, pos in reading.terms}
    if start is None or verb is None or verb not in at or not all(
            _before_its_verb(token, vocab) for token in reading.tokens[start:verb]):
        return "", {}  # 'a release *announced* that they had marked it': not the subject's act
    main = at.pop(verb)
    at.update((pos, "@" + e) for e, pos in reading.entities)
    tokens = reading.tokens
    subject, subject_end = _phrase(reading, reading.fronted, start, at, vocab)
    if subject_end != start:
        subject = []  # 'A release issued on Monday said …': the phrase before is not all of it
    after = verb + 1
    while after < len(tokens) and tokens[after] in vocab.particles:
        after += 1  # 'set aside the money'
    roles: dict[str, str] = {}
    if is_passive_at(tokens, verb, vocab):
        roles.update((key, _DONE_TO) for key in subject)
        # 'was escorted into Alna by two ships': the doer's 'by' may follow other phrases
        # of the act, not another verb's ('was closed after a storm caused by …')
        later_verb = min((pos for pos in reading.verbs if pos > verb), default=len(tokens))
        by = next((pos for pos in range(after, later_verb) if tokens[pos] == "by"), None)
        if by is not None:
            doers, _ = _phrase(reading, by + 1, len(tokens), at, vocab)
            roles.update((key, _DOER) for key in doers)
    else:
        done_to, _ = _phrase(reading, after, len(tokens), at, vocab)
        if done_to and not _tells_a_time(reading, after, vocab):
            roles.update((key, _DOER) for key in subject)
            roles.update((key, _DONE_TO) for key in done_to)
    return main, roles


def _before_its_verb(token: str, vocab: Vocabulary) -> bool:
    """An auxiliary, or a word of no content that is no verb of its own ('has *already*
    opened', 'is *due to* start'), between a subject and its verb."""
    return token in vocab.auxiliaries or (token in vocab.ignored
                                          and not vocab.is_empty_verb(token))


def _tells_a_time(reading: Analysis, at: int, vocab: Vocabulary) -> bool:
    """The phrase after the verb says when, not what the act is done to: 'is due to start
    *next month*', 'opened *a year* later'."""
    return reading.tokens[at] in vocab.relative_words or any(
        q.start == at and q.dimension in ("date", "duration") for q in reading.quantities)


def _phrase(reading: Analysis, start: int, end: int, at: dict[int, str],
            vocab: Vocabulary) -> tuple[list[str], int]:
    """The words and names of the noun phrase opening at ``start`` (before ``end``), and
    where it ends: its determiners, figures, words and names. A verb (even one of no
    content: 'Juice *took* pictures'), an auxiliary, a preposition or a conjunction ends
    it, but not a participle after a determiner ('a *damaged* freighter'); so does 'of',
    after which a whole or a share is named ('the first phase of its terminal', 'most of
    its instruments'), whose role is not the phrase's. An owner ('the airport's
    terminal') gets no role either."""
    keys: list[str] = []
    pos = start
    tokens = reading.tokens
    while pos < end:
        token = tokens[pos]
        verb = pos in reading.verbs and not (pos and tokens[pos - 1] in vocab.determiners)
        if verb or vocab.is_empty_verb(token) or token in vocab.auxiliaries or (
                token in vocab.prepositions):
            break
        if pos in at:
            if pos not in reading.oblique:
                keys.append(at[pos])
            pos = reading.entity_ends.get(pos, pos + 1)
            continue
        figure_end = next((q.end for q in reading.quantities if q.start == pos), None)
        if figure_end is not None and figure_end > pos:
            pos = figure_end  # 'the £7,400 limit': a figure, its currency sign first
            continue
        if not (token in vocab.determiners or token == "s" or token[:1].isdigit()
                or token in vocab.number_words or token in vocab.light):
            break
        pos += 1
    return keys, pos


def _align_order(reading: Analysis, compiled: CompiledFact, vocab: Vocabulary,
                 result: Alignment) -> None:
    """'a flyby of Earth and then the Moon' against 'of the Moon and then Earth': a
    sequence said in the other order."""
    if "then" not in reading.tokens:
        return  # most claims put nothing in order
    claimed = _sequences(reading, vocab)
    if not claimed:
        return
    said = _sequences(read_statement(compiled.fact.statement, vocab), vocab)
    name = vocab.describe_entity
    for first, then in said:
        if (then, first) in claimed:
            result.steps.append(Step("role", "@" + first, f"{name(then)}, then {name(first)}",
                                     f"{name(first)}, then {name(then)}",
                                     Relation.ALTERNATION, "another order"))
    # 'Juice passed Earth and then the Moon': an order a fact naming both does not give
    # is not given by it
    for first, then in sorted(claimed - said):
        if (then, first) not in said and {first, then} <= compiled.entities:
            result.steps.append(Step("role", "@" + then, f"{name(first)}, then {name(then)}",
                                     "", Relation.INDEPENDENT,
                                     "an order the fact does not give"))


def _sequences(reading: Analysis, vocab: Vocabulary) -> set[tuple[str, str]]:
    """Pairs of entities a sentence puts in order: 'the Moon and then Earth', 'Venus,
    then Earth' (what stands between is 'then', with 'and' or determiners beside it)."""
    named = sorted(reading.entities, key=lambda item: item[1])
    pairs = set()
    for (first, at), (then, later) in pairwise(named):
        between = reading.tokens[reading.entity_ends.get(at, at + 1):later]
        if "then" in between and all(t in ("and", "then") or t in vocab.determiners
                                     for t in between):
            pairs.add((first, then))
    return pairs


def _opposite_degree(reading: Analysis, compiled: CompiledFact, result: Alignment,
                     vocab: Vocabulary) -> None:
    """'Among the least important markets' against 'one of the most important markets':
    a word the fact says too, graded the other way (cues.json ``grading``), is its opposite;
    graded the same way, the grading word is said."""
    graded = _graded(reading, vocab)
    if not graded:
        return  # nearly every claim
    fact = tokenise(compiled.fact.statement)
    term_at = {pos: term for term, pos in reading.terms}
    for at, side in graded:
        step = next((s for s in result.steps if s.kind == "word" and s.relation in _HOLDS
                     and s.key == term_at.get(at + 1) and s.fact), None)
        if step is None:
            continue
        word = fold(step.fact).split()[0]
        grading = next((fact[pos - 1] for pos in range(1, len(fact))
                        if fact[pos] == word and fact[pos - 1] in vocab.grading), None)
        if grading is None:
            continue
        own = term_at.get(at)  # 'least' is a word of content, 'most' none
        result.steps[:] = [s for s in result.steps if own is None or s.key != own]
        same = vocab.grading[grading] == side
        result.steps.append(Step(
            "word", own or reading.tokens[at], f"{reading.tokens[at]} {step.claim}",
            f"{grading} {step.fact}", Relation.EQUIVALENT if same else Relation.ALTERNATION,
            ("same word" if grading == reading.tokens[at] else "the same degree") if same
            else "the opposite degree"))


@lru_cache(maxsize=64)  # of the claim alone, and asked for with each candidate fact
def _graded(reading: Analysis, vocab: Vocabulary) -> tuple[tuple[int, str], ...]:
    """Where the claim grades the word after ('the least important'), and which way."""
    return tuple((at, vocab.grading[token]) for at, token in enumerate(reading.tokens[:-1])
                 if token in vocab.grading)


def _opposite_comparative(reading: Analysis, compiled: CompiledFact, result: Alignment,
                          vocab: Vocabulary) -> None:
    """'Sales were lower than last year' against 'sales were greater than last year', 'the
    town bought fewer buses' against 'more buses': a comparative of one direction where the
    fact has only ones of the other (numbers.json ``comparatives``, none of them part of a
    figure: 'more than 100 km' is a bound) is the fact's opposite, when everything else the
    claim says holds and the two do not measure two things ('shorter' is no opposite of
    'heavier': ``comparative_dimensions``)."""
    claimed = _free_comparatives(reading, vocab)
    if len(claimed) != 1:
        return  # nearly every claim has none; two may compare two things
    fact_reading = read_statement(compiled.fact.statement, vocab)
    said = _free_comparatives(fact_reading, vocab)
    (at, word), = claimed
    direction = vocab.comparatives[word]
    if not said or any(vocab.comparatives[w] == direction for _, w in said):
        return
    # the claim's word, and the fact's that measures what it measures
    dimension = vocab.comparative_dimensions.get(word)
    opposite = next((w for _, w in said if dimension is None
                     or vocab.comparative_dimensions.get(w) in (None, dimension)), None)
    if opposite is None or any(s.via in ("the opposite degree", "the same degree")
                               for s in result.steps):
        return  # graded words are :func:`_opposite_degree`'s ('less important')
    own = next((t for t, pos in reading.terms if pos == at), None)
    rest = [s for s in result.steps if s.key != own]
    if not any(s.kind == "word" for s in rest) or any(
            s.relation not in _HOLDS for s in rest if s.kind != "polarity"):
        return  # another piece is not the fact's: another thing may be compared
    result.steps[:] = [*rest, Step("word", own or word, reading.tokens[at], opposite,
                                   Relation.ALTERNATION, OPPOSITE_COMPARATIVE)]


@lru_cache(maxsize=4096)  # of a claim, and of each fact, asked for again and again
def _free_comparatives(reading: Analysis, vocab: Vocabulary) -> tuple[tuple[int, str], ...]:
    """The comparatives of a sentence that are no part of a figure ('more than 100 km',
    '20 km or less'), each with where it stands."""
    in_figures = {at for mention in reading.quantities
                  for at in range(mention.start, mention.end)}
    return tuple((at, token) for at, token in enumerate(reading.tokens)
                 if token in vocab.comparatives and at not in in_figures)


def _enough_against_too(reading: Analysis, compiled: CompiledFact, result: Alignment,
                        vocab: Vocabulary) -> None:
    """'The bridge is wide enough' against 'the bridge is too narrow': a degree said to meet
    a need (cues.json ``sufficiency``) is what passing the need in the opposite degree
    denies, so the claim's 'enough' is the fact's 'too' once the two words it grades are
    opposites ('not wide enough' is then what 'too narrow' says)."""
    tokens = reading.tokens
    enough = [at for at, token in enumerate(tokens) if token in vocab.enough]
    if not enough:
        return  # nearly every claim
    fact = read_statement(compiled.fact.statement, vocab).tokens
    term_at = {pos: term for term, pos in reading.terms}
    for at in enough:
        # 'wide enough', 'sufficiently wide': the word it grades, on either side
        graded = {term_at.get(at - 1), term_at.get(at + 1)} - {None}
        opposed = next((s for s in result.steps if s.kind == "word" and s.key in graded
                        and s.relation == Relation.ALTERNATION and s.fact), None)
        if opposed is None:
            continue
        word = fold(opposed.fact).split()[0]
        too = next((fact[pos - 1] for pos in range(1, len(fact))
                    if fact[pos] == word and fact[pos - 1] in vocab.too), None)
        own = term_at.get(at)
        if too is None or own is None:
            continue
        result.steps[:] = [
            s._replace(fact=too, relation=Relation.EQUIVALENT,
                       via="enough of one, not too much of its opposite")
            if s.key == own else s for s in result.steps]


def _sides_exchanged(reading: Analysis, compiled: CompiledFact, result: Alignment,
                     vocab: Vocabulary) -> None:
    """'Fares were higher in Orlo than in Brisk' against 'fares in Brisk were lower than in
    Orlo': a comparison with its two sides the other way round says the same thing with
    the opposite comparative, and the opposite thing with the same one. The sides are the
    names before 'than' and the names after it, in the claim and in the fact."""
    if "than" not in reading.tokens:
        return  # nearly every claim
    claimed = _compared_sides(reading, vocab)
    if claimed is None or "than" not in compiled.fact.statement.lower():
        return
    said = _compared_sides(read_statement(compiled.fact.statement, vocab), vocab)
    if said is None:
        return
    (claim_word, claim_first, claim_than), (fact_word, fact_first, fact_than) = claimed, said
    exchanged = (claim_first & fact_than and claim_than & fact_first
                 and not claim_first & fact_first and not claim_than & fact_than)
    if not exchanged:
        return
    same = vocab.comparatives[claim_word] == vocab.comparatives[fact_word]
    for i, step in enumerate(result.steps):
        if (step.kind == "word" and fold(step.claim) == claim_word and step.fact
                and fold(step.fact).split()[0] == fact_word):
            # 'claim says higher than Brisk; the article says lower than Orlo'
            result.steps[i] = step._replace(
                claim=f"{step.claim} than {_names(claim_than, vocab)}",
                fact=f"{step.fact} than {_names(fact_than, vocab)}",
                relation=Relation.ALTERNATION if same else Relation.EQUIVALENT,
                via="the sides exchanged")


def _names(entities: frozenset[str], vocab: Vocabulary) -> str:
    return " and ".join(sorted(vocab.describe_entity(e) for e in entities))


def _compared_sides(reading: Analysis, vocab: Vocabulary
                    ) -> tuple[str, frozenset[str], frozenset[str]] | None:
    """A sentence's comparative and the names it sets on either side of its 'than' ('the
    toll is higher on the bridge than in the tunnel': higher, bridge, tunnel), when names
    stand on both sides and the 'than' is near enough to be the comparative's own."""
    tokens = reading.tokens
    than = tokens.index("than") if "than" in tokens else -1
    # the comparative nearest before it is its own
    at = next((i for i in range(than - 1, -1, -1) if tokens[i] in vocab.comparatives), None)
    if at is None or than - at > _COMPARATIVE_TO_THAN:
        return None
    first = frozenset(e for e, pos in reading.entities if pos < than)
    after = frozenset(e for e, pos in reading.entities if pos > than)
    if not first or not after:
        return None
    return tokens[at], first, after


def _opposite_of_the_same(reading: Analysis, knowledge: Knowledge, result: Alignment) -> None:
    """'Operators made large corrections' against 'small corrections': an opposite before a
    noun picks out another thing of the kind only where the article tells of one ('the old
    depot' beside 'the new depot'); otherwise, with all else the claim says held, it
    contradicts what the fact says of the same thing."""
    vocab = knowledge.vocab
    opposed = [i for i, s in enumerate(result.steps) if s.via == "another one of its kind"
               and s.fact and s.claim not in vocab.ordinals]
    if not opposed:
        return
    rest = [s for i, s in enumerate(result.steps) if i not in opposed]
    if not any(s.kind == "word" for s in rest) or any(
            s.relation not in _HOLDS for s in rest if s.kind != "polarity"):
        return
    for i in opposed:
        step = result.steps[i]
        if not (_picks_one_out(step.claim, reading, vocab)
                or _article_tells_of(step.claim, reading, knowledge)):
            result.steps[i] = step._replace(relation=Relation.ALTERNATION,
                                            via="WordNet antonym")


def _picks_one_out(word: str, reading: Analysis, vocab: Vocabulary) -> bool:
    """'the new depot', 'the last run': a plain adjective before one thing names which one;
    a comparative ('a slower route') or an adjective before many ('large corrections')
    says how they are."""
    tokens = reading.tokens
    at = _after(word, tokens)
    noun = tokens[at] if at < len(tokens) else ""
    # 'last month' against 'next month' dates one event twice, it names no other thing
    dates = noun in vocab.unit_names and vocab.units[vocab.unit_names[noun]].dimension in (
        "date", "duration")
    return word not in vocab.comparatives and not noun.endswith("s") and not dates


def _after(word: str, tokens: list[str]) -> int:
    """Where the word after ``word`` stands (past the end when there is none)."""
    return tokens.index(word) + 1 if word in tokens else len(tokens)


def _article_tells_of(word: str, reading: Analysis, knowledge: Knowledge) -> bool:
    """Some fact puts ``word`` before the noun the claim puts it before ('old depot')."""
    tokens = reading.tokens
    at = _after(word, tokens)
    term = next((t for t, pos in reading.terms if pos == at), None)
    if term is None:
        return True  # no noun to look for: take it as said
    noun = stem(tokens[at])
    for compiled, _ in knowledge.index.search(index_tokens({term}, set()), 50):
        said = read_statement(compiled.fact.statement, knowledge.vocab).tokens
        # 'the new tram depot' tells of a new depot too
        if any(a == word and noun in (stem(b), stem(c))
               for a, b, c in zip(said, said[1:], [*said[2:], ""], strict=False)):
            return True
    return False


def _entity_after_preposition(reading: Analysis, at: int, entities: dict[int, str],
                              vocab: Vocabulary) -> str | None:
    """The entity a preposition right after the word at ``at`` (or after one word more:
    'nearest approach to Earth') introduces."""
    tokens = reading.tokens
    for prep in (at + 1, at + 2):
        if prep < len(tokens) and tokens[prep] in vocab.prepositions:
            return entities.get(_past_articles(tokens, prep + 1, 1, vocab))
    return None


_OTHER_SIDE = "the other side of the place"  # 'outside the hall' against 'inside the hall'
_ANOTHER_SIDE = "another side of the place"  # 'above the hall' against 'inside the hall'


def _other_side_of_the_place(reading: Analysis, compiled: CompiledFact, result: Alignment,
                             vocab: Vocabulary) -> None:
    """'The kiosk stands outside the station' against 'the kiosk stands inside the
    station', 'the vault lies below the hall' against '… above the hall': the claim's
    preposition puts what it says on the side of a place opposite the one the fact's puts
    it on, before the same place (one the fact holds, a word or a name); on another side
    ('above the station' against 'inside'), the fact does not say it."""
    sides = vocab.place_sides
    if sides.keys().isdisjoint(reading.tokens):
        return  # nearly every claim
    fact = read_statement(compiled.fact.statement, vocab)
    if sides.keys().isdisjoint(fact.tokens):
        return
    held = {s.key: _fact_term(s, compiled) for s in result.steps
            if s.kind in ("word", "entity") and s.relation in _HOLDS}
    claim_at = {pos: key for key, pos in reading.terms} | {
        pos: "@" + e for e, pos in reading.entities}
    fact_at = {key: pos for key, pos in fact.terms} | {"@" + e: pos for e, pos in fact.entities}
    for at, token in enumerate(reading.tokens):
        side = sides.get(token)
        place = claim_at.get(_past_articles(reading.tokens, at + 1, 1, vocab))
        if side is None or place not in held or held[place] not in fact_at:
            continue
        said_at = _past_articles(fact.tokens, fact_at[held[place]] - 1, -1, vocab)
        said = sides.get(fact.tokens[said_at]) if said_at >= 0 else None
        if said is None or said == side or any(s.claim == token for s in result.steps):
            continue  # (a preposition WordNet links already has its step: 'outside')
        # another side that is not the opposite ('above the hall' against 'inside the
        # hall') is not what the fact says, nor what it denies
        opposite = vocab.opposite_sides.get(side) == said
        result.steps.append(Step("word", token, token, fact.tokens[said_at],
                                 Relation.ALTERNATION if opposite else Relation.INDEPENDENT,
                                 _OTHER_SIDE if opposite else _ANOTHER_SIDE))
        return


def _past_articles(tokens: list[str], at: int, step: int, vocab: Vocabulary) -> int:
    """From ``at``, moving by ``step``, the first word that is not an article or a
    possessive ('the', 'its'; a preposition stops it)."""
    while 0 <= at < len(tokens) and tokens[at] in vocab.determiners and (
            tokens[at] not in vocab.prepositions):
        at += step
    return at


def _described_as_another(reading: Analysis, compiled: CompiledFact, result: Alignment,
                          vocab: Vocabulary) -> None:
    """'Corvia Rail is a *trial* company' against 'Corvia Rail monitored the first trial
    run': a word the claim says of the thing it describes, which the fact says of another
    noun ('trial run'), is not said of it."""
    at = _copula_at(reading, vocab)
    if at is None:
        return  # most claims: a description is what a copula says
    kinds = {pos for s in result.steps if s.via == _KIND_OF_ENTITY
             for pos, token in enumerate(reading.tokens) if pos > at and token == s.claim}
    if not kinds:
        return
    said = read_statement(compiled.fact.statement, vocab)
    if not said.verb_terms:
        return  # a fact that only describes ('is seen as one of the most vulnerable points')
    fact_terms = {pos for _, pos in said.terms}
    entity_starts = {pos for _, pos in said.entities}
    before = {reading.tokens[pos - 1] for pos in kinds}
    for i, step in enumerate(result.steps):
        if step.kind != "word" or step.relation not in _HOLDS or step.claim not in before:
            continue
        places = [pos for pos, token in enumerate(said.tokens) if token == step.fact]
        if places and all(pos + 1 in fact_terms and pos + 1 not in entity_starts
                          for pos in places):
            noun = said.tokens[places[0] + 1]
            result.steps[i] = step._replace(fact=f"{step.fact} {noun}",
                                            relation=Relation.INDEPENDENT,
                                            via=_OF_ANOTHER)


def _class_of_other_names(reading: Analysis, compiled: CompiledFact, result: Alignment,
                          vocab: Vocabulary) -> None:
    """'CRRC is one of the civil works contractors' against 'the group is made up of the
    civil works contractors Mapa and Limak together with CRRC, a supplier of railway
    systems': a noun written right before names says what those names are, so it is not
    said of a name outside their list."""
    at = _copula_at(reading, vocab)
    if at is None:
        return  # most claims: a description is what a copula says
    subjects = {entity for entity, pos in reading.entities if pos < at}
    if not subjects:
        return
    said = read_statement(compiled.fact.statement, vocab)
    starts = {pos: entity for entity, pos in said.entities}
    if not starts:
        return
    predicate = set(reading.tokens[at + 1:])
    # ('Fallout is set in a post-apocalyptic Arvel' puts the word before a name of its
    # own: which name it describes is the names' to settle)
    claim_starts = {pos for _, pos in reading.entities} | {
        pos for pos, token in enumerate(reading.tokens) if token in reading.names}
    before_names = {token for pos, token in enumerate(reading.tokens[:-1])
                    if pos > at and pos + 1 in claim_starts}
    for i, step in enumerate(result.steps):
        if step.kind != "word" or step.relation not in _HOLDS or step.claim not in predicate:
            continue
        if step.claim in before_names:
            continue
        places = [pos for pos, token in enumerate(said.tokens) if token == step.fact]
        if any(said.tokens[pos - 1] in vocab.relative_pronouns for pos in places if pos):
            continue  # 'a corridor that links Lithuania with Poland': a verb before its object
        named = [starts.get(pos + 1) for pos in places]
        if places and all(entity is not None and not subjects & next(
                (group for group in said.lists if entity in group), {entity})
                for entity in named):
            result.steps[i] = step._replace(
                fact=f"{step.fact} {said.spelling.get(said.tokens[places[0] + 1], '')}".strip(),
                relation=Relation.INDEPENDENT, via=_OF_ANOTHER)
