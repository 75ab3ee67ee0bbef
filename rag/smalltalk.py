"""Small talk ("hello", "你好", "thanks", "what can you do?"): a short friendly reply with example questions.

Only a message that is nothing but a greeting, thanks or a question about the assistant itself is small
talk; "hello, when was ANSO founded?" is a question and goes to the answerer."""

from __future__ import annotations

import re

from rag.prompts import message
from rag.text import question_lang
from rag.types import Answer

_TRIM = re.compile(r"[\s!！?？.。,，~～、…:：;；'\"“”‘’()（）\U0001F300-\U0001FAFF\u2600-\u27BF]+")
# each kind: a pattern that must match the whole message once punctuation and emoji are trimmed
SMALLTALK: list[tuple[str, re.Pattern]] = [
    (
        "hello",
        re.compile(
            r"(?:hi|hello|hey|hiya|good (?:morning|afternoon|evening)|greetings|"
            r"你好|您好|嗨|哈喽|哈啰|早上好|下午好|晚上好|大家好|你好呀|你好啊)(?: there| anso| assistant|助手)?",
            re.I,
        ),
    ),
    (
        "thanks",
        re.compile(
            r"(?:thanks?|thank you|thank you (?:very|so) much|thanks a lot|many thanks|cheers|great|ok thanks|"
            r"谢谢|谢谢你|谢谢您|多谢|感谢|非常感谢|好的谢谢|好的)(?: you)?",
            re.I,
        ),
    ),
    (
        "help",
        re.compile(
            r"(?:what can you do|what do you do|who are you|what are you|how do i use (?:this|you)|help|"
            r"what can i ask(?: you)?|你能做什么|你会什么|你可以做什么|你是谁|你是什么|怎么用|帮助|我能问什么|我可以问什么|"  # noqa: E501
            r"能做什么)",
            re.I,
        ),
    ),
]


def smalltalk_kind(question: str) -> str | None:
    """'hello' | 'thanks' | 'help' when the whole message is small talk, else None."""
    core = _TRIM.sub(" ", question).strip()
    if not core or len(core) > 40:
        return None
    for kind, pattern in SMALLTALK:
        if pattern.fullmatch(core):
            return kind
    return None


def smalltalk_answer(question: str, kind: str) -> Answer:
    lang = question_lang(question, default="en")
    text = message(lang, f"smalltalk_{kind}", examples=message(lang, "smalltalk_examples"))
    return Answer(question=question, language=lang, mode="extractive", answer=text, abstained=False, kind="smalltalk")
