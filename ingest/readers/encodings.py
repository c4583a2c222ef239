"""Bytes of a text-like plan file (converted text, markdown, CSV) to str.

Files come from Windows tools as often as from anywhere else: a UTF-8 byte-order mark, UTF-16
from "Unicode text" exports, and cp1252 from older Excel all occur, so each is tried in turn.
"""

from __future__ import annotations

import codecs

from ingest.errors import UnsupportedFormat

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
#: Share of control characters above which the bytes are taken to be binary, not text.
_BINARY_SHARE = 0.05


def decode_text(data: bytes, name: str) -> str:
    """Decode by byte-order mark, then UTF-8, then cp1252; binary content is refused."""
    text = _decode(data)
    sample = text[:4096]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\t\n\r\f\v")
    if sample and controls / len(sample) > _BINARY_SHARE:
        raise UnsupportedFormat(f"{name}: binary content, not text; cannot be read as a plan")
    return text


def _decode(data: bytes) -> str:
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")
