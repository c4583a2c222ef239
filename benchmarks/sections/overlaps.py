"""Overlap detection from cold: wall time, peak memory, and precision and recall against the
generator's recorded near-duplicate pairs, beside an all-pairs dense TF-IDF baseline.

Both run in a subprocess of their own (`benchmarks.detect`) on the stored graph. The project's
detection is `queries.overlaps` at its default threshold followed by `write_overlaps`, which
stores the SIMILAR_TO edges later sections read back. The baseline is scored at the threshold
that gives it its best F1 in hindsight, which flatters it.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from typing import Any

import orjson

from benchmarks.context import Context, need
from benchmarks.measure import Figure, PeakMemory, Section

GOAL_SECONDS = 30.0
GOAL_MIB = 4096.0
GOAL_PRECISION = 0.9
GOAL_RECALL = 0.9
THRESHOLDS = (0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8)


def _detect(ctx: Context, method: str) -> dict[str, Any]:
    assert ctx.handle is not None
    out = Path(ctx.workdir) / f"detect-{method}-{ctx.store_name}-{ctx.size}.json"
    completed = subprocess.run(
        [sys.executable, "-m", "benchmarks.detect", method, str(out)],
        env=ctx.handle.subprocess_env(),
        capture_output=True,
        text=True,
        timeout=3600,
        check=False,
    )
    if completed.returncode != 0:
        tail = (completed.stderr or completed.stdout).strip().splitlines()[-1:]
        raise RuntimeError(f"benchmarks.detect {method} failed: {' '.join(tail)}")
    report = orjson.loads(out.read_bytes())
    out.unlink(missing_ok=True)
    return report


def score(
    pairs: list[list[Any]], truth: frozenset[tuple[str, str]], threshold: float
) -> dict[str, float]:
    found = {tuple(sorted((a, b))) for a, b, s in pairs if s >= threshold}
    hits = len(found & truth)
    precision = hits / len(found) if found else 0.0
    recall = hits / len(truth) if truth else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "threshold": threshold,
        "pairs": len(found),
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
    }


def run(ctx: Context, section: Section) -> None:
    need("queries", "overlaps", "write_overlaps", "DEFAULT_MIN_SCORE")
    truth = ctx.corpus.true_pairs
    ours = _detect(ctx, "project")
    ctx.notes["overlaps_stored"] = True
    base = _detect(ctx, "baseline")
    # The parent's handle must notice the SIMILAR_TO edges the subprocess wrote.
    ctx.store.revision()

    at_default = score(ours["pairs"], truth, ours["min_score"])
    by_threshold = [score(ours["pairs"], truth, t) for t in THRESHOLDS if t >= ours["min_score"]]
    skipped = base.get("skipped")
    best_base: dict[str, float] | None = None
    base_curve: list[dict[str, float]] = []
    if not skipped:
        base_curve = [score(base["pairs"], truth, t) for t in THRESHOLDS if t >= base["min_score"]]
        best_base = max(base_curve, key=lambda r: r["f1"])
    base_method = (
        "all-pairs dense TF-IDF product (numpy float32), best-F1 threshold "
        f"{best_base['threshold']}"
        if best_base
        else f"not run: {skipped}"
    )
    section.add(
        Figure(
            name="detection wall time from cold",
            value=ours["seconds"],
            unit="s",
            goal=GOAL_SECONDS,
            baseline=None if skipped else base["seconds"],
            baseline_method=base_method,
            samples=1,
            note=f"index, pairs and facts {ours['compute_seconds']:.2f} s, "
            f"storing SIMILAR_TO {ours['write_seconds']:.2f} s",
        )
    )
    section.add(
        Figure(
            name="detection peak memory",
            value=ours["peak_rss_increase"] / 2**20,
            unit="MiB",
            goal=GOAL_MIB,
            baseline=None if skipped else base["peak_rss_increase"] / 2**20,
            baseline_method=base_method,
            samples=1,
            note=PeakMemory.METHOD + ", in a subprocess with the store open",
        )
    )
    for metric, goal in (("precision", GOAL_PRECISION), ("recall", GOAL_RECALL)):
        section.add(
            Figure(
                name=f"{metric} against the generator's pairs",
                value=at_default[metric],
                unit="",
                better="higher",
                goal=goal,
                baseline=best_base[metric] if best_base else None,
                baseline_method=base_method,
                samples=len(truth),
                note=f"at the default threshold {ours['min_score']}: {at_default['pairs']:,} "
                f"pairs found, {len(truth):,} true",
            )
        )
    section.details.update(
        {
            "true_pairs": len(truth),
            "project": {k: v for k, v in ours.items() if k != "pairs"},
            "project_by_threshold": by_threshold,
            "baseline": {k: v for k, v in base.items() if k != "pairs"},
            "baseline_by_threshold": base_curve,
        }
    )
