"""Calibrate the extractive abstention threshold on a dev split (never on test)."""
from __future__ import annotations

from eval.datasets import load_dataset
from eval.metrics import answer_scores
from eval.run import prepare_index


def calibrate(settings, spec: str = "builtin:anso", split: str = "dev") -> dict:
    """For each item, the best evidence score and whether the forced answer is right; then the
    threshold that maximises accuracy (answer when answerable and right, abstain otherwise)."""
    from eval.harness import dataset_settings
    from rag.chain import Assistant

    if split == "test":
        raise ValueError("calibrate on dev, never on test")
    dataset = load_dataset(spec, split)
    eval_settings = dataset_settings(settings, spec)
    index, _ = prepare_index(eval_settings, dataset, progress=False)
    assistant = Assistant(eval_settings, index)
    points = []
    for item in dataset.items:
        forced, best = assistant.evidence(item.question, history=item.history)
        right = (item.answerable and not forced.abstained
                 and answer_scores(forced.answer, item.answers, item.lang)["contains"] > 0)
        points.append((best, item.answerable, right, forced.abstained))
    candidates = sorted({round(p[0], 3) for p in points} | {settings.abstain_threshold})

    def accuracy(threshold: float) -> float:
        good = sum((p[2] and p[0] >= threshold) or (not p[1] and (p[0] < threshold or p[3])) for p in points)
        return good / len(points)

    best_threshold = max(candidates, key=lambda t: (accuracy(t), -abs(t - settings.abstain_threshold)))
    return {"items": len(points), "threshold": best_threshold, "accuracy": round(accuracy(best_threshold), 4),
            "current_threshold": settings.abstain_threshold,
            "current_accuracy": round(accuracy(settings.abstain_threshold), 4)}
