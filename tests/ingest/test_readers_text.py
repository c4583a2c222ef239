"""The converted-text reader on the five real sample plans, plus properties on arbitrary text."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.readers.text import read_text
from ingest.tablemodel import Document, Table, TextBlock

PLANS = Path(__file__).resolve().parents[2] / "examples" / "plans"
LONDON = "london-enriched-implementation-plan.txt"
EAST_MIDLANDS = "east-midlands-smp-business-plan-2018-19.txt"
EAST_OF_ENGLAND = "east-of-england-maf-template.txt"
CREWE = "crewe-community-cohesion-action-plan-2016-17.txt"
STOCKTON = "stockton-asylum-seeker-services-review.txt"


def sample(name: str) -> Document:
    return read_text((PLANS / name).read_bytes(), name)


def texts(document: Document) -> list[TextBlock]:
    return [b for b in document.blocks if isinstance(b, TextBlock)]


@pytest.mark.parametrize(
    ("name", "tables", "rows"),
    [
        (LONDON, 14, 48),
        (EAST_MIDLANDS, 16, 169),
        (EAST_OF_ENGLAND, 1, 18),
        (CREWE, 2, 47),
        (STOCKTON, 5, 15),
    ],
)
def test_each_sample_plan_yields_its_tables_and_rows(name: str, tables: int, rows: int) -> None:
    document = sample(name)
    assert document.format == "text"
    assert document.source == name
    assert len(document.tables) == tables
    assert sum(len(t.rows) for t in document.tables) == rows


def test_london_header_row_names_delivery_partners_lead_in_bold() -> None:
    first = sample(LONDON).tables[0]
    header = [cell.text for cell in first.rows[0].cells]
    assert header == [
        "Proposed Action",
        "Key tasks",
        "Outcome",
        "Delivery Partners (lead in bold)",
        "Resources",
    ]
    assert first.line == 59
    assert [row.line for row in first.rows] == [59, 60, 61]


def test_london_numbered_list_without_li_tags_splits_into_tasks() -> None:
    row = sample(LONDON).tables[0].rows[1]
    assert row.cells[0].text.startswith("3.3.1 Ensure that the new approach to ESOL")
    assert row.cells[1].items == (
        "Support LSPs to develop evidence for identifying priority groups.",
        "Support LSPs to identify resources to deliver ESOL for priority groups.",
        "Work with LSPs and ESOL providers to develop courses that meet the diverse needs of refugees.",
        "Develop mechanism for monitoring how well the new approach to ESOL meets diverse refugee needs.",
    )


def test_london_nested_bullets_end_where_the_outer_numbering_resumes() -> None:
    rows = {row.cells[0].text.split()[0]: row for t in sample(LONDON).tables for row in t.rows}
    tasks = rows["9.3.4"].cells[1].items
    assert tasks == (
        "Convene steering group.",
        "Develop specification for survey that:",
        "identifies exclusion indicators",
        "collects relevant data",
        "assesses extent of and factors contributing to extreme exclusion.",
        "Commission survey in accordance with specification.",
        "Work with relevant policy makers, commissioners and service providers to identify actions to reduce exclusion.",
    )


def test_london_paragraph_cells_keep_the_lead_paragraph_apart_from_partners() -> None:
    rows = {row.cells[0].text.split()[0]: row for t in sample(LONDON).tables for row in t.rows}
    partners = rows["4.3.1"].cells[3].items
    assert partners[0] == "GLA Diversity and Social Policy Team"
    assert partners[1].startswith("GLA DMAG GLA Housing Unit")
    assert rows["4.3.1"].cells[4].items == (
        "GLA staff time",
        "Portion of general baseline assessment budget (see 10.3.1)",
    )


def test_london_theme_headings_precede_their_tables() -> None:
    headings = [b.text for b in texts(sample(LONDON)) if b.style == "heading"]
    for theme in (
        "English language",
        "Housing",
        "Housing, continued",
        "Health",
        "Community safety",
    ):
        assert theme in headings
    objectives = [b for b in texts(sample(LONDON)) if b.text.startswith("Core objective:")]
    assert len(objectives) == 7
    assert all(b.style == "paragraph" for b in objectives)


def test_london_bold_title_spanning_two_lines_is_bold() -> None:
    bold = [(b.line, b.text) for b in texts(sample(LONDON)) if b.bold]
    assert (11, "Greater London Authority") in bold
    assert (12, "November 2009") in bold


def test_east_midlands_row_continues_after_a_repeated_header_in_one_table() -> None:
    document = sample(EAST_MIDLANDS)
    objective_two = next(t for t in document.tables if t.line == 309)
    headers = [row for row in objective_two.rows if row.cells[0].text == "Outcomes"]
    assert len(headers) == 1
    continuation = next(row for row in objective_two.rows if row.line == 316)
    assert continuation.cells[0].text.startswith("maintained in the East Midlands")
    assert continuation.cells[1].text.startswith("authority and partner agencies")
    assert all(len(row.cells) == 7 for row in objective_two.rows)


def test_east_midlands_blank_line_and_repeated_header_do_not_split_a_table() -> None:
    objective_one = sample(EAST_MIDLANDS).tables[2]
    assert objective_one.line == 290
    assert [row.cells[0].text for row in objective_one.rows].count("Outcomes") == 2
    assert len(objective_one.rows) == 13


def test_east_midlands_markdown_separator_rows_are_dropped() -> None:
    raw = (PLANS / EAST_MIDLANDS).read_text().splitlines()
    separator_lines = {n for n, line in enumerate(raw, 1) if line.startswith("--\t")}
    assert separator_lines
    lines = {row.line for t in sample(EAST_MIDLANDS).tables for row in t.rows}
    assert not separator_lines & lines


def test_east_midlands_numbered_sections_are_headings_and_lists_list_items() -> None:
    blocks = {b.line: b for b in texts(sample(EAST_MIDLANDS))}
    assert blocks[30].style == "heading"
    assert blocks[30].text == "1. EAST MIDLANDS STRATEGIC MIGRATION PARTNERSHIP (EMSMP)"
    assert blocks[32].style == "list_item"
    assert blocks[32].text.startswith("1.1 The Partnership was established")
    assert blocks[38].style == "list_item" and blocks[38].level == 2
    assert blocks[286].text == "APPENDIX B" and blocks[286].style == "heading"


def test_east_of_england_paragraph_and_bullet_cells() -> None:
    rows = {row.line: row for row in sample(EAST_OF_ENGLAND).tables[0].rows}
    assert rows[47].cells[3].items == (
        "Lead: to be nominated",
        "Partners: Local Authority & delivery partners within the voluntary sector",
    )
    assert rows[50].cells[2].items == (
        "Monitor impact of migration and growth to make sure you establish clear baseline to "
        "strengthen the evidence base and agree on what to do with the data collected",
        "Disseminate data to service providers",
    )
    assert rows[45].cells[0].text.startswith("To Address inequality of outcomes")
    assert all(cell.empty for cell in rows[45].cells[1:])


def test_east_of_england_markdown_link_and_escapes_are_unwrapped() -> None:
    line_7 = next(b for b in texts(sample(EAST_OF_ENGLAND)) if b.line == 7)
    assert line_7.text == "(The first two pages of this document can be deleted)"


def test_crewe_one_table_runs_across_section_rows_and_a_separator() -> None:
    table = sample(CREWE).tables[0]
    assert table.line == 17
    assert {len(row.cells) for row in table.rows} == {12}
    header = [cell.text for cell in table.rows[1].cells]
    assert header[:3] == ["OBJECTIVE", "REQUIRED ACTIONS", "LEAD"]
    panna = next(
        row for row in table.rows if row.cells[1].text == "Develop and introduce Panna Football"
    )
    assert panna.cells[0].empty
    assert panna.cells[2].text == "Police"


def test_stockton_table_per_page_with_its_repeated_header() -> None:
    tables = sample(STOCKTON).tables
    assert [t.line for t in tables] == [6, 13, 20, 26, 33]
    assert all(t.rows[0].cells[1].text == "Recommendation" for t in tables)
    headings = [b.text for b in texts(sample(STOCKTON)) if b.style == "heading"]
    assert headings.count("APPENDIX 1") == 5


def test_stockton_paragraph_cells_become_items() -> None:
    row = sample(STOCKTON).tables[2].rows[1]
    assert row.cells[1].items[0].startswith("B. Enhanced links with refugee-led")
    assert row.cells[1].items[1].startswith("C. Continued development of hate crime")


def test_markdown_pipe_table_with_bold_lead() -> None:
    text = (
        "# Action plan 2024\n\n"
        "| Action | Lead |\n"
        "|---|:--:|\n"
        "| Run ESOL classes | **Refugee Council**, Local college |\n"
        "| Map provision | GLA |\n\n"
        "- a bullet\n"
    )
    document = read_text(text.encode(), "plan.md", markdown=True)
    assert document.format == "markdown"
    heading, table, bullet = document.blocks
    assert isinstance(heading, TextBlock) and heading.style == "heading" and heading.level == 1
    assert isinstance(table, Table)
    assert [row.line for row in table.rows] == [3, 5, 6]
    assert table.rows[1].cells[1].text == "Refugee Council, Local college"
    assert table.rows[1].cells[1].bold == ("Refugee Council",)
    assert isinstance(bullet, TextBlock) and bullet.style == "list_item"


def test_text_line_without_tabs_ends_a_table_and_blank_lines_do_not() -> None:
    text = "A\tB\n\nc\td\nNotes follow here\ne\tf\n"
    document = read_text(text.encode(), "plan.txt")
    first, note, second = document.blocks
    assert isinstance(first, Table) and [r.line for r in first.rows] == [1, 3]
    assert isinstance(note, TextBlock) and note.line == 4
    assert isinstance(second, Table) and second.line == 5


def test_windows_line_endings_bom_and_cp1252_are_read() -> None:
    utf8 = "\ufeffAction\tLead\r\nESOL – classes\tRefugee Council\r\n".encode()
    assert read_text(utf8, "p.txt").tables[0].rows[1].cells[0].text == "ESOL – classes"
    cp1252 = "Action\tLead\nESOL – classes £5\tCouncil\n".encode("cp1252")
    assert read_text(cp1252, "p.txt").tables[0].rows[1].cells[0].text == "ESOL – classes £5"


_line = st.text(
    alphabet=st.one_of(
        st.characters(blacklist_categories=("Cs", "Cc"), blacklist_characters="\u2028\u2029"),
        st.sampled_from("\t<>&*|#-•"),
    ),
    max_size=80,
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_line, max_size=30))
def test_text_reader_never_crashes_and_keeps_every_tab_row(lines: list[str]) -> None:
    document = read_text("\n".join(lines).encode(), "any.txt")
    rows = {row.line: row for table in document.tables for row in table.rows}
    for number, line in enumerate(lines, start=1):
        if "\t" in line and number in rows:
            assert len(rows[number].cells) == line.count("\t") + 1
    for block in document.blocks:
        assert block.line is not None and 1 <= block.line <= max(len(lines), 1)


_word = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJ", min_size=1, max_size=8)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.lists(st.lists(_word, min_size=1, max_size=5), min_size=2, max_size=5),
        min_size=1,
        max_size=8,
    )
)
def test_tab_rows_of_words_come_back_cell_for_cell(grid: list[list[list[str]]]) -> None:
    width = max(len(row) for row in grid)
    lines = [
        "\t".join(" ".join(words) for words in row + [[]] * (width - len(row))) for row in grid
    ]
    document = read_text("\n".join(lines).encode(), "grid.txt")
    (table,) = document.tables
    assert len(table.rows) == len(grid)
    for row, expected in zip(table.rows, grid, strict=True):
        assert len(row.cells) == width
        assert [c.text for c in row.cells[: len(expected)]] == [" ".join(w) for w in expected]


def test_an_unclosed_bold_span_ends_at_a_blank_line() -> None:
    document = read_text(b"**Greater London Authority\n\nPublished by the GLA\n", "p.txt")
    first, second = document.blocks
    assert isinstance(first, TextBlock) and first.bold and first.text == "Greater London Authority"
    assert isinstance(second, TextBlock) and not second.bold
