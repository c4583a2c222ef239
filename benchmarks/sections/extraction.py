"""Extraction throughput (via `ingest.pipeline.extract`): actions read per second from the
five sample plans and from a generated plan written as text, Word, Excel and CSV.

The baseline is the reader alone (`ingest.readers.read_document`): the floor any extractor
pays to get the cells out, so the ratio (below 1) says how much the table roles, cell parsing
and name resolution add on top. The share of the generated plan's actions extraction finds
is reported beside each format.
"""

from __future__ import annotations

from pathlib import Path

from benchmarks import planfiles
from benchmarks.context import Context, need
from benchmarks.measure import Figure, Section, timed
from graphmodel import Settings

SAMPLES = Path(__file__).resolve().parent.parent.parent / "examples" / "plans"


def _measure(
    extract: object, read_document: object, data: bytes, name: str, settings: Settings
) -> tuple[float, float, int]:
    read_seconds, _ = timed(lambda: read_document(data, name))  # type: ignore[operator]
    seconds, extraction = timed(lambda: extract(data, name, settings))  # type: ignore[operator]
    return seconds, read_seconds, len(extraction.actions)


def run(ctx: Context, section: Section) -> None:
    extract = need("ingest.pipeline", "extract")
    read_document = need("ingest.readers", "read_document")
    settings = Settings(store=str(Path(ctx.workdir) / "extraction-store"))
    samples = sorted(SAMPLES.glob("*.txt"))
    total_seconds = total_read = 0.0
    total_actions = 0
    per_sample = {}
    for path in samples:
        seconds, read_seconds, actions = _measure(
            extract, read_document, path.read_bytes(), path.name, settings
        )
        total_seconds += seconds
        total_read += read_seconds
        total_actions += actions
        per_sample[path.name] = {"actions": actions, "seconds": round(seconds, 4)}
    section.add(
        Figure(
            name="five sample plans",
            value=total_actions / total_seconds if total_seconds else None,
            unit="actions/s",
            better="higher",
            baseline=total_actions / total_read if total_read else None,
            baseline_method="the reader alone (read_document), same files",
            samples=len(samples),
            note=f"{total_actions} actions in {total_seconds:.2f} s",
        )
    )
    files = planfiles.write(ctx.corpus, Path(ctx.workdir) / "planfiles")
    found = {}
    for fmt, path in files.items():
        data = path.read_bytes()
        try:
            seconds, read_seconds, actions = _measure(
                extract, read_document, data, path.name, settings
            )
        except Exception as exc:
            section.add(
                Figure(
                    name=f"generated plan, .{fmt}",
                    value=None,
                    unit="actions/s",
                    better="higher",
                    note=f"{type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}",
                )
            )
            continue
        found[fmt] = {
            "actions_written": ctx.corpus.actions,
            "actions_extracted": actions,
            "bytes": len(data),
            "seconds": round(seconds, 3),
        }
        section.add(
            Figure(
                name=f"generated plan, .{fmt}",
                value=actions / seconds if seconds else None,
                unit="actions/s",
                better="higher",
                baseline=actions / read_seconds if read_seconds and actions else None,
                baseline_method="the reader alone (read_document), same files",
                samples=1,
                note=f"{actions:,} of {ctx.corpus.actions:,} actions extracted in "
                f"{seconds:.2f} s from {len(data):,} bytes",
            )
        )
        path.unlink(missing_ok=True)
    section.details.update({"samples": per_sample, "generated": found})
