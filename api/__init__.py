"""HTTP API, web UI and CLI over the `queries`, `ingest` and `visualisations` packages."""

from api.app import create_app

__all__ = ["create_app"]
