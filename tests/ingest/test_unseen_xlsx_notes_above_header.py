"""An unseen Excel tracker whose header is the sixth row, under a title, a "last updated"
line, a RAG key and a "Tracker owner:" label; its "Activity" column holds the actions and its
"Target" column holds dates, not measures."""

from __future__ import annotations

import pytest

from graphmodel import Settings
from ingest.extraction import Extraction
from ingest.pipeline import extract
from tests.ingest.unseen.facts import Expected, check_actions
from tests.ingest.unseen.plans import DURHAM_FILE, durham_workbook

COUNTY = "Durham County Council"

EXPECTED = {
    "Source private rented homes for arriving families": Expected(
        objective="Suitable housing", leads=[COUNTY], due="2024-03-31", status="Green"
    ),
    "Place every child in a school within 10 school days": Expected(
        objective="Education", leads=[COUNTY], due="2024-05-31", status="Amber"
    ),
    "Register every family with a GP on arrival": Expected(
        objective="Health", leads=["NHS North East and North Cumbria ICB"], due="2024-06-30"
    ),
    "Offer ESOL to every adult within a month of arrival": Expected(
        objective="Education", leads=["Durham County Council Adult Learning"], recurrence="ongoing"
    ),
}


@pytest.fixture(scope="module")
def extraction(tmp_path_factory: pytest.TempPathFactory) -> Extraction:
    settings = Settings(store=str(tmp_path_factory.mktemp("store")))
    return extract(durham_workbook(), DURHAM_FILE, settings)


def test_a_header_below_notes_is_found_and_every_activity_read(extraction: Extraction) -> None:
    check_actions({a.text: a for a in extraction.actions}, EXPECTED)


def test_targets_that_are_dates_are_timescales_and_measures_stay_measures(
    extraction: Extraction,
) -> None:
    assert [a.kpi for a in extraction.actions] == [
        "20 homes secured",
        "All children placed",
        "All families registered",
        "All adults offered classes",
    ]


def test_notes_above_the_header_are_no_theme_and_the_owner_label_names_the_owner(
    extraction: Extraction,
) -> None:
    assert {a.theme for a in extraction.actions} == {None}
    plan = extraction.plan
    assert plan.title == "Refugee Resettlement Programme – Delivery Tracker 2024"
    assert plan.owner == "Resettlement Programme Board"
    assert plan.region == "North East"
