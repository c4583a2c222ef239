"""Withdrawal impact: orphaned and weakened actions, outcomes at risk, bodies, replacements."""

from __future__ import annotations

import pytest

from graphmodel import GraphStore
from queries import InvalidQuery, OrganisationNotFound, withdrawal


def test_the_gla_withdrawing_orphans_its_teams_actions_and_puts_their_objectives_at_risk(
    samples: GraphStore,
) -> None:
    answer = withdrawal(samples, ["GLA"])
    assert [a.name for a in answer.withdrawn] == ["Greater London Authority"]
    assert [t.name for t in answer.teams_included] == [
        "GLA Diversity and Social Policy Team",
        "GLA Housing Unit",
    ]
    assert [a.ref for a in answer.orphaned_actions] == ["3.3.1", "3.3.2", "4.3.3"]
    esol = answer.orphaned_actions[0]
    assert [p.name for p in esol.remaining_partners] == [
        "Learning and Skills Council",
        "Refugee Council",
        "UK Border Agency",
    ]
    assert esol.remaining_leads == []
    assert answer.weakened_actions == []
    at_risk = {o.outcome.name for o in answer.outcomes_at_risk}
    assert "Ensure that refugees have access to channels for housing provision." in at_risk
    assert "Improved ESOL provision for all members of refugee communities in London." in at_risk
    assert len(at_risk) == 7
    assert answer.severity.level == "high"


def test_remaining_partners_are_the_first_replacements(samples: GraphStore) -> None:
    answer = withdrawal(samples, ["GLA"])
    esol = next(r for r in answer.replacements if r.ref == "3.3.1")
    first = esol.candidates[0]
    assert first.score == 1.0
    assert "already a partner in this action" in first.reasons
    assert {c.organisation.name for c in esol.candidates[:3]} == {
        "Learning and Skills Council",
        "Refugee Council",
        "UK Border Agency",
    }


def test_emfec_withdrawing_orphans_two_actions_weakens_three_and_the_mapping_outcome(
    samples: GraphStore,
) -> None:
    answer = withdrawal(samples, ["emfec"])
    assert [a.ref for a in answer.orphaned_actions] == ["13.1", "13.2"]
    assert [a.ref for a in answer.weakened_actions] == ["9.1", "13.4", "13.6"]
    co_led = next(a for a in answer.weakened_actions if a.ref == "13.4")
    assert [p.name for p in co_led.remaining_leads] == [
        "East Midlands Strategic Migration Partnership"
    ]
    assert [a.name for a in co_led.lost] == ["emfec"]
    assert answer.outcomes_at_risk == []
    mapping = next(
        o for o in answer.outcomes_weakened if o.outcome.name.startswith("Mapping exercise")
    )
    assert mapping.contributors == 4
    assert len(mapping.affected) == 3
    [subgroup] = answer.bodies_affected
    assert subgroup.body.name == "Syrian resettlement subgroup"
    assert subgroup.lost_chair is False
    assert [m.member.name for m in subgroup.remaining_members] == [
        "East Midlands Strategic Migration Partnership",
        "Home Office",
    ]


def test_an_organisation_leading_similar_work_in_the_region_is_offered_as_replacement(
    samples: GraphStore,
) -> None:
    answer = withdrawal(samples, ["emfec"])
    research = next(r for r in answer.replacements if r.ref == "13.1")
    [candidate] = research.candidates
    assert candidate.organisation.acronym == "EMSMP"
    assert any(reason.startswith("leads similar action 13.3") for reason in candidate.reasons)


def test_a_council_withdrawing_takes_its_councillor_and_the_board_loses_its_chair(
    samples: GraphStore,
) -> None:
    answer = withdrawal(samples, ["Northamptonshire County Council"])
    assert [t.name for t in answer.teams_included] == ["Cllr Heather Smith"]
    [board] = answer.bodies_affected
    assert board.body.name == "Regional Migration Board"
    assert board.lost_chair is True
    assert [(m.member.name, m.role) for m in board.lost_members] == [
        ("Cllr Heather Smith", "chair")
    ]
    assert answer.ranking[0].impact == "body loses its chair"


def test_a_withdrawal_ranks_impacts_by_severity(samples: GraphStore) -> None:
    answer = withdrawal(samples, ["Satnam Singh", "VCAS"])
    assert [a.ref for a in answer.orphaned_actions] == ["4.C.1", "4.C.2"]
    scores = [r.score for r in answer.ranking]
    assert scores == sorted(scores, reverse=True)
    assert answer.ranking[0].impact == "objective at risk"
    assert answer.severity.score == sum(scores)


def test_asking_changes_nothing_in_the_graph(samples: GraphStore) -> None:
    revision, counts = samples.revision(), samples.counts()
    withdrawal(samples, ["GLA", "emfec", "UKBA"])
    assert samples.revision() == revision
    assert samples.counts() == counts


def test_no_organisations_or_an_unknown_one_is_refused(samples: GraphStore) -> None:
    with pytest.raises(InvalidQuery) as caught:
        withdrawal(samples, [])
    assert caught.value.details == {"field": "organisations"}
    with pytest.raises(OrganisationNotFound):
        withdrawal(samples, ["GLA", "Nowhere Trust"])
