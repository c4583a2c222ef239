"""Overlap clusters drawn: similar actions across plans and regions joined by their
similarity, and each action to its plan, so duplicated effort stands out. The pairs and
clusters are `queries.overlaps`'s; this module only draws them."""

from __future__ import annotations

from graphmodel import EdgeKind, GraphStore, slug
from queries import DEFAULT_MIN_SCORE, Overlaps, overlaps
from visualisations import links
from visualisations.diagram import MAX_NODES, Diagram, DiagramEdge, capped, plural
from visualisations.ego import diagram_node

#: Shared terms an edge tooltip lists.
MAX_TERMS = 10
#: Width weight of an action's link to its plan: below any similarity, so it draws thinnest.
PLAN_LINK = 0.05


def overlaps_diagram(
    store: GraphStore,
    found: Overlaps,
    *,
    region: str | None = None,
    theme: str | None = None,
    limit: int = MAX_NODES,
) -> Diagram:
    """Draw the pairs of `found`, with the plans their actions belong to."""
    actions = {a.id: a for c in found.clusters for a in c.actions}
    for pair in found.pairs:
        actions.setdefault(pair.a.id, pair.a)
        actions.setdefault(pair.b.id, pair.b)
    plan_ids = sorted({a.plan for a in actions.values() if a.plan})
    stored = {n.id: n for n in store.nodes(ids=[*actions, *plan_ids])}
    nodes = [diagram_node(stored[i]) for i in [*actions, *plan_ids] if i in stored]
    edges = []
    for pair in found.pairs:
        details = [f"Similarity {pair.score:.2f}"]
        if pair.shared_terms:
            details.append("Shared terms: " + ", ".join(pair.shared_terms[:MAX_TERMS]))
        if pair.shared_organisations:
            names = ", ".join(o.name for o in pair.shared_organisations)
            details.append(f"Active on both: {names}")
        edges.append(
            DiagramEdge(
                source=pair.a.id,
                target=pair.b.id,
                kind=EdgeKind.SIMILAR_TO,
                weight=pair.score,
                details=tuple(details),
            )
        )
    edges.extend(
        DiagramEdge(source=a.id, target=a.plan, kind=EdgeKind.PART_OF, weight=PLAN_LINK)
        for a in actions.values()
        if a.plan in stored and a.id in stored
    )
    kept_nodes, kept_edges, notes = capped(nodes, edges, limit=limit)
    where = " ".join(p for p in (region, theme) if p)
    spanning = sum(1 for c in found.clusters if len({a.region for a in c.actions}) > 1)
    return Diagram(
        kind="overlaps",
        title="Overlapping actions" + (f": {where}" if where else ""),
        description=(
            f"{plural(len(found.clusters), 'cluster')} of similar actions, {spanning:,} "
            "spanning more than one region. Lines join similar actions (thicker is more "
            "similar), and each action to its plan."
        ),
        nodes=kept_nodes,
        edges=kept_edges,
        notes=notes,
        total_nodes=len(nodes),
        url=links.overlaps_diagram(region=region, theme=theme),
        filename="overlaps" + (f"-{slug(where)[:60].strip('-')}" if slug(where) else ""),
    )


def overlaps_map(
    store: GraphStore,
    *,
    region: str | None = None,
    theme: str | None = None,
    min_score: float = DEFAULT_MIN_SCORE,
    limit: int = MAX_NODES,
) -> Diagram:
    """Ask `queries.overlaps` for every pair touching `region` / `theme` and draw them."""
    found = overlaps(store, region=region, theme=theme, min_score=min_score)
    return overlaps_diagram(store, found, region=region, theme=theme, limit=limit)
