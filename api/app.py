"""The HTTP service: the CLI's capabilities over FastAPI, plus the web page at /.

Uploads are idempotent by content hash; extraction runs in the thread pool so a large upload does
not block other requests. Errors are JSON with a Chinese `detail` and the right status; bad input
never produces a 500. With XXGK_API_KEY set, write endpoints need header X-API-Key."""

from __future__ import annotations

import asyncio
import hashlib
import json
import os
from pathlib import Path
from typing import Annotated, Literal

from fastapi import Body, Depends, FastAPI, File, Header, HTTPException, Query, Request, UploadFile
from fastapi.exceptions import RequestValidationError
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse, PlainTextResponse, StreamingResponse
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, Field
from starlette.concurrency import iterate_in_threadpool, run_in_threadpool

from extractor import __version__
from extractor.export import to_cells, to_csv
from extractor.extract import extract_bytes
from extractor.llm_client import client_for
from extractor.schema import Answer, ExtractError, Report
from extractor.settings import Settings
from rag.ask import Asker
from rag.index import Index
from rag.store import Store

from .render import report_page, tables_html

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


def create_app(data_dir: str | os.PathLike | None = None, settings: Settings | None = None) -> FastAPI:
    settings = settings or Settings.load(data_dir=data_dir)
    store = Store(settings.data_dir)
    index = Index(store)
    max_upload = settings.max_upload_bytes
    llm = client_for(settings.llm) if settings.llm else None  # one client: its connections are reused
    app = FastAPI(title="xxgk 政府信息公开年报服务", version=__version__,
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
    def export_one(report_id: str, format: Literal["json", "csv", "html"] = "json"):
        report = get_report(report_id)
        if format == "csv":
            return PlainTextResponse(to_csv([report]), media_type="text/csv; charset=utf-8")
        if format == "html":
            return HTMLResponse(report_page(report))
        return JSONResponse(to_cells(report))

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

    @app.get("/", include_in_schema=False)
    def page() -> FileResponse:
        return FileResponse(STATIC / "index.html")

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    return app
