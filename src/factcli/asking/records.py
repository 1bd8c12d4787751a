"""Questions the store's records answer rather than a fact's words.

The article's source and title, and what the store records a name as part of ('which
state is Greeley in').
"""

from __future__ import annotations

from factcli.asking.answer import RELATED, Answer, _hits
from factcli.asking.gap import Gap
from factcli.asking.kinds import _is_of_kind
from factcli.asking.wording import _is_light_verb
from factcli.index import index_tokens
from factcli.knowledge import Knowledge
from factcli.logic import Relation
from factcli.text import Analysis, and_list
from factcli.verify import ProofStep


def _about_the_article(text: str, reading: Analysis, knowledge: Knowledge) -> Answer | None:
    """'Which website is the article taken from?', 'What is the article's headline?': the
    store's record of its source answers, not a fact."""
    tokens = set(reading.tokens)
    words = knowledge.vocab.question_words
    article, outlet, title = words["article_words"], words["outlet_words"], words["title_words"]
    others = [t for t, pos in reading.terms
              if reading.tokens[pos] not in article | outlet | title]
    if not tokens & article or reading.entities or len(others) > 1:
        return None  # "what did the article say the minister was *titled*": about him
    if tokens & outlet:
        said = [f"{s.publisher} ({s.site})" for s in knowledge.sources]
    elif tokens & title:
        said = [s.title for s in knowledge.sources]
    else:
        return None
    return Answer(text, and_list(list(dict.fromkeys(said))), "source", (),
                  "from the store's record of the article") if said else None


def _belongs_to(text: str, reading: Analysis, gap: Gap, knowledge: Knowledge) -> Answer | None:
    """'Which state is Greeley in?', 'which airport has (is getting) Terminal D?', 'which
    company owns Google?': a question of one name and nothing else but 'has', a light verb
    or a verb of owning, ending on 'in' or on the name, asks what the store records the
    name as part of, when that is of the kind asked for ('Greeley, Colorado' made Greeley a
    part of Colorado); the facts that name it are shown."""
    vocab = knowledge.vocab
    owning = vocab.question_words["ownership_verbs"]
    owned = any(owning.intersection(vocab.lemmas_of(reading.tokens[pos]))
                for _, pos in reading.terms if pos not in gap.span)
    if (gap.answer != "entities" or not gap.kind_word or len(reading.entities) != 1
            or not (reading.tokens[-1] == "in"
                    or reading.entity_ends.get(reading.entities[0][1]) == len(reading.tokens))
            or any(pos not in gap.span and not _is_light_verb(reading.tokens[pos], vocab)
                   and not owning.intersection(vocab.lemmas_of(reading.tokens[pos]))
                   for _, pos in reading.terms)):
        return None
    named = reading.entities[0][0]
    entity = vocab.entities.get(named)
    # the owner's own kind, not its members' ('which city': Colorado is no city); being
    # part of a thing is being owned by it only for a thing of the same kind (a company
    # of a company), not for a place in a city or a partner in a joint venture
    asked = {gap.kind_word, *vocab.lemmas_of(gap.kind_word)}
    # a part of a part is a part of the whole: 'the De Soto plant' (in De Soto, a city of
    # Kansas) is in Kansas; the nearest wholes whose kind is the word asked answer ('which
    # country': the United States, not the state of Kansas nearer), else the nearest of
    # any kind that word stands for
    levels: list[list[str]] = []
    wholes = list(entity.member_of) if entity else []
    seen: set[str] = set()
    while wholes:
        levels.append([o for o in wholes if o in vocab.entities and not (
            owned and entity is not None and vocab.entities[o].kind != entity.kind)])
        seen.update(wholes)
        wholes = [w for o in wholes if o in vocab.entities and not owned
                  for w in vocab.entities[o].member_of if w not in seen]
    said = [[o for o in level if vocab.entities[o].kind.split()[-1] in asked]
            for level in levels]
    kinds = [[o for o in level if _is_of_kind(vocab.entities[o].kind, gap.kinds, vocab)]
             for level in levels]
    owners = [vocab.entities[o] for o in next(
        (level for level in (*said, *kinds) if level), [])]
    hits = knowledge.index.search(index_tokens(frozenset(), {named}), RELATED + 1)
    if len(owners) != 1 or not hits:
        return None
    shown = owners[0].name
    return Answer(text, shown, gap.name, _hits(hits, [hits[0][0]]),
                  f"from the store's record of {entity.name if entity else named}", (
                      ProofStep(hits[0][0].fact.id, "gap", gap.name, shown, Relation.EQUIVALENT,
                                "the store records it as part of this"),))
