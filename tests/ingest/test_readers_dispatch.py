"""Choosing a reader by name and content, and refusing bad input with one-line errors."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from graphmodel.errors import PartnergraphError
from ingest.errors import (
    CorruptFile,
    EmptyFile,
    FileTooLarge,
    NotAnActionPlan,
    PasswordProtected,
    UnsupportedFormat,
)
from ingest.readers import read_document
from tests.ingest.plan_files import (
    csv_plan,
    docx_plan,
    encrypted_office,
    encrypted_pdf,
    pdf_plan,
    sample_table,
    xlsx_plan,
)

PLANS = Path(__file__).resolve().parents[2] / "examples" / "plans"
CREWE = "crewe-community-cohesion-action-plan-2016-17.txt"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@pytest.fixture(scope="module")
def plan_bytes() -> dict[str, bytes]:
    header, rows = sample_table(CREWE, limit=4)
    return {
        "docx": docx_plan(rows, header),
        "xlsx": xlsx_plan(rows, header),
        "pdf": pdf_plan(rows, header),
        "csv": csv_plan(rows, header),
        "txt": (PLANS / CREWE).read_bytes(),
    }


@pytest.mark.parametrize(
    ("name", "kind", "expected"),
    [
        ("plan.docx", "docx", "docx"),
        ("plan.xlsx", "xlsx", "xlsx"),
        ("plan.pdf", "pdf", "pdf"),
        ("plan.csv", "csv", "csv"),
        ("plan.txt", "txt", "text"),
        ("plan.md", "txt", "markdown"),
        ("plan", "txt", "text"),
        ("renamed.txt", "docx", "docx"),
        ("renamed.bin.pdf", "xlsx", "xlsx"),
        ("uploads/2017/plan.PDF", "pdf", "pdf"),
    ],
)
def test_reader_is_chosen_by_content_then_extension(
    plan_bytes: dict[str, bytes], name: str, kind: str, expected: str
) -> None:
    document = read_document(plan_bytes[kind], name)
    assert document.format == expected
    assert document.tables
    assert "/" not in document.source


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for member, content in members.items():
            archive.writestr(member, content)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "data", "error", "words"),
    [
        ("empty.txt", b"", EmptyFile, "empty"),
        ("blank.csv", b" \r\n\t\n", EmptyFile, "empty"),
        ("tool.exe", b"MZ\x90\x00\x03\x00\x00\x00\x04\x00", UnsupportedFormat, "executable"),
        ("slides.pptx", _zip({"ppt/presentation.xml": b"<p/>"}), UnsupportedFormat, "PowerPoint"),
        ("photo.png", b"\x89PNG\r\n\x1a\n" + bytes(40), UnsupportedFormat, "PNG image"),
        ("photo.jpg", b"\xff\xd8\xff\xe0" + bytes(40), UnsupportedFormat, "JPEG image"),
        ("notes.json", b'{"a": 1}', UnsupportedFormat, ".json files are not supported"),
        ("archive.zip", _zip({"readme.txt": b"hi"}), UnsupportedFormat, "zip archive"),
        (
            "old.doc",
            _OLE + bytes(64) + "WordDocument".encode("utf-16-le"),
            UnsupportedFormat,
            "save it as .docx",
        ),
        (
            "old.xls",
            _OLE + bytes(64) + "Workbook".encode("utf-16-le"),
            UnsupportedFormat,
            "save it as .xlsx",
        ),
        ("binary.txt", bytes(range(32)) * 20, UnsupportedFormat, "binary content"),
        ("plan.docx", b"this is not a word file", CorruptFile, "no zip container"),
        ("plan.pdf", b"plain words", CorruptFile, "no %PDF header"),
        (
            "plan.docx",
            _zip({"word/document.xml": b"<not-docx"}),
            CorruptFile,
            "cannot be read as a Word",
        ),
        (
            "plan.xlsx",
            _zip({"xl/workbook.xml": b"<broken"}),
            CorruptFile,
            "cannot be read as an Excel",
        ),
    ],
)
def test_bad_input_is_refused_with_a_one_line_message_naming_the_file(
    name: str, data: bytes, error: type[PartnergraphError], words: str
) -> None:
    with pytest.raises(error) as raised:
        read_document(data, name)
    message = raised.value.message
    assert message.startswith(Path(name).name + ":")
    assert words in message
    assert "\n" not in message


def test_truncated_office_and_pdf_files_are_corrupt(plan_bytes: dict[str, bytes]) -> None:
    for kind in ("docx", "xlsx", "pdf"):
        data = plan_bytes[kind]
        with pytest.raises(CorruptFile, match=rf"^plan\.{kind}: "):
            read_document(data[: len(data) // 2], f"plan.{kind}")


def test_password_protected_files_are_refused(plan_bytes: dict[str, bytes]) -> None:
    with pytest.raises(PasswordProtected, match=r"^secret\.pdf: .*password"):
        read_document(encrypted_pdf(), "secret.pdf")
    for kind in ("docx", "xlsx"):
        with pytest.raises(PasswordProtected, match=rf"^secret\.{kind}: .*password"):
            read_document(encrypted_office(plan_bytes[kind]), f"secret.{kind}")


def test_file_over_the_limit_is_refused_naming_the_limit() -> None:
    data = (PLANS / CREWE).read_bytes()
    with pytest.raises(FileTooLarge, match=r"^crewe\.txt: 11\.1 KB is over the 10\.0 KB limit"):
        read_document(data, "crewe.txt", max_bytes=10 * 1024)
    assert read_document(data, "crewe.txt", max_bytes=len(data)).tables


def test_zip_that_expands_past_the_limit_is_refused() -> None:
    bomb = _zip({"word/document.xml": b"0" * 5_000_000})
    with pytest.raises(FileTooLarge, match="expands to"):
        read_document(bomb, "bomb.docx", max_bytes=20_000)


def test_error_statuses_for_the_api() -> None:
    assert UnsupportedFormat("x").status_code == 415
    assert FileTooLarge("x").status_code == 413
    for error in (EmptyFile, CorruptFile, PasswordProtected, NotAnActionPlan):
        assert error("x").status_code == 422
        assert issubclass(error, PartnergraphError)
