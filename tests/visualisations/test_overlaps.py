"""Overlap maps draw `queries.overlaps`'s pairs: similar actions across regions, each joined
to its plan, filterable by region and theme."""

from __future__ import annotations

import pytest

from graphmodel import GraphStore
from queries import overlaps
from tests.visualisations.graphs import EAST_MIDLANDS, LONDON, load_partnerships
from visualisations import overlaps_diagram, overlaps_map


@pytest.fixture
def loaded(store: GraphStore) -> GraphStore:
    return load_partnerships(store)


def test_similar_esol_actions_in_two_regions_are_joined(loaded: GraphStore) -> None:
    diagram = overlaps_map(loaded)
    similar = [e for e in diagram.edges if e.kind == "SIMILAR_TO"]
    assert [(e.source, e.target) for e in similar] == [("act-em-2-1", "act-london-3-3-1")]
    assert similar[0].details[0].startswith("Similarity 0.")
    assert "ESOL" in similar[0].details[1]
    assert {n.id for n in diagram.nodes if n.kind == "Plan"} == {LONDON, EAST_MIDLANDS}
    assert sum(1 for e in diagram.edges if e.kind == "PART_OF") == 2
    assert diagram.description.startswith("1 cluster of similar actions, 1 spanning")


def test_the_map_draws_exactly_the_querys_pairs(loaded: GraphStore) -> None:
    found = overlaps(loaded, min_score=0.05)
    diagram = overlaps_diagram(loaded, found)
    drawn = {frozenset((e.source, e.target)) for e in diagram.edges if e.kind == "SIMILAR_TO"}
    assert drawn == {frozenset((p.a.id, p.b.id)) for p in found.pairs}


@pytest.mark.parametrize(
    ("region", "theme", "pairs"),
    [
        ("London", None, 1),
        ("east midlands", None, 1),
        ("Yorkshire and Humber", None, 0),
        (None, "english", 1),
        (None, "Health", 0),
    ],
)
def test_region_and_theme_filters_narrow_the_map(
    loaded: GraphStore, region: str | None, theme: str | None, pairs: int
) -> None:
    diagram = overlaps_map(loaded, region=region, theme=theme)
    assert sum(1 for e in diagram.edges if e.kind == "SIMILAR_TO") == pairs
    assert diagram.url.startswith("/diagrams/overlaps")


def test_no_similar_actions_draws_an_empty_map(store: GraphStore) -> None:
    diagram = overlaps_map(store)
    assert diagram.nodes == () and diagram.edges == ()
