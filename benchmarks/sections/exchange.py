"""Export time and size per format, and RDF import time, on the loaded corpus (via
`graphmodel.exchange`), beside generic-library baselines.

Baselines: for RDF, rdflib parsing our N-Triples into a `Graph` and serialising it in the
format (export) or rdflib parsing the file without writing anything (import, a lower bound);
for GraphML and GEXF, networkx's writers over the graph loaded whole; for CSV, the csv module
over `store.nodes()` and `store.edges()`. rdflib holds every triple in memory, so its
baselines run only up to `RDF_BASELINE_MAX` actions.

Imports go into an empty store of the same backend; on Neo4j that is the same database
cleared, so this section runs last. Above `ALL_IMPORTS_MAX` actions, and in smoke mode (the
test suite), only N-Triples is imported; smoke mode runs no baseline.
"""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path
from typing import Any

import networkx as nx
import orjson

from benchmarks import baselines
from benchmarks.context import Context, need
from benchmarks.measure import Figure, Section, timed

RDF_BASELINE_MAX = 10_000
#: Above this many actions only N-Triples is imported (the RDF formats parse alike).
ALL_IMPORTS_MAX = 10_000


def run(ctx: Context, section: Section) -> None:
    exchange = need("graphmodel.exchange", "ExportFormat", "export_to_path", "import_rdf_file")
    export_format, export_to_path, import_rdf_file = exchange
    rdf = need("graphmodel.exchange", "RDF_EXPORTS")
    workdir = Path(ctx.workdir) / f"exchange-{ctx.store_name}-{ctx.size}"
    workdir.mkdir(parents=True, exist_ok=True)
    written: list[tuple[Any, Path]] = []
    counts = ctx.store.counts()
    # N-Triples first: the rdflib baselines for the other RDF formats start from it.
    for fmt in sorted(export_format, key=lambda f: f.value != "nt"):
        suffix = ".zip" if fmt.value == "csv" else f".{fmt.value}"
        target = workdir / f"graph-{fmt.value}{suffix}"
        seconds, _ = timed(lambda fmt=fmt, target=target: export_to_path(ctx.store, fmt, target))
        base_seconds, method = (
            (None, "not run in smoke mode")
            if ctx.smoke
            else _export_baseline(ctx, fmt.value, workdir, written)
        )
        section.add(
            Figure(
                name=f"export {fmt.value}",
                value=seconds,
                unit="s",
                baseline=base_seconds,
                baseline_method=method,
                samples=1,
                note=f"{target.stat().st_size:,} bytes",
            )
        )
        written.append((fmt, target))
    for fmt, target in written:
        if fmt not in rdf or ((ctx.smoke or ctx.size > ALL_IMPORTS_MAX) and fmt.value != "nt"):
            continue
        base_seconds, method = (
            (None, "not run in smoke mode")
            if ctx.smoke
            else _import_baseline(ctx, fmt.value, target)
        )
        with ctx.handle.scratch() as empty:  # type: ignore[union-attr]
            seconds, summary = timed(
                lambda f=fmt, t=target, e=empty: import_rdf_file(e, t, f.value)
            )
        section.add(
            Figure(
                name=f"import {fmt.value}",
                value=seconds,
                unit="s",
                baseline=base_seconds,
                baseline_method=method,
                samples=1,
                note=f"{summary.nodes:,} nodes and {summary.edges:,} edges into an empty store",
            )
        )
    for _, target in written:
        if target.is_dir():
            continue
        target.unlink(missing_ok=True)
    section.details["formats"] = [f.value for f, _ in written]
    section.details["exported_counts"] = counts


def _export_baseline(
    ctx: Context, fmt: str, workdir: Path, written: list[tuple[Any, Path]]
) -> tuple[float | None, str]:
    if fmt in ("turtle", "jsonld", "nt"):
        nt = next((p for f, p in written if f.value == "nt"), None)
        if nt is None and fmt != "nt":
            return None, "rdflib: needs the N-Triples export first"
        if ctx.size > RDF_BASELINE_MAX:
            return None, f"rdflib in memory: run only up to {RDF_BASELINE_MAX:,} actions"
        if fmt == "nt":
            return None, "rdflib: the N-Triples export is the baseline's input"
        import rdflib

        def rdflib_export() -> None:
            graph = rdflib.Graph()
            graph.parse(nt, format="nt")
            graph.serialize(workdir / f"rdflib.{fmt}", format="json-ld" if fmt == "jsonld" else fmt)

        seconds, _ = timed(rdflib_export)
        (workdir / f"rdflib.{fmt}").unlink(missing_ok=True)
        return seconds, "rdflib Graph.parse of our N-Triples, then Graph.serialize"
    if fmt in ("graphml", "gexf"):

        def networkx_export() -> None:
            graph = baselines.load_graph(ctx.store)
            flat = nx.MultiDiGraph()
            for node, data in graph.nodes(data=True):
                flat.add_node(
                    node, kind=str(data["kind"]), name=data["name"], **_flat(data["props"])
                )
            for u, v, data in graph.edges(data=True):
                flat.add_edge(u, v, kind=str(data["kind"]), **_flat(data["props"]))
            writer = nx.write_graphml if fmt == "graphml" else nx.write_gexf
            writer(flat, workdir / f"networkx.{fmt}")

        seconds, _ = timed(networkx_export)
        (workdir / f"networkx.{fmt}").unlink(missing_ok=True)
        return seconds, "networkx write_graphml / write_gexf over the graph loaded whole"

    def csv_export() -> None:
        with zipfile.ZipFile(workdir / "naive.zip", "w", zipfile.ZIP_DEFLATED) as archive:
            nodes = io.StringIO()
            writer = csv.writer(nodes)
            for node in ctx.store.nodes():
                writer.writerow(
                    [node.id, node.kind.value, node.name, orjson.dumps(node.properties).decode()]
                )
            archive.writestr("nodes.csv", nodes.getvalue())
            edges = io.StringIO()
            writer = csv.writer(edges)
            for edge in ctx.store.edges():
                writer.writerow(
                    [
                        edge.source,
                        edge.kind.value,
                        edge.target,
                        orjson.dumps(edge.properties).decode(),
                    ]
                )
            archive.writestr("edges.csv", edges.getvalue())

    seconds, _ = timed(csv_export)
    (workdir / "naive.zip").unlink(missing_ok=True)
    return seconds, "csv module over store.nodes() and store.edges(), zipped"


def _flat(props: dict[str, Any]) -> dict[str, Any]:
    return {k: "; ".join(map(str, v)) if isinstance(v, list) else v for k, v in props.items()}


def _import_baseline(ctx: Context, fmt: str, path: Path) -> tuple[float | None, str]:
    if ctx.size > RDF_BASELINE_MAX:
        return None, f"rdflib in memory: run only up to {RDF_BASELINE_MAX:,} actions"
    import rdflib

    seconds, _ = timed(
        lambda: rdflib.Graph().parse(path, format="json-ld" if fmt == "jsonld" else fmt)
    )
    return seconds, "rdflib Graph.parse alone, nothing written (a lower bound)"
