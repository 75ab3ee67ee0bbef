"""Reading a bundled question set's documents as ingest reads them (shared by the dataset tests)."""
from pathlib import Path

from ingest.clean import clean_text
from ingest.load import load_file

MAX_FILE_BYTES = 10 * 1024 * 1024  # far above any document here; load_file's own limit is a setting


def is_chinese(text: str) -> bool:
    """Mostly Chinese: more CJK characters than Latin letters."""
    cjk = sum("\u4e00" <= c <= "\u9fff" for c in text)
    latin = sum(c.isascii() and c.isalpha() for c in text)
    return cjk > latin


def loaded(path: Path) -> str:
    """A document's text as ingest loads it (HTML extracted, Markdown front matter removed)."""
    return load_file(path, MAX_FILE_BYTES).text


def ingested_paragraphs(corpus_dir: Path) -> dict[str, list[str]]:
    """Each document's paragraphs as ingest cleans them (breadcrumbs and footers dropped)."""
    return {path.name: [p.text for p in clean_text(loaded(path)).paragraphs] for path in sorted(corpus_dir.iterdir())}


def documents_holding(text: str, paragraphs: dict[str, list[str]]) -> list[str]:
    """The documents one of whose paragraphs contains ``text``."""
    return [name for name, paras in paragraphs.items() if any(text in para for para in paras)]
