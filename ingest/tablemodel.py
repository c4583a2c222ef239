"""The table model every reader yields, whatever the file format.

A `Document` is its blocks in reading order: tables (rows of cells) and the text between
them (headings, paragraphs, list items). A cell keeps its items (list items or paragraphs,
in order) and which runs were bold, so "lead in bold" can be honoured where the format
records it. Lines are 1-based places in the source (a text line, a spreadsheet row, a PDF
page's line) used for provenance.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field


class Cell(BaseModel):
    model_config = ConfigDict(frozen=True)

    #: The cell's text, items joined by newlines, whitespace tidied.
    text: str = ""
    #: List items or paragraphs, in order; a plain cell has one item (or none when empty).
    items: tuple[str, ...] = ()
    #: Text of the runs the source marked bold (empty where the format has no bold).
    bold: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not self.text.strip()


class Row(BaseModel):
    model_config = ConfigDict(frozen=True)

    cells: tuple[Cell, ...]
    line: int | None = None


class Table(BaseModel):
    model_config = ConfigDict(frozen=True)

    kind: Literal["table"] = "table"
    rows: tuple[Row, ...]
    line: int | None = None
    #: Page number where the source has pages (PDF), else None.
    page: int | None = None
    #: Sheet name for spreadsheets.
    sheet: str | None = None


class TextBlock(BaseModel):
    model_config = ConfigDict(frozen=True)

    kind: Literal["text"] = "text"
    text: str
    line: int | None = None
    style: Literal["heading", "paragraph", "list_item"] = "paragraph"
    #: Heading level (1 = top) or list nesting depth, where the source says.
    level: int | None = None
    bold: bool = False


Block = Table | TextBlock


class Document(BaseModel):
    model_config = ConfigDict(frozen=True)

    #: The file name (not a path) the document was read from.
    source: str
    format: Literal["text", "markdown", "docx", "xlsx", "csv", "pdf"]
    blocks: tuple[Block, ...] = Field(default_factory=tuple)
    #: Title and other metadata the format carries (docx core properties, PDF info).
    metadata: dict[str, str] = Field(default_factory=dict)

    @property
    def tables(self) -> list[Table]:
        return [b for b in self.blocks if isinstance(b, Table)]
