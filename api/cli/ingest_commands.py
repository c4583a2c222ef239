"""`extract`, `ingest`, `remove`, `demo`: plan files into the graph, and out again."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn

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
from api.routers.ingest import IngestResult, RemovalResult
from ingest.extraction import Extraction
from ingest.pipeline import (
    ReviewQueue,
    decide,
    extract,
    ingest_files,
    remove_plan,
    review_queue,
)

DEMO_STORE = ".partnergraph/demo"

orgs = typer.Typer(
    help="Organisations: review the merges ingest was unsure of.", no_args_is_help=True
)
app.add_typer(orgs, name="orgs")
EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "plans"


def _extraction_table(extraction: Extraction) -> None:
    plan = extraction.plan
    console.print(
        f"[bold]{plan.title}[/bold]  id={plan.id}  region={plan.region or '-'}  "
        f"owner={plan.owner or '-'}  period={plan.period or '-'}"
    )
    print_table(
        f"{len(extraction.actions)} actions",
        ["ref", "action", "lead", "partners", "due", "line"],
        [
            (
                a.ref,
                a.text[:70],
                ", ".join(x.name for x in a.leads) or (a.lead_pending and f"({a.lead_pending})"),
                len(a.partners),
                a.due or a.due_text,
                a.source.line,
            )
            for a in extraction.actions
        ],
    )
    print_table(
        f"{len(extraction.relations)} relations",
        ["from", "type", "to", "role"],
        [(r.from_, r.type, r.to, r.role) for r in extraction.relations],
    )
    for warning in extraction.warnings:
        err_console.print(f"[yellow]warning:[/yellow] {warning}")


@app.command("extract")
def extract_command(
    file: Annotated[Path, typer.Argument(help="A plan file: .txt, .md, .csv, .docx, .xlsx, .pdf")],
    fmt: FormatOption = OutputFormat.json,
) -> None:
    """Show what ingest reads from a plan file (plan, actions, entities, relations); stores nothing."""
    settings = settings_for(None)
    try:
        data = file.read_bytes()
    except OSError as exc:
        from ingest.pipeline import UnreadableFile

        raise UnreadableFile(f"{file.name}: cannot be read ({exc.strerror or exc})") from None
    emit(extract(data, file.name, settings), fmt, _extraction_table)


def _report_table(result: IngestResult) -> None:
    for item in result.files:
        if item.error:
            continue
        state = "unchanged" if item.unchanged else ("replaced" if item.replaced else "new")
        console.print(
            f"[green]ok[/green] {item.file}: {item.title} ({item.plan_id}) - {item.actions} actions, "
            f"{item.organisations_new} new and {item.organisations_merged} merged organisations, "
            f"{len(item.warnings)} warnings [{state}]"
        )
    totals = result.totals
    console.print(
        f"[bold]{totals['plans']} plans, {totals['actions']} actions, "
        f"{totals['organisations_new']} new and {totals['organisations_merged']} merged "
        f"organisations, {totals['warnings']} warnings, {totals['failed']} failed[/bold]"
    )


@app.command("ingest")
def ingest_command(
    files: Annotated[list[Path], typer.Argument(help="Plan files to ingest.")],
    store: StoreOption = None,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """Ingest plan files into the store, each in its own transaction; bad files are skipped."""
    settings = settings_for(store)
    with opened_store(store) as handle:
        if fmt == OutputFormat.table:
            with Progress(
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                console=err_console,
                transient=True,
            ) as bar:
                task = bar.add_task("ingesting", total=len(files))

                def advance(name: str, done: int, total: int) -> None:
                    bar.update(task, completed=done, description=f"ingesting {name}")

                report = ingest_files(files, handle, settings, progress=advance)
        else:
            report = ingest_files(files, handle, settings)
    result = IngestResult.of(report)
    emit(result, fmt, _report_table)
    for item in report.failed:
        err_console.print(f"partnergraph: error: {item.error}", markup=False, highlight=False)
    if report.failed:
        raise SystemExit(1)


@app.command("remove")
def remove_command(
    plan: Annotated[str, typer.Argument(help="The plan's id or its title.")],
    store: StoreOption = None,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """Remove one plan and whatever only it contributed; shared bodies stay."""
    with opened_store(store) as handle:
        result = RemovalResult.of(remove_plan(handle, plan))
    emit(
        result,
        fmt,
        lambda r: console.print(
            f"removed {r.plan_id}: {r.nodes_deleted} nodes and {r.edges_deleted} edges deleted"
        ),
    )


@app.command("demo")
def demo_command(
    store: Annotated[
        str, typer.Option("--store", help="Directory (or neo4j:// URI) for the demo graph.")
    ] = DEMO_STORE,
    port: Annotated[int, typer.Option(help="TCP port for the API and web UI.")] = 8000,
    serve: Annotated[
        bool, typer.Option("--serve/--no-serve", help="Serve the API and UI after ingesting.")
    ] = True,
) -> None:
    """Ingest the bundled sample plans, then serve the API and web UI on 127.0.0.1."""
    files = sorted(EXAMPLES.glob("*.txt"))
    settings = settings_for(store)
    with opened_store(store) as handle:
        report = ingest_files(files, handle, settings)
    _report_table(IngestResult.of(report))
    for item in report.failed:
        err_console.print(f"partnergraph: error: {item.error}", markup=False, highlight=False)
    if report.failed:
        raise SystemExit(1)
    if not serve:
        return
    import uvicorn

    from api.app import create_app
    from graphmodel import open_store

    handle = open_store(settings)
    console.print(f"serving http://127.0.0.1:{port}/ (Ctrl+C to stop)")
    uvicorn.run(create_app(settings, handle), host="127.0.0.1", port=port, log_level="warning")


def _queue_table(queue: ReviewQueue) -> None:
    print_table(
        f"{len(queue.proposals)} merge proposals ({queue.accepted} accepted, "
        f"{queue.rejected} rejected so far)",
        ["id", "mention", "might be", "score", "plan", "evidence"],
        [
            (p.id, p.mention, p.candidate_name, f"{p.score:.0f}", p.plan_id, "; ".join(p.evidence))
            for p in queue.proposals
        ],
    )


@orgs.command("review")
def review_command(
    accept: Annotated[
        str | None, typer.Option("--accept", help="Merge this proposal's names into one body.")
    ] = None,
    reject: Annotated[
        str | None, typer.Option("--reject", help="Keep this proposal's names apart.")
    ] = None,
    store: StoreOption = None,
    fmt: FormatOption = OutputFormat.table,
) -> None:
    """List merge proposals, or decide one; decisions are saved and respected by later ingests."""
    settings = settings_for(store)
    if accept and reject:
        raise typer.BadParameter("give --accept or --reject, not both")
    if accept or reject:
        outcome = decide(settings, accept or reject or "", accept=bool(accept))
        emit(outcome, fmt, lambda o: console.print(f"{o.decision}ed {o.proposal.id}: {o.note}"))
        return
    emit(review_queue(settings), fmt, _queue_table)
