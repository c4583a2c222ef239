"""Shareable paths of the web UI's pages and diagrams, built in one place so diagrams, pages
and the CLI agree on them."""

from __future__ import annotations

from collections.abc import Iterable
from urllib.parse import quote, urlencode


def organisation_page(node_id: str) -> str:
    return f"/ui/organisations/{quote(node_id, safe='')}"


def ego_diagram(node_id: str) -> str:
    return f"/diagrams/ego/{quote(node_id, safe='')}"


def _query(pairs: Iterable[tuple[str, str | None]]) -> str:
    kept = [(k, v) for k, v in pairs if v]
    return "?" + urlencode(kept) if kept else ""


def network_diagram(region: str | None = None, plan: str | None = None) -> str:
    return "/diagrams/network" + _query([("region", region), ("plan", plan)])


def withdrawal_diagram(organisations: Iterable[str]) -> str:
    return "/diagrams/withdrawal" + _query([("org", o) for o in organisations])


def withdrawal_page(organisations: Iterable[str]) -> str:
    return "/ui/withdrawal" + _query([("org", o) for o in organisations])


def overlaps_diagram(region: str | None = None, theme: str | None = None) -> str:
    return "/diagrams/overlaps" + _query([("region", region), ("theme", theme)])
