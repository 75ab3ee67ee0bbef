"""British and American spellings of one English word, as stems (``rag.text.latin_terms``).

CC-CEDICT glosses in American spelling ("program", "center", "organize"); the documents staff add are often in
British spelling ("programme", "centre", "organise"), whose stems differ ("programm", "centr", "organis"). The
bilingual lexicon (``rag.lexicon``) looks a British stem up under its American one too, and gives a Chinese word's
American translations with their British spelling beside them, so that 项目 meets "programme" and "centre" meets 中心.
"""
from __future__ import annotations

# British stem → American stem, where the two spellings stem apart (the -our, -re, -ence, -ogue, -mme families)
BRITISH_TO_AMERICAN = {
    "programm": "program", "centr": "center", "metr": "meter", "litr": "liter", "theatr": "theater",
    "fibr": "fiber", "labour": "labor", "colour": "color", "honour": "honor", "favour": "favor",
    "behaviour": "behavior", "neighbour": "neighbor", "harbour": "harbor", "rumour": "rumor", "licenc": "licens",
    "defenc": "defens", "offenc": "offens", "catalogu": "catalog", "dialogu": "dialog", "analys": "analyz",
    "judgement": "judgment", "ageing": "age", "chequ": "check", "tyre": "tire", "grey": "gray",
}
AMERICAN_TO_BRITISH = {american: british for british, american in BRITISH_TO_AMERICAN.items()}
ISE_ENDING = "is"  # the stem of a British -ise / -isation word ("organis", "recognis"); American stems drop "ize"
MIN_ISE_STEM = 6  # shorter stems ending in "is" are other words ("basi", "thesis" stems apart anyway)


def american_spellings(stem: str) -> tuple[str, ...]:
    """The stems an American spelling of the word may have ("programm" → "program"; "organis" → "organiz",
    "organ"); none for a word spelt alike."""
    if stem in BRITISH_TO_AMERICAN:
        return (BRITISH_TO_AMERICAN[stem],)
    if stem.endswith(ISE_ENDING) and len(stem) >= MIN_ISE_STEM and stem.isalpha():
        root = stem[: -len(ISE_ENDING)]
        return (f"{root}iz", root)
    return ()


def british_spelling(stem: str) -> str | None:
    """The British stem of an American one ("program" → "programm", "organiz" → "organis"), if they differ."""
    if stem in AMERICAN_TO_BRITISH:
        return AMERICAN_TO_BRITISH[stem]
    if stem.endswith("iz") and len(stem) >= MIN_ISE_STEM and stem.isalpha():
        return f"{stem[:-2]}is"
    return None


def with_british(phrase: str) -> str | None:
    """A (space-joined) American gloss in British spelling ("research center" → "research centr"), if it differs."""
    words = phrase.split(" ")
    british = [british_spelling(w) or w for w in words]
    return " ".join(british) if british != words else None
