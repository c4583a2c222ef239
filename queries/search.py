"""Search across organisations, bodies, people, plans and actions: fuzzy names (names,
aliases, acronyms) for the named kinds, TF-IDF text similarity and plan numbers for actions."""

from __future__ import annotations

from collections.abc import Iterable
from enum import StrEnum

from rapidfuzz import fuzz

from graphmodel import GraphStore, NodeKind, normalise_name
from queries.actions import text_of
from queries.errors import InvalidQuery
from queries.models import (
    OrganisationList,
    OrganisationSummary,
    SearchHit,
    SearchResults,
)
from queries.overlaps import similarity_index
from queries.resolve import NAMED_KINDS, name_index

SEARCH_KINDS: tuple[NodeKind, ...] = (*NAMED_KINDS, NodeKind.ACTION)


class SearchKind(StrEnum):
    """The kinds search covers, by their graph names (for API and CLI parameters)."""

    ORGANISATION = NodeKind.ORGANISATION.value
    BOARD = NodeKind.BOARD.value
    TASK_GROUP = NodeKind.TASK_GROUP.value
    PERSON = NodeKind.PERSON.value
    PLAN = NodeKind.PLAN.value
    ACTION = NodeKind.ACTION.value


#: Names scoring below this (rapidfuzz token set ratio, 0-100) are not hits: every word
#: typed found in the name scores 100, a typo a little less, a shared "council" far less.
NAME_CUTOFF = 70.0
NAME_SCORER = fuzz.token_set_ratio
CLOSENESS = 0.1
#: Actions scoring below this (cosine) are not hits.
TEXT_CUTOFF = 0.05
MAX_LIMIT = 500
_ORDER = {kind: i for i, kind in enumerate(SEARCH_KINDS)}


def parse_kinds(kinds: Iterable[str | NodeKind] | None) -> tuple[NodeKind, ...]:
    """Kinds by their graph name ("Organisation", "TaskGroup") in any case."""
    if not kinds:
        return SEARCH_KINDS
    known = {normalise_name(k.value).replace(" ", ""): k for k in SEARCH_KINDS}
    chosen = []
    for kind in kinds:
        key = normalise_name(str(kind)).replace(" ", "").replace("_", "")
        if key not in known:
            allowed = ", ".join(k.value for k in SEARCH_KINDS)
            raise InvalidQuery(f"unknown kind {kind!r}: use one of {allowed}", {"field": "kind"})
        chosen.append(known[key])
    return tuple(dict.fromkeys(chosen))


def _check(q: str, limit: int) -> str:
    query = (q or "").strip()
    if not query:
        raise InvalidQuery("search text is empty", {"field": "q"})
    if not 1 <= limit <= MAX_LIMIT:
        raise InvalidQuery(f"limit must be 1 to {MAX_LIMIT}, not {limit}", {"field": "limit"})
    return query


def search(
    store: GraphStore,
    q: str,
    kinds: Iterable[str | NodeKind] | None = None,
    limit: int = 20,
    include_people: bool = True,
) -> SearchResults:
    """The best matches for `q`, best first, each with its kind and a 0-1 score."""
    query = _check(q, limit)
    wanted = parse_kinds(kinds)
    if not include_people:
        wanted = tuple(k for k in wanted if k != NodeKind.PERSON)
    hits: list[SearchHit] = []
    named = [k for k in wanted if k in NAMED_KINDS]
    if named:
        index = name_index(store)
        for entry, score in index.scored(query, named, NAME_SCORER, NAME_CUTOFF, CLOSENESS):
            hits.append(
                SearchHit(
                    id=entry.id,
                    kind=entry.kind.value,
                    name=entry.name,
                    score=round(score / 100, 4),
                    plan=entry.plans[0] if len(entry.plans) == 1 else None,
                    detail=entry.detail,
                )
            )
    if NodeKind.ACTION in wanted:
        actions = similarity_index(store)
        scores = actions.scores_for(actions.vector(query))
        key = query.lower()
        for row, node in enumerate(actions.nodes):
            if (text_of(node.get("ref")) or "").lower() == key:
                scores[row] = 1.0
        for row, score in actions.best(scores, TEXT_CUTOFF, len(actions)):
            node = actions.nodes[row]
            hits.append(
                SearchHit(
                    id=node.id,
                    kind=NodeKind.ACTION.value,
                    name=text_of(node.get("text")) or node.name,
                    score=round(score, 4),
                    plan=actions.plans[row] or None,
                    detail=text_of(node.get("ref")),
                )
            )
    hits.sort(key=lambda h: (-h.score, _ORDER[NodeKind(h.kind)], h.name.lower(), h.id))
    return SearchResults(query=query, hits=hits[:limit], total=len(hits))


def list_organisations(
    store: GraphStore, q: str | None = None, limit: int = 100, offset: int = 0
) -> OrganisationList:
    """Organisations by name, or the ones matching `q` best first, a page at a time."""
    if not 1 <= limit <= MAX_LIMIT:
        raise InvalidQuery(f"limit must be 1 to {MAX_LIMIT}, not {limit}", {"field": "limit"})
    if offset < 0:
        raise InvalidQuery(f"offset must not be negative, not {offset}", {"field": "offset"})
    index = name_index(store)
    query = (q or "").strip() or None
    if query:
        ranked = [
            (e, round(s / 100, 4))
            for e, s in index.scored(
                query, [NodeKind.ORGANISATION], NAME_SCORER, NAME_CUTOFF, CLOSENESS
            )
        ]
    else:
        everyone = [e for e in index.entries.values() if e.kind == NodeKind.ORGANISATION]
        ranked = [(e, None) for e in sorted(everyone, key=lambda e: (e.name.lower(), e.id))]
    page = ranked[offset : offset + limit]
    return OrganisationList(
        query=query,
        organisations=[
            OrganisationSummary(**e.ref().model_dump(), plans=list(e.plans), score=score)
            for e, score in page
        ],
        total=len(ranked),
        limit=limit,
        offset=offset,
    )
