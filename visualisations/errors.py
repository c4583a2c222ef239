"""Conditions a diagram request can fail on, named for what the user asked for."""

from __future__ import annotations

from graphmodel import PartnergraphError


class DiagramSubjectNotFound(PartnergraphError):
    """The organisation, plan or region a diagram is about is not in the store."""

    status_code = 404


class DiagramNotWritten(PartnergraphError):
    """The diagram file cannot be written where it was asked for."""

    status_code = 500
