"""Readers: a plan file's bytes, in any supported format, to the table model (`Document`)."""

from ingest.readers.text import read_text

__all__ = ["read_text"]
