"""Word (`.docx`): body paragraphs and tables in document order, bold runs, merged cells.

python-docx gives paragraphs and tables as separate lists, so the body XML is walked directly
to keep their order. `line` is a running count over the body: each paragraph takes one line,
each table row takes one line (a table's `line` is its first row's), in reading order.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator

from docx import Document as open_docx
from docx.document import Document as DocxDocument
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from docx.text.run import Run
from lxml import etree

from ingest.html_cells import items_from_lines, make_cell, tidy
from ingest.tablemodel import Block, Cell, Document, Row, Table, TextBlock

_HEADING_STYLE = re.compile(r"(?:heading|überschrift|titre|título)\s*(\d)", re.IGNORECASE)
_LIST_STYLE = re.compile(r"list", re.IGNORECASE)
_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_TEXT_BOX = qn("w:txbxContent")
#: A wholly bold paragraph this short reads as a heading even without a heading style.
_BOLD_HEADING_MAX_WORDS = 14


def read_docx(data: bytes, name: str) -> Document:
    """Read a Word document's body into the table model."""
    document = open_docx(io.BytesIO(data))
    reader = _BodyReader(document)
    blocks = list(reader.blocks(document.element.body))
    return Document(source=name, format="docx", blocks=tuple(blocks), metadata=_metadata(document))


def _metadata(document: DocxDocument) -> dict[str, str]:
    """Title, subject and dates; the author is left out (a person's name, not plan content)."""
    properties = document.core_properties
    metadata: dict[str, str] = {}
    for key in ("title", "subject", "keywords", "category"):
        value = tidy(getattr(properties, key) or "")
        if value:
            metadata[key] = value
    for key in ("created", "modified"):
        stamp = getattr(properties, key)
        if stamp is not None:
            metadata[key] = stamp.isoformat()
    return metadata


class _BodyReader:
    def __init__(self, document: DocxDocument) -> None:
        self._document = document
        self._styles = _Styles()
        self._line = 0

    def blocks(self, container: etree._Element) -> Iterator[Block]:
        for child in _content_children(container):
            if child.tag == qn("w:p"):
                self._line += 1
                block = self._paragraph_block(Paragraph(child, self._document))
                if block is not None:
                    yield block
            elif child.tag == qn("w:tbl"):
                table = self._table(child)
                if table is not None:
                    yield table

    def _paragraph_block(self, paragraph: Paragraph) -> TextBlock | None:
        runs = _runs(paragraph)
        text = tidy("".join(run.text for run in runs))
        if not text:
            return None
        bold_text = tidy("".join(run.text for run in runs if self._styles.bold(run, paragraph)))
        bold = bold_text == text
        style_name = self._styles.name(paragraph)
        heading = _HEADING_STYLE.search(style_name)
        if heading:
            return TextBlock(
                text=text, line=self._line, style="heading", level=int(heading.group(1)), bold=bold
            )
        if style_name.lower() in ("title", "subtitle"):
            return TextBlock(text=text, line=self._line, style="heading", level=1, bold=bold)
        level = _list_level(paragraph)
        if level is not None or _LIST_STYLE.search(style_name):
            return TextBlock(
                text=text, line=self._line, style="list_item", level=level or 1, bold=bold
            )
        if bold and len(text.split()) <= _BOLD_HEADING_MAX_WORDS:
            return TextBlock(text=text, line=self._line, style="heading", bold=True)
        return TextBlock(text=text, line=self._line, style="paragraph", bold=bold)

    def _table(self, table: etree._Element) -> Table | None:
        rows: list[Row] = []
        for tr in table.iterchildren(qn("w:tr")):
            self._line += 1
            cells = tuple(self._row_cells(tr))
            if any(not cell.empty for cell in cells):
                rows.append(Row(cells=cells, line=self._line))
        if not rows:
            return None
        return Table(rows=tuple(rows), line=rows[0].line)

    def _row_cells(self, tr: etree._Element) -> Iterator[Cell]:
        """One Cell per grid column: a merged cell's text once, then empty cells for its span."""
        row_properties = tr.find(qn("w:trPr"))
        skipped = row_properties.find(qn("w:gridBefore")) if row_properties is not None else None
        for _ in range(int(skipped.get(qn("w:val"), "0")) if skipped is not None else 0):
            yield Cell()
        for tc in _cells_of_row(tr):
            properties = tc.find(qn("w:tcPr"))
            span = 1
            continues_merge = False
            if properties is not None:
                grid_span = properties.find(qn("w:gridSpan"))
                if grid_span is not None:
                    span = max(1, int(grid_span.get(qn("w:val"), "1")))
                v_merge = properties.find(qn("w:vMerge"))
                if v_merge is not None and v_merge.get(qn("w:val"), "continue") == "continue":
                    continues_merge = True
            yield Cell() if continues_merge else self._cell(tc)
            for _ in range(span - 1):
                yield Cell()

    def _cell(self, tc: etree._Element) -> Cell:
        """Each paragraph, and each line break within one, is an item."""
        lines: list[str] = []
        bold: list[str] = []
        for child in _content_children(tc):
            if child.tag == qn("w:p"):
                paragraph = Paragraph(child, self._document)
                lines.extend(_paragraph_text(paragraph).splitlines())
                bold.extend(_bold_runs(paragraph, self._styles))
            elif child.tag == qn("w:tbl"):
                for text, runs in _nested_rows(child, self._document, self._styles):
                    lines.append(text)
                    bold.extend(runs)
        return make_cell(items_from_lines(lines), bold)


def _content_children(container: etree._Element) -> Iterator[etree._Element]:
    """Paragraphs and tables of a body or cell, looking through content controls."""
    for child in container.iterchildren():
        if child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _content_children(content)
        elif child.tag in (qn("w:p"), qn("w:tbl")):
            yield child
        elif child.tag == qn("w:customXml"):
            yield from _content_children(child)


def _cells_of_row(tr: etree._Element) -> Iterator[etree._Element]:
    for child in tr.iterchildren():
        if child.tag == qn("w:tc"):
            yield child
        elif child.tag in (qn("w:sdt"), qn("w:customXml")):
            content = child.find(qn("w:sdtContent"))
            yield from _cells_of_row(content if content is not None else child)


def _nested_rows(
    table: etree._Element, document: DocxDocument, styles: _Styles
) -> Iterator[tuple[str, list[str]]]:
    """A table inside a cell flattens to one item per row, its cells joined by "; "."""
    for tr in table.iterchildren(qn("w:tr")):
        texts: list[str] = []
        bold: list[str] = []
        for tc in _cells_of_row(tr):
            parts: list[str] = []
            for child in _content_children(tc):
                if child.tag == qn("w:p"):
                    paragraph = Paragraph(child, document)
                    parts.extend(items_from_lines(_paragraph_text(paragraph).splitlines()))
                    bold.extend(_bold_runs(paragraph, styles))
                else:
                    parts.extend(text for text, _ in _nested_rows(child, document, styles))
            if parts:
                texts.append(" ".join(parts))
        if texts:
            yield "; ".join(texts), bold


def _runs(paragraph: Paragraph) -> list[Run]:
    """Every run of the paragraph, including those in hyperlinks and tracked insertions."""
    runs = []
    for r in paragraph._p.iter(qn("w:r")):
        if any(a.tag in (_FALLBACK, _TEXT_BOX) for a in r.iterancestors()):
            continue
        runs.append(Run(r, paragraph))
    return runs


def _paragraph_text(paragraph: Paragraph) -> str:
    return "".join(run.text for run in _runs(paragraph))


def _bold_runs(paragraph: Paragraph, styles: _Styles) -> list[str]:
    """Consecutive bold runs joined into one run of text each."""
    runs: list[str] = []
    current: list[str] = []
    for run in _runs(paragraph):
        if styles.bold(run, paragraph) or (current and not run.text.strip()):
            current.append(run.text)
        elif run.text.strip():
            runs.append("".join(current))
            current = []
    runs.append("".join(current))
    return [tidy(line) for run in runs for line in run.splitlines() if tidy(line)]


class _Styles:
    """Style lookups by id, cached: python-docx scans styles.xml on every lookup."""

    def __init__(self) -> None:
        self._names: dict[str | None, str] = {}
        self._bold: dict[tuple[str | None, str | None], bool] = {}

    def name(self, paragraph: Paragraph) -> str:
        key = paragraph._p.style
        if key not in self._names:
            style = paragraph.style
            self._names[key] = (style.name or "") if style is not None else ""
        return self._names[key]

    def bold(self, run: Run, paragraph: Paragraph) -> bool:
        """Direct formatting first, then the run's character style, then the paragraph's."""
        if run.bold is not None:
            return run.bold
        key = (run._r.style, paragraph._p.style)
        if key not in self._bold:
            self._bold[key] = _inherited_bold(run, paragraph)
        return self._bold[key]


def _inherited_bold(run: Run, paragraph: Paragraph) -> bool:
    for style in (run.style, paragraph.style):
        while style is not None:
            font = getattr(style, "font", None)
            if font is not None and font.bold is not None:
                return bool(font.bold)
            style = style.base_style
    return False


def _list_level(paragraph: Paragraph) -> int | None:
    """Numbered or bulleted paragraphs carry `w:numPr`; its `w:ilvl` is the 0-based depth."""
    properties = paragraph._p.pPr
    if properties is None or properties.numPr is None:
        return None
    level = properties.numPr.ilvl
    return (level.val if level is not None and level.val is not None else 0) + 1
