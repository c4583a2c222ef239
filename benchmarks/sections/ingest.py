"""Write throughput: one `store.write` per plan (the batched path ingest uses) against the
naive baseline of one transaction per action.

The baseline splits each plan into a structure contribution (the plan, its themes,
objectives, outcomes, bodies, boards and task groups, written once and not timed) and one
contribution per action (the action, its milestones and every edge that starts or ends at
it), written one `store.write` each. That is what writing row by row costs through the same
store: on Neo4j every action pays its own transaction and round trips.
"""

from __future__ import annotations

import time

from benchmarks.context import Context
from benchmarks.measure import Figure, Section
from graphmodel import Contribution, Edge, EdgeKind, Node, NodeKind, Provenance, contribution

#: Goals at 10^5 actions: actions per second with their edges.
GOALS = {"embedded": 100_000.0, "neo4j": 20_000.0}


def _owned(records: list, owner: str) -> list:
    out = []
    for record in records:
        prov = tuple(
            Provenance.model_construct(
                plan=owner, document=p.document, line=p.line, confidence=p.confidence
            )
            for p in record.provenance
        )
        out.append(record.model_copy(update={"provenance": prov}))
    return out


def split_per_action(plan: Contribution) -> tuple[Contribution, list[Contribution]]:
    """A plan as its structure plus one contribution per action (owner: the action id)."""
    actions = [n for n in plan.nodes if n.kind == NodeKind.ACTION]
    belongs: dict[str, str] = {a.id: a.id for a in actions}
    for edge in plan.edges:
        if edge.kind == EdgeKind.HAS_MILESTONE:
            belongs[edge.target] = edge.source
    nodes_of: dict[str, list[Node]] = {a.id: [] for a in actions}
    structure_nodes = []
    for node in plan.nodes:
        if node.id in belongs:
            nodes_of[belongs[node.id]].append(node)
        else:
            structure_nodes.append(node)
    edges_of: dict[str, list[Edge]] = {a.id: [] for a in actions}
    structure_edges = []
    for edge in plan.edges:
        owner = belongs.get(edge.source) or (
            edge.target if edge.kind in (EdgeKind.LEADS, EdgeKind.PARTNER_IN) else None
        )
        if owner is not None:
            edges_of[owner].append(edge)
        else:
            structure_edges.append(edge)
    structure = contribution(plan.owner, structure_nodes, structure_edges)
    pieces = []
    for action in actions:
        own = {n.id for n in nodes_of[action.id]}
        ends = {e.source for e in edges_of[action.id]} | {e.target for e in edges_of[action.id]}
        pieces.append(
            contribution(
                action.id,
                _owned(nodes_of[action.id], action.id),
                _owned(edges_of[action.id], action.id),
                references=ends - own,
            )
        )
    return structure, pieces


def run(ctx: Context, section: Section) -> None:
    corpus = ctx.corpus
    handle = ctx.handle
    assert handle is not None
    plans = corpus.contributions
    edges = sum(len(c.edges) for c in plans)

    baseline_rate, baseline_detail = _per_action_baseline(ctx, plans)

    handle.store.clear()
    started = time.perf_counter()
    for plan in plans:
        handle.store.write(plan)
    seconds = time.perf_counter() - started
    rate = corpus.actions / seconds
    section.add(
        Figure(
            name="write throughput, one transaction per plan",
            value=rate,
            unit="actions/s",
            better="higher",
            goal=GOALS[handle.name],
            baseline=baseline_rate,
            baseline_method="one store.write (transaction) per action, on a sample",
            samples=len(plans),
            note=f"{corpus.actions:,} actions with {edges:,} edge records in "
            f"{len(plans)} plans in {seconds:.2f} s; baseline sampled "
            f"{baseline_detail['actions']:,} actions",
        )
    )
    section.add(
        Figure(
            name="edge records written per second",
            value=edges / seconds,
            unit="edges/s",
            better="higher",
            baseline=baseline_detail["edges_per_second"],
            baseline_method="one store.write (transaction) per action, on a sample",
            samples=len(plans),
        )
    )
    section.details.update(
        {
            "seconds": round(seconds, 3),
            "plans": len(plans),
            "edge_records": edges,
            "counts": handle.store.counts(),
            "baseline": baseline_detail,
        }
    )


def _per_action_baseline(ctx: Context, plans: list[Contribution]) -> tuple[float, dict]:
    """Rate of one-action-per-transaction writes on a sample, within the time budget."""
    target = ctx.requests(2000)
    budget = ctx.budget / 2
    assert ctx.handle is not None
    with ctx.handle.scratch() as store:
        written = edges = 0
        spent = 0.0
        for plan in plans:
            structure, pieces = split_per_action(plan)
            store.write(structure)
            started = time.perf_counter()
            for piece in pieces:
                store.write(piece)
                written += 1
                edges += len(piece.edges)
                if written >= target or time.perf_counter() - started + spent > budget:
                    break
            spent += time.perf_counter() - started
            if written >= target or spent > budget:
                break
    rate = written / spent if spent else 0.0
    return rate, {
        "actions": written,
        "seconds": round(spent, 3),
        "edges_per_second": edges / spent if spent else 0.0,
    }
