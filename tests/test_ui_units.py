import pytest

from rag.types import Answer, Citation, ParallelText, Source
from ui.render import chat_markdown, plain_with_references, sources_html
from ui.staff import check_login, hash_password, safe_upload_name, staff_accounts
from ui.strings import UI, browser_language

unit = pytest.mark.unit  # the two tests that ingest or spawn the CLI are integration tests


def _answer(text, quote="<img src=x onerror=alert(1)>"):
    cite = Citation(n=1, chunk_id="c1", title="<b>T</b>", sources=[Source(file="a.txt", paragraph=2)], lang="en",
                    text=f"before {quote} after", quote=quote, start=7, end=7 + len(quote),
                    parallel=ParallelText(lang="zh", text="<script>alert('x')</script>"))
    return Answer(question="q", language="en", mode="extractive", answer=text, abstained=False, citations=[cite])


@unit
def test_everything_from_documents_is_escaped():
    html = sources_html([(1, _answer("Hi <script>alert(1)</script> [1]"))], "en")
    assert "<script>" not in html and "<img" not in html and "<b>T</b>" not in html
    assert "&lt;img src=x onerror=alert(1)&gt;" in html and "&lt;script&gt;" in html
    assert '<mark class="anso-quote">' in html and 'id="anso-src-1-1"' in html
    bubble = chat_markdown(_answer("Hi <script>alert(1)</script> [1] [7]"), "en", msg=1)
    assert "<script>" not in bubble and 'href="#anso-src-1-1"' in bubble and "[7]" in bubble and "anso-src-1-7" not in bubble


def test_each_answer_keeps_its_own_sources_and_the_latest_is_shown():
    first, second = _answer("First [1]", quote="alpha 🎉"), _answer("第二 [1]", quote="贝塔")
    html = sources_html([(1, first), (3, second)], "zh")
    assert 'id="anso-src-1-1"' in html and 'id="anso-src-3-1"' in html
    assert html.index("alpha 🎉") < html.index("贝塔")
    assert 'class="anso-group anso-selected" id="anso-group-3"' in html and 'class="anso-group" id="anso-group-1"' in html
    chosen = sources_html([(1, first), (3, second)], "en", selected=1)
    assert 'class="anso-group anso-selected" id="anso-group-1"' in chosen


def test_short_answer_first_and_abstention_points_to_the_sources():
    answer = _answer("On 4 November 2018, ANSO was established [1]")
    answer.short_answer = "4 November 2018"
    bubble = chat_markdown(answer, "en", msg=1)
    assert bubble.startswith("<strong class=\"anso-short\">4 November 2018</strong>")
    from rag.prompts import message

    nearest = _answer("x").citations
    abstained = Answer(question="q", language="zh", mode="extractive", answer=message("zh", "abstain"), abstained=True,
                       nearest=nearest)
    bubble = chat_markdown(abstained, "zh", msg=5)
    assert "下面" not in bubble and "出处" in bubble and "#anso-src-5-nearest" in bubble
    html = sources_html([(5, abstained)], "zh")
    assert "<mark" not in html and "anso-nearest" in html and "并未回答" in html


@unit
def test_short_answer_shown_once_and_highlighted_inside_its_quote():
    quote = "The meeting opened on Tuesday 🎉 in 昆明."
    answer = _answer(f"Tuesday\n\nEvidence: {quote} [1]", quote=quote)
    answer.short_answer = "Tuesday"
    cite = answer.citations[0]
    cite.answer_start = cite.start + quote.index("Tuesday")
    cite.answer_end = cite.answer_start + len("Tuesday")
    bubble = chat_markdown(answer, "en", msg=2)
    assert bubble.count("Tuesday") == 2 and bubble.startswith('<strong class="anso-short">Tuesday</strong>')
    assert "Evidence: The meeting opened on" in bubble
    html = sources_html([(2, answer)], "en")
    assert '<mark class="anso-quote">The meeting opened on <strong class="anso-span">Tuesday</strong> 🎉 in 昆明.</mark>' in html
    cite.answer_start, cite.answer_end = 0, 3  # a span outside the quote is not highlighted
    assert "anso-span" not in sources_html([(2, answer)], "en")


@pytest.mark.parametrize("history, turns", [
    ([["When was ANSO established?", "On 4 November 2018 [1]"]], 2),
    ([["联盟何时成立？", None]], 1),
    ([{"role": "user", "content": "hi 🎉"}], 1),
    (None, None)])
def test_ask_request_accepts_pairs_and_turns(history, turns):
    from ui.services import AskRequest

    request = AskRequest(question="q", history=history)
    assert (len(request.history) if request.history is not None else None) == turns


@pytest.mark.parametrize("history", [[["only one"]], [["a", "b", "c"]], [[1, 2]], "text"])
def test_ask_request_refuses_malformed_history(history):
    from pydantic import ValidationError

    from ui.services import AskRequest

    with pytest.raises(ValidationError):
        AskRequest(question="q", history=history)


@unit
def test_copy_text_lists_references():
    text = plain_with_references(_answer("Answer [1]"))
    assert text.startswith("Answer [1]") and "[1] <b>T</b> (a.txt ¶2)" in text


@unit
def test_ui_strings_have_both_languages_and_same_placeholders():
    from rag.prompts import placeholders

    for key, versions in UI.items():
        assert set(versions) == {"zh", "en"}, key
        assert placeholders(versions["zh"]) == placeholders(versions["en"]), key


@unit
@pytest.mark.parametrize("header, lang", [("zh-CN,zh;q=0.9,en;q=0.8", "zh"), ("en-US,en;q=0.9", "en"),
                                          ("fr-FR,zh-TW;q=0.5", "zh"), (None, "en"), ("", "en")])
@unit
def test_browser_language(header, lang):
    assert browser_language(header) == lang


@unit
@pytest.mark.parametrize("name", ["../../etc/passwd", "/etc/passwd", "a\x00b.txt", "x" * 500 + ".md",
                                  "..", ".bashrc", "C:\\Windows\\win.ini", "报告 2019 🎉.docx"])
@unit
def test_upload_names_cannot_escape_the_uploads_folder(name):
    safe = safe_upload_name(name)
    assert "/" not in safe and "\\" not in safe and "\x00" not in safe and not safe.startswith(".")
    assert len(safe) <= 91 and safe not in ("", ".", "..")


@unit
def test_staff_accounts_and_login(tmp_path):
    from tests.conftest import make_settings

    hashed = hash_password("s3cret-密码")
    settings = make_settings(tmp_path, staff_users=f"alice:{hashed}")
    accounts = staff_accounts(settings)
    assert check_login(accounts, "alice", "s3cret-密码")
    assert not check_login(accounts, "alice", "wrong") and not check_login(accounts, "bob", "s3cret-密码")
    assert staff_accounts(make_settings(tmp_path)) == {}


@pytest.mark.integration
def test_staff_tab_absent_without_credentials_and_present_with(corpus_index, tmp_path):
    from tests.conftest import make_settings
    from ui.app import build_app
    from ui.services import Services

    def labels(settings):
        demo = build_app(settings, Services.build(settings, corpus_index))
        return [getattr(b, "label", None) for b in demo.blocks.values()]

    assert "Staff · 工作人员" not in labels(corpus_index.settings)
    with_staff = make_settings(corpus_index.settings.data_dir, staff_users=f"alice:{hash_password('pw')}")
    assert "Staff · 工作人员" in labels(with_staff)


@unit
def test_login_throttle_doubles_the_wait():
    from ui.limits import LoginThrottle

    throttle = LoginThrottle(free=2, base=2.0)
    for _ in range(2):
        throttle.failed("k")
    assert throttle.wait_seconds("k") == 0
    throttle.failed("k")
    assert throttle.wait_seconds("k") >= 1
    throttle.succeeded("k")
    assert throttle.wait_seconds("k") == 0


@pytest.mark.integration
def test_feedback_store_and_export(tmp_path):
    import csv
    import io
    import json as jsonlib
    import os
    import subprocess
    import sys

    from ui.feedback import FeedbackStore

    store = FeedbackStore(tmp_path)
    answer = {"question": "联盟是哪一天成立的？🎉", "answer": "2018年11月4日 [1]", "mode": "extractive", "language": "zh",
              "citations": [{"chunk_id": "abc"}]}
    store.add(answer, "up")
    store.add(answer, None, "很好, \"quoted\"\nnew line")
    store.log_unanswered("Who is the current Secretary-General?", "en", "extractive")
    store.log_unanswered("Who is the current Secretary-General?", "en", "extractive")
    rows = list(csv.DictReader(io.StringIO(store.export("csv"))))
    assert len(rows) == 2 and {r["rating"] for r in rows} == {"up", ""} and jsonlib.loads(rows[0]["chunk_ids"]) == ["abc"]
    assert [jsonlib.loads(line)["question"] for line in store.export("jsonl").splitlines()] == [answer["question"]] * 2
    assert store.unanswered_rows()[0]["count"] == 2
    out = subprocess.run([sys.executable, "-m", "ui.cli", "feedback", "export", "--format", "jsonl"], capture_output=True,
                         text=True, env={**os.environ, "ANSO_DATA_DIR": str(tmp_path)}, timeout=60)
    assert out.returncode == 0 and len(out.stdout.splitlines()) == 2


@unit
def test_csv_export_is_one_file_per_table_however_often_the_tab_refreshes(tmp_path):
    import pandas as pd

    from ui.staff import csv_file

    for text in ("first 第一", "再来一次 🎉 again"):
        path = csv_file(pd.DataFrame({"问题 question": [text]}), "feedback", tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["feedback.csv"] and path == str(tmp_path / "feedback.csv")
    data = (tmp_path / "feedback.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and "再来一次 🎉 again" in data.decode("utf-8-sig")
