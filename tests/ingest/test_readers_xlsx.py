"""The spreadsheet reader on workbooks written from real sample plan content."""

from __future__ import annotations

import datetime as dt
import io

from openpyxl import Workbook
from openpyxl.styles import Font

from ingest.readers import read_document
from tests.ingest.plan_files import sample_table, xlsx_plan

CREWE = "crewe-community-cohesion-action-plan-2016-17.txt"
LONDON = "london-enriched-implementation-plan.txt"


def test_crewe_plan_as_xlsx_keeps_rows_sheet_and_row_numbers() -> None:
    header, rows = sample_table(CREWE)
    data = xlsx_plan(rows, header, sheet="Action plan", heading="Crewe Community Cohesion Project")
    document = read_document(data, "crewe.xlsx")
    assert document.format == "xlsx"
    (table,) = document.tables
    assert table.sheet == "Action plan"
    assert (
        table.rows[0].line == 1
        and table.rows[0].cells[0].text == "Crewe Community Cohesion Project"
    )
    assert table.rows[1].line == 3
    assert [cell.text for cell in table.rows[1].cells if cell.text] == [h for h in header if h]
    assert len(table.rows) == len(rows) + 2


def test_xlsx_lines_in_a_cell_are_items_and_rich_text_bold_is_the_lead() -> None:
    header, rows = sample_table(LONDON, limit=3)
    table = read_document(xlsx_plan(rows, header), "london.xlsx").tables[0]
    survey = table.rows[4]
    assert survey.cells[3].items == tuple(rows[2][3])
    assert survey.cells[3].bold == ("GLA Diversity and Social Policy Team",)
    assert survey.cells[1].items == tuple(rows[2][1])
    assert table.rows[1].cells[0].bold == tuple(header[:1])


def test_xlsx_merged_cells_are_read_once() -> None:
    header, rows = sample_table(LONDON, limit=3)
    same = [["Housing", *row[1:]] for row in rows]
    table = read_document(xlsx_plan(same, header, merge_repeats=True), "m.xlsx").tables[0]
    assert [row.cells[0].text for row in table.rows[2:5]] == ["Housing", "", ""]


def test_xlsx_empty_rows_and_columns_are_skipped_and_values_formatted() -> None:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet["B2"] = "Action"
    sheet["D2"] = "Due"
    sheet["B5"] = "Map ESOL provision"
    sheet["D5"] = dt.datetime(2017, 6, 30)
    sheet["E5"] = 3.0
    second = workbook.create_sheet("Empty")
    assert second.title == "Empty"
    buffer = io.BytesIO()
    workbook.save(buffer)
    document = read_document(buffer.getvalue(), "sparse.xlsx")
    (table,) = document.tables
    assert [row.line for row in table.rows] == [2, 5]
    assert [cell.text for cell in table.rows[1].cells] == ["Map ESOL provision", "2017-06-30", "3"]
    assert len(table.rows[0].cells) == 3


def test_xlsx_formatting_far_beyond_the_data_adds_nothing() -> None:
    header, _ = sample_table(LONDON, limit=1)
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    for c, title in enumerate(header, start=1):
        sheet.cell(row=1, column=c, value=title)
    sheet.cell(row=200_000, column=200).font = Font(bold=True)
    buffer = io.BytesIO()
    workbook.save(buffer)
    (table,) = read_document(buffer.getvalue(), "formatted.xlsx").tables
    assert [row.line for row in table.rows] == [1]
    assert [cell.text for cell in table.rows[0].cells] == header
