"""The web UI's pages over the hand-built partnership graph: every page renders, questions
that cannot be answered are explained on the page, plan text is escaped, assets are local."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from api import create_app
from graphmodel import EmbeddedStore, GraphStore, NodeKind, Settings
from tests.visualisations.graphs import (
    EAST_MIDLANDS,
    HOME_OFFICE,
    HOSTILE_ID,
    HOSTILE_NAME,
    REFUGEE_COUNCIL,
    load_partnerships,
)

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "plans"
ESCAPED_HOSTILE = "&lt;img src=x onerror=alert(1)&gt;"


@pytest.fixture
def client(store: GraphStore) -> Iterator[TestClient]:
    load_partnerships(store)
    with TestClient(create_app(Settings(), store)) as client:
        yield client


@pytest.fixture
def embedded_client(tmp_path: Path) -> Iterator[TestClient]:
    store = load_partnerships(EmbeddedStore(tmp_path / "store"))
    settings = Settings(store=str(tmp_path / "store"), max_upload_bytes=64 * 1024)
    with TestClient(create_app(settings, store)) as client:
        yield client


@pytest.mark.parametrize(
    ("path", "heading"),
    [
        ("/ui", "Partnership plans at a glance"),
        ("/ui/organisations", "Organisations"),
        ("/ui/organisations?q=refugee", "Organisations"),
        (f"/ui/organisations/{REFUGEE_COUNCIL}", "Refugee Council"),
        ("/ui/organisations/UKBA", "Home Office"),
        (f"/ui/organisations/{HOME_OFFICE}/outcomes", "Outcomes depending on Home Office"),
        ("/ui/network", "Partner network: all plans"),
        ("/ui/network?region=London", "Partner network: London"),
        (f"/ui/network?plan={EAST_MIDLANDS}", "Partner network: East Midlands SMP business"),
        ("/ui/withdrawal", "What if partners withdrew?"),
        ("/ui/withdrawal?org=UKBA", "What if partners withdrew?"),
        ("/ui/overlaps", "Where do plans overlap?"),
        ("/ui/overlaps?region=London&theme=english", "Where do plans overlap?"),
        ("/ui/upload", "Upload a plan"),
    ],
)
def test_every_page_renders_with_its_heading(client: TestClient, path: str, heading: str) -> None:
    response = client.get(path)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/html")
    h1 = re.search(r"<h1>(.*?)</h1>", response.text, re.S)
    assert h1 is not None and h1.group(1).startswith(heading)


def test_the_root_leads_to_the_ui(client: TestClient) -> None:
    response = client.get("/", follow_redirects=False)
    assert response.status_code == 307
    assert response.headers["location"] == "/ui"


def test_an_organisation_page_lists_commitments_and_embeds_its_diagram(
    client: TestClient,
) -> None:
    html = client.get(f"/ui/organisations/{REFUGEE_COUNCIL}").text
    assert "Actions it is a partner in" in html
    assert "Coordinate ESOL provision for resettled refugees across the region." in html
    assert "data-pg-diagram" in html and 'type="application/json"' in html
    assert '<script src="/static/vis-network.min.js"></script>' in html
    assert f'href="/diagrams/ego/{REFUGEE_COUNCIL}"' in html


@pytest.mark.parametrize(
    ("path", "status", "says"),
    [
        ("/ui/organisations/Atlantis%20Council", 404, "No organisation, body or person is called"),
        ("/ui/organisations/Atlantis%20Council/outcomes", 404, "is called “Atlantis Council”"),
        ("/ui/network?region=Atlantis", 404, "no region &#39;Atlantis&#39; in the store"),
        ("/ui/withdrawal?run=1", 422, "Choose at least one organisation to withdraw"),
        ("/ui/withdrawal?names=Atlantis+Council", 404, "No organisation, body or person"),
        ("/ui/overlaps?min_score=lots", 422, "min_score must be a number"),
        ("/ui/overlaps?min_score=7", 422, "min_score must be above 0 and at most 1"),
        ("/diagrams/ego/Atlantis%20Council", 404, "No organisation, body or person"),
        ("/diagrams/withdrawal", 422, "name at least one organisation"),
        ("/diagrams/network?plan=plan-nowhere", 404, "no plan &#39;plan-nowhere&#39;"),
    ],
)
def test_unanswerable_questions_are_explained_on_the_page(
    client: TestClient, path: str, status: int, says: str
) -> None:
    response = client.get(path)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("text/html")
    assert 'role="alert"' in response.text
    assert says in response.text


def test_a_misspelt_name_offers_the_closest_organisations(client: TestClient) -> None:
    html = client.get("/ui/organisations/Refugee%20Counsel%20UK").text
    assert "Did you mean one of these?" in html
    assert f'href="/ui/organisations/{REFUGEE_COUNCIL}"' in html


def test_the_store_location_never_reaches_a_page(client: TestClient, store: GraphStore) -> None:
    html = client.get("/ui/organisations/Atlantis%20Council").text
    assert store.uri not in html


@pytest.mark.parametrize(
    "path",
    [
        "/ui",
        f"/ui/organisations/{HOSTILE_ID}",
        "/ui/organisations?q=img",
        "/ui/organisations",
        "/ui/network?region=London",
        f"/ui/withdrawal?org={HOSTILE_ID}",
        f"/diagrams/ego/{HOSTILE_ID}",
        f"/diagrams/ego/{HOSTILE_ID}?download=true",
    ],
)
def test_a_hostile_organisation_name_is_escaped_on_every_page(
    client: TestClient, path: str
) -> None:
    html = client.get(path).text
    assert HOSTILE_NAME not in html
    assert ESCAPED_HOSTILE in html or "\\u003cimg src=x onerror=alert(1)\\u003e" in html
    assert "<img" not in html


def test_a_withdrawal_page_lists_the_impact_and_keeps_the_choice(client: TestClient) -> None:
    html = client.get(
        "/ui/withdrawal",
        params=[("org", HOME_OFFICE), ("names", "GLA Diversity and Social Policy Team")],
    ).text
    assert "Actions left without a lead" in html
    assert "Improve access to ESOL for asylum seekers awaiting a decision." in html
    assert f'<option value="{HOME_OFFICE}" selected>' in html
    assert "Severity: <strong>" in html


def test_a_standalone_diagram_can_be_downloaded(client: TestClient) -> None:
    response = client.get(f"/diagrams/ego/{REFUGEE_COUNCIL}", params={"download": "true"})
    assert response.headers["content-disposition"] == (
        'attachment; filename="ego-refugee-council.html"'
    )
    assert "<script src=" not in response.text
    served = client.get(f"/diagrams/ego/{REFUGEE_COUNCIL}")
    assert "content-disposition" not in served.headers
    assert '<script src="/static/diagram.js"></script>' in served.text


@pytest.mark.parametrize(
    ("name", "media_type"),
    [
        ("vis-network.min.js", "text/javascript"),
        ("diagram.js", "text/javascript"),
        ("diagram.css", "text/css"),
        ("ui.css", "text/css"),
        ("vis-network-LICENSE-MIT.txt", "text/plain"),
    ],
)
def test_static_assets_are_served_by_the_app(
    client: TestClient, name: str, media_type: str
) -> None:
    response = client.get(f"/static/{name}")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith(media_type)
    assert response.headers["x-content-type-options"] == "nosniff"


@pytest.mark.parametrize("name", ["render.py", "..%2Fpages.py", "nothing.js"])
def test_only_listed_static_files_are_served(client: TestClient, name: str) -> None:
    assert client.get(f"/static/{name}").status_code == 404


def test_pages_link_no_outside_scripts_or_styles(client: TestClient) -> None:
    for path in ("/ui", f"/ui/organisations/{REFUGEE_COUNCIL}", "/ui/overlaps"):
        html = client.get(path).text
        sources = re.findall(r'(?:src|href)="([^"]+)"', html)
        assert all(s.startswith(("/", "#")) for s in sources), sources


def test_people_are_hidden_when_the_settings_say_so(tmp_path: Path) -> None:
    from tests.browser.live import load_samples

    settings = Settings(store=str(tmp_path / "store"), include_people=False)
    store = load_samples(EmbeddedStore(settings.store), Settings(store=settings.store))
    person = store.nodes(NodeKind.PERSON)[0]
    with TestClient(create_app(settings, store)) as client:
        response = client.get(f"/ui/organisations/{person.id}")
        assert response.status_code == 404
        assert "People are not shown" in response.text
        council = client.get("/ui/organisations/Refugee%20Council").text
        assert person.name not in council


def test_an_oversized_upload_is_refused_on_the_page(embedded_client: TestClient) -> None:
    response = embedded_client.post(
        "/ui/upload", files={"file": ("big-plan.txt", b"x" * (200 * 1024), "text/plain")}
    )
    assert response.status_code == 413
    assert "upload: over the 65,536 byte limit for one plan file" in response.text


def test_a_file_just_over_the_limit_is_refused_with_its_name(embedded_client: TestClient) -> None:
    response = embedded_client.post(
        "/ui/upload", files={"file": ("plan.txt", b"x" * (64 * 1024 + 1), "text/plain")}
    )
    assert response.status_code == 413
    assert "plan.txt: over the 65,536 byte limit for one plan file" in response.text


@pytest.mark.parametrize(
    ("files", "body", "says"),
    [
        ([("file", ("a.txt", b"a")), ("file", ("b.txt", b"b"))], None, "Too many files"),
        (None, b"garbage", "The upload could not be read"),
    ],
)
def test_a_malformed_upload_is_explained_on_the_page(
    embedded_client: TestClient, files: object, body: bytes | None, says: str
) -> None:
    if files is not None:
        response = embedded_client.post("/ui/upload", files=files)  # type: ignore[arg-type]
    else:
        response = embedded_client.post(
            "/ui/upload",
            content=body,
            headers={"content-type": "multipart/form-data; boundary=zzz"},
        )
    assert response.status_code == 400
    assert response.headers["content-type"].startswith("text/html")
    assert says in response.text


def test_too_many_organisations_in_one_scenario_are_explained(client: TestClient) -> None:
    response = client.get("/ui/withdrawal", params=[("org", f"org-{i}") for i in range(60)])
    assert response.status_code == 422
    assert "at most 50 organisations can withdraw in one scenario" in response.text


def test_an_upload_without_a_file_asks_for_one(embedded_client: TestClient) -> None:
    response = embedded_client.post("/ui/upload", data={"note": "nothing"})
    assert response.status_code == 422
    assert "Choose a plan file to upload." in response.text


def test_a_file_that_is_not_a_plan_gets_the_clis_message(embedded_client: TestClient) -> None:
    png = b"\x89PNG\r\n\x1a\n" + b"\0" * 64
    response = embedded_client.post("/ui/upload", files={"file": ("photo.png", png, "image/png")})
    assert response.status_code in (415, 422)
    assert "The plan was not stored." in response.text
    assert "photo.png" in response.text


def test_uploading_a_sample_plan_stores_it_and_links_its_network(
    embedded_client: TestClient,
) -> None:
    data = (EXAMPLES / "stockton-asylum-seeker-services-review.txt").read_bytes()
    response = embedded_client.post(
        "/ui/upload",
        files={"file": ("stockton-asylum-seeker-services-review.txt", data, "text/plain")},
    )
    assert response.status_code == 201, response.text
    assert "was stored" in response.text
    assert "See its partner network" in response.text
    home = embedded_client.get("/ui").text
    assert home.count("<tr>") == 4  # header row and three plans
