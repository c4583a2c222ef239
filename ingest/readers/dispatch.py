"""Choose a reader for a plan file from its name and its first bytes, and refuse bad input.

The extension says what the sender meant; the bytes say what the file is. Content wins when
it is unambiguous (a zip container, `%PDF`, an OLE container), so a misnamed file still reads,
and a file whose bytes contradict its binary extension is reported as corrupt rather than fed
to the wrong parser.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from pathlib import PurePath

from graphmodel.errors import PartnergraphError
from ingest.errors import (
    CorruptFile,
    EmptyFile,
    FileTooLarge,
    PasswordProtected,
    UnsupportedFormat,
)
from ingest.readers.delimited import read_csv
from ingest.readers.pdf import read_pdf
from ingest.readers.spreadsheet import read_xlsx
from ingest.readers.text import read_text
from ingest.readers.word import read_docx
from ingest.tablemodel import Document

#: Extensions read as text, with the Document.format they produce.
TEXT_EXTENSIONS = {".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown"}
CSV_EXTENSIONS = frozenset({".csv", ".tsv"})
DOCX_EXTENSIONS = frozenset({".docx", ".docm", ".dotx"})
XLSX_EXTENSIONS = frozenset({".xlsx", ".xlsm", ".xltx"})
SUPPORTED = ".txt, .md, .csv, .docx, .xlsx, .pdf"

#: A zip may expand to this many times its size before it is treated as a zip bomb.
_MAX_EXPANSION = 200
#: And never beyond this many bytes, whatever the upload limit.
_MAX_UNCOMPRESSED = 512 * 1024 * 1024

_CFB_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_MAGIC = (b"PK\x03\x04", b"PK\x05\x06", b"PK\x07\x08")
_OTHER_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"II*\x00": "a TIFF image",
    b"MM\x00*": "a TIFF image",
    b"RIFF": "a RIFF media file",
    b"\x1f\x8b": "a gzip archive",
    b"7z\xbc\xaf": "a 7-Zip archive",
    b"Rar!": "a RAR archive",
    b"\x7fELF": "an executable",
    b"MZ": "an executable",
    b"{\\rtf": "an RTF document (save it as .docx)",
}
_LEGACY_ADVICE = {
    ".doc": "a legacy Word .doc file; save it as .docx and upload that",
    ".dot": "a legacy Word template; save it as .docx and upload that",
    ".xls": "a legacy Excel .xls file; save it as .xlsx and upload that",
    ".xlt": "a legacy Excel template; save it as .xlsx and upload that",
    ".ppt": "a PowerPoint file; plans are read from .docx, .xlsx, .pdf, .csv or .txt",
}

Reader = Callable[[bytes, str], Document]


def read_document(data: bytes, name: str, *, max_bytes: int | None = None) -> Document:
    """Read a plan file's bytes into the table model, choosing the reader by name and content.

    Raises `FileTooLarge`, `EmptyFile`, `UnsupportedFormat`, `PasswordProtected` or
    `CorruptFile` (all `PartnergraphError`) with a one-line message naming the file.
    """
    name = PurePath(name.replace("\\", "/")).name or "upload"
    if max_bytes is not None and len(data) > max_bytes:
        raise FileTooLarge(
            f"{name}: {_size(len(data))} is over the {_size(max_bytes)} limit for one plan file"
        )
    if not data.strip():
        raise EmptyFile(f"{name}: the file is empty")
    reader, kind = _choose(data, name, max_bytes)
    try:
        return reader(data, name)
    except PartnergraphError:
        raise
    except Exception as exc:
        reason = (str(exc).strip().splitlines() or [type(exc).__name__])[0]
        raise CorruptFile(f"{name}: cannot be read as {kind}: {reason}") from exc


def _choose(data: bytes, name: str, max_bytes: int | None) -> tuple[Reader, str]:
    extension = PurePath(name).suffix.lower()
    head = data[:1024]
    if data.startswith(_CFB_MAGIC):
        _refuse_ole(data, name, extension)
    if b"%PDF-" in head:
        return read_pdf, "PDF"
    if data.startswith(_ZIP_MAGIC):
        return _choose_zip(data, name, max_bytes)
    if extension in _LEGACY_ADVICE:
        raise UnsupportedFormat(f"{name}: {_LEGACY_ADVICE[extension]}")
    if extension in DOCX_EXTENSIONS or extension in XLSX_EXTENSIONS:
        raise CorruptFile(f"{name}: not a valid {extension} file (no zip container inside)")
    if extension == ".pdf":
        raise CorruptFile(f"{name}: not a valid PDF (no %PDF header)")
    for magic, what in _OTHER_MAGIC.items():
        if data.startswith(magic) and (magic != b"MZ" or b"\x00" in head):
            raise UnsupportedFormat(f"{name}: {what}, not a plan format ({SUPPORTED})")
    if extension in CSV_EXTENSIONS:
        return read_csv, "CSV"
    if extension in TEXT_EXTENSIONS or extension == "":
        markdown = TEXT_EXTENSIONS.get(extension) == "markdown"
        return (lambda d, n: read_text(d, n, markdown=markdown)), "text"
    raise UnsupportedFormat(f"{name}: {extension} files are not supported; use one of {SUPPORTED}")


def _refuse_ole(data: bytes, name: str, extension: str) -> None:
    """An OLE (CFB) container is either an encrypted .docx/.xlsx or a legacy Office file."""
    if "EncryptedPackage".encode("utf-16-le") in data:
        raise PasswordProtected(
            f"{name}: the file is password-protected; remove the password and upload again"
        )
    if extension in _LEGACY_ADVICE:
        raise UnsupportedFormat(f"{name}: {_LEGACY_ADVICE[extension]}")
    if "WordDocument".encode("utf-16-le") in data:
        raise UnsupportedFormat(f"{name}: {_LEGACY_ADVICE['.doc']}")
    if "Workbook".encode("utf-16-le") in data or "Book".encode("utf-16-le") in data:
        raise UnsupportedFormat(f"{name}: {_LEGACY_ADVICE['.xls']}")
    raise UnsupportedFormat(f"{name}: a legacy Office file; save it as .docx or .xlsx")


def _choose_zip(data: bytes, name: str, max_bytes: int | None) -> tuple[Reader, str]:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise CorruptFile(f"{name}: broken zip container ({exc})") from exc
    names = {info.filename for info in infos}
    expanded = sum(info.file_size for info in infos)
    ceiling = _MAX_UNCOMPRESSED
    if max_bytes is not None:
        ceiling = min(ceiling, max_bytes * _MAX_EXPANSION)
    if expanded > ceiling:
        raise FileTooLarge(
            f"{name}: expands to {_size(expanded)}, over the {_size(ceiling)} uncompressed limit"
        )
    if "word/document.xml" in names:
        return read_docx, "a Word document"
    if "xl/workbook.xml" in names:
        return read_xlsx, "an Excel workbook"
    if "xl/workbook.bin" in names:
        raise UnsupportedFormat(f"{name}: a binary Excel .xlsb workbook; save it as .xlsx")
    if "ppt/presentation.xml" in names:
        raise UnsupportedFormat(f"{name}: a PowerPoint file; plans are read from {SUPPORTED}")
    if "content.xml" in names:
        raise UnsupportedFormat(f"{name}: an OpenDocument file; save it as .docx or .xlsx")
    extension = PurePath(name).suffix.lower()
    if extension in DOCX_EXTENSIONS or extension in XLSX_EXTENSIONS:
        raise CorruptFile(f"{name}: the {extension} container has no document part")
    raise UnsupportedFormat(f"{name}: a zip archive, not a plan format ({SUPPORTED})")


def _size(count: int) -> str:
    if count >= 1024 * 1024:
        return f"{count / (1024 * 1024):.1f} MB"
    if count >= 1024:
        return f"{count / 1024:.1f} KB"
    return f"{count} bytes"
