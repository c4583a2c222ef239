"""RDF exchange: the mapping onto standard vocabularies, exact round trips on both stores,
the personal-data switch, and import's refusal of bad input (which writes nothing)."""

from __future__ import annotations

import io
import re
import tempfile
from pathlib import Path
from typing import Any

import pytest
import rdflib
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rdflib import RDF, RDFS, Literal, Namespace, URIRef
from rdflib.compare import isomorphic

from graphmodel import (
    EDGE_ENDPOINTS,
    EdgeKind,
    EmbeddedStore,
    GraphStore,
    InvalidRdf,
    Node,
    NodeKind,
    Provenance,
    Settings,
    contribution,
    export_graph,
    import_rdf,
)
from graphmodel.exchange import UnknownExchangeFormat, import_rdf_file, rdf_format_for
from graphmodel.exchange.people import PeopleWithheld
from graphmodel.exchange.vocabulary import vocabulary_turtle
from graphmodel.records import Edge
from tests.graphmodel import exchange_graphs as sample

RDF_FORMATS = ["turtle", "jsonld", "nt"]
PARSER = {"turtle": "turtle", "jsonld": "json-ld", "nt": "nt"}
PG = Namespace("https://partnergraph.org/ns#")
PGP = Namespace("https://partnergraph.org/ns/property#")
PGID = Namespace("https://partnergraph.org/id/")
ORG = Namespace("http://www.w3.org/ns/org#")
PROV = Namespace("http://www.w3.org/ns/prov#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
DCTERMS = Namespace("http://purl.org/dc/terms/")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
SPARQL = Path(__file__).resolve().parents[2] / "docs" / "sparql"

#: rdflib's own JSON-LD parser (used here to read exports back) warns about its internals.
pytestmark = pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated")


def exported(store: GraphStore, fmt: str, include_people: bool = True) -> bytes:
    out = io.BytesIO()
    export_graph(store, fmt, out, include_people=include_people)
    return out.getvalue()


def as_graph(data: bytes, fmt: str) -> rdflib.Graph:
    return rdflib.Graph().parse(data=data, format=PARSER[fmt])


def contents(store: GraphStore) -> tuple[list[Any], list[Any]]:
    """Everything a store holds, in a form that compares equal when the content is equal
    (provenance as a set: the order owners were written in is not content)."""

    def prov(entries: tuple[Provenance, ...]) -> list[tuple[Any, ...]]:
        return sorted({(p.plan, p.document, p.line, p.confidence) for p in entries}, key=repr)

    nodes = sorted(
        (n.id, n.kind.value, n.name, n.properties, prov(n.provenance)) for n in store.nodes()
    )
    edges = sorted(
        (
            (e.source, e.kind.value, e.target, e.discriminator, e.properties, prov(e.provenance))
            for e in store.edges()
        ),
        key=repr,
    )
    return nodes, edges


@pytest.fixture
def sample_store(store: GraphStore) -> GraphStore:
    sample.build(store)
    return store


@pytest.fixture
def empty_embedded(tmp_path: Path) -> EmbeddedStore:
    return EmbeddedStore(tmp_path / "imported")


# -- round trips ---------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_export_import_export_gives_an_isomorphic_graph(
    sample_store: GraphStore, fmt: str, tmp_path: Path
) -> None:
    first = exported(sample_store, fmt)
    original = contents(sample_store)
    sample_store.clear()
    assert sample_store.counts() == {}

    summary = import_rdf(sample_store, first, fmt)

    assert isomorphic(as_graph(first, fmt), as_graph(exported(sample_store, fmt), fmt))
    assert contents(sample_store) == original
    assert summary.nodes == len(original[0]) and summary.edges == len(original[1])
    assert [o.owner for o in summary.owners][-1] == sample.SIMILARITY


def test_the_three_rdf_serialisations_say_the_same_thing(sample_store: GraphStore) -> None:
    turtle = as_graph(exported(sample_store, "turtle"), "turtle")
    assert isomorphic(turtle, as_graph(exported(sample_store, "jsonld"), "jsonld"))
    assert isomorphic(turtle, as_graph(exported(sample_store, "nt"), "nt"))


def test_import_from_one_store_into_the_other_backend_keeps_everything(
    sample_store: GraphStore, empty_embedded: EmbeddedStore
) -> None:
    import_rdf(empty_embedded, exported(sample_store, "turtle"), "turtle")
    assert contents(empty_embedded) == contents(sample_store)


def test_reimporting_the_same_export_changes_nothing(sample_store: GraphStore) -> None:
    data = exported(sample_store, "nt")
    before = contents(sample_store)
    summary = import_rdf(sample_store, data, "nt")
    assert contents(sample_store) == before
    assert all(o.replaced for o in summary.owners)


def test_export_is_deterministic(sample_store: GraphStore) -> None:
    assert exported(sample_store, "turtle") == exported(sample_store, "turtle")


# -- the mapping onto standard vocabularies -----------------------------------------------------


def test_organisations_teams_and_memberships_use_the_organization_ontology(
    sample_store: GraphStore,
) -> None:
    g = as_graph(exported(sample_store, "turtle"), "turtle")
    team, gla = (
        PGID["org-gla-diversity-and-social-policy-team"],
        PGID["org-greater-london-authority"],
    )
    board, chair = PGID["board-regional-migration-board"], PGID["person-heather-smith"]

    assert (gla, RDF.type, ORG.Organization) in g
    assert (team, ORG.subOrganizationOf, gla) in g
    assert (team, RDF.type, ORG.OrganizationalUnit) in g
    assert (board, RDF.type, ORG.OrganizationalUnit) in g
    assert (chair, ORG.memberOf, board) in g
    assert (chair, ORG.headOf, board) in g
    assert (PGID["person-david-liversidge"], ORG.headOf, board) not in g
    memberships = list(g.subjects(RDF.type, ORG.Membership))
    assert len(memberships) == 4
    roles = {
        str(g.value(role, SKOS.prefLabel))
        for m in memberships
        if g.value(m, ORG.member) == chair
        for role in g.objects(m, ORG.role)
    }
    assert roles == {"chair", "member"}
    assert (gla, SKOS.altLabel, Literal("GLA")) in g


def test_plans_people_themes_and_provenance_use_dublin_core_foaf_skos_and_prov(
    sample_store: GraphStore,
) -> None:
    g = as_graph(exported(sample_store, "turtle"), "turtle")
    plan = PGID[sample.LONDON]
    assert (plan, DCTERMS.title, Literal("London Enriched implementation plan")) in g
    assert (plan, DCTERMS.coverage, Literal("London")) in g
    assert (plan, DCTERMS.source, Literal(sample.DOCUMENTS[sample.LONDON])) in g
    assert (plan, DCTERMS.spatial, PGID["region-london"]) in g
    theme = PGID["theme-london-english-language"]
    assert (theme, RDF.type, SKOS.Concept) in g
    assert (theme, SKOS.prefLabel, Literal("English language")) in g
    person = PGID["person-satnam-singh"]
    assert (person, RDF.type, FOAF.Person) in g
    assert (person, FOAF.name, Literal("Satnam Singh")) in g
    action = PGID["act-london-3-3-1"]
    assert (action, RDF.type, PG.Action) in g
    assert (action, DCTERMS.subject, theme) in g
    source = g.value(action, PROV.wasDerivedFrom)
    assert g.value(source, PG.line).toPython() == 62
    assert g.value(source, PG.confidence).toPython() == 0.9
    assert str(g.value(source, DCTERMS.source)) == sample.DOCUMENTS[sample.LONDON]
    tasks = list(rdflib.collection.Collection(g, g.value(action, PGP.tasks)))
    assert len(tasks) == 3 and tasks[1] == tasks[2]


def test_every_edge_is_a_direct_triple_and_a_statement_with_its_provenance(
    sample_store: GraphStore,
) -> None:
    g = as_graph(exported(sample_store, "nt"), "nt")
    statements = list(g.subjects(RDF.type, RDF.Statement))
    assert len(statements) == sum(1 for _ in sample_store.edges())
    for statement in statements:
        triple = (
            g.value(statement, RDF.subject),
            g.value(statement, RDF.predicate),
            g.value(statement, RDF.object),
        )
        assert triple in g
        assert g.value(statement, PROV.wasDerivedFrom) is not None
    similar = next(s for s in statements if g.value(s, RDF.predicate) == PG.similarTo)
    assert g.value(similar, PGP.score).toPython() == 0.42
    owner = g.value(g.value(similar, PROV.wasDerivedFrom), PG.owner)
    assert str(owner) == sample.SIMILARITY


def test_every_project_term_used_is_declared_in_the_shipped_vocabulary(
    sample_store: GraphStore,
) -> None:
    vocabulary = rdflib.Graph().parse(data=vocabulary_turtle(), format="turtle")
    declared = set(vocabulary.subjects(RDF.type, None))
    g = as_graph(exported(sample_store, "turtle"), "turtle")
    used = {t for triple in g for t in triple if isinstance(t, URIRef) and t.startswith(PG)}
    assert used and used <= declared
    for cls in (PG.Board, PG.TaskGroup):
        assert (cls, RDFS.subClassOf, ORG.OrganizationalUnit) in vocabulary
    assert (PG.Theme, RDFS.subClassOf, SKOS.Concept) in vocabulary


def test_ids_that_are_not_iri_safe_are_percent_encoded_and_come_back_unchanged(
    sample_store: GraphStore,
) -> None:
    data = exported(sample_store, "turtle").decode()
    assert "milestone-2018%2F19%20report%3A%2030%20June" in data
    sample_store.clear()
    import_rdf(sample_store, data.encode(), "turtle")
    assert sample_store.node("milestone-2018/19 report: 30 June") is not None


# -- people ---------------------------------------------------------------------------------------


def _names_found(text: str) -> list[str]:
    flat = " ".join(text.split()).lower()
    names = [*sample.PEOPLE, "Heather Smith", "heather-smith", "satnam-singh", "steven-hume"]
    return [name for name in names if name.lower() in flat]


@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_without_people_no_named_individual_appears_anywhere(
    sample_store: GraphStore, fmt: str
) -> None:
    with_people = exported(sample_store, fmt).decode()
    assert _names_found(with_people)

    text = exported(sample_store, fmt, include_people=False).decode()

    assert _names_found(text) == []
    g = as_graph(text.encode(), fmt)
    assert not list(g.subjects(RDF.type, FOAF.Person))
    assert "Refugee Council" in text
    assert "Partnership Lead Officer" in text
    comments = g.value(PGID["act-east-midlands-annual-report"], PGP.comments)
    assert str(comments) == "Chair [name withheld] to sign off; [name withheld] agreed."


def test_withholding_pseudonymises_ids_spelt_from_a_persons_name() -> None:
    prov = (Provenance(plan="p", document="d.txt"),)
    people = [
        Node(id="person-satnam-singh", kind=NodeKind.PERSON, name="Satnam Singh", provenance=prov),
        Node(id="person-kh", kind=NodeKind.PERSON, name="KH", provenance=prov),
    ]
    withheld = PeopleWithheld(people)
    renamed = withheld.ident("group-satnam-singh-working-group")
    assert renamed.startswith("group-withheld-") and "satnam" not in renamed
    assert withheld.ident("org-khalsa-aid") == "org-khalsa-aid"
    assert withheld.text("Lead: KH/SAC; khaki kit") == "Lead: [name withheld]/SAC; khaki kit"
    assert (
        withheld.edge(
            Edge(source="person-kh", target="act-1", kind=EdgeKind.LEADS, provenance=prov)
        )
        is None
    )


# -- bad input ------------------------------------------------------------------------------------


def _valid_nt(store: GraphStore) -> str:
    return exported(store, "nt").decode()


def _assert_rejected(store: GraphStore, data: str, fmt: str, *expected: str) -> InvalidRdf:
    before = contents(store)
    counts = store.counts()
    with pytest.raises(InvalidRdf) as caught:
        import_rdf(store, data.encode(), fmt, name="bad.nt")
    assert store.counts() == counts
    assert contents(store) == before
    error = caught.value
    assert error.status_code == 422
    assert "\n" not in error.message and error.message.startswith("bad.nt: ")
    for text in expected:
        assert text in error.message
    assert len(error.details["triples"]) <= 5
    return error


def test_malformed_turtle_is_refused_and_nothing_is_written(sample_store: GraphStore) -> None:
    data = exported(sample_store, "turtle").decode()
    broken = data.replace(" ;\n    rdfs:label", " ;\n    rdfs:label <<", 1)
    error = _assert_rejected(sample_store, broken, "turtle", "not valid turtle")
    assert error.details["triples"] == []


def test_malformed_json_ld_is_refused(sample_store: GraphStore) -> None:
    _assert_rejected(sample_store, '{"@graph": [', "jsonld", "not valid jsonld")


def test_an_action_led_by_a_theme_is_refused_with_the_offending_triple(
    sample_store: GraphStore,
) -> None:
    theme, action = PGID["theme-london-english-language"], PGID["act-london-3-3-2"]
    data = _valid_nt(sample_store) + (
        f"<{theme}> <{PG.leads}> <{action}> .\n"
        f"<https://partnergraph.org/edge/bad> <{RDF.type}> <{RDF.Statement}> .\n"
        f"<https://partnergraph.org/edge/bad> <{RDF.subject}> <{theme}> .\n"
        f"<https://partnergraph.org/edge/bad> <{RDF.predicate}> <{PG.leads}> .\n"
        f"<https://partnergraph.org/edge/bad> <{RDF.object}> <{action}> .\n"
        f"<https://partnergraph.org/edge/bad> <{PROV.wasDerivedFrom}> "
        f"<https://partnergraph.org/source/x> .\n"
        f'<https://partnergraph.org/source/x> <{PG.owner}> "{sample.LONDON}" .\n'
        f'<https://partnergraph.org/source/x> <{DCTERMS.source}> "london.txt" .\n'
        f"<https://partnergraph.org/source/x> <{RDF.type}> <{PG.SourcePassage}> .\n"
    )
    error = _assert_rejected(sample_store, data, "nt", "LEADS cannot join a Theme to a Action")
    assert error.details["triples"][0]["triple"].startswith("<https://partnergraph.org/edge/bad>")


def test_an_edge_to_an_undefined_node_is_refused(sample_store: GraphStore) -> None:
    data = _valid_nt(sample_store)
    target = str(PGID["act-london-3-3-1"])
    nowhere = str(PGID["act-nowhere"])
    assert f"<{target}> ." in data
    broken = data.replace(f"<{PG.dependsOn}> <{target}> .", f"<{PG.dependsOn}> <{nowhere}> .")
    broken = broken.replace(f"<{RDF.object}> <{target}> .", f"<{RDF.object}> <{nowhere}> .", 1)
    error = _assert_rejected(sample_store, broken, "nt", "'act-nowhere'", "neither described")
    assert "act-nowhere" in error.details["triples"][0]["triple"]


def test_an_unknown_class_is_refused_and_at_most_five_triples_are_listed(
    sample_store: GraphStore,
) -> None:
    data = _valid_nt(sample_store)
    broken = data.replace(f"<{PG.Action}> .", f"<{PG.Widget}> .")
    assert broken.count(str(PG.Widget)) > 5
    error = _assert_rejected(sample_store, broken, "nt", "more")
    assert len(error.details["triples"]) == 5
    assert all("Widget" in t["triple"] for t in error.details["triples"])


def test_unknown_predicates_and_ill_typed_literals_are_refused(sample_store: GraphStore) -> None:
    plan = PGID[sample.LONDON]
    data = _valid_nt(sample_store) + (
        f'<{plan}> <http://example.org/colour> "red" .\n'
        f'<{plan}> <{PGP.budget}> "lots"^^<http://www.w3.org/2001/XMLSchema#integer> .\n'
    )
    error = _assert_rejected(sample_store, data, "nt", "unknown predicate", "not a valid integer")
    assert len(error.details["triples"]) == 2


def test_a_node_stored_as_another_kind_is_refused(sample_store: GraphStore) -> None:
    data = _valid_nt(sample_store).replace(
        f"<{PGID['region-london']}> <{RDF.type}> <{PG.Region}> .",
        f"<{PGID['region-london']}> <{RDF.type}> <{PG.Theme}> .",
    )
    _assert_rejected(sample_store, data, "nt", "stored as a Region")


def test_format_comes_from_the_extension_or_is_refused(tmp_path: Path) -> None:
    assert rdf_format_for("graph.TTL") == "turtle"
    assert rdf_format_for("graph.jsonld") == "jsonld"
    assert rdf_format_for("graph.nt") == "nt"
    with pytest.raises(UnknownExchangeFormat, match=r"graph\.rdf"):
        rdf_format_for("graph.rdf")
    with pytest.raises(InvalidRdf, match="cannot read"):
        import_rdf_file(EmbeddedStore(tmp_path / "s"), tmp_path / "missing.ttl")


# -- the five sample plans: SPARQL examples, round trip, people ----------------------------------


_VALUES = re.compile(r"^\s*VALUES .*$", re.MULTILINE)


def _query(name: str, **values: str) -> str:
    """The example as shipped, with its VALUES line swapped for `values` when given."""
    query = (SPARQL / name).read_text(encoding="utf-8")
    if not values:
        return query
    quoted = " ".join(f'"{v}"' for v in values.values())
    names = " ".join(f"?{k}" for k in values)
    line = (
        f"VALUES {names} {{ {quoted} }}"
        if len(values) == 1
        else f"VALUES ({names}) {{ ({quoted}) }}"
    )
    assert len(_VALUES.findall(query)) == 1
    return _VALUES.sub(line, query)


def _rows(graph: rdflib.Graph, name: str, **values: str) -> list[tuple[str, ...]]:
    return sorted(
        tuple("" if value is None else str(value) for value in row)
        for row in graph.query(_query(name, **values))
    )


def _ingest(store: GraphStore, plans: list[Path]) -> None:
    from ingest.pipeline import ingest_files

    report = ingest_files(plans, store, Settings(store=store.uri))
    assert not report.failed and len(report.ok) == 5


@pytest.fixture(scope="module")
def plans_store(tmp_path_factory: pytest.TempPathFactory, sample_plans: list[Path]):  # type: ignore[no-untyped-def]
    store = EmbeddedStore(tmp_path_factory.mktemp("plans") / "store")
    _ingest(store, sample_plans)
    return store


@pytest.fixture(scope="module")
def plans_rdf(plans_store: EmbeddedStore) -> rdflib.Graph:
    return as_graph(exported(plans_store, "turtle"), "turtle")


def _plan_titles(store: GraphStore) -> dict[str, str]:
    return {n.id: n.name for n in store.nodes(NodeKind.PLAN)}


def _plan_of(store: GraphStore, action_ids: list[str]) -> dict[str, str]:
    titles = _plan_titles(store)
    return {
        e.source: titles[e.target]
        for e in store.edges_of(action_ids, [EdgeKind.PART_OF])
        if e.target in titles
    }


def test_sparql_an_organisations_commitments_on_the_sample_plans(
    plans_store: EmbeddedStore, plans_rdf: rdflib.Graph
) -> None:
    rows = _rows(plans_rdf, "organisation-commitments.rq", organisation="refugee council")
    (council,) = plans_store.find_by_name("Refugee Council", [NodeKind.ORGANISATION])
    edges = plans_store.edges_of([council.id], [EdgeKind.LEADS, EdgeKind.PARTNER_IN])
    actions = plans_store.nodes(ids=[e.target for e in edges])
    plan_of = _plan_of(plans_store, [a.id for a in actions])
    role = {EdgeKind.LEADS: "lead", EdgeKind.PARTNER_IN: "partner"}
    by_id = {a.id: a for a in actions}
    expected = sorted(
        (plan_of[e.target], by_id[e.target].get("ref", ""), role[e.kind], by_id[e.target].name)
        for e in edges
    )
    assert [r[:4] for r in rows] == expected
    london = {r[1] for r in rows if r[0].startswith("London")}
    assert {"3.3.1", "4.3.2", "4.3.3"} <= london
    assert {r[4] for r in rows} == {"Refugee Council"}


def test_sparql_actions_with_no_lead_on_the_sample_plans(
    plans_store: EmbeddedStore, plans_rdf: rdflib.Graph
) -> None:
    rows = _rows(plans_rdf, "actions-without-lead.rq")
    led = {e.target for e in plans_store.edges(EdgeKind.LEADS)}
    unled = [a for a in plans_store.nodes(NodeKind.ACTION) if a.id not in led]
    plan_of = _plan_of(plans_store, [a.id for a in unled])
    assert rows == sorted(
        (plan_of.get(a.id, ""), a.get("ref", ""), a.name, str(PGID[a.id])) for a in unled
    )
    crewe = [r for r in rows if r[0].startswith("Crewe")]
    assert any(r[2].startswith("Research funding streams") for r in crewe)


def test_sparql_partners_shared_between_two_regions_on_the_sample_plans(
    plans_store: EmbeddedStore, plans_rdf: rdflib.Graph
) -> None:
    rows = _rows(plans_rdf, "shared-partners.rq", regionA="London", regionB="east midlands")
    names = [r[0] for r in rows]
    assert "No Recourse to Public Funds Network" in names
    assert all(int(r[1]) > 0 and int(r[2]) > 0 for r in rows)
    regions = {
        e.source: plans_store.node(e.target).name for e in plans_store.edges(EdgeKind.COVERS)
    }
    plan_region = {
        e.source: regions[e.target]
        for e in plans_store.edges(EdgeKind.PART_OF)
        if e.target in regions
    }
    actor_regions: dict[str, set[str]] = {}
    for kind in (EdgeKind.LEADS, EdgeKind.PARTNER_IN):
        for e in plans_store.edges(kind):
            actor_regions.setdefault(e.source, set()).add(plan_region.get(e.target, ""))
    orgs = {n.id: n for n in plans_store.nodes(NodeKind.ORGANISATION)}
    parent = {
        e.source: e.target
        for e in plans_store.edges(EdgeKind.PART_OF)
        if e.source in orgs and e.target in orgs
    }
    covered: dict[str, set[str]] = {}
    for actor, found in actor_regions.items():
        node = actor
        while node in orgs:
            covered.setdefault(node, set()).update(found)
            node = parent.get(node, "")
    expected = sorted(
        {orgs[o].name for o, found in covered.items() if {"London", "East Midlands"} <= found}
    )
    assert sorted(set(names)) == expected


def _mentions(text: str, name: str) -> bool:
    body = r"\s+".join(re.escape(w) for w in name.split())
    flags = 0 if len(name) <= 3 else re.IGNORECASE
    return re.search(rf"(?<!\w){body}(?!\w)", text, flags) is not None


@pytest.mark.parametrize("fmt", ["turtle", "jsonld", "nt", "graphml", "gexf", "csv"])
def test_sample_plans_exported_without_people_name_none_of_them(
    plans_store: EmbeddedStore, fmt: str
) -> None:
    people = plans_store.nodes(NodeKind.PERSON)
    names = {p.name for p in people} | {
        a for p in people for a in p.get("aliases") or [] if isinstance(a, str)
    }
    assert len(names) > 20
    full = _decoded(exported(plans_store, fmt), fmt)
    assert sum(_mentions(full, n) for n in names) > 20
    text = _decoded(exported(plans_store, fmt, include_people=False), fmt)
    assert [n for n in sorted(names) if _mentions(text, n)] == []
    assert "Refugee Council" in text


def _decoded(data: bytes, fmt: str) -> str:
    if fmt != "csv":
        return data.decode("utf-8")
    import zipfile

    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return "\n".join(archive.read(n).decode("utf-8") for n in archive.namelist())


def test_sample_plans_survive_an_rdf_round_trip(
    store: GraphStore, sample_plans: list[Path]
) -> None:
    """Compared line by line: the N-Triples writer labels blank nodes in a fixed order, so
    equal sorted lines mean equal graphs (rdflib's isomorphism test needs minutes on the
    hundreds of look-alike collections of the real plans)."""
    _ingest(store, sample_plans)
    first = exported(store, "nt")
    original = contents(store)
    store.clear()
    import_rdf(store, first, "nt")
    assert contents(store) == original
    again = exported(store, "nt")
    assert sorted(again.decode().splitlines()) == sorted(first.decode().splitlines())
    assert len(as_graph(again, "nt")) == len(as_graph(first, "nt"))


# -- property-based round trip --------------------------------------------------------------------

_text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=30)
_scalar = st.one_of(
    _text,
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
)
_value = st.one_of(
    _scalar,
    st.lists(_text, max_size=4),
    st.lists(st.integers(min_value=-(2**40), max_value=2**40), max_size=4),
    st.lists(st.floats(allow_nan=False, allow_infinity=False), max_size=3),
)
_prop_name = st.from_regex(r"[a-z][a-z_]{0,10}", fullmatch=True).filter(
    lambda n: (
        n not in {"id", "kind", "name", "plans", "sources", "lines", "source", "target"}
        and n not in {"confidences", "discriminator", "name_key"}
    )
)
_provenance = st.builds(
    Provenance,
    plan=st.just("owner"),
    document=_text.filter(bool),
    line=st.none() | st.integers(min_value=0, max_value=10**6),
    confidence=st.floats(min_value=0.0, max_value=1.0),
)


@st.composite
def _graphs(draw: st.DrawFn) -> list[Any]:
    count = draw(st.integers(min_value=1, max_value=6))
    ids = draw(st.lists(_text.filter(bool), min_size=count, max_size=count, unique=True))
    nodes = [
        Node(
            id=node_id,
            kind=draw(st.sampled_from(list(NodeKind))),
            name=draw(_text),
            properties=draw(st.dictionaries(_prop_name, _value, max_size=4)),
            provenance=tuple(draw(st.lists(_provenance, min_size=1, max_size=2))),
        )
        for node_id in ids
    ]
    edges = {}
    for _ in range(draw(st.integers(min_value=0, max_value=6))):
        source, target = draw(st.sampled_from(nodes)), draw(st.sampled_from(nodes))
        kinds = [k for k, pairs in EDGE_ENDPOINTS.items() if (source.kind, target.kind) in pairs]
        if not kinds:
            continue
        found = Edge(
            source=source.id,
            target=target.id,
            kind=draw(st.sampled_from(kinds)),
            properties=draw(st.dictionaries(_prop_name, _value, max_size=2)),
            provenance=(draw(_provenance),),
            discriminator=draw(st.sampled_from(["", "second"])),
        )
        edges[found.id] = found
    return [contribution("owner", nodes, edges.values())]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(graph=_graphs(), fmt=st.sampled_from(RDF_FORMATS))
def test_any_valid_graph_survives_an_rdf_round_trip(graph: list[Any], fmt: str) -> None:
    with tempfile.TemporaryDirectory() as directory:
        source = EmbeddedStore(Path(directory) / "source")
        for item in graph:
            source.write(item)
        data = exported(source, fmt)
        target = EmbeddedStore(Path(directory) / "target")
        import_rdf(target, data, fmt)
        assert contents(target) == contents(source)
        assert isomorphic(as_graph(data, fmt), as_graph(exported(target, fmt), fmt))


def test_control_characters_and_quotes_in_text_survive_turtle(
    empty_embedded: EmbeddedStore, tmp_path: Path
) -> None:
    awkward = 'tab\there "quoted" back\\slash\nnew line \x00\x7f é ✓ \U0001f600'
    item = contribution(
        "p",
        [
            Node(
                id="act-x",
                kind=NodeKind.ACTION,
                name=awkward,
                properties={"text": awkward, "tasks": [awkward, ""]},
                provenance=(Provenance(plan="p", document=awkward),),
            )
        ],
        [],
    )
    empty_embedded.write(item)
    data = exported(empty_embedded, "turtle")
    target = EmbeddedStore(tmp_path / "t")
    import_rdf(target, data, "turtle")
    assert contents(target) == contents(empty_embedded)
    assert re.search(rb"[\x00-\x08]", data) is None
