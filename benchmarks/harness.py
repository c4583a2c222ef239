"""One run: for each size, generate the corpus, then on each store load it and run every
section; each section imports what it measures lazily, so code not there yet is reported as
"not available" instead of stopping the run."""

from __future__ import annotations

import gc
import json
import os
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from contextlib import ExitStack
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from benchmarks import machine, report
from benchmarks.context import Context
from benchmarks.generator import generate
from benchmarks.measure import Section, Unavailable, section_clock
from benchmarks.sections import api, diagrams, exchange, extraction, ingest, overlaps, queries
from benchmarks.stores import STORES, StoreHandle, embedded_handle, neo4j_handle, neo4j_server

Runner = Callable[[Context, Section], None]

#: Per-store sections in the order they run: ingest loads the store, overlap detection stores
#: SIMILAR_TO edges that queries read back, and exchange (which re-imports) comes last.
STORE_SECTIONS: dict[str, Runner] = {
    "ingest": ingest.run,
    "overlaps": overlaps.run,
    "queries": queries.run,
    "api": api.run,
    "diagrams": diagrams.run,
    "exchange": exchange.run,
}
#: Sections that measure no store.
PLAIN_SECTIONS: dict[str, Runner] = {"extraction": extraction.run}
SECTIONS = (*STORE_SECTIONS, *PLAIN_SECTIONS)


@dataclass
class Options:
    sizes: list[int] = field(default_factory=lambda: [1000, 10_000, 100_000])
    stores: list[str] = field(default_factory=lambda: list(STORES))
    sections: list[str] = field(default_factory=lambda: list(SECTIONS))
    quick: bool = False
    seed: int = 2024
    plan_actions: int = 10_000
    output: Path = report.RESULTS
    doc: Path | None = report.DOC
    command: str = "python -m benchmarks"
    #: Keep the earlier results of sizes, stores and sections this run does not measure.
    merge: bool = False
    log: Callable[[str], None] = print


def _run_section(name: str, runner: Runner, ctx: Context, log: Callable[[str], None]) -> Section:
    section = Section(name)
    section.details["load_average_at_start"] = [round(x, 2) for x in os.getloadavg()]
    log(f"  {name} ({ctx.size:,} actions, {ctx.store_name}) ...")
    with section_clock(section):
        try:
            runner(ctx, section)
        except Unavailable as exc:
            section.status = "not available"
            section.reason = str(exc)
        except Exception as exc:
            section.status = "failed"
            section.reason = f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"
            section.details["traceback"] = traceback.format_exc().splitlines()[-8:]
    log(f"    {section.status} in {section.seconds:.1f} s {section.reason}".rstrip())
    for figure in section.figures:
        value = "–" if figure.value is None else f"{figure.value:,.4g}"
        ratio = "" if figure.ratio is None else f" ({figure.ratio:,.3g}x baseline)"
        met = {True: " goal met", False: " goal MISSED", None: ""}[figure.met]
        log(f"      {figure.name}: {value} {figure.unit}{ratio}{met}")
    return section


def measure_store(
    ctx: Context, names: list[str], log: Callable[[str], None] = print
) -> list[Section]:
    """Run the named per-store sections on the context's store, in their fixed order. The
    store is loaded with the corpus first (measured by the ingest section when it runs)."""
    chosen = [name for name in STORE_SECTIONS if name in names]
    if "ingest" not in chosen:
        ctx.store.clear()
        for plan in ctx.corpus.contributions:
            ctx.store.write(plan)
    return [_run_section(name, STORE_SECTIONS[name], ctx, log) for name in chosen]


def measure_plain(
    ctx: Context, names: list[str], log: Callable[[str], None] = print
) -> list[Section]:
    """Run the named sections that measure no store."""
    return [_run_section(n, PLAIN_SECTIONS[n], ctx, log) for n in PLAIN_SECTIONS if n in names]


def run(options: Options) -> dict[str, Any]:
    started = time.perf_counter()
    log = options.log
    results: dict[str, Any] = {
        "command": options.command,
        "started_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "options": {
            "sizes": options.sizes,
            "stores": options.stores,
            "sections": options.sections,
            "quick": options.quick,
            "seed": options.seed,
            "plan_actions": options.plan_actions,
        },
        "machine": machine.describe(),
        "neo4j": None,
        "corpora": [],
        "runs": [],
    }
    previous = None
    if options.merge and options.output.exists():
        previous = json.loads(options.output.read_text(encoding="utf-8"))
    workdir = Path(tempfile.mkdtemp(prefix="partnergraph-bench-"))
    store_sections = [s for s in STORE_SECTIONS if s in options.sections]
    try:
        with ExitStack() as stack:
            server = None
            for size in options.sizes if store_sections else []:
                log(f"generating {size:,} actions (seed {options.seed}) ...")
                corpus = generate(size, options.seed)
                results["corpora"].append(corpus.describe())
                # The corpus lives for the whole size; keep the collector from rescanning it.
                gc.collect()
                gc.freeze()
                for store_name in options.stores:
                    with ExitStack() as per_store:
                        handle: StoreHandle
                        if store_name == "neo4j":
                            if server is None:
                                log("starting Neo4j ...")
                                server = stack.enter_context(neo4j_server())
                            handle = per_store.enter_context(neo4j_handle(server, workdir))
                            if results["neo4j"] is None:
                                results["neo4j"] = machine.neo4j_description(handle.store)
                        else:
                            handle = per_store.enter_context(embedded_handle(workdir))
                        ctx = Context(size, corpus, handle, workdir, options.quick, options.seed)
                        sections = measure_store(ctx, store_sections, log)
                        results["runs"].append(
                            {
                                "actions": size,
                                "store": store_name,
                                "sections": [s.as_dict() for s in sections],
                            }
                        )
                        _save(results, options, started, previous)
                gc.unfreeze()
                del corpus
                gc.collect()
        if any(name in options.sections for name in PLAIN_SECTIONS):
            corpus = generate(options.plan_actions, options.seed)
            ctx = Context(options.plan_actions, corpus, None, workdir, options.quick, options.seed)
            sections = measure_plain(ctx, options.sections, log)
            results["runs"].append(
                {
                    "actions": options.plan_actions,
                    "store": "none",
                    "sections": [s.as_dict() for s in sections],
                }
            )
        _save(results, options, started, previous)
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
    return results


def _save(
    results: dict[str, Any], options: Options, started: float, previous: dict[str, Any] | None
) -> None:
    results["finished_at"] = datetime.now(UTC).isoformat(timespec="seconds")
    results["seconds"] = round(time.perf_counter() - started, 1)
    if previous is not None:
        results = report.merged(previous, results)
    report.write_json(results, options.output)
    if options.doc is not None:
        report.write_doc(results, options.doc)


def main_log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)
