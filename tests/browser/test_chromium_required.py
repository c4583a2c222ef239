"""Without Chromium the browser tests fail and say how to install it; they never skip."""

from __future__ import annotations

from tests.browser.live import CHROMIUM, chromium_missing


def test_a_missing_chromium_is_reported_with_the_install_command(tmp_path) -> None:  # type: ignore[no-untyped-def]
    message = chromium_missing(str(tmp_path / "chromium"))
    assert message is not None
    assert "apt-get install -y chromium" in message
    assert "make browser" in message


def test_the_installed_chromium_is_found() -> None:
    assert chromium_missing() is None, f"{CHROMIUM}: " + str(chromium_missing())
