"""Fixtures for the browser tests: one live app per session over the sample plans, one
headless Chromium, and a fresh page per test that fails the test on any JavaScript dialog
(an `alert` would mean injected script ran) or uncaught page error."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from tests.browser.live import LiveApp, chromium_missing, launch_chromium, live_app


@pytest.fixture(scope="session")
def live(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveApp]:
    with live_app(Path(tmp_path_factory.mktemp("live"))) as app:
        yield app


@pytest.fixture(scope="session")
def chromium() -> Iterator[object]:
    problem = chromium_missing()
    if problem:
        pytest.fail(problem, pytrace=False)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        yield browser
        browser.close()


class PageProblems:
    """Dialogs opened and errors thrown while a test ran."""

    def __init__(self) -> None:
        self.dialogs: list[str] = []
        self.errors: list[str] = []


@pytest.fixture
def problems() -> PageProblems:
    return PageProblems()


@pytest.fixture
def page(chromium, problems: PageProblems, live: LiveApp):  # type: ignore[no-untyped-def]
    context = chromium.new_context(viewport={"width": 1280, "height": 900}, base_url=live.url)
    app_host = urlsplit(live.url).netloc

    def only_the_app(route) -> None:  # type: ignore[no-untyped-def]
        if urlsplit(route.request.url).netloc == app_host:
            route.continue_()
        else:
            problems.errors.append(f"request outside the app: {route.request.url}")
            route.abort()

    context.route("**/*", only_the_app)
    tab = context.new_page()
    tab.set_default_timeout(20_000)

    def on_dialog(dialog) -> None:  # type: ignore[no-untyped-def]
        problems.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    tab.on("dialog", on_dialog)
    tab.on("pageerror", lambda error: problems.errors.append(str(error)))
    tab.on(
        "requestfailed",
        lambda request: problems.errors.append(f"request failed: {request.url}"),
    )
    yield tab
    context.close()
    assert not problems.dialogs, f"a dialog opened, so injected script ran: {problems.dialogs}"
    assert not problems.errors, f"the page raised errors: {problems.errors}"
