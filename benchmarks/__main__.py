"""`python -m benchmarks [--sizes 1000,10000,100000] [--quick] [--stores embedded,neo4j]
[--sections ingest,queries,...]`: measure, write benchmarks/results/latest.json and refresh
the generated tables in docs/benchmarks.md."""

from __future__ import annotations

import argparse
import shlex
import sys
from pathlib import Path

from benchmarks.harness import SECTIONS, Options, main_log, run
from benchmarks.stores import STORES


def _list(text: str, allowed: tuple[str, ...] | None = None) -> list[str]:
    items = [item.strip() for item in text.split(",") if item.strip()]
    if allowed is not None:
        unknown = [item for item in items if item not in allowed]
        if unknown:
            raise argparse.ArgumentTypeError(
                f"unknown {', '.join(unknown)}: choose from {', '.join(allowed)}"
            )
    return items


def _sizes(text: str) -> list[int]:
    try:
        sizes = [int(item.replace("_", "")) for item in _list(text)]
    except ValueError:
        raise argparse.ArgumentTypeError(f"sizes must be whole numbers, not {text!r}") from None
    if not sizes or any(size < 1 for size in sizes):
        raise argparse.ArgumentTypeError("sizes must be at least 1")
    return sizes


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks",
        description="Measure Partnergraph at national scale against naive baselines.",
    )
    parser.add_argument(
        "--sizes", type=_sizes, default=[1000, 10_000, 100_000], help="actions per corpus"
    )
    parser.add_argument("--quick", action="store_true", help="fewer repetitions per figure")
    parser.add_argument(
        "--stores", type=lambda t: _list(t, STORES), default=list(STORES), help="embedded,neo4j"
    )
    parser.add_argument(
        "--sections",
        type=lambda t: _list(t, SECTIONS),
        default=list(SECTIONS),
        help=",".join(SECTIONS),
    )
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument(
        "--plan-actions",
        type=int,
        default=10_000,
        help="actions in the generated plan file for extraction throughput",
    )
    parser.add_argument("--output", type=Path, default=None, help="results JSON path")
    parser.add_argument(
        "--merge",
        action="store_true",
        help="keep earlier results for the sizes, stores and sections not measured now",
    )
    parser.add_argument("--no-doc", action="store_true", help="do not refresh docs/benchmarks.md")
    args = parser.parse_args(argv)
    options = Options(
        sizes=args.sizes,
        stores=args.stores,
        sections=args.sections,
        quick=args.quick,
        seed=args.seed,
        plan_actions=args.plan_actions,
        command="python -m benchmarks " + shlex.join(argv if argv is not None else sys.argv[1:]),
        log=main_log,
        merge=args.merge,
    )
    if args.output is not None:
        options.output = args.output
    if args.no_doc:
        options.doc = None
    run(options)
    return 0


if __name__ == "__main__":
    sys.exit(main())
