"""The diagram model every builder returns and the page renderer draws.

A `Diagram` is plain data (no HTML), so builders are pure and testable, and the same diagram
can be rendered as a standalone file, embedded in a web page, or inspected as JSON.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from pydantic import BaseModel, ConfigDict, Field

from graphmodel import Node, Provenance

#: Beyond this many nodes a diagram keeps the best-connected ones and says so on the page.
MAX_NODES = 2000
#: How many provenance entries a tooltip lists before summarising the rest.
MAX_SOURCES = 4


class DiagramNode(BaseModel):
    model_config = ConfigDict(frozen=True)

    id: str
    #: What the canvas shows: the name, shortened when long.
    label: str
    kind: str
    #: The full name or text, for the tooltip and the search box, when the label shortens it.
    name: str = ""
    #: Drawn size; the number of actions an organisation takes part in, for example.
    size: float = 1.0
    status: str | None = None
    #: Tooltip lines after the name and kind, as plain text.
    details: tuple[str, ...] = ()
    #: "plan, line N" per statement the node came from.
    sources: tuple[str, ...] = ()
    #: A page of the web UI about this node, when there is one.
    url: str | None = None


class DiagramEdge(BaseModel):
    model_config = ConfigDict(frozen=True)

    source: str
    target: str
    kind: str
    weight: float = 1.0
    details: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()


class Diagram(BaseModel):
    """One diagram: what is drawn, what it is called, and what was left out."""

    model_config = ConfigDict(frozen=True)

    #: network, ego, withdrawal or overlaps.
    kind: str
    title: str
    description: str = ""
    nodes: tuple[DiagramNode, ...] = ()
    edges: tuple[DiagramEdge, ...] = ()
    #: Sentences shown above the diagram, e.g. that it was capped.
    notes: tuple[str, ...] = ()
    #: Nodes before any cap, so pages can say "2,000 of 12,345".
    total_nodes: int = 0
    #: Path of this diagram in the web app, so it can be shared.
    url: str | None = None
    #: Base name for exported files.
    filename: str = Field(default="partnergraph-diagram", pattern=r"^[a-z0-9-]+$")


def source_lines(provenance: Sequence[Provenance]) -> tuple[str, ...]:
    """Provenance as short readable lines for tooltips, the first few then a count."""
    lines = []
    for p in provenance[:MAX_SOURCES]:
        line = f", line {p.line}" if p.line is not None else ""
        stem = p.document.rsplit("/", 1)[-1].rsplit(".", 1)[0]
        document = "" if stem and stem in p.plan else f" ({p.document})"
        extra = f", confidence {p.confidence:.0%}" if p.confidence < 1.0 else ""
        lines.append(f"{p.plan}{line}{document}{extra}")
    if len(provenance) > MAX_SOURCES:
        lines.append(f"and {len(provenance) - MAX_SOURCES} more sources")
    return tuple(lines)


def node_details(node: Node) -> tuple[str, ...]:
    """The few properties worth a tooltip line, per kind, in the plans' own words."""
    lines: list[str] = []
    ref = node.get("ref")
    if ref:
        lines.append(f"Ref {ref}")
    for key, label in (
        ("acronym", "Also known as"),
        ("org_kind", "Type"),
        ("role", "Role"),
        ("theme", "Theme"),
        ("due_text", "Due"),
        ("status", "Status"),
        ("region", "Region"),
        ("period", "Period"),
    ):
        value = node.get(key)
        if value not in (None, "", []):
            shown = str(value).replace("_", " ") if key == "org_kind" else str(value)
            lines.append(f"{label}: {shown}")
    text = node.get("text")
    if isinstance(text, str) and text and text != node.name:
        lines.append(text if len(text) <= 200 else text[:197] + "...")
    return tuple(lines)


def plural(count: int, word: str, words: str | None = None) -> str:
    return f"{count:,} {word if count == 1 else (words or word + 's')}"


def short_label(text: str, limit: int = 48) -> str:
    """Long action texts make unreadable canvases; the tooltip keeps the whole text."""
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def capped(
    nodes: Sequence[DiagramNode],
    edges: Sequence[DiagramEdge],
    keep: Iterable[str] = (),
    limit: int = MAX_NODES,
) -> tuple[tuple[DiagramNode, ...], tuple[DiagramEdge, ...], tuple[str, ...]]:
    """Keep at most `limit` nodes, the `keep` ones first then the best connected.

    Returns the kept nodes, the edges between them, and a note saying what was left out.
    """
    if len(nodes) <= limit:
        return tuple(nodes), tuple(edges), ()
    degree: dict[str, float] = {}
    for edge in edges:
        degree[edge.source] = degree.get(edge.source, 0) + edge.weight
        degree[edge.target] = degree.get(edge.target, 0) + edge.weight
    pinned = set(keep)
    ranked = sorted(
        nodes,
        key=lambda n: (n.id not in pinned, -degree.get(n.id, 0.0), -n.size, n.id),
    )
    kept = tuple(ranked[:limit])
    ids = {n.id for n in kept}
    kept_edges = tuple(e for e in edges if e.source in ids and e.target in ids)
    note = (
        f"Showing the {limit:,} best-connected of {len(nodes):,} nodes to keep the diagram "
        "usable; narrow it by region, plan or organisation to see the rest."
    )
    return kept, kept_edges, (note,)
