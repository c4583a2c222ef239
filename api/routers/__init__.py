"""One router per resource; `ROUTERS` is what `create_app` mounts, in order."""

from api.routers import organisations, overlaps, plans, scenarios, search

ROUTERS = [
    plans.router,
    organisations.router,
    scenarios.router,
    overlaps.router,
    search.router,
]

__all__ = ["ROUTERS"]
