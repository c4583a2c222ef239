"""`visualise network|ego|withdrawal|overlaps`: the web UI's diagrams as standalone HTML
files (scripts inside, nothing fetched) for reports and e-mail."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from api.cli.app import app
from api.cli.common import StoreOption, err_console, opened_store, settings_for
from queries import DEFAULT_MIN_SCORE
from visualisations import (
    MAX_NODES,
    Diagram,
    DiagramNotWritten,
    ego_network,
    overlaps_map,
    partner_network,
    render_page,
    withdrawal_scenario,
)

visualise_app = typer.Typer(
    help="Write interactive partner network diagrams as standalone HTML files.",
    no_args_is_help=True,
)
app.add_typer(visualise_app, name="visualise")

OutOption = Annotated[
    str,
    typer.Option("--out", "-o", help="HTML file to write, or - for standard output."),
]
LimitOption = Annotated[
    int, typer.Option("--limit", min=10, help="Most nodes to draw; the best connected are kept.")
]


def _write(diagram: Diagram, out: str) -> None:
    html = render_page(diagram, inline=True)
    if out == "-":
        sys.stdout.write(html)
        return
    target = Path(out)
    try:
        target.write_text(html, encoding="utf-8")
    except OSError as exc:
        raise DiagramNotWritten(f"cannot write {out}: {exc.strerror or exc}") from None
    shown = f"{len(diagram.nodes):,} nodes and {len(diagram.edges):,} links"
    capped = f" (of {diagram.total_nodes:,})" if diagram.total_nodes > len(diagram.nodes) else ""
    err_console.print(
        f"wrote {out}: {diagram.title}, {shown}{capped}", highlight=False, soft_wrap=True
    )


@visualise_app.command("network")
def network(
    out: OutOption,
    region: Annotated[str | None, typer.Option(help="Region name or id.")] = None,
    plan: Annotated[str | None, typer.Option(help="Plan id or title.")] = None,
    limit: LimitOption = MAX_NODES,
    store: StoreOption = None,
) -> None:
    """Partners joined by the actions they share, in one region, one plan, or all plans."""
    people = settings_for(store).include_people
    with opened_store(store) as graph:
        diagram = partner_network(
            graph, region=region, plan=plan, include_people=people, limit=limit
        )
    _write(diagram, out)


@visualise_app.command("ego")
def ego(
    organisation: Annotated[str, typer.Argument(help="Id, name, alias or acronym.")],
    out: OutOption,
    limit: LimitOption = MAX_NODES,
    store: StoreOption = None,
) -> None:
    """One organisation's actions, outcomes, co-partners and boards."""
    people = settings_for(store).include_people
    with opened_store(store) as graph:
        diagram = ego_network(graph, organisation, include_people=people, limit=limit)
    _write(diagram, out)


@visualise_app.command("withdrawal")
def withdrawal(
    organisations: Annotated[
        list[str], typer.Argument(help="Ids, names or acronyms of those who withdraw.")
    ],
    out: OutOption,
    limit: LimitOption = MAX_NODES,
    store: StoreOption = None,
) -> None:
    """What a withdrawal leaves undone: orphaned actions and outcomes at risk highlighted."""
    people = settings_for(store).include_people
    with opened_store(store) as graph:
        diagram = withdrawal_scenario(graph, organisations, include_people=people, limit=limit)
    _write(diagram, out)


@visualise_app.command("overlaps")
def overlaps(
    out: OutOption,
    region: Annotated[str | None, typer.Option(help="Keep pairs touching this region.")] = None,
    theme: Annotated[str | None, typer.Option(help="Keep pairs whose theme has this.")] = None,
    min_score: Annotated[
        float, typer.Option("--min-score", help="Least similarity, above 0 and at most 1.")
    ] = DEFAULT_MIN_SCORE,
    limit: LimitOption = MAX_NODES,
    store: StoreOption = None,
) -> None:
    """Clusters of similar actions across plans and regions."""
    with opened_store(store) as graph:
        diagram = overlaps_map(graph, region=region, theme=theme, min_score=min_score, limit=limit)
    _write(diagram, out)
