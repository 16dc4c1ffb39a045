"""The HTTP service: the CLI's capabilities over FastAPI, plus the web page at /.

Uploads are idempotent by content (rag/store.py: same bytes, same content re-encoded, an edited
re-upload). Each file is read in a child process under a deadline and a memory limit
(api/sandbox.py), killed when the client leaves; the event loop only waits for it. Errors are JSON
with a Chinese `detail` and the right status, for every error (a global handler answers a bug of
ours as a JSON 500 too; every 500 found so far has a test and a fix).

Write requests pass a gate before any endpoint reads their body (`Gate`): cross-site requests are
refused (CSRF: Sec-Fetch-Site / Origin), even with no API key set; with XXGK_API_KEY set, the key
(header X-API-Key) is checked; the body is capped while it streams in."""

from __future__ import annotations

import asyncio
import hmac
import json
import os
import re
import threading
from collections.abc import Awaitable, Callable
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Annotated, Any, Literal, cast
from urllib.parse import quote, urlsplit

from fastapi import Body, Depends, FastAPI, File, Header, HTTPException, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, PlainTextResponse, Response, StreamingResponse
from fastapi.routing import APIRoute
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field, field_validator
from pydantic_core import PydanticCustomError
from starlette.concurrency import iterate_in_threadpool, run_in_threadpool
from starlette.datastructures import Headers
from starlette.exceptions import HTTPException as StarletteHTTPException

from extractor import __version__, budgets
from extractor.checkspec import Described
from extractor.export import BOM, to_cells, to_csv
from extractor.llm_client import client_for
from extractor.schema import Answer, ExtractError, Report, report_id
from extractor.settings import Settings
from rag.ask import Asker
from rag.index import Index
from rag.store import Store, unwritable
from rag.values import sync_derived

from . import overview as ov, sandbox, sheets
from .render import (
    carried_from,
    described,
    has_tables,
    metric_views,
    no_tables_note,
    report_page,
    tables_html,
    title_of,
)

STATIC = Path(__file__).resolve().parent / "static"
STATUS = {
    "empty": 422,
    "not_a_report": 422,
    "no_text_layer": 422,
    "bad_pdf": 422,
    "bad_docx": 422,
    "encrypted": 422,
    "bad_encoding": 415,
    "binary": 415,
    "unsupported": 415,
    "too_large": 413,
    "over_budget": 413,
    "timeout": 422,
    "worker_died": 422,
    "bad_image": 422,
    "ocr_unavailable": 422,
    "store_unwritable": 507,  # the data directory is full or read-only: the service's problem, not the file's
}
UNSAFE = {"POST", "PUT", "PATCH", "DELETE"}
_HTTP_ZH = {
    404: "没有这个地址",
    405: "不支持这种请求方法",
    413: "请求体过大",
    # the body could not be parsed at all (a GBK-encoded JSON body, a cut multipart body): 「请求格式有误」
    # alone did not say what to change
    400: "请求体无法解析：JSON 请用 UTF-8 编码，上传文件请用完整的 multipart/form-data",
}


class Gate:
    """ASGI middleware in front of every write request (POST, PUT, PATCH, DELETE), acting before
    the endpoint reads a byte of the body:
    - cross-site requests are refused (403): a browser says where a request comes from in
      Sec-Fetch-Site, or at least in Origin; with no API key set (the default) this is what stops a
      page on another site from uploading or deleting through a visitor's browser. Requests with
      neither header (curl, scripts) are not browsers' and pass. XXGK_ALLOWED_ORIGINS (comma
      separated) lets other origins in;
    - with XXGK_API_KEY set, /api/reports… needs it in X-API-Key (401), checked before the body:
      a 171 MB body with a wrong key is refused without being read;
    - the body is capped (413): from Content-Length at once, and counted while it streams in
      (chunked uploads) — uploads at `files_per_request` × the upload limit, JSON at twice the
      upload limit (escapes), anything else at 1 MB."""

    def __init__(self, app, max_upload: int, files_per_request: int = 10):
        self.app = app
        self.caps = {
            "/api/reports": max_upload * files_per_request + 1024 * 1024,
            "/api/reports/text": 2 * max_upload + 64 * 1024,
        }
        self.allowed = {
            o.strip().rstrip("/") for o in os.environ.get("XXGK_ALLOWED_ORIGINS", "").split(",") if o.strip()
        }

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] not in UNSAFE:
            return await self.app(scope, receive, send)
        headers = Headers(scope=scope)
        refusal = self.refuse(scope, headers)
        if refusal is not None:
            return await refusal(scope, receive, send)
        cap = self.caps.get(scope["path"].rstrip("/"), 1024 * 1024)
        try:
            declared = int(headers.get("content-length", "0"))
        except ValueError:
            declared = 0
        if declared > cap:
            return await _too_large(cap)(scope, receive, send)
        seen = 0

        async def counted():
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > cap:  # raised into the body reader: the endpoint never runs
                    raise HTTPException(413, f"请求体过大（上限 {cap // 1048576} MB）")
            return message

        await self.app(scope, counted, send)

    def refuse(self, scope, headers: Headers) -> JSONResponse | None:
        site = headers.get("sec-fetch-site")
        origin = headers.get("origin")
        if site is not None and site not in ("same-origin", "none") and (origin or "").rstrip("/") not in self.allowed:
            return JSONResponse({"detail": "拒绝跨站请求（CSRF 防护）：请从本服务的页面或命令行发起写操作"}, 403)
        if origin is not None and site is None:
            o = origin.rstrip("/")
            if o not in self.allowed and (o == "null" or urlsplit(o).netloc.lower() != headers.get("host", "").lower()):
                return JSONResponse({"detail": "拒绝跨站请求（CSRF 防护）：请求来源与本服务不同"}, 403)
        key = os.environ.get("XXGK_API_KEY")
        if key and scope["path"].startswith("/api/reports"):
            given = headers.get("x-api-key", "")
            if not hmac.compare_digest(given.encode(), key.encode()):
                return JSONResponse({"detail": "需要有效的 API key（请求头 X-API-Key）"}, 401)
        return None


class HeadAsGet:
    """HEAD on any GET resource answers as GET would, without the body (RFC 9110 §9.3.2): `curl -I` on
    a download (its file name, its X-Total-Count) or a link checker got 405 on every route but / and
    /api/health. The GET runs; its status and headers go out, its body does not."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http" or scope["method"] != "HEAD":
            return await self.app(scope, receive, send)

        async def headers_only(message):
            if message["type"] == "http.response.body":
                if not message.get("more_body", False):
                    await send({"type": "http.response.body", "body": b"", "more_body": False})
                return
            await send(message)

        await self.app({**scope, "method": "GET"}, receive, headers_only)


def _too_large(cap: int) -> JSONResponse:
    return JSONResponse({"detail": f"请求体过大（上限 {cap // 1048576} MB）"}, 413, headers={"Connection": "close"})


class ErrorBody(BaseModel):
    detail: str = Field(examples=["不是政府信息公开工作年度报告（没有找到相关内容）"])


class Health(BaseModel):
    status: Literal["ok"] = "ok"
    reports: int = Field(examples=[11])
    llm: bool = Field(description="whether an LLM endpoint is configured")
    unindexed: int = Field(
        default=0,
        description="current reports the vector index does not hold yet (re-indexed in the background after start-up)",
    )


class Version(BaseModel):
    version: str = Field(examples=[__version__])
    templates: list[str] = ["GF2021", "GF2019", "LEGACY"]


class ReportSummary(BaseModel):
    id: str = Field(examples=["ec08d24060ec177e"])
    source: str | None = None
    agency: str | None = Field(default=None, examples=["洪泽区人民政府"])
    year: int | None = Field(default=None, examples=[2023])
    template: str = Field(examples=["GF2021"])
    format: str | None = None
    title: str | None = None
    tables_recoverable: bool = True
    glued: bool = False
    n_errors: int = Field(default=0, description="report defects of severity error")
    n_warnings: int = 0
    superseded_by: str | None = Field(default=None, description="the newer version that replaced this one")


class UploadResult(BaseModel):
    filename: str | None = None
    created: bool = Field(description="true only for the request that stored the report")
    status: Literal["created", "exists", "variant", "error"] = Field(
        default="created",
        description="created: stored now; exists: these bytes were stored before; "
        "variant: the same content in other bytes (encoding, line ends, BOM, blanks), recorded as a variant of "
        "`report`; error: not stored (see `error`)",
    )
    report: ReportSummary | None = None
    supersedes: list[str] = Field(
        default_factory=list,
        description="earlier versions of the same agency and year "
        "this report replaced as the current one (they stay readable by id)",
    )
    findings: dict[str, int] = Field(
        default_factory=dict,
        description="the stored report's findings by kind (report_defect, blank_cells, extraction_doubt): "
        "the counts its page shows",
    )
    read_notes: list[str] = Field(
        default_factory=list,
        description="what reading the file left out (a D8 doubt, in words): the other reports a zip or a mail "
        "held (「容器中有3份像是年度报告的内容，只读取了…请分别提交」), stray bytes dropped",
    )
    error: str | None = None
    error_status: int | None = Field(default=None, description="the HTTP status this file alone would have got")
    container: str | None = Field(
        default=None,
        description="the uploaded archive (zip, tar) this report was read out of when it held several reports: each "
        "is a result of its own, `filename` 「archive!member」",
    )
    duplicate_of: str | None = Field(
        default=None, description="a member of the archive that repeats another one (`exists`, its report)"
    )


class Removed(BaseModel):
    deleted: str = Field(examples=["ec08d24060ec177e"])
    variants: list[str] = Field(default_factory=list, description="ids of files with the same content, removed with it")
    restored: str | None = Field(default=None, description="the earlier version that is current again")


class TextUpload(BaseModel):
    text: str = Field(min_length=1, examples=["一、总体情况\n2023年……"])
    filename: str = Field(default="upload.txt", examples=["report.txt"])


class AskRequest(BaseModel):
    question: str = Field(min_length=1, max_length=500, examples=["收到多少件申请？"])
    report_id: str | None = Field(default=None, examples=["ec08d24060ec177e"])
    agency: str | None = Field(default=None, examples=["安康"])
    year: int | None = Field(default=None, ge=1990, le=2100, examples=[2022], description="2022 or 「2022年」")
    stream: bool = Field(default=False, description="server-sent events (answer in pieces, then the object)")
    previous: str | list[str] | None = Field(
        default=None,
        description="the conversation before (each turn its `read_as` if it had one): the question asked before, "
        "or a list of the earlier turns, earliest first (at most 20, each at most 500 characters). 「那2021年呢」 is "
        "the last question with that part changed; 「两家比谁多」「回到刚才那个局，不予公开的呢」 ask of the turns",
    )

    @field_validator("previous")
    @classmethod
    def _turns(cls, v: str | list[str] | None) -> str | list[str] | None:
        turns = [v] if isinstance(v, str) else v or []
        if len(turns) > 20 or any(len(t) > 500 for t in turns):
            raise PydanticCustomError("too_long", "太长（最多 20 轮，每轮最多 500 个字符）")
        return v

    @field_validator("year", mode="before")
    @classmethod
    def _written_year(cls, value: Any) -> Any:
        """「2022年」 as the other endpoints and the questions take it (it was 422 「year：应为整数」)."""
        if isinstance(value, str) and (m := re.fullmatch(r"\s*(\d{4})\s*年?\s*", value)):
            return int(m.group(1))
        return value


class AgencyName(BaseModel):
    agency: str = Field(min_length=2, max_length=60, examples=["淮安市洪泽区人民政府"])


class MetricView(BaseModel):
    i: int
    before: str = Field(description="verbatim text before the quantity, back to the clause start")
    quote: str = Field(description="the quantity as printed (its span)")
    after: str
    value: float | int
    unit: str | None = None
    qualifier: str | None = None
    key: str | None = None
    section: int | None = None
    start: int
    end: int


class ReportView(BaseModel):
    id: str
    title: str
    agency: str | None = None
    year: int | None = None
    template: str
    source_name: str
    carried_from: str | None = Field(
        default=None, description="where in its file a container's report was read (「PDF 所附的文件」), else null"
    )
    tables: bool = Field(description="false: the report has no standard tables (pre-2019, tables as images)")
    tables_note: str | None = None
    tables_html: str
    findings: list[Described]
    counts: dict[str, int] = Field(description="findings by kind")
    metrics: list[MetricView]
    figures: ov.OverviewRow | None = None
    others: list[dict] = Field(default_factory=list, description="the same agency's other reports (id, year)")
    downloads: dict[str, str]
    download_name: str


KIND_NAMES = ("report_defect", "blank_cells", "extraction_doubt")
Kind = Literal["report_defect", "blank_cells", "extraction_doubt"]
YearText = Annotated[str | None, Query(max_length=40, description="2022、2022年 或 2021-2023")]
TemplateName = Literal["GF2021", "GF2019", "LEGACY", "UNKNOWN"]
LevelText = Annotated[
    str | None,
    Query(max_length=20, description="级别：省级政府、省级部门、市级政府、市级部门、县级政府、县级部门、乡级政府"),
]
_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\s]+')


_ROUTE_PARAMS: dict[int, frozenset[str]] = {}


def _route_params(route: APIRoute) -> frozenset[str]:
    """The query parameters a route takes, its dependencies' too (once per route: routes are not hashable)."""
    if (known := _ROUTE_PARAMS.get(id(route))) is not None:
        return known
    names: set[str] = set()
    todo = [route.dependant]
    while todo:
        d = todo.pop()
        names.update(p.alias for p in d.query_params)
        todo.extend(d.dependencies)
    _ROUTE_PARAMS[id(route)] = known = frozenset(names)
    return known


def _known_params(request: Request) -> None:
    """A query parameter an API route does not take is refused in words, never ignored: 「/api/overview?province=
    湖南省」 or 「/api/findings?region=…」 (before it was taken) gave every report as if filtered."""
    route = request.scope.get("route")
    if not request.query_params or not isinstance(route, APIRoute) or not route.path.startswith("/api/"):
        return  # (the page, /docs: a link's tracking parameters are no business of theirs)
    known = _route_params(route)
    unknown = [
        k for k in dict.fromkeys(request.query_params.keys()) if k not in known and k != "_"
    ]  # (`_`: a cache-buster)
    if unknown:
        takes = "、".join(sorted(known)) or "无"
        raise HTTPException(422, f"请求参数有误：不认识的参数 {'、'.join(unknown)}（此处可用：{takes}）")


def cell_labels() -> dict[str, str]:
    """Every cell key of every table variant → its human label (the spec's words)."""
    from extractor import tablespec as ts

    keys: dict[str, str] = {}
    for spec, template in (
        (ts.T2_GF2019, "GF2019"),
        (ts.T2_GF2021, "GF2021"),
        (ts.T3_GF2019, None),
        (ts.T3_GF2021, None),
        (ts.T4, None),
    ):
        for r in spec.rows:
            for c in (*r.cols, "sub") if spec.id == "t3" else r.cols:
                keys[f"{spec.id}.{r.key}.{c}"] = ts.cell_label(f"{spec.id}.{r.key}.{c}", template)
    for g, head in ts.T3_GROUP_HEADERS.items():
        for c in (*head.cols, "sub"):
            keys.setdefault(f"t3.{g}.{c}", ts.cell_label(f"t3.{g}.{c}"))
    return keys


def download_name(report: Report) -> str:
    """A file name people recognise: 「洪泽区人民政府-2023年」."""
    agency = _UNSAFE_NAME.sub("", report.agency or "") or "报告"
    return f"{agency}-{report.year}年" if report.year else f"{agency}-{report.id}"


def attachment(name: str, fallback: str, inline: bool = False) -> dict[str, str]:
    """Content-Disposition with a UTF-8 file name (RFC 6266/5987) and an ASCII fallback."""
    return {
        "Content-Disposition": f'{"inline" if inline else "attachment"}; filename="{fallback}"; '
        f"filename*=UTF-8''{quote(name)}"
    }


# pydantic's error types a client meets, said in Chinese; other types keep pydantic's own words
_INVALID_ZH = {
    "missing": "缺少字段",
    "json_invalid": "请求体不是合法的 JSON",
    "model_attributes_type": "请求体应为 JSON 对象",
    "dict_type": "应为 JSON 对象",
    "string_type": "应为字符串",
    "int_parsing": "应为整数",
    "int_type": "应为整数",
    "bool_parsing": "应为 true 或 false",
    "bool_type": "应为 true 或 false",
    "string_too_long": "太长",
    "string_too_short": "太短",
    "literal_error": "取值不在允许范围内",
    "enum": "取值不在允许范围内",
    "greater_than_equal": "太小",
    "less_than_equal": "太大",
    "extra_forbidden": "不认识的字段",
}


def _invalid_zh(err: dict) -> str:
    """One validation error as a client reads it: 「question：缺少字段」, not 「body.question Field required」
    (pydantic's 「body」/「query」 prefix dropped: the client knows where it put the field)."""
    loc = [str(x) for x in err.get("loc", ())]
    kind = err.get("type", "")
    if kind == "json_invalid":
        return _INVALID_ZH[kind]
    where = ".".join(loc[1:] if loc and loc[0] in ("body", "query", "path", "header") else loc)
    said = _INVALID_ZH.get(kind) or str(err.get("msg", ""))
    ctx = err.get("ctx") or {}
    if kind in ("literal_error", "enum") and (allowed := ctx.get("expected")):
        said = f"取值应为 {str(allowed).replace(' or ', ', ')} 之一"
    # the bound itself: 「太长」 alone left the client guessing how long is allowed
    elif kind == "string_too_long" and "max_length" in ctx:
        said = f"太长（最多 {ctx['max_length']} 个字符）"
    elif kind == "string_too_short" and ctx.get("min_length") == 1:
        said = "不能为空"
    elif kind == "string_too_short" and "min_length" in ctx:
        said = f"太短（至少 {ctx['min_length']} 个字符）"
    elif where == "year" and kind in ("int_parsing", "int_type"):
        said = "应为年份，如 2022 或 2022年"
    elif kind == "greater_than_equal" and "ge" in ctx:
        said = f"应不小于 {ctx['ge']}"
    elif kind == "less_than_equal" and "le" in ctx:
        said = f"应不大于 {ctx['le']}"
    return f"{where}：{said}" if where else said


def create_app(data_dir: str | os.PathLike | None = None, settings: Settings | None = None) -> FastAPI:
    # settings first: a wrong value stops the start with one line (the CLI prints it, exit 2)
    settings = settings or Settings.load(data_dir=data_dir)
    max_upload = settings.max_upload_bytes
    workers = sandbox.int_setting("XXGK_EXTRACT_WORKERS", max(1, os.cpu_count() or 1))
    budgets.current()
    limits = sandbox.Limits.from_env(settings.llm)
    store = Store(settings.data_dir)
    index = Index(store)
    llm = client_for(settings.llm) if settings.llm else None  # one client: its connections are reused
    writer = threading.Lock()  # one writer at a time (store + vector index); readers go on
    slots = asyncio.Semaphore(workers)  # child processes reading uploads at once
    waiting = {"n": 0}

    def startup() -> None:
        """Re-index what the vector index lacks (a crash between store and index), drop what it
        should not hold; start the fork server so the first upload does not pay for it."""
        with writer:
            index.reconcile()
        sandbox.warm_up(llm=settings.llm is not None)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        threading.Thread(target=startup, name="xxgk-startup", daemon=True).start()
        yield

    app = FastAPI(
        title="xxgk 政府信息公开年报服务",
        version=__version__,
        lifespan=lifespan,
        docs_url=None,
        redoc_url=None,
        description="提取、核验政府信息公开工作年度报告，并带引用地回答问题。",
        dependencies=[Depends(_known_params)],
    )
    app.state.store = store
    app.state.index = index
    app.add_middleware(Gate, max_upload=max_upload)
    app.add_middleware(HeadAsGet)

    # one Asker per app: it keeps the store's catalogue between requests (re-read when the store changes)
    app.state.asker = Asker(store, index, llm)
    threading.Thread(target=app.state.asker.warm, daemon=True).start()  # catalogue, derived rows, typo sounds

    def asker() -> Asker:
        return app.state.asker

    def require_key(x_api_key: Annotated[str | None, Header()] = None) -> None:
        """Documents the header; `Gate` has already checked it before the body was read."""
        key = os.environ.get("XXGK_API_KEY")
        if key and not hmac.compare_digest((x_api_key or "").encode(), key.encode()):
            raise HTTPException(401, "需要有效的 API key（请求头 X-API-Key）")

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        said = _invalid_zh(first)
        if tuple(first.get("loc", ())) == ("body",) and "json" not in request.headers.get("content-type", ""):
            # curl -d sends a form: the body was never read as JSON, say which header it needs
            said += "（请以 Content-Type: application/json 发送）"
        return JSONResponse({"detail": f"请求参数有误：{said}"}, status_code=422)

    @app.exception_handler(ExtractError)
    async def _bad(request: Request, exc: ExtractError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=STATUS.get(exc.code, 422))

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = (
            exc.detail
            if isinstance(exc.detail, str) and not exc.detail.isascii()
            else _HTTP_ZH.get(exc.status_code, str(exc.detail))
        )
        return JSONResponse({"detail": detail}, status_code=exc.status_code, headers=getattr(exc, "headers", None))

    @app.exception_handler(Exception)
    async def _bug(request: Request, exc: Exception) -> JSONResponse:
        """A bug of ours: still JSON, still Chinese (uvicorn logs the traceback). A data directory that
        cannot take a write (disk full, read-only) is no bug: any endpoint that writes (the findings view
        caches its sentences) says so, 507."""
        if (why := unwritable(exc)) is not None:
            return JSONResponse({"detail": f"数据目录无法写入：{store.dir}（{why}）"}, status_code=507)
        return JSONResponse(
            {"detail": f"服务器内部错误：{type(exc).__name__}（已记录，请报告此问题）"}, status_code=500
        )

    errors: dict[int | str, dict[str, Any]] = {
        400: {"model": ErrorBody},
        404: {"model": ErrorBody},
        413: {"model": ErrorBody},
        415: {"model": ErrorBody},
        422: {"model": ErrorBody},
    }

    def summary(rid: str) -> ReportSummary:
        rows = store.summaries(ids=[rid], versions=True)
        if not rows:
            raise HTTPException(404, f"没有这份报告：{rid}")
        return ReportSummary(**rows[0])

    def kinds(rid: str) -> dict[str, int]:
        """Findings by kind, as the report page counts them (its 「报告错误」 holds warnings too:
        `n_errors` alone said 2 where the page said 3)."""
        return dict(store.db.execute("SELECT kind, COUNT(*) FROM findings WHERE report_id=? GROUP BY kind", (rid,)))

    def resolve(rid: str) -> str:
        found = store.resolve(rid)
        if found is None:
            raise HTTPException(404, f"没有这份报告：{rid}")
        return found

    def years_of(year: str | None) -> tuple[int, int] | None:
        try:
            return ov.parse_years(year)
        except ValueError as exc:
            raise HTTPException(422, str(exc)) from None

    def level_of(level: str | None) -> str | None:
        try:
            return ov.parse_level(level)
        except ValueError as exc:
            raise HTTPException(422, str(exc)) from None

    def write(report: Report):
        with writer:
            added = store.add(report)
            index.sync()
            sync_derived(store)  # per-report totals of derived rows (rag.values)
        return added

    def read_notes(report: Report | None) -> list[str]:
        """A file's D8 doubts in words: a zip of three reports stored one, and the upload said 「已入库」 alone."""
        return [f.message for f in (report.findings if report else []) if f.check == "D8"]

    async def ingest(data: bytes, filename: str, request: Request) -> list[UploadResult]:
        """One file: known bytes answer at once; new ones are read in a child process (at most
        `workers` at a time), then stored. An archive holding several reports gives a result for each
        (extractor/several.py), and one for each member repeating one of them."""
        if len(data) > max_upload:
            raise HTTPException(413, f"文件过大（上限 {max_upload // 1048576} MB）")
        known = store.resolve(report_id(data))
        if known:
            return [
                UploadResult(
                    filename=filename,
                    created=False,
                    status="exists",
                    report=summary(known),
                    findings=kinds(known),
                    read_notes=read_notes(store.report(known)),
                )
            ]
        if waiting["n"] >= workers * 8:
            raise HTTPException(503, "服务繁忙：正在处理的上传过多，请稍后再试", headers={"Retry-After": "10"})
        waiting["n"] += 1
        try:
            async with slots:
                if await request.is_disconnected():
                    raise sandbox.ClientGone()
                reports, duplicates = await sandbox.extract_several_async(
                    data, filename, settings.llm, limits, gone=request.is_disconnected
                )
        finally:
            waiting["n"] -= 1
        several = len(reports) > 1 or bool(duplicates)
        results, stored = [], {}
        for report in reports:
            added = await run_in_threadpool(write, report)
            stored[report.source] = added.report_id
            results.append(
                UploadResult(
                    filename=report.source if several else filename,
                    created=added.created,
                    status="created" if added.created else added.status,
                    report=summary(added.report_id),
                    supersedes=added.supersedes,
                    findings=kinds(added.report_id),
                    container=filename if several else None,
                    read_notes=read_notes(report),
                )
            )
        for source, of in duplicates:
            rid = stored.get(of)
            results.append(
                UploadResult(
                    filename=source,
                    created=False,
                    status="exists",
                    report=summary(rid) if rid else None,
                    findings=kinds(rid) if rid else {},
                    container=filename,
                    duplicate_of=of,
                )
            )
        return results

    async def ingest_all(items: list[tuple[Callable[[], Awaitable[bytes]], str]], request: Request) -> Response:
        """Per-file results: every file is tried in turn (read only when its turn comes), each
        says exactly what happened to it. All stored or known → 201; some failed → 207 with the
        list; all failed → the first failure's status with every file's message."""
        results: list[UploadResult] = []
        for read, name in items:
            try:
                results += await ingest(await read(), name, request)
            except sandbox.ClientGone:
                return Response(status_code=499)
            except ExtractError as exc:
                results.append(
                    UploadResult(
                        filename=name,
                        created=False,
                        status="error",
                        error=str(exc),
                        error_status=STATUS.get(exc.code, 422),
                    )
                )
            except HTTPException as exc:
                if exc.status_code == 503:
                    raise
                results.append(
                    UploadResult(
                        filename=name,
                        created=False,
                        status="error",
                        error=str(exc.detail),
                        error_status=exc.status_code,
                    )
                )
        failed = [r for r in results if r.status == "error"]
        if failed and len(failed) == len(results):
            detail = failed[0].error if len(failed) == 1 else "；".join(f"{r.filename}：{r.error}" for r in failed)
            return JSONResponse({"detail": detail}, status_code=failed[0].error_status or 422)
        body = [r.model_dump(mode="json") for r in results]
        return JSONResponse(body, status_code=207 if failed else 201)

    @app.get("/api/health", response_model=Health, tags=["service"])
    def health() -> Health:
        return Health(reports=store.count(), llm=settings.llm is not None, unindexed=store.unindexed_count())

    # HEAD too: a load balancer's or `curl -I`'s probe (it was 405); one operation in the schema, not two of one id
    app.add_api_route("/api/health", health, methods=["HEAD"], include_in_schema=False)

    @app.get("/api/version", response_model=Version, tags=["service"])
    def version() -> Version:
        return Version(version=__version__)

    guarded: dict[int | str, dict[str, Any]] = {  # write endpoints: the API key, the CSRF gate
        401: {"model": ErrorBody},
        403: {"model": ErrorBody},
    }
    batch: dict[int | str, dict[str, Any]] = guarded | {
        201: {"model": list[UploadResult], "description": "every file stored (or already known)"},
        207: {"model": list[UploadResult], "description": "some files stored, some not: see each result"},
        503: {"model": ErrorBody},
    }

    @app.post(
        "/api/reports",
        response_model=list[UploadResult],
        status_code=201,
        responses=errors | batch,
        dependencies=[Depends(require_key)],
        tags=["reports"],
        summary="上传一份或多份报告（multipart 文件）；逐个文件返回结果",
    )
    async def upload(
        request: Request, files: Annotated[list[UploadFile], File(description="txt/html/md/pdf/docx 报告文件")]
    ):
        def reader(f: UploadFile):
            async def read() -> bytes:
                try:
                    return await f.read(max_upload + 1)
                finally:
                    await f.close()

            return read

        return await ingest_all([(reader(f), f.filename or "upload") for f in files], request)

    @app.post(
        "/api/reports/text",
        response_model=UploadResult,
        status_code=201,
        responses=errors | batch,
        dependencies=[Depends(require_key)],
        tags=["reports"],
        summary="以原文文本上传一份报告",
    )
    async def upload_text(request: Request, body: TextUpload):
        async def read() -> bytes:
            return body.text.encode("utf-8")

        result = await ingest_all([(read, body.filename)], request)
        if result.status_code == 201:
            return JSONResponse(json.loads(bytes(result.body))[0], status_code=201)
        return result

    @app.delete(
        "/api/reports/{report_id}",
        response_model=Removed,
        responses=errors | guarded,
        dependencies=[Depends(require_key)],
        tags=["reports"],
        summary="删除一份报告（连同内容相同的副本；SQLite、全文索引、向量索引）",
    )
    async def delete_report(report_id: str) -> Removed:
        def remove():
            with writer:
                done = store.delete(report_id)
                if done is not None:
                    index.sync()
                    sync_derived(store)
            return done

        done = await run_in_threadpool(remove)
        if done is None:
            raise HTTPException(404, f"没有这份报告：{report_id}")
        return Removed(deleted=done.report_id, variants=done.variants, restored=done.restored)

    def named_ids(agency: str | None, versions: bool = False) -> list[str] | None:
        """The reports an `agency` filter finds, by the overview's rule (any part of the name or region, aliases,
        spoken forms: 「怀化」 finds the bodies of 怀化市's counties, as the overview and `xxgk list --agency` do) and
        by the exact name as before; with `versions`, the replaced versions of those bodies too. None: no filter."""
        if not agency or not agency.strip():
            return None
        found = {r.id for r in ov.filter_rows(ov.all_rows(store.db), agency, aliases=store.alias_table())}
        found |= {r["id"] for r in store.summaries(agency, limit=10**9, versions=versions)}
        if versions and found:
            marks = ",".join("?" * len(found))
            found |= {
                row[0]
                for row in store.db.execute(
                    f"SELECT id FROM reports WHERE agency_key IN (SELECT agency_key FROM reports WHERE id IN ({marks}))",
                    sorted(found),
                )
            }
        return sorted(found)

    @app.get(
        "/api/reports",
        response_model=list[ReportSummary],
        tags=["reports"],
        responses=errors,
        summary="列出报告（按机关、年度排序；X-Total-Count 头给出筛选后的总数，用 limit/offset 翻页）",
    )
    def list_reports(
        response: Response,
        agency: str | None = None,
        year: YearText = None,
        template: Literal["GF2021", "GF2019", "LEGACY", "UNKNOWN"] | None = None,
        has_findings: bool | None = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 100,
        offset: Annotated[int, Query(ge=0, le=10**9)] = 0,
        versions: Annotated[bool, Query(description="also list versions replaced by a newer one")] = False,
    ) -> list[ReportSummary]:
        years = years_of(year)
        ids = named_ids(agency, versions)
        response.headers["X-Total-Count"] = str(
            len(store.summaries(None, years, template, has_findings, 10**9, 0, versions=versions, ids=ids))
            if ids is not None
            else store.summaries_count(None, years, template, has_findings, versions)
        )
        return [
            ReportSummary(**r)
            for r in store.summaries(None, years, template, has_findings, limit, offset, versions=versions, ids=ids)
        ]

    @app.get("/api/reports/{report_id}", response_model=Report, tags=["reports"], responses=errors)
    def get_report(report_id: str) -> Report:
        report = store.report(resolve(report_id))
        if report is None:
            raise HTTPException(404, f"没有这份报告：{report_id}")
        return report

    def csv_download(text: str, name: str, fallback: str) -> Response:
        """CSV as a spreadsheet opens it: UTF-8 with BOM, a file name to save it under."""
        return Response(BOM + text, media_type="text/csv; charset=utf-8", headers=attachment(name, fallback))

    @app.get(
        "/api/reports/{report_id}/export",
        tags=["export"],
        responses=errors,
        response_class=PlainTextResponse,
        summary="导出一份报告：json（单元格视图）、csv（长表）、html（官方表样）",
    )
    def export_one(
        report_id: str,
        format: Literal["json", "csv", "html"] = "json",
        download: Annotated[bool, Query(description="html: as a file to save (else shown to print)")] = True,
    ):
        report = get_report(report_id)
        name = download_name(report)
        if format == "csv":
            return csv_download(to_csv([report]), f"{name}-单元格.csv", f"xxgk-{report.id}.csv")
        if format == "html":
            return HTMLResponse(
                report_page(report),
                headers=attachment(f"{name}-核验单.html", f"xxgk-{report.id}.html", inline=not download),
            )
        return JSONResponse(to_cells(report), headers=attachment(f"{name}.json", f"xxgk-{report.id}.json"))

    @app.get(
        "/api/reports/{report_id}/tables.html",
        tags=["export"],
        responses=errors,
        response_class=HTMLResponse,
        summary="三张表按官方表样排版的 HTML 片段（网页用）",
    )
    def tables_fragment(report_id: str) -> HTMLResponse:
        return HTMLResponse(tables_html(get_report(report_id)))

    @app.get(
        "/api/export",
        tags=["export"],
        responses=errors,
        response_class=PlainTextResponse,
        summary="导出筛选出的多份报告：csv 或 jsonl（每次至多 limit 份；X-Total-Count 给出筛选后的总数，用 offset 分批）",
    )
    def export_many(
        format: Literal["csv", "jsonl"] = "csv",
        agency: str | None = None,
        year: YearText = None,
        template: Literal["GF2021", "GF2019", "LEGACY", "UNKNOWN"] | None = None,
        limit: Annotated[int, Query(ge=1, le=5000)] = 1000,
        offset: Annotated[int, Query(ge=0, le=10**9)] = 0,
        level: LevelText = None,
        region: Annotated[str | None, Query(max_length=40, description="省份（总览的「省份」）")] = None,
        has: Kind | None = None,
    ):
        years = years_of(year)
        ids = named_ids(agency)  # 「怀化」 finds what the overview and /api/reports find (an empty file before)
        lv = level_of(level)
        # the overview's filters (「湖南省县级部门…」's set: agency=湖南&level=县级部门); the page's 「全部单元格 CSV」
        # of a filtered overview held every report of the store
        if lv is not None or region or has:
            picked = {r.id for r in ov.filter_rows(ov.all_rows(store.db), region=region, has=has, level=lv)}
            ids = sorted(picked if ids is None else picked.intersection(ids))
        reports = [store.report(r["id"]) for r in store.summaries(None, years, template, None, limit, offset, ids=ids)]
        reports = [r for r in reports if r is not None]
        # the cap is silent in the file itself: the total says whether this was all of it
        total = {
            "X-Total-Count": str(
                len(store.summaries(None, years, template, None, 10**9, 0, ids=ids))
                if ids is not None
                else store.summaries_count(None, years, template)
            )
        }
        if format == "csv":
            download = csv_download(to_csv(reports), "xxgk-导出-单元格.csv", "xxgk-export.csv")
            download.headers.update(total)
            return download
        return PlainTextResponse(
            "".join(json.dumps(to_cells(r), ensure_ascii=False) + "\n" for r in reports),
            media_type="application/x-ndjson",
            headers=attachment("xxgk-导出.jsonl", "xxgk-export.jsonl") | total,
        )

    @app.post(
        "/api/ask",
        response_model=Answer,
        tags=["ask"],
        responses=errors,
        summary="提问（可限定到一份报告或某机关/年度）；stream=true 时以 SSE 返回",
    )
    async def ask(
        body: Annotated[AskRequest, Body(examples=[{"question": "收到多少件申请？", "agency": "安康", "year": 2022}])],
    ):
        if body.report_id:
            body.report_id = resolve(body.report_id)
        if not body.stream:
            return await run_in_threadpool(
                asker().ask, body.question, body.report_id, body.agency, body.year, body.previous
            )

        async def events():
            """SSE: `delta` events with answer text as it is produced (token by token when the LLM
            writes a narrative answer), then `done` with the whole answer object."""
            gen = asker().ask_events(body.question, body.report_id, body.agency, body.year, body.previous)
            async for kind, item in iterate_in_threadpool(gen):
                if kind == "delta":
                    yield f"event: delta\ndata: {json.dumps({'text': item}, ensure_ascii=False)}\n\n"
                elif kind == "reset":
                    yield "event: reset\ndata: {}\n\n"
                else:
                    yield f"event: done\ndata: {cast(Answer, item).model_dump_json()}\n\n"

        return StreamingResponse(events(), media_type="text/event-stream")

    # ---------------------------------------------------------------- the web page's views
    sorts = {"agency", "year", *ov.BY_ID, "published", *KIND_NAMES}

    def check_sort(sort: str | None) -> None:
        if sort and sort not in sorts:
            raise HTTPException(422, f"无法按「{sort}」排序")

    @app.get(
        "/api/overview",
        response_model=ov.Overview,
        tags=["overview"],
        responses=errors,
        summary="总览：各机关各年度的关键数字（可筛选、排序）",
    )
    def overview(
        agency: Annotated[str | None, Query(max_length=100)] = None,
        year: YearText = None,
        region: Annotated[str | None, Query(max_length=40)] = None,
        has: Kind | None = None,
        template: TemplateName | None = None,
        sort: Annotated[str | None, Query(max_length=40)] = None,
        desc: bool = False,
        level: LevelText = None,
        limit: Annotated[int, Query(ge=1, le=5000)] = 500,
        offset: Annotated[int, Query(ge=0, le=10**9)] = 0,
        group: Annotated[str | None, Query(max_length=120, description="exactly this agency (a row's `group`)")] = None,
    ) -> ov.Overview:
        check_sort(sort)
        return ov.overview(
            store.db,
            agency,
            years_of(year),
            region,
            has,
            template,
            sort,
            desc,
            limit,
            offset,
            store.alias_table() if agency else None,
            group,
            level_of(level),
        )

    @app.get(
        "/api/overview/export",
        tags=["overview"],
        responses=errors,
        response_class=Response,
        summary="导出总览表：csv（UTF-8 BOM）或 xlsx",
    )
    def overview_export(
        format: Literal["csv", "xlsx"] = "csv",
        agency: Annotated[str | None, Query(max_length=100)] = None,
        year: YearText = None,
        region: Annotated[str | None, Query(max_length=40)] = None,
        has: Kind | None = None,
        template: TemplateName | None = None,
        sort: Annotated[str | None, Query(max_length=40)] = None,
        desc: bool = False,
        level: LevelText = None,
    ) -> Response:
        check_sort(sort)
        found = ov.overview(
            store.db,
            agency,
            years_of(year),
            region,
            has,
            template,
            sort,
            desc,
            limit=10**9,
            aliases=store.alias_table() if agency else None,
            level=level_of(level),
        )
        head, body = sheets.overview_table(found.rows)
        return sheet_response(head, body, "总览", "xxgk-总览", format)

    def finding_ids(agency: str | None, region: str | None = None, level: str | None = None) -> set[str] | None:
        """The reports whose findings are listed: by name, province and level as the overview filters them (a
        `region` or `level` was ignored without a word: 「湖南省县级部门的报告错误」 listed every report's)."""
        lv = level_of(level)
        if not agency and not region and lv is None:
            return None
        rows = ov.all_rows(store.db)
        return {r.id for r in ov.filter_rows(rows, agency, region=region, level=lv, aliases=store.alias_table())}

    @app.get(
        "/api/findings",
        response_model=ov.FindingsPage,
        tags=["overview"],
        responses=errors,
        summary="全部报告的核查发现（按类别、检查、机关、年度筛选），每条用一句话说明",
    )
    def findings(
        kind: Kind | None = None,
        check: Annotated[str | None, Query(max_length=10)] = None,
        agency: Annotated[str | None, Query(max_length=100)] = None,
        year: YearText = None,
        limit: Annotated[int, Query(ge=1, le=1000)] = 200,
        offset: Annotated[int, Query(ge=0, le=10**9)] = 0,
        region: Annotated[str | None, Query(max_length=40, description="省份（总览的「省份」）")] = None,
        level: LevelText = None,
    ) -> ov.FindingsPage:
        ov.sync(store.db)
        return ov.findings(store.db, kind, check, finding_ids(agency, region, level), years_of(year), limit, offset)

    @app.get(
        "/api/findings/export",
        tags=["overview"],
        responses=errors,
        response_class=Response,
        summary="导出核查发现：csv（UTF-8 BOM）或 xlsx",
    )
    def findings_export(
        format: Literal["csv", "xlsx"] = "csv",
        kind: Kind | None = None,
        check: Annotated[str | None, Query(max_length=10)] = None,
        agency: Annotated[str | None, Query(max_length=100)] = None,
        year: YearText = None,
        region: Annotated[str | None, Query(max_length=40, description="省份（总览的「省份」）")] = None,
        level: LevelText = None,
    ) -> Response:
        ov.sync(store.db)
        page = ov.findings(store.db, kind, check, finding_ids(agency, region, level), years_of(year), limit=10**6)
        head, body = sheets.findings_table(page.items)
        return sheet_response(head, body, "核查发现", "xxgk-核查发现", format)

    def sheet_response(head: list[str], body: list, sheet: str, name: str, format: str) -> Response:
        if format == "xlsx":
            return Response(
                sheets.to_xlsx(head, body, sheet),
                media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                headers=attachment(f"{name}.xlsx", "xxgk-export.xlsx"),
            )
        return Response(
            sheets.to_csv(head, body),
            media_type="text/csv; charset=utf-8",
            headers=attachment(f"{name}.csv", "xxgk-export.csv"),
        )

    @app.get(
        "/api/reports/{report_id}/view",
        response_model=ReportView,
        tags=["reports"],
        responses=errors,
        summary="网页用：一份报告的核查发现（白话说明）、定量表述、表格、关键数字和下载链接",
    )
    def report_view(report_id: str) -> ReportView:
        report = get_report(report_id)
        found = described(report)
        counts: dict[str, int] = {}
        for d in found:
            counts[d.kind] = counts.get(d.kind, 0) + 1
        others = (
            [
                {"id": r["id"], "year": r["year"]}
                for r in store.summaries(agency=report.agency, limit=100)
                if r["id"] != report.id
            ]
            if report.agency
            else []
        )
        row = next(iter(ov.all_rows(store.db, [report.id])), None)
        base = f"/api/reports/{report.id}/export?format="
        return ReportView(
            id=report.id,
            title=title_of(report),
            agency=report.agency,
            year=report.year,
            template=report.template.value,
            source_name=report.source.replace("\\", "/").rsplit("/", 1)[-1],
            carried_from=carried_from(report),
            tables=has_tables(report),
            tables_note=None if has_tables(report) else no_tables_note(report),
            tables_html=tables_html(report, found),
            findings=found,
            counts=counts,
            metrics=[MetricView.model_validate(m) for m in metric_views(report)],
            figures=row,
            others=sorted(others, key=lambda o: o["year"] or 0),
            downloads={
                "json": base + "json",
                "csv": base + "csv",
                "html": base + "html",
                "print": base + "html&download=false",
            },
            download_name=download_name(report),
        )

    @app.put(
        "/api/reports/{report_id}/agency",
        response_model=ReportSummary,
        tags=["reports"],
        responses=errors | guarded,
        dependencies=[Depends(require_key)],
        summary="补填或更正一份报告的机关名称（未能识别时）",
    )
    async def set_agency(report_id: str, body: AgencyName) -> ReportSummary:
        rid = resolve(report_id)

        def rename() -> None:
            with writer:
                store.set_agency(rid, body.agency.strip())
                ov.forget(store.db, rid)

        await run_in_threadpool(rename)
        return summary(rid)

    @app.get(
        "/api/labels",
        tags=["reports"],
        response_model=dict[str, str],
        summary="每个单元格 key 的中文名称（表三·（四）1.本机关不掌握相关政府信息·总计）",
    )
    def labels() -> dict[str, str]:
        return cell_labels()

    @app.get("/docs", include_in_schema=False)
    def swagger() -> HTMLResponse:
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "",
            title=app.title + " · API",
            swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
            swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
            swagger_favicon_url="/favicon.ico",
        )

    @app.get("/redoc", include_in_schema=False)
    def redoc() -> HTMLResponse:
        return get_redoc_html(
            openapi_url=app.openapi_url or "",
            title=app.title + " · API",
            redoc_js_url="/static/vendor/redoc/redoc.standalone.js",
            redoc_favicon_url="/favicon.ico",
            with_google_fonts=False,
        )

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> FileResponse:
        return FileResponse(STATIC / "favicon.ico", media_type="image/x-icon")

    @app.api_route("/", methods=["GET", "HEAD"], include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app
