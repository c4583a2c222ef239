"""Settings, built once at startup (never at import) from arguments and the environment."""

from __future__ import annotations

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

DEFAULT_STORE = "partnergraph-data"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="PARTNERGRAPH_", extra="ignore")

    #: A filesystem path (embedded store) or a neo4j://, bolt://, neo4j+s:// ... URI.
    store: str = DEFAULT_STORE
    neo4j_user: str = Field(
        default="neo4j", validation_alias=AliasChoices("NEO4J_USER", "PARTNERGRAPH_NEO4J_USER")
    )
    neo4j_password: str = Field(
        default="", validation_alias=AliasChoices("NEO4J_PASSWORD", "PARTNERGRAPH_NEO4J_PASSWORD")
    )
    neo4j_database: str | None = None
    #: Largest plan file ingest accepts, in bytes.
    max_upload_bytes: int = 20 * 1024 * 1024
    #: When false, Person nodes are left out of ingest and exports.
    include_people: bool = True
