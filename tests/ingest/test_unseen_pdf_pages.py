"""An unseen PDF plan: a ruled table over several pages with its header repeated on each,
objective cells that own the rows beneath them, and a lead agency column."""

from __future__ import annotations

import io

import pdfplumber
import pytest

from graphmodel import Settings
from ingest.extraction import Extraction
from ingest.pipeline import extract
from tests.ingest.unseen.facts import Expected, by_ref, check_actions
from tests.ingest.unseen.plans import (
    LINCOLNSHIRE_FILE,
    lincolnshire_pdf,
    lincolnshire_rows,
)

COUNTY, BOSTON = "Lincolnshire County Council", "Boston Borough Council"
POLICE, CAB = "Lincolnshire Police", "Citizens Advice Lincolnshire"
GLAA = "Gangmasters and Labour Abuse Authority"
WORK = "Help migrant workers find safe, fairly paid work"
HOMES = "Improve the standard of housing in multiple occupation"
CONNECT = "Build connections between new and settled communities"

EXPECTED = {
    "1": Expected(objective=WORK, leads=[CAB], partners=[GLAA, COUNTY], due="2023-03-31"),
    "2": Expected(
        objective=WORK, leads=[GLAA], partners=[POLICE, "National Farmers' Union"], due="2023-06-30"
    ),
    "3": Expected(
        objective=WORK,
        leads=[COUNTY],
        partners=[BOSTON, "South Holland District Council"],
        due="2023-09-30",
    ),
    "4": Expected(
        objective=WORK,
        leads=["Boston College"],
        partners=["Jobcentre Plus", COUNTY],
        recurrence="ongoing",
    ),
    "5": Expected(
        objective=HOMES,
        leads=[BOSTON],
        partners=["Lincolnshire Fire and Rescue", POLICE],
        recurrence="ongoing",
    ),
    "6": Expected(objective=HOMES, leads=[BOSTON], due="2023-12-31"),
    "7": Expected(objective=HOMES, leads=["Shelter"], partners=[CAB, BOSTON], due="2023-05-31"),
    "8": Expected(
        objective=HOMES,
        leads=["South Holland District Council"],
        partners=["National Residential Landlords Association"],
        due="2024-03-31",
    ),
    "9": Expected(objective=CONNECT, leads=[COUNTY], recurrence="annually"),
    "10": Expected(
        objective=CONNECT,
        leads=["Lincolnshire Community and Voluntary Service"],
        partners=[POLICE],
        due="2023-10-31",
    ),
    "11": Expected(
        objective=CONNECT, leads=[POLICE], partners=[COUNTY, BOSTON], recurrence="monthly"
    ),
    "12": Expected(objective=CONNECT, leads=[COUNTY], due="2024-03-31"),
}


@pytest.fixture(scope="module")
def data() -> bytes:
    return lincolnshire_pdf()


@pytest.fixture(scope="module")
def extraction(data: bytes, tmp_path_factory: pytest.TempPathFactory) -> Extraction:
    settings = Settings(store=str(tmp_path_factory.mktemp("store")))
    return extract(data, LINCOLNSHIRE_FILE, settings)


def test_the_table_really_breaks_across_pages_under_a_repeated_header(data: bytes) -> None:
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages = [page.extract_text() or "" for page in pdf.pages]
    assert len(pages) >= 3
    assert all("Lead Agency" in text for text in pages)


def test_every_action_is_read_once_with_its_facts(extraction: Extraction) -> None:
    check_actions(by_ref(extraction), EXPECTED)


def test_action_text_and_measures_are_whole_across_wrapped_lines(extraction: Extraction) -> None:
    actions = by_ref(extraction)
    for row in lincolnshire_rows():
        assert actions[row[0]].text == row[2]
        assert actions[row[0]].kpi == row[6]


def test_the_forum_that_prepared_the_plan_owns_it(extraction: Extraction) -> None:
    plan = extraction.plan
    assert plan.title == "Lincolnshire Migration Forum Delivery Plan"
    assert plan.owner == "Lincolnshire Migration Forum"
    assert plan.region == "East Midlands"
