"""The partner network of a region or plan: who works with whom.

Organisations (and boards, task groups, and people when included) are joined when they
lead or partner in the same action; an edge's weight is the number of actions they share.
"""

from __future__ import annotations

from collections import defaultdict
from itertools import combinations

from graphmodel import EdgeKind, GraphStore, NodeKind, slug
from visualisations import links
from visualisations.appearance import SHARES_ACTIONS
from visualisations.diagram import (
    MAX_NODES,
    Diagram,
    DiagramEdge,
    DiagramNode,
    capped,
    node_details,
    plural,
    source_lines,
)
from visualisations.scope import actions_in, resolve_scope

#: How many action refs an edge tooltip lists.
MAX_REFS = 8
INVOLVEMENT = (EdgeKind.LEADS, EdgeKind.PARTNER_IN)


def partner_network(
    store: GraphStore,
    *,
    region: str | None = None,
    plan: str | None = None,
    include_people: bool = True,
    limit: int = MAX_NODES,
) -> Diagram:
    """Actors linked by the actions they share, within one plan, one region, or all plans."""
    scope = resolve_scope(store, region=region, plan=plan)
    actions = {a.id: a for a in actions_in(store, scope)}
    involved: dict[str, dict[str, str]] = defaultdict(dict)
    actors = {}
    for edge, actor in store.neighbours(list(actions), INVOLVEMENT, "in"):
        if actor.kind == NodeKind.PERSON and not include_people:
            continue
        actors[actor.id] = actor
        role = "lead" if edge.kind == EdgeKind.LEADS else "partner"
        if involved[edge.target].get(actor.id) != "lead":
            involved[edge.target][actor.id] = role
    led: dict[str, int] = defaultdict(int)
    partnered: dict[str, int] = defaultdict(int)
    shared: dict[tuple[str, str], list[str]] = defaultdict(list)
    for action_id, roles in involved.items():
        for actor_id, role in roles.items():
            (led if role == "lead" else partnered)[actor_id] += 1
        action = actions[action_id]
        name = str(action.get("ref") or action.name)
        for pair in combinations(sorted(roles), 2):
            shared[pair].append(name)
    nodes = [
        DiagramNode(
            id=actor.id,
            label=actor.name,
            kind=actor.kind.value,
            size=float(led[actor.id] + partnered[actor.id]),
            details=(
                f"Leads {plural(led[actor.id], 'action')} and partners in "
                f"{plural(partnered[actor.id], 'action')} here",
                *node_details(actor),
            ),
            sources=source_lines(actor.provenance),
            url=links.organisation_page(actor.id),
        )
        for actor in sorted(actors.values(), key=lambda n: n.id)
    ]
    edges = [
        DiagramEdge(
            source=a,
            target=b,
            kind=SHARES_ACTIONS,
            weight=float(len(refs)),
            details=(
                plural(len(refs), "shared action"),
                "Refs: "
                + ", ".join(refs[:MAX_REFS])
                + (f" and {len(refs) - MAX_REFS} more" if len(refs) > MAX_REFS else ""),
            ),
        )
        for (a, b), refs in sorted(shared.items())
    ]
    kept_nodes, kept_edges, notes = capped(nodes, edges, limit=limit)
    where = scope.label
    return Diagram(
        kind="network",
        title=f"Partner network: {where}",
        description=(
            f"{plural(len(actors), 'partner')} across {plural(len(involved), 'action')} "
            f"in {where}. Lines join partners that share actions; thicker lines share more."
        ),
        nodes=kept_nodes,
        edges=kept_edges,
        notes=notes,
        total_nodes=len(nodes),
        url=links.network_diagram(region=region, plan=plan),
        filename="network-" + (slug(where)[:60].strip("-") or "all"),
    )
