"""The support-check benchmark: how often ``rag.verify.check`` catches a corrupted answer sentence
(detection rate) and how often it flags a faithful one (false-flag rate), on eval/datasets/support.jsonl.

`anso eval --dataset support --split dev|test|heldout|heldout2|…|heldout11|all` (every split is in SPLITS below).
Tune on dev, report on test; heldout was written blind after tuning (new documents and kinds) and says whether the
check generalises; heldout2 was written blind before the checker bound facts to their parties (relations,
comparisons, "respectively"); heldout3 to heldout11 were written blind by helpers who had not read the checker
(heldout4 adds posts, affiliations, dates written differently and pinyin names across languages; heldout5 to heldout11
each use five more new documents) — each was reported blind once, then read and tuned on (up to heldout10); heldout11
is the blind one: report on it, never read or tune on it.
"""
from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import numpy as np

from rag import verify
from rag.lexicon import LazyLexicon
from rag.settings import Settings
from rag.store.embed import make_embedder
from rag.text import split_sentences

DATASET = Path(__file__).resolve().parent / "datasets" / "support.jsonl"
GOAL_DETECTION = 0.95  # share of corrupted sentences the check must catch
GOAL_FALSE_FLAG = 0.10  # largest share of faithful sentences it may flag
# the dataset's splits; "all" is every item
SPLITS = ("dev", "test", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8",
          "heldout9", "heldout10", "heldout11", "all")


def load(split: str = "test", path: Path = DATASET) -> list[dict]:
    if split not in SPLITS:
        raise ValueError(f"unknown split {split!r} for the support benchmark: use one of {', '.join(SPLITS)}")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if split == "all" or r["split"] == split]


def run_support(settings: Settings, split: str = "test", path: Path = DATASET) -> dict:
    items = load(split, path)  # an unknown split fails here, before the embedder loads
    embedder = make_embedder(settings)
    lexicon = LazyLexicon(settings.cross_lingual_lexicon).get()
    cache: dict[str, np.ndarray] = {}

    def sentence_vectors(text: str) -> np.ndarray:
        if text not in cache:
            sentences = [text[s:e] for s, e in split_sentences(text)]
            cache[text] = embedder.passages(sentences)  # as ingest stores them: one passage vector per sentence
        return cache[text]

    rows = []
    for item in items:
        parallel = [item["parallel"]] if item.get("parallel") else []
        evidence = verify.Evidence(text=item["source"], svecs=sentence_vectors(item["source"]), parallel=parallel,
                                   parallel_svecs=[sentence_vectors(p) for p in parallel])
        reason = verify.check(item["sentence"] + " [1]", [evidence], embedder.query_vector(item["sentence"]),
                              lexicon)
        rows.append({**{k: item[k] for k in ("id", "lang", "source_lang", "kind", "supported", "sentence")},
                     "flagged": reason is not None, "reason": reason})
    return summarise(rows, split)


def summarise(rows: list[dict], split: str) -> dict:
    corrupted = [r for r in rows if not r["supported"]]
    faithful = [r for r in rows if r["supported"]]
    by_kind: dict[str, list[bool]] = defaultdict(list)
    for r in rows:
        by_kind[r["kind"]].append(r["flagged"])
    detection = sum(r["flagged"] for r in corrupted) / len(corrupted) if corrupted else 0.0
    false_flag = sum(r["flagged"] for r in faithful) / len(faithful) if faithful else 0.0
    return {
        "split": split, "items": len(rows), "corrupted": len(corrupted), "faithful": len(faithful),
        "detection_rate": round(detection, 4), "false_flag_rate": round(false_flag, 4),
        "goal_met": detection >= GOAL_DETECTION and false_flag <= GOAL_FALSE_FLAG,
        "flagged_by_kind": {k: f"{sum(v)}/{len(v)}" for k, v in sorted(by_kind.items())},
        "missed": [r for r in corrupted if not r["flagged"]],
        "false_flags": [r for r in faithful if r["flagged"]],
    }


def format_summary(summary: dict) -> str:
    lines = [f"support check ({summary['split']}): {summary['items']} sentences "
             f"({summary['corrupted']} corrupted, {summary['faithful']} faithful)",
             f"detection rate  {summary['detection_rate']:.3f}  (goal ≥ {GOAL_DETECTION})",
             f"false-flag rate {summary['false_flag_rate']:.3f}  (goal ≤ {GOAL_FALSE_FLAG})",
             "flagged by kind: " + ", ".join(f"{k} {v}" for k, v in summary["flagged_by_kind"].items())]
    lines += [f"  missed      {r['id']} [{r['kind']}] {r['sentence']}" for r in summary["missed"]]
    lines += [f"  false flag  {r['id']} [{r['kind']}] {r['reason']}: {r['sentence']}" for r in summary["false_flags"]]
    return "\n".join(lines)
