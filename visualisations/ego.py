"""An organisation's ego network: its actions (and its teams' actions), the outcomes they
feed, its co-partners on those actions, and the boards, groups and parent bodies it belongs
to."""

from __future__ import annotations

from graphmodel import ACTOR_KINDS, Edge, EdgeKind, GraphStore, Node, NodeKind, slug
from queries import resolve_actor
from visualisations import links
from visualisations.appearance import NodeStatus
from visualisations.diagram import (
    MAX_NODES,
    Diagram,
    DiagramEdge,
    DiagramNode,
    capped,
    node_details,
    plural,
    short_label,
    source_lines,
)
from visualisations.partner_network import INVOLVEMENT

#: Label lengths on the canvas: names stay readable, long texts give way to their tooltip.
NAME = 48
LONG_TEXT = 28
#: Ties of an actor to the structures around it, read in both directions.
BELONGING = (EdgeKind.MEMBER_OF, EdgeKind.PART_OF, EdgeKind.HOSTED_BY, EdgeKind.FEEDS_INTO)


def diagram_node(node: Node, status: str | None = None, size: float = 1.0) -> DiagramNode:
    """A graph node as drawn: short label, full text in the tooltip, link for actors."""
    if node.kind == NodeKind.ACTION:
        ref = node.get("ref")
        label = f"Action {ref}" if ref else short_label(node.name, LONG_TEXT)
    elif node.kind in ACTOR_KINDS or node.kind in (NodeKind.PLAN, NodeKind.REGION):
        label = short_label(node.name, NAME)
    else:
        label = short_label(node.name, LONG_TEXT)
    return DiagramNode(
        id=node.id,
        label=label,
        name=node.name if node.name != label else "",
        kind=node.kind.value,
        size=size,
        status=status,
        details=node_details(node),
        sources=source_lines(node.provenance),
        url=links.organisation_page(node.id) if node.kind in ACTOR_KINDS else None,
    )


def diagram_edge(edge: Edge) -> DiagramEdge:
    role = edge.get("role")
    return DiagramEdge(
        source=edge.source,
        target=edge.target,
        kind=edge.kind.value,
        details=(f"Role: {role}",) if role else (),
        sources=source_lines(edge.provenance),
    )


def ego_network(
    store: GraphStore, organisation: str, *, include_people: bool = True, limit: int = MAX_NODES
) -> Diagram:
    """Everything one actor (by id, name or acronym) is involved in, one step out, with its
    co-partners two steps out."""
    centre = resolve_actor(store, organisation)
    nodes: dict[str, Node] = {centre.id: centre}
    edges: dict[str, Edge] = {}

    def admit(edge: Edge, far: Node) -> None:
        if far.kind == NodeKind.PERSON and not include_people:
            return
        nodes.setdefault(far.id, far)
        edges.setdefault(edge.id, edge)

    for edge, far in store.neighbours([centre.id], INVOLVEMENT, "out"):
        admit(edge, far)
    teams = []
    for edge, far in store.neighbours([centre.id], BELONGING, "both"):
        admit(edge, far)
        if edge.kind == EdgeKind.PART_OF and edge.target == centre.id:
            teams.append(far.id)
    for edge, far in store.neighbours(teams, INVOLVEMENT, "out"):
        admit(edge, far)
    actions = [n for n in nodes if nodes[n].kind == NodeKind.ACTION]
    for edge, far in store.neighbours(actions, INVOLVEMENT, "in"):
        admit(edge, far)
    for edge, far in store.neighbours(actions, [EdgeKind.FEEDS_INTO], "out"):
        admit(edge, far)
    drawn = [
        diagram_node(
            n, NodeStatus.FOCUS if n.id == centre.id else None, 2.0 if n.id == centre.id else 1.0
        )
        for n in sorted(nodes.values(), key=lambda n: (n.id != centre.id, n.kind, n.id))
    ]
    lines = [diagram_edge(e) for e in sorted(edges.values(), key=lambda e: e.id)]
    kept_nodes, kept_edges, notes = capped(drawn, lines, keep=[centre.id], limit=limit)
    partners = sum(1 for n in nodes.values() if n.kind in ACTOR_KINDS) - 1
    return Diagram(
        kind="ego",
        title=f"{centre.name}: actions, outcomes and partners",
        description=(
            f"{plural(len(actions), 'action')} and "
            f"{plural(partners, 'partner or body', 'partners and bodies')} around {centre.name}."
        ),
        nodes=kept_nodes,
        edges=kept_edges,
        notes=notes,
        total_nodes=len(drawn),
        url=links.ego_diagram(centre.id),
        filename="ego-" + (slug(centre.name)[:60].strip("-") or "organisation"),
    )
