"""Property tests on arbitrary Unicode: CJK, emoji, RTL, control characters, mixed newlines."""
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from ingest.clean import clean_text
from ingest.split import split_document
from rag.questions import analyse
from rag.text import count_tokens, detect_lang, split_sentences

pytestmark = pytest.mark.unit

PIECES = st.sampled_from(["联盟", "成立。", "Hello", " world.", "🎉", "שלום", "مرحبا", "\n", "\r\n", "\n\n", "\t", "\x00",
                          "\x0b", "！", "？", "；", "Mr.", " 3.5 ", "“", "”", "   ", "ANSO", "Ж", "\u200b", "e\u0301"])
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=8)), max_size=60).map("".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(TEXT, st.integers(min_value=16, max_value=120))
def test_chunk_offsets_round_trip_and_budget(text, budget):
    doc = clean_text(text, "t")
    for piece in split_document(doc, "t.txt", "t", budget):
        occ = piece.chunk.first
        assert text[occ.start:occ.end] == piece.chunk.text
        assert count_tokens(piece.chunk.text) <= budget
        for s, e in piece.sentences:
            assert 0 <= s < e <= len(piece.chunk.text)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_language_detection_and_question_analysis_never_crash(text):
    assert detect_lang(text) in ("zh", "en")
    info = analyse(text, has_history=True)
    assert info.lang in ("zh", "en")
    for s, e in split_sentences(text):
        assert text[s:e].strip() == text[s:e]
