"""The web UI's pages and the shareable diagram pages.

Every page answers with HTML, also when the question cannot be answered: an unknown
organisation, an empty selection or an oversized upload is explained on the page (with the
status code that fits), never as a JSON error or a stack trace. The answers come from the
same `queries` functions as the API and CLI, so the three always agree.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from importlib import resources
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.datastructures import UploadFile
from starlette.exceptions import HTTPException

from api.deps import SettingsDep, StoreDep
from api.web.pages import page
from graphmodel import EdgeKind, GraphStore, NodeKind, PartnergraphError
from ingest.errors import FileTooLarge
from ingest.pipeline import ingest_bytes
from queries import (
    DEFAULT_MIN_SCORE,
    AmbiguousName,
    InvalidQuery,
    OrganisationNotFound,
    commitments,
    dependent_outcomes,
    list_organisations,
    overlaps,
    search,
    withdrawal,
)
from visualisations import (
    ASSETS,
    Diagram,
    asset_bytes,
    ego_network,
    overlaps_diagram,
    overlaps_map,
    partner_network,
    render_fragment,
    render_page,
    withdrawal_diagram,
    withdrawal_scenario,
)

router = APIRouter(include_in_schema=False)

#: The UI's own static files besides the diagram assets: name -> media type.
UI_ASSETS = {"ui.css": "text/css; charset=utf-8"}
#: Searchable kinds on the organisations page (people only when the settings allow).
ACTOR_SEARCH = (NodeKind.ORGANISATION, NodeKind.BOARD, NodeKind.TASK_GROUP, NodeKind.PERSON)
#: Organisations offered in the withdrawal form's list.
FORM_CHOICES = 500
#: Overlapping pairs listed on the overlaps page (the diagram draws them all, capped).
PAIRS_LISTED = 100
#: Room for the multipart envelope around a file of the largest allowed size.
MULTIPART_SLACK = 64 * 1024

OptionalText = Annotated[str, Query(max_length=1000)]


# -- static files and the root -----------------------------------------------------------


@router.get("/static/{name}")
def static_file(name: str) -> Response:
    """The diagram scripts and the UI's styles, shipped in the packages (no CDN)."""
    if name in ASSETS:
        data, media_type = asset_bytes(name), ASSETS[name]
    elif name in UI_ASSETS:
        data = resources.files("api.web.static").joinpath(name).read_bytes()
        media_type = UI_ASSETS[name]
    else:
        raise HTTPException(status_code=404, detail=f"no static file {name!r}")
    headers = {"Cache-Control": "public, max-age=3600", "X-Content-Type-Options": "nosniff"}
    return Response(data, media_type=media_type, headers=headers)


@router.get("/")
def root() -> RedirectResponse:
    return RedirectResponse("/ui", status_code=307)


# -- shared helpers ----------------------------------------------------------------------


def _problem(exc: PartnergraphError) -> dict[str, Any]:
    """What a page says when a question cannot be answered, without the store's location."""
    details = getattr(exc, "details", None) or {}
    query = details.get("query")
    if isinstance(exc, OrganisationNotFound):
        return {
            "message": f"No organisation, body or person is called “{query}”.",
            "suggestions": details.get("closest", []),
            "suggestions_label": "Did you mean one of these?",
        }
    if isinstance(exc, AmbiguousName):
        return {
            "message": f"“{query}” could mean several organisations; choose one.",
            "suggestions": details.get("candidates", []),
            "suggestions_label": "Organisations with that name",
        }
    return {"message": exc.message, "suggestions": [], "suggestions_label": ""}


def _message_page(request: Request, exc: PartnergraphError, title: str) -> HTMLResponse:
    return page(request, "message.html.j2", exc.status_code, title=title, **_problem(exc))


def _plan_of(node: Any) -> str | None:
    plan = node.get("plan")
    if isinstance(plan, str) and plan:
        return plan
    return node.provenance[0].plan if node.provenance else None


def _regions(store: GraphStore) -> list[str]:
    names = {n.name for n in store.nodes(NodeKind.REGION)}
    names.update(str(p.get("region")) for p in store.nodes(NodeKind.PLAN) if p.get("region"))
    return sorted(names, key=str.lower)


# -- home --------------------------------------------------------------------------------


@router.get("/ui", response_class=HTMLResponse)
def home(request: Request, store: StoreDep) -> HTMLResponse:
    """What the store holds: plans with their regions and actions, and the busiest partners."""
    counts = store.counts()
    per_plan = Counter(_plan_of(a) for a in store.nodes(NodeKind.ACTION))
    plans = sorted(store.nodes(NodeKind.PLAN), key=lambda p: p.name.lower())
    involvement: Counter[str] = Counter()
    for kind in (EdgeKind.LEADS, EdgeKind.PARTNER_IN):
        for edge in store.edges(kind):
            involvement[edge.source] += 1
    top_ids = [i for i, _ in involvement.most_common(40)]
    top = [
        (n, involvement[n.id]) for n in store.nodes(ids=top_ids) if n.kind == NodeKind.ORGANISATION
    ]
    top.sort(key=lambda item: (-item[1], item[0].name.lower()))
    return page(
        request,
        "home.html.j2",
        counts=counts,
        plans=[(p, per_plan.get(p.id, 0)) for p in plans],
        regions=_regions(store),
        busiest=top[:12],
    )


# -- organisations -----------------------------------------------------------------------


@router.get("/ui/organisations", response_class=HTMLResponse)
def organisations(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    q: OptionalText = "",
    offset: Annotated[int, Query(ge=0)] = 0,
) -> HTMLResponse:
    """Search by name, alias or acronym; without a query, every organisation by name."""
    query = q.strip()
    if query:
        found = search(
            store, query, kinds=ACTOR_SEARCH, limit=50, include_people=settings.include_people
        )
        return page(request, "organisations.html.j2", query=query, hits=found.hits, listing=None)
    listing = list_organisations(store, None, limit=100, offset=offset)
    return page(request, "organisations.html.j2", query="", hits=[], listing=listing)


@router.get("/ui/organisations/{organisation:path}/outcomes", response_class=HTMLResponse)
def organisation_outcomes(
    request: Request, organisation: str, store: StoreDep, settings: SettingsDep
) -> HTMLResponse:
    """Outcomes and objectives that depend on the organisation's actions."""
    try:
        result = dependent_outcomes(store, organisation)
    except PartnergraphError as exc:
        return _message_page(request, exc, "Organisation not found")
    if result.organisation.kind == NodeKind.PERSON and not settings.include_people:
        return _people_hidden(request)
    return page(request, "outcomes.html.j2", result=result)


@router.get("/ui/organisations/{organisation:path}", response_class=HTMLResponse)
def organisation(
    request: Request, organisation: str, store: StoreDep, settings: SettingsDep
) -> HTMLResponse:
    """An organisation's commitments, memberships and ego network diagram."""
    try:
        result = commitments(store, organisation)
    except PartnergraphError as exc:
        return _message_page(request, exc, "Organisation not found")
    if result.organisation.kind == NodeKind.PERSON and not settings.include_people:
        return _people_hidden(request)
    diagram = ego_network(store, result.organisation.id, include_people=settings.include_people)
    return page(
        request,
        "organisation.html.j2",
        result=result,
        diagram=diagram,
        diagram_html=render_fragment(diagram, show_title=False),
    )


def _people_hidden(request: Request) -> HTMLResponse:
    return page(
        request,
        "message.html.j2",
        404,
        title="Not shown",
        message="People are not shown by this server (PARTNERGRAPH_INCLUDE_PEOPLE is off).",
        suggestions=[],
        suggestions_label="",
    )


# -- partner network ---------------------------------------------------------------------


@router.get("/ui/network", response_class=HTMLResponse)
def network(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    region: OptionalText = "",
    plan: OptionalText = "",
) -> HTMLResponse:
    """The partner network of one region or plan, or of every plan."""
    context: dict[str, Any] = {
        "region": region,
        "plan": plan,
        "regions": _regions(store),
        "plans": sorted(store.nodes(NodeKind.PLAN), key=lambda p: p.name.lower()),
    }
    try:
        diagram = partner_network(
            store,
            region=region.strip() or None,
            plan=plan.strip() or None,
            include_people=settings.include_people,
        )
    except PartnergraphError as exc:
        return page(request, "network.html.j2", exc.status_code, problem=_problem(exc), **context)
    return page(
        request,
        "network.html.j2",
        problem=None,
        diagram=diagram,
        diagram_html=render_fragment(diagram, show_title=False),
        **context,
    )


# -- withdrawal --------------------------------------------------------------------------


@router.get("/ui/withdrawal", response_class=HTMLResponse)
def withdrawal_page(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    org: Annotated[list[str] | None, Query()] = None,
    names: OptionalText = "",
    run: OptionalText = "",
) -> HTMLResponse:
    """Choose organisations (from the list or by typing names) and see what their
    withdrawal would leave undone. A GET form, so every scenario has a shareable URL."""
    typed = [line.strip() for line in names.replace(",", "\n").splitlines() if line.strip()]
    chosen = list(dict.fromkeys([o.strip() for o in org or [] if o.strip()] + typed))
    context: dict[str, Any] = {
        "choices": list_organisations(store, None, limit=FORM_CHOICES).organisations,
        "chosen": set(chosen),
        "names": names,
        "problem": None,
        "scenario": None,
    }
    if not chosen:
        if run:
            context["problem"] = {
                "message": "Choose at least one organisation to withdraw, from the list or "
                "by typing its name.",
                "suggestions": [],
                "suggestions_label": "",
            }
            return page(request, "withdrawal.html.j2", 422, **context)
        return page(request, "withdrawal.html.j2", **context)
    try:
        scenario = withdrawal(store, chosen)
    except PartnergraphError as exc:
        context["problem"] = _problem(exc)
        return page(request, "withdrawal.html.j2", exc.status_code, **context)
    diagram = withdrawal_diagram(store, scenario, include_people=settings.include_people)
    return page(
        request,
        "withdrawal.html.j2",
        **{
            **context,
            "chosen": {a.id for a in scenario.withdrawn} | set(chosen),
            "scenario": scenario,
            "diagram": diagram,
            "diagram_html": render_fragment(diagram, show_title=False),
        },
    )


# -- overlaps ----------------------------------------------------------------------------


def _score(text: str) -> float:
    text = text.strip()
    if not text:
        return DEFAULT_MIN_SCORE
    try:
        return float(text)
    except ValueError:
        raise InvalidQuery(
            f"min_score must be a number above 0 and at most 1, not {text!r}",
            {"field": "min_score"},
        ) from None


@router.get("/ui/overlaps", response_class=HTMLResponse)
def overlaps_page(
    request: Request,
    store: StoreDep,
    region: OptionalText = "",
    theme: OptionalText = "",
    min_score: OptionalText = "",
) -> HTMLResponse:
    """Similar actions across plans and regions, filtered by region and theme."""
    context: dict[str, Any] = {
        "region": region,
        "theme": theme,
        "min_score": min_score,
        "default_score": DEFAULT_MIN_SCORE,
        "regions": _regions(store),
        "problem": None,
        "found": None,
    }
    try:
        found = overlaps(
            store, region=region.strip() or None, theme=theme.strip() or None,
            min_score=_score(min_score),
        )  # fmt: skip
    except PartnergraphError as exc:
        context["problem"] = _problem(exc)
        return page(request, "overlaps.html.j2", exc.status_code, **context)
    diagram = overlaps_diagram(
        store, found, region=region.strip() or None, theme=theme.strip() or None
    )
    return page(
        request,
        "overlaps.html.j2",
        **{
            **context,
            "found": found,
            "pairs": found.pairs[:PAIRS_LISTED],
            "diagram": diagram,
            "diagram_html": render_fragment(diagram, show_title=False),
        },
    )


# -- upload ------------------------------------------------------------------------------


@router.get("/ui/upload", response_class=HTMLResponse)
def upload_form(request: Request, settings: SettingsDep) -> HTMLResponse:
    return page(
        request, "upload.html.j2", limit=settings.max_upload_bytes, problem=None, report=None
    )


@router.post("/ui/upload", response_class=HTMLResponse)
async def upload(request: Request, store: StoreDep, settings: SettingsDep) -> HTMLResponse:
    """Ingest one plan file; its problems (too big, unreadable, not a plan) show on the page
    in the words the CLI uses."""
    limit = settings.max_upload_bytes

    def refuse(exc: PartnergraphError) -> HTMLResponse:
        problem = {"message": exc.message, "kind": type(exc).__name__}
        return page(
            request, "upload.html.j2", exc.status_code, limit=limit, problem=problem, report=None
        )

    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit + MULTIPART_SLACK:
        return refuse(FileTooLarge(f"upload: over the {limit:,} byte limit for one plan file"))
    try:
        form = await request.form(max_files=1, max_fields=4)
    except HTTPException as exc:
        problem = {"message": f"The upload could not be read: {exc.detail}", "kind": "BadUpload"}
        return page(request, "upload.html.j2", 400, limit=limit, problem=problem, report=None)
    upload_file = form.get("file")
    if not isinstance(upload_file, UploadFile) or not upload_file.filename:
        problem = {"message": "Choose a plan file to upload.", "kind": "NoFileChosen"}
        return page(request, "upload.html.j2", 422, limit=limit, problem=problem, report=None)
    name = upload_file.filename
    data = await upload_file.read(limit + 1)
    if len(data) > limit:
        return refuse(FileTooLarge(f"{name}: over the {limit:,} byte limit for one plan file"))
    try:
        report = await run_in_threadpool(ingest_bytes, data, name, store, settings)
    except PartnergraphError as exc:
        return refuse(exc)
    return page(request, "upload.html.j2", 201, limit=limit, problem=None, report=report)


# -- shareable diagram pages -------------------------------------------------------------


def _diagram_page(request: Request, build: Callable[[], Diagram], download: bool) -> Response:
    """A whole-page diagram; `download` inlines the scripts into a file that works offline."""
    try:
        diagram = build()
    except PartnergraphError as exc:
        return _message_page(request, exc, "Diagram not available")
    html = render_page(diagram, inline=download)
    headers = (
        {"Content-Disposition": f'attachment; filename="{diagram.filename}.html"'}
        if download
        else {}
    )
    return HTMLResponse(html, headers=headers)


Download = Annotated[bool, Query(description="Send a standalone file with the scripts inside.")]


@router.get("/diagrams/network")
def network_diagram(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    region: OptionalText = "",
    plan: OptionalText = "",
    download: Download = False,
) -> Response:
    return _diagram_page(
        request,
        lambda: partner_network(
            store,
            region=region.strip() or None,
            plan=plan.strip() or None,
            include_people=settings.include_people,
        ),
        download,
    )


@router.get("/diagrams/ego/{organisation:path}")
def ego_diagram(
    request: Request,
    organisation: str,
    store: StoreDep,
    settings: SettingsDep,
    download: Download = False,
) -> Response:
    return _diagram_page(
        request,
        lambda: ego_network(store, organisation, include_people=settings.include_people),
        download,
    )


@router.get("/diagrams/withdrawal")
def withdrawal_diagram_page(
    request: Request,
    store: StoreDep,
    settings: SettingsDep,
    org: Annotated[list[str] | None, Query()] = None,
    download: Download = False,
) -> Response:
    return _diagram_page(
        request,
        lambda: withdrawal_scenario(store, org or [], include_people=settings.include_people),
        download,
    )


@router.get("/diagrams/overlaps")
def overlaps_diagram_page(
    request: Request,
    store: StoreDep,
    region: OptionalText = "",
    theme: OptionalText = "",
    min_score: OptionalText = "",
    download: Download = False,
) -> Response:
    return _diagram_page(
        request,
        lambda: overlaps_map(
            store,
            region=region.strip() or None,
            theme=theme.strip() or None,
            min_score=_score(min_score),
        ),
        download,
    )
