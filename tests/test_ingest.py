"""Ingestion through the real pipeline: Chroma on disk, BM25, the docstore, the bundled embedder."""
import json
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import CORPUS, make_settings
from tests.live_server import free_port

pytestmark = pytest.mark.integration


def _ingest(settings, paths):
    from rag.store.index import Index
    from ingest.pipeline import ingest_paths

    index = Index(settings)
    return index, ingest_paths(index, [Path(p) for p in paths], progress=False)


def test_bundled_corpus_both_languages_duplicates_merged(corpus_index):
    stats = corpus_index.stats()
    assert stats["documents"] == 2
    assert stats["by_lang"]["en"] >= 11 and stats["by_lang"]["zh"] >= 10
    # the 11 English paragraphs stand in both files but are stored once, with both occurrences
    english = corpus_index.docstore.get([cid for cid in corpus_index.docstore.live_ids()])
    en_chunks = [s.chunk for s in english.values() if s.chunk.lang == "en"]
    assert len(en_chunks) == 11
    assert all(len({o.file for o in c.occurrences}) == 2 for c in en_chunks)
    assert set(corpus_index.vectors.ids()) == set(corpus_index.bm25.ids) == set(corpus_index.docstore.live_ids())
    assert stats["embedder"].startswith("e5:")


def test_offsets_round_trip_against_source_files(corpus_index):
    chunks = corpus_index.docstore.get(corpus_index.docstore.live_ids())
    for stored in chunks.values():
        for occ in stored.chunk.occurrences:
            source = (CORPUS / occ.file).read_text(encoding="utf-8-sig")
            assert source[occ.start:occ.end] == stored.chunk.text


def test_metadata_title_published_source(corpus_index):
    chunks = corpus_index.docstore.get(corpus_index.docstore.live_ids()).values()
    zh = [s.chunk for s in chunks if s.chunk.lang == "zh"]
    assert all(c.published == "2019-11-11" for c in zh)
    assert {c.source_org for c in zh} == {"一带一路国际科学组织联盟"}
    assert "“一带一路”国际科学组织联盟落户怀柔科学城" in {c.title for c in zh}


def test_parallel_link_founding_date(corpus_index):
    chunks = corpus_index.docstore.get(corpus_index.docstore.live_ids())
    zh = next(s.chunk for s in chunks.values() if "2018年11月4日" in s.chunk.text)
    en = next(s.chunk for s in chunks.values() if "On 4 November 2018" in s.chunk.text)
    assert en.id in zh.parallel and zh.id in en.parallel
    dai = next(s.chunk for s in chunks.values() if "戴彬彬" in s.chunk.text)
    assert any("Dai Binbin" in chunks[p].chunk.text for p in dai.parallel)


def test_reingest_is_a_noop(corpus_copy):
    index, report = _ingest(make_settings(corpus_copy), [CORPUS])
    assert report.new_embeddings == 0 and report.files_unchanged == 2 and report.ok
    assert index.docstore.generation == index.bm25.generation


def test_a_file_split_under_another_chunk_budget_is_split_again(corpus_copy):
    """A file's fingerprint holds the splitting rules and budget: unchanged bytes under a new budget are re-split
    (and nothing is orphaned); the same budget again is a no-op."""
    from rag.store.index import Index

    index = Index(make_settings(corpus_copy))
    before = len(index.docstore.live_ids())
    index.close()
    index, report = _ingest(make_settings(corpus_copy, chunk_tokens=60), [CORPUS])
    try:
        assert report.files_unchanged == 0 and report.ok
        assert len(index.docstore.live_ids()) > before  # paragraphs that fitted 160 tokens are cut to fit 60
        assert set(index.vectors.ids()) == set(index.docstore.live_ids())
    finally:
        index.close()
    index, again = _ingest(make_settings(corpus_copy, chunk_tokens=60), [CORPUS])
    try:
        assert again.files_unchanged == 2 and again.new_embeddings == 0
    finally:
        index.close()


def test_changed_file_replaces_its_chunks_without_orphans(settings, tmp_path):
    doc = tmp_path / "notes.md"
    doc.write_text("# Notes\n\nThe alliance met in Nairobi. 联盟在内罗毕开会。\n\nA second paragraph stays.\n", encoding="utf-8")
    index, _ = _ingest(settings, [doc])
    before = set(index.docstore.live_ids())
    doc.write_text("# Notes\n\nThe alliance met in Lima 🇵🇪.\n\nA second paragraph stays.\n", encoding="utf-8")
    from ingest.pipeline import ingest_paths

    report = ingest_paths(index, [doc], progress=False)
    after = set(index.docstore.live_ids())
    texts = [s.chunk.text for s in index.docstore.get(list(after)).values()]
    assert any("Lima" in t for t in texts) and not any("Nairobi" in t for t in texts)
    assert len(before & after) == 2  # heading and the unchanged paragraph are kept, not re-embedded
    assert report.new_embeddings == 1
    assert set(index.vectors.ids()) == after == set(index.bm25.ids)
    doc.unlink()
    report = ingest_paths(index, [tmp_path / "missing.md"], prune=True, progress=False)
    assert report.files_removed == 1 and index.docstore.live_ids() == [] and index.vectors.ids() == []


def test_formats_and_encodings(settings, tmp_path):
    from docx import Document
    from fpdf import FPDF

    (tmp_path / "gbk.txt").write_bytes("联盟秘书处设在怀柔科学城。\n\n第二段内容，用于测试编码。".encode("gbk"))
    (tmp_path / "bom.txt").write_bytes("\ufeffA file with a byte order mark.".encode("utf-8"))
    (tmp_path / "page.html").write_text(
        "<html><head><title>Page title</title><script>alert(1)</script></head><body>"
        "<nav>Home > News</nav><main><h1>HTML heading</h1><p>The HTML body paragraph mentions Nairobi.</p>"
        "<ul><li>First item of the list.</li></ul></main><footer>Contact Us</footer></body></html>", encoding="utf-8")
    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=12)
    pdf.multi_cell(0, 10, "The PDF states that the workshop lasted three days.")
    pdf.output(str(tmp_path / "doc.pdf"))
    document = Document()
    document.add_paragraph("The DOCX paragraph mentions a bilingual glossary.")
    document.save(str(tmp_path / "doc.docx"))
    index, report = _ingest(settings, [tmp_path])
    assert report.ok, report.summary()
    texts = " ".join(s.chunk.text for s in index.docstore.get(index.docstore.live_ids()).values())
    for expected in ("联盟秘书处设在怀柔科学城", "byte order mark", "HTML body paragraph", "three days", "bilingual glossary"):
        assert expected in texts
    assert "alert" not in texts and "Home > News" not in texts and "Contact Us" not in texts


def test_bad_inputs_are_reported_and_good_files_still_ingested(corpus_copy, tmp_path):
    bad = tmp_path / "batch"
    bad.mkdir()
    (bad / "good.txt").write_text("A good file about the ANSO scholarship 🎓.", encoding="utf-8")
    (bad / "empty.txt").write_bytes(b"")
    (bad / "binary.txt").write_bytes(bytes(range(256)) * 10)
    (bad / "image.png").write_bytes(b"\x89PNG\r\n")
    (bad / "latin1.txt").write_bytes("Caf\xe9 cr\xe8me br\xfbl\xe9e \xa9 \xae".encode("latin-1"))
    big = bad / "huge.txt"
    with big.open("wb") as handle:
        handle.truncate(51 * 1024 * 1024)
    settings = make_settings(corpus_copy)
    before = None
    from rag.store.index import Index

    before = Index(settings).stats()["chunks"]
    index, report = _ingest(settings, [bad, tmp_path / "does-not-exist.txt"])
    reasons = dict(report.skipped)
    assert not report.ok
    assert "empty" in reasons[str(bad / "empty.txt")]
    assert "binary" in reasons[str(bad / "binary.txt")]
    assert "unsupported" in reasons[str(bad / "image.png")]
    assert str(bad / "latin1.txt") not in reasons  # a Western code page, found by charset-normalizer
    assert "limit" in reasons[str(big)]
    assert "no such" in reasons[str(tmp_path / "does-not-exist.txt")]
    assert index.stats()["chunks"] == before + 2  # nothing lost; the good file and the Latin-1 one added
    texts = [s.chunk.text for s in index.docstore.get(index.docstore.live_ids()).values()]
    assert any("Café crème brûlée" in text for text in texts)


def test_cli_ingest_exit_codes_and_stats_json(tmp_path):
    env = {**os.environ, "ANSO_DATA_DIR": str(tmp_path / "d"), "ANSO_EMBEDDER": "fake"}  # CLI mechanics, not the model
    anso = [sys.executable, "-m", "ui.cli"]
    good = subprocess.run(anso + ["ingest", "-q", str(CORPUS)], env=env, capture_output=True, text=True, timeout=300)
    assert good.returncode == 0, good.stderr
    assert "new embeddings: " in good.stdout
    again = subprocess.run(anso + ["ingest", "-q", str(CORPUS)], env=env, capture_output=True, text=True, timeout=300)
    assert "new embeddings: 0" in again.stdout
    stats = json.loads(subprocess.run(anso + ["index", "stats", "--json"], env=env, capture_output=True, text=True).stdout)
    assert stats["chunks"] >= 21 and stats["documents"] == 2 and stats["by_lang"]["en"] == 11
    bad = subprocess.run(anso + ["ingest", "-q", str(tmp_path / "nope.pdf")], env=env, capture_output=True, text=True)
    assert bad.returncode == 1 and "nope.pdf" in bad.stdout
    other = subprocess.run(anso + ["index", "stats"], env={**env, "ANSO_EMBEDDER": "openai", "OPENAI_API_KEY": "x"},
                           capture_output=True, text=True)
    assert other.returncode == 2 and "anso index rebuild" in other.stderr


@pytest.fixture()
def chroma_server(tmp_path):
    chroma = shutil.which("chroma", path=str(Path(sys.executable).parent))
    if chroma is None:
        pytest.skip("the `chroma` command (chromadb) is not installed")
    port = free_port()
    proc = subprocess.Popen([chroma, "run", "--path", str(tmp_path / "server"), "--host", "127.0.0.1", "--port", str(port)],
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env={**os.environ, "ANONYMIZED_TELEMETRY": "False"})
    deadline = time.time() + 60
    while time.time() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            break
        except OSError:
            time.sleep(0.3)
    yield port, proc
    proc.terminate()
    proc.wait(timeout=20)


def test_ingest_and_query_through_chroma_server(chroma_server, tmp_path):
    port, _ = chroma_server
    settings = make_settings(tmp_path / "d", chroma_host="127.0.0.1", chroma_port=port)
    index, report = _ingest(settings, [CORPUS])
    assert report.ok and index.vectors.count() == index.stats()["chunks"]
    assert not (tmp_path / "d" / "chroma").exists()
    from rag.chain import Assistant

    answer = Assistant(settings, index).answer("When was ANSO established?")
    assert "4 November 2018" in answer.answer


def test_dense_search_returns_the_closest_first(corpus_index):
    for lang, question, expected in (("en", "When was ANSO established?", "On 4 November 2018"),
                                     ("zh", "联盟是哪一天在北京正式成立的？", "2018年11月4日")):
        found = corpus_index.vectors.search(corpus_index.embedder.query_vector(question), 5, lang)
        distances = [d for _, d in found]
        assert distances == sorted(distances)
        top3 = [s.chunk.text for s in corpus_index.docstore.get([i for i, _ in found[:3]]).values()]
        assert any(expected in text for text in top3)


def test_broken_pdfs_and_zip_bomb_are_reported(settings, tmp_path):
    import zipfile

    from fpdf import FPDF

    docs = tmp_path / "docs"
    docs.mkdir()
    pdf = FPDF()
    pdf.add_page()
    pdf.rect(10, 10, 50, 50)  # a drawing, no text layer
    pdf.output(str(docs / "scan.pdf"))
    good = FPDF()
    good.add_page()
    good.set_font("Helvetica", size=12)
    good.multi_cell(0, 10, "A complete PDF sentence.")
    data = bytes(good.output())
    (docs / "truncated.pdf").write_bytes(data[: len(data) // 3])
    with zipfile.ZipFile(docs / "bomb.docx", "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * (201 * 1024 * 1024))
    (docs / "fine.txt").write_text("The fine file is ingested. 正常文件已导入。", encoding="utf-8")
    index, report = _ingest(settings, [docs])
    reasons = {Path(path).name: reason for path, reason in report.skipped}
    assert "no text layer" in reasons["scan.pdf"]
    assert "PDF" in reasons["truncated.pdf"] or "no text" in reasons["truncated.pdf"]
    assert "zip bomb" in reasons["bomb.docx"]
    assert report.files_read == 1 and index.stats()["chunks"] >= 1


def test_cli_rebuild_and_reset(tmp_path):
    env = {**os.environ, "ANSO_DATA_DIR": str(tmp_path / "d"), "ANSO_EMBEDDER": "fake"}  # CLI mechanics, not the model
    anso = [sys.executable, "-m", "ui.cli"]
    assert subprocess.run(anso + ["ingest", "-q", str(CORPUS)], env=env, capture_output=True, timeout=300).returncode == 0
    rebuilt = subprocess.run(anso + ["index", "rebuild", "--yes"], env=env, capture_output=True, text=True, timeout=300)
    assert rebuilt.returncode == 0, rebuilt.stderr
    stats = json.loads(subprocess.run(anso + ["index", "stats", "--json"], env=env, capture_output=True, text=True).stdout)
    assert stats["chunks"] == stats["vector_store"] == stats["bm25"] == 23  # the letter's long sentence is one chunk
    answer = subprocess.run(anso + ["ask", "When was ANSO established?"], env=env, capture_output=True, text=True)
    assert "4 November 2018" in answer.stdout
    assert subprocess.run(anso + ["index", "reset", "--yes"], env=env, capture_output=True).returncode == 0
    stats = json.loads(subprocess.run(anso + ["index", "stats", "--json"], env=env, capture_output=True, text=True).stdout)
    assert stats["chunks"] == stats["vector_store"] == stats["bm25"] == 0
