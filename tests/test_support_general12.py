"""General causes of false flags and misses of the support check (issue #11, session 12): an acronym the source
spells out ("CAS" for "the Chinese Academy of Sciences"), a cause that stops an act ("kept the delegation from
visiting" is a negation by meaning), and a source sentence with a negated clause beside a plain one — a sentence
restating the plain clause has dropped no negation. English and Chinese, emoji and mixed script."""
import pytest

from rag import verify

pytestmark = pytest.mark.unit


def _check(sentence: str, source: str) -> str | None:
    return verify.check(sentence + " [1]", [verify.Evidence(text=source)], None)


@pytest.mark.parametrize("acronym, text, expected", [
    ("CAS", "a mission of the Institute of Zoology of the Chinese Academy of Sciences and others", True),
    ("UNCST", "the Uganda National Council for Science and Technology (host)", True),
    ("IZ", "the Institute of Zoology 🦗", True),
    ("CAS", "the Chinese Association of Surgeons", True),       # its initials, whatever the words
    ("CAS", "the Chinese Academy of Agricultural Sciences", False),  # C A A S: not one run of C, A, S
    ("NASA", "the National Space Agency", False),
    ("Cas", "the Chinese Academy of Sciences", False),           # not an acronym
    ("C", "Chinese", False),                                     # too short to tell
    ("CAS", "中国科学院 Chinese Academy of Sciences 动物研究所", True),  # mixed script
])
def test_spelled_out(acronym: str, text: str, expected: bool) -> None:
    assert verify.spelled_out(acronym, text) is expected


def test_acronym_of_a_spelled_out_name_is_no_missing_name() -> None:
    source = "A team of the Institute of Zoology of the Chinese Academy of Sciences surveyed locust sites in Sindh."
    assert _check("A team from the CAS Institute of Zoology surveyed locust sites in Sindh.", source) is None
    assert _check("A team from the CAAS Institute of Zoology surveyed locust sites in Sindh.", source) == "fact: CAAS"


@pytest.mark.parametrize("text", [
    "Flight cancellations kept the delegation from visiting Xishuangbanna.",
    "Heavy snow prevented the team from reaching the glacier ❄️.",
    "The strike stopped the delegates from attending the ceremony.",
    "航班取消使代表团无法访问西双版纳。",
    "暴雪导致考察队未能抵达冰川❄️。",
    "大雪阻止了考察队前往冰川。",
])
def test_a_cause_that_stops_an_act_negates(text: str) -> None:
    assert verify.implicitly_negated(text)


@pytest.mark.parametrize("text", [
    "The delegation kept visiting Xishuangbanna.",
    "The team came from Beijing.",
    "Funds from the grant kept the station running.",
    "代表团访问了西双版纳。",
])
def test_plain_acts_are_not_negated(text: str) -> None:
    assert not verify.implicitly_negated(text)


def test_a_stopped_act_is_no_dropped_negation() -> None:
    source = "The delegation did not visit Xishuangbanna as planned, because of flight cancellations."
    assert _check("Flight cancellations kept the delegation from visiting Xishuangbanna.", source) is None
    assert _check("The delegation visited Xishuangbanna as planned.", source) == "negation dropped"


@pytest.mark.parametrize("sentence, source, expected", [
    # the plain clause restated: no negation dropped
    ("Claims must be submitted with original receipts within 30 days of return.",
     "Claims must be submitted with original receipts within 30 days of return; claims submitted after 90 days will "
     "not be paid.", None),
    ("报销申请须在返回后30天内附原始票据提交。",
     "报销申请须在返回后30天内附原始票据提交；返回超过90天提交的，不予报销。", None),
    # the negated clause restated without its "not": dropped
    ("Claims submitted after 90 days will be paid.",
     "Claims must be submitted with original receipts within 30 days of return; claims submitted after 90 days will "
     "not be paid.", "flagged"),  # (by meaning too: "paid" against "not paid")
    ("The platform is maintained by the ANSO Secretariat 🙂.",
     "The platform is maintained by the Computer Network Information Center of CAS, not by the ANSO Secretariat.",
     "negation dropped"),
    ("平台由联盟秘书处维护。", "平台由中国科学院计算机网络信息中心维护，而不是由联盟秘书处维护。", "negation dropped"),
])
def test_negated_part_kept_more_than_the_plain_clause(sentence: str, source: str, expected: str | None) -> None:
    reason = _check(sentence, source)
    assert reason == expected or (expected == "flagged" and reason is not None)


LINES = """# CC-CEDICT test lines
代表團 代表团 [dai4 biao3 tuan2] /delegation/
訪問 访问 [fang3 wen4] /to visit/
計劃 计划 [ji4 hua4] /plan/
研究所 研究所 [yan2 jiu1 suo3] /research institute/
參觀 参观 [can1 guan1] /to visit/
"""
SCENE = ("On 24 April the delegation visited the Institute of Hydrobiology, where the two sides discussed fish "
         "stocks. The delegation did not visit Xishuangbanna as planned, because of flight cancellations.")


@pytest.fixture(scope="module")
def small():
    from rag.lexicon import Lexicon

    return Lexicon.from_lines(LINES.splitlines())


@pytest.mark.parametrize("sentence, dropped", [
    ("代表团按计划访问了西双版纳。", True),          # the negated clause, its "not" dropped
    ("代表团按计划访问了西双版纳🌿。", True),
    ("代表团未能按计划访问西双版纳。", False),       # negated too
    ("由于航班取消，代表团无法按计划访问西双版纳。", False),  # negated by meaning
    ("4月24日，代表团访问了水生生物研究所。", False),  # the plain clause restated
])
def test_negation_dropped_across_any_source_sentence(small, sentence: str, dropped: bool) -> None:
    import numpy as np

    # the vectors pick the first source sentence (the visit to the institute), as e5 did for the first example
    evidence = [verify.Evidence(text=SCENE, svecs=np.array([[1.0, 0.0], [0.0, 1.0]]))]
    assert verify.negation_dropped_across(sentence, evidence, np.array([1.0, 0.0]), small) is dropped


@pytest.mark.parametrize("text, pair", [
    ("Dr. Martin Ssebuliba, Executive Secretary of UNCST, led the delegation.", ("martin ssebuliba", "secretary")),
    ("Ms. Joyce Akello, Deputy Executive Secretary of UNCST 🇺🇬, spoke.", ("joyce akello", "deputy secretary")),
    ("The delegation was led by Executive Secretary Dr. Martin Ssebuliba.", ("martin ssebuliba", "secretary")),
    ("It was led by Professor Xu Wenjing, with Mr. Tariq Mehmood, Deputy Director of Locust Control, as deputy "
     "leader.", ("tariq mehmood", "deputy leader")),
    ("The team was led by Professor Xu Wenjing of the Institute of Zoology.", ("xu wenjing", "leader")),
])
def test_offices_with_qualifiers_leaders_and_with_as(text: str, pair: tuple[str, str]) -> None:
    from rag import posts

    assert pair in posts.offices(text)


@pytest.mark.parametrize("text", [
    "The mission was led by the Institute of Zoology.",     # an organisation leads, no person
    "The survey was led by China.",                          # a bare word is no person
    "The delegation was led by Executive Secretary Dr. Martin Ssebuliba.",  # the post is no person's name
])
def test_no_leader_without_a_person(text: str) -> None:
    from rag import posts

    assert not any(post == "leader" and "secretary" in person or "institute" in person or person == "china"
                   for person, post in posts.offices(text))


DELEGATION = ("The delegation was led by Dr. Martin Ssebuliba, Executive Secretary of UNCST, with Ms. Joyce Akello, "
              "Head of International Cooperation, as deputy leader.")


@pytest.mark.parametrize("sentence, flagged", [
    ("Ms. Joyce Akello, Deputy Executive Secretary of UNCST, was deputy leader of the delegation.", True),
    ("The delegation was led by Ms. Joyce Akello, with Dr. Martin Ssebuliba as deputy leader.", True),
    ("The delegation was led by Executive Secretary Dr. Martin Ssebuliba 🙂.", False),
    ("Ms. Joyce Akello, Head of International Cooperation, was deputy leader of the delegation.", False),
])
def test_a_qualified_office_or_a_leader_given_to_another(sentence: str, flagged: bool) -> None:
    from rag import posts

    assert (posts.wrong_post(sentence, [DELEGATION]) is not None) is flagged


@pytest.mark.parametrize("sentence, flagged", [
    ("考察组由塔里克·马哈茂德任组长。", True),
    ("考察组由动物研究所徐文静研究员任组长🦗。", False),
])
def test_the_chinese_leader_binds_as_before(sentence: str, flagged: bool) -> None:
    from rag import posts

    source = "考察组共9人，由动物研究所徐文静研究员任组长，巴方植物保护局副处长塔里克·马哈茂德任副组长。"
    assert (posts.wrong_post(sentence, [source]) is not None) is flagged


PLACE_LINES = """# CC-CEDICT test lines
東非 东非 [Dong1 Fei1] /East Africa/
肯尼亞 肯尼亚 [Ken3 ni2 ya4] /Kenya/
布利 布利 [Bu4 li4] /Buli (place)/
"""
VISIT = ("On 22 April Dr. Ssebuliba and Professor Li Qiong signed a letter of intent on a centre for East African "
         "fruit trees and on training Kenyan technicians.")


@pytest.fixture(scope="module")
def places_lexicon():
    from rag.lexicon import Lexicon

    return Lexicon.from_lines(PLACE_LINES.splitlines())


@pytest.mark.parametrize("sentence, place", [
    ("塞布利巴博士与李琼教授签署了共建东非果树保护中心的意向书🌳。", None),   # 布利 cut out of a name; East African
    ("双方将培训肯尼亚技术人员。", None),                                      # Kenya in "Kenyan"
    ("布利博士签署了意向书。", "布利"),                                        # no longer name around it
])
def test_a_place_inside_a_name_or_as_an_adjective_is_named(places_lexicon, sentence: str, place: str | None) -> None:
    from rag import places

    assert places.unnamed_place(sentence, [VISIT], places_lexicon) == place


OBSERVERS = ("Mr. Sergei Volkov of the Russian Academy of Sciences and Professor Guo Xiaoling, Vice President of "
             "Lanzhou University, attended as observers.")
ZH_OBSERVERS = "俄罗斯科学院的谢尔盖·沃尔科夫先生和兰州大学副校长郭晓玲教授作为观察员列席会议🙂。"


@pytest.mark.parametrize("sentence, source, counts", [
    ("Two observers attended the meeting.", OBSERVERS, {"2"}),
    ("2 observers attended 👀.", OBSERVERS, {"2"}),
    ("Three observers attended the meeting.", OBSERVERS, set()),        # two are named, not three
    ("Two speakers attended the meeting.", OBSERVERS, set()),           # the source counts no speakers
    ("两名观察员列席了会议。", ZH_OBSERVERS, {"2"}),
    ("三名观察员列席了会议。", ZH_OBSERVERS, set()),
])
def test_a_count_of_listed_persons(sentence: str, source: str, counts: set[str]) -> None:
    from rag.listed_counts import listed_counts

    assert listed_counts(sentence, [source]) == counts


@pytest.mark.parametrize("sentence, source, reason", [
    ("Two observers attended.", OBSERVERS, None),
    ("Three observers attended.", OBSERVERS, "fact: 3"),
    ("两名观察员列席会议。", ZH_OBSERVERS, None),
    ("三名观察员列席会议。", ZH_OBSERVERS, "fact: 3"),
])
def test_a_count_of_listed_persons_is_no_missing_number(sentence: str, source: str, reason: str | None) -> None:
    import numpy as np

    evidence = [verify.Evidence(text=source, svecs=np.array([[1.0, 0.0]]))]  # one source sentence, said alike
    assert verify.check(sentence + " [1]", evidence, np.array([1.0, 0.0])) == reason


ETHICS_ZH = ("违反本办法的，由联盟科研诚信委员会调查处理。"
             "被调查人可在收到处理决定之日起15个工作日内向联盟秘书长提出书面申诉。")
ETHICS_EN = ("Breaches of these measures are investigated by the ANSO Research Integrity Committee. A person under "
             "investigation may appeal in writing to the ANSO Secretary-General within 15 working days of the "
             "decision.")


@pytest.mark.parametrize("sentence, source, swapped", [
    ("违反本办法的，由联盟秘书长调查处理，被调查人可向科研诚信委员会提出书面申诉。", ETHICS_ZH, True),
    ("违反本办法的，由联盟科研诚信委员会调查处理，被调查人可向联盟秘书长提出书面申诉📝。", ETHICS_ZH, False),
    ("Breaches are investigated by the ANSO Secretary-General, and a person under investigation may appeal in "
     "writing to the Research Integrity Committee.", ETHICS_EN, True),
    ("Breaches are investigated by the ANSO Research Integrity Committee, and a person under investigation may "
     "appeal in writing to the ANSO Secretary-General 📝.", ETHICS_EN, False),
])
def test_a_party_swapped_into_a_clause_does_not_pull_its_match(sentence: str, source: str, swapped: bool) -> None:
    from rag import clause_swap

    assert (clause_swap.swapped_between_clauses(sentence, [source]) is not None) is swapped


BOARD = ("The Chair welcomed Ms. Tran Thi Lan of the Vietnam Academy of Science and Technology, who joined the Board "
         "in January 2026 in place of Dr. Nguyen Van Hoa.")


@pytest.mark.parametrize("sentence, swapped", [
    ("Dr. Nguyen Van Hoa joined the Board in January 2026 in place of Ms. Tran Thi Lan.", True),
    ("Ms. Tran Thi Lan joined the Board in January 2026 in place of Dr. Nguyen Van Hoa 🇻🇳.", False),
    ("The Chair welcomed Ms. Tran Thi Lan, who joined the Board in place of Dr. Nguyen Van Hoa.", False),
])
def test_a_relative_who_clause_speaks_of_the_person_before_it(sentence: str, swapped: bool) -> None:
    from rag import directions

    assert (directions.swapped_parties(sentence, [BOARD]) is not None) is swapped


@pytest.mark.parametrize("sentence, clauses", [
    (BOARD, ["The Chair welcomed Ms. Tran Thi Lan of the Vietnam Academy of Science and Technology",
             "Ms. Tran Thi Lan joined the Board in January 2026 in place of Dr. Nguyen Van Hoa."]),
    ("The Board thanked the Centre, which hosts the meeting.",        # "which": no person to lead it
     ["The Board thanked the Centre", " which hosts the meeting."]),
    ("理事会欢迎陈氏兰女士，她于2026年1月接替阮文和博士加入理事会。",  # Chinese: no "who" clause, left as split
     ["理事会欢迎陈氏兰女士", "她于2026年1月接替阮文和博士加入理事会。"]),
])
def test_clauses_with_antecedents(sentence: str, clauses: list[str]) -> None:
    from rag import directions

    assert directions._with_antecedents(sentence) == clauses


CLAIMS_ZH = "报销申请须在返回后30天内附原始票据提交；返回超过90天提交的，不予报销。"
CLAIMS_EN = ("Claims must be submitted with original receipts within 30 days of return; after 90 days, claims are "
             "not paid.")


@pytest.mark.parametrize("sentence, source, misbound", [
    ("返回超过九十天才提交的报销申请不予报销。", CLAIMS_ZH, False),   # a clause and its consequence, as one
    ("返回超过90天提交的报销申请不予报销💸。", CLAIMS_ZH, False),
    ("Claims submitted after 90 days of return are not paid.", CLAIMS_EN, False),
    ("报销申请须在返回后90天内附原始票据提交。", CLAIMS_ZH, True),     # the other clause's value
    ("Claims must be submitted with original receipts within 90 days of return.", CLAIMS_EN, True),
])
def test_a_clause_restated_with_its_consequence_keeps_its_value(sentence: str, source: str, misbound: bool) -> None:
    from rag import binding

    assert (binding.misbound_fact(sentence, [source]) is not None) is misbound


SAMPLES_ZH = "考察组采集的样品中，有两份检出对马拉硫磷的抗性，均来自哈兰沙漠。"
SAMPLES_EN = "Of the samples the team collected, two of them showed resistance to malathion, and all came from Kharan."
COURSE_ZH = "共有587名学员学完全部10个单元并通过结业测试，结业率约为40%。"


@pytest.mark.parametrize("sentence, source, widened", [
    ("考察组采集的样品均检出对马拉硫磷的抗性。", SAMPLES_ZH, True),
    ("考察组有两份样品检出对马拉硫磷的抗性🧪。", SAMPLES_ZH, False),
    ("检出抗性的样品均来自哈兰沙漠。", SAMPLES_ZH, False),                 # "all" where the source says it
    ("All the samples showed resistance to malathion.", SAMPLES_EN, True),
    ("The resistant samples all came from Kharan 🏜️.", SAMPLES_EN, False),
    ("共有五百八十七名学员完成了全部十个单元。", COURSE_ZH, False),          # 共有 is a total, 全部 is stated
    ("All participants received certificates.",
     "All 30 participants, who came from 12 countries, received certificates.", False),
])
def test_all_said_of_a_counted_part(sentence: str, source: str, widened: bool) -> None:
    from rag import universal_scope

    assert (universal_scope.widened_to_all(sentence, [source]) is not None) is widened


ELECTION_EN = ("In the election for President, Dr. Grace Wanjiru, Director-General of the National Museums of Kenya, "
               "received 24 votes and Professor Liu Fang, Deputy Director of the Shanghai Museum, 15 votes.")
ELECTION_ZH = "在会长选举中，肯尼亚国家博物馆总干事格蕾丝·万吉鲁博士获得24票，上海博物馆副馆长刘芳教授获得15票。"


@pytest.mark.parametrize("sentence, source, moved", [
    ("在会长选举中，刘芳教授获得24票，格蕾丝·万吉鲁博士获得15票。", ELECTION_EN, "binding: 24"),
    ("在会长选举中，格蕾丝·万吉鲁博士获得24票，刘芳教授获得15票🗳️。", ELECTION_EN, None),
    ("Professor Liu Fang received 24 votes and Dr. Grace Wanjiru 15 votes.", ELECTION_ZH, "binding: 24"),
    ("Dr. Grace Wanjiru received 24 votes and Professor Liu Fang 15 votes.", ELECTION_ZH, None),
    ("刘芳教授获得24票。", ELECTION_EN, None),                                    # one person: nothing traded
    ("刘芳教授和格蕾丝·万吉鲁博士分别获得15票和24票。", ELECTION_EN, None),        # by order (rag.respectively)
])
def test_values_traded_between_persons_across_languages(sentence: str, source: str, moved: str | None) -> None:
    from rag import person_values

    assert person_values.moved_between_persons(sentence, [source]) == moved


MEET = "The joint working group will meet next in Kampala in November 2026."
UGANDA = ("The two sides will share the cost of a seed bank at Entebbe. The joint working group will meet next in "
          "Kampala in November 2026 🇺🇬.")


@pytest.mark.parametrize("sentence, closest, place", [
    ("联合工作组下一次会议将于2026年11月在恩德培举行。", MEET, "恩德培"),  # Entebbe: another event's place
    ("联合工作组下一次会议将于2026年11月在坎帕拉举行。", MEET, None),
    ("双方将分担恩德培种子库的费用。", "The two sides will share the cost of a seed bank at Entebbe.", None),
    ("会议在阿马拉·恩沃苏博士的主持下举行。", "The meeting, chaired by Dr. Amara Nwosu, took place in Kampala.",
     None),                                                                              # a person after 在
])
def test_a_place_named_for_another_event(places_lexicon, sentence: str, closest: str, place: str | None) -> None:
    from rag import places

    assert places.place_of_another_event(sentence, closest, places_lexicon) == place
    assert places.unnamed_place(sentence, [UGANDA + " " + closest], places_lexicon) is None or place is None


VICTORIA = ("On 24 April the delegation visited the Institute of Hydrobiology, where Dr. Ssebuliba asked for help in "
            "monitoring fish stocks in Lake Victoria; the Institute agreed to send two researchers to Uganda in "
            "August 2026.")
ZH_VICTORIA = ("4月24日，代表团参观了水生生物研究所，塞布利巴博士请求帮助监测维多利亚湖渔业资源；"
               "研究所同意于2026年8月派两名研究人员前往乌干达。")


@pytest.mark.parametrize("sentence, source, reason", [
    # both clauses of one source sentence joined: the lake stays where the source put it
    ("The Institute agreed to send two researchers to Uganda in August 2026 to help monitor fish stocks in Lake "
     "Victoria 🐟.", VICTORIA, None),
    # the housing of another party: still moved (the place's own clause is not restated)
    ("Participants from other member countries are accommodated on campus, while those from Central Asia stay in "
     "a nearby hotel.", "The school accepts 30 participants from Central Asia and 20 from other member countries. "
     "Participants from Central Asia are accommodated on campus, while the others stay in a nearby hotel.",
     "binding: central asia"),
])
def test_a_place_of_a_joined_clause_stays_bound(sentence: str, source: str, reason: str | None) -> None:
    from rag import binding

    assert binding.misplaced(sentence, [source]) == reason


def test_a_chinese_joined_clause_keeps_its_place() -> None:
    from rag import binding

    assert binding.misplaced("研究所同意于2026年8月派两名研究人员前往乌干达，帮助监测维多利亚湖渔业资源。",
                             [ZH_VICTORIA]) is None


TICKETS_ZH = "机票须在出发前至少14天通过秘书处签约的旅行服务机构购买，经秘书长书面批准的除外。"
TICKETS_EN = ("Tickets must be bought through the contracted travel agency at least 14 days before departure, unless "
              "the Secretary-General approves a later purchase in writing.")


@pytest.mark.parametrize("sentence, source, denied", [
    ("即使经秘书长书面批准，也不得在出发前14天以内购买机票。", TICKETS_ZH, True),
    ("经秘书长书面批准，可在出发前14天以内购买机票✈️。", TICKETS_ZH, False),
    ("即使是联盟执行委员会委员，也须在出发前至少14天购买机票。", TICKETS_ZH, False),  # no exception of the source
    ("Even with the Secretary-General's written approval, tickets may not be bought later.", TICKETS_EN, True),
    ("Tickets may be bought later if the Secretary-General approves it in writing ✈️.", TICKETS_EN, False),
])
def test_an_exception_turned_into_even_if(sentence: str, source: str, denied: bool) -> None:
    from rag import exceptions

    assert (exceptions.exception_denied(sentence, [source]) is not None) is denied
