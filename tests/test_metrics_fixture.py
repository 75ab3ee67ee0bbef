"""EM/F1 on short answers agree (to 0.01) with a tiny independent re-implementation of the official SQuAD v1.1
evaluate script (English) and the CMRC 2018 evaluate script (Chinese), and with hand-computed values."""
import json
import re
import string
from collections import Counter

import pytest

from eval.metrics import answer_scores
from tests.conftest import FIXTURES

pytestmark = pytest.mark.unit
FIXTURE = json.loads((FIXTURES / "short_answer_scores.json").read_text(encoding="utf-8"))["items"]


# --- SQuAD v1.1 evaluate-v1.1.py, re-typed ------------------------------------------
def squad_normalize_answer(s):
    def remove_articles(text):
        return re.sub(r"\b(a|an|the)\b", " ", text)

    def white_space_fix(text):
        return " ".join(text.split())

    def remove_punc(text):
        exclude = set(string.punctuation)
        return "".join(ch for ch in text if ch not in exclude)

    return white_space_fix(remove_articles(remove_punc(s.lower())))


def squad_f1_score(prediction, ground_truth):
    prediction_tokens = squad_normalize_answer(prediction).split()
    ground_truth_tokens = squad_normalize_answer(ground_truth).split()
    common = Counter(prediction_tokens) & Counter(ground_truth_tokens)
    num_same = sum(common.values())
    if num_same == 0:
        return 0
    precision = 1.0 * num_same / len(prediction_tokens)
    recall = 1.0 * num_same / len(ground_truth_tokens)
    return (2 * precision * recall) / (precision + recall)


def squad_em_score(prediction, ground_truth):
    return squad_normalize_answer(prediction) == squad_normalize_answer(ground_truth)


# --- CMRC 2018 cmrc2018_evaluate.py, re-typed (nltk.word_tokenize replaced by a regex that agrees here) ---
SP_CHAR = ['-', ':', '_', '*', '^', '/', '\\', '~', '`', '+', '=', '，', '。', '：', '？', '！', '“', '”', '；', '’', '《',
           '》', '……', '·', '、', '「', '」', '（', '）', '－', '～', '『', '』']


def mixed_segmentation(in_str, rm_punc=False):
    in_str = str(in_str).lower().strip()
    segs_out, temp_str = [], ""
    for char in in_str:
        if rm_punc and char in SP_CHAR:
            continue
        if re.search(r"[\u4e00-\u9fa5]", char) or char in SP_CHAR:
            if temp_str != "":
                segs_out.extend(re.findall(r"\w+|[^\w\s]", temp_str))
                temp_str = ""
            segs_out.append(char)
        else:
            temp_str += char
    if temp_str != "":
        segs_out.extend(re.findall(r"\w+|[^\w\s]", temp_str))
    return segs_out


def remove_punctuation(in_str):
    return "".join(ch for ch in str(in_str).lower().strip() if ch not in SP_CHAR)


def find_lcs(s1, s2):
    m = [[0 for _ in range(len(s2) + 1)] for _ in range(len(s1) + 1)]
    mmax = 0
    for i in range(len(s1)):
        for j in range(len(s2)):
            if s1[i] == s2[j]:
                m[i + 1][j + 1] = m[i][j] + 1
                mmax = max(mmax, m[i + 1][j + 1])
    return mmax


def cmrc_f1(answers, prediction):
    f1_scores = [0.0]
    for ans in answers:
        ans_segs = mixed_segmentation(ans, rm_punc=True)
        prediction_segs = mixed_segmentation(prediction, rm_punc=True)
        lcs_len = find_lcs(ans_segs, prediction_segs)
        if lcs_len == 0:
            f1_scores.append(0)
            continue
        precision = 1.0 * lcs_len / len(prediction_segs)
        recall = 1.0 * lcs_len / len(ans_segs)
        f1_scores.append((2 * precision * recall) / (precision + recall))
    return max(f1_scores)


def cmrc_em(answers, prediction):
    return max(float(remove_punctuation(a) == remove_punctuation(prediction)) for a in answers)


def official(item):
    if item["lang"] == "zh":
        return cmrc_em(item["golds"], item["prediction"]), cmrc_f1(item["golds"], item["prediction"])
    return (max(float(squad_em_score(item["prediction"], g)) for g in item["golds"]),
            max(squad_f1_score(item["prediction"], g) for g in item["golds"]))


@pytest.mark.parametrize("item", FIXTURE, ids=lambda i: i["prediction"])
def test_each_item_agrees_with_the_official_scripts_and_the_hand_values(item):
    ours = answer_scores(item["prediction"], item["golds"], item["lang"])
    em, f1 = official(item)
    assert ours["em"] == pytest.approx(em, abs=0.01) and ours["f1"] == pytest.approx(f1, abs=0.01)
    if "hand_em" in item:
        assert ours["em"] == pytest.approx(item["hand_em"], abs=0.01)
    if "hand_f1" in item:
        assert ours["f1"] == pytest.approx(item["hand_f1"], abs=0.01)


@pytest.mark.parametrize("lang", ["en", "zh"])
def test_dataset_averages_agree_to_a_hundredth(lang):
    items = [i for i in FIXTURE if i["lang"] == lang]
    ours = [answer_scores(i["prediction"], i["golds"], lang) for i in items]
    theirs = [official(i) for i in items]
    assert 100 * sum(o["em"] for o in ours) / len(items) == pytest.approx(100 * sum(t[0] for t in theirs) / len(items), abs=0.01)
    assert 100 * sum(o["f1"] for o in ours) / len(items) == pytest.approx(100 * sum(t[1] for t in theirs) / len(items), abs=0.01)
