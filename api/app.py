"""The HTTP service: the CLI's capabilities over FastAPI, plus the web page at /.

Uploads are idempotent by content hash; extraction runs in the thread pool so a large upload does
not block other requests. Errors are JSON with a Chinese `detail` and the right status; bad input
never produces a 500. With XXGK_API_KEY set, write endpoints need header X-API-Key."""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
import re
from pathlib import Path
from typing import Annotated, Literal
from urllib.parse import quote

from fastapi import Body, Depends, FastAPI, File, Header, HTTPException, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_redoc_html, get_swagger_ui_html
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, PlainTextResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from starlette.concurrency import iterate_in_threadpool, run_in_threadpool

from extractor import __version__
from extractor.checkspec import Described
from extractor.export import to_cells, to_csv
from extractor.extract import extract_bytes
from extractor.llm_client import client_for
from extractor.schema import Answer, ExtractError, Report
from extractor.settings import Settings
from rag.ask import Asker
from rag.index import Index
from rag.store import Store

from . import overview as ov
from . import sheets
from .render import described, has_tables, metric_views, no_tables_note, report_page, tables_html, title_of

STATIC = Path(__file__).resolve().parent / "static"
STATUS = {"empty": 422, "not_a_report": 422, "no_text_layer": 422, "bad_pdf": 422, "bad_encoding": 415,
          "binary": 415, "unsupported": 415, "too_large": 413,
          "bad_image": 422, "ocr_unavailable": 422}


class ErrorBody(BaseModel):
    detail: str = Field(examples=["不是政府信息公开工作年度报告（没有找到相关内容）"])


class Health(BaseModel):
    status: Literal["ok"] = "ok"
    reports: int = Field(examples=[11])
    llm: bool = Field(description="whether an LLM endpoint is configured")


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


class UploadResult(BaseModel):
    created: bool = Field(description="false when the same content was already stored")
    report: ReportSummary


class TextUpload(BaseModel):
    text: str = Field(min_length=1, examples=["一、总体情况\n2023年……"])
    filename: str = Field(default="upload.txt", examples=["report.txt"])


class AskRequest(BaseModel):
    question: str = Field(min_length=1, max_length=500, examples=["收到多少件申请？"])
    report_id: str | None = Field(default=None, examples=["ec08d24060ec177e"])
    agency: str | None = Field(default=None, examples=["安康"])
    year: int | None = Field(default=None, ge=1990, le=2100, examples=[2022])
    stream: bool = Field(default=False, description="server-sent events (answer in pieces, then the object)")


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
_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\s]+')


def cell_labels() -> dict[str, str]:
    """Every cell key of every table variant → its human label (the spec's words)."""
    from extractor import tablespec as ts

    keys: dict[str, str] = {}
    for spec, template in ((ts.T2_GF2019, "GF2019"), (ts.T2_GF2021, "GF2021"), (ts.T3_GF2019, None),
                           (ts.T3_GF2021, None), (ts.T4, None)):
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
    return {"Content-Disposition": f'{"inline" if inline else "attachment"}; filename="{fallback}"; '
                                   f"filename*=UTF-8''{quote(name)}"}


def create_app(data_dir: str | os.PathLike | None = None, settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings.load(data_dir=data_dir)
    store = Store(settings.data_dir)
    index = Index(store)
    max_upload = settings.max_upload_bytes
    llm = client_for(settings.llm) if settings.llm else None  # one client: its connections are reused
    app = FastAPI(title="xxgk 政府信息公开年报服务", version=__version__, docs_url=None, redoc_url=None,
                  description="提取、核验政府信息公开工作年度报告，并带引用地回答问题。")
    app.state.store = store
    app.state.index = index
    lock = asyncio.Lock()

    def asker() -> Asker:
        return Asker(store, index, llm)

    def require_key(x_api_key: Annotated[str | None, Header()] = None) -> None:
        key = os.environ.get("XXGK_API_KEY")
        if key and x_api_key != key:
            raise HTTPException(401, "需要有效的 API key（请求头 X-API-Key）")

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        first = exc.errors()[0] if exc.errors() else {}
        where = ".".join(str(x) for x in first.get("loc", []))
        return JSONResponse({"detail": f"请求参数有误：{where} {first.get('msg', '')}".strip()}, status_code=422)

    @app.exception_handler(ExtractError)
    async def _bad(request: Request, exc: ExtractError) -> JSONResponse:
        return JSONResponse({"detail": str(exc)}, status_code=STATUS.get(exc.code, 422))

    errors = {400: {"model": ErrorBody}, 404: {"model": ErrorBody}, 413: {"model": ErrorBody},
              415: {"model": ErrorBody}, 422: {"model": ErrorBody}}

    def summary(rid: str) -> ReportSummary:
        rows = [r for r in store.summaries(limit=10**9) if r["id"] == rid]
        if not rows:
            raise HTTPException(404, f"没有这份报告：{rid}")
        return ReportSummary(**rows[0])

    async def ingest(data: bytes, filename: str) -> tuple[bool, ReportSummary]:
        if len(data) > max_upload:
            raise HTTPException(413, f"文件过大（上限 {max_upload // 1048576} MB）")
        rid = hashlib.sha256(data).hexdigest()[:16]
        if store.has(rid):
            return False, summary(rid)
        report = await run_in_threadpool(extract_bytes, data, filename, settings.llm)
        async with lock:  # one writer at a time; readers go on
            await run_in_threadpool(store.add, report)
            await run_in_threadpool(index.sync)
        return True, summary(report.id)

    @app.get("/api/health", response_model=Health, tags=["service"])
    def health() -> Health:
        return Health(reports=store.count(), llm=settings.llm is not None)

    @app.get("/api/version", response_model=Version, tags=["service"])
    def version() -> Version:
        return Version(version=__version__)

    @app.post("/api/reports", response_model=list[UploadResult], status_code=201, responses=errors,
              dependencies=[Depends(require_key)], tags=["reports"],
              summary="上传一份或多份报告（multipart 文件）")
    async def upload(files: Annotated[list[UploadFile], File(description="txt/html/md/pdf 报告文件")]) -> list[UploadResult]:
        out = []
        for f in files:
            data = await f.read(max_upload + 1)
            created, s = await ingest(data, f.filename or "upload")
            out.append(UploadResult(created=created, report=s))
        return out

    @app.post("/api/reports/text", response_model=UploadResult, status_code=201, responses=errors,
              dependencies=[Depends(require_key)], tags=["reports"], summary="以原文文本上传一份报告")
    async def upload_text(body: TextUpload) -> UploadResult:
        created, s = await ingest(body.text.encode("utf-8"), body.filename)
        return UploadResult(created=created, report=s)

    @app.get("/api/reports", response_model=list[ReportSummary], tags=["reports"], responses=errors)
    def list_reports(agency: str | None = None, year: Annotated[int | None, Query(ge=1990, le=2100)] = None,
                     template: Literal["GF2021", "GF2019", "LEGACY", "UNKNOWN"] | None = None,
                     has_findings: bool | None = None, limit: Annotated[int, Query(ge=1, le=1000)] = 100,
                     offset: Annotated[int, Query(ge=0, le=10**9)] = 0) -> list[ReportSummary]:
        return [ReportSummary(**r) for r in store.summaries(agency, year, template, has_findings, limit, offset)]

    @app.get("/api/reports/{report_id}", response_model=Report, tags=["reports"], responses=errors)
    def get_report(report_id: str) -> Report:
        report = store.report(report_id)
        if report is None:
            raise HTTPException(404, f"没有这份报告：{report_id}")
        return report

    @app.get("/api/reports/{report_id}/export", tags=["export"], responses=errors,
             response_class=PlainTextResponse, summary="导出一份报告：json（单元格视图）、csv（长表）、html（官方表样）")
    def export_one(report_id: str, format: Literal["json", "csv", "html"] = "json",
                   download: Annotated[bool, Query(description="html: as a file to save (else shown to print)")] = True):
        report = get_report(report_id)
        name = download_name(report)
        if format == "csv":
            return Response(sheets.BOM + to_csv([report]), media_type="text/csv; charset=utf-8",
                            headers=attachment(f"{name}-单元格.csv", f"xxgk-{report.id}.csv"))
        if format == "html":
            return HTMLResponse(report_page(report), headers=attachment(f"{name}-核验单.html", f"xxgk-{report.id}.html",
                                                                        inline=not download))
        return JSONResponse(to_cells(report), headers=attachment(f"{name}.json", f"xxgk-{report.id}.json"))

    @app.get("/api/reports/{report_id}/tables.html", tags=["export"], responses=errors,
             response_class=HTMLResponse, summary="三张表按官方表样排版的 HTML 片段（网页用）")
    def tables_fragment(report_id: str) -> HTMLResponse:
        return HTMLResponse(tables_html(get_report(report_id)))

    @app.get("/api/export", tags=["export"], responses=errors, response_class=PlainTextResponse,
             summary="导出筛选出的多份报告：csv 或 jsonl")
    def export_many(format: Literal["csv", "jsonl"] = "csv", agency: str | None = None,
                    year: Annotated[int | None, Query(ge=1990, le=2100)] = None,
                    template: Literal["GF2021", "GF2019", "LEGACY", "UNKNOWN"] | None = None,
                    limit: Annotated[int, Query(ge=1, le=5000)] = 1000):
        reports = [store.report(r["id"]) for r in store.summaries(agency, year, template, None, limit)]
        reports = [r for r in reports if r is not None]
        if format == "csv":
            return PlainTextResponse(to_csv(reports), media_type="text/csv; charset=utf-8")
        return PlainTextResponse("".join(json.dumps(to_cells(r), ensure_ascii=False) + "\n" for r in reports),
                                 media_type="application/x-ndjson")

    @app.post("/api/ask", response_model=Answer, tags=["ask"], responses=errors,
              summary="提问（可限定到一份报告或某机关/年度）；stream=true 时以 SSE 返回")
    async def ask(body: Annotated[AskRequest, Body(examples=[{"question": "收到多少件申请？", "agency": "安康",
                                                               "year": 2022}])]):
        if body.report_id and not store.has(body.report_id):
            raise HTTPException(404, f"没有这份报告：{body.report_id}")
        if not body.stream:
            return await run_in_threadpool(asker().ask, body.question, body.report_id, body.agency, body.year)

        async def events():
            """SSE: `delta` events with answer text as it is produced (token by token when the LLM
            writes a narrative answer), then `done` with the whole answer object."""
            gen = asker().ask_events(body.question, body.report_id, body.agency, body.year)
            async for kind, item in iterate_in_threadpool(gen):
                if kind == "delta":
                    yield f"event: delta\ndata: {json.dumps({'text': item}, ensure_ascii=False)}\n\n"
                elif kind == "reset":
                    yield "event: reset\ndata: {}\n\n"
                else:
                    yield f"event: done\ndata: {item.model_dump_json()}\n\n"

        return StreamingResponse(events(), media_type="text/event-stream")

    # ---------------------------------------------------------------- the web page's views
    def years_of(year: str | None) -> tuple[int, int] | None:
        try:
            return ov.parse_years(year)
        except ValueError as exc:
            raise HTTPException(422, str(exc)) from None

    sorts = {"agency", "year", *ov.BY_ID, "published", *KIND_NAMES}

    def check_sort(sort: str | None) -> None:
        if sort and sort not in sorts:
            raise HTTPException(422, f"无法按「{sort}」排序")

    @app.get("/api/overview", response_model=ov.Overview, tags=["overview"], responses=errors,
             summary="总览：各机关各年度的关键数字（可筛选、排序）")
    def overview(agency: Annotated[str | None, Query(max_length=100)] = None, year: YearText = None,
                 region: Annotated[str | None, Query(max_length=40)] = None, has: Kind | None = None,
                 template: TemplateName | None = None, sort: Annotated[str | None, Query(max_length=40)] = None,
                 desc: bool = False, limit: Annotated[int, Query(ge=1, le=5000)] = 500,
                 offset: Annotated[int, Query(ge=0, le=10**9)] = 0,
                 group: Annotated[str | None, Query(max_length=120, description="exactly this agency (a row's `group`)")] = None
                 ) -> ov.Overview:
        check_sort(sort)
        return ov.overview(store.db, agency, years_of(year), region, has, template, sort, desc, limit, offset,
                           store.alias_table() if agency else None, group)

    @app.get("/api/overview/export", tags=["overview"], responses=errors, response_class=Response,
             summary="导出总览表：csv（UTF-8 BOM）或 xlsx")
    def overview_export(format: Literal["csv", "xlsx"] = "csv", agency: Annotated[str | None, Query(max_length=100)] = None,
                        year: YearText = None, region: Annotated[str | None, Query(max_length=40)] = None,
                        has: Kind | None = None, template: TemplateName | None = None,
                        sort: Annotated[str | None, Query(max_length=40)] = None, desc: bool = False) -> Response:
        check_sort(sort)
        found = ov.overview(store.db, agency, years_of(year), region, has, template, sort, desc, limit=10**9,
                            aliases=store.alias_table() if agency else None)
        head, body = sheets.overview_table(found.rows)
        return sheet_response(head, body, "总览", "xxgk-总览", format)

    def finding_ids(agency: str | None) -> set[str] | None:
        if not agency:
            return None
        return {r.id for r in ov.filter_rows(ov.all_rows(store.db), agency, aliases=store.alias_table())}

    @app.get("/api/findings", response_model=ov.FindingsPage, tags=["overview"], responses=errors,
             summary="全部报告的核查发现（按类别、检查、机关、年度筛选），每条用一句话说明")
    def findings(kind: Kind | None = None, check: Annotated[str | None, Query(max_length=10)] = None,
                 agency: Annotated[str | None, Query(max_length=100)] = None, year: YearText = None,
                 limit: Annotated[int, Query(ge=1, le=1000)] = 200,
                 offset: Annotated[int, Query(ge=0, le=10**9)] = 0) -> ov.FindingsPage:
        ov.sync(store.db)
        return ov.findings(store.db, kind, check, finding_ids(agency), years_of(year), limit, offset)

    @app.get("/api/findings/export", tags=["overview"], responses=errors, response_class=Response,
             summary="导出核查发现：csv（UTF-8 BOM）或 xlsx")
    def findings_export(format: Literal["csv", "xlsx"] = "csv", kind: Kind | None = None,
                        check: Annotated[str | None, Query(max_length=10)] = None,
                        agency: Annotated[str | None, Query(max_length=100)] = None, year: YearText = None) -> Response:
        ov.sync(store.db)
        page = ov.findings(store.db, kind, check, finding_ids(agency), years_of(year), limit=10**6)
        head, body = sheets.findings_table(page.items)
        return sheet_response(head, body, "核查发现", "xxgk-核查发现", format)

    def sheet_response(head: list[str], body: list, sheet: str, name: str, format: str) -> Response:
        if format == "xlsx":
            return Response(sheets.to_xlsx(head, body, sheet),
                            media_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                            headers=attachment(f"{name}.xlsx", "xxgk-export.xlsx"))
        return Response(sheets.to_csv(head, body), media_type="text/csv; charset=utf-8",
                        headers=attachment(f"{name}.csv", "xxgk-export.csv"))

    @app.get("/api/reports/{report_id}/view", response_model=ReportView, tags=["reports"], responses=errors,
             summary="网页用：一份报告的核查发现（白话说明）、定量表述、表格、关键数字和下载链接")
    def report_view(report_id: str) -> ReportView:
        report = get_report(report_id)
        found = described(report)
        counts: dict[str, int] = {}
        for d in found:
            counts[d.kind] = counts.get(d.kind, 0) + 1
        others = [{"id": r["id"], "year": r["year"]} for r in store.summaries(agency=report.agency, limit=100)
                  if r["id"] != report.id] if report.agency else []
        row = next(iter(ov.all_rows(store.db, [report.id])), None)
        base = f"/api/reports/{report.id}/export?format="
        return ReportView(
            id=report.id, title=title_of(report), agency=report.agency, year=report.year, template=report.template.value,
            source_name=report.source.replace("\\", "/").rsplit("/", 1)[-1], tables=has_tables(report),
            tables_note=None if has_tables(report) else no_tables_note(report), tables_html=tables_html(report, found),
            findings=found, counts=counts, metrics=metric_views(report), figures=row,
            others=sorted(others, key=lambda o: o["year"] or 0),
            downloads={"json": base + "json", "csv": base + "csv", "html": base + "html",
                       "print": base + "html&download=false"},
            download_name=download_name(report))

    @app.put("/api/reports/{report_id}/agency", response_model=ReportSummary, tags=["reports"], responses=errors,
             dependencies=[Depends(require_key)], summary="补填或更正一份报告的机关名称（未能识别时）")
    async def set_agency(report_id: str, body: AgencyName) -> ReportSummary:
        if not store.has(report_id):
            raise HTTPException(404, f"没有这份报告：{report_id}")
        async with lock:
            await run_in_threadpool(store.set_agency, report_id, body.agency.strip())
            ov.forget(store.db, report_id)
        return summary(report_id)

    @app.get("/api/labels", tags=["reports"], response_model=dict[str, str],
             summary="每个单元格 key 的中文名称（表三·（四）1.本机关不掌握相关政府信息·总计）")
    def labels() -> dict[str, str]:
        return cell_labels()

    @app.get("/docs", include_in_schema=False)
    def swagger() -> HTMLResponse:
        return get_swagger_ui_html(openapi_url=app.openapi_url, title=app.title + " · API",
                                   swagger_js_url="/static/vendor/swagger-ui/swagger-ui-bundle.js",
                                   swagger_css_url="/static/vendor/swagger-ui/swagger-ui.css",
                                   swagger_favicon_url="/favicon.ico")

    @app.get("/redoc", include_in_schema=False)
    def redoc() -> HTMLResponse:
        return get_redoc_html(openapi_url=app.openapi_url, title=app.title + " · API",
                              redoc_js_url="/static/vendor/redoc/redoc.standalone.js",
                              redoc_favicon_url="/favicon.ico", with_google_fonts=False)

    @app.get("/favicon.ico", include_in_schema=False)
    def favicon() -> FileResponse:
        return FileResponse(STATIC / "favicon.ico", media_type="image/x-icon")

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app
