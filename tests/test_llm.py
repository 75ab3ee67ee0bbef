"""LLM mode against a local OpenAI-compatible fake server, over real HTTP through the openai client."""
import time

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
                             llm_timeout=2.0, llm_retries=1, llm_first_token_seconds=2.0, llm_total_seconds=3.0)
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
    assert "[99]" not in result.answer and result.dropped_citations == [99]
    assert [c.n for c in result.citations] == [1]
    assert any("99" in n for n in result.notices)


def test_unsupported_sentence_is_removed_and_listed_for_staff(llm_assistant, fake):
    fake.behaviour = "unsupported"
    result = llm_assistant.answer("When was ANSO established?")
    assert "Penguins" not in result.answer and "4 November 2018" in result.answer and result.mode == "llm"
    assert [r.sentence for r in result.verification.removed] == ["Penguins run the secretariat from Antarctica. [1]"]
    assert result.verification.retracted and result.verification.kept == 1
    assert any("removed" in n for n in result.notices)


def test_stream_ends_with_the_verified_answer_and_the_retraction_is_visible(llm_assistant, fake):
    fake.behaviour = "unsupported"
    events = list(llm_assistant.stream("When was ANSO established?"))
    streamed, final = "".join(e.text for e in events if isinstance(e, Delta)), events[-1]
    assert "Penguins" in streamed and "Penguins" not in final.answer
    assert final.verification.retracted and final.notices


@pytest.mark.parametrize("question, invented", [
    ("When was ANSO established?", "2019"), ("联盟是哪一天成立的？", "2019")])
def test_weak_model_echo_and_invented_date_are_removed(llm_assistant, fake, question, invented):
    fake.behaviour = "echo"
    result = llm_assistant.answer(question)
    assert "<<SYS>>" not in result.answer and "English)" not in result.answer and "英文" not in result.answer
    assert invented not in result.answer and "Paris" not in result.answer
    reasons = [r.reason for r in result.verification.removed]
    assert "echo" in reasons and any(r.startswith("fact") for r in reasons)
    assert result.citations and all(c.n == 1 for c in result.citations)


def test_limit_is_sent_the_way_every_server_reads_it(llm_assistant, fake):
    llm_assistant.answer("When was ANSO established?")
    body = fake.requests[-1]
    assert body["max_tokens"] == body["max_completion_tokens"] == llm_assistant.settings.llm_max_tokens
    assert body["stop"] and body["stream"]


def test_runaway_generation_is_cut_at_the_total_deadline_and_still_verified(llm_assistant, fake):
    fake.behaviour = "runaway"
    fake.disconnects = 0
    result = llm_assistant.answer("When was ANSO established?")
    assert result.mode == "llm" and "4 November 2018" in result.answer and result.citations
    assert not result.verification.fell_back and result.timings_ms["llm_first_token"] > 0
    for _ in range(100):  # the abandoned stream is closed by the client, so the server stops sending
        if fake.disconnects:
            break
        time.sleep(0.05)
    assert fake.disconnects == 1


def test_hang_without_tokens_falls_back_at_the_first_token_deadline(llm_assistant, fake):
    fake.behaviour = "stall"
    result = llm_assistant.answer("联盟是哪一天成立的？")
    assert result.mode == "extractive" and "2018年11月4日" in result.answer
    assert result.verification.fell_back and result.verification.reason == "timeout"
    assert any("timeout" in n for n in result.notices)


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
    assert result.abstained and not [r for r in fake.requests if "France" in str(r["messages"])]


def _asked(fake, question):
    return [r for r in fake.requests if question in r["messages"][-1]["content"]]


def test_a_transient_failure_is_retried_before_the_deadline(llm_assistant, fake):
    fake.behaviour = "ratelimit"
    result = llm_assistant.answer("When was ANSO established?")
    assert result.verification.fell_back and len(_asked(fake, "When was ANSO established?")) == 2  # 1 retry


def test_an_abandoned_call_is_not_retried_after_the_fallback(fake, corpus_index):
    from rag.chain import Assistant

    fake.behaviour = "hang"
    question = "When did ANSO hold its founding ceremony? 🎉"
    settings = make_settings(corpus_index.settings.data_dir, llm_base_url=fake.base_url, llm_model="fake-model",
                             llm_timeout=1.5, llm_retries=2, llm_first_token_seconds=0.5, llm_total_seconds=1.0)
    result = Assistant(settings, corpus_index).answer(question)
    assert result.verification.fell_back and result.verification.reason == "timeout"
    time.sleep(3.0)  # past the client's own timeout and any backoff: a retry would have arrived by now
    assert len(_asked(fake, question)) == 1


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
    assert any("cited no source" in n for n in result.notices) and result.verification.fell_back


def test_follow_up_is_condensed_in_llm_mode(llm_assistant, fake):
    history = [{"role": "user", "content": "Who presided over the ceremony?"},
               {"role": "assistant", "content": "Dai Binbin presided over the ceremony. [1]"}]
    result = llm_assistant.answer("What other posts does he hold?", history=history)
    assert any("Standalone question" in r["messages"][-1]["content"] for r in fake.requests)
    assert "Secretary" in result.answer
