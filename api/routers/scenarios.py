"""What-if scenarios over the graph; they read, never write."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Response
from pydantic import BaseModel, Field, StringConstraints

from api.deps import StoreDep, answer
from api.routers.organisations import NAME_ERRORS
from queries import Withdrawal, withdrawal
from queries.withdrawal import MAX_WITHDRAWN

router = APIRouter(prefix="/scenarios", tags=["scenarios"])

Name = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]


class WithdrawalRequest(BaseModel):
    organisations: list[Name] = Field(
        min_length=1,
        max_length=MAX_WITHDRAWN,
        description="Ids, names, aliases or acronyms of the organisations that withdraw.",
        examples=[["emfec"], ["GLA", "UKBA"]],
    )


@router.post("/withdrawal", response_model=Withdrawal, responses=NAME_ERRORS)
def post_withdrawal(request: WithdrawalRequest, store: StoreDep) -> Response:
    """The impact of the organisations withdrawing together; the graph is not changed."""
    return answer(withdrawal(store, request.organisations))
