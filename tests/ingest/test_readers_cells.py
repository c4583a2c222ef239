"""Parsing a cell's HTML fragment (as converters leave it) into items and bold runs."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from ingest.html_cells import parse_cell, plain_cell


def test_paragraphs_are_items() -> None:
    cell = parse_cell(
        "<p>GLA Diversity and Social Policy Team</p> <p>Relevant delivery partners</p>"
    )
    assert cell.items == ("GLA Diversity and Social Policy Team", "Relevant delivery partners")
    assert cell.text == "GLA Diversity and Social Policy Team\nRelevant delivery partners"


def test_list_without_li_splits_on_bullets_after_lead_in_text() -> None:
    cell = parse_cell(
        'Carry out assessment which: <ul style="list-style-type: none"> • maps data • identifies gaps'
    )
    assert cell.items == ("Carry out assessment which:", "maps data", "identifies gaps")


def test_numbered_items_split_only_as_an_increasing_sequence() -> None:
    cell = parse_cell(
        '<ol style="list-style-type: none"> 1 Convene group of 3 partners. 2 Hold roundtable. 4 Later.'
    )
    assert cell.items == ("Convene group of 3 partners.", "Hold roundtable. 4 Later.")


def test_a_lone_number_is_not_a_list() -> None:
    assert parse_cell("<p>1 Work with the relevant GLA Policy teams</p>").items == (
        "1 Work with the relevant GLA Policy teams",
    )
    assert parse_cell("1 st quarter").items == ("1 st quarter",)
    assert parse_cell("3.3.1 Ensure that 2 Things").items == ("3.3.1 Ensure that 2 Things",)


def test_dotted_numbers_and_dashes_split_when_the_list_opens_with_them() -> None:
    assert parse_cell("1. Map provision 2. Share plans").items == ("Map provision", "Share plans")
    assert parse_cell("<ul>- GLA - UKBA - Refugee Council</ul>").items == (
        "GLA",
        "UKBA",
        "Refugee Council",
    )
    assert parse_cell("Tension mitigation - zero hours").items == (
        "Tension mitigation - zero hours",
    )


def test_li_tags_entities_and_bold_runs() -> None:
    cell = parse_cell(
        "<ul><li><b>Refugee Council</b> &amp; partners</li><li>UKBA&nbsp;team</li></ul>"
        "<p><strong>GLA</strong><br>LSEB <span style='font-weight: 700'>NHS London</span></p>"
    )
    assert cell.items == ("Refugee Council & partners", "UKBA team", "GLA", "LSEB NHS London")
    assert cell.bold == ("Refugee Council", "GLA", "NHS London")


def test_underline_and_italic_are_kept_as_text_not_bold() -> None:
    cell = parse_cell(
        "<p><u>Lead:</u> To be designated</p> <p><u>Partners:</u> All <i>MAF</i> members</p>"
    )
    assert cell.items == ("Lead: To be designated", "Partners: All MAF members")
    assert cell.bold == ()


def test_markdown_bold_counts_only_when_asked() -> None:
    assert parse_cell("**GLA** and UKBA", markdown=True).bold == ("GLA",)
    assert parse_cell("**GLA** and UKBA").bold == ()


def test_script_and_style_content_is_dropped() -> None:
    assert parse_cell("<style>p{}</style>Lead<script>alert(1)</script>").items == ("Lead",)


def test_plain_cell_takes_one_item_per_line_and_inline_bullets() -> None:
    cell = plain_cell("Refugee Council\n\n• GLA • UKBA\n", bold=["Refugee Council"])
    assert cell.items == ("Refugee Council", "GLA", "UKBA")
    assert cell.bold == ("Refugee Council",)


_word = st.text(alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLM", min_size=1, max_size=9)
_words = st.lists(_word, min_size=1, max_size=6).map(" ".join)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_parser_never_crashes_and_items_are_tidy(fragment: str) -> None:
    cell = parse_cell(fragment, markdown=True)
    assert cell.text == "\n".join(cell.items)
    assert all(item and item == " ".join(item.split()) for item in cell.items)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(_words, min_size=1, max_size=6),
    st.sampled_from(["li", "p", "bullet", "number", "br"]),
    st.sampled_from(["ul", "ol", ""]),
)
def test_items_written_in_any_list_style_come_back(
    items: list[str], style: str, wrapper: str
) -> None:
    if style == "li":
        body = "".join(f"<li>{item}</li>" for item in items)
    elif style == "p":
        body = " ".join(f"<p>{item}</p>" for item in items)
    elif style == "bullet":
        body = " ".join(f"• {item}" for item in items)
    elif style == "br":
        body = "<br/>".join(items)
    else:
        body = " ".join(f"{n} {item[0].upper()}{item[1:]}" for n, item in enumerate(items, 1))
        items = [f"{item[0].upper()}{item[1:]}" for item in items]
        if len(items) == 1:
            items = [f"1 {items[0]}"]
    fragment = f'<{wrapper} style="list-style-type: none">{body}</{wrapper}>' if wrapper else body
    assert parse_cell(fragment).items == tuple(items)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.tuples(_words, st.booleans()), min_size=1, max_size=8),
    st.sampled_from(["b", "strong"]),
)
def test_words_and_bold_runs_reconstruct_the_text(runs: list[tuple[str, bool]], tag: str) -> None:
    fragment = " ".join(f"<{tag}>{text}</{tag}>" if bold else text for text, bold in runs)
    cell = parse_cell(fragment)
    assert " ".join(cell.items).split() == " ".join(text for text, _ in runs).split()
    assert " ".join(cell.bold).split() == " ".join(text for text, bold in runs if bold).split()
