"""`partnergraph visualise ...`: the web UI's diagrams written as standalone HTML files."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from api.cli import app, main
from graphmodel import EmbeddedStore
from tests.visualisations.graphs import HOSTILE_NAME, load_partnerships
from visualisations import ego_network
from visualisations.bench import synthetic_partnership


@pytest.fixture
def store_dir(tmp_path: Path) -> str:
    path = tmp_path / "store"
    load_partnerships(EmbeddedStore(path)).close()
    return str(path)


def _run(*args: str) -> object:
    return CliRunner().invoke(app, list(args))


@pytest.mark.parametrize(
    ("args", "title"),
    [
        (["network", "--region", "London"], "Partner network: London"),
        (["ego", "UKBA"], "Home Office: actions, outcomes and partners"),
        (["withdrawal", "UKBA", "Refugee Council"], "If Home Office, Refugee Council withdrew"),
        (["overlaps", "--theme", "english"], "Overlapping actions: english"),
    ],
)
def test_each_diagram_is_written_as_a_standalone_page(
    store_dir: str, tmp_path: Path, args: list[str], title: str
) -> None:
    out = tmp_path / "diagram.html"
    result = _run("visualise", *args, "--out", str(out), "--store", store_dir)
    assert result.exit_code == 0, result.output
    html = out.read_text()
    assert f"<title>{title} · Partnergraph</title>" in html
    assert "<script src=" not in html and '<link rel="stylesheet"' not in html
    assert "@version 9.1.2" in html
    assert f"wrote {out}" in result.output


def test_the_written_page_holds_the_same_nodes_as_the_diagram(
    store_dir: str, tmp_path: Path
) -> None:
    out = tmp_path / "ego.html"
    _run("visualise", "ego", "org-refugee-council", "-o", str(out), "--store", store_dir)
    store = EmbeddedStore(store_dir)
    expected = ego_network(store, "org-refugee-council")
    ids = re.findall(r'\{"id":"([^"]+)","label"', out.read_text())
    assert ids == [n.id for n in expected.nodes]


def test_a_dash_writes_the_page_to_standard_output(store_dir: str) -> None:
    result = _run("visualise", "network", "--out", "-", "--store", store_dir)
    assert result.exit_code == 0
    assert result.stdout.startswith("<!DOCTYPE html>")
    assert HOSTILE_NAME not in result.stdout


def test_limit_caps_the_nodes_and_the_page_says_so(tmp_path: Path) -> None:
    store = tmp_path / "synthetic"
    synthetic_partnership(EmbeddedStore(store), 30).close()
    out = tmp_path / "net.html"
    result = _run("visualise", "network", "--limit", "10", "-o", str(out), "--store", str(store))
    assert result.exit_code == 0, result.output
    assert "Showing the 10 best-connected of 30 nodes" in out.read_text()
    assert "10 nodes and" in result.output and "(of 30)" in result.output


def test_errors_are_one_line_with_exit_status_one(
    store_dir: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as unknown:
        main(["visualise", "ego", "Atlantis Council", "-o", str(tmp_path / "x.html"),
              "--store", store_dir])  # fmt: skip
    assert unknown.value.code == 1
    err = capsys.readouterr().err
    assert err.startswith("partnergraph: error: no organisation, body or person called")
    assert err.count("\n") == 1
    with pytest.raises(SystemExit):
        main(["visualise", "network", "-o", str(tmp_path / "no" / "x.html"), "--store", store_dir])
    assert "partnergraph: error: cannot write" in capsys.readouterr().err
