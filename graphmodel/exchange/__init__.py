"""Open exchange: the graph as RDF with standard vocabularies (and back), GraphML and GEXF
for Gephi, and CSV tables for Excel and Neo4j."""

from graphmodel.exchange.errors import ExportTargetNotWritable, InvalidRdf, UnknownExchangeFormat
from graphmodel.exchange.formats import (
    EXTENSION,
    MEDIA_TYPE,
    RDF_EXPORTS,
    ExportFormat,
    export_graph,
    export_to_path,
)
from graphmodel.exchange.rdf_import import (
    RDF_FORMATS,
    ImportSummary,
    OwnerImport,
    import_rdf,
    import_rdf_file,
    rdf_format_for,
)
from graphmodel.exchange.view import ExportView

__all__ = [
    "EXTENSION",
    "MEDIA_TYPE",
    "RDF_EXPORTS",
    "RDF_FORMATS",
    "ExportFormat",
    "ExportTargetNotWritable",
    "ExportView",
    "ImportSummary",
    "InvalidRdf",
    "OwnerImport",
    "UnknownExchangeFormat",
    "export_graph",
    "export_to_path",
    "import_rdf",
    "import_rdf_file",
    "rdf_format_for",
]
