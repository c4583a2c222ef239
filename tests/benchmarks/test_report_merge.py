"""Merging a run into earlier results, so 10^5 can be measured on its own."""

from __future__ import annotations

from typing import Any

from benchmarks import report


def _section(name: str, value: float) -> dict[str, Any]:
    figure = {
        "name": f"{name} figure",
        "value": value,
        "unit": "s",
        "goal": None,
        "goal_direction": None,
        "baseline": None,
        "baseline_method": None,
        "ratio": None,
        "met": None,
    }
    return {"name": name, "status": "ok", "reason": "", "figures": [figure]}


def _results(command: str, runs: list[tuple[int, str, list[dict]]], seconds: float) -> dict:
    return {
        "command": command,
        "finished_at": "2026-11-24T00:00:00+00:00",
        "seconds": seconds,
        "machine": {
            "cpu_count": 2,
            "cpu_model": "x",
            "memory_gib": 1,
            "platform": "p",
            "python": "3",
        },
        "neo4j": None,
        "corpora": [
            {
                "actions": size,
                "plans": 1,
                "organisations": 1,
                "node_records": 1,
                "edge_records": 1,
                "true_pairs": 0,
            }
            for size in sorted({size for size, _, _ in runs if size})
        ],
        "runs": [{"actions": a, "store": s, "sections": secs} for a, s, secs in runs],
    }


def test_a_merged_run_replaces_what_it_measured_and_keeps_the_rest() -> None:
    earlier = _results(
        "python -m benchmarks --sizes 1000",
        [(1000, "embedded", [_section("ingest", 1.0), _section("queries", 2.0)])],
        60,
    )
    later = _results(
        "python -m benchmarks --sizes 1000,100000 --sections ingest --merge",
        [
            (100000, "embedded", [_section("ingest", 9.0)]),
            (1000, "embedded", [_section("ingest", 3.0)]),
        ],
        30,
    )

    merged = report.merged(earlier, later)

    runs = {(r["actions"], r["store"], s["name"]): s for r in merged["runs"] for s in r["sections"]}
    assert runs[1000, "embedded", "ingest"]["figures"][0]["value"] == 3.0
    assert runs[1000, "embedded", "queries"]["figures"][0]["value"] == 2.0
    assert runs[100000, "embedded", "ingest"]["figures"][0]["value"] == 9.0
    assert [c["actions"] for c in merged["corpora"]] == [1000, 100000]
    assert merged["commands"] == [earlier["command"], later["command"]]
    assert merged["seconds"] == 90
    text = report.markdown(merged)
    assert earlier["command"] in text and later["command"] in text
    assert "| 100,000 | embedded |" in text
