"""The stores a run measures: an embedded store in a temporary directory, and Neo4j (the
server named by NEO4J_URI, or one the harness starts with `tests.neo4j_server`)."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from graphmodel import EmbeddedStore, GraphStore, Settings, open_store

STORES = ("embedded", "neo4j")

#: JVM options for a Neo4j the harness starts itself: a larger heap than the test suite's
#: 1 GiB and the full JIT (the test launcher stops at C1 to start faster).
BENCH_JAVA_OPTS = "-Xms2g -Xmx6g -XX:TieredStopAtLevel=4"


@dataclass
class StoreHandle:
    """One store under test, with what a subprocess needs to open the same data."""

    name: str
    store: GraphStore
    settings: Settings
    env: dict[str, str] = field(default_factory=dict)
    scratch_root: Path | None = None

    def fresh(self) -> GraphStore:
        """A second handle on the same data, with no caches warmed (for "from cold")."""
        return open_store(self.settings)

    @contextmanager
    def scratch(self) -> Iterator[GraphStore]:
        """An empty store of the same backend for a baseline. On Neo4j this is the same
        database, cleared before and after (the caller reloads what it needs)."""
        if self.name == "embedded":
            directory = Path(tempfile.mkdtemp(prefix="scratch-", dir=self.scratch_root))
            store = EmbeddedStore(directory / "store")
            try:
                yield store
            finally:
                store.close()
                shutil.rmtree(directory, ignore_errors=True)
        else:
            self.store.clear()
            try:
                yield self.store
            finally:
                self.store.clear()

    def subprocess_env(self) -> dict[str, str]:
        env = dict(os.environ)
        env.update(self.env)
        return env


@contextmanager
def neo4j_server() -> Iterator[Any]:
    """The Neo4j to measure: NEO4J_URI's, or a fresh local Community server."""
    from tests.neo4j_server import running_neo4j

    if not os.environ.get("NEO4J_URI"):
        os.environ.setdefault("NEO4J_LAUNCHER_JAVA_OPTS", BENCH_JAVA_OPTS)
    with running_neo4j() as server:
        yield server


@contextmanager
def embedded_handle(workdir: Path) -> Iterator[StoreHandle]:
    directory = Path(tempfile.mkdtemp(prefix="embedded-", dir=workdir))
    settings = Settings(store=str(directory / "store"))
    store = open_store(settings)
    try:
        yield StoreHandle(
            "embedded",
            store,
            settings,
            {"PARTNERGRAPH_STORE": settings.store},
            scratch_root=workdir,
        )
    finally:
        store.close()
        shutil.rmtree(directory, ignore_errors=True)


@contextmanager
def neo4j_handle(server: Any, workdir: Path) -> Iterator[StoreHandle]:
    settings = Settings(store=server.uri, neo4j_user=server.user, neo4j_password=server.password)
    store = open_store(settings)
    store.clear()
    try:
        yield StoreHandle(
            "neo4j",
            store,
            settings,
            {
                "PARTNERGRAPH_STORE": server.uri,
                "NEO4J_USER": server.user,
                "NEO4J_PASSWORD": server.password,
            },
            scratch_root=workdir,
        )
    finally:
        store.clear()
        store.close()
