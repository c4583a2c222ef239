"""The PDF reader on PDFs written from real sample plan content (ruled and unruled tables)."""

from __future__ import annotations

from ingest.readers import read_document
from ingest.tablemodel import Table, TextBlock
from tests.ingest.plan_files import latin1, pdf_plan, sample_table

LONDON = "london-enriched-implementation-plan.txt"
CREWE = "crewe-community-cohesion-action-plan-2016-17.txt"


def _items(cell: list[str]) -> tuple[str, ...]:
    return tuple(" ".join(latin1(item).split()) for item in cell if item)


def test_london_plan_as_pdf_has_a_table_per_page_with_repeated_header() -> None:
    header, rows = sample_table(LONDON, limit=6)
    document = read_document(pdf_plan(rows, header, title="London Enriched"), "london.pdf")
    assert document.format == "pdf"
    assert document.metadata["title"] == "London Enriched"
    tables = document.tables
    assert len(tables) >= 2
    assert [t.page for t in tables] == sorted({t.page for t in tables})
    assert all([c.text for c in t.rows[0].cells] == header for t in tables)
    body = [row for t in tables for row in t.rows[1:]]
    assert [row.cells[0].items[0] for row in body] == [
        " ".join(latin1(r[0][0]).split()) for r in rows
    ]
    lines = [row.line for t in tables for row in t.rows]
    assert lines == sorted(lines) and len(set(lines)) == len(lines)


def test_pdf_heading_and_intro_lines_precede_the_table() -> None:
    header, rows = sample_table(LONDON, limit=1)
    data = pdf_plan(
        rows, header, heading="English language", intro=["Core objective: ESOL for all."]
    )
    blocks = read_document(data, "l.pdf").blocks
    heading, intro, table = blocks[:3]
    assert isinstance(heading, TextBlock) and heading.style == "heading" and heading.bold
    assert heading.text == "English language" and heading.line == 1
    assert (
        isinstance(intro, TextBlock)
        and intro.text == "Core objective: ESOL for all."
        and intro.line == 2
    )
    assert isinstance(table, Table) and table.line == 3 and table.page == 1


def test_pdf_bold_lead_and_item_lines_in_cells() -> None:
    header, rows = sample_table(LONDON, limit=3)
    table = read_document(pdf_plan(rows, header), "l.pdf").tables[0]
    first = table.rows[1]
    assert first.cells[1].items == _items(rows[0][1])
    assert first.cells[4].items == _items(rows[0][4])
    lead = first.cells[3]
    assert lead.bold == (lead.text,)
    body = [
        row for t in read_document(pdf_plan(rows, header), "l.pdf").tables for row in t.rows[1:]
    ]
    survey = next(row for row in body if row.cells[0].text.startswith("4.3.1"))
    assert survey.cells[3].bold == ("GLA Diversity and Social Policy Team",)


def test_pdf_without_rules_falls_back_to_aligned_columns_and_keeps_prose_as_text() -> None:
    header, rows = sample_table(CREWE, limit=5)
    header = [*header[:3], header[-1]]
    rows = [[*row[:3], row[-1]] for row in rows]
    prose = "This plan sets out how the partnership will work together across the borough. " * 6
    document = read_document(pdf_plan(rows, header, ruled=False, intro=[prose]), "c.pdf")
    tables = document.tables
    assert len(tables) == 1
    texts = [b.text for b in document.blocks if isinstance(b, TextBlock)]
    assert any(text.startswith("This plan sets out how") for text in texts)
    table = tables[0]
    assert all(len(row.cells) == 4 for row in table.rows)
    steering = next(
        row for row in table.rows if row.cells[0].text == "Community Cohesion Steering Group"
    )
    assert steering.cells[1].text == " ".join(latin1(rows[1][1][0]).split())
    assert steering.cells[2].text == "KH/SAC"


def test_pdf_of_prose_only_has_no_tables() -> None:
    lines = [
        "1.1 The Partnership was established in 2000 to co-ordinate activities regarding asylum "
        "seekers in the Region. In 2007 the role expanded to include strategic coordination in "
        "respect of all forms of international migration."
    ] * 8
    document = read_document(pdf_plan([], [], heading=None, intro=lines), "prose.pdf")
    assert document.tables == []
    assert sum(1 for b in document.blocks if isinstance(b, TextBlock)) >= 8
