"""An unseen Welsh partnership work plan (Word): objectives as bold paragraphs above their
tables, a "Lead Agency" column, timescales as quarters of named financial years ("Q1
2023/24", "Q2 2024/25"), and a hosting sentence in the introduction."""

from __future__ import annotations

import pytest

from graphmodel import Settings
from ingest.extraction import Extraction
from ingest.pipeline import extract
from tests.ingest.unseen.facts import Expected, check_actions
from tests.ingest.unseen.plans import WALES_FILE, wales_word

WLGA, WG = "Welsh Local Government Association", "Welsh Government"
DISPERSAL = "Asylum accommodation and dispersal"
SANCTUARY = "Integration and Nation of Sanctuary"
CHILDREN = "Unaccompanied asylum-seeking children"

EXPECTED = {
    "Agree a Wales-wide approach to full asylum dispersal with every local authority": Expected(
        theme=DISPERSAL,
        objective=DISPERSAL,
        leads=[WLGA],
        partners=[WG, "Home Office", "Clearsprings Ready Homes"],
        due="2023-06-30",
        status="Approach agreed by WLGA Council",
    ),
    "Set up a multi-agency forum in each new dispersal area": Expected(
        theme=DISPERSAL,
        leads=["Local Authorities"],
        partners=["Displaced People in Action", "Migrant Help"],
        due="2023-12-31",
    ),
    "Refresh the membership of the Nation of Sanctuary delivery group": Expected(
        theme=SANCTUARY, leads=[WG], partners=[WLGA, "Welsh Refugee Council"], due="2023-09-30"
    ),
    # A whole financial year ends on 31 March.
    "Fund a Wales-wide ESOL assessment hub": Expected(
        theme=SANCTUARY,
        leads=[WG],
        partners=["Further education colleges", "Cardiff and Vale College"],
        due="2024-03-31",
    ),
    # A quarter of the next financial year, not of the plan's.
    "Publish guidance for health boards on health assessments for refugees": Expected(
        theme=SANCTUARY,
        leads=["Public Health Wales"],
        partners=[
            "Cardiff and Vale University Health Board",
            "Aneurin Bevan University Health Board",
        ],
        due="2024-09-30",
    ),
    "Keep the all-Wales rota for the National Transfer Scheme up to date": Expected(
        theme=CHILDREN,
        leads=["Cardiff Council"],
        partners=["Swansea Council", "Newport City Council", "Wrexham County Borough Council"],
        recurrence="ongoing",
    ),
}


@pytest.fixture(scope="module")
def extraction(tmp_path_factory: pytest.TempPathFactory) -> Extraction:
    settings = Settings(store=str(tmp_path_factory.mktemp("store")))
    return extract(wales_word(), WALES_FILE, settings)


def test_every_objectives_actions_are_read_with_their_facts(extraction: Extraction) -> None:
    check_actions({a.text: a for a in extraction.actions}, EXPECTED)


def test_objectives_keep_their_numbers(extraction: Extraction) -> None:
    assert [a.objective_ref for a in extraction.actions] == ["1", "1", "2", "2", "2", "3"]


def test_the_partnership_owns_the_plan_in_wales_and_is_hosted_by_the_wlga(
    extraction: Extraction,
) -> None:
    plan = extraction.plan
    assert plan.owner == "Wales Strategic Migration Partnership"
    assert plan.region == "Wales"
    hosted = {(r.from_, r.to) for r in extraction.relations if r.type == "HOSTED_BY"}
    assert (plan.owner_id, "org-welsh-local-government-association") in hosted


def test_health_boards_are_nhs_bodies_and_the_welsh_government_a_government_body(
    extraction: Extraction,
) -> None:
    kinds = {e.name: (e.kind, e.org_kind) for e in extraction.entities}
    assert kinds["Cardiff and Vale University Health Board"] == ("Organisation", "nhs")
    assert kinds[WG] == ("Organisation", "government")
