"""A gazetteer of UK regions and the places in them, to say which region a plan covers.

Regions are the twelve UK nations and English regions that Strategic Migration Partnerships
cover. Places are counties, cities and towns that plans name, each mapped to its region, so a
plan titled by its town ("Crewe ...") still lands in the right region.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict

REGIONS = (
    "London",
    "South East",
    "South West",
    "East of England",
    "East Midlands",
    "West Midlands",
    "Yorkshire and the Humber",
    "North East",
    "North West",
    "Scotland",
    "Wales",
    "Northern Ireland",
)

_REGION_ALIASES = {
    "Greater London": "London",
    "Eastern Region": "East of England",
    "East Anglia": "East of England",
    "Yorkshire & Humber": "Yorkshire and the Humber",
    "Yorkshire and Humber": "Yorkshire and the Humber",
    "Yorkshire & the Humber": "Yorkshire and the Humber",
    "North-East": "North East",
    "North-West": "North West",
    "South-East": "South East",
    "South-West": "South West",
}

_PLACES = {
    "North East": "Newcastle, Newcastle upon Tyne, Gateshead, Sunderland, Durham, County Durham, "
    "Darlington, Hartlepool, Middlesbrough, Stockton-on-Tees, Stockton, Redcar, Cleveland, "
    "Teesside, Tees Valley, Northumberland, North Tyneside, South Tyneside, Tyne and Wear",
    "North West": "Manchester, Greater Manchester, Liverpool, Merseyside, Cheshire, Cheshire East, "
    "Cheshire West, Crewe, Chester, Warrington, Lancashire, Preston, Blackburn, Blackpool, "
    "Bolton, Oldham, Rochdale, Salford, Stockport, Tameside, Trafford, Wigan, Cumbria, "
    "Carlisle, Wirral, Sefton, Knowsley, St Helens, Halton",
    "Yorkshire and the Humber": "Yorkshire, Leeds, Sheffield, Bradford, Hull, Kingston upon Hull, "
    "York, Wakefield, Kirklees, Huddersfield, Calderdale, Halifax, Rotherham, Doncaster, "
    "Barnsley, Humberside, North Lincolnshire, North East Lincolnshire, Grimsby",
    "East Midlands": "Derbyshire, Derby, Leicestershire, Leicester, Lincolnshire, Lincoln, "
    "Nottinghamshire, Nottingham, Northamptonshire, Northampton, Rutland, Boston, Mansfield, "
    "Gedling, Broxtowe, Wellingborough, Kettering, Corby, Chesterfield",
    "West Midlands": "Birmingham, Coventry, Wolverhampton, Walsall, Dudley, Sandwell, Solihull, "
    "Staffordshire, Stoke-on-Trent, Stoke, Warwickshire, Worcestershire, Worcester, "
    "Herefordshire, Hereford, Shropshire, Telford",
    "East of England": "Norfolk, Norwich, Suffolk, Ipswich, Cambridgeshire, Cambridge, "
    "Peterborough, Essex, Chelmsford, Colchester, Southend, Thurrock, Hertfordshire, "
    "Bedfordshire, Bedford, Luton, Great Yarmouth, King's Lynn",
    "London": "Westminster, Camden, Islington, Hackney, Tower Hamlets, Newham, Southwark, Lambeth, "
    "Lewisham, Greenwich, Croydon, Barnet, Brent, Ealing, Haringey, Enfield, Hounslow, "
    "Hillingdon, Harrow, Redbridge, Waltham Forest, Wandsworth, City of London",
    "South East": "Kent, Medway, Surrey, Sussex, East Sussex, West Sussex, Brighton, Hampshire, "
    "Southampton, Portsmouth, Berkshire, Slough, Oxfordshire, Oxford, "
    "Buckinghamshire, Milton Keynes, Isle of Wight",
    "South West": "Bristol, Devon, Plymouth, Exeter, Cornwall, Somerset, Dorset, Bournemouth, "
    "Gloucestershire, Gloucester, Wiltshire, Swindon",
    "Scotland": "Glasgow, Edinburgh, Aberdeen, Dundee, Inverness",
    "Wales": "Cardiff, Swansea, Newport, Wrexham",
    "Northern Ireland": "Belfast, Derry, Londonderry",
}

PLACES: dict[str, str] = {
    place.strip(): region for region, names in _PLACES.items() for place in names.split(",")
}


class RegionMatch(BaseModel):
    model_config = ConfigDict(frozen=True)

    region: str
    #: The place named when it is narrower than the region ("Crewe").
    place: str | None = None


def _pattern(names: Iterable[str]) -> re.Pattern[str]:
    ordered = sorted(names, key=len, reverse=True)
    return re.compile(
        r"(?<![\w-])(" + "|".join(re.escape(n) for n in ordered) + r")(?![\w-])", re.I
    )


_REGION_RE = _pattern([*REGIONS, *_REGION_ALIASES])
_PLACE_RE = _pattern(PLACES)
_CANONICAL = {n.lower(): n for n in [*REGIONS, *PLACES]} | {
    a.lower(): r for a, r in _REGION_ALIASES.items()
}


def _named(pattern: re.Pattern[str], text: str) -> list[str]:
    """Names matched as proper nouns (capitalised), canonically spelt."""
    return [
        _CANONICAL[m.group(1).lower()] for m in pattern.finditer(text) if m.group(1)[0].isupper()
    ]


def region_in(text: str) -> RegionMatch | None:
    """The first region, else the first place, named in `text`."""
    regions = _named(_REGION_RE, text)
    if regions:
        return RegionMatch(region=regions[0])
    places = _named(_PLACE_RE, text)
    if places:
        return RegionMatch(region=PLACES[places[0]], place=places[0])
    return None


def most_named_region(texts: Iterable[str]) -> RegionMatch | None:
    """The region (or place) named most often across `texts`, for plans whose title names none."""
    regions: Counter[str] = Counter()
    places: Counter[str] = Counter()
    for text in texts:
        regions.update(_named(_REGION_RE, text))
        places.update(_named(_PLACE_RE, text))
    if places and (not regions or places.most_common(1)[0][1] > regions.most_common(1)[0][1]):
        place = places.most_common(1)[0][0]
        return RegionMatch(region=PLACES[place], place=place)
    if regions:
        return RegionMatch(region=regions.most_common(1)[0][0])
    return None
