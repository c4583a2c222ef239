"""An unseen markdown plan with no table: bulleted and numbered actions under topic headings,
each carrying its lead, partners and timescale inline ("(Lead: X; Partners: A, B) — by March
2024", "(X lead)", "(Owner: X)", "— ongoing")."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphmodel import Settings
from ingest.extraction import Extraction
from ingest.pipeline import extract
from tests.ingest.unseen.facts import Expected, check_actions

PLAN = Path(__file__).resolve().parent / "unseen" / "norfolk-refugee-integration-plan.md"
ICB = "NHS Norfolk and Waveney ICB"

EXPECTED = {
    "Map ESOL provision across the county": Expected(
        theme="Language and learning",
        leads=["Norfolk County Council Adult Learning"],
        partners=["Jobcentre Plus", "Refugee Action"],
        due="2024-03-31",
    ),
    "Set up conversation clubs in every market town library": Expected(
        theme="Language and learning", leads=["Norfolk Library Service"], due="2023-09-30"
    ),
    "Publish an online directory of free English classes": Expected(
        theme="Language and learning", leads=["Norfolk County Council"], due="2023-06-30"
    ),
    "Run two employer breakfasts on hiring refugees": Expected(
        theme="Employment",
        leads=["Norfolk Chamber of Commerce"],
        partners=["Jobcentre Plus"],
        due="2023-12-31",
    ),
    "Offer volunteering placements to newly recognised refugees": Expected(
        theme="Employment", leads=["Voluntary Norfolk"], recurrence="ongoing"
    ),
    # Q2 of a 2023-24 plan is July to September 2023.
    "Hold interpreter-led GP registration sessions": Expected(
        theme="Health",
        leads=[ICB],
        partners=["British Red Cross", "Norfolk Community Law Service"],
        due="2023-09-30",
    ),
    "Train practice staff on charging rules for overseas visitors": Expected(
        theme="Health", leads=[ICB], partners=[], due="2023-10-31"
    ),
}


@pytest.fixture(scope="module")
def extraction(tmp_path_factory: pytest.TempPathFactory) -> Extraction:
    settings = Settings(store=str(tmp_path_factory.mktemp("store")))
    return extract(PLAN.read_bytes(), PLAN.name, settings)


def test_each_list_item_with_inline_actors_or_timescale_is_an_action(
    extraction: Extraction,
) -> None:
    check_actions({a.text: a for a in extraction.actions}, EXPECTED)


def test_numbered_items_keep_their_numbers(extraction: Extraction) -> None:
    assert [a.ref for a in extraction.actions if a.theme == "Health"] == ["1", "2"]


def test_the_forum_that_agreed_the_plan_owns_it(extraction: Extraction) -> None:
    plan = extraction.plan
    assert (plan.title, plan.period) == ("Norfolk Refugee Integration Plan", "2023-24")
    assert plan.owner == "Norfolk Strategic Migration Forum"
    assert plan.region == "East of England"
