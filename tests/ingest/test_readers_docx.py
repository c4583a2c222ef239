"""The Word reader on documents written from real sample plan content."""

from __future__ import annotations

from ingest.readers import read_document
from ingest.tablemodel import Table, TextBlock
from tests.ingest.plan_files import (
    docx_plan,
    docx_with_list_paragraphs,
    docx_with_nested_table,
    docx_with_spanning_header,
    sample_table,
)

LONDON = "london-enriched-implementation-plan.txt"
EAST_MIDLANDS = "east-midlands-smp-business-plan-2018-19.txt"


def test_london_plan_as_docx_keeps_heading_intro_table_order_and_lines() -> None:
    header, rows = sample_table(LONDON, limit=4)
    data = docx_plan(
        rows, header, heading="English language", intro=["Core objective: ESOL for all."]
    )
    document = read_document(data, "london.docx")
    assert document.format == "docx"
    heading, intro, table = document.blocks
    assert isinstance(heading, TextBlock) and heading.style == "heading" and heading.level == 1
    assert heading.text == "English language" and heading.line == 1
    assert isinstance(intro, TextBlock) and intro.style == "paragraph" and intro.line == 2
    assert isinstance(table, Table)
    assert table.line == 3 and [row.line for row in table.rows] == [3, 4, 5, 6, 7]
    assert [cell.text for cell in table.rows[0].cells] == header


def test_docx_cell_paragraphs_are_items_and_the_bold_lead_is_kept() -> None:
    header, rows = sample_table(LONDON, limit=3)
    document = read_document(docx_plan(rows, header), "london.docx")
    survey = document.tables[0].rows[3]
    assert survey.cells[0].text.startswith("4.3.1 Survey information on barriers")
    partners = survey.cells[3]
    assert partners.items == tuple(rows[2][3])
    assert partners.bold == ("GLA Diversity and Social Policy Team",)
    assert survey.cells[1].items == tuple(rows[2][1])


def test_docx_without_bold_lead_has_no_bold_runs_in_body_rows() -> None:
    header, rows = sample_table(LONDON, limit=2)
    document = read_document(docx_plan(rows, header, bold_first_lead=False), "london.docx")
    body = document.tables[0].rows[1:]
    assert all(cell.bold == () for row in body for cell in row.cells)


def test_docx_vertically_merged_objective_is_not_repeated() -> None:
    header, rows = sample_table(EAST_MIDLANDS, limit=6)
    objective = rows[0][0]
    merged_rows = [[objective, *row[1:]] for row in rows[:3]] + rows[3:]
    document = read_document(docx_plan(merged_rows, header, merge_repeats=True), "em.docx")
    table = document.tables[0]
    first_column = [row.cells[0].text for row in table.rows[1:4]]
    assert first_column == [
        " ".join(objective) if isinstance(objective, list) else objective,
        "",
        "",
    ]
    assert all(len(row.cells) == len(header) for row in table.rows)


def test_docx_horizontally_merged_title_row_spans_empty_cells() -> None:
    header, rows = sample_table(LONDON, limit=1)
    data = docx_with_spanning_header(header, "Housing", rows)
    table = read_document(data, "span.docx").tables[0]
    assert [cell.text for cell in table.rows[0].cells] == ["Housing", "", "", "", ""]
    assert [cell.text for cell in table.rows[1].cells] == header


def test_docx_nested_table_flattens_to_one_item_per_row() -> None:
    data = docx_with_nested_table(
        ["Action", "Partners"], "Map ESOL provision", ["emfec", "EMSMP", "BEGIN"]
    )
    table = read_document(data, "nested.docx").tables[0]
    assert table.rows[1].cells[1].items == ("emfec", "EMSMP", "BEGIN")


def test_docx_list_paragraphs_are_list_items_with_levels() -> None:
    data = docx_with_list_paragraphs("Priority areas", ["Refugee Resettlement", "Modern Slavery"])
    blocks = read_document(data, "list.docx").blocks
    assert [(b.style, b.text, b.level) for b in blocks if isinstance(b, TextBlock)] == [
        ("heading", "Priority areas", 2),
        ("list_item", "Refugee Resettlement", 1),
        ("list_item", "Modern Slavery", 1),
    ]


def test_docx_core_title_becomes_metadata() -> None:
    header, rows = sample_table(LONDON, limit=1)
    document = read_document(docx_plan(rows, header, title="London Enriched"), "l.docx")
    assert document.metadata["title"] == "London Enriched"
    assert "author" not in document.metadata
