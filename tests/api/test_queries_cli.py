"""The query commands: `--format json` prints exactly what the API answers for the same
question on the same store (both stores), tables for people, one-line errors."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from api import create_app
from api.cli import app, main
from graphmodel import EdgeKind, GraphStore, Settings
from tests.queries.graphs import load_samples


@pytest.fixture
def client(store: GraphStore) -> Iterator[TestClient]:
    load_samples(store)
    with TestClient(create_app(Settings(), store)) as client:
        yield client


@pytest.fixture
def cli(store_settings: Settings, client: TestClient):  # type: ignore[no-untyped-def]
    """Run a command against the store under test; returns its parsed JSON output."""
    runner = CliRunner()
    env = {"NEO4J_USER": store_settings.neo4j_user, "NEO4J_PASSWORD": store_settings.neo4j_password}

    def run(*args: str, fmt: str = "json") -> object:
        result = runner.invoke(
            app, [*args, "--store", store_settings.store, "--format", fmt], env=env
        )
        assert result.exit_code == 0, result.output
        return json.loads(result.stdout) if fmt == "json" else result.stdout

    return run


@pytest.mark.parametrize(
    ("command", "method", "path", "payload"),
    [
        (["commitments", "UKBA"], "get", "/organisations/UKBA/commitments", None),
        (["commitments", "GLA"], "get", "/organisations/GLA/commitments", None),
        (["depends", "emfec"], "get", "/organisations/emfec/dependent-outcomes", None),
        (
            ["withdraw", "emfec", "Northamptonshire County Council"],
            "post",
            "/scenarios/withdrawal",
            {"organisations": ["emfec", "Northamptonshire County Council"]},
        ),
        (["overlaps"], "get", "/overlaps", None),
        (
            [
                "overlaps",
                "--region",
                "London",
                "--min-score",
                "0.2",
                "--limit",
                "2",
                "--offset",
                "1",
            ],
            "get",
            "/overlaps?region=London&min_score=0.2&limit=2&offset=1",
            None,
        ),
        (
            ["similar", "Hate crime training for volunteers", "--limit", "3"],
            "post",
            "/overlaps/similar",
            {"text": "Hate crime training for volunteers", "limit": 3},
        ),
        (
            ["search", "police", "--kind", "Organisation", "--limit", "5"],
            "get",
            "/search?q=police&kind=Organisation&limit=5",
            None,
        ),
    ],
)
def test_cli_json_equals_the_api_response_body(
    cli, client: TestClient, command: list[str], method: str, path: str, payload: dict | None
) -> None:  # type: ignore[no-untyped-def]
    response = client.request(method, path, json=payload)
    assert response.status_code == 200
    assert cli(*command) == response.json()


def test_overlaps_write_stores_the_pairs_and_stored_reads_them(
    cli, client: TestClient, store: GraphStore
) -> None:  # type: ignore[no-untyped-def]
    written = cli("overlaps", "--write")
    assert len(list(store.edges(EdgeKind.SIMILAR_TO))) == written["total"] > 0
    stored = cli("overlaps", "--stored")
    assert stored["source"] == "stored"
    assert stored == client.get("/overlaps", params={"stored": True}).json()


def test_tables_are_printed_for_people(cli) -> None:  # type: ignore[no-untyped-def]
    text = cli("commitments", "UKBA", fmt="table")
    assert "UK Border Agency" in text
    assert "3.3.1" in text
    assert "ESOL" in cli("overlaps", fmt="table")
    assert "loses its chair" not in cli("withdraw", "emfec", fmt="table")


def test_an_unknown_organisation_is_one_line_on_stderr_and_exit_1(
    store_settings: Settings, client: TestClient, capsys, monkeypatch
) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv("NEO4J_USER", store_settings.neo4j_user)
    monkeypatch.setenv("NEO4J_PASSWORD", store_settings.neo4j_password)
    with pytest.raises(SystemExit) as caught:
        main(["commitments", "Nowhere Trust", "--store", store_settings.store])
    assert caught.value.code == 1
    err = capsys.readouterr().err
    assert err.startswith("partnergraph: error: no organisation, body or person called")
    assert err.count("\n") == 1
