"""Clean: plain text → paragraphs with offsets, plus document metadata.

General rules, not rules for particular files: breadcrumbs and footers are dropped, a dateline
becomes ``published``, a source line becomes ``source_org``, the first heading is the title.
Datelines, source lines and headings stay as citable paragraphs (kind ``meta`` / ``heading``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from rag.meta import parse_date
from rag.text import detect_lang

TERMINAL = tuple("。！？；.!?;:：”\"’」』)）")

_BREADCRUMB = re.compile(r"(>>|»|›|＞＞| > )")
_FOOTER = re.compile(
    r"^(contact us|联系我们|关于我们|copyright|©|版权所有|all rights reserved|back to top|返回顶部|打印本页|关闭窗口"
    r"|分享到|share this|责任编辑|编辑[:：])",
    re.IGNORECASE,
)
_SOURCE = re.compile(r"^(?:稿件来源|文章来源|信息来源|来源|source)\s*[:：]\s*(.{2,100})$", re.IGNORECASE)
_LEADING_MARKUP = re.compile(r"^(?:#{1,6}\s+|[-*+]\s+|>\s+)")
# a table row read as one line ("Papers | 10 | 12", Markdown's "| Papers | 10 | 12 |"): body text, not a heading
TABLE_ROW = re.compile(r"^\|?[^|\n]*\S[^|\n]*(?:\|[^|\n]*\S[^|\n]*)+\|?$")
_TABLE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$")  # Markdown's "|---|:---:|" under a header


@dataclass
class Paragraph:
    number: int
    text: str
    start: int
    end: int
    lang: str
    kind: str  # body | heading | meta
    heading: str = ""  # nearest heading in the same language (or the document title)


@dataclass
class CleanDoc:
    text: str
    paragraphs: list[Paragraph] = field(default_factory=list)
    title: str = ""
    published: str | None = None
    source_org: str | None = None
    dropped: int = 0


def clean_text(text: str, fallback_title: str = "") -> CleanDoc:
    doc = CleanDoc(text=text)
    headings: dict[str, str] = {}
    for start, end in paragraph_spans(text):
        line = text[start:end]
        kind = classify(line, doc)
        if kind == "drop":
            doc.dropped += 1
            if _TABLE_RULE.match(line) and doc.paragraphs and TABLE_ROW.match(doc.paragraphs[-1].text):
                doc.paragraphs[-1].kind = "heading"  # a Markdown table's header row names columns, no fact
            continue
        lang = detect_lang(line)
        if kind == "heading":
            headings[lang] = line
            doc.title = doc.title or line
        number = len(doc.paragraphs) + 1
        doc.paragraphs.append(Paragraph(number, line, start, end, lang, kind, headings.get(lang, "")))
    doc.title = doc.title or fallback_title
    for paragraph in doc.paragraphs:
        paragraph.heading = paragraph.heading or doc.title
    return doc


def classify(line: str, doc: CleanDoc) -> str:
    if _is_breadcrumb(line) or (len(line) < 80 and _FOOTER.match(line)) or _TABLE_RULE.match(line):
        return "drop"
    date = parse_date(line)
    if date:
        doc.published = doc.published or date
        return "meta"
    source = _SOURCE.match(line)
    if source:
        doc.source_org = doc.source_org or source.group(1).strip()
        return "meta"
    if _is_heading(line) and not TABLE_ROW.match(line):
        return "heading"
    return "body"


def _is_breadcrumb(line: str) -> bool:
    parts = [p for p in _BREADCRUMB.split(line) if p.strip() and not _BREADCRUMB.fullmatch(p)]
    return len(line) < 150 and len(parts) >= 2 and bool(_BREADCRUMB.search(line)) and not line.endswith(TERMINAL[:6])


def _is_heading(line: str) -> bool:
    limit = 60 if detect_lang(line) == "zh" else 150
    return len(line) <= limit and "\n" not in line and not line.rstrip().endswith(TERMINAL)


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: blocks between blank lines; a block's lines are separate paragraphs
    when each reads as a whole (ends a sentence, or is short) — hard-wrapped prose stays one block."""
    spans: list[tuple[int, int]] = []
    for block in _blocks(text):
        lines = _line_spans(text, *block)
        if len(lines) > 1 and all(_line_is_whole(text[s:e]) for s, e in lines[:-1]):
            spans.extend(_strip_span(text, s, e) for s, e in lines)
        else:
            spans.append(_strip_span(text, *block))
    return [s for s in spans if s[1] > s[0]]


def _blocks(text: str) -> list[tuple[int, int]]:
    blocks, pos = [], 0
    for match in re.finditer(r"\n[ \t\u3000\r]*\n", text):
        blocks.append((pos, match.start()))
        pos = match.end()
    blocks.append((pos, len(text)))
    return [b for b in blocks if text[b[0]:b[1]].strip()]


def _line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans, pos = [], start
    for match in re.finditer(r"\r?\n", text[start:end]):
        spans.append((pos, start + match.start()))
        pos = start + match.end()
    spans.append((pos, end))
    return [s for s in spans if text[s[0]:s[1]].strip()]


def _line_is_whole(line: str) -> bool:
    line = line.strip()
    return line.endswith(TERMINAL) or len(line) <= 40 or bool(_LEADING_MARKUP.match(line))


def _strip_span(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    markup = _LEADING_MARKUP.match(text[start:end])
    if markup and markup.end() < end - start:
        start += markup.end()
    return start, end
