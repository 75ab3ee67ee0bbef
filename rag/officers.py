"""Lists of officers: who holds which post in "Mr. Peter Mwangi, Chief Engineer; Dr. Grace Achieng, Data Manager",
"Professor Daniel Kiprono (UoN), Station Director, with Dr. Wang Haoran (IAP) as Deputy Station Director" or a
roster line "赵立新，工作组副组长，中国科学院科研诚信建设办公室主任；".

"Who is the Station Director?" asked of such a list is answered by the person the list gives that post, never by the
one beside it who holds another ("Deputy Station Director", "Chief Engineer"); a list that gives the asked post to
no one ("Who is the Deputy Chief Engineer?") does not answer it.
"""
from __future__ import annotations

import re

from rag.posts import EN_POST, ZH_POST, _post_key, posts, same_person
from rag.short_answer import Span

_TITLE = r"(?:(?:Mr|Mrs|Ms|Dr|Prof|Professor|Academician)\.?\s+)"
_NAME = r"[A-Z][a-z’'-]+(?:\s[A-Z][a-z’'-]+){1,2}"
_POST = r"(?:[A-Z][\w-]*)(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w-]*){0,4}"
_OF_PLACE = r"(?:\s+(?:of|at|from)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+(?:of\s+)?[A-Z][\w-]*){0,4})?"
# "Name (Org), Post" / "Name of Org, Post" / "Name (Org) as Post"
EN_ENTRY = re.compile(rf"{_TITLE}?({_NAME}){_OF_PLACE}(?:\s*\([^()]{{1,40}}\))?"
                      rf"(?:\s*,\s*|\s+as\s+)(?:the\s+)?({_POST})")
# a roster line: the name (maybe with its Latin form), then its posts and institution, comma-separated
ZH_ENTRY = re.compile(r"^\s*([\u4e00-\u9fff]{1,6}·[\u4e00-\u9fff·]{1,10}|[\u4e00-\u9fff]{2,3})"
                      r"(?:[（(][^（）()]{1,40}[）)])?[，,]([^；;。]+)[；;。]?\s*$")
CJK = re.compile(r"[\u3400-\u9fff]")
ZH_MORE_POSTS = re.compile(r"秘书(?!处)|成员|委员|代表|联系人|官员")  # posts of a roster that ZH_POST does not list
# asked, they name no particular post (a director heads a body; 哪位官员 asks any official the sentence names)
UNSPECIFIC_POSTS = frozenset({"head", "负责人", "官员", "代表", "成员", "official", "officials", "representative",
                              "representatives", "member", "members"})
ZH_POST_END = re.compile(rf"(?:{ZH_POST.pattern}|{ZH_MORE_POSTS.pattern})$")  # a roster line's post ends so
RANK_WORDS = frozenset("deputy vice assistant associate acting honorary former co".split())
ZH_RANKS = ("副", "代理", "名誉", "前")
# words that make a post only with the words before them ("Safety Officer", "Data Manager"): the question need not
# repeat them when it names what the post is of ("Who looks after safety?")
GENERIC_POST_WORDS = frozenset("officer manager director head leader chief secretary coordinator".split())
ZH_PHRASE_END = frozenset("的是由为呢吗？?，,、 ") | {""}  # what follows a post the question asks about
STEM = 5  # English words are compared on their first letters ("safety" / "safe", "engineer" / "engineering")
MIN_ZH_POST = 2  # a Chinese post is matched on a tail of at least this many characters (秘书, 组长, 处长)
MIN_ENTRIES_EN = 2  # an English sentence giving at least this many persons their posts is a list of officers


def entries(sentence: str) -> list[tuple[str, str, int]]:
    """(person, post, where the person stands) for each person the sentence lists with a post."""
    zh = ZH_ENTRY.match(sentence)
    if zh:
        pieces = [post.strip() for post in re.split(r"[，,、]", zh.group(2)) if post.strip()]
        if not pieces or not ZH_POST_END.search(pieces[0]):
            return []  # "据介绍，联合实验室实行双主任制，…" opens with no name: a roster line gives the post first
        return [(zh.group(1), post, zh.start(1)) for post in pieces]
    found = [(m.group(1), m.group(2), m.start(1)) for m in EN_ENTRY.finditer(sentence)]
    return found if len({person for person, _, _ in found}) >= MIN_ENTRIES_EN else []


def officer_span(question: str, sentence: str) -> Span | None | bool:
    """The person a list of officers gives the asked post (a Span in ``sentence``); False when the sentence is such a
    list and the question asks a post of its kind that it gives no one; None when it tells nothing."""
    listed = entries(sentence)
    if not listed:
        return None
    holders = [(person, at) for person, post, at in listed if _holds(post, question) and person not in question]
    if len({person for person, _ in holders}) == 1:
        person, at = holders[0]
        return Span(at, at + len(person), person)
    if not holders and any(_same_kind(post, question) for _, post, _ in listed):
        return False
    return None


def _holds(post: str, question: str) -> bool:
    if re.search(r"[\u4e00-\u9fff]", post):
        return _zh_holds(post, question)
    words = [w.lower() for w in re.findall(r"[A-Za-z][\w-]*", post) if w.lower() not in {"of", "the"}]
    question_words = {w.lower() for w in re.findall(r"[A-Za-z][\w-]*", question)}
    asked = {w[:STEM] for w in question_words}
    if question_words & RANK_WORDS != set(words) & RANK_WORDS:
        return False  # "Deputy Station Director" is not the "Station Director", nor "Chief Engineer" the deputy one
    distinctive = [w for w in words if w not in GENERIC_POST_WORDS] or words
    return all(w[:STEM] in asked for w in distinctive)


def _zh_holds(post: str, question: str) -> bool:
    """The post's longest tail the question names (秘书 in 工作组秘书), with the same rank (副组长 is not 组长)."""
    for size in range(len(post), MIN_ZH_POST - 1, -1):
        tail = post[-size:]
        at = question.find(tail)
        if at < 0 or question[at + size:at + size + 1] not in ZH_PHRASE_END:
            continue  # 秘书 is not asked by 秘书处
        asked_rank = any(tail.startswith(rank) or question[:at].endswith(rank) for rank in ZH_RANKS)
        own_rank = any(tail.startswith(rank) or post[:-size].endswith(rank) for rank in ZH_RANKS)
        return asked_rank == own_rank
    return False


def _same_kind(post: str, question: str) -> bool:
    """The question asks a post like this one: it names the post's last word (Engineer, 组长), or, of a Chinese
    roster line (one person), any post."""
    if re.search(r"[\u4e00-\u9fff]", post):
        return bool(ZH_POST.search(question) or ZH_MORE_POSTS.search(question))
    last = re.findall(r"[A-Za-z][\w-]*", post)
    return bool(last) and re.search(rf"\b{re.escape(last[-1])}", question, re.I) is not None


def holds_other_post(question: str, sentence: str, person: str) -> bool:
    """The question asks a post ("…的秘书由谁担任？") and the sentence gives the person only other posts
    ("会议由工作组组长…玛丽亚·范德默韦主持"): the person is not the answer. A question asking a "head" or a "leader"
    asks no particular post (a director heads a body)."""
    asked = _asked_posts(question)
    if not asked:
        return False
    if bool(CJK.search(question)) != bool(CJK.search(sentence)):  # across languages only the rank is compared:
        held = {post for p, post in posts(sentence) if same_person(p, person.lower().strip())}
        return bool(held) and all(" " in post for post in held) and all(" " not in post for post in asked)
    named = _named_posts(sentence)
    if named and not named & asked:
        return True  # the sentence names posts, not the asked one: whoever it names holds another
    held = {post for p, post in posts(sentence) if same_person(p, person.lower().strip())}
    return bool(held) and not held & asked


def post_holder(question: str, sentence: str) -> Span | None:
    """The one person the sentence gives the asked post ("…王晨曦博士任秘书长" for 秘书长是谁), as a Span."""
    asked = _asked_posts(question)
    holders = {person for person, post in posts(sentence) if post in asked}
    if len(holders) != 1:
        return None
    person = holders.pop()
    at = sentence.lower().find(person)
    return Span(at, at + len(person), sentence[at:at + len(person)]) if at >= 0 else None


def _asked_posts(question: str) -> set[str]:
    return {post for post in _named_posts(question) if post.split()[-1] not in UNSPECIFIC_POSTS}


def _named_posts(text: str) -> set[str]:
    """The posts a text names, as post keys ("deputy 组长", "secretary-general", 秘书)."""
    found = {_post_key(m.group(1), m.group(2)) for pattern in (EN_POST, ZH_POST) for m in pattern.finditer(text)}
    return found | {m.group(0) for m in ZH_MORE_POSTS.finditer(text)}
