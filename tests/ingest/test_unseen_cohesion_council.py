"""An unseen council Community Cohesion Action Plan (markdown, pipe table): key outcomes that
own the actions beneath them, milestones with dates but no timescale column, resources and
measures of success, a governance paragraph, and an owner named only in the text."""

from __future__ import annotations

from pathlib import Path

import pytest

from graphmodel import Settings
from ingest.extraction import Extraction
from ingest.pipeline import extract
from tests.ingest.unseen.facts import Expected, check_actions

PLAN = Path(__file__).resolve().parent / "unseen" / "community-cohesion-action-plan.md"
GET_ON = "People from different backgrounds get on well together"
SAFE = "Everyone feels safe in their neighbourhood"
TAKE_PART = "New residents take part in community life"

EXPECTED = {
    # Due when the last dated milestone is.
    "Run a community grants programme for projects that bring neighbourhoods together": Expected(
        leads=["Communities Team"], partners=[], due="2024-09-30"
    ),
    "Hold Inter Faith Week events in each township": Expected(
        leads=["Rochdale Interfaith Forum"], due="2024-11-30"
    ),
    "Increase the number of third-party hate crime reporting centres": Expected(
        leads=["Greater Manchester Police"], due="2025-03-31"
    ),
    "Respond to rising community tensions within 24 hours": Expected(
        leads=["Community Safety Partnership"], due="2024-07-31"
    ),
    "Offer a welcome pack and an ESOL assessment to every new arrival": Expected(
        leads=["ESOL Task Group"], due="2024-05-31"
    ),
}
OUTCOMES = [GET_ON, GET_ON, SAFE, SAFE, TAKE_PART]


@pytest.fixture(scope="module")
def extraction(tmp_path_factory: pytest.TempPathFactory) -> Extraction:
    settings = Settings(store=str(tmp_path_factory.mktemp("store")), include_people=True)
    return extract(PLAN.read_bytes(), PLAN.name, settings)


def test_every_action_is_read_with_its_lead_and_milestone_due_date(
    extraction: Extraction,
) -> None:
    check_actions({a.text: a for a in extraction.actions}, EXPECTED)


def test_key_outcomes_own_the_rows_beneath_them(extraction: Extraction) -> None:
    assert [a.outcomes for a in extraction.actions] == [[o] for o in OUTCOMES]


def test_milestones_resources_and_measures_are_kept(extraction: Extraction) -> None:
    first = extraction.actions[0]
    assert first.milestones == ["Grants round opens June 2024", "Awards made by September 2024"]
    assert first.resources == "£50,000 from the Cohesion Fund"
    assert first.kpi == "20 projects funded"


def test_the_council_the_text_names_for_its_place_owns_the_plan(extraction: Extraction) -> None:
    plan = extraction.plan
    assert (plan.title, plan.period) == ("Community Cohesion Action Plan", "2024–2027")
    assert plan.owner == "Rochdale Borough Council"
    assert plan.region == "North West"
    team = next(e for e in extraction.entities if e.name == "Communities Team")
    assert team.parent == plan.owner_id


def test_headings_that_name_no_topic_give_no_theme(extraction: Extraction) -> None:
    assert {a.theme for a in extraction.actions} == {None}


def test_the_governance_paragraph_gives_chair_and_reporting_lines(extraction: Extraction) -> None:
    names = {e.id: e.name for e in extraction.entities}
    stated = {
        (names[r.from_], r.type, names[r.to], r.role)
        for r in extraction.relations
        if r.type in ("FEEDS_INTO", "MEMBER_OF")
    }
    board = "Cohesion Partnership Board"
    assert stated == {
        ("Jo Bloggs", "MEMBER_OF", board, "chair"),
        (board, "FEEDS_INTO", "Safer Communities Board", None),
        ("ESOL Task Group", "FEEDS_INTO", board, None),
        ("Hate Crime Working Group", "FEEDS_INTO", board, None),
    }
