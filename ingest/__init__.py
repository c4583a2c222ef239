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
from ingest.readers import (
    SUPPORTED,
    read_csv,
    read_document,
    read_docx,
    read_pdf,
    read_text,
    read_xlsx,
)

__all__: list[str] = [
    "SUPPORTED",
    "CorruptFile",
    "EmptyFile",
    "FileTooLarge",
    "IngestError",
    "NotAnActionPlan",
    "PasswordProtected",
    "UnsupportedFormat",
    "parse_cell",
    "plain_cell",
    "read_csv",
    "read_document",
    "read_docx",
    "read_pdf",
    "read_text",
    "read_xlsx",
]
