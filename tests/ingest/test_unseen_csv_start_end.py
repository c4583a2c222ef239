"""An unseen CSV plan with a start date and an end date column for each action, objectives
that own the rows beneath them, and its period only in its file name."""

from __future__ import annotations

import pytest

from graphmodel import Settings
from ingest.extraction import Extraction
from ingest.pipeline import extract
from tests.ingest.unseen.facts import Expected, check_actions
from tests.ingest.unseen.plans import NEWCASTLE_FILE, newcastle_csv

CITY = "Newcastle City Council"
HOUSING, WELCOME = "Improve access to housing", "Welcome new arrivals"

EXPECTED = {
    "Agree a move-on protocol with the asylum accommodation provider": Expected(
        objective=HOUSING,
        leads=[CITY],
        partners=["Migrant Help", "Mears Group"],
        due="2023-09-30",
        status="Complete",
    ),
    "Open a weekly housing advice clinic for newly recognised refugees": Expected(
        objective=HOUSING, leads=["Shelter"], partners=[CITY], due="2024-03-31"
    ),
    "Run a volunteer befriending scheme": Expected(
        objective=WELCOME, leads=["Action Foundation"], partners=[], recurrence="ongoing"
    ),
    "Hold a Refugee Week celebration in the city centre": Expected(
        objective=WELCOME,
        leads=[CITY],
        partners=["Northern Sinfonia", "local community groups"],
        due="2023-06-25",
    ),
}


@pytest.fixture(scope="module")
def extraction(tmp_path_factory: pytest.TempPathFactory) -> Extraction:
    settings = Settings(store=str(tmp_path_factory.mktemp("store")))
    return extract(newcastle_csv(), NEWCASTLE_FILE, settings)


def test_actions_are_due_at_their_end_date(extraction: Extraction) -> None:
    check_actions({a.text: a for a in extraction.actions}, EXPECTED)


def test_the_start_column_gives_when_the_action_starts(extraction: Extraction) -> None:
    assert [a.period_start for a in extraction.actions] == [
        "2023-04-01",
        "2023-06-01",
        "2023-05-01",
        "2023-06-19",
    ]


def test_a_period_in_the_file_name_is_the_plans_period(extraction: Extraction) -> None:
    assert (extraction.plan.title, extraction.plan.period) == (
        "Newcastle Sanctuary Plan",
        "2023-24",
    )
    assert extraction.plan.region == "North East"
