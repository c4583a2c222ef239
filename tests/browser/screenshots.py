"""Screenshots of the web UI's main pages for the README and docs/ui.md.

    python -m tests.browser.screenshots [--out docs/screenshots]

Starts the app over the five sample plans (the same live app as the browser tests), opens
each page in headless Chromium, waits for its diagram to settle and saves a PNG.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from queries import resolve_actor
from tests.browser.live import chromium_missing, launch_chromium, live_app

ROOT = Path(__file__).resolve().parents[2]
SETTLED = "[data-pg-diagram][data-settled='true']"


def pages(store) -> list[tuple[str, str, bool]]:  # type: ignore[no-untyped-def]
    """(file name, path, whole page?) for each screenshot."""
    council = resolve_actor(store, "Refugee Council").id
    ukba = resolve_actor(store, "UKBA").id
    emfec = resolve_actor(store, "emfec").id
    return [
        ("home.png", "/ui", True),
        ("organisation.png", f"/ui/organisations/{council}", False),
        ("network.png", "/ui/network?region=London", False),
        ("withdrawal.png", f"/ui/withdrawal?org={ukba}&org={emfec}", False),
        ("overlaps.png", "/ui/overlaps", False),
        ("search.png", "/ui/organisations?q=refugee", True),
    ]


def take(out: Path) -> list[Path]:
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    written = []
    with (
        tempfile.TemporaryDirectory() as directory,
        live_app(Path(directory), hostile=False) as app,
        sync_playwright() as playwright,
    ):
        browser = launch_chromium(playwright)
        try:
            context = browser.new_context(
                viewport={"width": 1280, "height": 1200}, base_url=app.url
            )
            page = context.new_page()
            for name, path, whole in pages(app.store):
                page.goto(path)
                if page.locator("[data-pg-diagram]").count():
                    page.wait_for_selector(SETTLED, state="attached", timeout=60_000)
                target = out / name
                page.screenshot(path=str(target), full_page=whole)
                written.append(target)
        finally:
            browser.close()
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args(argv)
    problem = chromium_missing()
    if problem:
        print(f"screenshots: {problem}", file=sys.stderr)
        return 1
    for path in take(args.out):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
