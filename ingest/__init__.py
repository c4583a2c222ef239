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
from ingest.extraction import Extraction
from ingest.gazetteer import Body, Gazetteer
from ingest.html_cells import parse_cell, plain_cell
from ingest.layout import Layout, read_layout
from ingest.organisations import MentionKind, classify_mention, split_bodies
from ingest.pipeline import (
    FileReport,
    IngestReport,
    extract,
    extract_document,
    ingest_bytes,
    ingest_files,
    remove_plan,
)
from ingest.readers import (
    SUPPORTED,
    read_csv,
    read_document,
    read_docx,
    read_pdf,
    read_text,
    read_xlsx,
)
from ingest.records import to_contribution
from ingest.resolution import (
    AliasDecisions,
    Entity,
    MergeProposal,
    Resolver,
    load_decisions,
    save_decisions,
)
from ingest.roles import ColumnRole, TableRoles, classify_table
from ingest.timescales import Timescale, parse_timescale

__all__: list[str] = [
    "SUPPORTED",
    "AliasDecisions",
    "Body",
    "ColumnRole",
    "CorruptFile",
    "EmptyFile",
    "Entity",
    "Extraction",
    "FileReport",
    "FileTooLarge",
    "Gazetteer",
    "IngestError",
    "IngestReport",
    "Layout",
    "MentionKind",
    "MergeProposal",
    "NotAnActionPlan",
    "PasswordProtected",
    "Resolver",
    "TableRoles",
    "Timescale",
    "UnsupportedFormat",
    "classify_mention",
    "classify_table",
    "extract",
    "extract_document",
    "ingest_bytes",
    "ingest_files",
    "load_decisions",
    "parse_cell",
    "parse_timescale",
    "plain_cell",
    "read_csv",
    "read_document",
    "read_docx",
    "read_layout",
    "read_pdf",
    "read_text",
    "read_xlsx",
    "remove_plan",
    "save_decisions",
    "split_bodies",
    "to_contribution",
]
