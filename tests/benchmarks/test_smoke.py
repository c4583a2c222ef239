"""The benchmark harness at its smallest size, on both stores, so it never rots.

Nothing here asserts a speed: the figures only have to exist and make sense. Speed goals are
checked by running `python -m benchmarks`, not by tests.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import orjson
import pytest

from benchmarks import report
from benchmarks.context import Context
from benchmarks.generator import generate
from benchmarks.harness import STORE_SECTIONS, measure_plain, measure_store
from benchmarks.planfiles import FORMATS, HEADER
from benchmarks.planfiles import write as write_plan_files
from benchmarks.stores import StoreHandle
from graphmodel import EdgeKind, EmbeddedStore, GraphStore, NodeKind, Settings

SIZE = 200


@pytest.fixture
def handle(store: GraphStore, store_settings: Settings, tmp_path: Path) -> StoreHandle:
    env = {"PARTNERGRAPH_STORE": store_settings.store}
    if not isinstance(store, EmbeddedStore):
        env |= {
            "NEO4J_USER": store_settings.neo4j_user,
            "NEO4J_PASSWORD": store_settings.neo4j_password,
        }
    name = "embedded" if isinstance(store, EmbeddedStore) else "neo4j"
    return StoreHandle(name, store, store_settings, env, scratch_root=tmp_path)


def _by_name(sections: list) -> dict:
    return {s.name: s for s in sections}


def test_every_store_section_runs_at_the_smallest_size_and_records_its_figures(
    handle: StoreHandle, tmp_path: Path
) -> None:
    ctx = Context(SIZE, generate(SIZE), handle, tmp_path, quick=True, smoke=True)

    sections = measure_store(ctx, list(STORE_SECTIONS), log=lambda _: None)

    for section in sections:
        assert section.status in ("ok", "not available"), (
            section.name,
            section.reason,
            section.details.get("traceback"),
        )
    found = _by_name(sections)
    assert list(found) == list(STORE_SECTIONS)
    ingest = found["ingest"]
    assert ingest.status == "ok"
    throughput = ingest.figures[0]
    assert throughput.value > 0 and throughput.baseline > 0 and throughput.ratio > 0
    assert throughput.goal == (100_000 if handle.name == "embedded" else 20_000)
    for section in sections:
        if section.status != "ok":
            continue
        for figure in section.figures:
            data = figure.as_dict()
            assert set(data) >= {"name", "value", "unit", "goal", "baseline", "ratio", "met"}
            if figure.unit == "" and figure.value is not None:
                assert 0.0 <= figure.value <= 1.0
    results = {
        "command": "test",
        "finished_at": "now",
        "seconds": 1.0,
        "machine": {
            "cpu_count": 2,
            "cpu_model": "cpu",
            "memory_gib": 1,
            "platform": "os",
            "python": "3",
        },
        "corpora": [ctx.corpus.describe()],
        "runs": [
            {"actions": SIZE, "store": handle.name, "sections": [s.as_dict() for s in sections]}
        ],
    }
    written = report.write_json(results, tmp_path / "latest.json")
    assert orjson.loads(written.read_bytes())["runs"][0]["store"] == handle.name
    assert "### Ingest (write throughput)" in report.markdown(results)


def test_extraction_section_reads_the_samples_and_a_generated_plan_in_every_format(
    tmp_path: Path,
) -> None:
    corpus = generate(60)
    ctx = Context(corpus.actions, corpus, None, tmp_path, quick=True, smoke=True)

    (section,) = measure_plain(ctx, ["extraction"], log=lambda _: None)

    assert section.status in ("ok", "not available"), (section.reason, section.details)
    if section.status == "ok":
        names = [f.name for f in section.figures]
        assert names == ["five sample plans", *(f"generated plan, .{fmt}" for fmt in FORMATS)]


def test_the_generator_is_seeded_and_shaped_like_a_national_set_of_plans() -> None:
    corpus = generate(2000, seed=7)
    again = generate(2000, seed=7)

    assert [c.model_dump() for c in corpus.contributions] == [
        c.model_dump() for c in again.contributions
    ]
    assert corpus.actions == 2000
    assert len({p.region for p in corpus.plans}) >= 8
    actions = {r.id: (p.id, p.region) for p in corpus.plans for r in p.rows}
    for a, b in corpus.true_pairs:
        assert actions[a][0] != actions[b][0] and actions[a][1] != actions[b][1]
    clustered = {a for pair in corpus.true_pairs for a in pair}
    assert 0.2 <= len(clustered) / corpus.actions <= 0.5
    mentions: Counter[str] = Counter()
    partners_per_action: Counter[str] = Counter()
    for plan in corpus.contributions:
        for edge in plan.edges:
            if edge.kind in (EdgeKind.LEADS, EdgeKind.PARTNER_IN):
                mentions[edge.source] += 1
            if edge.kind == EdgeKind.PARTNER_IN:
                partners_per_action[edge.target] += 1
    counts = sorted(mentions.values(), reverse=True)
    assert counts[0] > 20 * counts[len(counts) // 2]
    assert max(partners_per_action.values()) <= 12
    kinds = Counter(n.kind for c in corpus.contributions for n in c.nodes)
    assert kinds[NodeKind.ACTION] == 2000
    assert kinds[NodeKind.BOARD] and kinds[NodeKind.TASK_GROUP] and kinds[NodeKind.THEME]
    for probe in corpus.probes:
        assert probe.matches <= actions.keys()
        assert probe.text not in {r.text for p in corpus.plans for r in p.rows}


def test_generated_plan_files_carry_every_action_under_the_usual_headers(tmp_path: Path) -> None:
    corpus = generate(40)

    paths = write_plan_files(corpus, tmp_path)

    text = paths["txt"].read_text(encoding="utf-8")
    assert "\t".join(HEADER) in text
    for row in (r for p in corpus.plans for r in p.rows):
        assert row.text in text
    assert paths["docx"].read_bytes()[:2] == b"PK" and paths["xlsx"].read_bytes()[:2] == b"PK"
    assert paths["csv"].read_text(encoding="utf-8").count("\n") == corpus.actions + 1


def test_the_generated_doc_block_replaces_only_what_is_between_the_markers(
    tmp_path: Path,
) -> None:
    doc = tmp_path / "benchmarks.md"
    doc.write_text(
        f"# Benchmarks\n\nHand-written.\n\n{report.START}\nold\n{report.END}\n\nMore prose.\n",
        encoding="utf-8",
    )
    results = {
        "command": "python -m benchmarks",
        "finished_at": "now",
        "seconds": 60.0,
        "machine": {
            "cpu_count": 2,
            "cpu_model": "cpu",
            "memory_gib": 24,
            "platform": "os",
            "python": "3.11",
        },
        "corpora": [],
        "runs": [],
    }

    report.write_doc(results, doc)

    text = doc.read_text(encoding="utf-8")
    assert "Hand-written." in text and "More prose." in text and "old" not in text
    assert "Generated by `python -m benchmarks`" in text
