"""How each kind of node and edge looks, in one place, so every diagram and its legend agree.

Kinds differ by shape as well as colour so the diagrams read without colour vision; statuses
(withdrawn, orphaned, at risk) override the fill and are also spelt out in tooltips and lists.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from graphmodel import EdgeKind, NodeKind


class NodeStatus(StrEnum):
    """What a scenario says about a node; drawn over its kind's colour."""

    FOCUS = "focus"
    WITHDRAWN = "withdrawn"
    ORPHANED = "orphaned"
    WEAKENED = "weakened"
    AT_RISK = "at_risk"


#: Edge types a diagram draws besides the graph's own `EdgeKind`s.
SHARES_ACTIONS = "SHARES_ACTIONS"


@dataclass(frozen=True)
class NodeStyle:
    label: str
    color: str
    shape: str


@dataclass(frozen=True)
class EdgeStyle:
    label: str
    color: str
    dashes: bool = False


NODE_STYLES: dict[str, NodeStyle] = {
    NodeKind.ORGANISATION: NodeStyle("Organisation", "#1f6fb4", "dot"),
    NodeKind.BOARD: NodeStyle("Board", "#2a8a3e", "square"),
    NodeKind.TASK_GROUP: NodeStyle("Task group", "#138d99", "hexagon"),
    NodeKind.PERSON: NodeStyle("Person", "#8a5bb8", "triangle"),
    NodeKind.ACTION: NodeStyle("Action", "#a88a1c", "diamond"),
    NodeKind.OUTCOME: NodeStyle("Outcome", "#c2528f", "star"),
    NodeKind.OBJECTIVE: NodeStyle("Objective", "#b07a9a", "triangleDown"),
    NodeKind.THEME: NodeStyle("Theme", "#8c6658", "ellipse"),
    NodeKind.PLAN: NodeStyle("Plan", "#33386e", "box"),
    NodeKind.REGION: NodeStyle("Region", "#5a6d2e", "database"),
    NodeKind.MILESTONE: NodeStyle("Milestone", "#6b8fb8", "square"),
}

STATUS_STYLES: dict[str, NodeStyle] = {
    NodeStatus.FOCUS: NodeStyle("Subject of the diagram", "#111111", ""),
    NodeStatus.WITHDRAWN: NodeStyle("Withdrawn", "#5c5c5c", ""),
    NodeStatus.ORPHANED: NodeStyle("Orphaned (no lead left)", "#c62828", ""),
    NodeStatus.WEAKENED: NodeStyle("Weakened", "#f0a030", ""),
    NodeStatus.AT_RISK: NodeStyle("At risk", "#e65100", ""),
}

EDGE_STYLES: dict[str, EdgeStyle] = {
    SHARES_ACTIONS: EdgeStyle("Shares actions", "#5b7fa6"),
    EdgeKind.LEADS: EdgeStyle("Leads", "#1f4e79"),
    EdgeKind.PARTNER_IN: EdgeStyle("Partner in", "#7aa6d6", dashes=True),
    EdgeKind.FEEDS_INTO: EdgeStyle("Feeds into", "#a0527f"),
    EdgeKind.MEMBER_OF: EdgeStyle("Member of", "#2a8a3e"),
    EdgeKind.PART_OF: EdgeStyle("Part of", "#8a8a8a", dashes=True),
    EdgeKind.HOSTED_BY: EdgeStyle("Hosted by", "#138d99", dashes=True),
    EdgeKind.DEPENDS_ON: EdgeStyle("Depends on", "#a88a1c"),
    EdgeKind.ABOUT: EdgeStyle("About", "#8c6658", dashes=True),
    EdgeKind.COVERS: EdgeStyle("Covers", "#5a6d2e", dashes=True),
    EdgeKind.HAS_MILESTONE: EdgeStyle("Has milestone", "#6b8fb8", dashes=True),
    EdgeKind.SIMILAR_TO: EdgeStyle("Similar to", "#e65100"),
}


def node_style(kind: str) -> NodeStyle:
    return NODE_STYLES.get(kind, NodeStyle(kind, "#777777", "dot"))


def edge_style(kind: str) -> EdgeStyle:
    return EDGE_STYLES.get(kind, EdgeStyle(kind.replace("_", " ").capitalize(), "#999999"))
