"""`export` and `import`: the graph in and out as RDF, and out as GraphML, GEXF or CSV."""

from __future__ import annotations

import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from api.cli.app import app
from api.cli.common import (
    FormatOption,
    OutputFormat,
    StoreOption,
    emit,
    err_console,
    opened_store,
    print_table,
    settings_for,
)
from graphmodel.exchange import (
    ExportFormat,
    ExportTargetNotWritable,
    ImportSummary,
    export_graph,
    export_to_path,
    import_rdf_file,
)


class RdfFormat(StrEnum):
    turtle = "turtle"
    jsonld = "jsonld"
    nt = "nt"


@app.command()
def export(
    store: StoreOption = None,
    fmt: Annotated[
        ExportFormat,
        typer.Option("--format", "-f", help="turtle, jsonld, nt, graphml, gexf or csv."),
    ] = ExportFormat.TURTLE,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            help="File to write (default: standard output). With csv, a directory for "
            "nodes.csv and edges.csv, or a .zip file.",
        ),
    ] = None,
    without_people: Annotated[
        bool,
        typer.Option(
            "--without-people", help="Leave out people, and their names wherever they appear."
        ),
    ] = False,
) -> None:
    """Export the whole graph for other tools: RDF (Turtle, JSON-LD, N-Triples), GraphML or
    GEXF for Gephi, or CSV tables for Excel and Neo4j."""
    include_people = settings_for(store).include_people and not without_people
    with opened_store(store) as handle:
        if out is not None:
            written = export_to_path(handle, fmt, out, include_people=include_people)
            err_console.print(f"wrote {written}")
            return
        if fmt == ExportFormat.CSV and sys.stdout.isatty():
            raise ExportTargetNotWritable(
                "a csv export is a zip archive: give --out DIR or --out FILE.zip, "
                "or redirect standard output"
            )
        export_graph(handle, fmt, sys.stdout.buffer, include_people=include_people)
        sys.stdout.buffer.flush()


@app.command("import")
def import_(
    file: Annotated[Path, typer.Argument(help="An RDF file: .ttl, .jsonld or .nt.")],
    store: StoreOption = None,
    rdf_format: Annotated[
        RdfFormat | None,
        typer.Option("--rdf-format", help="The file's RDF format (default: from its extension)."),
    ] = None,
    output: FormatOption = OutputFormat.table,
) -> None:
    """Import RDF written by `export` (or any RDF in the same vocabulary). Everything is
    checked first; a file that breaks the model writes nothing."""
    with opened_store(store) as handle:
        summary = import_rdf_file(handle, file, rdf_format.value if rdf_format else None)
    emit(summary, output, _summary_table)


def _summary_table(summary: ImportSummary) -> None:
    print_table(
        f"Imported {summary.nodes} nodes and {summary.edges} edges from {summary.source}",
        ["owner", "nodes", "edges", "replaced", "unchanged"],
        [[o.owner, o.nodes, o.edges, o.replaced, o.unchanged] for o in summary.owners],
    )
