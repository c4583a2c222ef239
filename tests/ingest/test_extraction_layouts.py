"""Layouts the samples do not have: other formats, other column names and orders, lead and
partners in one cell, bold leads, a bulleted action list instead of a table."""

from __future__ import annotations

import pytest

from graphmodel import Settings
from ingest.extraction import Extraction
from ingest.pipeline import extract
from tests.ingest.plan_files import (
    csv_plan,
    docx_plan,
    docx_with_list_paragraphs,
    pdf_plan,
    xlsx_plan,
)

HEADER = ["By when", "What we will do", "Who (lead)", "Working with", "Success criteria", "Ref"]
ROWS = [
    [
        "Q2",
        "Map informal ESOL provision across the county",
        "Refugee Council",
        "Local colleges, Library Service",
        "Map published",
        "A1",
    ],
    [
        "30 September 2019",
        "Run hate crime awareness sessions for front line staff",
        "Police",
        "Victim Support",
        "Four sessions held",
        "A2",
    ],
    [
        "Ongoing",
        "Convene quarterly multi-agency meetings",
        "Housing Team",
        "Home Office, G4S",
        "Meetings held",
        "A3",
    ],
]


@pytest.fixture
def settings(tmp_path) -> Settings:  # type: ignore[no-untyped-def]
    return Settings(store=str(tmp_path / "store"))


def _by_ref(extraction: Extraction) -> dict[str, object]:
    return {a.ref: a for a in extraction.actions}


@pytest.mark.parametrize(
    ("name", "writer"),
    [
        (
            "plan.docx",
            lambda: docx_plan(ROWS, HEADER, heading="Northshire Cohesion Action Plan 2019/20"),
        ),
        (
            "plan.xlsx",
            lambda: xlsx_plan(ROWS, HEADER, heading="Northshire Cohesion Action Plan 2019/20"),
        ),
        ("plan.csv", lambda: csv_plan(ROWS, HEADER)),
        (
            "plan.pdf",
            lambda: pdf_plan(ROWS, HEADER, heading="Northshire Cohesion Action Plan 2019/20"),
        ),
    ],
)
def test_other_formats_and_column_orders_yield_the_same_actions(
    settings: Settings, name: str, writer
) -> None:  # type: ignore[no-untyped-def]
    extraction = extract(writer(), name, settings)
    actions = _by_ref(extraction)
    assert sorted(actions) == ["A1", "A2", "A3"]
    first = actions["A1"]
    assert first.text == "Map informal ESOL provision across the county"  # type: ignore[attr-defined]
    assert [lead.name for lead in first.leads] == ["Refugee Council"]  # type: ignore[attr-defined]
    assert len(first.partners) == 2  # type: ignore[attr-defined]
    assert first.kpi == "Map published"  # type: ignore[attr-defined]
    assert actions["A2"].due == "2019-09-30"  # type: ignore[attr-defined]
    assert actions["A3"].recurrence == "ongoing"  # type: ignore[attr-defined]


def test_quarter_is_read_in_the_plans_financial_year(settings: Settings) -> None:
    extraction = extract(
        docx_plan(ROWS, HEADER, heading="Northshire Cohesion Action Plan 2019/20"),
        "p.docx",
        settings,
    )
    assert extraction.plan.period == "2019/20"
    assert _by_ref(extraction)["A1"].due == "2019-09-30"  # type: ignore[attr-defined]


def test_lead_and_partners_labelled_in_one_cell(settings: Settings) -> None:
    header = ["Objective", "Action", "Lead and partners", "Timescale"]
    rows = [
        [
            "Better access to advice",
            "Open a weekly drop-in",
            ["Lead: Citizens Advice", "Partners: Red Cross, Migrant Help"],
            "June 2020",
        ],
        ["", "Train volunteers as advisers", "Lead: to be confirmed", "2020/21"],
    ]
    extraction = extract(docx_plan(rows, header, bold_first_lead=False), "labelled.docx", settings)
    first, second = extraction.actions
    assert [lead.name for lead in first.leads] == ["Citizens Advice"]
    assert [p.name for p in first.partners] == ["British Red Cross", "Migrant Help"]
    assert second.objective == "Better access to advice"
    assert second.leads == [] and second.lead_pending == "to be confirmed"


def test_bold_lead_among_partners(settings: Settings) -> None:
    header = ["Action", "Outcome", "Delivery partners (lead in bold)"]
    rows = [
        [
            "Support refugee employment fairs",
            "More refugees in work",
            ["Jobcentre Plus", "Chamber of Commerce", "Refugee Council"],
        ],
    ]
    extraction = extract(docx_plan(rows, header), "bold.docx", settings)
    action = extraction.actions[0]
    assert [lead.name for lead in action.leads] == ["Jobcentre Plus"]
    assert {p.name for p in action.partners} == {"Chamber of Commerce", "Refugee Council"}
    assert action.outcomes == ["More refugees in work"]


def test_bulleted_action_list_instead_of_a_table(settings: Settings) -> None:
    data = docx_with_list_paragraphs(
        "Housing actions 2019/20",
        [
            "Publish a guide to private renting for new arrivals (Lead: Housing Team; by March 2020)",
            "Agree a protocol for move-on from asylum accommodation (Lead: Northshire Council; Partners: Migrant Help, G4S)",
        ],
    )
    extraction = extract(data, "list.docx", settings)
    assert len(extraction.actions) == 2
    first, second = extraction.actions
    assert first.text == "Publish a guide to private renting for new arrivals"
    assert [lead.name for lead in first.leads] == ["Housing Team"]
    assert first.due == "2020-03-31"
    assert [p.name for p in second.partners] == ["Migrant Help", "G4S"]
