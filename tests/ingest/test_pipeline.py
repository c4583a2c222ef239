"""Files in, store out: one transaction per file, bad files skipped, re-ingest idempotent,
new versions replacing old ones, removal by id or title. Runs on both stores."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphmodel import EdgeKind, GraphStore, NodeKind, PlanNotFound, Settings
from ingest.pipeline import (
    ProposalNotFound,
    decide,
    extract,
    find_plan,
    ingest_bytes,
    ingest_files,
    remove_plan,
    review_queue,
)
from tests.ingest.plan_files import docx_plan

PLANS = Path(__file__).resolve().parents[2] / "examples" / "plans"
LONDON = PLANS / "london-enriched-implementation-plan.txt"
EAST_MIDLANDS = PLANS / "east-midlands-smp-business-plan-2018-19.txt"
CREWE = PLANS / "crewe-community-cohesion-action-plan-2016-17.txt"


def _settings(store: GraphStore, **changes: object) -> Settings:
    return Settings(store=store.uri).model_copy(update=changes)


def _bad_files(tmp_path: Path) -> dict[str, tuple[bytes, str]]:
    """File name -> (bytes, error class name)."""
    return {
        "minutes.txt": (
            b"Minutes of the meeting\n\nThe group discussed the year ahead and agreed to meet again.\n",
            "NotAnActionPlan",
        ),
        "broken.docx": (b"PK\x03\x04 this is not really a zip archive at all", "CorruptFile"),
        "photo.png": (b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "UnsupportedFormat"),
        "empty.csv": (b"", "EmptyFile"),
    }


def test_five_samples_ingest_with_their_actions(
    store: GraphStore, sample_plans: list[Path]
) -> None:
    report = ingest_files(sample_plans, store, _settings(store))
    assert not report.failed
    totals = report.totals()
    assert totals["plans"] == 5
    assert totals["actions"] == 34 + 90 + 9 + 26 + 7
    assert len(store.nodes(NodeKind.PLAN)) == 5
    assert len(store.nodes(NodeKind.ACTION)) == totals["actions"]
    assert totals["organisations_merged"] > 0


def test_reingesting_the_same_file_changes_nothing(store: GraphStore) -> None:
    settings = _settings(store)
    first = ingest_files([LONDON], store, settings).files[0]
    counts, revision = store.counts(), store.revision()
    again = ingest_files([LONDON], store, settings).files[0]
    assert again.plan_id == first.plan_id
    assert again.unchanged
    assert store.counts() == counts
    assert store.revision() == revision


def test_newer_version_of_a_plan_replaces_the_old_one(store: GraphStore, tmp_path: Path) -> None:
    settings = _settings(store)
    ingest_files([LONDON], store, settings)
    text = LONDON.read_text(encoding="utf-8")
    start = text.index("5.3.5 Make refugees")
    end = text.index("\n", start)
    newer = tmp_path / "london-v2.txt"
    newer.write_text(text[:start] + text[end + 1 :], encoding="utf-8")
    report = ingest_files([newer], store, settings).files[0]
    assert report.replaced and report.actions == 33
    assert len(store.nodes(NodeKind.PLAN)) == 1
    refs = {n.get("ref") for n in store.nodes(NodeKind.ACTION)}
    assert "5.3.5" not in refs and "5.3.4" in refs


def test_bad_files_get_one_line_and_nothing_written_while_others_ingest(
    store: GraphStore, tmp_path: Path
) -> None:
    paths = []
    for name, (data, _) in _bad_files(tmp_path).items():
        path = tmp_path / name
        path.write_bytes(data)
        paths.append(path)
    report = ingest_files([paths[0], CREWE, *paths[1:]], store, _settings(store))
    failed = {f.file: f for f in report.failed}
    assert set(failed) == set(_bad_files(tmp_path))
    for name, (_, kind) in _bad_files(tmp_path).items():
        assert failed[name].error_type == kind
        assert failed[name].error.startswith(name)
        assert "\n" not in failed[name].error
    assert [f.file for f in report.ok] == [CREWE.name]
    assert store.owners() == [report.ok[0].plan_id]


def test_file_over_the_size_limit_is_refused_before_reading(
    store: GraphStore, tmp_path: Path
) -> None:
    report = ingest_files([LONDON], store, _settings(store, max_upload_bytes=1000))
    assert report.failed[0].error_type == "FileTooLarge"
    assert store.owners() == []


def test_missing_file_is_reported_not_raised(store: GraphStore, tmp_path: Path) -> None:
    report = ingest_files([tmp_path / "nowhere.txt", CREWE], store, _settings(store))
    assert report.failed[0].error.startswith("nowhere.txt")
    assert len(report.ok) == 1


def test_remove_by_title_keeps_bodies_other_plans_share(store: GraphStore) -> None:
    settings = _settings(store)
    report = ingest_files([LONDON, EAST_MIDLANDS], store, settings)
    london_id = report.files[0].plan_id
    title = store.node(london_id).name
    summary = remove_plan(store, title.upper())
    assert summary.owner == london_id
    assert store.node(london_id) is None
    assert all(n.get("plan") != london_id for n in store.nodes(NodeKind.ACTION))
    council = store.find_by_name("Refugee Council", [NodeKind.ORGANISATION])
    assert len(council) == 1
    assert {p.plan for p in council[0].provenance} == {report.files[1].plan_id}
    with pytest.raises(PlanNotFound):
        find_plan(store, london_id)


def test_people_left_out_when_settings_say_so(store: GraphStore) -> None:
    ingest_files([EAST_MIDLANDS], store, _settings(store, include_people=False))
    assert store.nodes(NodeKind.PERSON) == []
    boards = store.nodes(NodeKind.BOARD)
    assert boards
    members = store.edges_of([b.id for b in boards], [EdgeKind.MEMBER_OF], direction="in")
    assert members and all(store.node(e.source).kind == NodeKind.ORGANISATION for e in members)


def test_every_record_carries_provenance_with_file_and_line(store: GraphStore) -> None:
    report = ingest_files([CREWE], store, _settings(store))
    plan_id = report.files[0].plan_id
    actions = store.nodes(NodeKind.ACTION)
    assert actions and all(
        n.provenance[0].plan == plan_id
        and n.provenance[0].document == CREWE.name
        and n.provenance[0].line
        for n in actions
    )
    leads = list(store.edges(EdgeKind.LEADS))
    assert leads and all(e.provenance[0].line for e in leads)


def test_uploaded_bytes_ingest_like_files(store: GraphStore) -> None:
    header = ["Action", "Lead", "Timescale"]
    data = docx_plan(
        [["Open a drop-in advice session", "Citizens Advice", "Q1"]],
        header,
        heading="Riverside Action Plan 2020/21",
    )
    report = ingest_bytes(data, "riverside.docx", store, _settings(store))
    assert report.actions == 1
    assert extract(data, "riverside.docx", _settings(store)).plan.id == report.plan_id


def _near_miss_plan() -> bytes:
    header = ["Action", "Lead", "Timescale"]
    rows = [["Run a welcome event for new arrivals", "Refugee Counsel", "Q2"]]
    return docx_plan(rows, header, heading="Harbourtown Welcome Action Plan 2021/22")


def test_uncertain_merges_wait_for_review_and_decisions_bind_later_ingests(
    embedded_store: GraphStore,
) -> None:
    settings = _settings(embedded_store)
    first = ingest_bytes(_near_miss_plan(), "welcome.docx", embedded_store, settings)
    queue = review_queue(settings)
    proposal = next(p for p in queue.proposals if p.mention == "Refugee Counsel")
    assert proposal.candidate_name == "Refugee Council"
    lead_before = next(iter(embedded_store.edges(EdgeKind.LEADS))).source
    assert lead_before != proposal.candidate_id
    outcome = decide(settings, proposal.id, accept=True)
    assert outcome.decision == "accept"
    assert review_queue(settings).accepted == 1
    assert all(p.id != proposal.id for p in review_queue(settings).proposals)
    ingest_bytes(_near_miss_plan(), "welcome.docx", embedded_store, settings)
    leads = [
        e.source
        for e in embedded_store.edges(EdgeKind.LEADS)
        if e.provenance[0].plan == first.plan_id
    ]
    assert leads == [proposal.candidate_id]
    with pytest.raises(ProposalNotFound):
        decide(settings, proposal.id, accept=False)
