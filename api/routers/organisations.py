"""Organisations: listing and search by name, what one has committed to, and which
outcomes depend on it. `{organisation}` is an id, a name, an alias or an acronym."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query, Response

from api.deps import StoreDep, answered
from queries import (
    Commitments,
    DependentOutcomes,
    OrganisationList,
    commitments,
    dependent_outcomes,
    list_organisations,
)

router = APIRouter(prefix="/organisations", tags=["organisations"])

#: What the question endpoints answer besides 200, for the OpenAPI docs.
NAME_ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"description": "No such organisation; `error.details.closest` lists the nearest names."},
    409: {"description": "The name fits several; `error.details.candidates` lists them."},
    503: {"description": "The store cannot be reached."},
}
Organisation = Annotated[
    str,
    Path(
        min_length=1,
        max_length=300,
        description="Id, name, alias or acronym, e.g. `UKBA` or `org-refugee-council`.",
    ),
]


@router.get("", response_model=OrganisationList)
def list_all(
    store: StoreDep,
    q: Annotated[str | None, Query(max_length=300, description="Name to match.")] = None,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> OrganisationList:
    """Organisations by name, or the ones best matching `q` (names, aliases, acronyms)."""
    return list_organisations(store, q, limit, offset)


@router.get("/{organisation:path}/commitments", response_model=Commitments, responses=NAME_ERRORS)
async def get_commitments(organisation: Organisation, store: StoreDep) -> Response:
    """The actions it leads and partners on and the bodies it sits on, with its teams'."""
    return await answered(store, commitments, organisation)


@router.get(
    "/{organisation:path}/dependent-outcomes",
    response_model=DependentOutcomes,
    responses=NAME_ERRORS,
)
async def get_dependent_outcomes(organisation: Organisation, store: StoreDep) -> Response:
    """Outcomes and objectives above them that rely on it: as sole lead, co-lead or partner."""
    return await answered(store, dependent_outcomes, organisation)
