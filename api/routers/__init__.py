"""One router per resource; `ROUTERS` is what `create_app` mounts, in order."""

from api.routers import plans

ROUTERS = [plans.router]

__all__ = ["ROUTERS"]
