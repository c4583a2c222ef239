"""Stable, content-derived identifiers.

An id is a readable slug of the normalised content with a short hash when the slug is long,
so ingesting the same plan twice yields the same ids and URLs stay shareable.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

_NON_WORD = re.compile(r"[^a-z0-9]+")
_MAX_SLUG = 48


def normalise_name(text: str) -> str:
    """Fold case, accents, ampersands and spacing so variants of a name compare equal.

    ASCII text has nothing to decompose, so it skips the per-character accent pass (most
    names are ASCII, and action texts are long)."""
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.replace("&", " and ").replace("’", "").replace("'", "").replace("`", "").lower()
    # Each run of other characters becomes one space, so no run of spaces is left to fold.
    return _NON_WORD.sub(" ", text).strip()


def slug(text: str) -> str:
    return normalise_name(text).replace(" ", "-")


def stable_id(prefix: str, *parts: str) -> str:
    """`prefix-slug` for short content, `prefix-slug-hash` when the slug had to be cut."""
    key = "/".join(normalise_name(p) for p in parts if p)
    if not key:
        raise ValueError(f"cannot derive a {prefix} id from empty content")
    readable = "-".join(slug(p) for p in parts if p and slug(p))
    if len(readable) <= _MAX_SLUG:
        return f"{prefix}-{readable}"
    digest = hashlib.blake2b(key.encode(), digest_size=5).hexdigest()
    cut = readable[:_MAX_SLUG].rstrip("-")
    return f"{prefix}-{cut}-{digest}"


def edge_id(source: str, kind: str, target: str, discriminator: str = "") -> str:
    key = f"{source}|{kind}|{target}|{discriminator}"
    return "e-" + hashlib.blake2b(key.encode(), digest_size=10).hexdigest()
