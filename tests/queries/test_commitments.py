"""Who owns what: leads, partners and seats, rolled up over teams."""

from __future__ import annotations

from graphmodel import GraphStore
from queries import commitments
from tests.queries.graphs import action_id


def refs(actions) -> list[str | None]:  # type: ignore[no-untyped-def]
    return [a.ref for a in actions]


def test_the_gla_answers_for_its_teams_actions_each_marked_with_the_team(
    samples: GraphStore,
) -> None:
    answer = commitments(samples, "GLA")
    assert answer.organisation.id == "org-greater-london-authority"
    assert [t.name for t in answer.teams] == [
        "GLA Diversity and Social Policy Team",
        "GLA Housing Unit",
    ]
    assert refs(answer.leads) == ["3.3.1", "3.3.2", "4.3.3"]
    assert {a.via.name for a in answer.leads if a.via} == {"GLA Diversity and Social Policy Team"}
    assert answer.partners_in == []


def test_an_action_carries_its_plan_outcomes_leads_partners_and_source(
    samples: GraphStore,
) -> None:
    [esol, *_] = commitments(samples, "UKBA").partners_in
    assert esol.ref == "3.3.1"
    assert esol.plan == "plan-london"
    assert esol.region == "London"
    assert esol.theme == "English language"
    assert "Improved ESOL provision for all members of refugee communities in London." in (
        esol.outcomes
    )
    assert [p.name for p in esol.leads] == ["GLA Diversity and Social Policy Team"]
    assert [p.name for p in esol.partners] == [
        "Learning and Skills Council",
        "Refugee Council",
        "UK Border Agency",
    ]
    assert esol.leads[0].confidence == 0.9
    assert esol.source is not None
    assert esol.source.file == "london-enriched-implementation-plan.txt"
    assert esol.source.line is not None and esol.source.line > 0


def test_a_partner_is_listed_under_partners_in_not_leads(samples: GraphStore) -> None:
    answer = commitments(samples, "UK Border Agency")
    assert answer.leads == []
    assert refs(answer.partners_in) == ["3.3.1", "4.3.3"]
    assert all(a.via is None for a in answer.partners_in)


def test_emsmp_leads_its_mapping_actions_and_chairs_the_subgroup(samples: GraphStore) -> None:
    answer = commitments(samples, "EMSMP")
    assert refs(answer.leads) == ["9.1", "13.3", "13.4", "13.5", "13.6"]
    [seat] = answer.memberships
    assert seat.body.name == "Syrian resettlement subgroup"
    assert seat.role == "chair"
    mapping = next(a for a in answer.leads if a.ref == "13.3")
    assert mapping.text == "Map VCS provision"
    assert mapping.due == "2017-06-30"
    assert mapping.due_text == "30 June 2017"


def test_a_board_lists_who_sits_on_it_and_in_what_role(samples: GraphStore) -> None:
    answer = commitments(samples, "Regional Migration Board")
    assert [(m.member.name, m.role) for m in answer.members] == [
        ("Cllr David Liversidge", "vice chair"),
        ("Cllr Heather Smith", "chair"),
        ("East Midlands Councils", "member"),
    ]


def test_a_person_comes_with_their_organisation_and_their_actions(samples: GraphStore) -> None:
    answer = commitments(samples, "Satnam Singh")
    assert answer.organisation.kind == "Person"
    assert answer.body is not None
    assert answer.body.name == "Stockton-on-Tees Borough Council"
    assert refs(answer.leads) == ["4.C.1", "4.C.2"]


def test_an_organisation_rolls_up_its_staff_too(samples: GraphStore) -> None:
    answer = commitments(samples, "Police")
    assert refs(answer.leads) == ["hate-crime-training", "panna"]
    training, panna = answer.leads
    assert panna.text == "Develop and introduce Panna Football"
    assert panna.via is None
    assert training.via is not None and training.via.name == "InspKW"
    assert training.id == action_id(
        "plan-crewe",
        "hate-crime-training",
        "Explore the potential to fund and run Hate Crime Training session for staff",
    )


def test_the_same_question_gets_the_same_answer_on_both_stores(samples: GraphStore) -> None:
    first = commitments(samples, "Refugee Council")
    assert first == commitments(samples, "org-refugee-council")
    assert refs(first.partners_in) == ["3.3.1", "4.3.3"]
