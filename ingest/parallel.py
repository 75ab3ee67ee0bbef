"""Link parallel versions: each chunk to the chunk(s) in the other language that say the same thing.

A section is a run of same-language chunks in one file. Each section is paired with the
other-language section it matches best (mean best cross-lingual similarity), then the two are
aligned monotonically (document order), many-to-one in both directions: the Chinese paragraphs
are longer and each covers several English ones. Only sections holding some chunk's nearest
other-language neighbour are candidates, so the cost grows with the corpus, not its square.
"""
from __future__ import annotations

import re
from decimal import Decimal

import numpy as np

from rag.settings import ScoringProfile
from rag.store.docstore import DocStore
from rag.store.writer import IndexWriter

# The thresholds depend on the embedder: they are in its scoring profile (rag/settings.py).
# Versions of one text state the same numbers (years, dates, counts, amounts): two sections that each state at least
# MIN_SECTION_NUMBERS distinct numbers but share less than MIN_NUMBER_JACCARD of them are different texts on a
# similar topic (a Chinese training report and an English meeting announcement), never versions of each other.
MIN_SECTION_NUMBERS = 3
MIN_NUMBER_JACCARD = 0.2
NUMBER = re.compile(r"\d+")
# The same test on the figures that identify a text (amounts, counts, percentages, phone numbers), read as values
# ("1,146" = 1146, "30万" = "300,000" = "0.3 million"): days, months, small counts and years recur in any two texts
# of one season (an English cruise report and a Chinese meeting's minutes share 2026, 9, 17 …), these do not.
FIGURE = re.compile(r"(?<![\d.,])(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?\s*(万|亿|thousand|million|billion)?", re.I)
MULTIPLIERS = {"万": 10 ** 4, "亿": 10 ** 8, "thousand": 10 ** 3, "million": 10 ** 6, "billion": 10 ** 9}
COMMON_FIGURE_MAX = 31  # a whole number up to this is a day, a month or a small count: it identifies no text
YEARS = range(1900, 2100)
# a summary or a fuller version states only some of the other's figures: the share is of the smaller set's figures
MIN_FIGURE_OVERLAP = 0.3

# The version of the linking rules above, stored with the links: an index linked under other rules is relinked on its
# next ingest even when no file changed. Bump it whenever a change to this module changes which chunks get linked.
LINK_RULES = "2026-11-figures"
Section = tuple[str, tuple[str, ...]]  # (lang, chunk ids in order)
Link = tuple[str, str, float]  # (chunk id, chunk id in the other language, similarity); stored both ways
Rows = dict[str, int]  # chunk id → row of the similarity matrix


def link_parallel(writer: IndexWriter) -> int:
    """Recompute every parallel link and store them through the writer; returns the number of pairs."""
    links = parallel_links(writer.index.docstore, writer.index.settings.scoring)
    writer.set_parallel(links, LINK_RULES)
    return len(links) // 2


def links_are_current(docstore: DocStore) -> bool:
    """Whether the stored links were made by these rules (an index from an older release was not)."""
    return docstore.link_rules() == LINK_RULES


def parallel_links(docstore: DocStore, profile: ScoringProfile) -> list[Link]:
    """The parallel links between the docstore's live chunks (both directions)."""
    ids, langs, _firsts, matrix = docstore.chunk_vectors()
    sections = _sections(docstore.file_sections())
    if not ids or not sections:
        return []
    matrix, (section_min, link_min) = _centre_by_language(matrix, langs, profile)
    row = {cid: i for i, cid in enumerate(ids)}
    nearest = _nearest_other_language(matrix, langs)
    owner: dict[str, list[int]] = {}
    for number, (_, chunk_ids) in enumerate(sections):
        for cid in chunk_ids:
            owner.setdefault(cid, []).append(number)
    numbers = _section_numbers(docstore, sections)
    figures = _section_figures(docstore, sections)
    links: dict[tuple[str, str], float] = {}
    for number, source in enumerate(sections):
        candidates = {n for cid in source[1] if (near := nearest.get(row[cid])) is not None
                      for n in owner.get(ids[near], [])}
        targets = [sections[n] for n in candidates
                   if sections[n][0] != source[0] and _numbers_agree(numbers[number], numbers[n])
                   and _figures_agree(figures[number], figures[n])]
        best = _best_section(source, targets, matrix, row, section_min)
        if best is not None:
            for a, b, score in _align(source[1], best[1], matrix, row, link_min, profile.parallel_neighbour_factor):
                links[(a, b)] = max(score, links.get((a, b), 0.0))
                links[(b, a)] = links[(a, b)]
    return [(a, b, s) for (a, b), s in links.items()]


def _section_numbers(docstore: DocStore, sections: list[Section]) -> list[frozenset[str]]:
    """The distinct numbers each section states."""
    chunks = docstore.get([cid for _, chunk_ids in sections for cid in chunk_ids])
    return [frozenset(n.lstrip("0") or "0" for cid in chunk_ids if cid in chunks
                      for n in NUMBER.findall(chunks[cid].chunk.text)) for _, chunk_ids in sections]


def _section_figures(docstore: DocStore, sections: list[Section]) -> list[frozenset[str]]:
    """The distinct identifying figures each section states (``figures``)."""
    chunks = docstore.get([cid for _, chunk_ids in sections for cid in chunk_ids])
    return [frozenset(f for cid in chunk_ids if cid in chunks for f in figures(chunks[cid].chunk.text))
            for _, chunk_ids in sections]


def figures(text: str) -> set[str]:
    """The figures of a text that identify it, as normalised values: "1,146" and "1146" are one figure, "30万" and
    "300,000" too; days, months, small counts (≤ ``COMMON_FIGURE_MAX``) and years are left out."""
    out = set()
    for match in FIGURE.finditer(text):
        whole, fraction, unit = match.group(1).replace(",", ""), match.group(2) or "", match.group(3)
        value = Decimal(f"{whole}.{fraction}" if fraction else whole) * MULTIPLIERS.get((unit or "").lower(), 1)
        if value == value.to_integral_value() and (value <= COMMON_FIGURE_MAX or int(value) in YEARS):
            continue
        out.add(format(value.normalize(), "f"))
    return out


def _figures_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two sections could be versions of one text by their figures: too few to tell, or the one with fewer
    figures shares enough of them with the other (an English guide summarising a Chinese one states fewer)."""
    if min(len(a), len(b)) < MIN_SECTION_NUMBERS:
        return True
    return len(a & b) / min(len(a), len(b)) >= MIN_FIGURE_OVERLAP


def _numbers_agree(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two sections could be versions of one text: too few numbers to tell, or enough of them shared."""
    if min(len(a), len(b)) < MIN_SECTION_NUMBERS:
        return True
    return len(a & b) / len(a | b) >= MIN_NUMBER_JACCARD


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
            out.update({int(r): int(cols[b]) for r, b in zip(part, best, strict=True)})
    return out


def _centre_by_language(matrix: np.ndarray, langs: list[str],
                        profile: ScoringProfile) -> tuple[np.ndarray, tuple[float, float]]:
    """Vectors with each language's mean removed (and the thresholds for them), or the raw vectors
    and the raw thresholds when a language has too few chunks for a reliable mean."""
    labels = np.array(langs)
    if min((labels == lang).sum() for lang in ("zh", "en")) < profile.parallel_min_per_language:
        return matrix, (profile.parallel_raw_section_score, profile.parallel_raw_link_score)
    centred = matrix.copy()
    for lang in ("zh", "en"):
        centred[labels == lang] -= matrix[labels == lang].mean(axis=0)
    centred /= np.maximum(np.linalg.norm(centred, axis=1, keepdims=True), 1e-12)
    return centred, (profile.parallel_section_score, profile.parallel_link_score)


def _sections(files: dict[str, list[tuple[str, str]]]) -> list[Section]:
    """Runs of same-language chunks in each file, in document order (a run repeated is kept once)."""
    seen: set[Section] = set()
    out: list[Section] = []
    for chunks in files.values():
        run: list[str] = []
        lang = ""
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


def _best_section(source: Section, targets: list[Section], matrix: np.ndarray, row: Rows,
                  threshold: float) -> Section | None:
    src = matrix[[row[c] for c in source[1]]]
    best, best_score = None, threshold
    for target in targets:
        sims = src @ matrix[[row[c] for c in target[1]]].T
        score = float((sims.max(axis=1).mean() + sims.max(axis=0).mean()) / 2)
        if score >= best_score:
            best, best_score = target, score
    return best


def _align(a_ids: tuple[str, ...], b_ids: tuple[str, ...], matrix: np.ndarray, row: Rows, threshold: float,
           neighbour_factor: float) -> list[Link]:
    """Monotone alignment both ways, plus a path neighbour that is clearly similar too
    (``neighbour_factor`` × threshold: one long paragraph covering two short ones)."""
    sims = matrix[[row[c] for c in a_ids]] @ matrix[[row[c] for c in b_ids]].T
    pairs = set(_monotone(sims)) | {(i, j) for j, i in _monotone(sims.T)}
    neighbours = {(i, j + d) for i, j in pairs for d in (-1, 1) if 0 <= j + d < sims.shape[1]}
    neighbours |= {(i + d, j) for i, j in pairs for d in (-1, 1) if 0 <= i + d < sims.shape[0]}
    strong = {(i, j) for i, j in neighbours if sims[i, j] >= neighbour_factor * threshold}
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
