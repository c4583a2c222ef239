"""Plans and store health."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

from api.deps import StoreDep
from graphmodel import NodeKind, PlanNotFound

router = APIRouter(tags=["plans"])


class PlanSummary(BaseModel):
    id: str
    title: str
    region: str | None = None
    owner: str | None = None
    period: str | None = None
    source: str | None = None


class Health(BaseModel):
    status: str
    store: str
    revision: int
    counts: dict[str, int]


@router.get("/health", response_model=Health)
def health(store: StoreDep) -> Health:
    return Health(status="ok", store=store.uri, revision=store.revision(), counts=store.counts())


@router.get("/plans", response_model=list[PlanSummary])
def list_plans(store: StoreDep) -> list[PlanSummary]:
    return [_summary(n) for n in store.nodes(NodeKind.PLAN)]


@router.get("/plans/{plan_id}", response_model=PlanSummary)
def get_plan(plan_id: str, store: StoreDep) -> PlanSummary:
    node = store.node(plan_id)
    if node is None or node.kind != NodeKind.PLAN:
        raise PlanNotFound(f"no plan {plan_id!r} in store {store.uri}")
    return _summary(node)


def _summary(node) -> PlanSummary:  # type: ignore[no-untyped-def]
    return PlanSummary(
        id=node.id,
        title=node.name,
        region=node.get("region"),
        owner=node.get("owner"),
        period=node.get("period"),
        source=node.get("source_file"),
    )
