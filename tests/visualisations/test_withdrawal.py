"""Withdrawal diagrams draw `queries.withdrawal`'s findings: who withdraws, which actions are
orphaned or weakened, which outcomes are at risk."""

from __future__ import annotations

import pytest

from graphmodel import GraphStore
from queries import InvalidQuery, OrganisationNotFound, withdrawal
from tests.visualisations.graphs import (
    BOARD,
    GLA_TEAM,
    HOME_OFFICE,
    REFUGEE_COUNCIL,
    load_partnerships,
)
from visualisations import NodeStatus, withdrawal_diagram, withdrawal_scenario

LONDON_OUTCOME = "outcome-london-improved-esol-provision"


@pytest.fixture
def loaded(store: GraphStore) -> GraphStore:
    return load_partnerships(store)


def test_each_node_is_marked_with_its_fate(loaded: GraphStore) -> None:
    diagram = withdrawal_scenario(loaded, [HOME_OFFICE, GLA_TEAM])
    status = {n.id: n.status for n in diagram.nodes}
    assert status[HOME_OFFICE] == status[GLA_TEAM] == NodeStatus.WITHDRAWN
    assert status["act-london-3-3-1"] == status["act-london-3-3-2"] == NodeStatus.ORPHANED
    assert status["act-em-2-1"] == NodeStatus.WEAKENED
    assert status[LONDON_OUTCOME] == NodeStatus.AT_RISK
    assert status[BOARD] == NodeStatus.WEAKENED
    assert status[REFUGEE_COUNCIL] is None


def test_the_diagram_agrees_with_the_scenario_query(loaded: GraphStore) -> None:
    scenario = withdrawal(loaded, ["UKBA"])
    diagram = withdrawal_diagram(loaded, scenario)
    orphaned = {n.id for n in diagram.nodes if n.status == NodeStatus.ORPHANED}
    assert orphaned == {a.id for a in scenario.orphaned_actions} == {"act-london-3-3-2"}
    assert diagram.title == "If Home Office withdrew"
    assert diagram.url == "/diagrams/withdrawal?org=org-home-office"
    assert f"(severity {scenario.severity.level})" in diagram.description


def test_links_show_who_led_partnered_and_what_fed_what(loaded: GraphStore) -> None:
    diagram = withdrawal_scenario(loaded, [HOME_OFFICE])
    edges = {(e.source, e.kind, e.target): e for e in diagram.edges}
    assert edges[(HOME_OFFICE, "LEADS", "act-london-3-3-2")].details == ("Withdraws",)
    assert edges[(REFUGEE_COUNCIL, "PARTNER_IN", "act-london-3-3-2")].details == ()
    assert ("act-london-3-3-2", "FEEDS_INTO", LONDON_OUTCOME) in edges
    assert edges[(HOME_OFFICE, "MEMBER_OF", BOARD)].details == ("Role: member", "Withdraws")
    node_ids = {n.id for n in diagram.nodes}
    assert all(e.source in node_ids and e.target in node_ids for e in diagram.edges)


def test_tooltips_carry_the_plans_sources(loaded: GraphStore) -> None:
    diagram = withdrawal_scenario(loaded, [HOME_OFFICE])
    action = next(n for n in diagram.nodes if n.id == "act-london-3-3-2")
    assert action.sources == ("plan-london-enriched-implementation-plan, line 70",)


def test_an_empty_selection_is_refused(loaded: GraphStore) -> None:
    with pytest.raises(InvalidQuery, match="name at least one organisation"):
        withdrawal_scenario(loaded, ["", " "])


def test_an_unknown_organisation_is_named_in_the_error(loaded: GraphStore) -> None:
    with pytest.raises(OrganisationNotFound, match="Atlantis"):
        withdrawal_scenario(loaded, [HOME_OFFICE, "Atlantis Borough Council"])
