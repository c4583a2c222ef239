"""`people` and `forget`: what the graph keeps about the people plans name, and removing
them. `--format json` prints exactly the API's response body."""

from __future__ import annotations

from typing import Annotated

import typer

from api.cli.app import app
from api.cli.common import (
    FormatOption,
    OutputFormat,
    StoreOption,
    console,
    emit,
    opened_store,
    print_table,
)
from queries.people import Forgotten, PeopleList, PersonEntry, forget, list_people


def _people_rows(people: list[PersonEntry]) -> list[tuple[object, ...]]:
    return [
        (
            p.name,
            p.role,
            p.body and p.body.name,
            p.plan,
            p.source and p.source.line,
            ", ".join(f"{m.body.name} ({m.role or 'member'})" for m in p.memberships),
            p.leads,
            p.partners_in,
        )
        for p in people
    ]


_COLUMNS = ["name", "role", "body", "plan", "line", "sits on", "leads", "partners"]


def _people_table(answer: PeopleList) -> None:
    print_table(f"{len(answer.people)} people", _COLUMNS, _people_rows(answer.people))


def _forgotten_table(answer: Forgotten) -> None:
    print_table(f"forgot {len(answer.forgotten)}", _COLUMNS, _people_rows(answer.forgotten))
    for plan in answer.plans:
        console.print(
            f"{plan.owner}: {plan.people_removed} people and {plan.edges_removed} edges removed, "
            f"{plan.texts_redacted} texts redacted"
        )


@app.command("people")
def people_command(
    store: StoreOption = None,
    plan: Annotated[
        str | None, typer.Option("--plan", help="Only the people this plan names.")
    ] = None,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """The people the graph holds: role, body, the plan and line naming them, their seats."""
    with opened_store(store) as handle:
        answer = list_people(handle, plan)
    emit(answer, fmt, _people_table)


@app.command("forget")
def forget_command(
    people: Annotated[
        list[str], typer.Argument(help="Person ids or names, e.g. 'Kit Malthouse' or KK.")
    ],
    store: StoreOption = None,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """Remove people from every plan naming them: their nodes, their edges and their names in
    the plans' texts, one transaction per plan. Bodies, boards and actions stay."""
    with opened_store(store) as handle:
        answer = forget(handle, people)
    emit(answer, fmt, _forgotten_table)
