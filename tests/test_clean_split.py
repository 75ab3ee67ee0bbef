import pytest

from ingest.clean import clean_text, paragraph_spans
from rag.meta import parse_date
from ingest.split import split_document
from rag.text import count_tokens

pytestmark = pytest.mark.unit

PAGE = """新闻联盟>>新闻资讯>>最新资讯

科学组织联盟落户科学城 🎉

2019年11月11日16:58

  11月7日,揭牌仪式在京举行。来自亚洲、欧洲和国际组织的代表参加了揭牌仪式。

Science alliance settles in science city

  The ceremony was held in Beijing on Thursday. Mr. Bai attended.

稿件来源:科学组织联盟

Contact Us
"""


def test_cleaning_rules_extract_metadata_and_drop_boilerplate():
    doc = clean_text(PAGE, "fallback")
    texts = [p.text for p in doc.paragraphs]
    assert doc.title == "科学组织联盟落户科学城 🎉"
    assert doc.published == "2019-11-11"
    assert doc.source_org == "科学组织联盟"
    assert not any(">>" in t for t in texts)
    assert "Contact Us" not in texts
    kinds = {p.text: p.kind for p in doc.paragraphs}
    assert kinds["科学组织联盟落户科学城 🎉"] == "heading"
    assert kinds["2019年11月11日16:58"] == "meta"
    langs = {p.text[:5]: p.lang for p in doc.paragraphs}
    assert langs["11月7日"] == "zh" and langs["The c"] == "en"
    english = [p for p in doc.paragraphs if p.lang == "en" and p.kind == "body"][0]
    assert english.heading == "Science alliance settles in science city"
    for p in doc.paragraphs:
        assert PAGE[p.start:p.end] == p.text


@pytest.mark.parametrize("line, iso", [
    ("2019年11月11日16:58", "2019-11-11"),
    ("November 11, 2019", "2019-11-11"),
    ("11 November 2019", "2019-11-11"),
    ("2019-11-11 16:58", "2019-11-11"),
    ("Published: 12 September 2022", "2022-09-12"),
    ("发布时间：2021年6月3日 09:30", "2021-06-03"),
    ("Date: published later ✨", None),
    ("On 4 November 2018, ANSO was formally established.", None),
    ("2019年13月45日", None),
])
def test_dateline_parsing(line, iso):
    assert parse_date(line) == iso


def test_hard_wrapped_prose_stays_one_paragraph_but_lines_of_sentences_split():
    wrapped = "This paragraph is wrapped at a fixed column width so that\nit continues on the next line without ending.\n"
    assert len(paragraph_spans(wrapped)) == 1
    lines = "第一段。\n第二段。\n"
    assert len(paragraph_spans(lines)) == 2


def test_chunks_respect_budget_and_round_trip_offsets():
    text = ("联盟" * 10 + "，" + "科学" * 30 + "。") * 12 + "\n\n" + "Short English line. " * 40
    doc = clean_text(text, "t")
    pieces = split_document(doc, "t.txt", "t", budget=40)
    assert len(pieces) > 5
    for piece in pieces:
        chunk, occ = piece.chunk, piece.chunk.first
        assert text[occ.start:occ.end] == chunk.text
        assert count_tokens(chunk.text) <= 40 or (len(piece.sentences) == 1 and count_tokens(chunk.text) <= 80)
        for s, e in piece.sentences:
            assert chunk.text[s:e].strip()
        assert occ.sentences[0] <= occ.sentences[1]


def test_a_long_sentence_stays_whole_and_only_a_very_long_one_is_cut_at_its_clauses():
    from ingest.split import WHOLE_SENTENCE_BUDGETS

    letter = ("主席在贺信中指出，合作是重要内容🌏，并强调希望各国科学界携手并肩，共同努力，发挥好联盟的平台作用，"
              "开展重大科技合作，培养创新创业人才，提升 ANSO 科技创新能力。")
    budget = count_tokens(letter) * 2 // 3  # the sentence is over one budget, under two
    assert budget < count_tokens(letter) <= WHOLE_SENTENCE_BUDGETS * budget
    pieces = split_document(clean_text(f"开头一句。{letter}结尾一句。", "t"), "t.txt", "t", budget)
    assert letter in [p.chunk.text for p in pieces]  # whole: the talent it hopes for stays with the letter that hopes

    speech = "，".join(f"第{n}项工作取得了进展 ✅ and progress" for n in range(1, 40)) + "。"
    assert count_tokens(speech) > WHOLE_SENTENCE_BUDGETS * budget
    cut = split_document(clean_text(speech, "t"), "t.txt", "t", budget)
    assert len(cut) > 2 and all(p.chunk.first.sentences == (1, 1) for p in cut)
    assert all(p.chunk.text.endswith("，") for p in cut[:-1])  # cut at its clause marks
    assert "".join(p.chunk.text for p in cut) == speech


def test_same_text_gets_same_chunk_id_in_any_file():
    a = split_document(clean_text("Same paragraph here.\n\nOther.", "a"), "a.txt", "a", 100)
    b = split_document(clean_text("Intro.\n\n  Same paragraph here.", "b"), "b.txt", "b", 100)
    assert a[0].chunk.id == b[1].chunk.id
