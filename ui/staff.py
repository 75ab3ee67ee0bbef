"""The staff tab: exists only when staff credentials are configured; everything behind a login."""
from __future__ import annotations

import json
import logging
import os
import re
import shutil
import sqlite3
import tempfile
import time
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import bcrypt
import gradio as gr
import pandas as pd

from ingest.load import SIDECAR, SUPPORTED, is_sidecar
from rag.settings import Settings
from ui.auth import hash_password  # noqa: F401  (moved to ui.auth; kept importable here)
from ui.documents import chunk_places, cited_ids, document_chunks, documents
from ui.limits import LoginThrottle
from ui.strings import t

log = logging.getLogger(__name__)


def staff_accounts(settings: Settings) -> dict[str, bytes]:
    """user → bcrypt hash, from ANSO_STAFF_USERS ('u:hash,u2:hash') and/or the credentials file."""
    entries: list[str] = []
    if settings.staff_users:
        entries += settings.staff_users.split(",")
    if settings.staff_credentials_file and settings.staff_credentials_file.exists():
        entries += settings.staff_credentials_file.read_text(encoding="utf-8").splitlines()
    accounts = {}
    for entry in entries:
        user, _, hashed = entry.strip().partition(":")
        if user and hashed.startswith("$2"):
            accounts[user] = hashed.encode()
    return accounts


def check_login(accounts: dict[str, bytes], user: str, password: str) -> bool:
    hashed = accounts.get(user or "")
    candidate = (password or "").encode()[:72]
    if hashed is None:
        bcrypt.checkpw(candidate, bcrypt.hashpw(b"x", bcrypt.gensalt(4)))  # same cost either way
        return False
    return bcrypt.checkpw(candidate, hashed)


_UNSAFE = re.compile(r"[^\w.\-\u4e00-\u9fff]+")


def safe_upload_name(name: str) -> str:
    """A file name that cannot leave the uploads folder: no directories, NUL, control chars or dot files."""
    name = unicodedata.normalize("NFKC", name or "").replace("\x00", "")
    name = name.replace("\\", "/").split("/")[-1]
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    stem = _UNSAFE.sub("_", stem).strip("._")[:80] or "upload"
    ext = _UNSAFE.sub("", ext).lower()[:10]
    return f"{stem}.{ext}" if ext else stem


def save_uploads(settings: Settings, files: list[str], lang: str = "en") -> tuple[list[Path], list[tuple[str, str]]]:
    """Copy uploaded temp files into <data>/uploads under sanitised names; returns (saved, rejected with reasons)."""
    target = settings.data_dir / "uploads"
    target.mkdir(parents=True, exist_ok=True)
    saved, rejected = [], []
    limit = settings.max_upload_mb * 1024 * 1024
    for temp in files or []:
        path = Path(temp)
        name = safe_upload_name(path.name)
        if is_sidecar(Path(name)) and path.stat().st_size <= limit:
            shutil.copyfile(path, target / name)  # metadata for a document: read when that document is ingested
            saved.append(target / name)
        elif Path(name).suffix.lower() not in SUPPORTED:
            rejected.append((path.name, t(lang, "unsupported_upload", allowed=", ".join(sorted(SUPPORTED)))))
        elif path.stat().st_size > limit:
            rejected.append((path.name, t(lang, "too_big_upload", limit=f"{settings.max_upload_mb:.0f}")))
        else:
            destination = target / name
            shutil.copyfile(path, destination)
            saved.append(destination)
    return saved, rejected


CLOSE_TOASTS_JS = ("(...args) => { document.querySelectorAll('.toast-close').forEach(b => b.click()); "
                   "return args; }")  # a new login attempt removes the old attempt's message


def documents_to_ingest(saved: list[Path]) -> list[Path]:
    """The uploaded documents, plus the document beside each uploaded metadata file (so new metadata applies)."""
    out = [p for p in saved if not is_sidecar(p)]
    for side in (p for p in saved if is_sidecar(p)):
        base = side.name[: -len(SIDECAR)]
        candidates = [side.with_name(base)] + [side.with_name(base + ext) for ext in sorted(SUPPORTED)]
        out += [c for c in candidates if c.is_file() and c.suffix.lower() in SUPPORTED and c not in out][:1]
    return out


@dataclass
class StaffTab:
    """What the page needs from the staff tab: the login event (to chain staff-only views on)."""

    on_login: Callable


def _when(ts: float | None) -> str:
    return time.strftime("%Y-%m-%d %H:%M", time.localtime(ts)) if ts else ""


def feedback_frame(services, lang: str) -> pd.DataFrame:
    rows = services.feedback.feedback_rows()
    places = chunk_places(services.index, cited_ids(rows))
    ratings = {"up": t(lang, "rating_up"), "down": t(lang, "rating_down")}
    data = []
    for row in rows:
        try:
            ids = json.loads(row.get("chunk_ids") or "[]")
        except ValueError:
            ids = []
        data.append([_when(row["time"]), row["question"] or "", row["answer"] or "",
                     ratings.get(row["rating"] or "", t(lang, "rating_none")), row["comment"] or "",
                     "; ".join(places.get(i, i) for i in ids), row["language"] or "", row["mode"] or ""])
    columns = [t(lang, k) for k in ("col_time", "col_question", "col_answer", "col_rating", "col_comment",
                                    "col_sources", "col_language", "col_mode")]
    return pd.DataFrame(data, columns=columns)


def unanswered_frame(services, lang: str) -> pd.DataFrame:
    data = [[r["question"], r["language"], int(r["count"]), _when(r["last"])] for r in services.feedback.unanswered_rows()]
    return pd.DataFrame(data, columns=[t(lang, k) for k in ("col_question", "col_language", "col_count", "col_last")])


def documents_frame(docs: list[dict], lang: str) -> pd.DataFrame:
    data = [[d["title"], ", ".join(t(lang, "lang_" + x) for x in d["langs"]), d["published"], d["chunks"], d["parallel"],
             _when(d["updated"]), d["name"]] for d in docs]
    return pd.DataFrame(data, columns=[t(lang, k) for k in ("col_title", "col_language", "col_date", "col_chunks",
                                                            "col_parallel", "col_ingested", "col_file")])


def stats_markdown(services, lang: str) -> str:
    stats = services.index.docstore.stats()
    return t(lang, "stats_text", documents=stats["documents"], chunks=stats["chunks"], en=stats["by_lang"]["en"],
             zh=stats["by_lang"]["zh"], parallel=stats["parallel_links"],
             embedder=services.index.docstore.get_meta("embedder") or services.settings.embedder_id)


def chunks_html(services, path: str | None, lang: str) -> str:
    if not path:
        return ""
    from ui.render import _env

    chunks = document_chunks(services.index, path)
    view = [{**c, "where": t(lang, "paragraph", n=c["paragraph"])} for c in chunks]
    headers = [t(lang, k) for k in ("col_n", "col_where", "col_kind", "col_text", "col_linked")]
    summary = (f"{Path(path).name}: {t(lang, 'col_chunks')} {len(chunks)} · "
               f"{t(lang, 'col_parallel')} {sum(1 for c in chunks if c['linked'])}")
    return _env().get_template("chunks.html").render(chunks=view, headers=headers, summary=summary)


def csv_file(frame: pd.DataFrame, stem: str, folder: Path) -> str:
    """The table as ``<folder>/<stem>.csv`` (UTF-8 with BOM, so spreadsheet programs read Chinese), replaced
    atomically: one file per table however often the tab refreshes (Gradio copies it into its own cache)."""
    path = folder / f"{stem}.csv"
    fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{stem}-", suffix=".csv")
    os.close(fd)
    frame.to_csv(tmp, index=False, encoding="utf-8-sig")
    os.replace(tmp, path)
    return str(path)


def upload_summary(services, saved: list[Path], rejected: list[tuple[str, str]], before: dict[str, str | None],
                   report, lang: str) -> str:
    """One plain line per uploaded file: added (paragraphs, passages, language), unchanged, or why not."""
    skipped = {Path(p).resolve(): reason for p, reason in report.skipped} if report else {}
    docs = {d["path"]: d for d in documents(services.index)}
    lines = []
    for path in saved:
        key = str(path.resolve())
        if path.resolve() in skipped:
            lines.append(t(lang, "rejected_file", file=path.name, reason=skipped[path.resolve()]))
        elif key in docs and before.get(key) == services.index.docstore.file_sha(key):
            lines.append(t(lang, "unchanged_file", file=path.name))
        elif key in docs:
            d = docs[key]
            lines.append(t(lang, "added_file", file=path.name, paragraphs=d["paragraphs"], passages=d["chunks"],
                           lang=", ".join(t(lang, "lang_" + x) for x in d["langs"])))
    lines += [t(lang, "rejected_file", file=name, reason=reason) for name, reason in rejected]
    return "\n\n".join(lines)


def build_staff_tab(settings: Settings, services, ui_lang: gr.State) -> StaffTab:
    from ingest.rebuild import Change

    accounts = staff_accounts(settings)
    # CSV downloads: one folder for this page's lifetime, removed when the process ends
    exports = tempfile.TemporaryDirectory(prefix="anso-export-")
    throttle = LoginThrottle()
    with gr.Tab("Staff · 工作人员", id="staff"):
        logged_in = gr.State(False)
        with gr.Column(visible=True) as login_box:
            user = gr.Textbox(label=t("en", "user"), elem_id="anso-staff-user")
            password = gr.Textbox(label=t("en", "password"), type="password", elem_id="anso-staff-password")
            login = gr.Button(t("en", "login"), elem_id="anso-staff-login")
        with gr.Column(visible=False) as panel:
            stats = gr.Markdown(elem_id="anso-staff-stats")
            with gr.Row():
                uploads = gr.File(label=t("en", "upload"), file_count="multiple",
                                  file_types=sorted(SUPPORTED) + [".json"], elem_id="anso-staff-upload", scale=3)
                with gr.Column(scale=2):
                    ingest_button = gr.Button(t("en", "ingest"), variant="primary", elem_id="anso-staff-ingest")
                    summary = gr.Markdown(elem_id="anso-staff-summary")
            documents_table = gr.Dataframe(label=t("en", "documents"), interactive=False, elem_id="anso-staff-documents",
                                           wrap=True, max_height=320,
                                           column_widths=["34%", "10%", "10%", "8%", "10%", "13%", "15%"])
            with gr.Row():
                document = gr.Dropdown(choices=[], value=None, label=t("en", "document"), elem_id="anso-staff-document",
                                       scale=3)
                delete = gr.Button(t("en", "delete"), size="sm", variant="stop", elem_id="anso-staff-delete", scale=1)
                replace = gr.Button(t("en", "replace"), size="sm", elem_id="anso-staff-replace", scale=1)
            with gr.Accordion(t("en", "chunks_of"), open=False) as chunks_box:
                chunk_view = gr.HTML(elem_id="anso-staff-chunks")
            with gr.Row():
                refresh = gr.Button(t("en", "refresh"), size="sm", elem_id="anso-staff-refresh")
                rebuild = gr.Button(t("en", "rebuild"), size="sm", elem_id="anso-staff-rebuild")
            with gr.Group(visible=False, elem_id="anso-staff-confirm") as confirm_box:
                confirm_text = gr.Markdown(t("en", "rebuild_confirm"))
                with gr.Row():
                    rebuild_yes = gr.Button(t("en", "rebuild_yes"), variant="stop", size="sm", elem_id="anso-staff-rebuild-yes")
                    rebuild_no = gr.Button(t("en", "cancel"), size="sm", elem_id="anso-staff-rebuild-no")
            feedback_table = gr.Dataframe(label=t("en", "feedback_table"), interactive=False, wrap=True,
                                          elem_id="anso-staff-feedback", max_height=400,
                                          column_widths=["11%", "16%", "27%", "9%", "13%", "12%", "6%", "6%"])
            feedback_csv = gr.DownloadButton(t("en", "download_csv"), size="sm", elem_id="anso-staff-feedback-csv")
            unanswered_table = gr.Dataframe(label=t("en", "unanswered"), interactive=False, wrap=True,
                                            elem_id="anso-staff-unanswered", max_height=400,
                                            column_widths=["60%", "10%", "12%", "18%"])
            unanswered_csv = gr.DownloadButton(t("en", "download_csv"), size="sm", elem_id="anso-staff-unanswered-csv")

        def views(lang):
            """Statistics, documents and the two tables (their labels and column headers in ``lang``)."""
            docs = documents(services.index)
            feedback, unanswered = feedback_frame(services, lang), unanswered_frame(services, lang)
            return (stats_markdown(services, lang),
                    gr.update(value=documents_frame(docs, lang), label=t(lang, "documents")),
                    gr.update(choices=[(f"{d['title']} ({d['name']})", d["path"]) for d in docs], label=t(lang, "document")),
                    gr.update(value=feedback, label=t(lang, "feedback_table")),
                    gr.update(value=csv_file(feedback, "feedback", Path(exports.name)), label=t(lang, "download_csv")),
                    gr.update(value=unanswered, label=t(lang, "unanswered")),
                    gr.update(value=csv_file(unanswered, "unanswered", Path(exports.name)), label=t(lang, "download_csv")))

        view_outputs = [stats, documents_table, document, feedback_table, feedback_csv, unanswered_table, unanswered_csv]
        nothing = (gr.skip(),) * (1 + len(view_outputs))

        def do_login(name, secret, lang, request: gr.Request):
            key = f"{name}@{request.client.host if request and request.client else '?'}"
            wait = throttle.wait_seconds(key)
            if wait:
                gr.Warning(t(lang, "login_throttled", seconds=wait), duration=6, title="")
                return (gr.skip(),) * (4 + len(view_outputs))
            if not check_login(accounts, name, secret):
                throttle.failed(key)
                log.warning("staff login failed for user %r", name)  # one line, never the password
                gr.Warning(t(lang, "login_failed"), duration=6, title="")
                return (gr.skip(),) * (4 + len(view_outputs))
            throttle.succeeded(key)
            return True, gr.update(visible=False), gr.update(visible=True), "", *views(lang)

        def allowed(ok, lang) -> bool:
            if not ok:
                gr.Warning(t(lang, "login_required"), duration=6, title="")
            return bool(ok)

        def apply(change, lang, progress):
            """Build beside the live index and switch; a failure is one toast and changes nothing."""
            try:
                return services.rebuild(change, on_progress=lambda i, n, name: progress(i / max(n, 1), desc=name))
            except (OSError, ValueError, RuntimeError, sqlite3.Error) as exc:
                log.warning("index change failed: %s", exc, exc_info=True)
                gr.Warning(t(lang, "write_failed", reason=type(exc).__name__), duration=10, title="")
                return None

        def do_ingest(ok, files, lang, progress=gr.Progress()):
            if not allowed(ok, lang):
                return nothing
            if not files:
                gr.Warning(t(lang, "nothing_uploaded"), duration=6, title="")
                return nothing
            saved, rejected = save_uploads(settings, files, lang)
            saved = documents_to_ingest(saved)
            before = {str(p.resolve()): services.index.docstore.file_sha(str(p.resolve())) for p in saved}
            report = None
            if saved:
                built = apply(Change(add=saved), lang, progress)
                if built is None:
                    return nothing
                report = built.report
            return upload_summary(services, saved, rejected, before, report, lang), *views(lang)

        def do_delete(ok, path, lang, progress=gr.Progress()):
            if not allowed(ok, lang):
                return nothing
            if not path:
                gr.Warning(t(lang, "choose_document"), duration=6, title="")
                return nothing
            if apply(Change(remove=[path]), lang, progress) is None:
                return nothing
            return t(lang, "deleted", file=Path(path).name), *views(lang)

        def do_replace(ok, path, files, lang, progress=gr.Progress()):
            if not allowed(ok, lang):
                return nothing
            if not path:
                gr.Warning(t(lang, "choose_document"), duration=6, title="")
                return nothing
            saved, rejected = save_uploads(settings, files or [], lang)
            saved = documents_to_ingest(saved)[:1]
            if not saved:
                gr.Warning("; ".join(r for _, r in rejected) or t(lang, "nothing_uploaded"), duration=6, title="")
                return nothing
            remove = [] if str(saved[0].resolve()) == path else [path]
            if apply(Change(add=saved, remove=remove), lang, progress) is None:
                return nothing
            return t(lang, "replaced", old=Path(path).name, file=saved[0].name), *views(lang)

        def do_rebuild(ok, lang, progress=gr.Progress()):
            if not allowed(ok, lang):
                return (gr.skip(),) * (2 + len(view_outputs))
            started = time.perf_counter()
            if apply(Change(fresh=True), lang, progress) is None:
                return gr.update(visible=False), *nothing
            now = services.index.docstore.stats()
            text = t(lang, "rebuilt", documents=now["documents"], chunks=now["chunks"],
                     seconds=f"{time.perf_counter() - started:.1f}")
            return gr.update(visible=False), text, *views(lang)

        def do_refresh(ok, lang):
            if not allowed(ok, lang):
                return (gr.skip(),) * len(view_outputs)
            return views(lang)

        def show_chunks(ok, path, lang):
            if not ok:
                return gr.skip(), gr.skip()
            return chunks_html(services, path, lang), gr.update(open=bool(path))

        def relabel(lang, ok):
            labels = [gr.update(label=t(lang, "user")), gr.update(label=t(lang, "password")), gr.update(value=t(lang, "login")),
                      gr.update(label=t(lang, "upload")), gr.update(value=t(lang, "ingest")),
                      gr.update(value=t(lang, "delete")), gr.update(value=t(lang, "replace")),
                      gr.update(label=t(lang, "chunks_of")), gr.update(value=t(lang, "refresh")),
                      gr.update(value=t(lang, "rebuild")), t(lang, "rebuild_confirm"),
                      gr.update(value=t(lang, "rebuild_yes")), gr.update(value=t(lang, "cancel"))]
            tables = list(views(lang)) if ok else [gr.update(label=t(lang, k)) for k in (
                "stats", "documents", "document", "feedback_table", "download_csv", "unanswered", "download_csv")]
            return labels + tables

        labelled = [user, password, login, uploads, ingest_button, delete, replace, chunks_box,
                    refresh, rebuild, confirm_text, rebuild_yes, rebuild_no]
        # the tables are re-rendered after the labels: their values carry the translated column headers
        ui_lang.change(relabel, [ui_lang, logged_in], labelled + view_outputs, api_name=False, show_progress="hidden")
        login_event = login.click(do_login, [user, password, ui_lang], [logged_in, login_box, panel, password, *view_outputs],
                                  api_name=False, show_progress="hidden", js=CLOSE_TOASTS_JS)
        write = dict(api_name=False, concurrency_limit=1, concurrency_id="write")
        ingest_button.click(do_ingest, [logged_in, uploads, ui_lang], [summary, *view_outputs], **write)
        delete.click(do_delete, [logged_in, document, ui_lang], [summary, *view_outputs], **write)
        replace.click(do_replace, [logged_in, document, uploads, ui_lang], [summary, *view_outputs], **write)
        rebuild.click(lambda ok: gr.update(visible=bool(ok)), [logged_in], [confirm_box], api_name=False,
                      show_progress="hidden")
        rebuild_no.click(lambda: gr.update(visible=False), None, [confirm_box], api_name=False, show_progress="hidden")
        rebuild_yes.click(do_rebuild, [logged_in, ui_lang], [confirm_box, summary, *view_outputs], **write)
        refresh.click(do_refresh, [logged_in, ui_lang], view_outputs, api_name=False)
        document.change(show_chunks, [logged_in, document, ui_lang], [chunk_view, chunks_box], api_name=False,
                        show_progress="hidden")

    def on_login(fn, inputs, outputs, **kwargs):
        """Chain something on a successful login (the page shows staff-only views)."""
        return login_event.success(lambda ok: fn() if ok is True else gr.skip(), [logged_in], outputs, **kwargs)

    return StaffTab(on_login=on_login)
