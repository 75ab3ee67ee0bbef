"""Scopes and names said another way (rag.verify): "each" restates "all" (每一个 is "each"), "any" under a negation
is the negation itself (未作任何修改, "without any amendment"), and a hyphenated compound ("ANSO-funded") is stated
when the source states its parts. A changed scope or an absent name is still caught. Both languages, emoji."""
from __future__ import annotations

import pytest

from rag import verify

pytestmark = pytest.mark.unit


def _fact(sentence: str, source: str) -> str | None:
    return verify.missing_fact(sentence, [verify.Evidence(text=source)])


@pytest.mark.parametrize("sentence, source", [
    ("须另外获得每个招募受试者国家的伦理委员会批准。", "还须获得每一个招募受试者的国家的伦理委员会批准。"),
    ("Each member country 🌍 sends one delegate.", "All member countries send one delegate."),
    ("All trainees received a certificate.", "Each trainee received a certificate."),
    ("管理委员会批准了第六次会议纪要，未作任何修改。", "管理委员会批准第六次会议纪要，未作修改。"),
    ("The minutes were approved without any amendment.", "The minutes were approved without amendment."),
    ("ANSO-funded research needs approval 🧪.", "Research funded by ANSO needs approval."),
])
def test_a_scope_or_compound_said_another_way_passes(sentence, source):
    assert _fact(sentence, source) is None


@pytest.mark.parametrize("sentence, source, reason", [
    ("Only the trainees received a certificate.", "Each trainee received a certificate.", "quantifier: only"),
    ("部分学员获得证书。", "每一位学员都获得了证书。", "quantifier: some"),
    ("Any member may vote 🗳️.", "Members present may vote.", "quantifier: all"),
    ("UNESCO-funded research needs approval.", "Research funded by ANSO needs approval.", "fact: UNESCO-funded"),
    ("Before that, UNESCO-funded research needs approval.", "Research funded by ANSO needs approval.",
     "fact: UNESCO-funded"),
])
def test_a_changed_scope_or_absent_name_is_caught(sentence, source, reason):
    assert _fact(sentence, source) == reason


@pytest.mark.parametrize("text", ["未作任何修改", "The minutes were approved without any amendment."])
def test_any_under_a_negation_is_no_universal_scope(text):
    assert "all" not in verify.quantifiers(text)
    assert verify.negated(text)


@pytest.mark.parametrize("sentence, source, reason", [
    ("The proposal was carried unanimously 🗳️.", "Four members voted in favour, one against; the proposal was carried.",
     "quantifier: all"),
    ("该提议获全票通过。", "该提议以四票赞成、一票反对获得通过。", "quantifier: all"),
    ("The proposal was carried unanimously.", "All members voted in favour and the proposal was carried.", None),
])
def test_a_unanimous_vote_is_a_vote_of_all(sentence, source, reason):
    assert _fact(sentence, source) == reason


CRUISE = ("The research vessel will leave Sanya on Saturday 11 April 2026 for a 38-day cruise and return to Sanya "
          "on 18 May 2026.")


@pytest.mark.parametrize("sentence, floor_met", [
    ("The 38-day cruise will end in Sanya on 18 May 2026, having set out from there on Saturday 11 April 🚢.", True),
    ("The 38-day cruise will end in Sanya on 18 May 2026, having visited Colombo harbour twice.", False),
])
def test_auxiliaries_and_particles_are_no_claim_of_a_clause(sentence, floor_met):
    assert (verify.clause_support(sentence, [CRUISE]) >= verify.CLAUSE_FLOOR) is floor_met
