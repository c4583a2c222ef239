"""An unseen converted-text plan whose one "Who" column carries every convention: "Lead: X /
Support: Y, Z", "X (lead), Y, Z", "X (lead) and Y", co-leads "X & Y", a lead still to be
confirmed, and a partner's name cut in two by a page break and a repeated header."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphmodel import Settings
from ingest.extraction import Extraction
from ingest.pipeline import extract
from tests.ingest.unseen.facts import Expected, by_ref, check_actions

PLAN = Path(__file__).resolve().parent / "unseen" / "bradford-asylum-support-action-plan.txt"
COUNCIL, FORUM = "Bradford Council", "Bradford Refugee Forum"

EXPECTED = {
    "1": Expected(
        leads=[COUNCIL],
        partners=[FORUM, "Horton Housing Association"],
        due="2023-06-30",
        status="Drop-in opened in May",
    ),
    "2": Expected(leads=["Migrant Help"], partners=[COUNCIL, "Mears Group"], recurrence="ongoing"),
    "3": Expected(
        leads=[COUNCIL, "NHS Bradford District and Craven"], partners=[], due="2023-11-30"
    ),
    "4": Expected(leads=["West Yorkshire Police"], partners=[COUNCIL], due="2023-10-31"),
    # Q3 of a 2023/24 plan.
    "5": Expected(leads=["Refugee Action", "British Red Cross"], partners=[], due="2023-12-31"),
    # "Asylum" ends the row before the page break, "Seekers Support Group" starts the next page.
    "6": Expected(
        leads=[COUNCIL],
        partners=["Mears Group", "Migrant Help", "Asylum Seekers Support Group"],
        recurrence="quarterly",
    ),
    "7": Expected(leads=[], partners=["Bradford Law Centre"], lead_pending="to be confirmed"),
    "8": Expected(leads=[COUNCIL], partners=[FORUM], due="2024-03-31"),
}


@pytest.fixture(scope="module")
def extraction(tmp_path_factory: pytest.TempPathFactory) -> Extraction:
    settings = Settings(store=str(tmp_path_factory.mktemp("store")))
    return extract(PLAN.read_bytes(), PLAN.name, settings)


def test_every_lead_and_partner_convention_in_one_column_is_read(extraction: Extraction) -> None:
    check_actions(by_ref(extraction), EXPECTED)


def test_the_repeated_header_is_no_action_and_the_cut_row_no_action(extraction: Extraction) -> None:
    assert len(extraction.actions) == 8


def test_the_producing_partnership_owns_the_plan_and_is_no_theme(extraction: Extraction) -> None:
    plan = extraction.plan
    assert plan.owner == "Bradford District Asylum and Refugee Partnership"
    assert plan.title == "Bradford District Asylum and Refugee Support Action Plan"
    assert {a.theme for a in extraction.actions} == {None}


def test_a_lead_still_to_be_confirmed_is_warned_about(extraction: Extraction) -> None:
    assert "action 7 has no lead yet ('to be confirmed')" in extraction.warnings
