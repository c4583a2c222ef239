"""Diagrams to HTML with Partnergraph's own template (not pyvis's page, which leaves names,
ids and options unescaped and loads scripts from CDNs).

Plan text reaches the page two ways only: through autoescaped Jinja2 expressions, and inside
a `<script type="application/json">` block whose JSON has `<`, `>`, `&`, U+2028 and U+2029
escaped, so no value can close the block. The script turns it into DOM text, never HTML.
Rendering is a pure function of the diagram: nothing is written anywhere.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Any

import orjson
from jinja2 import Environment, PackageLoader, StrictUndefined
from markupsafe import Markup

from visualisations.appearance import (
    EDGE_STYLES,
    NODE_STYLES,
    STATUS_STYLES,
    edge_style,
    node_style,
)
from visualisations.assets import inline_asset
from visualisations.diagram import Diagram

_DOM_ID = re.compile(r"^[a-z][a-z0-9-]{0,40}$")
_JSON_ESCAPES = {
    ord("<"): "\\u003c",
    ord(">"): "\\u003e",
    ord("&"): "\\u0026",
    0x2028: "\\u2028",
    0x2029: "\\u2029",
}
#: Diagrams whose edges have a direction worth an arrowhead.
DIRECTED_KINDS = frozenset({"ego", "withdrawal"})


@cache
def _environment() -> Environment:
    return Environment(
        loader=PackageLoader("visualisations", "templates"),
        autoescape=True,
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )


def embed_json(data: Any) -> Markup:
    """JSON that is safe inside any <script> element: it cannot end the element, open a
    comment, or break a JavaScript string with a line separator."""
    return Markup(orjson.dumps(data).decode("utf-8").translate(_JSON_ESCAPES))


def _ordered(present: set[str], table: dict[str, Any]) -> list[str]:
    known = [str(k) for k in table if k in present]
    return known + sorted(present - set(known))


def diagram_payload(diagram: Diagram) -> dict[str, Any]:
    """What the page script needs: nodes, edges, and the styles of the kinds present."""
    kinds = {n.kind for n in diagram.nodes}
    statuses = {n.status for n in diagram.nodes if n.status}
    edge_kinds = {e.kind for e in diagram.edges}
    return {
        "filename": diagram.filename,
        "directed": diagram.kind in DIRECTED_KINDS,
        "nodes": [n.model_dump(mode="json", exclude_defaults=True) for n in diagram.nodes],
        "edges": [e.model_dump(mode="json", exclude_defaults=True) for e in diagram.edges],
        "kinds": {k: vars(node_style(k)) for k in _ordered(kinds, NODE_STYLES)},
        "statuses": {s: vars(STATUS_STYLES[s]) for s in _ordered(statuses, STATUS_STYLES)},
        "edgeKinds": {k: vars(edge_style(k)) for k in _ordered(edge_kinds, EDGE_STYLES)},
    }


def render_fragment(
    diagram: Diagram, *, dom_id: str = "diagram", show_title: bool = True
) -> Markup:
    """The diagram's section for embedding in a page that also loads the static assets."""
    if not _DOM_ID.match(dom_id):
        raise ValueError(f"diagram element id {dom_id!r} must be lower-case letters, digits, -")
    payload = diagram_payload(diagram)
    html = (
        _environment()
        .get_template("diagram.html.j2")
        .render(
            diagram=diagram,
            dom_id=dom_id,
            show_title=show_title,
            payload=embed_json(payload),
            kinds=[(k, node_style(k)) for k in payload["kinds"]],
            edge_kinds=[(k, edge_style(k)) for k in payload["edgeKinds"]],
            statuses=[(s, STATUS_STYLES[s]) for s in payload["statuses"]],
        )
    )
    return Markup(html)


def render_page(diagram: Diagram, *, inline: bool = True, static_prefix: str = "/static") -> str:
    """A whole HTML document. `inline` puts the scripts and styles in the page, so the file
    works on its own offline (about 480 kB of script); otherwise they come from the app."""
    template = _environment().get_template("page.html.j2")
    return template.render(
        diagram=diagram,
        fragment=render_fragment(diagram),
        inline=inline,
        static_prefix=static_prefix,
        css=inline_asset("diagram.css") if inline else "",
        vis_js=inline_asset("vis-network.min.js") if inline else "",
        diagram_js=inline_asset("diagram.js") if inline else "",
    )
