"""An unseen Excel tracker: one sheet per theme, a merged title row above the header, columns
in a tracker's order (Status, Owner, Task, Deadline, Update) and deadlines as Excel dates."""

from __future__ import annotations

import pytest

from graphmodel import Settings
from ingest.extraction import Extraction
from ingest.pipeline import extract
from tests.ingest.unseen.facts import Expected, check_actions
from tests.ingest.unseen.plans import KENT_FILE, kent_workbook

EXPECTED = {
    "Offer an initial health assessment to every resident of contingency hotels within 10 days "
    "of arrival": Expected(
        theme="Health",
        leads=["NHS Kent and Medway"],
        partners=[],
        due="2024-06-30",
        status="In progress",
    ),
    "Commission a TB screening pathway for new arrivals from high incidence countries": Expected(
        theme="Health",
        leads=["Kent County Council Public Health"],
        due="2024-09-30",
        status="Not started",
    ),
    "Publish a list of GP practices registering patients without proof of address": Expected(
        theme="Health", leads=["Medway Council"], due="2024-04-30", status="Complete"
    ),
    "Offer every school-age child a school place within 20 school days of arrival": Expected(
        theme="Education", leads=["Kent County Council"], due="2024-07-31"
    ),
    "Run pre-entry ESOL classes in each dispersal district": Expected(
        theme="Education", leads=["Kent Adult Education"], due="2024-12-31"
    ),
    "Hold monthly community safety briefings with accommodation providers": Expected(
        theme="Community Safety", leads=["Kent Police"], recurrence="monthly", status="Ongoing"
    ),
    # Co-leads joined by a slash.
    "Run a third-party hate crime reporting campaign in Gravesend and Chatham": Expected(
        theme="Community Safety", leads=["Kent Police", "Medway Council"], due="2024-10-31"
    ),
}


@pytest.fixture(scope="module")
def extraction(tmp_path_factory: pytest.TempPathFactory) -> Extraction:
    settings = Settings(store=str(tmp_path_factory.mktemp("store")))
    return extract(kent_workbook(), KENT_FILE, settings)


def test_every_sheets_tasks_are_actions_with_the_sheet_as_theme(extraction: Extraction) -> None:
    check_actions({a.text: a for a in extraction.actions}, EXPECTED)


def test_the_merged_title_row_gives_title_period_owner_and_region(extraction: Extraction) -> None:
    plan = extraction.plan
    assert plan.title == "Kent and Medway Asylum Dispersal Partnership – Action Tracker"
    assert plan.period == "2024/25"
    assert plan.owner == "Kent and Medway Asylum Dispersal Partnership"
    assert plan.region == "South East"


def test_updates_are_kept_as_comments_and_the_title_row_is_no_theme(
    extraction: Extraction,
) -> None:
    first = extraction.actions[0]
    assert first.comments == "78% seen within 10 days in Q4"
    assert {a.theme for a in extraction.actions} == {"Health", "Education", "Community Safety"}
