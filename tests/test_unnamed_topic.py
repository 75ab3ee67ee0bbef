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
    ("周敏在联盟担任什么职务？👩‍🔬", "培训班主任由生物物理所副所长周立新研究员担任，执行主任由马文涛研究员担任。"),
])
def test_a_document_naming_none_of_the_question_is_about_another_thing(question, document):
    assert names_little_of_question(question, "zh", document, _Lexicon())


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
