"""The HTTP app: FastAPI with ``GET /healthz`` and ``POST /api/ask``, the Gradio page mounted at ``/``."""
from __future__ import annotations

import os

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr
from fastapi import FastAPI, HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse

from rag.settings import Settings
from ui.app import build_app
from ui.render import CSS
from ui.services import AskRequest, Services, answer_question, check_question


def create_app(settings: Settings, services: Services | None = None) -> FastAPI:
    services = services or Services.build(settings)
    api = FastAPI(title="ANSO Assistant", docs_url="/api/docs", openapi_url="/api/openapi.json")

    @api.exception_handler(RequestValidationError)
    def bad_request(request: Request, exc: RequestValidationError) -> JSONResponse:
        """A malformed body is a 400 with one readable line, not a raw 422 tree."""
        return JSONResponse(status_code=400, content={"detail": validation_message(exc)})

    @api.get("/healthz")
    def healthz() -> dict:
        return {"status": "ok", "chunks": services.index.docstore.stats()["chunks"]}

    @api.post("/api/ask")
    def ask(body: AskRequest, request: Request) -> JSONResponse:
        client = request.client.host if request.client else "unknown"
        try:
            question = check_question(services, body.question, client, mode=body.mode)
        except PermissionError as exc:
            raise HTTPException(status_code=429, detail=str(exc)) from None
        except ValueError as exc:
            raise HTTPException(status_code=400, detail=str(exc)) from None
        return JSONResponse(answer_question(services, question, history=body.history, mode=body.mode).model_dump())

    blocks = build_app(settings, services)
    return gr.mount_gradio_app(api, blocks, path="/", css=CSS, show_error=False,
                               max_file_size=f"{int(settings.max_upload_mb)}mb", footer_links=[])


def validation_message(exc: RequestValidationError) -> str:
    """The first problem of a request body, as one line that says what to send."""
    first = exc.errors()[0] if exc.errors() else {}
    where = ".".join(str(part) for part in first.get("loc", ()) if part != "body") or "body"
    return f"invalid request: {where}: {first.get('msg', 'malformed')} (send JSON like {{\"question\": \"…\"}})"
