"""Follow-ups about people: "那谁出席了…？" after "开班仪式由谁主持？" must not repeat the person the previous reply
named — even when that reply quoted a whole sentence — and a country in a list of countries is nobody's name."""
import pytest

from rag.chain import previous_short_answer
from rag.questions import analyse
from rag.short_answer import extract
from rag.types import Turn

pytestmark = pytest.mark.unit

PRESIDED_ZH = "开班仪式由中国科学院地质与地球物理研究所副所长张立新主持。"
COUNTRIES_ZH = "来自巴基斯坦、尼泊尔、孟加拉国、斯里兰卡、老挝和缅甸6个国家的28名学员参加了开班仪式。🌏"
SPEAKER_ZH = "云南省地震局副局长王海峰出席开班仪式并致辞。"


def _turns(question: str, reply: str) -> list[Turn]:
    return [Turn(role="user", content=question), Turn(role="assistant", content=reply)]


def test_the_previous_answer_is_found_in_a_reply_quoted_as_a_sentence():
    assert previous_short_answer(_turns("开班仪式由谁主持？", PRESIDED_ZH + " [1]")) == "张立新"
    assert previous_short_answer(_turns("Who chaired it?", "Dai Binbin\n\nEvidence: Dai Binbin presided. [1]")) \
        == "Dai Binbin"
    assert previous_short_answer(_turns("What is ANSO? 🤔", "An alliance of science organisations. [1]")) == ""


def test_a_country_listed_among_countries_is_not_a_person():
    span = extract(analyse("谁参加了开班仪式？"), COUNTRIES_ZH, "zh")
    assert span is None or "尼泊尔" not in span.display


def test_a_title_before_a_name_is_who_evidence():
    info = analyse("那谁出席了开班仪式并致辞？")
    assert info.evidence is not None and info.evidence.search(SPEAKER_ZH)
    span = extract(info, SPEAKER_ZH, "zh")
    assert span is not None and span.display == "王海峰"
