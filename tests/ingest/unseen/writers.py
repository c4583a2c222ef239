"""Writers for unseen plans in layouts `plan_files` does not cover: Word documents with
headings between several tables, workbooks with one titled sheet per theme.

A cell is a string or a list of items; an item written `**like this**` is set in bold, which
is how plans mark the lead among partners.
"""

from __future__ import annotations

import datetime as dt
import io
from collections.abc import Sequence
from dataclasses import dataclass

from docx import Document as new_docx
from openpyxl import Workbook
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.cell.text import InlineFont
from openpyxl.styles import Alignment, Font

CellValue = str | Sequence[str] | dt.date
Rows = Sequence[Sequence[CellValue]]


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1


@dataclass(frozen=True)
class Paragraph:
    text: str
    bold: bool = False


@dataclass(frozen=True)
class Section:
    """A row of one cell merged across the table: a theme inside the table."""

    text: str


@dataclass(frozen=True)
class Grid:
    header: Sequence[str]
    rows: Sequence[Sequence[CellValue] | Section]


Block = Heading | Paragraph | Grid


def _items(value: CellValue) -> list[str]:
    if isinstance(value, dt.date):
        return [value.isoformat()]
    return [value] if isinstance(value, str) else list(value)


def _bold_item(item: str) -> tuple[str, bool]:
    if len(item) > 4 and item.startswith("**") and item.endswith("**"):
        return item[2:-2], True
    return item, False


def word_document(blocks: Sequence[Block], *, title: str | None = None) -> bytes:
    """A .docx of headings, paragraphs and tables in the order given."""
    document = new_docx()
    if title:
        document.core_properties.title = title
    for block in blocks:
        if isinstance(block, Heading):
            document.add_heading(block.text, level=block.level)
        elif isinstance(block, Paragraph):
            document.add_paragraph().add_run(block.text).bold = block.bold or None
        else:
            table = document.add_table(rows=1 + len(block.rows), cols=len(block.header))
            table.style = "Table Grid"
            for index, text in enumerate(block.header):
                table.rows[0].cells[index].paragraphs[0].add_run(text).bold = True
            for r, row in enumerate(block.rows, start=1):
                if isinstance(row, Section):
                    cells = table.rows[r].cells
                    merged = cells[0].merge(cells[len(block.header) - 1])
                    merged.paragraphs[0].add_run(row.text).bold = True
                    continue
                for c, value in enumerate(row):
                    cell = table.rows[r].cells[c]
                    for i, item in enumerate(_items(value)):
                        text, bold = _bold_item(item)
                        paragraph = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
                        paragraph.add_run(text).bold = bold or None
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@dataclass(frozen=True)
class Sheet:
    name: str
    header: Sequence[str]
    rows: Rows
    #: A title merged across the header's width in the first row, a blank row under it.
    title: str | None = None


def workbook(sheets: Sequence[Sheet]) -> bytes:
    """An .xlsx with one sheet each: merged title row, header, rows; dates as Excel dates."""
    book = Workbook()
    first_sheet = book.active
    assert first_sheet is not None
    book.remove(first_sheet)
    for spec in sheets:
        sheet = book.create_sheet(spec.name)
        row = 1
        if spec.title:
            sheet.cell(row=1, column=1, value=spec.title).font = Font(bold=True, size=14)
            sheet.merge_cells(start_row=1, start_column=1, end_row=1, end_column=len(spec.header))
            row = 3
        for index, text in enumerate(spec.header, start=1):
            sheet.cell(row=row, column=index, value=text).font = Font(bold=True)
        for r, values in enumerate(spec.rows, start=row + 1):
            for c, value in enumerate(values, start=1):
                target = sheet.cell(row=r, column=c)
                if isinstance(value, dt.date):
                    target.value = value
                    target.number_format = "DD/MM/YYYY"
                    continue
                items = [_bold_item(i) for i in _items(value)]
                if any(bold for _, bold in items):
                    rich = CellRichText()
                    for i, (text, bold) in enumerate(items):
                        piece = ("\n" if i else "") + text
                        rich.append(TextBlock(InlineFont(b=True), piece) if bold else piece)
                    target.value = rich
                elif items:
                    target.value = "\n".join(text for text, _ in items)
                target.alignment = Alignment(wrap_text=True, vertical="top")
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()
