"""`commitments`, `depends`, `withdraw`, `overlaps`, `similar`, `search`: the coordinators'
questions in a terminal. `--format json` prints exactly the API's response body."""

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
    err_console,
    opened_store,
    print_table,
    settings_for,
)
from queries import (
    DEFAULT_MIN_SCORE,
    DEFAULT_SIMILAR_MIN_SCORE,
    Action,
    Commitments,
    DependentOutcomes,
    Overlaps,
    SearchKind,
    SearchResults,
    SimilarActions,
    Withdrawal,
    commitments,
    dependent_outcomes,
    overlaps,
    search,
    similar_to_text,
    stored_overlaps,
    withdrawal,
    write_overlaps,
)

Name = Annotated[str, typer.Argument(help="Id, name, alias or acronym, e.g. UKBA.")]


def _names(actors) -> str:  # type: ignore[no-untyped-def]
    return ", ".join(a.name for a in actors)


def _short(text: str | None, width: int = 70) -> str:
    text = text or ""
    return text if len(text) <= width else text[: width - 1] + "…"


def _action_rows(actions: list[Action], via: bool = False) -> list[tuple[object, ...]]:
    rows = []
    for a in actions:
        row: tuple[object, ...] = (
            a.ref,
            a.plan,
            _short(a.text),
            _names(a.leads),
            len(a.partners),
            a.due or a.due_text,
        )
        if via:
            row += (getattr(a, "via", None) and a.via.name,)  # type: ignore[attr-defined]
        rows.append(row)
    return rows


def _commitments_table(answer: Commitments) -> None:
    org = answer.organisation
    console.print(f"[bold]{org.name}[/bold] ({org.kind}, {org.id})")
    if answer.body:
        console.print(f"part of {answer.body.name}")
    if answer.teams:
        console.print(f"teams: {_names(answer.teams)}")
    columns = ["ref", "plan", "action", "leads", "partners", "due", "via"]
    print_table(f"leads {len(answer.leads)}", columns, _action_rows(answer.leads, True))
    print_table(
        f"partners in {len(answer.partners_in)}", columns, _action_rows(answer.partners_in, True)
    )
    print_table(
        f"sits on {len(answer.memberships)}",
        ["body", "kind", "role", "via"],
        [(m.body.name, m.body.kind, m.role, m.via and m.via.name) for m in answer.memberships],
    )
    if answer.members:
        print_table(
            f"members {len(answer.members)}",
            ["member", "kind", "role"],
            [(m.member.name, m.member.kind, m.role) for m in answer.members],
        )


@app.command("commitments")
def commitments_command(
    name: Name, store: StoreOption = None, fmt: FormatOption = OutputFormat.table
) -> None:
    """What an organisation leads, partners on and sits on, with its teams' commitments."""
    with opened_store(store) as handle:
        answer = commitments(handle, name)
    emit(answer, fmt, _commitments_table)


def _depends_table(answer: DependentOutcomes) -> None:
    console.print(f"[bold]{answer.organisation.name}[/bold] ({answer.organisation.id})")
    print_table(
        f"{len(answer.outcomes)} dependent outcomes and objectives",
        ["dependency", "kind", "depth", "outcome", "plan", "via actions"],
        [
            (
                o.dependency,
                o.outcome.kind,
                o.depth,
                _short(o.outcome.name),
                o.outcome.plan,
                ", ".join(a.ref or a.id for a in o.via),
            )
            for o in answer.outcomes
        ],
    )


@app.command("depends")
def depends_command(
    name: Name, store: StoreOption = None, fmt: FormatOption = OutputFormat.table
) -> None:
    """Outcomes, and objectives above them, that rely on an organisation, and how."""
    with opened_store(store) as handle:
        answer = dependent_outcomes(handle, name)
    emit(answer, fmt, _depends_table)


def _withdrawal_table(answer: Withdrawal) -> None:
    level = answer.severity.level
    console.print(
        f"[bold]withdrawing {_names(answer.withdrawn)}[/bold]"
        + (f" (with {_names(answer.teams_included)})" if answer.teams_included else "")
        + f": severity {level} ({answer.severity.score})"
    )
    impact_columns = ["ref", "plan", "action", "lost", "remaining leads", "remaining partners"]
    for title, actions in (
        ("orphaned actions", answer.orphaned_actions),
        ("weakened actions", answer.weakened_actions),
    ):
        print_table(
            f"{title} {len(actions)}",
            impact_columns,
            [
                (
                    a.ref,
                    a.plan,
                    _short(a.text, 60),
                    _names(a.lost),
                    _names(a.remaining_leads),
                    _names(a.remaining_partners),
                )
                for a in actions
            ],
        )
    for title, outcomes in (
        ("outcomes at risk", answer.outcomes_at_risk),
        ("outcomes weakened", answer.outcomes_weakened),
    ):
        print_table(
            f"{title} {len(outcomes)}",
            ["kind", "outcome", "plan", "affected / contributors"],
            [
                (
                    o.outcome.kind,
                    _short(o.outcome.name),
                    o.outcome.plan,
                    f"{len(o.affected)} / {o.contributors}",
                )
                for o in outcomes
            ],
        )
    print_table(
        f"bodies affected {len(answer.bodies_affected)}",
        ["body", "loses", "chair lost", "remaining members"],
        [
            (
                b.body.name,
                ", ".join(f"{m.member.name} ({m.role})" for m in b.lost_members),
                "yes" if b.lost_chair else "",
                len(b.remaining_members),
            )
            for b in answer.bodies_affected
        ],
    )
    print_table(
        "replacements",
        ["action", "candidate", "score", "why"],
        [
            (r.ref or r.action, c.organisation.name, c.score, "; ".join(c.reasons))
            for r in answer.replacements
            for c in r.candidates
        ],
    )


@app.command("withdraw")
def withdraw_command(
    names: Annotated[list[str], typer.Argument(help="Organisations that withdraw together.")],
    store: StoreOption = None,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """The impact of organisations withdrawing (the graph is not changed)."""
    with opened_store(store) as handle:
        answer = withdrawal(handle, names)
    emit(answer, fmt, _withdrawal_table)


def _overlaps_table(answer: Overlaps) -> None:
    shown = f"{answer.offset + 1}-{answer.offset + len(answer.pairs)}" if answer.pairs else "0"
    print_table(
        f"{answer.total} overlapping pairs ({answer.source}, score >= {answer.min_score}), "
        f"showing {shown}",
        ["score", "plan a", "action a", "plan b", "action b", "shared terms"],
        [
            (
                f"{p.score:.2f}",
                p.a.plan,
                f"{p.a.ref or ''} {_short(p.a.text, 45)}",
                p.b.plan,
                f"{p.b.ref or ''} {_short(p.b.text, 45)}",
                ", ".join(p.shared_terms),
            )
            for p in answer.pairs
        ],
    )
    print_table(
        f"{len(answer.clusters)} clusters",
        ["topic", "actions", "plans"],
        [(c.topic, len(c.actions), ", ".join(c.plans)) for c in answer.clusters],
    )


@app.command("overlaps")
def overlaps_command(
    store: StoreOption = None,
    region: Annotated[str | None, typer.Option(help="Only pairs touching this region.")] = None,
    theme: Annotated[str | None, typer.Option(help="Only pairs touching this theme.")] = None,
    min_score: Annotated[
        float, typer.Option("--min-score", min=0.0, max=1.0, help="Lowest similarity to report.")
    ] = DEFAULT_MIN_SCORE,
    limit: Annotated[int, typer.Option(min=0, help="Pairs per page.")] = 100,
    offset: Annotated[int, typer.Option(min=0, help="Pairs to skip.")] = 0,
    stored: Annotated[
        bool, typer.Option("--stored", help="Read the pairs the last --write stored.")
    ] = False,
    write: Annotated[
        bool,
        typer.Option("--write", help="Store every pair found as SIMILAR_TO edges (replaces)."),
    ] = False,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """Actions in different plans and regions that address the same need."""
    with opened_store(store) as handle:
        if write:
            everything = overlaps(handle, region, theme, min_score)
            summary = write_overlaps(handle, everything)
            err_console.print(
                f"stored {len(everything.pairs)} SIMILAR_TO edges "
                f"({summary.edges_deleted} from the previous run replaced)",
                highlight=False,
            )
        ask = stored_overlaps if stored else overlaps
        answer = ask(handle, region, theme, min_score, limit, offset)
    emit(answer, fmt, _overlaps_table)


def _similar_table(answer: SimilarActions) -> None:
    print_table(
        f"{len(answer.matches)} similar actions",
        ["score", "plan", "ref", "action", "leads", "shared terms"],
        [
            (
                f"{m.score:.2f}",
                m.action.plan,
                m.action.ref,
                _short(m.action.text, 60),
                _names(m.action.leads),
                ", ".join(m.shared_terms),
            )
            for m in answer.matches
        ],
    )


@app.command("similar")
def similar_command(
    text: Annotated[str, typer.Argument(help="A new action's text.")],
    store: StoreOption = None,
    limit: Annotated[int, typer.Option(min=1, max=100)] = 10,
    min_score: Annotated[
        float, typer.Option("--min-score", min=0.0, max=1.0)
    ] = DEFAULT_SIMILAR_MIN_SCORE,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """Existing actions most like a new action's text, to check before adding it."""
    with opened_store(store) as handle:
        answer = similar_to_text(handle, text, limit, min_score)
    emit(answer, fmt, _similar_table)


def _search_table(answer: SearchResults) -> None:
    print_table(
        f"{answer.total} matches for {answer.query!r}",
        ["score", "kind", "name", "plan", "detail", "id"],
        [
            (f"{h.score:.2f}", h.kind, _short(h.name, 60), h.plan, h.detail, h.id)
            for h in answer.hits
        ],
    )


@app.command("search")
def search_command(
    q: Annotated[str, typer.Argument(help="Words or a name.")],
    store: StoreOption = None,
    kind: Annotated[
        list[SearchKind] | None, typer.Option("--kind", help="Only this kind (repeatable).")
    ] = None,
    limit: Annotated[int, typer.Option(min=1, max=500)] = 20,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """Search organisations, boards, task groups, people, plans and actions."""
    include_people = settings_for(store).include_people
    with opened_store(store) as handle:
        answer = search(handle, q, kind, limit, include_people=include_people)
    emit(answer, fmt, _search_table)
