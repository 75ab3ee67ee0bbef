"""The short-answer extractor, the "does the evidence account for the question" check and small talk:
pure functions, tested without the embedding model, in both languages (plus emoji and mixed scripts)."""
import pytest

from rag.abstain import accounts_for
from rag.questions import analyse
from rag.short_answer import extract, spelled_out
from rag.smalltalk import smalltalk_answer, smalltalk_kind

pytestmark = pytest.mark.unit

CEREMONY = ("The ceremony of Secretariat of Alliance of International Science Organizations (ANSO) settles in "
            "Huairou Science City (HSC) was held in Beijing on Thursday, November 7th.")
SPEAKERS = ("Bai Chunli, President of the Chinese Academy of Sciences, and Liu Yinchun, Deputy Secretary-General "
            "of Beijing Municipal Government, attended the ceremony and delivered speeches.")
PRESIDED = ("Dai Binbin, Secretary of Huairou District Communist Party Committee, and Secretary of Communist Party "
            "Work Committee of Huairou Science City, presided over the ceremony.")
ZH_SPEAKERS = "中国科学院院长白春礼、北京市政府副秘书长刘印春等出席仪式并致辞,揭牌仪式由怀柔区委书记、怀柔科学城党工委书记戴彬彬主持。"
ZH_GUESTS = "来自亚洲、欧洲和国际组织的代表参加了揭牌仪式。"
FELLOWSHIP = "Each fellow receives a monthly stipend of CNY 9,000; applications close on Friday, 15 March 2024 🎓."
CONTACT = "Questions may be sent to the programme office at drfp@example.org or via https://example.org/drfp."


def short(question: str, text: str, lang: str) -> str | None:
    span = extract(analyse(question), text, lang)
    if span is None:
        return None
    assert 0 <= span.start < span.end <= len(text)
    return span.display


@pytest.mark.parametrize("question, text, lang, expected", [
    ("What does HSC stand for?", CEREMONY, "en", "Huairou Science City"),
    ("What does ANSO stand for?", CEREMONY, "en", "Alliance of International Science Organizations"),
    ("HSC是什么的缩写？", CEREMONY, "en", "Huairou Science City"),
    ("On which day of the week was the ceremony held?", CEREMONY, "en", "Thursday"),
    ("揭牌仪式是星期几举行的？", CEREMONY, "en", "星期四"),  # a fact only in English, answered in Chinese
    ("When was the ceremony held?", CEREMONY, "en", "Thursday, November 7th"),
    ("Where was the ceremony held?", CEREMONY, "en", "Beijing"),
    ("Who presided over the ceremony?", PRESIDED, "en", "Dai Binbin"),
    ("揭牌仪式由谁主持？", ZH_SPEAKERS, "zh", "戴彬彬"),
    ("中国科学院院长是谁？", ZH_SPEAKERS, "zh", "白春礼"),
    ("哪些代表参加了揭牌仪式？", ZH_GUESTS, "zh", "亚洲、欧洲和国际组织"),
    ("联盟是哪一天成立的？", "On 4 November 2018, ANSO was formally established in Beijing.", "en", "2018年11月4日"),
    ("In which year was the alliance set up?", "On 4 November 2018, ANSO was formally established in Beijing.", "en", "2018"),
    ("How much is the monthly stipend? 💰", FELLOWSHIP, "en", "CNY 9,000"),
    ("On which weekday do applications close?", FELLOWSHIP, "en", "Friday"),
    ("What is the e-mail address of the programme office?", CONTACT, "en", "drfp@example.org"),
    ("What is the web address of the programme?", CONTACT, "en", "https://example.org/drfp"),
    ("What position does Liu Yinchun hold?", SPEAKERS, "en", "Deputy Secretary-General of Beijing Municipal Government"),
])
def test_typed_short_answers_in_both_languages(question, text, lang, expected):
    assert short(question, text, lang) == expected


def test_no_span_of_the_asked_kind_means_no_short_answer():
    assert short("What is the e-mail address of the Secretariat?", CEREMONY, "en") is None
    assert short("What does XYZ stand for?", CEREMONY, "en") is None
    assert short("Why was the Secretariat moved to Huairou?", CEREMONY, "en") is None  # a sentence answers "why"


def test_generic_span_excludes_words_the_question_contains():
    span = short("What did the participants reach a consensus on?",
                 "The participants reached a consensus on the interaction between ANSO and HSC.", "en")
    assert span and "interaction" in span and "consensus" not in span


def idf_df(known: set[str]):
    """A fake corpus: terms in ``known`` occur in it (df 3), the others never."""
    return lambda term: (1.0, 3) if term in known else (3.0, 0)


def test_evidence_must_account_for_rare_terms_and_qualifiers():
    corpus = idf_df({"presid", "ceremoni", "presidenti", "chines", "academi", "scienc", "attend", "deputi"})
    assert accounts_for("Who presided over the ceremony?", "en", "who", PRESIDED, corpus)
    assert not accounts_for("Who presided over the 2020 ceremony?", "en", "who", PRESIDED, corpus)  # a year it does not state
    assert not accounts_for("Who was the Deputy President of the Chinese Academy of Sciences?", "en", "who", SPEAKERS, corpus)
    assert not accounts_for("How many staff work at the ceremony?", "en", "number", SPEAKERS, corpus)  # never named
    assert not accounts_for("What did Bai Chunli say in his speech?", "en", "say", SPEAKERS, corpus)  # no reported content


@pytest.mark.parametrize("evidence, reported", [
    ("刘鹤宣读贺信并作重要讲话。 “一带一路”国际科学组织联盟落户怀柔科学城", False),  # a quoted name in the title
    ("He spoke at the “Belt and Road” forum 🌏.", False),
    ("He delivered a speech: “Science knows no borders, and neither does ANSO.”", True),
    ("刘鹤指出，合作是重要内容。", True),
    ("Bai Chunli stressed the role of the alliance.", True),
])
def test_what_someone_said_needs_a_verb_of_saying_or_a_quotation(evidence, reported):
    from rag.abstain import SPEECH_CONTENT

    assert bool(SPEECH_CONTENT.search(evidence)) is reported


def test_chinese_near_misses_abstain():
    corpus = idf_df({"院长", "中国", "科学", "学院", "主持", "仪式", "局长"})
    assert accounts_for("中国科学院院长是谁？", "zh", "who", ZH_SPEAKERS, corpus)
    assert not accounts_for("北京市市长是谁？", "zh", "who", ZH_SPEAKERS, corpus)
    assert not accounts_for("北京市政府秘书长是谁？", "zh", "who", ZH_SPEAKERS, corpus)  # only the deputy (副秘书长) is named
    assert not accounts_for("下一届揭牌仪式由谁主持？", "zh", "who", ZH_SPEAKERS, corpus)


@pytest.mark.parametrize("message, kind, lang", [
    ("hello", "hello", "en"), ("Hello! 👋", "hello", "en"), ("你好", "hello", "zh"), ("您好！", "hello", "zh"),
    ("thanks", "thanks", "en"), ("谢谢！", "thanks", "zh"), ("What can you do?", "help", "en"), ("你能做什么？", "help", "zh"),
])
def test_small_talk_gets_a_friendly_reply_with_examples(message, kind, lang):
    assert smalltalk_kind(message) == kind
    answer = smalltalk_answer(message, kind)
    assert answer.kind == "smalltalk" and not answer.abstained and answer.language == lang
    assert answer.answer.count("“") >= 2 and not answer.citations


@pytest.mark.parametrize("message", ["hello, when was ANSO founded?", "你好，联盟是哪一天成立的？", "Who is the President?"])
def test_questions_are_not_small_talk(message):
    assert smalltalk_kind(message) is None


@pytest.mark.unit
def test_a_paraphrase_accounts_for_a_question_term_and_an_unrelated_word_does_not():
    corpus = lambda term: (5.0, 0)  # noqa: E731 — every term equally rare
    assert accounts_for("Who was the chair?", "en", "who", "The session was presided over by Li Ming.", corpus)
    assert not accounts_for("Who was the chair?", "en", "who", "The session was opened by Li Ming.", corpus)
    assert accounts_for("谁是主席？🙂", "zh", "who", "会议由李明主持。", corpus)
    assert not accounts_for("谁是主席？🙂", "zh", "who", "会议由李明开幕。", corpus)
    assert accounts_for("培训班的目的是什么？", "zh", "why", "培训班旨在提升学员的监测能力。", corpus)


@pytest.mark.unit
def test_the_asked_relation_is_the_question_verb_and_a_paraphrase_states_it():
    from rag.abstain import relation_terms, states_relation

    close = relation_terms("When does registration for the annual meeting close?", "en")
    assert close == [("close", False)]  # not "meeting"
    assert states_relation(close, "Registration closes on 20 October 2022.")
    assert not states_relation(close, "The annual meeting runs from 8 to 10 November 2022.")
    assert relation_terms("What topics does the programme support?", "en") == [("support", False)]
    chaired = relation_terms("Who chaired the forum? 🙂", "en")
    assert states_relation(chaired, "The forum was presided over by Li Ming.")
    presided = relation_terms("Who presided over the unveiling ceremony?", "en")
    assert not states_relation(presided, "Bai Chunli, President of the CAS, attended the ceremony 🎉.")  # a title
    assert states_relation(presided, "Dai Binbin, Secretary of the 怀柔 Committee, presided over the ceremony.")
    assert states_relation(presided, "Presided over by Dai Binbin, the ceremony began at 10:00.")  # sentence-initial
    hosted = relation_terms("是谁主持了开班仪式？", "zh")
    assert states_relation(hosted, "开班仪式由副所长张立新主持。") and not states_relation(hosted, "学员参加了培训。")


@pytest.mark.unit
def test_the_word_after_who_is_the_asked_relation_in_chinese_whatever_its_tag():
    from rag.abstain import relation_terms, states_relation

    reports = relation_terms("干旱区地下水研究中心的国际合作项目主管直接向谁汇报？📋", "zh")
    assert ("汇报", True) in reports  # jieba tags 汇报 nz, not v
    assert states_relation(reports, "直接向中心主任阿依古丽·买买提研究员汇报。")
    assert not states_relation(reports, "国际合作项目主管须具有博士学位，年龄不超过40周岁。")
    assert ("管理", True) in relation_terms("ANSO拨的经费由谁管理？", "zh")
    assert relation_terms("联盟的秘书长是谁？", "zh") == []  # 是 is no relation


@pytest.mark.unit
@pytest.mark.parametrize("question, sentence, lang, expected", [
    ("国际合作项目主管直接向谁汇报？", "国际合作项目主管须具有水文学或相关专业博士学位，年龄不超过40周岁。", "zh", None),
    ("谁宣读了贺信？🎉", "中国科学院副院长张亚平宣读了贺信。", "zh", "张亚平"),
    ("谁主持了会议？", "会议由主任李明主持。", "zh", "李明"),
])
def test_a_name_after_a_title_starts_a_word_not_ends_one_with_the_title(question, sentence, lang, expected):
    span = extract(analyse(question), sentence, lang)  # 博士学位 is a degree: 学位 is no doctor's name
    assert (span.display if span is not None else None) == expected


@pytest.mark.unit
def test_no_cut_chinese_phrase_as_a_short_answer():
    sentence = ("在一年的时间里,“一带一路”国际科学组织联盟实现了较大的发展,理念不断深入人心,组织不断发展壮大,"
                "国际化建设取得新进展🎉。")
    span = extract(analyse("在一年的时间里联盟取得了哪些发展？"), sentence, "zh")
    assert span is None or not (span.display.endswith(("较大", "了")) or sentence[sentence.index(span.display) + len(span.display)] == "的")


@pytest.mark.unit
def test_no_chinese_span_opening_on_a_preposition():
    sentence = ("2018年11月4日,联盟在北京正式成立,这是首个在“一带一路”倡议框架下由沿线国家和地区的国家科学院、"
                "国立科研机构、大学和国际组织共同发起成立的综合性国际科技组织✨。")
    span = extract(analyse("联盟是在什么倡议框架下成立的？"), sentence, "zh")
    assert span is None or not span.display.startswith(("下", "由"))


@pytest.mark.unit
@pytest.mark.parametrize("question", ["What is the PhD student stipend?", "博士生每月的津贴是多少钱？💰"])
def test_a_money_question_gets_the_amount_not_a_nearby_phrase(question):
    sentence = ("PhD students receive a monthly stipend of CNY 4,500 for up to 36 months and are enrolled in a "
                "doctoral programme at the University of Chinese Academy of Sciences (UCAS).")
    span = extract(analyse(question), sentence, "en")
    assert span is not None and "4,500" in span.display


@pytest.mark.unit
def test_a_cut_chinese_phrase_is_no_name():
    sentence = "中国国家主席习近平为联盟成立发来贺信,国务院副总理刘鹤专程出席联盟成立大会,宣读习近平主席贺信并作重要讲话🎉。"
    span = extract(analyse("谁为联盟成立发来贺信？"), sentence, "zh")
    assert span is None or not span.display.endswith(("并", "而"))


LETTER_ZH = "中国国家主席习近平为联盟成立发来贺信,国务院副总理刘鹤专程出席联盟成立大会,宣读习近平主席贺信并作重要讲话。"
LETTER_EN = ("Vice Premier of the State Council Liu He attended the inauguration ceremony of the alliance. He read "
             "the congratulatory letter of President Xi Jinping and delivered an important speech 📜.")


@pytest.mark.parametrize("question, text, lang, expected", [
    ("Who read Xi Jinping's congratulatory letter?", LETTER_EN, "en", "Liu He"),  # not the person the question names
    ("Who attended the inauguration ceremony?", LETTER_EN, "en", "Liu He"),  # the title and body before the name dropped
    ("谁宣读了习近平的贺信？", LETTER_ZH, "zh", "刘鹤"),
    ("谁出席了联盟成立大会？", LETTER_ZH, "zh", "刘鹤"),  # the name in the clause that says 出席…大会, not the nearest
    ("谁为联盟成立发来贺信？", LETTER_ZH, "zh", "习近平"),
])
def test_who_answers_with_a_person_the_question_does_not_already_name(question, text, lang, expected):
    assert short(question, text, lang) == expected


@pytest.mark.parametrize("question, text, lang, expected", [
    ("What topics did the guests discuss?",
     "Guests discussed “new opportunities for HSC”, “international cooperation 🌏”, and reached a consensus on ANSO.",
     "en", "“new opportunities for HSC”, “international cooperation 🌏”"),
    ("嘉宾们讨论了哪些议题？", "嘉宾们围绕“怀柔科学城创业新机遇”、“国际科技合作”等议题进行了探讨和展望。", "zh",
     "“怀柔科学城创业新机遇”、“国际科技合作”"),
])
def test_quoted_items_are_the_list(question, text, lang, expected):
    assert short(question, text, lang) == expected


@pytest.mark.parametrize("question, text, lang, expected", [
    ("哪些国家的学员参加了培训班？", "来自巴基斯坦、尼泊尔、老挝等6个国家的28名学员参加了培训班。", "zh", "巴基斯坦、尼泊尔、老挝"),
    ("Which countries did the trainees come from? 🌏", "Trainees came from Pakistan, Nepal and Laos.", "en",
     "Pakistan, Nepal and Laos"),
])
def test_a_list_of_places_answers_which_countries(question, text, lang, expected):
    assert short(question, text, lang) == expected


@pytest.mark.parametrize("question, text, lang", [
    ("哪些国家的学员参加了培训班？", "培训内容包括地震台网建设与运行、地震波形分析、地震预警系统原理与应用以及震害快速评估。", "zh"),
    ("Which countries did the course cover?", "The course covered seismic networks, waveform analysis and early warning.",
     "en"),
])
def test_a_list_of_topics_does_not_answer_which_countries(question, text, lang):
    assert short(question, text, lang) is None


@pytest.mark.parametrize("question, text, lang, expected", [
    ("谁出席了仪式？", ZH_SPEAKERS, "zh", "白春礼、刘印春"),
    ("Who attended the ceremony?", SPEAKERS, "en", "Bai Chunli and Liu Yinchun"),
    ("Who is the President of the Chinese Academy of Sciences?", SPEAKERS, "en", "Bai Chunli"),  # one role, one person
    ("揭牌仪式由谁主持？", ZH_SPEAKERS, "zh", "戴彬彬"),
])
def test_people_named_together_are_answered_together(question, text, lang, expected):
    assert short(question, text, lang) == expected


@pytest.mark.parametrize("question, follow_up", [
    ("And who attended it?", True), ("And who attended?", True), ("那谁出席了？", True), ("秘书长呢？", True),
    ("What about the date? 📅", True), ("When was ANSO established?", False), ("谁主持了揭牌仪式？", False),
    ("联盟秘书处设在哪里？", False), ("Who is Bai Chunli?", False),
])
def test_follow_ups_are_recognised_without_a_pronoun(question, follow_up):
    assert analyse(question, has_history=True).follow_up is follow_up
    assert analyse(question, has_history=False).follow_up is False


@pytest.mark.unit
@pytest.mark.parametrize("text, expected", [
    ("该中心于2019年5月12日揭牌。🎉", "12 May 2019"),
    ("ANSO 中心于2019年5月启用", "May 2019"),
    ("该中心于2019年13月揭牌。", "2019年13月"),  # not a month: shown as written, no crash
])
def test_a_chinese_date_in_may_is_rendered_for_an_english_question(text, expected):
    span = extract(analyse("When was the centre opened?"), text, "zh")
    assert span is not None and span.display == expected


@pytest.mark.unit
@pytest.mark.parametrize("question, evidence, lang, expected", [
    ("What is another name for the Yosemite Freeway? 🚗", "State Route 41 (Yosemite Freeway/Eisenhower Freeway) comes into "
     "Fresno.", "en", True),
    ("What is another nickname for the Yosemite Freeway?", "State Route 41 (Yosemite Freeway/Eisenhower Freeway) comes "
     "into Fresno.", "en", False),  # the asked head (nickname) is still required
    ("约塞米蒂高速公路的另一个名称是什么？", "41号州道（约塞米蒂高速公路/艾森豪威尔高速公路）进入弗雷斯诺。", "zh", True),
])
def test_another_frames_a_question_and_needs_no_match(question, evidence, lang, expected):
    assert accounts_for(question, lang, None, evidence, lambda _t: (3.0, 1)) is expected


@pytest.mark.parametrize("question, sentence, lang, expected", [
    ("What does pXRF stand for?", "Coffins were studied with portable X-ray fluorescence (pXRF) and 🔬 imaging.", "en",
     "portable X-ray fluorescence"),
    ("What does WGS stand for?", "Trainees learned whole-genome sequencing (WGS) in Beijing.", "en",
     "whole-genome sequencing"),
    ("ANSO的中文全称是什么？", "为提升能力，“一带一路”国际科学组织联盟（ANSO，以下简称“联盟”）与某所举办培训班。", "zh",
     "“一带一路”国际科学组织联盟"),
])
def test_an_acronym_spelled_out_in_lower_case_or_before_a_bracketed_note(question, sentence, lang, expected):
    info = analyse(question)
    assert info.evidence is not None and info.evidence.search(sentence)  # the cue sees the bracketed acronym
    span = extract(info, sentence, lang)
    assert span is not None and span.display == expected


def test_lower_case_words_that_do_not_spell_the_acronym_are_no_expansion():
    span = extract(analyse("What does WGS stand for?"), "Trainees worked in the lab of sequencing (WGS) 🧬.", "en")
    assert span is None


@pytest.mark.parametrize("asked, sentence, lang, expected", [
    (["HSC"], "The Secretariat settles in Huairou Science City (HSC) 🏙️.", "en", "Huairou Science City"),
    (["HSC"], "揭牌仪式在怀柔科学城（HSC）举行，来自亚洲的代表参加。", "zh", "怀柔科学城"),
    (["OMZ"], "Cruises sampled the OMZ, the Oxygen Minimum Zone of the Arabian Sea.", "en", "Oxygen Minimum Zone"),
])
def test_spelled_out_finds_the_long_form_of_an_asked_abbreviation(asked, sentence, lang, expected):
    span = spelled_out(asked, sentence, lang)
    assert span is not None and span.display == expected and sentence[span.start:span.end] == expected


@pytest.mark.parametrize("asked, sentence", [
    (["B&R"], "Cooperation is an important part of the joint construction of the B&R 🤝."),
    (["HSC"], "The ceremony of ANSO (Alliance of International Science Organizations) was held in 怀柔."),
])
def test_spelled_out_is_none_where_the_abbreviation_is_only_used(asked, sentence):
    assert spelled_out(asked, sentence, "en") is None


@pytest.mark.parametrize("question", ["2026年量子信息科学暑期学校在哪里举办？", "Where was the summer school held? 🎓"])
def test_a_day_or_month_after_from_or_to_is_no_place(question):
    sentence = ("The third Summer School on Quantum Information Science was held at the USTC campus in Hefei, China, "
                "from Monday, 13 July to Friday, 24 July 2026.")
    span = extract(analyse(question), sentence, "en")
    assert span is not None and span.display not in ("Monday", "Friday", "July") and span.display in ("USTC", "Hefei")
