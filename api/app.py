"""The FastAPI application: `create_app(settings, store)`.

Pass a store to serve it (tests, `partnergraph serve`); without one the lifespan opens the
store the settings name. Settings are built at startup, never at import.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from api.errors import install_error_handlers
from api.routers import ROUTERS
from graphmodel import GraphStore, Settings, StoreUnavailable, open_store

log = logging.getLogger("partnergraph.api")


def create_app(settings: Settings | None = None, store: GraphStore | None = None) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        app.state.settings = settings or Settings()
        app.state.store = store
        app.state.owns_store = False
        if store is None:
            try:
                app.state.store = open_store(app.state.settings)
                app.state.owns_store = True
            except StoreUnavailable as exc:
                log.warning("%s; requests will answer 503 until it is reachable", exc.message)
        try:
            yield
        finally:
            if app.state.owns_store and app.state.store is not None:
                app.state.store.close()

    app = FastAPI(
        title="Partnergraph",
        summary="Partnership action plans as a knowledge graph.",
        version="0.1.0",
        lifespan=lifespan,
    )
    install_error_handlers(app)
    for router in ROUTERS:
        app.include_router(router)
    return app
