"""CSV (`.csv`, `.tsv`): the delimiter is sniffed (comma, semicolon or tab), one Table.

Exports from Excel in some locales use semicolons, and tab-separated files arrive named .csv;
the delimiter that splits the first lines most consistently into more than one column wins.
A quoted cell may hold line breaks; each line of it is one item.
"""

from __future__ import annotations

import csv
import io
from collections import Counter

from ingest.html_cells import plain_cell
from ingest.readers.encodings import decode_text
from ingest.readers.grid import drop_empty_columns
from ingest.tablemodel import Document, Row, Table

DELIMITERS = (",", ";", "\t")
_SNIFF_ROWS = 50


def read_csv(data: bytes, name: str) -> Document:
    """Read a delimited file into one Table; Row.line is the line the record starts on."""
    text = decode_text(data, name)
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    rows: list[Row] = []
    start = 1
    for record in reader:
        cells = tuple(plain_cell(value) for value in record)
        if any(not cell.empty for cell in cells):
            rows.append(Row(cells=cells, line=start))
        start = reader.line_num + 1
    if not rows:
        return Document(source=name, format="csv")
    kept = drop_empty_columns(rows)
    return Document(source=name, format="csv", blocks=(Table(rows=tuple(kept), line=kept[0].line),))


def sniff_delimiter(text: str) -> str:
    """The delimiter giving the most rows of the same width (above one) in the first lines."""
    best, best_score = ",", (0.0, 0)
    for delimiter in DELIMITERS:
        widths = []
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        try:
            for record in reader:
                if any(value.strip() for value in record):
                    widths.append(len(record))
                if len(widths) >= _SNIFF_ROWS:
                    break
        except csv.Error:
            continue
        if not widths:
            continue
        width, count = Counter(widths).most_common(1)[0]
        if width < 2:
            continue
        score = (count / len(widths), width)
        if score > best_score:
            best, best_score = delimiter, score
    return best
