"""Which actions a diagram covers: one plan, one region, or every plan in the store."""

from __future__ import annotations

from dataclasses import dataclass

from graphmodel import EdgeKind, GraphStore, Node, NodeKind, normalise_name
from visualisations.errors import DiagramSubjectNotFound


@dataclass(frozen=True)
class Scope:
    """A resolved plan or region (or neither), with a label for titles."""

    label: str
    plan_ids: frozenset[str] | None = None
    region_key: str | None = None

    def holds(self, action: Node) -> bool:
        if self.plan_ids is None and self.region_key is None:
            return True
        plans = {action.get("plan"), *action.plans}
        if self.plan_ids is not None and plans & self.plan_ids:
            return True
        region = action.get("region")
        return (
            self.region_key is not None
            and isinstance(region, str)
            and normalise_name(region) == self.region_key
        )


def _lookup(store: GraphStore, key: str, kind: NodeKind) -> Node | None:
    node = store.node(key)
    if node is not None and node.kind == kind:
        return node
    found = store.find_by_name(key, [kind])
    return found[0] if found else None


def resolve_scope(store: GraphStore, region: str | None = None, plan: str | None = None) -> Scope:
    """Turn a region or plan given by id or name into a `Scope`; unknown ones raise."""
    if plan:
        node = _lookup(store, plan, NodeKind.PLAN)
        if node is None:
            raise DiagramSubjectNotFound(f"no plan {plan!r} in the store")
        return Scope(label=node.name, plan_ids=frozenset({node.id}))
    if region:
        node = _lookup(store, region, NodeKind.REGION)
        name = node.name if node is not None else region
        key = normalise_name(name)
        plan_ids = {
            p.id for p in store.nodes(NodeKind.PLAN) if normalise_name(p.get("region") or "") == key
        }
        if node is not None:
            plan_ids.update(e.source for e in store.edges_of([node.id], [EdgeKind.COVERS], "in"))
        if node is None and not plan_ids:
            raise DiagramSubjectNotFound(f"no region {region!r} in the store")
        return Scope(label=name, plan_ids=frozenset(plan_ids), region_key=key)
    return Scope(label="all plans")


def actions_in(store: GraphStore, scope: Scope) -> list[Node]:
    return [a for a in store.nodes(NodeKind.ACTION) if scope.holds(a)]
