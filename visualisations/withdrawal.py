"""A withdrawal scenario drawn: the partners that withdraw, their actions by fate (orphaned
when no lead is left, weakened otherwise), and the outcomes those actions fed, at risk or
weakened. The findings are `queries.withdrawal`'s; this module only draws them."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from graphmodel import EdgeKind, GraphStore, NodeKind
from queries import Withdrawal, withdrawal
from visualisations import links
from visualisations.appearance import NodeStatus
from visualisations.diagram import MAX_NODES, Diagram, DiagramEdge, capped, plural
from visualisations.ego import diagram_node


def _statuses(scenario: Withdrawal) -> dict[str, str | None]:
    """Each node the scenario names, with its fate; later entries never override earlier."""
    status: dict[str, str | None] = {}
    groups: list[tuple[Iterable[str], str | None]] = [
        ((a.id for a in scenario.withdrawn), NodeStatus.WITHDRAWN),
        ((a.id for a in scenario.teams_included), NodeStatus.WITHDRAWN),
        ((a.id for a in scenario.orphaned_actions), NodeStatus.ORPHANED),
        ((a.id for a in scenario.weakened_actions), NodeStatus.WEAKENED),
        ((o.outcome.id for o in scenario.outcomes_at_risk), NodeStatus.AT_RISK),
        ((o.outcome.id for o in scenario.outcomes_weakened), NodeStatus.WEAKENED),
        ((b.body.id for b in scenario.bodies_affected), NodeStatus.WEAKENED),
    ]
    for ids, fate in groups:
        for node_id in ids:
            status.setdefault(node_id, fate)
    for action in [*scenario.orphaned_actions, *scenario.weakened_actions]:
        for actor in [*action.leads, *action.partners]:
            status.setdefault(actor.id, None)
    return status


def _edges(scenario: Withdrawal) -> list[DiagramEdge]:
    gone = {a.id for a in scenario.withdrawn} | {t.id for t in scenario.teams_included}
    found: dict[tuple[str, str, str], DiagramEdge] = {}

    def add(source: str, kind: str, target: str, details: tuple[str, ...] = ()) -> None:
        found.setdefault(
            (source, kind, target),
            DiagramEdge(source=source, target=target, kind=kind, details=details),
        )

    for action in [*scenario.orphaned_actions, *scenario.weakened_actions]:
        for kind, actors in (
            (EdgeKind.LEADS, action.leads),
            (EdgeKind.PARTNER_IN, action.partners),
        ):
            for actor in actors:
                add(actor.id, kind, action.id, ("Withdraws",) if actor.id in gone else ())
    for impact in [*scenario.outcomes_at_risk, *scenario.outcomes_weakened]:
        for contributor in impact.affected:
            add(contributor, EdgeKind.FEEDS_INTO, impact.outcome.id)
    for body in scenario.bodies_affected:
        for seat in body.lost_members:
            role = (f"Role: {seat.role}",) if seat.role else ()
            add(seat.member.id, EdgeKind.MEMBER_OF, body.body.id, (*role, "Withdraws"))
    return list(found.values())


def withdrawal_diagram(
    store: GraphStore,
    scenario: Withdrawal,
    *,
    include_people: bool = True,
    limit: int = MAX_NODES,
) -> Diagram:
    """Draw `scenario`; the store supplies each node's details and sources for tooltips."""
    status = _statuses(scenario)
    stored = {n.id: n for n in store.nodes(ids=list(status))}
    shown = {i: n for i, n in stored.items() if include_people or n.kind != NodeKind.PERSON}
    drawn = [diagram_node(shown[i], fate) for i, fate in status.items() if i in shown]
    lines = [e for e in _edges(scenario) if e.source in shown and e.target in shown]
    withdrawn_ids = [a.id for a in scenario.withdrawn]
    kept_nodes, kept_edges, notes = capped(drawn, lines, keep=withdrawn_ids, limit=limit)
    names = ", ".join(a.name for a in scenario.withdrawn)
    return Diagram(
        kind="withdrawal",
        title=f"If {names} withdrew",
        description=(
            f"{plural(len(scenario.orphaned_actions), 'action')} left without a lead, "
            f"{plural(len(scenario.weakened_actions), 'action')} weakened, "
            f"{plural(len(scenario.outcomes_at_risk), 'outcome')} at risk "
            f"(severity {scenario.severity.level})."
        ),
        nodes=kept_nodes,
        edges=kept_edges,
        notes=notes,
        total_nodes=len(drawn),
        url=links.withdrawal_diagram(withdrawn_ids),
        filename="withdrawal",
    )


def withdrawal_scenario(
    store: GraphStore,
    organisations: Sequence[str],
    *,
    include_people: bool = True,
    limit: int = MAX_NODES,
) -> Diagram:
    """Ask `queries.withdrawal` about `organisations` (ids, names or acronyms) and draw it."""
    scenario = withdrawal(store, organisations)
    return withdrawal_diagram(store, scenario, include_people=include_people, limit=limit)
