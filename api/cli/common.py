"""What every command shares: the --store and --format options, opening the store, and
printing results as JSON (equal to the API's response body) or as a table."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from enum import StrEnum
from typing import Annotated, Any

import orjson
import typer
from pydantic import BaseModel
from rich.console import Console
from rich.table import Table

from graphmodel import GraphStore, Settings, open_store


class OutputFormat(StrEnum):
    json = "json"
    table = "table"


StoreOption = Annotated[
    str | None,
    typer.Option(
        "--store",
        help="Directory of the embedded store, or a neo4j:// / bolt:// URI. "
        "Default: $PARTNERGRAPH_STORE or ./partnergraph-data.",
        show_default=False,
    ),
]
FormatOption = Annotated[
    OutputFormat, typer.Option("--format", "-f", help="Output as JSON or a table.")
]

console = Console()
err_console = Console(stderr=True)


def settings_for(store: str | None) -> Settings:
    settings = Settings()
    if store is not None:
        settings = settings.model_copy(update={"store": store})
    return settings


@contextmanager
def opened_store(store: str | None) -> Iterator[GraphStore]:
    handle = open_store(settings_for(store))
    try:
        yield handle
    finally:
        handle.close()


def to_jsonable(data: Any) -> Any:
    if isinstance(data, BaseModel):
        return data.model_dump(mode="json")
    if isinstance(data, list):
        return [to_jsonable(d) for d in data]
    return data


def print_json(data: Any) -> None:
    sys.stdout.write(orjson.dumps(to_jsonable(data), option=orjson.OPT_INDENT_2).decode() + "\n")


def print_table(title: str, columns: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    table = Table(title=title, show_lines=False, expand=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*("" if v is None else str(v) for v in row))
    console.print(table)


def emit(data: Any, fmt: OutputFormat, table: Callable[[Any], None]) -> None:
    """Print `data` as JSON, or hand it to `table` to render for people."""
    if fmt == OutputFormat.json:
        print_json(data)
    else:
        table(data)
