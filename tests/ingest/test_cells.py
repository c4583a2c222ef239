"""Cell patterns for who leads and who partners."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from ingest.cells import interpret, parse_actors, split_names
from ingest.html_cells import make_cell
from ingest.roles import ColumnRole


def _names(mentions) -> list[str]:  # type: ignore[no-untyped-def]
    return [m.name for m in mentions]


def test_labelled_lead_and_partners_in_one_cell() -> None:
    cell = make_cell(["Lead: MAF Chair", "Partners: County LAA coordinator, LSP teams"])
    parsed = parse_actors(cell, ColumnRole.ACTORS, "labelled")
    assert _names(parsed.leads) == ["MAF"]
    assert parsed.leads[0].shape == "role_title"
    assert _names(parsed.partners) == ["County LAA", "LSP teams"]
    assert parsed.how == "labelled"


def test_underlined_labels_read_like_plain_ones() -> None:
    cell = make_cell(["<u>Lead:</u> Police hate crime team <u>Partners:</u> REC, housing staff"])
    parsed = parse_actors(cell, ColumnRole.ACTORS, "labelled")
    assert _names(parsed.leads) == ["Police hate crime team"]
    assert len(parsed.partners) == 2


def test_placeholder_lead_means_no_lead_yet() -> None:
    parsed = parse_actors(make_cell(["Lead: to be nominated"]), ColumnRole.ACTORS, "labelled")
    assert parsed.leads == ()
    assert parsed.lead_pending == "to be nominated"


def test_lead_marked_in_brackets() -> None:
    parsed = parse_actors(
        make_cell(["Housing Team (lead), Police, Fire Service"]), ColumnRole.ACTORS
    )
    assert _names(parsed.leads) == ["Housing Team"]
    assert _names(parsed.partners) == ["Police", "Fire Service"]


def test_bold_runs_are_the_leads_when_the_header_says_so() -> None:
    cell = make_cell(["Alpha Trust", "Beta Council", "Gamma Forum"], bold=["Beta Council"])
    parsed = parse_actors(cell, ColumnRole.ACTORS, "bold")
    assert _names(parsed.leads) == ["Beta Council"]
    assert _names(parsed.partners) == ["Alpha Trust", "Gamma Forum"]


def test_first_body_leads_when_bold_was_lost() -> None:
    cell = make_cell(["Alpha Trust", "Beta Council, Gamma Forum"])
    parsed = parse_actors(cell, ColumnRole.ACTORS, "bold")
    assert _names(parsed.leads) == ["Alpha Trust"]
    assert _names(parsed.partners) == ["Beta Council", "Gamma Forum"]


def test_co_leads_joined_by_slash_or_ampersand() -> None:
    assert split_names("emfec/EMSMP", None, co_leads=True) == ["emfec", "EMSMP"]
    assert split_names("Public Health/KK/DC", None, co_leads=True) == ["Public Health", "KK", "DC"]
    assert split_names("Partnership Chair & Lead Officer", None, co_leads=True) == [
        "Partnership Chair",
        "Lead Officer",
    ]
    assert split_names("Learning and Skills Council", None, co_leads=True) == [
        "Learning and Skills Council"
    ]


def test_slash_between_words_of_one_title_is_not_two_bodies() -> None:
    assert split_names("Social inclusion/diversity manager", None, co_leads=True) == [
        "Social inclusion/diversity manager"
    ]


def test_ranked_initials_are_a_person_with_a_rank() -> None:
    mention = interpret("InspKW")
    assert (mention.shape, mention.name, mention.role) == ("initials", "KW", "Inspector")


def test_person_of_an_organisation() -> None:
    mention = interpret("Rebecca Stubbs - Sir William Stanier School")
    assert mention.shape == "person_of_organisation"
    assert (mention.name, mention.organisation) == ("Rebecca Stubbs", "Sir William Stanier School")


def test_role_titles_name_their_body_or_the_plan_owner() -> None:
    officers = interpret("EMC Officers")
    assert (officers.shape, officers.organisation, officers.owner_role) == (
        "role_title",
        "EMC",
        False,
    )
    own = interpret("Partnership Lead Officer")
    assert own.owner_role
    chair = interpret("Chair of EMSMP")
    assert chair.organisation == "EMSMP"


@given(
    st.lists(
        st.sampled_from(["Alpha Trust", "Beta Council", "Gamma Forum", "Delta Group"]),
        min_size=1,
        max_size=4,
        unique=True,
    )
)
def test_comma_separated_partners_are_each_kept(names: list[str]) -> None:
    parsed = parse_actors(make_cell([", ".join(names)]), ColumnRole.PARTNERS)
    assert _names(parsed.partners) == names


@given(st.text(max_size=80))
def test_any_cell_text_parses_without_error(text: str) -> None:
    for role in (ColumnRole.LEAD, ColumnRole.PARTNERS, ColumnRole.ACTORS):
        parse_actors(make_cell([text]), role, "bold")


def test_role_title_body_drops_dangling_connectors() -> None:
    mention = interpret("Executive Director and lead DPH")
    assert mention.shape == "role_title"
    assert not mention.name.lower().startswith("and ")


def test_long_partner_runs_are_split_even_when_they_end_in_a_role() -> None:
    names = split_names(
        "Alpha Trust Beta Council Link body members",
        lambda t: ["Alpha Trust", "Beta Council", "Link body members"],
    )
    assert names == ["Alpha Trust", "Beta Council", "Link body members"]
