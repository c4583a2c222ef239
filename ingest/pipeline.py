"""The edge of ingest: plan files in, graph records out, into the store.

`extract` is pure (bytes to an `Extraction`). `ingest_files` writes each file in its own
transaction: a bad file gets one error line naming it and the reason, nothing of it is
written, and the other files still go in. Re-ingesting a file changes nothing (same ids, and
the store skips identical contributions); a newer version of a plan replaces the old one
because both have the same plan id (title and period), which is the contribution's owner.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Literal

import orjson
from pydantic import BaseModel, Field, ValidationError

from graphmodel import (
    GraphStore,
    NodeKind,
    PartnergraphError,
    PlanNotFound,
    Settings,
    WriteSummary,
    is_neo4j_uri,
    normalise_name,
)
from ingest.errors import IngestError, NotAnActionPlan
from ingest.extraction import Extraction, resolve_layout
from ingest.layout import Layout, read_layout
from ingest.organisations import split_bodies
from ingest.readers import read_document
from ingest.records import to_contribution
from ingest.resolution import (
    DecisionsUnreadable,
    MergeProposal,
    Resolver,
    load_decisions,
    save_decisions,
)
from ingest.tablemodel import Document


class ProposalNotFound(PartnergraphError):
    """No pending merge proposal has that id (decided already, or never made)."""

    status_code = 404


class UnreadableFile(IngestError):
    """A file named for ingest cannot be opened (missing, a directory, no permission)."""

    status_code = 400


#: Called after each file with (file name, files done, files in all).
Progress = Callable[[str, int, int], None]


class FileReport(BaseModel):
    """What ingesting one file did, or why it could not."""

    file: str
    plan_id: str | None = None
    title: str | None = None
    actions: int = 0
    organisations: int = 0
    organisations_new: int = 0
    organisations_merged: int = 0
    people: int = 0
    warnings: list[str] = Field(default_factory=list)
    #: One line naming the file and the reason, when the file was skipped.
    error: str | None = None
    error_type: str | None = None
    replaced: bool = False
    unchanged: bool = False
    seconds: float = 0.0


class IngestReport(BaseModel):
    files: list[FileReport] = Field(default_factory=list)

    @property
    def failed(self) -> list[FileReport]:
        return [f for f in self.files if f.error]

    @property
    def ok(self) -> list[FileReport]:
        return [f for f in self.files if not f.error]

    def totals(self) -> dict[str, int]:
        ok = self.ok
        return {
            "plans": len(ok),
            "actions": sum(f.actions for f in ok),
            "organisations_new": sum(f.organisations_new for f in ok),
            "organisations_merged": sum(f.organisations_merged for f in ok),
            "warnings": sum(len(f.warnings) for f in ok),
            "failed": len(self.failed),
        }


REVIEW_FILE = "review.json"
#: Where review data lives for a Neo4j store (which has no directory of its own).
LOCAL_DATA_DIR = ".partnergraph"


def make_resolver(settings: Settings, store: GraphStore | None = None) -> Resolver:
    """A resolver with the saved merge decisions and, when a store is given, its bodies."""
    known = store.nodes(NodeKind.ORGANISATION) if store is not None else ()
    return Resolver(decisions=load_decisions(data_dir(settings)), known=known)


def data_dir(settings: Settings) -> Path:
    """Where merge decisions (`aliases.json`) and pending proposals live: the embedded
    store's directory, or `.partnergraph/` beside the command for a Neo4j store."""
    if is_neo4j_uri(settings.store) or "://" in settings.store:
        return Path(LOCAL_DATA_DIR)
    return Path(settings.store)


class ReviewQueue(BaseModel):
    """Merges the resolver was unsure of, waiting for a person, and how many were decided."""

    proposals: list[MergeProposal] = Field(default_factory=list)
    accepted: int = 0
    rejected: int = 0


class ReviewOutcome(BaseModel):
    proposal: MergeProposal
    decision: Literal["accept", "reject"]
    #: Later ingests merge (or keep apart) this name; re-ingest plans to apply it now.
    note: str


def _pending(directory: Path) -> dict[str, MergeProposal]:
    path = directory / REVIEW_FILE
    if not path.is_file():
        return {}
    try:
        rows = orjson.loads(path.read_bytes()).get("proposals", [])
        return {p.id: p for p in (MergeProposal.model_validate(r) for r in rows)}
    except (OSError, orjson.JSONDecodeError, ValidationError, AttributeError) as exc:
        raise DecisionsUnreadable(
            f"{REVIEW_FILE}: pending merge proposals cannot be read ({type(exc).__name__})"
        ) from None


def _save_pending(directory: Path, pending: dict[str, MergeProposal]) -> None:
    directory.mkdir(parents=True, exist_ok=True)
    rows = [p.model_dump(mode="json") for p in sorted(pending.values(), key=lambda p: p.id)]
    temp = directory / f".{REVIEW_FILE}.tmp"
    temp.write_bytes(orjson.dumps({"proposals": rows}, option=orjson.OPT_INDENT_2))
    temp.replace(directory / REVIEW_FILE)


def record_proposals(settings: Settings, proposals: Iterable[MergeProposal]) -> None:
    """Keep an ingest's undecided proposals for `orgs review`."""
    proposals = list(proposals)
    if not proposals:
        return
    directory = data_dir(settings)
    decisions = load_decisions(directory)
    pending = _pending(directory)
    for proposal in proposals:
        decided = decisions.accepted_for(proposal.mention) is not None or decisions.is_rejected(
            proposal.mention, proposal.candidate_id
        )
        if not decided:
            pending[proposal.id] = proposal
    _save_pending(directory, pending)


def review_queue(settings: Settings) -> ReviewQueue:
    directory = data_dir(settings)
    decisions = load_decisions(directory)
    return ReviewQueue(
        proposals=sorted(_pending(directory).values(), key=lambda p: (-p.score, p.id)),
        accepted=len(decisions.accepted),
        rejected=len(decisions.rejected),
    )


def decide(settings: Settings, proposal_id: str, accept: bool) -> ReviewOutcome:
    """Accept (merge) or reject (keep apart) a pending proposal; saved for later ingests."""
    directory = data_dir(settings)
    pending = _pending(directory)
    proposal = pending.get(proposal_id)
    if proposal is None:
        raise ProposalNotFound(f"no pending merge proposal {proposal_id!r} in {directory}")
    decisions = load_decisions(directory)
    if accept:
        decisions.accept(proposal)
    else:
        decisions.reject(proposal)
    save_decisions(directory, decisions)
    del pending[proposal_id]
    _save_pending(directory, pending)
    verb = "merges into" if accept else "stays apart from"
    return ReviewOutcome(
        proposal=proposal,
        decision="accept" if accept else "reject",
        note=f"{proposal.mention!r} {verb} {proposal.candidate_name!r} in later ingests",
    )


def layout_of(document: Document) -> Layout:
    return read_layout(document, split_bodies)


def extract_document(
    document: Document, settings: Settings, resolver: Resolver | None = None
) -> Extraction:
    """A read document to its `Extraction`; refuses documents with no actions at all."""
    layout = layout_of(document)
    if not layout.actions:
        kinds = sorted({t.kind for t in layout.tables if t.kind != "action"})
        found = f"only {', '.join(kinds)} tables" if kinds else "no tables"
        raise NotAnActionPlan(
            f"{document.source}: not an action plan ({found} and no action items were found)"
        )
    resolver = resolver or make_resolver(settings)
    return resolve_layout(layout, resolver, include_people=settings.include_people)


def extract(
    data: bytes, name: str, settings: Settings, resolver: Resolver | None = None
) -> Extraction:
    """Read a plan file's bytes and extract it, storing nothing."""
    document = read_document(data, name, max_bytes=settings.max_upload_bytes)
    return extract_document(document, settings, resolver)


def ingest_bytes(
    data: bytes,
    name: str,
    store: GraphStore,
    settings: Settings,
    resolver: Resolver | None = None,
) -> FileReport:
    """Extract one file and write its plan in one transaction. Raises on bad input."""
    started = time.perf_counter()
    extraction = extract(data, name, settings, resolver or make_resolver(settings, store))
    records = to_contribution(extraction)
    org_ids = [n.id for n in records.nodes if n.kind == NodeKind.ORGANISATION]
    before = {
        n.id for n in store.nodes(ids=org_ids) if any(p.plan != records.owner for p in n.provenance)
    }
    summary: WriteSummary = store.write(records)
    record_proposals(settings, extraction.proposals)
    return FileReport(
        file=name,
        plan_id=extraction.plan.id,
        title=extraction.plan.title,
        actions=len(extraction.actions),
        organisations=len(org_ids),
        organisations_new=len(org_ids) - len(before),
        organisations_merged=len(before),
        people=sum(1 for n in records.nodes if n.kind == NodeKind.PERSON),
        warnings=list(extraction.warnings),
        replaced=summary.replaced,
        unchanged=bool(getattr(summary, "unchanged", False)),
        seconds=round(time.perf_counter() - started, 3),
    )


def ingest_files(
    paths: Iterable[str | Path],
    store: GraphStore,
    settings: Settings,
    progress: Progress | None = None,
) -> IngestReport:
    """Ingest each file in its own transaction; bad files are reported and skipped."""
    files = [Path(p) for p in paths]
    report = IngestReport()
    for index, path in enumerate(files, start=1):
        try:
            try:
                data = path.read_bytes()
            except OSError as exc:
                raise UnreadableFile(
                    f"{path.name}: cannot be read ({exc.strerror or exc})"
                ) from None
            report.files.append(ingest_bytes(data, path.name, store, settings))
        except PartnergraphError as exc:
            message = (
                exc.message if exc.message.startswith(path.name) else f"{path.name}: {exc.message}"
            )
            report.files.append(
                FileReport(file=path.name, error=message, error_type=type(exc).__name__)
            )
        if progress is not None:
            progress(path.name, index, len(files))
    return report


def find_plan(store: GraphStore, plan: str) -> str:
    """A stored plan's id from its id or its title (case and spacing ignored)."""
    node = store.node(plan)
    if node is not None and node.kind == NodeKind.PLAN:
        return node.id
    key = normalise_name(plan)
    matches = [n.id for n in store.nodes(NodeKind.PLAN) if normalise_name(n.name) == key]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise PlanNotFound(f"no plan {plan!r} in store {store.uri}")
    raise PlanNotFound(f"{plan!r} names {len(matches)} plans; give one of {', '.join(matches)}")


def remove_plan(store: GraphStore, plan: str) -> WriteSummary:
    """Delete one plan and whatever only it contributed; shared bodies lose only its word."""
    return store.remove(find_plan(store, plan))
