"""The graph's vocabulary: node kinds (Neo4j labels), edge kinds (relationship types) and
organisation kinds.

These enums are the only source of labels and relationship types that ever reach Cypher,
so text from a plan can never become a label or a type.
"""

from __future__ import annotations

from enum import StrEnum


class NodeKind(StrEnum):
    PLAN = "Plan"
    REGION = "Region"
    ORGANISATION = "Organisation"
    BOARD = "Board"
    TASK_GROUP = "TaskGroup"
    PERSON = "Person"
    THEME = "Theme"
    OBJECTIVE = "Objective"
    ACTION = "Action"
    OUTCOME = "Outcome"
    MILESTONE = "Milestone"


class EdgeKind(StrEnum):
    LEADS = "LEADS"
    PARTNER_IN = "PARTNER_IN"
    FEEDS_INTO = "FEEDS_INTO"
    MEMBER_OF = "MEMBER_OF"
    PART_OF = "PART_OF"
    HOSTED_BY = "HOSTED_BY"
    DEPENDS_ON = "DEPENDS_ON"
    ABOUT = "ABOUT"
    COVERS = "COVERS"
    HAS_MILESTONE = "HAS_MILESTONE"
    SIMILAR_TO = "SIMILAR_TO"


class OrganisationKind(StrEnum):
    LOCAL_AUTHORITY = "local_authority"
    GOVERNMENT = "government"
    NHS = "nhs"
    POLICE = "police"
    VOLUNTARY = "voluntary"
    FAITH = "faith"
    EDUCATION = "education"
    PRIVATE = "private"
    PARTNERSHIP = "partnership"
    CATEGORY = "category"
    OTHER = "other"


#: Node kinds that can lead or partner in an action ("actors").
ACTOR_KINDS: frozenset[NodeKind] = frozenset(
    {NodeKind.ORGANISATION, NodeKind.PERSON, NodeKind.BOARD, NodeKind.TASK_GROUP}
)

#: Which (source kind, target kind) pairs each edge kind allows. The stores reject others.
EDGE_ENDPOINTS: dict[EdgeKind, frozenset[tuple[NodeKind, NodeKind]]] = {
    EdgeKind.LEADS: frozenset((a, NodeKind.ACTION) for a in ACTOR_KINDS),
    EdgeKind.PARTNER_IN: frozenset((a, NodeKind.ACTION) for a in ACTOR_KINDS),
    EdgeKind.FEEDS_INTO: frozenset(
        {
            (NodeKind.ACTION, NodeKind.OUTCOME),
            (NodeKind.ACTION, NodeKind.OBJECTIVE),
            (NodeKind.OUTCOME, NodeKind.OUTCOME),
            (NodeKind.OUTCOME, NodeKind.OBJECTIVE),
            (NodeKind.OBJECTIVE, NodeKind.OBJECTIVE),
            (NodeKind.TASK_GROUP, NodeKind.BOARD),
            (NodeKind.TASK_GROUP, NodeKind.TASK_GROUP),
            (NodeKind.BOARD, NodeKind.BOARD),
            (NodeKind.BOARD, NodeKind.ORGANISATION),
            (NodeKind.TASK_GROUP, NodeKind.ORGANISATION),
            (NodeKind.ORGANISATION, NodeKind.ORGANISATION),
            (NodeKind.ORGANISATION, NodeKind.BOARD),
        }
    ),
    EdgeKind.MEMBER_OF: frozenset(
        (a, b)
        for a in (NodeKind.PERSON, NodeKind.ORGANISATION)
        for b in (NodeKind.BOARD, NodeKind.TASK_GROUP, NodeKind.ORGANISATION)
    ),
    EdgeKind.PART_OF: frozenset(
        {
            (NodeKind.ORGANISATION, NodeKind.ORGANISATION),
            (NodeKind.PERSON, NodeKind.ORGANISATION),
            (NodeKind.ACTION, NodeKind.PLAN),
            (NodeKind.OUTCOME, NodeKind.PLAN),
            (NodeKind.OBJECTIVE, NodeKind.PLAN),
            (NodeKind.THEME, NodeKind.PLAN),
            (NodeKind.BOARD, NodeKind.PLAN),
            (NodeKind.TASK_GROUP, NodeKind.PLAN),
            (NodeKind.OBJECTIVE, NodeKind.THEME),
        }
    ),
    EdgeKind.HOSTED_BY: frozenset(
        (a, NodeKind.ORGANISATION)
        for a in (NodeKind.ORGANISATION, NodeKind.BOARD, NodeKind.TASK_GROUP, NodeKind.PLAN)
    ),
    EdgeKind.DEPENDS_ON: frozenset({(NodeKind.ACTION, NodeKind.ACTION)}),
    EdgeKind.ABOUT: frozenset(
        {(NodeKind.ACTION, NodeKind.THEME), (NodeKind.OUTCOME, NodeKind.THEME)}
    ),
    EdgeKind.COVERS: frozenset({(NodeKind.PLAN, NodeKind.REGION)}),
    EdgeKind.HAS_MILESTONE: frozenset({(NodeKind.ACTION, NodeKind.MILESTONE)}),
    EdgeKind.SIMILAR_TO: frozenset({(NodeKind.ACTION, NodeKind.ACTION)}),
}
