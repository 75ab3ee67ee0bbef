"""Answer → what the page shows. Everything from documents, questions and the LLM is escaped: text, never markup."""
from __future__ import annotations

from html import escape

from rag.markers import MARKER, marker_numbers
from rag.types import Answer, Citation
from ui.strings import t


def chat_markdown(answer: Answer, ui_lang: str) -> str:
    """The chat bubble: escaped answer text, [n] markers as links to the sources panel, notices."""
    text = escape(answer.answer, quote=False)
    known = {c.n for c in answer.citations}
    text = MARKER.sub(lambda m: "".join(f'<a href="#anso-src-{n}" class="anso-cite">[{n}]</a>' if n in known
                                        else f"[{n}]" for n in marker_numbers(m)), text)
    lines = [text]
    for sentence in answer.unsupported:
        lines.append(f"\n> {escape(sentence, quote=False)} — {t(ui_lang, 'unsupported')}")
    for notice in answer.notices:
        lines.append(f"\n*ℹ️ {escape(notice, quote=False)}*")
    return "\n".join(lines)


def sources_html(answer: Answer | None, ui_lang: str) -> str:
    if answer is None:
        return f'<div class="anso-sources"><p>{escape(t(ui_lang, "no_sources"))}</p></div>'
    items = answer.citations or answer.nearest
    parts = ['<div class="anso-sources">']
    if answer.abstained and items:
        parts.append(f"<p><strong>{escape(t(ui_lang, 'nearest'))}</strong></p>")
    for c in items:
        parts.append(_citation_html(c, ui_lang, anchor=not answer.abstained))
    parts.append("</div>")
    return "".join(parts)


def _citation_html(c: Citation, ui_lang: str, anchor: bool) -> str:
    where = "; ".join(f"{escape(s.file)} · {escape(t(ui_lang, 'paragraph', n=s.paragraph))}" for s in c.sources)
    body = (escape(c.text[:c.start]) + f'<mark class="anso-quote">{escape(c.quote)}</mark>' + escape(c.text[c.end:]))
    ident = f' id="anso-src-{c.n}"' if anchor else ""
    html = [f'<div class="anso-source"{ident} data-chunk="{escape(c.chunk_id)}">',
            f'<div class="anso-source-head"><span class="anso-num">[{c.n}]</span> <strong>{escape(c.title)}</strong> '
            f'<span class="anso-lang">{escape(t(ui_lang, "lang_" + c.lang))}</span></div>',
            f'<div class="anso-where">{where}</div>', f'<p class="anso-text" lang="{c.lang}">{body}</p>']
    if c.parallel:
        label = escape(t(ui_lang, "show_parallel", lang=t(ui_lang, "lang_" + c.parallel.lang)))
        html.append(f'<details class="anso-parallel"><summary>{label}</summary>'
                    f'<p lang="{c.parallel.lang}">{escape(c.parallel.text)}</p></details>')
    html.append("</div>")
    return "".join(html)


def plain_with_references(answer: Answer | None) -> str:
    """The answer followed by its numbered references, for copying."""
    if answer is None:
        return ""
    refs = []
    for c in answer.citations:
        where = "; ".join(f"{s.file} ¶{s.paragraph}" for s in c.sources)
        refs.append(f"[{c.n}] {c.title} ({where}): “{c.quote}”")
    return answer.answer + ("\n\n" + "\n".join(refs) if refs else "")


def timings_markdown(answer: Answer | None) -> str:
    if answer is None:
        return ""
    return " · ".join(f"{k}: {v:.1f}" for k, v in answer.timings_ms.items())


CSS = """
.anso-source { border-left: 3px solid #2f6fb3; padding: 4px 10px; margin: 8px 0; }
.anso-source:target { background: #fff8d6; }
.anso-quote { background: #ffe58a; padding: 0 2px; }
.anso-where, .anso-lang { color: #666; font-size: 0.85em; }
.anso-cite { text-decoration: none; font-weight: 600; }
"""
