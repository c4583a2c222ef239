"""How the graph model maps onto well-known RDF vocabularies, in one table each way.

Standard vocabularies carry what they can say: the W3C Organization Ontology (organisations,
units, memberships), PROV-O (where each statement came from), SKOS (themes), Dublin Core
(plans, descriptions, parts) and FOAF (people). The project vocabulary (`pg:`, described in
`graphmodel/data/partnergraph.ttl`) covers only what those lack: actions, outcomes,
objectives, milestones and the relationships between them. Node properties without a
standard equivalent go in the open `pgp:` namespace under their own names.

Plain strings only (no rdflib), so exports stream without loading rdflib at all.
"""

from __future__ import annotations

from urllib.parse import quote, unquote

from graphmodel.schema import EdgeKind, NodeKind

RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
ORG = "http://www.w3.org/ns/org#"
PROV = "http://www.w3.org/ns/prov#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCTERMS = "http://purl.org/dc/terms/"
FOAF = "http://xmlns.com/foaf/0.1/"

#: The project vocabulary: classes and relationships the standard vocabularies lack.
PG = "https://partnergraph.org/ns#"
#: Node and edge properties that have no standard equivalent, under their own names.
PGP = "https://partnergraph.org/ns/property#"
#: Graph nodes: `<ID><node id, percent-encoded>`.
ID = "https://partnergraph.org/id/"
#: One resource per edge, carrying its properties and provenance: `<EDGE><edge id>`.
EDGE = "https://partnergraph.org/edge/"
#: One resource per distinct source passage (owner, document, line, confidence).
SOURCE = "https://partnergraph.org/source/"
#: Membership roles as `org:Role` concepts.
ROLE = "https://partnergraph.org/role/"

#: Prefixes written into Turtle and JSON-LD, in this order.
PREFIXES: dict[str, str] = {
    "rdf": RDF,
    "rdfs": RDFS,
    "xsd": XSD,
    "org": ORG,
    "prov": PROV,
    "skos": SKOS,
    "dcterms": DCTERMS,
    "foaf": FOAF,
    "pg": PG,
    "pgp": PGP,
    "pgid": ID,
    "pgedge": EDGE,
    "pgsrc": SOURCE,
    "pgrole": ROLE,
}

RDF_TYPE = RDF + "type"
RDF_FIRST = RDF + "first"
RDF_REST = RDF + "rest"
RDF_NIL = RDF + "nil"
RDF_SUBJECT = RDF + "subject"
RDF_PREDICATE = RDF + "predicate"
RDF_OBJECT = RDF + "object"
RDF_STATEMENT = RDF + "Statement"
RDFS_LABEL = RDFS + "label"

XSD_STRING = XSD + "string"
XSD_INTEGER = XSD + "integer"
XSD_DOUBLE = XSD + "double"
XSD_BOOLEAN = XSD + "boolean"

PROV_WAS_DERIVED_FROM = PROV + "wasDerivedFrom"
PROV_ENTITY = PROV + "Entity"
ORG_ORGANIZATION = ORG + "Organization"
ORG_UNIT = ORG + "OrganizationalUnit"
ORG_MEMBERSHIP = ORG + "Membership"
ORG_MEMBER = ORG + "member"
ORG_ORGANIZATION_PROP = ORG + "organization"
ORG_ROLE = ORG + "role"
ORG_ROLE_CLASS = ORG + "Role"
ORG_HEAD_OF = ORG + "headOf"
ORG_SUB_ORGANIZATION_OF = ORG + "subOrganizationOf"
SKOS_CONCEPT = SKOS + "Concept"
SKOS_PREF_LABEL = SKOS + "prefLabel"
SKOS_ALT_LABEL = SKOS + "altLabel"
FOAF_NAME = FOAF + "name"
DCTERMS_SOURCE = DCTERMS + "source"
DCTERMS_IS_PART_OF = DCTERMS + "isPartOf"

#: A passage of a source document a statement was read from (a `prov:Entity`).
PG_SOURCE_PASSAGE = PG + "SourcePassage"
PG_OWNER = PG + "owner"
PG_LINE = PG + "line"
PG_CONFIDENCE = PG + "confidence"
PG_DISCRIMINATOR = PG + "discriminator"

#: The class that says which kind a node is.
KIND_CLASS: dict[NodeKind, str] = {
    NodeKind.PLAN: PG + "Plan",
    NodeKind.REGION: PG + "Region",
    NodeKind.ORGANISATION: ORG_ORGANIZATION,
    NodeKind.BOARD: PG + "Board",
    NodeKind.TASK_GROUP: PG + "TaskGroup",
    NodeKind.PERSON: FOAF + "Person",
    NodeKind.THEME: PG + "Theme",
    NodeKind.OBJECTIVE: PG + "Objective",
    NodeKind.ACTION: PG + "Action",
    NodeKind.OUTCOME: PG + "Outcome",
    NodeKind.MILESTONE: PG + "Milestone",
}
CLASS_KIND: dict[str, NodeKind] = {iri: kind for kind, iri in KIND_CLASS.items()}

#: Further classes written for a kind, so plain ORG and SKOS consumers see what they expect.
EXTRA_CLASSES: dict[NodeKind, tuple[str, ...]] = {
    NodeKind.BOARD: (ORG_UNIT,),
    NodeKind.TASK_GROUP: (ORG_UNIT,),
    NodeKind.THEME: (SKOS_CONCEPT,),
}

#: Classes import accepts alongside a kind's class (ORG makes a unit an organisation; an
#: organisation that is PART_OF another is a unit).
ALLOWED_CLASSES: dict[NodeKind, frozenset[str]] = {
    kind: frozenset(
        {KIND_CLASS[kind], *EXTRA_CLASSES.get(kind, ())}
        | ({ORG_UNIT} if kind == NodeKind.ORGANISATION else set())
        | ({ORG_ORGANIZATION} if kind in (NodeKind.BOARD, NodeKind.TASK_GROUP) else set())
    )
    for kind in NodeKind
}

#: Where a node's name is repeated for consumers of one vocabulary (import reads rdfs:label).
NAME_MIRROR: dict[NodeKind, str] = {
    NodeKind.PERSON: FOAF_NAME,
    NodeKind.THEME: SKOS_PREF_LABEL,
    NodeKind.ORGANISATION: SKOS_PREF_LABEL,
    NodeKind.BOARD: SKOS_PREF_LABEL,
    NodeKind.TASK_GROUP: SKOS_PREF_LABEL,
}

#: Scalar string properties that a standard term expresses, per node kind.
STANDARD_PROPERTY: dict[NodeKind, dict[str, str]] = {
    NodeKind.PLAN: {
        "title": DCTERMS + "title",
        "region": DCTERMS + "coverage",
        "source_file": DCTERMS_SOURCE,
        "period": DCTERMS + "temporal",
    },
    NodeKind.ORGANISATION: {"identifier": ORG + "identifier"},
    **{
        kind: {"text": DCTERMS + "description"}
        for kind in (
            NodeKind.THEME,
            NodeKind.OBJECTIVE,
            NodeKind.ACTION,
            NodeKind.OUTCOME,
            NodeKind.MILESTONE,
        )
    },
}
STANDARD_PROPERTY_NAME: dict[NodeKind, dict[str, str]] = {
    kind: {iri: name for name, iri in table.items()} for kind, table in STANDARD_PROPERTY.items()
}

#: List properties whose items are repeated under a standard term (import ignores these).
LIST_MIRROR: dict[str, str] = {"aliases": SKOS_ALT_LABEL}

#: The direct predicate of each edge kind; PART_OF depends on what it joins.
EDGE_PREDICATE: dict[EdgeKind, str] = {
    EdgeKind.LEADS: PG + "leads",
    EdgeKind.PARTNER_IN: PG + "partnerIn",
    EdgeKind.FEEDS_INTO: PG + "feedsInto",
    EdgeKind.MEMBER_OF: ORG + "memberOf",
    EdgeKind.PART_OF: DCTERMS_IS_PART_OF,
    EdgeKind.HOSTED_BY: PG + "hostedBy",
    EdgeKind.DEPENDS_ON: PG + "dependsOn",
    EdgeKind.ABOUT: DCTERMS + "subject",
    EdgeKind.COVERS: DCTERMS + "spatial",
    EdgeKind.HAS_MILESTONE: PG + "hasMilestone",
    EdgeKind.SIMILAR_TO: PG + "similarTo",
}
PREDICATE_EDGE: dict[str, EdgeKind] = {iri: kind for kind, iri in EDGE_PREDICATE.items()}
PREDICATE_EDGE[ORG_SUB_ORGANIZATION_OF] = EdgeKind.PART_OF

#: Roles that make a member the head of what they are a member of (`org:headOf`).
HEAD_ROLES = frozenset({"chair", "co-chair", "co chair", "joint chair"})

#: Predicates written only for the convenience of other vocabularies' consumers; import
#: checks they name known things and otherwise ignores them.
MIRROR_PREDICATES = frozenset(
    {FOAF_NAME, SKOS_PREF_LABEL, SKOS_ALT_LABEL, ORG_HEAD_OF, ORG_MEMBER, ORG_ORGANIZATION_PROP}
    | {ORG_ROLE}
)


def edge_predicate(kind: EdgeKind, source: NodeKind) -> str:
    """The direct predicate for an edge: a team PART_OF its organisation is ORG's
    `subOrganizationOf` (the schema lets an organisation be PART_OF only an organisation),
    every other PART_OF is Dublin Core's `isPartOf`."""
    if kind == EdgeKind.PART_OF and source == NodeKind.ORGANISATION:
        return ORG_SUB_ORGANIZATION_OF
    return EDGE_PREDICATE[kind]


def node_iri(node_id: str) -> str:
    return ID + quote(node_id, safe="")


def edge_iri(edge_id: str) -> str:
    return EDGE + quote(edge_id, safe="")


def role_iri(role: str) -> str:
    return ROLE + quote(role.strip().lower().replace(" ", "-"), safe="")


def property_iri(name: str) -> str:
    return PGP + quote(name, safe="")


def node_id_of(iri: str) -> str | None:
    """The node id an IRI names, or None when it is not a node IRI."""
    if not iri.startswith(ID):
        return None
    rest = iri[len(ID) :]
    return unquote(rest) if rest and "/" not in rest else None


def property_name_of(iri: str) -> str | None:
    if not iri.startswith(PGP):
        return None
    return unquote(iri[len(PGP) :]) or None


def vocabulary_turtle() -> str:
    """The project vocabulary (OWL/RDFS) as shipped in `graphmodel/data/partnergraph.ttl`."""
    from importlib.resources import files

    return files("graphmodel.data").joinpath("partnergraph.ttl").read_text(encoding="utf-8")
