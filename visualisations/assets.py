"""The files a diagram page needs in the browser, shipped inside the package so pages work
offline: nothing is fetched from a CDN and nothing is written to the working directory."""

from __future__ import annotations

from functools import cache
from importlib import resources

from markupsafe import Markup

#: File name -> media type of every asset the app may serve under /static/.
ASSETS: dict[str, str] = {
    "vis-network.min.js": "text/javascript; charset=utf-8",
    "diagram.js": "text/javascript; charset=utf-8",
    "diagram.css": "text/css; charset=utf-8",
    "vis-network-LICENSE-MIT.txt": "text/plain; charset=utf-8",
    "vis-network-LICENSE-APACHE-2.0.txt": "text/plain; charset=utf-8",
}

VIS_NETWORK_VERSION = "9.1.2"


@cache
def asset_bytes(name: str) -> bytes:
    """The bytes of one shipped asset; only names listed in `ASSETS` are readable."""
    if name not in ASSETS:
        raise KeyError(name)
    return resources.files("visualisations.static").joinpath(name).read_bytes()


@cache
def inline_asset(name: str) -> Markup:
    """An asset's text for a <script> or <style> element, refused if it could end the element
    early (a `</script`, `</style` or `<!--` inside would let the rest become markup)."""
    text = asset_bytes(name).decode("utf-8")
    lowered = text.lower()
    if "</script" in lowered or "</style" in lowered or "<!--" in lowered:
        raise ValueError(f"asset {name!r} cannot be inlined: it contains a closing tag")
    return Markup(text)
