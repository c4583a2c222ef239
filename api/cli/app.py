"""The Typer application every command module registers itself on."""

from __future__ import annotations

import typer

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
