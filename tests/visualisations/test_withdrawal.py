"""Withdrawal scenarios: actions left without a lead, and outcomes put at risk."""

from __future__ import annotations

import pytest

from graphmodel import GraphStore
from tests.visualisations.graphs import (
    GLA_TEAM,
    HOME_OFFICE,
    REFUGEE_COUNCIL,
    load_partnerships,
)
from visualisations import (
    DiagramSubjectNotFound,
    EmptySelection,
    NodeStatus,
    assess_withdrawal,
    withdrawal_scenario,
)

LONDON_OUTCOME = "outcome-london-improved-esol-provision"


@pytest.fixture
def loaded(store: GraphStore) -> GraphStore:
    return load_partnerships(store)


def _ids(nodes) -> set[str]:  # type: ignore[no-untyped-def]
    return {n.id for n in nodes}


def test_an_action_whose_only_lead_withdraws_is_orphaned(loaded: GraphStore) -> None:
    impact = assess_withdrawal(loaded, [HOME_OFFICE])
    assert _ids(impact.orphaned_actions) == {"act-london-3-3-2"}
    assert _ids(impact.weakened_actions) == {"act-london-3-3-1", "act-em-2-1", "act-em-3-4"}


def test_an_outcome_is_at_risk_only_when_every_action_feeding_it_is_orphaned(
    loaded: GraphStore,
) -> None:
    one = assess_withdrawal(loaded, [HOME_OFFICE])
    assert LONDON_OUTCOME in _ids(one.outcomes_weakened)
    assert not one.outcomes_at_risk
    both = assess_withdrawal(loaded, [HOME_OFFICE, GLA_TEAM])
    assert _ids(both.outcomes_at_risk) == {LONDON_OUTCOME}


def test_a_partner_withdrawing_weakens_but_does_not_orphan(loaded: GraphStore) -> None:
    impact = assess_withdrawal(loaded, [REFUGEE_COUNCIL])
    assert not impact.orphaned_actions
    assert len(impact.weakened_actions) == 4


def test_the_diagram_marks_each_node_with_its_fate(loaded: GraphStore) -> None:
    diagram = withdrawal_scenario(loaded, [HOME_OFFICE, GLA_TEAM])
    status = {n.id: n.status for n in diagram.nodes}
    assert status[HOME_OFFICE] == status[GLA_TEAM] == NodeStatus.WITHDRAWN
    assert status["act-london-3-3-2"] == NodeStatus.ORPHANED
    assert status[LONDON_OUTCOME] == NodeStatus.AT_RISK
    assert status[REFUGEE_COUNCIL] is None
    assert diagram.title == "If GLA Diversity and Social Policy Team, Home Office withdrew"
    assert diagram.url == (
        "/diagrams/withdrawal?org=org-gla-diversity-and-social-policy-team&org=org-home-office"
    )


def test_an_empty_selection_is_refused(loaded: GraphStore) -> None:
    with pytest.raises(EmptySelection, match="choose at least one organisation"):
        assess_withdrawal(loaded, ["", ""])


def test_an_unknown_organisation_is_named_in_the_error(loaded: GraphStore) -> None:
    with pytest.raises(DiagramSubjectNotFound, match="'org-atlantis-council'"):
        assess_withdrawal(loaded, [HOME_OFFICE, "org-atlantis-council"])
