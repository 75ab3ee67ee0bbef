"""Answers of the asked type: a web address for where-online questions, a sum of money for "how much is X putting
in", the defining sentence for "What is an OMZ?" (pure functions, both languages, emoji and mixed scripts)."""
import pytest

from rag.abstain import accounts_for
from rag.defines import aliases, asked_term, defines, defines_in_context, definiens, names_a_term
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


# --- definitions ------------------------------------------------------------
OMZ_MENTION = "The cruise studies how the oxygen minimum zone (OMZ) of the Bay of Bengal 🌊 is changing."
OMZ_DEFINED = "An OMZ is a layer of sea water in which dissolved oxygen is so low that most fish cannot live."
HYBRID = ("It does not pay for articles in hybrid journals, that is, subscription journals that open single articles "
          "for a fee.")
ZH_DEFINED = "所谓“混合型期刊”，是指对单篇论文收费开放的订阅期刊📚。"
ZH_IS_MEANT = "混合型期刊是指对单篇论文收费开放的订阅期刊。"
ZH_MENTION = "基金不资助混合型期刊上的论文。"


@pytest.mark.parametrize("question,lang,term", [
    ("What is an oxygen minimum zone?", "en", "oxygen minimum zone"),
    ("What does ex situ conservation mean?", "en", "ex situ conservation"),
    ("What does the annual report mean by instrument uptime?", "en", "instrument uptime"),
    ("What is meant by a CCD camera 📷?", "en", "CCD camera"),
    ("联盟开放获取出版基金所说的混合型期刊是什么意思？", "zh", "混合型期刊"),
    ("B&R是什么意思？", "zh", "B&R"),
    ("什么是冰冻圈？", "zh", "冰冻圈"),
    ("OMZ是指什么？", "zh", "OMZ"),
    ("What kind of organization is ANSO 🌏?", "en", "ANSO"),
    ("What type of body is the Drylands Network?", "en", "Drylands Network"),
    ("联盟是一个什么样的组织？", "zh", "联盟"),
    ("MKAO是哪一类机构？", "zh", "MKAO"),
    ("会议是怎样举行的？", "zh", None),  # how, not what kind
    ("联盟是什么时候成立的？", "zh", None),
    ("What kind of support does the fund give to authors?", "en", None),  # a clause, not a term
    ("What is set up to fund the network?", "en", None),  # a clause, not a term
    ("What is the largest grant a project can receive?", "en", None),
    ("When was the network launched?", "en", None),
])
def test_asked_term(question, lang, term):
    assert asked_term(question, lang) == term


def test_aliases_take_the_bracketed_abbreviation():
    assert aliases("oxygen minimum zone", [OMZ_MENTION]) == ["oxygen minimum zone", "OMZ"]
    assert aliases("混合型期刊", [ZH_MENTION]) == ["混合型期刊"]


@pytest.mark.parametrize("text,terms,expected", [
    (OMZ_DEFINED, ["oxygen minimum zone", "OMZ"], "a layer of sea water in which dissolved oxygen is so low that most "
                                                   "fish cannot live"),
    (HYBRID, ["hybrid journal"], "subscription journals that open single articles for a fee"),
    (ZH_DEFINED, ["混合型期刊"], "对单篇论文收费开放的订阅期刊📚"),
    (ZH_IS_MEANT, ["混合型期刊"], "对单篇论文收费开放的订阅期刊"),
])
def test_a_defining_sentence_gives_its_definition(text, terms, expected):
    assert defines(text, terms)
    start, end = definiens(text, terms)
    assert text[start:end] == expected


@pytest.mark.parametrize("text,terms", [
    (OMZ_MENTION, ["oxygen minimum zone", "OMZ"]),  # names the term, defines nothing
    ("How the OMZ is changing is not known.", ["OMZ"]),
    (ZH_MENTION, ["混合型期刊"]),
    ("The network is the first of its kind.", ["OMZ"]),
    ("", []),
])
def test_a_sentence_merely_naming_the_term_does_not_define_it(text, terms):
    assert not defines(text, terms)
    assert definiens(text, terms) is None



FOUNDED_EN = "On 4 November 2018, ANSO was formally established in Beijing 🎉."
FIRST_EN = "It is the first comprehensive international science organization of its kind."
FOUNDED_ZH = "2018年11月4日，联盟在北京正式成立，这是首个由 ANSO 成员共同发起的综合性国际科技组织。"


@pytest.mark.parametrize("text,before,terms,expected", [
    (FIRST_EN, FOUNDED_EN, ["ANSO"], "the first comprehensive international science organization of its kind"),
    (FOUNDED_ZH, "", ["联盟"], "首个由 ANSO 成员共同发起的综合性国际科技组织"),
])
def test_a_pronoun_after_the_term_defines_it(text, before, terms, expected):
    start, end = defines_in_context(text, before, terms)
    assert text[start:end] == expected


@pytest.mark.parametrize("text,before,terms", [
    (FIRST_EN, "The Drylands Network met in Urumqi.", ["ANSO"]),  # the sentence before names another body
    (FIRST_EN, FOUNDED_EN, ["ANSO Youth Network"]),  # a sibling the documents never define
    ("It was held in Beijing on Thursday.", FOUNDED_EN, ["ANSO"]),  # an event, not what it is
    ("会议在北京举行，这是第二次会议。", "", ["联盟"]),  # the clause is about another subject
    (FOUNDED_ZH, "", []),
])
def test_a_pronoun_sentence_about_something_else_defines_nothing(text, before, terms):
    assert defines_in_context(text, before, terms) is None


def test_a_long_pronoun_definition_answers_without_a_short_answer():
    long = "It is " + "the first alliance of academies, universities and organizations " * 5 + "in the region."
    start, end = defines_in_context(long, FOUNDED_EN, ["ANSO"])
    assert long[start:].startswith("the first alliance") and end is None


@pytest.mark.parametrize("question, lang, named", [
    ("What is ANSO?", "en", True),
    ("What is the B&R 🌏?", "en", True),
    ("What does ex situ conservation mean?", "en", True),  # asks a definition in so many words
    ("ANSO是什么？", "zh", True),
    ("联盟是一个什么样的组织？", "zh", True),
    ("What is the largest city in Poland?", "en", False),  # a fact about a city, not what a name means
    ("What is the population of Warsaw?", "en", False),
    ("联盟成立的目的是什么？", "zh", False),  # a fact of the alliance
])
def test_a_definition_question_names_a_term_or_asks_a_definition(question, lang, named):
    assert names_a_term(question, asked_term(question, lang), lang) is named


@pytest.mark.unit
@pytest.mark.parametrize("text, term, expected", [
    ("Members study critical minerals (metals such as lithium, cobalt and nickel whose supply is at risk 🔋) and more.",
     "critical minerals", "metals such as lithium, cobalt and nickel whose supply is at risk 🔋"),
    ("中心负责收集作物种质资源（包括可用于育种的品种及其野生近缘种的种子）。", "作物种质资源", "包括可用于育种的品种及其野生近缘种的种子"),
])
def test_a_bracket_that_explains_the_term_defines_it(text, term, expected):
    where = definiens(text, [term])
    assert defines(text, [term]) and where is not None and text[where[0]:where[1]] == expected


@pytest.mark.unit
@pytest.mark.parametrize("text, term", [
    ("The Alliance of International Science Organizations (ANSO) was set up in 2018.", "ANSO"),
    ("The Alliance of International Science Organizations (ANSO) was set up in 2018.",
     "Alliance of International Science Organizations"),
    ("联盟成立于2018年（北京）。", "联盟"),
])
def test_an_abbreviation_or_a_place_in_brackets_is_no_definition(text, term):
    assert not defines(text, [term])


@pytest.mark.unit
@pytest.mark.parametrize("question, qtype", [
    ("联盟农业绿色发展专项2027年度重点支持哪几个方向？🌾", "list"),  # which ones, not how many
    ("有哪几个国家参加了考察？", "list"),
    ("中心这次一共要招几个人？", "number"),
    ("培训班有几名 trainees？", "number"),
])
def test_which_of_them_asks_a_list_and_how_many_asks_a_number(question, qtype):
    from rag.questions import analyse

    assert analyse(question).qtype == qtype


@pytest.mark.unit
@pytest.mark.parametrize("question, text, expected", [
    ("What do the 3Rs in ANSO's animal welfare guidelines stand for? 🐭",
     "These guidelines set the standards that the Alliance of International Science Organizations (ANSO) expects.",
     None),  # the 3Rs are asked, not ANSO, which the question names in passing
    ("What does ANSO stand for?", "The Alliance of International Science Organizations (ANSO) was set up in 2018.",
     "Alliance of International Science Organizations"),
    ("What does the HSC in the 新闻 stand for?", "It settles in Huairou Science City (HSC).", "Huairou Science City"),
])
def test_an_acronym_question_spells_out_the_abbreviation_it_asks_about(question, text, expected):
    from rag.questions import analyse
    from rag.short_answer import extract

    span = extract(analyse(question), text, "en")
    assert (span.display if span is not None else None) == expected
