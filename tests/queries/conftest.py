"""A store (embedded and Neo4j, via the parametrised `store` fixture) holding the hand-built
graphs of the five sample plans."""

from __future__ import annotations

import pytest

from graphmodel import GraphStore
from tests.queries.graphs import load_samples


@pytest.fixture
def samples(store: GraphStore) -> GraphStore:
    load_samples(store)
    return store
