"""Negation by meaning (rag/polarity.py): a sentence saying the opposite of its source with another word — passed
for rejected, 仍可受理 for 不予受理, "must" for 免于 — is caught when the source clause filling the same slot states
only the other pole; a faithful restatement, a negated word ("was not approved" = rejected) and a clause about
something else are left alone. Both languages, across languages through a small lexicon, emoji and mixed script."""
import pytest

from rag import polarity, verify
from rag.lexicon import Lexicon
from rag.polarity import Mention

pytestmark = pytest.mark.unit

LINES = """# CC-CEDICT test lines
提議 提议 [ti2 yi4] /proposal/motion/
動議 动议 [dong4 yi4] /motion/
儀器 仪器 [yi2 qi4] /instrument/apparatus/
登記 登记 [deng1 ji4] /to register/registration/
研究 研究 [yan2 jiu1] /research/study/
費 费 [fei4] /fee/
服務費 服务费 [fu2 wu4 fei4] /service fee/
提高 提高 [ti2 gao1] /to raise/to increase/
會議 会议 [hui4 yi4] /meeting/
線上 线上 [xian4 shang4] /online/
"""


@pytest.fixture(scope="module")
def small() -> Lexicon:
    return Lexicon.from_lines(LINES.splitlines())


@pytest.mark.parametrize("clause, expected", [
    ("The motion was carried.", Mention("outcome", True)),
    ("The motion was not approved.", Mention("outcome", False)),           # a negation turns the pole
    ("动议获得通过🎉", Mention("outcome", True)),
    ("动议未获通过", Mention("outcome", False)),
    ("申请人可以通过网站提交", Mention("permission", True)),                 # 通过 "through" is no vote
    ("逾期不予受理", Mention("permission", False)),
    ("逾期未交者不得再申请", Mention("permission", False)),                 # 未交 negates 交, not 不得
    ("Late applications cannot be accepted.", Mention("permission", False)),
    ("Applicants must not apply twice.", Mention("permission", False)),    # "must not" forbids
    ("Applicants need not apply twice.", Mention("requirement", False)),   # "need not" frees
    ("用于涉密研究的仪器免于登记", Mention("requirement", False)),
    ("Participation is free for ANSO members 😀", Mention("cost", False)),
    ("服务费由5%降至3%", Mention("direction", False)),
])
def test_a_word_states_its_pole_and_a_negation_turns_it(clause, expected):
    assert expected in polarity.mentions(clause)


def test_a_clause_without_such_a_word_states_no_pole():
    assert polarity.mentions("The meeting was held in Hanoi 🇻🇳 on 9 June 2026.") == frozenset()
    assert polarity.mentions("会议在河内举行。") == frozenset()


SOURCE_ZH = "申报单位须于2026年4月30日前提交申报书，逾期不予受理。秘书处将组织评审。"
SOURCE_EN = ("A motion to hold the 2027 meeting online was defeated by 22 votes to 17. "
             "The 2026 budget was approved by 35 votes to 2.")


@pytest.mark.parametrize("sentence, texts, flagged", [
    ("逾期提交的申报书仍可受理。", [SOURCE_ZH], True),
    ("逾期提交的申报书不予受理。", [SOURCE_ZH], False),                   # faithful
    ("逾期提交的申报书将不被受理。", [SOURCE_ZH], False),                 # the same pole, said with a negation
    ("The motion to hold the 2027 meeting online was carried.", [SOURCE_EN], True),
    ("The motion to hold the 2027 meeting online was not adopted.", [SOURCE_EN], False),
    ("The 2026 budget was approved.", [SOURCE_EN], False),               # the other clause's slot
    ("The 2026 budget was rejected 🙁.", [SOURCE_EN], True),
    ("秘书处可以组织评审。", [SOURCE_ZH], False),                          # the slot states no permission at all
])
def test_the_opposite_pole_in_the_same_slot_is_flagged_in_one_language(sentence, texts, flagged):
    assert (verify.polarity_flipped(sentence, texts, [], None, None) is not None) is flagged


@pytest.mark.parametrize("sentence, source, flagged", [
    ("在线举行2027年会议的动议获得通过。", SOURCE_EN, True),
    ("在线举行2027年会议的动议被否决。", SOURCE_EN, False),
    ("Instruments used for classified research must also be registered.", "用于涉密研究的仪器免于登记。", True),
    ("Instruments used for classified research are exempt from registration.", "用于涉密研究的仪器免于登记。",
     False),
    ("Registered instruments must be opened to other members.",  # the slot is the other clause, which agrees
     "仪器须在平台登记，并向其他成员开放；用于涉密研究的仪器免于登记。", False),
])
def test_the_opposite_pole_is_flagged_across_languages(small, sentence, source, flagged):
    evidence = [verify.Evidence(text=source)]
    assert (verify.polarity_flipped(sentence, [], evidence, None, small) is not None) is flagged


def test_both_poles_in_one_clause_claim_nothing():
    assert polarity.contradicted("Papers may or may not be accepted.", ["Late papers cannot be accepted."],
                                 lambda a, b: 1.0) is None


@pytest.mark.parametrize("clause", ["The workshop will be held in the fall of 2026 🍂.", "The cut-off date is 31 May."])
def test_a_season_or_a_cut_off_is_no_decrease(clause):
    assert Mention("direction", False) not in polarity.mentions(clause)


def test_a_fall_by_some_share_is_a_decrease():
    assert Mention("direction", False) in polarity.mentions("Emissions fall by 5 % a year.")
