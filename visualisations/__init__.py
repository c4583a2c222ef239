"""Interactive partner network diagrams built from the graph and query results.

Builders return a `Diagram` (plain data); `render_page` and `render_fragment` turn it into
HTML with the package's own template and the vis-network build shipped alongside.
"""

from visualisations.appearance import SHARES_ACTIONS, NodeStatus
from visualisations.assets import ASSETS, asset_bytes
from visualisations.diagram import MAX_NODES, Diagram, DiagramEdge, DiagramNode
from visualisations.ego import ego_network
from visualisations.errors import DiagramNotWritten, DiagramSubjectNotFound
from visualisations.overlaps import overlaps_diagram, overlaps_map
from visualisations.partner_network import partner_network
from visualisations.render import diagram_payload, embed_json, render_fragment, render_page
from visualisations.scope import Scope, resolve_scope
from visualisations.withdrawal import withdrawal_diagram, withdrawal_scenario

__all__ = [
    "ASSETS",
    "MAX_NODES",
    "SHARES_ACTIONS",
    "Diagram",
    "DiagramEdge",
    "DiagramNode",
    "DiagramNotWritten",
    "DiagramSubjectNotFound",
    "NodeStatus",
    "Scope",
    "asset_bytes",
    "diagram_payload",
    "ego_network",
    "embed_json",
    "overlaps_diagram",
    "overlaps_map",
    "partner_network",
    "render_fragment",
    "render_page",
    "resolve_scope",
    "withdrawal_diagram",
    "withdrawal_scenario",
]
