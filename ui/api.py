"""The HTTP app: FastAPI with ``GET /healthz`` and ``POST /api/ask``, the Gradio page mounted at ``/``."""
from __future__ import annotations

import os

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr
from fastapi import FastAPI, HTTPException, Request
from fastapi.responses import JSONResponse

from rag.settings import Settings
from ui.app import build_app
from ui.render import CSS
from ui.services import AskRequest, Services, answer_question, check_question


def create_app(settings: Settings, services: Services | None = None) -> FastAPI:
    services = services or Services.build(settings)
    api = FastAPI(title="ANSO Assistant", docs_url="/api/docs", openapi_url="/api/openapi.json")

    @api.get("/healthz")
    def healthz() -> dict:
        return {"status": "ok", "chunks": services.index.docstore.stats()["chunks"]}

    @api.post("/api/ask")
    def ask(body: AskRequest, request: Request) -> JSONResponse:
        client = request.client.host if request.client else "unknown"
        try:
            question = check_question(services, body.question, client)
        except PermissionError as exc:
            raise HTTPException(status_code=429, detail=str(exc)) from None
        except ValueError as exc:
            raise HTTPException(status_code=400, detail=str(exc)) from None
        if body.mode not in (None, "extractive", "llm"):
            raise HTTPException(status_code=400, detail="mode must be 'extractive' or 'llm'")
        return JSONResponse(answer_question(services, question, body.history, body.mode).model_dump())

    blocks = build_app(settings, services)
    return gr.mount_gradio_app(api, blocks, path="/", css=CSS, show_error=False,
                               max_file_size=f"{int(settings.max_upload_mb)}mb", footer_links=[])
