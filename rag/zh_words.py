"""A Chinese question's words, for scoring it against text in English.

Coverage counts a Chinese question in character bigrams (``rag.text.coverage_terms``), which is robust to segmentation
within Chinese text. Against English text it is not: a bigram that straddles two words ("联盟秘书处" → 盟秘) or the
tail of a three-character word (书处) has no translation, weighs as much as a rare term, and so drags the coverage of
every English sentence down — "联盟秘书处设在哪里？" scored 0.23 against the sentence saying where the Secretariat
settled. Counted in jieba words instead, each word weighs as its heaviest bigram and is matched through the word's own
translation (秘书处 → secretariat).
"""
from __future__ import annotations

from collections.abc import Mapping

from rag.text import CJK_RE, cut_words

MIN_WORD_CHARS = 2  # a single character is no term (coverage_terms drops it too)


def question_words(question: str, terms: Mapping[str, float]) -> dict[str, float]:
    """The question's Chinese words that hold a weighed bigram, with the weight of their heaviest one, and its
    terms in Latin script or digits (weighed as they are)."""
    words: dict[str, float] = {t: w for t, w in terms.items() if not CJK_RE.search(t)}
    for word in cut_words(question):
        if len(word) < MIN_WORD_CHARS or not all(CJK_RE.match(ch) for ch in word):
            continue
        weights = [terms[word[i:i + 2]] for i in range(len(word) - 1) if word[i:i + 2] in terms]
        if weights:
            words[word] = max(weights)
    return words


def word_coverage(words: Mapping[str, float], tokens: frozenset[str], via: frozenset[str], factor: float) -> float:
    """The share of the words' weight that ``tokens`` state as they are (Latin terms, digits) or ``via`` states
    through a translation (counting ``factor`` of it)."""
    total = sum(words.values()) or 1.0
    return sum(w if t in tokens else factor * w for t, w in words.items() if t in tokens or t in via) / total
