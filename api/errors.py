"""Domain errors to HTTP, in one place, with one JSON error shape:
`{"error": {"type": "PlanNotFound", "message": "...", "details": {...}}}`.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from graphmodel import PartnergraphError


def error_body(kind: str, message: str, details: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"error": {"type": kind, "message": message, "details": details or {}}}


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(PartnergraphError)
    async def _domain(request: Request, exc: PartnergraphError) -> JSONResponse:
        details = getattr(exc, "details", None)
        return JSONResponse(
            error_body(type(exc).__name__, exc.message, details), status_code=exc.status_code
        )

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        errors = exc.errors()
        first = errors[0] if errors else {}
        field = ".".join(str(p) for p in first.get("loc", ()) if p not in ("body", "query"))
        message = f"invalid {field or 'request'}: {first.get('msg', 'not valid')}"
        fields = [
            {"field": ".".join(str(p) for p in e.get("loc", ())), "message": e.get("msg")}
            for e in errors
        ]
        return JSONResponse(
            error_body("InvalidParameter", message, {"fields": fields}), status_code=422
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        kind = "NotFound" if exc.status_code == 404 else "HTTPError"
        return JSONResponse(error_body(kind, str(exc.detail)), status_code=exc.status_code)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        return JSONResponse(
            error_body("InternalError", f"unexpected {type(exc).__name__} while serving request"),
            status_code=500,
        )
