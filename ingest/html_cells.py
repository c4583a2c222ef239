"""A table cell's markup to its items and bold runs.

Plans converted from PDF or Word keep each cell's layout as an HTML fragment: `<p>` per
paragraph, `<ul>`/`<ol>` lists that often lack `<li>` tags and instead carry their bullets
(`•`) or item numbers (`1 ... 2 ... 3`) inline, `<b>`/`<strong>` for the lead partner. Readers
of other formats hand over plain text with one item per line. Either way the result is a
`Cell` whose items are the cell's own list items, in order, with the markers removed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from html.parser import HTMLParser

from ingest.tablemodel import Cell

#: Characters that start a bulleted item wherever they stand after whitespace.
BULLETS = "•▪◦●■‣∙"

#: Tags that end the current item (its text becomes an item of its own).
_BLOCK_TAGS = frozenset(
    {
        "p",
        "div",
        "br",
        "hr",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "blockquote",
        "table",
        "thead",
        "tbody",
        "tr",
        "td",
        "th",
        "dl",
        "dt",
        "dd",
        "section",
        "article",
        "pre",
    }
)
_LIST_TAGS = frozenset({"ul", "ol", "menu"})
_BOLD_TAGS = frozenset({"b", "strong"})
_SKIPPED_TAGS = frozenset({"script", "style", "head", "title"})
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(bold|bolder|[6-9]00)", re.IGNORECASE)

_SPACE = re.compile(r"\s+")
_BULLET_AT_ITEM_START = re.compile(rf"(?<!\S)[{BULLETS}]")
_DASH_AT_ITEM_START = re.compile(r"(?<!\S)[-–]\s")
#: An item number standing alone: "1 ", "2. ", "3) " (one or two digits, not part of "3.3.1").
_ITEM_NUMBER = re.compile(r"(?<![\S])(\d{1,2})([.)]?)\s+(?=\S)")
_MARKDOWN_BOLD = re.compile(r"\*\*(?=\S)(.+?)(?<=\S)\*\*", re.DOTALL)
_MARKDOWN_LINK = re.compile(r"\[([^\]\n]*)\]\([^)\s]*\)")
_MARKDOWN_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|<>])")


def tidy(text: str) -> str:
    """Collapse runs of whitespace (including non-breaking spaces) to one space."""
    return _SPACE.sub(" ", text.replace("\xa0", " ")).strip()


def unmark_markdown(text: str) -> str:
    """Turn the markdown a converter left in plain text into HTML the cell parser reads."""
    text = _MARKDOWN_LINK.sub(r"\1", text)
    text = _MARKDOWN_ESCAPE.sub(r"\1", text)
    return _MARKDOWN_BOLD.sub(r"<b>\1</b>", text)


@dataclass
class _Numbering:
    """Where an item-numbered list has got to: the number the next item should carry."""

    next_number: int | None = None


def _valid_number(text: str, match: re.Match[str]) -> bool:
    """A bare number must be followed by a capitalised word ("2 Hold"), not "2 people"."""
    following = text[match.end()]
    if match.group(2):
        return not following.isdigit()
    return following.isupper() or following in "\"'“‘(["


def _split_numbered(text: str, numbering: _Numbering) -> list[str]:
    """Split "1 a 2 b 3 c" into items when the numbers run in sequence from the start."""
    stripped = text.lstrip()
    offset = len(text) - len(stripped)
    markers = [m for m in _ITEM_NUMBER.finditer(text) if _valid_number(text, m)]
    if not markers or markers[0].start() != offset:
        return [text]
    expected = numbering.next_number or 1
    if int(markers[0].group(1)) != expected:
        return [text]
    if numbering.next_number is None and not any(int(m.group(1)) == 2 for m in markers[1:]):
        return [text]
    items: list[str] = []
    start = markers[0].end()
    for marker in markers[1:]:
        if int(marker.group(1)) == expected + 1:
            items.append(text[start : marker.start()])
            start = marker.end()
            expected += 1
    items.append(text[start:])
    numbering.next_number = expected + 1
    return items


def _split_bulleted(text: str) -> list[str]:
    """Split on bullet characters at item starts, and on dashes when the text opens with one."""
    pieces = _BULLET_AT_ITEM_START.split(text)
    if len(pieces) == 1 and text.lstrip()[:2] in ("- ", "– "):
        pieces = _DASH_AT_ITEM_START.split(text)
    return pieces


def split_items(text: str, numbering: _Numbering | None = None) -> list[str]:
    """One run of cell text to its items: numbered sequences first, then bullets."""
    items: list[str] = []
    for numbered in _split_numbered(text, numbering or _Numbering()):
        for piece in _split_bulleted(numbered):
            item = tidy(piece)
            if item:
                items.append(item)
    return items


@dataclass
class _Container:
    tag: str
    numbering: _Numbering = field(default_factory=_Numbering)


class _CellParser(HTMLParser):
    """Walks a fragment, cutting items at block and list boundaries, collecting bold runs."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.items: list[str] = []
        self.bold_runs: list[str] = []
        self._buffer: list[str] = []
        self._bold_buffer: list[str] = []
        self._containers: list[_Container] = []
        self._bold_depth = 0
        self._span_bold: list[bool] = []
        self._skip_depth = 0

    @property
    def _bold(self) -> bool:
        return self._bold_depth > 0 or any(self._span_bold)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIPPED_TAGS:
            self._skip_depth += 1
        elif tag in _BOLD_TAGS:
            self._flush_bold()
            self._bold_depth += 1
        elif tag == "span":
            style = dict(attrs).get("style") or ""
            self._flush_bold()
            self._span_bold.append(bool(_BOLD_STYLE.search(style)))
        elif tag in _LIST_TAGS or tag == "li":
            self._flush()
            self._containers.append(_Container(tag))
        elif tag in _BLOCK_TAGS:
            self._flush()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _BLOCK_TAGS or tag in _LIST_TAGS or tag == "li":
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIPPED_TAGS:
            self._skip_depth = max(0, self._skip_depth - 1)
        elif tag in _BOLD_TAGS:
            self._flush_bold()
            self._bold_depth = max(0, self._bold_depth - 1)
        elif tag == "span":
            self._flush_bold()
            if self._span_bold:
                self._span_bold.pop()
        elif tag in _LIST_TAGS or tag == "li":
            self._flush()
            self._close_container(tag)
        elif tag in _BLOCK_TAGS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if self._skip_depth:
            return
        self._buffer.append(data)
        if self._bold:
            self._bold_buffer.append(data)

    def close(self) -> None:
        super().close()
        self._flush()

    def _close_container(self, tag: str) -> None:
        for index in range(len(self._containers) - 1, -1, -1):
            if self._containers[index].tag == tag or (
                tag in _LIST_TAGS and self._containers[index].tag in _LIST_TAGS
            ):
                del self._containers[index:]
                return

    def _flush_bold(self) -> None:
        run = tidy("".join(self._bold_buffer))
        self._bold_buffer.clear()
        if run:
            self.bold_runs.append(run)

    def _flush(self) -> None:
        self._flush_bold()
        text = "".join(self._buffer)
        self._buffer.clear()
        while text.strip():
            text = self._resume_outer_list(text)

    def _resume_outer_list(self, text: str) -> str:
        """Emit the items of `text` in the current list; return what belongs to an outer one.

        Converters drop closing tags, so a nested list's text may run on into the next
        number of the numbered list around it ("... • last bullet 3 Next task"); that number
        closes the nested list.
        """
        for depth in range(len(self._containers) - 2, -1, -1):
            outer = self._containers[depth]
            expected = outer.numbering.next_number
            if expected is None:
                continue
            for marker in _ITEM_NUMBER.finditer(text):
                if int(marker.group(1)) == expected and _valid_number(text, marker):
                    if text[: marker.start()].strip():
                        self._emit(text[: marker.start()])
                        del self._containers[depth + 1 :]
                        return text[marker.start() :]
                    break
        self._emit(text)
        return ""

    def _emit(self, text: str) -> None:
        innermost = self._containers[-1] if self._containers else None
        if innermost is not None and innermost.tag == "li":
            item = tidy(text.lstrip().lstrip(BULLETS))
            if item:
                self.items.append(item)
        elif innermost is not None:
            self.items.extend(split_items(text, innermost.numbering))
        else:
            self.items.extend(split_items(text))


def parse_cell(fragment: str, *, markdown: bool = False) -> Cell:
    """A cell's HTML (or plain) text to a Cell; `markdown` also honours `**bold**` and links."""
    if markdown:
        fragment = unmark_markdown(fragment)
    parser = _CellParser()
    parser.feed(fragment)
    parser.close()
    return make_cell(parser.items, parser.bold_runs)


def plain_cell(text: str, bold: Iterable[str] = ()) -> Cell:
    """A cell whose source gives plain text with one item per line (spreadsheets, CSV)."""
    return make_cell(items_from_lines(text.splitlines()), bold)


def items_from_lines(lines: Iterable[str]) -> list[str]:
    """Items of text laid out one per line; numbers running 1, 2, 3 down the lines go."""
    kept = [line for line in lines if line.strip()]
    numbers = [_leading_number(line) for line in kept]
    sequence = [number[0] for number in numbers if number is not None]
    numbered = len(sequence) >= 2 and sequence == list(range(1, len(sequence) + 1))
    items: list[str] = []
    for line, number in zip(kept, numbers, strict=True):
        if numbered and number is not None:
            line = line[number[1] :]
        items.extend(split_items(line))
    return items


def _leading_number(line: str) -> tuple[int, int] | None:
    """The item number a line opens with, and where the item's text starts."""
    match = _ITEM_NUMBER.match(line, len(line) - len(line.lstrip()))
    if match is None or not _valid_number(line, match):
        return None
    return int(match.group(1)), match.end()


def make_cell(items: Sequence[str], bold: Iterable[str] = ()) -> Cell:
    """A Cell from tidy items; text is the items joined by newlines."""
    kept = tuple(item for item in (tidy(i) for i in items) if item)
    runs = tuple(run for run in (tidy(b) for b in bold) if run)
    return Cell(text="\n".join(kept), items=kept, bold=runs)
