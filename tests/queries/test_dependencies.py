"""Dependent outcomes: what relies on an organisation, and how much."""

from __future__ import annotations

from graphmodel import Edge, EdgeKind, GraphStore, Node, NodeKind, Provenance, contribution
from queries import dependent_outcomes, withdrawal


def test_emfec_is_sole_lead_of_the_mapping_outcome_and_the_esol_objective_above_it(
    samples: GraphStore,
) -> None:
    answer = dependent_outcomes(samples, "emfec")
    found = [(o.outcome.name, o.dependency, o.depth) for o in answer.outcomes]
    assert found[:2] == [
        ("Mapping exercise conducted across the East Midlands", "sole_lead", 1),
        ("Strategic Objective 13 Regional ESOL Coordination", "sole_lead", 2),
    ]
    mapping = answer.outcomes[0]
    assert [a.ref for a in mapping.via] == ["13.1", "13.2", "13.4"]
    assert mapping.outcome.kind == "Outcome"
    assert answer.outcomes[1].outcome.kind == "Objective"


def test_a_co_led_action_makes_its_outcome_co_led(samples: GraphStore) -> None:
    answer = dependent_outcomes(samples, "emfec")
    produce = next(o for o in answer.outcomes if o.outcome.name.startswith("Produce a map"))
    assert produce.dependency == "co_lead"
    assert [a.ref for a in produce.via] == ["13.6"]


def test_a_partner_depends_as_one_of_several_partners(samples: GraphStore) -> None:
    answer = dependent_outcomes(samples, "UKBA")
    assert {o.dependency for o in answer.outcomes} == {"partner"}
    assert [o.outcome.name for o in answer.outcomes if o.depth == 2] == [
        "Ensure that all refugees and asylum seekers have access to appropriate tuition in "
        "English for Speakers of Other Languages (ESOL).",
        "Ensure that refugees have access to channels for housing provision.",
    ]
    esol = next(o for o in answer.outcomes if o.outcome.name.startswith("Improved ESOL"))
    [action] = esol.via
    assert len(action.partners) == 3


def test_the_gla_depends_through_its_team(samples: GraphStore) -> None:
    answer = dependent_outcomes(samples, "Greater London Authority")
    assert {o.dependency for o in answer.outcomes} == {"sole_lead"}
    assert len(answer.outcomes) == 7
    assert all(
        a.via and a.via.name.startswith("GLA Diversity") for o in answer.outcomes for a in o.via
    )


def test_an_organisation_without_actions_has_no_dependent_outcomes(samples: GraphStore) -> None:
    answer = dependent_outcomes(samples, "Home Office")
    assert answer.organisation.name == "Home Office"
    assert {o.dependency for o in answer.outcomes} <= {"partner"}
    assert dependent_outcomes(samples, "East Midlands Councils").outcomes == []


def test_outcomes_linked_after_a_first_question_are_found_by_the_next(
    samples: GraphStore,
) -> None:
    """The FEEDS_INTO index is kept per revision: a write linking a new objective above an
    outcome shows up in the next answers, not the cached structure of the first."""
    mapping = dependent_outcomes(samples, "emfec").outcomes[0].outcome
    withdrawal(samples, ["emfec"])
    source = Provenance(plan="plan-extra", document="extra.txt", line=1)
    goal = Node(
        id="objective-extra", kind=NodeKind.OBJECTIVE, name="Extra goal", provenance=(source,)
    )
    link = Edge(source=mapping.id, target=goal.id, kind=EdgeKind.FEEDS_INTO, provenance=(source,))
    samples.write(contribution("plan-extra", [goal], [link], references=[mapping.id]))
    found = {o.outcome.id: o for o in dependent_outcomes(samples, "emfec").outcomes}
    assert found["objective-extra"].dependency == "sole_lead"
    assert found["objective-extra"].depth == found[mapping.id].depth + 1
    impact = withdrawal(samples, ["emfec"])
    affected = {o.outcome.id for o in impact.outcomes_at_risk + impact.outcomes_weakened}
    assert {mapping.id, "objective-extra"} <= affected
