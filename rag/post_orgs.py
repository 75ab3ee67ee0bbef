"""The body an asked post belongs to. "Who is the President of ANSO?" is not answered by "Bai Chunli, President of
the Chinese Academy of Sciences": the sentence gives the same post of another body. Between English texts, and for
a Chinese question against an English sentence through the lexicon (``post_of_another_body_across``); a Chinese
post and its body run together in Chinese text (中国科学院院长) and are compared there by ``rag.officers``."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from rag.posts import EN_POST_WORDS, ZH_POST
from rag.text import CJK_RE, coverage_terms, cut_words

MIN_BODY_WORD_CHARS = 2  # a single character before a Chinese post (的, 及) is no word of the body's name
_RANK = r"(?:(?:vice|deputy|assistant|associate|acting|honorary|former|executive)[- ])?"
_BODY = r"[A-Z][\w&’'-]*(?:\s+(?:of|for|and|the|on|in|[A-Z][\w&’'-]*))*"
# "President of ANSO", "Director of the Mountain Observatory"
_POST_OF = re.compile(rf"\b(?P<post>(?i:{_RANK}(?:{EN_POST_WORDS})))\s+of\s+(?:the\s+)?(?P<body>{_BODY})")
# "ANSO's President", "the MKAO Director"
_BODYS_POST = re.compile(rf"\b(?P<body>[A-Z][\w&-]*(?:['’]s)?)\s+(?P<post>(?i:{_RANK}(?:{EN_POST_WORDS})))\b")
_TRAILING = re.compile(r"(?:\s+(?:of|for|and|the|on|in))+$")
_NOT_A_BODY = {"who", "what", "which", "the", "a", "an", "is", "was", "vice", "deputy", "acting", "former", "executive",
               "assistant", "associate", "honorary"}


def _bodies(text: str, post: str | None = None) -> list[tuple[str, str]]:
    """(post, body) pairs the text states, each post lower-cased with its rank ("vice-president": the President of
    ASRT is not the Vice-President asked about)."""
    found = [(_post_key(m.group("post")), _TRAILING.sub("", m.group("body"))) for m in _POST_OF.finditer(text)]
    found += [(_post_key(m.group("post")), re.sub(r"['’]s$", "", m.group("body"))) for m in _BODYS_POST.finditer(text)
              if m.group("body").lower().rstrip("'’s") not in _NOT_A_BODY]
    return [(p, b) for p, b in found if post is None or p == post]


def _post_key(post: str) -> str:
    """A post with its rank, as one lower-case key ("Vice President" and "vice-president" alike)."""
    return re.sub(r"[\s-]+", "-", post.lower())


def _initials(body: str) -> str:
    return "".join(word[0].lower() for word in re.findall(r"[A-Za-z][\w&’'-]*", body))


def _abbreviates(short: str, long: str) -> bool:
    """"ANSO" for "Alliance of National and International Science Organizations": its letters are initials of the
    long name's words, in order."""
    if not short.isupper() or len(short) < 2:
        return False
    initials = iter(_initials(long))
    return all(letter in initials for letter in short.lower())


def same_body(one: str, other: str) -> bool:
    """Two names of one body: one holds the other, one abbreviates the other, or they share a distinctive word."""
    a, b = one.lower(), other.lower()
    if a in b or b in a or _abbreviates(one, other) or _abbreviates(other, one):
        return True
    generic = {"of", "for", "and", "the", "on", "in", "academy", "sciences", "science", "national", "international",
               "university", "institute", "centre", "center", "organization", "organizations", "organisation",
               "council", "committee", "ministry", "government", "department", "society", "foundation", "alliance",
               "network", "programme", "program", "laboratory", "lab", "school", "college", "association", "chinese"}
    return bool((set(re.findall(r"[\w&-]+", a)) - generic) & (set(re.findall(r"[\w&-]+", b)) - generic))


def post_of_another_body(question: str, sentence: str) -> bool:
    """The question asks a post of a named body and the sentence states that post only of other bodies."""
    asked = _bodies(question)
    if len(asked) != 1:
        return False
    post, body = asked[0]
    stated = _bodies(sentence, post)
    return bool(stated) and not any(same_body(body, other) for _, other in stated)


def post_of_another_body_across(question: str, sentence: str, translate: Callable[[str], Sequence[str]]) -> bool:
    """A Chinese question asks who holds a post of a named body (财务与行政办公室主任) and an English
    sentence states that post (a translation of it: 主任 → director) only of bodies named by none of the translations
    of the question's words before the post: "Dr. Chheng Phen, Director of IFReDI" does not direct the Finance and
    Administration Office. A body the lexicon cannot wholly translate (肯尼亚山大气观测站) is not compared, and a
    ranked post asked (副主任) is left to the qualifier rules."""
    post = ZH_POST.search(question)
    if post is None or post.group(1):
        return False
    words = [word for word in cut_words(question[:post.start()]) if len(word) >= MIN_BODY_WORD_CHARS
             and CJK_RE.match(word)]
    if not words or not all(translate(word) for word in words):
        return False  # a body the lexicon cannot wholly translate (肯尼亚山大气观测站) cannot be told apart
    named = {term for word in words for alternative in translate(word) for term in alternative.split(" ")}
    keys = {_post_key(alternative) for alternative in translate(post.group(2))}
    stated = [body for key, body in _bodies(sentence) if key in keys]
    return bool(named and stated) and not any(coverage_terms(body) & named for body in stated)
