"""An acronym reads the same in Chinese and English: a question naming a body by its acronym ("ICPR", "CGAR") is not
answered from a document that never writes it (rag/extractive.py, _other_body). The alliance's own acronym is
exempt: its Chinese pages often write only 联盟. Both languages, emoji and mixed scripts."""
import pytest

from rag.extractive import _other_body

pytestmark = pytest.mark.unit

GUIDELINES_ZH = "联盟秘书处科技合作处 马晓燕，电话：010-6859 7412。📞"
GUIDELINES_LEAD = "联盟合作研究实验动物福利准则 本准则规定联盟资助的合作研究项目应达到的实验动物福利标准。"


@pytest.mark.parametrize("question, evidence, document, other", [
    ("What is the telephone number of the Secretary of ICPR's advisory board?", GUIDELINES_ZH,
     f"{GUIDELINES_LEAD} {GUIDELINES_ZH}", True),
    ("CGAR这次招聘哪些岗位？🧑‍🔬", GUIDELINES_ZH, f"{GUIDELINES_LEAD} {GUIDELINES_ZH}", True),
    ("What is the telephone number of the Secretary of ICPR's advisory board?", GUIDELINES_ZH,
     f"国际传粉昆虫研究中心（ICPR）简介 {GUIDELINES_ZH}", False),  # the document writes ICPR elsewhere
    ("When was ANSO established? 🎉", "2018年11月4日，“一带一路”国际科学组织联盟在北京成立。",
     "“一带一路”国际科学组织联盟在北京成立", False),  # the alliance's own acronym
])
def test_a_document_never_writing_the_asked_acronym_is_about_another_body(question, evidence, document, other):
    assert _other_body(question, evidence, lambda: "", None, lambda: document) is other
