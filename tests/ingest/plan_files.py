"""Write plan tables as .docx, .xlsx, .csv and .pdf bytes, for tests of every reader and stage.

Rows are sequences of cells; a cell is a string or a sequence of items (paragraphs / list
items / lines). `sample_table` gives the header and rows of a real sample plan, so the files
these helpers write carry real plan text in layouts the samples do not have.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path

from docx import Document as new_docx
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from fpdf import FPDF
from fpdf.fonts import FontFace
from msoffcrypto.format.ooxml import OOXMLFile
from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Font

from ingest.readers.text import read_text

PLANS = Path(__file__).resolve().parents[2] / "examples" / "plans"

CellValue = str | Sequence[str]
Rows = Sequence[Sequence[CellValue]]

#: Header words that mark the column holding the lead (and other) partners.
_LEAD_WORDS = ("lead", "partner", "responsib")


def items_of(value: CellValue) -> list[str]:
    return [value] if isinstance(value, str) else list(value)


def lead_column(header: Sequence[str]) -> int | None:
    """The first header naming the lead or partners, where the first item is set in bold."""
    for index, title in enumerate(header):
        if any(word in title.lower() for word in _LEAD_WORDS):
            return index
    return None


def sample_table(name: str, *, limit: int | None = None) -> tuple[list[str], list[list[list[str]]]]:
    """A sample plan's first table header and the rows of every table sharing that header."""
    document = read_text((PLANS / name).read_bytes(), name)
    header: list[str] | None = None
    rows: list[list[list[str]]] = []
    for table in document.tables:
        for row in table.rows:
            texts = [cell.text for cell in row.cells]
            if header is None:
                header = texts
            elif texts == header:
                continue
            elif len(texts) == len(header):
                rows.append([list(cell.items) for cell in row.cells])
    assert header is not None, f"{name} has no table"
    return header, rows[:limit] if limit is not None else rows


def docx_plan(
    rows: Rows,
    header: Sequence[str],
    *,
    bold_first_lead: bool = True,
    heading: str | None = "Action plan",
    title: str | None = None,
    merge_repeats: bool = False,
    intro: Sequence[str] = (),
) -> bytes:
    """A Word plan: optional heading and intro paragraphs, then one table.

    The lead column's first item is bold when `bold_first_lead`; with `merge_repeats` a
    first-column value repeated on consecutive rows is one vertically merged cell.
    """
    document = new_docx()
    if title:
        document.core_properties.title = title
    if heading:
        document.add_heading(heading, level=1)
    for paragraph in intro:
        document.add_paragraph(paragraph)
    table = document.add_table(rows=1 + len(rows), cols=len(header))
    table.style = "Table Grid"
    for index, text in enumerate(header):
        cell = table.rows[0].cells[index]
        cell.paragraphs[0].add_run(text).bold = True
    lead = lead_column(header) if bold_first_lead else None
    for r, row in enumerate(rows, start=1):
        for c, value in enumerate(row):
            cell = table.rows[r].cells[c]
            for i, item in enumerate(items_of(value)):
                paragraph = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                run = paragraph.add_run(item)
                run.bold = (c == lead and i == 0) or None
    if merge_repeats:
        start = 1
        for r in range(2, len(rows) + 2):
            same = r <= len(rows) and items_of(rows[r - 1][0]) == items_of(rows[start - 1][0])
            if not same:
                if r - 1 > start:
                    for between in range(start + 1, r):
                        _clear(table.rows[between].cells[0])
                    table.rows[start].cells[0].merge(table.rows[r - 1].cells[0])
                start = r
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _clear(cell) -> None:  # type: ignore[no-untyped-def]
    """Empty a cell before merging, as Word keeps only the top cell's text."""
    for paragraph in list(cell.paragraphs)[1:]:
        paragraph._p.getparent().remove(paragraph._p)
    for run in list(cell.paragraphs[0].runs):
        run._r.getparent().remove(run._r)


def docx_with_spanning_header(header: Sequence[str], span_title: str, rows: Rows) -> bytes:
    """A table whose first row is one cell spanning every column (gridSpan), then the header."""
    document = new_docx()
    table = document.add_table(rows=2 + len(rows), cols=len(header))
    merged = table.rows[0].cells[0].merge(table.rows[0].cells[len(header) - 1])
    merged.text = span_title
    for index, text in enumerate(header):
        table.rows[1].cells[index].text = text
    for r, row in enumerate(rows, start=2):
        for c, value in enumerate(row):
            table.rows[r].cells[c].text = "\n".join(items_of(value))
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def docx_with_nested_table(
    outer_header: Sequence[str], action: str, partners: Sequence[str]
) -> bytes:
    """A two-column plan whose partner cell holds a nested table, one partner per row."""
    document = new_docx()
    table = document.add_table(rows=2, cols=len(outer_header))
    for index, text in enumerate(outer_header):
        table.rows[0].cells[index].text = text
    table.rows[1].cells[0].text = action
    inner = table.rows[1].cells[1].add_table(rows=len(partners), cols=1)
    for index, partner in enumerate(partners):
        inner.rows[index].cells[0].text = partner
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def docx_with_list_paragraphs(heading: str, bullets: Sequence[str]) -> bytes:
    """A heading and a bulleted list (numbering properties, as Word writes them)."""
    document = new_docx()
    document.add_heading(heading, level=2)
    for bullet in bullets:
        paragraph = document.add_paragraph(bullet, style="List Bullet")
        properties = paragraph._p.get_or_add_pPr()
        numbering = OxmlElement("w:numPr")
        level = OxmlElement("w:ilvl")
        level.set(qn("w:val"), "0")
        number = OxmlElement("w:numId")
        number.set(qn("w:val"), "1")
        numbering.append(level)
        numbering.append(number)
        properties.append(numbering)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def xlsx_plan(
    rows: Rows,
    header: Sequence[str],
    *,
    bold_first_lead: bool = True,
    heading: str | None = "Action plan",
    sheet: str = "Action plan",
    merge_repeats: bool = False,
    title: str | None = None,
) -> bytes:
    """A workbook: heading in A1 (bold), a blank row, the header, then one row per action.

    Items are lines within a cell; the lead cell's first line is a bold rich-text run.
    """
    workbook = Workbook()
    worksheet = workbook.active
    assert worksheet is not None
    worksheet.title = sheet
    if title:
        workbook.properties.title = title
    first = 1
    if heading:
        worksheet.cell(row=1, column=1, value=heading).font = Font(bold=True)
        first = 3
    for index, text in enumerate(header, start=1):
        worksheet.cell(row=first, column=index, value=text).font = Font(bold=True)
    lead = lead_column(header) if bold_first_lead else None
    for r, row in enumerate(rows, start=first + 1):
        for c, value in enumerate(row):
            items = items_of(value)
            if c == lead and items and items[0]:
                rich = CellRichText(TextBlock(InlineFont(b=True), items[0]))
                if len(items) > 1:
                    rich.append("\n" + "\n".join(items[1:]))
                worksheet.cell(row=r, column=c + 1).value = rich
            elif items:
                worksheet.cell(row=r, column=c + 1, value="\n".join(items))
    if merge_repeats:
        start = first + 1
        last = first + len(rows)
        for r in range(first + 2, last + 2):
            same = r <= last and worksheet.cell(r, 1).value == worksheet.cell(start, 1).value
            if not same:
                if r - 1 > start:
                    worksheet.merge_cells(
                        start_row=start, start_column=1, end_row=r - 1, end_column=1
                    )
                start = r
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def csv_plan(
    rows: Rows,
    header: Sequence[str],
    *,
    delimiter: str = ",",
    encoding: str = "utf-8",
) -> bytes:
    """A delimited file: header then rows, items as lines inside quoted cells."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(header)
    for row in rows:
        writer.writerow(["\n".join(items_of(value)) for value in row])
    return buffer.getvalue().encode(encoding, errors="replace")


#: Core PDF fonts cover Latin-1 only; the few typographic characters plans use are mapped.
_LATIN1 = str.maketrans(
    {"•": "-", "▪": "-", "’": "'", "‘": "'", "“": '"', "”": '"', "–": "-", "—": "-", "…": "..."}
)


def latin1(text: str) -> str:
    return text.translate(_LATIN1).encode("latin-1", errors="replace").decode("latin-1")


def pdf_plan(
    rows: Rows,
    header: Sequence[str],
    *,
    bold_first_lead: bool = True,
    heading: str | None = "Action plan",
    intro: Sequence[str] = (),
    title: str | None = None,
    ruled: bool = True,
    font_size: float = 8,
) -> bytes:
    """A landscape PDF: heading and intro lines, then a table (repeating its header across pages).

    Items are lines within a cell; the lead cell's first item is bold. Text is Latin-1 (core
    fonts), see `latin1`. `ruled=False` draws no cell borders (for unruled-table reading);
    an empty header writes no table at all.
    """
    pdf = FPDF(orientation="L", unit="pt", format="A4")
    pdf.set_auto_page_break(auto=True, margin=36)
    if title:
        pdf.set_title(title)
    pdf.add_page()
    if heading:
        pdf.set_font("Helvetica", style="B", size=16)
        pdf.cell(text=latin1(heading), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(6)
    pdf.set_font("Helvetica", size=10)
    for line in intro:
        pdf.multi_cell(w=0, text=latin1(line), new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    if not header:
        return bytes(pdf.output())
    pdf.set_font("Helvetica", size=font_size)
    lead = lead_column(header) if bold_first_lead else None
    with pdf.table(
        markdown=True,
        text_align="LEFT",
        v_align="TOP",
        borders_layout="ALL" if ruled else "NONE",
        headings_style=FontFace(emphasis="BOLD"),
        padding=3,
    ) as table:
        heading_row = table.row()
        for text in header:
            heading_row.cell(_escape(latin1(text)))
        for row in rows:
            pdf_row = table.row()
            for c, value in enumerate(row):
                items = [_escape(latin1(item)) for item in items_of(value)]
                if c == lead and items and items[0]:
                    items[0] = f"**{items[0]}**"
                pdf_row.cell("\n".join(items))
    return bytes(pdf.output())


def _escape(text: str) -> str:
    """fpdf2's markdown reads `--`, `__` and `~~` as styling; keep them literal."""
    return text.replace("--", "- -").replace("__", "_ _").replace("~~", "~ ~")


def encrypted_pdf(password: str = "secret") -> bytes:
    """A one-line PDF that needs a user password to open."""
    pdf = FPDF()
    pdf.set_encryption(owner_password=password + "-owner", user_password=password)
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.cell(text="Action plan")
    return bytes(pdf.output())


def encrypted_office(data: bytes, password: str = "secret") -> bytes:
    """An OOXML file (.docx/.xlsx bytes) encrypted with a password, as Office saves it."""
    source = io.BytesIO(data)
    target = io.BytesIO()
    OOXMLFile(source).encrypt(password, target)
    return target.getvalue()
