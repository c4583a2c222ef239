"""The FastAPI application: `create_app(settings, store)`; the store is opened by the caller
or, when not given, by the lifespan from the settings."""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager

from fastapi import FastAPI

from api.errors import install_error_handlers
from api.routers import ROUTERS
from graphmodel import GraphStore, Settings, open_store


def create_app(settings: Settings | None = None, store: GraphStore | None = None) -> FastAPI:
    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        own = store is None
        app.state.settings = settings or Settings()
        app.state.store = store if store is not None else open_store(app.state.settings)
        try:
            yield
        finally:
            if own:
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
