"""GraphML and GEXF for Gephi, yEd and Cytoscape, written by networkx.

Nodes carry `label` (the name) and `kind` (Organisation, Action, ...), edges `label` and
`kind` (LEADS, PARTNER_IN, ...), so Gephi can colour and filter by them straight away. List
properties are joined with "; ", and provenance becomes the attributes `plans`, `sources`,
`lines` and `confidences`. An attribute holding values of mixed types is written as text,
since both formats declare one type per attribute.
"""

from __future__ import annotations

from typing import Any, BinaryIO

import networkx as nx

from graphmodel.exchange.view import ExportView
from graphmodel.records import Provenance

#: Attribute names the formats or networkx's writers treat specially; a property with one of
#: these names is written as `property_<name>` instead.
_SPECIAL = frozenset(
    {
        "label",
        "kind",
        "discriminator",
        "weight",
        "type",
        "start",
        "end",
        "pid",
        "viz",
        "parents",
        "slices",
        "spells",
        "networkx_key",
        "key",
    }
)
LIST_SEPARATOR = "; "


def _flat(value: Any) -> Any:
    if isinstance(value, list | tuple):
        return LIST_SEPARATOR.join(str(item) for item in value)
    return value


def _attributes(properties: dict[str, Any], provenance: tuple[Provenance, ...]) -> dict[str, Any]:
    attrs = {
        (f"property_{key}" if key in _SPECIAL else key): _flat(value)
        for key, value in properties.items()
    }
    attrs["plans"] = LIST_SEPARATOR.join(p.plan for p in provenance)
    attrs["sources"] = LIST_SEPARATOR.join(p.document for p in provenance)
    attrs["lines"] = LIST_SEPARATOR.join("" if p.line is None else str(p.line) for p in provenance)
    attrs["confidences"] = LIST_SEPARATOR.join(repr(float(p.confidence)) for p in provenance)
    return attrs


def to_networkx(view: ExportView) -> nx.MultiDiGraph:
    """The exported graph as a flat-attributed networkx graph (edge keys are edge ids)."""
    graph = nx.MultiDiGraph()
    for batch in view.batches():
        for node in batch.nodes:
            graph.add_node(
                node.id,
                label=node.name,
                kind=node.kind.value,
                **_attributes(node.properties, node.provenance),
            )
        for edge in batch.edges:
            attrs = _attributes(edge.properties, edge.provenance)
            attrs["label"] = attrs["kind"] = edge.kind.value
            attrs["discriminator"] = edge.discriminator
            graph.add_edge(edge.source, edge.target, key=edge.id, **attrs)
    _one_type_per_attribute(graph.nodes.values())
    _one_type_per_attribute(attrs for _, _, attrs in graph.edges(data=True))
    return graph


def _one_type_per_attribute(items: Any) -> None:
    items = list(items)
    types: dict[str, set[type]] = {}
    for attrs in items:
        for key, value in attrs.items():
            types.setdefault(key, set()).add(type(value))
    as_text = {key for key, found in types.items() if len(found) > 1 and found != {int, float}}
    as_float = {key for key, found in types.items() if found == {int, float}}
    if not as_text and not as_float:
        return
    for attrs in items:
        for key in as_text & attrs.keys():
            attrs[key] = _text(attrs[key])
        for key in as_float & attrs.keys():
            attrs[key] = float(attrs[key])


def _text(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def write_graphml(view: ExportView, out: BinaryIO) -> None:
    nx.write_graphml(to_networkx(view), out, encoding="utf-8")


def write_gexf(view: ExportView, out: BinaryIO) -> None:
    nx.write_gexf(to_networkx(view), out, encoding="utf-8", version="1.2draft")
