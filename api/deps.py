"""Request dependencies: the store and settings live on the app, set by the lifespan."""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from graphmodel import GraphStore, Settings


def get_store(request: Request) -> GraphStore:
    return request.app.state.store


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


StoreDep = Annotated[GraphStore, Depends(get_store)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
