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
    "Teesside, Tees Valley, Northumberland, North Tyneside, South Tyneside, Tyne and Wear, "
    "Tynemouth, Morpeth, Hexham, Peterlee, Bishop Auckland",
    "North West": "Manchester, Greater Manchester, Liverpool, Merseyside, Cheshire, Cheshire East, "
    "Cheshire West, Crewe, Chester, Warrington, Lancashire, Preston, Blackburn, Blackpool, "
    "Bolton, Oldham, Rochdale, Salford, Stockport, Tameside, Trafford, Wigan, Cumbria, "
    "Carlisle, Wirral, Sefton, Knowsley, St Helens, Halton, Burnley, "
    "Barrow-in-Furness, Kendal, Widnes, Runcorn, Macclesfield, Birkenhead, Southport, Wythenshawe",
    "Yorkshire and the Humber": "Yorkshire, Leeds, Sheffield, Bradford, Hull, Kingston upon Hull, "
    "York, Wakefield, Kirklees, Huddersfield, Calderdale, Halifax, Rotherham, Doncaster, "
    "Barnsley, Humberside, North Lincolnshire, North East Lincolnshire, Grimsby, South Yorkshire, "
    "West Yorkshire, North Yorkshire, East Riding, East Riding of Yorkshire, Harrogate, "
    "Scarborough, Scunthorpe, Keighley, Dewsbury, Batley",
    "East Midlands": "Derbyshire, Derby, Leicestershire, Leicester, Lincolnshire, Lincoln, "
    "Nottinghamshire, Nottingham, Northamptonshire, Northampton, Rutland, Boston, Mansfield, "
    "Gedling, Broxtowe, Wellingborough, Kettering, Corby, Chesterfield, Loughborough, "
    "Charnwood, Bassetlaw, Ashfield, Newark, Grantham, Skegness, Spalding, Melton",
    "West Midlands": "Birmingham, Coventry, Wolverhampton, Walsall, Dudley, Sandwell, Solihull, "
    "Staffordshire, Stoke-on-Trent, Stoke, Warwickshire, Worcestershire, Worcester, "
    "Herefordshire, Hereford, Shropshire, Telford, Shrewsbury, Nuneaton, Redditch, "
    "Tamworth, Cannock, Kidderminster, Black Country",
    "East of England": "Norfolk, Norwich, Suffolk, Ipswich, Cambridgeshire, Cambridge, "
    "Peterborough, Essex, Chelmsford, Colchester, Southend, Thurrock, Hertfordshire, "
    "Bedfordshire, Bedford, Luton, Great Yarmouth, King's Lynn, Waveney, Lowestoft, Thetford, "
    "Breckland, Basildon, Harlow, Watford, Stevenage, St Albans, Hertford, Fenland, Wisbech",
    "London": "Westminster, Camden, Islington, Hackney, Tower Hamlets, Newham, Southwark, Lambeth, "
    "Lewisham, Greenwich, Croydon, Barnet, Brent, Ealing, Haringey, Enfield, Hounslow, "
    "Hillingdon, Harrow, Redbridge, Waltham Forest, Wandsworth, City of London, Barking, "
    "Dagenham, Barking and Dagenham, Bexley, Bromley, Havering, Hammersmith, Fulham, Kensington, "
    "Kingston upon Thames, Merton, Richmond upon Thames",
    "South East": "Kent, Medway, Surrey, Sussex, East Sussex, West Sussex, Brighton, Hampshire, "
    "Southampton, Portsmouth, Berkshire, Slough, Oxfordshire, Oxford, "
    "Buckinghamshire, Milton Keynes, Isle of Wight, Gravesend, Chatham, Dover, "
    "Folkestone, Ashford, Canterbury, Maidstone, Margate, Thanet, Crawley, Guildford, "
    "Woking, High Wycombe, Aylesbury, Basingstoke, Winchester",
    "South West": "Bristol, Devon, Plymouth, Exeter, Cornwall, Somerset, Dorset, Bournemouth, "
    "Gloucestershire, Gloucester, Wiltshire, Swindon, Torbay, Torquay, Bath, Taunton, Yeovil, "
    "Cheltenham, Poole, Weymouth, Truro, Salisbury",
    "Scotland": "Glasgow, Edinburgh, Aberdeen, Dundee, Inverness, Aberdeenshire, "
    "Argyll and Bute, Clackmannanshire, Dumfries and Galloway, East Ayrshire, North Ayrshire, "
    "South Ayrshire, Falkirk, Fife, Highland, Inverclyde, Midlothian, East Lothian, West Lothian, "
    "Moray, North Lanarkshire, South Lanarkshire, Perth, Perth and Kinross, Renfrewshire, "
    "East Renfrewshire, Stirling, Scottish Borders, West Dunbartonshire, East Dunbartonshire, "
    "Orkney, Shetland, Paisley, Motherwell, Kirkcaldy, Dunfermline",
    "Wales": "Cardiff, Swansea, Newport, Wrexham, Vale of Glamorgan, Bridgend, Caerphilly, "
    "Carmarthenshire, Ceredigion, Conwy, Denbighshire, Flintshire, Gwynedd, Anglesey, Ynys Mon, "
    "Merthyr Tydfil, Monmouthshire, Neath Port Talbot, Pembrokeshire, Powys, "
    "Rhondda Cynon Taf, Torfaen, Blaenau Gwent, Llanelli",
    "Northern Ireland": "Belfast, Derry, Londonderry, Newry, Lisburn, Armagh, Omagh, Antrim, "
    "Craigavon, Ballymena",
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
