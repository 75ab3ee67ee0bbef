"""The fact only the other language states.

A bilingual corpus does not say everything twice: the English report names "the 2026 annual meeting … in
Ulaanbaatar", its Chinese version stops before it. Asked "网络2026年年会在哪里举办？", the Chinese document's best
sentence (a plan naming three cities) scores above the English one, yet its document never says 年会 at all. When
the asker-language document never states a noun of the question and a sentence in the other language states it
through a translation, that sentence is the one to try first.
"""
from __future__ import annotations

import re

from rag.abstain import FRAME_EN, FRAME_ZH, _tag_question, asked_categories
from rag.lexicon import Lexicon, states
from rag.text import CJK_RE, ZH_STOPWORDS, coverage_terms, normalize

# an English past participle ("a visit *funded* by ANSO") is a verb: a document wording it otherwise ("pays") still
# states the fact, so it is no noun the document must name
PARTICIPLE = re.compile(r"^[a-z]{3,}ed$")
MIN_NOUN_CHARS = 2  # a Chinese noun this long names a thing (not 年, 人)
MIN_STATED_SHARE = 0.5  # share of the unstated terms a sentence in the other language must state


def unstated_nouns(question: str, lang: str, document: str) -> list[str]:
    """The question's nouns (Chinese: jieba's n… words; English: content terms) the document never states.

    The category a list question asks for (哪些*方法*, "Which *countries*") is not one: the answer names its members
    ("细胞培养、类器官或计算机模型"), seldom the category itself."""
    category = asked_categories(question)
    if lang == "zh":
        said = normalize(document)
        return [w for w, tag in _tag_question(normalize(question)) if tag.startswith("n") and len(w) >= MIN_NOUN_CHARS
                and w not in ZH_STOPWORDS and w not in FRAME_ZH and w not in said and w not in category]
    said_terms = coverage_terms(document)
    nouns = " ".join(w for w in re.findall(r"[A-Za-z][\w’'-]*", question) if not PARTICIPLE.search(w))
    return [t for t in coverage_terms(nouns)
            if t not in FRAME_EN and t not in said_terms and not t.isdigit() and t not in category]


def states_most_translated(terms: list[str], text: str, lexicon: Lexicon) -> bool:
    """At least half of the terms (and one) have a translation that ``text`` (in the other language) states: an
    English question's terms include its verbs, which a translation often words otherwise ("pays" / 提供)."""
    norm, tokens = normalize(text), coverage_terms(text)
    stated = sum(any(states(alt, tokens) if CJK_RE.search(term) else alt in norm for alt in lexicon.alternatives(term))
                 for term in set(terms))
    return stated > 0 and stated >= MIN_STATED_SHARE * len(set(terms))
