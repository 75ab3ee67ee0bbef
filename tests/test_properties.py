"""Property tests on arbitrary Unicode: CJK, emoji, RTL, control characters, mixed newlines."""
import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from ingest.clean import clean_text
from ingest.split import WHOLE_SENTENCE_BUDGETS, split_document
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
        assert count_tokens(piece.chunk.text) <= budget or (
            len(piece.sentences) == 1 and count_tokens(piece.chunk.text) <= WHOLE_SENTENCE_BUDGETS * budget)
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


@settings(max_examples=100, deadline=None)
@given(st.lists(TEXT, min_size=1, max_size=4))
def test_fake_embedder_gives_a_unit_vector_for_any_text(texts):
    import numpy as np

    from rag.store.embed import FakeEmbedder

    vector = FakeEmbedder().passages(texts)[-1]
    assert np.isfinite(vector).all() and abs(float(np.linalg.norm(vector)) - 1.0) < 1e-5


@settings(max_examples=100, deadline=None)
@given(TEXT, st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "gb18030"]))
def test_decoding_returns_the_text_or_refuses_with_a_reason(text, encoding):
    from ingest.load import LoadError, decode_text

    try:
        decoded, _ = decode_text(text.encode(encoding))
    except LoadError as exc:
        assert str(exc)
        return
    if encoding != "gb18030" or text.isascii():  # GB18030 is only trusted when the text reads as Chinese
        assert decoded == (text[1:] if encoding == "utf-8" and text.startswith("\ufeff") else text)
