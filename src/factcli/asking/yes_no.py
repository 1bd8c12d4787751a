"""Yes/no questions: the question said as the claim it asks about, decided by verify.

'Did phase one start in 2024?' is the claim 'phase one started in 2024' without the
lead-in, tag or frame that only asks; 'A or B?' is answered by the one the facts support.
"""

from __future__ import annotations

from factcli.asking.answer import Answer, FactHit
from factcli.asking.gap import Gap
from factcli.knowledge import Knowledge
from factcli.text import Analysis, analyse, fold, tokenise
from factcli.verify import REFUTED, SUPPORTED, verify_claim
from factcli.vocabulary import Vocabulary


def _claim_asked(text: str, reading: Analysis, gap: Gap, vocab: Vocabulary) -> str | None:
    """The yes/no question ``text`` asks, in the words ``verify`` reads a question in, or
    None for a question with a gap. Only what asks is left out: words that lead into it
    ('According to the article, is …', 'So did …'), a tag ('…, isn't it?', '…, right?',
    '… or not?'), a frame around the claim ('is it true that …', 'does the article say
    whether …') and 'ever'. A negative question asks what the positive one does: in
    English 'Isn't X leaving?' is answered 'Yes' when X is leaving. A wh-word after the
    opening auxiliary starts a relative clause ('is Finland among the states *which* are
    leaving') unless a verb of knowing or saying asks it ('do you know *which* …'). A
    question with neither a wh-word nor an auxiliary first ('Lithuania is leaving the
    convention?') is a claim asked about."""
    tokens = reading.tokens
    if gap.form is not None and not (tokens and tokens[0] in vocab.yes_no):
        return None  # a wh-question (most questions: this is all they cost here)
    words = _without_tag(_without_lead_in(text.strip(), vocab), vocab).split()
    if not words:
        return None
    first = tokenise(words[0])
    opens_with_auxiliary = bool(first) and first[0] in vocab.yes_no
    if gap.form is not None and not (opens_with_auxiliary and _relative_clause(reading, gap,
                                                                                 vocab)):
        return None
    if opens_with_auxiliary:
        words[0] = first[0]  # 'isn't' → 'is'
        framed = _without_frame(words[1:], vocab)
        # 'is it true that the plan is ready': after a frame the claim is whole, and the
        # auxiliary was the frame's
        words = framed if len(framed) < len(words) - 1 else _copula_placed(words, vocab)
    polarity = vocab.question_words["polarity_words"]
    return " ".join(w for w in words if fold(w) not in polarity)


def _copula_placed(words: list[str], vocab: Vocabulary) -> list[str]:
    """'is the plan spread over five years' as 'the plan is spread over five years': the
    participle of a passive that has its plain form ('spread', 'hit', 'put') is no verb to
    the reader, so ``verify`` would lose the copula that opens the question; it is put
    back before the first word that can be a verb, after the subject's noun (no
    determiner) and before a preposition. A question the reader finds a verb in is left to
    ``verify``, which reads those."""
    if len(words) < 4 or words[0] not in vocab.be_forms:
        return words
    lowered = [w.lower().strip(",;:") for w in words]
    for i in range(2, len(words) - 1):
        if lowered[i] in vocab.prepositions or (
                lowered[i] in vocab.determiners and lowered[i - 1] not in vocab.determiners):
            # 'is Finland *among* the states', 'is Duane Arnold *the* only plant in Iowa':
            # the copula's own complement ('plant' there is no verb)
            break
        if lowered[i] in vocab.question_words["figure_predicates"] and (
                lowered[i - 1] not in vocab.determiners):
            # 'is the Terminal D project *worth* 1.3 billion dollars': what it is worth
            return [*words[1:i], words[0], *words[i:]]
        if words[i][:1].islower() and vocab.can_be_verb(lowered[i]) and (
                lowered[i - 1] not in vocab.determiners
                and lowered[i + 1] in vocab.prepositions):
            if analyse(" ".join(words[1:]), vocab).verbs:
                break  # a verb the reader sees: verify places the copula
            if vocab.is_participle(lowered[i - 1]) and lowered[i - 2] not in vocab.determiners:
                i -= 1  # 'was the incident *carried* out by': the particle's verb takes it
            return [*words[1:i], words[0], *words[i:]]
    return words


def _without_lead_in(text: str, vocab: Vocabulary) -> str:
    """'So, according to the article, is …' without 'so' and the phrase about the article
    before the comma."""
    lead_in = vocab.question_words["lead_in_words"]
    article = vocab.question_words["article_words"]  # 'according to the *piece*'
    while True:
        head, comma, rest = text.partition(",")
        tokens = tokenise(head) if comma and rest.strip() else []
        words = text.split(maxsplit=1)
        if any(t in vocab.frame_words for t in tokens) and all(
                t in vocab.frame_words or t in vocab.prepositions or t in vocab.determiners
                or t in lead_in or t in article for t in tokens):
            text = rest.strip()
        elif len(words) == 2 and fold(words[0]).rstrip(",") in lead_in:
            text = words[1]
        else:
            return text


def _without_tag(text: str, vocab: Vocabulary) -> str:
    """'X, isn't it', 'X, is that right', 'X, right', 'X or not': X."""
    text = text.rstrip(" ?!.")
    tags = vocab.question_words["tag_words"]
    head, comma, tag = text.rpartition(",")
    tokens = tokenise(tag) if comma and head.strip() else []
    asking = vocab.subject_pronouns | vocab.question_words["pointing_words"] | (
        vocab.question_words["truth_words"]) | {"not"}
    if tokens and (" ".join(tokens) in tags or (
            tokens[0] in vocab.yes_no and 2 <= len(tokens) <= 4
            and all(t in asking for t in tokens[1:]))):
        return head.strip()
    head, alternative, tag = text.rpartition(" or ")
    if alternative and head.strip() and " ".join(["or", *tokenise(tag)]) in tags:
        return head.strip()
    return text


def _without_frame(words: list[str], vocab: Vocabulary) -> list[str]:
    """'(is) it true that X', '(is) it not the case that X', '(does) the article say
    whether X', '(do) you know if X': X. The frame is a few words about truth, the article
    or knowing, closed by a complementiser."""
    about = vocab.question_words["truth_words"] | vocab.frame_words | vocab.question_words[
        "indirect_words"]  # 'do you *know* whether X', 'can you *tell* me if X'
    framing = about | vocab.determiners | vocab.be_forms | {"it", "not"}
    complementisers = vocab.question_words["complementisers"]
    for end, word in enumerate(words[:6]):
        if fold(word) not in complementisers:
            continue
        tokens = [t for w in words[:end] for t in tokenise(w)]
        if tokens and all(t in framing for t in tokens) and any(
                t in about for t in tokens) and words[end + 1:]:
            return words[end + 1:]
        break
    return words


def _relative_clause(reading: Analysis, gap: Gap, vocab: Vocabulary) -> bool:
    """The wh-word inside the question ('the states *which* are leaving') relates a
    clause, as no verb of knowing or saying ('do you know *which*') asks it."""
    start = min(gap.span, default=0)
    return start > 0 and reading.tokens[start - 1] not in vocab.question_words["indirect_words"]


def _yes_no(text: str, claim: str, knowledge: Knowledge) -> Answer:
    """``claim`` is the question as the facts would say it ('did the first phase' for
    'did phase one'), without what only asks (see :func:`_claim_asked`)."""
    chosen = _alternative(text, claim, knowledge)
    if chosen is not None:
        return chosen
    result = verify_claim(claim.rstrip("?").strip(), knowledge, question=True)
    hits = tuple(FactHit(e.fact_id, e.statement, e.section, result.confidence)
                 for e in result.evidence)
    if result.verdict == SUPPORTED:
        return Answer(text, f"Yes. {result.evidence[0].statement}", "yes/no", hits,
                      result.explanation, result.proof)
    if result.verdict == REFUTED:
        return Answer(text, f"No: {result.explanation}.", "yes/no", hits, result.explanation,
                      result.proof)
    return Answer(text, None, "yes/no", hits, "the article does not say", result.proof)


def _alternative(text: str, claim: str, knowledge: Knowledge) -> Answer | None:
    """'Is the Suwałki Gap a land route or a sea lane?': the alternative the article
    supports, when it supports one of the two ('a sea lane' replaces as many words at the
    end of the first as it has, both starting alike or being one word each)."""
    first, separator, second = claim.rstrip("?").strip().rpartition(" or ")
    words, others = first.split(), second.split()
    if not separator or len(words) < 2 or not others:
        return None
    if len(others) < len(words) - 1 and (
            len(others) == 1 or others[0].lower() == words[-len(others)].lower()):
        claims = [first, " ".join(words[:-len(others)] + others)]
        alternatives = [" ".join(words[-len(others):]), second]
        inside = False
    elif len(others) > 1 and all(_content_word(w, knowledge.vocab) for w in (words[-1],
                                                                            others[0])):
        # "did purchases *rise or fall* in August": one word for another inside the claim,
        # the rest of it said after both (not 'the plan or *the* budget')
        rest = others[1:]
        claims = [" ".join([*words, *rest]), " ".join([*words[:-1], *others])]
        alternatives = [words[-1], others[0]]
        inside = True
    else:
        return None
    outcomes = [verify_claim(each, knowledge, question=True) for each in claims]
    held = [i for i, outcome in enumerate(outcomes) if outcome.verdict == SUPPORTED]
    if len(held) != 1:
        # the claim with both alternatives is no claim the article could decide
        return Answer(text, None, "yes/no", (), "the article does not say which of the two") \
            if inside else None
    result = outcomes[held[0]]
    said = alternatives[held[0]]
    hits = tuple(FactHit(e.fact_id, e.statement, e.section, result.confidence)
                 for e in result.evidence)
    return Answer(text, f"{said[:1].upper()}{said[1:]}. {result.evidence[0].statement}",
                  "yes/no", hits, result.explanation, result.proof)


def _content_word(word: str, vocab: Vocabulary) -> bool:
    """A lowercase word that says something of its own: no name, figure, article,
    preposition or auxiliary."""
    return word.isalpha() and word.islower() and not (
        word in vocab.determiners or word in vocab.prepositions or word in vocab.auxiliaries)
