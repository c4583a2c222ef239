"""Measurements for the benchmarks: how long a partner network diagram takes to build and
render, how big its page is, and how long the page takes to settle in a real browser.

Not tests: nothing here asserts a speed. `bench_build(n)` needs only the package;
`bench_settle(n)` also needs Playwright and Chromium (/usr/bin/chromium by default).
"""

from __future__ import annotations

import tempfile
import time
from pathlib import Path
from typing import Any

from graphmodel import (
    Edge,
    EdgeKind,
    EmbeddedStore,
    GraphStore,
    Node,
    NodeKind,
    Provenance,
    contribution,
)
from visualisations.diagram import MAX_NODES
from visualisations.partner_network import partner_network
from visualisations.render import render_page

SYNTHETIC_PLAN = "plan-synthetic-partnership"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
)


def synthetic_partnership(
    store: GraphStore, organisations: int, actions_per_org: int = 2, partners: int = 3
) -> GraphStore:
    """One plan with `organisations` organisations, each leading `actions_per_org` actions
    with `partners` partners picked by a fixed rule, so every run draws the same network."""
    plan = SYNTHETIC_PLAN
    prov = (Provenance(plan=plan, document="synthetic.txt", line=1),)
    nodes = [
        Node(
            id=plan,
            kind=NodeKind.PLAN,
            name="Synthetic partnership plan",
            properties={"region": "Synthetic region"},
            provenance=prov,
        )
    ]
    edges: dict[str, Edge] = {}
    for i in range(organisations):
        nodes.append(
            Node(
                id=f"org-synthetic-{i}",
                kind=NodeKind.ORGANISATION,
                name=f"Synthetic partner {i}",
                properties={"org_kind": "voluntary"},
                provenance=prov,
            )
        )
        for j in range(actions_per_org):
            action = f"act-synthetic-{i}-{j}"
            nodes.append(
                Node(
                    id=action,
                    kind=NodeKind.ACTION,
                    name=f"Synthetic action {i}.{j}",
                    properties={"ref": f"{i}.{j}", "plan": plan},
                    provenance=prov,
                )
            )
            lead = Edge(
                source=f"org-synthetic-{i}", target=action, kind=EdgeKind.LEADS, provenance=prov
            )
            edges[lead.id] = lead
            for k in range(1, partners + 1):
                other = (i * 7 + j * 13 + k * 31) % organisations
                if other != i:
                    edge = Edge(
                        source=f"org-synthetic-{other}",
                        target=action,
                        kind=EdgeKind.PARTNER_IN,
                        provenance=prov,
                    )
                    edges[edge.id] = edge
    store.write(contribution(plan, nodes, edges.values()))
    return store


def bench_build(n_nodes: int, limit: int = MAX_NODES) -> dict[str, Any]:
    """Build and render the partner network of `n_nodes` organisations (a diagram keeps at
    most `limit` of them); returns seconds taken and the page size in bytes."""
    with tempfile.TemporaryDirectory() as directory:
        store = synthetic_partnership(EmbeddedStore(Path(directory) / "store"), n_nodes)
        started = time.perf_counter()
        diagram = partner_network(store, plan=SYNTHETIC_PLAN, limit=limit)
        built = time.perf_counter()
        html = render_page(diagram, inline=True)
        rendered = time.perf_counter()
        store.close()
    return {
        "organisations": n_nodes,
        "drawn_nodes": len(diagram.nodes),
        "drawn_edges": len(diagram.edges),
        "build_seconds": round(built - started, 4),
        "render_seconds": round(rendered - built, 4),
        "html_bytes": len(html.encode("utf-8")),
    }


def bench_settle(n_nodes: int, timeout_seconds: float = 120.0) -> dict[str, Any]:
    """Open the standalone page of an `n_nodes` partner network in headless Chromium and time
    how long until its layout has settled (physics stopped and the network drawn)."""
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as directory:
        store = synthetic_partnership(EmbeddedStore(Path(directory) / "store"), n_nodes)
        page_file = Path(directory) / "network.html"
        page_file.write_text(render_page(partner_network(store, plan=SYNTHETIC_PLAN)))
        store.close()
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            try:
                page = browser.new_page(viewport={"width": 1280, "height": 900})
                started = time.perf_counter()
                page.goto(page_file.as_uri())
                page.wait_for_selector(
                    "[data-pg-diagram][data-settled=true]",
                    state="attached",
                    timeout=timeout_seconds * 1000,
                )
                settled = time.perf_counter() - started
                drawn = page.evaluate("window.partnergraph.diagrams.diagram.nodes.length")
            finally:
                browser.close()
    return {"organisations": n_nodes, "drawn_nodes": drawn, "settle_seconds": round(settled, 2)}
