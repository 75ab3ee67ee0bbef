"""Places a Chinese sentence names against English-only sources (rag/places.py), with a small CC-CEDICT lexicon:
a place the dictionary translates must be in the source; a foreign place written by sound must sound like a word of
the source; a place opening an organisation's name may spell out the source's acronym. Emoji and mixed script."""
import pytest

from rag import places
from rag.lexicon import Lexicon

pytestmark = pytest.mark.unit

LINES = """# CC-CEDICT test lines
塞內加爾 塞内加尔 [Sai4 nei4 jia1 er3] /Senegal/
毛里塔尼亞 毛里塔尼亚 [Mao2 li3 ta3 ni2 ya4] /Mauritania/
肯尼亞 肯尼亚 [Ken3 ni2 ya4] /Kenya/
亞歷山大 亚历山大 [Ya4 li4 shan1 da4] /Alexander/Alexandria/
"""
COURSE = "The organisers plan to hold the course again in 2027 in Nouakchott, Mauritania 🌵."
NETWORK = "AFSN is chaired by Professor Samuel Mwangi of KALRO, elected in 2021."
MEETING = "The next meeting will be held in Addis Ababa in September 2026."
GENERAL_MEETING = "The 2027 Annual General Meeting will be held in Tbilisi, Georgia 🇬🇪, in April 2027."


@pytest.fixture(scope="module")
def small() -> Lexicon:
    return Lexicon.from_lines(LINES.splitlines())


@pytest.mark.parametrize("sentence, source", [
    ("主办方计划于2027年在毛里塔尼亚努瓦克肖特再次举办该培训班🌵。", COURSE),
    ("网络主席由肯尼亚农业与畜牧研究组织的塞缪尔·姆旺吉教授担任。", NETWORK),   # KALRO spelt out
    ("委员会下次会议将于2026年9月在亚的斯亚贝巴召开。", MEETING),
    ("课程内容涵盖风蚀监测、固沙植物以及绿洲地下水利用。", COURSE),              # 固沙 is no place
    ("2027年年度大会将于2027年4月在第比利斯举行。", GENERAL_MEETING),
    ("培训班由毛里塔尼亚王芳主持。", COURSE),                                    # a Chinese person after a place
])
def test_a_place_the_source_names_passes(small, sentence, source):
    assert places.unnamed_place(sentence, [source], small) is None


@pytest.mark.parametrize("sentence, source, place", [
    ("主办方计划于2027年在塞内加尔再次举办该培训班。", COURSE, "塞内加尔"),
    ("会议由亚历山大大学的教授主持 🎓。", NETWORK, "亚历山大"),                    # ANSO-style acronyms spell no "u"
    ("主办方计划于2027年在努瓦克肖特举办该培训班。", MEETING, "努瓦克肖特"),          # by sound, not in the source
    ("2027年年度大会将于2027年4月在亚美尼亚埃里温举行🏛。", GENERAL_MEETING, "埃里温"),  # a city jieba tags a person
])
def test_a_place_the_source_does_not_name_is_caught(small, sentence, source, place):
    assert places.unnamed_place(sentence, [source], small) == place


# --- an added clause across languages (rag.verify.added_clause_across) -----------------------------------------
GLOSS_LINES = """# CC-CEDICT test lines
情節 情节 [qing2 jie2] /circumstances/plot/
輕 轻 [qing1] /light/minor/
給予 给予 [ji3 yu3] /to give/
書面 书面 [shu1 mian4] /in writing/written/
警告 警告 [jing3 gao4] /to warn/warning/
聯盟 联盟 [lian2 meng2] /alliance/union/
違反 违反 [wei2 fan3] /to violate/violation/
"""
WARNING_ZH = "违反本办法的，由联盟调查处理。情节较轻的，给予书面警告 ⚠️。"


@pytest.fixture(scope="module")
def gloss_lexicon() -> Lexicon:
    return Lexicon.from_lines(GLOSS_LINES.splitlines())


@pytest.mark.parametrize("sentence, added", [
    ("Minor violations lead to a written warning.", False),
    ("Minor violations lead to a written warning from ANSO ⚠️.", False),
    ("Minor violations lead to a written warning, which is published on the ANSO website.", True),
    ("Minor violations lead to a written warning, and offenders pay a fine.", True),
])
def test_a_clause_nothing_of_which_the_chinese_source_says_is_an_added_claim(gloss_lexicon, sentence, added):
    from rag import verify

    evidence = [verify.Evidence(text=WARNING_ZH)]
    assert verify.added_clause_across(sentence, evidence, gloss_lexicon) is added


# --- the kind of institution across languages (rag.places.unnamed_institution) ----------------------------------
BOARD = "The Chair welcomed Ms. Tran Thi Lan of the Vietnam Academy of Science and Technology 🇻🇳."
INSTITUTE = "Samples will be analysed at the Xinjiang Institute of Ecology and Geography of the Chinese Academy."


@pytest.mark.parametrize("sentence, source, kind", [
    ("主席对来自越南河内国家大学的陈氏兰女士表示欢迎。", BOARD, "大学"),
    ("主席对来自越南科学技术院的陈氏兰女士表示欢迎 🎉。", BOARD, None),
    ("主席对来自越南科学院的陈氏兰女士表示欢迎。", BOARD, None),
    ("样品将在中国科学院新疆生态与地理研究所分析。", INSTITUTE, None),   # 科学院 inside a longer name
    ("样品将在新疆大学分析。", INSTITUTE, "大学"),
])
def test_an_institution_of_a_kind_the_source_never_names_is_caught(sentence, source, kind):
    assert places.unnamed_institution(sentence, [source]) == kind


CONTACT_ZH = "违反本办法的，由联盟调查处理。联系人：联盟项目主管阿米娜·卡西姆 📞。"


@pytest.mark.parametrize("sentence, added", [
    ("Violations are handled by the alliance, and the contact is programme officer Amina Qasim.", False),
    ("Violations are handled by the alliance, and the contact is programme officer Olga Petrenko.", True),
])
def test_a_clause_naming_a_person_the_chinese_source_names_is_no_added_claim(gloss_lexicon, sentence, added):
    from rag import verify

    evidence = [verify.Evidence(text=CONTACT_ZH)]
    assert verify.added_clause_across(sentence, evidence, gloss_lexicon) is added
