"""Answer → what the page shows, through Jinja2 templates with autoescaping (``ui/templates``): everything from
documents, questions and the LLM is text, never markup.

Every assistant message has a number ``msg`` (its index in the chat); its ``[n]`` markers link to
``#anso-src-<msg>-<n>`` in the sources panel, which holds one group per answer: the selected (by default the
latest) group is shown, and a clicked marker shows its own answer's group (CSS ``:target``), so old markers
keep pointing at their own sources after later questions."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from jinja2 import Environment, PackageLoader, select_autoescape

from rag.markers import MARKER, marker_numbers
from rag.prompts import message
from rag.types import Answer, Citation
from ui.strings import t

CHOICE_QUESTION_CHARS = 60  # how much of a question names an answer in the comment chooser and group headings


@lru_cache(maxsize=1)
def _env() -> Environment:
    return Environment(loader=PackageLoader("ui", "templates"), autoescape=select_autoescape(["html"]),
                       trim_blocks=False, lstrip_blocks=False, keep_trailing_newline=False)


@dataclass
class DocInfo:
    """What the page shows about a source document besides its file name."""

    title: str = ""
    published: str | None = None
    url: str | None = None


def _segments(text: str, known: set[int]) -> list[dict]:
    """The answer text cut at its [n] markers: plain pieces and marker numbers (unknown numbers stay text)."""
    out: list[dict] = []
    pos = 0
    for match in MARKER.finditer(text):
        out.append({"text": text[pos:match.start()], "n": None})
        for n in marker_numbers(match):
            out.append({"text": f"[{n}]", "n": n if n in known else None})
        pos = match.end()
    out.append({"text": text[pos:], "n": None})
    return out


def chat_markdown(answer: Answer, ui_lang: str, msg: int = 0) -> str:
    """The chat bubble: the short answer (bold) when there is one, the answer with linked markers, notices."""
    short = answer.short_answer
    text = answer.answer
    if short and text.startswith(short) and text.strip() != short.strip():
        text = text[len(short):].lstrip()  # the short answer is shown once, in bold, above its evidence
    if answer.abstained and text.strip() == message(answer.language, "abstain").strip():
        text = message(answer.language, "refusal")  # the page says where the nearest passages are, in its own words
    return _env().get_template("bubble.html").render(
        msg=msg, short_answer=short if short and short.strip() != answer.answer.strip() else None,
        segments=_segments(text, {c.n for c in answer.citations}),
        nearest_note=t(ui_lang, "nearest_where") if answer.abstained and answer.nearest else None,
        unsupported=answer.unsupported, unsupported_label=t(ui_lang, "unsupported"), notices=answer.notices)


def sources_html(answers: list[tuple[int, Answer]] | Answer | None, ui_lang: str, selected: int | None = None,
                 docs: dict[str, DocInfo] | None = None) -> str:
    """The sources panel: one group per answer (``(msg, Answer)`` pairs, oldest first)."""
    if isinstance(answers, Answer):
        answers = [(0, answers)]
    answers = answers or []
    if selected is None and answers:
        selected = answers[-1][0]
    groups = []
    for number, (msg, answer) in enumerate(answers, 1):
        nearest = answer.abstained and not answer.citations
        items = answer.nearest if nearest else answer.citations
        question = answer.question if len(answer.question) <= CHOICE_QUESTION_CHARS else answer.question[:CHOICE_QUESTION_CHARS] + "…"
        groups.append({"msg": msg, "selected": msg == selected, "nearest": nearest and bool(items),
                       "heading": t(ui_lang, "sources_of", n=number, question=question),
                       "entries": [_citation_view(c, ui_lang, docs or {}) for c in items]})
    return _env().get_template("sources.html").render(
        groups=groups, empty=t(ui_lang, "no_sources"), back=t(ui_lang, "back_to_answer"),
        nearest_title=t(ui_lang, "nearest"), original=t(ui_lang, "original"))


def _citation_view(c: Citation, ui_lang: str, docs: dict[str, DocInfo]) -> dict:
    first = c.sources[0].file if c.sources else ""
    info = docs.get(first) or DocInfo()
    published = getattr(c, "published", None) or info.published
    url = getattr(c, "url", None) or info.url
    return {"n": c.n, "chunk_id": c.chunk_id, "lang": c.lang, "lang_name": t(ui_lang, "lang_" + c.lang),
            "title": info.title or c.title, "published": t(ui_lang, "published", date=published) if published else None,
            "url": url if url and url.startswith(("https://", "http://")) else None,
            "where": "; ".join(t(ui_lang, "file_detail", file=s.file, n=s.paragraph) for s in c.sources),
            "before": c.text[:c.start], "after": c.text[c.end:], **_quote_parts(c),
            "parallel": c.parallel,
            "parallel_label": t(ui_lang, "show_parallel", lang=t(ui_lang, "lang_" + c.parallel.lang)) if c.parallel else ""}


def _quote_parts(c: Citation) -> dict:
    """The quote cut around the short answer's span (highlighted more strongly) when it sits inside it."""
    start, end = c.answer_start, c.answer_end
    if start is None or end is None or not (c.start <= start < end <= c.end):
        return {"quote": c.quote, "quote_before": None}
    return {"quote": c.quote, "quote_before": c.text[c.start:start], "span": c.text[start:end],
            "quote_after": c.text[end:c.end]}


def plain_with_references(answer: Answer | None) -> str:
    """The answer followed by its numbered references, for copying."""
    if answer is None:
        return ""
    refs = []
    for c in answer.citations:
        where = "; ".join(f"{s.file} ¶{s.paragraph}" for s in c.sources)
        refs.append(f"[{c.n}] {c.title} ({where}): “{c.quote}”")
    short = getattr(answer, "short_answer", None)
    text = f"{short}\n\n{answer.answer}" if short and short.strip() != answer.answer.strip() else answer.answer
    return text + ("\n\n" + "\n".join(refs) if refs else "")


def timings_markdown(answer: Answer | None) -> str:
    if answer is None:
        return ""
    return " · ".join(f"{k}: {v:.1f}" for k, v in answer.timings_ms.items())


CSS = """
#anso-lang { flex-grow: 0; min-width: 220px; }
#anso-lang .wrap { flex-wrap: nowrap; }
.anso-group { display: none; }
.anso-group.anso-selected { display: block; }
.anso-sources:has(.anso-group :target) .anso-group,
.anso-sources:has(.anso-group:target) .anso-group { display: none; }
.anso-sources:has(.anso-group :target) .anso-group:has(:target),
.anso-sources:has(.anso-group:target) .anso-group:target { display: block; }
.anso-group-head { font-weight: 600; margin: 4px 0 6px; display: flex; justify-content: space-between; gap: 8px; }
.anso-back { font-weight: 400; font-size: 0.85em; white-space: nowrap; }
.anso-back-source { display: none; }
.anso-source { border-left: 3px solid #2f6fb3; padding: 4px 10px; margin: 8px 0; }
.anso-source:target { background: #fff8d6; }
.anso-source.anso-nearest { border-left: 3px dashed #999; color: #555; }
.anso-quote { background: #ffe58a; padding: 0 2px; }
.anso-span { background: #ffc53d; font-weight: 600; }
.anso-where, .anso-lang { color: #666; font-size: 0.85em; }
.anso-cite { text-decoration: none; font-weight: 600; }
.anso-sources { max-height: 600px; overflow-y: auto; padding-right: 4px; }
.anso-chunk-table td, .anso-chunk-table th { vertical-align: top; padding: 2px 6px; font-size: 0.9em; }
#anso-chat .label-wrap, #anso-chat > label { position: static; }
@media (max-width: 640px) {
  #anso-chat { height: 380px !important; }
  .anso-sources { max-height: none; }
  .anso-back-source { display: inline; }
}
"""
