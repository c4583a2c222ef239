"""An action as coordinators read it: its text and plan, who leads, who partners, what it
feeds, and where in the plan it came from, fetched for many actions in one round trip."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from graphmodel import Edge, EdgeKind, GraphStore, Node, NodeKind
from queries.cache import by_revision
from queries.models import Action, OutcomeRef, Participant, SourceRef
from queries.resolve import actor_ref

#: Edges that describe an action: its actors, what it feeds, its theme and its plan.
DETAIL_KINDS = (
    EdgeKind.LEADS,
    EdgeKind.PARTNER_IN,
    EdgeKind.FEEDS_INTO,
    EdgeKind.ABOUT,
    EdgeKind.PART_OF,
)
#: Only who leads and who partners, when the rest of an action is not needed.
PARTICIPATION = (EdgeKind.LEADS, EdgeKind.PARTNER_IN)
_NUMBER = re.compile(r"(\d+)")


def text_of(value: Any) -> str | None:
    """A property as display text (lists joined), or None when empty."""
    if value is None or value == "" or value == []:
        return None
    if isinstance(value, list):
        return "; ".join(str(v) for v in value)
    return str(value)


def texts_of(value: Any) -> list[str]:
    if value is None or value == "":
        return []
    if isinstance(value, list):
        return [str(v) for v in value if str(v).strip()]
    return [str(value)]


def natural_key(text: str | None) -> tuple[Any, ...]:
    """Order "3.3.10" after "3.3.9", as the plans number them."""
    if not text:
        return ()
    return tuple(int(p) if p.isdigit() else p.lower() for p in _NUMBER.split(text) if p)


def plan_of(node: Node) -> str | None:
    plan = text_of(node.get("plan"))
    if plan:
        return plan
    return node.provenance[0].plan if node.provenance else None


def outcome_ref(node: Node) -> OutcomeRef:
    return OutcomeRef(
        id=node.id,
        kind=node.kind.value,
        name=node.name,
        text=text_of(node.get("text")) or node.name,
        plan=plan_of(node),
    )


def participant(edge: Edge, node: Node) -> Participant:
    confidence = max((p.confidence for p in edge.provenance), default=None)
    return Participant(**actor_ref(node).model_dump(), confidence=confidence)


def by_name(refs: Iterable[Any]) -> list[Any]:
    return sorted(refs, key=lambda r: (r.name.lower(), r.id))


@dataclass
class ActionFacts:
    """What one round trip learns about an action; `summary()` renders it."""

    node: Node
    leads: list[tuple[Edge, Node]] = field(default_factory=list)
    partners: list[tuple[Edge, Node]] = field(default_factory=list)
    feeds: list[Node] = field(default_factory=list)
    themes: list[Node] = field(default_factory=list)
    plan: Node | None = None

    @property
    def id(self) -> str:
        return self.node.id

    @property
    def lead_ids(self) -> set[str]:
        return {n.id for _, n in self.leads}

    @property
    def partner_ids(self) -> set[str]:
        return {n.id for _, n in self.partners}

    def sort_key(self) -> tuple[Any, ...]:
        return action_sort_key(self.node)

    def fields(self) -> dict[str, Any]:
        node = self.node
        plan = text_of(node.get("plan")) or (self.plan.id if self.plan else None) or plan_of(node)
        region = text_of(node.get("region")) or (
            text_of(self.plan.get("region")) if self.plan else None
        )
        theme = text_of(node.get("theme")) or next((t.name for t in self.themes), None)
        objective = text_of(node.get("objective")) or next(
            (n.name for n in self.feeds if n.kind == NodeKind.OBJECTIVE), None
        )
        outcomes = texts_of(node.get("outcomes"))
        outcomes += [
            text_of(n.get("text")) or n.name for n in self.feeds if n.kind == NodeKind.OUTCOME
        ]
        source = next((p for p in node.provenance if p.plan == plan), None) or (
            node.provenance[0] if node.provenance else None
        )
        return {
            "id": node.id,
            "ref": text_of(node.get("ref")),
            "text": text_of(node.get("text")) or node.name,
            "plan": plan,
            "region": region,
            "theme": theme,
            "objective": objective,
            "outcomes": list(dict.fromkeys(outcomes)),
            "due": text_of(node.get("due")),
            "due_text": text_of(node.get("due_text")),
            "status": text_of(node.get("status")),
            "leads": by_name(participant(e, n) for e, n in self.leads),
            "partners": by_name(participant(e, n) for e, n in self.partners),
            "source": SourceRef(plan=source.plan, file=source.document, line=source.line)
            if source
            else None,
        }

    def summary(self) -> Action:
        return Action(**self.fields())


def action_sort_key(node: Node) -> tuple[Any, ...]:
    """Plan, then the plan's own numbering, then the order the plan lists them in."""
    line = min((p.line for p in node.provenance if p.line is not None), default=1 << 30)
    return (plan_of(node) or "", natural_key(text_of(node.get("ref"))), line, node.id)


def action_facts(
    store: GraphStore, actions: Iterable[Node], kinds: tuple[EdgeKind, ...] = DETAIL_KINDS
) -> dict[str, ActionFacts]:
    """Facts for every action in `actions`, in two round trips: the edges, then each node at
    their far ends once (a national body partnering a thousand actions is read once)."""
    facts = {n.id: ActionFacts(n) for n in actions if n.kind == NodeKind.ACTION}
    if not facts:
        return {}
    edges = store.edges_of(list(facts), kinds, "both")
    far_ids = {e.source if e.target in facts else e.target for e in edges}
    far = {n.id: n for n in store.nodes(ids=sorted(far_ids))} if far_ids else {}
    for edge in sorted(edges, key=lambda e: e.id):
        if edge.kind in (EdgeKind.LEADS, EdgeKind.PARTNER_IN):
            if edge.target in facts and edge.source in far:
                holder = facts[edge.target]
                side = holder.leads if edge.kind == EdgeKind.LEADS else holder.partners
                if all(n.id != edge.source for _, n in side):
                    side.append((edge, far[edge.source]))
        elif edge.source in facts and edge.target in far:
            holder = facts[edge.source]
            target = far[edge.target]
            if edge.kind == EdgeKind.FEEDS_INTO:
                holder.feeds.append(target)
            elif edge.kind == EdgeKind.ABOUT:
                holder.themes.append(target)
            elif edge.kind == EdgeKind.PART_OF and target.kind == NodeKind.PLAN:
                holder.plan = target
    for holder in facts.values():
        holder.feeds.sort(key=lambda n: n.id)
        holder.themes.sort(key=lambda n: n.id)
    return facts


#: Per action id: the ids of who leads it and who partners on it, each in edge id order.
Roles = dict[str, tuple[tuple[str, ...], tuple[str, ...]]]


def participation_index(store: GraphStore) -> Roles:
    """Who leads and partners on every action, in the order `action_facts` lists them,
    rebuilt only when the graph changes (withdrawal's replacements read thousands)."""

    def build() -> Roles:
        found: dict[str, tuple[list[str], list[str]]] = {}
        edges = [*store.edges(EdgeKind.LEADS), *store.edges(EdgeKind.PARTNER_IN)]
        for edge in sorted(edges, key=lambda e: e.id):
            leads, partners = found.setdefault(edge.target, ([], []))
            side = leads if edge.kind == EdgeKind.LEADS else partners
            if edge.source not in side:
                side.append(edge.source)
        return {a: (tuple(leads), tuple(partners)) for a, (leads, partners) in found.items()}

    return by_revision(store, "participation", build)
