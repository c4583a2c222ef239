"""Rendering the UI's pages: one Jinja2 environment with autoescaping on for every template,
and the helpers templates share (links, numbers, plan sources)."""

from __future__ import annotations

from functools import cache
from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse
from jinja2 import Environment, PackageLoader, StrictUndefined

from visualisations import links

#: The UI's sections, for the navigation bar: (path, label).
SECTIONS = (
    ("/ui", "Home"),
    ("/ui/organisations", "Organisations"),
    ("/ui/network", "Partner network"),
    ("/ui/withdrawal", "Withdrawal what-if"),
    ("/ui/overlaps", "Overlaps"),
    ("/ui/upload", "Upload a plan"),
)


def _count(value: int) -> str:
    return f"{value:,}"


def _source(source: Any) -> str:
    """A `SourceRef` as "file, line N" for the tables' source column."""
    if source is None:
        return ""
    where = source.file or source.plan or ""
    return f"{where}, line {source.line}" if source.line is not None else where


@cache
def environment() -> Environment:
    env = Environment(
        loader=PackageLoader("api.web", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals["links"] = links
    env.globals["sections"] = SECTIONS
    env.filters["count"] = _count
    env.filters["source"] = _source
    return env


def page(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    """Render `template` with `context`; `path` marks the current section in the navigation."""
    html = environment().get_template(template).render(path=request.url.path, **context)
    return HTMLResponse(html, status_code=status_code)
