"""Big networks stay usable: beyond the cap a diagram keeps the best-connected nodes and
says so on the page."""

from __future__ import annotations

from graphmodel import GraphStore
from visualisations import MAX_NODES, partner_network, render_fragment
from visualisations.bench import SYNTHETIC_PLAN, bench_build, synthetic_partnership


def test_a_network_over_the_cap_keeps_the_limit_and_says_so(embedded_store: GraphStore) -> None:
    synthetic_partnership(embedded_store, 300)
    diagram = partner_network(embedded_store, plan=SYNTHETIC_PLAN, limit=120)
    assert len(diagram.nodes) == 120
    assert diagram.total_nodes == 300
    assert diagram.notes == (
        "Showing the 120 best-connected of 300 nodes to keep the diagram usable; narrow it "
        "by region, plan or organisation to see the rest.",
    )
    kept = {n.id for n in diagram.nodes}
    assert all(e.source in kept and e.target in kept for e in diagram.edges)
    assert "Showing the 120 best-connected of 300 nodes" in render_fragment(diagram)


def test_the_kept_nodes_are_the_best_connected(embedded_store: GraphStore) -> None:
    synthetic_partnership(embedded_store, 200)
    full = partner_network(embedded_store, plan=SYNTHETIC_PLAN)
    degree: dict[str, float] = {}
    for edge in full.edges:
        for end in (edge.source, edge.target):
            degree[end] = degree.get(end, 0) + edge.weight
    capped = partner_network(embedded_store, plan=SYNTHETIC_PLAN, limit=50)
    weakest_kept = min(degree.get(n.id, 0) for n in capped.nodes)
    dropped = {n.id for n in full.nodes} - {n.id for n in capped.nodes}
    assert all(degree.get(d, 0) <= weakest_kept for d in dropped)


def test_under_the_cap_nothing_is_dropped(embedded_store: GraphStore) -> None:
    synthetic_partnership(embedded_store, 40)
    diagram = partner_network(embedded_store, plan=SYNTHETIC_PLAN)
    assert len(diagram.nodes) == diagram.total_nodes == 40
    assert diagram.notes == ()
    assert MAX_NODES >= 1000


def test_bench_build_reports_time_and_page_size() -> None:
    result = bench_build(50)
    assert result["organisations"] == result["drawn_nodes"] == 50
    assert result["html_bytes"] > 400_000
    assert set(result) >= {"build_seconds", "render_seconds", "drawn_edges"}
