"""Diagram pages: untrusted plan text stays text, pages work offline, rendering is pure."""

from __future__ import annotations

import json
import os
from concurrent.futures import ThreadPoolExecutor
from html.parser import HTMLParser
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from graphmodel import EmbeddedStore
from tests.visualisations.graphs import HOSTILE_ID, HOSTILE_NAME, REFUGEE_COUNCIL, load_partnerships
from visualisations import (
    Diagram,
    DiagramEdge,
    DiagramNode,
    ego_network,
    embed_json,
    partner_network,
    render_fragment,
    render_page,
)


class _Elements(HTMLParser):
    """Every start tag, and the text of each <script>, as a browser's tokeniser sees them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self._in_script: dict[str, str | None] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        if tag == "script":
            self._in_script = dict(attrs)
            self.scripts.append((self._in_script, ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_script = None

    def handle_data(self, data: str) -> None:
        if self._in_script is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)


def _parse(html: str) -> _Elements:
    parser = _Elements()
    parser.feed(html)
    parser.close()
    return parser


def _diagram(label: str, detail: str = "", kind: str = "Organisation") -> Diagram:
    return Diagram(
        kind="network",
        title=label,
        description=label,
        nodes=(
            DiagramNode(id="n1", label=label, kind=kind, details=(detail,), sources=(label,)),
            DiagramNode(id=label or "n2", label="other", kind="Organisation"),
        ),
        edges=(DiagramEdge(source="n1", target=label or "n2", kind=kind, details=(label,)),),
        notes=(label,),
    )


hostile_text = st.one_of(
    st.text(),
    st.sampled_from(
        [
            HOSTILE_NAME,
            "</script><script>alert(1)</script>",
            "<!--<script>",
            "\u2028\u2029",
            '"><svg onload=alert(1)>',
            "&lt;b&gt; &amp;",
            "</SCRIPT >",
        ]
    ),
)


@given(hostile_text)
@settings(max_examples=200, deadline=None)
def test_embedded_json_cannot_end_its_script_and_round_trips(text: str) -> None:
    data = {"label": text, "list": [text, {"nested": text}]}
    embedded = str(embed_json(data))
    for dangerous in ("<", ">", "&", "\u2028", "\u2029"):
        assert dangerous not in embedded
    assert json.loads(embedded) == data


@given(hostile_text, hostile_text, st.sampled_from(["Organisation", "</script>", "Board"]))
@settings(max_examples=80, deadline=None)
def test_a_fragment_has_one_data_script_whatever_the_plan_says(
    label: str, detail: str, kind: str
) -> None:
    diagram = _diagram(label, detail, kind)
    page = _parse(str(render_fragment(diagram)))
    assert [attrs.get("type") for attrs, _ in page.scripts] == ["application/json"]
    payload = json.loads(page.scripts[0][1])
    assert payload["nodes"][0]["label"] == label
    assert payload["nodes"][0]["details"] == [detail]
    injected = {tag for tag, _ in page.tags} - {
        "section", "h2", "p", "div", "form", "label", "input", "datalist", "button",
        "fieldset", "legend", "svg", "circle", "polygon", "rect", "line", "ul", "li",
        "span", "noscript", "script",
    }  # fmt: skip
    assert not injected
    assert not any(name.startswith("on") for _, attrs in page.tags for name in attrs)


def test_hostile_organisation_name_is_escaped_everywhere_in_a_page(tmp_path: Path) -> None:
    store = load_partnerships(EmbeddedStore(tmp_path / "store"))
    html = render_page(ego_network(store, HOSTILE_ID))
    assert HOSTILE_NAME not in html
    assert "&lt;img src=x onerror=alert(1)&gt;: actions, outcomes and partners" in html
    assert "\\u003cimg src=x onerror=alert(1)\\u003e" in html
    page = _parse(html)
    assert "img" not in {tag for tag, _ in page.tags}


def test_a_standalone_page_needs_no_network(tmp_path: Path) -> None:
    store = load_partnerships(EmbeddedStore(tmp_path / "store"))
    page = _parse(render_page(partner_network(store)))
    assert all("src" not in attrs for attrs, _ in page.scripts)
    assert not [tag for tag, attrs in page.tags if tag == "link"]
    vis = next(text for _, text in page.scripts if "vis-network" in text[:400])
    assert "@version 9.1.2" in vis


def test_a_served_page_loads_scripts_from_the_app_only(tmp_path: Path) -> None:
    store = load_partnerships(EmbeddedStore(tmp_path / "store"))
    page = _parse(render_page(partner_network(store), inline=False))
    sources = [attrs["src"] for attrs, _ in page.scripts if "src" in attrs]
    assert sources == ["/static/vis-network.min.js", "/static/diagram.js"]
    styles = [attrs["href"] for tag, attrs in page.tags if tag == "link"]
    assert styles == ["/static/diagram.css"]


def test_rendering_writes_nothing_to_the_working_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    store = load_partnerships(EmbeddedStore(tmp_path / "store"))
    workdir = tmp_path / "cwd"
    workdir.mkdir()
    monkeypatch.chdir(workdir)
    render_page(partner_network(store))
    render_page(ego_network(store, REFUGEE_COUNCIL), inline=False)
    assert os.listdir(workdir) == []


def test_concurrent_renders_match_serial_ones(tmp_path: Path) -> None:
    store = load_partnerships(EmbeddedStore(tmp_path / "store"))
    diagrams = [partner_network(store), ego_network(store, REFUGEE_COUNCIL)] * 6
    serial = [render_page(d) for d in diagrams]
    with ThreadPoolExecutor(max_workers=6) as pool:
        parallel = list(pool.map(render_page, diagrams))
    assert parallel == serial
    assert serial[0] != serial[1]


def test_legend_and_filters_list_only_the_kinds_drawn(tmp_path: Path) -> None:
    store = load_partnerships(EmbeddedStore(tmp_path / "store"))
    page = _parse(str(render_fragment(ego_network(store, REFUGEE_COUNCIL))))
    kinds = [attrs["data-pg-kind"] for tag, attrs in page.tags if "data-pg-kind" in attrs]
    edges = [attrs["data-pg-edge"] for tag, attrs in page.tags if "data-pg-edge" in attrs]
    assert kinds == ["Organisation", "Action", "Outcome"]
    assert edges == ["LEADS", "PARTNER_IN", "FEEDS_INTO"]


def test_element_ids_are_checked(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="must be lower-case"):
        render_fragment(_diagram("x"), dom_id='x" onclick="alert(1)')
