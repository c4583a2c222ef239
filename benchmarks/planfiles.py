"""Generated plans written as files, the way partnerships publish them: a tab-separated text
table like the converted samples, a Word table, an Excel sheet and a CSV file.

All actions of a corpus go into one document (one plan), grouped under theme and objective
headings, with the column headers plans commonly use (Ref, Proposed action, Key tasks,
Outcome, Lead, Partners, Timescale, Status).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

from benchmarks.generator import ActionRow, Corpus

HEADER = (
    "Ref",
    "Proposed action",
    "Key tasks",
    "Outcome",
    "Lead",
    "Partners",
    "Timescale",
    "Status",
)
FORMATS = ("txt", "docx", "xlsx", "csv")


def _cells(row: ActionRow) -> tuple[str, ...]:
    return (
        row.ref,
        row.text,
        "; ".join(row.tasks),
        row.outcome,
        "; ".join(row.leads),
        "; ".join(row.partners),
        row.due_text,
        row.status,
    )


def _title(corpus: Corpus) -> str:
    first = corpus.plans[0]
    return f"{first.region} Partnership Action Plan {first.period}"


def _grouped(corpus: Corpus) -> Iterator[tuple[str, list[ActionRow]]]:
    """Rows under "theme: objective" headings, in plan order."""
    groups: dict[str, list[ActionRow]] = {}
    for plan in corpus.plans:
        for row in plan.rows:
            groups.setdefault(f"{row.theme}: {row.objective}", []).append(row)
    yield from groups.items()


def text(corpus: Corpus) -> str:
    lines = [_title(corpus), "", f"Period {corpus.plans[0].period}", ""]
    for heading, rows in _grouped(corpus):
        lines += [heading, "", "\t".join(HEADER)]
        lines += ["\t".join(c.replace("\t", " ") for c in _cells(r)) for r in rows]
        lines.append("")
    return "\n".join(lines) + "\n"


def csv_text(corpus: Corpus) -> str:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(("Theme", *HEADER))
    for heading, rows in _grouped(corpus):
        for row in rows:
            writer.writerow((heading, *_cells(row)))
    return out.getvalue()


def xlsx_bytes(corpus: Corpus) -> bytes:
    from openpyxl import Workbook

    book = Workbook(write_only=True)
    sheet = book.create_sheet("Action plan")
    sheet.append([_title(corpus)])
    sheet.append([])
    sheet.append(("Theme", *HEADER))
    for heading, rows in _grouped(corpus):
        for row in rows:
            sheet.append((heading, *_cells(row)))
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def docx_bytes(corpus: Corpus) -> bytes:
    from docx import Document

    document = Document()
    document.add_heading(_title(corpus), level=0)
    for heading, rows in _grouped(corpus):
        document.add_heading(heading, level=2)
        table = document.add_table(rows=len(rows) + 1, cols=len(HEADER))
        for cell, name in zip(table.rows[0].cells, HEADER, strict=True):
            cell.text = name
        for table_row, row in zip(table.rows[1:], rows, strict=True):
            for cell, value in zip(table_row.cells, _cells(row), strict=True):
                cell.text = value
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def write(corpus: Corpus, directory: Path, formats: tuple[str, ...] = FORMATS) -> dict[str, Path]:
    """Write the corpus as one plan in each format; returns the paths by format."""
    directory.mkdir(parents=True, exist_ok=True)
    paths = {}
    for fmt in formats:
        path = directory / f"generated-plan-{corpus.actions}.{fmt}"
        if fmt == "txt":
            path.write_text(text(corpus), encoding="utf-8")
        elif fmt == "csv":
            path.write_text(csv_text(corpus), encoding="utf-8", newline="")
        elif fmt == "xlsx":
            path.write_bytes(xlsx_bytes(corpus))
        elif fmt == "docx":
            path.write_bytes(docx_bytes(corpus))
        else:
            raise ValueError(f"unknown plan file format {fmt!r}: use one of {', '.join(FORMATS)}")
        paths[fmt] = path
    return paths
