"""The CSV reader: delimiter sniffing, encodings, multi-line cells, on sample plan content."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.readers import read_document, sniff_delimiter
from tests.ingest.plan_files import csv_plan, sample_table

STOCKTON = "stockton-asylum-seeker-services-review.txt"


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252"])
def test_stockton_plan_as_csv_in_any_delimiter_and_encoding(delimiter: str, encoding: str) -> None:
    header, rows = sample_table(STOCKTON)
    document = read_document(
        csv_plan(rows, header, delimiter=delimiter, encoding=encoding), "s.csv"
    )
    assert document.format == "csv"
    (table,) = document.tables
    assert [cell.text for cell in table.rows[0].cells] == header
    assert len(table.rows) == len(rows) + 1
    first = table.rows[1]
    assert first.cells[1].text.startswith("That a clear pathway and information")
    assert first.line == 2


def test_csv_multi_line_cell_items_and_start_lines() -> None:
    header, rows = sample_table(STOCKTON, limit=4)
    table = read_document(csv_plan(rows, header), "s.csv").tables[0]
    for row, expected in zip(table.rows[1:], rows, strict=True):
        assert [list(cell.items) for cell in row.cells] == [
            [item for item in cell if item] for cell in expected
        ]
    lines = [row.line for row in table.rows]
    assert lines == sorted(lines) and lines[0] == 1


def test_csv_trailing_separators_add_no_columns() -> None:
    data = b"Action,Lead,,,\r\nMap ESOL provision,emfec,,,\r\n,,,,\r\n"
    table = read_document(data, "t.csv").tables[0]
    assert [len(row.cells) for row in table.rows] == [2, 2]


_field = st.text(alphabet="abcdefgh XYZ", min_size=1, max_size=10).filter(str.strip)


@settings(max_examples=100, deadline=None)
@given(
    st.lists(st.lists(_field, min_size=3, max_size=3), min_size=2, max_size=6),
    st.sampled_from([",", ";", "\t"]),
)
def test_sniffed_delimiter_is_the_one_written(rows: list[list[str]], delimiter: str) -> None:
    text = "\r\n".join(delimiter.join(row) for row in rows)
    assert sniff_delimiter(text) == delimiter
