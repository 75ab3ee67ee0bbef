"""Answers of the asked type: a web address for where-online questions, a sum of money for "how much is X putting
in", the defining sentence for "What is an OMZ?" (pure functions, both languages, emoji and mixed scripts)."""
import pytest

from rag.abstain import accounts_for
from rag.questions import analyse
from rag.short_answer import extract

pytestmark = pytest.mark.unit

BLOG = ("A cruise blog with daily reports from the ship 🚢 is published at https://www.example.org/en/blog. "
        "Media: press@example.org.")
ZH_BLOG = "科考船每日报道🚢发布在 https://www.example.org/zh/blog 上，媒体联系邮箱press@example.org。"
MAIL_ONLY = "Registration forms must be sent to register@example.org by Friday, 3 July 2026."
ZH_MAIL_ONLY = "报名表请发送至register@example.org，截止日期为2026年7月3日。"
PORT = "The ship 🚢 left the port of Sanya, Hainan Province, China, on Friday, 6 November 2026."


def short(question: str, text: str, lang: str) -> str | None:
    span = extract(analyse(question), text, lang)
    return None if span is None else span.display


def idf(term: str) -> tuple[float, int]:
    return 1.0, 1


@pytest.mark.parametrize("question", [
    "Where can I download the measurement data?", "Where can I follow the daily reports from the ship?",
    "Where do I apply online for the scholarship?", "Where can one subscribe to the newsletter 📰?",
    "在哪里可以关注科考船的每日报道？", "数据在哪儿下载？", "在哪里在线观看开幕式直播？", "ANSO的blog在哪里关注？"])
def test_where_online_asks_a_web_address(question):
    info = analyse(question)
    assert info.qtype == "url"
    assert info.evidence.search("see https://x.example.org") and not info.evidence.search("in Sanya, China")


@pytest.mark.parametrize("question", ["Where do I register for the summer school?",
                                      "Where should proposals be submitted?", "在哪里报名？", "申请材料提交到哪里？"])
def test_where_to_register_or_submit_takes_a_web_or_mail_address(question):
    info = analyse(question)
    assert info.qtype == "url"
    assert info.evidence.search("to register@example.org") and info.evidence.search("at https://x.example.org")


@pytest.mark.parametrize("question", ["Where will the 2026 meeting be held?", "Where is the Secretariat 🏢?",
                                      "In which city does the summer school take place?", "会议在哪里举行？",
                                      "秘书处设在哪里？",
                                      "ANSO秘书处在哪个城市？",
                                      "Where was the paper published?"])
def test_other_where_questions_still_ask_a_place(question):
    assert analyse(question).qtype == "where"


@pytest.mark.parametrize("question,text,lang,expected", [
    ("Where can I follow the daily reports from the ship?", BLOG, "en", "https://www.example.org/en/blog"),
    ("在哪里可以关注科考船的每日报道？", ZH_BLOG, "zh", "https://www.example.org/zh/blog"),
    ("Where do I register for the course?", MAIL_ONLY, "en", "register@example.org"),
    ("在哪里报名？", ZH_MAIL_ONLY, "zh", "register@example.org"),
    ("Where can I download the data?", MAIL_ONLY, "en", None),  # an e-mail address is no place to download from
    ("Where can I follow the reports?", PORT, "en", None),  # a port is no place on the web
])
def test_where_online_short_answer_is_an_address(question, text, lang, expected):
    assert short(question, text, lang) == expected


def test_where_online_evidence_need_not_repeat_the_verb():
    question = "Where can I follow the daily reports from the ship?"
    assert accounts_for(question, "en", analyse(question).kind, BLOG, idf)
    assert accounts_for("在哪里关注每日报道？", "zh", "url", ZH_BLOG, idf)

