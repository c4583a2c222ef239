"""Overlap clusters: groups of similar actions (joined by derived SIMILAR_TO edges) across
plans and regions, so coordinators can see where partnerships duplicate effort."""

from __future__ import annotations

from collections import defaultdict

import networkx as nx
from pydantic import BaseModel, ConfigDict

from graphmodel import Edge, EdgeKind, GraphStore, Node, NodeKind, normalise_name, slug
from visualisations import links
from visualisations.diagram import MAX_NODES, Diagram, DiagramEdge, capped, plural
from visualisations.ego import diagram_edge, diagram_node


class OverlapCluster(BaseModel):
    """Similar actions, the plans and regions they come from, and what they share."""

    model_config = ConfigDict(frozen=True)

    actions: tuple[Node, ...]
    plans: tuple[Node, ...]
    regions: tuple[str, ...]
    shared_terms: tuple[str, ...]
    best_score: float
    edges: tuple[Edge, ...]


def _region_of(action: Node, plans: dict[str, Node]) -> str:
    region = action.get("region")
    if isinstance(region, str) and region:
        return region
    plan = plans.get(str(action.get("plan") or ""))
    return str(plan.get("region") or plan.name) if plan is not None else ""


def overlap_clusters(
    store: GraphStore, *, region: str | None = None, theme: str | None = None
) -> list[OverlapCluster]:
    """Connected groups of SIMILAR_TO actions, largest first; a region or theme keeps the
    clusters with at least one action in that region or under a theme containing the text."""
    similar = list(store.edges(EdgeKind.SIMILAR_TO))
    graph = nx.Graph()
    for edge in similar:
        graph.add_edge(edge.source, edge.target)
    actions = {n.id: n for n in store.nodes(ids=list(graph))}
    plans = {p.id: p for p in store.nodes(NodeKind.PLAN)}
    by_component: dict[int, list[Edge]] = defaultdict(list)
    component_of: dict[str, int] = {}
    components = list(nx.connected_components(graph))
    for index, component in enumerate(components):
        for node_id in component:
            component_of[node_id] = index
    for edge in similar:
        by_component[component_of[edge.source]].append(edge)
    region_key = normalise_name(region) if region else None
    theme_key = normalise_name(theme) if theme else None
    clusters = []
    for index, component in enumerate(components):
        members = [actions[i] for i in sorted(component) if i in actions]
        regions = sorted({r for r in (_region_of(a, plans) for a in members) if r})
        if region_key and region_key not in {normalise_name(r) for r in regions}:
            continue
        themes = {normalise_name(str(a.get("theme") or "")) for a in members}
        if theme_key and not any(theme_key in t for t in themes):
            continue
        edges = sorted(by_component[index], key=lambda e: e.id)
        terms: dict[str, int] = defaultdict(int)
        for edge in edges:
            for term in edge.get("shared_terms") or []:
                terms[str(term)] += 1
        plan_ids = sorted({str(a.get("plan") or "") for a in members} & plans.keys())
        clusters.append(
            OverlapCluster(
                actions=tuple(members),
                plans=tuple(plans[p] for p in plan_ids),
                regions=tuple(regions),
                shared_terms=tuple(sorted(terms, key=lambda t: (-terms[t], t))[:8]),
                best_score=max((float(e.get("score") or 0.0) for e in edges), default=0.0),
                edges=tuple(edges),
            )
        )
    clusters.sort(key=lambda c: (-len(c.regions), -len(c.actions), -c.best_score))
    return clusters


def overlaps_diagram(
    clusters: list[OverlapCluster],
    *,
    region: str | None = None,
    theme: str | None = None,
    limit: int = MAX_NODES,
) -> Diagram:
    """Clusters drawn as similar actions joined to each other and to their plans."""
    nodes = {}
    edges: list[DiagramEdge] = []
    for cluster in clusters:
        for action in cluster.actions:
            nodes[action.id] = diagram_node(action)
        for plan in cluster.plans:
            nodes[plan.id] = diagram_node(plan)
        for edge in cluster.edges:
            drawn = diagram_edge(edge)
            score = edge.get("score")
            terms = edge.get("shared_terms") or []
            details = [f"Similarity {float(score):.2f}"] if score is not None else []
            if terms:
                details.append("Shared terms: " + ", ".join(str(t) for t in terms[:10]))
            edges.append(
                drawn.model_copy(update={"weight": float(score or 1.0), "details": tuple(details)})
            )
        for action in cluster.actions:
            plan_id = action.get("plan")
            if plan_id in nodes:
                edges.append(
                    DiagramEdge(source=action.id, target=str(plan_id), kind=EdgeKind.PART_OF)
                )
    kept_nodes, kept_edges, notes = capped(list(nodes.values()), edges, limit=limit)
    where = " ".join(p for p in (region, theme) if p)
    spanning = sum(1 for c in clusters if len(c.regions) > 1)
    return Diagram(
        kind="overlaps",
        title="Overlapping actions" + (f": {where}" if where else ""),
        description=(
            f"{plural(len(clusters), 'cluster')} of similar actions, {spanning:,} spanning more "
            "than one region. Lines join similar actions, and each action to its plan."
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
    limit: int = MAX_NODES,
) -> Diagram:
    clusters = overlap_clusters(store, region=region, theme=theme)
    return overlaps_diagram(clusters, region=region, theme=theme, limit=limit)
