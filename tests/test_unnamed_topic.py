"""A document naming almost none of the question's nouns, in either language, is about another thing. Chinese
questions are judged; English ones are left alone (their terms include verbs a document words otherwise)."""
import pytest

from rag.unnamed_topic import names_little_of_question

pytestmark = pytest.mark.unit


class _Lexicon:
    TERMS = {"学校": ("school",), "海岸带": ("coastal zone", "coast"), "观测": ("observ",)}

    def alternatives(self, term):
        return self.TERMS.get(term, ())


@pytest.mark.parametrize("question, document", [
    ("2025年的海岸带观测夏季学校在哪里举办？",
     "联盟城市空气质量专题网络2025年度报告。网络秘书处设在北京的中国科学院大气物理研究所。"),
])
def test_a_document_naming_none_of_the_question_is_about_another_thing(question, document):
    assert names_little_of_question(question, "zh", document, _Lexicon())


@pytest.mark.parametrize("question", ["周敏在联盟担任什么职务？👩‍🔬", "哪家公司同意终止诉讼？", "1901年实现了怎样的焊接工艺?"])
def test_one_noun_or_the_asked_category_is_too_little_to_tell(question):
    """One noun, or the category the question asks for (哪家公司), does not show the document is about another thing
    (a person's name the document never gives is ``leaves_a_name_unnamed``'s to judge)."""
    assert not names_little_of_question(question, "zh", "培训班主任由周立新研究员担任，执行主任由马文涛研究员担任。", _Lexicon())


@pytest.mark.parametrize("question, document", [
    ("2026年的海岸带观测夏季学校在哪里举办？", "海岸带观测与韧性夏季学校将于2026年7月在青岛举办。"),
    # named through a translation: the English call names the coast and the school
    ("海岸带观测夏季学校在哪里举办？🌊",
     "The ANSO Summer School on Coastal Observation will be held at IOCAS in Qingdao."),
    # half the nouns named is enough
    ("周敏在联盟秘书处担任什么职务？", "联盟秘书处设在北京。"),
])
def test_a_document_naming_the_question_is_about_it(question, document):
    assert not names_little_of_question(question, "zh", document, _Lexicon())


def test_english_questions_are_left_alone():
    assert not names_little_of_question("Where was the 2025 summer school on coastal observation held?", "en",
                                        "The network's secretariat is hosted by IAP in Beijing.", _Lexicon())


class _Places:
    TERMS = {"越南": ("vietnam",), "泰国": ("thailand",)}

    def alternatives(self, term):
        return self.TERMS.get(term, ())


@pytest.mark.parametrize("question, document", [
    ("联盟与越南共建的药用植物联合实验室在哪里揭牌？", "昆明植物所与泰国科学技术发展署共建的联合实验室在昆明揭牌。"),
    ("联盟与越南共建的实验室在哪里揭牌？🌿", "The joint laboratory built with Thailand was unveiled in Kunming."),
    ("周敏在联盟担任什么职务？", "The course is directed by Zhou Lixin; Ma Wentao is its executive director."),
])
def test_a_name_the_document_never_gives_means_another_party(question, document):
    from rag.unnamed_topic import leaves_a_name_unnamed

    assert leaves_a_name_unnamed(question, "zh", document, _Places())


@pytest.mark.parametrize("question, lang, document", [
    ("联盟与越南共建的实验室在哪里揭牌？", "zh", "The joint laboratory built with Vietnam was unveiled in Hanoi."),
    ("EIOC-2航次在科伦坡停靠几天？", "zh", "The ship calls at Colombo, Sri Lanka, from 27 to 30 November 🚢."),
    ("周敏在联盟担任什么职务？", "zh", "Zhou Min is Deputy Secretary-General of ANSO."),
    # no reading in Latin letters (no translation, not written by sound): nothing tells it is not named
    ("肯尼亚山大气观测站有多少名员工？", "zh", "MKAO stands on the northern slopes of Mount Kenya."),
    # the asked category (在哪座城市) is no name the question gives
    ("颁奖典礼在哪座城市举行？", "zh", "颁奖典礼将在内罗毕举行。"),
    ("Where was the laboratory built with Vietnam unveiled?", "en", "It was unveiled in Kunming with Thailand."),
])
def test_a_name_the_document_gives_or_cannot_be_told(question, lang, document):
    from rag.unnamed_topic import leaves_a_name_unnamed

    assert not leaves_a_name_unnamed(question, lang, document, _Places())
