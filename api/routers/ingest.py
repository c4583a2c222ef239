"""Plan upload, extraction preview and removal; the organisation merge review queue."""

from __future__ import annotations

from typing import Literal

from fastapi import APIRouter, File, UploadFile
from pydantic import BaseModel, Field

from api.deps import SettingsDep, StoreDep
from graphmodel import WriteSummary
from ingest.errors import FileTooLarge
from ingest.extraction import Extraction
from ingest.pipeline import (
    FileReport,
    IngestReport,
    ReviewOutcome,
    ReviewQueue,
    decide,
    extract,
    ingest_bytes,
    remove_plan,
    review_queue,
)

router = APIRouter(tags=["ingest"])


class IngestResult(BaseModel):
    """What an ingest did: one entry per file, and the totals."""

    files: list[FileReport]
    totals: dict[str, int]

    @classmethod
    def of(cls, report: IngestReport) -> IngestResult:
        return cls(files=report.files, totals=report.totals())


class RemovalResult(BaseModel):
    plan_id: str
    nodes_deleted: int
    edges_deleted: int

    @classmethod
    def of(cls, summary: WriteSummary) -> RemovalResult:
        return cls(
            plan_id=summary.owner,
            nodes_deleted=summary.nodes_deleted,
            edges_deleted=summary.edges_deleted,
        )


class ReviewDecision(BaseModel):
    decision: Literal["accept", "reject"] = Field(
        description="accept merges the two names into one organisation; reject keeps them apart"
    )


async def _read_upload(upload: UploadFile, limit: int) -> tuple[bytes, str]:
    name = upload.filename or "upload"
    data = await upload.read(limit + 1)
    if len(data) > limit:
        raise FileTooLarge(f"{name}: over the {limit:,} byte limit for one plan file")
    return data, name


@router.post("/plans", response_model=IngestResult, status_code=201)
async def upload_plan(
    store: StoreDep, settings: SettingsDep, file: UploadFile = File(...)
) -> IngestResult:
    """Ingest one plan file; a newer version of a stored plan replaces it."""
    data, name = await _read_upload(file, settings.max_upload_bytes)
    report = IngestReport(files=[ingest_bytes(data, name, store, settings)])
    return IngestResult.of(report)


@router.post("/plans/extract", response_model=Extraction)
async def preview_plan(settings: SettingsDep, file: UploadFile = File(...)) -> Extraction:
    """What ingest would read from a plan file (the CLI's `extract`); stores nothing."""
    data, name = await _read_upload(file, settings.max_upload_bytes)
    return extract(data, name, settings)


@router.delete("/plans/{plan_id}", response_model=RemovalResult)
def delete_plan(plan_id: str, store: StoreDep) -> RemovalResult:
    """Remove a plan (by id or title) and whatever only it contributed."""
    return RemovalResult.of(remove_plan(store, plan_id))


@router.get("/orgs/review", response_model=ReviewQueue, tags=["organisations"])
def list_merge_proposals(settings: SettingsDep) -> ReviewQueue:
    """Merges ingest was unsure of ("Refugee Counsel" and "Refugee Council"?), for a person."""
    return review_queue(settings)


@router.post("/orgs/review/{proposal_id}", response_model=ReviewOutcome, tags=["organisations"])
def decide_merge_proposal(
    proposal_id: str, body: ReviewDecision, settings: SettingsDep
) -> ReviewOutcome:
    """Accept (merge) or reject (keep apart); later ingests respect the decision."""
    return decide(settings, proposal_id, accept=body.decision == "accept")
