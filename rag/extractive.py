"""The no-LLM answerer: pick the one to three sentences that answer, cite them, or abstain.

Each candidate sentence (from the retrieved chunks and their parallel versions) is scored by
question–sentence similarity, idf-weighted term coverage, the question-type cue (when → a date,
who → a name, …) and a penalty for a qualifier the question did not ask about ("Deputy …").
"""
from __future__ import annotations

import dataclasses
import functools
import math
import re
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from rag.abstain import (FRAME_EN, FRAME_ZH, TITLE_QUALIFIERS, accounts_for, asked_categories, asked_heads,
                         names_another_party, relation_terms, states_relation, zh_term_df)
from rag.store.docstore import StoredChunk
from rag.citations import make_citation
from rag.defines import aliases, asked_term, defines, defines_in_context, definiens, names_a_term
from rag.editions import of_another_edition
from rag.event_dates import dates_asked_event
from rag.year_figures import figure_of_another_year
from rag.zh_words import question_words, word_coverage
from rag.lexicon import LazyLexicon, translated_terms
from rag.prompts import message
from rag.questions import WRITER, QuestionInfo
from rag.reasons import reason_first
from rag.retrieve import Hit, Retrieval
from rag.reversed_roles import reversed_roles
from rag.roles import asks_role_holder, states_a_role
from rag.topics import asks_requirement, required_topic, states_topic
from rag.short_answer import Span, extract, names_zh_person, needs_span, spelled_out
from rag.siblings import names_sibling
from rag.focus import FOCUS_MARGIN, SECOND_FOCUS_MARGIN, focus_share, focus_step, predicate_weights
from rag.head_sentence import leaves_head_to_neighbour
from rag.names import asked_bodies, named_across, names
from rag.other_language import states_most_translated, unstated_nouns
from rag.unnamed_topic import leaves_a_name_unnamed, names_little_of_question
from rag.party_en import names_another_party_en
from rag.party_figures import counts_a_whole_list, figure_of_unnamed_party, leaves_asked_place_out
from rag.officers import holds_other_post, officer_span, post_holder
from rag.post_orgs import post_of_another_body, post_of_another_body_across
from rag.posts import holds_another_rank
from rag.text import CJK_RE, count_scripts, coverage_terms, normalize, truncate_chars
from rag.types import Answer, Citation
from rag.verify import numbers

LEADING_PRONOUN = re.compile(r"^(?:he|she|it|they|this|these|his|her|their|its)\b|^(?:他|她|它|其|该|此|这)", re.I)
# a sentence whose subject is a person's pronoun ("He read the letter …"): its doer is named in the sentence before
# ("It …" is left out: a thing's sentence gains too many of the question's words from the one before)
SUBJECT_PRONOUN = re.compile(r"^(?:he|she|they)\b|^(?:他|她)(?!们?的)", re.I)
# a question about who did something ("Who delivered …", 谁宣读了…), not who someone is or whom something concerns
DOER_Q = re.compile(r"^\W*who\s+(?!(?:is|was|are|were|did|does|do|will|would|can|could|should)\b)[a-z]|"
                    r"(?:^|[，,\s])谁(?!是)[\u4e00-\u9fff]", re.I)
# the writer a source line names ("…; written by Chen Yu", "作者：王芳", "记者 李娜")
BYLINE = re.compile(r"\b(?:written|reported|compiled|edited) by\s+([A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){0,3})|"
                    r"(?:作者|撰稿|执笔|记者|撰文)\s*[:：|｜]?\s*([\u4e00-\u9fff·]{2,8}?)(?=[\s；;，,、。)）]|$)")
META_CONTEXT = ("published publication posted issued circulated written author announcement date time source article page news report notice "
                "发布 发表 印发 下发 签发 发出 发文 落款 作者 撰稿 记者 日期 时间 来源 稿件 报道 文章 新闻 通知 纪要")
# words that frame a question ("what *kind* of", "which *day* of the *week*") are not what a sentence must cover;
# the question-type cue stands for them. Words that describe a page's metadata still count (meta lines hold them).
FRAMING = (FRAME_EN | FRAME_ZH) - coverage_terms(META_CONTEXT)
W_DENSE, W_COVERAGE, W_CUE, W_PENALTY = 0.4, 0.45, 0.15, 0.35
EXTRA_SENTENCE_MARGIN = 0.05  # a second or third sentence must score almost as well as the best
# the best sentence is uncertain when another sentence of its paragraph scores within this margin: that one is kept
# as second evidence (the right paragraph is found far more often than the right sentence inside it)
RUNNER_UP_MARGIN = 0.12
# a found short answer is as unsure as its sentence: when another sentence of the paragraph scores within this margin
# (or above it: the chosen one came first on relation or head) and states as much of the question's predicate, both
# sentences are the answer, with no short answer
# (on the XQuAD tune halves the close neighbour holds the gold a third of the time when the chosen one does not)
SPAN_RUNNER_UP_MARGIN = 0.03
DENSE_FLOOR, DENSE_SPAN = 0.78, 0.12  # e5 cosines: unrelated ≈ 0.75-0.8, a paraphrase ≈ 0.9
# focus shares read through translations are compared in these coarser steps: a lexicon misses many renderings
# (daily → 每日, not 每天), so only a sentence stating half the predicate more moves ahead
ACROSS_FOCUS_STEP = 0.5
# a question term stated through a translation in a sentence whose asker-language version came along and states most
# of the question counts this much (that version is scored on its own words; ``_translation_factor``)
TRANSLATED_PARALLEL_WEIGHT = 0.5
PARALLEL_STATES_SHARE = 0.5  # share of the question's term weight an asker-language version states to "speak to" it
CROSS_LINGUAL_OFFSET = 0.06  # a zh–en translation pair scores ≈ 0.06 below a same-language paraphrase
QUESTION_OPENERS = frozenset("what which who whom whose when where how why is are was were did does do in on at".split())
# a Chinese question's coverage of English text counted in words replaces the bigram count only when it states this
# share of the words' weight: a sentence missing a heavy one ("joined" for 成立) keeps its (low) bigram coverage
# (on the seen sets 0.5 lets wrong sentences through, 0.75 and 1.0 do not; 0.75 answers one more)
WHOLE_QUESTION_IN_WORDS = 0.75
# … and a sentence whose paragraph (with its title and the document's title) states that share of them scores this
# much of the paragraph's share, as a same-language sentence scores 0.6 of its context's coverage in ``_score``
# (seen sets, with the translated title: 0.6 answers 4 more, all rightly; 0.8 two more still, one of them wrongly)
CROSS_CONTEXT_SHARE = 0.6
MIN_QUESTION_WORDS = 2  # … and only for a question of at least this many Chinese words
TYPED_RELIEF = 0.15  # a candidate this far below the threshold still answers when it holds a span of the asked type
MAX_TRIED = 8
# a sentence stating the asked event ("made public two years after the cruise ends") scoring this close below a dated
# one that does not state it ("left the port on Friday, 6 November") still tells that the date is another event's
STATING_MARGIN = 0.03
# an abbreviation asked about ("What is the B&R?"): a sentence using it, not spelling it out, gives no short answer
ABBREVIATION = re.compile(r"[A-Z][A-Z0-9&./-]{1,9}")
LONE_SENTENCE_CAPS = 2  # an answer of one cited sentence may run to this many times max_answer_chars before it is cut
EVIDENCE_IS_PARAGRAPH = True  # the question's terms may be matched anywhere in the sentence's paragraph  # candidates tried, best first, for one that accounts for the question (and has a span of its type)
DATED_KINDS = frozenset({"weekday", "date"})  # questions whose answer belongs to one event: the one the question names
EVENT_BEYOND = 2  # sentences stating the asked event taken from beyond the best MAX_TRIED candidates
STRICT_KINDS = frozenset({"weekday", "email", "url", "phone", "acronym", "who"})  # a sentence without such a span does not answer
ACRONYM_BODY = re.compile(r"[A-Z][A-Z0-9&-]{2,9}")  # a body's acronym (ICPR, CGAR, ANSO-UAQ): written alike in zh and en
HOME_ACRONYMS = frozenset({"ANSO"})  # the alliance's own: its Chinese pages often write only 联盟 / 国际科学组织联盟
MIN_SCRIPT_CHARS = 40  # evidence with fewer letters of a script than this cannot be expected to name a body in it
# a question naming the language of the page it asks about ("the Chinese report", "英文页面")
PAGE_LANGUAGE = {"zh": re.compile(r"\bChinese\b|中文", re.I), "en": re.compile(r"\bEnglish\b|英文", re.I)}
# a short "label: value" line (Venue: …, 电子邮箱：…) answers; a title or section heading never does
FIELD_LINE = re.compile(r"^\s*(?:[\u4e00-\u9fff]{1,6}|[A-Za-z][\w.'’-]*(?:\s+[A-Za-z][\w.'’-]*){0,2})\s*[:：]\s*\S")
TITLE_LABELS = re.compile(r"^\s*(?:附件|附表|附录|Annex|Attachment|Appendix|Enclosure)\b", re.I)  # they introduce titles
WORDED = re.compile(r"[A-Za-z\u4e00-\u9fff]")  # a list number ("1.") or a lone figure has no letter
MIN_NAMED_CHARS = 2  # a who-answer this long that the question already names is not its answer
NAME_LINE_CHARS = 80  # a document's opening line this short, without a sentence's end, names what it is about
SENTENCE_END = re.compile(r"[.!?。！？；;]\s*$")
LANGUAGE_NEUTRAL = re.compile(r"[\x00-\x7f’]+")  # digits, Latin names, e-mails, URLs read the same in both languages


@dataclass
class Candidate:
    stored: StoredChunk
    sentence: int
    text: str
    lang: str
    dense: float
    coverage: float
    cue: float
    penalty: float
    score: float = 0.0
    rank: int = 0


class Extractive:
    def __init__(self, abstain_threshold: float, max_chars: int, idf, doc_freq: dict[str, int] | None = None,
                 lead: Callable[[str], str] | None = None, lexicon: LazyLexicon | None = None,
                 subject: Callable[[str], str] | None = None) -> None:
        self.threshold = abstain_threshold
        self.max_chars = max_chars
        self.idf = idf  # token → idf weight (callable)
        self.doc_freq = doc_freq or {}
        # doc id → its title and opening sentence; doc id → its title (what every sentence of it is about). Both are
        # read once per document: an Extractive answers one question, and its candidates ask them again and again
        self.lead = functools.cache(lead or (lambda doc_id: ""))
        self.lexicon = lexicon  # zh ↔ en terms, loaded on first use; None: no matching across languages
        self.subject = functools.cache(subject or (lambda doc_id: ""))

    def answer(self, info: QuestionInfo, retrieval: Retrieval, extra_terms: str = "", avoid: str = "") -> Answer:
        return self.evaluate(info, retrieval, extra_terms, avoid)[0]

    def evaluate(self, info: QuestionInfo, retrieval: Retrieval, extra_terms: str = "",
                 avoid: str = "") -> tuple[Answer, float]:
        """The answer and the best evidence score behind it (the LLM is not called when that is low).

        ``avoid``: the previous turn's short answer, which a follow-up should not simply repeat."""
        candidates = self.candidates(info, retrieval, extra_terms)
        if info.evidence is not None:  # a typed question is answered by evidence of its type
            candidates.sort(key=lambda c: (c.cue, c.score), reverse=True)
        if info.about_page:  # the page's own dateline or source line first
            candidates = _this_page_only(candidates, info.text, self.threshold - TYPED_RELIEF)
            candidates.sort(key=lambda c: c.stored.chunk.kind == "meta" and c.cue >= 1, reverse=True)
        best = candidates[0] if candidates else None
        score = best.score if best else 0.0
        floor = self.threshold - (TYPED_RELIEF if info.qtype else 0.0)
        if best is None or best.score < floor or (info.evidence is not None and best.cue < 1):
            return self.abstain(info, retrieval, candidates), score
        named = _defined(info, retrieval)
        by_pronoun = _defined_by_pronoun(info, candidates, named) if named and _names_a_term(info) else None
        if by_pronoun is not None:  # "What is ANSO?" → "(ANSO was established …) It is the first … organization"
            return self._compose(info, [(by_pronoun[0], None)], retrieval, *by_pronoun[1:]), score
        found = self._first_accounting(info, candidates, retrieval, extra_terms, avoid)
        if found is None:
            return self.abstain(info, retrieval, candidates), score
        chosen, span, host = found
        defining = bool(named) and chosen.lang == info.lang and defines(chosen.text, named)
        # a sentence defining the asked term is the answer on its own (its neighbour names the term more fully)
        focused = None if defining else self._focused_other(info, candidates, retrieval, chosen, extra_terms)
        if focused is not None:  # the chosen sentence may state another fact of the topic: both are the answer
            picks = [self._in_asker_language(info, chosen, candidates), (focused, None)]
            return self._compose(info, picks, retrieval), score
        first = self._in_asker_language(info, chosen, candidates)
        unsure = span is not None and not defining and not info.about_page
        rival = self._rival(info, candidates, first[0]) if unsure else None
        if rival is not None:  # two close sentences of one paragraph: the asker reads both, no short answer is guessed
            return self._compose(info, [first, (rival, None)], retrieval), score
        picks = self._choose(info, candidates, retrieval, chosen, single=span is not None)
        return self._compose(info, picks, retrieval, span, host), score

    def _focused_other(self, info: QuestionInfo, candidates: list[Candidate], retrieval: Retrieval, chosen: Candidate,
                       extra_terms: str) -> Candidate | None:
        """A sentence scoring within ``SECOND_FOCUS_MARGIN`` of the chosen one that states clearly more of the question's
        predicate, and itself accounts for the question (None when the chosen sentence states as much)."""
        if chosen.lang != info.lang:
            return None
        share = self._focus_of(info)
        def step(cand: Candidate) -> int:
            return focus_step(share(cand))
        own = step(chosen)
        for cand in candidates[:MAX_TRIED]:
            if cand.score < chosen.score - SECOND_FOCUS_MARGIN:
                return None
            if cand is chosen or cand.lang != info.lang or cand.text == chosen.text or cand.penalty:
                continue
            if is_title_line(cand.stored.chunk.kind, cand.text) or not WORDED.search(cand.text):
                continue
            if step(cand) > own and self._accounts(info, cand, retrieval, extra_terms):
                return cand
        return None

    def _focus_of(self, info: QuestionInfo) -> Callable[[Candidate], float]:
        """A candidate's focus: the share of the question's predicate (its terms beyond the topic) it states itself."""
        weights = self._weights(info.text, "")
        return lambda cand: focus_share(predicate_weights(weights, self._topic(cand)), _own_tokens(cand))

    def _rival(self, info: QuestionInfo, candidates: list[Candidate], first: Candidate) -> Candidate | None:
        """A sentence of the chosen one's paragraph that scores within ``SPAN_RUNNER_UP_MARGIN`` of it and states as
        much of the question's predicate: nothing tells the two apart, so a short answer from one is a guess."""
        rival = self._runner_up(info, candidates, first, SPAN_RUNNER_UP_MARGIN)
        if rival is None or rival.penalty:
            return None
        relation = relation_terms(info.text, info.lang)
        if relation and _states_verb(relation, first.text, info.lang) and not _states_verb(relation, rival.text, info.lang):
            return None  # "Who presided …?": only the chosen sentence says "presided"; its neighbour says "attended"
        share = self._focus_of(info)
        return rival if share(rival) >= share(first) else None

    # --- does it answer? -----------------------------------------------------
    def _first_accounting(self, info, candidates, retrieval, extra_terms, avoid):
        """The best candidate whose evidence accounts for the question, with its short answer (or None)."""
        floor = self.threshold - (TYPED_RELIEF if info.qtype else 0.0)
        tried = []
        for cand in candidates[:MAX_TRIED]:
            if cand.score < floor or (info.evidence is not None and cand.cue < 1):
                break
            tried.append(cand)
        stating = self._relation_stated_elsewhere(info, _best_scoring(candidates))
        # a question about the page itself has its order already: the page's own dateline or source line first
        ordered = tried if info.about_page else self._focus_across(
            info, self._focus_first(info, self._head_first(info, self._relation_first(info, tried, self._translations))))
        if info.kind in DATED_KINDS and not info.about_page:
            ordered = _event_dated_first(info, ordered, candidates, floor)
        if not info.about_page:
            ordered = self._other_language_first(info, ordered, candidates, retrieval, floor)
        if info.kind == "why":  # "Why was the lidar down?": the sentence saying "because its laser failed" first
            texts = [c.text if c.lang == info.lang else "" for c in ordered]  # a reason in the asker's language
            ordered = [ordered[i] for i in reason_first([c.score for c in ordered], texts)]
        named = _defined(info, retrieval)
        if named:  # "What is an OMZ?": the sentence defining it ("An OMZ is a layer …"), not one that names it
            ordered.sort(key=lambda c: not (c.lang == info.lang and defines(c.text, named)))
        for cand in ordered:
            if stating is not None and stating.score > cand.score - STATING_MARGIN and cand is not stating \
                    and cand.lang == info.lang \
                    and not states_relation(relation_terms(info.text, info.lang), cand.text):
                continue  # the date beside another event: the sentence stating the asked one gives no date
                # (only in the asker's language: the question's verb is not looked for in a translation)
            listed = officer_span(info.text, cand.text) if info.qtype == "who" and cand.lang == info.lang else None
            if listed is False:
                continue  # a list of officers that gives the asked post to no one ("Deputy Chief Engineer")
            if cand.penalty and listed is None:  # it names a qualified title the question asks about unqualified
                continue  # (副局长 for 局长) — unless a list of officers gives the asked post to its own holder
            if is_title_line(cand.stored.chunk.kind, cand.text) and not info.about_page:
                continue
            if cand.stored.chunk.kind != "meta" and not WORDED.search(cand.text):  # a list number ("1."): no answer
                continue
            if cand.lang == info.lang == "zh" and names_another_party(info.text, cand.text, _document_text(cand, retrieval)):
                continue  # 国内学员 asked, the sentence's figure is for 国外学员
            if info.kind == "number" and cand.lang == info.lang == "zh" \
                    and leaves_asked_place_out(info.text, cand.text, self.lead(cand.stored.chunk.doc_id)):
                continue  # 向肯尼亚分发了多少份 asked, the sentence counts what went to all of East Africa
            if of_another_edition(info.text, cand.text):
                continue  # 第四次年会 asked, the sentence is about the third annual meeting
            if cand.lang == info.lang == "en" and names_another_party_en(info.text, cand.text):
                continue  # "Category A fellows" asked, the sentence's grant is for Category B fellows
            if cand.lang == info.lang and leaves_head_to_neighbour(info.text, cand.text, _paragraph_sentences(cand)):
                continue  # 多少机票资助 asked: the sentence beside the one naming 资助 states the registration fee
            if cand.lang == info.lang == "en" and post_of_another_body(info.text, cand.text):
                continue  # "the President of ANSO" asked, the sentence's President is the Chinese Academy of Sciences'
            if cand.lang != info.lang == "zh" and self._post_of_another_body(info.text, cand.text):
                continue  # 财务与行政办公室主任 asked, the English sentence's Director is IFReDI's
            if cand.lang == info.lang and names_sibling(
                    info.text, info.lang, f"{self.lead(cand.stored.chunk.doc_id)} {_document_text(cand, retrieval)}"):
                continue  # 计划（生命科学方向） asked, the document is about 计划（人工智能方向）
            if info.lang == "zh" and self._off_topic_zh(info, cand, retrieval):
                continue  # 海岸带夏季学校 asked: the air-quality report names neither a coast nor a school
            if cand.lang == info.lang and reversed_roles(info.text, info.lang, cand.text):
                continue  # "can IFReDI host …?": the sentence says IHB will host
            if asks_role_holder(info.text) and not states_a_role(cand.text):
                continue  # "Who directs the lab?": a sentence stating no post or leadership names no one for it
            if cand.lang == info.lang and (topic := required_topic(info.text)) and not states_topic(topic, cand.text):
                continue  # 对年龄有什么要求: a sentence not naming 年龄 is the paragraph's other fact
            if not self._accounts(info, cand, retrieval, extra_terms):
                continue
            primary, _ = self._in_asker_language(info, cand, candidates)
            span, host = (listed, cand) if isinstance(listed, Span) else self._span(info, primary, cand)
            if named and cand.lang == info.lang and defines(cand.text, named):
                where = definiens(cand.text, named)  # the definition itself, or the whole sentence when it is long
                span, host = (Span(where[0], where[1], cand.text[where[0]:where[1]]) if where else None), cand
            elif named and info.qtype is None and info.kind == "definition" and ABBREVIATION.fullmatch(named[0]):
                # "What is HSC?": what the sentence spells the abbreviation out as ("Huairou Science City (HSC)");
                # "What is the B&R?": a phrase of a sentence only using the abbreviation does not define it
                span, host = spelled_out([named[0]], cand.text, cand.lang), cand
            if span is not None and info.qtype is None and asks_requirement(info.text):
                span = None  # 对年龄有什么要求: the sentence stating the limit answers, not a phrase of it ("研究员")
            if span is not None and info.kind == "number" and figure_of_another_year(info.text, host.text, span.start):
                span = None  # "How many … in 2025?": the sentence's figure is 2026's
            if span is not None and info.kind == "number" and host.lang == info.lang \
                    and figure_of_unnamed_party(info.text, info.lang, host.text, self._topic(host)):
                continue  # 在读博士生 asked: "访问学者每月12000元，高级访问学者每月20000元" names no 博士生
            if span is not None and info.kind == "number" and host.lang == info.lang \
                    and counts_a_whole_list(info.text, info.lang, host.text):
                continue  # 来自尼泊尔的学员 asked: "来自巴基斯坦、尼泊尔…6个国家的28名学员" counts them all
            if span is None and (info.kind in STRICT_KINDS or needs_span(info) or cand.score < self.threshold):
                continue
            if span is not None and avoid and normalize(span.display) in normalize(avoid):
                continue
            if span is not None and info.qtype == "who" and listed is None \
                    and (holds_another_rank(info.text, host.text, span.display)
                         or holds_other_post(info.text, host.text, span.display)):
                span = post_holder(info.text, host.text)  # the one the sentence gives the asked post, if any
                if span is None:
                    continue  # "Who is the deputy …?": the person the sentence names holds the full office
            if span is not None and info.qtype == "who" and _named_in_question(span.display, info.text):
                continue  # "Who will succeed Bai Chunli …?" is never answered by Bai Chunli
            return cand, span, host
        return None

    def _other_language_first(self, info: QuestionInfo, ordered: list[Candidate], candidates: list[Candidate],
                              retrieval: Retrieval, floor: float) -> list[Candidate]:
        """When the document of the first asker-language candidate never states a noun of the question and a
        sentence in the other language states it through a translation, that sentence is tried first (the fact
        only the other language states: 年会 asked, "the 2026 annual meeting" is in the English report only)."""
        lexicon = self.lexicon.get() if self.lexicon is not None else None
        first = next((c for c in ordered if c.lang == info.lang), None)
        if lexicon is None or first is None:
            return ordered
        document = f"{self.lead(first.stored.chunk.doc_id)} {_document_text(first, retrieval)}"
        missing = unstated_nouns(info.text, info.lang, document)
        if not missing:
            return ordered
        for cand in candidates:
            if cand.lang == info.lang or cand.score < floor or cand.penalty or (info.evidence is not None and cand.cue < 1):
                continue
            if states_most_translated(missing, cand.text, lexicon):
                return [cand] + [c for c in ordered if c is not cand]
        return ordered

    def _off_topic_zh(self, info: QuestionInfo, cand: Candidate, retrieval: Retrieval) -> bool:
        """The candidate's document names almost none of a Chinese question's nouns, or never gives a place or person
        the question names (与越南共建 asked: the report names Thailand, never Vietnam)."""
        document = self._whole_document(cand, retrieval)
        lexicon = self.lexicon.get() if self.lexicon is not None else None
        return names_little_of_question(info.text, info.lang, document, lexicon) \
            or leaves_a_name_unnamed(info.text, info.lang, document, lexicon)

    def _whole_document(self, cand: Candidate, retrieval: Retrieval) -> str:
        """The candidate's document as retrieved: its opening, its passages and their other-language versions."""
        by_id = {h.chunk.id: h for h in retrieval.hits}
        doc = cand.stored.chunk.doc_id
        versions = [by_id[p].chunk.text for h in retrieval.hits if h.chunk.doc_id == doc
                    for p in h.chunk.parallel if p in by_id]
        return " ".join([self.lead(doc), _document_text(cand, retrieval), *versions])

    def _focus_first(self, info: QuestionInfo, ordered: list[Candidate]) -> list[Candidate]:
        """Among asker-language sentences scoring close to the best, those stating more of the question's predicate
        (its terms beyond the document's topic) come first: the right paragraph's best-scoring sentence is often the
        neighbour that names the topic but states another fact of it. The others keep their places."""
        top = max((c.score for c in ordered), default=0.0)
        at = [i for i, c in enumerate(ordered) if c.lang == info.lang and c.score >= top - FOCUS_MARGIN]
        if len(at) < 2:
            return ordered
        weights = self._weights(info.text, "")
        steps = {i: focus_step(focus_share(predicate_weights(weights, self._topic(ordered[i])), _own_tokens(ordered[i])))
                 for i in at}
        out = list(ordered)
        for i, j in zip(at, sorted(at, key=lambda i: -steps[i]), strict=True):
            out[i] = ordered[j]
        return out

    def _focus_across(self, info: QuestionInfo, ordered: list[Candidate]) -> list[Candidate]:
        """``_focus_first`` for the sentences in the other language, their focus read through the lexicon's
        translations: "How long must the visit report be?" is answered by "…提交一份不少于800字的访问报告", not by the
        scheme's opening sentence, which names the visits and the scheme but no report. The others keep their places."""
        top = max((c.score for c in ordered if c.lang != info.lang), default=0.0)
        at = [i for i, c in enumerate(ordered) if c.lang != info.lang and c.score >= top - FOCUS_MARGIN]
        weights = self._weights(info.text, "")
        translated = {t: alts for t, alts in self._translations(weights).items() if t not in FRAMING}
        if len(at) < 2 or not translated:
            return ordered

        def step(cand: Candidate) -> int:  # the document's lead is the topic: a heading may name the predicate (报告要求)
            topic = self.lead(cand.stored.chunk.doc_id)
            in_topic = translated_terms(translated, topic, coverage_terms(topic))
            predicate = {t: w for t, w in weights.items() if t in translated and t not in in_topic}
            share = focus_share(predicate, translated_terms(translated, cand.text, _own_tokens(cand)))
            return int(share / ACROSS_FOCUS_STEP + 1e-9)

        steps = {i: step(ordered[i]) for i in at}
        out = list(ordered)
        for i, j in zip(at, sorted(at, key=lambda i: -steps[i]), strict=True):
            out[i] = ordered[j]
        return out

    def _topic(self, cand: Candidate) -> str:
        """What the candidate's document is about: its title and opening sentence, and the chunk's heading."""
        return f"{self.lead(cand.stored.chunk.doc_id)} {cand.stored.chunk.title}"

    @staticmethod
    def _relation_stated_elsewhere(info: QuestionInfo, candidates: list[Candidate]) -> Candidate | None:
        """For a date or weekday question, the best sentence stating the asked event ("ANSO was *established* on
        4 November 2018") when it lacks the asked type: a weekday in a sentence about another event (the
        Secretariat's ceremony "on Thursday") does not answer it."""
        terms = relation_terms(info.text, info.lang) if info.kind in DATED_KINDS else []
        stating = [c for c in candidates if terms and c.cue < 1 and states_relation(terms, c.text)]
        return max(stating, key=lambda c: c.score) if stating else None

    @staticmethod
    def _relation_first(info: QuestionInfo, tried: list[Candidate],
                        translate: Callable[[dict[str, float]], dict[str, tuple[str, ...]]] | None = None
                        ) -> list[Candidate]:
        """For a typed question, sentences that state the asked relation ("registration *closes*", "*chaired* by")
        come first: a date or a name beside the question's nouns but not its verb answers something else. An English
        sentence states a Chinese question's relation through a translation (``translate``: the lexicon's, 退出 →
        "withdraw")."""
        terms = relation_terms(info.text, info.lang) if info.qtype else []
        if not terms:
            return tried
        # only a Chinese question's relation is read across: jieba tags its verbs, while an English question's last
        # word may stand in for one ("What number do I call … during *fieldwork*?")
        across = translate({term: 1.0 for term, _ in terms}) if translate is not None and info.lang == "zh" else {}

        def states(cand: Candidate) -> bool:
            if cand.lang == info.lang:
                return states_relation(terms, cand.text)
            return bool(across) and bool(translated_terms(across, cand.text, coverage_terms(cand.text)))
        return sorted(tried, key=lambda c: not states(c))

    @staticmethod
    def _head_first(info: QuestionInfo, tried: list[Candidate]) -> list[Candidate]:
        """Sentences that name the thing asked about ("What is the *aim* of …" → "The aim is …") come before those
        that only share the rest of the question's words (the paragraph may name it in another sentence)."""
        heads = [(h, bool(CJK_RE.search(h))) for h in asked_heads(info.text) | asked_categories(info.text)]
        if not heads:
            return tried
        return sorted(tried, key=lambda c: not states_relation(heads, c.text))

    def _accounts(self, info: QuestionInfo, cand: Candidate, retrieval: Retrieval, extra_terms: str) -> bool:
        by_id = {h.chunk.id: h for h in retrieval.hits}
        chunk = cand.stored.chunk
        texts = [chunk.text if EVIDENCE_IS_PARAGRAPH else cand.text, chunk.title]
        if cand.sentence > 0 and LEADING_PRONOUN.match(cand.text):
            start = cand.stored.sentences[cand.sentence - 1][0]
            texts.append(chunk.text[start:cand.stored.sentences[cand.sentence][0]])
        texts += [by_id[p].chunk.text for p in chunk.parallel if p in by_id]
        lexicon = self.lexicon.get() if self.lexicon is not None else None
        translate = lexicon.alternatives if lexicon is not None else None
        lead_and_document = lambda: f"{self.lead(chunk.doc_id)} {_document_text(cand, retrieval)}"  # noqa: E731
        if _other_body(info.text, " ".join(texts), lambda: self.lead(chunk.doc_id), translate, lead_and_document):
            return False
        if chunk.kind == "meta":
            texts.append(META_CONTEXT)
        if chunk.kind == "meta" and info.about_page:  # the page's own dateline or source line speaks of the whole page:
            texts.append(self.subject(chunk.doc_id))  # its title is its evidence too (2026年度工作总结 signed 2027年1月15日)
        evidence = " ".join(texts)
        question = info.text
        subject = self.lead(chunk.doc_id)
        in_asker_lang = any(by_id[p].chunk.lang == info.lang for p in chunk.parallel if p in by_id)
        if cand.lang != info.lang and lexicon is not None:  # the other language says it: match through translations
            if in_asker_lang and accounts_for(question, info.lang, info.kind, evidence, self._idf_df, exempt=extra_terms,
                                              subject=subject):
                return True  # the asker-language version already accounts for the question
            return accounts_for(question, info.lang, info.kind, evidence, self._idf_df, exempt=extra_terms,
                                translations=lexicon, only_translated=True, subject=subject)
        if cand.lang != info.lang and not in_asker_lang:  # no lexicon: match what reads the same
            question = " ".join(re.findall(r"[A-Za-z][\w-]*[A-Z][\w-]*|[A-Z][a-z]+(?: [A-Z][a-z]+)+|\d+", question))
            question = question if info.lang == "zh" else " ".join(w for w in question.split() if w.lower() not in QUESTION_OPENERS)
        return accounts_for(question, info.lang, info.kind, evidence, self._idf_df, exempt=extra_terms, subject=subject)

    def _post_of_another_body(self, question: str, sentence: str) -> bool:
        """``post_of_another_body_across`` through the lexicon (False without one)."""
        lexicon = self.lexicon.get() if self.lexicon is not None else None
        return lexicon is not None and post_of_another_body_across(question, sentence, lexicon.alternatives)

    def _subject_line(self, doc_id: str) -> str:
        """The document's title, with its opening line when that is a short name line, not a sentence (a report
        titled "Annual Report 2026" names its body "ANSO–UoN … Observatory (MKAO)" on the line above or below)."""
        title, lead = self.subject(doc_id), self.lead(doc_id)
        first = lead[len(title):].strip() if lead.startswith(title) else ""
        return f"{title} {first}" if first and len(first) <= NAME_LINE_CHARS and not SENTENCE_END.search(first) else title

    def _idf_df(self, term: str) -> tuple[float, int]:
        if CJK_RE.search(term):
            df = zh_term_df(term, self.doc_freq)
            return max(self.idf(term[i:i + 2]) for i in range(max(1, len(term) - 1))), df
        return self.idf(term), self.doc_freq.get(term, 0)

    @staticmethod
    def _span(info: QuestionInfo, primary: Candidate, cand: Candidate) -> tuple[Span | None, Candidate]:
        """The short answer, looked for in the asker-language version first, then in the other version."""
        source = cand.stored.chunk.source_org
        byline = BYLINE.search(cand.text) if info.about_page and WRITER.search(info.text) else None
        if byline and cand.stored.chunk.kind == "meta":  # "…; written by Chen Yu": the writer, not the publisher
            group = 1 if byline.group(1) else 2
            return Span(byline.start(group), byline.end(group), byline.group(group)), cand
        if info.about_page and info.qtype == "who" and cand.stored.chunk.kind == "meta" and source:
            at = cand.text.find(source)  # "稿件来源：中国科学院…": the publisher the source line names
            if at >= 0:
                return Span(at, at + len(source), source), cand
        for host in [primary] if primary is cand else [primary, cand]:
            span = _antecedent_doer(info, host) or extract(info, host.text, host.lang)
            if span is not None:
                return span, host
        return None, primary

    # --- scoring -------------------------------------------------------------
    def candidates(self, info: QuestionInfo, retrieval: Retrieval, extra_terms: str = "") -> list[Candidate]:
        terms = self._weights(info.text, extra_terms)
        translated = self._translations(terms)
        words = question_words(info.text, terms) if info.lang == "zh" and translated else {}
        if sum(bool(CJK_RE.search(w)) for w in words) < MIN_QUESTION_WORDS:
            words = {}  # "他还担任什么职务？": one word (担任 → serve) is stated by any sentence saying "serve"
        word_alts = self._translations(words)
        out: list[Candidate] = []
        by_id = {h.chunk.id: h for h in retrieval.hits}
        subjects: dict[str, frozenset[str]] = {}
        subject_words: dict[str, frozenset[str]] = {}  # the question's Chinese words an English title translates
        for rank, hit in enumerate(retrieval.hits):
            translate = bool(translated) and hit.chunk.lang != info.lang
            if hit.chunk.doc_id not in subjects:
                line = self._subject_line(hit.chunk.doc_id)
                subjects[hit.chunk.doc_id] = subject_terms(line, terms)
                subject_words[hit.chunk.doc_id] = translated_subject(line, word_alts, words)
            subject = subjects[hit.chunk.doc_id]
            context = self._context_tokens(hit, by_id)
            factor = self._translation_factor(info, hit, by_id, terms) if translate else 1.0
            via_context = translated_terms(translated, self._context_text(hit, by_id), context) if translate else frozenset()
            in_context = self._context_words(hit, by_id, context, (words, word_alts), subject_words[hit.chunk.doc_id],
                                             factor) if translate and words else 0.0
            sims = hit.stored.svecs @ retrieval.vector if len(hit.stored.svecs) else np.zeros(0)
            for number, (start, end) in enumerate(hit.stored.sentences):
                text = hit.chunk.text[start:end]
                tokens = sentence_terms(hit.stored, number) | subject
                via = translated_terms(translated, text, tokens) if translate else frozenset()
                cand = self._score(info, hit, number, text, float(sims[number]), terms, context, rank, tokens,
                                   (via, via_context, factor))
                if translate and words:  # a Chinese question against English text: counted in words as well
                    via_words = translated_terms(word_alts, text, tokens) | subject_words[hit.chunk.doc_id]
                    in_words = word_coverage(words, tokens, via_words, factor)
                    if in_words >= WHOLE_QUESTION_IN_WORDS:  # most words stated: the bigrams' misses were artefacts
                        cand = _with_coverage(cand, in_words)
                    elif in_context >= WHOLE_QUESTION_IN_WORDS:  # … or its paragraph states them (as ``_score``'s ctx)
                        cand = _with_coverage(cand, CROSS_CONTEXT_SHARE * in_context)
                out.append(cand)
        out.sort(key=lambda c: c.score, reverse=True)
        return out

    def _context_words(self, hit: Hit, by_id: dict[str, Hit], context: frozenset[str],
                       question: tuple[dict[str, float], dict[str, tuple[str, ...]]], subject: frozenset[str],
                       factor: float) -> float:
        """The share of a Chinese ``question``'s words and their translations (``rag.zh_words``) that an English
        sentence's context — its paragraph, title and parallel versions — states, as they are or through a
        translation, or its document's title names (``subject``, from ``translated_subject``)."""
        words, word_alts = question
        via = translated_terms(word_alts, self._context_text(hit, by_id), context) | subject
        return word_coverage(words, context, via, factor)

    def _score(self, info, hit: Hit, number, text, dense, terms, context, rank, tokens,
               translated: tuple[frozenset[str], frozenset[str], float] = (frozenset(), frozenset(), 1.0)) -> Candidate:
        """``translated``: the question terms the sentence and its context state through translations, and how much
        such a match counts."""
        via, via_context, factor = translated
        total = sum(terms.values()) or 1.0
        own = sum(w if t in tokens else factor * w for t, w in terms.items() if t in tokens or t in via) / total
        ctx = sum(w if t in context else factor * w for t, w in terms.items() if t in context or t in via_context) / total
        coverage = own if hit.chunk.lang == info.lang else max(own, 0.8 * ctx)
        coverage = max(coverage, 0.6 * ctx)
        cue = 1.0 if info.evidence is None or info.evidence.search(text) or _bare_zh_name(info, hit.chunk.lang, text) else 0.0
        penalty = 1.0 if self._qualifier_mismatch(info.text, text) else 0.0
        if hit.chunk.lang != info.lang:
            dense += CROSS_LINGUAL_OFFSET
        dense_n = min(1.0, max(0.0, (dense - DENSE_FLOOR) / DENSE_SPAN))
        score = W_DENSE * dense_n + W_COVERAGE * coverage + W_CUE * cue - W_PENALTY * penalty
        score += 0.03 if hit.chunk.lang == info.lang else 0.0
        score += 0.02 if hit.chunk.kind == "body" else 0.0
        score -= 0.01 * min(rank, 10) if not hit.companion else 0.05
        return Candidate(hit.stored, number, text, hit.chunk.lang, dense, coverage, cue, penalty, score, rank)

    def _weights(self, question: str, extra_terms: str) -> dict[str, float]:
        weights = {t: self.idf(t) for t in coverage_terms(question) if t not in FRAMING}
        for t in coverage_terms(extra_terms):
            weights.setdefault(t, 0.3 * self.idf(t))
        return weights

    @staticmethod
    def _translation_factor(info: QuestionInfo, hit: Hit, by_id: dict[str, Hit], terms: dict[str, float]) -> float:
        """How much a question term stated through a translation counts in ``hit``: less when an asker-language version
        came along that itself states most of the question (it is scored on its own words; a sentence there and
        its translation here should not outrank it). A link joins paragraphs, not facts: a linked version that does
        not speak to the question leaves translations their full weight."""
        versions = [by_id[p].chunk.text for p in hit.chunk.parallel if p in by_id and by_id[p].chunk.lang == info.lang]
        if not versions or not terms:
            return 1.0
        stated = coverage_terms(" ".join(versions))
        share = sum(w for t, w in terms.items() if t in stated) / (sum(terms.values()) or 1.0)
        return TRANSLATED_PARALLEL_WEIGHT if share >= PARALLEL_STATES_SHARE else 1.0

    def _translations(self, terms: dict[str, float]) -> dict[str, tuple[str, ...]]:
        """The question's terms that the lexicon translates, with their translations (empty without a lexicon)."""
        lexicon = self.lexicon.get() if self.lexicon is not None else None
        if lexicon is None:
            return {}
        return {t: alts for t in terms if (alts := lexicon.alternatives(t))}

    @classmethod
    def _context_tokens(cls, hit: Hit, by_id: dict[str, Hit]) -> frozenset[str]:
        return coverage_terms(cls._context_text(hit, by_id))

    @staticmethod
    def _context_text(hit: Hit, by_id: dict[str, Hit]) -> str:
        texts = [hit.chunk.text, hit.chunk.title]
        texts += [by_id[p].chunk.text for p in hit.chunk.parallel if p in by_id]
        if hit.chunk.kind == "meta":  # datelines and source lines say when and by whom a page was published
            texts.append(META_CONTEXT)
        return " ".join(texts)

    @staticmethod
    def _qualifier_mismatch(question: str, sentence: str) -> bool:
        """The sentence qualifies a title the question asks about unqualified ("Deputy Secretary-General")."""
        asked = {m.group(0).lower() for m in TITLE_QUALIFIERS.finditer(question)}
        for match in TITLE_QUALIFIERS.finditer(sentence):
            if match.group(0).lower() in asked:
                continue
            word = _next_word(sentence, match.end())
            if CJK_RE.match(word):  # 副局长 qualifies 局长; 副秘书长 does not make 秘书处 (the secretariat) a title
                title = ZH_TITLE.match(sentence[match.end():].lstrip())
                if title and title.group(0) in question:
                    return True
            elif coverage_terms(word) & coverage_terms(question):
                return True
        return False

    # --- choosing and composing ---------------------------------------------
    def _choose(self, info: QuestionInfo, candidates: list[Candidate], retrieval: Retrieval, best: Candidate,
                single: bool = False) -> list[tuple[Candidate, Candidate | None]]:
        """Up to three (primary, other-language evidence) pairs, the primary in the asker's language when possible;
        one when a short answer was found (its sentence is the evidence); without one, a close runner-up from the
        same paragraph comes second."""
        picks: list[tuple[Candidate, Candidate | None]] = [self._in_asker_language(info, best, candidates)]
        # a found short answer is its own sentence's evidence; without one, the chosen sentence is uncertain
        runner_up = None if single else self._runner_up(info, candidates, picks[0][0])
        if runner_up is not None:
            picks.append((runner_up, None))
        used = {best.stored.chunk.id} | {p.stored.chunk.id for p, _ in picks}
        length = len(picks[0][0].text)
        for cand in [] if single else candidates[:6]:
            if cand is best:
                continue
            if len(picks) == 3 or cand.score < max(self.threshold, best.score - EXTRA_SENTENCE_MARGIN):
                break
            if cand.coverage < 0.8 * best.coverage:
                continue
            if cand.stored.chunk.id in used or cand.lang != picks[0][0].lang or cand.cue < 1:
                continue
            if is_title_line(cand.stored.chunk.kind, cand.text):
                continue
            if any(p.stored.chunk.id in cand.stored.chunk.parallel for p, _ in picks):
                continue
            if length + len(cand.text) > self.max_chars:
                continue
            picks.append((cand, None))
            used.add(cand.stored.chunk.id)
            length += len(cand.text)
        return picks

    @staticmethod
    def _runner_up(info: QuestionInfo, candidates: list[Candidate], first: Candidate,
                   margin: float = RUNNER_UP_MARGIN) -> Candidate | None:
        """Another sentence of the same source paragraph that scores within ``margin`` of the chosen one (and has the
        asked type's cue): kept as second evidence, since the chosen sentence may not be the one that answers."""
        quoted = {first.sentence, first.sentence - 1} if LEADING_PRONOUN.match(first.text) else {first.sentence}
        for cand in candidates:
            if cand.score < first.score - margin:
                return None
            if cand.lang != first.lang or cand.cue < 1 or _paragraph(cand) != _paragraph(first):
                continue
            if cand.stored.chunk.id == first.stored.chunk.id and cand.sentence in quoted:
                continue
            if cand.text == first.text:
                continue
            return cand
        return None

    def _in_asker_language(self, info, best: Candidate, candidates: list[Candidate]) -> tuple[Candidate, Candidate | None]:
        if best.lang == info.lang:
            return best, None
        versions = [c for c in candidates if c.stored.chunk.id in best.stored.chunk.parallel and c.lang == info.lang]
        versions = [c for c in versions if c.cue >= best.cue and c.score >= best.score - 0.15
                    and _keeps_figures(best.text, c.text)]
        relation = relation_terms(info.text, info.lang)  # "Who *presided* …": the version saying so, not its neighbour
        if relation:
            versions = [c for c in versions if states_relation(relation, c.text)] or versions
        if versions:
            return max(versions, key=lambda c: c.score), best
        return best, None

    def _compose(self, info: QuestionInfo, picks, retrieval: Retrieval, span: Span | None = None,
                 host: Candidate | None = None) -> Answer:
        citations: list[Citation] = []
        parts: list[str] = []
        for primary, evidence in picks:
            n = len(citations) + 1
            citations.append(self._cite(n, primary, retrieval))
            markers = f"[{n}]"
            if evidence is not None:
                citations.append(self._cite(n + 1, evidence, retrieval))
                markers += f"[{n + 1}]"
            # a lone sentence is shown whole up to twice the cap: its end often holds the answer
            sentence = truncate_chars(citations[n - 1].quote, self.max_chars * (LONE_SENTENCE_CAPS if len(picks) == 1 else 1))
            if primary.lang != info.lang:
                sentence = message(info.lang, "other_version", lang_name=message(info.lang, f"lang_{primary.lang}"), quote=sentence)
            parts.append(f"{sentence} {markers}")
        text, short = " ".join(parts), None
        if span is not None and host is not None and span.shown:  # an unsure span: the sentence is the answer
            short = span.display.strip()
            self._mark(citations, host, span)
            shown = short
            if host.lang != info.lang and not LANGUAGE_NEUTRAL.fullmatch(short) and bool(CJK_RE.search(short)) != (info.lang == "zh"):
                shown = message(info.lang, "other_version", lang_name=message(info.lang, f"lang_{host.lang}"), quote=short)
            text = message(info.lang, "short_with_evidence", short=shown, evidence=text)
        return Answer(question=info.text, language=info.lang, mode="extractive", answer=text, short_answer=short,
                      abstained=False, citations=citations)

    @staticmethod
    def _mark(citations: list[Citation], host: Candidate, span: Span) -> None:
        """Where the short answer sits inside the citation that quotes its sentence."""
        offset = host.stored.sentences[host.sentence][0]
        for citation in citations:
            if citation.chunk_id == host.stored.chunk.id and citation.start <= offset < citation.end:
                citation.answer_start, citation.answer_end = offset + span.start, offset + span.end
                return

    def _cite(self, n: int, cand: Candidate, retrieval: Retrieval) -> Citation:
        """A sentence that opens with a pronoun ("He read …") is quoted with the one before it."""
        parallel = self._best_parallel(cand, retrieval)
        first = cand.sentence - 1 if cand.sentence > 0 and LEADING_PRONOUN.match(cand.text) else None
        return make_citation(n, cand.stored, cand.sentence, parallel, first)

    @staticmethod
    def _best_parallel(cand: Candidate, retrieval: Retrieval) -> StoredChunk | None:
        hits = {h.chunk.id: h for h in retrieval.hits}
        linked = [hits[p].stored for p in cand.stored.chunk.parallel if p in hits]
        return linked[0] if linked else None

    def abstain(self, info: QuestionInfo, retrieval: Retrieval, candidates: list[Candidate]) -> Answer:
        nearest: list[Citation] = []
        seen: set[str] = set()
        for cand in candidates:
            if cand.stored.chunk.id in seen:
                continue
            seen.add(cand.stored.chunk.id)
            nearest.append(make_citation(len(nearest) + 1, cand.stored, cand.sentence, self._best_parallel(cand, retrieval)))
            if len(nearest) == 3:
                break
        return Answer(question=info.text, language=info.lang, mode="extractive", answer=message(info.lang, "abstain"),
                      abstained=True, nearest=nearest, kind="abstain")


def _bare_zh_name(info: QuestionInfo, lang: str, text: str) -> bool:
    """A Chinese sentence naming a person without a title the who-cue knows ("联盟秘书处项目处：刘畅", "孙悦，工作组
    秘书"): it may answer a Chinese "who" question as well as one saying 教授 or 主任."""
    return info.qtype == "who" and info.lang == lang == "zh" and names_zh_person(text)


def _event_dated_first(info: QuestionInfo, ordered: list[Candidate], candidates: list[Candidate],
                       floor: float) -> list[Candidate]:
    """For a "when" question, asker-language sentences that state the asked event ("will be *held* from 6 July",
    "工作组*成立*于2024年4月", a "Date: …" line) come first, also from beyond the best ``MAX_TRIED`` (a title's
    year, a dateline or another meeting's date beside the question's nouns often scores higher): the date a
    sentence gives belongs to the event it states. The others keep their order, after them."""
    def stated(cand: Candidate) -> bool:
        return cand.lang == info.lang and bool(dates_asked_event(info.text, info.lang, cand.text))

    if dates_asked_event(info.text, info.lang, "") is None:
        return ordered
    tried = {id(c) for c in ordered}
    beyond = [c for c in candidates[MAX_TRIED:] if c.score >= floor and c.cue >= 1 and id(c) not in tried and stated(c)]
    return sorted(ordered + beyond[:EVENT_BEYOND], key=lambda c: not stated(c))


def _best_scoring(candidates: list[Candidate]) -> list[Candidate]:
    """The ``MAX_TRIED`` best-scoring candidates: a typed question's list comes sorted with its type's sentences
    first, and the sentence stating the asked event without a date ("made public two years after the cruise
    ends") has none of that type."""
    return sorted(candidates, key=lambda c: -c.score)[:MAX_TRIED]


def _named_in_question(person: str, question: str) -> bool:
    """The question itself names the person a who-question's answer would name."""
    name = normalize(person).strip()
    return len(name) >= MIN_NAMED_CHARS and name in normalize(question)


def subject_terms(title: str, terms: dict[str, float]) -> frozenset[str]:
    """The question's terms that the document's title names: every sentence of the document is about them ("Who is
    the Station Director of MKAO?" is answered by "The observatory is led by … Station Director", which need not
    repeat "MKAO"), so they do not tell its sentences apart. A title naming all of the question's terms (a page
    whose title restates the question) names none of them this way: its sentences must still state the asked thing."""
    named = coverage_terms(title) & terms.keys()
    return frozenset() if named == terms.keys() else frozenset(named)


def translated_subject(title: str, translated: dict[str, tuple[str, ...]], terms: dict[str, float]) -> frozenset[str]:
    """The question's terms that the document's title, in the other language, names through a translation: as with
    ``subject_terms``, every sentence of the document is about them ("联盟国际研究生奖学金的硕士生每月有多少生活费？" is
    answered by "Master's students receive a monthly stipend …" in the page titled "ANSO International Graduate
    Scholarship"). A title naming all of them names none this way."""
    named = translated_terms(translated, title, coverage_terms(title))
    return frozenset() if not terms or named >= terms.keys() else named


def _antecedent_doer(info: QuestionInfo, host: Candidate) -> Span | None:
    """"Who delivered a speech?" asked of "He read the letter of President Xi and delivered a speech.": the doer is
    the person the sentence before names ("… Liu He attended …"), not a name inside the sentence. The span's
    offsets are relative to ``host``'s sentence (negative: it stands before it, in the quoted sentence pair)."""
    if info.qtype != "who" or host.sentence == 0 or not SUBJECT_PRONOUN.match(host.text) \
            or not DOER_Q.search(info.text):
        return None
    before, own = host.stored.sentences[host.sentence - 1][0], host.stored.sentences[host.sentence][0]
    previous = host.stored.chunk.text[before:host.stored.sentences[host.sentence - 1][1]]
    span = extract(info, previous, host.lang)
    if span is None:
        return None
    return Span(span.start + before - own, span.end + before - own, span.display, span.shown)


def sentence_terms(stored: StoredChunk, number: int) -> frozenset[str]:
    """The terms sentence ``number`` of a chunk states itself, with the sentence before when it opens with a person's
    pronoun ("He read …" is about whom the sentence before names)."""
    start, end = stored.sentences[number]
    text = stored.chunk.text[start:end]
    tokens = coverage_terms(text)
    if number > 0 and SUBJECT_PRONOUN.match(text):
        before = stored.sentences[number - 1]
        tokens |= coverage_terms(stored.chunk.text[before[0]:before[1]])
    return tokens


def _own_tokens(cand: Candidate) -> frozenset[str]:
    """The terms a candidate sentence states itself (see ``sentence_terms``)."""
    return sentence_terms(cand.stored, cand.sentence)


def _keeps_figures(sentence: str, version: str) -> bool:
    """The other-language sentence states some of the sentence's numbers, read as values by the support check's
    ``numbers`` (a translation keeps "24" of 24小时内, 11 of "November"; a shorter version may drop some): a
    paragraph's versions are linked, not their sentences, and a version stating none of them ("Safety Office of the
    ANSO Secretariat: …" beside "队长须在24小时内…报告") is not the same fact; nor is one stating figures when the
    sentence states none."""
    figures, stated = numbers(sentence), numbers(version)
    if not figures:  # a version stating figures the sentence has none of states another fact ("USD 30,000 per
        return not stated  # person" beside 安全办公室每年发布一次年度报告)
    return bool(figures & stated)


def _with_coverage(cand: Candidate, coverage: float) -> Candidate:
    """The candidate rescored with a higher coverage (the same candidate when it is not higher)."""
    if coverage <= cand.coverage:
        return cand
    return dataclasses.replace(cand, coverage=coverage, score=cand.score + W_COVERAGE * (coverage - cand.coverage))


def _defined_by_pronoun(info: QuestionInfo, candidates: list[Candidate],
                        named: list[str]) -> tuple[Candidate, Span | None, Candidate] | None:
    """For a definition question none of the best sentences answers with "<term> is a …": the best sentence that
    defines the term by a pronoun after naming it ("ANSO was established in Beijing. It is the first …
    organization", "联盟在北京正式成立，这是首个……组织"), with the definition as its short answer (none when it runs
    too long to be one: the sentence is the answer). The asker's language first; a sentence in the other language
    gives way to its version in the asker's ("ANSO是什么？": the Chinese version says 联盟, not ANSO)."""
    tried = [c for c in candidates[:MAX_TRIED] if c.lang == info.lang]
    if any(defines(c.text, named) for c in tried):
        return None  # the sentence that says "<term> is …" itself answers (see _first_accounting)
    found = _pronoun_definer(candidates, named, lambda c: c.lang == info.lang) \
        or _pronoun_definer(candidates, named, lambda c: c.lang != info.lang)
    if found is not None and found[0].lang != info.lang:
        versions = lambda c: c.lang == info.lang and c.stored.chunk.id in found[0].stored.chunk.parallel  # noqa: E731
        found = _pronoun_definer(candidates, None, versions) or found
    return found


def _pronoun_definer(candidates: list[Candidate], named: list[str] | None,
                     eligible: Callable[[Candidate], bool]) -> tuple[Candidate, Span | None, Candidate] | None:
    """The best eligible candidate defining a named term by a pronoun (None: whatever the pronoun stands for)."""
    for cand in candidates:
        if not eligible(cand) or is_title_line(cand.stored.chunk.kind, cand.text):
            continue
        before = cand.stored.chunk.text[slice(*cand.stored.sentences[cand.sentence - 1])] if cand.sentence else ""
        where = defines_in_context(cand.text, before, named)
        if where is not None:
            start, end = where
            return cand, (Span(start, end, cand.text[start:end]) if end else None), cand
    return None


def _states_verb(relation: list[tuple[str, bool]], text: str, lang: str) -> bool:
    """The text states the question's verb as a verb: "presided" / "presides", not the title "President" that shares
    its stem (English); in Chinese, as ``states_relation`` tells."""
    if lang == "zh":
        return states_relation(relation, text)
    return all(re.search(rf"\b{re.escape(stem)}(?:e|es|ed|ing|s|d)?\b", text) is not None for stem, _ in relation)


def _names_a_term(info: QuestionInfo) -> bool:
    term = asked_term(info.text, info.lang)
    return term is not None and names_a_term(info.text, term, info.lang)


def _defined(info: QuestionInfo, retrieval: Retrieval) -> list[str]:
    """The term a definition question asks about and the abbreviations the retrieved text gives it (empty when the
    question asks no definition)."""
    term = asked_term(info.text, info.lang)
    return aliases(term, [h.chunk.text for h in retrieval.hits]) if term else []


def is_title_line(kind: str, text: str) -> bool:
    """A document title or section heading: it names what follows and never answers a question about it. A short
    "label: value" line the cleaner also files as a heading ("Venue: Almaty", "电子邮箱：…") is a field, not a title."""
    return kind == "heading" and (not FIELD_LINE.match(text) or bool(TITLE_LABELS.match(text)))


def _this_page_only(candidates: list[Candidate], question: str, floor: float) -> list[Candidate]:
    """For "when / by whom was this page published": the datelines and source lines of the page the question is
    about — the one its best body sentence comes from, in the language the question names ("the Chinese report")
    — not those of other pages that match "published". Unchanged when that page has no meta line at hand."""
    named = [lang for lang, pattern in PAGE_LANGUAGE.items() if pattern.search(question)]
    bodies = [c for c in candidates if c.stored.chunk.kind != "meta" and (not named or c.lang in named)]
    body = max(bodies, key=lambda c: c.score, default=None)
    if body is None:
        return candidates
    page = body.stored.chunk.doc_id
    if not any(c.stored.chunk.kind == "meta" and c.stored.chunk.doc_id == page for c in candidates):
        return candidates
    kept = [c for c in candidates if c.stored.chunk.kind != "meta" or c.stored.chunk.doc_id == page]
    # the page is known by its body (or by the language the question names): its own meta line is as good evidence
    known = body.score if not named else max(body.score, floor)
    for cand in kept:
        if cand.stored.chunk.kind == "meta":
            cand.score = max(cand.score, known)
    return kept


def _other_body(question: str, evidence: str, lead: Callable[[], str] = lambda: "",
                translate: Callable[[str], tuple[str, ...]] | None = None,
                document: Callable[[], str] | None = None) -> bool:
    """The question names an organisation or programme that the evidence, in a script it can be named in, never
    names: the evidence is about another body ("When was CAS founded?" answered with the alliance's founding).
    ``lead()`` (the document's title and opening sentence, read only when needed) counts: a call for the CRP need
    not repeat "CRP". Evidence only in the other script names it through ``translate`` (the lexicon): 科学传播奖 is
    not named by a paragraph on a glacier. An acronym reads the same in both scripts: a ``document()`` (its lead and
    retrieved passages) that never writes it is about another body ("ICPR" asked, the animal-welfare guidelines)."""
    cjk, latin = count_scripts(evidence)
    for body in asked_bodies(question):
        script_at_hand = cjk >= MIN_SCRIPT_CHARS if CJK_RE.search(body) else latin >= MIN_SCRIPT_CHARS
        if names(evidence, body) or names(lead(), body):
            continue
        if document is not None and ACRONYM_BODY.fullmatch(body) and body not in HOME_ACRONYMS \
                and body not in document():
            return True
        across = named_across(f"{evidence} {lead()}", body, translate) if translate is not None else None
        if across is False or (script_at_hand and not across):
            return True
    return False


def _document_text(cand: Candidate, retrieval: Retrieval) -> str:
    """What the retrieved passages of the candidate's document say (its list items are often chunks of their own)."""
    doc = cand.stored.chunk.doc_id
    return " ".join(h.chunk.text for h in retrieval.hits if h.chunk.doc_id == doc)


def _paragraph(cand: Candidate) -> tuple[str, int]:
    """The source paragraph a candidate sentence stands in (a long paragraph may span several chunks)."""
    chunk = cand.stored.chunk
    return chunk.doc_id, chunk.first.paragraph if chunk.occurrences else -1


# a Chinese post: the shortest run of characters that ends like a title (局长, 秘书长, 主任, 主席, 书记 …)
ZH_TITLE = re.compile(r"[\u4e00-\u9fff]{0,3}?(?:长|主任|主席|书记|总理|总裁|总监|委员|院士|代表|大使|领事)")


def _next_word(text: str, pos: int) -> str:
    """The word a qualifier qualifies: the next Latin word, or the next three CJK characters."""
    rest = text[pos:].lstrip()
    latin = re.match(r"[A-Za-z][\w-]*", rest)
    return latin.group(0) if latin else rest[:3]


def idf_table(doc_freq: dict[str, int], n_docs: int):
    """idf(token) with unseen tokens weighted as the rarest: a term the documents never use matters."""
    top = math.log(1 + (n_docs + 1) / 0.5)

    def idf(token: str) -> float:
        df = doc_freq.get(token)
        return top if df is None else math.log(1 + (n_docs - df + 0.5) / (df + 0.5))

    return idf


def _paragraph_sentences(cand: Candidate) -> list[str]:
    """The sentences of the candidate's chunk (its paragraph)."""
    text = cand.stored.chunk.text
    return [text[start:end] for start, end in cand.stored.sentences]
