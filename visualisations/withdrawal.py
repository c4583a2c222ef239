"""What happens if partners withdraw: the actions left without a lead, the actions that lose
a partner, and the outcomes those actions were meant to deliver."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict

from graphmodel import Edge, EdgeKind, GraphStore, Node, NodeKind
from visualisations import links
from visualisations.appearance import NodeStatus
from visualisations.diagram import MAX_NODES, Diagram, capped, plural
from visualisations.ego import actor_or_raise, diagram_edge, diagram_node
from visualisations.errors import EmptySelection
from visualisations.partner_network import INVOLVEMENT


class WithdrawalImpact(BaseModel):
    """The scenario's findings, each list sorted by id; nodes are the stored records."""

    model_config = ConfigDict(frozen=True)

    withdrawn: tuple[Node, ...]
    orphaned_actions: tuple[Node, ...]
    weakened_actions: tuple[Node, ...]
    outcomes_at_risk: tuple[Node, ...]
    outcomes_weakened: tuple[Node, ...]
    remaining_partners: tuple[Node, ...]
    edges: tuple[Edge, ...]


def assess_withdrawal(
    store: GraphStore, organisation_ids: Iterable[str], *, include_people: bool = True
) -> WithdrawalImpact:
    """An action is orphaned when every lead withdraws (or, with no lead named, every actor);
    an outcome is at risk when every action feeding it is orphaned, weakened when some are."""
    ids = list(dict.fromkeys(i for i in organisation_ids if i))
    if not ids:
        raise EmptySelection("choose at least one organisation to withdraw")
    withdrawn = {i: actor_or_raise(store, i) for i in ids}
    edges: dict[str, Edge] = {}
    actions: dict[str, Node] = {}
    for _edge, action in store.neighbours(ids, INVOLVEMENT, "out"):
        actions[action.id] = action
    leads: dict[str, set[str]] = defaultdict(set)
    actors: dict[str, set[str]] = defaultdict(set)
    others: dict[str, Node] = {}
    for edge, actor in store.neighbours(list(actions), INVOLVEMENT, "in"):
        actors[edge.target].add(actor.id)
        if edge.kind == EdgeKind.LEADS:
            leads[edge.target].add(actor.id)
        if actor.id in withdrawn or include_people or actor.kind != NodeKind.PERSON:
            edges[edge.id] = edge
        if actor.id in withdrawn or (actor.kind == NodeKind.PERSON and not include_people):
            continue
        others[actor.id] = actor
    orphaned = set()
    for action_id in actions:
        kept_leads = leads[action_id] - withdrawn.keys()
        kept_actors = actors[action_id] - withdrawn.keys()
        if not kept_leads and (leads[action_id] or not kept_actors):
            orphaned.add(action_id)
    outcomes: dict[str, Node] = {}
    for edge, outcome in store.neighbours(list(actions), [EdgeKind.FEEDS_INTO], "out"):
        if outcome.kind == NodeKind.OUTCOME:
            outcomes[outcome.id] = outcome
            edges[edge.id] = edge
    feeders: dict[str, set[str]] = defaultdict(set)
    for edge, action in store.neighbours(list(outcomes), [EdgeKind.FEEDS_INTO], "in"):
        if action.kind == NodeKind.ACTION:
            feeders[edge.target].add(action.id)
    at_risk = {o for o in outcomes if feeders[o] and feeders[o] <= orphaned}

    def ordered(nodes: Iterable[Node]) -> tuple[Node, ...]:
        return tuple(sorted(nodes, key=lambda n: n.id))

    return WithdrawalImpact(
        withdrawn=ordered(withdrawn.values()),
        orphaned_actions=ordered(actions[a] for a in orphaned),
        weakened_actions=ordered(a for i, a in actions.items() if i not in orphaned),
        outcomes_at_risk=ordered(outcomes[o] for o in at_risk),
        outcomes_weakened=ordered(o for i, o in outcomes.items() if i not in at_risk),
        remaining_partners=ordered(others.values()),
        edges=tuple(sorted(edges.values(), key=lambda e: e.id)),
    )


def withdrawal_diagram(impact: WithdrawalImpact, *, limit: int = MAX_NODES) -> Diagram:
    """The scenario drawn: withdrawn partners, their actions by fate, outcomes by risk."""
    statuses: list[tuple[Iterable[Node], str | None]] = [
        (impact.withdrawn, NodeStatus.WITHDRAWN),
        (impact.orphaned_actions, NodeStatus.ORPHANED),
        (impact.weakened_actions, NodeStatus.WEAKENED),
        (impact.outcomes_at_risk, NodeStatus.AT_RISK),
        (impact.outcomes_weakened, NodeStatus.WEAKENED),
        (impact.remaining_partners, None),
    ]
    drawn = [diagram_node(n, status) for group, status in statuses for n in group]
    lines = [diagram_edge(e) for e in impact.edges]
    withdrawn_ids = [n.id for n in impact.withdrawn]
    kept_nodes, kept_edges, notes = capped(drawn, lines, keep=withdrawn_ids, limit=limit)
    names = ", ".join(n.name for n in impact.withdrawn)
    return Diagram(
        kind="withdrawal",
        title=f"If {names} withdrew",
        description=(
            f"{plural(len(impact.orphaned_actions), 'action')} left without a lead, "
            f"{plural(len(impact.weakened_actions), 'action')} losing a partner, "
            f"{plural(len(impact.outcomes_at_risk), 'outcome')} at risk."
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
    organisation_ids: Iterable[str],
    *,
    include_people: bool = True,
    limit: int = MAX_NODES,
) -> Diagram:
    impact = assess_withdrawal(store, organisation_ids, include_people=include_people)
    return withdrawal_diagram(impact, limit=limit)
