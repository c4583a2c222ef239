"""Every unseen plan through `ingest_files` into both stores: all ingest with the actions a
reader counts, bodies they share are one node, re-ingest changes nothing, and bad files among
them get one line each with nothing written."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphmodel import EdgeKind, GraphStore, NodeKind, Settings
from ingest.pipeline import IngestReport, ingest_files
from tests.ingest.unseen.plans import ALL_PLANS


def _settings(store: GraphStore) -> Settings:
    return Settings(store=store.uri)


@pytest.fixture
def plan_paths(tmp_path: Path) -> list[Path]:
    paths = []
    for name, (write, _) in ALL_PLANS.items():
        path = tmp_path / name
        path.write_bytes(write())
        paths.append(path)
    return paths


@pytest.fixture
def ingested(store: GraphStore, plan_paths: list[Path]) -> IngestReport:
    return ingest_files(plan_paths, store, _settings(store))


def test_every_unseen_plan_ingests_with_the_actions_a_reader_counts(
    store: GraphStore, ingested: IngestReport
) -> None:
    assert not ingested.failed, [f.error for f in ingested.failed]
    assert {f.file: f.actions for f in ingested.files} == {
        name: count for name, (_, count) in ALL_PLANS.items()
    }
    assert len(store.nodes(NodeKind.PLAN)) == len(ALL_PLANS)
    assert len(store.nodes(NodeKind.ACTION)) == sum(count for _, count in ALL_PLANS.values())


def test_a_body_several_plans_name_is_one_node_with_all_its_commitments(
    store: GraphStore, ingested: IngestReport
) -> None:
    found = store.find_by_name("Jobcentre Plus", [NodeKind.ORGANISATION])
    assert len(found) == 1
    edges = store.edges_of([found[0].id], [EdgeKind.LEADS, EdgeKind.PARTNER_IN], direction="out")
    plans = {store.node(e.target).get("plan") for e in edges}
    # Sheffield, Leicester, Norfolk, Lincolnshire and Glasgow all work with it.
    assert len(plans) == 5


def test_each_plan_with_an_owner_is_hosted_by_it(store: GraphStore, ingested: IngestReport) -> None:
    hosted = {e.source: e.target for e in store.edges(EdgeKind.HOSTED_BY)}
    owners = {
        p.name: store.node(hosted[p.id]).name
        for p in store.nodes(NodeKind.PLAN)
        if p.id in hosted and store.node(hosted[p.id]) is not None
    }
    assert owners["Community Cohesion Action Plan"] == "Rochdale Borough Council"
    assert owners["Wales Strategic Migration Partnership Work Plan"] == (
        "Wales Strategic Migration Partnership"
    )
    # The two CSV files name no body that owns them.
    unowned = {p.name for p in store.nodes(NodeKind.PLAN)} - set(owners)
    assert unowned == {"Leicester Integration Programme Export", "Newcastle Sanctuary Plan"}


def test_reingesting_the_unseen_plans_changes_nothing(
    store: GraphStore, ingested: IngestReport, plan_paths: list[Path]
) -> None:
    counts, revision = store.counts(), store.revision()
    again = ingest_files(plan_paths, store, _settings(store))
    assert all(f.unchanged for f in again.files)
    assert store.counts() == counts
    assert store.revision() == revision


def test_bad_files_among_unseen_plans_get_one_line_and_write_nothing(
    store: GraphStore, plan_paths: list[Path], tmp_path: Path
) -> None:
    minutes = tmp_path / "forum-minutes.md"
    minutes.write_text(
        "# Migration Forum minutes\n\nMembers discussed the year ahead and agreed to meet "
        "again in March.\n\n- Apologies were received from two members\n",
        encoding="utf-8",
    )
    broken = tmp_path / "tracker-copy.xlsx"
    broken.write_bytes(b"PK\x03\x04 truncated by an email gateway")
    report = ingest_files([minutes, *plan_paths[:2], broken], store, _settings(store))
    failed = {f.file: f for f in report.failed}
    assert set(failed) == {minutes.name, broken.name}
    assert failed[minutes.name].error_type == "NotAnActionPlan"
    assert failed[broken.name].error_type == "CorruptFile"
    for name, report_line in failed.items():
        assert report_line.error.startswith(name) and "\n" not in report_line.error
    assert len(store.owners()) == 2
