"""Fact binding: does each fact in an answer sentence belong to the same party as in the cited source?

A sentence can keep every word and number of its source and still say something else: "Master's students
receive CNY 3,500 and doctoral students CNY 3,000" when the amounts are the other way round, "Professor Zhou
opened the workshop" when he closed it, "more places for doctoral than for master's students" when there are
fewer. ``rag.verify`` finds facts that are absent; this module finds facts that are present but bound to the
wrong party, and comparisons that run the wrong way. Both work on clauses of text in one language (the source
or its version in the sentence's language); across languages with no such version they say nothing.

Binding: each clause of the answer that states a fact (a number, a weekday, a name) is matched to the source
clause sharing most of its other content terms. When that clause states a different fact of the same kind and
not this one, and every source clause that does state this fact matches the answer clause less well, the fact
was moved to another party. Ties and weak matches pass: a paraphrase is never flagged on a guess.

Comparison: "A more/fewer … than B", "A比B多/少", "A多于/少于B" — each side is matched to the source clause
(with a single number) that best shares its own terms; when both resolve to different numbers, the stated
direction must hold.
"""
from __future__ import annotations

import dataclasses
import re
import unicodedata
from dataclasses import dataclass

from rag.text import CJK_RE, coverage_terms, split_sentences

# a clause boundary inside a sentence: punctuation (Chinese enumeration comma too), or a conjunction or relative
# word that starts a new clause; "and" also splits names such as "Water and Climate Network", which only weakens
# a match (never makes one)
# ("with" is no boundary: it joins a thing to its amount, "the Young Scientist Award comes with USD 20,000")
CLAUSE_SPLIT = re.compile(
    r"(?<!\d),|,(?!\d)|[，;；：、()（）]|(?<!\d):|:(?!\d)|\s(?:and|but|which|while|whereas|who|whom|whose|where|when)\s|"
    r"并且|而且|以及|同时|而|并")
# "… X and Y …, respectively" / "分别": the sentence pairs facts with parties by order, not by clause
RESPECTIVELY = re.compile(r"\brespective(?:ly)?\b|分别|依次", re.IGNORECASE)
DATE_TERMS = frozenset("年月日号")  # the terms a Chinese date leaves once its digits are taken out
UNSTATED_MARGIN = 3  # or shares this many more terms than any clause stating the fact, and states none of its kind
# a clause whose subject is a pronoun or "the …" reference: its fact may belong to a party named in another clause
ANAPHOR = re.compile(r"^\W*(?:it|its|they|their|he|his|she|her|this|these|that|those|the (?:network|institute|"
                     r"programme|program|course|meeting|workshop|school|platform|alliance|centre|center|university))\b|"
                     r"^\W*(?:该|其|他|她|此|这|本)", re.IGNORECASE)
TOPIC_BONUS = 0.5  # added to a source clause's shared terms when it shares the answer clause's first term (topic)
TEXT_APART = 100_000  # added to the sentence offsets of each further cited text, so no two texts share one
MIN_OVERLAP = 2  # a source clause must share at least this many content terms with the answer clause to bind it
WEEKDAYS_EN = {d: i for i, d in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"], 1)}
# "Thu., 5 Mar.", "Fri 20 Feb", "(Sat)": an abbreviated weekday, beside a date or in brackets ("Sun Wei" is a name)
WEEKDAY_ABBREVIATIONS = {"mon": 1, "tue": 2, "tues": 2, "wed": 3, "thu": 4, "thur": 4, "thurs": 4, "fri": 5,
                         "sat": 6, "sun": 7}
EN_WEEKDAY_ABBREVIATED = re.compile(
    rf"\b({'|'.join(WEEKDAY_ABBREVIATIONS)})\b(?:\.?,?\s*(?=\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*"
    r"\.?\s*\d)|\.(?=\s*[,)])|(?=\)))")
ZH_WEEKDAY_NUMERALS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "日": 7, "天": 7}
# 星期三 / 礼拜三 / 周三 (not 每周三次 "three times a week", not 周年 "anniversary")
ZH_WEEKDAY = re.compile(r"(?:星期|礼拜|(?<![每一两二三四五六七八九十几])周)([一二三四五六日天])(?![次届年个])")
# a title before an English person's name; the name is the run of capitalised words after it
EN_TITLED_NAME = re.compile(
    r"\b(?:Dr|Prof|Professor|Mr|Mrs|Ms|Madam|Academician|President|Premier|Chancellor|Director|Chair|Chairman|"
    r"Minister|Secretary|Secretary-General|Vice-Chancellor|Dean|Engineer)\.?\s+((?:[A-Z][a-z'’-]+\s?){1,3})")
ZH_PERSON_TAGS = ("nr", "nrfg", "nrt")
ZH_NAME_PREFIXES = "由被和与及的在向对"  # function characters jieba sometimes glues to the front of a name
ZH_TITLES = tuple("教授 博士 院士 研究员 主任 所长 副所长 院长 副院长 校长 副校长 书记 秘书长 副秘书长 主席 副主席 "
                  "总理 副总理 部长 局长 副局长 先生 女士 工程师 理事长 会长 主持人 代表".split())
YEAR_RANGE = range(1900, 2101)
_TITLE = re.compile(EN_TITLED_NAME.pattern.split(r"\.?\s+(")[0] + r"\b\.?|" + "|".join(ZH_TITLES))
_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# a day and month ("7 November", "Nov. 7th", "11月7日", "6月"): kept apart from counts, which a date often sits beside
DATE = re.compile(rf"\b\d{{1,2}}(?:st|nd|rd|th)?(?:\s+(?:to|-|–)\s+\d{{1,2}}(?:st|nd|rd|th)?)?\s+{_MONTH}|"
                  rf"\b{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?\b|\b(?:january|february|march|april|june|july|august|"
                  r"september|october|november|december)\b|\d{1,2}\s*月(?:\s*\d{1,2}\s*[日号])?|\d{1,2}\s*[日号]|"
                  r"(?<!\d)(?:19|20)\d\d[-/.]\d{1,2}[-/.]\d{1,2}(?!\d)",  # an ISO date, "2026-03-23"
                  re.IGNORECASE)  # a four-digit number in this range is read as a year

# comparatives: the word and its direction (+1 "A is more than B", -1 "A is less than B")
EN_COMPARATIVE = re.compile(
    r"\b(more|fewer|less|larger|smaller|higher|lower|greater|bigger|longer|shorter)\b(.*?)\bthan\b(.*)",
    re.IGNORECASE)
EN_DIRECTION = {"more": 1, "larger": 1, "higher": 1, "greater": 1, "bigger": 1, "longer": 1,
                "fewer": -1, "less": -1, "smaller": -1, "lower": -1, "shorter": -1}
ZH_BI = re.compile(r"(.+?)比(.+?)(多|少|高|低|大|小|长|短)")
ZH_YU = re.compile(r"(.+?)(多于|少于|高于|低于|大于|小于)(.+)")
ZH_DIRECTION = {"多": 1, "高": 1, "大": 1, "长": 1, "少": -1, "低": -1, "小": -1, "短": -1,
                "多于": 1, "高于": 1, "大于": 1, "少于": -1, "低于": -1, "小于": -1}
NUMERIC_START = re.compile(r"^\s*(?:\d|[零〇一二两三四五六七八九十百千万]+[^\u4e00-\u9fff]|[零〇一二两三四五六七八九十百千]+[名个位项家所人倍])")  # noqa: E501


@dataclass(frozen=True)
class Clause:
    """One clause: its facts by kind ({"number": {...}, "year": {...}, "name": {...}, "weekday": {...}}) and
    its content terms with the facts taken out."""

    text: str
    facts: dict[str, frozenset[str]]
    terms: frozenset[str]
    lead: str = ""
    sentence: int = 0  # which sentence of its text the clause belongs to


def weekdays(text: str) -> set[str]:
    """The weekdays the text names, as 1 (Monday) … 7 (Sunday), English and Chinese alike."""
    lower = unicodedata.normalize("NFKC", text).lower()
    found = {str(i) for word, i in WEEKDAYS_EN.items() if re.search(rf"\b{word}\b", lower)}
    found |= {str(WEEKDAY_ABBREVIATIONS[m.group(1)]) for m in EN_WEEKDAY_ABBREVIATED.finditer(lower)}
    found |= {str(ZH_WEEKDAY_NUMERALS[m.group(1)]) for m in ZH_WEEKDAY.finditer(text)}
    return found


def person_names(text: str) -> set[str]:
    """People named with a title ("Professor Zhou Ming", "Dr. Sara Thapa", "王磊主任", "秘书长李伟"): the parties a
    role or an award belongs to. Places and organisations are not bound (they are context, named everywhere)."""
    names = {m.group(1).strip().lower() for m in EN_TITLED_NAME.finditer(text)}
    if CJK_RE.search(text):
        from rag.text import pos_tagger

        words = join_transliterated([(w.word, w.flag) for w in pos_tagger().lcut(text)])
        for i, (word, flag) in enumerate(words):
            person = flag in ZH_PERSON_TAGS
            titled = any(0 <= j < len(words) and words[j][0].endswith(ZH_TITLES) for j in (i - 1, i + 1))
            name = word.lstrip(ZH_NAME_PREFIXES) if len(word) > 2 else word  # jieba's "由李强" is 李强
            if person and titled and len(name) > 1:
                names.add(name)
    return names


def join_transliterated(words: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """"萨拉", "·", "塔帕" → "萨拉·塔帕", one person's name (jieba splits transliterated names at the dot)."""
    out: list[tuple[str, str]] = []
    for word, flag in words:
        if out and (word in "·•" or out[-1][0][-1:] in "·•") and word.strip():
            out[-1] = (out[-1][0] + word, "nr")
        else:
            out.append((word, flag))
    return out


def facts_of(text: str) -> dict[str, frozenset[str]]:
    from rag.verify import numbers

    values = numbers(CLOCK.sub(" ", VERSION.sub(" ", ZH_WEEKDAY.sub(" ", text))))
    years = {v for v in values if v.isdigit() and int(v) in YEAR_RANGE}
    days = numbers(" ".join(m.group(0) for m in DATE.finditer(text))) - years
    return {"number": frozenset(values - years - days), "year": frozenset(years), "date": frozenset(days),
            "name": frozenset(person_names(text)), "weekday": frozenset(weekdays(text)), "body": bodies(text)}


# a place name of several words ("Central Asia", "Huairou Science City"); a title before it makes it a person
EN_PLACE_TITLE = re.compile(r"^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Madam|Academician|President|Premier|Chancellor|"
                            r"Director|Chair|Chairman|Minister|Secretary|Dean|Deputy|Vice)\b")
# a post anywhere in a run of capitalised words makes it a post, not a place ("Sri Lanka's Minister of Agriculture")
EN_POST_WORD = re.compile(r"\b(?:Minister|Ministers|Director|Director-General|President|Chair|Chairman|Chairwoman|"
                          r"Secretary|Secretary-General|Dean|Rector|Chancellor|Vice-Chancellor|Ambassador|Governor|"
                          r"Mayor|Head|Conservator|Officer|Commissioner)\b")
ZH_PLACE_TAG = "ns"
MIN_ZH_PLACE_CHARS = 2


def places(text: str) -> frozenset[str]:
    """Places the text names: English runs of two or more capitalised words that name no organisation or person
    ("Central Asia"), Chinese words jieba tags as places (中亚, 塔什干). Parties a fact or an arrangement belongs to:
    "those from Central Asia stay in a hotel" when the source houses them on campus."""
    from rag.names import CAP_PHRASE, ORG_WORDS
    from rag.verify import MONTHS

    found = set()
    for match in CAP_PHRASE.finditer(text):
        words = [w for w in match.group(0).split() if w.lower() not in ("the", "of", "and", "for", "on", "in", "&")]
        if len(words) < 2 or ORG_WORDS.search(match.group(0)) or EN_PLACE_TITLE.match(match.group(0)) \
                or EN_POST_WORD.search(match.group(0)):
            continue  # an organisation, a person, or a post ("Sri Lanka's Minister of Agriculture")
        if any(w.lower() in MONTHS or w.lower() in WEEKDAYS_EN or w.isupper() for w in words):
            continue  # a date ("Thursday November"), an acronym run ("ANSO YSF")
        if match.start() == 0 or text[:match.start()].rstrip().endswith((".", "!", "?")):
            continue  # a sentence's first words may be capitalised for the sentence alone
        found.add(" ".join(words).lower())
    if CJK_RE.search(text):
        from rag.text import pos_tagger

        found |= {w.word for w in pos_tagger().lcut(text)
                  if w.flag == ZH_PLACE_TAG and len(w.word) >= MIN_ZH_PLACE_CHARS}
    return frozenset(found)


def bodies(text: str) -> frozenset[str]:
    """Organisations an English text names in full ("the Water and Climate Network"): parties a fact or a rule
    belongs to, like persons. Acronyms and Chinese names are left out (they stand for many parties at once)."""
    from rag.names import CAP_PHRASE, ORG_WORDS

    found = set()
    for match in CAP_PHRASE.finditer(text):
        words = [w for w in match.group(0).split() if w.lower() != "the"]
        if len(words) >= 2 and ORG_WORDS.search(match.group(0)):
            found.add(" ".join(words).lower())
    return frozenset(found)


# a version that is part of a name ("CC BY 4.0", "IPv 6"): no count of anything (a currency code is no name)
VERSION = re.compile(r"\b(?!(?:USD|CNY|RMB|EUR|GBP|JPY)\b)[A-Z]{2,}\s+\d+\.\d+\b")
# a time of day ("17:00"): a deadline's hour, no count a party has (verify checks it is in the source)
CLOCK = re.compile(r"(?<!\d)\d{1,2}:\d{2}(?!\d)")
# the text of facts (e-mails, numbers, Chinese numerals before a measure word), taken out before terms are counted
_FACT_TEXT = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+|\d+(?:[.,]\d+)*|"
                        r"第?[零〇一二两三四五六七八九十百千万亿]+(?=[周年个月日号天届次位名项家所国人岁倍])")


def _clause(text: str) -> Clause:
    facts = facts_of(text)
    plain = _FACT_TEXT.sub(" ", ZH_WEEKDAY.sub(" ", text))
    if facts["name"]:  # a person's title is part of the name ("Dr.", "教授"), not a term of the clause
        plain = _TITLE.sub(" ", plain)
    names = coverage_terms(" ".join(facts["name"]))
    terms = frozenset(t for t in coverage_terms(plain) - names if not t.isdigit())
    return Clause(text, facts, terms, _lead(plain, terms))


def _lead(plain: str, terms: frozenset[str]) -> str:
    """The clause's first content term: its topic, usually the party a fact belongs to ("senior fellows …")."""
    for end in range(1, len(plain) + 1):
        found = coverage_terms(plain[:end]) & terms
        if found and (end == len(plain) or not plain[end - 1].isalpha() or CJK_RE.match(plain[end - 1])):
            return min(found)
    return ""


def _score(clause: Clause, source: Clause) -> float:
    """Shared content terms, and half a term more when the source clause has the same topic (breaks ties)."""
    return len(clause.terms & source.terms) + (TOPIC_BONUS if clause.lead and clause.lead in source.terms else 0.0)


def clauses(text: str) -> list[Clause]:
    """The text's clauses, sentence by sentence; a piece with too few content terms to be matched on its own
    ("On 4 November 2018", "(ANSO)") is joined to the piece after it (or, at a sentence's end, before it)."""
    out: list[Clause] = []
    text = _protect_names(text)
    for start, end in split_sentences(text):
        pieces: list[Clause] = []
        pending = ""
        for piece in CLAUSE_SPLIT.split(text[start:end]):
            if not piece or not piece.strip():
                continue
            joined = f"{pending} {piece}" if pending else piece
            clause = _clause(joined)
            if len(clause.terms) < MIN_OVERLAP:
                pending = joined
                continue
            pieces.append(clause)
            pending = ""
        if pending:
            pieces[-1:] = [_clause(f"{pieces[-1].text} {pending}" if pieces else pending)]
        out += [dataclasses.replace(p, sentence=start) for p in pieces]
    return out


# an organisation named "<Word> and <Words> <org word>" ("Water and Climate Network", "Food and Agriculture
# Organization"): its "and" joins the name, not two clauses
NAME_WITH_AND = re.compile(r"^(?:The\s+)?[A-Z][\w’'-]*\s+and\s+[A-Z]")


def _protect_names(text: str) -> str:
    """The text with the "and" inside such organisation names written "&", so that clause splitting keeps them."""
    from rag.names import CAP_PHRASE, ORG_WORDS

    def protect(match: re.Match) -> str:
        phrase = match.group(0)
        if ORG_WORDS.search(phrase) and NAME_WITH_AND.match(phrase):
            return phrase.replace(" and ", " & ", 1)
        return phrase

    return CAP_PHRASE.sub(protect, text)


def _unstated(best: float, holders: list[tuple[Clause, float]], winners: list[Clause]) -> bool:
    """A count far better matched by a clause that states no count, while every clause stating it names its own
    subject (not "it"/"该…", no "respectively"): "members pay USD 150" when the members' clause says they take
    part free."""
    far = best >= max(o for _, o in holders) + UNSTATED_MARGIN
    # a holder that refers back ("it", "该…") or pairs its facts by order ("分别", "respectively") names its
    # parties elsewhere: the count is theirs
    elsewhere = any(ANAPHOR.match(s.text) or RESPECTIVELY.search(s.text) for s, _ in holders)
    return far and not any(s.facts["number"] for s in winners) and not elsewhere


MERGED_SHARE = 0.75  # share of a short source clause's terms an answer clause repeats when it merges that clause in


def _merged(clause: Clause, holders: list[tuple[Clause, float]]) -> bool:
    """The answer clause merges a clause that states its numbers into another ("…在研究所开展6至12个月的合作研究"
    from "访问期为6至12个月，访问学者在研究所开展合作研究"): it states every number of a holder and repeats nearly
    all of that holder's terms."""
    return any(s.facts["number"] and s.facts["number"] <= clause.facts["number"] and s.terms
               and len(s.terms & clause.terms) / len(s.terms) >= MERGED_SHARE for s, _ in holders)


def misbound_fact(sentence: str, sources: list[str], settled: frozenset[str] = frozenset()) -> str | None:
    """The first fact of the sentence that its best-matching source clause gives to another party, else None.
    ``sources`` are texts in the sentence's language; ``settled`` are years and counts whose binding is already
    confirmed (``rag.fact_pairs``: paired as in the source)."""
    if RESPECTIVELY.search(sentence) or not sources:
        return None
    source_clauses = [dataclasses.replace(c, sentence=c.sentence + TEXT_APART * i)
                      for i, s in enumerate(sources) for c in clauses(s)]
    answer_clauses = clauses(sentence)
    stated = frozenset().union(*(_all_values(c) for c in answer_clauses))
    for clause in answer_clauses:
        if len(clause.terms) < MIN_OVERLAP:
            continue
        overlap = [_score(clause, s) for s in source_clauses]
        best = max(overlap, default=0)
        if best < MIN_OVERLAP:
            continue
        winners = [s for s, o in zip(source_clauses, overlap, strict=True) if o == best]
        for kind, values in clause.facts.items():
            for value in sorted(values - settled if kind in ("number", "year") else values):
                holders = [(s, o) for s, o in zip(source_clauses, overlap, strict=True) if value in s.facts[kind]]
                if not holders or max(o for _, o in holders) >= best:
                    continue  # absent (verify's business) or as well placed as anywhere else
                if kind in VALUE_KINDS and _restates_with_consequence(clause, value, kind, source_clauses, best):
                    continue
                if _merges_neighbours(clause, kind, winners, holders, stated) or \
                        _holder_agrees_more(clause, value, winners, holders) or \
                        _winners_restated_elsewhere(clause, kind, winners, answer_clauses):
                    continue
                stating = [s for s in winners if s.facts[kind]]  # a tied clause stating no such fact says nothing
                # the best clause's own value must be gone from the answer clause: "held from 8 to 19 September"
                # beside "twenty-two trainees" keeps the 8 as a day, it does not give 22 to the course
                if stating and all(s.facts[kind] - clause.facts[kind] - _all_values(clause) for s in stating):
                    return f"binding: {value}"  # the best-matching clause gives another value
                if kind == "number" and _unstated(best, holders, winners) and not _merged(clause, holders):
                    return f"binding: {value}"
    return misplaced(sentence, sources)


VALUE_KINDS = ("number", "year", "date", "weekday")  # facts that are values; names and bodies are the parties


def _restates_with_consequence(clause: Clause, value: str, kind: str, source_clauses: list[Clause],
                               best: float) -> bool:
    """The answer clause restates a source clause holding the value together with the clause after it in the same
    sentence, one stating no value of its own: "返回超过九十天才提交的报销申请不予支付" is "返回超过90天提交的，
    不予报销" in one clause, "claims submitted after 90 days will not be paid" of "after 90 days, claims are not
    paid". Matched as one, they hold the value at least as well as the best single clause. Values only: a party
    (a name) is what a merged clause would carry over from its neighbour."""
    for i, holder in enumerate(source_clauses[:-1]):
        after = source_clauses[i + 1]
        if value not in holder.facts[kind] or after.sentence != holder.sentence or _all_values(after) \
                or not clause.terms & after.terms - holder.terms:
            continue
        if _score(clause, dataclasses.replace(holder, terms=holder.terms | after.terms)) >= best:
            return True
    return False


def _all_values(clause: Clause) -> frozenset[str]:
    return frozenset().union(*(clause.facts.get(kind, frozenset()) for kind in VALUE_KINDS))


def _merges_neighbours(clause: Clause, kind: str, winners: list[Clause], holders: list[tuple[Clause, float]],
                       stated: frozenset[str]) -> bool:
    """The answer clause joins clauses of one source sentence: it shares a value with the best-matching clause,
    the fact in question stands in another clause of that same sentence, and the answer still states the best
    clause's own value of that kind somewhere ("The 38-day cruise will end on 18 May, having set out on 11 April"
    from "… leave on 11 April for a 38-day cruise and return on 18 May"). The source sentence binds both to the
    same party. A value that replaces the best clause's own one ("takes effect on 1 January 2025" when the source's
    1 January is in 2026 and 2025 dates the adoption) is still a rebinding (``_kept_or_dropped``)."""
    values = _all_values(clause)
    return any(_all_values(w) & values and _kept_or_dropped(w, kind, stated)
               and any(h.sentence == w.sentence for h, _ in holders) for w in winners)


def _winners_restated_elsewhere(clause: Clause, kind: str, winners: list[Clause], answer_clauses: list[Clause]) -> bool:
    """Whether every best-matching source clause that states a value of this kind is restated, with its values,
    by another clause of the answer that matches it better: that source clause is accounted for, and this one
    restates the next best (a subject the source states once for two clauses: "实验室工作人员每年须参加1学时的复训，
    且上岗前须完成4学时的……培训" from "所有实验室工作人员上岗前须完成4学时的……培训，此后每年参加1学时的复训").
    Values traded between the two clauses are still caught: the better-matching answer clause then lacks the
    source clause's value."""
    stating = [w for w in winners if w.facts[kind]]
    return bool(stating) and all(
        any(other is not clause and _score(other, w) > _score(clause, w) and w.facts[kind] <= other.facts[kind]
            for other in answer_clauses) for w in stating)


def _holder_agrees_more(clause: Clause, value: str, winners: list[Clause], holders: list[tuple[Clause, float]]) -> bool:
    """A clause stating the value also states more of the answer clause's other values than the best-matching one
    does: the answer restates that clause in other words ("First-quarter applications close on Tuesday, March 31,
    2026" is the clause with 第一季度 and 2026年3月31日, not the one the weekday's bracket was split into)."""
    own = _all_values(clause) - {value}

    def agreeing(c: Clause) -> int:
        return len(_all_values(c) & own)

    return max(agreeing(h) for h, _ in holders) > max((agreeing(w) for w in winners), default=0) + 1


def _kept_or_dropped(winner: Clause, kind: str, stated: frozenset[str]) -> bool:
    """The best clause's own value of this kind is still stated by the answer, or merely left out: a year that
    dates no day there ("up from 15 in 2024") may go; the year of a date the answer keeps may not."""
    own = winner.facts.get(kind, frozenset())
    return own <= stated or (kind == "year" and not winner.facts.get("date"))


def misplaced(sentence: str, sources: list[str]) -> str | None:
    """A place the sentence puts in a clause whose other terms match, far better than any clause naming that place,
    a source clause that names no place: "those from Central Asia stay in a nearby hotel" when the source houses
    them on campus and "the others" in the hotel. Place words are left out of the match (they are the fact)."""
    named = [(clause, found) for clause in clauses(sentence) if (found := places(clause.text))]
    source_clauses = _placed_clauses(sources) if named else []
    for clause, found in named:
        for place in sorted(found):
            own = coverage_terms(place)
            # a clause that is only a date ("2026年3月5日（星期四）") is where nothing happens: it binds no place
            overlap = [0 if s.terms <= DATE_TERMS else len((clause.terms - own) & s.terms) for s, _ in source_clauses]
            best = max(overlap, default=0)
            holders = [o for (_, named), o in zip(source_clauses, overlap, strict=True) if place in named]
            winners_name = any(named for (_, named), o in zip(source_clauses, overlap, strict=True) if o == best)
            if best >= MIN_OVERLAP and holders and best >= max(holders) + UNSTATED_MARGIN and not winners_name \
                    and not _merges_holder(clause, place, best, overlap, source_clauses):
                return f"binding: {place}"
    return None


def _merges_holder(clause: Clause, place: str, best: int, overlap: list[int],
                   source_clauses: list[tuple[Clause, frozenset[str]]]) -> bool:
    """The answer clause also restates the clause naming the place — ``MIN_OVERLAP`` terms or more that the best
    match lacks, none of them a piece of the place (亚学 of 中亚学员) — one of the same source sentence as the best
    match: it joins the two ("agreed to send two researchers … to help monitor fish stocks in Lake Victoria" from
    "…, where Dr. Ssebuliba asked for help in monitoring fish stocks in Lake Victoria; the Institute agreed to send
    two researchers …"), it does not move the place."""
    winners = [c for (c, _), o in zip(source_clauses, overlap, strict=True) if o == best]
    own = clause.terms - coverage_terms(place) - frozenset().union(*(w.terms for w in winners))
    own = frozenset(t for t in own if not (CJK_RE.search(t) and set(t) & set(place)))
    return any(place in named and len(own & c.terms) >= MIN_OVERLAP and c.sentence in {w.sentence for w in winners}
               for c, named in source_clauses)


def _zh_subject(clause: str) -> bool:
    """Whether a Chinese clause opens with a subject of its own (a noun or pronoun: 其他学员…), not a verb,
    adverb or preposition continuing the clause before (就……达成共识)."""
    from rag.text import pos_tagger

    first = next((w for w in pos_tagger().lcut(clause) if w.word.strip() and CJK_RE.search(w.word)), None)
    return first is not None and first.flag[:1] in ("n", "r")


def _placed_clauses(sources: list[str]) -> list[tuple[Clause, frozenset[str]]]:
    """Each source clause with the places it speaks of. A Chinese clause without a subject of its own speaks of
    the places of the clause before it in the sentence (参加仪式的嘉宾们围绕……，就……达成共识): Chinese drops a
    subject the clause shares; an English clause names its own ("the others stay in a hotel")."""
    out: list[tuple[Clause, frozenset[str]]] = []
    for number, text in enumerate(sources):
        for start, end in split_sentences(text):
            carried: frozenset[str] = frozenset()
            for clause in clauses(text[start:end]):
                named = places(clause.text)
                if not named and CJK_RE.search(clause.text) and not _zh_subject(clause.text):
                    named = carried
                out.append((dataclasses.replace(clause, sentence=start + TEXT_APART * number), named))
                carried = named
    return out


# --- roles ------------------------------------------------------------------------------------------------
# "由A资助、B承办" / "organized by A and hosted by B": each party with the role it plays
ZH_ROLES = ("联合主办", "共同主办", "主办", "承办", "协办", "资助", "主持", "支持", "发起", "牵头", "承建", "组织")
ZH_ROLE_SPAN = re.compile(r"由([^。；;]+?)(?:的|举行|举办|开班|召开|$|。)")
# a full stop that ends a sentence, not a title's ("Dr. Li Wei", "Prof. Zhou")
SENTENCE_STOP = r"(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bProf)(?<!\bSt)\.(?:\s|$)"
EN_ROLE = re.compile(r"\b((?:co-)?(?:organi[sz]ed|hosted|funded|sponsored|chaired|presided over|supported|initiated|"
                     r"opened|closed))\s+by\s+(.+?)(?=,|;|" + rf"{SENTENCE_STOP}|" + r"\s(?:and|while|whereas)\s|$)")
ROLE_MATCH = 0.5  # share of a party's terms a source party must share to be the same party


# a bare English person's name as the whole party of a role ("presided over by Wang Haifeng"): two or three
# capitalised words, none of them an organisation word (rag/names.py)
EN_BARE_PERSON = re.compile(r"^\s*([A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})\s*$")


@dataclass(frozen=True)
class Role:
    """A party with the role the text gives it; ``people`` are the persons named in the party (lower-case), and
    ``around`` every person named from the party to the sentence's end (co-holders: "chaired by X and Y")."""

    terms: frozenset[str]
    role: str
    people: frozenset[str] = frozenset()
    around: frozenset[str] = frozenset()


def roles(text: str) -> list[Role]:
    """The parties and roles the text states."""
    found: list[Role] = []
    for span in ZH_ROLE_SPAN.finditer(text):
        pieces = re.split(r"[、，,]", span.group(1))
        everyone = frozenset(person_names(span.group(1))).union(*(_zh_titled_tail(p) for p in pieces))
        for piece in pieces:
            role = next((r for r in ZH_ROLES if piece.endswith(r)), None)
            if role and len(piece) > len(role) + 1:
                party = piece[:-len(role)]
                people = frozenset(person_names(party)) | _zh_titled_tail(piece)
                found.append(Role(coverage_terms(party), role[-2:], people, everyone))
    for match in EN_ROLE.finditer(text):
        role = re.sub(r"^co-|s(?=ed$)", "", match.group(1).lower()).replace("organised", "organized")
        people = _en_people(match.group(2))
        tail = text[match.start(2):]
        tail = tail[:end.start()] if (end := re.search(rf";|{SENTENCE_STOP}", tail)) else tail
        found.append(Role(coverage_terms(match.group(2)), role, people, people | _en_people(tail)))
    return [r for r in found if r.terms]


# a person named right after a title and right before the role ("党工委书记戴彬彬主持"), which jieba may not tag
ZH_TITLED_TAIL = re.compile("(?:" + "|".join(ZH_TITLES) + ")([\u4e00-\u9fff·]{2,8}?)(?:" + "|".join(ZH_ROLES) + ")$")


def _zh_titled_tail(piece: str) -> frozenset[str]:
    match = ZH_TITLED_TAIL.search(piece)
    return frozenset([match.group(1)]) if match else frozenset()


def _en_people(party: str) -> frozenset[str]:
    """Persons an English party names: titled ("Professor Zhou Ming") or the whole party as a bare name."""
    from rag.names import ORG_WORDS

    people = {name for name in person_names(party)}
    bare = EN_BARE_PERSON.match(party)
    if bare and not ORG_WORDS.search(party):
        people.add(bare.group(1).lower())
    return frozenset(people)


def swapped_role(sentence: str, sources: list[str]) -> str | None:
    """"role" when the sentence gives a party the role the source gives another party, else None."""
    stated = [r for s in sources for r in roles(s)]
    for claim in roles(sentence):
        if _role_of_another_person(claim, stated):
            return "binding: role"
        share = [(len(claim.terms & r.terms) / len(claim.terms), r.role) for r in stated]
        best = max((s for s, _ in share), default=0.0)
        same = {r for s, r in share if s == best}
        if best >= ROLE_MATCH and claim.role not in same and claim.role in {r.role for r in stated}:
            return "binding: role"
    return None


def _role_of_another_person(claim: Role, stated: list[Role]) -> bool:
    """The sentence gives a person a role (主持, "chaired") that the source gives only to other persons."""
    holders = [r for r in stated if r.role == claim.role and r.people]
    return bool(claim.people and holders) and not any(claim.people & r.around for r in holders)


# --- comparisons -----------------------------------------------------------------------------------------
def comparison(sentence: str) -> tuple[str, str, int, str] | None:
    """(side A, side B, direction, rest) when the sentence compares two parties ("A more … than B"), else None.
    "more than 25" is a bound on a number, not a comparison of parties (verify's quantifiers)."""
    if CJK_RE.search(sentence):
        match = ZH_BI.search(sentence)
        if match:
            return match.group(1), match.group(2), ZH_DIRECTION[match.group(3)], sentence[match.end():]
        match = ZH_YU.search(sentence)
        if match and not NUMERIC_START.match(match.group(3)):
            return match.group(1), match.group(3), ZH_DIRECTION[match.group(2)], ""
        return None
    match = EN_COMPARATIVE.search(sentence)
    if not match or NUMERIC_START.match(match.group(3)):  # "more than 25" bounds a number
        return None
    if not match.group(2).strip() and _numeric_than(match.group(3)):
        return None
    side_a = sentence[:match.start()] + " " + match.group(2)
    return side_a, match.group(3), EN_DIRECTION[match.group(1).lower()], ""


def _numeric_than(rest: str) -> bool:
    return bool(re.match(r"\s*(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|a (?:dozen|hundred|thousand))",
                         rest, re.IGNORECASE))


def _side_value(terms: frozenset[str], lead: str, context: frozenset[str],
                source_clauses: list[Clause]) -> float | None:
    """The single number of the one source clause that best shares the side's own terms, ties broken by its topic
    (first term) and then by the sentence's shared terms (the compared quantity: "places", "奖金"); None when unsure."""
    scored = [((len(terms & c.terms), lead in c.terms, len(context & c.terms)), c)
              for c in source_clauses if len(c.facts["number"]) == 1]
    best = max((s for s, _ in scored), default=(0, False, 0))
    if best[0] < 1:
        return None
    top = [c for s, c in scored if s == best]
    values = {next(iter(c.facts["number"])) for c in top}
    return float(values.pop()) if len(values) == 1 else None


def compared(sentence: str, sources: list[str]) -> tuple[float, float, int, str] | None:
    """(value of A, value of B, stated direction, rest) when both sides of a comparison resolve in the sources."""
    found = comparison(sentence)
    if not found or not sources:
        return None
    side_a, side_b, direction, rest = found
    terms_a, terms_b = _clause(side_a).terms, _clause(side_b).terms
    own_a, own_b = terms_a - terms_b, terms_b - terms_a
    if not own_a or not own_b:
        return None
    source_clauses = [c for s in sources for c in clauses(s)]
    source_clauses = [c for c in source_clauses if len(c.facts["number"]) == 1]
    context = _clause(sentence).terms
    # terms of several numbered clauses ("places" of both "40 places for master's" and "20 places for doctoral")
    # name the compared quantity, whichever side's words they came with
    quantity = frozenset(t for t in context if sum(t in c.terms for c in source_clauses) > 1)
    value_a = _side_value(own_a, _clause(side_a).lead, (context - own_b) | quantity, source_clauses)
    value_b = _side_value(own_b, _clause(side_b).lead, (context - own_a) | quantity, source_clauses)
    if value_a is None or value_b is None or value_a == value_b:
        return None
    return value_a, value_b, direction, rest


def wrong_comparison(sentence: str, sources: list[str]) -> str | None:
    """"comparison" when the sentence compares two parties the wrong way round, else None."""
    found = compared(sentence, sources)
    if found is None:
        return None
    value_a, value_b, direction, _ = found
    return None if (value_a - value_b) * direction > 0 else "comparison"


def stated_difference(sentence: str, sources: list[str]) -> set[str]:
    """Numbers a true comparison derives from the source ("多3万美元" when the source gives 5万 and 2万): they
    need not be in the source themselves."""
    from rag.verify import _number_text, numbers

    found = compared(sentence, sources)
    if found is None or (found[0] - found[1]) * found[2] <= 0:
        return set()
    difference = _number_text(abs(found[0] - found[1]))
    return {difference} & numbers(found[3] or sentence)
