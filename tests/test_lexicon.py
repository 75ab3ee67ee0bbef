"""The bilingual lexicon (``rag.lexicon``) and its use across languages: parsing and filtering CC-CEDICT lines,
look-ups both ways, and the abstention rules when only the other language states a fact (a match, near-misses)."""
import gzip
import threading

import pytest

from rag.abstain import accounts_for
from rag.glossary import DOMAIN_GLOSSARY, glossary_digest, glossary_lines
from rag.lexicon import LazyLexicon, Lexicon, translated_terms
from rag.text import coverage_terms
from tests.test_abstain_rules import corpus_idf

pytestmark = pytest.mark.unit

LINES = """# CC-CEDICT test lines
國家 国家 [guo2 jia1] /country; nation; state/CL:個|个[ge4]/
專家 专家 [zhuan1 jia1] /expert; specialist/
個 个 [ge4] /(classifier used before a noun that has no specific classifier)/(bound form) individual/
張 张 [Zhang1] /surname Zhang/
張家 张家 [Zhang1 jia1] /surname Zhangjia/
箇中 个中 [ge4 zhong1] /variant of 箇中|个中[ge4 zhong1]/
當然 当然 [dang1 ran2] /only natural; as it should be/of course; without doubt/
星期二 星期二 [Xing1 qi1 er4] /Tuesday/
來自 来自 [lai2 zi4] /to come from (a place)/From: (in email header)/
折騰 折腾 [zhe1 teng5] /to toss from side to side (e.g. sleepless in bed)/to do sth over and over again/
鐵鏽 铁锈 [tie3 xiu4] /rust/
生鏽 生锈 [sheng1 xiu4] /to rust/
鏽蝕 锈蚀 [xiu4 shi2] /to corrode/to rust/
broken line without brackets
"""
FOOD_ZH = "2022年12月，网络在亚的斯亚贝巴举办小麦锈病防控国际研讨会，来自11个国家的60余名专家参加了会议。🌾"
SEISMIC_ZH = "6月1日（星期二）上午，地震监测与预警技术培训班在昆明开班。来自巴基斯坦、尼泊尔等6个国家的28名学员参加了开班仪式。"
FOOD_EN = "In 2022, the network funded 18 joint research projects 🌾 with a total budget of CNY 6.2 million."


@pytest.fixture(scope="module")
def small() -> Lexicon:
    return Lexicon.from_lines(LINES.splitlines())


@pytest.fixture(scope="module")
def cedict() -> Lexicon:
    lexicon = LazyLexicon("cedict").get()
    assert lexicon is not None
    return lexicon


def test_glosses_are_stemmed_like_coverage_terms_both_ways(small):
    assert "国家" in small.zh_for(next(iter(coverage_terms("countries"))))
    assert set(small.en_for("国家")) == {"countri", "nation", "state"}
    assert small.en_for("星期二") == ("tuesday",)
    assert small.zh_for("expert") == ("专家",) and small.zh_for("specialist") == ("专家",)
    assert small.alternatives("专家") == small.en_for("专家") and small.alternatives("expert") == ("专家",)


def test_classifiers_surnames_variants_bound_forms_and_idioms_are_dropped(small):
    assert small.en_for("个") == () and small.zh_for("individu") == ()  # one character, a classifier, a bound form
    assert small.en_for("张家") == () and small.zh_for("zhangjia") == ()  # a surname
    assert small.en_for("个中") == ()  # a variant
    assert small.zh_for("cours") == ()  # "of course" is an idiom led by a function word, not "course"
    assert small.zh_for("toss") == ()  # a long explanation is no translation
    assert small.en_for("来自") == ("come",)
    assert not small.knows("mailbox ✉️") and not small.knows("")


def test_the_shared_character_of_a_terms_translations_is_its_morpheme(small):
    assert small.morphemes("rust") == ("锈",)
    assert small.morphemes("countri") == ()  # one translation is too few to tell


def test_the_bundled_cedict_loads_once_and_translates_common_words(cedict):
    assert len(cedict) > 50_000
    assert "国家" in cedict.zh_for("countri") and "专家" in cedict.zh_for("expert")
    assert "小麦" in cedict.zh_for("wheat") and "巴基斯坦" in cedict.zh_for("pakistan")
    assert "earthquak" in cedict.en_for("地震") and "tuesday" in cedict.en_for("星期二")
    assert cedict.en_for("国家") and cedict.en_for("ＡＮＳＯ") == ()


def test_the_lazy_holder_builds_one_lexicon_for_all_threads(tmp_path):
    path = tmp_path / "mini.txt.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write(LINES)
    holder = LazyLexicon("cedict", path, cache=tmp_path)
    seen: list[Lexicon | None] = []
    threads = [threading.Thread(target=lambda: seen.append(holder.get())) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({id(x) for x in seen}) == 1 and seen[0] is not None and seen[0].en_for("专家")
    assert LazyLexicon("none").get() is None
    with pytest.raises(ValueError, match="cedict or none"):
        LazyLexicon("babel")


def test_a_second_load_reads_the_kept_sqlite_copy_row_by_row(tmp_path, small):
    path = tmp_path / "mini.txt.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write(LINES)
    parsed = Lexicon.load(path, cache=tmp_path)
    assert len(list(tmp_path.glob("cedict-lexicon-*.sqlite"))) == 1
    stored = Lexicon.load(path, cache=tmp_path)
    with_glossary = Lexicon.from_lines(LINES.splitlines(), domain_lines=glossary_lines())  # what load() parses
    for term in ["countri", "expert", "rust", "tuesday", "zhangjia", "particip", "🦀"]:
        assert stored.zh_for(term) == parsed.zh_for(term) == with_glossary.zh_for(term)
    for word in ["国家", "星期二", "来自", "个", "学员", "ＡＢ", ""]:
        assert stored.en_for(word) == parsed.en_for(word) == with_glossary.en_for(word)
    assert small.zh_for("countri") == ("国家",) and with_glossary.zh_for("countri") == ("国家", "成员国")
    assert len(stored) == len(parsed) and stored.morphemes("rust") == ("锈",)


def test_an_english_question_matches_a_chinese_only_fact(cedict):
    corpus = corpus_idf(FOOD_ZH, SEISMIC_ZH, FOOD_EN)
    question = "How many countries did the experts at the wheat rust meeting come from?"
    assert not accounts_for(question, "en", "number", FOOD_ZH, corpus)  # without the lexicon nothing matches
    assert accounts_for(question, "en", "number", FOOD_ZH, corpus, translations=cedict, only_translated=True)
    # "workshop" is not 研讨会 in CC-CEDICT, but it heads a compound whose other words match: it is no other event
    workshop = "How many countries did the experts at the wheat rust workshop come from?"
    assert accounts_for(workshop, "en", "number", FOOD_ZH, corpus, translations=cedict, only_translated=True)
    opens = corpus_idf(FOOD_ZH, SEISMIC_ZH, FOOD_EN, "Registration for the course opens in May.")  # both named
    assert accounts_for("On which day of the week did the earthquake training course open? 🗓️", "en", "weekday",
                        SEISMIC_ZH, opens, translations=cedict, only_translated=True)


def test_a_chinese_question_matches_an_english_only_fact(cedict):
    corpus = corpus_idf(FOOD_ZH, SEISMIC_ZH, FOOD_EN)
    assert accounts_for("网络研究项目的总预算是多少？💰", "zh", "number", FOOD_EN, corpus, translations=cedict,
                        only_translated=True)


def test_cross_language_near_misses_still_abstain(cedict):
    corpus = corpus_idf(FOOD_ZH, SEISMIC_ZH, FOOD_EN)
    for question, kind in [
        ("How many universities did the experts at the wheat rust workshop come from?", "number"),  # the asked head
        ("How many countries did the experts at the rice blast conference come from?", "number"),  # another event
        ("How many countries did the experts at the 2019 wheat rust workshop come from?", "number"),  # another year
        ("On which day of the week did the volcano monitoring course open?", "weekday"),
    ]:
        evidence = SEISMIC_ZH if "course" in question else FOOD_ZH
        assert not accounts_for(question, "en", kind, evidence, corpus, translations=cedict, only_translated=True), question
    assert not accounts_for("网络研究项目的总人数是多少？", "zh", "number", FOOD_EN, corpus, translations=cedict,
                            only_translated=True)


def test_coverage_of_an_other_language_sentence_countstranslated_terms(cedict):
    terms = coverage_terms("How many countries did the experts at the wheat rust workshop come from? 🌾")
    translated = {t: cedict.alternatives(t) for t in terms if cedict.alternatives(t)}
    found = translated_terms(translated, FOOD_ZH, coverage_terms(FOOD_ZH))
    assert {"countri", "expert", "wheat", "come", "workshop"} <= found  # 研讨会 is a workshop in the glossary
    zh_terms = coverage_terms("联合研究项目的总预算是多少？")
    translated = {t: cedict.alternatives(t) for t in zh_terms if cedict.alternatives(t)}
    assert {"研究", "项目", "预算"} <= translated_terms(translated, FOOD_EN, coverage_terms(FOOD_EN))
    assert translated_terms(translated, "Mixed 中文 text 😀 about nothing", coverage_terms("Mixed 中文 text")) == frozenset()


def test_a_title_qualifier_is_checked_across_languages(cedict):
    chair = "Professor Nadia Rahman is chairman of the committee 🌏."
    vice = "Dr. Li Wei is vice chairman of the committee."
    corpus = corpus_idf(chair, vice, SEISMIC_ZH)
    question = "委员会的副主席是谁？"  # 副 has no dictionary entry of its own: it is checked as "vice" / "deputy"
    assert not accounts_for(question, "zh", "who", chair, corpus, translations=cedict, only_translated=True)
    assert accounts_for(question, "zh", "who", vice, corpus, translations=cedict, only_translated=True)


CALL_EN = "The summer school is open to 40 participants. 🌊 Master's students receive a monthly stipend of CNY 3,000."


def test_every_glossary_word_keeps_a_translation_and_reaches_both_maps():
    glossary = Lexicon.from_lines(glossary_lines())
    for line in DOMAIN_GLOSSARY.strip().splitlines():
        word = line.partition(":")[0]
        assert glossary.en_for(word), word  # no line dropped by the dictionary's parsing rules
        assert any(word in glossary.zh_for(alt.split(" ")[-1]) for alt in glossary.en_for(word)), word


def test_the_glossary_is_part_of_the_bundled_lexicon_and_of_its_cached_name(cedict, tmp_path):
    assert {"particip", "traine"} <= set(cedict.en_for("学员"))  # CC-CEDICT alone says only "student"
    assert "生活费" in cedict.zh_for("stipend")
    assert glossary_digest("学员: participant") != glossary_digest("学员: participant; trainee")
    path = tmp_path / "mini.txt.gz"
    with gzip.open(path, "wt", encoding="utf-8") as handle:
        handle.write(LINES)
    assert "particip" in Lexicon.load(path, cache=tmp_path).en_for("学员")
    assert [p.name for p in tmp_path.glob("cedict-lexicon-*.sqlite")][0].endswith(f"-{glossary_digest()}.sqlite")


def test_a_chinese_question_in_the_alliances_words_matches_an_english_call(cedict):
    corpus = corpus_idf(CALL_EN, SEISMIC_ZH, FOOD_EN)
    for question in ["夏季学校招收多少名学员？", "硕士生每月的生活费是多少？💶"]:
        assert accounts_for(question, "zh", "number", CALL_EN, corpus, translations=cedict, only_translated=True), \
            question
    for near_miss in ["夏季学校招收多少名教师？", "博士后每月的生活费是多少？"]:  # a post, a category the call never names
        assert not accounts_for(near_miss, "zh", "number", CALL_EN, corpus, translations=cedict,
                                only_translated=True), near_miss


FIELD_EN = "The programme combines lectures and a three-day boat-based field practical 🚤 in Jiaozhou Bay."


def test_a_chinese_word_cut_from_its_neighbour_is_matched_through_the_compound_the_lexicon_knows(cedict):
    """jieba cuts 野外实习 into 野外 / 实习; the glossary knows the whole ("field practical"), which the English text
    states. A text not stating the compound's translation does not match it, and an English term (no segmenter's
    cut) never does this way."""
    from rag.abstain import _compound_matched
    from rag.text import normalize

    corpus = corpus_idf(FIELD_EN, CALL_EN, SEISMIC_ZH)
    question = "夏季学校的野外实习在哪里进行？"
    assert accounts_for(question, "zh", "where", FIELD_EN, corpus, translations=cedict, only_translated=True)
    field_norm, call_norm = normalize(FIELD_EN), normalize(CALL_EN)
    assert _compound_matched("野外", question, field_norm, coverage_terms(FIELD_EN), cedict)
    assert _compound_matched("实习", question, field_norm, coverage_terms(FIELD_EN), cedict)
    assert not _compound_matched("野外", question, call_norm, coverage_terms(CALL_EN), cedict)
    assert not _compound_matched("field", "Where is the field practical?", field_norm, coverage_terms(FIELD_EN),
                                 cedict)

BOARD_EN = "The fifth meeting of the AOTN Governing Board 🔭 will be held in Tashkent on Tuesday, 15 September 2026."
AI_ZH = "2027年度联盟（ANSO）访问学者计划（人工智能与交叉科学方向）🤖 的申报截止时间为2026年9月30日。"


def test_the_glossary_names_boards_ai_and_fellowships_as_the_alliances_pages_do(cedict):
    """CC-CEDICT says 理事会 is a "council" and knows no "AI": the alliance's pages say "Governing Board" and "AI"."""
    corpus = corpus_idf(BOARD_EN, AI_ZH, CALL_EN)
    assert accounts_for("AOTN理事会第五次会议定在哪天召开？", "zh", "date", BOARD_EN, corpus, translations=cedict,
                        only_translated=True)
    assert accounts_for("What is the application deadline for the ANSO visiting scholar programme on AI?", "en",
                        "date", AI_ZH, corpus, translations=cedict, only_translated=True)
    assert {"scholarship", "fellowship"} <= set(cedict.en_for("奖学金"))
    assert not accounts_for("AOTN学术委员会第五次会议定在哪天召开？", "zh", "date", BOARD_EN, corpus,
                            translations=cedict, only_translated=True)  # another body of the network
