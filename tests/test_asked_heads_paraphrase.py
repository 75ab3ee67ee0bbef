"""What the question asks about, read so that a paraphrase of the documents still answers it: a share stated by its
sign ("20%" for "percentage", 百分之七十 for 比例), a naming word ("another term for"), a participle, a hedge or a
position word (之前) is no asked thing — while a who- or how-many question keeps its verb, and a thing the documents
never name still abstains."""
import pytest

from rag.abstain import accounts_for, asked_heads, evidence_terms
from rag.questions import analyse
from tests.test_abstain_rules import corpus_idf

pytestmark = pytest.mark.unit

STATIONS = "The Automobile Association reported that in February 1974, 20% of American gasoline stations had no fuel."
STATIONS_ZH = "美国汽车协会报告称，在1974年2月的最后一周，20％ 的美国加油站没有燃料。"
FARMS_ZH = "百分之七十的以前亚马逊的森林区域都被用作了牲畜牧场🐄。"
ROTORS = "A steam turbine consists of one or more rotors (rotating discs) mounted on a drive shaft."
ENGINE = "It is a single-step, 5-cylinder engine with superheated steam."
BLADES = "The rotors have a propeller-like arrangement of blades at the outer edge."
AMAZON = "The Amazon rainforest (Dutch: Amazoneregenwoud) covers most of the basin."


def test_a_share_is_stated_by_its_percent_sign():
    corpus = corpus_idf(STATIONS, ROTORS)
    assert accounts_for("What was the percentage of American gasoline stations with no fuel?", "en", None,
                        STATIONS, corpus)
    corpus_zh = corpus_idf(STATIONS_ZH, FARMS_ZH)
    assert accounts_for("美国加油站没有燃料的比例是多少？", "zh", "number", STATIONS_ZH, corpus_zh)
    assert accounts_for("亚马逊森林区域用作牲畜牧场的比例是多少？", "zh", "number", FARMS_ZH, corpus_zh)


def test_a_share_asked_of_a_sentence_without_one_still_abstains():
    corpus_zh = corpus_idf(STATIONS_ZH, "美国加油站的数量在1974年达到顶峰。")
    assert not accounts_for("美国加油站的比例是多少？", "zh", "number", "美国加油站的数量在1974年达到顶峰。", corpus_zh)


def test_a_naming_word_before_for_is_stated_by_a_naming_construction():
    corpus = corpus_idf(ROTORS, ENGINE, BLADES)
    assert accounts_for("What is another term for rotors?", "en", None, ROTORS, corpus)  # "rotors (rotating discs)"
    assert not accounts_for("What is another term for rotors?", "en", None, BLADES, corpus)  # names nothing
    assert "term" in asked_heads("What is the term of the president?")  # a term of office is a thing
    assert accounts_for("What is the Dutch word for the Amazon 🌳?", "en", None, AMAZON, corpus_idf(AMAZON, ROTORS))


def test_after_what_is_a_participle_or_adverb_is_no_thing_but_who_keeps_its_verb():
    assert asked_heads("What was produced at Tesla's company?") == set()
    assert asked_heads("What was originally on the spacesuits?") == set()
    assert "elect" in asked_heads("Who was elected Vice-President of ABGN at the 2026 annual meeting?")
    assert "appli" in asked_heads("How many people applied to the 2026 quantum summer school?")


def test_a_hedge_or_a_degree_is_no_thing():
    assert asked_heads("What is the usual source of heat?") == {"sourc"}
    assert asked_heads("How many square miles large was the region?") == {"squar", "mile"}


def test_chinese_naming_and_position_words_are_no_heads():
    assert asked_heads("约塞米蒂高速公路的另一个名字是什么？") == set()
    assert asked_heads("亚马逊热带雨林估计的树的种类数量是多少？") == set()
    assert asked_heads("华沙波兰人队在 2000 年之前是什么时候夺得全国冠军的？") == set()
    assert asked_heads("东非作物种质资源区域中心是什么时候建的？") == {"中心"}  # the thing dated stays


def test_a_figure_joined_to_its_unit_states_the_unit():
    assert "cylind" in evidence_terms(ENGINE)
    assert "hour" in evidence_terms("a 40-hour week 🕒")
    assert accounts_for("How many cylinders does the engine have?", "en", "number", ENGINE,
                        corpus_idf(ENGINE, ROTORS))


def test_state_in_a_name_asks_for_no_statement():
    assert analyse("What is another name for State Route 168?").kind != "say"
    assert analyse("What did the report state about 🚀 funding?").kind == "say"


def test_what_percentage_answers_only_from_a_sentence_giving_one():
    corpus = corpus_idf(STATIONS.replace("20%", "many"), ROTORS, "Half of the 🌧️ rainforest is in Brazil.")
    assert accounts_for("What percentage does the Amazon represent in rainforests?", "en", "number",
                        "The Amazon represents 54% of the rainforests.", corpus)
    assert not accounts_for("What percentage does a steam turbine lose?", "en", "number", ROTORS, corpus)


def test_a_web_page_the_fact_is_placed_on_asks_no_address():
    assert analyse("About how many names were signed on a petition on the Parliament website 🖊️?").qtype == "number"
    assert analyse("大约有多少人在议会网站的在线请愿书上签名？").qtype == "number"
    assert analyse("What is the website of ANSO?").qtype == "url"
    assert analyse("联盟的网址是什么？").qtype == "url"
    assert analyse("Where can I download the form on the website?").qtype == "url"
    assert analyse("Who is the contact person, and on what phone number?").qtype == "phone"  # the number is asked
    assert analyse("多少人在哪个网站上报名？").qtype == "url"


def test_a_surname_names_the_party_a_figure_belongs_to():
    from rag.party_figures import figure_of_unnamed_party

    kuechly = "戴维斯完成了 5½ 次擒杀和四次拦截，而坎克利在擒抱 (118) 中迫使两次掉球🏈。"
    assert not figure_of_unnamed_party("卢克·坎克利贡献了多少次擒抱？", "zh", kuechly, "")
    others = "托马斯·戴维斯获得100万，约什·诺曼获得200万。"
    assert figure_of_unnamed_party("卢克·坎克利获得了多少奖金？", "zh", others, "")  # neither part is named
    stipends = "生活补贴：访问学者每月12000元，高级访问学者每月20000元"
    assert figure_of_unnamed_party("在读博士生每月多少生活补贴？", "zh", stipends, "")


def test_a_legal_form_or_a_temperature_scale_is_no_party():
    from rag.party_figures import figure_of_unnamed_party

    engine = "The efficiency of Energiprojekt's steam engine reaches some 27-30% on high-pressure engines, 2 of 3."
    assert not figure_of_unnamed_party("What efficiency has the Energiprojekt AB engine achieved?", "en", engine, "")
    turbine = "在汽轮机中，涡轮机入口温度通常为 565°C，冷凝器温度约为 30°C 🌡️。"
    assert not figure_of_unnamed_party("汽轮机的涡轮机入口温度是摄氏多少度?", "zh", turbine, "")


def test_a_chinese_naming_word_is_stated_by_a_naming_construction():
    chamber = "最常见的是在封闭空间（别称有 燃烧室、火箱）中燃烧可燃材料🔥。"
    plain = "蒸汽机的封闭空间中燃烧可燃材料。"
    corpus = corpus_idf(chamber, plain, "瘴气理论是一种过时的医学理论。")
    assert accounts_for("燃烧可燃材料的封闭空间的别名是什么？", "zh", None, chamber, corpus)
    assert not accounts_for("燃烧可燃材料的封闭空间的别名是什么？", "zh", None, plain, corpus)
