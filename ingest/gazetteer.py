"""A gazetteer of UK bodies that partnership plans name, so a name becomes a known body.

The data is curated CSV shipped in `ingest/data/` (one file per family of bodies, all with the
same columns; see docs/gazetteer.md). It holds government departments and agencies past and
present, NHS, police and fire bodies, local government and the strategic migration
partnerships, national and local voluntary bodies, contractors, English local authorities
with their region, and *category* entries for groups plans name generically ("London
boroughs", "ESOL providers", "RCOs").

Lookups fold case, accents, punctuation and a leading "the"; acronyms of three letters or
fewer only match as written in capitals ("HO", not "ho"), so ordinary words never turn into
bodies, while longer acronyms fold case ("emfec" = "EMFEC").
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from functools import cache
from importlib import resources

from pydantic import BaseModel, ConfigDict
from rapidfuzz import fuzz, process
from rapidfuzz.distance import Levenshtein

from graphmodel import OrganisationKind, normalise_name
from ingest.regions import PLACES, REGIONS

_DATA_PACKAGE = "ingest.data"
_COLUMNS = ("canonical", "acronyms", "aliases", "org_kind", "identifier", "parent", "national")
_SHORT_ACRONYM = 3
_COUNCIL_SUFFIX = re.compile(
    r"\s+(?:metropolitan borough|metropolitan district|county|borough|district|city)?\s*council$"
    r"|^(?:city of|borough council of|borough of|royal borough of|london borough of|lb)\s+",
    re.I,
)


class Body(BaseModel):
    """One body the gazetteer knows, with every name plans use for it."""

    model_config = ConfigDict(frozen=True)

    canonical: str
    aliases: tuple[str, ...] = ()
    acronyms: tuple[str, ...] = ()
    org_kind: OrganisationKind = OrganisationKind.OTHER
    identifier: str | None = None
    #: Canonical name of the body this one is a team or sub-body of.
    parent: str | None = None
    #: Well known beyond one place: one node across every plan that names it.
    national: bool = False
    region: str | None = None

    @property
    def names(self) -> tuple[str, ...]:
        return (self.canonical, *self.aliases)

    @property
    def is_category(self) -> bool:
        return self.org_kind == OrganisationKind.CATEGORY


class GazetteerDataError(ValueError):
    """A gazetteer data file breaks the format (wrong columns, unknown kind, bad parent)."""


def name_key(text: str) -> str:
    """The key names are compared by: normalised, without a leading "the"."""
    key = normalise_name(text)
    return key[4:] if key.startswith("the ") else key


def sorted_tokens(key: str) -> str:
    """A name key with its words sorted: `fuzz.ratio` on these is rapidfuzz's
    token_sort_ratio, computed once per name instead of once per comparison."""
    return " ".join(sorted(key.split()))


def acronym_key(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]", "", text)


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split("|") if v.strip())


def parse_bodies(text: str, source: str) -> list[Body]:
    """Bodies from one CSV data file; raises `GazetteerDataError` naming the file and row."""
    reader = csv.DictReader(io.StringIO(text))
    missing = [c for c in _COLUMNS if c not in (reader.fieldnames or ())]
    if missing:
        raise GazetteerDataError(f"{source}: missing columns {', '.join(missing)}")
    bodies = []
    for row in reader:
        where = f"{source} line {reader.line_num}"
        canonical = (row["canonical"] or "").strip()
        if not canonical:
            raise GazetteerDataError(f"{where}: empty canonical name")
        try:
            kind = OrganisationKind((row["org_kind"] or "other").strip())
        except ValueError:
            raise GazetteerDataError(f"{where}: unknown org_kind {row['org_kind']!r}") from None
        national = (row["national"] or "").strip().lower()
        if national not in ("true", "false"):
            raise GazetteerDataError(f"{where}: national must be true or false")
        region = (row.get("region") or "").strip() or None
        if region is not None and region not in REGIONS:
            raise GazetteerDataError(f"{where}: unknown region {region!r}")
        bodies.append(
            Body(
                canonical=canonical,
                aliases=_split(row["aliases"] or ""),
                acronyms=_split(row["acronyms"] or ""),
                org_kind=kind,
                identifier=(row["identifier"] or "").strip() or None,
                parent=(row["parent"] or "").strip() or None,
                national=national == "true",
                region=region,
            )
        )
    return bodies


def place_of(council: str) -> str:
    """ "Broxtowe Borough Council" -> "Broxtowe": the place a council is named after."""
    return _COUNCIL_SUFFIX.sub("", council).strip()


class Gazetteer:
    """Known bodies, indexed by every name, alias and acronym; regions and their places."""

    def __init__(self, bodies: Iterable[Body]) -> None:
        self.bodies: tuple[Body, ...] = tuple(bodies)
        self._by_name: dict[str, Body] = {}
        self._by_acronym: dict[str, Body] = {}
        self._by_canonical: dict[str, Body] = {}
        for body in self.bodies:
            if name_key(body.canonical) in self._by_canonical:
                raise GazetteerDataError(f"gazetteer: {body.canonical!r} is listed twice")
            self._by_canonical[name_key(body.canonical)] = body
        for body in self.bodies:
            if body.parent and name_key(body.parent) not in self._by_canonical:
                raise GazetteerDataError(
                    f"gazetteer: parent {body.parent!r} of {body.canonical!r} is not listed"
                )
            for name in body.names:
                self._by_name.setdefault(name_key(name), body)
            for acronym in body.acronyms:
                self._by_acronym.setdefault(acronym_key(acronym).lower(), body)
        self._acronym_keys = {
            acronym_key(a): b for b in self.bodies for a in b.acronyms if acronym_key(a).isupper()
        }
        # Canonical names win over another body's alias.
        self._by_name.update(self._by_canonical)
        self._choices: list[str] = []
        self._choice_body: list[Body] = []
        for body in self.bodies:
            for name in body.names:
                self._choices.append(sorted_tokens(name_key(name)))
                self._choice_body.append(body)
        self.local_authorities: tuple[Body, ...] = tuple(
            b for b in self.bodies if b.org_kind == OrganisationKind.LOCAL_AUTHORITY and b.region
        )
        self.regions: dict[str, tuple[str, ...]] = _regions(self.local_authorities)
        self._place_region = {
            normalise_name(place): region
            for region, places in self.regions.items()
            for place in places
        }

    @classmethod
    def default(cls) -> Gazetteer:
        """The shipped gazetteer, read once per process."""
        return _default_gazetteer()

    def __len__(self) -> int:
        return len(self.bodies)

    def by_canonical(self, canonical: str) -> Body | None:
        return self._by_canonical.get(name_key(canonical))

    def parent_of(self, body: Body) -> Body | None:
        return self.by_canonical(body.parent) if body.parent else None

    def lookup(self, name: str) -> Body | None:
        """The body `name` is a canonical name, alias or acronym of, exactly (after folding)."""
        text = name.strip()
        if not text:
            return None
        found = self._by_name.get(name_key(text))
        if found is not None:
            return found
        return self.lookup_acronym(text)

    def lookup_acronym(self, text: str) -> Body | None:
        """The body an acronym stands for; "PCTs" finds "PCT"; short ones only in capitals."""
        text = text.strip()
        if not text or " " in text or len(text) > 12:
            return None
        for candidate in (text, text[:-1] if text.endswith("s") and len(text) > 2 else ""):
            key = acronym_key(candidate)
            if not key:
                continue
            body = self._by_acronym.get(key.lower())
            if body is None:
                continue
            if len(key) <= _SHORT_ACRONYM and not _as_listed(key, body):
                continue
            return body
        return None

    def fuzzy(self, name: str, limit: int = 5) -> list[tuple[Body, float]]:
        """Closest bodies by spelling (rapidfuzz token_sort_ratio, 0-100), best first."""
        key = name_key(name)
        if not key:
            return []
        found = process.extract(
            sorted_tokens(key), self._choices, scorer=fuzz.ratio, limit=max(limit * 4, 10)
        )
        best: dict[str, tuple[Body, float]] = {}
        for _, score, index in found:
            body = self._choice_body[index]
            if body.canonical not in best or best[body.canonical][1] < score:
                best[body.canonical] = (body, float(score))
        return sorted(best.values(), key=lambda pair: -pair[1])[:limit]

    def near_acronyms(self, text: str) -> list[Body]:
        """Bodies whose acronym is one letter off `text` ("EMSSMP", "EMSM" -> EMSMP)."""
        key = acronym_key(text)
        if len(key) < 4 or not key.isupper():
            return []
        found = process.extract(
            key, list(self._acronym_keys), scorer=Levenshtein.distance, score_cutoff=1, limit=5
        )
        return [self._by_acronym[k.lower()] for k, _, _ in found]

    def region_of(self, place: str) -> str | None:
        """The region a region name, county, city, town or council's place lies in."""
        key = normalise_name(place)
        for region in REGIONS:
            if normalise_name(region) == key:
                return region
        region = self._place_region.get(key)
        if region is None:
            body = self.lookup(place)
            if body is not None and body.org_kind == OrganisationKind.LOCAL_AUTHORITY:
                return body.region
        return region

    def is_place(self, text: str) -> bool:
        return normalise_name(text) in self._place_region

    def names_place(self, text: str) -> bool:
        """True when `text` contains a place name (so a local body's name is distinctive)."""
        words = normalise_name(text).split()
        for size in (3, 2, 1):
            for start in range(len(words) - size + 1):
                if " ".join(words[start : start + size]) in self._place_region:
                    return True
        return False


def _as_listed(key: str, body: Body) -> bool:
    """A short acronym matches only in the case the gazetteer lists it ("HO", "MoJ")."""
    return any(acronym_key(a) == key for a in body.acronyms)


def _regions(councils: Iterable[Body]) -> dict[str, tuple[str, ...]]:
    places: dict[str, list[str]] = {region: [] for region in REGIONS}
    for place, region in PLACES.items():
        places[region].append(place)
    for council in councils:
        assert council.region is not None
        place = place_of(council.canonical)
        if place and place not in places[council.region]:
            places[council.region].append(place)
    return {region: tuple(names) for region, names in places.items()}


@cache
def _default_gazetteer() -> Gazetteer:
    bodies: list[Body] = []
    for entry in sorted(resources.files(_DATA_PACKAGE).iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".csv"):
            bodies.extend(parse_bodies(entry.read_text(encoding="utf-8"), entry.name))
    return Gazetteer(bodies)
