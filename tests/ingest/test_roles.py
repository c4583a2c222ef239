"""Column roles come from general header vocabulary, whatever the plan."""

from __future__ import annotations

import pytest

from ingest.roles import ColumnRole, classify_table, role_of
from ingest.tablemodel import Cell, Row, Table


def _table(*rows: list[str]) -> Table:
    return Table(
        rows=tuple(
            Row(cells=tuple(Cell(text=t, items=(t,) if t else ()) for t in r), line=i + 1)
            for i, r in enumerate(rows)
        )
    )


@pytest.mark.parametrize(
    ("header", "role"),
    [
        ("Lead", ColumnRole.LEAD),
        ("Lead officer", ColumnRole.LEAD),
        ("Lead Body", ColumnRole.LEAD),
        ("Responsibility", ColumnRole.LEAD),
        ("Responsible", ColumnRole.LEAD),
        ("Owner", ColumnRole.LEAD),
        ("Who", ColumnRole.LEAD),
        ("Who (lead)", ColumnRole.LEAD),
        ("Delivery Partners (lead in bold)", ColumnRole.ACTORS),
        ("Lead & partner organisations", ColumnRole.ACTORS),
        ("Partners", ColumnRole.PARTNERS),
        ("Engagement", ColumnRole.PARTNERS),
        ("Outcomes", ColumnRole.OUTCOME),
        ("Success Measures", ColumnRole.KPI),
        ("Target/KPI Indicator", ColumnRole.KPI),
        ("Milestone Recommendations", ColumnRole.MILESTONES),
        ("Key tasks", ColumnRole.TASKS),
        ("Proposed Action", ColumnRole.ACTION),
        ("REQUIRED ACTIONS", ColumnRole.ACTION),
        ("Recommendation", ColumnRole.ACTION),
        ("Objective", ColumnRole.OBJECTIVE),
        ("No.", ColumnRole.REF),
        ("Ref", ColumnRole.REF),
        ("#", ColumnRole.REF),
        ("Timescale", ColumnRole.TIMESCALE),
        ("Target date", ColumnRole.TIMESCALE),
        ("Deadline", ColumnRole.TIMESCALE),
        ("By when", ColumnRole.TIMESCALE),
        ("Status", ColumnRole.STATUS),
        ("RAG", ColumnRole.STATUS),
        ("Status Outcome", ColumnRole.STATUS),
        ("Comments", ColumnRole.COMMENTS),
        ("Resources", ColumnRole.RESOURCES),
        ("Budget", ColumnRole.RESOURCES),
        ("DECEMBER", ColumnRole.PROGRESS),
        ("Progress 2017", ColumnRole.PROGRESS),
        ("<u>Lead</u>", ColumnRole.LEAD),
    ],
)
def test_header_words_name_the_column_role(header: str, role: ColumnRole) -> None:
    assert role_of(header)[0] == role


def test_action_table_gets_roles_and_lead_convention() -> None:
    roles = classify_table(
        _table(
            ["Proposed Action", "Key tasks", "Outcome", "Delivery Partners (lead in bold)"],
            ["1.1 Do a thing", "Task", "Result", "Body A Body B"],
        )
    )
    assert roles.kind == "action"
    assert [c.role for c in roles.columns] == [
        ColumnRole.ACTION,
        ColumnRole.TASKS,
        ColumnRole.OUTCOME,
        ColumnRole.ACTORS,
    ]
    assert roles.columns[3].lead_convention == "bold"


def test_second_action_like_column_holds_tasks() -> None:
    roles = classify_table(
        _table(
            ["No.", "Recommendation", "Proposed Actions/Progress", "Responsibility", "Date"],
            ["1.", "That something happens", "Meeting held", "A Person", "June 2018"],
        )
    )
    assert roles.signature() == ("ref", "action", "tasks", "lead", "timescale")


def test_group_header_row_above_the_header_is_a_section() -> None:
    roles = classify_table(
        _table(
            ["PROJECT MANAGEMENT", "", "", "PROGRESS 2017", ""],
            ["OBJECTIVE", "REQUIRED ACTIONS", "LEAD", "JANUARY", "COMMENTS"],
            ["Steering group", "Meet monthly", "AB", "", ""],
        )
    )
    assert roles.kind == "action"
    assert roles.header_rows == (0, 1)
    assert roles.section == "PROJECT MANAGEMENT"


def test_unnumbered_first_column_of_numbers_is_the_reference() -> None:
    roles = classify_table(
        _table(
            ["", "Outcome", "Action", "Lead"],
            ["1", "Better", "Do it", "X"],
            ["2", "More", "Do more", "Y"],
        )
    )
    assert roles.columns[0].role == ColumnRole.REF


@pytest.mark.parametrize(
    ("rows", "kind"),
    [
        (
            [["Income", "", "Expenditure", ""], ["Detail", "Amount £", "Detail", "Amount £"]],
            "budget",
        ),
        ([["Date", "Item", "£ Cost", "Notes"], ["", "", "£ -", ""]], "budget"),
        ([["<u>Section</u>", "<u>Detail</u>", "<u>Page</u>"], ["1.", "Intro", "3"]], "contents"),
        ([["Name", "Role", "Organisation"], ["A Person", "Chair", "A Council"]], "membership"),
        ([["Local Authorities", "Home Office", "PHE"], ["EMC", "DWP", "NNRF"]], "other"),
    ],
)
def test_tables_that_are_not_action_tables_are_classed_by_what_they_hold(
    rows: list[list[str]], kind: str
) -> None:
    assert classify_table(_table(*rows)).kind == kind
