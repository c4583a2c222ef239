"""The graph as two CSV tables, `nodes.csv` and `edges.csv`, for Excel and for Neo4j.

Headers follow neo4j-admin's import conventions (`id:ID`, `:LABEL`, `:START_ID`, `:END_ID`,
`:TYPE`, typed columns such as `year:long` and `aliases:string[]`), which Excel shows as
ordinary column titles and LOAD CSV reads as plain keys (``row.`id:ID` ``). Arrays are joined
with "|" (neo4j-admin: `--array-delimiter="|"`); an unknown line number is -1, as in the Neo4j
store. Rows are spooled to temporary files first, since the header needs every property name
and the graph is read only once.
"""

from __future__ import annotations

import contextlib
import csv
import io
import tempfile
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, BinaryIO

import orjson

from graphmodel.exchange.view import ExportView
from graphmodel.records import Provenance

ARRAY_DELIMITER = "|"
NODES_FILE = "nodes.csv"
EDGES_FILE = "edges.csv"
NODE_COLUMNS = ("id:ID", ":LABEL", "name")
EDGE_COLUMNS = (":START_ID", ":END_ID", ":TYPE", "id", "discriminator")
PROVENANCE_COLUMNS = ("plans:string[]", "sources:string[]", "lines:long[]", "confidences:double[]")
_SPOOL_BYTES = 32 * 1024 * 1024


class _Table:
    """Rows of one file, spooled as JSON lines while the property columns are learned."""

    def __init__(self, fixed: tuple[str, ...]) -> None:
        self.fixed = fixed
        self.spool = tempfile.SpooledTemporaryFile(max_size=_SPOOL_BYTES)  # noqa: SIM115
        self.scalar_types: dict[str, set[type]] = {}
        self.item_types: dict[str, set[type]] = {}

    def add(self, fixed: list[Any], props: dict[str, Any], prov: tuple[Provenance, ...]) -> None:
        for key, value in props.items():
            if isinstance(value, list):
                found = self.item_types.setdefault(key, set())
                found.update(type(item) for item in value)
            else:
                self.scalar_types.setdefault(key, set()).add(type(value))
        provenance = [
            [p.plan for p in prov],
            [p.document for p in prov],
            [-1 if p.line is None else p.line for p in prov],
            [float(p.confidence) for p in prov],
        ]
        self.spool.write(orjson.dumps([fixed, props, provenance]) + b"\n")

    def columns(self) -> list[tuple[str, str]]:
        """(property, header) pairs, sorted by property name."""
        keys = sorted(self.scalar_types.keys() | self.item_types.keys())
        result = []
        for key in keys:
            scalar = self.scalar_types.get(key)
            items = self.item_types.get(key)
            if scalar and key in self.item_types:
                kind = "string"
            elif key in self.item_types:
                kind = _column_type(items or {str}) + "[]"
            else:
                kind = _column_type(scalar or {str})
            result.append((key, key if kind == "string" else f"{key}:{kind}"))
        return result

    def write(self, out: IO[str]) -> None:
        columns = self.columns()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow([*self.fixed, *(header for _, header in columns), *PROVENANCE_COLUMNS])
        self.spool.seek(0)
        for line in self.spool:
            fixed, props, provenance = orjson.loads(line)
            writer.writerow(
                [
                    *fixed,
                    *(_cell(props.get(key)) for key, _ in columns),
                    *(_cell(values) for values in provenance),
                ]
            )
        self.spool.close()


def _column_type(found: set[type]) -> str:
    if found == {bool}:
        return "boolean"
    if found == {int}:
        return "long"
    if found and found <= {int, float}:
        return "double"
    return "string"


def _cell(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, list):
        return ARRAY_DELIMITER.join(_cell(item) for item in value)
    return str(value)


def _tables(view: ExportView) -> tuple[_Table, _Table]:
    nodes, edges = _Table(NODE_COLUMNS), _Table(EDGE_COLUMNS)
    for batch in view.batches():
        for node in batch.nodes:
            nodes.add([node.id, node.kind.value, node.name], node.properties, node.provenance)
        for edge in batch.edges:
            edges.add(
                [edge.source, edge.target, edge.kind.value, edge.id, edge.discriminator],
                edge.properties,
                edge.provenance,
            )
    return nodes, edges


@contextlib.contextmanager
def _text(handle: IO[bytes]) -> Iterator[io.TextIOWrapper]:
    text = io.TextIOWrapper(handle, encoding="utf-8", newline="")
    try:
        yield text
    finally:
        text.flush()
        text.detach()


def write_csv_zip(view: ExportView, out: BinaryIO) -> None:
    """`nodes.csv` and `edges.csv` in one zip archive."""
    nodes, edges = _tables(view)
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, table in ((NODES_FILE, nodes), (EDGES_FILE, edges)):
            with archive.open(name, "w", force_zip64=True) as handle, _text(handle) as text:
                table.write(text)


def write_csv_directory(view: ExportView, directory: Path) -> list[Path]:
    """`nodes.csv` and `edges.csv` in `directory` (created if needed)."""
    nodes, edges = _tables(view)
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    for name, table in ((NODES_FILE, nodes), (EDGES_FILE, edges)):
        path = directory / name
        with open(path, "w", encoding="utf-8", newline="") as handle:
            table.write(handle)
        written.append(path)
    return written
