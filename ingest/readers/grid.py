"""Shaping rows read from a grid (a worksheet, a CSV file) into a table."""

from __future__ import annotations

from collections.abc import Sequence

from ingest.tablemodel import Cell, Row


def drop_empty_columns(rows: Sequence[Row]) -> list[Row]:
    """Drop columns empty in every row and pad ragged rows, so every row has the same width.

    Spreadsheets carry formatted but empty columns and CSV exports trailing separators; they
    add nothing and would shift column positions between otherwise identical plans.
    """
    width = max((len(row.cells) for row in rows), default=0)
    kept = [
        index
        for index in range(width)
        if any(index < len(row.cells) and not row.cells[index].empty for row in rows)
    ]
    return [
        Row(
            cells=tuple(row.cells[i] if i < len(row.cells) else Cell() for i in kept),
            line=row.line,
        )
        for row in rows
    ]
