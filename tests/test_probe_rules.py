"""Rules found by probing the bundled corpus as a new user (issue #10): a ranked office asked about ("Who is the
Vice President …?", 副院长是谁) is not answered by the holder of the full office, and "Who did X?" asked of a
sentence whose subject is a pronoun ("He read …") is answered by the person the sentence before names.
Pure functions over small texts, both languages, emoji and mixed script."""
import numpy as np
import pytest

from rag.extractive import Candidate, _antecedent_doer
from rag.posts import asked_post, holds_another_rank
from rag.questions import analyse
from rag.store.docstore import StoredChunk
from rag.types import Chunk

pytestmark = pytest.mark.unit

SPEAKERS = ("Bai Chunli, President of the Chinese Academy of Sciences, and Liu Yinchun, Deputy Secretary-General "
            "of Beijing Municipal Government, attended the ceremony 🎉 and delivered speeches.")
SPEAKERS_ZH = "中国科学院院长白春礼、北京市政府副秘书长刘印春等出席仪式并致辞，揭牌仪式由怀柔区委书记戴彬彬主持。"


@pytest.mark.parametrize("question, post", [
    ("Who is the Vice President of the Chinese Academy of Sciences?", "deputy president"),
    ("中国科学院副院长是谁？🤔", "deputy 院长"),
    ("Who is CAS的副院长?", "deputy 院长"),
    ("Who is the President of the Chinese Academy of Sciences?", None),  # the full office: not checked here
    ("北京市政府秘书长是谁？", None),
])
def test_the_ranked_office_a_question_asks_about(question, post):
    assert asked_post(question) == post


@pytest.mark.parametrize("question, sentence, person, other", [
    ("Who is the Vice President of the Chinese Academy of Sciences?", SPEAKERS, "Bai Chunli", True),
    ("Who is the Deputy Secretary-General of Beijing Municipal Government? 🏛", SPEAKERS, "Liu Yinchun", False),
    ("中国科学院副院长是谁？", SPEAKERS_ZH, "白春礼", True),
    ("中国科学院副院长是谁？", SPEAKERS_ZH, "刘印春", True),  # a deputy, but of another office
    ("北京市政府副秘书长是谁？", SPEAKERS_ZH, "刘印春", False),
    ("怀柔区委副书记是谁？", SPEAKERS_ZH, "戴彬彬", True),
    ("中国科学院副院长是谁？", SPEAKERS, "Bai Chunli", True),  # across scripts the rank decides
    ("Who is the Vice President of CAS?", SPEAKERS_ZH, "白春礼", True),
    ("Who is the President of the Chinese Academy of Sciences?", SPEAKERS, "Bai Chunli", False),
    ("Who is the Vice President of the Academy?", "Professor Zhou spoke first 🎤.", "Zhou", False),  # no post bound
])
def test_the_holder_of_another_rank_does_not_answer(question, sentence, person, other):
    assert holds_another_rank(question, sentence, person) is other


def _host(text: str, sentences: list[tuple[int, int]], number: int, lang: str) -> Candidate:
    chunk = Chunk(id="c1", text=text, lang=lang, doc_id="d1")
    stored = StoredChunk(chunk, sentences, np.zeros((len(sentences), 2), dtype=np.float16))
    start, end = sentences[number]
    return Candidate(stored, number, text[start:end], lang, 0.8, 1.0, 1.0, 0.0)


LETTER = ("Vice Premier of the State Council Liu He attended the inauguration ceremony 🎊. "
          "He read the congratulatory letter of President Xi Jinping and delivered an important speech.")
LETTER_SENTENCES = [(0, LETTER.index("He read") - 1), (LETTER.index("He read"), len(LETTER))]


@pytest.mark.parametrize("question, doer", [
    ("Who read President Xi's congratulatory letter?", "Liu He"),
    ("Who delivered an important speech at the inauguration ceremony?", "Liu He"),
    ("Who read the letter at the ANSO成立大会?", "Liu He"),
])
def test_a_pronoun_subject_is_answered_by_the_person_named_before(question, doer):
    host = _host(LETTER, LETTER_SENTENCES, 1, "en")
    span = _antecedent_doer(analyse(question), host)
    assert span is not None and span.display == doer
    offset = LETTER_SENTENCES[1][0]
    assert LETTER[offset + span.start:offset + span.end] == doer  # offsets relative to the pronoun's sentence


def test_no_antecedent_for_who_someone_is_or_a_sentence_without_a_pronoun():
    host = _host(LETTER, LETTER_SENTENCES, 1, "en")
    assert _antecedent_doer(analyse("Who is Xi Jinping?"), host) is None  # not a doer question
    assert _antecedent_doer(analyse("When did he read the letter?"), host) is None  # not a who question
    first = _host(LETTER, LETTER_SENTENCES, 0, "en")
    assert _antecedent_doer(analyse("Who attended the inauguration ceremony?"), first) is None


def test_a_chinese_pronoun_subject_is_answered_by_the_person_named_before():
    text = "国务院副总理刘鹤出席成立大会。他宣读了习近平主席的贺信并作重要讲话👏。"
    sentences = [(0, text.index("他")), (text.index("他"), len(text))]
    span = _antecedent_doer(analyse("谁宣读了习近平主席的贺信？"), _host(text, sentences, 1, "zh"))
    assert span is not None and span.display == "刘鹤"


def _sentence(text: str, cue: float, score: float, lang: str = "en") -> Candidate:
    cand = _host(text, [(0, len(text))], 0, lang)
    cand.cue, cand.score = cue, score
    return cand


@pytest.mark.parametrize("question, stating_text, dated_text, lang", [
    ("On what day of the week was ANSO established? 📅", "On 4 November 2018, ANSO was formally established.",
     "The ceremony of the Secretariat was held on Thursday, November 7th.", "en"),
    ("联盟是哪一天成立的？", "联盟在北京正式成立，影响力持续提升。",
     "揭牌仪式于2019年11月7日在京举行。", "zh"),
])
def test_a_date_beside_another_event_yields_to_the_sentence_stating_the_asked_one(question, stating_text,
                                                                                  dated_text, lang):
    from rag.extractive import Extractive

    info = analyse(question)
    stating, dated = _sentence(stating_text, 0.0, 0.8, lang), _sentence(dated_text, 1.0, 0.6, lang)
    assert Extractive._relation_stated_elsewhere(info, [dated, stating]) is stating
    # a who question, or no sentence stating the event without a date: nothing to yield to
    assert Extractive._relation_stated_elsewhere(analyse("Who established ANSO?"), [dated, stating]) is None
    assert Extractive._relation_stated_elsewhere(info, [dated]) is None


@pytest.mark.parametrize("question, sentence, post", [
    ("Who is Liu He?", "Vice Premier of the State Council Liu He attended the inauguration 🎊.",
     "Vice Premier of the State Council"),
    ("Who is Bai Chunli?", SPEAKERS, "President of the Chinese Academy of Sciences"),
    ("who was Liu Yinchun?", SPEAKERS, "Deputy Secretary-General of Beijing Municipal Government"),
])
def test_who_is_a_named_person_is_answered_by_their_post(question, sentence, post):
    from rag.short_answer import extract

    span = extract(analyse(question), sentence, "en")
    assert span is not None and span.display == post and sentence[span.start:span.end] == post


@pytest.mark.parametrize("question, sentence", [
    ("Who is Liu He?", SPEAKERS),  # another Liu: no answer
    ("Who is Bai Chunli? 🤔", "Bai Chunli attended the ceremony and spoke."),  # named without a post
])
def test_who_is_a_named_person_is_not_answered_by_someone_else(question, sentence):
    from rag.short_answer import extract

    assert extract(analyse(question), sentence, "en") is None


def test_the_identity_rule_leaves_other_who_questions_alone():
    from rag.short_answer import extract

    span = extract(analyse("Who presided over the ceremony?"), "Dai Binbin presided over the ceremony.", "en")
    assert span is not None and span.display == "Dai Binbin"
    span = extract(analyse("刘鹤是谁？"), "国务院副总理刘鹤出席成立大会。", "zh")  # a Chinese question: not this rule
    assert span is None or span.display != "刘鹤"
