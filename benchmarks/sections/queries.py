"""Latency of the coordinators' questions (p50, p95, warm caches) against the naive baseline
of loading the whole graph into networkx and walking it for each question.

Subjects are a seeded sample of organisations across the whole ranking, asked `rounds` times
each; the first call of each question (which builds the name and text indexes) is reported
apart as the cold figure.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from benchmarks import baselines
from benchmarks.context import Context, need
from benchmarks.measure import (
    Figure,
    Section,
    Unavailable,
    latencies_ms,
    latency_figures,
    percentile,
    timed,
)
from graphmodel import PartnergraphError

#: p95 goals in ms at 10^5 actions: (neo4j, embedded).
GOALS = {
    "commitments": (5.0, 1.0),
    "dependent outcomes": (15.0, 5.0),
    "withdrawal of one organisation": (30.0, 10.0),
    "withdrawal of the five busiest together": (30.0, 10.0),
    "search": (None, None),
    "reading stored overlaps": (10.0, 3.0),
    "checking one new action text": (50.0, 50.0),
}

BASELINE = "whole graph loaded into networkx through the store API, then walked, per question"

SEARCHES = (
    "Refugee Council",
    "refugee councel",
    "Home Office",
    "ESOL provision",
    "hate crime training",
    "destitution",
    "Derby",
    "community connectors programme",
    "unaccompanied asylum seeking children",
    "GP registration",
)


def _goal(ctx: Context, question: str) -> float | None:
    neo4j, embedded = GOALS[question]
    return neo4j if ctx.store_name == "neo4j" else embedded


def _tolerant(call: Callable[[], Any]) -> Callable[[], Any]:
    """A question about a subject the query layer refuses (e.g. an ambiguous name) still
    costs its time; the refusal is an answer, not a failure of the run."""

    def wrapped() -> Any:
        try:
            return call()
        except PartnergraphError as exc:
            return exc

    return wrapped


def run(ctx: Context, section: Section) -> None:
    store = ctx.store
    subjects = ctx.subjects()
    busiest = list(ctx.corpus.busiest[:5])
    regions = sorted({p.region for p in ctx.corpus.plans})
    probes = list(ctx.corpus.probes)[: 5 if ctx.smoke else None]
    questions: dict[str, tuple[list[Callable[[], Any]], Callable[[Any], Any] | None]] = {}
    missing: dict[str, str] = {}

    def offer(name: str, build: Callable[[], tuple[list, Callable | None]]) -> None:
        try:
            questions[name] = build()
        except Exception as exc:
            missing[name] = str(exc)

    def q_commitments() -> tuple[list, Callable]:
        commitments = need("queries", "commitments")
        return (
            [_tolerant(lambda s=s: commitments(store, s)) for s in subjects],
            lambda g: [baselines.commitments(g, s) for s in subjects],
        )

    def q_dependent() -> tuple[list, Callable]:
        dependent = need("queries", "dependent_outcomes")
        return (
            [_tolerant(lambda s=s: dependent(store, s)) for s in subjects],
            lambda g: [baselines.dependent_outcomes(g, s) for s in subjects],
        )

    def q_withdraw_one() -> tuple[list, Callable]:
        withdrawal = need("queries", "withdrawal")
        return (
            [_tolerant(lambda s=s: withdrawal(store, [s])) for s in subjects],
            lambda g: [baselines.withdrawal(g, [s]) for s in subjects],
        )

    def q_withdraw_five() -> tuple[list, Callable]:
        withdrawal = need("queries", "withdrawal")
        return (
            [_tolerant(lambda: withdrawal(store, busiest))],
            lambda g: [baselines.withdrawal(g, busiest)],
        )

    def q_search() -> tuple[list, Callable]:
        search = need("queries", "search")
        return (
            [_tolerant(lambda q=q: search(store, q)) for q in SEARCHES],
            lambda g: [baselines.search(g, q) for q in SEARCHES],
        )

    def q_stored() -> tuple[list, Callable]:
        stored = need("queries", "stored_overlaps")
        return (
            [_tolerant(lambda r=r: stored(store, region=r, limit=50)) for r in regions],
            lambda g: [baselines.stored_overlaps(g, r) for r in regions],
        )

    def q_similar() -> tuple[list, Callable]:
        similar = need("queries", "similar_to_text")
        return (
            [_tolerant(lambda t=p.text: similar(store, t)) for p in probes],
            lambda g: [baselines.similar_to_text(g, p.text) for p in probes[:5]],
        )

    offer("commitments", q_commitments)
    offer("dependent outcomes", q_dependent)
    offer("withdrawal of one organisation", q_withdraw_one)
    offer("withdrawal of the five busiest together", q_withdraw_five)
    offer("search", q_search)
    offer("reading stored overlaps", q_stored)
    offer("checking one new action text", q_similar)
    if not questions:
        raise Unavailable("; ".join(f"{k}: {v}" for k, v in missing.items()))

    stored_note = (
        ""
        if ctx.notes.get("overlaps_stored")
        else "; no SIMILAR_TO edges were stored in this run (detection stopped or not run), "
        "so this read an empty set"
    )
    baseline_samples = _baseline(ctx, questions)
    cold: dict[str, float] = {}
    for name, (calls, _) in questions.items():
        seconds, _ = timed(calls[0])
        cold[name] = round(seconds * 1000.0, 3)
        samples = latencies_ms(calls, ctx.rounds, ctx.budget)
        for figure in latency_figures(
            name,
            samples,
            goal_p95=_goal(ctx, name),
            baseline=baseline_samples.get(name),
            baseline_method=BASELINE,
            note=f"{len(calls)} subjects x up to {ctx.rounds} rounds, warm caches"
            + (stored_note if name == "reading stored overlaps" else ""),
        ):
            section.add(figure)
    section.add(_busiest_commitments(ctx, busiest))
    section.details["cold_first_call_ms"] = cold
    section.details["subjects"] = subjects
    section.details["busiest"] = busiest
    if missing:
        section.details["not_available"] = missing
    quality = _probe_quality(ctx, probes)
    if quality:
        section.details["similar_text_quality"] = quality


def _baseline(ctx: Context, questions: dict) -> dict[str, list[float]]:
    """Per-question baseline samples: one whole-graph load plus the walk, per subject."""
    loads = 1 if ctx.size > 20_000 or ctx.quick else 3
    samples: dict[str, list[float]] = {name: [] for name in questions}
    started = time.perf_counter()
    for _ in range(loads):
        load_seconds, graph = timed(lambda: baselines.load_graph(ctx.store))
        for name, (_calls, naive) in questions.items():
            if naive is None:
                continue
            begin = time.perf_counter()
            answers = naive(graph)
            per_answer = (time.perf_counter() - begin) / max(1, len(answers))
            samples[name].extend((load_seconds + per_answer) * 1000.0 for _ in answers)
        del graph
        if time.perf_counter() - started > ctx.budget:
            break
    return samples


def _busiest_commitments(ctx: Context, busiest: list[str]) -> Figure:
    try:
        commitments = need("queries", "commitments")
    except Exception as exc:
        return Figure("commitments of the busiest organisation p50", None, "ms", note=str(exc))
    call = _tolerant(lambda: commitments(ctx.store, busiest[0]))
    call()
    samples = latencies_ms([call], max(3, ctx.rounds // 2), ctx.budget)
    return Figure(
        name="commitments of the busiest organisation p50",
        value=percentile(samples, 50),
        unit="ms",
        samples=len(samples),
        note=f"{busiest[0]}: the largest answer in the graph (no goal; for scale)",
    )


def _probe_quality(ctx: Context, probes: list) -> dict[str, float] | None:
    """How often the paraphrased probe's originals come back in the top ten."""
    try:
        similar = need("queries", "similar_to_text")
    except Exception:
        return None
    hits = found = wanted = 0
    for probe in probes:
        try:
            answer = similar(ctx.store, probe.text)
        except PartnergraphError:
            continue
        returned = {m.action.id for m in answer.matches}
        hits += bool(returned & probe.matches)
        found += len(returned & probe.matches)
        wanted += len(probe.matches)
    return {
        "probes": len(probes),
        "hit_at_10": round(hits / len(probes), 4) if probes else 0.0,
        "recall_at_10": round(found / wanted, 4) if wanted else 0.0,
    }
