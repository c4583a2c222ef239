"""Duplicated effort across regions, and checking a new action against what exists."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from pydantic import BaseModel, Field

from api.deps import StoreDep
from queries import (
    DEFAULT_MIN_SCORE,
    DEFAULT_SIMILAR_MIN_SCORE,
    Overlaps,
    SimilarActions,
    overlaps,
    similar_to_text,
    stored_overlaps,
)

router = APIRouter(prefix="/overlaps", tags=["overlaps"])

Score = Annotated[float, Query(gt=0, le=1, description="Lowest similarity (0-1] to report.")]


@router.get("", response_model=Overlaps)
def get_overlaps(
    store: StoreDep,
    region: Annotated[str | None, Query(max_length=200, description="Pairs touching it.")] = None,
    theme: Annotated[str | None, Query(max_length=200, description="Pairs touching it.")] = None,
    min_score: Score = DEFAULT_MIN_SCORE,
    limit: Annotated[int, Query(ge=0, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
    stored: Annotated[
        bool, Query(description="Read the pairs the last `overlaps --write` stored.")
    ] = False,
) -> Overlaps:
    """Pairs of similar actions in different plans and regions, best first, with the terms
    that explain each score; `total` counts every pair, the page holds `limit` from `offset`."""
    ask = stored_overlaps if stored else overlaps
    return ask(store, region, theme, min_score, limit, offset)


class SimilarRequest(BaseModel):
    text: str = Field(min_length=1, max_length=5000, description="A new action's text.")
    limit: int = Field(default=10, ge=1, le=100)
    min_score: float = Field(default=DEFAULT_SIMILAR_MIN_SCORE, gt=0, le=1)


@router.post("/similar", response_model=SimilarActions)
def post_similar(request: SimilarRequest, store: StoreDep) -> SimilarActions:
    """Existing actions most like a new action's text, to check before adding it."""
    return similar_to_text(store, request.text, request.limit, request.min_score)
