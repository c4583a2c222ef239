"""An unseen Word plan: a title, "Priority N: Topic" headings between tables, a lead officer
column holding "post, body", and a second table whose "Lead and partners" cell marks the lead
in bold (not always first)."""

from __future__ import annotations

import pytest

from graphmodel import Settings
from ingest.extraction import Extraction
from ingest.pipeline import extract
from tests.ingest.unseen.facts import Expected, by_ref, check_actions
from tests.ingest.unseen.plans import SHEFFIELD_FILE, sheffield_word

HOUSING, WORK, HEALTH = "Housing", "Employment and Skills", "Health and Wellbeing"

EXPECTED = {
    "1.1": Expected(
        text="Agree a move-on protocol for newly recognised refugees leaving asylum accommodation",
        theme=HOUSING,
        leads=["Sheffield City Council"],
        partners=["Migrant Help", "Mears Group", "Home Office"],
        due="2023-06-30",
        status="Green",
    ),
    "1.2": Expected(
        theme=HOUSING,
        leads=["Private Housing Standards Team"],
        partners=["Shelter", "ASSIST Sheffield"],
        due="2023-09-30",
        status="Amber",
    ),
    # Q3 of a 2023/24 plan: October to December 2023.
    "1.3": Expected(
        theme=HOUSING,
        leads=["Refugee Council"],
        partners=["Sheffield City Council"],
        due="2023-12-31",
    ),
    "2.1": Expected(
        theme=WORK,
        leads=["Jobcentre Plus"],
        partners=["Sheffield Chamber of Commerce", "Refugee Council"],
        recurrence="quarterly",
    ),
    # The bold body leads although another is listed first.
    "2.2": Expected(
        theme=WORK,
        leads=["Sheffield City Council"],
        partners=["The Sheffield College", "Workers' Educational Association"],
        due="2023-12-31",
    ),
    "2.3": Expected(
        theme=WORK,
        leads=["Sheffield Teaching Hospitals NHS Foundation Trust"],
        partners=["Refugee Council"],
        due="2024-03-31",
        status="Red",
    ),
    "3.1": Expected(
        theme=HEALTH,
        leads=["NHS South Yorkshire ICB"],
        partners=["Migrant Help", "British Red Cross"],
        recurrence="ongoing",
    ),
    "3.2": Expected(
        theme=HEALTH,
        leads=["Sheffield City Council Public Health"],
        partners=["City of Sanctuary Sheffield"],
        due="2024-01-31",
    ),
}


@pytest.fixture(scope="module")
def extraction(tmp_path_factory: pytest.TempPathFactory) -> Extraction:
    settings = Settings(store=str(tmp_path_factory.mktemp("store")))
    return extract(sheffield_word(), SHEFFIELD_FILE, settings)


def test_every_action_of_every_priority_table_is_read_with_its_facts(
    extraction: Extraction,
) -> None:
    check_actions(by_ref(extraction), EXPECTED)


def test_priority_headings_are_objectives_numbered_as_the_plan_numbers_them(
    extraction: Extraction,
) -> None:
    objectives = {(a.objective_ref, a.objective) for a in extraction.actions}
    assert objectives == {("1", HOUSING), ("2", WORK), ("3", HEALTH)}


def test_the_title_heading_is_the_title_not_a_theme(extraction: Extraction) -> None:
    assert extraction.plan.title == "New Arrivals Action Plan"
    assert extraction.plan.period == "2023/24"
    assert extraction.plan.region == "Yorkshire and the Humber"


def test_the_body_that_agreed_the_plan_owns_it(extraction: Extraction) -> None:
    assert extraction.plan.owner == "Sheffield New Arrivals Partnership"


def test_a_post_in_a_named_body_leads_as_that_body_with_the_post_as_role(
    extraction: Extraction,
) -> None:
    lead = by_ref(extraction)["1.1"].leads[0]
    assert lead.role == "Housing Solutions Manager"
