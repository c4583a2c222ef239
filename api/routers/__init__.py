"""One router per resource; `ROUTERS` is what `create_app` mounts, in order."""

from api.routers import exchange, organisations, overlaps, plans, scenarios, search

ROUTERS = [
    plans.router,
    organisations.router,
    scenarios.router,
    overlaps.router,
    search.router,
    exchange.router,
]

__all__ = ["ROUTERS"]
