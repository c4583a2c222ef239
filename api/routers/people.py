"""People the plans name: what the graph keeps about them, and removing them.

`{person}` is a person's id or name ("Kit Malthouse" finds "Mayor (Kit Malthouse)"); a name
removes that person from every plan that names them.
"""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query

from api.deps import StoreDep
from queries.people import Forgotten, PeopleList, forget, list_people

router = APIRouter(prefix="/people", tags=["people"])

PERSON_ERRORS: dict[int | str, dict[str, Any]] = {
    404: {"description": "No such person; `error.details.closest` lists the nearest names."},
    409: {"description": "The name fits several people; `error.details.candidates` lists them."},
    503: {"description": "The store cannot be reached."},
}


@router.get("", response_model=PeopleList, responses={404: {"description": "No such plan."}})
def get_people(
    store: StoreDep,
    plan: Annotated[str | None, Query(max_length=300, description="Only this plan's.")] = None,
) -> PeopleList:
    """Every person the graph holds: role, body, the plan and line naming them, their seats."""
    return list_people(store, plan)


@router.delete("/{person:path}", response_model=Forgotten, responses=PERSON_ERRORS)
def delete_person(
    person: Annotated[
        str,
        Path(min_length=1, max_length=300, description="A person's id, or their name."),
    ],
    store: StoreDep,
) -> Forgotten:
    """Forget a person: their node, every edge touching them and their name in the texts of
    the plans naming them, one transaction per plan; bodies, boards and actions stay."""
    return forget(store, [person])
