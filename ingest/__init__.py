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
from ingest.gazetteer import Body, Gazetteer
from ingest.html_cells import parse_cell, plain_cell
from ingest.organisations import MentionKind, classify_mention, split_bodies
from ingest.readers import (
    SUPPORTED,
    read_csv,
    read_document,
    read_docx,
    read_pdf,
    read_text,
    read_xlsx,
)
from ingest.resolution import (
    AliasDecisions,
    Entity,
    MergeProposal,
    Resolver,
    load_decisions,
    save_decisions,
)

__all__: list[str] = [
    "SUPPORTED",
    "AliasDecisions",
    "Body",
    "CorruptFile",
    "EmptyFile",
    "Entity",
    "FileTooLarge",
    "Gazetteer",
    "IngestError",
    "MentionKind",
    "MergeProposal",
    "NotAnActionPlan",
    "PasswordProtected",
    "Resolver",
    "UnsupportedFormat",
    "classify_mention",
    "load_decisions",
    "parse_cell",
    "plain_cell",
    "read_csv",
    "read_document",
    "read_docx",
    "read_pdf",
    "read_text",
    "read_xlsx",
    "save_decisions",
    "split_bodies",
]
