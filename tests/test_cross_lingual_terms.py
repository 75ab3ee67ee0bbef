"""Cross-language term matching: a document's title in the other language names the question's words for all its
sentences (``rag.extractive.translated_subject``), its paragraph the words a sentence leaves to it; distributive
glosses ("each month") translate their noun; Chinese words that frame a count are no term the evidence must state;
a Chinese title qualifier (副) must qualify the asked title in English; a post of another body is no answer."""
import pytest

from rag.abstain import _required_terms
from rag.extractive import translated_subject
from rag.lexicon import Lexicon

pytestmark = pytest.mark.unit

LINES = """# CC-CEDICT test lines
每月 每月 [mei3 yue4] /each month/
當然 当然 [dang1 ran2] /only natural; as it should be/of course; without doubt/
互相 互相 [hu4 xiang1] /each other/mutually/
獎學金 奖学金 [jiang3 xue2 jin1] /scholarship/CL:筆|笔[bi3]/
國際 国际 [guo2 ji4] /international/
"""


@pytest.fixture(scope="module")
def small() -> Lexicon:
    return Lexicon.from_lines(LINES.splitlines())


def test_a_gloss_led_by_each_translates_its_noun(small):
    assert small.en_for("每月") == ("month",)  # a text says "monthly stipend" 💰
    assert "每月" in small.zh_for("month")
    assert small.zh_for("cours") == ()  # "of course" is still an idiom led by a function word
    assert small.en_for("互相") == ("mutual",)  # "each other" has no content word: only "mutually" stays


def test_an_english_title_names_a_chinese_questions_words_for_every_sentence():
    words = {"联盟": 1.0, "国际": 2.0, "奖学金": 3.0, "硕士生": 4.0, "生活费": 5.0}
    alts = {"联盟": ("anso", "allianc"), "国际": ("internat",), "奖学金": ("scholarship",),
            "硕士生": ("master student",), "生活费": ("stipend",)}
    title = "Frequently Asked Questions: ANSO International Graduate Scholarship 2027 🎓"
    assert translated_subject(title, alts, words) == {"联盟", "国际", "奖学金"}
    assert translated_subject("Annual Report 2025", alts, words) == frozenset()


def test_a_chinese_title_names_an_english_questions_terms():
    terms = {"scholarship": 1.0, "stipend": 2.0}
    alts = {"scholarship": ("奖学金",), "stipend": ("生活费", "津贴")}
    assert translated_subject("联盟国际研究生奖学金常见问题", alts, terms) == {"scholarship"}


def test_a_title_naming_every_word_names_none():
    words = {"奖学金": 1.0, "生活费": 2.0}
    alts = {"奖学金": ("scholarship",), "生活费": ("stipend",)}
    assert translated_subject("Scholarship stipend", alts, words) == frozenset()  # a page restating the question
    assert translated_subject("Scholarship", alts, {}) == frozenset()


def test_words_framing_a_count_are_not_required():
    required = _required_terms("EIOC-2航次船上有多少名科学家？来自几个国家？🚢", "zh", "")
    assert "几个" not in required
    assert "科学家" in required and "国家" in required
    assert "按照" not in _required_terms("按照谅解备忘录，IHB每年为联合野外调查出资多少？", "zh", "")
    # "in total" stays: leaving 一共 out let "42 of the network's 47 member gardens" answer 执行委员会一共有多少名成员
    assert "一共" in _required_terms("联盟植物园网络执行委员会一共有多少名成员？", "zh", "")


def test_how_many_times_still_asks_for_occasions():
    assert "几次" in _required_terms("一个人一年最多能拿几次联盟差旅资助？", "zh", "")


def _hit(text: str, title: str, doc_id: str = "d1"):
    import numpy as np

    from rag.retrieve import Hit
    from rag.store.docstore import StoredChunk
    from rag.types import Chunk

    chunk = Chunk(id="c1", text=text, lang="en", doc_id=doc_id, title=title)
    return Hit(StoredChunk(chunk, [(0, len(text))], np.zeros((1, 2), dtype=np.float16)), 1.0, 1.0)


def test_a_paragraph_and_its_title_state_the_words_a_sentence_leaves_to_them():
    from rag.extractive import Extractive
    from rag.text import coverage_terms
    from rag.zh_words import word_coverage

    title = "ANSO International Graduate Scholarship 🎓"
    titles = {"d1": title, "d2": "Annual Report 2025"}
    answerer = Extractive(0.5, 300, idf=lambda term: 1.0, lead=titles.get, subject=titles.get)
    words = {"联盟": 1.0, "奖学金": 1.0, "硕士生": 1.0, "生活费": 1.0}
    alts = {"联盟": ("anso",), "奖学金": ("scholarship",), "硕士生": ("master's student", "master student"),
            "生活费": ("stipend",)}
    sentence = "Master's students receive a monthly stipend of CNY 3,000."
    hit = _hit(f"The scholarship covers tuition. {sentence}", title)
    context = coverage_terms(f"{hit.chunk.text} {title}")
    subject = translated_subject(answerer._subject_line("d1"), alts, words)
    assert subject == {"联盟", "奖学金"}
    assert answerer._context_words(hit, {"c1": hit}, context, (words, alts), subject, 1.0) == pytest.approx(1.0)
    assert word_coverage(words, coverage_terms(sentence), frozenset({"硕士生", "生活费"}), 1.0) == pytest.approx(0.5)
    other = _hit("Registration opens in May.", "Annual Report 2025", "d2")
    unrelated = translated_subject(answerer._subject_line("d2"), alts, words)
    assert answerer._context_words(other, {"c1": other}, coverage_terms(other.chunk.text), (words, alts), unrelated,
                                   1.0) == 0.0


@pytest.fixture(scope="module")
def cedict() -> Lexicon:
    from rag.lexicon import LazyLexicon

    lexicon = LazyLexicon("cedict").get()
    assert lexicon is not None
    return lexicon


@pytest.mark.parametrize("question, evidence, matches", [
    ("联盟清洁能源转型联盟的副秘书长是谁？",
     "Professor Zhao, Vice-President of ANSO, opened the meeting. Dr. Raman, Secretary-General of ACET, spoke. 🎤",
     False),
    ("联盟清洁能源转型联盟的副秘书长是谁？", "Dr. Li, Deputy Secretary-General of ACET, served as rapporteur.", True),
    ("肯尼亚山大气观测站的副站长是谁？", "with Dr. Wang Haoran (IAP) as Deputy Station Director", True),
    ("肯尼亚山大气观测站的副站长是谁？", "Professor Kiprono, Station Director, and Dr. Wang, deputy head of IAP",
     False),
    ("观测站的副站长是谁？", "副站长由王浩然担任。Dr. Wang is the deputy.", True),
])
def test_a_chinese_qualifier_must_qualify_the_asked_title_in_english(cedict, question, evidence, matches):
    from rag.abstain import _qualifiers_match, evidence_terms
    from rag.text import normalize

    assert _qualifiers_match(question, normalize(evidence), evidence_terms(evidence), cedict, "") is matches


MOU = ("The MoU was signed by Professor Xu Ming, Director-General of IHB, and Dr. Chheng Phen, Director of IFReDI, "
       "in the presence of Dr. Anna Kovalenko, Programme Officer of the ANSO Secretariat. 🤝")


@pytest.mark.parametrize("question, sentence, another", [
    ("联盟秘书处财务与行政办公室主任是谁？", MOU, True),  # IFReDI's Director directs no ANSO office
    ("联盟国际传粉昆虫研究中心（ICPR）的主任是谁？", "Professor Tang Jiayi, Centre Director, and Dr. Kwame Boateng.",
     False),  # the Centre's own Director
    ("肯尼亚山大气观测站的站长是谁？", "The observatory is led by Professor Daniel Kiprono (UoN), Station Director.",
     False),  # 肯尼亚山, 观测站 have no translation: the body cannot be told apart
    ("联盟秘书处财务与行政办公室的副主任是谁？", MOU, False),  # a ranked post is left to the qualifier rules
    ("Who is the Director of the Finance Office?", MOU, False),  # no Chinese post asked
])
def test_a_post_of_another_body_across_languages(cedict, question, sentence, another):
    from rag.post_orgs import post_of_another_body_across

    assert post_of_another_body_across(question, sentence, cedict.alternatives) is another
