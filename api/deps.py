"""Request dependencies: the store and settings live on the app, set by the lifespan.

When the store could not be opened at startup (Neo4j down), each request tries again, so the
API answers 503 with the reason until the server is back, then recovers by itself.
"""

from __future__ import annotations

import threading
from typing import Annotated

from fastapi import Depends, Request

from graphmodel import GraphStore, Settings, open_store

_opening = threading.Lock()


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


def get_store(request: Request) -> GraphStore:
    state = request.app.state
    store = getattr(state, "store", None)
    if store is None:
        with _opening:
            store = getattr(state, "store", None)
            if store is None:
                store = open_store(state.settings)
                state.store = store
                state.owns_store = True
    return store


StoreDep = Annotated[GraphStore, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
