"""The support check's parts: facts, prompt echo, sentences with their markers, and the verdict (no embedder)."""
import pytest

from rag import pinyin_names, verify

pytestmark = pytest.mark.unit

EN = "On 4 November 2018, ANSO was formally established in Beijing. Liu He read the letter 🎉."
ZH = "2018年11月4日,“一带一路”国际科学组织联盟在北京正式成立。联盟在成立一周年之际落户怀柔科学城。"


def evidence(text: str, parallel: str | None = None) -> list[verify.Evidence]:
    return [verify.Evidence(text=text, parallel=[parallel] if parallel else [])]


@pytest.mark.parametrize("text, expected", [
    ("4 November 2018", {"4", "11", "2018"}), ("2018年11月4日", {"2018", "11", "4"}),
    ("Its budget is 2.5 million dollars.", {"2500000"}), ("预算为250万美元", {"2500000"}),
    ("在成立一周年之际", {"1"}), ("一带一路", set()), ("the 3rd meeting, three days", {"3"}),
    ("ANSO may grow 🚀", set()), ("held on 5 May", {"5"}), ("第十二届", {"12"}), ("1,000 people", {"1000"}),
])
def test_numbers_are_normalised_across_languages(text, expected):
    assert verify.numbers(text) == expected


@pytest.mark.parametrize("sentence, reason", [
    ("ANSO was formally established in Beijing on 4 November 2018. [1]", None),
    ("ANSO was established on 4 November 2019. [1]", "fact: 2019"),
    ("联盟于2019年11月4日成立。[1]", "fact: 2019"),
    ("ANSO was formally established in Geneva. [1]", "fact: Geneva"),
    ("Write to info@anso.org for details. [1]", "fact: info@anso.org"),
    ("ANSO was not formally established in Beijing. [1]", "negation"),
])
def test_facts_absent_from_the_cited_source_are_caught(sentence, reason):
    assert verify.missing_fact(sentence, evidence(EN, ZH)) == reason


@pytest.mark.parametrize("sentence, reason", [
    ("Liu He read the letter. [1]", None),
    ("Wang He read the letter. [1]", "fact: Wang He"),  # "He" is a common word, but here it is part of a name
    ("Wang Gang read the letter. [1]", None),
    ("In May, Liu He read the letter 🎉. [1]", None),
    ("He read the letter. [1]", None),  # the pronoun at the start is not a name
])
def test_a_name_part_that_is_a_common_word_is_checked_with_its_neighbour(sentence, reason):
    source = EN + " Wang Gang said he would attend."
    assert verify.missing_fact(sentence, evidence(source, ZH)) == reason


def test_translation_is_checked_against_the_sources_other_language_version():
    zh_sentence = "联盟于2018年11月4日在北京正式成立。[1]"
    assert verify.check(zh_sentence, evidence(EN, ZH), None) is None
    assert verify.check("联盟于2018年11月4日在北京正式成立，并设立了专项基金。[1]", evidence(EN, ZH), None) is not None


def test_added_claim_in_its_own_clause_is_unsupported():
    assert verify.check("ANSO was formally established in Beijing, and it runs a moon base. [1]", evidence(EN), None)
    assert verify.check("ANSO was formally established in Beijing. [1]", evidence(EN), None) is None


def test_uncited_sentence_is_unsupported():
    assert verify.check("ANSO was formally established in Beijing.", [], None) == "uncited"


def test_prompt_echo_is_stripped_in_both_languages():
    echoed = ("<<SYS>>\n[1] (Secretariat of ANSO; English) On 4 November 2018 ANSO was established. [1]\n"
              "[2]（联盟落户怀柔；中文）联盟成立。[2]\nQuestion: When?\nAnswer (in English, with [n] citations): x")
    text, removed = verify.strip_echo(echoed)
    assert removed >= 4 and "<<SYS>>" not in text and "English)" not in text and "中文）" not in text
    cut, _ = verify.strip_echo("“一带一路”国际科学组织联盟落户怀柔科学城\n\n[3]（“一带一路”国际科学组织联盟落户怀")
    assert "[3]" not in cut and verify.cited_sentences(cut) == ["“一带一路”国际科学组织联盟落户怀柔科学城"]
    assert "Question:" not in text and "Answer (in English" not in text
    assert verify.is_prompt_echo("Every sentence must end with the number of the source that supports it.")
    assert verify.is_prompt_echo("每句话末尾都要标注支持它的资料编号。")
    assert not verify.is_prompt_echo("ANSO was formally established in Beijing on 4 November 2018.")


def test_a_line_break_ends_a_sentence_and_a_marker_on_the_next_line_stays_with_it():
    assert verify.cited_sentences("ANSO 联盟\n2018年成立\n[1]\nIt is in Beijing. [2]") == [
        "ANSO 联盟", "2018年成立[1]", "It is in Beijing. [2]"]


def test_markers_after_the_full_stop_stay_with_their_sentence():
    answer = "ANSO was founded in 2018. [1] It is in Beijing 🏙️. [2] 联盟成立。[1]其秘书处在怀柔。【2】"
    assert verify.cited_sentences(answer) == [
        "ANSO was founded in 2018. [1]", "It is in Beijing 🏙️. [2]", "联盟成立。[1]", "其秘书处在怀柔。【2】"]


@pytest.mark.parametrize("sentence, source, reason", [
    ("Up to 25 fellowships will be awarded. [1]", "Up to 25 fellowships will be awarded in 2024.", None),
    ("At least 25 fellowships will be awarded. [1]", "Up to 25 fellowships will be awarded in 2024.",
     "quantifier: at_least"),
    ("2024年将授予至少25个奖学金名额。[1]", "Up to 25 fellowships will be awarded in 2024.", "quantifier: at_least"),
    ("2024年最多授予25个奖学金名额。[1]", "Up to 25 fellowships will be awarded in 2024.", None),  # 最多 = up to
    ("Participation is free for all young scientists 🎓. [1]",
     "Participation is free for young scientists from member institutions.", "quantifier: all"),
    ("博士生每月可获得4500元津贴。[1]", "PhD students receive a monthly stipend of CNY 4,500.", None),  # 每月 = monthly
])
def test_a_changed_bound_or_scope_is_caught_in_both_languages(sentence, source, reason):
    assert verify.missing_fact(sentence, evidence(source)) == reason


def test_names_are_looked_up_only_in_sources_of_their_own_script():
    zh_source = "来自巴基斯坦、尼泊尔和孟加拉国的28名学员参加了开班仪式。"
    sentence = "28 trainees from Pakistan, Nepal and Bangladesh attended. [1]"
    assert verify.missing_fact(sentence, evidence(zh_source)) is None
    assert verify.missing_fact("来自越南的28名学员参加了开班仪式。[1]", evidence(zh_source)) == "fact: 越南"


# --- facts bound to the wrong party (rag/binding.py) ------------------------------------------------------
STIPENDS_EN = ("Junior fellows receive EUR 1,200 a month and senior fellows EUR 1,800 a month 💶. Professor Anna Berg "
               "gave the opening speech, and Dr. Omar Said gave the closing speech.")
STIPENDS_ZH = "初级研究员每月领取1200欧元，高级研究员每月领取1800欧元。会议由王芳教授主持，李强博士致闭幕辞。"


@pytest.mark.parametrize("sentence, reason", [
    ("Junior fellows receive EUR 1,800 a month and senior fellows EUR 1,200. [1]", "binding: 1800"),
    ("Senior fellows receive EUR 1,200 a month. [1]", "binding: 1200"),
    ("Dr. Omar Said gave the opening speech. [1]", "binding: omar said"),
    ("Senior fellows receive EUR 1,800 a month, and junior fellows EUR 1,200 a month. [1]", None),  # clauses reordered
    ("Junior and senior fellows receive EUR 1,200 and EUR 1,800 a month, respectively. [1]", None),
    ("The closing speech was given by Dr. Omar Said. [1]", None),  # passive voice
])
def test_an_english_fact_must_belong_to_the_same_party_as_in_the_source(sentence, reason):
    assert verify.check(sentence, evidence(STIPENDS_EN), None) == reason


@pytest.mark.parametrize("sentence, reason", [
    ("初级研究员每月领取1800欧元，高级研究员每月领取1200欧元。[1]", "binding: 1800"),
    ("李强博士主持了会议。[1]", "binding: 李强"),
    ("高级研究员每月领取1800欧元，初级研究员每月领取1200欧元。[1]", None),
    ("初级研究员和高级研究员每月分别领取1200欧元和1800欧元。[1]", None),
])
def test_a_chinese_fact_must_belong_to_the_same_party_as_in_the_source(sentence, reason):
    assert verify.check(sentence, evidence(STIPENDS_ZH), None) == reason


@pytest.mark.parametrize("sentence, source, reason", [
    ("Senior fellows receive more a month than junior fellows. [1]", STIPENDS_EN, None),
    ("Junior fellows receive more a month than senior fellows. [1]", STIPENDS_EN, "comparison"),
    ("Senior fellows receive a smaller stipend than junior fellows 📉. [1]", STIPENDS_EN, "comparison"),
    ("高级研究员每月领取的欧元比初级研究员多。[1]", STIPENDS_ZH, None),
    ("初级研究员每月领取的欧元比高级研究员多。[1]", STIPENDS_ZH, "comparison"),
    ("高级研究员每月领取的欧元少于初级研究员。[1]", STIPENDS_ZH, "comparison"),
])
def test_a_comparison_must_run_the_sources_way(sentence, source, reason):
    assert verify.check(sentence, evidence(source), None) == reason


def test_a_true_difference_need_not_be_in_the_source():
    from rag.binding import stated_difference

    assert stated_difference("高级研究员每月比初级研究员多领取600欧元。", [STIPENDS_ZH]) == {"600"}
    assert stated_difference("高级研究员每月比初级研究员多领取900欧元。", [STIPENDS_ZH]) == set()
    assert stated_difference("初级研究员每月比高级研究员多领取600欧元。", [STIPENDS_ZH]) == set()  # wrong way round


def test_more_than_a_number_is_still_a_bound_not_a_comparison():
    assert verify.missing_fact("More than 1,200 fellows applied. [1]", evidence(STIPENDS_EN)) == "quantifier: more_than"
    assert verify.missing_fact("申请人数多于1200人。[1]", evidence(STIPENDS_ZH)) == "quantifier: more_than"


@pytest.mark.parametrize("sentence, source, reason", [
    ("会议于3月5日（星期三）举行。[1]", "会议于3月5日（星期二）举行。", "fact: weekday 3"),
    ("The meeting is on Tuesday, 5 March. [1]", "会议于3月5日（星期二）举行。", None),  # weekdays across languages
    ("We meet three times a week (每周三次). [1]", "每周三次 meetings are held.", None),  # not Wednesday
    ("今年为第二届培训班。[1]", "前两届培训班在线上举行，今年为第三届。", "fact: ordinal 2"),
    ("The visit is on the first day. [1]", "Day 1 is for lectures; the visit is on the last day.", "fact: ordinal 1"),
    ("未经推荐的申请人也会被考虑。[1]", "只有经合作高校推荐的申请人才会被考虑。", "negation"),
    ("The platform is run by the institute. [1]", "The platform is run by the institute, not by the secretariat.",
     None),
    ("The platform is run by the secretariat. [1]", "The platform is run by the institute, not by the secretariat.",
     "negation dropped"),
    ("28 trainees came, half of them women. [1]", "28 trainees came from six countries.", "fact: 0.5"),
])
def test_weekdays_ranks_and_negations(sentence, source, reason):
    assert verify.missing_fact(sentence, evidence(source)) == reason


@pytest.mark.parametrize("sentence, reason", [
    ("研讨会由海洋研究所主办、青岛大学承办。[1]", None),
    ("研讨会由青岛大学主办、海洋研究所承办。[1]", "binding: role"),
    ("The workshop 🌊 was organized by the Ocean Institute and hosted by Qingdao University. [1]", None),
    ("The workshop 🌊 was hosted by the Ocean Institute. [1]", "binding: role"),
])
def test_a_party_keeps_its_role(sentence, reason):
    source = "The workshop 🌊 was organized by the Ocean Institute and hosted by Qingdao University."
    assert verify.check(sentence, evidence(source, "研讨会由海洋研究所主办、青岛大学承办。"), None) == reason


PRESIDED_ZH = "开班仪式由地质与地球物理研究所副所长张立新主持，怀柔区委书记戴彬彬出席 🎓。单林、吕军也参加了。"


@pytest.mark.parametrize("sentence, reason", [
    ("The opening was presided over by Zhang Lixin, Deputy Director of the institute. [1]", None),
    ("Lixin Zhang presided over the opening 🎓. [1]", None),  # given name first
    ("Dai Binbin attended; so did Shan Lin and Lü Jun. [1]", None),  # 单 read shan, 吕 lü
    ("The opening was presided over by Wang Haifeng, Deputy Director of the institute. [1]", "fact: Wang Haifeng"),
    ("开班仪式由Wang Haifeng主持。[1]", "fact: Wang Haifeng"),  # a pinyin name inside Chinese text
    ("Trainees visited Kunming and Hong Kong, then the Yunnan University campus. [1]", None),  # places, bodies
])
def test_a_pinyin_name_is_found_in_its_chinese_only_source(sentence, reason):
    assert verify.missing_fact(sentence, evidence(PRESIDED_ZH)) == reason


def test_a_pinyin_name_is_not_looked_up_in_characters_when_an_english_version_is_at_hand():
    source = "The opening was presided over by Deputy Director Zhang Lixin."
    assert verify.missing_fact("Zhang Lixin presided. [1]", evidence(source, PRESIDED_ZH)) is None
    assert verify.missing_fact("Wang Haifeng presided. [1]", evidence(source, PRESIDED_ZH)) == "fact: Haifeng"


@pytest.mark.parametrize("text, expected", [
    ("Ma Jun and Li Dec spoke 🎤.", set()), ("held on Nov. 7", {"11", "7"}), ("7 Jun 2024", {"7", "6", "2024"}),
    ("in June", {"6"}), ("马军（Ma Jun）发言", set()),
])
def test_a_month_abbreviation_is_a_month_only_beside_a_number(text, expected):
    assert verify.numbers(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Vice Premier of the State Council Liu He attended 🎉.", {"Liu He"}),  # the body comes before the person
    ("Dai Binbin of the Huairou Committee spoke.", {"Dai Binbin"}),
    ("She studied at Yunnan University and works at the Wang Lei Research Center.", set()),  # bodies' names
    ("刘鹤（Liu He）出席。", {"Liu He"}),
])
def test_pinyin_names_are_persons_not_bodies(text, expected):
    assert set(pinyin_names.pinyin_names(text)) == expected


def test_a_translation_with_a_clause_of_new_words_is_an_added_claim():
    en = ("Dr. Sara Thapa of ICIMOD opened the glacier monitoring workshop 🏔️, and Professor Zhou Ming gave the "
          "closing remarks.")
    zh = "国际山地综合发展中心的萨拉·塔帕博士在冰川监测研讨会上致开幕辞，周明教授致闭幕辞 🏔️。"
    assert verify.check("萨拉·塔帕博士致开幕辞。[1]", evidence(en, zh), None) is None
    assert verify.check("萨拉·塔帕博士致开幕辞，并宣布ICIMOD将设立冰川监测专项基金。[1]", evidence(en, zh), None) == (
        "unsupported: added claim")
    assert verify.check("周明教授致闭幕辞。[1]", evidence(en, zh), None) is None
    assert verify.check("Professor Zhou Ming gave the closing remarks. [1]", evidence(zh, en), None) is None
    assert verify.check("Professor Zhou Ming gave the closing remarks and announced a new glacier fund for young "
                        "mountain researchers across the region. [1]", evidence(zh, en), None) == (
        "unsupported: added claim")


@pytest.mark.parametrize("name, latin, expected", [
    ("北京", "The network is hosted by an institute in Beijing 🌏.", True),
    ("北京", "The network is hosted by an institute in Nanjing.", False),
    ("怀柔", "the ceremony in Huairou Science City", True),
    ("杭州", "held in Hang Zhou", True),
])
def test_a_chinese_name_is_found_in_pinyin_in_a_latin_source(name, latin, expected):
    assert pinyin_names.romanised_in(name, latin) is expected


def test_a_chinese_place_named_only_by_the_english_source_is_supported():
    source = "The network is hosted by the Institute of Genetics of CAS in Beijing."
    parallel = "该网络由中国科学院遗传研究所承建。"
    sentence = "该网络由位于北京的中国科学院遗传研究所承建。[1]"
    assert verify.missing_fact(sentence, [verify.Evidence(text=source, parallel=[parallel])], frozenset()) is None
    moved = "该网络由位于南京的中国科学院遗传研究所承建。[1]"
    assert verify.missing_fact(moved, [verify.Evidence(text=source, parallel=[parallel])], frozenset()) == "fact: 南京"
