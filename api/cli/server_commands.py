"""`serve`: the HTTP API (and web UI) over a store."""

from __future__ import annotations

from typing import Annotated

import typer

from api.cli.app import app
from api.cli.common import StoreOption, settings_for


@app.command()
def serve(
    store: StoreOption = None,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="TCP port.")] = 8000,
) -> None:
    """Serve the HTTP API, its OpenAPI docs at /docs, and the web UI."""
    import uvicorn

    from api.app import create_app
    from graphmodel import open_store

    settings = settings_for(store)
    handle = open_store(settings)
    uvicorn.run(create_app(settings, handle), host=host, port=port, log_level="info")
