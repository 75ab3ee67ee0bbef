"""The Gradio page built by ``build_app(settings, services)`` (mounted by ``ui.api.create_app``).
No import-time globals; per-user state lives in ``gr.State``."""
from __future__ import annotations

import logging
import os
import sqlite3
from html import escape

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr

from rag.prompts import message
from rag.questions import analyse
from rag.settings import Settings
from rag.store.vectorstore import VectorStoreUnavailable
from rag.types import MODES, Answer, Delta
from ui.render import chat_markdown, plain_with_references, sources_html, timings_markdown
from ui.services import Services, check_question, answer_question
from ui.strings import EXAMPLES, browser_language, t

log = logging.getLogger(__name__)


def build_app(settings: Settings, services: Services) -> gr.Blocks:
    from ui.staff import build_staff_tab, staff_accounts

    with gr.Blocks(title="ANSO Assistant · ANSO 助手", analytics_enabled=False) as demo:
        ui_lang = gr.State("en")
        session = gr.State({"turns": [], "last": None})
        with gr.Row():
            title = gr.Markdown(t("en", "title"))
            lang_choice = gr.Radio(["English", "中文"], value="English", label=t("en", "language"),
                                   elem_id="anso-lang", scale=0)
        subtitle = gr.Markdown(t("en", "subtitle"))
        with gr.Tabs():
            with gr.Tab("Chat · 问答", id="chat"):
                with gr.Row():
                    with gr.Column(scale=3):
                        chatbot = gr.Chatbot(label=t("en", "chat"), height=460, elem_id="anso-chat",
                                             sanitize_html=True, feedback_options=("Like", "Dislike"))
                        with gr.Row():
                            box = gr.Textbox(label=t("en", "question"), placeholder=t("en", "placeholder"),
                                             elem_id="anso-question", scale=5, max_lines=4)
                            send = gr.Button(t("en", "send"), variant="primary", elem_id="anso-send", scale=1)
                        gr.Examples(EXAMPLES["en"] + EXAMPLES["zh"], inputs=[box], label="Examples · 示例问题")
                        clear = gr.Button(t("en", "clear"), size="sm")
                        with gr.Accordion(t("en", "copy"), open=False) as copy_box:
                            copy_text = gr.Textbox(show_label=False, lines=4, buttons=["copy"], elem_id="anso-copy")
                        with gr.Accordion(t("en", "timings"), open=False) as timing_box:
                            timings = gr.Markdown(elem_id="anso-timings")
                        with gr.Row():
                            comment = gr.Textbox(label=t("en", "feedback"), scale=4, max_lines=2)
                            comment_send = gr.Button(t("en", "send_feedback"), size="sm", scale=1)
                    with gr.Column(scale=2):
                        sources_title = gr.Markdown(f"### {t('en', 'sources')}")
                        sources = gr.HTML(sources_html(None, "en"), elem_id="anso-sources")
            if staff_accounts(settings):
                build_staff_tab(settings, services, ui_lang)

        outputs = [chatbot, session, sources, copy_text, timings, box]

        def respond(question, chat, state, lang, request: gr.Request):
            client = request.client.host if request and request.client else "unknown"
            try:
                question = check_question(services, question, client)
            except ValueError as exc:
                if not (question or "").strip():
                    yield chat, state, gr.skip(), gr.skip(), gr.skip(), ""
                    return
                raise gr.Error(str(exc)) from None
            except PermissionError as exc:
                raise gr.Error(str(exc)) from None
            chat = list(chat or []) + [{"role": "user", "content": escape(question, quote=False)},
                                       {"role": "assistant", "content": "…"}]
            yield chat, state, gr.skip(), gr.skip(), gr.skip(), ""
            result, partial = None, ""
            try:
                for event in services.assistant.stream(question, history=state["turns"]):
                    if isinstance(event, Delta):
                        partial += event.text
                        chat[-1] = {"role": "assistant", "content": escape(partial, quote=False)}
                        yield chat, state, gr.skip(), gr.skip(), gr.skip(), ""
                    else:
                        result = event
            except VectorStoreUnavailable as exc:
                log.warning("vector store unavailable: %s", exc)
                raise gr.Error(message(analyse(question).lang, "store_unavailable", reason="vector store")) from None
            except Exception:  # the edge: the user gets one line, the log gets the trace
                log.exception("answering failed for %r", question[:200])
                raise gr.Error(t(lang, "error")) from None
            if result.abstained:
                services.feedback.log_unanswered(question, result.language, result.mode)
            chat[-1] = {"role": "assistant", "content": chat_markdown(result, lang)}
            turns = (state["turns"] + [{"role": "user", "content": question},
                                       {"role": "assistant", "content": result.answer}])[-8:]
            state = {"turns": turns, "last": result.model_dump()}
            yield chat, state, sources_html(result, lang), plain_with_references(result), timings_markdown(result), ""

        for trigger in (box.submit, send.click):
            trigger(respond, [box, chatbot, session, ui_lang], outputs, api_name=False,
                    concurrency_limit=settings.concurrency, concurrency_id="answer")

        def reset(lang):
            return [], {"turns": [], "last": None}, sources_html(None, lang), "", "", ""

        clear.click(reset, [ui_lang], outputs, api_name=False)

        def on_like(state, lang, data: gr.LikeData):
            if state.get("last"):
                save_feedback(state["last"], "up" if data.liked else "down", "", lang)

        def save_feedback(answer: dict, rating, text: str, lang: str) -> None:
            try:
                services.feedback.add(answer, rating, text)
            except (sqlite3.Error, OSError) as exc:  # disk full or read-only data dir: say so, lose nothing else
                log.warning("feedback not saved: %s", exc)
                raise gr.Error(t(lang, "feedback_failed")) from None

        chatbot.like(on_like, [session, ui_lang], None, api_name=False)

        def on_comment(text, state, lang):
            if not state.get("last"):
                raise gr.Error(t(lang, "nothing_to_rate"))
            save_feedback(state["last"], None, text or "", lang)
            gr.Info(t(lang, "thanks"))
            return ""

        comment_send.click(on_comment, [comment, session, ui_lang], [comment], api_name=False)

        def relabel(choice, state):
            lang = "zh" if choice == "中文" else "en"
            last = Answer(**state["last"]) if state.get("last") else None
            return (lang, t(lang, "title"), t(lang, "subtitle"), gr.update(label=t(lang, "language")),
                    gr.update(label=t(lang, "chat")),
                    gr.update(label=t(lang, "question"), placeholder=t(lang, "placeholder")),
                    gr.update(value=t(lang, "send")), gr.update(value=t(lang, "clear")),
                    gr.update(label=t(lang, "copy")), gr.update(label=t(lang, "timings")),
                    gr.update(label=t(lang, "feedback")), gr.update(value=t(lang, "send_feedback")),
                    f"### {t(lang, 'sources')}", sources_html(last, lang))

        lang_choice.change(relabel, [lang_choice, session],
                           [ui_lang, title, subtitle, lang_choice, chatbot, box, send, clear, copy_box, timing_box,
                            comment, comment_send, sources_title, sources], api_name=False)

        def initial_language(request: gr.Request):
            lang = browser_language(request.headers.get("accept-language") if request else None)
            return "中文" if lang == "zh" else "English"

        demo.load(initial_language, None, [lang_choice], api_name=False)

        def ask(question: str, mode: str | None = None) -> dict:
            """Answer a question about ANSO with citations (the result object as JSON)."""
            try:
                question = check_question(services, question, "gradio-api")
            except (ValueError, PermissionError) as exc:
                raise gr.Error(str(exc)) from None
            return answer_question(services, question, mode=mode if mode in MODES else None).model_dump()

        gr.api(ask, api_name="ask", concurrency_limit=settings.concurrency, concurrency_id="answer")
    demo.queue(default_concurrency_limit=settings.concurrency, max_size=256)
    return demo
