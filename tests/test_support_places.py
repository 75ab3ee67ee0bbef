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


@pytest.fixture(scope="module")
def small() -> Lexicon:
    return Lexicon.from_lines(LINES.splitlines())


@pytest.mark.parametrize("sentence, source", [
    ("主办方计划于2027年在毛里塔尼亚努瓦克肖特再次举办该培训班🌵。", COURSE),
    ("网络主席由肯尼亚农业与畜牧研究组织的塞缪尔·姆旺吉教授担任。", NETWORK),   # KALRO spelt out
    ("委员会下次会议将于2026年9月在亚的斯亚贝巴召开。", MEETING),
    ("课程内容涵盖风蚀监测、固沙植物以及绿洲地下水利用。", COURSE),              # 固沙 is no place
])
def test_a_place_the_source_names_passes(small, sentence, source):
    assert places.unnamed_place(sentence, [source], small) is None


@pytest.mark.parametrize("sentence, source, place", [
    ("主办方计划于2027年在塞内加尔再次举办该培训班。", COURSE, "塞内加尔"),
    ("会议由亚历山大大学的教授主持 🎓。", NETWORK, "亚历山大"),                    # ANSO-style acronyms spell no "u"
    ("主办方计划于2027年在努瓦克肖特举办该培训班。", MEETING, "努瓦克肖特"),          # by sound, not in the source
])
def test_a_place_the_source_does_not_name_is_caught(small, sentence, source, place):
    assert places.unnamed_place(sentence, [source], small) == place
