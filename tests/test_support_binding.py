"""The support check's newer binding and fact rules: roles given to another person, yearly counts swapped between
years, rules moved between organisations, posts given to another person, acts given to another
person, rates and ranks, lengths of time, compound
number words (no embedder)."""
import pytest

from rag import acts, binding, directions, fact_pairs, posts, verify

pytestmark = pytest.mark.unit

ZH_CEREMONY = "开班仪式由研究院副院长赵立军主持，联盟秘书处项目官员阿依达·努尔兰致辞。通讯员马宁报道 📰。"
ZH_UNVEILING = "揭牌仪式由怀柔区委书记、怀柔科学城党工委书记戴彬彬主持。院长白春礼出席并致辞。"
EN_MEETING = "The workshop was chaired by Professor Zhou Ming and Dr. Sara Thapa 🌍. Dr. Li Wei gave a talk."
YEARLY = "The network funded 9 joint projects in 2022, 14 in 2023 and 17 in 2024."
ZH_YEARLY = "2024年，网络培训当地技术人员1350名，2023年为980名。"
ZH_FUNDED = "网络2022年资助9个联合项目，2023年14个，2024年17个。"
NETWORKS = ("Datasets from the Water and Climate Network are released under CC BY 4.0, whereas those from the "
            "Biodiversity Conservation Network require registration before download.")


def evidence(text: str, parallel: str | None = None) -> list[verify.Evidence]:
    return [verify.Evidence(text=text, parallel=[parallel] if parallel else [])]


@pytest.mark.parametrize("sentence, source, reason", [
    ("开班仪式由研究院副院长马宁主持。", ZH_CEREMONY, "binding: role"),  # 马宁 is in the source, as the reporter
    ("开班仪式由研究院副院长赵立军主持 ✅。", ZH_CEREMONY, None),
    ("揭牌仪式由院长白春礼主持。", ZH_UNVEILING, "binding: role"),  # jieba does not tag 戴彬彬: the title does
    ("揭牌仪式由党工委书记戴彬彬主持。", ZH_UNVEILING, None),
    ("The workshop was chaired by Dr. Li Wei.", EN_MEETING, "binding: role"),
    ("The workshop was chaired by Dr. Sara Thapa 🌍.", EN_MEETING, None),  # a co-chair keeps the role
])
def test_a_role_the_source_gives_to_one_person_is_not_given_to_another(sentence, source, reason):
    assert binding.swapped_role(sentence, [source]) == reason


@pytest.mark.parametrize("sentence, sources, reason", [
    ("The network funded 17 joint projects in 2023 and 14 in 2024.", [YEARLY], "binding: 17 in 2023"),
    ("In 2024 the network funded 17 joint projects, up from 14 in 2023 📈.", [YEARLY], None),
    ("The network funded 9, 14 and 17 joint projects in 2022, 2023 and 2024, respectively.", [YEARLY], None),
    ("2023年资助17个项目，2024年14个。", [ZH_FUNDED], "binding: 17 in 2023"),
    ("2024年资助17个项目，2023年14个 🎯。", [ZH_FUNDED], None),
    ("2023年网络培训当地技术人员980名，2024年增至1350名。", [ZH_YEARLY], None),
])
def test_yearly_counts_keep_their_years(sentence, sources, reason):
    assert fact_pairs.swapped_year_count(sentence, sources) == reason


def test_a_count_paired_with_its_year_as_in_the_source_is_not_a_binding_error():
    sentence = "2023年网络培训当地技术人员980名，2024年增至1350名。"
    assert fact_pairs.confirmed(sentence, [ZH_YEARLY]) == {"2023", "980"}
    assert binding.misbound_fact(sentence, [ZH_YEARLY], fact_pairs.confirmed(sentence, [ZH_YEARLY])) is None


def test_a_rule_moved_from_one_organisation_to_another_is_caught():
    swapped = "Datasets from the Biodiversity Conservation Network are released under CC BY 4.0."
    assert binding.misbound_fact(swapped, [NETWORKS]) == "binding: biodiversity conservation network"
    faithful = "Water and Climate Network datasets are released under CC BY 4.0 🌊."
    assert binding.misbound_fact(faithful, [NETWORKS]) is None
    assert binding.bodies(NETWORKS) == {"water and climate network", "biodiversity conservation network"}
    assert "4" not in binding.facts_of(NETWORKS)["number"]  # a licence's version is no count


@pytest.mark.parametrize("text, expected", [
    ("They take turns every two years 🔁.", set()), ("每两年轮流举办一次。", set()),
    ("Every member may apply.", {"all"}), ("每个成员均可申请。", {"all", "each"}),
])
def test_a_rate_is_no_scope(text, expected):
    assert verify.quantifiers(text) == expected


def test_a_scope_is_checked_in_the_sentences_own_language():
    en = "Research institutions in ANSO member countries may apply."
    zh = "联盟成员国的科研机构均可申请。"  # 均 belongs to the Chinese sentence, not to "any country"
    assert verify.missing_fact("Research institutions in any country may apply. [1]", evidence(en, zh)) == \
        "quantifier: all"
    assert verify.missing_fact("联盟成员国的科研机构都可以申请。[1]", evidence(en, zh)) is None


@pytest.mark.parametrize("sentence, source, reason", [
    ("最后一届研讨会将在北京举行。[1]", "首届研讨会将在北京举行。", "fact: ordinal last"),
    ("The final session will be held in Beijing. [1]", "The first session will be held in Beijing.",
     "fact: ordinal last"),
    ("Last year the session was held in Beijing 🏛. [1]", "In 2024 the session was held in Beijing.", None),
])
def test_the_last_of_a_series_is_not_the_first(sentence, source, reason):
    assert verify.missing_fact(sentence, evidence(source)) == reason


@pytest.mark.parametrize("sentence, source, reason", [
    ("The training course lasts two months. [1]", "培训为期两周，共开设14门课程。", "fact: 2 month"),
    ("The training course lasts two weeks 📚. [1]", "培训为期两周，共开设14门课程。", None),
    ("培训为期三个月。[1]", "The course lasts three weeks.", "fact: 3 month"),
    ("会议于2025年举行，为期3天。[1]", "The 3-day meeting was held in 2025.", None),
])
def test_a_length_of_time_keeps_its_unit_across_languages(sentence, source, reason):
    assert verify.missing_fact(sentence, evidence(source)) == reason


def test_compound_number_words_are_one_number():
    assert verify.numbers("Twenty-four trainees from five countries 🎓") == {"24", "5"}
    assert verify.numbers("thirty one days") == {"31"}


def test_a_transliterated_name_is_found_whole_after_a_conjunction():
    zh = "秘书长胡建平博士作工作报告，司库恩戈齐·奥卡福女士作财务报告。"
    en = "Secretary-General Dr. Hu Jianping presented the work report, and Ms. Ngozi Okafor the financial statement."
    assert verify.missing_fact("胡建平博士和恩戈齐·奥卡福女士分别作了工作报告和财务报告。[1]", evidence(en, zh)) is None


EN_BOARD = ("The meeting was chaired by Professor Somchai Rattanakorn, Vice-Chair of the Board, on behalf of the "
            "Chair. Secretary-General Dr. Hu Jianping presented the report 📊. AFSN is chaired by Professor Samuel "
            "Mwangi. The network's coordinator can be reached by e-mail.")
ZH_BOARD = "理事会副主席颂猜·拉达纳功教授代表主席主持会议。联盟秘书长胡建平博士作报告，植物研究所所长林强教授出席 📊。"


@pytest.mark.parametrize("sentence, source, reason", [
    ("Professor Somchai Rattanakorn, Vice-Chair of the Board, chaired the meeting 📊.", EN_BOARD, None),
    ("The meeting was chaired by Professor Somchai Rattanakorn, Chair of the Board.", EN_BOARD, "binding: post"),
    ("Dr. Hu Jianping, ANSO's Secretary-General, presented the report.", EN_BOARD, None),
    ("Treasurer Dr. Hu Jianping presented the report.", EN_BOARD, "binding: post"),  # a post the source never gives
    ("AFSN's coordinator, Professor Samuel Mwangi, can be reached by e-mail.", EN_BOARD, "binding: post"),
    ("颂猜·拉达纳功教授以理事会副主席身份主持会议。", ZH_BOARD, None),
    ("理事会主席颂猜·拉达纳功教授主持会议。", ZH_BOARD, "binding: post"),  # the rank dropped: 副主席 is not 主席
    ("植物研究所所长林强教授出席会议 ✅。", ZH_BOARD, None),
    ("联盟秘书长林强教授出席。", ZH_BOARD, "binding: post"),  # the post of another person
])
def test_a_post_stays_with_its_person(sentence, source, reason):
    assert posts.wrong_post(sentence, [source]) == reason


def test_posts_bind_only_side_by_side():
    signing = "签约仪式由肯方副校长玛丽·万吉鲁主持，习近平主席贺信并作讲话。"
    assert posts.posts(signing) == {("玛丽·万吉鲁", "deputy 校长")}
    assert posts.posts("Kenya, Director of the programme, and Liu He's letter 🇰🇪.") == set()
    assert posts.posts("Liu He, Vice Premier of the State Council, read President Xi Jinping's letter.") == {
        ("liu he", "deputy premier"), ("xi jinping", "president")}


EN_INAUGURATION = ("Chinese President Xi Jinping sent a congratulatory letter 💌. Vice Premier of the State Council "
                   "Liu He attended the inauguration ceremony. The letter was read by Professor Zhou Ming.")


@pytest.mark.parametrize("sentence, reason", [
    ("Xi Jinping sent a congratulatory letter and Liu He attended the ceremony 💌.", None),
    ("Liu He attended the inauguration ceremony and read the letter.", None),  # the source's reader is passive
    ("Xi Jinping sent a congratulatory letter and attended the inauguration ceremony.", "binding: act"),
    ("President Xi Jinping attended the inauguration ceremony.", "binding: act"),
    ("Professor Zhou Ming sent a congratulatory letter.", "binding: act"),
    ("习近平主席出席了成立大会。", None),  # Chinese acts are not read here
])
def test_an_act_stays_with_the_person_who_did_it(sentence, reason):
    assert acts.act_of_another(sentence, [EN_INAUGURATION]) == reason


HOUSING = ("The school accepts 30 participants from Central Asia and 20 from other member countries. Participants "
           "from Central Asia are accommodated on campus, while the others stay in a nearby hotel 🏨.")
ZH_HOUSING = "暑期学校招收来自中亚的学员30名、来自其他成员国的学员20名。中亚学员住在校园内，其他学员入住附近酒店 🏨。"
ZH_GUESTS = "参加仪式的嘉宾们围绕“科学城新发展”等议题进行了探讨，就联盟和科学城互动达成共识。"


@pytest.mark.parametrize("sentence, source, reason", [
    ("Participants from other member countries are accommodated on campus, while those from Central Asia stay in "
     "a nearby hotel.", HOUSING, "binding: central asia"),
    ("Participants from Central Asia are accommodated on campus, and the others stay in a nearby hotel.", HOUSING,
     None),
    ("中亚学员入住附近酒店，其他学员住在校园内。", ZH_HOUSING, "binding: 中亚"),
    ("中亚学员住在校园内 ✅，其他学员入住附近酒店。", ZH_HOUSING, None),
    # a Chinese clause without a subject of its own speaks of the guests of the clause before it
    ("嘉宾们就联盟和科学城互动达成共识。", ZH_GUESTS, None),
])
def test_a_place_stays_with_the_arrangement_of_its_party(sentence, source, reason):
    assert binding.misbound_fact(sentence, [source]) == reason


MOU = ("Under the MoU, IBCAS will digitise 20,000 herbarium specimens for the National Herbarium over three years, "
       "and the National Herbarium will host two IBCAS researchers each summer 🌿.")
ZH_MOU = ("根据备忘录，植物研究所将在三年内为国家植物标本馆数字化2万份植物标本，"
          "国家植物标本馆每年夏季接待植物研究所2名研究人员。")


@pytest.mark.parametrize("sentence, source, flagged", [
    ("The National Herbarium will digitise 20,000 specimens for IBCAS over three years.", MOU, True),
    ("IBCAS will digitise 20,000 herbarium specimens for the National Herbarium 🌿.", MOU, False),
    # a passive restatement puts the parties the other way round faithfully
    ("20,000 specimens for the National Herbarium will be digitised by IBCAS.", MOU, False),
    ("国家植物标本馆将为植物研究所数字化2万份植物标本。", ZH_MOU, True),
    ("植物研究所将为国家植物标本馆数字化2万份植物标本 ✅。", ZH_MOU, False),
    ("国家植物标本馆的2万份植物标本由植物研究所数字化。", ZH_MOU, False),
])
def test_two_parties_keep_their_direction(sentence, source, flagged):
    assert (directions.swapped_parties(sentence, [source]) is not None) is flagged
