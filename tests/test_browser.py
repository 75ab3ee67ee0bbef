"""A real browser (Debian chromium via Playwright) against a live `anso serve`: what a user sees.

One test per defect of issue 12 (numbers in the names); no fixed sleeps — every wait is for a condition.
Screenshots go only to pytest's temporary folder (``make screenshots`` regenerates the tracked ones)."""
import csv
import io
import os
import shutil
import subprocess
import sys
from pathlib import Path

import httpx
import pytest

from tests.live_server import LiveServer

pytestmark = [pytest.mark.browser, pytest.mark.slow]

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run"]
XSS_DOC = ("The ANSO XSS probe paragraph says <script>window.__xss = 1</script> and "
           "<img src=x onerror=\"window.__xss = 2\"> and <iframe src=\"javascript:window.__xss=3\"></iframe> are harmless.\n")
PASSWORD = "correct horse"
WAIT = 60000  # ms: the longest a condition may take on a loaded 2-core machine


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip("chromium is not installed: run `apt-get install -y chromium` (Debian) to run the browser tests")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        instance = pw.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        yield instance
        instance.close()


@pytest.fixture(scope="module")
def server(tmp_path_factory, corpus_data_dir):
    from rag.store.index import Index
    from ingest.pipeline import ingest_paths
    from tests.conftest import make_settings
    from ui.staff import hash_password

    base = tmp_path_factory.mktemp("browser")
    data = base / "data"
    shutil.copytree(corpus_data_dir, data)
    probe = base / "xss-probe.html.txt"
    probe.write_text(XSS_DOC, encoding="utf-8")
    index = Index(make_settings(data))
    assert ingest_paths(index, [probe], progress=False).ok
    index.close()
    live = LiveServer({"ANSO_DATA_DIR": str(data), "ANSO_STAFF_USERS": f"staff:{hash_password(PASSWORD)}",
                       "ANSO_RATE_LIMIT_PER_MINUTE": "1000"}, log_path=base / "server.log")
    live.data = data
    yield live
    live.stop()


def _page(browser, server, locale="en-US", width=1280, height=900):
    context = browser.new_context(locale=locale, viewport={"width": width, "height": height})
    page = context.new_page()
    page.goto(server.url + "/")
    page.wait_for_selector("#anso-question textarea", timeout=30000)
    page.wait_for_function("(t) => document.body.innerText.includes(t)",
                           arg="您的问题" if locale.startswith("zh") else "Your question", timeout=30000)
    return page


def _ask(page, question):
    """Ask and wait until this answer's sources group is in the panel."""
    groups = page.locator("#anso-sources .anso-group").count()
    page.fill("#anso-question textarea", question)
    page.click("#anso-send")
    page.wait_for_function(f"() => document.querySelectorAll('#anso-sources .anso-group').length > {groups}",
                           timeout=WAIT)


def _login(page, password=PASSWORD):
    page.get_by_role("tab", name="Staff · 工作人员").click()
    page.fill("#anso-staff-user :is(input, textarea)", "staff")
    page.fill("#anso-staff-password input", password)
    page.click("#anso-staff-login")


def _toasts(page) -> list[str]:
    return page.eval_on_selector_all(".toast-body", "els => els.map(e => e.innerText)")


def _error_pills(page) -> int:
    """Components marked with Gradio's red error status."""
    return page.evaluate("() => [...document.querySelectorAll('.status-tracker, [data-testid=status-tracker]')]"
                         ".filter(e => e.classList.contains('error') || /^\\s*Error\\s*$/.test(e.innerText)).length")


def _feedback_export(server) -> list[dict]:
    out = subprocess.run([sys.executable, "-m", "ui.cli", "feedback", "export"], capture_output=True, text=True,
                         env={**os.environ, "ANSO_DATA_DIR": str(server.data)}, timeout=120)
    assert out.returncode == 0, out.stderr
    return list(csv.DictReader(io.StringIO(out.stdout)))


def test_chinese_question_answer_citation_and_highlight(browser, server, tmp_path):
    page = _page(browser, server, locale="zh-CN")
    _ask(page, "联盟是哪一天成立的？")
    assert "2018年11月4日" in page.inner_text("#anso-chat")
    page.locator("#anso-chat a.anso-cite").first.click()
    mark = page.wait_for_selector("#anso-sources #anso-src-1-1 mark.anso-quote")
    assert "2018年11月4日" in mark.inner_text()
    page.click("#anso-sources #anso-group-1 details.anso-parallel summary")
    assert "On 4 November 2018" in page.inner_text("#anso-sources #anso-group-1 details.anso-parallel")
    page.screenshot(path=str(tmp_path / "zh.png"))


def test_1_staff_tables_show_texts_in_both_languages(browser, server):
    page = _page(browser, server)
    _ask(page, "Who presided over the ceremony?")
    page.locator("#anso-chat .message-buttons-left").first.get_by_label("Like", exact=True).click()
    _ask(page, "What colour is the ANSO mascot's hat?")  # the documents do not say: an unanswered row
    page.wait_for_function("() => document.body.innerText.includes('Thank you for the feedback')", timeout=WAIT)
    _login(page)
    feedback = page.wait_for_selector("#anso-staff-feedback", state="visible", timeout=WAIT)
    page.wait_for_function("() => document.querySelector('#anso-staff-feedback').innerText.includes('presided')",
                           timeout=WAIT)
    text = feedback.inner_text() + page.inner_text("#anso-staff-unanswered") + page.inner_text("#anso-staff-documents")
    assert "[object Object]" not in text
    assert "Who presided over the ceremony?" in text and "Question" in text and "helpful" in text
    assert "mascot" in page.inner_text("#anso-staff-unanswered")
    assert "Passages" in page.inner_text("#anso-staff-documents")
    page.get_by_label("中文").check()  # item 7: the staff tab follows the interface language
    page.wait_for_function("() => document.querySelector('#anso-staff-feedback').innerText.includes('问题')", timeout=WAIT)
    body = page.inner_text("body")
    for chinese in ("用户反馈", "未能回答的问题", "添加上传的文件", "重建索引", "份文档", "下载 CSV"):
        assert chinese in body, chinese
    for english in ("User name", "Ingest uploaded files", "Summary", "Rebuild index", "duplicates merged"):
        assert english not in body, english


def test_2_thumb_lands_on_the_message_clicked_and_comment_on_the_chosen_one(browser, server):
    page = _page(browser, server)
    _ask(page, "Who presided over the ceremony?")
    _ask(page, "When was ANSO established?")
    before = len(_feedback_export(server))
    page.locator("#anso-chat .message-buttons-left").first.get_by_label("Dislike", exact=True).click()
    page.wait_for_function(f"() => document.body.innerText.includes('Thank you for the feedback')", timeout=WAIT)
    page.locator("#anso-comment-on input").click()
    page.locator("#anso-comment-on [role=option]", has_text="1: Who presided over the ceremony?").click()
    page.wait_for_function("() => document.querySelector('#anso-comment-on input').value.startsWith('1:')", timeout=WAIT)
    page.fill("#anso-comment textarea", "Needs the full name 🎉 全名")
    page.click("#anso-comment-send")
    page.wait_for_function("() => document.querySelector('#anso-comment textarea').value === ''", timeout=WAIT)
    rows = _feedback_export(server)
    new = [r for r in rows[: len(rows) - before]]
    assert {(r["question"], r["rating"], r["comment"]) for r in new} == {
        ("Who presided over the ceremony?", "down", ""),
        ("Who presided over the ceremony?", "", "Needs the full name 🎉 全名")}
    assert all("Dai Binbin" in r["answer"] and r["chunk_ids"] != "[]" for r in new)


def test_3_old_markers_open_their_own_answers_sources_also_after_a_reload(browser, server):
    page = _page(browser, server)
    _ask(page, "Who presided over the ceremony?")
    _ask(page, "When was ANSO established?")
    page.locator("#anso-chat a.anso-cite").first.click()
    page.wait_for_selector("#anso-group-1 #anso-src-1-1 mark.anso-quote", state="visible")
    assert "presided over the ceremony" in page.inner_text("#anso-src-1-1 mark.anso-quote")
    assert not page.is_visible("#anso-group-3")
    page.locator("#anso-chat a.anso-cite").nth(1).click()
    page.wait_for_selector("#anso-group-3", state="visible")
    assert "4 November 2018" in page.inner_text("#anso-src-3-1 mark.anso-quote")
    assert not page.is_visible("#anso-group-1")
    page.reload()
    page.wait_for_function("() => document.querySelectorAll('#anso-sources .anso-group').length === 2", timeout=WAIT)
    page.locator("#anso-chat a.anso-cite").first.click()
    page.wait_for_selector("#anso-group-1", state="visible")
    assert "presided over the ceremony" in page.inner_text("#anso-src-1-1 mark.anso-quote")
    page.get_by_text("Answer with references (copy)").click()
    page.click("#anso-chat .message-row.bot-row >> nth=1")  # a click on an answer: the copy box holds that one
    page.wait_for_function("() => document.querySelector('#anso-copy textarea').value.includes('4 November 2018')",
                           timeout=WAIT)
    assert "[1] " in page.input_value("#anso-copy textarea")


def test_4_rebuild_asks_for_confirmation_and_answers_go_on(browser, server):
    page = _page(browser, server)
    _login(page)
    page.wait_for_selector("#anso-staff-rebuild", state="visible", timeout=WAIT)
    page.click("#anso-staff-rebuild")
    page.wait_for_selector("#anso-staff-confirm", state="visible")
    assert "Answers keep coming from the current index" in page.inner_text("#anso-staff-confirm")
    page.click("#anso-staff-rebuild-no")
    page.wait_for_selector("#anso-staff-confirm", state="hidden")
    page.click("#anso-staff-rebuild")
    page.click("#anso-staff-rebuild-yes")
    answers = []
    while "rebuilt" not in page.inner_text("#anso-staff-summary"):
        answers.append(httpx.post(server.url + "/api/ask", json={"question": "When was ANSO established?"}, timeout=60).json())
    assert answers and all("4 November 2018" in a["answer"] and not a["abstained"] for a in answers)
    assert "The index was rebuilt" in page.inner_text("#anso-staff-summary")


def test_5_trash_icon_forgets_the_conversation_and_there_is_no_share_button(browser, server):
    page = _page(browser, server)
    _ask(page, "When was ANSO established?")
    assert page.locator("#anso-chat button[aria-label='Share']").count() == 0
    page.click("#anso-chat button[aria-label='Clear']")
    page.wait_for_function("() => document.querySelectorAll('#anso-sources .anso-group').length === 0", timeout=WAIT)
    assert page.locator("#anso-chat .message-row").count() == 0
    _ask(page, "Who presided over the ceremony?")
    assert page.locator("#anso-sources .anso-group").count() == 1  # nothing of the forgotten conversation is left
    page.reload()
    page.wait_for_function("() => document.querySelectorAll('#anso-sources .anso-group').length === 1", timeout=WAIT)


def test_6_errors_are_one_message_that_goes_away(browser, server):
    page = _page(browser, server)
    page.click("#anso-comment-send")  # nothing asked yet
    page.wait_for_function("() => document.body.innerText.includes('Ask a question first.')", timeout=WAIT)
    page.fill("#anso-question textarea", "Why? " * 500)
    page.click("#anso-send")
    page.wait_for_function("() => document.body.innerText.includes('The question is too long')", timeout=WAIT)
    assert sum("too long" in text for text in _toasts(page)) == 1
    assert _error_pills(page) == 0
    page.wait_for_selector(".toast-body", state="detached", timeout=WAIT)  # toasts go away by themselves
    _ask(page, "When was ANSO established?")
    assert _error_pills(page) == 0 and "Error" not in page.inner_text("#anso-comment")
    _login(page, password="wrong")
    page.wait_for_function("() => document.body.innerText.includes('Wrong user name or password')", timeout=WAIT)
    _login(page)
    page.wait_for_selector("#anso-staff-stats", state="visible", timeout=WAIT)
    page.wait_for_function("() => !document.body.innerText.includes('Wrong user name or password')", timeout=WAIT)


def test_9_abstention_says_where_the_nearest_passages_are_and_does_not_highlight_them(browser, server):
    page = _page(browser, server)
    _ask(page, "What colour is the ANSO mascot's hat?")
    bubble = page.inner_text("#anso-chat")
    assert "listed below" not in bubble and "are under Sources" in bubble
    assert page.locator("#anso-sources .anso-group .anso-nearest").count() >= 1
    assert page.locator("#anso-sources .anso-group mark").count() == 0
    assert "they do not answer" in page.inner_text("#anso-sources")


def test_10_timings_only_for_staff(browser, server):
    page = _page(browser, server)
    _ask(page, "When was ANSO established?")
    assert not page.is_visible("#anso-timings-box") and "Timings" not in page.inner_text("body")
    _login(page)
    page.wait_for_selector("#anso-staff-stats", state="visible", timeout=WAIT)
    page.get_by_role("tab", name="Chat · 问答").click()
    page.wait_for_selector("#anso-timings-box", state="visible", timeout=WAIT)


def test_11_layout_on_desktop_and_phone(browser, server, tmp_path):
    page = _page(browser, server)
    english, chinese = (page.get_by_label(name).bounding_box() for name in ("English", "中文"))
    assert abs(english["y"] - chinese["y"]) < 5  # the language choice is one horizontal row
    page.locator("#anso-examples button").first.click()  # an example asks at once
    page.wait_for_function("() => document.querySelectorAll('#anso-sources .anso-group').length === 1", timeout=WAIT)
    assert "4 November 2018" in page.inner_text("#anso-chat")
    phone = _page(browser, server, width=390, height=844)
    _ask(phone, "Who presided over the ceremony?")
    phone.locator("#anso-chat a.anso-cite").last.click()
    source = phone.wait_for_selector("#anso-sources .anso-group:visible .anso-source", state="visible")
    box = source.bounding_box()
    assert -5 <= box["y"] < 844  # the tapped source is on screen
    phone.locator("#anso-sources .anso-source:target a.anso-back-source").click()  # on the tapped source itself
    phone.wait_for_function("() => document.querySelector('#anso-chat').getBoundingClientRect().top < 844 && "
                            "document.querySelector('#anso-chat').getBoundingClientRect().bottom > 0", timeout=WAIT)
    phone.screenshot(path=str(tmp_path / "phone.png"))


def test_12_api_history_pairs_llm_mode_and_login_log(browser, server):
    pairs = httpx.post(server.url + "/api/ask", json={"question": "Who presided over it?", "history": [
        ["When was ANSO established?", "On 4 November 2018 [1]"]]}, timeout=60)
    assert pairs.status_code == 200 and pairs.json()["answer"]
    bad = httpx.post(server.url + "/api/ask", json={"question": "q", "history": [["only one"]]}, timeout=60)
    assert bad.status_code == 400 and "history" in bad.json()["detail"]
    llm = httpx.post(server.url + "/api/ask", json={"question": "联盟是哪一天成立的？", "mode": "llm"}, timeout=60)
    assert llm.status_code == 400 and "大模型" in llm.json()["detail"] and "OpenAI" not in llm.json()["detail"]
    page = _page(browser, server)
    _login(page, password="wrong-again")
    page.wait_for_function("() => document.body.innerText.includes('Wrong user name or password')", timeout=WAIT)
    log = server.log()
    assert "staff login failed for user 'staff'" in log and "Traceback" not in log


def test_xss_document_renders_as_text(browser, server):
    page = _page(browser, server)
    _ask(page, "What does the ANSO XSS probe paragraph say is harmless?")
    assert "<script>window.__xss = 1</script>" in page.inner_text("#anso-sources")
    assert page.evaluate("() => window.__xss") is None
    _ask(page, "<img src=x onerror=\"window.__xss=9\"> <script>window.__xss=8</script> when was ANSO established?")
    assert page.evaluate("() => window.__xss") is None
    assert "<script>window.__xss=8</script>" in page.inner_text("#anso-chat")


def test_staff_upload_makes_a_file_answerable_and_says_what_happened_to_it(browser, server, tmp_path):
    page = _page(browser, server)
    _login(page)
    page.wait_for_selector("#anso-staff-ingest", state="visible", timeout=WAIT)
    upload = tmp_path / "kunming-workshop.md"
    upload.write_text("# Workshop\n\nThe ANSO glacier workshop was held in Kunming in May 2021.\n", encoding="utf-8")
    page.set_input_files("#anso-staff-upload input[type=file]", str(upload))
    page.wait_for_function("() => document.querySelector('#anso-staff-upload').innerText.includes('kunming-workshop')",
                           timeout=WAIT)
    page.click("#anso-staff-ingest")
    page.wait_for_function("() => document.querySelector('#anso-staff-summary').innerText.includes('added')", timeout=WAIT)
    summary = page.inner_text("#anso-staff-summary")
    assert "kunming-workshop.md" in summary and "duplicates" not in summary
    answer = httpx.post(server.url + "/api/ask", json={"question": "Where was the ANSO glacier workshop held?"}, timeout=60).json()
    assert "Kunming" in answer["answer"]
    page.wait_for_function("() => document.querySelector('#anso-staff-documents').innerText.includes('kunming-workshop')",
                           timeout=WAIT)
