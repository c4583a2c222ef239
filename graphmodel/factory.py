"""Choose a store from its URI: a filesystem path means embedded, a Bolt URI means Neo4j."""

from __future__ import annotations

from urllib.parse import urlsplit

from graphmodel.embedded import EmbeddedStore
from graphmodel.errors import InvalidStoreUri
from graphmodel.settings import Settings
from graphmodel.store import GraphStore

NEO4J_SCHEMES = frozenset({"neo4j", "neo4j+s", "neo4j+ssc", "bolt", "bolt+s", "bolt+ssc"})


def is_neo4j_uri(uri: str) -> bool:
    return "://" in uri and urlsplit(uri).scheme.lower() in NEO4J_SCHEMES


def open_store(settings: Settings | None = None, *, uri: str | None = None) -> GraphStore:
    """Open the store named by `uri` (or `settings.store`). The neo4j driver loads lazily."""
    settings = settings or Settings()
    target = (uri if uri is not None else settings.store).strip()
    if not target:
        raise InvalidStoreUri("store URI is empty: give a directory path or a neo4j:// URI")
    if "://" in target:
        scheme = urlsplit(target).scheme.lower()
        if scheme == "file":
            return EmbeddedStore(urlsplit(target).path)
        if scheme not in NEO4J_SCHEMES:
            raise InvalidStoreUri(
                f"store URI {target!r} is neither a directory path nor a Neo4j URI "
                f"(use one of {', '.join(sorted(NEO4J_SCHEMES))}://)"
            )
        from graphmodel.neo4j_store import Neo4jStore

        return Neo4jStore(
            target, settings.neo4j_user, settings.neo4j_password, settings.neo4j_database
        )
    return EmbeddedStore(target)
