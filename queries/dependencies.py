"""Dependent outcomes: the outcomes, and the objectives above them at any depth, that rely
on an organisation, and how much (sole lead, co-lead, or one of several partners)."""

from __future__ import annotations

from collections import deque
from dataclasses import dataclass

from graphmodel import EdgeKind, GraphStore, Node, NodeKind
from queries.actions import ActionFacts, by_name, outcome_ref, plan_of
from queries.cache import by_revision
from queries.commitments import committed, scope_actions
from queries.models import Dependency, DependentOutcome, DependentOutcomes
from queries.resolve import actor_ref, resolve_actor
from queries.rollup import Scope, rollup

#: FEEDS_INTO chains longer than this are treated as cycles in the data.
MAX_FEEDS_DEPTH = 20
_RANK: dict[Dependency, int] = {"sole_lead": 0, "co_lead": 1, "partner": 2}
OUTCOME_KINDS = (NodeKind.OUTCOME, NodeKind.OBJECTIVE)


def dependency_of(facts: ActionFacts, scope: Scope, leads: dict[str, str]) -> Dependency:
    if facts.id not in leads:
        return "partner"
    return "sole_lead" if facts.lead_ids <= scope.ids else "co_lead"


@dataclass(frozen=True)
class Feeds:
    """Every FEEDS_INTO link by id, both ways, and every outcome and objective."""

    up: dict[str, tuple[str, ...]]
    down: dict[str, frozenset[str]]
    outcomes: dict[str, Node]


def feeds_index(store: GraphStore) -> Feeds:
    """The FEEDS_INTO structure, rebuilt only when the graph changes: walking it upward a
    level at a time cost one or two store round trips per level on every question."""

    def build() -> Feeds:
        up: dict[str, list[str]] = {}
        down: dict[str, set[str]] = {}
        for edge in store.edges(EdgeKind.FEEDS_INTO):
            up.setdefault(edge.source, []).append(edge.target)
            down.setdefault(edge.target, set()).add(edge.source)
        outcomes = {n.id: n for kind in OUTCOME_KINDS for n in store.nodes(kind)}
        return Feeds(
            up={k: tuple(dict.fromkeys(v)) for k, v in up.items()},
            down={k: frozenset(v) for k, v in down.items()},
            outcomes=outcomes,
        )

    return by_revision(store, "feeds", build)


def feeds_upward(
    store: GraphStore, start: dict[str, list[Node]]
) -> tuple[dict[str, Node], dict[str, set[str]]]:
    """Every outcome or objective above `start` (id -> nodes it feeds directly), and the
    FEEDS_INTO parents of each, walked in the per-revision `feeds_index`."""
    nodes: dict[str, Node] = {}
    parents: dict[str, set[str]] = {}
    for source, targets in start.items():
        for target in targets:
            if target.kind in OUTCOME_KINDS:
                nodes[target.id] = target
                parents.setdefault(source, set()).add(target.id)
    feeds = feeds_index(store)
    frontier = set(nodes)
    expanded: set[str] = set()
    level = 0
    while frontier and level < MAX_FEEDS_DEPTH:
        level += 1
        expanded |= frontier
        found: set[str] = set()
        for source in frontier:
            for target in feeds.up.get(source, ()):
                far = feeds.outcomes.get(target)
                if far is not None:
                    nodes.setdefault(target, far)
                    parents.setdefault(source, set()).add(target)
                    found.add(target)
        frontier = found - expanded
    return nodes, parents


def depths_from(start: str, parents: dict[str, set[str]]) -> dict[str, int]:
    """Shortest FEEDS_INTO distance from `start` to everything above it."""
    depth: dict[str, int] = {}
    queue = deque([(start, 0)])
    while queue:
        node_id, d = queue.popleft()
        for parent in sorted(parents.get(node_id, ())):
            if parent not in depth:
                depth[parent] = d + 1
                queue.append((parent, d + 1))
    return depth


def dependent_outcomes(store: GraphStore, name_or_id: str) -> DependentOutcomes:
    actor = resolve_actor(store, name_or_id)
    scope = rollup(store, [actor])
    facts, leads, partners = scope_actions(store, scope)
    holder = {**partners, **leads}
    nodes, parents = feeds_upward(store, {i: f.feeds for i, f in facts.items()})
    via: dict[str, dict[str, int]] = {}
    for action_id in sorted(facts):
        for target, depth in depths_from(action_id, parents).items():
            via.setdefault(target, {})[action_id] = depth
    answers = []
    for target, reached in via.items():
        how = {a: dependency_of(facts[a], scope, leads) for a in reached}
        strongest = min(how.values(), key=_RANK.__getitem__)
        ordered = sorted(reached, key=lambda a: (_RANK[how[a]], facts[a].sort_key()))
        answers.append(
            DependentOutcome(
                outcome=outcome_ref(nodes[target]),
                via=[committed(facts[a], scope, holder[a]) for a in ordered],
                dependency=strongest,
                depth=min(reached.values()),
            )
        )
    answers.sort(
        key=lambda o: (
            _RANK[o.dependency],
            o.depth,
            plan_of(nodes[o.outcome.id]) or "",
            o.outcome.name.lower(),
            o.outcome.id,
        )
    )
    return DependentOutcomes(
        organisation=actor_ref(actor),
        teams=by_name(actor_ref(t) for t in scope.teams),
        outcomes=answers,
    )
