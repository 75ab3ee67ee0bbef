"""Faithful forms the support check (rag/verify.py, rag/places.py) must not take for a changed fact, and one
cross-language name it must catch: number words with a multiplier are one number, the half of a period is no
share, "half" is 50 %, "last" the verb is no rank, "30,000" and "US dollars" are read as the source writes them, a
river's kind word is no part of its name, and an English sentence names no place its Chinese source does not.
Both languages, emoji and mixed script."""
import pytest

from rag import places, verify
from rag.lexicon import Lexicon

pytestmark = pytest.mark.unit


@pytest.mark.parametrize("text, value", [
    ("The prize is worth thirty thousand US dollars 🏆.", "30000"),
    ("No laboratory may keep more than two hundred litres.", "200"),
    ("two hundred and fifty participants", "250"),
    ("twenty-four thousand seedlings 🌱", "24000"),
    ("one hundred days", "100"),
    ("奖金为 thirty thousand 美元", "30000"),
])
def test_number_words_with_a_multiplier_are_one_number(text, value):
    assert verify.numbers(text) == {value}


def test_number_words_without_a_multiplier_stay_apart():
    assert verify.numbers("It won by five votes to two.") == {"5", "2"}
    assert verify.numbers("two and three") == {"2", "3"}


@pytest.mark.parametrize("sentence, source", [
    ("Each laboratory may keep no more than two hundred litres of waste.", "每个实验室存放的液体废物不得超过200升。"),
    ("The prize is worth thirty thousand US dollars.", "The jury awarded the prize, worth USD 30,000, to the project."),
    ("奖金为三万美元 💵", "The prize is worth USD 30,000."),
])
def test_a_number_in_words_is_the_sources_number(sentence, source):
    assert verify.missing_fact(sentence, [verify.Evidence(text=source)]) is None


def test_a_wrong_number_in_words_is_still_missing():
    source = verify.Evidence(text="每个实验室存放的液体废物不得超过200升。")
    assert verify.missing_fact("No laboratory may keep more than three hundred litres.", [source]) is not None


@pytest.mark.parametrize("sentence, source", [
    ("A further 40 hectares will be planted in the second half of 2026 🌿.", "2026年下半年，项目计划再种植40公顷。"),
    ("2026年上半年共种植146公顷。", "In the first half of 2026 it planted 146 hectares."),
])
def test_the_half_of_a_period_is_neither_a_share_nor_a_rank(sentence, source):
    assert verify.missing_fact(sentence, [verify.Evidence(text=source)]) is None


@pytest.mark.parametrize("sentence, source", [
    ("A further 40 hectares will be planted in the first half of 2026.", "2026年下半年，项目计划再种植40公顷。"),
    ("2026年下半年共种植146公顷。", "In the first half of 2026 it planted 146 hectares."),
])
def test_the_other_half_of_a_period_is_a_changed_fact(sentence, source):
    assert verify.missing_fact(sentence, [verify.Evidence(text=source)]) is not None


@pytest.mark.parametrize("sentence, source", [
    ("The provider receives at least half of the net income.", "The provider gets no less than 50 % of net income."),
    ("提供方获得不低于一半的净收益。", "提供方机构获得的净收益不低于50%。"),
    ("The provider receives at least 50 % of the net income 💰.", "提供方获得不少于一半的净收益。"),
])
def test_half_is_fifty_percent(sentence, source):
    assert verify.missing_fact(sentence, [verify.Evidence(text=source)]) is None


def test_fifty_people_are_not_half():
    assert verify.missing_fact("50 trainees attended.", [verify.Evidence(text="Half of the trainees attended.")])


@pytest.mark.parametrize("text, ranks", [
    ("The initial course and the yearly refresher last four hours and one hour respectively.", set()),
    ("The course will last for two weeks ⏳", set()),
    ("The field course lasts 12 days.", set()),
    ("the last two days of the meeting", {"last"}),
    ("the last session was held in Kunming", {"last"}),
    ("最后一届会议在昆明举行", {"last"}),
])
def test_last_the_verb_is_no_rank(text, ranks):
    assert verify.ordinals(text) == ranks


def test_terms_read_numbers_compounds_and_currencies_as_the_source_writes_them():
    assert "30000" in verify.terms_of("worth USD 30,000, to the project")
    assert verify.terms_of("thirty thousand US dollars") == verify.terms_of("USD 30,000")
    assert verify.terms_of("a one-hour refresher") == verify.terms_of("a refresher of one hour")
    assert "人民" in verify.terms_of("资助上限为1.5万元人民币")  # Chinese currency words stay shared terms


def test_a_comma_inside_a_number_splits_no_clause():
    assert [p for p in verify.CLAUSE.split("funded by CNY 420,000 from the network") if p] == \
        ["funded by CNY 420,000 from the network"]
    assert len([p for p in verify.CLAUSE.split("In 2025, 37 researchers came") if p]) == 2


LEXICON = Lexicon.from_lines([
    "湄公河 湄公河 [Mei2 gong1 He2] /Mekong River/",
    "尼泊尔 尼泊尔 [Ni2 bo2 er3] /Nepal/",
    "马尔代夫 马尔代夫 [Ma3 er3 dai4 fu1] /Maldives/",
    "孟加拉国 孟加拉国 [Meng4 jia1 la1 guo2] /Bangladesh/",
    "青春 青春 [qing1 chun1] /youth/",
])


def test_a_river_named_without_its_kind_word_is_named():
    assert places.unnamed_place("湄公河鱼类观察项目有两千三百名渔民参与🐟。",
                                ["the Mekong Fish Watch project, in which 2,300 fishers report"], LEXICON) is None


def test_an_english_sentence_names_no_country_its_chinese_source_does_not():
    source = ["10月在科伦坡举办面向斯里兰卡、马尔代夫和孟加拉国技术人员的培训班。"]
    wrong = "A course will be held in Colombo for technicians from the Maldives and Nepal 🇳🇵."
    right = "A course will be held in Colombo for technicians from the Maldives and Bangladesh."
    assert places.unnamed_latin_place(wrong, source, LEXICON) == "Nepal"
    assert places.unnamed_latin_place(right, source, LEXICON) is None


def test_a_common_word_or_a_pinyin_name_is_left_alone():
    source = ["培训班在云南昆明开班，学员来自尼泊尔。"]
    assert places.unnamed_latin_place("The Youth Forum met in Kunming, Yunnan, with trainees from Nepal.", source,
                                      LEXICON) is None


TRAINING_ZH = "所有实验室工作人员上岗前须完成4学时的废物处理培训，此后每年参加1学时的复训。"


def test_a_subject_stated_once_for_two_clauses_binds_no_value_to_the_wrong_one():
    from rag import binding

    faithful = "实验室工作人员每年须参加1学时的复训📚，且上岗前须完成4学时的废物处理培训。"
    assert binding.misbound_fact(faithful, [TRAINING_ZH]) is None


def test_values_traded_between_two_clauses_are_still_misbound():
    from rag import binding

    swapped = "实验室工作人员每年须参加4学时的复训，且上岗前须完成1学时的废物处理培训。"
    assert binding.misbound_fact(swapped, [TRAINING_ZH]) is not None


def test_an_iso_date_is_a_date_not_a_count():
    from rag import binding

    facts = binding.facts_of("研讨会于2026-03-23至2026-03-26在圣胡安举行 🔭")
    assert facts["date"] == {"3", "23", "26"} and facts["year"] == {"2026"} and not facts["number"]
    source = "2026年3月23日至26日，研讨会在圣胡安国立大学举行。参会者中，巴西3名。"
    assert binding.misbound_fact("研讨会于2026-03-23至2026-03-26在圣胡安国立大学举行。", [source]) is None


def test_a_post_is_no_place():
    from rag import binding

    assert binding.places("It was signed in the presence of Sri Lanka's Minister of Agriculture.") == frozenset()
    assert binding.places("Trainees from Central Asia stay in a hotel.") == {"central asia"}


@pytest.mark.parametrize("sentence, source", [
    ("The planned telescope is 40 feet across 🔭.", "the site of the planned 40-metre telescope"),
    ("计划建设的望远镜口径为40英尺。", "the site of the planned 40-metre telescope"),
])
def test_a_length_in_feet_is_not_a_length_in_metres(sentence, source):
    assert verify.missing_fact(sentence, [verify.Evidence(text=source)]) == "fact: 40 ft"


@pytest.mark.parametrize("text, bound", [
    ("液体化学废物的装载量不得超过容器容积的四分之三 🧪", "at_most"),
    ("液体化学废物的装载量不得少于容器容积的四分之三", "at_least"),
    ("学员人数不应低于20名", "at_least"),
    ("存放时间不能多于90天", "at_most"),
    ("参会人数超过200人", "more_than"),
    ("Liquid waste may fill no more than three quarters of a container.", "at_most"),
])
def test_a_chinese_bound_with_a_modal_not_is_the_opposite_bound(text, bound):
    assert verify.quantifiers(text) == {bound}
    assert not verify.negated(text)


def test_must_not_be_less_than_does_not_restate_must_not_exceed():
    source = verify.Evidence(text="液体化学废物的装载量不得超过容器容积的四分之三。")
    assert verify.missing_fact("液体化学废物的装载量不得少于容器容积的四分之三。", [source]) == "quantifier: at_least"
    assert verify.missing_fact("液体化学废物的装载量最多为容器容积的四分之三。", [source]) is None


def test_a_dropped_assistant_rank_of_a_conservator_is_caught():
    from rag import posts

    source = "Mr. Nimal Perera, Assistant Conservator of Forests for the North Western Province, coordinates the work."
    assert posts.dropped_rank("Nimal Perera, Conservator of Forests, coordinates the work 🌳.", [source])
    assert posts.dropped_rank("Nimal Perera, Assistant Conservator of Forests, coordinates the work.", [source]) is None


PARTICIPANTS = ("Of its 68 participants, 31 came from Argentina and 27 from China; the other ten came from Chile (6), "
                "Brazil (3) and Uruguay (1).")


def test_counts_traded_between_the_parties_of_a_list_are_caught_item_by_item():
    from rag import party_values

    assert party_values.count_of_another_party("Of the 68 participants, 27 came from Argentina and 31 from China 🌎.",
                                               [PARTICIPANTS]) == "binding: 27"
    assert party_values.count_of_another_party("Of the 68 participants, 31 came from Argentina and 27 from China.",
                                               [PARTICIPANTS]) is None


def test_counts_paired_by_order_or_ranks_are_no_list_items():
    from rag import party_values

    assert party_values.count_of_another_party("Argentina and China sent 31 and 27 participants respectively.",
                                               [PARTICIPANTS]) is None
    rail = "Rail travel within China is reimbursed in second class; for trips of more than 1,000 kilometres a sleeper."
    assert party_values.count_of_another_party(
        "A first-class seat may be booked for rail trips in China of more than 1,000 kilometres.", [rail]) is None


@pytest.mark.parametrize("text, scopes", [
    ("由项目每月按每公顷20美元支付看护费", set()),
    ("并提供每人每天100元的伙食补助🍚", set()),
    ("每名学员须提交总结报告", {"each"}),
    ("每人次资助1.5万元", {"each"}),
    ("Each trainee must submit a report.", {"each"}),
])
def test_a_rate_per_unit_is_no_each(text, scopes):
    assert verify.quantifiers(text) == scopes


def test_all_is_not_stated_by_a_rate_per_unit():
    source = verify.Evidence(text="来自最不发达国家的学员还可免除住宿费，并由主办方提供每人每天100元的伙食补助。")
    assert verify.missing_fact("All trainees are exempt from accommodation costs.", [source]) == "quantifier: all"
    assert verify.missing_fact("所有学员均免除住宿费。", [source]) == "quantifier: all"


ARTICLE_ZH = ("利用转移样品取得的成果须标注提供方机构，并在首篇论文中为提供方至少一名研究人员提供共同署名机会。"
              "违反本办法的机构，三年内不得转移样品。")
ARTICLE_EN = ("Results must acknowledge the providing institution, and at least one of its researchers is offered "
              "co-authorship of the first publication. Institutions that breach these Measures may not transfer "
              "samples for three years.")


@pytest.mark.parametrize("sentence, source", [
    ("提供方机构的研究人员不得在首篇论文中署名📄。", ARTICLE_ZH),
    ("Researchers of the providing institution may not be co-authors of the first publication.", ARTICLE_EN),
])
def test_a_not_is_backed_only_by_a_sentence_it_may_restate(sentence, source):
    assert verify.missing_fact(sentence, [verify.Evidence(text=source)]) == "negation"


@pytest.mark.parametrize("sentence, source", [
    ("违反本办法的机构在三年内不得转移样品。", ARTICLE_ZH),
    ("Institutions that breach the Measures may not transfer samples for three years.", ARTICLE_EN),
    ("联盟成员单位的学员无需缴纳培训费。", "培训费3000元人民币，联盟成员单位学员全额免除；国际往返旅费一律自理。"),
    ("Trainees from members do not pay the fee.", "Trainees from members are exempt from the fee."),
])
def test_a_not_the_restated_sentence_says_is_backed(sentence, source):
    assert verify.missing_fact(sentence, [verify.Evidence(text=source)]) is None


def test_across_languages_any_negated_source_sentence_still_backs_a_not():
    assert verify.negation_stated("研究人员不得转移样品", [ARTICLE_EN])
