"""Name normalisation: the ASCII fast path and the accent-folding path agree."""

from __future__ import annotations

import pytest

from graphmodel.ids import normalise_name


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  Home   Office (HO) ", "home office ho"),
        ("Police & Crime Commissioner", "police and crime commissioner"),
        ("Children's `Services`", "childrens services"),
        ("Children’s Services", "childrens services"),
        ("Café – Bar\tand\nGrill", "cafe bar and grill"),
        ("Ｈｏｍｅ Ｏｆｆｉｃｅ", "home office"),
        ("---", ""),
    ],
)
def test_normalise_name(text: str, expected: str) -> None:
    assert normalise_name(text) == expected


def test_ascii_and_accented_spellings_meet() -> None:
    assert normalise_name("Communaute Sante") == normalise_name("Communauté Santé")
