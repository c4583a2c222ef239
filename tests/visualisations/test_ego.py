"""An organisation's ego network: its actions, their outcomes, co-partners and boards."""

from __future__ import annotations

import pytest

from graphmodel import GraphStore
from queries import OrganisationNotFound
from tests.visualisations.graphs import (
    BOARD,
    EMC,
    GLA,
    GLA_TEAM,
    HOME_OFFICE,
    NHS_EM,
    REFUGEE_COUNCIL,
    load_partnerships,
)
from visualisations import NodeStatus, ego_network


@pytest.fixture
def loaded(store: GraphStore) -> GraphStore:
    return load_partnerships(store)


def test_ego_network_holds_actions_outcomes_and_co_partners(loaded: GraphStore) -> None:
    diagram = ego_network(loaded, REFUGEE_COUNCIL)
    by_kind: dict[str, set[str]] = {}
    for node in diagram.nodes:
        by_kind.setdefault(node.kind, set()).add(node.id)
    assert by_kind["Action"] == {
        "act-london-3-3-1",
        "act-london-3-3-2",
        "act-london-4-1-1",
        "act-em-2-1",
    }
    assert by_kind["Outcome"] == {
        "outcome-london-improved-esol-provision",
        "outcome-em-refugees-access-esol",
    }
    assert {GLA_TEAM, HOME_OFFICE, EMC} <= by_kind["Organisation"]
    assert NHS_EM not in by_kind["Organisation"]


def test_the_subject_is_marked_and_drawn_first(loaded: GraphStore) -> None:
    diagram = ego_network(loaded, REFUGEE_COUNCIL)
    assert diagram.nodes[0].id == REFUGEE_COUNCIL
    assert diagram.nodes[0].status == NodeStatus.FOCUS
    assert diagram.url == "/diagrams/ego/org-refugee-council"


def test_edges_keep_their_graph_types(loaded: GraphStore) -> None:
    diagram = ego_network(loaded, REFUGEE_COUNCIL)
    kinds = {(e.source, e.kind, e.target) for e in diagram.edges}
    assert (REFUGEE_COUNCIL, "PARTNER_IN", "act-em-2-1") in kinds
    assert (EMC, "LEADS", "act-em-2-1") in kinds
    assert ("act-em-2-1", "FEEDS_INTO", "outcome-em-refugees-access-esol") in kinds
    node_ids = {n.id for n in diagram.nodes}
    assert all(e.source in node_ids and e.target in node_ids for e in diagram.edges)


def test_boards_and_roles_appear_around_a_member(loaded: GraphStore) -> None:
    diagram = ego_network(loaded, EMC)
    membership = next(e for e in diagram.edges if e.kind == "MEMBER_OF")
    assert (membership.source, membership.target) == (EMC, BOARD)
    assert membership.details == ("Role: chair",)
    assert BOARD in {n.id for n in diagram.nodes}


def test_tooltips_carry_plan_and_line(loaded: GraphStore) -> None:
    action = next(n for n in ego_network(loaded, REFUGEE_COUNCIL).nodes if n.id == "act-em-2-1")
    assert action.sources == ("plan-east-midlands-smp-business-plan-2018-19, line 40",)
    assert "Ref 2.1" in action.details
    assert action.label == "Action 2.1"
    assert action.name.startswith("Coordinate ESOL provision")


def test_an_organisation_can_be_named_by_acronym(loaded: GraphStore) -> None:
    assert ego_network(loaded, "UKBA").nodes[0].id == HOME_OFFICE


@pytest.mark.parametrize("name", ["org-nobody", "act-em-2-1"])
def test_only_stored_actors_have_an_ego_network(loaded: GraphStore, name: str) -> None:
    with pytest.raises(OrganisationNotFound, match=f"called '{name}'"):
        ego_network(loaded, name)


def test_a_body_shows_the_actions_of_its_teams(loaded: GraphStore) -> None:
    diagram = ego_network(loaded, GLA)
    edges = {(e.source, e.kind, e.target) for e in diagram.edges}
    assert (GLA_TEAM, "PART_OF", GLA) in edges
    assert (GLA_TEAM, "LEADS", "act-london-3-3-1") in edges
