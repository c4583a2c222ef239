"""An unseen Scottish partnership plan exported from Excel as semicolon-separated CSV in
Windows-1252: a title row above the header, one "Lead & partner organisations" column using
"X (lead), Y", "X & Y (co-leads), Z" and "Lead: X; Partners: Y", and quarters of named
financial years."""

from __future__ import annotations

import pytest

from graphmodel import Settings
from ingest.extraction import Extraction
from ingest.pipeline import extract
from tests.ingest.unseen.facts import Expected, by_ref, check_actions
from tests.ingest.unseen.plans import GLASGOW_FILE, glasgow_csv

GCC, SRC = "Glasgow City Council", "Scottish Refugee Council"

EXPECTED = {
    "G1": Expected(
        theme="Employability",
        leads=[GCC],
        partners=[SRC, "Jobcentre Plus"],
        due="2023-06-30",
        status="On track",
    ),
    "G2": Expected(
        theme="Employability", leads=[SRC], partners=["Glasgow Clyde College"], due="2023-12-31"
    ),
    # Q4 of 2023/24 is January to March 2024.
    "G3": Expected(
        theme="Health",
        leads=["NHS Greater Glasgow and Clyde"],
        partners=["British Red Cross"],
        due="2024-03-31",
        status="Delayed",
    ),
    "G4": Expected(
        theme="Housing", leads=[GCC, "Mears Group"], partners=["Home Office"], due="2023-09-30"
    ),
    "G5": Expected(
        theme="Housing", leads=[GCC], partners=[SRC, "Citizens Advice Scotland"], due=None
    ),
    "G6": Expected(
        text="Map ESOL classes across the city and publish them online, costing under £5,000",
        theme="Language",
        leads=["COSLA Strategic Migration Partnership"],
        partners=[],
        due="2024-09-30",
    ),
}


@pytest.fixture(scope="module")
def extraction(tmp_path_factory: pytest.TempPathFactory) -> Extraction:
    settings = Settings(store=str(tmp_path_factory.mktemp("store")))
    return extract(glasgow_csv(), GLASGOW_FILE, settings)


def test_every_action_is_read_with_its_lead_convention(extraction: Extraction) -> None:
    check_actions(by_ref(extraction), EXPECTED)


def test_the_title_row_above_the_header_names_the_plan(extraction: Extraction) -> None:
    plan = extraction.plan
    assert (plan.title, plan.period) == ("Glasgow New Scots Partnership – Action Plan", "2023/24")
    assert plan.owner == "Glasgow New Scots Partnership"
    assert plan.region == "Scotland"


def test_the_smp_is_part_of_cosla(extraction: Extraction) -> None:
    cosla = next(
        e for e in extraction.entities if e.name == "COSLA Strategic Migration Partnership"
    )
    assert cosla.parent == "org-convention-of-scottish-local-authorities"
