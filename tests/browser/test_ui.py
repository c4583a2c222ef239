"""The web UI in a real headless Chromium over the five sample plans: search, diagrams,
withdrawal scenarios, overlaps, uploads, and hostile organisation names shown as text."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from queries import resolve_actor, withdrawal
from tests.browser.conftest import PageProblems
from tests.browser.live import EXAMPLES, HOSTILE_ID, HOSTILE_NAME, UPLOAD_LIMIT, LiveApp
from visualisations import ego_network, partner_network

pytestmark = pytest.mark.browser

SETTLED = "[data-pg-diagram][data-settled='true']"
DIAGRAM = "window.partnergraph.diagrams.diagram"


def wait_settled(page) -> None:  # type: ignore[no-untyped-def]
    page.wait_for_selector(SETTLED, state="attached", timeout=30_000)


def drawn_count(page) -> int:  # type: ignore[no-untyped-def]
    return page.evaluate(f"{DIAGRAM}.nodes.length")


def click_node(page, node_id: str) -> None:  # type: ignore[no-untyped-def]
    """Click a node where the network drew it."""
    page.locator(".pg-canvas").scroll_into_view_if_needed()
    point = page.evaluate(
        """id => {
            const d = window.partnergraph.diagrams.diagram;
            d.network.focus(id, {scale: 1.5, animation: false});
            const p = d.network.canvasToDOM(d.network.getPositions([id])[id]);
            const box = document.querySelector('.pg-canvas').getBoundingClientRect();
            return {x: box.left + p.x, y: box.top + p.y};
        }""",
        node_id,
    )
    page.mouse.click(point["x"], point["y"])


def test_home_page_summarises_the_sample_plans(page, live: LiveApp) -> None:  # type: ignore[no-untyped-def]
    page.goto("/")
    assert page.url.endswith("/ui")
    assert page.locator("h1").inner_text() == "Partnership plans at a glance"
    assert page.locator("table tbody tr").count() == 6
    assert page.get_by_text("London Enriched", exact=False).count() >= 1
    title = "Hostile names test plan </script><script>alert(2)</script>"
    assert page.get_by_role("cell", name=title, exact=True).count() == 1


def test_search_an_organisation_and_open_its_diagram(page, live: LiveApp) -> None:  # type: ignore[no-untyped-def]
    page.goto("/ui")
    page.fill("#q", "Refugee Council")
    page.press("#q", "Enter")
    page.wait_for_url(re.compile(r"/ui/organisations\?q=Refugee"))
    page.get_by_role("link", name="Refugee Council", exact=True).click()
    assert page.locator("h1").inner_text() == "Refugee Council"
    wait_settled(page)
    council = resolve_actor(live.store, "Refugee Council")
    expected = ego_network(live.store, council.id)
    assert drawn_count(page) == len(expected.nodes) > 5
    assert page.evaluate(f"{DIAGRAM}.edges.length") == len(expected.edges)
    status = page.locator(".pg-status").inner_text()
    assert status == f"{len(expected.nodes)} of {len(expected.nodes)} nodes and " + (
        f"{len(expected.edges)} of {len(expected.edges)} links shown."
    )


def test_diagram_find_filter_highlight_and_export(page, live: LiveApp) -> None:  # type: ignore[no-untyped-def]
    council = resolve_actor(live.store, "Refugee Council")
    diagram = ego_network(live.store, council.id)
    page.goto(f"/ui/organisations/{council.id}")
    wait_settled(page)
    partner = next(n for n in diagram.nodes if n.kind == "Organisation" and n.id != council.id)
    page.fill("#diagram-find", partner.name or partner.label)
    page.press("#diagram-find", "Enter")
    expect(page.locator(".pg-status")).to_contain_text("match")
    assert partner.id in page.evaluate(f"{DIAGRAM}.network.getSelectedNodes()")

    actions = sum(1 for n in diagram.nodes if n.kind == "Action")
    page.get_by_label("Action", exact=True).uncheck()
    assert page.evaluate(f"{DIAGRAM}.nodeView.length") == len(diagram.nodes) - actions
    page.get_by_label("Action", exact=True).check()
    assert page.evaluate(f"{DIAGRAM}.nodeView.length") == len(diagram.nodes)

    page.get_by_role("button", name="Reset view").click()
    click_node(page, council.id)
    expect(page.locator(".pg-status")).to_contain_text(re.compile(r"\d+ neighbours? highlighted"))
    dimmed = page.evaluate(
        f"{DIAGRAM}.nodes.get().filter(n => n.color.background.startsWith('rgba')).length"
    )
    assert 0 <= dimmed < len(diagram.nodes)

    png = page.evaluate(f"{DIAGRAM}.exportPng()")
    assert png.startswith("data:image/png;base64,") and len(png) > 5_000
    with page.expect_download() as download:
        page.get_by_role("button", name="Export PNG").click()
    assert download.value.suggested_filename == f"{diagram.filename}.png"


def test_withdrawal_scenario_lists_and_draws_the_impact(page, live: LiveApp) -> None:  # type: ignore[no-untyped-def]
    leaders = ["Refugee Council", "East Midlands Councils"]
    ids = [resolve_actor(live.store, name).id for name in leaders]
    expected = withdrawal(live.store, ids)
    page.goto("/ui/withdrawal")
    page.select_option("#org", ids)
    page.get_by_role("button", name="Show the impact").click()
    page.wait_for_url(re.compile(r"/ui/withdrawal\?.*org="))
    assert page.get_by_role("heading", name=re.compile("^Impact of")).count() == 1
    level = page.locator(".severity strong").text_content()
    assert level == expected.severity.level
    wait_settled(page)
    statuses = page.evaluate(
        f"""(() => {{
            const counts = {{}};
            {DIAGRAM}.nodes.get().forEach(n => {{
                counts[n.pgStatus] = (counts[n.pgStatus] || 0) + 1;
            }});
            return counts;
        }})()"""
    )
    withdrawn = len({a.id for a in expected.withdrawn} | {t.id for t in expected.teams_included})
    assert statuses.get("withdrawn") == withdrawn
    assert statuses.get("orphaned", 0) == len(expected.orphaned_actions)
    assert statuses.get("at_risk", 0) == len(expected.outcomes_at_risk)
    orphan_rows = page.locator("table", has_text="Orphaned actions").locator("tbody tr")
    assert orphan_rows.count() == len(expected.orphaned_actions)


def test_an_empty_withdrawal_selection_is_explained_on_the_page(page) -> None:  # type: ignore[no-untyped-def]
    page.goto("/ui/withdrawal")
    with page.expect_response(re.compile(r"/ui/withdrawal\?")) as response:
        page.get_by_role("button", name="Show the impact").click()
    assert response.value.status == 422
    assert "Choose at least one organisation" in page.get_by_role("alert").inner_text()


def test_an_unknown_organisation_is_explained_with_suggestions(page) -> None:  # type: ignore[no-untyped-def]
    response = page.goto("/ui/organisations/Refugee%20Councill%20of%20Atlantis")
    assert response.status == 404
    assert page.locator("h1").inner_text() == "Organisation not found"
    assert "No organisation, body or person is called" in page.get_by_role("alert").inner_text()


def test_a_hostile_organisation_name_renders_as_text(page, problems: PageProblems) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"/ui/organisations/{HOSTILE_ID}")
    assert page.locator("h1").inner_text() == HOSTILE_NAME
    wait_settled(page)
    assert page.evaluate(f"{DIAGRAM}.nodes.get('{HOSTILE_ID}').label") == HOSTILE_NAME
    click_node(page, HOSTILE_ID)
    expect(page.locator(".pg-status")).to_contain_text(f"{HOSTILE_NAME}: 1 neighbour highlighted")
    page.fill("#diagram-find", "img src")
    page.press("#diagram-find", "Enter")
    expect(page.locator(".pg-status")).to_contain_text("1 match")
    injected = page.evaluate(
        "document.querySelectorAll('img, [onerror], [onload], svg[onload]').length"
    )
    assert injected == 0
    assert problems.dialogs == []

    page.goto("/ui/network?region=London")
    wait_settled(page)
    assert page.evaluate(f"{DIAGRAM}.nodes.get('{HOSTILE_ID}').label") == HOSTILE_NAME
    assert page.evaluate("document.querySelectorAll('img, [onerror]').length") == 0


def test_a_tooltip_shows_plan_and_line_as_text(page) -> None:  # type: ignore[no-untyped-def]
    page.goto(f"/ui/organisations/{HOSTILE_ID}")
    wait_settled(page)
    tip = page.evaluate(f"{DIAGRAM}.nodes.get('{HOSTILE_ID}').title.textContent")
    assert tip.startswith(HOSTILE_NAME)
    assert "plan-hostile-names-test, line 3" in tip
    assert page.evaluate(f"{DIAGRAM}.nodes.get('{HOSTILE_ID}').title.querySelector('img')") is None


def test_region_network_draws_every_partner_of_the_region(page, live: LiveApp) -> None:  # type: ignore[no-untyped-def]
    expected = partner_network(live.store, region="London")
    page.goto("/ui/network")
    page.select_option("#region", "London")
    page.get_by_role("button", name="Show network").click()
    page.wait_for_url(re.compile(r"region=London"))
    wait_settled(page)
    assert drawn_count(page) == len(expected.nodes) > 10


def test_overlaps_page_draws_clusters_across_regions(page) -> None:  # type: ignore[no-untyped-def]
    page.goto("/ui/overlaps")
    assert "similar pair" in page.locator(".status").inner_text()
    wait_settled(page)
    assert drawn_count(page) > 0
    assert page.evaluate(f"{DIAGRAM}.edges.get().some(e => e.pgKind === 'SIMILAR_TO')")


def test_a_downloaded_diagram_works_with_no_server(page, live: LiveApp) -> None:  # type: ignore[no-untyped-def]
    council = resolve_actor(live.store, "Refugee Council")
    response = page.request.get(f"/diagrams/ego/{council.id}?download=true")
    assert "attachment" in response.headers["content-disposition"]
    page.set_content(response.text())
    wait_settled(page)
    assert drawn_count(page) == len(ego_network(live.store, council.id).nodes)


def test_an_oversized_upload_is_refused_on_the_page(page) -> None:  # type: ignore[no-untyped-def]
    page.goto("/ui/upload")
    page.set_input_files(
        "#file",
        {"name": "huge-plan.txt", "mimeType": "text/plain", "buffer": b"x" * (UPLOAD_LIMIT + 10)},
    )
    with page.expect_response(re.compile(r"/ui/upload$")) as response:
        page.get_by_role("button", name="Upload and read").click()
    assert response.value.status == 413
    assert f"over the {UPLOAD_LIMIT:,} byte limit" in page.get_by_role("alert").inner_text()


def test_uploading_a_stored_plan_again_changes_nothing(page) -> None:  # type: ignore[no-untyped-def]
    page.goto("/ui/upload")
    page.set_input_files("#file", str(EXAMPLES / "stockton-asylum-seeker-services-review.txt"))
    page.get_by_role("button", name="Upload and read").click()
    assert "was already stored unchanged" in page.get_by_role("status").inner_text()


def test_pages_are_usable_from_the_keyboard(page) -> None:  # type: ignore[no-untyped-def]
    page.goto("/ui")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.textContent") == "Skip to content"
    page.keyboard.press("Enter")
    page.locator("#q").focus()
    page.keyboard.type("UKBA")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"q=UKBA"))
    assert page.locator(".results li").count() >= 1


def test_the_diagram_pans_and_zooms_from_the_keyboard(page, live: LiveApp) -> None:  # type: ignore[no-untyped-def]
    council = resolve_actor(live.store, "Refugee Council")
    page.goto(f"/ui/organisations/{council.id}")
    wait_settled(page)
    frame = page.locator(".pg-canvas .vis-network")
    assert frame.get_attribute("role") == "application"
    assert frame.get_attribute("aria-label").startswith("Refugee Council: actions")
    before = page.evaluate(f"{DIAGRAM}.network.getScale()")
    frame.focus()
    page.keyboard.down("Equal")  # vis-network zooms on every frame drawn while a key is held
    page.wait_for_function(f"{DIAGRAM}.network.getScale() > {before}")
    page.keyboard.up("Equal")
