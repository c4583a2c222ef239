"""One entry point per direction: `export_graph` to a stream or a path, in any format."""

from __future__ import annotations

import io
from enum import StrEnum
from pathlib import Path
from typing import BinaryIO

from graphmodel.exchange.errors import ExportTargetNotWritable
from graphmodel.exchange.gephi import write_gexf, write_graphml
from graphmodel.exchange.rdf_mapping import RdfDescriber
from graphmodel.exchange.rdf_writers import write_jsonld, write_ntriples, write_turtle
from graphmodel.exchange.spreadsheet import write_csv_directory, write_csv_zip
from graphmodel.exchange.view import ExportView
from graphmodel.store import GraphStore


class ExportFormat(StrEnum):
    TURTLE = "turtle"
    JSONLD = "jsonld"
    NT = "nt"
    GRAPHML = "graphml"
    GEXF = "gexf"
    CSV = "csv"


RDF_EXPORTS = frozenset({ExportFormat.TURTLE, ExportFormat.JSONLD, ExportFormat.NT})

MEDIA_TYPE: dict[ExportFormat, str] = {
    ExportFormat.TURTLE: "text/turtle; charset=utf-8",
    ExportFormat.JSONLD: "application/ld+json",
    ExportFormat.NT: "application/n-triples",
    ExportFormat.GRAPHML: "application/graphml+xml",
    ExportFormat.GEXF: "application/gexf+xml",
    ExportFormat.CSV: "application/zip",
}

EXTENSION: dict[ExportFormat, str] = {
    ExportFormat.TURTLE: ".ttl",
    ExportFormat.JSONLD: ".jsonld",
    ExportFormat.NT: ".nt",
    ExportFormat.GRAPHML: ".graphml",
    ExportFormat.GEXF: ".gexf",
    ExportFormat.CSV: ".zip",
}

_RDF_WRITERS = {
    ExportFormat.TURTLE: write_turtle,
    ExportFormat.JSONLD: write_jsonld,
    ExportFormat.NT: write_ntriples,
}


def export_graph(
    store: GraphStore, fmt: ExportFormat | str, out: BinaryIO, *, include_people: bool = True
) -> None:
    """Write the whole graph to `out` (a binary stream) in `fmt`; CSV is a zip archive."""
    fmt = ExportFormat(fmt)
    view = ExportView(store, include_people=include_people)
    if fmt in _RDF_WRITERS:
        text = io.TextIOWrapper(out, encoding="utf-8", newline="\n")
        try:
            _RDF_WRITERS[fmt](RdfDescriber(view).descriptions(), text)
        finally:
            text.flush()
            text.detach()
    elif fmt == ExportFormat.GRAPHML:
        write_graphml(view, out)
    elif fmt == ExportFormat.GEXF:
        write_gexf(view, out)
    else:
        write_csv_zip(view, out)


def export_to_path(
    store: GraphStore, fmt: ExportFormat | str, path: Path, *, include_people: bool = True
) -> Path:
    """Write an export to a file; CSV goes to a directory of two files unless `path` ends
    in `.zip`. Returns what was written."""
    fmt = ExportFormat(fmt)
    path = Path(path)
    try:
        if fmt == ExportFormat.CSV and path.suffix.lower() != ".zip":
            write_csv_directory(ExportView(store, include_people=include_people), path)
            return path
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "wb") as handle:
            export_graph(store, fmt, handle, include_people=include_people)
    except OSError as exc:
        raise ExportTargetNotWritable(
            f"cannot write the export to {str(path)!r}: {exc.strerror or exc}"
        ) from None
    return path
