"""Duplicated effort across regions: pairs and clusters of actions in different plans and
regions that address the same need, with the terms that explain each score, the leads on each
side and the organisations active on both. Computed from a cached similarity index, or read
back from the SIMILAR_TO edges a previous run wrote (owner `derived:overlaps`)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Any

import numpy as np

from graphmodel import (
    DERIVED_PREFIX,
    Edge,
    EdgeKind,
    GraphStore,
    Node,
    NodeKind,
    Provenance,
    WriteSummary,
    contribution,
    normalise_name,
)
from queries.actions import ActionFacts, action_facts, text_of
from queries.cache import by_revision, carry_over
from queries.errors import InvalidQuery
from queries.models import (
    ActorRef,
    OverlapCluster,
    OverlapPair,
    Overlaps,
    SimilarAction,
    SimilarActions,
)
from queries.resolve import actor_ref
from queries.similarity import SimilarityIndex

#: Pairs scoring below this are different needs that happen to share a word or two.
DEFAULT_MIN_SCORE = 0.25
#: A new action text is shown matches from this score up.
DEFAULT_SIMILAR_MIN_SCORE = 0.15
OVERLAPS_OWNER = f"{DERIVED_PREFIX}overlaps"
#: Indexes a write of SIMILAR_TO edges leaves valid (it adds no actions, names, actors or links).
_INDEXES = ("similarity", "names", "participation", "feeds")


def similarity_index(store: GraphStore) -> SimilarityIndex:
    """The TF-IDF index of every action, rebuilt only when the graph changes."""

    def build() -> SimilarityIndex:
        regions = {p.id: text_of(p.get("region")) or "" for p in store.nodes(NodeKind.PLAN)}
        return SimilarityIndex.build(store.nodes(NodeKind.ACTION), regions)

    return by_revision(store, "similarity", build)


def check_score(min_score: float, field: str = "min_score") -> float:
    if not 0.0 < min_score <= 1.0:
        raise InvalidQuery(
            f"{field} must be above 0 and at most 1, not {min_score}", {"field": field}
        )
    return float(min_score)


def _check_page(limit: int | None, offset: int) -> None:
    if limit is not None and limit < 0:
        raise InvalidQuery(f"limit must not be negative, not {limit}", {"field": "limit"})
    if offset < 0:
        raise InvalidQuery(f"offset must not be negative, not {offset}", {"field": "offset"})


@lru_cache(maxsize=4096)
def region_key(value: str | None) -> str:
    """A region name folded for comparison; cached, as a corpus names few regions and a
    filter compares every action it reads."""
    return normalise_name(value or "").removeprefix("region ").strip()


@lru_cache(maxsize=4096)
def _theme_key(value: str | None) -> str:
    return normalise_name(value or "")


def matches(
    region: str | None, theme: str | None, action_region: str | None, action_theme: str | None
) -> bool:
    """Whether an action falls under the region and theme filters (both optional)."""
    if region and region_key(region) != region_key(action_region):
        return False
    return not theme or _theme_key(theme) in _theme_key(action_theme)


def overlaps(
    store: GraphStore,
    region: str | None = None,
    theme: str | None = None,
    min_score: float = DEFAULT_MIN_SCORE,
    limit: int | None = None,
    offset: int = 0,
) -> Overlaps:
    """Every pair of similar actions across plans and regions scoring at least `min_score`,
    touching `region` / `theme` when given, best first; `limit`/`offset` page the pairs and
    `total` counts them all. Clusters are the connected groups the page's pairs belong to."""
    min_score = check_score(min_score)
    _check_page(limit, offset)
    index = similarity_index(store)
    found = index.pairs(min_score)
    a_rows, b_rows, scores = found.rows_a, found.rows_b, found.scores
    if region or theme:
        keep = np.array(
            [matches(region, theme, index.regions[r], index.themes[r]) for r in range(len(index))],
            dtype=bool,
        )
        chosen = keep[a_rows] | keep[b_rows] if len(found) else np.zeros(0, dtype=bool)
        a_rows, b_rows, scores = a_rows[chosen], b_rows[chosen], scores[chosen]
    triples = [
        (index.nodes[a].id, index.nodes[b].id, float(s), a, b)
        for a, b, s in zip(a_rows.tolist(), b_rows.tolist(), scores.tolist(), strict=True)
    ]
    nodes = {index.nodes[r].id: index.nodes[r] for r in set(a_rows.tolist()) | set(b_rows.tolist())}
    terms = _TermCache(
        lambda keys: index.shared_terms_of_pairs([a for a, _ in keys], [b for _, b in keys])
    )
    return _answer(store, triples, nodes, terms, min_score, limit, offset, "computed")


def stored_overlaps(
    store: GraphStore,
    region: str | None = None,
    theme: str | None = None,
    min_score: float = DEFAULT_MIN_SCORE,
    limit: int | None = None,
    offset: int = 0,
) -> Overlaps:
    """The pairs the last `write_overlaps` stored, filtered and paged like `overlaps`.

    With a region or theme, only the SIMILAR_TO edges of the actions under it are read (the
    region's plans and their parts, or the matching themes and the actions about them), so
    the cost follows the area, not every stored pair. An action's region is its own, else
    its plan's, and an action is found under a region through its plan."""
    min_score = check_score(min_score)
    _check_page(limit, offset)
    if region or theme:
        chosen = _actions_under(store, region, theme)
        edges = store.edges_of(sorted(chosen), [EdgeKind.SIMILAR_TO], "both") if chosen else []
    else:
        chosen = None
        edges = list(store.edges(EdgeKind.SIMILAR_TO))
    strong: dict[tuple[str, str], Edge] = {}
    for edge in edges:
        if edge.source != edge.target and float(edge.get("score", 0.0)) >= min_score:
            strong.setdefault(tuple(sorted((edge.source, edge.target))), edge)  # type: ignore[arg-type]
    ends = sorted({end for pair in strong for end in pair})
    nodes = {n.id: n for n in store.nodes(ids=ends)} if ends else {}
    shared: dict[tuple[str, str], list[str]] = {}
    triples = []
    for (a, b), edge in strong.items():
        if a not in nodes or b not in nodes:
            continue
        if chosen is not None and not (
            _still_under(nodes[a], chosen, region, theme)
            or _still_under(nodes[b], chosen, region, theme)
        ):
            continue
        shared[a, b] = [str(t) for t in edge.get("shared_terms") or []]
        triples.append((a, b, float(edge.get("score")), a, b))
    terms = _TermCache(lambda keys: [shared[key] for key in keys])
    return _answer(store, triples, nodes, terms, min_score, limit, offset, "stored")


def _actions_under(store: GraphStore, region: str | None, theme: str | None) -> set[str]:
    """Ids of what is part of a region's plans (Region <-COVERS- Plan <-PART_OF- Action), or
    without a region the actions about a matching theme (Theme <-ABOUT- Action), read through
    the edges alone; the actions' own properties settle the rest."""
    chosen: set[str] | None = None
    if region:
        key = region_key(region)
        names = {region, key, f"region {key}"}
        places = {
            n.id
            for name in names
            for n in store.find_by_name(name, [NodeKind.REGION])
            if region_key(n.name) == key
        }
        plans = [e.source for e in store.edges_of(sorted(places), [EdgeKind.COVERS], "in")]
        parts = store.edges_of(sorted(set(plans)), [EdgeKind.PART_OF], "in") if plans else []
        chosen = {e.source for e in parts}
    if theme and chosen is None:
        wanted = normalise_name(theme)
        about = [n.id for n in store.nodes(NodeKind.THEME) if wanted in normalise_name(n.name)]
        chosen = (
            {e.source for e in store.edges_of(about, [EdgeKind.ABOUT], "in")} if about else set()
        )
    return chosen or set()


def _still_under(node: Node, chosen: set[str], region: str | None, theme: str | None) -> bool:
    """Whether an action reached through the filters' plans or themes falls under them by its
    own properties too (an action naming another region of its own is under that one)."""
    if node.id not in chosen or node.kind != NodeKind.ACTION:
        return False
    own = text_of(node.get("region"))
    return matches(region, theme, own or region, text_of(node.get("theme")))


class _TermCache:
    """Shared terms per pair, worked out once however often clusters and pages ask, and in
    one batch for the pairs an answer is about to need."""

    def __init__(self, compute: Callable[[list[tuple[Any, Any]]], list[list[str]]]) -> None:
        self._compute = compute
        self._known: dict[tuple[Any, Any], list[str]] = {}

    def prefetch(self, keys: Iterable[tuple[Any, Any]]) -> None:
        missing = list(dict.fromkeys(k for k in keys if k not in self._known))
        if missing:
            self._known.update(zip(missing, self._compute(missing), strict=True))

    def __call__(self, a: object, b: object) -> list[str]:
        if (a, b) not in self._known:
            self.prefetch([(a, b)])
        return self._known[a, b]


def _answer(
    store: GraphStore,
    triples: list[tuple[str, str, float, object, object]],
    nodes: dict[str, Node],
    terms: _TermCache,
    min_score: float,
    limit: int | None,
    offset: int,
    source: str,
) -> Overlaps:
    # Pairs are shown and stored at four decimals; ordering by that keeps stored and
    # computed answers in the same order.
    triples.sort(key=lambda t: (-round(t[2], 4), t[0], t[1]))
    page = triples[offset : None if limit is None else offset + limit]
    groups = _components((a, b) for a, b, *_ in triples)
    wanted = {groups[a] for a, *_ in page}
    members: dict[int, list[str]] = {}
    for node_id, label in groups.items():
        if label in wanted:
            members.setdefault(label, []).append(node_id)
    described = {a for a, *_ in page} | {b for _, b, *_ in page}
    for ids in members.values():
        described.update(ids)
    facts = action_facts(store, (nodes[i] for i in sorted(described)))
    summaries = {i: f.summary() for i, f in facts.items()}
    shared_actors = _SharedActors(facts)
    topics: dict[int, Counter[str]] = {label: Counter() for label in wanted}
    terms.prefetch(
        [(ra, rb) for a, _, _, ra, rb in triples if groups[a] in topics]
        + [(ra, rb) for *_, ra, rb in page]
    )
    for a, _, score, ra, rb in triples:
        label = groups[a]
        if label in topics:
            for rank, term in enumerate(terms(ra, rb)[:6]):
                topics[label][term] += score / (1 + rank)
    # Every part is already a checked model or plain value, and an answer can hold millions of
    # pairs, so they are assembled without validating each again.
    pairs = [
        OverlapPair.model_construct(
            a=summaries[a],
            b=summaries[b],
            score=round(score, 4),
            shared_terms=terms(ra, rb),
            shared_organisations=shared_actors(a, b),
        )
        for a, b, score, ra, rb in page
    ]
    clusters = []
    for label in sorted(wanted, key=lambda lab: (-len(members[lab]), min(members[lab]))):
        ordered = sorted(members[label], key=lambda i: facts[i].sort_key())
        topic = sorted(topics[label].items(), key=lambda item: (-item[1], item[0]))[:3]
        clusters.append(
            OverlapCluster(
                actions=[summaries[i] for i in ordered],
                topic=", ".join(t for t, _ in topic),
                plans=sorted({summaries[i].plan or "" for i in ordered} - {""}),
            )
        )
    return Overlaps(
        pairs=pairs,
        clusters=clusters,
        total=len(triples),
        limit=limit,
        offset=offset,
        min_score=min_score,
        source=source,  # type: ignore[arg-type]
    )


def _components(edges: Iterable[tuple[str, str]]) -> dict[str, int]:
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        while parent.setdefault(x, x) != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    roots = sorted({find(x) for x in parent})
    label = {root: i for i, root in enumerate(roots)}
    return {x: label[find(x)] for x in parent}


class _SharedActors:
    """Organisations leading or partnering on both sides of a pair, best read per action once:
    an answer can hold millions of pairs over a few thousand actions."""

    def __init__(self, facts: dict[str, ActionFacts]) -> None:
        self._sides = {i: {n.id: n for _, n in f.leads + f.partners} for i, f in facts.items()}
        self._refs: dict[str, ActorRef] = {}

    def __call__(self, a: str, b: str) -> list[ActorRef]:
        side_a, side_b = self._sides[a], self._sides[b]
        both = side_a.keys() & side_b.keys()
        if not both:
            return []
        found = []
        for i in sorted(both):
            if i not in self._refs:
                self._refs[i] = actor_ref(side_a[i])
            found.append(self._refs[i])
        return sorted(found, key=lambda r: (r.name.lower(), r.id))


def write_overlaps(store: GraphStore, pairs: Sequence[OverlapPair] | Overlaps) -> WriteSummary:
    """Store `pairs` as SIMILAR_TO edges owned by `derived:overlaps`, replacing the last run
    (an empty list removes them all)."""
    chosen = pairs.pairs if isinstance(pairs, Overlaps) else pairs
    edges = {}
    for pair in chosen:
        a, b = sorted((pair.a.id, pair.b.id))
        edges[a, b] = Edge(
            source=a,
            target=b,
            kind=EdgeKind.SIMILAR_TO,
            properties={"score": pair.score, "shared_terms": list(pair.shared_terms)},
            provenance=(
                Provenance(
                    plan=OVERLAPS_OWNER, document="overlaps", confidence=min(1.0, pair.score)
                ),
            ),
        )
    references = {end for key in edges for end in key}
    before = store.revision()
    summary = store.write(contribution(OVERLAPS_OWNER, [], edges.values(), references))
    after = store.revision()
    if after == before + 1:
        carry_over(store, _INDEXES, before, after)
    return summary


def similar_to_text(
    store: GraphStore,
    text: str,
    limit: int = 10,
    min_score: float = DEFAULT_SIMILAR_MIN_SCORE,
) -> SimilarActions:
    """The stored actions most like a new action's text, to check before adding it."""
    if not text or not text.strip():
        raise InvalidQuery("text to compare is empty", {"field": "text"})
    min_score = check_score(min_score)
    if limit < 1:
        raise InvalidQuery(f"limit must be at least 1, not {limit}", {"field": "limit"})
    index = similarity_index(store)
    vector = index.vector(text)
    best = index.best(index.scores_for(vector), min_score, limit)
    facts = action_facts(store, (index.nodes[r] for r, _ in best))
    return SimilarActions(
        text=text,
        matches=[
            SimilarAction(
                action=facts[index.nodes[r].id].summary(),
                score=round(score, 4),
                shared_terms=index.shared_terms(r, vector),
            )
            for r, score in best
        ],
    )
