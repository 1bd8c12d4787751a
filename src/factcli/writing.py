"""The schema of ``data/writing.json``: how people write informally and what pronouns
and definite descriptions can refer to. Kept apart from ``lexicon.py`` because the
compiled store carries these two and every command loads them; the rest of the lexicon
schema is needed only when a store is compiled."""

from __future__ import annotations

from dataclasses import dataclass

_FORBID = {"extra": "forbid"}


@dataclass(frozen=True)
class References:
    """What pronouns and definite descriptions can refer to, by entity kind."""

    __pydantic_config__ = _FORBID
    person_kinds: tuple[str, ...]
    group_kinds: tuple[str, ...]  # kinds 'they' can stand for: a country, a company
    singular: tuple[str, ...]
    plural: tuple[str, ...]
    personal: tuple[str, ...]
    possessive: tuple[str, ...]
    objects: tuple[str, ...]
    expletive_after_it: tuple[str, ...]  # "it seems", "it is clear": no entity meant
    descriptions: dict[str, tuple[str, ...]]  # "the treaty" -> entity kinds it can name


@dataclass(frozen=True)
class Writing:
    """How people write informally: words that carry no claim, and the shapes of
    sign-offs, attributions and references (``check`` reads texts with it)."""

    __pydantic_config__ = _FORBID
    conjunctions: tuple[str, ...]  # dropped at the start of a sentence
    frames: tuple[str, ...]  # "it is clear that": dropped at the start; * is one word
    openers: tuple[str, ...]  # dropped at the start when punctuation follows ("Well,")
    fillers: tuple[str, ...]  # dropped anywhere
    closers: tuple[str, ...]  # dropped at the end ("... though.")
    approximators: tuple[str, ...]  # "like 65 km": about 65 km
    contractions: dict[str, str]
    spellings: dict[str, str]  # "gonna": "going to"
    is_after: tuple[str, ...]  # words whose 's is "is": "it's", "that's"
    judgements: tuple[str, ...]  # "would have been better spent": an opinion
    sign_offs: tuple[str, ...]
    open_questions: tuple[str, ...]
    reporting_verbs: tuple[str, ...]
    # Verbs that also take a plain object ('adds new checkpoints', 'announced the
    # opening'): they report a statement only when 'that' follows.
    reporting_verbs_with_that: tuple[str, ...]
    passive_reports: tuple[str, ...]  # "is said to have", "is described as having"
    corrections: tuple[str, ...]  # openers that take back the sentence before
    chat_openers: tuple[str, ...]  # written in lower case, yet they open a sentence
    has_before: tuple[str, ...]  # participles after which 's is "has": "it's come"
    # A sentence about the writer or the reader, not the article: "I", "we" or "you" as
    # its first or second word ("Today we are ..."), or opening with a feeling and no
    # subject ("Can't wait ...").
    writer_pronouns: tuple[str, ...]
    personal_openings: tuple[str, ...]
    own_text: tuple[str, ...]  # "this week's quiz", "this post": the text itself
    # A sentence that names nothing in the store is a remark, not a claim, when it opens
    # with a bare 'this' or 'it is a' ('This is a big deal', 'It is about time') or
    # says what ought to be ('Other countries should follow').
    remark_openings: tuple[str, ...]
    remark_modals: tuple[str, ...]
    judgement_complements: tuple[str, ...]  # after "is" or "looks": "a dump", "like"
    references: References
