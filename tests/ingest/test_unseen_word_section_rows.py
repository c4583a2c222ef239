"""An unseen Word plan with one table whose themes are rows merged across every column
("Theme 1: Housing and accommodation"), refs in a "No" column and RAG letters."""

from __future__ import annotations

import pytest

from graphmodel import Settings
from ingest.extraction import Extraction
from ingest.pipeline import extract
from tests.ingest.unseen.facts import Expected, by_ref, check_actions
from tests.ingest.unseen.plans import COVENTRY_FILE, coventry_word

CITY, CENTRE = "Coventry City Council", "Coventry Refugee and Migrant Centre"
HOUSING, WORK = "Housing and accommodation", "Employment"

EXPECTED = {
    "1.1": Expected(theme=HOUSING, leads=[CITY], partners=[CENTRE], due="2024-06-30", status="G"),
    # Q2 of 2024-25 is July to September 2024.
    "1.2": Expected(
        theme=HOUSING, leads=[CITY], partners=["Home Office", "Serco"], due="2024-09-30"
    ),
    "2.1": Expected(
        theme=WORK,
        leads=["Department for Work and Pensions"],
        partners=[CITY, "Coventry College"],
        due="2024-09-30",
    ),
    "2.2": Expected(
        theme=WORK, leads=[CENTRE], partners=["Voluntary Action Coventry"], recurrence="ongoing"
    ),
}


@pytest.fixture(scope="module")
def extraction(tmp_path_factory: pytest.TempPathFactory) -> Extraction:
    settings = Settings(store=str(tmp_path_factory.mktemp("store")))
    return extract(coventry_word(), COVENTRY_FILE, settings)


def test_merged_theme_rows_name_the_theme_of_the_rows_below(extraction: Extraction) -> None:
    check_actions(by_ref(extraction), EXPECTED)


def test_the_partnership_in_the_title_owns_the_plan(extraction: Extraction) -> None:
    plan = extraction.plan
    assert (plan.title, plan.period) == ("Coventry Migration Partnership Action Plan", "2024-25")
    assert plan.owner == "Coventry Migration Partnership"
    assert plan.region == "West Midlands"
