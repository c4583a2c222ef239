"""Shared fixtures: one real Neo4j server per test session, and a `store` fixture that runs
each test once on the embedded store and once on Neo4j (the contract suite's backbone)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from graphmodel import EmbeddedStore, GraphStore, Settings

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "plans"


@pytest.fixture(scope="session")
def neo4j_server():  # type: ignore[no-untyped-def]
    """A real Neo4j over Bolt: $NEO4J_URI if set, else a local Community server we start."""
    from tests.neo4j_server import running_neo4j

    manager = running_neo4j()
    try:
        server = manager.__enter__()
    except RuntimeError as exc:
        pytest.fail(f"Neo4j tests need a server and none could be had: {exc}", pytrace=False)
    yield server
    manager.__exit__(None, None, None)


@pytest.fixture(scope="session")
def neo4j_settings(neo4j_server) -> Settings:  # type: ignore[no-untyped-def]
    return Settings(
        store=neo4j_server.uri,
        neo4j_user=neo4j_server.user,
        neo4j_password=neo4j_server.password,
    )


@pytest.fixture(scope="session")
def _neo4j_session_store(neo4j_settings: Settings) -> Iterator[GraphStore]:
    from graphmodel.neo4j_store import Neo4jStore

    store = Neo4jStore(
        neo4j_settings.store, neo4j_settings.neo4j_user, neo4j_settings.neo4j_password
    )
    yield store
    store.close()


@pytest.fixture
def neo4j_store(_neo4j_session_store: GraphStore) -> GraphStore:
    """The session's Neo4j store, emptied for this test."""
    _neo4j_session_store.clear()
    return _neo4j_session_store


@pytest.fixture
def embedded_store(tmp_path: Path) -> Iterator[GraphStore]:
    store = EmbeddedStore(tmp_path / "store")
    yield store
    store.close()


@pytest.fixture(params=["embedded", pytest.param("neo4j", marks=pytest.mark.neo4j)])
def store(request: pytest.FixtureRequest) -> GraphStore:
    """Each test using this runs against both stores."""
    return request.getfixturevalue(f"{request.param}_store")


@pytest.fixture
def store_settings(request: pytest.FixtureRequest, store: GraphStore, tmp_path: Path) -> Settings:
    """Settings naming the store under test (for CLI and API tests)."""
    if isinstance(store, EmbeddedStore):
        return Settings(store=store.uri)
    return request.getfixturevalue("neo4j_settings")


@pytest.fixture(scope="session")
def sample_plans() -> list[Path]:
    return sorted(EXAMPLES.glob("*.txt"))
