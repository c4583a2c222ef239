"""Data files shipped with the package: the Partnergraph RDF vocabulary (`partnergraph.ttl`)."""
