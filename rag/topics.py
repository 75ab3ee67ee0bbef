"""The one word a question is about that its answering sentence must itself state.

"对*年龄*有什么要求" asks about the age limit: the sentence introducing the programme, however close to the rest of
the question, does not answer it. "除了年薪还有什么一次性*补贴*" asks about another allowance: the sentence on the
salary does not answer it. Matching the question's words anywhere in the paragraph lets such a neighbour through.
"""
from __future__ import annotations

import re

from rag.roles import states_a_role
from rag.text import normalize

# 对年龄有什么要求 / 对申请人的学历有哪些规定 → the word before 有什么要求 (年龄, 学历)
REQUIREMENT_ZH = re.compile(r"对(?:[\u4e00-\u9fff]{0,12}的)?([\u4e00-\u9fff]{2,4}?)有(?:什么|哪些|何种?)"
                            r"(?:要求|规定|限制|条件)")
# "What are the age requirements …", "Is there an age limit …" → age
REQUIREMENT_EN = re.compile(r"\b(age|language|degree|nationality|citizenship|residence|experience|education|"
                            r"health|visa|insurance|publication|qualification)\s+(?:requirements?|limits?|"
                            r"restrictions?|rules?|conditions?)\b", re.I)
# 除了年薪还有什么一次性补贴 → 补贴 (the last two characters of what follows 还有什么 / 还有哪些)
BESIDES_ZH = re.compile(r"除了?[^，,？?]{1,12}?(?:以外|之外)?[，,]?还(?:有|能|可以?)[^，,？?]{0,4}?(?:什么|哪些)"
                        r"([\u4e00-\u9fff]{2,8})")
# "Besides the salary, what other allowance …", "What other allowance, apart from …" → allowance
BESIDES_EN = re.compile(r"\bwhat other ([a-z][a-z-]+)", re.I)
# how a sentence states some topics without their word: an age limit by 周岁 / "born after", a language by its name
TOPIC_FORMS = {"年龄": re.compile(r"年龄|周岁|\d+\s*岁|出生"), "age": re.compile(r"\bage[ds]?\b|years? old|\bborn\b"),
               "语言": re.compile(r"语言|[英中汉俄法]文|[英汉俄法]语"),
               "language": re.compile(r"\blanguages?\b|\b(?:English|Chinese|Russian|French|Arabic)\b", re.I)}
# topics that name a post: a sentence states one by the post itself ("Secretary of …", 书记), not by the word "post"
POST_TOPICS = frozenset({"post", "posts", "position", "positions", "title", "titles", "role", "roles", "office",
                         "offices", "职务", "职位", "头衔"})


def required_topic(question: str) -> str | None:
    """The word the answering sentence must state (Chinese: as written; English: lower case), or None."""
    for pattern in (REQUIREMENT_ZH, REQUIREMENT_EN, BESIDES_EN):
        match = pattern.search(question)
        if match:
            return match.group(1).lower()
    match = BESIDES_ZH.search(question)
    return match.group(1)[-2:] if match else None


def asks_requirement(question: str) -> bool:
    """It asks what a requirement is (对年龄有什么要求): the sentence stating it answers, not a phrase of it."""
    return bool(REQUIREMENT_ZH.search(question) or REQUIREMENT_EN.search(question))


def states_topic(topic: str, sentence: str) -> bool:
    """The sentence states the topic (an English word by its stem: allowance / allowances)."""
    text = normalize(sentence)
    if topic in POST_TOPICS:
        return states_a_role(sentence)
    if topic in TOPIC_FORMS:
        return TOPIC_FORMS[topic].search(sentence) is not None
    if re.search(r"[\u4e00-\u9fff]", topic):
        return topic in text
    stem = topic[:-1] if len(topic) > 4 and topic.endswith(("s", "e")) else topic
    return re.search(rf"\b{re.escape(stem)}", text) is not None
