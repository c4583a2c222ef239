"""An unseen CSV export from a project-management tool: deliverables with an ID, a
workstream, responsible and supporting organisations, a target date and a progress figure."""

from __future__ import annotations

import pytest

from graphmodel import Settings
from ingest.extraction import Extraction
from ingest.pipeline import extract
from ingest.roles import ColumnRole, role_of
from tests.ingest.unseen.facts import Expected, by_ref, check_actions
from tests.ingest.unseen.plans import LEICESTER_FILE, LEICESTER_HEADER, leicester_csv

CITY = "Leicester City Council"

EXPECTED = {
    "D-01": Expected(
        text="Establish a single ESOL referral point for Leicester and Leicestershire",
        theme="Language",
        leads=[CITY],
        partners=["Leicester College", "Leicestershire County Council"],
        due="2024-03-31",
        status="60%",
    ),
    "D-02": Expected(
        theme="Language",
        leads=["Leicestershire County Council"],
        partners=["Voluntary Action LeicesterShire"],
        due="2023-09-30",
        status="100%",
    ),
    "D-03": Expected(
        theme="Employment",
        leads=["University Hospitals of Leicester NHS Trust"],
        partners=["Jobcentre Plus", "Refugee Council"],
        due="2023-12-31",
    ),
    "D-04": Expected(
        theme="Employment",
        leads=[CITY],
        partners=["Jobcentre Plus", "Department for Work and Pensions"],
        due="2024-03-31",
    ),
    "D-05": Expected(theme="Housing", leads=[CITY], partners=[], due="2024-06-30", status="0%"),
    "D-06": Expected(
        theme="Community",
        leads=["Leicester City Council Libraries"],
        partners=["City of Sanctuary Leicester", "British Red Cross"],
        due="2023-11-30",
    ),
}


@pytest.fixture(scope="module")
def extraction(tmp_path_factory: pytest.TempPathFactory) -> Extraction:
    settings = Settings(store=str(tmp_path_factory.mktemp("store")))
    return extract(leicester_csv(), LEICESTER_FILE, settings)


def test_export_columns_have_their_roles() -> None:
    assert [role_of(h)[0] for h in LEICESTER_HEADER] == [
        ColumnRole.REF,
        ColumnRole.THEME,
        ColumnRole.ACTION,
        ColumnRole.LEAD,
        ColumnRole.PARTNERS,
        ColumnRole.TIMESCALE,
        ColumnRole.STATUS,
    ]


def test_every_deliverable_is_an_action_with_its_facts(extraction: Extraction) -> None:
    check_actions(by_ref(extraction), EXPECTED)


def test_a_file_with_no_title_is_named_from_its_file_and_placed_by_its_places(
    extraction: Extraction,
) -> None:
    assert extraction.plan.title == "Leicester Integration Programme Export"
    assert extraction.plan.region == "East Midlands"
    assert extraction.plan.owner is None
