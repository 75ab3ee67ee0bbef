"""Load: bytes on disk → plain text, with the encoding detected (never silently guessed wrong)."""
from __future__ import annotations

import codecs
import io
import json
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import charset_normalizer

from rag.text import CJK_RE

SUPPORTED = {".txt", ".md", ".markdown", ".html", ".htm", ".pdf", ".docx"}
BLOCK_TAGS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, tr, dd, dt, figcaption"  # a table row is one block
DROP_TAGS = ["script", "style", "nav", "header", "footer", "aside", "form", "noscript", "iframe", "svg", "template"]
MAX_UNZIPPED_BYTES = 200 * 1024 * 1024
CELL_SEPARATOR = " | "  # between the cells of a table row (.docx, HTML) read as one paragraph
MIN_HEADER_COLUMNS = 3  # a .docx table's first row is read as its header only with this many columns or more
GBK_MIN_CJK_SHARE = 0.9  # non-ASCII characters that must be Chinese for a GB18030 reading to be believed
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
SIDECAR = ".meta.json"  # staff metadata beside a document: NAME.meta.json or NAME.EXT.meta.json
META_KEYS = {"title": "title", "published": "published", "date": "published", "url": "url", "canonical": "url",
             "source_url": "url", "link": "url"}  # front-matter / sidecar key → document metadata field
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)


class LoadError(Exception):
    """A file that cannot be ingested; the message is the one-line reason shown to the user."""


@dataclass
class LoadedText:
    path: Path
    text: str
    encoding: str | None = None
    html_title: str | None = None
    # title / published / url from front matter, <link rel=canonical>, a sidecar
    meta: dict = field(default_factory=dict)


def load_file(path: Path, max_bytes: int) -> LoadedText:
    if not path.exists():
        raise LoadError("no such file")
    if not path.is_file():
        raise LoadError("not a regular file")
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED:
        raise LoadError(f"unsupported file type '{suffix or '(none)'}' (supported: {', '.join(sorted(SUPPORTED))})")
    size = path.stat().st_size
    if size == 0:
        raise LoadError("empty file")
    if size > max_bytes:
        raise LoadError(f"file is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit (ANSO_MAX_FILE_MB)")
    data = path.read_bytes()
    sidecar = read_sidecar(path)
    if suffix == ".pdf":
        return LoadedText(path, _pdf_text(data), meta=sidecar)
    if suffix == ".docx":
        return LoadedText(path, _docx_text(data), meta=sidecar)
    text, encoding = decode_text(data)
    if suffix in {".html", ".htm"}:
        body, title = html_to_text(text)
        return LoadedText(path, body, encoding, title, meta={**_canonical(text), **sidecar})
    if suffix in {".md", ".markdown"}:
        text, front = split_front_matter(text)
        return LoadedText(path, text, encoding, meta={**front, **sidecar})
    return LoadedText(path, text, encoding, meta=sidecar)


def sidecar_path(path: Path) -> Path | None:
    """The metadata file staff put beside a document, if any."""
    for candidate in (path.with_name(path.name + SIDECAR), path.with_name(path.stem + SIDECAR)):
        if candidate.is_file():
            return candidate
    return None


def is_sidecar(path: Path) -> bool:
    return path.name.lower().endswith(SIDECAR)


def _known_meta(raw: dict) -> dict:
    out: dict = {}
    for key, value in raw.items():
        field_name = META_KEYS.get(str(key).lower())
        if field_name and value is not None and str(value).strip() and field_name not in out:
            out[field_name] = str(value).strip()[:500]
    return out


def read_sidecar(path: Path) -> dict:
    """title / published / url from ``NAME.meta.json``; a malformed sidecar is a reason to skip the document."""
    side = sidecar_path(path)
    if side is None:
        return {}
    try:
        raw = json.loads(side.read_text(encoding="utf-8-sig"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise LoadError(f"its metadata file {side.name} is not valid JSON ({exc})") from None
    if not isinstance(raw, dict):
        raise LoadError(f"its metadata file {side.name} must hold one JSON object like "
                        '{"title": "…", "published": "…", "url": "…"}')
    return _known_meta(raw)


def split_front_matter(text: str) -> tuple[str, dict]:
    """Markdown YAML front matter → metadata, and the text without it (front matter is not body text)."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return text, {}
    import yaml

    try:
        raw = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        return text, {}  # not front matter after all: keep the text as it is
    if not isinstance(raw, dict):
        return text, {}
    return text[match.end():], _known_meta(raw)


def _canonical(html: str) -> dict:
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    node = HTMLParser(html).css_first('link[rel="canonical"]')
    href = (node.attributes.get("href") or "").strip() if node else ""
    return {"url": href} if href.startswith(("http://", "https://")) else {}


def decode_text(data: bytes) -> tuple[str, str]:
    """UTF-8 (BOM or not), UTF-16 with a BOM, GB18030/GBK when the result reads as Chinese, else the
    encoding charset-normalizer finds (cp1252 English, Big5, Shift-JIS…); otherwise refuse."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _check_text(data.decode("utf-16")), "utf-16"
        except UnicodeDecodeError as exc:
            raise LoadError(f"undecodable bytes at offset {exc.start}: broken UTF-16") from None
    if b"\x00" in data[:8192]:
        raise LoadError("binary file (contains NUL bytes), not text")
    try:
        return _check_text(data.decode("utf-8-sig")), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        text = ""
    non_ascii = [ch for ch in text if ord(ch) > 127]
    cjk = sum(1 for ch in non_ascii if CJK_RE.match(ch) or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef")
    if text and (not non_ascii or cjk / len(non_ascii) >= GBK_MIN_CJK_SHARE):
        return _check_text(text), "gb18030"
    matches = list(charset_normalizer.from_bytes(data))
    if not matches:
        raise LoadError("unknown text encoding (not UTF-8 or GB18030/GBK, and no other encoding reads it)")
    best = matches[0]
    # short Western text reads equally well in several code pages: the most common one wins a tie
    tied = [m for m in matches if (m.chaos, m.coherence) == (best.chaos, best.coherence)]
    chosen = next((m for m in tied if m.encoding == "cp1252"), best)
    return _check_text(str(chosen)), chosen.encoding


def _check_text(text: str) -> str:
    if text and len(_CONTROL.findall(text[:20000])) > 0.01 * min(len(text), 20000):
        raise LoadError("binary file (too many control characters), not text")
    return text


def html_to_text(html: str) -> tuple[str, str | None]:
    """Main text of an HTML page, one block element per paragraph; navigation, scripts and footers dropped."""
    from selectolax.lexbor import LexborHTMLParser as HTMLParser

    tree = HTMLParser(html)
    title_node = tree.css_first("title")
    title = title_node.text(strip=True) if title_node else None
    tree.strip_tags(DROP_TAGS)
    root = tree.css_first("main") or tree.css_first("article") or tree.body or tree.root
    if root is None:
        return "", title
    blocks: list[str] = []
    for node in root.css(BLOCK_TAGS):
        if _has_block_ancestor(node, root):
            continue
        text = _row_text(node) if node.tag == "tr" else " ".join(node.text(separator=" ", strip=True).split())
        if text:
            blocks.append(text)
    if not blocks:
        blocks = [line.strip() for line in root.text(separator="\n").splitlines() if line.strip()]
    heading = tree.css_first("h1")
    if heading is None and title:
        blocks.insert(0, title)
    return "\n\n".join(blocks), title


_BLOCK_NAMES = {t.strip() for t in BLOCK_TAGS.split(",")}


def _cells(row) -> list[tuple[str, bool]]:
    return [(" ".join(cell.text(separator=" ", strip=True).split()), cell.tag == "th")
            for cell in row.iter() if cell.tag in ("td", "th")]


def _row_text(row) -> str:
    """An HTML table row as one paragraph, each cell with its column's header ("Country: Thailand | Hectares: 60"):
    a figure keeps the labels of its row and column. The header row itself (all <th>) names no fact and is left out."""
    table = row.parent
    while table is not None and table.tag != "table":
        table = table.parent
    first = next(iter(table.css("tr")), None) if table is not None else None
    header = [text for text, _ in _cells(first)] if first is not None and all(th for _, th in _cells(first)) else []
    if header and first is not None and row.mem_id == first.mem_id:
        return ""
    return labelled_row([text for text, _ in _cells(row)], header)


def labelled_row(cells: list[str], header: list[str]) -> str:
    """A table row as one paragraph: its cells joined by " | ", each after its column's header when the table has
    one of the same width ("Lead institution: Kasetsart University")."""
    if len(header) == len(cells):
        cells = [f"{label}: {text}" if label and text and label != text else text for label, text in zip(header, cells,
                                                                                                        strict=True)]
    return CELL_SEPARATOR.join(c for c in cells if c)


def _has_block_ancestor(node, root) -> bool:
    parent = node.parent
    while parent is not None and parent is not root and parent.tag != root.tag:
        if parent.tag in _BLOCK_NAMES:
            return True
        parent = parent.parent
    return False


def _pdf_text(data: bytes) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        pages = [page.extract_text() or "" for page in reader.pages]
    except (PdfReadError, ValueError, KeyError, TypeError, OSError) as exc:
        raise LoadError(f"malformed or truncated PDF ({type(exc).__name__})") from None
    text = "\n\n".join(p.strip() for p in pages if p.strip())
    if not text.strip():
        raise LoadError("PDF has no text layer (scanned image?); run OCR first")
    return text


def _docx_text(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unzipped = sum(info.file_size for info in archive.infolist())
    except zipfile.BadZipFile:
        raise LoadError("not a valid .docx (not a zip archive)") from None
    if unzipped > MAX_UNZIPPED_BYTES:
        raise LoadError("docx expands to more than 200 MB (zip bomb?)")
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except (KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise LoadError(f"malformed .docx ({type(exc).__name__})") from None
    paragraphs = [text for block in document.iter_inner_content() for text in _docx_block_texts(block)]
    if not paragraphs:
        raise LoadError("docx has no text")
    return "\n\n".join(paragraphs)


def _docx_block_texts(block) -> list[str]:
    """A body paragraph's text, or a table's rows in document order — each row one paragraph, its cells joined
    by " | " (a merged cell, which python-docx repeats, once; two cells that only read alike both stay), so a figure
    keeps the label of its row."""
    from docx.table import Table

    if not isinstance(block, Table):
        return [block.text.strip()] if block.text.strip() else []
    grid = []
    for row in block.rows:
        cells = row.cells  # a merged cell comes once per grid column it spans, as the same <w:tc> element
        distinct = [cell for i, cell in enumerate(cells) if i == 0 or cell._tc is not cells[i - 1]._tc]
        grid.append([" ".join(cell.text.split()) for cell in distinct])
    header = grid[0] if _docx_header(grid) else []
    rows = [labelled_row(cells, header) for cells in grid[1 if header else 0:]]
    return [row for row in rows if row]


def _docx_header(grid: list[list[str]]) -> bool:
    """A .docx table marks no header row: its first row is one when the table has data rows below it, at least
    ``MIN_HEADER_COLUMNS`` columns (a two-column table is label | value) and no figure in that row."""
    return len(grid) > 1 and len(grid[0]) >= MIN_HEADER_COLUMNS and not any(re.search(r"\d", c) for c in grid[0])
