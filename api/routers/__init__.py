"""One router per resource; `ROUTERS` is what `create_app` mounts, in order."""

from api.routers import (
    exchange,
    ingest,
    organisations,
    overlaps,
    people,
    plans,
    scenarios,
    search,
)
from api.web import router as web_router

ROUTERS = [
    plans.router,
    ingest.router,
    organisations.router,
    scenarios.router,
    overlaps.router,
    search.router,
    people.router,
    exchange.router,
    web_router,
]

__all__ = ["ROUTERS"]
