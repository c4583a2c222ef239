"""Overlap detection in a process of its own, so "from cold" means it (no index cached) and
peak memory is the detection's, not the harness's corpus.

    python -m benchmarks.detect project  OUT.json   # queries.overlaps + write_overlaps
    python -m benchmarks.detect baseline OUT.json   # all-pairs dense TF-IDF product

The store comes from the environment (PARTNERGRAPH_STORE, NEO4J_USER, NEO4J_PASSWORD), as for
the app. Writes a JSON report with the seconds, the peak memory and every pair found.
"""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

import numpy as np
import orjson

from benchmarks import baselines
from benchmarks.measure import PeakMemory
from graphmodel import NodeKind, Settings, open_store

#: Lowest score the baseline keeps, so the harness can score it at any threshold above.
BASELINE_FLOOR = 0.3
#: Most SIMILAR_TO edges stored per action (best first).
STORED_PER_ACTION = 2
#: Largest dense similarity matrix the baseline may allocate.
DENSE_LIMIT_BYTES = 6 * 2**30


def project(store: Any) -> dict[str, Any]:
    """`queries.overlaps` at its default threshold, then `write_overlaps` of the best pairs:
    at most `STORED_PER_ACTION` per action are stored, so the sections after this one read a
    graph of a usable size whatever the threshold finds (the figures say how many)."""
    from queries import DEFAULT_MIN_SCORE, overlaps, write_overlaps

    actions = store.counts().get("Action", 0)
    with PeakMemory() as memory:
        started = time.perf_counter()
        found = overlaps(store, min_score=DEFAULT_MIN_SCORE)
        computed = time.perf_counter()
        stored = found.pairs[: STORED_PER_ACTION * actions]
        write_overlaps(store, stored)
        written = time.perf_counter()
    return {
        "seconds": written - started,
        "compute_seconds": computed - started,
        "write_seconds": written - computed,
        "peak_rss_increase": memory.increase_bytes,
        "peak_rss": memory.peak_bytes,
        "min_score": DEFAULT_MIN_SCORE,
        "pairs_found": len(found.pairs),
        "pairs_stored": len(stored),
        "pairs": [[p.a.id, p.b.id, float(p.score)] for p in found.pairs],
    }


def baseline(store: Any) -> dict[str, Any]:
    actions = store.nodes(NodeKind.ACTION)
    n = len(actions)
    needed = n * n * 4
    if needed > DENSE_LIMIT_BYTES:
        return {
            "skipped": f"a dense {n:,} x {n:,} similarity matrix needs "
            f"{needed / 2**30:.1f} GiB (limit {DENSE_LIMIT_BYTES / 2**30:.0f} GiB)"
        }
    regions = {p.id: p.get("region") for p in store.nodes(NodeKind.PLAN)}
    plans = np.array([hash(a.get("plan")) for a in actions])
    region = np.array([hash(a.get("region") or regions.get(a.get("plan"))) for a in actions])
    texts = [str(a.get("text") or a.name) for a in actions]
    with PeakMemory() as memory:
        started = time.perf_counter()
        matrix, _, _ = baselines.tfidf(texts)
        dense = matrix.toarray().astype(np.float32)
        scores = dense @ dense.T
        found_a, found_b, found_s = [], [], []
        for start in range(0, n, 2048):
            block = scores[start : start + 2048]
            rows, cols = np.nonzero(block >= BASELINE_FLOOR)
            rows = rows + start
            keep = (cols > rows) & (plans[rows] != plans[cols]) & (region[rows] != region[cols])
            found_a.append(rows[keep])
            found_b.append(cols[keep])
            found_s.append(block[rows[keep] - start, cols[keep]])
        a = np.concatenate(found_a) if found_a else np.zeros(0, dtype=np.int64)
        b = np.concatenate(found_b) if found_b else np.zeros(0, dtype=np.int64)
        s = np.concatenate(found_s) if found_s else np.zeros(0)
        seconds = time.perf_counter() - started
    ids = [x.id for x in actions]
    return {
        "seconds": seconds,
        "peak_rss_increase": memory.increase_bytes,
        "peak_rss": memory.peak_bytes,
        "min_score": BASELINE_FLOOR,
        "pairs": [[ids[i], ids[j], float(v)] for i, j, v in zip(a, b, s, strict=True)],
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.detect")
    parser.add_argument("method", choices=("project", "baseline"))
    parser.add_argument("out")
    args = parser.parse_args(argv)
    opened = time.perf_counter()
    store = open_store(Settings())
    store.counts()
    open_seconds = time.perf_counter() - opened
    try:
        report = project(store) if args.method == "project" else baseline(store)
    finally:
        store.close()
    report["store_open_seconds"] = open_seconds
    with open(args.out, "wb") as handle:
        handle.write(orjson.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())
