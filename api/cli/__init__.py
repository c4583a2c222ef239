"""The `partnergraph` command: the API in a terminal.

Each group of commands lives in its own module and registers itself on `app`.
"""

from __future__ import annotations

import sys

import typer

from api.cli import (  # noqa: F401  (each module registers its commands on `app`)
    exchange_commands,
    ingest_commands,
    people_commands,
    query_commands,
    server_commands,
    visual_commands,
)
from api.cli.app import app
from graphmodel import PartnergraphError


def main(argv: list[str] | None = None) -> None:
    """Console entry point: domain errors become one line on stderr and exit status 1."""
    try:
        app(args=argv, standalone_mode=False)
    except PartnergraphError as exc:
        print(f"partnergraph: error: {exc.message}", file=sys.stderr)
        raise SystemExit(1) from None
    except typer.Abort:
        print("partnergraph: aborted", file=sys.stderr)
        raise SystemExit(130) from None
    except SystemExit:
        raise
    except Exception as exc:  # click usage errors arrive here in non-standalone mode
        import click

        if isinstance(exc, click.ClickException):
            exc.show()
            raise SystemExit(exc.exit_code) from None
        raise


__all__ = ["app", "main"]
