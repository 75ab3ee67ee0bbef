"""Metrics computed the way the field computes them; no LLM needed.

English: the official SQuAD v1.1 normalisation (lower-case, ASCII punctuation and a/an/the removed,
whitespace collapsed), EM and bag-of-tokens F1. Chinese: the official CMRC 2018 method — every CJK
character is a token, other runs are word-tokenised, a fixed punctuation list removed; F1 on the
longest common contiguous token run. Each is the maximum over the gold answers.
"""
from __future__ import annotations

import math
import re
import string
import unicodedata
from collections import Counter

from rag.markers import strip_markers

CMRC_PUNCT = ['-', ':', '_', '*', '^', '/', '\\', '~', '`', '+', '=', '，', '。', '：', '？', '！', '“', '”', '；', '’',
              '《', '》', '……', '·', '、', '「', '」', '（', '）', '－', '～', '『', '』']
_CJK = re.compile(r"[\u4e00-\u9fa5]")


# --- SQuAD v1.1 -----------------------------------------------------------------
def squad_normalize(text: str) -> str:
    text = text.lower()
    text = "".join(ch for ch in text if ch not in set(string.punctuation))
    text = re.sub(r"\b(a|an|the)\b", " ", text)
    return " ".join(text.split())


def squad_em(prediction: str, golds: list[str]) -> float:
    return max((float(squad_normalize(prediction) == squad_normalize(g)) for g in golds), default=0.0)


def squad_f1(prediction: str, golds: list[str]) -> float:
    def f1(pred: str, gold: str) -> float:
        p, g = squad_normalize(pred).split(), squad_normalize(gold).split()
        common = sum((Counter(p) & Counter(g)).values())
        if common == 0:
            return 0.0
        precision, recall = common / len(p), common / len(g)
        return 2 * precision * recall / (precision + recall)

    return max((f1(prediction, g) for g in golds), default=0.0)


# --- CMRC 2018 ------------------------------------------------------------------
def cmrc_segment(text: str, remove_punct: bool = False) -> list[str]:
    """Mixed segmentation: CJK characters one by one; other runs word-tokenised (nltk's word_tokenize
    in the official script; here words and single punctuation marks, which agree on these inputs)."""
    text = str(text).lower().strip()
    out, run = [], ""
    for ch in text:
        if remove_punct and ch in CMRC_PUNCT:
            continue
        if _CJK.match(ch) or ch in CMRC_PUNCT:
            if run:
                out.extend(re.findall(r"\w+|[^\w\s]", run))
                run = ""
            out.append(ch)
        else:
            run += ch
    if run:
        out.extend(re.findall(r"\w+|[^\w\s]", run))
    return out


def _longest_common_run(a: list[str], b: list[str]) -> int:
    best = 0
    table = [0] * (len(b) + 1)
    for i in range(1, len(a) + 1):
        prev = 0
        for j in range(1, len(b) + 1):
            current = table[j]
            table[j] = prev + 1 if a[i - 1] == b[j - 1] else 0
            best = max(best, table[j])
            prev = current
    return best


def cmrc_f1(prediction: str, golds: list[str]) -> float:
    scores = []
    pred = cmrc_segment(prediction, remove_punct=True)
    for gold in golds:
        ans = cmrc_segment(gold, remove_punct=True)
        lcs = _longest_common_run(ans, pred)
        if lcs == 0:
            scores.append(0.0)
            continue
        precision, recall = lcs / len(pred), lcs / len(ans)
        scores.append(2 * precision * recall / (precision + recall))
    return max(scores, default=0.0)


def cmrc_em(prediction: str, golds: list[str]) -> float:
    def strip(text: str) -> str:
        return "".join(ch for ch in str(text).lower().strip() if ch not in CMRC_PUNCT)

    return max((float(strip(prediction) == strip(g)) for g in golds), default=0.0)


def answer_scores(prediction: str, golds: list[str], lang: str) -> dict[str, float]:
    """EM, F1 (SQuAD for English, CMRC for Chinese) and 'contains a gold answer' for free-form answers."""
    prediction = strip_markers(prediction or "").strip()
    if lang == "zh":
        em, f1 = cmrc_em(prediction, golds), cmrc_f1(prediction, golds)
    else:
        em, f1 = squad_em(prediction, golds), squad_f1(prediction, golds)
    contains = float(any(_contains(prediction, g, lang) for g in golds))
    return {"em": em, "f1": f1, "contains": contains}


def _contains(prediction: str, gold: str, lang: str) -> bool:
    if lang == "zh" or _CJK.search(gold):  # a Chinese answer quoted in an English reply is matched as Chinese
        return "".join(cmrc_segment(gold, True)) in "".join(cmrc_segment(prediction, True))
    held = squad_normalize(_without_punctuation(gold))
    return f" {held} " in f" {squad_normalize(_without_punctuation(prediction))} "


def _without_punctuation(text: str) -> str:
    """Every punctuation mark dropped, curly quotes and dashes too: SQuAD's normaliser drops only ASCII ones, so a
    gold answer quoted in “curly quotes” by the sentence holding it ("forward to “the new opportunities … in HSC”,")
    would not be found inside it. EM and F1 keep the official normaliser."""
    return "".join(ch for ch in text if not unicodedata.category(ch).startswith("P"))


# --- retrieval ------------------------------------------------------------------
def retrieval_scores(relevant: list[bool], n_relevant: int, k: int) -> dict[str, float]:
    """hit@k, recall@k, MRR and nDCG@10 of one ranked list (relevant[i] for rank i+1)."""
    top = relevant[:k]
    first = next((i for i, r in enumerate(relevant) if r), None)
    dcg = sum(1 / math.log2(i + 2) for i, r in enumerate(relevant[:10]) if r)
    n_ideal = max(n_relevant, sum(relevant[:10]), 1)  # several chunks of one gold paragraph can all be relevant
    ideal = sum(1 / math.log2(i + 2) for i in range(min(n_ideal, 10)))
    return {
        f"hit@{k}": float(any(top)),
        f"recall@{k}": min(1.0, sum(top) / max(n_relevant, 1)),
        "mrr": 0.0 if first is None else 1 / (first + 1),
        "ndcg@10": dcg / ideal if ideal else 0.0,
    }


def percentile(values: list[float], q: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    position = (len(ordered) - 1) * q
    low, high = math.floor(position), math.ceil(position)
    return ordered[low] + (ordered[high] - ordered[low]) * (position - low)


def prf(tp: int, fp: int, fn: int) -> dict[str, float]:
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1}
