"""The graph model: schema, records with provenance, and the stores behind one protocol."""

from graphmodel.embedded import EmbeddedStore
from graphmodel.errors import (
    InvalidRecord,
    InvalidStoreUri,
    NodeNotFound,
    PartnergraphError,
    PlanNotFound,
    StoreAuthFailed,
    StoreCorrupt,
    StoreNotWritable,
    StoreUnavailable,
)
from graphmodel.exchange import ExportFormat, InvalidRdf, export_graph, import_rdf
from graphmodel.factory import is_neo4j_uri, open_store
from graphmodel.ids import edge_id, normalise_name, slug, stable_id
from graphmodel.records import (
    DERIVED_PREFIX,
    Contribution,
    Edge,
    Node,
    Provenance,
    contribution,
)
from graphmodel.schema import ACTOR_KINDS, EDGE_ENDPOINTS, EdgeKind, NodeKind, OrganisationKind
from graphmodel.settings import DEFAULT_STORE, Settings
from graphmodel.store import Direction, GraphStore, WriteSummary

__all__ = [
    "ACTOR_KINDS",
    "DEFAULT_STORE",
    "DERIVED_PREFIX",
    "EDGE_ENDPOINTS",
    "Contribution",
    "Direction",
    "Edge",
    "EdgeKind",
    "EmbeddedStore",
    "ExportFormat",
    "GraphStore",
    "InvalidRdf",
    "InvalidRecord",
    "InvalidStoreUri",
    "Node",
    "NodeKind",
    "NodeNotFound",
    "OrganisationKind",
    "PartnergraphError",
    "PlanNotFound",
    "Provenance",
    "Settings",
    "StoreAuthFailed",
    "StoreCorrupt",
    "StoreNotWritable",
    "StoreUnavailable",
    "WriteSummary",
    "contribution",
    "edge_id",
    "export_graph",
    "import_rdf",
    "is_neo4j_uri",
    "normalise_name",
    "open_store",
    "slug",
    "stable_id",
]
