"""Search across organisations, boards, task groups, people, plans and actions."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query

from api.deps import SettingsDep, StoreDep
from queries import SearchKind, SearchResults, search

router = APIRouter(tags=["search"])


@router.get("/search", response_model=SearchResults)
def get_search(
    store: StoreDep,
    settings: SettingsDep,
    q: Annotated[str, Query(min_length=1, max_length=500, description="Words or a name.")],
    kind: Annotated[list[SearchKind] | None, Query(description="Only these kinds.")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 20,
) -> SearchResults:
    """Best matches first, each with its kind and a 0-1 score; people are left out when the
    deployment switches them off."""
    return search(store, q, kind, limit, include_people=settings.include_people)
