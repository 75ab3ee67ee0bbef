import pytest
from hypothesis import given, settings as hsettings, strategies as st

from rag.citations import clean_markers, parse_markers
from rag.prompts import MESSAGES, PROMPTS, placeholders

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("text, expected", [
    ("Founded in 2018 [1].", [1]),
    ("成立于2018年【1】。", [1]),
    ("Two sources [1][2].", [1, 2]),
    ("Two sources [1, 2] and again [2].", [1, 2]),
    ("中文逗号 [1，3]", [1, 3]),
    ("Zero [0] is a number too.", [0]),
    ("Nested [[1]] brackets.", [1]),
    ("Not a marker [a] or [1a] or [].", []),
    ("Huge [99999999999] id.", []),
    ("🎉 emoji [3] mixed 混合 【4】", [3, 4]),
])
def test_parse_markers(text, expected):
    assert parse_markers(text) == expected


def test_clean_markers_drops_invented_ids_and_zero():
    text, dropped = clean_markers("A [1]. B [9]. C [0]. D [1, 2]. E 【2】.", {1, 2})
    assert text == "A [1]. B . C . D [1][2]. E [2]."
    assert dropped == [9, 0]


@hsettings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=200), st.sets(st.integers(1, 5)))
def test_citation_parser_never_raises_nor_returns_ids_not_given(text, allowed):
    parse_markers(text)
    cleaned, _ = clean_markers(text, allowed)
    assert set(parse_markers(cleaned)) <= allowed


def test_every_prompt_and_message_has_zh_and_en_with_the_same_placeholders():
    for table in (PROMPTS, MESSAGES):
        for name, versions in table.items():
            assert set(versions) == {"zh", "en"}, name
            assert placeholders(versions["zh"]) == placeholders(versions["en"]), name


def test_system_prompt_demands_citations_refusal_and_ignores_document_instructions():
    from rag.prompts import prompt

    en = prompt("en", "system", max_sentences=3, refusal="NO")
    zh = prompt("zh", "system", max_sentences=3, refusal="NO")
    assert "[1]" in en and "NO" in en and "ignore" in en.lower()
    assert "[1]" in zh and "NO" in zh and "忽略" in zh
