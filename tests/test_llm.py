"""LLM mode against a local OpenAI-compatible fake server, over real HTTP through the openai client."""
import pytest

from rag.types import Delta
from tests.conftest import make_settings
from tests.fake_llm import FakeLLM

pytestmark = pytest.mark.integration


@pytest.fixture(scope="module")
def fake():
    server = FakeLLM().start()
    yield server
    server.close()


@pytest.fixture()
def llm_assistant(fake, corpus_index):
    from rag.chain import Assistant

    fake.behaviour = "cite"
    fake.requests.clear()
    settings = make_settings(corpus_index.settings.data_dir, llm_base_url=fake.base_url, llm_model="fake-model",
                             llm_timeout=2.0, llm_retries=1)
    return Assistant(settings, corpus_index)


def test_llm_mode_is_chosen_when_a_base_url_is_set(llm_assistant):
    assert llm_assistant.settings.resolved_mode() == "llm"
    assert make_settings(llm_assistant.settings.data_dir).resolved_mode() == "extractive"


def test_streams_tokens_and_returns_a_cited_answer(llm_assistant, fake):
    events = list(llm_assistant.stream("When was ANSO established?"))
    deltas, final = events[:-1], events[-1]
    assert len(deltas) > 3 and all(isinstance(d, Delta) and d.text for d in deltas)
    assert final.mode == "llm" and not final.abstained and final.answer.endswith("[1]")
    assert final.citations[0].n == 1 and final.citations[0].quote in final.citations[0].text
    sent = fake.requests[-1]["messages"]
    assert sent[0]["role"] == "system" and "[1]" in sent[1]["content"] and "When was ANSO established?" in sent[1]["content"]


def test_chinese_question_gets_the_chinese_prompt(llm_assistant, fake):
    result = llm_assistant.answer("联盟是哪一天成立的？")
    assert result.language == "zh" and "资料" in fake.requests[-1]["messages"][1]["content"]
    assert "用中文" in fake.requests[-1]["messages"][0]["content"]


def test_invented_citation_is_dropped_and_reported(llm_assistant, fake):
    fake.behaviour = "invent"
    result = llm_assistant.answer("When was ANSO established?")
    assert "[9]" not in result.answer and result.dropped_citations == [9]
    assert [c.n for c in result.citations] == [1]
    assert any("9" in n for n in result.notices)


def test_unsupported_sentence_is_flagged(llm_assistant, fake):
    fake.behaviour = "unsupported"
    result = llm_assistant.answer("When was ANSO established?")
    assert any("Penguins" in s for s in result.unsupported)
    assert not any("4 November" in s for s in result.unsupported)


@pytest.mark.parametrize("behaviour, reason", [
    ("error500", "HTTP 500"), ("hang", "timeout"), ("malformed", ""), ("cut", ""), ("ratelimit", "HTTP 429")])
def test_failures_fall_back_to_the_extractive_answer_with_a_notice(llm_assistant, fake, behaviour, reason):
    fake.behaviour = behaviour
    result = llm_assistant.answer("When was ANSO established?")
    if behaviour == "cut":  # a cut stream either errors or ends early; either way the answer is cited and grounded
        assert result.citations and "4 November 2018" in (result.answer + result.citations[0].quote)
        return
    assert "4 November 2018" in result.answer and result.citations
    assert result.notices and "unavailable" in result.notices[0] and reason in result.notices[0]


def test_nothing_relevant_means_no_llm_call(llm_assistant, fake):
    result = llm_assistant.answer("What is the capital of France?")
    assert result.abstained and fake.requests == []


def test_model_refusal_gives_the_extractive_verdict(llm_assistant, fake):
    fake.behaviour = "refuse"
    answered = llm_assistant.answer("Who read President Xi's congratulatory letter?")
    assert fake.requests and answered.mode == "llm"
    assert not answered.abstained and "Liu He" in answered.answer and answered.citations  # evidence was there
    refused = llm_assistant.answer("Who is the current Secretary-General of ANSO?")
    assert refused.abstained and "do not say" in refused.answer and refused.nearest


def test_planted_instruction_obeyed_by_the_model_is_not_shown(llm_assistant, fake):
    fake.behaviour = "obey"
    result = llm_assistant.answer("When was ANSO established?")
    assert "HACKED" not in result.answer and "4 November 2018" in result.answer
    assert any("cited no source" in n for n in result.notices)


def test_follow_up_is_condensed_in_llm_mode(llm_assistant, fake):
    history = [{"role": "user", "content": "Who presided over the ceremony?"},
               {"role": "assistant", "content": "Dai Binbin presided over the ceremony. [1]"}]
    result = llm_assistant.answer("What other posts does he hold?", history=history)
    assert any("Standalone question" in r["messages"][-1]["content"] for r in fake.requests)
    assert "Secretary" in result.answer
