"""The browser assets ship inside the package, with vis-network's licence texts."""

from __future__ import annotations

import pytest

from visualisations import ASSETS, asset_bytes


def test_every_listed_asset_ships_with_the_package() -> None:
    for name in ASSETS:
        assert asset_bytes(name)


def test_vis_network_ships_with_both_licences() -> None:
    assert b"@version 9.1.2" in asset_bytes("vis-network.min.js")[:600]
    assert b"The MIT License" in asset_bytes("vis-network-LICENSE-MIT.txt")
    assert b"Apache License" in asset_bytes("vis-network-LICENSE-APACHE-2.0.txt")


@pytest.mark.parametrize("name", ["../__init__.py", "render.py", "diagram.js/../x", ""])
def test_only_listed_assets_can_be_read(name: str) -> None:
    with pytest.raises(KeyError):
        asset_bytes(name)
