"""The index shared by 16 request threads, as Gradio and FastAPI share it: questions in both
languages, feedback and unanswered-log writes, a staff reset and re-ingests, all at once.

Real components (SQLite docstore, embedded Chroma on disk, BM25 files, the feedback store) with the
fake embedder, so the threads contend for the stores rather than for the model."""
from __future__ import annotations

import shutil
import threading
import traceback

import pytest

from tests.conftest import CORPUS, fake_settings

pytestmark = [pytest.mark.integration, pytest.mark.slow]

QUESTIONS = ["When was ANSO established?", "联盟是哪一天成立的？", "Where is the secretariat? 🏢", "秘书处设在哪里？",
             "Who presided over the ceremony?", "What is ANSO's budget?", "联盟 ANSO 🎉 mixed 问题", ""]
ASKERS, FEEDBACK_WRITERS = 12, 2  # + one thread resetting and re-ingesting, one ingesting another folder = 16
ROUNDS = 12


@pytest.mark.timeout(600)
def test_sixteen_threads_ask_write_feedback_reset_and_reingest_without_errors(tmp_path):
    from ingest.pipeline import ingest_paths
    from rag.chain import Assistant
    from rag.store.docstore import StoreClosed
    from rag.store.index import Index
    from ui.feedback import FeedbackStore

    settings = fake_settings(tmp_path / "data")
    index = Index(settings)
    assert ingest_paths(index, [CORPUS], progress=False).ok
    assistant = Assistant(settings, index)
    feedback = FeedbackStore(settings.data_dir)
    extra = tmp_path / "extra"
    extra.mkdir()
    errors: list[str] = []
    answered = {"answers": 0, "abstentions": 0}
    start = threading.Barrier(ASKERS + FEEDBACK_WRITERS + 2)
    count_lock = threading.Lock()
    askers_left = [ASKERS]
    askers_done = threading.Event()  # the writers keep writing until every asker has finished

    def guarded(work):
        def run(*args):
            start.wait()
            try:
                work(*args)
            except BaseException:  # every failure is collected and reported below, with its traceback
                errors.append(traceback.format_exc())
        return run

    def ask(number: int):
        try:
            for n in range(ROUNDS):
                question = QUESTIONS[(number + n) % len(QUESTIONS)] or "ANSO"
                result = assistant.answer(question, mode="extractive")
                with count_lock:
                    answered["abstentions" if result.abstained else "answers"] += 1
                if result.abstained:
                    feedback.log_unanswered(question, result.language, result.mode)
        finally:
            with count_lock:
                askers_left[0] -= 1
                if not askers_left[0]:
                    askers_done.set()

    def write_feedback(number: int):
        for n in range(ROUNDS * 2):
            feedback.add({"question": f"问题 {number}-{n} 🎉", "answer": "2018年11月4日 [1]", "mode": "extractive",
                          "language": "zh", "citations": [{"chunk_id": "c"}]}, "up" if n % 2 else None, "好")

    def reset_and_reingest():
        rounds = 0
        while rounds < 2 or not askers_done.is_set():
            index.reset()
            assert ingest_paths(index, [CORPUS], progress=False).ok
            rounds += 1

    def ingest_more():
        n = 0
        while n < 3 or not askers_done.is_set():
            text = f"# Note {n}\n\nThe ANSO workshop {n} was held in Lima 🦙.\n\n第{n}次研讨会在利马举行。\n"
            (extra / f"note-{n}.md").write_text(text, encoding="utf-8")
            ingest_paths(index, [extra], progress=False)
            index.stats()
            n += 1

    threads = [threading.Thread(target=guarded(ask), args=(n,)) for n in range(ASKERS)]
    threads += [threading.Thread(target=guarded(write_feedback), args=(n,)) for n in range(FEEDBACK_WRITERS)]
    threads += [threading.Thread(target=guarded(reset_and_reingest)), threading.Thread(target=guarded(ingest_more))]
    assert len(threads) == 16
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=500)
    assert not any(thread.is_alive() for thread in threads), "a thread hung"
    assert errors == [], f"{len(errors)} errors; first:\n{errors[0]}"
    assert answered["answers"] + answered["abstentions"] == ASKERS * ROUNDS and answered["answers"] > 0
    assert len(feedback.feedback_rows(limit=1000)) == FEEDBACK_WRITERS * ROUNDS * 2

    # the index is consistent afterwards: every store holds exactly the live chunks
    index.reconcile()
    live = set(index.docstore.live_ids())
    assert live and set(index.vectors.ids()) == live == set(index.bm25.ids)
    assert {p.name for p in CORPUS.iterdir()} <= {f["name"] for f in index.docstore.stats()["files"]}
    assert assistant.answer("When was ANSO established?", mode="extractive").answer
    index.close()
    with pytest.raises(StoreClosed):  # closing is explicit and final (at shutdown), never a reset's side effect
        index.docstore.get(sorted(live)[:1])
    shutil.rmtree(extra)
