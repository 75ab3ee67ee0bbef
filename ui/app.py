"""The Gradio page built by ``build_app(settings, services)`` (mounted by ``ui.api.create_app``).

No import-time globals; per-user state lives in a ``gr.BrowserState`` (survives a reload of the page):
``{"turns": [...], "answers": [[msg, Answer dict], ...]}`` — the chat is always question/answer pairs, so the
answer to question ``i`` is message ``2*i + 1``, and every thumb, comment, marker and copy is bound to the
message it was used on. Errors are toasts that go away, never red pills on components."""
from __future__ import annotations

import logging
import os
import sqlite3

os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

import gradio as gr
from markupsafe import escape

from rag.prompts import message
from rag.questions import analyse
from rag.settings import Settings
from rag.store.vectorstore import VectorStoreUnavailable
from rag.types import MODES, Answer, Delta
from ui.render import CHOICE_QUESTION_CHARS, chat_markdown, plain_with_references, sources_html, timings_markdown
from ui.services import Services, answer_question, check_question
from ui.strings import EXAMPLES, browser_language, t

log = logging.getLogger(__name__)

TOAST_SECONDS = 6  # how long an error or notice toast stays
KEPT_TURNS = 8  # earlier messages handed to the assistant as history
KEPT_ANSWERS = 50  # answers (with their sources) a browser keeps for its conversation
CLEAR_HASH_JS = "(...args) => { if (location.hash) history.replaceState(null, '', location.pathname + location.search); return args; }"
EMPTY_SESSION: dict[str, list] = {"turns": [], "answers": []}


def _answers(state: dict) -> list[tuple[int, Answer]]:
    out = []
    for msg, data in (state or {}).get("answers", []):
        try:
            out.append((int(msg), Answer.model_validate(data)))
        except (ValueError, TypeError) as exc:  # an old or edited browser value: that answer is dropped, the rest stays
            log.info("dropping a stored answer the page cannot read: %s", exc)
    return out


def _chat(answers: list[tuple[int, Answer]], lang: str) -> list[dict]:
    chat: list[dict] = []
    for msg, answer in answers:
        chat += [{"role": "user", "content": str(escape(answer.question))}, {"role": "assistant", "content": chat_markdown(answer, lang, msg)}]
    return chat


def _choices(answers: list[tuple[int, Answer]], lang: str) -> list[tuple[str, int]]:
    def short(q: str) -> str:
        return q if len(q) <= CHOICE_QUESTION_CHARS else q[:CHOICE_QUESTION_CHARS] + "…"

    return [(t(lang, "answer_choice", n=i, question=short(a.question)), msg) for i, (msg, a) in enumerate(answers, 1)]


def _find(state: dict, msg) -> Answer | None:
    for number, answer in _answers(state):
        if number == msg:
            return answer
    return None


def build_app(settings: Settings, services: Services) -> gr.Blocks:
    from ui.staff import build_staff_tab, staff_accounts

    with gr.Blocks(title="ANSO Assistant · ANSO 助手", analytics_enabled=False) as demo:
        ui_lang = gr.State("en")
        session = gr.BrowserState(EMPTY_SESSION, storage_key="anso-conversation")
        with gr.Row(equal_height=True):
            title = gr.Markdown(t("en", "title"))
            lang_choice = gr.Radio(["English", "中文"], value="English", label=t("en", "language"),
                                   elem_id="anso-lang", scale=0, min_width=220, container=False)
        subtitle = gr.Markdown(t("en", "subtitle"))
        with gr.Tabs():
            with gr.Tab("Chat · 问答", id="chat"):
                with gr.Row():
                    with gr.Column(scale=3):
                        chatbot = gr.Chatbot(label=t("en", "chat"), show_label=False, height=460, elem_id="anso-chat",
                                             sanitize_html=True, feedback_options=("Like", "Dislike"), buttons=["copy"])
                        with gr.Row():
                            box = gr.Textbox(label=t("en", "question"), placeholder=t("en", "placeholder"),
                                             elem_id="anso-question", scale=5, max_lines=4)
                            send = gr.Button(t("en", "send"), variant="primary", elem_id="anso-send", scale=1)
                    with gr.Column(scale=2):
                        sources_title = gr.Markdown(f"### {t('en', 'sources')}")
                        sources = gr.HTML(sources_html(None, "en"), elem_id="anso-sources")
                examples = gr.Dataset(components=[box], samples=[[q] for q in EXAMPLES["en"] + EXAMPLES["zh"]],
                                      label=t("en", "examples"), elem_id="anso-examples", layout="gallery")
                clear = gr.Button(t("en", "clear"), size="sm", elem_id="anso-clear")
                with gr.Row():
                    target = gr.Dropdown(choices=[], value=None, label=t("en", "comment_on"), elem_id="anso-comment-on",
                                         scale=2, interactive=True)
                    comment = gr.Textbox(label=t("en", "feedback"), scale=4, max_lines=2, elem_id="anso-comment")
                    comment_send = gr.Button(t("en", "send_feedback"), size="sm", scale=1, elem_id="anso-comment-send")
                with gr.Accordion(t("en", "copy"), open=False, elem_id="anso-copy-box") as copy_box:
                    copy_text = gr.Textbox(show_label=False, lines=4, buttons=["copy"], elem_id="anso-copy",
                                           placeholder=t("en", "copy_help"))
                with gr.Accordion(t("en", "timings"), open=False, visible=False, elem_id="anso-timings-box") as timing_box:
                    timings = gr.Markdown(elem_id="anso-timings")
            staff = build_staff_tab(settings, services, ui_lang) if staff_accounts(settings) else None

        outputs = [chatbot, session, sources, copy_text, timings, box, target]

        def respond(question, state, lang, request: gr.Request):
            client = request.client.host if request and request.client else "unknown"
            state = state or dict(EMPTY_SESSION)
            try:
                question = check_question(services, question, client)
            except (ValueError, PermissionError) as exc:
                if (question or "").strip():
                    gr.Warning(str(exc), duration=TOAST_SECONDS, title="")
                yield (gr.skip(),) * len(outputs)
                return
            answers = _answers(state)
            chat = _chat(answers, lang) + [{"role": "user", "content": str(escape(question))}, {"role": "assistant", "content": "…"}]
            yield chat, gr.skip(), gr.skip(), gr.skip(), gr.skip(), "", gr.skip()
            result, partial = None, ""
            try:
                with services.lease() as assistant:
                    for event in assistant.stream(question, history=state.get("turns", [])):
                        if isinstance(event, Delta):
                            partial += event.text
                            chat[-1] = {"role": "assistant", "content": str(escape(partial))}
                            yield chat, gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip(), gr.skip()
                        else:
                            result = event
            except VectorStoreUnavailable as exc:
                log.warning("vector store unavailable: %s", exc)
                gr.Warning(message(analyse(question).lang, "store_unavailable", reason="vector store"),
                           duration=TOAST_SECONDS, title="")
                yield _chat(answers, lang), gr.skip(), gr.skip(), gr.skip(), gr.skip(), question, gr.skip()
                return
            except Exception:  # the edge: the user gets one line, the log gets the trace
                log.exception("answering failed for %r", question[:200])
                gr.Warning(t(lang, "error"), duration=TOAST_SECONDS, title="")
                yield _chat(answers, lang), gr.skip(), gr.skip(), gr.skip(), gr.skip(), question, gr.skip()
                return
            if result is None:  # the stream ended without an answer: say so, keep the question
                log.error("the answer stream ended without an answer for %r", question[:200])
                gr.Warning(t(lang, "error"), duration=TOAST_SECONDS, title="")
                yield _chat(answers, lang), gr.skip(), gr.skip(), gr.skip(), gr.skip(), question, gr.skip()
                return
            if result.abstained:
                services.feedback.log_unanswered(question, result.language, result.mode)
            msg = len(chat) - 1
            answers = (answers + [(msg, result)])
            if len(answers) > KEPT_ANSWERS:  # keep the pairing: drop whole pairs from the front, renumber
                answers = [(2 * i + 1, a) for i, (_, a) in enumerate(answers[-KEPT_ANSWERS:])]
                msg = answers[-1][0]
            turns = (state.get("turns", []) + [{"role": "user", "content": question},
                                               {"role": "assistant", "content": result.answer}])[-KEPT_TURNS:]
            state = {"turns": turns, "answers": [[m, a.model_dump()] for m, a in answers]}
            yield (_chat(answers, lang), state, sources_html(answers, lang, docs=_docs(services)),
                   plain_with_references(result), timings_markdown(result), "",
                   gr.update(choices=_choices(answers, lang), value=msg))

        ask_events = dict(fn=respond, inputs=[box, session, ui_lang], outputs=outputs, api_name=False,
                          concurrency_limit=settings.concurrency, concurrency_id="answer", show_progress="minimal")
        box.submit(js=CLEAR_HASH_JS, **ask_events)
        send.click(js=CLEAR_HASH_JS, **ask_events)
        examples.click(lambda sample: sample[0] if isinstance(sample, list) else sample, [examples], [box],
                       api_name=False, show_progress="hidden").then(**ask_events)

        def reset(lang):
            return ([], dict(EMPTY_SESSION), sources_html(None, lang), "", "", "",
                    gr.update(choices=[], value=None))

        clear.click(reset, [ui_lang], outputs, api_name=False, js=CLEAR_HASH_JS)
        chatbot.clear(reset, [ui_lang], outputs, api_name=False, js=CLEAR_HASH_JS)

        def save_feedback(answer: Answer, rating, text: str, lang: str) -> bool:
            try:
                services.feedback.add(answer.model_dump(), rating, text)
                return True
            except (sqlite3.Error, OSError) as exc:  # disk full or read-only data dir: say so, lose nothing else
                log.warning("feedback not saved: %s", exc)
                gr.Warning(t(lang, "feedback_failed"), duration=TOAST_SECONDS, title="")
                return False

        def on_like(state, lang, data: gr.LikeData):
            index = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
            answer = _find(state, index)
            rating = {True: "up", "Like": "up", False: "down", "Dislike": "down"}.get(data.liked)
            if answer is None or rating is None:
                return
            if save_feedback(answer, rating, "", lang):
                gr.Info(t(lang, "thanks"), duration=3, title="")

        chatbot.like(on_like, [session, ui_lang], None, api_name=False)

        def on_select(state, lang, data: gr.SelectData):
            index = data.index[0] if isinstance(data.index, (list, tuple)) else data.index
            answers = _answers(state)
            if index is not None and index % 2 == 0:  # a question: its answer follows it
                index += 1
            chosen = _find(state, index)
            if chosen is None:
                return gr.skip(), gr.skip(), gr.skip()
            return (sources_html(answers, lang, selected=index, docs=_docs(services)), plain_with_references(chosen),
                    gr.update(value=index))

        chatbot.select(on_select, [session, ui_lang], [sources, copy_text, target], api_name=False,
                       js=CLEAR_HASH_JS, show_progress="hidden")

        def on_comment(text, msg, state, lang):
            answer = _find(state, msg) if msg is not None else None
            if answer is None:
                answers = _answers(state)
                answer = answers[-1][1] if answers else None
            if answer is None:
                gr.Warning(t(lang, "nothing_to_rate"), duration=TOAST_SECONDS, title="")
                return gr.skip()
            if not (text or "").strip():
                return gr.skip()
            if save_feedback(answer, None, text, lang):
                gr.Info(t(lang, "thanks"), duration=3, title="")
                return ""
            return gr.skip()

        comment_send.click(on_comment, [comment, target, session, ui_lang], [comment], api_name=False,
                           show_progress="hidden")

        def relabel(choice, state):
            lang = "zh" if choice == "中文" else "en"
            answers = _answers(state)
            updates = [lang, t(lang, "title"), t(lang, "subtitle"), gr.update(label=t(lang, "language")),
                       gr.update(label=t(lang, "chat"), value=_chat(answers, lang)),
                       gr.update(label=t(lang, "question"), placeholder=t(lang, "placeholder")),
                       gr.update(value=t(lang, "send")), gr.update(value=t(lang, "clear")),
                       gr.update(label=t(lang, "copy")), gr.update(placeholder=t(lang, "copy_help")),
                       gr.update(label=t(lang, "timings")),
                       gr.update(label=t(lang, "feedback")), gr.update(value=t(lang, "send_feedback")),
                       gr.update(label=t(lang, "comment_on"), choices=_choices(answers, lang)),
                       gr.update(label=t(lang, "examples")),
                       f"### {t(lang, 'sources')}", sources_html(answers, lang, docs=_docs(services))]
            return updates

        lang_choice.change(relabel, [lang_choice, session],
                           [ui_lang, title, subtitle, lang_choice, chatbot, box, send, clear, copy_box, copy_text,
                            timing_box, comment, comment_send, target, examples, sources_title, sources],
                           api_name=False, show_progress="hidden")

        def initial(state, request: gr.Request):
            lang = browser_language(request.headers.get("accept-language") if request else None)
            answers = _answers(state)
            restored = (_chat(answers, lang), sources_html(answers, lang, docs=_docs(services)),
                        gr.update(choices=_choices(answers, lang), value=answers[-1][0] if answers else None),
                        plain_with_references(answers[-1][1]) if answers else "")
            return ("中文" if lang == "zh" else "English", *restored)

        demo.load(initial, [session], [lang_choice, chatbot, sources, target, copy_text], api_name=False)
        if staff:
            staff.on_login(lambda: gr.update(visible=True), None, [timing_box], api_name=False)

        def ask(question: str, mode: str | None = None) -> dict:
            """Answer a question about ANSO with citations (the result object as JSON)."""
            try:
                question = check_question(services, question, "gradio-api", mode=mode if mode in MODES else None)
            except (ValueError, PermissionError) as exc:
                raise gr.Error(str(exc)) from None
            return answer_question(services, question, mode=mode if mode in MODES else None).model_dump()

        gr.api(ask, api_name="ask", concurrency_limit=settings.concurrency, concurrency_id="answer")
    demo.queue(default_concurrency_limit=settings.concurrency, max_size=256)
    return demo


def _docs(services: Services):
    """file name → title, date and original URL of the indexed documents (empty when unreadable)."""
    from ui.documents import doc_infos

    return doc_infos(services.index)
