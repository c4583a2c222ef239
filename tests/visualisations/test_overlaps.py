"""Overlap clusters: similar actions grouped across regions, filterable by region and theme."""

from __future__ import annotations

import pytest

from graphmodel import GraphStore
from tests.visualisations.graphs import EAST_MIDLANDS, LONDON, load_partnerships
from visualisations import overlap_clusters, overlaps_map


@pytest.fixture
def loaded(store: GraphStore) -> GraphStore:
    return load_partnerships(store)


def test_similar_actions_form_one_cluster_spanning_two_regions(loaded: GraphStore) -> None:
    (cluster,) = overlap_clusters(loaded)
    assert [a.id for a in cluster.actions] == [
        "act-em-2-1",
        "act-london-3-3-1",
        "act-london-3-3-2",
    ]
    assert cluster.regions == ("East Midlands", "London")
    assert cluster.shared_terms == ("esol", "refugees")
    assert cluster.best_score == pytest.approx(0.71)
    assert {p.id for p in cluster.plans} == {LONDON, EAST_MIDLANDS}


@pytest.mark.parametrize(
    ("region", "theme", "found"),
    [
        ("London", None, 1),
        ("east midlands", None, 1),
        ("Yorkshire and Humber", None, 0),
        (None, "english", 1),
        (None, "Health", 0),
        ("London", "English language", 1),
    ],
)
def test_region_and_theme_filters_keep_matching_clusters(
    loaded: GraphStore, region: str | None, theme: str | None, found: int
) -> None:
    assert len(overlap_clusters(loaded, region=region, theme=theme)) == found


def test_the_map_joins_similar_actions_and_each_action_to_its_plan(loaded: GraphStore) -> None:
    diagram = overlaps_map(loaded)
    assert {n.kind for n in diagram.nodes} == {"Action", "Plan"}
    similar = [e for e in diagram.edges if e.kind == "SIMILAR_TO"]
    assert len(similar) == 2
    assert similar[0].details[0].startswith("Similarity ")
    assert sum(1 for e in diagram.edges if e.kind == "PART_OF") == 3
    assert diagram.description.startswith("1 cluster of similar actions, 1 spanning")


def test_no_similar_actions_draws_an_empty_map(store: GraphStore) -> None:
    assert overlap_clusters(store) == []
    assert overlaps_map(store).nodes == ()
