"""Readers: a plan file's bytes, in any supported format, to the table model (`Document`).

`read_document` chooses the reader from the file name and the bytes; each format's reader is
also usable on its own.
"""

from ingest.readers.delimited import read_csv, sniff_delimiter
from ingest.readers.dispatch import SUPPORTED, read_document
from ingest.readers.pdf import read_pdf
from ingest.readers.spreadsheet import read_xlsx
from ingest.readers.text import read_text
from ingest.readers.word import read_docx

__all__ = [
    "SUPPORTED",
    "read_csv",
    "read_document",
    "read_docx",
    "read_pdf",
    "read_text",
    "read_xlsx",
    "sniff_delimiter",
]
