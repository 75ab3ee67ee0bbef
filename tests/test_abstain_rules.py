"""The abstention rules of ``rag.abstain`` (and the coverage weights of the extractive answerer): near-misses
abstain, answerable paraphrases do not. Pure functions over a small fake corpus, both languages, emoji."""
import pytest

from rag.abstain import accounts_for, zh_term_df
from rag.extractive import Extractive
from rag.text import CJK_RE, coverage_terms

pytestmark = pytest.mark.unit

STIPENDS = ("PhD students receive a monthly stipend of CNY 4,500 for up to 36 months. "
            "Visiting scholars receive CNY 9,000 🎓.")
YOUNG = "The programme supports young researchers from partner countries."
NETWORKS = "除农业与粮食安全网络外，联盟还支持水与气候网络和防灾减灾网络。农业与粮食安全网络于2019年9月在内罗毕启动。"
SEISMIC = "云南省地震局副局长王海峰出席开班仪式并致辞。本次培训班为期两周。"
CEREMONY_ZH = "联盟秘书处落户怀柔科学城的揭牌仪式于2019年11月7日举行，由戴彬彬主持。"


def corpus_idf(*documents: str):
    """``idf_df`` over a fake corpus: a term's document frequency among ``documents`` (Chinese: its rarest
    character bigram, as the answerer counts it)."""
    doc_freq: dict[str, int] = {}
    for document in documents:
        for term in coverage_terms(document):
            doc_freq[term] = doc_freq.get(term, 0) + 1

    def idf_df(term: str) -> tuple[float, int]:
        df = zh_term_df(term, doc_freq) if CJK_RE.search(term) else doc_freq.get(term, 0)
        return (2.0 if df else 4.0), df

    return idf_df


def test_a_kind_the_corpus_never_names_before_a_matched_noun_abstains():
    corpus = corpus_idf(STIPENDS, YOUNG)
    assert accounts_for("What is the monthly stipend for PhD students?", "en", "number", STIPENDS, corpus)
    assert not accounts_for("What is the monthly stipend for master's students?", "en", "number", STIPENDS, corpus)
    assert not accounts_for("What is the stipend for postdoctoral researchers? 🎓", "en", "number",
                            f"{STIPENDS} {YOUNG}", corpus)


def test_a_sibling_the_corpus_never_names_abstains_in_chinese():
    corpus = corpus_idf(NETWORKS, SEISMIC)
    assert accounts_for("农业与粮食安全网络是什么时候启动的？", "zh", "date", NETWORKS, corpus)
    assert not accounts_for("联盟的能源与环境网络是什么时候启动的？", "zh", "date", NETWORKS, corpus)


def test_a_verb_form_or_a_noun_inside_a_longer_phrase_is_not_taken_for_a_missing_kind():
    speech = "Li Ming spoke at the ceremony."
    corpus = corpus_idf(speech, STIPENDS)
    assert accounts_for("Who spoke at the unveiling ceremony?", "en", "who", speech, corpus)  # a paraphrase
    corpus_zh = corpus_idf("联盟落户怀柔科学城的揭牌仪式由戴彬彬主持。", NETWORKS)
    assert accounts_for("是谁主持了联盟秘书处落户怀柔的仪式？", "zh", "who",
                        "联盟落户怀柔科学城的揭牌仪式由戴彬彬主持。", corpus_zh)


def test_an_asked_title_named_only_as_deputy_abstains():
    corpus = corpus_idf(SEISMIC, NETWORKS)
    assert not accounts_for("云南省地震局局长是谁？", "zh", "who", SEISMIC, corpus)
    assert accounts_for("云南省地震局副局长是谁？", "zh", "who", SEISMIC, corpus)


@pytest.mark.parametrize("question, lang, evidence, answers", [
    ("揭牌仪式持续了多长时间？", "zh", CEREMONY_ZH, False),  # a date is not a duration
    ("培训班为期多久？", "zh", SEISMIC, True),
    ("How long does the training course last? ⏱", "en", "The course opens on 1 June 2021 in Kunming.", False),
    ("How long does the training course last? ⏱", "en", "The course lasts two weeks in Kunming.", True),
    ("How long do PhD students receive the stipend?", "en", STIPENDS, True),
])
def test_a_how_long_question_needs_a_stated_duration(question, lang, evidence, answers):
    corpus = corpus_idf(evidence, NETWORKS, YOUNG)
    assert accounts_for(question, lang, "number", evidence, corpus) is answers


@pytest.mark.parametrize("question, lang, evidence, answers", [
    ("培训班的报名截止日期是哪天？", "zh", "培训班将于2021年6月14日结业。🎓", False),  # the closing day is no deadline
    ("培训班的报名截止日期是哪天？", "zh", "报名截止日期为2021年5月20日。", True),
    ("培训班最晚哪天报名？", "zh", "培训班学员请于2021年5月20日（星期四）前报名。", True),
    ("What is the application deadline for the training course? 📅", "en",
     "The training course runs from 1 June to 14 June 2021.", False),
    ("What is the application deadline for the training course? 📅", "en",
     "Applications for the training course must reach us by 20 May 2021.", True),
    ("培训班的application deadline是哪天？", "zh",
     "The training course (培训班) closes for applications on 20 May.", True),
])
def test_a_deadline_question_needs_a_stated_deadline(question, lang, evidence, answers):
    corpus = corpus_idf(evidence, NETWORKS, YOUNG)
    assert accounts_for(question, lang, "date", evidence, corpus) is answers


def test_words_that_frame_a_question_do_not_weigh_in_sentence_coverage():
    answerer = Extractive(0.5, 300, idf=lambda term: 1.0)
    weights = answerer._weights("On which day of the week do DRFP applications close? 📅", "")
    assert {"drfp", "applic", "close"} <= set(weights) and not {"day", "week"} & set(weights)
    assert "星期" not in answerer._weights("申请截止那天是星期几？", "")
    assert "publish" in answerer._weights("When was the report published?", "")  # metadata words still count


def test_the_thing_asked_about_is_a_noun_not_a_number_or_a_measure_word():
    from rag.abstain import asked_heads

    assert asked_heads("纽卡斯尔有多少所大学？") == {"大学"}
    assert asked_heads("有几名学生参加了培训？🎓") == {"学生"}
    assert "two" not in asked_heads("What are two examples of cytotoxic drugs?")


def test_a_title_named_only_as_another_post_does_not_answer_in_english_either():
    evidence = "Deputy Secretary-General Li Wei opened the meeting 🎤."
    corpus = corpus_idf(evidence, "The Secretary-General of ANSO is elected.")
    assert not accounts_for("Who is the Secretary-General of ANSO?", "en", "who", evidence, corpus)
    assert accounts_for("Who is the Deputy Secretary-General of ANSO?", "en", "who", evidence, corpus)


@pytest.mark.parametrize("question, sentence, mismatch", [
    ("云南省地震局局长是谁？", "云南省地震局副局长王海峰出席开班仪式并致辞。", True),
    ("是谁主持了联盟秘书处落户怀柔的活动？🎉", "北京市政府副秘书长刘印春出席仪式,揭牌仪式由戴彬彬主持。", False),  # 秘书处 is no post
    ("Who is the Secretary-General of ANSO?", "Deputy Secretary-General Li Wei opened the meeting.", True),
    ("Who is the Deputy Secretary-General of ANSO?", "Deputy Secretary-General Li Wei opened the meeting.", False),
])
def test_a_qualified_post_is_another_post_only_when_the_question_names_that_post(question, sentence, mismatch):
    assert Extractive._qualifier_mismatch(question, sentence) is mismatch


def test_a_possessive_in_the_evidence_states_the_question_noun():
    evidence = "Master's students receive a monthly stipend of CNY 3,000 🎓; PhD students receive CNY 4,000."
    corpus = corpus_idf(evidence, YOUNG)
    assert accounts_for("What is the monthly stipend for master's students?", "en", "number", evidence, corpus)
    assert accounts_for("How much do masters’ students get per month (硕士)?", "en", "number", evidence, corpus)
    assert not accounts_for("What is the monthly stipend for postdoctoral researchers?", "en", "number",
                            evidence, corpus)


def test_chinese_asked_heads_follow_word_boundaries():
    from rag.abstain import asked_heads

    assert asked_heads("陈教授的量子物理在线课程有多少人学过？📚") == set()  # 人学 is no word: 多少人 has no other head
    assert asked_heads("培训班国外学员的资助总额最多是多少？") == set()  # an adverb is not what is asked about
    assert asked_heads("访问学者计划的联系人是谁？") == {"联系人"}  # not 系人
    assert asked_heads("冷冻电镜培训班的联系电话是多少？") == {"电话"}  # a long compound's head word
    assert asked_heads("每个单位最多可以提名几位科学传播奖候选人？") == {"候选人"}  # the last noun of the phrase
    assert asked_heads("ANSO秘书处的处长是谁？") == {"处长"}
    assert asked_heads("网络研究项目的总预算是多少？") == {"预算"}  # two characters that are a word themselves
    assert asked_heads("How many staff does the ANSO 秘书处 have?") == {"staff"}


def test_an_acronym_between_a_qualifier_and_its_noun():
    from rag.abstain import _qualifiers_match
    from rag.text import normalize

    stated = normalize("The fourth Steering Committee meeting will be held in Kuala Lumpur 🇲🇾.")
    assert _qualifiers_match("Where will the fourth ACET Steering Committee meeting be held?", stated)
    assert not _qualifiers_match("Where will the fifth ACET Steering Committee meeting be held?", stated)
    assert not _qualifiers_match("Who is the Deputy ACET Director?", normalize("ACET Director: Dr Raman 院长"))
    assert _qualifiers_match("Who is the Deputy ACET Director?", normalize("Deputy Director: Dr Raman 副主任"))


class _Dictionary:
    """A tiny deterministic lexicon: Chinese words ↔ stemmed English terms."""

    PAIRS = {"需要": ("need",), "缴纳": ("pay",), "注册费": ("registr fee",), "考察": ("inspect",),
             "科学家": ("scientist",), "首席": ("chief",)}

    def alternatives(self, term: str):
        if term in self.PAIRS:
            return self.PAIRS[term]
        return tuple(zh for zh, ens in self.PAIRS.items() if term in ens)

    def morphemes(self, term: str):
        return ()


def test_a_verb_neither_language_names_is_worded_freely_but_a_thing_is_not():
    evidence = "Other participants pay a registration fee of USD 150 💳. Professor Li was chief scientist."
    corpus = corpus_idf(evidence, YOUNG)
    lexicon = _Dictionary()
    # 需要 (need) is nowhere in the corpus in either language, but it is a verb: the fee question is answered
    assert accounts_for("参会者需要缴纳多少注册费？", "zh", "number", evidence, corpus, translations=lexicon,
                        only_translated=True)
    # 考察 before 的 names the expedition: a thing neither language of the corpus names, so the question is not answered
    assert not accounts_for("水资源考察的首席科学家是谁？", "zh", "who", evidence, corpus, translations=lexicon,
                            only_translated=True)


def test_the_category_a_list_question_asks_for():
    from rag.abstain import asked_categories

    assert asked_categories("联盟人工智能访问学者计划支持哪些研究方向？🤖") == {"方向"}
    assert asked_categories("观测站分布在哪些国家？") == {"国家"}
    assert asked_categories("Which countries host the AOTN stations?") == {"countri"}
    assert asked_categories("什么时候开始？") == set()


def test_the_chinese_word_for_a_contact_detail_is_answered_by_the_address_itself():
    evidence = "申请人须登录联盟访问学者申报系统 https://visiting.anso-example.org 在线提交材料 📝。"
    corpus = corpus_idf(evidence, NETWORKS)
    assert accounts_for("访问学者计划的online申报系统网址是多少？", "zh", "url", evidence, corpus)
    assert accounts_for("访问学者计划的申报系统网站是什么？", "zh", "url", evidence, corpus)
    phone = "联盟访问学者计划联系人：王老师，电话：010-8254-4321"
    assert accounts_for("访问学者计划的联系电话是多少？☎️", "zh", "phone", phone, corpus_idf(phone, NETWORKS))
    assert not accounts_for("奖学金计划的申报系统网址是多少？", "zh", "url", evidence, corpus)  # another scheme


def test_a_purpose_clause_states_the_aim_and_a_time_limit_the_deadline():
    notice = "为提升青年科研人员的研究能力，联盟定于2026年9月举办冷冻电镜培训班 🔬。"
    corpus = corpus_idf(notice, NETWORKS)
    assert accounts_for("联盟举办冷冻电镜培训班的目的是什么？", "zh", "why", notice, corpus)
    assert not accounts_for("联盟举办冷冻电镜培训班的目的是什么？", "zh", "why", "本次冷冻电镜培训班为期两周。", corpus)
    call = "Applications for the summer school must be submitted online before 23:59 on Friday, 5 June 2026."
    corpus = corpus_idf(call, YOUNG)
    assert accounts_for("What is the application deadline for the summer school?", "en", "date", call, corpus)
    assert not accounts_for("What is the application deadline for the summer school?", "en", "date",
                            "The summer school was held in June 2026 with 40 participants.", corpus)


FELLOWSHIP_LEAD = "Drylands Research Fellowship Programme for Sahel Scientists 2025 🌵: call for applications"
FELLOWSHIP_FEE = "Each fellow receives a monthly allowance of USD 1,500."
FELLOWSHIP_LEAD_ZH = "关于组织申报萨赫勒旱区生态与水资源国际研究奖学金项目的通知"
FELLOWSHIP_FEE_ZH = "每位学员每月发放补贴1500美元。"


def test_the_documents_subject_completes_a_paragraph_that_does_not_repeat_the_programme_name():
    corpus = corpus_idf(FELLOWSHIP_LEAD, FELLOWSHIP_FEE, YOUNG, STIPENDS)
    question = ("What monthly allowance does a fellow of the Drylands Research Fellowship Programme for Sahel "
                "Scientists receive?")
    assert not accounts_for(question, "en", "number", FELLOWSHIP_FEE, corpus)
    assert accounts_for(question, "en", "number", FELLOWSHIP_FEE, corpus, subject=FELLOWSHIP_LEAD)
    zh = corpus_idf(FELLOWSHIP_LEAD_ZH, FELLOWSHIP_FEE_ZH, NETWORKS, SEISMIC)
    question_zh = "萨赫勒旱区生态与水资源国际研究奖学金项目的学员每月生活补贴是多少？🌵"
    assert not accounts_for(question_zh, "zh", "number", FELLOWSHIP_FEE_ZH, zh)
    assert accounts_for(question_zh, "zh", "number", FELLOWSHIP_FEE_ZH, zh, subject=FELLOWSHIP_LEAD_ZH)


def test_the_documents_subject_never_completes_a_partial_account():
    corpus = corpus_idf(FELLOWSHIP_LEAD, FELLOWSHIP_FEE, YOUNG, STIPENDS)
    # the paragraph does not state the book grant: the programme's name in the title does not make it answer
    assert not accounts_for("What book grant does a Drylands Research Fellowship fellow receive?", "en", "number",
                            FELLOWSHIP_FEE, corpus, subject=FELLOWSHIP_LEAD)
    zh = corpus_idf(FELLOWSHIP_LEAD_ZH, FELLOWSHIP_FEE_ZH, NETWORKS, SEISMIC)
    housing = "萨赫勒旱区生态与水资源国际研究奖学金项目的学员每月住房补贴是多少？"
    assert not accounts_for(housing, "zh", "number", FELLOWSHIP_FEE_ZH, zh, subject=FELLOWSHIP_LEAD_ZH)
    # a year is a qualifier: another year than the title's is no answer; the title's own year is, for a paragraph
    # stating no year of its own (the 2026 call's allowance is the 2026 fellows')
    assert not accounts_for("What monthly allowance does a 2026 Drylands Research Fellowship fellow receive?", "en",
                            "number", FELLOWSHIP_FEE, corpus, subject=FELLOWSHIP_LEAD)
    assert accounts_for("What monthly allowance does a 2026 Drylands Research Fellowship fellow receive?", "en",
                        "number", FELLOWSHIP_FEE, corpus, subject=FELLOWSHIP_LEAD.replace("2025", "2026"))
    assert not accounts_for("What monthly allowance does a 2026 Drylands Research Fellowship fellow receive?", "en",
                            "number", f"In 2025, {FELLOWSHIP_FEE}", corpus, subject=FELLOWSHIP_LEAD.replace("2025", "2026"))


MINUTES_TITLE = "Record of Decisions of the Fifth Meeting of the Steering Committee"
CHAIRED = "The meeting was chaired by Professor Batbold Enkhtuvshin (MAS), Chair of the Steering Committee 🪨."
NEXT_MEETING = "The sixth meeting of the Steering Committee will be held in Lima, Peru, chaired by Dr. Ana Quispe."
ZH_MINUTES = "联盟科研诚信工作组第三次会议纪要"
ZH_CHAIRED = "会议由工作组组长李明主持，12名成员出席。"


@pytest.mark.parametrize("question, lang, evidence, subject, expected", [
    ("Who chaired the fifth meeting of the Steering Committee?", "en", CHAIRED, MINUTES_TITLE, True),
    ("Who chaired the sixth meeting of the Steering Committee?", "en", CHAIRED, MINUTES_TITLE, False),  # not this one
    ("Who chaired the fifth meeting of the Steering Committee?", "en", NEXT_MEETING, MINUTES_TITLE, False),  # another
    ("Who chaired the fifth meeting of the Steering Committee?", "en", CHAIRED, "Steering Committee minutes", False),
    ("Who is the deputy chair of the Steering Committee?", "en", CHAIRED, f"Deputy Chair {MINUTES_TITLE}", False),
    ("工作组第三次会议由谁主持？", "zh", ZH_CHAIRED, ZH_MINUTES, True),
    ("工作组第四次会议由谁主持？", "zh", ZH_CHAIRED, ZH_MINUTES, False),
])
def test_an_edition_may_be_the_one_the_document_is_about(question, lang, evidence, subject, expected):
    """"The fifth meeting" asked of a record titled "… of the Fifth Meeting": its sentence "The meeting was chaired
    by …" speaks of that meeting. Another edition, one the evidence names, or a post's rank still need the evidence."""
    corpus = corpus_idf(CHAIRED, NEXT_MEETING, MINUTES_TITLE, ZH_CHAIRED, ZH_MINUTES)
    assert accounts_for(question, lang, "who", evidence, corpus, subject=subject) is expected


@pytest.mark.parametrize("question, lang, evidence, expected", [
    ("How soon must a team leader tell the Safety Office about an accident?", "en",
     "The team leader must tell the Safety Office about any accident within 24 hours 🚑.", True),
    ("How soon must a team leader tell the Safety Office about an accident?", "en",
     "Accidents are reported to the Safety Office of the team leader's institute.", False),
    ("事故发生后领队要多快向安全办公室报告？", "zh", "发生事故后，领队须在24小时内向安全办公室报告。", True),
])
def test_how_soon_needs_a_time_limit(question, lang, evidence, expected):
    corpus = corpus_idf(evidence, STIPENDS)
    assert accounts_for(question, lang, None, evidence, corpus) is expected


COURSE_TITLE = "2026年联盟冷冻电镜培训班通知"
COURSE_DIRECTOR = "培训班主任由生物物理所副所长周立新研究员担任 🔬。"
OTHER_DIRECTOR = "Professor Wang opened the symposium together with Dr. Saule Abenova, Director of the Institute."


@pytest.mark.parametrize("question, lang, evidence, subject, expected", [
    ("2026年培训班主任是谁？", "zh", COURSE_DIRECTOR, COURSE_TITLE, True),  # the notice's year, its paragraph states none
    ("2025年培训班主任是谁？", "zh", COURSE_DIRECTOR, COURSE_TITLE, False),  # another year
    ("2026年培训班主任是谁？", "zh", f"2027年{COURSE_DIRECTOR}", COURSE_TITLE, False),  # the paragraph's own year
    ("Who is the director of the 2026 ANSO cryo-EM training course?", "en", OTHER_DIRECTOR,
     "ANSO Space Weather Symposium 2026", False),  # another 2026 document: the rest of the question must be stated
])
def test_a_year_may_be_the_one_the_document_is_about(question, lang, evidence, subject, expected):
    corpus = corpus_idf(COURSE_DIRECTOR, OTHER_DIRECTOR, COURSE_TITLE, STIPENDS)
    assert accounts_for(question, lang, "who", evidence, corpus, subject=subject) is expected


def test_a_chinese_sentence_naming_a_person_without_a_title_may_answer_a_who_question():
    """"孙悦，工作组秘书，…" names its person by a bare name: jieba's person tag is the who-cue there. A role noun jieba
    mistakes for a name (申请人) names no one; an English question keeps its own cue (a sentence in Chinese is judged
    by the regex cue when the asker is English, as before)."""
    from rag.extractive import _bare_zh_name
    from rag.questions import analyse
    from rag.short_answer import names_zh_person

    assert names_zh_person("孙悦，工作组秘书，联盟秘书处科技合作处项目官员。🧑‍💼")
    assert names_zh_person("联盟秘书处项目处：刘畅")
    assert not names_zh_person("申请人须通过联盟项目管理平台在线提交申请。")
    assert not names_zh_person("网络秘书处设在北京的中国科学院大气物理研究所。")
    assert not names_zh_person("The secretary is Sun Yue.")
    who_zh, who_en = analyse("科研诚信与伦理工作组的秘书由谁担任？"), analyse("Who is the secretary of the working group?")
    assert _bare_zh_name(who_zh, "zh", "孙悦，工作组秘书。")
    assert not _bare_zh_name(who_en, "zh", "孙悦，工作组秘书。")
    assert not _bare_zh_name(analyse("工作组的秘书有几名？"), "zh", "孙悦，工作组秘书。")  # not a who-question


def test_a_time_limit_states_a_deadline_in_chinese_as_by_does_in_english():
    """"…6月30日（星期二）24:00（北京时间）前登录网站…" says when applications close, as "before 23:59 on …" does;
    "日前" (recently) and "2025年前后" (around 2025) say no such thing."""
    from rag.abstain import _stated_by_construction

    assert _stated_by_construction("deadlin", "申请人请于2026年6月30日（星期二）24:00（北京时间）前登录网站填写报名表。📝")
    assert _stated_by_construction("截止", "请于2026年3月1日前提交材料。")
    assert _stated_by_construction("deadlin", "Applications must be submitted no later than 15 March 2024.")
    assert not _stated_by_construction("deadlin", "日前，联盟在北京举行会议。")
    assert not _stated_by_construction("deadlin", "2025年前后，网络扩大了规模。")
    assert not _stated_by_construction("deadlin", "The course ran for 12 days in March.")


ICE = "The radar profiles on the Fedchenko Glacier 🧊 found a maximum ice thickness of 902 metres."
LAB_EN = "Laboratory sessions were run in groups of six, because the laboratories have only ten optical tables."
LAB_ZH = "实验课分组进行，每组六人，因为实验室只有十张光学平台。"


def test_a_graded_adjective_or_the_degree_after_how_names_no_kind_the_corpus_lacks():
    """"How deep was the *thickest* ice": the superlative comes from "thick", which "thickness" states; "How *far*
    ahead" asks a degree. Neither is a kind of thing the documents never name (as "postdoctoral researchers" is)."""
    corpus = corpus_idf(ICE, STIPENDS, YOUNG)
    assert accounts_for("How deep was the thickest ice on the Fedchenko Glacier?", "en", None, ICE, corpus)
    assert accounts_for("How far ahead must group visits be booked? 📅", "en", None,
                        "Group visits must be booked at least three weeks ahead.", corpus)
    assert not accounts_for("What is the monthly stipend for postdoctoral researchers?", "en", "number",
                            STIPENDS, corpus)


def test_a_lab_is_a_laboratory_in_both_languages():
    corpus = corpus_idf(LAB_EN, LAB_ZH, STIPENDS)
    assert accounts_for("Why were the lab sessions run in groups of six? 🔬", "en", "why", LAB_EN, corpus)
    assert accounts_for("为什么lab课程每组六人？", "zh", "why", LAB_ZH, corpus)
    assert not accounts_for("Why did the field sessions have groups of six?", "en", "why", LAB_EN, corpus)


CRUISE_EN = "The research vessel Nanhai Explorer 🚢 left the port of Sanya on Friday, 6 November 2026."
CRUISE_ZH = "科考船“南海探索号”于2026年11月6日（星期五）离开三亚港。"


def test_an_irregular_verb_is_stated_by_its_other_forms():
    """Snowball leaves "left" apart from "leave": the question's verb is still stated. A Chinese verb has one form."""
    corpus = corpus_idf(CRUISE_EN, CRUISE_ZH, STIPENDS)
    assert accounts_for("When did the Nanhai Explorer leave Sanya?", "en", "date", CRUISE_EN, corpus)
    assert accounts_for("南海探索号哪天离开三亚？", "zh", "date", CRUISE_ZH, corpus)
    assert not accounts_for("When did the Nanhai Explorer reach Sanya?", "en", "date", CRUISE_EN, corpus)

