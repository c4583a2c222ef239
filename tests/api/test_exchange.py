"""`GET /export` and the `export` / `import` commands, on both stores: every format comes out
readable by the tools it is for, the CLI writes what the API serves, people can be withheld,
and a bad import is one line on stderr with nothing written."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from pathlib import Path

import networkx as nx
import pytest
import rdflib
from fastapi.testclient import TestClient
from rdflib.compare import isomorphic
from typer.testing import CliRunner

from api import create_app
from api.cli import app, main
from graphmodel import EmbeddedStore, GraphStore, Settings, export_graph
from tests.graphmodel import exchange_graphs as sample

pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated")

PARSER = {"turtle": "turtle", "jsonld": "json-ld", "nt": "nt"}
MEDIA = {
    "turtle": "text/turtle; charset=utf-8",
    "jsonld": "application/ld+json",
    "nt": "application/n-triples",
    "graphml": "application/graphml+xml",
    "gexf": "application/gexf+xml",
    "csv": "application/zip",
}


@pytest.fixture
def sample_store(store: GraphStore) -> GraphStore:
    sample.build(store)
    return store


def _client(store: GraphStore, **settings: object) -> TestClient:
    return TestClient(create_app(Settings(store=store.uri, **settings), store))


def _readable(fmt: str, body: bytes) -> int:
    """Parse an export with the tool it is meant for; returns how many things it holds."""
    if fmt in PARSER:
        return len(rdflib.Graph().parse(data=body, format=PARSER[fmt]))
    if fmt == "graphml":
        return nx.read_graphml(io.BytesIO(body)).number_of_nodes()
    if fmt == "gexf":
        return nx.read_gexf(io.BytesIO(body)).number_of_nodes()
    with zipfile.ZipFile(io.BytesIO(body)) as archive:
        assert sorted(archive.namelist()) == ["edges.csv", "nodes.csv"]
        return len(list(csv.reader(io.StringIO(archive.read("nodes.csv").decode())))) - 1


def _text_of(fmt: str, body: bytes) -> str:
    if fmt == "csv":
        with zipfile.ZipFile(io.BytesIO(body)) as archive:
            return "\n".join(archive.read(n).decode() for n in archive.namelist())
    return body.decode()


def _people_named(text: str) -> list[str]:
    flat = " ".join(text.split()).lower()
    return [p for p in (*sample.PEOPLE, "Heather Smith") if p.lower() in flat]


@pytest.mark.parametrize("fmt", list(MEDIA))
def test_export_serves_every_format_readably(sample_store: GraphStore, fmt: str) -> None:
    with _client(sample_store) as client:
        response = client.get("/export", params={"format": fmt})
    assert response.status_code == 200
    assert response.headers["content-type"] == MEDIA[fmt]
    assert 'attachment; filename="partnergraph.' in response.headers["content-disposition"]
    assert _readable(fmt, response.content) > 0
    if fmt not in PARSER:
        assert _readable(fmt, response.content) == len(sample_store.nodes())


def test_export_defaults_to_turtle_and_matches_the_library(sample_store: GraphStore) -> None:
    with _client(sample_store) as client:
        body = client.get("/export").content
    expected = io.BytesIO()
    export_graph(sample_store, "turtle", expected)
    assert body == expected.getvalue()


@pytest.mark.parametrize("fmt", list(MEDIA))
def test_without_people_the_export_names_nobody(sample_store: GraphStore, fmt: str) -> None:
    with _client(sample_store) as client:
        full = client.get("/export", params={"format": fmt}).content
        withheld = client.get("/export", params={"format": fmt, "without_people": "true"})
    assert _people_named(_text_of(fmt, full))
    assert withheld.status_code == 200
    assert _people_named(_text_of(fmt, withheld.content)) == []
    assert "Refugee Council" in _text_of(fmt, withheld.content)


def test_a_server_run_without_people_never_exports_them(sample_store: GraphStore) -> None:
    with _client(sample_store, include_people=False) as client:
        body = client.get("/export", params={"format": "nt", "without_people": "false"}).content
    assert _people_named(body.decode()) == []


def test_an_unknown_export_format_is_a_422_in_the_one_error_shape(
    sample_store: GraphStore,
) -> None:
    with _client(sample_store) as client:
        response = client.get("/export", params={"format": "rdfxml"})
    assert response.status_code == 422
    error = response.json()["error"]
    assert error["type"] == "InvalidParameter" and "format" in error["message"]


# -- CLI ------------------------------------------------------------------------------------------


@pytest.fixture
def cli_env(store_settings: Settings) -> dict[str, str]:
    return {
        "NEO4J_USER": store_settings.neo4j_user,
        "NEO4J_PASSWORD": store_settings.neo4j_password,
        "PARTNERGRAPH_INCLUDE_PEOPLE": "true",
    }


def test_cli_export_to_stdout_equals_the_api_body(
    sample_store: GraphStore, store_settings: Settings, cli_env: dict[str, str]
) -> None:
    result = CliRunner().invoke(
        app, ["export", "--store", store_settings.store, "--format", "nt"], env=cli_env
    )
    assert result.exit_code == 0, result.output
    with _client(sample_store) as client:
        assert result.stdout_bytes == client.get("/export", params={"format": "nt"}).content


def test_cli_export_then_import_round_trips_through_a_file(
    sample_store: GraphStore,
    store_settings: Settings,
    cli_env: dict[str, str],
    tmp_path: Path,
) -> None:
    runner = CliRunner()
    out = tmp_path / "graph.jsonld"
    exported = runner.invoke(
        app,
        ["export", "--store", store_settings.store, "-f", "jsonld", "--out", str(out)],
        env=cli_env,
    )
    assert exported.exit_code == 0, exported.output
    copy = tmp_path / "copy"
    imported = runner.invoke(
        app, ["import", str(out), "--store", str(copy), "--format", "json"], env=cli_env
    )
    assert imported.exit_code == 0, imported.output
    summary = json.loads(imported.stdout)
    assert summary["format"] == "jsonld" and summary["source"] == "graph.jsonld"
    assert [o["owner"] for o in summary["owners"]][-1] == sample.SIMILARITY
    again = io.BytesIO()
    export_graph(EmbeddedStore(copy), "jsonld", again)
    assert isomorphic(
        rdflib.Graph().parse(data=out.read_bytes(), format="json-ld"),
        rdflib.Graph().parse(data=again.getvalue(), format="json-ld"),
    )


def test_cli_import_into_the_store_under_test(
    store: GraphStore, store_settings: Settings, cli_env: dict[str, str], tmp_path: Path
) -> None:
    source = EmbeddedStore(tmp_path / "source")
    sample.build(source)
    path = tmp_path / "graph.ttl"
    with open(path, "wb") as handle:
        export_graph(source, "turtle", handle)
    result = CliRunner().invoke(
        app, ["import", str(path), "--store", store_settings.store], env=cli_env
    )
    assert result.exit_code == 0, result.output
    assert "Imported" in result.stdout
    assert store.counts() == source.counts()


def test_cli_csv_export_goes_to_a_directory_or_a_zip(
    sample_store: GraphStore, store_settings: Settings, cli_env: dict[str, str], tmp_path: Path
) -> None:
    runner = CliRunner()
    for target in (tmp_path / "tables", tmp_path / "tables.zip"):
        result = runner.invoke(
            app,
            ["export", "--store", store_settings.store, "-f", "csv", "--out", str(target)],
            env=cli_env,
        )
        assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "tables").iterdir()) == ["edges.csv", "nodes.csv"]
    with zipfile.ZipFile(tmp_path / "tables.zip") as archive:
        assert archive.read("nodes.csv") == (tmp_path / "tables/nodes.csv").read_bytes()


def test_cli_without_people_flag_and_environment_switch(
    sample_store: GraphStore, store_settings: Settings, cli_env: dict[str, str]
) -> None:
    runner = CliRunner()
    base = ["export", "--store", store_settings.store, "-f", "turtle"]
    flagged = runner.invoke(app, [*base, "--without-people"], env=cli_env)
    switched = runner.invoke(app, base, env={**cli_env, "PARTNERGRAPH_INCLUDE_PEOPLE": "false"})
    assert flagged.exit_code == 0 and switched.exit_code == 0
    assert _people_named(flagged.stdout) == [] and _people_named(switched.stdout) == []
    assert flagged.stdout == switched.stdout


def test_cli_import_of_bad_rdf_is_one_line_on_stderr_and_writes_nothing(
    sample_store: GraphStore,
    store_settings: Settings,
    cli_env: dict[str, str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    for key, value in cli_env.items():
        monkeypatch.setenv(key, value)
    counts = sample_store.counts()
    bad = tmp_path / "bad.ttl"
    bad.write_text(
        "@prefix pg: <https://partnergraph.org/ns#> .\n"
        "<https://partnergraph.org/id/act-x> a pg:Widget ;\n"
        '    <http://www.w3.org/2000/01/rdf-schema#label> "x" .\n',
        encoding="utf-8",
    )
    unknown = tmp_path / "graph.rdf"
    unknown.write_text("<a> <b> <c> .", encoding="utf-8")
    for path, expected in ((bad, "pg:Widget"), (unknown, "from its extension")):
        with pytest.raises(SystemExit) as exited:
            main(["import", str(path), "--store", store_settings.store])
        assert exited.value.code == 1
        err = capsys.readouterr().err
        assert err.startswith("partnergraph: error: ") and err.count("\n") == 1
        assert expected in err or "Widget" in err
    assert sample_store.counts() == counts
