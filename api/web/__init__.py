"""The coordinators' web UI: server-rendered pages over the same queries as the API, with
the partner network diagrams embedded, served by the same FastAPI app."""

from api.web.routes import router

__all__ = ["router"]
