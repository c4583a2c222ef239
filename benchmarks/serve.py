"""The app as uvicorn serves it for the API benchmark, built from the environment
(PARTNERGRAPH_STORE, NEO4J_USER, NEO4J_PASSWORD) like `partnergraph serve`:

    python -m uvicorn benchmarks.serve:create --factory --host 127.0.0.1 --port 8765
"""

from __future__ import annotations

from typing import Any

from graphmodel import Settings


def create() -> Any:
    from api import create_app

    return create_app(Settings())
