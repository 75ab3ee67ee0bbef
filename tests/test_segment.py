"""jieba with its dictionary read on demand cuts exactly as jieba with the whole dictionary loaded."""
from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from rag import segment

pytestmark = pytest.mark.unit

SAMPLES = [
    "“一带一路”国际科学组织联盟（ANSO）于2018年11月4日在北京正式成立。",
    "联盟是哪一天成立的？ When was ANSO established?",
    "刘印春等出席了仪式，白春礼主持 🎉 mixed 文字 and emoji 😀",
    "秘书处落户怀柔科学城",
    "",
    "ＡＮＳＯ",
]


@pytest.fixture(scope="module")
def tokenizers(tmp_path_factory):
    import jieba

    cache = tmp_path_factory.mktemp("cache")
    path = cache / "prefix.sqlite"
    segment.build_prefix_dict(jieba, path)
    lazy = jieba.Tokenizer()
    freq = segment.PrefixDict(path)
    lazy.FREQ, lazy.total, lazy.initialized = freq, freq.total, True
    full = jieba.Tokenizer()
    full.initialize()
    return lazy, full, freq


@pytest.mark.parametrize("text", SAMPLES)
def test_on_demand_dictionary_cuts_like_the_loaded_one(tokenizers, text):
    lazy, full, _ = tokenizers
    assert lazy.lcut(text) == full.lcut(text)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("联盟科学组织国际一带路成立北京秘书处主席会议年月日的是了ANSOabc 12。，？🎉")), max_size=40))
def test_on_demand_dictionary_matches_on_random_bilingual_text(tokenizers, text):
    lazy, full, _ = tokenizers
    assert lazy.lcut(text) == full.lcut(text)


def test_bulk_reads_switch_to_the_whole_table(tokenizers, monkeypatch):
    lazy, full, freq = tokenizers
    monkeypatch.setattr(segment, "BULK_AFTER_MISSES", 0)
    text = "国际科学组织联盟的合作伙伴遍布亚洲、非洲和拉丁美洲"
    assert lazy.lcut(text) == full.lcut(text)
    assert freq._complete and freq.get("联盟") == full.FREQ["联盟"]


def test_tokenizer_builds_its_cache_once(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first = segment.tokenizer()
    files = list((tmp_path / "anso").glob("jieba-prefix-*.sqlite"))
    assert len(files) == 1 and not list((tmp_path / "anso").glob("*.tmp"))
    second = segment.tokenizer()
    assert first.lcut("一带一路国际科学组织联盟") == second.lcut("一带一路国际科学组织联盟")
    assert isinstance(second.FREQ, segment.PrefixDict)


@pytest.fixture(scope="module")
def taggers(tokenizers):
    lazy, full, _ = tokenizers
    lazy_tagger = segment.pos_tokenizer(lazy)
    import jieba.posseg as posseg

    return lazy_tagger, posseg.POSTokenizer(full)


def _pairs(tagger, text):
    return [(w.word, w.flag) for w in tagger.lcut(text)]


@pytest.mark.parametrize("text", SAMPLES + ["联合实验室管理委员会由王建国主持，肯尼亚内罗毕大学的Otieno教授出席 🌿"])
def test_on_demand_tags_are_jiebas_tags(taggers, text):
    lazy, full = taggers
    assert _pairs(lazy, text) == _pairs(full, text)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("联盟科学组织国际一带路成立北京秘书处主席会议年月日的是了李强主持在举行ANSOabc 12。，？🎉")),
               max_size=40))
def test_on_demand_tags_match_on_random_bilingual_text(taggers, text):
    lazy, full = taggers
    assert _pairs(lazy, text) == _pairs(full, text)


def test_module_level_posseg_cut_uses_the_on_demand_tagger(taggers):
    """Code that calls ``jieba.posseg.cut`` directly gets the same words and tags, not an empty tag table."""
    import jieba.posseg as posseg

    lazy, full = taggers
    text = "白春礼在北京主持会议"
    assert [(w.word, w.flag) for w in posseg.lcut(text)] == _pairs(full, text)
    assert any(flag == "nr" for _, flag in _pairs(lazy, text))


def test_part_of_speech_tagging_goes_through_the_shared_tagger():
    """``import jieba.posseg`` elsewhere would load jieba's whole dictionary and tag table on first use (1–3 s):
    rag/ tags through ``rag.text.pos_tagger``, which only rag/segment.py builds."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[1] / "rag"
    direct = [p.name for p in root.rglob("*.py") if "jieba.posseg" in p.read_text(encoding="utf-8")
              and p.name != "segment.py" and "import jieba.posseg" in p.read_text(encoding="utf-8")]
    assert direct == []
