"""What a mention of an actor is, and where run-together names of bodies split.

Plans converted from PDF or Word often lose the line breaks between the bodies in a partner
cell ("GLA Diversity and Social Policy Team Learning and Skills Council ESOL providers CLG").
`split_bodies` finds the bodies again: known names from the gazetteer first (dynamic
programming over the words, most words covered by known names, then fewest names), then
capitalisation rules for what the gazetteer lacks. `classify_mention` says what one mention
is (a person, staff initials, a team, a board, a generic "Police"...) by general rules.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib import resources

from ingest.gazetteer import Gazetteer, acronym_key


class MentionKind(StrEnum):
    ORGANISATION = "organisation"
    TEAM = "team"
    PERSON = "person"
    INITIALS = "initials"
    CATEGORY = "category"
    GENERIC = "generic"
    ROLE_TITLE = "role_title"
    BOARD = "board"
    TASK_GROUP = "task_group"
    UNKNOWN = "unknown"


#: Words that end a body's name when they follow it directly ("Stop Hate UK").
NATION_SUFFIXES = frozenset({"UK", "GB", "England", "Scotland", "Wales", "Cymru"})


def _vocabulary(words: str) -> frozenset[str]:
    """A set of lower-case words written as one readable block."""
    return frozenset(words.lower().split())


#: Words that end a complete body's name: a capitalised word after one starts a new body.
BODY_END_WORDS = _vocabulary(
    """team teams unit units council councils network networks forum fora partnership
    partnerships board boards group groups service services agency agencies society trust
    trusts foundation centre centres center project projects alliance organisations
    organisation providers members association associations authority authorities commission
    inspectorate office department federation union unions police constabulary church churches
    school schools college colleges university charity hub panel committee bureau bureaux
    landlords fund clinic directorate"""
)
#: Endings that make a name a team or staff of the body named before it ("GLA Housing Unit").
TEAM_END_WORDS = _vocabulary(
    """team teams unit units officer officers members staff directorate division section
    department"""
)
#: Lower-case words that continue a name ("Learning and Skills Council").
CONNECTORS = frozenset({"and", "&", "of", "for", "the", "to", "in", "on", "with", "de", "upon"})
#: Connectors that may stand between two bodies and belong to neither.
JOINERS = frozenset({"and", "&", "or", "plus"})

_HONORIFIC = re.compile(
    r"^(?:cllr|councillor|mr|mrs|ms|miss|mx|dr|prof|professor|rev|revd|reverend|sir|dame"
    r"|lord|lady|baroness|baron|insp|inspector|sgt|sergeant|pc|pcso|ds|di|supt|det|mayor)\.?"
    r"\s+(?:\(\s*)?(?-i:[A-Z])[\w'’-]+",
    re.I,
)
_RANKED_INITIALS = re.compile(
    r"^(?:ch\.? ?insp|insp|inspector|sgt|pcso|pc|ds|di|supt|cllr|dr)\.?\s*[A-Z]{2,3}$", re.I
)
_CAPS = re.compile(r"^[A-Z][A-Z0-9&]+s?$")
_INITIALS = re.compile(r"^[A-Z]{2,4}$")
_TASK_GROUP = re.compile(
    r"(?i)\b(?:task(?: and| &)? finish group|task ?group|working group|steering group"
    r"|sub-?group|subgroup|reference group|project group|implementation group)s?\b"
)
_BOARD = re.compile(r"(?i)\b(?:board|panel|forum|fora|committee|partnership|assembly)s?\b")
_ROLE_END = re.compile(
    r"(?i)\b(?:officers?|chair(?:man|woman|person)?|vice[- ]chair|director|chief executive"
    r"|manager|co-?ordinators?|coordinators?|head|lead member|secretary|advisers?|advisors?"
    r"|workers?|lead|leads|staff|team leader|commissioner|cdo|representatives?|reps?"
    r"|champions?|mayor|councillors?|cllrs?)$"
)
#: Acronyms of posts, not bodies: Director of Children's Services, of Public Health...
_ROLE_ACRONYM = re.compile(
    r"^(?:(?:lead|the|a)\s+)?(?:DCS|DASS|DPH|CEO|CX|MD|HoS|SRO|SPOC|DSL|LADO|VC)s?$", re.I
)
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_PERSON_WORD = re.compile(r"^[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?$")
_INITIAL_SURNAME = re.compile(r"^[A-Z]\.?(?: [A-Z]\.?)? [A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?$")

#: Words of service areas and generic bodies: a mention made only of these names no one body.
GENERIC_WORDS = _vocabulary(
    """police policing public health communities community cohesion team teams local authority
    authorities council councils the our housing education social services service care
    children's childrens children youth environmental admissions safety adult adults mental
    schools school neighbourhood hate crime equality equalities diversity inclusion
    development regeneration planning employment skills library libraries leisure sport
    transport benefits customer fire rescue ambulance gp practices practice surgery hospital
    probation prison courts sector voluntary statutory agencies agency partners partner
    departments department unit units officers staff engagement support integration
    investigation and of for relevant other all key front line frontline protection trading
    standards licensing welfare well-being wellbeing family families early years help
    strategic policy county district borough city region regional sub"""
)
#: Common words in organisations' names: a two-word name made of these is not a person.
_NOT_NAME_WORDS = GENERIC_WORDS | _vocabulary(
    """Action Works First Together Support Link Links Help Aid Hope New Life Future Start
    Sure Open Door Bridge Bridges Voice Voices Friends City County North South East West
    Central United World Global National London British English Positive Women Men Young
    People Refugee Refugees Migrant Migrants Asylum Sanctuary Welcome Home Homes House Advice
    Rights Justice Law Legal Learning Training Jobs Work Business Enterprise Trade Money
    Credit Food Bank Shelter Crisis Street Streets Upbeat Chamber Commerce Alliance Network
    Centre Forum Project Group Board Trust Fund Health Housing Council Team Unit Office
    Service Services Partnership Agency Society Foundation Church Mosque Temple Faith
    Christian Muslim Jewish Sikh Hindu Islamic Catholic Methodist Baptist Mission Citizens
    Student Students Volunteer Volunteers Carers Families Kids Youth Children Arts Music
    Sports Football Club Events Week Day Time Central Park Green Red Blue Star Light
    Good Best Better Real Inclusion Diversity Equality Unity Peace Change Future Access
    Direct Care Connect Connectors Community Communities Cohesion Development England
    Scotland Wales Cymru Ireland Northern Britain Welsh Scottish Irish Stress Trauma Traumatic
    Mental Wellbeing Recovery Counselling Therapy"""
)
_STRIP_MENTION = re.compile(r"^[\s,;.:\-–•]+|[\s,;.:\-–•]+$")


@cache
def given_names() -> frozenset[str]:
    """Common UK given names, from the shipped list (for telling people from bodies)."""
    text = resources.files("ingest.data").joinpath("given_names.txt").read_text("utf-8")
    return frozenset(
        line.strip().lower() for line in text.splitlines() if line.strip() and line[0] != "#"
    )


def _words(text: str) -> list[str]:
    return _WORD.findall(text)


def is_acronym_like(token: str) -> bool:
    """ "UKBA", "PCTs", "LSMP": two or more capitals (an optional plural s)."""
    return bool(_CAPS.match(token)) and len(acronym_key(token).rstrip("s")) >= 2


def _is_known_acronym(token: str, gazetteer: Gazetteer) -> bool:
    return gazetteer.lookup_acronym(token) is not None


def looks_like_person(text: str, gazetteer: Gazetteer | None = None) -> bool:
    """ "Cllr Heather Smith", "Steven Hume", "J. Smith": a named individual."""
    text = _STRIP_MENTION.sub("", text)
    if _HONORIFIC.match(text) and not _RANKED_INITIALS.match(text.replace(" ", "")):
        rest = _HONORIFIC.sub("", text, count=1)
        return not _BOARD.search(rest) and not re.search(r"(?i)\b(?:council|team)\b", rest)
    if gazetteer is not None and gazetteer.lookup(text) is not None:
        return False
    if _INITIAL_SURNAME.match(text):
        return True
    words = text.split()
    if not 2 <= len(words) <= 3 or not all(_PERSON_WORD.match(w) for w in words):
        return False
    if any(w.lower() in _NOT_NAME_WORDS or w.lower() in BODY_END_WORDS for w in words):
        return False
    return gazetteer is None or not any(gazetteer.is_place(w) for w in words)


def is_generic(text: str) -> bool:
    """ "Police", "Public Health", "Communities Team", "the Council": names no one body."""
    words = [w.lower() for w in _words(text.replace("/", " "))]
    return bool(words) and all(w in GENERIC_WORDS for w in words)


def classify_mention(text: str, gazetteer: Gazetteer | None = None) -> MentionKind:
    """What one mention names, by general rules (the gazetteer decides known acronyms)."""
    gazetteer = gazetteer or Gazetteer.default()
    text = _STRIP_MENTION.sub("", " ".join(text.split()))
    if not re.search(r"[A-Za-z]", text):
        return MentionKind.UNKNOWN
    compact = text.replace(" ", "")
    if _RANKED_INITIALS.match(compact) and not gazetteer.lookup(text):
        return MentionKind.INITIALS
    known = gazetteer.lookup(text)
    if _HONORIFIC.match(text) and known is None and looks_like_person(text):
        # A known body named after someone ("Sir William Stanier School") is the body.
        return MentionKind.PERSON
    if known is not None:
        if known.is_category:
            return MentionKind.CATEGORY
        last = text.split()[-1].lower()
        if known.parent and last in TEAM_END_WORDS:
            return MentionKind.TEAM
        return MentionKind.ORGANISATION
    if is_generic(text):
        return MentionKind.GENERIC
    if _ROLE_ACRONYM.match(text):
        return MentionKind.ROLE_TITLE
    if _INITIALS.match(text):
        return MentionKind.INITIALS
    if _TASK_GROUP.search(text):
        return MentionKind.TASK_GROUP
    if _ROLE_END.search(text):
        return MentionKind.ROLE_TITLE
    words = text.split()
    if words[-1].lower() in ("team", "teams", "unit", "units"):
        return MentionKind.TEAM
    if _BOARD.search(words[-1]):
        return MentionKind.BOARD
    if looks_like_person(text, gazetteer) or (
        len(words) in (2, 3) and words[0].lower() in given_names() and text.istitle()
    ):
        return MentionKind.PERSON
    if is_acronym_like(text) or any(w[:1].isupper() for w in words):
        return MentionKind.ORGANISATION
    return MentionKind.GENERIC


# -- splitting ------------------------------------------------------------------------------

_TOKEN = re.compile(r"\([^()]*\)?|[;\n\r•]|,|/|[^\s,;/()\n\r•]+")
_HARD = {";", "\n", "\r", "•"}
_DASHES = {"-", "–", "—"}
_MAX_SPAN = 10


@dataclass
class _Token:
    text: str
    #: Separator before this token: "" (space), "," or "/" or "hard" (";", newline).
    before: str = ""
    #: A parenthetical glued to the token ("(LSMP)", "(advisory role)").
    note: str = ""

    @property
    def shown(self) -> str:
        return f"{self.text} {self.note}" if self.note else self.text


def _tokens(text: str) -> list[_Token]:
    tokens: list[_Token] = []
    pending = ""
    for match in _TOKEN.finditer(text):
        piece = match.group(0)
        if piece not in _HARD:
            piece = " ".join(piece.split())
        if not piece:
            continue
        if piece in _HARD:
            pending = "hard"
        elif piece in _DASHES:
            pending = pending or "-"
        elif piece in (",", "/"):
            pending = "hard" if pending == "hard" else (pending or piece)
            if piece == "," and pending == "/":
                pending = ","
        elif piece.startswith("("):
            if tokens and not pending:
                note = tokens[-1].note
                tokens[-1].note = f"{note} {piece}".strip()
            else:
                tokens.append(_Token(piece, pending))
                pending = ""
        else:
            tokens.append(_Token(piece, pending))
            pending = ""
    return tokens


def _span_text(tokens: list[_Token]) -> str:
    out = ""
    for i, token in enumerate(tokens):
        if i == 0:
            out = token.shown
        elif token.before == "/":
            out = f"{out}/{token.shown}"
        elif token.before == ",":
            out = f"{out}, {token.shown}"
        elif token.before == "-":
            out = f"{out} - {token.shown}"
        else:
            out = f"{out} {token.shown}"
    return out


def _known_span(tokens: list[_Token], gazetteer: Gazetteer) -> bool:
    if any(t.before == "hard" for t in tokens[1:]):
        return False
    if len(tokens) == 1:
        word = tokens[0].text
        if is_acronym_like(word) or (word.lower() == word and _is_known_acronym(word, gazetteer)):
            return _is_known_acronym(word, gazetteer)
    words = [t.text for t in tokens]
    if words[0] in JOINERS or words[-1] in CONNECTORS | JOINERS:
        return False
    return gazetteer.lookup(" ".join(words)) is not None


def _slash_breaks(left: _Token, right: _Token, gazetteer: Gazetteer) -> bool:
    """A slash separates bodies when a side is an acronym or body, or the left is complete."""
    sides = (left.text, right.text)
    if any(is_acronym_like(s) or _is_known_acronym(s, gazetteer) for s in sides):
        return True
    return left.text.lower() in BODY_END_WORDS or left.text.lower() in TEAM_END_WORDS


def _breaks_before(current: list[_Token], token: _Token, gazetteer: Gazetteer) -> bool:
    if token.before in ("hard", ","):
        return True
    return token.before == "/" and (
        _slash_breaks(current[-1], token, gazetteer)
        or looks_like_person(_span_text(current), gazetteer)
    )


def _segment_unknown(tokens: list[_Token], gazetteer: Gazetteer) -> list[list[_Token]]:
    """Capitalisation rules for a stretch no known name covers."""
    names: list[list[_Token]] = []
    current: list[_Token] = []
    for token in tokens:
        word = token.text
        if current and _breaks_before(current, token, gazetteer):
            names.append(current)
            current = []
        if word.startswith("("):
            current.append(token)
            continue
        acronym = is_acronym_like(word) or (
            word.lower() == word and _is_known_acronym(word, gazetteer)
        )
        if acronym:
            if current:
                names.append(current)
            current = [token]
            continue
        if current:
            last = current[-1].text
            complete = last.lower() in BODY_END_WORDS or (
                is_acronym_like(last) and word[:1].isupper()
            )
            if complete and word[:1].isupper():
                names.append(current)
                current = []
        current.append(token)
    if current:
        names.append(current)
    return names


def _trim_joiners(tokens: list[_Token]) -> list[_Token]:
    start, end = 0, len(tokens)
    while start < end and tokens[start].text in JOINERS and not tokens[start].note:
        start += 1
    while end > start and tokens[end - 1].text in JOINERS and not tokens[end - 1].note:
        end -= 1
    return tokens[start:end]


def split_bodies(text: str, gazetteer: Gazetteer | None = None) -> list[str]:
    """The bodies named in `text`, in order, each as the plan wrote it."""
    gazetteer = gazetteer or Gazetteer.default()
    tokens = _tokens(text)
    n = len(tokens)
    if n == 0:
        return []
    # best[i] = (known words covered, -known names) for tokens[:i]; back[i] = span start or -1.
    best: list[tuple[int, int]] = [(0, 0)] * (n + 1)
    back: list[int] = [-1] * (n + 1)
    for i in range(1, n + 1):
        best[i], back[i] = best[i - 1], -1
        for start in range(max(0, i - _MAX_SPAN), i):
            if _known_span(tokens[start:i], gazetteer):
                score = (best[start][0] + (i - start), best[start][1] - 1)
                if score > best[i]:
                    best[i], back[i] = score, start
    pieces: list[tuple[bool, list[_Token]]] = []
    i = n
    while i > 0:
        if back[i] >= 0:
            pieces.append((True, tokens[back[i] : i]))
            i = back[i]
        else:
            start = i - 1
            while start > 0 and back[start] < 0:
                start -= 1
            pieces.append((False, tokens[start:i]))
            i = start
    pieces.reverse()
    return _assemble(pieces, gazetteer)


def _assemble(pieces: list[tuple[bool, list[_Token]]], gazetteer: Gazetteer) -> list[str]:
    segments: list[tuple[bool, list[_Token]]] = []
    for known, tokens in pieces:
        if known:
            segments.append((True, tokens))
            continue
        for name in _segment_unknown(tokens, gazetteer):
            trimmed = _trim_joiners(name)
            if trimmed:
                segments.append((False, trimmed))
    position = {id(t): i for i, t in enumerate(t for _, tokens in pieces for t in tokens)}
    merged: list[tuple[bool, list[_Token]]] = []
    for known, tokens in segments:
        if merged and tokens[0].before not in ("hard", ","):
            prev_known, prev = merged[-1]
            # Only names side by side join: a dropped "and" between them keeps them apart.
            adjacent = position[id(tokens[0])] == position[id(prev[-1])] + 1
            joined = adjacent and (
                tokens[0].before != "/" or not _slash_breaks(prev[-1], tokens[0], gazetteer)
            )
            team_of = (
                not known
                and tokens[-1].text.lower() in TEAM_END_WORDS
                and (prev_known or is_acronym_like(prev[-1].text))
                and tokens[0].text[:1].isupper()
                and len(prev) <= 4
            )
            sub_body = tokens[0].before == "-"
            body_word = not known and len(tokens) == 1 and tokens[0].text.lower() in BODY_END_WORDS
            single_word = (
                prev_known
                and len(prev) == 1
                and not is_acronym_like(prev[0].text)
                and not known
                and tokens[0].text[:1].isupper()
                and prev[0].text.lower() not in BODY_END_WORDS
            )
            lower_tail = known and tokens[0].text[:1].islower() and not prev_known
            # "Stop Hate UK", "Refugee Action Scotland": a nation ends the name before it.
            nation = len(tokens) == 1 and tokens[0].text in NATION_SUFFIXES
            if joined and (team_of or single_word or lower_tail or sub_body or body_word or nation):
                merged[-1] = (False, prev + tokens)
                continue
        merged.append((known, tokens))
    return [_span_text(tokens) for _, tokens in merged]
