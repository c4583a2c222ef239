"""Benchmarks at national scale, side by side with naive baselines.

`python -m benchmarks` generates seeded corpora (`benchmarks.generator`), measures ingest,
queries, overlap detection, the API, diagrams, exchange and extraction on the embedded store
and on Neo4j, and writes `benchmarks/results/latest.json` and the tables in
`docs/benchmarks.md`.
"""

from benchmarks.generator import Corpus, GeneratedPlan, Probe, generate

__all__ = ["Corpus", "GeneratedPlan", "Probe", "generate"]
