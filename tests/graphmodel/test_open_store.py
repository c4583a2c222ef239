"""Choosing a store from its URI, and the one-line errors for bad URIs and credentials."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from graphmodel import (
    EmbeddedStore,
    InvalidStoreUri,
    Settings,
    StoreAuthFailed,
    StoreUnavailable,
    open_store,
)


def test_a_path_opens_the_embedded_store(tmp_path: Path) -> None:
    store = open_store(Settings(store=str(tmp_path / "data")))
    assert isinstance(store, EmbeddedStore)


def test_a_file_uri_opens_the_embedded_store(tmp_path: Path) -> None:
    store = open_store(uri=f"file://{tmp_path}")
    assert isinstance(store, EmbeddedStore)


@pytest.mark.parametrize("uri", ["http://localhost:7474", "postgres://x", "", "   "])
def test_a_uri_that_is_neither_a_path_nor_neo4j_is_rejected(uri: str) -> None:
    with pytest.raises(InvalidStoreUri):
        open_store(uri=uri)


def _closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_an_unreachable_neo4j_names_the_uri_and_what_to_check() -> None:
    uri = f"bolt://127.0.0.1:{_closed_port()}"
    with pytest.raises(StoreUnavailable) as caught:
        open_store(Settings(store=uri, neo4j_password="x"))
    message = str(caught.value)
    assert uri in message
    assert "\n" not in message
    assert "running" in message


@pytest.mark.neo4j
def test_wrong_neo4j_credentials_are_reported(neo4j_settings: Settings) -> None:
    bad = neo4j_settings.model_copy(update={"neo4j_password": "wrong-password"})
    with pytest.raises(StoreAuthFailed, match="NEO4J_PASSWORD"):
        open_store(bad)


@pytest.mark.neo4j
def test_a_neo4j_uri_opens_the_neo4j_store(neo4j_settings: Settings) -> None:
    from graphmodel.neo4j_store import Neo4jStore

    store = open_store(neo4j_settings)
    try:
        assert isinstance(store, Neo4jStore)
        assert store.revision() >= 0
    finally:
        store.close()
