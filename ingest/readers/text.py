"""Converted text and markdown: tab-separated (or pipe) table rows between lines of narrative.

This is the shape PDF- and Word-to-text converters leave: each table row on one line with
cells split by tabs and each cell's layout kept as an HTML fragment; tables broken across
pages resume after a blank line or a repeated header; headings, list items and paragraphs
sit between the tables one per line. A line without tabs ends the current table; blank lines
do not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ingest.html_cells import parse_cell, tidy
from ingest.readers.encodings import decode_text
from ingest.tablemodel import Block, Document, Row, Table, TextBlock

_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_SEPARATOR_CELL = re.compile(r"\s*:?-{2,}:?\s*")
_PIPE_SPLIT = re.compile(r"(?<!\\)\|")
_ATX_HEADING = re.compile(r"#{1,6}(?=\s|$)")
_BULLET_LINE = re.compile(r"(\s*)([-*+•▪◦●■‣–])\s+(\S.*)")
_NUMBERED_LINE = re.compile(r"\s*(\d{1,2}|[a-z]|[ivx]{1,5})[.)]\s+\S")
_SENTENCE_END = (".", ",", ";", ":")
#: A short line standing alone (at most this many lines between blanks) reads as a heading.
_HEADING_RUN = 2
_HEADING_MAX_CHARS = 100
_HEADING_MAX_WORDS = 14


@dataclass
class _Line:
    number: int
    raw: str

    @property
    def blank(self) -> bool:
        return not self.raw.strip()


def read_text(data: bytes, name: str, *, markdown: bool = False) -> Document:
    """Read converted text (`.txt`) or markdown (`.md`) into the table model."""
    text = decode_text(data, name)
    lines = [_Line(n, raw) for n, raw in enumerate(_LINE_BREAK.split(text), start=1)]
    row_cells = [_row_cells(line.raw) for line in lines]
    blocks: list[Block] = []
    rows: list[Row] = []
    bold_open = False

    def end_table() -> None:
        if rows:
            blocks.append(Table(rows=tuple(rows), line=rows[0].line))
            rows.clear()

    for index, line in enumerate(lines):
        cells = row_cells[index]
        if cells is not None:
            if not _is_separator(cells) and any(c.strip() for c in cells):
                parsed = tuple(parse_cell(c, markdown=True) for c in cells)
                rows.append(Row(cells=parsed, line=line.number))
            continue
        if line.blank:
            bold_open = False
            continue
        end_table()
        block, bold_open = _text_block(lines, row_cells, index, bold_open)
        if block is not None:
            blocks.append(block)
    end_table()
    return Document(source=name, format="markdown" if markdown else "text", blocks=tuple(blocks))


def _row_cells(raw: str) -> list[str] | None:
    """The cells of a table row (tab-separated or a markdown pipe row), or None for text."""
    if "\t" in raw:
        return raw.split("\t")
    stripped = raw.strip()
    if stripped.startswith("|") and stripped.count("|") >= 2:
        inner = stripped[1:-1] if stripped.endswith("|") and len(stripped) > 1 else stripped[1:]
        return [cell.replace("\\|", "|") for cell in _PIPE_SPLIT.split(inner)]
    return None


def _is_separator(cells: list[str]) -> bool:
    """A markdown header rule (`--\\t---` or `|---|:--:|`): layout, not content."""
    filled = [c for c in cells if c.strip()]
    return bool(filled) and all(_SEPARATOR_CELL.fullmatch(c) for c in filled)


def _standalone(lines: list[_Line], rows: list[list[str] | None], index: int) -> bool:
    """Whether the line sits in a short run of text lines with blanks or tables around it."""
    start = index
    while start > 0 and not lines[start - 1].blank and rows[start - 1] is None:
        start -= 1
    end = index
    while end + 1 < len(lines) and not lines[end + 1].blank and rows[end + 1] is None:
        end += 1
    return end - start + 1 <= _HEADING_RUN


def _title_like(text: str) -> bool:
    return (
        len(text) <= _HEADING_MAX_CHARS
        and len(text.split()) <= _HEADING_MAX_WORDS
        and not text.endswith(_SENTENCE_END)
        and (text[0].isupper() or text[0].isdigit())
        and any(ch.isalpha() for ch in text)
    )


def _plain(raw: str) -> tuple[str, bool]:
    """A text line's words without markup, and whether all of them were bold."""
    cell = parse_cell(raw, markdown=True)
    text = tidy(" ".join(cell.items))
    bold_words = " ".join(cell.bold).split()
    return text, bool(text) and bold_words == text.split()


def _text_block(
    lines: list[_Line], rows: list[list[str] | None], index: int, bold_open: bool
) -> tuple[TextBlock | None, bool]:
    """Classify one line of narrative; `bold_open` carries a `**` span across lines."""
    line = lines[index]
    raw = line.raw.rstrip()
    stripped = raw.strip()
    bold = bold_open
    if bold_open:
        if stripped.endswith("**"):
            bold_open = False
        stripped = stripped.replace("**", "")
    elif stripped.startswith("**") and stripped.count("**") % 2 == 1:
        bold, bold_open = True, True
        stripped = stripped.replace("**", "")
    standalone = _standalone(lines, rows, index)

    heading = _ATX_HEADING.match(stripped)
    if heading:
        text, _ = _plain(stripped[heading.end() :])
        level = heading.end()
        return _block(text, line.number, "heading", level, bold), bold_open
    bullet = _BULLET_LINE.fullmatch(raw) if not stripped.startswith("**") else None
    if bullet:
        text, all_bold = _plain(bullet.group(3))
        level = 1 + (len(bullet.group(1).expandtabs()) + 1) // 2
        return _block(text, line.number, "list_item", level, bold or all_bold), bold_open
    text, all_bold = _plain(stripped)
    bold = bold or all_bold
    if _NUMBERED_LINE.match(stripped) and not (standalone and _title_like(text)):
        return _block(text, line.number, "list_item", 1, bold), bold_open
    if text and ((bold and len(text) <= _HEADING_MAX_CHARS) or (standalone and _title_like(text))):
        return _block(text, line.number, "heading", None, bold), bold_open
    return _block(text, line.number, "paragraph", None, bold), bold_open


def _block(text: str, number: int, style: str, level: int | None, bold: bool) -> TextBlock | None:
    if not text:
        return None
    return TextBlock(text=text, line=number, style=style, level=level, bold=bold)  # type: ignore[arg-type]
