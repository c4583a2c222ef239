"""GET /people and DELETE /people/{person}, and the `people` and `forget` commands (both
stores): the CLI's JSON is the API's body, errors are one line naming the input, and an
unknown or ambiguous name changes nothing."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api import create_app
from api.cli import app, main
from graphmodel import GraphStore, NodeKind, Settings
from ingest.pipeline import ingest_files

LONDON = "plan-london-enriched-implementation-plan-december-200-cacd377c42"


def load(store: GraphStore, sample_plans: list[Path]) -> None:
    store.clear()
    report = ingest_files(sample_plans, store, Settings(store=store.uri, include_people=True))
    assert not report.failed, [f.error for f in report.failed]


@pytest.fixture
def client(store: GraphStore, sample_plans: list[Path]) -> Iterator[TestClient]:
    load(store, sample_plans)
    with TestClient(create_app(Settings(), store)) as client:
        yield client


@pytest.fixture
def cli(store_settings: Settings):  # type: ignore[no-untyped-def]
    runner = CliRunner()
    env = {"NEO4J_USER": store_settings.neo4j_user, "NEO4J_PASSWORD": store_settings.neo4j_password}

    def run(*args: str) -> object:
        result = runner.invoke(
            app, [*args, "--store", store_settings.store, "--format", "json"], env=env
        )
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout)

    return run


def test_get_people_equals_the_cli(client: TestClient, cli) -> None:  # type: ignore[no-untyped-def]
    body = client.get("/people").json()
    assert len(body["people"]) == 32
    assert body == cli("people")
    london = client.get("/people", params={"plan": LONDON}).json()
    assert [p["name"] for p in london["people"]] == ["Mayor (Kit Malthouse)"]
    assert london == cli("people", "--plan", LONDON)


def test_get_people_of_an_unknown_plan_is_404(client: TestClient) -> None:
    response = client.get("/people", params={"plan": "plan-nowhere"})
    assert response.status_code == 404
    assert response.json()["error"]["type"] == "PlanNotFound"


def test_delete_a_person_equals_forget_in_the_cli(
    client: TestClient,
    cli,  # type: ignore[no-untyped-def]
    store: GraphStore,
    sample_plans: list[Path],
) -> None:
    response = client.delete("/people/Kit Malthouse")
    assert response.status_code == 200
    body = response.json()
    assert [p["name"] for p in body["forgotten"]] == ["Mayor (Kit Malthouse)"]
    assert body["plans"] == [
        {"owner": LONDON, "people_removed": 1, "edges_removed": 1, "texts_redacted": 0}
    ]
    assert client.get("/people", params={"plan": LONDON}).json() == {"people": []}
    assert client.delete("/people/Kit Malthouse").status_code == 404
    load(store, sample_plans)
    assert cli("forget", "Kit Malthouse") == body


def test_delete_an_unknown_person_is_404_and_changes_nothing(
    client: TestClient, store: GraphStore
) -> None:
    revision = store.revision()
    response = client.delete("/people/Nobody Known")
    assert response.status_code == 404
    error = response.json()["error"]
    assert error["type"] == "PersonNotFound"
    assert error["details"]["query"] == "Nobody Known"
    assert store.revision() == revision


def test_delete_an_ambiguous_name_is_409_with_candidates(
    client: TestClient, store: GraphStore
) -> None:
    response = client.delete("/people/Richard")
    assert response.status_code == 409
    names = [c["name"] for c in response.json()["error"]["details"]["candidates"]]
    assert names == ["Richard Jackson", "Richard Wright"]
    assert len(store.nodes(NodeKind.PERSON)) == 32


def test_forget_errors_are_one_line_and_change_nothing(
    client: TestClient,
    store: GraphStore,
    store_settings: Settings,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("NEO4J_USER", store_settings.neo4j_user)
    monkeypatch.setenv("NEO4J_PASSWORD", store_settings.neo4j_password)
    revision = store.revision()
    for names, expected in (
        (["KK", "Nobody Known"], "no person called 'Nobody Known'"),
        (["Sarah"], "'Sarah' could mean 2 people"),
    ):
        with pytest.raises(SystemExit) as exit_info:
            main(["forget", *names, "--store", store_settings.store])
        assert exit_info.value.code == 1
        err = capsys.readouterr().err
        assert err.startswith("partnergraph: error: ") and expected in err
        assert err.count("\n") == 1
    assert store.revision() == revision


def test_forget_prints_a_table(store_settings: Settings, client: TestClient) -> None:
    env = {"NEO4J_USER": store_settings.neo4j_user, "NEO4J_PASSWORD": store_settings.neo4j_password}
    result = CliRunner().invoke(
        app, ["forget", "KK", "DC", "--store", store_settings.store], env=env
    )
    assert result.exit_code == 0, result.output
    assert "forgot 2" in result.stdout
    assert "2 people and 20 edges removed, 8 texts redacted" in " ".join(result.stdout.split())
