"""GraphML and GEXF for Gephi, and CSV tables for Excel and Neo4j: read back with the readers
those tools' formats have in networkx and the csv module, on both stores."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import networkx as nx
import pytest

from graphmodel import (
    EdgeKind,
    EmbeddedStore,
    GraphStore,
    Node,
    NodeKind,
    Provenance,
    contribution,
)
from graphmodel.exchange import RDF_EXPORTS, ExportFormat, export_graph, export_to_path
from graphmodel.exchange.errors import ExportTargetNotWritable
from graphmodel.exchange.measure import measure_exchange
from tests.graphmodel import exchange_graphs as sample


@pytest.fixture
def sample_store(store: GraphStore) -> GraphStore:
    sample.build(store)
    return store


def exported(store: GraphStore, fmt: str, include_people: bool = True) -> bytes:
    out = io.BytesIO()
    export_graph(store, fmt, out, include_people=include_people)
    return out.getvalue()


def tables(body: bytes) -> tuple[list[dict[str, str]], list[dict[str, str]], list[str]]:
    with zipfile.ZipFile(io.BytesIO(body)) as archive:
        nodes_text = archive.read("nodes.csv").decode("utf-8")
        edges_text = archive.read("edges.csv").decode("utf-8")
    header = next(csv.reader(io.StringIO(nodes_text)))
    nodes = list(csv.DictReader(io.StringIO(nodes_text)))
    edges = list(csv.DictReader(io.StringIO(edges_text)))
    return nodes, edges, header


@pytest.mark.parametrize(("fmt", "reader"), [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_gephi_formats_carry_every_node_and_edge_with_kind_and_provenance(
    sample_store: GraphStore, fmt: str, reader
) -> None:  # type: ignore[no-untyped-def]
    graph = reader(io.BytesIO(exported(sample_store, fmt)))
    stored_edges = list(sample_store.edges())
    assert sorted(graph.nodes) == sorted(n.id for n in sample_store.nodes())
    assert graph.number_of_edges() == len(stored_edges)
    action = graph.nodes["act-london-3-3-1"]
    assert action["kind"] == "Action"
    assert action["label"].startswith("3.3.1 Ensure")
    assert action["tasks"].count("; ") == 2
    assert action["plans"] == sample.LONDON and action["lines"] == "62"
    assert float(action["confidences"]) == 0.9
    memberships = graph.get_edge_data("person-heather-smith", "board-regional-migration-board")
    assert len(memberships) == 2
    assert {e["kind"] for e in memberships.values()} == {"MEMBER_OF"}
    assert {e["role"] for e in memberships.values()} == {"chair", "member"}
    refugee_council = graph.nodes["org-refugee-council"]
    assert sorted(refugee_council["plans"].split("; ")) == sorted(
        [sample.LONDON, sample.EAST_MIDLANDS]
    )


@pytest.mark.parametrize(("fmt", "reader"), [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_gephi_formats_keep_numbers_and_booleans_typed(
    sample_store: GraphStore, fmt: str, reader
) -> None:  # type: ignore[no-untyped-def]
    graph = reader(io.BytesIO(exported(sample_store, fmt)))
    plan = graph.nodes[sample.EAST_MIDLANDS]
    assert plan["year"] == 2018 and plan["draft"] is True
    similar = next(attrs for _, _, attrs in graph.edges(data=True) if attrs["kind"] == "SIMILAR_TO")
    assert similar["score"] == 0.42 and similar["shared_terms"] == "esol; asylum"


def test_attributes_with_mixed_types_and_reserved_names_stay_readable(
    embedded_store: GraphStore,
) -> None:
    prov = (Provenance(plan="p", document="p.txt", line=1),)
    embedded_store.write(
        contribution(
            "p",
            [
                Node(
                    id="act-a",
                    kind=NodeKind.ACTION,
                    name="A",
                    properties={"code": 7, "label": "x", "weight": 2},
                    provenance=prov,
                ),
                Node(
                    id="act-b",
                    kind=NodeKind.ACTION,
                    name="B",
                    properties={"code": "7b", "start": "2018", "notes": "page\x0cbreak <&>"},
                    provenance=prov,
                ),
            ],
            [],
        )
    )
    for fmt, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        graph = reader(io.BytesIO(exported(embedded_store, fmt)))
        assert graph.nodes["act-a"]["code"] == "7" and graph.nodes["act-b"]["code"] == "7b"
        assert graph.nodes["act-a"]["label"] == "A"
        assert graph.nodes["act-a"]["property_label"] == "x"
        assert graph.nodes["act-b"]["property_start"] == "2018"
        assert graph.nodes["act-b"]["notes"] == "page\ufffdbreak <&>"


def test_csv_tables_use_neo4j_import_headers_and_stable_ids(sample_store: GraphStore) -> None:
    nodes, edges, header = tables(exported(sample_store, "csv"))
    assert header[:3] == ["id:ID", ":LABEL", "name"]
    assert header[-4:] == [
        "plans:string[]",
        "sources:string[]",
        "lines:long[]",
        "confidences:double[]",
    ]
    assert {"year:long", "draft:boolean", "aliases:string[]", "tasks:string[]"} <= set(header)
    assert "text" in header
    ids = [row["id:ID"] for row in nodes]
    assert sorted(ids) == sorted(n.id for n in sample_store.nodes())
    assert len(ids) == len(set(ids))
    assert list(edges[0])[:5] == [":START_ID", ":END_ID", ":TYPE", "id", "discriminator"]
    assert {"score:double", "shared_terms:string[]", "role"} <= set(edges[0])
    assert len(edges) == len(list(sample_store.edges()))
    assert all(e[":START_ID"] in ids and e[":END_ID"] in ids for e in edges)
    assert {e["id"] for e in edges} == {e.id for e in sample_store.edges()}
    gla = next(r for r in nodes if r["id:ID"] == "org-greater-london-authority")
    assert gla[":LABEL"] == "Organisation"
    assert gla["aliases:string[]"] == "GLA|Greater London Authority|GLA"
    milestone = next(r for r in nodes if r[":LABEL"] == "Milestone")
    assert milestone["lines:long[]"] == "-1" and milestone["done:boolean"] == "false"
    rc = next(r for r in nodes if r["id:ID"] == "org-refugee-council")
    assert sorted(rc["plans:string[]"].split("|")) == sorted([sample.LONDON, sample.EAST_MIDLANDS])
    london = next(r for r in nodes if r["id:ID"] == "act-london-3-3-2")
    assert "\n" in london["text"]


def test_csv_export_is_the_same_twice(sample_store: GraphStore) -> None:
    first, second = exported(sample_store, "csv"), exported(sample_store, "csv")
    assert tables(first) == tables(second)


def test_csv_without_people_has_no_person_rows_or_edges(sample_store: GraphStore) -> None:
    nodes, edges, _ = tables(exported(sample_store, "csv", include_people=False))
    assert not [r for r in nodes if r[":LABEL"] == "Person"]
    assert not [e for e in edges if e[":START_ID"].startswith("person-")]
    text = repr((nodes, edges)).lower()
    assert all(p.lower() not in text for p in sample.PEOPLE)


def test_export_to_path_writes_files_and_refuses_unwritable_targets(
    sample_store: GraphStore, tmp_path: Path
) -> None:
    ttl = export_to_path(sample_store, "turtle", tmp_path / "out" / "graph.ttl")
    assert ttl.read_bytes() == exported(sample_store, "turtle")
    folder = export_to_path(sample_store, "csv", tmp_path / "csv")
    assert sorted(p.name for p in folder.iterdir()) == ["edges.csv", "nodes.csv"]
    blocker = tmp_path / "file"
    blocker.write_text("x", encoding="utf-8")
    with pytest.raises(ExportTargetNotWritable, match="cannot write the export"):
        export_to_path(sample_store, "gexf", blocker / "graph.gexf")


def test_edges_of_every_kind_appear_in_the_tables(sample_store: GraphStore) -> None:
    _, edges, _ = tables(exported(sample_store, "csv"))
    stored = {e.kind.value for e in sample_store.edges()}
    assert {e[":TYPE"] for e in edges} == stored
    assert {k.value for k in EdgeKind} - stored == set()


def test_measure_exchange_reports_every_format_on_a_small_synthetic_graph(tmp_path: Path) -> None:
    timings = measure_exchange(tmp_path, actions=60)
    assert [t.format for t in timings] == [f.value for f in ExportFormat]
    assert all(t.export_bytes > 0 and t.actions == 60 for t in timings)
    assert [t.import_seconds is not None for t in timings] == [
        f in RDF_EXPORTS for f in ExportFormat
    ]
    imported = EmbeddedStore(tmp_path / "import-nt")
    assert imported.counts()["Action"] == 60
    assert imported.counts() == EmbeddedStore(tmp_path / "source").counts()
