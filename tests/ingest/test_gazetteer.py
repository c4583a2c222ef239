"""The shipped gazetteer: every body the sample plans name is known, with its kind and region."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from graphmodel import OrganisationKind
from ingest.gazetteer import Gazetteer, GazetteerDataError, parse_bodies
from ingest.regions import REGIONS

PLANS = Path(__file__).resolve().parents[2] / "examples" / "plans"
HEADER = "canonical,acronyms,aliases,org_kind,identifier,parent,national,region\n"


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.default()


def test_default_gazetteer_is_read_once(gazetteer: Gazetteer) -> None:
    assert Gazetteer.default() is gazetteer


def test_gazetteer_holds_hundreds_of_bodies_and_every_english_region(
    gazetteer: Gazetteer,
) -> None:
    assert len(gazetteer) > 600
    assert len(gazetteer.local_authorities) > 400
    assert set(gazetteer.regions) == set(REGIONS)
    assert all(b.region in REGIONS for b in gazetteer.local_authorities)


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("UKBA", "UK Border Agency"),
        ("UK Border Agency", "UK Border Agency"),
        ("HO", "Home Office"),
        ("UKVI", "UK Visas and Immigration"),
        ("DWP", "Department for Work and Pensions"),
        ("CLG", "Department for Communities and Local Government"),
        ("DCLG", "Department for Communities and Local Government"),
        ("DoH", "Department of Health"),
        ("MoJ", "Ministry of Justice"),
        ("DfE", "Department for Education"),
        ("GOL", "Government Office for London"),
        ("LDA", "London Development Agency"),
        ("PHE", "Public Health England"),
        ("EMC", "East Midlands Councils"),
        ("EMSMP", "East Midlands Strategic Migration Partnership"),
        ("NEMP", "North East Migration Partnership"),
        ("LSMP", "London Strategic Migration Partnership"),
        ("MRAP", "Migrant and Refugee Advisory Panel"),
        ("emfec", "emfec"),
        ("EMFEC", "emfec"),
        ("JobcentrePlus", "Jobcentre Plus"),
        ("Jobcentre Plus", "Jobcentre Plus"),
        ("Red Cross", "British Red Cross"),
        ("Kings Fund", "The King's Fund"),
        ("The Children's Society", "The Children's Society"),
        ("NRPF Network", "No Recourse to Public Funds Network"),
        ("MPS", "Metropolitan Police Service"),
        ("CABx", "Citizens Advice"),
        ("SERTUC", "Southern and Eastern Region TUC"),
        ("PCTs", "Primary Care Trusts"),
        ("CCGs", "Clinical Commissioning Groups"),
        ("RCOs", "Refugee Community Organisations"),
        ("Oadby & Wigston Borough Council", "Oadby and Wigston Borough Council"),
        ("CEC", "Cheshire East Council"),
        ("SBC", "Stockton-on-Tees Borough Council"),
        ("LB Islington", "Islington Council"),
    ],
)
def test_names_aliases_and_acronyms_find_the_canonical_body(
    gazetteer: Gazetteer, written: str, canonical: str
) -> None:
    body = gazetteer.lookup(written)
    assert body is not None, written
    assert body.canonical == canonical


@pytest.mark.parametrize("word", ["ho", "Ho", "la", "assist me", "", "   "])
def test_short_acronyms_match_only_in_capitals(gazetteer: Gazetteer, word: str) -> None:
    assert gazetteer.lookup(word) is None


def test_every_council_the_east_midlands_board_lists_is_an_east_midlands_authority(
    gazetteer: Gazetteer,
) -> None:
    text = (PLANS / "east-midlands-smp-business-plan-2018-19.txt").read_text(encoding="utf-8")
    board = text[text.index("1.8 Accordingly") : text.index("1.9 EMSMP")]
    councils = set()
    for line in board.splitlines():
        line = line.strip()
        if not line.startswith(("Cllr", "Mayor")) or "Council" not in line:
            continue
        # "Cllr Name Surname (Chair) Leader, X Council" or "Cllr Name Surname X Council".
        body = line.rsplit(",", 1)[1] if "," in line else " ".join(line.split()[3:])
        councils.add(re.sub(r"^\([^)]*\)\s*", "", body.strip()))
    assert len(councils) >= 14
    for council in councils:
        body = gazetteer.lookup(council.strip())
        assert body is not None, council
        assert body.org_kind == OrganisationKind.LOCAL_AUTHORITY
        assert body.region == "East Midlands", council


def test_stockton_council_is_in_the_north_east(gazetteer: Gazetteer) -> None:
    body = gazetteer.lookup("Stockton-on-Tees Borough Council")
    assert body is not None and body.region == "North East"


@pytest.mark.parametrize(
    ("place", "region"),
    [
        ("Crewe", "North West"),
        ("Broxtowe", "East Midlands"),
        ("Oadby and Wigston", "East Midlands"),
        ("Middlesbrough", "North East"),
        ("Lambeth", "London"),
        ("East of England", "East of England"),
        ("Nowhere-on-Sea", None),
    ],
)
def test_places_are_placed_in_their_region(
    gazetteer: Gazetteer, place: str, region: str | None
) -> None:
    assert gazetteer.region_of(place) == region


def test_all_twelve_strategic_migration_partnerships_are_known(gazetteer: Gazetteer) -> None:
    partnerships = [
        "LSMP",
        "EMSMP",
        "NEMP",
        "NWRSMP",
        "WMSMP",
        "Migration Yorkshire",
        "SESPM",
        "SWSMP",
        "East of England Strategic Migration Partnership",
        "WSMP",
        "COSLA Strategic Migration Partnership",
        "NISMP",
    ]
    found = {gazetteer.lookup(p) for p in partnerships}
    assert None not in found
    assert len(found) == 12
    assert all(b is not None and b.org_kind == OrganisationKind.PARTNERSHIP for b in found)


def test_teams_and_sub_bodies_name_a_listed_parent(gazetteer: Gazetteer) -> None:
    ukba = gazetteer.lookup("UKBA")
    assert ukba is not None and ukba.parent == "Home Office"
    parent = gazetteer.parent_of(ukba)
    assert parent is not None and parent.canonical == "Home Office"
    for body in gazetteer.bodies:
        if body.parent:
            assert gazetteer.by_canonical(body.parent) is not None, body.canonical


def test_identifiers_follow_org_id_guide_prefixes(gazetteer: Gazetteer) -> None:
    identifiers = [b.identifier for b in gazetteer.bodies if b.identifier]
    assert identifiers
    assert all(re.fullmatch(r"GB-(?:CHC|COH|GOV|LAE|SC|NIC)-\w+", i) for i in identifiers)
    council = gazetteer.lookup("Refugee Council")
    assert council is not None and council.identifier == "GB-CHC-1014576"


def test_categories_are_marked_as_categories(gazetteer: Gazetteer) -> None:
    for name in ["London boroughs", "ESOL providers", "FE/HE providers", "Faith groups", "VCS"]:
        body = gazetteer.lookup(name)
        assert body is not None and body.is_category, name


def test_fuzzy_ranks_the_intended_body_first_with_a_middling_score(
    gazetteer: Gazetteer,
) -> None:
    (best, score), *_ = gazetteer.fuzzy("Refugee Counsil")
    assert best.canonical == "Refugee Council"
    assert 85 <= score < 96


def test_near_acronyms_find_a_mistyped_partnership(gazetteer: Gazetteer) -> None:
    assert [b.canonical for b in gazetteer.near_acronyms("EMSSMP")] == [
        "East Midlands Strategic Migration Partnership"
    ]
    assert gazetteer.near_acronyms("KK") == []


@pytest.mark.parametrize(
    ("row", "reason"),
    [
        ("Somebody,,,no_such_kind,,,true,\n", "unknown org_kind"),
        (",,,voluntary,,,true,\n", "empty canonical"),
        ("Somebody,,,voluntary,,,maybe,\n", "national must be"),
        ("Somebody,,,voluntary,,,true,Atlantis\n", "unknown region"),
    ],
)
def test_bad_data_rows_are_refused_naming_file_and_line(row: str, reason: str) -> None:
    with pytest.raises(GazetteerDataError, match=rf"extra\.csv line 2: {reason}"):
        parse_bodies(HEADER + row, "extra.csv")


def test_a_parent_that_is_not_listed_is_refused() -> None:
    bodies = parse_bodies(HEADER + "Some Team,,,voluntary,,Nobody,true,\n", "extra.csv")
    with pytest.raises(GazetteerDataError, match="parent 'Nobody'"):
        Gazetteer(bodies)


def test_a_body_listed_twice_is_refused() -> None:
    bodies = parse_bodies(
        HEADER + "Homeless Link,,,voluntary,,,true,\nhomeless link,,,voluntary,,,true,\n", "x.csv"
    )
    with pytest.raises(GazetteerDataError, match="listed twice"):
        Gazetteer(bodies)


@pytest.mark.parametrize(
    ("council", "region"),
    [
        ("Glasgow City Council", "Scotland"),
        ("Cardiff Council", "Wales"),
        ("Belfast City Council", "Northern Ireland"),
        ("Conwy CBC", "Wales"),
    ],
)
def test_councils_of_the_devolved_nations_are_known(
    gazetteer: Gazetteer, council: str, region: str
) -> None:
    body = gazetteer.lookup(council)
    assert body is not None and body.region == region
