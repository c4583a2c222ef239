"""An unseen markdown plan that mixes a pipe table of actions with a bulleted list of actions
under a later priority, narrative bullets that name no lead, an "Owner:" line, leads and
partners labelled without a colon ("partners Stop Hate UK"), a quarter of a named financial
year ("Due: Q2 2024/25") and bodies whose names end in a nation ("Refugee Action UK")."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphmodel import Settings
from ingest.extraction import Extraction
from ingest.organisations import split_bodies
from ingest.pipeline import extract
from tests.ingest.unseen.facts import Expected, check_actions

PLAN = Path(__file__).resolve().parent / "unseen" / "kirklees-migration-delivery-plan.md"

EXPECTED = {
    "Map ESOL provision across the district and identify gaps for refugees": Expected(
        theme="English language",
        leads=["Kirklees Council Adult Learning"],
        partners=["Migration Yorkshire", "Kirklees College", "Refugee Action UK"],
        due="2025-03-31",
        status="On track",
    ),
    "Run conversation clubs in libraries": Expected(
        theme="English language",
        leads=["Kirklees Libraries"],
        partners=["Volunteer groups", "British Red Cross"],
        recurrence="quarterly",
        status="Amber",
    ),
    # Q2 of 2024/25 is July to September 2024; the label and its year leave the text.
    "Register newly arrived asylum seekers with a GP within four weeks.": Expected(
        theme="Health",
        leads=["Calderdale and Kirklees ICB"],
        partners=["Migrant Health Board", "Touchstone"],
        due="2024-09-30",
    ),
    "Deliver hate crime awareness training for frontline staff": Expected(
        theme="Health",
        leads=["West Yorkshire Police"],
        partners=["Stop Hate UK", "Kirklees Council"],
        due="2024-12-31",
    ),
}


@pytest.fixture(scope="module")
def extraction(tmp_path_factory: pytest.TempPathFactory) -> Extraction:
    settings = Settings(store=str(tmp_path_factory.mktemp("store")))
    return extract(PLAN.read_bytes(), PLAN.name, settings)


def test_table_rows_and_labelled_list_items_are_both_actions(extraction: Extraction) -> None:
    check_actions({a.text: a for a in extraction.actions}, EXPECTED)


def test_narrative_bullets_that_name_no_lead_are_not_actions(extraction: Extraction) -> None:
    texts = " ".join(a.text for a in extraction.actions)
    assert "lived experience" not in texts and "share their data" not in texts


def test_the_owner_line_names_the_owner_and_is_no_theme(extraction: Extraction) -> None:
    assert extraction.plan.owner == "Kirklees Council"
    assert extraction.plan.period == "2024/25"
    assert all(not (a.theme or "").startswith("Owner") for a in extraction.actions)


@pytest.mark.parametrize(
    ("cell", "bodies"),
    [
        ("Stop Hate UK, Kirklees Council", ["Stop Hate UK", "Kirklees Council"]),
        ("Refugee Action Scotland DWP", ["Refugee Action Scotland", "DWP"]),
        ("Migrant Help UK and Home Office", ["Migrant Help UK", "Home Office"]),
        ("UK, Home Office", ["UK", "Home Office"]),
        ("Home Office UK Visas and Immigration", ["Home Office", "UK Visas and Immigration"]),
    ],
)
def test_a_nation_after_a_name_ends_that_name(cell: str, bodies: list[str]) -> None:
    assert split_bodies(cell) == bodies
