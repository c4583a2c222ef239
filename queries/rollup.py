"""What counts as an organisation's own: itself plus everything PART_OF it (teams, units,
staff), at any depth. The Greater London Authority answers for its Diversity and Social
Policy Team; each commitment found through a team says so (`via`).

One `neighbours` round trip per level of teams gathers the actions, seats and members too.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from graphmodel import Edge, EdgeKind, GraphStore, Node, NodeKind

ROLLUP_KINDS = (EdgeKind.LEADS, EdgeKind.PARTNER_IN, EdgeKind.MEMBER_OF, EdgeKind.PART_OF)
#: Teams of teams of teams... deeper structures than this are not in any plan we have seen.
MAX_TEAM_DEPTH = 8


@dataclass
class Holding:
    """An edge held by someone in scope: `holder` is the root or the team that holds it."""

    edge: Edge
    holder: Node
    other: Node


@dataclass
class Scope:
    roots: list[Node]
    #: PART_OF descendants of the roots, nearest first.
    teams: list[Node] = field(default_factory=list)
    actions: list[Holding] = field(default_factory=list)
    memberships: list[Holding] = field(default_factory=list)
    #: Who sits on a root (MEMBER_OF into it).
    members: list[Holding] = field(default_factory=list)
    #: For a person root: the organisation they are PART_OF.
    body: Node | None = None

    @property
    def ids(self) -> set[str]:
        return {n.id for n in self.roots} | {n.id for n in self.teams}

    def is_root(self, node_id: str) -> bool:
        return any(n.id == node_id for n in self.roots)


def rollup(store: GraphStore, roots: Iterable[Node]) -> Scope:
    scope = Scope(roots=list({n.id: n for n in roots}.values()))
    held: dict[str, Node] = {n.id: n for n in scope.roots}
    root_ids = set(held)
    frontier = list(held)
    depth = 0
    while frontier and depth <= MAX_TEAM_DEPTH:
        depth += 1
        current = set(frontier)
        frontier = []
        for edge, far in store.neighbours(sorted(current), ROLLUP_KINDS, "both"):
            outward = edge.target == far.id and edge.source in current
            near_id = edge.source if outward else edge.target
            if near_id not in current:
                continue
            near = held[near_id]
            if outward and edge.kind in (EdgeKind.LEADS, EdgeKind.PARTNER_IN):
                scope.actions.append(Holding(edge, near, far))
            elif outward and edge.kind == EdgeKind.MEMBER_OF:
                scope.memberships.append(Holding(edge, near, far))
            elif edge.kind == EdgeKind.MEMBER_OF and near_id in root_ids:
                scope.members.append(Holding(edge, near, far))
            elif (
                not outward
                and edge.kind == EdgeKind.PART_OF
                and far.kind in (NodeKind.ORGANISATION, NodeKind.PERSON)
                and far.id not in held
            ):
                held[far.id] = far
                scope.teams.append(far)
                frontier.append(far.id)
            elif (
                outward
                and edge.kind == EdgeKind.PART_OF
                and near.kind == NodeKind.PERSON
                and near_id in root_ids
                and far.kind == NodeKind.ORGANISATION
                and scope.body is None
            ):
                scope.body = far
    if scope.body is None and len(scope.roots) == 1 and scope.roots[0].kind == NodeKind.PERSON:
        named = scope.roots[0].get("organisation")
        if isinstance(named, str) and named.strip():
            found = store.find_by_name(named, [NodeKind.ORGANISATION])
            if len(found) == 1:
                scope.body = found[0]
    order = {n.id: i for i, n in enumerate(scope.teams)}
    scope.actions.sort(key=lambda h: (h.other.id, h.holder.id not in root_ids, h.holder.id))
    scope.memberships.sort(key=lambda h: (h.other.id, order.get(h.holder.id, -1), h.edge.id))
    scope.members.sort(key=lambda h: (h.other.name.lower(), h.other.id, h.edge.id))
    return scope
