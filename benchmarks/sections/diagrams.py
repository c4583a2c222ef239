"""Diagram build time and HTML size (via `visualisations`), and how long headless Chromium
takes to draw the page, for a partner network of up to 5,000 nodes and 10,000 edges.

The diagram is the whole graph's partner network capped at 5,000 nodes; when the nodes kept
share more than 10,000 edges, the 10,000 heaviest are kept, so the page has the goal's shape.
The baseline builds the same nodes and edges with pyvis (its own vis.js inlined).
"""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from benchmarks.context import Context, need
from benchmarks.measure import Figure, Section, timed

NODES = 5000
EDGES = 10_000
GOAL_RENDER_SECONDS = 3.0
GOAL_HTML_SECONDS = 1.0
SETTLED = "[data-pg-diagram][data-settled=true]"


def run(ctx: Context, section: Section) -> None:
    partner_network, render_page = need("visualisations", "partner_network", "render_page")
    build_seconds, diagram = timed(lambda: partner_network(ctx.store, limit=NODES))
    if len(diagram.edges) > EDGES:
        heaviest = sorted(diagram.edges, key=lambda e: (-e.weight, e.source, e.target))[:EDGES]
        diagram = diagram.model_copy(update={"edges": tuple(heaviest)})
    html_seconds, html = timed(lambda: render_page(diagram, inline=True))
    page = Path(ctx.workdir) / f"network-{ctx.store_name}-{ctx.size}.html"
    page.write_text(html, encoding="utf-8")
    pyvis_seconds, pyvis_html = _pyvis(diagram)
    shape = f"{len(diagram.nodes):,} nodes, {len(diagram.edges):,} edges"
    section.add(
        Figure(
            name="partner network built from the store",
            value=build_seconds,
            unit="s",
            samples=1,
            note=f"whole graph, capped at {NODES:,} nodes ({diagram.total_nodes:,} before the cap)",
        )
    )
    section.add(
        Figure(
            name="HTML built",
            value=html_seconds,
            unit="s",
            goal=GOAL_HTML_SECONDS,
            baseline=pyvis_seconds,
            baseline_method="pyvis Network with the same nodes and edges, generate_html()",
            samples=1,
            note=shape,
        )
    )
    size = len(html.encode("utf-8"))
    section.add(
        Figure(
            name="HTML size",
            value=float(size),
            unit="bytes",
            baseline=float(len(pyvis_html.encode("utf-8"))),
            baseline_method="pyvis page with vis.js inlined",
            samples=1,
            note="standalone page with the script inlined",
        )
    )
    settle, reason = _settle(page)
    section.add(
        Figure(
            name="page drawn in headless Chromium",
            value=settle,
            unit="s",
            goal=GOAL_RENDER_SECONDS,
            samples=1 if settle is not None else 0,
            note=reason or f"{shape}, until the page marks its layout settled",
        )
    )
    page.unlink(missing_ok=True)
    section.details.update({"nodes": len(diagram.nodes), "edges": len(diagram.edges)})


def _pyvis(diagram: object) -> tuple[float | None, str]:
    try:
        from pyvis.network import Network
    except ImportError:
        return None, ""
    started = time.perf_counter()
    network = Network(cdn_resources="in_line")
    for node in diagram.nodes:  # type: ignore[attr-defined]
        network.add_node(node.id, label=node.label, title=node.label, value=node.size)
    for edge in diagram.edges:  # type: ignore[attr-defined]
        network.add_edge(edge.source, edge.target, value=edge.weight)
    html = network.generate_html()
    return time.perf_counter() - started, html


def _settle(page: Path) -> tuple[float | None, str]:
    """Seconds until the page says its layout settled, or why it could not be measured."""
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError:
        return None, "Playwright is not installed"
    try:
        from visualisations.bench import CHROMIUM, CHROMIUM_ARGS
    except ImportError:
        CHROMIUM, CHROMIUM_ARGS = "", ("--headless", "--no-sandbox")
    chromium = CHROMIUM if CHROMIUM and Path(CHROMIUM).exists() else shutil.which("chromium")
    if not chromium:
        return None, "no Chromium on this machine"
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium, args=list(CHROMIUM_ARGS))
            try:
                tab = browser.new_page(viewport={"width": 1280, "height": 900})
                started = time.perf_counter()
                tab.goto(page.as_uri())
                tab.wait_for_selector(SETTLED, state="attached", timeout=120_000)
                return time.perf_counter() - started, ""
            finally:
                browser.close()
    except Error as exc:
        return None, f"Chromium could not draw the page: {str(exc).splitlines()[0]}"
