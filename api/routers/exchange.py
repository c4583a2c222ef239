"""Open exchange: the whole graph as RDF, GraphML, GEXF or CSV, for other tools."""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from typing import IO, Annotated

from fastapi import APIRouter, Query
from fastapi.responses import StreamingResponse

from api.deps import SettingsDep, StoreDep
from graphmodel.exchange import EXTENSION, MEDIA_TYPE, ExportFormat, export_graph

router = APIRouter(tags=["exchange"])

_SPOOL_BYTES = 16 * 1024 * 1024
_CHUNK = 256 * 1024


@router.get(
    "/export",
    response_class=StreamingResponse,
    responses={
        200: {
            "description": "The graph in the format asked for (CSV: a zip of nodes.csv and "
            "edges.csv).",
            "content": {media: {} for media in MEDIA_TYPE.values()},
        }
    },
)
def export(
    store: StoreDep,
    settings: SettingsDep,
    fmt: Annotated[
        ExportFormat,
        Query(alias="format", description="turtle, jsonld, nt, graphml, gexf or csv."),
    ] = ExportFormat.TURTLE,
    without_people: Annotated[
        bool,
        Query(description="Leave out people, and their names wherever they appear."),
    ] = False,
) -> StreamingResponse:
    """Export the graph. People are also left out when the server runs with
    PARTNERGRAPH_INCLUDE_PEOPLE=false."""
    spool = tempfile.SpooledTemporaryFile(max_size=_SPOOL_BYTES)  # noqa: SIM115
    try:
        export_graph(
            store, fmt, spool, include_people=settings.include_people and not without_people
        )
    except BaseException:
        spool.close()
        raise
    spool.seek(0)
    return StreamingResponse(
        _chunks(spool),
        media_type=MEDIA_TYPE[fmt],
        headers={"Content-Disposition": f'attachment; filename="partnergraph{EXTENSION[fmt]}"'},
    )


def _chunks(spool: IO[bytes]) -> Iterator[bytes]:
    try:
        while chunk := spool.read(_CHUNK):
            yield chunk
    finally:
        spool.close()
