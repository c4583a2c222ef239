"""Entity resolution: one id per body across plans, generic names kept apart, uncertain
spellings proposed rather than merged, and saved decisions respected."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphmodel import Node, NodeKind, OrganisationKind, Provenance, stable_id
from ingest.organisations import split_bodies
from ingest.resolution import (
    DECISIONS_FILE,
    AliasDecisions,
    DecisionsUnreadable,
    EmptyMention,
    Resolver,
    load_decisions,
    save_decisions,
)

LONDON = "plan-london-enriched-implementation-plan-december-2009"
EAST_MIDLANDS = "plan-east-midlands-strategic-migration-partnership-business-plan-2018-19"
CREWE = "plan-crewe-community-cohesion-project-2016-17-action-plan"
STOCKTON = "plan-action-plan-review-of-asylum-seeker-services"
REGION = {
    LONDON: "London",
    EAST_MIDLANDS: "East Midlands",
    CREWE: "North West",
    STOCKTON: "North East",
}


def _resolve(resolver: Resolver, name: str, plan: str, owner: str | None = None):  # type: ignore[no-untyped-def]
    return resolver.resolve(name, plan_id=plan, plan_owner=owner, region=REGION[plan])


@pytest.fixture
def resolver() -> Resolver:
    return Resolver()


def test_ukba_and_its_full_name_resolve_to_one_body(resolver: Resolver) -> None:
    entities = [
        _resolve(resolver, name, LONDON)
        for name in ["UKBA", "UK Border Agency", "UK Border Agency (UKBA)"]
    ]
    assert {e.id for e in entities} == {"org-uk-border-agency"}
    ukba = entities[0]
    assert ukba.name == "UK Border Agency"
    assert ukba.acronym == "UKBA"
    assert ukba.parent == "org-home-office" and ukba.parent_name == "Home Office"
    assert ukba.scope == "national" and not ukba.generic


@pytest.mark.parametrize(
    ("written", "entity_id"),
    [
        ("EMC", "org-east-midlands-councils"),
        ("HO", "org-home-office"),
        ("Home Office", "org-home-office"),
        ("DWP", "org-department-for-work-and-pensions"),
        ("emfec", "org-emfec"),
        ("Red Cross", "org-british-red-cross"),
        ("JobcentrePlus", "org-jobcentre-plus"),
        ("Jobcentre Plus", "org-jobcentre-plus"),
    ],
)
def test_acronyms_and_aliases_resolve_to_the_canonical_body(
    resolver: Resolver, written: str, entity_id: str
) -> None:
    assert _resolve(resolver, written, EAST_MIDLANDS).id == entity_id


def test_refugee_council_is_one_body_in_london_and_the_east_midlands(
    resolver: Resolver,
) -> None:
    london = _resolve(resolver, "Refugee Council", LONDON)
    east_midlands = _resolve(resolver, "Refugee Council", EAST_MIDLANDS)
    assert london.id == east_midlands.id == "org-refugee-council"
    assert london.identifier == "GB-CHC-1014576"
    assert london.org_kind == OrganisationKind.VOLUNTARY


def test_police_in_two_plans_are_two_bodies(resolver: Resolver) -> None:
    crewe = _resolve(resolver, "Police", CREWE)
    stockton = _resolve(resolver, "Police", STOCKTON)
    assert crewe.id != stockton.id
    assert crewe.generic and stockton.generic
    assert crewe.scope == CREWE and crewe.id == stable_id("org", CREWE, "Police")
    assert crewe.org_kind == OrganisationKind.POLICE


def test_a_named_police_force_is_one_body(resolver: Resolver) -> None:
    force = _resolve(resolver, "Cleveland Police", STOCKTON)
    assert force.id == "org-cleveland-police" and not force.generic


def test_teams_with_the_same_name_in_different_councils_stay_apart(resolver: Resolver) -> None:
    crewe = _resolve(resolver, "Community Cohesion Team", CREWE, "Cheshire East Council")
    stockton = _resolve(
        resolver, "Community Cohesion Team", STOCKTON, "Stockton-on-Tees Borough Council"
    )
    assert crewe.id != stockton.id
    assert crewe.parent == "org-cheshire-east-council"
    assert stockton.parent == "org-stockton-on-tees-borough-council"


@pytest.mark.parametrize(
    ("name", "plan"),
    [("Public Health", CREWE), ("Communities Team", CREWE), ("Local Authority", STOCKTON)],
)
def test_generic_names_are_scoped_to_their_plan(resolver: Resolver, name: str, plan: str) -> None:
    entity = _resolve(resolver, name, plan)
    assert entity.generic and entity.scope == plan
    assert entity.id == stable_id("org", plan, name)


def test_a_team_of_a_known_body_has_the_body_as_parent(resolver: Resolver) -> None:
    team = _resolve(resolver, "GLA Diversity and Social Policy Team", LONDON)
    assert team.name == "GLA Diversity and Social Policy Team"
    assert team.parent == "org-greater-london-authority"
    assert team.parent_name == "Greater London Authority"
    assert "Greater London Authority Diversity and Social Policy Team" in team.aliases
    again = _resolve(resolver, "Greater London Authority Diversity and Social Policy Team", LONDON)
    assert again.id == team.id


def test_a_note_in_brackets_does_not_make_a_new_body(resolver: Resolver) -> None:
    assert (
        _resolve(resolver, "GLA Housing Unit (advisory role)", LONDON).id
        == _resolve(resolver, "GLA Housing Unit", LONDON).id
    )


def test_officers_of_a_body_resolve_to_the_body(resolver: Resolver) -> None:
    assert _resolve(resolver, "EMC Officers", EAST_MIDLANDS).id == "org-east-midlands-councils"
    assert _resolve(resolver, "EMC lead officer", EAST_MIDLANDS).id == "org-east-midlands-councils"


def test_an_unnamed_officer_is_the_plan_owners(resolver: Resolver) -> None:
    owner = "East Midlands Strategic Migration Partnership"
    entity = _resolve(resolver, "Partnership Lead Officer", EAST_MIDLANDS, owner)
    assert entity.id == "org-east-midlands-strategic-migration-partnership"


def test_categories_are_scoped_to_their_plan(resolver: Resolver) -> None:
    london = _resolve(resolver, "PCTs", LONDON)
    assert london.name == "Primary Care Trusts"
    assert london.org_kind == OrganisationKind.CATEGORY
    assert london.generic and london.scope == LONDON
    assert london.id != _resolve(resolver, "PCTs", EAST_MIDLANDS).id


def test_a_local_acronym_means_its_own_region_only(resolver: Resolver) -> None:
    assert _resolve(resolver, "SBC", STOCKTON).id == "org-stockton-on-tees-borough-council"
    assert _resolve(resolver, "SBC", EAST_MIDLANDS).id != "org-stockton-on-tees-borough-council"
    assert _resolve(resolver, "CEC", CREWE).id == "org-cheshire-east-council"


def test_a_council_is_the_same_body_named_from_any_region(resolver: Resolver) -> None:
    assert (
        _resolve(resolver, "Stockton-on-Tees Borough Council", LONDON).id
        == _resolve(resolver, "SBC", STOCKTON).id
    )


def test_people_and_staff_initials_are_people_of_their_plan(resolver: Resolver) -> None:
    chair = _resolve(resolver, "Cllr Heather Smith", EAST_MIDLANDS)
    assert chair.kind == NodeKind.PERSON and chair.scope == EAST_MIDLANDS
    initials = _resolve(resolver, "KK", CREWE)
    assert initials.kind == NodeKind.PERSON and initials.generic
    assert chair.id == stable_id("person", EAST_MIDLANDS, "Cllr Heather Smith")


def test_boards_and_task_groups_keep_their_kind(resolver: Resolver) -> None:
    board = _resolve(resolver, "Regional Migration Board", EAST_MIDLANDS)
    assert board.kind == NodeKind.BOARD
    assert board.id == "board-east-midlands-regional-migration-board"
    group = _resolve(resolver, "Community Cohesion Steering Group", CREWE)
    assert group.kind == NodeKind.TASK_GROUP


def test_a_near_identical_spelling_merges(resolver: Resolver) -> None:
    entity = _resolve(resolver, "Homeless Links", LONDON)
    assert entity.id == "org-homeless-link"
    assert "Homeless Links" in entity.aliases
    assert resolver.proposals == []


def test_a_near_miss_spelling_is_proposed_not_merged(resolver: Resolver) -> None:
    entity = _resolve(resolver, "Refugee Counsil", LONDON)
    assert entity.id != "org-refugee-council"
    (proposal,) = resolver.proposals
    assert proposal.mention == "Refugee Counsil"
    assert proposal.candidate_id == "org-refugee-council"
    assert proposal.candidate_name == "Refugee Council"
    assert proposal.mention_id == entity.id
    assert 85 <= proposal.score < 96
    assert any("counsil" in line for line in proposal.evidence)


def test_a_proposal_is_made_once(resolver: Resolver) -> None:
    for plan in (LONDON, LONDON, EAST_MIDLANDS):
        _resolve(resolver, "Refugee Counsil", plan)
    assert len({p.id for p in resolver.proposals}) == len(resolver.proposals)


def test_a_mistyped_acronym_is_proposed_not_taken_for_initials(resolver: Resolver) -> None:
    entity = _resolve(resolver, "EMSSMP", EAST_MIDLANDS)
    assert entity.kind == NodeKind.ORGANISATION
    assert entity.id != "org-east-midlands-strategic-migration-partnership"
    assert [p.candidate_name for p in resolver.proposals] == [
        "East Midlands Strategic Migration Partnership"
    ]


def test_an_accepted_decision_merges_every_later_resolve(
    resolver: Resolver, tmp_path: Path
) -> None:
    _resolve(resolver, "Refugee Counsil", LONDON)
    decisions = load_decisions(tmp_path)
    decisions.accept(resolver.proposals[0])
    save_decisions(tmp_path, decisions)
    later = Resolver(decisions=load_decisions(tmp_path))
    entity = _resolve(later, "Refugee Counsil", EAST_MIDLANDS)
    assert entity.id == "org-refugee-council"
    assert "Refugee Counsil" in entity.aliases
    assert later.proposals == []


def test_a_rejected_decision_keeps_them_apart_and_is_not_proposed_again(
    resolver: Resolver, tmp_path: Path
) -> None:
    apart = _resolve(resolver, "Refugee Counsil", LONDON)
    decisions = AliasDecisions()
    decisions.reject(resolver.proposals[0])
    save_decisions(tmp_path, decisions)
    later = Resolver(decisions=load_decisions(tmp_path))
    entity = _resolve(later, "Refugee Counsil", LONDON)
    assert entity.id == apart.id != "org-refugee-council"
    assert later.proposals == []


def test_rejecting_after_accepting_undoes_the_merge(resolver: Resolver) -> None:
    _resolve(resolver, "Refugee Counsil", LONDON)
    proposal = resolver.proposals[0]
    decisions = AliasDecisions()
    decisions.accept(proposal)
    decisions.reject(proposal)
    assert decisions.accepted_for("Refugee Counsil") is None
    assert _resolve(Resolver(decisions=decisions), "Refugee Counsil", LONDON).id == (
        proposal.mention_id
    )


def test_no_decisions_file_means_no_decisions(tmp_path: Path) -> None:
    assert len(load_decisions(tmp_path)) == 0
    assert len(load_decisions(None)) == 0


def test_an_unreadable_decisions_file_is_reported_by_name(tmp_path: Path) -> None:
    (tmp_path / DECISIONS_FILE).write_text("{not json", encoding="utf-8")
    with pytest.raises(DecisionsUnreadable, match=DECISIONS_FILE):
        load_decisions(tmp_path)


def test_a_body_the_store_knows_by_an_alias_is_reused(resolver: Resolver) -> None:
    stored = Node(
        id="org-skies-group",
        kind=NodeKind.ORGANISATION,
        name="SKIES Group",
        properties={"aliases": ["SKIES Schools Group"], "scope": "national"},
        provenance=(Provenance(plan=CREWE, document="crewe.txt"),),
    )
    knowing = Resolver(known=[stored])
    assert _resolve(knowing, "SKIES Schools Group", CREWE).id == "org-skies-group"
    assert _resolve(resolver, "SKIES Schools Group", CREWE).id != "org-skies-group"


def test_a_plan_scoped_stored_body_is_not_reused_by_another_plan() -> None:
    stored = Node(
        id=f"org-{CREWE}-communities-team",
        kind=NodeKind.ORGANISATION,
        name="Wishing Well Volunteers Hub",
        properties={"scope": CREWE},
        provenance=(Provenance(plan=CREWE, document="crewe.txt"),),
    )
    knowing = Resolver(known=[stored])
    assert _resolve(knowing, "Wishing Well Volunteers Hub", STOCKTON).id != stored.id


def test_every_london_partner_resolves_and_national_bodies_are_shared(
    resolver: Resolver,
) -> None:
    cell = (
        "GLA Diversity and Social Policy Team GLA Housing Unit Homeless Link Refugee Council "
        "Other migrant and refugee organisations London Councils No Recourse to Public Funds "
        "Network Faith Groups and local Asylum Seeker Day Centres UKBA JobcentrePlus London "
        "Homelessness Partnership"
    )
    entities = [_resolve(resolver, name, LONDON) for name in split_bodies(cell)]
    assert len({e.id for e in entities}) == 12
    national = {e.name for e in entities if e.scope == "national"}
    assert {"Refugee Council", "UK Border Agency", "Homeless Link", "London Councils"} <= national
    scoped = {e.name for e in entities if e.generic}
    assert {"Faith groups", "Migrant and Refugee Community Organisations"} <= scoped


def test_an_empty_name_is_refused(resolver: Resolver) -> None:
    with pytest.raises(EmptyMention, match=LONDON):
        _resolve(resolver, " -- ", LONDON)


def test_a_board_of_a_known_body_is_a_board_not_a_team(resolver: Resolver) -> None:
    board = _resolve(resolver, "LSMP Board", LONDON)
    assert board.kind == NodeKind.BOARD
    assert board.id == "board-london-lsmp-board"


def test_an_unknown_acronym_after_a_body_is_a_unit_of_it(resolver: Resolver) -> None:
    unit = _resolve(resolver, "UKVI AVR", EAST_MIDLANDS)
    assert unit.parent == "org-uk-visas-and-immigration"


def test_a_leading_preposition_is_not_part_of_the_name(resolver: Resolver) -> None:
    entity = _resolve(resolver, "within the voluntary sector", CREWE)
    assert entity.name == "Voluntary and community sector" and entity.generic
