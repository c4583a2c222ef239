"""Upload, preview and remove plans over HTTP; errors in the one JSON shape; the CLI's JSON
equals the API's body for the same question."""

from __future__ import annotations

import json
from pathlib import Path

from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api import create_app
from api.cli import app as cli
from graphmodel import GraphStore, NodeKind, Settings

PLANS = Path(__file__).resolve().parents[2] / "examples" / "plans"
CREWE = PLANS / "crewe-community-cohesion-action-plan-2016-17.txt"
STOCKTON = PLANS / "stockton-asylum-seeker-services-review.txt"


def _upload(client: TestClient, path: Path, data: bytes | None = None, url: str = "/plans"):  # type: ignore[no-untyped-def]
    return client.post(
        url, files={"file": (path.name, data if data is not None else path.read_bytes())}
    )


def test_upload_ingests_a_plan_and_reports_it(store: GraphStore) -> None:
    with TestClient(create_app(Settings(store=store.uri), store)) as client:
        response = _upload(client, CREWE)
        listed = client.get("/plans").json()
    assert response.status_code == 201
    body = response.json()
    assert body["totals"]["plans"] == 1 and body["totals"]["actions"] == 26
    assert [p["id"] for p in listed] == [body["files"][0]["plan_id"]]


def test_upload_errors_are_4xx_in_the_one_error_shape_and_write_nothing(store: GraphStore) -> None:
    settings = Settings(store=store.uri, max_upload_bytes=2000)
    with TestClient(create_app(settings, store)) as client:
        too_large = _upload(client, CREWE)
        empty = _upload(client, Path("empty.txt"), b"")
        image = _upload(client, Path("scan.png"), b"\x89PNG\r\n\x1a\n" + b"\x00" * 32)
        not_plan = _upload(
            client, Path("notes.txt"), b"Notes\n\nWe met and talked about the weather.\n"
        )
    assert too_large.status_code == 413
    assert too_large.json()["error"]["type"] == "FileTooLarge"
    assert empty.status_code == 422 and empty.json()["error"]["type"] == "EmptyFile"
    assert image.status_code == 415 and image.json()["error"]["type"] == "UnsupportedFormat"
    assert not_plan.status_code == 422 and not_plan.json()["error"]["type"] == "NotAnActionPlan"
    assert "notes.txt" in not_plan.json()["error"]["message"]
    assert store.owners() == []


def test_delete_removes_a_plan_and_unknown_plans_are_404(store: GraphStore) -> None:
    with TestClient(create_app(Settings(store=store.uri), store)) as client:
        plan_id = _upload(client, STOCKTON).json()["files"][0]["plan_id"]
        deleted = client.delete(f"/plans/{plan_id}")
        again = client.delete(f"/plans/{plan_id}")
    assert deleted.status_code == 200 and deleted.json()["plan_id"] == plan_id
    assert store.nodes(NodeKind.ACTION) == []
    assert again.status_code == 404 and again.json()["error"]["type"] == "PlanNotFound"


def test_cli_extract_json_equals_the_api_preview(
    embedded_store: GraphStore, tmp_path: Path
) -> None:
    settings = Settings(store=str(tmp_path / "unused"))
    with TestClient(create_app(settings, embedded_store)) as client:
        api_body = _upload(client, STOCKTON, url="/plans/extract").json()
    result = CliRunner().invoke(cli, ["extract", str(STOCKTON), "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout) == api_body
    assert set(api_body) >= {"plan", "actions", "entities", "relations"}
    assert set(api_body["plan"]) >= {"id", "title", "region", "owner", "period", "source"}
    action = api_body["actions"][0]
    assert set(action) >= {
        "id",
        "ref",
        "text",
        "theme",
        "objective",
        "outcomes",
        "tasks",
        "kpi",
        "due",
        "status",
        "leads",
        "partners",
        "depends_on",
        "source",
        "confidence",
    }
    assert set(action["source"]) == {"file", "line"}
    assert set(
        api_body["relations"][0]
        if api_body["relations"]
        else {"from": 1, "type": 1, "to": 1, "role": 1}
    ) >= {"from", "type", "to", "role"}


def test_cli_ingest_reports_failures_and_exits_1(tmp_path: Path) -> None:
    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"PK\x03\x04 not a zip")
    store = tmp_path / "store"
    result = CliRunner().invoke(
        cli, ["ingest", str(CREWE), str(bad), "--store", str(store), "--format", "json"]
    )
    assert result.exit_code == 1
    body = json.loads(result.stdout)
    assert body["totals"]["plans"] == 1 and body["totals"]["failed"] == 1
    assert "broken.docx: " in result.stderr
    assert result.stderr.count("partnergraph: error:") == 1


def test_cli_remove_by_title(tmp_path: Path) -> None:
    store = str(tmp_path / "store")
    runner = CliRunner()
    assert runner.invoke(cli, ["ingest", str(STOCKTON), "--store", store]).exit_code == 0
    result = runner.invoke(
        cli,
        [
            "remove",
            "Action Plan – Review of Asylum Seeker Services",
            "--store",
            store,
            "--format",
            "json",
        ],
    )
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["nodes_deleted"] > 0


def test_cli_demo_ingests_the_bundled_samples_without_serving(tmp_path: Path) -> None:
    result = CliRunner().invoke(cli, ["demo", "--store", str(tmp_path / "demo"), "--no-serve"])
    assert result.exit_code == 0, result.output
    assert "5 plans, 166 actions" in result.stdout


def test_merge_review_over_http_matches_the_cli(embedded_store: GraphStore) -> None:
    from tests.ingest.plan_files import docx_plan

    data = docx_plan(
        [["Run a welcome event for new arrivals", "Refugee Counsel", "Q2"]],
        ["Action", "Lead", "Timescale"],
        heading="Harbourtown Welcome Action Plan 2021/22",
    )
    with TestClient(create_app(Settings(store=embedded_store.uri), embedded_store)) as client:
        assert _upload(client, Path("welcome.docx"), data).status_code == 201
        queue = client.get("/orgs/review").json()
        cli_queue = CliRunner().invoke(
            cli, ["orgs", "review", "--store", embedded_store.uri, "--format", "json"]
        )
        proposal = next(p for p in queue["proposals"] if p["mention"] == "Refugee Counsel")
        decided = client.post(f"/orgs/review/{proposal['id']}", json={"decision": "reject"})
        again = client.post(f"/orgs/review/{proposal['id']}", json={"decision": "accept"})
        invalid = client.post(f"/orgs/review/{proposal['id']}", json={"decision": "maybe"})
    assert json.loads(cli_queue.stdout) == queue
    assert decided.status_code == 200 and decided.json()["decision"] == "reject"
    assert again.status_code == 404 and again.json()["error"]["type"] == "ProposalNotFound"
    assert invalid.status_code == 422


def test_console_entry_point_exits_1_when_a_file_fails(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    import pytest

    from api.cli import main

    bad = tmp_path / "broken.docx"
    bad.write_bytes(b"PK\x03\x04 not a zip")
    with pytest.raises(SystemExit) as exit_info:
        main(["ingest", str(CREWE), str(bad), "--store", str(tmp_path / "store")])
    assert exit_info.value.code == 1
    assert "partnergraph: error: broken.docx:" in capsys.readouterr().err
