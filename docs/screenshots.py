"""Regenerate the README's screenshots (`make screenshots`): a fresh data dir, `anso serve`, Debian chromium.

Not a test (pytest never collects it). Writes docs/screenshot.png (desktop, Chinese), docs/screenshot-en.png,
docs/screenshot-phone.png (390×844) and docs/screenshot-staff.png (staff tab)."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import httpx

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]
WAIT_MS = 90000  # the longest one condition may take


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(data: Path, password: str) -> tuple[subprocess.Popen, str]:
    from ui.staff import hash_password

    port = free_port()
    env = {**os.environ, "ANSO_DATA_DIR": str(data), "ANSO_STAFF_USERS": f"staff:{hash_password(password)}",
           "GRADIO_ANALYTICS_ENABLED": "False", "ANONYMIZED_TELEMETRY": "False"}
    proc = subprocess.Popen([sys.executable, "-m", "ui.cli", "serve", "--port", str(port)], env=env, cwd=ROOT,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    deadline = time.time() + 300
    while time.time() < deadline:
        try:
            if httpx.get(url + "/healthz", timeout=2).status_code == 200:
                return proc, url
        except httpx.HTTPError:
            time.sleep(0.5)
    proc.terminate()
    raise SystemExit("anso serve did not start")


def ask(page, question: str) -> None:
    groups = page.locator("#anso-sources .anso-group").count()
    page.fill("#anso-question textarea", question)
    page.click("#anso-send")
    page.wait_for_function(f"() => document.querySelectorAll('#anso-sources .anso-group').length > {groups}",
                           timeout=WAIT_MS)


def open_page(browser, url: str, locale: str, width: int, height: int):
    page = browser.new_context(locale=locale, viewport={"width": width, "height": height}).new_page()
    page.goto(url)
    page.wait_for_function("(t) => document.body.innerText.includes(t)",
                           arg="您的问题" if locale.startswith("zh") else "Your question", timeout=WAIT_MS)
    return page


def main() -> None:
    from playwright.sync_api import sync_playwright

    password = os.urandom(8).hex()
    with tempfile.TemporaryDirectory() as tmp:
        proc, url = start_server(Path(tmp) / "data", password)
        try:
            with sync_playwright() as pw:
                browser = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
                page = open_page(browser, url, "zh-CN", 1280, 900)
                ask(page, "谁为联盟成立发来贺信？")
                ask(page, "联盟是哪一天成立的？")
                page.locator("#anso-chat a.anso-cite").last.click()
                page.evaluate("() => window.scrollTo(0, 0)")
                page.screenshot(path=str(DOCS / "screenshot.png"))
                page = open_page(browser, url, "en-US", 1280, 900)
                ask(page, "Who presided over the ceremony?")
                ask(page, "What colour is the ANSO mascot's hat?")
                page.locator("#anso-chat .message-buttons-left").first.get_by_label("Like", exact=True).click()
                page.wait_for_selector(".toast-body", state="attached", timeout=WAIT_MS)
                page.wait_for_selector(".toast-body", state="detached", timeout=WAIT_MS)  # the thanks toast has gone
                page.locator("#anso-chat a.anso-cite").first.click()
                page.evaluate("() => window.scrollTo(0, 0)")
                page.screenshot(path=str(DOCS / "screenshot-en.png"))
                phone = open_page(browser, url, "en-US", 390, 844)
                ask(phone, "When was ANSO established?")
                phone.evaluate("() => document.querySelector('#anso-chat').scrollIntoView()")
                phone.screenshot(path=str(DOCS / "screenshot-phone.png"))
                page.get_by_role("tab", name="Staff · 工作人员").click()
                page.fill("#anso-staff-user :is(input, textarea)", "staff")
                page.fill("#anso-staff-password input", password)
                page.click("#anso-staff-login")
                page.wait_for_function("() => document.querySelector('#anso-staff-feedback')?.innerText.includes('presided')",
                                       timeout=WAIT_MS)
                page.screenshot(path=str(DOCS / "screenshot-staff.png"), full_page=True)
                browser.close()
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    print("wrote", ", ".join(str(p.relative_to(ROOT)) for p in sorted(DOCS.glob("screenshot*.png"))))


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    main()
