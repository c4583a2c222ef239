"""PDF: per page, ruled tables (falling back to text-aligned columns) and the lines around them.

Tables come from pdfplumber's line strategy. A page without ruled tables falls back to text
alignment: runs of lines that share blank column gutters (pdfplumber's own text strategy cuts
justified prose into columns, so it is not used). Each page's tables stay separate Tables (the
next stage merges a table continued over a page break, recognising the repeated header). Text outside tables
becomes one TextBlock per line. `line` is a running count over the whole document: each text
line and each table row takes one, in reading order (top to bottom, page by page).

Inside a cell, a line whose first word would have fitted on the line before (with room to
spare) starts a new item; so does a line opening with a bullet or an item number.
Otherwise it is the same item wrapped. Bold comes from the font name of the words.
"""

from __future__ import annotations

import io
import itertools
import re
import statistics
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfplumber.page import Page
from pdfplumber.table import Table as PageTable
from pdfplumber.utils.exceptions import PdfminerException

from ingest.errors import CorruptFile, PasswordProtected
from ingest.html_cells import BULLETS, items_from_lines, make_cell, tidy
from ingest.tablemodel import Block, Cell, Document, Row, Table, TextBlock

#: An unruled table needs at least this many lines sharing its column gutters.
_ALIGNED_MIN_LINES = 3
#: A column gutter is at least this many ems of blank space between words.
_GUTTER_EM = 0.6
#: Lines further apart than this many times the closest line pitch start a new row.
_ROW_BREAK_PITCH = 1.3
_ITEM_START = re.compile(rf"\s*(?:[{BULLETS}]|[-–]\s|\d{{1,2}}[.)]?\s+[A-Z]|[a-z][.)]\s)")
_BOLD_FONT = re.compile(r"bold|black|heavy|semibold|demi", re.IGNORECASE)
#: Lines at least this much larger than the page's body text are headings.
_HEADING_SCALE = 1.2
_HEADING_MAX_WORDS = 14
_LINE_TOLERANCE = 3.0
#: Room (in ems) a word needs beyond its width to count as "would have fitted": writers wrap
#: a little early (justification, kerning, their own padding).
_WRAP_SLACK_EM = 1.25


@dataclass
class _Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    bold: bool
    size: float


def read_pdf(data: bytes, name: str) -> Document:
    """Read every page's tables and text lines into the table model."""
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
    except PdfminerException as exc:
        cause = exc.args[0] if exc.args else exc
        if isinstance(cause, PDFPasswordIncorrect | PDFEncryptionError):
            raise PasswordProtected(
                f"{name}: the PDF is password-protected; remove the password and upload again"
            ) from exc
        raise CorruptFile(f"{name}: cannot be read as PDF: {cause}") from exc
    with pdf:
        blocks: list[Block] = []
        line = 0
        for number, page in enumerate(pdf.pages, start=1):
            page_blocks, line = _page_blocks(page, number, line)
            blocks.extend(page_blocks)
        metadata = _metadata(pdf.metadata)
    return Document(source=name, format="pdf", blocks=tuple(blocks), metadata=metadata)


def _metadata(info: dict[str, Any]) -> dict[str, str]:
    """Title, subject and keywords from the PDF's info dictionary (never the author)."""
    metadata: dict[str, str] = {}
    for key in ("Title", "Subject", "Keywords"):
        value = info.get(key)
        if isinstance(value, bytes):
            value = value.decode("utf-8", errors="replace")
        if isinstance(value, str) and tidy(value):
            metadata[key.lower()] = tidy(value)
    return metadata


def _page_blocks(page: Page, number: int, line: int) -> tuple[list[Block], int]:
    words = _words(page)
    body_size = statistics.median(w.size for w in words) if words else 0.0
    ruled = page.find_tables()
    grids = [_ruled_grid(table, words) for table in ruled]
    outside = [w for w in words if not any(_inside(w, t.bbox) for t in ruled)]
    lines = _lines_of(outside)
    if not ruled:
        grids, lines = _aligned_grids(lines)
    placed: list[tuple[float, int, _Grid | list[_Word]]] = [(grid.top, 0, grid) for grid in grids]
    placed.extend((row[0].top, 1, row) for row in lines)
    placed.sort(key=lambda entry: (entry[0], entry[1]))
    blocks: list[Block] = []
    for _, _, thing in placed:
        if isinstance(thing, _Grid):
            table, line = _table(thing, number, line)
            if table is not None:
                blocks.append(table)
        else:
            line += 1
            block = _text_block(thing, line, body_size)
            if block is not None:
                blocks.append(block)
    return blocks, line


@dataclass
class _Grid:
    """A table found on a page: per row, per column, the words in the cell and its box."""

    top: float
    rows: list[list[tuple[list[_Word], tuple[float, float, float, float]] | None]]


def _ruled_grid(table: PageTable, words: list[_Word]) -> _Grid:
    rows = [
        [
            ([w for w in words if _inside(w, bbox)], bbox) if bbox is not None else None
            for bbox in row.cells
        ]
        for row in table.rows
    ]
    return _Grid(top=table.bbox[1], rows=rows)


def _aligned_grids(lines: list[list[_Word]]) -> tuple[list[_Grid], list[list[_Word]]]:
    """Unruled tables: runs of lines sharing column gutters (blank x-ranges between words).

    A run starts at a line with a wide gap between two words and grows while the lines
    together still leave at least one gutter with words on both sides; prose lines fill
    every gutter, so prose never joins a run. Runs of too few lines stay text.
    """
    grids: list[_Grid] = []
    rest: list[list[_Word]] = []
    index = 0
    while index < len(lines):
        end = index
        gutters: list[tuple[float, float]] = []
        if _wide_gaps(lines[index]):
            end, gutters = _grow_run(lines, index)
        if end - index >= _ALIGNED_MIN_LINES and gutters:
            grids.append(_aligned_grid(lines[index:end], gutters))
            index = end
        else:
            rest.append(lines[index])
            index += 1
    return grids, rest


def _gap_width(words: list[_Word]) -> float:
    return statistics.median(w.size for w in words) * _GUTTER_EM


def _wide_gaps(line: list[_Word]) -> list[tuple[float, float]]:
    width = _gap_width(line)
    return [(a.x1, b.x0) for a, b in itertools.pairwise(line) if b.x0 - a.x1 >= width]


def _gutters(run: list[list[_Word]]) -> list[tuple[float, float]]:
    """Blank x-ranges across every line of the run with words left and right in 2+ lines."""
    words = [w for line in run for w in line]
    spans = sorted((w.x0, w.x1) for w in words)
    width = _gap_width(words)
    gutters: list[tuple[float, float]] = []
    reach = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 - reach >= width:
            gutters.append((reach, x0))
        reach = max(reach, x1)
    return [
        (left, right)
        for left, right in gutters
        if sum(
            1
            for line in run
            if any(w.x1 <= left for w in line) and any(w.x0 >= right for w in line)
        )
        >= 2
    ]


def _grow_run(lines: list[list[_Word]], start: int) -> tuple[int, list[tuple[float, float]]]:
    end = start + 1
    gutters = _gutters(lines[start:end])
    while end < len(lines):
        grown = _gutters(lines[start : end + 1])
        if not grown:
            break
        gutters = grown
        end += 1
    return end, gutters


def _aligned_grid(run: list[list[_Word]], gutters: list[tuple[float, float]]) -> _Grid:
    """Columns between gutters; a line joins the row above unless a wider gap separates them.

    Where every line is evenly spaced there is no telling wrapped cells from rows, and each
    line is taken as a row (the common case: one-line rows of a contents or budget table).
    """
    left = min(w.x0 for line in run for w in line)
    right = max(w.x1 for line in run for w in line)
    edges = [left, *(x for gutter in gutters for x in gutter), right]
    columns = [(edges[i], edges[i + 1]) for i in range(0, len(edges), 2)]
    pitches = [b[0].top - a[0].top for a, b in itertools.pairwise(run)]
    line_pitch = min(pitches) if pitches else 0.0
    evenly_spaced = not pitches or max(pitches) <= line_pitch * _ROW_BREAK_PITCH
    groups: list[list[list[_Word]]] = []
    for index, line in enumerate(run):
        if groups and not evenly_spaced and pitches[index - 1] <= line_pitch * _ROW_BREAK_PITCH:
            groups[-1].append(line)
        else:
            groups.append([line])
    rows = []
    for group in groups:
        top = min(w.top for line in group for w in line)
        bottom = max(w.bottom for line in group for w in line)
        row: list[tuple[list[_Word], tuple[float, float, float, float]] | None] = []
        for x0, x1 in columns:
            cell_words = [w for line in group for w in line if x0 <= (w.x0 + w.x1) / 2 <= x1]
            row.append((cell_words, (x0, top, x1, bottom)))
        rows.append(row)
    return _Grid(top=run[0][0].top, rows=rows)


def _words(page: Page) -> list[_Word]:
    words = page.extract_words(extra_attrs=["fontname", "size"], keep_blank_chars=False)
    return [
        _Word(
            text=w["text"],
            x0=float(w["x0"]),
            x1=float(w["x1"]),
            top=float(w["top"]),
            bottom=float(w["bottom"]),
            bold=bool(_BOLD_FONT.search(str(w.get("fontname", "")))),
            size=float(w.get("size", 0.0)),
        )
        for w in words
    ]


def _inside(word: _Word, bbox: Sequence[float]) -> bool:
    x0, top, x1, bottom = bbox
    cx = (word.x0 + word.x1) / 2
    cy = (word.top + word.bottom) / 2
    return x0 <= cx <= x1 and top <= cy <= bottom


def _lines_of(words: list[_Word]) -> list[list[_Word]]:
    """Group words into lines by their top, each line left to right."""
    lines: list[list[_Word]] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        if lines and abs(lines[-1][0].top - word.top) <= _LINE_TOLERANCE:
            lines[-1].append(word)
        else:
            lines.append([word])
    return [sorted(line, key=lambda w: w.x0) for line in lines]


def _text_block(words: list[_Word], line: int, body_size: float) -> TextBlock | None:
    text = tidy(" ".join(w.text for w in words))
    if not text:
        return None
    bold = all(w.bold for w in words)
    size = max(w.size for w in words)
    short = len(text.split()) <= _HEADING_MAX_WORDS
    if text[0] in BULLETS or text[:2] in ("- ", "– "):
        return TextBlock(
            text=tidy(text.lstrip(BULLETS + "-– ")),
            line=line,
            style="list_item",
            level=1,
            bold=bold,
        )
    if short and (bold or (body_size and size >= body_size * _HEADING_SCALE)):
        return TextBlock(text=text, line=line, style="heading", bold=bold)
    return TextBlock(text=text, line=line, style="paragraph", bold=bold)


def _table(grid: _Grid, page: int, line: int) -> tuple[Table | None, int]:
    rows: list[Row] = []
    for grid_row in grid.rows:
        cells = tuple(_cell(*entry) if entry is not None else Cell() for entry in grid_row)
        if any(not cell.empty for cell in cells):
            line += 1
            rows.append(Row(cells=cells, line=line))
    if not rows:
        return None, line
    return Table(rows=tuple(rows), line=rows[0].line, page=page), line


def _cell(words: list[_Word], bbox: Sequence[float]) -> Cell:
    """Items from wrapped lines (see the module docstring) and bold runs from the fonts."""
    lines = _lines_of(words)
    if not lines:
        return Cell()
    left_padding = min(w.x0 for w in words) - bbox[0]
    right_limit = bbox[2] - max(left_padding, 0.0)
    items: list[list[str]] = []
    previous_end: float | None = None
    for line in lines:
        text = " ".join(w.text for w in line)
        first = line[0]
        slack = first.size * _WRAP_SLACK_EM
        wrapped = previous_end is not None and (
            previous_end + slack + (first.x1 - first.x0) > right_limit
        )
        if items and wrapped and not _ITEM_START.match(text):
            items[-1].append(text)
        else:
            items.append([text])
        previous_end = line[-1].x1
    bold: list[str] = []
    current: list[str] = []
    for word in (w for line in lines for w in line):
        if word.bold:
            current.append(word.text)
        elif current:
            bold.append(" ".join(current))
            current = []
    if current:
        bold.append(" ".join(current))
    return make_cell(items_from_lines(" ".join(item) for item in items), bold)
