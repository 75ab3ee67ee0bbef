"""The HTTP app: ``GET /healthz``, ``POST /api/ask`` (JSON or server-sent events), the OpenAI-compatible
``/v1/chat/completions`` and ``/v1/models``, and the Gradio page at ``/``.

The API answers as soon as the server is up; the page (gradio: several seconds to import and build) is
built in a worker thread afterwards and mounted when ready — until then ``/`` shows a short "starting"
page and ``/healthz`` says ``"page": "starting"``. Answering is synchronous and CPU-bound: it runs in
Starlette's thread pool (sync endpoints, sync stream iterators), never on the event loop.
"""
from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import time
from collections.abc import Iterator

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

from fastapi import Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, StreamingResponse
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Receive, Scope, Send

from rag.settings import Settings
from rag.types import Answer, Delta
from ui.auth import ApiKeys, bearer_token, parse_entries
from ui.openai_compat import (
    ChatRequest,
    Completion,
    RequestProblem,
    conversation,
    error_body,
    models_list,
    sse,
)
from ui.services import AskRequest, Services, check_question, stream_answer
from ui.strings import api_message, browser_language

log = logging.getLogger(__name__)
SSE_HEADERS = {"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}  # no proxy buffering of the stream
PAGE_RETRY_SECONDS = 2  # the "starting" page reloads itself after this long


class ApiError(Exception):
    """An HTTP error with a message for the user; rendered as ``{"detail"}`` or, under /v1, OpenAI's error."""

    def __init__(self, status: int, message: str, kind: str = "invalid_request_error", param: str | None = None,
                 code: str | None = None) -> None:
        super().__init__(message)
        self.status, self.kind, self.param, self.code = status, kind, param, code


class PageSlot:
    """ASGI app at ``/``: the Gradio page once mounted, a self-reloading "starting" page before."""

    def __init__(self) -> None:
        self.app: ASGIApp | None = None
        self.state = "starting"  # starting | ready | failed

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if self.app is not None:
            await self.app(scope, receive, send)
            return
        if scope["type"] != "http":
            return
        lang = browser_language(dict(scope.get("headers") or []).get(b"accept-language", b"").decode("latin-1"))
        key = "page_failed" if self.state == "failed" else "page_starting"
        refresh = "" if self.state == "failed" else f'<meta http-equiv="refresh" content="{PAGE_RETRY_SECONDS}">'
        body = (f'<!doctype html><html lang="{lang}"><head><meta charset="utf-8">{refresh}'
                f'<meta name="viewport" content="width=device-width, initial-scale=1"><title>ANSO</title></head>'
                f'<body><p>{api_message(lang, key)}</p></body></html>')
        response = HTMLResponse(body, status_code=503, headers={"Retry-After": str(PAGE_RETRY_SECONDS)})
        await response(scope, receive, send)


def build_page_app(settings: Settings, services: Services) -> FastAPI:
    """The Gradio page mounted on its own FastAPI app (imports gradio: the slow part of serving)."""
    import gradio as gr

    from ui.app import build_app
    from ui.render import CSS

    host = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)
    blocks = build_app(settings, services)
    return gr.mount_gradio_app(host, blocks, path="/", css=CSS, show_error=False,
                               max_file_size=f"{int(settings.max_upload_mb)}mb", footer_links=[])


def create_app(settings: Settings, services: Services | None = None, *, page: bool = True,
               warm_up=None) -> FastAPI:
    """The server app. ``warm_up`` (a callable) runs in a worker thread once the server is up, before the
    page is built; with ``page=False`` no page is mounted (``/healthz`` says ``"page": "off"``)."""
    services = services or Services.build(settings)
    keys = ApiKeys(parse_entries(settings.api_keys))
    slot = PageSlot()
    if not page:
        slot.state = "off"

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI):
        stopping = asyncio.Event()
        task = asyncio.create_task(_background(stopping))
        yield
        stopping.set()
        try:
            await asyncio.wait_for(task, timeout=10)
        except (TimeoutError, asyncio.CancelledError):  # still building the page: abandon it
            task.cancel()

    async def _background(stopping: asyncio.Event) -> None:
        """Warm up, build the page, then hold the page's own lifespan (its queue) open until shutdown,
        all in this one task (the page's start-up and shut-down must run in the same task)."""
        if warm_up is not None:
            try:
                await run_in_threadpool(warm_up)
            except Exception:  # the API stays up; the first question then pays what the warm-up did not
                log.exception("warm-up failed")
        if not page:
            return
        try:
            page_app = await run_in_threadpool(build_page_app, settings, services)
        except Exception:
            log.exception("the chat page could not be built; the HTTP API keeps working")
            slot.state = "failed"
            return
        async with page_app.router.lifespan_context(page_app):
            slot.app, slot.state = page_app, "ready"
            await stopping.wait()

    api = FastAPI(title="ANSO Assistant", docs_url="/api/docs", openapi_url="/api/openapi.json", lifespan=lifespan)

    @api.exception_handler(RequestValidationError)
    def bad_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        """A malformed body is a 400 with one readable line, not a raw 422 tree."""
        if request.url.path.startswith("/v1/"):
            where, problem = first_problem(exc)
            text = api_message(request_lang(request), "invalid", where=where, problem=problem)
            return JSONResponse(status_code=400, content=error_body(text, "invalid_request_error", where, "invalid_request"))
        return JSONResponse(status_code=400, content={"detail": validation_message(exc)})

    @api.exception_handler(ApiError)
    def api_error(request: Request, exc: ApiError) -> JSONResponse:
        headers = {"Retry-After": "60"} if exc.status == 429 else None
        if exc.status == 401:
            headers = {"WWW-Authenticate": "Bearer"}
        if request.url.path.startswith("/v1/"):
            return JSONResponse(status_code=exc.status, content=error_body(str(exc), exc.kind, exc.param, exc.code),
                                headers=headers)
        return JSONResponse(status_code=exc.status, content={"detail": str(exc)}, headers=headers)

    @api.exception_handler(StarletteHTTPException)
    def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        if request.url.path.startswith("/v1/"):
            return JSONResponse(status_code=exc.status_code, content=error_body(str(exc.detail), "invalid_request_error"))
        return JSONResponse(status_code=exc.status_code, content={"detail": exc.detail})

    def client_id(request: Request) -> str:
        """Who a request comes from, for the rate limit: the API key's name when keys are on, else the address."""
        if keys.required:
            token = bearer_token(request.headers.get("authorization"))
            if token is None:
                raise ApiError(401, api_message(request_lang(request), "key_missing"), code="missing_api_key")
            address = request.client.host if request.client else "unknown"
            if not keys.remembered(token) and not services.limiter.allow(f"key-check:{address}"):
                raise ApiError(429, t_rate(request), "rate_limit_exceeded", code="rate_limit_exceeded")
            name = keys.owner(token)
            if name is None:
                raise ApiError(401, api_message(request_lang(request), "key_wrong"), code="invalid_api_key")
            return f"key:{name}"
        return request.client.host if request.client else "unknown"

    def checked(question: str, request: Request, client: str, mode: str | None) -> str:
        try:
            return check_question(services, question, client, mode=mode)
        except PermissionError as exc:
            raise ApiError(429, str(exc), "rate_limit_exceeded", code="rate_limit_exceeded") from None
        except ValueError as exc:
            raise ApiError(400, str(exc), param="messages") from None

    @api.get("/healthz")
    def healthz() -> dict:
        return {"status": "ok", "page": slot.state, "chunks": services.index.docstore.stats()["chunks"]}

    @api.post("/api/ask", response_model=None)
    def ask(body: AskRequest, request: Request, client: str = Depends(client_id)):
        """The answer object as JSON, or with ``"stream": true`` / ``Accept: text/event-stream`` as server-sent
        events: ``delta`` events (LLM text as produced; the final answer may differ after verification),
        then one ``answer`` event with the final answer object."""
        question = checked(body.question, request, client, body.mode)
        events = stream_answer(services, question, history=body.history, mode=body.mode)
        if body.stream or "text/event-stream" in request.headers.get("accept", ""):
            return StreamingResponse(ask_events(events), media_type="text/event-stream", headers=SSE_HEADERS)
        final = [event for event in events if isinstance(event, Answer)][-1]
        return JSONResponse(final.model_dump(mode="json"))

    @api.get("/v1/models")
    def models(client: str = Depends(client_id)) -> dict:
        return models_list(settings, STARTED)

    @api.post("/v1/chat/completions", response_model=None)
    def chat_completions(body: ChatRequest, request: Request, client: str = Depends(client_id)):
        try:
            question, history, mode = conversation(body, settings, request_lang(request))
        except RequestProblem as exc:
            kind = "invalid_request_error"
            raise ApiError(exc.status, str(exc), kind, exc.param, exc.code) from None
        question = checked(question, request, client, mode)
        events = stream_answer(services, question, history=history, mode=mode)
        completion = Completion(body.model)
        if body.stream:
            include_usage = bool(body.stream_options and body.stream_options.include_usage)
            return StreamingResponse(completion.stream(question, events, settings.sse_piece_chars, include_usage),
                                     media_type="text/event-stream", headers=SSE_HEADERS)
        final = [event for event in events if isinstance(event, Answer)][-1]
        return JSONResponse(completion.whole(question, final))

    api.mount("/", slot)
    api.state.page = slot
    return api


STARTED = int(time.time())  # when this server process started: the `created` time of the listed models


def ask_events(events: Iterator[Delta | Answer]) -> Iterator[str]:
    for event in events:
        if isinstance(event, Delta):
            yield sse({"text": event.text}, "delta")
        else:
            yield sse(event.model_dump(mode="json"), "answer")


def t_rate(request: Request) -> str:
    from ui.strings import t

    return t(request_lang(request), "rate_limited")


def request_lang(request: Request) -> str:
    return browser_language(request.headers.get("accept-language"))


def first_problem(exc: RequestValidationError) -> tuple[str, str]:
    first = exc.errors()[0] if exc.errors() else {}
    where = ".".join(str(part) for part in first.get("loc", ()) if part != "body") or "body"
    return where, str(first.get("msg", "malformed"))


def validation_message(exc: RequestValidationError) -> str:
    """The first problem of a request body, as one line that says what to send."""
    where, problem = first_problem(exc)
    return f"invalid request: {where}: {problem} (send JSON like {{\"question\": \"…\"}})"
