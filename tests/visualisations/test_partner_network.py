"""The partner network joins partners by the actions they share, within a plan or region."""

from __future__ import annotations

import pytest

from graphmodel import GraphStore
from tests.visualisations.graphs import (
    EAST_MIDLANDS,
    EMC,
    GLA_TEAM,
    HOME_OFFICE,
    HOSTILE_ID,
    NHS_EM,
    REFUGEE_COUNCIL,
    load_partnerships,
)
from visualisations import SHARES_ACTIONS, DiagramSubjectNotFound, partner_network


@pytest.fixture
def loaded(store: GraphStore) -> GraphStore:
    return load_partnerships(store)


def _weights(diagram) -> dict[frozenset[str], float]:  # type: ignore[no-untyped-def]
    return {frozenset((e.source, e.target)): e.weight for e in diagram.edges}


def test_edge_weight_counts_the_actions_two_partners_share(loaded: GraphStore) -> None:
    diagram = partner_network(loaded)
    weights = _weights(diagram)
    assert weights[frozenset((HOME_OFFICE, REFUGEE_COUNCIL))] == 3
    assert weights[frozenset((EMC, HOME_OFFICE))] == 2
    assert weights[frozenset((GLA_TEAM, REFUGEE_COUNCIL))] == 1
    assert frozenset((GLA_TEAM, NHS_EM)) not in weights
    assert {e.kind for e in diagram.edges} == {SHARES_ACTIONS}


def test_edge_tooltip_lists_the_shared_action_refs(loaded: GraphStore) -> None:
    edge = next(
        e
        for e in partner_network(loaded).edges
        if {e.source, e.target} == {HOME_OFFICE, REFUGEE_COUNCIL}
    )
    assert edge.details == ("3 shared actions", "Refs: 2.1, 3.3.1, 3.3.2")


def test_node_size_is_the_number_of_actions_a_partner_takes_part_in(loaded: GraphStore) -> None:
    nodes = {n.id: n for n in partner_network(loaded).nodes}
    assert nodes[REFUGEE_COUNCIL].size == 4
    assert nodes[HOME_OFFICE].details[0] == "Leads 1 action and partners in 3 actions here"
    assert nodes[REFUGEE_COUNCIL].url == "/ui/organisations/org-refugee-council"


def test_region_scope_keeps_only_that_regions_partners(loaded: GraphStore) -> None:
    diagram = partner_network(loaded, region="London")
    ids = {n.id for n in diagram.nodes}
    assert ids == {
        GLA_TEAM,
        HOME_OFFICE,
        REFUGEE_COUNCIL,
        HOSTILE_ID,
        "org-learning-and-skills-council",
    }
    assert _weights(diagram)[frozenset((HOME_OFFICE, REFUGEE_COUNCIL))] == 2
    assert diagram.title == "Partner network: London"
    assert diagram.url == "/diagrams/network?region=London"


def test_region_given_by_id_matches_region_given_by_name(loaded: GraphStore) -> None:
    by_id = partner_network(loaded, region="region-east-midlands")
    by_name = partner_network(loaded, region="east midlands")
    assert (
        {n.id for n in by_id.nodes}
        == {n.id for n in by_name.nodes}
        == {
            EMC,
            NHS_EM,
            HOME_OFFICE,
            REFUGEE_COUNCIL,
        }
    )


def test_plan_scope_keeps_only_that_plans_actions(loaded: GraphStore) -> None:
    diagram = partner_network(loaded, plan=EAST_MIDLANDS)
    assert _weights(diagram)[frozenset((HOME_OFFICE, REFUGEE_COUNCIL))] == 1
    assert diagram.title == "Partner network: East Midlands SMP business plan 2018-19"


def test_unknown_region_is_reported_by_name(loaded: GraphStore) -> None:
    with pytest.raises(DiagramSubjectNotFound, match="no region 'Atlantis' in the store"):
        partner_network(loaded, region="Atlantis")


def test_unknown_plan_is_reported_by_name(loaded: GraphStore) -> None:
    with pytest.raises(DiagramSubjectNotFound, match="no plan 'plan-nowhere'"):
        partner_network(loaded, plan="plan-nowhere")


def test_empty_store_draws_an_empty_network(store: GraphStore) -> None:
    diagram = partner_network(store)
    assert diagram.nodes == () and diagram.edges == ()
    assert diagram.description.startswith("0 partners across 0 actions")
