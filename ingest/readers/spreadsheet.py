"""Excel (`.xlsx`): each worksheet is one Table, rows are spreadsheet rows.

The workbook is loaded in full (not read-only) mode: read-only worksheets expose neither merged
ranges nor rich-text runs, and both matter here (a merged objective cell spanning its actions;
a lead partner in bold within a cell). Plan workbooks are small and the upload size is capped,
so the memory cost is bounded. Formulas are read as their cached values.
"""

from __future__ import annotations

import datetime as dt
import io
import math
from collections.abc import Iterable

from openpyxl import load_workbook
from openpyxl.cell.cell import Cell as SheetCell
from openpyxl.cell.cell import MergedCell
from openpyxl.cell.rich_text import CellRichText, TextBlock
from openpyxl.worksheet.worksheet import Worksheet

from ingest.html_cells import plain_cell, tidy
from ingest.readers.grid import drop_empty_columns
from ingest.tablemodel import Cell, Document, Row, Table


def read_xlsx(data: bytes, name: str) -> Document:
    """Read every worksheet with content into one Table each, in workbook order."""
    workbook = load_workbook(io.BytesIO(data), data_only=True, rich_text=True)
    tables: list[Table] = []
    for sheet in workbook.worksheets:
        if not isinstance(sheet, Worksheet):
            continue
        table = _sheet_table(sheet)
        if table is not None:
            tables.append(table)
    metadata: dict[str, str] = {}
    for key in ("title", "subject", "keywords", "category"):
        value = tidy(getattr(workbook.properties, key, None) or "")
        if value:
            metadata[key] = value
    return Document(source=name, format="xlsx", blocks=tuple(tables), metadata=metadata)


def _sheet_table(sheet: Worksheet) -> Table | None:
    """Rows within the extent of cells holding values (formatting alone can stretch a sheet's
    dimensions to a million rows)."""
    filled = [key for key, cell in sheet._cells.items() if cell.value is not None]
    if not filled:
        return None
    rows: list[Row] = []
    for cells in sheet.iter_rows(
        min_row=min(r for r, _ in filled),
        max_row=max(r for r, _ in filled),
        min_col=min(c for _, c in filled),
        max_col=max(c for _, c in filled),
    ):
        row = tuple(_cell(cell) for cell in cells)
        if any(not cell.empty for cell in row):
            rows.append(Row(cells=row, line=cells[0].row))
    if not rows:
        return None
    kept = drop_empty_columns(rows)
    return Table(rows=tuple(kept), line=kept[0].line, sheet=sheet.title)


def _cell(cell: SheetCell | MergedCell) -> Cell:
    """A merged range's text sits in its top-left cell only; the rest of the range is empty."""
    if isinstance(cell, MergedCell) or cell.value is None:
        return Cell()
    value = cell.value
    if isinstance(value, CellRichText):
        return plain_cell(str(value), _rich_bold(value, bool(cell.font and cell.font.b)))
    text = _text(value)
    bold = list(_lines(text)) if cell.font is not None and cell.font.b else []
    return plain_cell(text, bold)


def _rich_bold(value: CellRichText, cell_bold: bool) -> list[str]:
    """Bold runs of a rich-text cell; a run without its own font inherits the cell's."""
    runs: list[str] = []
    current: list[str] = []
    for part in value:
        if isinstance(part, TextBlock):
            text = part.text
            bold = (
                bool(part.font.b)
                if part.font is not None and part.font.b is not None
                else cell_bold
            )
        else:
            text, bold = str(part), cell_bold
        if bold or (current and not text.strip()):
            current.append(text)
        elif text.strip():
            runs.append("".join(current))
            current = []
    runs.append("".join(current))
    return [line for run in runs for line in _lines(run)]


def _lines(text: str) -> Iterable[str]:
    return (tidy(line) for line in text.splitlines() if tidy(line))


def _text(value: object) -> str:
    """Cached cell values as a reader of the sheet sees them: dates ISO, whole numbers bare."""
    if isinstance(value, dt.datetime):
        if value.time() == dt.time(0, 0):
            return value.date().isoformat()
        return value.isoformat(sep=" ")
    if isinstance(value, dt.date | dt.time):
        return value.isoformat()
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer():
            return str(int(value))
        return repr(value)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    return str(value)
