"""Link parallel versions: each chunk to the chunk(s) in the other language that say the same thing.

A section is a run of same-language chunks in one file. Each section is paired with the
other-language section it matches best (mean best cross-lingual similarity), then the two are
aligned monotonically (document order), many-to-one in both directions: the Chinese paragraphs
are longer and each covers several English ones. Only sections holding some chunk's nearest
other-language neighbour are candidates, so the cost grows with the corpus, not its square.
"""
from __future__ import annotations

import numpy as np

from rag.store.docstore import DocStore

# Thresholds on similarities *centred per language* (each language's mean vector removed): the
# raw e5 cosines of any two texts on one topic sit within a few hundredths of each other.
MIN_SECTION_SCORE = 0.20  # mean best similarity for two sections to be versions of each other
MIN_LINK_SCORE = 0.15     # a forced alignment below this is not a link
MIN_PER_LANGUAGE = 8      # fewer chunks than this in a language: no reliable mean, use raw cosines
RAW_SECTION_SCORE, RAW_LINK_SCORE = 0.82, 0.80

Section = tuple[str, tuple[str, ...]]  # (lang, chunk ids in order)


def link_parallel(docstore: DocStore) -> int:
    ids, langs, _firsts, matrix = docstore.chunk_vectors()
    sections = _sections(docstore.file_sections())
    if not ids or not sections:
        docstore.set_parallel([])
        return 0
    matrix, (section_min, link_min) = _centre_by_language(matrix, langs)
    row = {cid: i for i, cid in enumerate(ids)}
    nearest = _nearest_other_language(matrix, langs)
    owner: dict[str, list[int]] = {}
    for number, (_, chunk_ids) in enumerate(sections):
        for cid in chunk_ids:
            owner.setdefault(cid, []).append(number)
    links: dict[tuple[str, str], float] = {}
    for source in sections:
        candidates = {n for cid in source[1] if nearest.get(row[cid]) is not None
                      for n in owner.get(ids[nearest[row[cid]]], [])}
        targets = [sections[n] for n in candidates if sections[n][0] != source[0]]
        best = _best_section(source, targets, matrix, row, section_min)
        if best is not None:
            for a, b, score in _align(source[1], best[1], matrix, row, link_min):
                links[(a, b)] = max(score, links.get((a, b), 0.0))
                links[(b, a)] = links[(a, b)]
    docstore.set_parallel([(a, b, s) for (a, b), s in links.items()])
    return len(links) // 2


def _nearest_other_language(matrix: np.ndarray, langs: list[str]) -> dict[int, int | None]:
    labels = np.array(langs)
    out: dict[int, int | None] = {}
    for lang, other in (("zh", "en"), ("en", "zh")):
        rows, cols = np.flatnonzero(labels == lang), np.flatnonzero(labels == other)
        if not len(cols):
            out.update({int(r): None for r in rows})
            continue
        for start in range(0, len(rows), 2048):
            part = rows[start:start + 2048]
            best = (matrix[part] @ matrix[cols].T).argmax(axis=1)
            out.update({int(r): int(cols[b]) for r, b in zip(part, best)})
    return out


def _centre_by_language(matrix: np.ndarray, langs: list[str]) -> tuple[np.ndarray, tuple[float, float]]:
    labels = np.array(langs)
    if min((labels == lang).sum() for lang in ("zh", "en")) < MIN_PER_LANGUAGE:
        return matrix, (RAW_SECTION_SCORE, RAW_LINK_SCORE)
    centred = matrix.copy()
    for lang in ("zh", "en"):
        centred[labels == lang] -= matrix[labels == lang].mean(axis=0)
    centred /= np.maximum(np.linalg.norm(centred, axis=1, keepdims=True), 1e-12)
    return centred, (MIN_SECTION_SCORE, MIN_LINK_SCORE)


def _sections(files: dict[str, list[tuple[str, str]]]) -> list[Section]:
    seen, out = set(), []
    for chunks in files.values():
        run: list[str] = []
        lang = None
        for cid, chunk_lang in chunks + [("", "")]:
            if chunk_lang != lang and run:
                key = (lang, tuple(run))
                if key not in seen:
                    seen.add(key)
                    out.append(key)
                run = []
            lang = chunk_lang
            if cid:
                run.append(cid)
    return out


def _best_section(source: Section, targets: list[Section], matrix, row, threshold) -> Section | None:
    src = matrix[[row[c] for c in source[1]]]
    best, best_score = None, threshold
    for target in targets:
        sims = src @ matrix[[row[c] for c in target[1]]].T
        score = float((sims.max(axis=1).mean() + sims.max(axis=0).mean()) / 2)
        if score >= best_score:
            best, best_score = target, score
    return best


def _align(a_ids, b_ids, matrix, row, threshold) -> list[tuple[str, str, float]]:
    """Monotone alignment both ways, plus a path neighbour that is clearly similar too
    (one long paragraph covering two short ones)."""
    sims = matrix[[row[c] for c in a_ids]] @ matrix[[row[c] for c in b_ids]].T
    pairs = set(_monotone(sims)) | {(i, j) for j, i in _monotone(sims.T)}
    neighbours = {(i, j + d) for i, j in pairs for d in (-1, 1) if 0 <= j + d < sims.shape[1]}
    neighbours |= {(i + d, j) for i, j in pairs for d in (-1, 1) if 0 <= i + d < sims.shape[0]}
    strong = {(i, j) for i, j in neighbours if sims[i, j] >= 1.5 * threshold}
    return [(a_ids[i], b_ids[j], float(sims[i, j])) for i, j in sorted(pairs | strong) if sims[i, j] >= threshold]


def _monotone(sims: np.ndarray) -> list[tuple[int, int]]:
    """Assign each row a column, columns non-decreasing with rows, maximising total similarity."""
    m, n = sims.shape
    score = np.full((m, n), -np.inf)
    back = np.zeros((m, n), dtype=int)
    score[0] = sims[0]
    for i in range(1, m):
        best_prev = np.maximum.accumulate(score[i - 1])
        back[i] = _running_argmax(score[i - 1])
        score[i] = best_prev + sims[i]
    j = int(np.argmax(score[-1]))
    path = [(m - 1, j)]
    for i in range(m - 1, 0, -1):
        j = int(back[i, j])
        path.append((i - 1, j))
    return path[::-1]


def _running_argmax(values: np.ndarray) -> np.ndarray:
    out = np.zeros(len(values), dtype=int)
    best = 0
    for k in range(len(values)):
        if values[k] > values[best]:
            best = k
        out[k] = best
    return out
