"""Evaluation datasets: the builtin ANSO benchmark, JSONL files, and SQuAD-format importers
(XQuAD, CMRC 2018, DRCD; SQuAD v2.0 impossible questions become unanswerable)."""
from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import BaseModel, Field

from rag.settings import PROJECT_ROOT
from rag.text import detect_lang
from rag.types import Turn

BUILTIN = Path(__file__).resolve().parent / "datasets" / "anso.jsonl"
# the second set: new staff-style documents (not the seeds) in newdocs.corpus/ beside it
NEWDOCS = Path(__file__).resolve().parent / "datasets" / "newdocs.jsonl"
# the third set, blind: other new documents in newdocs2.corpus/, written without reading the answerer; every item
# is in split "heldout" — report on it, never tune on it
NEWDOCS2 = Path(__file__).resolve().parent / "datasets" / "newdocs2.jsonl"
# the fourth set, blind: other new documents in newdocs3.corpus/, written without reading the answerer nor running
# it; standalone questions, every item in split "heldout" — report on it, never tune on it
NEWDOCS3 = Path(__file__).resolve().parent / "datasets" / "newdocs3.jsonl"
# the fifth set, blind: other new documents in newdocs4.corpus/, written without reading the answerer nor running
# it; standalone questions, every item in split "heldout" — report on it, never tune on it
NEWDOCS4 = Path(__file__).resolve().parent / "datasets" / "newdocs4.jsonl"
# the sixth set, blind: other new documents in newdocs5.corpus/, written without reading the answerer nor running
# it; standalone questions, every item in split "heldout" — report on it, never tune on it
NEWDOCS5 = Path(__file__).resolve().parent / "datasets" / "newdocs5.jsonl"
# the seventh set, blind: other new documents in newdocs6.corpus/, written without reading the answerer nor running
# it; standalone questions, every item in split "heldout" — report on it, never tune on it
NEWDOCS6 = Path(__file__).resolve().parent / "datasets" / "newdocs6.jsonl"
# the eighth set, blind: other new documents in newdocs7.corpus/, written without reading the answerer nor running
# it; standalone questions, every item in split "heldout" — report on it, never tune on it
NEWDOCS7 = Path(__file__).resolve().parent / "datasets" / "newdocs7.jsonl"
# the ninth set, blind: other new documents in newdocs8.corpus/, written without reading the answerer nor running
# it; standalone questions, every item in split "heldout" — report on it, never tune on it
NEWDOCS8 = Path(__file__).resolve().parent / "datasets" / "newdocs8.jsonl"
# the tenth set, blind: other new documents in newdocs9.corpus/, written without reading the answerer nor running
# it; standalone questions, every item in split "heldout" — report on it, never tune on it
NEWDOCS9 = Path(__file__).resolve().parent / "datasets" / "newdocs9.jsonl"
# the eleventh set, blind: other new documents in newdocs10.corpus/, written without reading the answerer nor running
# it; standalone questions, every item in split "heldout" — report on it, never tune on it
NEWDOCS10 = Path(__file__).resolve().parent / "datasets" / "newdocs10.jsonl"
# the twelfth set, blind: other new documents in newdocs11.corpus/ (among them a .docx and a .pdf, built by
# make_newdocs11.py), written without reading the answerer nor running it; standalone questions, every item in split
# "heldout" — report on it, never tune on it
NEWDOCS11 = Path(__file__).resolve().parent / "datasets" / "newdocs11.jsonl"
# the bundled JSONL sets, each with its corpus folder beside it: builtin name → file
BUILTIN_JSONL = {"builtin:newdocs": NEWDOCS, "builtin:newdocs2": NEWDOCS2, "builtin:newdocs3": NEWDOCS3,
                 "builtin:newdocs4": NEWDOCS4, "builtin:newdocs5": NEWDOCS5, "builtin:newdocs6": NEWDOCS6,
                 "builtin:newdocs7": NEWDOCS7, "builtin:newdocs8": NEWDOCS8, "builtin:newdocs9": NEWDOCS9,
                 "builtin:newdocs10": NEWDOCS10, "builtin:newdocs11": NEWDOCS11}
SHARED_DATA = PROJECT_ROOT.parent / "shared" / "data"


class Item(BaseModel):
    id: str
    question: str
    lang: str
    answers: list[str] = Field(default_factory=list)
    evidence: list[str] = Field(default_factory=list)
    answerable: bool = True
    history: list[Turn] | None = None
    tags: list[str] = Field(default_factory=list)
    split: str | None = None


@dataclass
class Dataset:
    name: str
    items: list[Item]
    corpus: list[Path] = field(default_factory=list)  # files to ingest
    corpus_texts: dict[str, str] = field(default_factory=dict)  # generated corpus files: name → text


def load_jsonl(path: Path, split: str | None = None) -> list[Item]:
    items = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            item = Item(**json.loads(line))
        except (json.JSONDecodeError, ValueError) as exc:
            raise ValueError(f"{path}:{number}: not a valid item ({exc})") from None
        if split in (None, "all") or item.split in (None, split):
            items.append(item)
    return items


def load_squad(path: Path, lang: str | None = None, prefix: str = "") -> tuple[list[Item], dict[str, str]]:
    """SQuAD v1.1/v2.0-format JSON → items with the gold paragraph as evidence, and the contexts as a corpus."""
    data = json.loads(path.read_text(encoding="utf-8"))["data"]
    items, corpus = [], {}
    for article in data:
        for paragraph in article["paragraphs"]:
            context = paragraph["context"]
            name = f"{prefix}{hashlib.sha1(context.encode()).hexdigest()[:12]}.txt"
            corpus[name] = context
            for qa in paragraph["qas"]:
                answers = list(dict.fromkeys(a["text"] for a in qa.get("answers", []) if a.get("text")))
                impossible = bool(qa.get("is_impossible")) or not answers
                question = qa["question"]
                items.append(Item(id=f"{prefix}{qa['id']}", question=question,
                                  lang=lang or detect_lang(question), answers=answers, evidence=[context],
                                  answerable=not impossible, tags=["unanswerable"] if impossible else []))
    return items, corpus


def load_dataset(spec: str, split: str | None = None, limit: int | None = None) -> Dataset:
    """``builtin:anso`` | ``builtin:newdocs`` | ``builtin:newdocs2`` | ``builtin:newdocs3`` | ``builtin:newdocs4``
    | ``builtin:newdocs5`` | ``builtin:newdocs6`` | ``builtin:newdocs7`` | ``builtin:newdocs8``
    | ``builtin:newdocs9`` | ``builtin:newdocs10`` | ``builtin:newdocs11`` (the last ten all split ``heldout``)
    | ``xquad:en`` | ``xquad:zh`` | ``xquad:zh+en`` | ``cmrc``
    | a .jsonl or SQuAD .json path."""
    if spec == "builtin:anso":
        from rag.settings import Settings

        corpus_dir = Settings(_env_file=None).corpus_dir
        return Dataset(spec, _limit(load_jsonl(BUILTIN, split), limit), corpus=[corpus_dir])
    if spec in BUILTIN_JSONL:
        path = BUILTIN_JSONL[spec]
        return Dataset(spec, _limit(load_jsonl(path, split), limit), corpus=[jsonl_corpus(path)])
    if spec.startswith("xquad:"):
        langs = spec.split(":", 1)[1].split("+")
        items, corpus = [], {}
        for lang in langs:
            path = SHARED_DATA / f"xquad.{lang}.json"
            if not path.exists():
                raise FileNotFoundError(f"{path} not found (XQuAD lives in ../shared/data/)")
            lang_items, lang_corpus = load_squad(path, lang, prefix=f"xquad-{lang}-")
            items += [i.model_copy(update={"tags": i.tags + [f"xquad-{lang}"]}) for i in lang_items]
            corpus.update(lang_corpus)
        return Dataset(spec, _limit(items, limit), corpus_texts=corpus)
    if spec == "cmrc":
        items, corpus = load_squad(SHARED_DATA / "cmrc2018_dev.json", "zh", prefix="cmrc-")
        return Dataset(spec, _limit(items, limit), corpus_texts=corpus)
    path = Path(spec)
    if not path.exists():
        raise FileNotFoundError(f"no dataset {spec!r}: use builtin:anso, builtin:newdocs, builtin:newdocs2, "
                                "builtin:newdocs3, builtin:newdocs4, builtin:newdocs5, builtin:newdocs6, "
                                "builtin:newdocs7, builtin:newdocs8, builtin:newdocs9, builtin:newdocs10, "
                                "builtin:newdocs11, xquad:en|zh|zh+en, cmrc, or a file path")
    if path.suffix == ".jsonl":
        folder = jsonl_corpus(path)
        return Dataset(spec, _limit(load_jsonl(path, split), limit), corpus=[folder] if folder.exists() else [])
    items, corpus = load_squad(path, prefix=f"{path.stem}-")
    return Dataset(spec, _limit(items, limit), corpus_texts=corpus)


def jsonl_corpus(path: Path) -> Path:
    """A JSONL dataset's corpus: the folder ``NAME.corpus/`` beside ``NAME.jsonl``."""
    return path.with_name(path.stem + ".corpus")


def _limit(items: list[Item], limit: int | None) -> list[Item]:
    return items[:limit] if limit else items


def is_relevant(chunk_text: str, item: Item) -> bool:
    """A chunk is relevant when it holds an item's evidence (or lies inside a long evidence paragraph) or answer."""
    if item.evidence:
        return any(ev in chunk_text or (len(chunk_text) >= 20 and chunk_text in ev) for ev in item.evidence)
    return any(len(answer) >= 2 and answer in chunk_text for answer in item.answers)
