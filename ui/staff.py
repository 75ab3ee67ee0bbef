"""The staff tab: exists only when staff credentials are configured; everything behind a login."""
from __future__ import annotations

import logging
import re
import shutil
import unicodedata
from pathlib import Path

import bcrypt
import gradio as gr

from ingest.load import SUPPORTED
from rag.settings import Settings
from ui.auth import hash_password  # noqa: F401  (moved to ui.auth; kept importable here)
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


def save_uploads(settings: Settings, files: list[str]) -> tuple[list[Path], list[tuple[str, str]]]:
    """Copy uploaded temp files into <data>/uploads under sanitised names; returns (saved, rejected)."""
    target = settings.data_dir / "uploads"
    target.mkdir(parents=True, exist_ok=True)
    saved, rejected = [], []
    limit = settings.max_upload_mb * 1024 * 1024
    for temp in files or []:
        path = Path(temp)
        name = safe_upload_name(path.name)
        if Path(name).suffix.lower() not in SUPPORTED:
            rejected.append((path.name, f"unsupported file type (allowed: {', '.join(sorted(SUPPORTED))})"))
        elif path.stat().st_size > limit:
            rejected.append((path.name, f"over the {settings.max_upload_mb:.0f} MB upload limit"))
        else:
            destination = target / name
            shutil.copyfile(path, destination)
            saved.append(destination)
    return saved, rejected


def build_staff_tab(settings: Settings, services, ui_lang: gr.State) -> None:
    from ingest.pipeline import ingest_paths

    accounts = staff_accounts(settings)
    throttle = LoginThrottle()
    with gr.Tab("Staff · 工作人员", id="staff"):
        logged_in = gr.State(False)
        with gr.Column(visible=True) as login_box:
            user = gr.Textbox(label=t("en", "user"), elem_id="anso-staff-user")
            password = gr.Textbox(label=t("en", "password"), type="password", elem_id="anso-staff-password")
            login = gr.Button(t("en", "login"), elem_id="anso-staff-login")
        with gr.Column(visible=False) as panel:
            uploads = gr.File(label=t("en", "upload"), file_count="multiple", file_types=sorted(SUPPORTED),
                              elem_id="anso-staff-upload")
            ingest_button = gr.Button(t("en", "ingest"), variant="primary", elem_id="anso-staff-ingest")
            summary = gr.Textbox(label="Summary", lines=6, elem_id="anso-staff-summary")
            stats = gr.JSON(label=t("en", "stats"))
            with gr.Row():
                refresh = gr.Button(t("en", "refresh"), size="sm")
                rebuild = gr.Button(t("en", "rebuild"), size="sm", variant="stop")
            feedback_table = gr.Dataframe(label=t("en", "feedback_table"), interactive=False)
            unanswered_table = gr.Dataframe(label=t("en", "unanswered"), interactive=False)

        def do_login(name, secret, lang, request: gr.Request):
            key = f"{name}@{request.client.host if request and request.client else '?'}"
            wait = throttle.wait_seconds(key)
            if wait:
                raise gr.Error(t(lang, "login_throttled", seconds=wait))
            if not check_login(accounts, name, secret):
                throttle.failed(key)
                log.warning("staff login failed for user %r", name)  # never the password
                raise gr.Error(t(lang, "login_failed"))
            throttle.succeeded(key)
            return True, gr.update(visible=False), gr.update(visible=True), "", *tables()

        def tables():
            stats_value = services.index.stats()
            return stats_value, services.feedback.feedback_rows(), services.feedback.unanswered_rows()

        def require(ok):
            if not ok:
                raise gr.Error("login required")

        def do_ingest(ok, files, progress=gr.Progress()):
            require(ok)
            saved, rejected = save_uploads(settings, files)
            with services.write_lock:
                report = ingest_paths(services.index, saved, progress=False,
                                      on_progress=lambda i, n, name: progress(i / max(n, 1), desc=name)) if saved else None
            lines = [f"rejected {name}: {reason}" for name, reason in rejected]
            if report:
                lines.insert(0, report.summary())
            return "\n".join(lines) or "nothing uploaded", *tables()

        def do_rebuild(ok, progress=gr.Progress()):
            require(ok)
            with services.write_lock:
                paths = [Path(p) for p in services.index.docstore.file_paths() if Path(p).exists()]
                services.index.reset()
                report = ingest_paths(services.index, paths or [settings.corpus_dir], progress=False,
                                      on_progress=lambda i, n, name: progress(i / max(n, 1), desc=name))
            return report.summary(), *tables()

        def do_refresh(ok):
            require(ok)
            return tables()

        table_outputs = [stats, feedback_table, unanswered_table]
        login.click(do_login, [user, password, ui_lang], [logged_in, login_box, panel, password, *table_outputs],
                    api_name=False, show_progress="hidden")
        ingest_button.click(do_ingest, [logged_in, uploads], [summary, *table_outputs], api_name=False,
                            concurrency_limit=1, concurrency_id="write")
        rebuild.click(do_rebuild, [logged_in], [summary, *table_outputs], api_name=False,
                      concurrency_limit=1, concurrency_id="write")
        refresh.click(do_refresh, [logged_in], table_outputs, api_name=False)
