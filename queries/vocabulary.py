"""The words action plans are written in: what carries meaning and what is boilerplate.

General English function words and the stock phrases of partnership plans ("work with
partners", "ongoing", "as appropriate") are dropped before comparing actions; multi-word
terms of the field ("English for Speakers of Other Languages", "voluntary and community
sector") become one term, and near-synonyms share one, so different wording of the same need
still meets. Nothing here is specific to one plan.
"""

from __future__ import annotations


def _listed(block: str) -> frozenset[str]:
    return frozenset(block.split())


STOP_WORDS: frozenset[str] = _listed(
    """
    a about above after again against all also am an and any are as at be because been before
    being below between both but by can could did do does doing down during each eg etc few
    for from further had has have having he her here hers herself him himself his how i ie if
    in into is it its itself just me more most my myself no nor not now of off on once only or
    other others our ours ourselves out over own per same she should so some such than that
    the their theirs them themselves then there these they this those through to too under
    until up upon very via was we were what when where which while who whom why will with
    within without would you your yours yourself yourselves across along amongst among around
    including include includes included inc ii iii iv n/a na s t
    """
)

#: The stock vocabulary of action plans: verbs of intent, hedges and schedule words that
#: every action shares and that say nothing about the need it addresses.
BOILERPLATE: frozenset[str] = _listed(
    """
    action actions activity activities agree agreed appropriate approach as-required
    available away area areas basis best better carry carried continue continued continuing
    contribute contribution current currently deliver delivered delivering delivery develop
    developed developing development do done effective effectively element elements enable
    encourage ensure ensuring establish established explore facilitate further future help
    identified identify identifying implement implemented improve improved improvement
    improving increase increased increasing issue issues key lead leads led level levels
    link links make making manage meet meeting meetings monitor monitored monitoring need needs
    new ongoing opportunities opportunity partner partners partnership partnerships
    place plan plans planned planning possible potential priority process processes progress
    promote provide provided providing put range regular regularly relevant require required
    requirement requirements review reviewed role roles set share shared sharing stakeholder
    stakeholders strategy support supported supporting take task tasks team teams through
    timescale undertake undertaken update updates use used using various way ways well where
    appropriate wider work worked working works year years
    january february march april may june july august september october november december
    quarter quarterly annual annually monthly weekly week weeks month months day days
    aim aims objective objectives strategic outcome outcomes target targets indicator
    indicators kpi kpis recommendation recommendations comment comments status exercise
    group groups member members able people local etc number produce produced complete
    completed conduct conducted collate collated show showing arrange arranged
    report reports reporting reported dashboard dashboards uptake record recorded event events
    result results present presented evaluate evaluated evaluation escalate escalation route
    routes bid bids next remaining clear hold held end lessons learnt learned good practice
    """
)

#: Multi-word terms of the field, folded to one term before words are split.
PHRASES: dict[str, str] = {
    "english for speakers of other languages": "esol",
    "english language tuition": "esol",
    "english language courses": "esol",
    "english language classes": "esol",
    "english language support": "esol",
    "english language learning": "esol",
    "english language training": "esol",
    "english language": "esol",
    "english classes": "esol",
    "voluntary community and faith sector": "vcs",
    "voluntary community faith sector": "vcs",
    "voluntary and community sector": "vcs",
    "voluntary and community organisations": "vcs",
    "voluntary sector": "vcs",
    "third sector": "vcs",
    "vcfs": "vcs",
    "vcf": "vcs",
    "vcse": "vcs",
    "unaccompanied asylum seeking children": "uasc",
    "unaccompanied asylum-seeking children": "uasc",
    "no recourse to public funds": "nrpf",
    "front line": "frontline",
    "front-line": "frontline",
    "rough sleeping": "roughsleeping",
    "rough sleepers": "roughsleeping",
    "racially motivated incidents": "hate crime",
    "hate incidents": "hate crime",
    "local authorities": "localauthority",
    "local authority": "localauthority",
    "refugee community organisations": "rco",
    "refugee-led community organisations": "rco",
    "community organisations": "rco",
    "job centre plus": "jobcentre",
    "jobcentre plus": "jobcentre",
    "jobcentreplus": "jobcentre",
    "mental health": "mentalhealth",
    "domestic violence": "domesticabuse",
    "domestic abuse": "domesticabuse",
}

#: Words with the same sense in a plan, folded to the first of each group (after stemming).
SYNONYM_GROUPS: tuple[tuple[str, ...], ...] = (
    ("map", "mapp", "survey", "audit", "scope", "scop"),
    ("class", "course", "lesson", "tuition", "tutor"),
    ("train", "trainer", "workshop"),
    ("asylum", "asylumseek"),
    ("gap", "shortfall"),
    ("fund", "funder", "grant"),
    ("volunteer", "voluntary"),
    ("house", "housing", "accommodation", "accommod"),
    ("employ", "employment", "job", "employability"),
    ("school", "pupil"),
    ("gp", "doctor"),
)

#: How the one-word forms of `PHRASES` read in explanations.
DISPLAY: dict[str, str] = {
    "esol": "ESOL",
    "vcs": "VCS",
    "uasc": "UASC",
    "nrpf": "NRPF",
    "rco": "RCOs",
    "frontline": "front line",
    "roughsleeping": "rough sleeping",
    "localauthority": "local authority",
    "jobcentre": "Jobcentre Plus",
    "mentalhealth": "mental health",
    "domesticabuse": "domestic abuse",
}
