"""Extraction throughput on the five sample plans: actions per second, reading included.

Run: .venv/bin/python -m benchmarks.ingest_throughput [rounds]
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from graphmodel import Settings
from ingest.pipeline import extract, make_resolver

PLANS = Path(__file__).resolve().parent.parent / "examples" / "plans"


def main(rounds: int = 5) -> None:
    files = [(p.name, p.read_bytes()) for p in sorted(PLANS.glob("*.txt"))]
    settings = Settings(store=str(Path(".partnergraph") / "bench-unused"))
    resolver = make_resolver(settings)
    actions = 0
    started = time.perf_counter()
    for _ in range(rounds):
        for name, data in files:
            actions += len(extract(data, name, settings, resolver).actions)
    elapsed = time.perf_counter() - started
    print(
        f"{rounds} rounds x {len(files)} plans: {actions} actions in {elapsed:.2f}s "
        f"= {actions / elapsed:.0f} actions/s ({elapsed / (rounds * len(files)) * 1000:.0f} ms/plan)"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
