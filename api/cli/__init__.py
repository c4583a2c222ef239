"""The `partnergraph` command: the API in a terminal.

Each group of commands lives in its own module and registers itself on `app`.
"""

from __future__ import annotations

import sys

import typer

from graphmodel import PartnergraphError

app = typer.Typer(
    name="partnergraph",
    help="Turn partnership action plans into a knowledge graph you can question and explore.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


@app.callback()
def _root() -> None:
    """Turn partnership action plans into a knowledge graph you can question and explore."""


from api.cli import query_commands, server_commands  # noqa: E402,F401  (registers commands on `app`)
from api.cli import exchange_commands  # noqa: E402,F401
from api.cli import ingest_commands  # noqa: E402,F401
from api.cli import visual_commands  # noqa: E402,F401


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
