"""Ingest: plan files to graph records (reader -> table model -> roles -> cells -> resolution -> records)."""

from ingest.errors import (
    CorruptFile,
    EmptyFile,
    FileTooLarge,
    IngestError,
    NotAnActionPlan,
    PasswordProtected,
    UnsupportedFormat,
)
from ingest.html_cells import parse_cell, plain_cell
from ingest.readers import read_text

__all__: list[str] = [
    "CorruptFile",
    "EmptyFile",
    "FileTooLarge",
    "IngestError",
    "NotAnActionPlan",
    "PasswordProtected",
    "UnsupportedFormat",
    "parse_cell",
    "plain_cell",
    "read_text",
]
